<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="17" />
        <source>Coordinator Desk</source>
        <translation>Coordinator Desk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="20" />
        <source>Records and reports of a Covenant of Mayors coordinator, kept offline.</source>
        <translation>Şäher häkimleriniň bileleşiginiň utgaşdyryjysynyň ýazgylary we hasabatlary, internetsiz işleýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="27" />
        <source>Version {version}</source>
        <translation>Wersiýa {version}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="29" />
        <source>Qt {qt}, PySide6 {pyside}</source>
        <translation>Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="34" />
        <source>Database: {location}</source>
        <translation>Maglumatlar binýady: {location}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="43" />
        <source>About Coordinator Desk</source>
        <translation>Coordinator Desk barada</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <location filename="../desktop_app/ui/account.py" line="70" />
        <source>Signed in as {login} ({role})</source>
        <translation>Girildi: {login} ({role})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/account.py" line="74" />
        <source>Your account on the office server and its role</source>
        <translation>Ofis serwerindäki hasabyňyz we onuň roly</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/account.py" line="126" />
        <source>Read only: {login} is a viewer.</source>
        <translation>Diňe okamak üçin: {login} «synçy» roluna eýe.</translation>
    </message>
</context>
<context>
    <name>BackupWindow</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="39" />
        <source>Manual</source>
        <translation>El bilen</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="40" />
        <source>Daily</source>
        <translation>Gündelik</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="41" />
        <source>Before an import</source>
        <translation>Importdan öň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="42" />
        <source>Before a bulk delete</source>
        <translation>Köpçülikleýin pozmazdan öň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="43" />
        <source>Before a restore</source>
        <translation>Dikeltmezden öň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="44" />
        <source>Before an upgrade</source>
        <translation>Täzelemezden öň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="76" />
        <source>Backup and restore</source>
        <translation>Ätiýaçlyk nusga we dikeltmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="83" />
        <source>Date</source>
        <translation>Sene</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="84" />
        <source>Reason</source>
        <translation>Sebäbi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="85" />
        <source>Size</source>
        <translation>Göwrümi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="86" />
        <source>Records</source>
        <translation>Ýazgylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="87" />
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="102" />
        <source>Back up now</source>
        <translation>Häzir ätiýaçlyk nusga al</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="103" />
        <source>Restore selected...</source>
        <translation>Saýlanany dikelt...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="104" />
        <source>Restore from file...</source>
        <translation>Faýldan dikelt...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="137" />
        <source>Restoring a backup needs the admin role; {login} is signed in as {role}. An admin of the office server can restore one, or give you that role.</source>
        <translation>Ätiýaçlyk nusgany dikeltmek üçin «administrator» roly gerek; {login} «{role}» roly bilen girdi. Nusgany ofis serweriniň administratory dikeldip ýa-da size şol roly berip biler.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="146" />
        <source>Backups are kept in: {folders}</source>
        <translation>Ätiýaçlyk nusgalar şu ýerde saklanýar: {folders}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="159" />
        <source>unreadable</source>
        <translation>okalmaýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="180" />
        <source>History entries</source>
        <translation>Taryh ýazgylary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="198" />
        <source>Backup written: {path}</source>
        <translation>Ätiýaçlyk nusga ýazyldy: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="209" />
        <source>Restore from a backup file</source>
        <translation>Ätiýaçlyk nusga faýlyndan dikeltmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="211" />
        <source>Backups (*.sqlite3 *.cdenc);;All files (*)</source>
        <translation>Ätiýaçlyk nusgalar (*.sqlite3 *.cdenc);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="219" />
        <source>Restore a backup</source>
        <translation>Ätiýaçlyk nusgany dikeltmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="221" />
        <source>Replace all records with those in {name}? The current data is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Ähli ýazgylar {name} faýlyndaky ýazgylar bilen çalşyrylsynmy? Ilki häzirki maglumatlaryň ätiýaçlyk nusgasy alynýar, şonuň üçin şol nusgany dikeldip, bu amaly yzyna gaýtaryp bolar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="237" />
        <source>Another office's backup</source>
        <translation>Başga edaranyň ätiýaçlyk nusgasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="239" />
        <source>{name} is a backup of another office's database: {theirs}. This database is {ours}. Restoring it replaces all of this office's records with the other office's. Restore it anyway?</source>
        <translation>{name} başga bir edaranyň maglumatlar binýadynyň ätiýaçlyk nusgasydyr: {theirs}. Şu maglumatlar binýady: {ours}. Ony dikeltmek şu edaranyň ähli ýazgylaryny beýleki edaranyňky bilen çalyşar. Şonda-da dikeltmelimi?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="261" />
        <source>Encrypted backup</source>
        <translation>Şifrlenen ätiýaçlyk nusgasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="300" />
        <source>Restored: {inserted} records added, {changed} changed, {removed} removed.</source>
        <translation>Dikeldildi: {inserted} ýazgy goşuldy, {changed} üýtgedildi, {removed} aýryldy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="331" />
        <source>Working...</source>
        <translation>Ýerine ýetirilýär...</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../desktop_app/command_line.py" line="36" />
        <source>SQLite file or SQLAlchemy URL (default: the file in the data folder)</source>
        <translation>SQLite faýly ýa-da SQLAlchemy URL-i (deslapky: maglumatlar papkasyndaky faýl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/command_line.py" line="41" />
        <source>interface and message language</source>
        <translation>interfeýsiň we habarlaryň dili</translation>
    </message>
    <message>
        <location filename="../desktop_app/command_line.py" line="46" />
        <source>ask for the database server's password (never give it in --database; PGPASSWORD or a pgpass file work too)</source>
        <translation>maglumatlar binýadynyň serweriniň parolyny sora (ony hiç haçan --database içinde bermäň; PGPASSWORD ýa-da pgpass faýly hem bolýar)</translation>
    </message>
    <message>
        <location filename="../desktop_app/command_line.py" line="58" />
        <source>Coordinator Desk: records and reports of a Covenant Coordinator.</source>
        <translation>Coordinator Desk: Bileleşigiň utgaşdyryjysynyň ýazgylary we hasabatlary.</translation>
    </message>
    <message>
        <location filename="../desktop_app/command_line.py" line="65" />
        <source>open the main window, fill the first list, print timings and exit</source>
        <translation>esasy penjiräni açmak, ilkinji sanawy doldurmak, wagt ölçeglerini görkezmek we çykmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="100" />
        <source>Missing command; see --help.</source>
        <translation>Buýruk görkezilmedi; --help serediň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="106" />
        <location filename="../desktop_app/ui/app.py" line="111" />
        <source>A password in --database ({url}) is visible to every user of this computer in the process list; nothing was done. Give it with PGPASSWORD, a pgpass or service file, or --ask-password.</source>
        <translation>--database içindäki parol ({url}) bu kompýuteriň ähli ulanyjylaryna prosesler sanawynda görünýär; hiç zat edilmedi. Ony PGPASSWORD, pgpass ýa-da service faýly arkaly ýa-da --ask-password bilen beriň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="115" />
        <location filename="../desktop_app/ui/app.py" line="126" />
        <source>Password for the database server: </source>
        <translation>Maglumatlar binýadynyň serweriniň paroly: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="149" />
        <source>Interrupted; nothing was written.</source>
        <translation>Bes edildi; hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="23" />
        <source>copy the database to a SQLite backup file (consistent while in use)</source>
        <translation>maglumatlar binýadyny SQLite ätiýaçlyk nusga faýlyna göçürmek (ulanylýan wagtynda hem bitewi)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="29" />
        <source>file or folder to write (default: the backup folder, rotated)</source>
        <translation>ýazyljak faýl ýa-da papka (deslapky: ätiýaçlyk nusgalar papkasy, köne nusgalar nobatma-nobat çalşyrylýar)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="32" />
        <source>list the backups with their record counts</source>
        <translation>ätiýaçlyk nusgalary ýazgylarynyň sany bilen sanamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="37" />
        <source>replace all records with those of a backup (current data backed up first)</source>
        <translation>ähli ýazgylary ätiýaçlyk nusgadakylar bilen çalyşmak (ilki häzirki maglumatlaryň ätiýaçlyk nusgasy alynýar)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="39" />
        <source>a backup file (.sqlite3)</source>
        <translation>ätiýaçlyk nusga faýly (.sqlite3)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="43" />
        <source>restore a backup of another office's database (replaces this office's)</source>
        <translation>başga bir edaranyň maglumatlar binýadynyň ätiýaçlyk nusgasyny dikeltmek (şu edaranyňkyny çalyşýar)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="65" />
        <source>backup: give either DEST or --list, not both.</source>
        <translation>backup: ýa DEST, ýa-da --list görkeziň, ikisini bile däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="71" />
        <source>{path} exists and is not a backup file; refusing to overwrite it.</source>
        <translation>{path} eýýäm bar we ätiýaçlyk nusga faýly däl; onuň üstünden ýazylmaýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="89" />
        <source>Backup written: {path} ({size}, {records} records)</source>
        <translation>Ätiýaçlyk nusga ýazyldy: {path} ({size}, {records} ýazgy)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="94" />
        <source>Copy written: {path}</source>
        <translation>Göçürme ýazyldy: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="97" />
        <source>Warning: second backup folder not written: {detail}</source>
        <translation>Duýduryş: ikinji ätiýaçlyk nusgalar papkasyna ýazylmady: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="111" />
        <source>Passphrase for the encrypted second backup folder: </source>
        <translation>Şifrlenen ikinji ätiýaçlyk bukjasy üçin gizlin söz düzümi: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="112" />
        <location filename="../desktop_app/cli_commands/sync.py" line="145" />
        <source>The same passphrase again: </source>
        <translation>Şol gizlin söz düzümini ýene bir gezek: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="114" />
        <location filename="../desktop_app/cli_commands/sync.py" line="147" />
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Iki gizlin söz düzümi deň däl; hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="121" />
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="262" />
        <source>Passphrase of the encrypted backup: </source>
        <translation>Şifrlenen ätiýaçlyk nusgasynyň gizlin söz düzümi: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="133" />
        <source>No backups yet.</source>
        <translation>Entek ätiýaçlyk nusga ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="136" />
        <source>{date:&lt;19}  {reason:&lt;18} {size:&gt;9} {records:&gt;9}  {path}</source>
        <translation>{date:&lt;19}  {reason:&lt;18} {size:&gt;9} {records:&gt;9}  {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="137" />
        <source>Date</source>
        <translation>Sene</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="138" />
        <source>Reason</source>
        <translation>Sebäbi</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="139" />
        <source>Size</source>
        <translation>Göwrümi</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="140" />
        <location filename="../desktop_app/cli_commands/db.py" line="89" />
        <source>Records</source>
        <translation>Ýazgylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="141" />
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="162" />
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="273" />
        <source>Wrong passphrase for {path}; nothing was restored.</source>
        <translation>{path} üçin gizlin söz düzümi nädogry; hiç zat dikeldilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="167" />
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="275" />
        <source>The encrypted backup {path} is damaged or incomplete (changed, cut off); nothing was restored.</source>
        <translation>Şifrlenen ätiýaçlyk nusgasy {path} zaýalanan ýa-da doly däl (üýtgedilen, kesilen); hiç zat dikeldilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="196" />
        <source>The damaged database was moved aside: {path}</source>
        <translation>Zaýalanan maglumatlar binýady aýratyn goýuldy: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="200" />
        <source>Restored from {path}.</source>
        <translation>{path} faýlyndan dikeldildi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="212" />
        <source>Current data backed up first: {path}</source>
        <translation>Ilki häzirki maglumatlaryň ätiýaçlyk nusgasy alyndy: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="215" />
        <source>Restored from {path}: {inserted} records added, {changed} changed, {removed} removed.</source>
        <translation>{path} faýlyndan dikeldildi: {inserted} ýazgy goşuldy, {changed} üýtgedildi, {removed} aýryldy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="248" />
        <source>Warning: {path} is a backup of another office ({theirs}); its records replace those of this office ({ours}) as asked with --other-office.</source>
        <translation>Duýduryş: {path} başga bir edaranyň ({theirs}) ätiýaçlyk nusgasydyr; --other-office bilen soralyşy ýaly, onuň ýazgylary şu edaranyň ({ours}) ýazgylaryny çalyşýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="14" />
        <source>database maintenance</source>
        <translation>maglumatlar binýadyna hyzmat etmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="17" />
        <source>migrate to this version's schema (backup first)</source>
        <translation>şu wersiýanyň shemasyna geçirmek (ilki ätiýaçlyk nusga alynýar)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="20" />
        <source>integrity and schema check</source>
        <translation>bitewülik we shema barlagy</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="22" />
        <source>location, schema revision and record counts</source>
        <translation>ýerleşýän ýeri, shemanyň redaksiýasy we ýazgylaryň sany</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="33" />
        <source>Schema is at revision {rev}.</source>
        <translation>Shemanyň redaksiýasy: {rev}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="35" />
        <source>Backup taken before migrating: {path}</source>
        <translation>Geçirmezden öň ätiýaçlyk nusga alyndy: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="57" />
        <source>Integrity check failed:</source>
        <translation>Bitewülik barlagy şowsuz:</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="59" />
        <source>Integrity: ok</source>
        <translation>Bitewülik: kadaly</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="63" />
        <source>Schema: revision {rev} needs upgrading (run: db upgrade)</source>
        <translation>Shema: {rev} redaksiýany täzelemeli (işlediň: db upgrade)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="69" />
        <source>Schema differs from this version's models:</source>
        <translation>Shema şu wersiýanyň modellerinden tapawutlanýar:</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="71" />
        <source>Schema: ok (revision {rev})</source>
        <translation>Shema: kadaly (redaksiýa {rev})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="81" />
        <source>Database: {url}</source>
        <translation>Maglumatlar binýady: {url}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="84" />
        <source>File size: {size} bytes</source>
        <translation>Faýlyň göwrümi: {size} baýt</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="86" />
        <source>Schema revision: {rev}</source>
        <translation>Shemanyň redaksiýasy: {rev}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="88" />
        <source>{table:&lt;28} {live:&gt;9} {deleted:&gt;9}</source>
        <translation>{table:&lt;28} {live:&gt;9} {deleted:&gt;9}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="89" />
        <source>Table</source>
        <translation>Tablisa</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="89" />
        <source>In trash</source>
        <translation>Sebetde</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/app.py" line="48" />
        <source>Commands, run without a window: {commands}.</source>
        <translation>Penjiresiz ýerine ýetirilýän buýruklar: {commands}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/app.py" line="51" />
        <source>Help on one command: {example}</source>
        <translation>Bir buýruk barada kömek: {example}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/app.py" line="388" />
        <source>Dashboard computed in {ms} ms: %n signatories.</source>
        <translation><numerusform>Umumy syn {ms} ms-da hasaplandy: %n gol çeken.</numerusform><numerusform>Umumy syn {ms} ms-da hasaplandy: %n gol çeken.</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="22" />
        <source>export records to a file</source>
        <translation>ýazgylary faýla eksport etmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="24" />
        <source>Excel workbook with every sheet</source>
        <translation>ähli sahypaly Excel faýly</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="26" />
        <source>period start</source>
        <translation>döwrüň başy</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="27" />
        <source>period end</source>
        <translation>döwrüň soňy</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="29" />
        <source>sheet language</source>
        <translation>sahypalaryň dili</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="35" />
        <source>every record, not only the period's activities (for a full copy)</source>
        <translation>diňe döwrüň çärelerini däl, ähli ýazgylary (doly nusga üçin)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="40" />
        <source>one signatory's mitigation actions, laid out like the action table</source>
        <translation>bir gol çekeniň azaltmak boýunça çäreleri, çäreler tablisasynyň görnüşinde</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="44" />
        <location filename="../desktop_app/cli_commands/inventory.py" line="33" />
        <source>name or Covenant ID</source>
        <translation>ady ýa-da Bileleşikdäki ID-si</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="48" />
        <source>import records from an Excel workbook</source>
        <translation>Excel faýlyndan ýazgylary import etmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="50" />
        <source>record kind</source>
        <translation>ýazgynyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="51" />
        <location filename="../desktop_app/cli_commands/inventory.py" line="49" />
        <source>sheet to read</source>
        <translation>okaljak sahypa</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="58" />
        <source>map a column to a field (repeatable)</source>
        <translation>sütüni meýdana baglamak (birnäçe gezek ulanyp bolýar)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="66" />
        <source>read a value of the sheet as one of ours (repeatable)</source>
        <translation>sahypadaky bahany programmanyň bahalarynyň biri hökmünde okamak (gaýtalap bolýar)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="74" />
        <source>import only the rows where COLUMN (a field or a header) is VALUE</source>
        <translation>diňe COLUMN (meýdan ýa-da sözbaşy) VALUE bolan setirleri import etmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="76" />
        <source>use a saved import profile</source>
        <translation>ýatda saklanan import profilini ulanmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="80" />
        <source>save this sheet's columns, value maps and filters as a profile</source>
        <translation>bu sahypanyň sütünlerini, bahalaryň laýyklyklaryny we süzgüçlerini profil hökmünde ýatda saklamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="82" />
        <location filename="../desktop_app/cli_commands/inventory.py" line="50" />
        <source>preview only</source>
        <translation>diňe deslapky syn</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="84" />
        <source>import the valid rows only</source>
        <translation>diňe dogry setirleri import etmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="89" />
        <source>save the file with its bad cells highlighted and explained</source>
        <translation>ýalňyş öýjükleri bellenen we düşündirilen faýly ýatda saklamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="91" />
        <source>list the fields of a kind</source>
        <translation>görnüşiň meýdanlaryny sanamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="108" />
        <source>Wrote {path}: mitigation actions of {name}: {rows}.</source>
        <translation>{path} ýazyldy: {name} gol çekeniň azaltmak boýunça çäreleri: {rows}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="145" />
        <source>Wrote {path}: {rows} records, period {period}.</source>
        <translation>{path} ýazyldy: {rows} ýazgy, döwür {period}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="164" />
        <location filename="../desktop_app/cli_commands/excel.py" line="174" />
        <source>Unknown kind {kind}; expected one of: {kinds}</source>
        <translation>Näbelli görnüş {kind}; şulardan biri bolmaly: {kinds}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="171" />
        <source>Give the FILE to import (or --list-fields KIND).</source>
        <translation>Import etmek üçin FILE görkeziň (ýa-da --list-fields KIND).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="200" />
        <source>Saved the import profile {name}: {path}</source>
        <translation>{name} import profili ýatda saklandy: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="218" />
        <source>Saved {path} with {n} cell(s) marked.</source>
        <translation>{path} ýatda saklandy, {n} öýjük bellendi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="223" />
        <location filename="../desktop_app/cli_commands/inventory.py" line="167" />
        <source>Dry run: nothing was written.</source>
        <translation>Synag işledilişi: hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="227" />
        <source>{n} row(s) have errors; nothing was imported. Fix them, or use --skip-invalid to import the valid rows only.</source>
        <translation>{n} setirde ýalňyşlyk bar; hiç zat import edilmedi. Olary düzediň ýa-da diňe dogry setirleri import etmek üçin --skip-invalid ulanyň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="237" />
        <source>Row {row}: the record was changed by someone else during the import; nothing was imported. Run the import again.</source>
        <translation>Setir {row}: import wagtynda ýazgy başga biri tarapyndan üýtgedildi; hiç zat import edilmedi. Importy täzeden işlediň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="246" />
        <source>Backup taken before importing: {path}</source>
        <translation>Importdan öň ätiýaçlyk nusga alyndy: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="248" />
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped with errors.</source>
        <translation>Import edildi: {created} täze, {updated} täzelendi, {unchanged} üýtgewsiz, {skipped} ýalňyşlyk sebäpli geçildi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="19" />
        <source>fill the database with realistic demo data</source>
        <translation>maglumatlar binýadyny hakykata ýakyn demo maglumatlar bilen doldurmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="20" />
        <source>Add a realistic coordinator office: signatories, plans, monitoring reports, extensions, assistance, finance with exchange rates and Energy Days. The same seed and --today give the same records.</source>
        <translation>Hakykata ýakyn utgaşdyryjy edarasyny goşmak: gol çekenler, meýilnamalar, gözegçilik hasabatlary, möhlet uzaltmalary, kömek, walýuta hümmetleri bilen maliýe goldawy we Energiýa günleri. Şol bir başlangyç baha (--seed) we --today şol bir ýazgylary berýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="28" />
        <source>number of signatories</source>
        <translation>gol çekenleriň sany</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="30" />
        <source>random seed (default 1)</source>
        <translation>tötänleýin sanlaryň başlangyç bahasy (deslapky 1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="35" />
        <source>average finance records per signatory (default 2)</source>
        <translation>bir gol çekene düşýän maliýe ýazgylarynyň ortaça sany (deslapky 2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="40" />
        <source>support activities (default: one per 10 signatories, at least 16)</source>
        <translation>goldaw çäreleri (deslapky: her 10 gol çekene bir, iň az 16)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="45" />
        <source>Energy Days (default: one per 20 signatories, at least 10)</source>
        <translation>Energiýa günleri (deslapky: her 20 gol çekene bir, iň az 10)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="50" />
        <source>lay the data out around this day instead of the system date</source>
        <translation>maglumatlary ulgamyň senesiniň ýerine şu günüň töweregine ýerleşdirmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="55" />
        <source>add demo data even if the database already holds signatories</source>
        <translation>maglumatlar binýadynda gol çekenler bar bolsa-da demo maglumatlary goşmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/_numbers.py" line="20" />
        <source>{option}: expected a whole number from {low} to {high}, got '{value}'.</source>
        <translation>{option}: {low} bilen {high} aralygynda bitin san bolmaly, '{value}' girizildi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="72" />
        <source>{option}: expected a number from {low} to {high}, got '{value}'.</source>
        <translation>{option}: {low} bilen {high} aralygynda san bolmaly, '{value}' girizildi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="84" />
        <source>{option}: expected a date YYYY-MM-DD between {low} and 2100-12-31, got '{value}'.</source>
        <translation>{option}: ÝÝÝÝ-AA-GG görnüşinde {low} bilen 2100-12-31 aralygyndaky sene garaşylýar, '{value}' görkezildi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="136" />
        <source>Demo data created (seed {seed}):</source>
        <translation>Demo maglumatlar döredildi (başlangyç baha {seed}):</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="139" />
        <source>Audit entries</source>
        <translation>Taryh ýazgylary</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="141" />
        <source>Done in {seconds:.1f} s.</source>
        <translation>{seconds:.1f} sekuntda tamamlandy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="21" />
        <source>first day of the period</source>
        <translation>döwrüň ilkinji güni</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="24" />
        <location filename="../desktop_app/cli_commands/reports.py" line="70" />
        <source>last day of the period</source>
        <translation>döwrüň soňky güni</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="31" />
        <source>report date printed on the cover (default: today)</source>
        <translation>daşky sahypada görkezilýän hasabat senesi (deslapky: şu gün)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="40" />
        <source>language of the report (default: the interface language)</source>
        <translation>hasabatyň dili (deslapky: interfeýsiň dili)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="45" />
        <source>reports to the Commission</source>
        <translation>Ýewropa Toparyna hasabatlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="47" />
        <source>the coordinator activity report (PDF)</source>
        <translation>utgaşdyryjynyň işi barada hasabat (PDF)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="53" />
        <source>record a report sent to the Commission outside the app</source>
        <translation>programmanyň daşyndan Ýewropa Toparyna iberilen hasabaty bellige al</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="54" />
        <source>Record a report sent to the Commission outside the app (the online survey): the coordinator report deadline counts from the latest report sent.</source>
        <translation>Programmanyň daşyndan (onlaýn soragnama arkaly) Ýewropa Toparyna iberilen hasabaty bellige alyň: utgaşdyryjynyň hasabatynyň möhleti iň soňky iberilen hasabatdan hasaplanýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="61" />
        <source>the day it was sent</source>
        <translation>iberilen senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="67" />
        <source>first day of the period covered (default: the previous period)</source>
        <translation>hasabat döwrüniň ilkinji güni (adaty ýagdaýda: öňki döwür)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="72" />
        <source>a note to keep</source>
        <translation>bellik</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="75" />
        <source>list the reports sent to the Commission</source>
        <translation>Ýewropa Toparyna iberilen hasabatlary görkez</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="78" />
        <source>one-page fact sheets per signatory (PDF)</source>
        <translation>her gol çeken üçin bir sahypalyk maglumat sahypasy (PDF)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="85" />
        <source>name, local name, Covenant id or record id; repeat for several</source>
        <translation>ady, ýerli dildäki ady, Bileleşikdäki ID ýa-da ýazgynyň ID-si; birnäçesi üçin gaýtalaň</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="90" />
        <source>prepare the submission pack (zip)</source>
        <translation>tabşyryş bukjasyny taýýarlamak (zip)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="95" />
        <source>check a submission pack against its manifest</source>
        <translation>tabşyryş bukjasyny öz manifesti boýunça barlamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="100" />
        <source>records added, changed or deleted since the last submission</source>
        <translation>soňky tabşyryşdan bäri goşulan, üýtgedilen ýa-da pozulan ýazgylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="155" />
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} papka; faýlyň adyny görkeziň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="170" />
        <location filename="../desktop_app/cli_commands/reports.py" line="193" />
        <location filename="../desktop_app/cli_commands/reports.py" line="213" />
        <source>Cannot write {path}: {detail}</source>
        <translation>{path} faýlyny ýazyp bolmady: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="175" />
        <location filename="../desktop_app/cli_commands/reports.py" line="197" />
        <source>{path}: {pages} pages</source>
        <translation>{path}: {pages} sahypa</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="207" />
        <source>{path} is not a folder.</source>
        <translation>{path} papka däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="237" />
        <source>{path}: TAMPERED, does not match its manifest.</source>
        <translation>{path}: ÜÝTGEDILIPDIR, öz manifestine laýyk gelmeýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="243" />
        <source>{path}: ok ({files} files; {office}, {start} to {end}, made {created})</source>
        <translation>{path}: kadaly ({files} faýl; {office}, {start} – {end}, taýýarlanan wagty {created})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="254" />
        <source>Signed by {office} (database {database}, key {key_id}).</source>
        <translation>Gol çeken: {office} (maglumatlar binýady {database}, açar {key_id}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="306" />
        <source>No submission has been prepared yet.</source>
        <translation>Entek hiç hili tabşyryş taýýarlanmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="312" />
        <source>Since the submission of {when} ({file}): {count} changes</source>
        <translation>{when} senesindäki tabşyryşdan bäri ({file}): {count} üýtgeşme</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="359" />
        <source>Recorded: report sent on {sent}, covering {start} to {end}.</source>
        <translation>Bellige alyndy: hasabat {sent} senesinde iberildi, döwri {start} — {end}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="366" />
        <location filename="../desktop_app/cli_commands/reports.py" line="389" />
        <source>Next coordinator report due: {due}</source>
        <translation>Utgaşdyryjynyň indiki hasabatynyň möhleti: {due}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="380" />
        <source>No report to the Commission has been recorded yet.</source>
        <translation>Ýewropa Toparyna iberilen hasabat entek bellige alynmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="25" />
        <source>list upcoming and overdue deadlines</source>
        <translation>ýakynlaşýan we geçen möhletleri sanamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="26" />
        <source>Every upcoming and overdue deadline: action plans, monitoring reports, emission inventories, extensions, the coordinator report and long assessments.</source>
        <translation>Ähli ýakynlaşýan we geçen möhletler: hereket meýilnamalary, gözegçilik hasabatlary, zyňyndylar hasaplary, möhlet uzaltmalary, utgaşdyryjynyň hasabaty we uzaga çeken bahalandyrmalar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="36" />
        <source>output format (default: table, or from the --output file extension)</source>
        <translation>çykyş formaty (deslapky: tablisa ýa-da --output faýlynyň giňeltmesine görä)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="41" />
        <source>only overdue items and those due in the next DAYS days</source>
        <translation>diňe möhleti geçenler we indiki DAYS günüň dowamynda möhleti dolýanlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="43" />
        <source>write to FILE instead of stdout</source>
        <translation>stdout-yň ýerine FILE faýlyna ýazmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="44" />
        <source>count days left from this day</source>
        <translation>galan günleri şu günden hasaplamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="56" />
        <source>--format: '{value}' is not one of {choices}.</source>
        <translation>--format: '{value}' şu bahalaryň biri däl: {choices}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="61" />
        <source>--format xlsx needs --output FILE.</source>
        <translation>--format xlsx üçin --output FILE gerek.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="70" />
        <source>--within: '{value}' is not a whole number of days (0 or more).</source>
        <translation>--within: '{value}' günleriň bitin sany däl (0 ýa-da ondan köp bolmaly).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="80" />
        <source>--today: '{value}' is not a date (expected YYYY-MM-DD).</source>
        <translation>--today: '{value}' sene däl (YYYY-MM-DD görnüşinde bolmaly).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="86" />
        <source>--output: the folder {folder} does not exist; nothing was written.</source>
        <translation>--output: {folder} papkasy ýok; hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="113" />
        <location filename="../desktop_app/cli_commands/deadlines.py" line="130" />
        <source>{count} deadlines written to {path}</source>
        <translation>{count} möhlet {path} faýlyna ýazyldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/_output.py" line="31" />
        <source>{path} is the open database; refusing to overwrite it. Nothing was written.</source>
        <translation>{path} açyk duran maglumatlar binýadydyr; onuň üstünden ýazylmaýar. Hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/_output.py" line="35" />
        <source>{path} belongs to the database {database} (its journal); refusing to overwrite it. Nothing was written.</source>
        <translation>{path} {database} maglumatlar binýadyna degişli (onuň žurnaly); onuň üstünden ýazylmaýar. Hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/_output.py" line="41" />
        <source>{path} is a database or backup of another office ({office}); refusing to overwrite it. Nothing was written.</source>
        <translation>{path} başga bir edaranyň ({office}) maglumatlar binýady ýa-da ätiýaçlyk nusgasydyr; onuň üstünden ýazylmaýar. Hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/_output.py" line="46" />
        <source>{path} is a database file; refusing to overwrite it. Nothing was written.</source>
        <translation>{path} maglumatlar binýadynyň faýlydyr; onuň üstünden ýazylmaýar. Hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="25" />
        <source>office server: roles and user accounts</source>
        <translation>ofis serweri: rollar we ulanyjy hasaplary</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="28" />
        <source>prepare a PostgreSQL database for an office (schema, roles)</source>
        <translation>ofis üçin PostgreSQL maglumatlar binýadyny taýýarlamak (shema, rollar)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="31" />
        <source>the office's user accounts</source>
        <translation>ofisiň ulanyjy hasaplary</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="33" />
        <source>a new user (the password is asked for)</source>
        <translation>täze ulanyjy (açar söz soralýar)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="38" />
        <source>the users, their roles and whether they may sign in</source>
        <translation>ulanyjylar, olaryň rollary we girip bilýändigi</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="41" />
        <source>give a user another role</source>
        <translation>ulanyja başga rol bermek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="46" />
        <source>stop a user signing in (their open sessions end)</source>
        <translation>ulanyjynyň girmegini bes etmek (onuň açyk seanslary tamamlanýar)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="76" />
        <source>Office server ready: database {db}, schema {schema}, {n} tables.</source>
        <translation>Ofis serweri taýýar: maglumatlar binýady {db}, shema {schema}, tablisalar: {n}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="82" />
        <source>  {role}: group role {group}</source>
        <translation>  {role}: topar roly {group}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="107" />
        <source>Password for the new user: </source>
        <translation>Täze ulanyjynyň açar sözi: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="108" />
        <source>The same password again: </source>
        <translation>Şol açar sözi ýene bir gezek: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="110" />
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Açar sözler gabat gelmeýär; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="133" />
        <source>User {name} added as {role}.</source>
        <translation>{name} ulanyjysy «{role}» roly bilen goşuldy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="149" />
        <source>may sign in</source>
        <translation>girip bilýär</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="149" />
        <source>disabled</source>
        <translation>öçürilen</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="164" />
        <source>{name} is now {role}.</source>
        <translation>{name} indi «{role}» roluna eýe.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="178" />
        <source>{name} may no longer sign in.</source>
        <translation>{name} indi girip bilmeýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="245" />
        <source>The database server refused this: it needs the {need} role. Nothing was changed.</source>
        <translation>Maglumatlar binýadynyň serweri ret etdi: munuň üçin «{need}» roly gerek. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="250" />
        <source>The database server refused this to {login}, although the {role} role may do it: the office database lacks a right. Nothing was changed. Ask an admin to run 'server init' again (it is safe to repeat).</source>
        <translation>Maglumatlar binýadynyň serweri {login} ulanyjysyna ret etdi, emma «{role}» roly muny edip bilýär: ofisiň maglumatlar binýadynda bir hukuk ýetmeýär. Hiç zat üýtgedilmedi. Administratordan 'server init' buýrugyny ýene bir gezek işletmegi haýyş ediň (gaýtalamak howpsuz).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="260" />
        <source>{login} is signed in as {role}; this needs the {need} role. Nothing was changed. Ask an admin of the office server (server user set-role).</source>
        <translation>{login} «{role}» roly bilen girdi; munuň üçin «{need}» roly gerek. Hiç zat üýtgedilmedi. Ofis serweriniň administratoryna ýüz tutuň (server user set-role).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="28" />
        <source>laptop copies that work offline and swap change packages</source>
        <translation>noutbuk nusgalary: tor bolmasa-da işlemek we üýtgeşme paketlerini alyşmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="29" />
        <source>Clone a laptop copy of the office database, swap signed packages of changes between the office and laptops, and resolve the conflicts they bring.</source>
        <translation>Edaranyň maglumatlar binýadyndan noutbuk üçin nusga almak, edara bilen noutbuklaryň arasynda gol çekilen üýtgeşme paketlerini alyşmak we olaryň getirýän gapma-garşylyklaryny çözmek.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="36" />
        <source>make a laptop copy with its own identity</source>
        <translation>öz kesgitleýjisi bolan noutbuk nusgasyny almak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="37" />
        <source>the new laptop database file</source>
        <translation>noutbugyň täze maglumatlar binýady faýly</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="39" />
        <source>write the changes a peer has not seen yet</source>
        <translation>agzanyň heniz almadyk üýtgeşmelerini ýazmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="40" />
        <source>the package file to write</source>
        <translation>ýazyljak paket faýly</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="45" />
        <source>the database it is for (identity or its first digits; see 'sync peers')</source>
        <translation>haýsy maglumatlar binýady üçin (kesgitleýji ýa-da onuň ilkinji sanlary; 'sync peers'-e serediň)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="50" />
        <source>encrypt with a passphrase (from COORDINATOR_DESK_SYNC_PASSPHRASE or asked)</source>
        <translation>gizlin söz düzümi bilen şifrlemek (COORDINATOR_DESK_SYNC_PASSPHRASE-den ýa-da soralýar)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="56" />
        <source>apply a package from the office or a laptop</source>
        <translation>edaradan ýa-da noutbukdan gelen paketi ulanmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="57" />
        <source>a .cdsync package</source>
        <translation>.cdsync paketi</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="59" />
        <source>list the open conflicts, one a line</source>
        <translation>açyk gapma-garşylyklary setirme-setir görkezmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="61" />
        <source>resolve a conflict</source>
        <translation>gapma-garşylygy çözmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="62" />
        <source>the conflict's ID (its first digits)</source>
        <translation>gapma-garşylygyň ID-si (onuň ilkinji sanlary)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="67" />
        <source>keep this database's value, the other one, or give a value</source>
        <translation>şu binýadyň bahasyny galdyrmak, beýlekisini almak ýa-da baha bermek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="70" />
        <source>list the databases of this office family</source>
        <translation>şu edaranyň maşgalasyndaky maglumatlar binýatlaryny görkezmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="73" />
        <source>list towns entered twice (on two laptops), as pairs</source>
        <translation>iki gezek (iki noutbukda) girizilen şäher häkimliklerini jübüt-jübüt görkezmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="77" />
        <source>keep one of two signatories and re-point the other's records</source>
        <translation>iki gol çekeniň birini galdyrmak we beýlekisiniň ýazgylaryny oňa geçirmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="79" />
        <source>the signatory to keep (its ID)</source>
        <translation>galdyryljak gol çeken (onuň ID-si)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="81" />
        <source>the duplicate to move to the Trash (its ID)</source>
        <translation>sebede geçiriljek gaýtalanma (onuň ID-si)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="89" />
        <source>sync: name an action: clone, export, import, conflicts, resolve, peers, duplicates or merge.</source>
        <translation>sync: hereketi görkeziň: clone, export, import, conflicts, resolve, peers, duplicates ýa-da merge.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="106" />
        <location filename="../desktop_app/cli_commands/sync.py" line="114" />
        <source>{path} exists; refusing to overwrite it. Nothing was written.</source>
        <translation>{path} eýýäm bar; onuň üstünden ýazylmaýar. Hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="121" />
        <source>Laptop copy written: {path} (identity {identity}, family {family})</source>
        <translation>Noutbuk nusgasy ýazyldy: {path} (kesgitleýji {identity}, maşgala {family})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="136" />
        <source>--encrypt needs a passphrase: set {env} or run on a terminal. Nothing was written.</source>
        <translation>--encrypt üçin gizlin söz düzümi gerek: {env} belläň ýa-da terminalda işlediň. Hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="144" />
        <source>Passphrase for the package: </source>
        <translation>Paket üçin gizlin söz düzümi: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="156" />
        <source>Passphrase of the package: </source>
        <translation>Paketiň gizlin söz düzümi: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="176" />
        <source>Package written: {path} ({changes} changes, {size} bytes, for {peer})</source>
        <translation>Paket ýazyldy: {path} (üýtgeşmeler: {changes}, baýt: {size}, {peer} üçin)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="180" />
        <source>any database of the family</source>
        <translation>maşgalanyň islendik maglumatlar binýady</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="192" />
        <source>{path}: no such file.</source>
        <translation>{path}: beýle faýl ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="207" />
        <source>{applied} applied, {conflicts} conflicts, {seen} already seen</source>
        <translation>ulanyldy: {applied}, gapma-garşylyk: {conflicts}, eýýäm bardy: {seen}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="213" />
        <source>Links entered on both sides, kept once: {count} (the copies are in the Trash).</source>
        <translation>Iki tarapda hem girizilip, bir nusgada galdyrylan baglanyşyklar: {count} (nusgalary Sebetde).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="220" />
        <source>Records purged at another database, so purged here too: {count}.</source>
        <translation>Başga maglumatlar binýadynda hemişelik pozulan we şonuň üçin şu ýerde hem hemişelik pozulan ýazgylar: {count}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="226" />
        <source>Changes not applied because their records are purged (a purge is final): {count} ({records}).</source>
        <translation>Ýazgylary hemişelik pozulandygy üçin ulanylmadyk üýtgetmeler (hemişelik pozmak yzyna gaýtarylmaýar): {count} ({records}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="279" />
        <source>No open conflicts.</source>
        <translation>Açyk gapma-garşylyk ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="260" />
        <source>{id}  {record} - {field}: mine {mine} ({mine_by}, {mine_at}); theirs {theirs} ({theirs_by}, {theirs_at})</source>
        <translation>{id}  {record} - {field}: bu ýerde {mine} ({mine_by}, {mine_at}); olarda {theirs} ({theirs_by}, {theirs_at})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="295" />
        <source>Conflict {id} resolved.</source>
        <translation>{id} gapma-garşylygy çözüldi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="319" />
        <source>This database is not in an office family yet ('sync clone' starts one).</source>
        <translation>Bu maglumatlar binýady heniz edaranyň maşgalasyna girmeýär (ony 'sync clone' başlaýar).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="303" />
        <source>this database</source>
        <translation>şu maglumatlar binýady</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="304" />
        <source>cloned from</source>
        <translation>nusganyň çeşmesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="305" />
        <source>peer</source>
        <translation>agza</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="309" />
        <source>{id}  {office:&lt;30} {role:&lt;14} imported {imported}, exported {exported}</source>
        <translation>{id}  {office:&lt;30} {role:&lt;14} import {imported}, eksport {exported}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="335" />
        <source>No likely duplicates.</source>
        <translation>Gaýtalanma bolup biljek ýazgy ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="327" />
        <source>{keep} {other}  {keep_name} / {other_name} ({country})</source>
        <translation>{keep} {other}  {keep_name} / {other_name} ({country})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="347" />
        <source>KEEP and OTHER name the same signatory.</source>
        <translation>KEEP we OTHER şol bir gol çekeni görkezýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="349" />
        <source>No live signatory has the ID '{id}'.</source>
        <translation>'{id}' ID-li hereketdäki gol çeken ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="354" />
        <source>Merged: {records} records changed; the duplicate is in the Trash.</source>
        <translation>Birleşdirildi: üýtgedilen ýazgylar: {records}; gaýtalanma sebetde.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="365" />
        <source>{path}: cannot be read ({detail}); nothing was changed.</source>
        <translation>{path}: okap bolmaýar ({detail}); hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="366" />
        <source>{path} is larger than a sync package may be; refused, nothing was changed.</source>
        <translation>{path} sinhronlaşdyrma paketiniň bolup biljek ölçeginden uly; kabul edilmedi, hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="369" />
        <source>{path} is not a sync package; nothing was changed.</source>
        <translation>{path} sinhronlaşdyrma paketi däl; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="370" />
        <source>{path} is damaged or cut off; refused, nothing was changed.</source>
        <translation>{path} zaýalanan ýa-da kesilen; kabul edilmedi, hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="371" />
        <source>{path} was changed after it was signed (or its signature is false); refused, nothing was changed.</source>
        <translation>{path} gol çekilenden soň üýtgedilipdir (ýa-da goly ýalan); kabul edilmedi, hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="376" />
        <source>{path} holds something a package may not ({detail}); refused, nothing was changed.</source>
        <translation>{path} paketde bolmaly däl zady saklaýar ({detail}); kabul edilmedi, hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="380" />
        <source>Wrong passphrase for {path}; nothing was changed.</source>
        <translation>{path} üçin gizlin söz düzümi nädogry; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="381" />
        <source>{path} is encrypted: give its passphrase in COORDINATOR_DESK_SYNC_PASSPHRASE or on a terminal; nothing was changed.</source>
        <translation>{path} şifrlenen: onuň gizlin söz düzümini COORDINATOR_DESK_SYNC_PASSPHRASE-de ýa-da terminalda beriň; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="386" />
        <source>This database is not in an office family: clone a laptop from the office database first ('sync clone'). Nothing was changed.</source>
        <translation>Bu maglumatlar binýady edaranyň maşgalasyna girmeýär: ilki edaranyň binýadyndan noutbuk üçin nusga alyň ('sync clone'). Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="391" />
        <source>The package comes from another office family ({office}); refused, nothing was changed.</source>
        <translation>Paket başga bir edaranyň maşgalasyndan ({office}); kabul edilmedi, hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="396" />
        <source>The package was written by this database itself; nothing was changed.</source>
        <translation>Paketi şu maglumatlar binýadynyň özi ýazypdyr; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="399" />
        <source>The package was written for another database ({recipient}); refused, nothing was changed.</source>
        <translation>Paket başga bir maglumatlar binýady ({recipient}) üçin ýazylypdyr; kabul edilmedi, hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="404" />
        <source>The package comes from a database this one does not know ({sender}); import a package from the office first. Nothing was changed.</source>
        <translation>Paket şu binýadyň tanamaýan maglumatlar binýadyndan ({sender}); ilki edaradan gelen paketi import ediň. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="409" />
        <source>The package is signed with a key that is not {sender}'s; refused, nothing was changed.</source>
        <translation>Pakete {sender}-a degişli bolmadyk açar bilen gol çekilipdir; kabul edilmedi, hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="414" />
        <source>The package (number {serial}) is not newer than the last one imported from its database (number {last}): already imported or replayed. Nothing was changed.</source>
        <translation>Paket (belgisi {serial}) öz maglumatlar binýadyndan soňky import edilen paketden (belgisi {last}) täze däl: eýýäm import edilipdir ýa-da gaýtadan berlipdir. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="419" />
        <source>The package lacks earlier changes of database {origin} (it starts at {seq}); import the earlier packages first. Nothing was changed.</source>
        <translation>Paketde {origin} maglumatlar binýadynyň öňki üýtgeşmeleri ýok ({seq}-den başlaýar); ilki öňki paketleri import ediň. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="424" />
        <source>Change {seq} of database {origin} differs from the copy already here (was that database restored from an old backup?); refused, nothing was changed.</source>
        <translation>{origin} maglumatlar binýadynyň {seq} üýtgeşmesi bu ýerdäki nusgasyndan tapawutlanýar (ol binýat köne ätiýaçlyk nusgasyndan dikeldilmedimi?); kabul edilmedi, hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="429" />
        <source>The package would purge records this database holds ({count}): on the office server that needs the admin role, and {login} is signed in as {role}. Nothing was changed; ask an admin to import it.</source>
        <translation>Paket şu maglumatlar binýadyndaky ýazgylary hemişelik pozardy ({count}): ofis serwerinde munuň üçin «administrator» roly gerek, {login} bolsa «{role}» roly bilen girdi. Hiç zat üýtgedilmedi; paketi import etmegi administratordan haýyş ediň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="435" />
        <source>No database of this family is '{peer}'. Known: {known}.</source>
        <translation>Bu maşgalada '{peer}' maglumatlar binýady ýok. Bellileri: {known}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="436" />
        <source>'{peer}' names more than one database; give more digits. Known: {known}.</source>
        <translation>'{peer}' birnäçe maglumatlar binýadyna gabat gelýär; köpräk san beriň. Bellileri: {known}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="440" />
        <source>{path}: refused ({detail}); nothing was changed.</source>
        <translation>{path}: kabul edilmedi ({detail}); hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="453" />
        <source>No open conflict has the ID '{id}' (see 'sync conflicts').</source>
        <translation>'{id}' ID-li açyk gapma-garşylyk ýok ('sync conflicts'-e serediň).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="457" />
        <source>'{id}' names more than one conflict; give more digits.</source>
        <translation>'{id}' birnäçe gapma-garşylyga gabat gelýär; köpräk san beriň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="460" />
        <source>--take: '{value}' is not a value the field {field} can hold.</source>
        <translation>--take: '{value}' {field} meýdançasynyň bahasy bolup bilmeýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="25" />
        <source>bring one signatory's emission inventory in from a sheet of sectors by energy carriers (the template's final energy consumption table, MWh)</source>
        <translation>bir gol çekeniň zyňyndylar hasabyny «pudaklar × energiýa göterijiler» sahypasyndan getirmek (şablonyň soňky energiýa sarp edilişi tablisasy, MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="35" />
        <source>inventory year</source>
        <translation>hasabyň ýyly</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="41" />
        <source>baseline (the default) or monitoring inventory</source>
        <translation>esasy (adatça) ýa-da gözegçilik hasaby</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="43" />
        <source>inhabitants in the inventory year</source>
        <translation>hasabyň ýylyndaky ilat sany</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="47" />
        <source>emission factors: ipcc (the default for a new inventory) or lca</source>
        <translation>zyňyndy koeffisiýentleri: ipcc (täze hasap üçin adatça) ýa-da lca</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="74" />
        <source>Choose one with --sheet.</source>
        <translation>--sheet bilen birini saýlaň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="78" />
        <source>{path}, sheet {sheet}</source>
        <translation>{path}, {sheet} sahypasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="83" />
        <source>{n} problem(s) in the sheet; nothing was imported.</source>
        <translation>Sahypada ýalňyşlyklar: {n}; hiç zat import edilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="90" />
        <source>{where}: {cells} cells, {sectors} sectors, {carriers} energy carriers, {mwh} MWh of final energy.</source>
        <translation>{where}: öýjükler: {cells}, pudaklar: {sectors}, energiýa göterijiler: {carriers}; soňky energiýa: {mwh} MWt·sag.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="104" />
        <source>Rounded to a tenth of a MWh, the precision inventories keep: {n} cell(s).</source>
        <translation>MWt·sag-yň ondan bir bölegine çenli tegelekledi (hasaplaryň saklaýan takyklygy): öýjükler: {n}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="111" />
        <source>column {at} ({label})</source>
        <translation>{at} sütüni ({label})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="112" />
        <source>row {at} ({label})</source>
        <translation>setir {at} ({label})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="115" />
        <source>Left out as totals: {items}.</source>
        <translation>Jem hökmünde hasaba alynmady: {items}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="135" />
        <source>The inventory was not saved.</source>
        <translation>Zyňyndylar hasaby ýatda saklanmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="139" />
        <source>Warning: {message}</source>
        <translation>Duýduryş: {message}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="143" />
        <source>Saved as a new inventory: {name}, {type}, {year}.</source>
        <translation>Täze hasap hökmünde ýatda saklandy: {name}, {type}, {year}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="145" />
        <source>Saved into the existing inventory: {name}, {type}, {year} (its grid is now the sheet's).</source>
        <translation>Bar bolan hasaba ýatda saklandy: {name}, {type}, {year} (onuň tablisasy indi sahypadan alyndy).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="153" />
        <source>Dry run: this would be a new inventory: {name}, {type}, {year}.</source>
        <translation>Synag işledilişi: bu täze hasap bolardy: {name}, {type}, {year}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="155" />
        <source>Dry run: this would go into the existing inventory: {name}, {type}, {year}.</source>
        <translation>Synag işledilişi: maglumatlar bar bolan hasaba girerdi: {name}, {type}, {year}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="162" />
        <source>Emissions: {total} t (factor table {version}).</source>
        <translation>Zyňyndylar: {total} t (koeffisiýentler tablisasy {version}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="20" />
        <source>list the Trash, or purge records from it for good</source>
        <translation>Sebedi görkezmek ýa-da ondaky ýazgylary hemişelik pozmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="21" />
        <source>List the records in the Trash, or purge some for good (an admin's; a backup is taken first).</source>
        <translation>Sebetdäki ýazgylary görkezmek ýa-da olaryň käbirini hemişelik pozmak (muny administrator edýär; ilki ätiýaçlyk nusgasy alynýar).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="28" />
        <source>the records in the Trash, newest first</source>
        <translation>Sebetdäki ýazgylar, iň täzeleri ilki</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="30" />
        <source>delete records in the Trash for good</source>
        <translation>Sebetdäki ýazgylary hemişelik pozmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="35" />
        <source>a record in the Trash (its ID or first digits; see 'trash list')</source>
        <translation>Sebetdäki ýazgy (onuň ID-si ýa-da ilkinji sanlary; 'trash list' serediň)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="42" />
        <source>trash: name an action: list or purge.</source>
        <translation>trash: hereketi görkeziň: list ýa-da purge.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="55" />
        <source>The Trash is empty.</source>
        <translation>Sebet boş.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="59" />
        <source>{id}  {kind}: {name} (deleted {when} by {who})</source>
        <translation>{id}  {kind}: {name} (pozuldy {when}, kim tarapyndan: {who})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="84" />
        <source>Purged: {record}</source>
        <translation>Hemişelik pozuldy: {record}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="86" />
        <source>Records purged for good: {records}; their links and grid cells, purged with them: {along}.</source>
        <translation>Hemişelik pozulan ýazgylar: {records}; olar bilen bile pozulan baglanyşyklary we tablisa öýjükleri: {along}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="99" />
        <source>No record in the Trash has the ID '{id}' (see 'trash list'). Nothing purged.</source>
        <translation>Sebetde '{id}' ID-li ýazgy ýok ('trash list' serediň). Hiç zat pozulmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="102" />
        <source>'{id}' names more than one record; give more digits. Nothing purged.</source>
        <translation>'{id}' birnäçe ýazga gabat gelýär; has köp san görkeziň. Hiç zat pozulmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="105" />
        <source>{record} is not in the Trash; move it there first. Nothing purged.</source>
        <translation>{record} Sebetde däl; ilki ony Sebede geçiriň. Hiç zat pozulmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="109" />
        <source>{by} still points at {record}: purge both together, or change it first. Nothing purged.</source>
        <translation>{by} henizem {record} ýazgysyna salgylanýar: ikisini bile pozuň ýa-da ilki salgylanýanyny üýtgediň. Hiç zat pozulmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="115" />
        <source>Nothing purged.</source>
        <translation>Hiç zat pozulmady.</translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="46" />
        <source>Promotion and coordination</source>
        <translation>Wagyz etmek we utgaşdyrmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="47" />
        <source>Technical and strategic assistance</source>
        <translation>Tehniki we strategiki kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="48" />
        <source>Financial support</source>
        <translation>Maliýe goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="49" />
        <source>Energy Days</source>
        <translation>Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="50" />
        <source>Reporting to the Commission</source>
        <translation>Ýewropa Toparyna hasabat bermek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="53" />
        <source>On track</source>
        <translation>Kadaly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="54" />
        <source>Needs attention</source>
        <translation>Üns bermeli</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="55" />
        <source>At risk</source>
        <translation>Howp astynda</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="66" />
        <source>No active signatories in your territory</source>
        <translation>Siziň çägiňizde işjeň gol çeken ýok</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="69" />
        <source>No promotion activity and no new signatory in the last {months} months</source>
        <translation>Soňky {months} aýda wagyz çäresi hem, täze gol çeken hem ýok</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="68" />
        <source>Signatories on hold: %n of {total}</source>
        <translation><numerusform>{total} gol çekenden %n sanysy togtadyldy</numerusform><numerusform>{total} gol çekenden %n sanysy togtadyldy</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="56" />
        <source>Nothing recorded yet</source>
        <translation>Entek hiç zat girizilmedi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="61" />
        <source>The light comes on once the first signatories or activities are recorded (see Getting started)</source>
        <translation>Ilkinji gol çekenler ýa-da çäreler girizilenden soň görkeziji ýanar (“Işe başlamak” bölümine serediň)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="72" />
        <source>Signatories: {total}; %n joined in the last {months} months</source>
        <translation><numerusform>{total} gol çeken; soňky {months} aýda %n sanysy goşuldy</numerusform><numerusform>{total} gol çeken; soňky {months} aýda %n sanysy goşuldy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="75" />
        <source>%n signatories still late after their extension: they may be put on hold</source>
        <translation><numerusform>Möhlet uzaldylandan soň hem gijikdirýän gol çekenler: %n; olar togtadylyp bilner</numerusform><numerusform>Möhlet uzaldylandan soň hem gijikdirýän gol çekenler: %n; olar togtadylyp bilner</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="79" />
        <source>%n signatories past their SECAP deadline without an extension</source>
        <translation><numerusform>Durnukly energiýa we howa hereket meýilnamasynyň (SECAP) möhleti uzaldylman geçen gol çekenler: %n</numerusform><numerusform>Durnukly energiýa we howa hereket meýilnamasynyň (SECAP) möhleti uzaldylman geçen gol çekenler: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="82" />
        <source>%n signatories past their SEAP deadline without an extension</source>
        <translation><numerusform>Durnukly energiýa hereket meýilnamasynyň (SEAP) möhleti uzaldylman geçen gol çekenler: %n</numerusform><numerusform>Durnukly energiýa hereket meýilnamasynyň (SEAP) möhleti uzaldylman geçen gol çekenler: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="85" />
        <source>%n monitoring reports overdue</source>
        <translation><numerusform>Möhleti geçen gözegçilik hasabatlary: %n</numerusform><numerusform>Möhleti geçen gözegçilik hasabatlary: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="86" />
        <source>No technical or strategic assistance recorded in the last {months} months</source>
        <translation>Soňky {months} aýda tehniki ýa-da strategiki kömek bellenmedi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="89" />
        <source>Last assistance activity on {date}, more than {months} months ago</source>
        <translation>Soňky kömek çäresi {date} senesinde, {months} aýdan hem öň boldy</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="92" />
        <source>%n assistance activities in the last {months} months</source>
        <translation><numerusform>Soňky {months} aýdaky kömek çäreleri: %n</numerusform><numerusform>Soňky {months} aýdaky kömek çäreleri: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="93" />
        <source>No financial support decided in the last {months} months</source>
        <translation>Soňky {months} aýda maliýe goldawy barada karar kabul edilmedi</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="94" />
        <source>%n amounts have no exchange rate and are left out of the EUR totals</source>
        <translation><numerusform>Walýuta hümmeti bolmandygy sebäpli EUR jemlerine goşulmadyk mukdarlar: %n</numerusform><numerusform>Walýuta hümmeti bolmandygy sebäpli EUR jemlerine goşulmadyk mukdarlar: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="97" />
        <source>%n decisions of financial support provided (approved or disbursed) in the last {months} months, {amount} EUR</source>
        <translation><numerusform>Soňky {months} aýda maliýe goldawy bermek (tassyklanan ýa-da tölenen) barada kararlar: %n, {amount} EUR</numerusform><numerusform>Soňky {months} aýda maliýe goldawy bermek (tassyklanan ýa-da tölenen) barada kararlar: %n, {amount} EUR</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="102" />
        <source>No Energy Day held in the last {months} months</source>
        <translation>Soňky {months} aýda Energiýa güni geçirilmedi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="103" />
        <source>No Energy Day held in the last {months} months; the next is planned for {date}</source>
        <translation>Soňky {months} aýda Energiýa güni geçirilmedi; indikisi {date} senesine meýilleşdirildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="107" />
        <source>Last Energy Day held on {date}; none is planned</source>
        <translation>Soňky Energiýa güni {date} senesinde geçirildi; täzesi meýilleşdirilmedi</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="108" />
        <source>%n Energy Days held in the last {months} months</source>
        <translation><numerusform>Soňky {months} aýda geçirilen Energiýa günleri: %n</numerusform><numerusform>Soňky {months} aýda geçirilen Energiýa günleri: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="109" />
        <source>Coordinator report overdue by %n days</source>
        <translation><numerusform>Utgaşdyryjynyň hasabatynyň möhleti %n gün geçdi</numerusform><numerusform>Utgaşdyryjynyň hasabatynyň möhleti %n gün geçdi</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="110" />
        <source>Coordinator report due in %n days</source>
        <translation><numerusform>Utgaşdyryjynyň hasabatynyň möhletine %n gün galdy</numerusform><numerusform>Utgaşdyryjynyň hasabatynyň möhletine %n gün galdy</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="111" />
        <source>No report to the Commission recorded and no commitment date entered</source>
        <translation>Ýewropa Toparyna berlen hasabat bellenmedi we borçnama senesi girizilmedi</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="51" />
        <source>The record was changed meanwhile</source>
        <translation>Şol aralykda ýazgy üýtgedildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="59" />
        <source>someone else</source>
        <translation>başga biri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="61" />
        <source>{user} saved this record after you opened it. Choose, field by field, which value to keep; nothing is saved until you confirm.</source>
        <translation>Siz bu ýazgyny açandan soň {user} ony ýatda saklady. Haýsy bahany galdyrmalydygyny her meýdan boýunça saýlaň; siz tassyklaýançaňyz hiç zat ýatda saklanmaz.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="73" />
        <source>Field</source>
        <translation>Meýdan</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="74" />
        <source>Mine (not saved)</source>
        <translation>Meniň wersiýam (ýatda saklanmadyk)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="75" />
        <source>Theirs (saved)</source>
        <translation>Beýleki wersiýa (ýatda saklanan)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="91" />
        <source>{field}: mine</source>
        <translation>{field}: meniňki</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="93" />
        <source>{field}: theirs</source>
        <translation>{field}: beýlekiniňki</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="106" />
        <source>Keep all &amp;mine</source>
        <translation>Ählisinde &amp;meniňkini galdyr</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="109" />
        <source>Keep all &amp;theirs</source>
        <translation>Ählisinde &amp;beýlekiniňkini galdyr</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="114" />
        <source>&amp;Save the chosen values</source>
        <translation>Saýlanan bahalary ýatda &amp;sakla</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="49" />
        <source>Fields changed both here and on another computer since they last synchronised. Choose which value to keep; the choice travels with the next package.</source>
        <translation>Soňky sinhronlaşdyrmadan bäri hem şu ýerde, hem başga kompýuterde üýtgedilen meýdançalar. Haýsy bahany galdyrmalydygyny saýlaň; saýlawyňyz indiki paket bilen iberiler.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="60" />
        <source>Open conflicts</source>
        <translation>Açyk gapma-garşylyklar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="63" />
        <source>Record</source>
        <translation>Ýazgy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="64" />
        <source>Field</source>
        <translation>Meýdan</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="65" />
        <source>This database</source>
        <translation>Şu maglumatlar binýady</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="66" />
        <source>Other database</source>
        <translation>Beýleki maglumatlar binýady</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="80" />
        <source>Keep &amp;mine</source>
        <translation>&amp;Meniňkini galdyrmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="83" />
        <source>Take &amp;theirs</source>
        <translation>&amp;Olaryňkyny almak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="86" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Täzelemek</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="143" />
        <source>%n open conflicts</source>
        <translation><numerusform>%n açyk gapma-garşylyk</numerusform><numerusform>%n açyk gapma-garşylyk</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="170" />
        <source>That conflict was already resolved; the list is read again.</source>
        <translation>Bu gapma-garşylyk eýýäm çözülipdir; sanaw täzeden okaldy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="178" />
        <source>Resolved: {record} - {field}.</source>
        <translation>Çözüldi: {record} - {field}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="193" />
        <source>{value}
{who}, {when}</source>
        <translation>{value}
{who}, {when}</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="46" />
        <source>Expression of interest</source>
        <translation>Gyzyklanma maglumatnamasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="47" />
        <source>Eligibility confirmed</source>
        <translation>Goşulyp biljekdigi tassyklandy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="48" />
        <source>Commitment signed</source>
        <translation>Ylalaşyga gol çekildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="49" />
        <source>Active</source>
        <translation>Işjeň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="83" />
        <source>Application path</source>
        <translation>Goşulyş tapgyrlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="95" />
        <source>Services offered</source>
        <translation>Hödürlenýän hyzmatlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="109" />
        <source>&amp;Add service...</source>
        <translation>Hyzmat &amp;goş...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="112" />
        <source>&amp;Edit...</source>
        <translation>&amp;Düzet...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="114" />
        <source>Re&amp;move</source>
        <translation>&amp;Aýyr</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="121" />
        <source>Services offered to signatories</source>
        <translation>Gol çekenlere hödürlenýän hyzmatlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="226" />
        <source>Save the profile first</source>
        <translation>Ilki profili ýatda saklaň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="227" />
        <source>Save the coordinator profile, then add its services.</source>
        <translation>Ilki utgaşdyryjynyň profilini ýatda saklaň, soňra onuň hyzmatlaryny goşuň.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="90" />
        <source>Unexpected error</source>
        <translation>Garaşylmadyk ýalňyşlyk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="92" />
        <source>Something went wrong that Coordinator Desk did not expect. The last action may not have been completed; saved records are not affected.</source>
        <translation>Garaşylmadyk ýalňyşlyk ýüze çykdy. Soňky hereket tamamlanmadyk bolmagy mümkin; öň ýatda saklanan ýazgylara täsir etmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="99" />
        <source>The details were written to {path}.</source>
        <translation>Jikme-jiklikler {path} faýlyna ýazyldy.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="46" />
        <source>Signatories</source>
        <translation>Gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="47" />
        <source>New signatories</source>
        <translation>Täze gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="48" />
        <source>Assistance activities</source>
        <translation>Kömek çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="49" />
        <source>Financial support provided (EUR)</source>
        <translation>Berlen maliýe goldawy (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="50" />
        <source>Energy Days</source>
        <translation>Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="51" />
        <source>Plans submitted</source>
        <translation>Tabşyrylan meýilnamalar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="52" />
        <source>Monitoring reports submitted</source>
        <translation>Tabşyrylan gözegçilik hasabatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="167" />
        <source>Overview</source>
        <translation>Gysgaça syn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="172" />
        <source>Deadlines</source>
        <translation>Möhletler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="247" />
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="352" />
        <source>Computing the dashboard...</source>
        <translation>Umumy syn hasaplanýar...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="250" />
        <source>&amp;Refresh</source>
        <translation>&amp;Täzele</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="285" />
        <source>Signatories by plan status</source>
        <translation>Meýilnamanyň ýagdaýy boýunça gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="286" />
        <source>Financial support by year, EUR</source>
        <translation>Ýyllar boýunça maliýe goldawy, EUR</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="287" />
        <source>Assistance activities by month</source>
        <translation>Aýlar boýunça kömek çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="375" />
        <source>The dashboard could not be computed.</source>
        <translation>Umumy syny hasaplap bolmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="385" />
        <source>Reporting period {period}; computed in {ms} ms.</source>
        <translation>Hasabat döwri: {period}; {ms} ms-da hasaplandy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="392" />
        <source>Key figures, {period} (change against {previous})</source>
        <translation>Esasy görkezijiler, {period} ({previous} bilen deňeşdirilende üýtgeşme)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="404" />
        <source>Previous period: {value}</source>
        <translation>Öňki döwür: {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="450" />
        <source>Financial support provided (approved or disbursed) in the last {months} months: %n records, as the light counts them</source>
        <translation><numerusform>Soňky {months} aýda berlen maliýe goldawy (tassyklanan ýa-da tölenen): %n ýazgy, çyra olary şeýle sanaýar</numerusform><numerusform>Soňky {months} aýda berlen maliýe goldawy (tassyklanan ýa-da tölenen): %n ýazgy, çyra olary şeýle sanaýar</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="471" />
        <source>{figure}, {period}: %n records</source>
        <translation><numerusform>{figure}, {period}: %n ýazgy</numerusform><numerusform>{figure}, {period}: %n ýazgy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="483" />
        <source>Signatories whose most advanced plan is: {status} (%n)</source>
        <translation><numerusform>Iň öňe gidişli meýilnamasy şeýle bolan gol çekenler: {status} (%n)</numerusform><numerusform>Iň öňe gidişli meýilnamasy şeýle bolan gol çekenler: {status} (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="495" />
        <source>Financial support provided in {year}: %n records</source>
        <translation><numerusform>{year} ýylda berlen maliýe goldawy: %n ýazgy</numerusform><numerusform>{year} ýylda berlen maliýe goldawy: %n ýazgy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="506" />
        <source>Assistance activities in {month} {year}: %n</source>
        <translation><numerusform>Kömek çäreleri, {year} ýylyň {month} aýy: %n</numerusform><numerusform>Kömek çäreleri, {year} ýylyň {month} aýy: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="560" />
        <source>No plan</source>
        <translation>Meýilnama ýok</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="580" />
        <source>Rejected in the period: %n, {amount} EUR</source>
        <translation><numerusform>Döwürde ret edilen: %n karar, {amount} EUR</numerusform><numerusform>Döwürde ret edilen: %n karar, {amount} EUR</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="581" />
        <source>Awaiting a decision: %n, {amount} EUR</source>
        <translation><numerusform>Karara garaşýan: %n arza, {amount} EUR</numerusform><numerusform>Karara garaşýan: %n arza, {amount} EUR</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="593" />
        <source>{n} bn</source>
        <translation>{n} mlrd</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="594" />
        <source>{n} m</source>
        <translation>{n} mln</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="595" />
        <source>{n} k</source>
        <translation>{n} müň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="52" />
        <source>No emission inventories yet</source>
        <translation>Zyňyndylar hasaplary entek ýok</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="56" />
        <source>Baseline</source>
        <translation>Esasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="56" />
        <source>Latest</source>
        <translation>Iň soňky</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="86" />
        <source>Emissions by sector, baseline vs latest, t</source>
        <translation>Pudaklar boýunça zyňyndylar: esasy we iň soňky, t</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="101" />
        <source>Territory's emissions: baseline {baseline} t, latest {latest} t ({change}); {count} signatories with inventories.</source>
        <translation>Sebitiň zyňyndylary: esasy {baseline} t, iň soňky {latest} t ({change}); hasaby bolan gol çekenler: {count}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="113" />
        <source>Per inhabitant: baseline {baseline} t, latest {latest} t.</source>
        <translation>Bir ýaşaýja: esasy {baseline} t, iň soňky {latest} t.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="116" />
        <source>Latest inventory older than {year}: {count} signatories{names}.</source>
        <translation>Iň soňky hasaby {year} ýyldan köne: gol çekenler — {count}{names}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="128" />
        <source>Emission factors: table {version}.</source>
        <translation>Zyňyndy koeffisiýentleri: tablisa {version}.</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorDialog</name>
    <message>
        <location filename="../desktop_app/ui/errors.py" line="16" />
        <source>The database cannot be opened: {detail}</source>
        <translation>Maglumatlar binýadyny açyp bolmaýar: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/errors.py" line="23" />
        <source>Cannot open the database</source>
        <translation>Maglumatlar binýadyny açyp bolmady</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../desktop_app/ui/widgets/date_edit.py" line="78" />
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Senenamadan saýlamak (Alt+Aşak)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/date_edit.py" line="79" />
        <source>Calendar</source>
        <translation>Senenama</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/date_edit.py" line="84" />
        <source>Clear the date (Delete)</source>
        <translation>Senäni arassala (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/date_edit.py" line="85" />
        <source>Clear the date</source>
        <translation>Senäni arassala</translation>
    </message>
    <message>
        <location filename="../desktop_app/date_text.py" line="72" />
        <source>dd</source>
        <translation>gg</translation>
    </message>
    <message>
        <location filename="../desktop_app/date_text.py" line="73" />
        <source>mm</source>
        <translation>aa</translation>
    </message>
    <message>
        <location filename="../desktop_app/date_text.py" line="74" />
        <source>yyyy</source>
        <translation>ýýýý</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="47" />
        <source>Action plan due</source>
        <translation>Hereket meýilnamasynyň möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="48" />
        <source>Monitoring report due</source>
        <translation>Gözegçilik hasabatynyň möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="49" />
        <source>Monitoring emission inventory due</source>
        <translation>Gözegçilik zyňyndylar hasabynyň möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="50" />
        <source>Deadline extension expires</source>
        <translation>Uzaldylan möhlet gutarýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="51" />
        <source>Coordinator report due</source>
        <translation>Utgaşdyryjynyň hasabatynyň möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="52" />
        <source>Plan under assessment for too long</source>
        <translation>Meýilnama gaty uzak bahalandyrylýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="55" />
        <source>Overdue</source>
        <translation>Möhleti geçdi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="56" />
        <source>Due soon</source>
        <translation>Möhleti ýakynlaşýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="57" />
        <source>Later</source>
        <translation>Soňrak</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="60" />
        <source>Due</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="61" />
        <source>Days left</source>
        <translation>Galan günler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="62" />
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="63" />
        <source>Deadline</source>
        <translation>Möhletiň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="64" />
        <source>Signatory</source>
        <translation>Gol çeken</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="65" />
        <source>Country</source>
        <translation>Ýurt</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/deadlines.py" line="372" />
        <source>Deadlines</source>
        <translation>Möhletler</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="101" />
        <source>today</source>
        <translation>şu gün</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="103" />
        <source>in %n days</source>
        <translation><numerusform>%n günden</numerusform><numerusform>%n günden</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="106" />
        <source>overdue since {year}</source>
        <translation>{year} ýyldan bäri gijikdirilýär</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="107" />
        <source>%n days overdue</source>
        <translation><numerusform>%n gün gijikdi</numerusform><numerusform>%n gün gijikdi</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="126" />
        <source>Deadline filter</source>
        <translation>Möhlet süzgüji</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="127" />
        <source>All deadlines</source>
        <translation>Ähli möhletler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="132" />
        <source>Status filter</source>
        <translation>Ýagdaý süzgüji</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="133" />
        <source>All statuses</source>
        <translation>Ähli ýagdaýlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="138" />
        <source>Time window</source>
        <translation>Wagt aralygy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="139" />
        <source>Any date</source>
        <translation>Islendik sene</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="142" />
        <source>Overdue or due within %n days</source>
        <translation><numerusform>Möhleti geçen ýa-da %n günüň içinde</numerusform><numerusform>Möhleti geçen ýa-da %n günüň içinde</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="147" />
        <source>Search signatory</source>
        <translation>Gol çekeni gözle</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="151" />
        <source>Export .xlsx...</source>
        <translation>.xlsx görnüşinde eksport et...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="152" />
        <source>Export calendar (.ics)...</source>
        <translation>Senenamany eksport et (.ics)...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="180" />
        <source>Computing deadlines...</source>
        <translation>Möhletler hasaplanýar...</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="272" />
        <source>{shown} of %n deadlines</source>
        <translation><numerusform>{shown} / %n möhlet</numerusform><numerusform>{shown} / %n möhlet</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="285" />
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="315" />
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="327" />
        <source>Export deadlines</source>
        <translation>Möhletleri eksport etmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="287" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel faýly (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="289" />
        <source>Calendar (*.ics)</source>
        <translation>Senenama (*.ics)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="316" />
        <source>Could not write {path}: {error}</source>
        <translation>{path} faýlyny ýazyp bolmady: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="323" />
        <source>%n deadlines exported to {path}</source>
        <translation><numerusform>%n möhlet {path} faýlyna eksport edildi</numerusform><numerusform>%n möhlet {path} faýlyna eksport edildi</numerusform></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desktop_app/services/demo.py" line="59" />
        <source>The database already holds {count} signatories; demo data was not added. Use --force to add it anyway.</source>
        <translation>Maglumatlar binýadynda eýýäm {count} gol çeken bar; demo maglumatlar goşulmady. Şonda-da goşmak üçin --force ulanyň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/demo.py" line="64" />
        <source>Demo data from seed {seed} is already in this database; choose another --seed. Nothing was added.</source>
        <translation>Başlangyç bahasy {seed} bolan demo maglumatlar bu maglumatlar binýadynda eýýäm bar; başga --seed saýlaň. Hiç zat goşulmady.</translation>
    </message>
</context>
<context>
    <name>EnergyDayForm</name>
    <message>
        <location filename="../desktop_app/ui/forms/energy_day_form.py" line="27" />
        <source>(no lead organiser)</source>
        <translation>(esasy gurnaýjy ýok)</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="262" />
        <source>Territorial Coordinator</source>
        <translation>Ýerlerdäki utgaşdyryjy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="263" />
        <source>National Coordinator</source>
        <translation>Ýurt derejesindäki utgaşdyryjy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="264" />
        <source>Expression of interest</source>
        <translation>Gyzyklanma maglumatnamasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="265" />
        <source>Eligibility confirmed</source>
        <translation>Goşulyp biljekdigi tassyklandy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="266" />
        <source>Commitment signed</source>
        <translation>Ylalaşyga gol çekildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="267" />
        <location filename="../desktop_app/domain/enums.py" line="289" />
        <source>Active</source>
        <translation>Işjeň</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="268" />
        <location filename="../desktop_app/domain/enums.py" line="290" />
        <source>On hold</source>
        <translation>Togtadyldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="269" />
        <location filename="../desktop_app/domain/enums.py" line="291" />
        <source>Withdrawn</source>
        <translation>Yzyna alyndy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="270" />
        <location filename="../desktop_app/domain/enums.py" line="316" />
        <source>Promotion</source>
        <translation>Wagyz etmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="271" />
        <location filename="../desktop_app/domain/enums.py" line="317" />
        <source>Technical assistance</source>
        <translation>Tehniki kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="272" />
        <location filename="../desktop_app/domain/enums.py" line="318" />
        <source>Strategic assistance</source>
        <translation>Strategiki kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="273" />
        <source>Financial support</source>
        <translation>Maliýe goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="274" />
        <source>Human resources</source>
        <translation>Işgär goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="275" />
        <location filename="../desktop_app/domain/enums.py" line="319" />
        <source>Capacity building</source>
        <translation>Başarnyklary ösdürmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="276" />
        <source>Emission inventory support</source>
        <translation>Zyňyndylar hasabyna goldaw</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="277" />
        <source>Risk and vulnerability assessment support</source>
        <translation>Töwekgelçilik we ejizlik bahalandyrmasyna goldaw</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="278" />
        <source>Energy Days</source>
        <translation>Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="279" />
        <source>Sent outside the app</source>
        <translation>Programmanyň daşyndan iberildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="280" />
        <source>Submission pack</source>
        <translation>Tabşyryş bukjasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="281" />
        <source>2020 (SEAP)</source>
        <translation>2020 (SEAP)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="282" />
        <source>2030 (SECAP)</source>
        <translation>2030 (SECAP)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="283" />
        <source>2050 (climate neutrality)</source>
        <translation>2050 (howa bitaraplygy)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="284" />
        <source>Mitigation</source>
        <translation>Zyňyndylary azaltmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="285" />
        <source>Adaptation</source>
        <translation>Uýgunlaşmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="286" />
        <source>Energy poverty / access</source>
        <translation>Energiýa garyplygy / elýeterliligi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="287" />
        <source>Absolute</source>
        <translation>Absolýut</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="288" />
        <source>Per capita</source>
        <translation>Adam başyna</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="292" />
        <source>SEAP</source>
        <translation>SEAP</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="293" />
        <source>SECAP</source>
        <translation>SECAP</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="294" />
        <source>SEACAP</source>
        <translation>SEACAP</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="295" />
        <source>Municipal</source>
        <translation>Şäher häkimligi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="296" />
        <source>Tertiary</source>
        <translation>Hyzmat ulgamy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="297" />
        <source>Residential</source>
        <translation>Ýaşaýyş jaýlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="298" />
        <location filename="../desktop_app/domain/enums.py" line="374" />
        <location filename="../desktop_app/domain/plan_codes.py" line="339" />
        <location filename="../desktop_app/domain/plan_codes.py" line="374" />
        <source>Transport</source>
        <translation>Ulag</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="299" />
        <location filename="../desktop_app/domain/enums.py" line="373" />
        <source>Industry</source>
        <translation>Senagat</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="300" />
        <location filename="../desktop_app/domain/enums.py" line="323" />
        <location filename="../desktop_app/domain/enums.py" line="335" />
        <location filename="../desktop_app/domain/enums.py" line="355" />
        <location filename="../desktop_app/domain/plan_codes.py" line="218" />
        <location filename="../desktop_app/domain/plan_codes.py" line="241" />
        <location filename="../desktop_app/domain/plan_codes.py" line="313" />
        <location filename="../desktop_app/domain/plan_codes.py" line="324" />
        <location filename="../desktop_app/domain/plan_codes.py" line="354" />
        <location filename="../desktop_app/domain/plan_codes.py" line="372" />
        <location filename="../desktop_app/domain/plan_codes.py" line="377" />
        <source>Other</source>
        <translation>Beýlekiler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="301" />
        <source>In preparation</source>
        <translation>Taýýarlanýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="302" />
        <location filename="../desktop_app/domain/enums.py" line="309" />
        <source>Submitted</source>
        <translation>Tabşyryldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="303" />
        <source>Under assessment</source>
        <translation>Bahalandyrylýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="304" />
        <location filename="../desktop_app/domain/enums.py" line="310" />
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="305" />
        <location filename="../desktop_app/domain/enums.py" line="311" />
        <source>Revision requested</source>
        <translation>Düzediş soraldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="306" />
        <source>Action reporting</source>
        <translation>Hereketler barada hasabat</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="307" />
        <source>Full reporting</source>
        <translation>Doly hasabat</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="308" />
        <source>Planned</source>
        <translation>Meýilleşdirildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="312" />
        <source>Action plan</source>
        <translation>Hereket meýilnamasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="313" />
        <source>Monitoring report</source>
        <translation>Gözegçilik hasabaty</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="314" />
        <source>Signatory</source>
        <translation>Gol çeken</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="315" />
        <source>Coordinator</source>
        <translation>Utgaşdyryjy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="320" />
        <source>Training</source>
        <translation>Okuw</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="321" />
        <source>Study visit</source>
        <translation>Tejribe sapary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="322" />
        <source>Event</source>
        <translation>Çäre</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="324" />
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="325" />
        <source>Subsidy</source>
        <translation>Subsidiýa</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="326" />
        <source>Soft loan</source>
        <translation>Ýeňillikli karz</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="327" />
        <source>Guarantee</source>
        <translation>Kepillik</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="328" />
        <source>Revolving fund</source>
        <translation>Aýlanyşyk gaznasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="329" />
        <source>ESCO / energy performance contract</source>
        <translation>ESCO / energiýa netijeliligi şertnamasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="330" />
        <source>Third-party financing</source>
        <translation>Üçünji tarapyň maliýeleşdirmesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="331" />
        <source>Green bond</source>
        <translation>Ýaşyl obligasiýa</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="332" />
        <source>Public-private partnership</source>
        <translation>Döwlet-hususy hyzmatdaşlygy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="333" />
        <source>Cooperative / crowdfunding</source>
        <translation>Kooperatiw / köpçülikleýin maliýeleşdirme</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="334" />
        <source>Staff in kind</source>
        <translation>Natura görnüşinde işgär</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="336" />
        <source>Own budget</source>
        <translation>Öz býujeti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="337" />
        <source>National budget</source>
        <translation>Döwlet býujeti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="338" />
        <source>EU programme</source>
        <translation>ÝB maksatnamasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="339" />
        <source>International financial institution</source>
        <translation>Halkara maliýe edarasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="340" />
        <source>Donor</source>
        <translation>Peşgeş beriji</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="341" />
        <source>Private</source>
        <translation>Hususy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="342" />
        <source>Applied</source>
        <translation>Ýüz tutuldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="343" />
        <source>Approved</source>
        <translation>Tassyklandy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="344" />
        <source>Disbursed</source>
        <translation>Tölendi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="345" />
        <source>Rejected</source>
        <translation>Ret edildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="346" />
        <source>Workshop</source>
        <translation>Amaly maslahat</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="347" />
        <source>Exhibition</source>
        <translation>Sergi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="348" />
        <source>Open doors</source>
        <translation>Açyk gapylar güni</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="349" />
        <source>Guided visit</source>
        <translation>Gezelenç</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="350" />
        <source>Contest</source>
        <translation>Bäsleşik</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="351" />
        <source>Lesson</source>
        <translation>Sapak</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="352" />
        <source>Round table</source>
        <translation>Tegelek stol</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="353" />
        <source>Cycling</source>
        <translation>Welosiped ýörişi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="354" />
        <source>Concert</source>
        <translation>Konsert</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="356" />
        <source>Schoolchildren</source>
        <translation>Mekdep okuwçylary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="357" />
        <source>General public</source>
        <translation>Giň jemgyýetçilik</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="358" />
        <source>Businesses</source>
        <translation>Telekeçiler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="359" />
        <source>Housing associations</source>
        <translation>Ýaşaýyş jaý birleşikleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="360" />
        <source>NGOs</source>
        <translation>Jemgyýetçilik guramalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="361" />
        <source>Media</source>
        <translation>Köpçülikleýin habar serişdeleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="362" />
        <source>Public servants</source>
        <translation>Döwlet gullukçylary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="363" />
        <source>Baseline emission inventory</source>
        <translation>Esasy zyňyndylar hasaby</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="364" />
        <source>Monitoring emission inventory</source>
        <translation>Gözegçilik zyňyndylar hasaby</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="365" />
        <source>IPCC (activity-based)</source>
        <translation>IPCC (işjeňlik boýunça)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="366" />
        <source>Life cycle (LCA)</source>
        <translation>Durmuş aýlawy (LCA)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="367" />
        <source>t CO2</source>
        <translation>t CO2</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="368" />
        <source>t CO2-eq</source>
        <translation>t CO2-ekw.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="369" />
        <source>Municipal buildings, equipment and facilities</source>
        <translation>Şäher häkimliginiň binalary, enjamlary we desgalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="370" />
        <source>Tertiary buildings, equipment and facilities</source>
        <translation>Hyzmat ulgamynyň binalary, enjamlary we desgalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="371" />
        <source>Residential buildings</source>
        <translation>Ýaşaýyş jaýlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="372" />
        <source>Public lighting</source>
        <translation>Köçe yşyklandyryşy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="375" />
        <source>Others</source>
        <translation>Beýlekiler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="376" />
        <source>Local electricity production (fuel input)</source>
        <translation>Ýerli elektrik önümçiligi (ýangyç)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="377" />
        <source>Local heat/cold production (fuel input)</source>
        <translation>Ýerli ýylylyk we sowuklyk önümçiligi (ýangyç)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="378" />
        <source>Electricity</source>
        <translation>Elektrik energiýasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="379" />
        <source>Heat/cold</source>
        <translation>Ýylylyk we sowuklyk</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="380" />
        <source>Natural gas</source>
        <translation>Tebigy gaz</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="381" />
        <source>Liquid gas</source>
        <translation>Suwuklandyrylan gaz</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="382" />
        <source>Heating oil</source>
        <translation>Peç ýangyjy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="383" />
        <source>Diesel</source>
        <translation>Dizel ýangyjy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="384" />
        <source>Gasoline</source>
        <translation>Benzin</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="385" />
        <source>Lignite</source>
        <translation>Goňur kömür</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="386" />
        <source>Coal</source>
        <translation>Daş kömür</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="387" />
        <source>Other fossil fuels</source>
        <translation>Beýleki gazylyp alynýan ýangyçlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="388" />
        <source>Biofuels</source>
        <translation>Bioýangyç</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="389" />
        <source>Other biomass</source>
        <translation>Beýleki biomassa</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="390" />
        <source>Solar thermal</source>
        <translation>Gün ýylylyk energiýasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="391" />
        <source>Geothermal</source>
        <translation>Geotermal energiýa</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="392" />
        <source>Created</source>
        <translation>Döredildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="393" />
        <source>Changed</source>
        <translation>Üýtgedildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="394" />
        <source>Moved to trash</source>
        <translation>Sebede geçirildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="395" />
        <source>Restored</source>
        <translation>Dikeldildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="212" />
        <source>Not started</source>
        <translation>Başlanmadyk</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="213" />
        <source>Ongoing</source>
        <translation>Dowam edýär</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="214" />
        <source>Completed</source>
        <translation>Tamamlandy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="215" />
        <source>Postponed</source>
        <translation>Yza süýşürildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="216" />
        <source>Local authority</source>
        <translation>Ýerli häkimiýet</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="217" />
        <source>Covenant coordinator</source>
        <translation>Bileleşigiň utgaşdyryjysy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="219" />
        <source>Not possible to say</source>
        <translation>Kesgitläp bolmaýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="220" />
        <source>Awareness raising / training</source>
        <translation>Habarlylygy artdyrmak we okuw</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="221" />
        <source>Public procurement</source>
        <translation>Döwlet satyn alyşlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="222" />
        <source>Energy management</source>
        <translation>Energiýa dolandyryşy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="223" />
        <source>Building standards</source>
        <translation>Gurluşyk kadalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="224" />
        <source>Land use planning regulation</source>
        <translation>Ýerden peýdalanmagy meýilleşdirmek kadalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="225" />
        <source>Mobility planning regulation</source>
        <translation>Hereketi meýilleşdirmek we düzgünleşdirmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="226" />
        <source>Grants and subsidies</source>
        <translation>Grantlar we subsidiýalar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="227" />
        <source>Third-party financing, PPP</source>
        <translation>Üçünji tarapyň maliýeleşdirmesi, DHH</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="230" />
        <source>Energy certification / labelling</source>
        <translation>Energiýa sertifikatlaşdyryşy we bellikleme</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="232" />
        <source>Energy suppliers' obligations</source>
        <translation>Energiýa üpjün edijileriň borçlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="235" />
        <source>Voluntary agreements with stakeholders</source>
        <translation>Gyzyklanýan taraplar bilen meýletin ylalaşyklar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="239" />
        <source>Integrated ticketing and charging</source>
        <translation>Bitewi bilet we töleg ulgamy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="242" />
        <source>Building envelope</source>
        <translation>Binanyň daşky gurluşlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="245" />
        <source>Renewable energy for space heating and hot water</source>
        <translation>Ýyladyş we gyzgyn suw üçin gaýtadan dikeldilýän energiýa</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="249" />
        <source>Energy efficiency in space heating and hot water</source>
        <translation>Ýyladyşda we gyzgyn suwda energiýa netijeliligi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="253" />
        <source>Energy-efficient lighting systems</source>
        <translation>Energiýa tygşytly yşyklandyryş ulgamlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="257" />
        <source>Energy-efficient electrical appliances</source>
        <translation>Energiýa tygşytly elektrik enjamlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="259" />
        <source>Integrated action</source>
        <translation>Toplumlaýyn çäre</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="262" />
        <source>Energy efficiency in industrial processes</source>
        <translation>Önümçilik proseslerinde energiýa netijeliligi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="264" />
        <source>Renewable energy</source>
        <translation>Gaýtadan dikeldilýän energiýa</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="265" />
        <source>Energy efficiency</source>
        <translation>Energiýa netijeliligi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="266" />
        <source>Cleaner and efficient vehicles</source>
        <translation>Has arassa we netijeli ulaglar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="267" />
        <source>Electric vehicles and infrastructure</source>
        <translation>Elektrik ulaglary we infrastruktura</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="270" />
        <source>Modal shift to public transport</source>
        <translation>Jemgyýetçilik ulagyna geçmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="274" />
        <source>Modal shift to walking and cycling</source>
        <translation>Pyýada we welosipedli hereketlere geçmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="276" />
        <source>Car sharing and pooling</source>
        <translation>Awtoulaglary bilelikde ulanmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="279" />
        <source>Logistics and urban freight transport</source>
        <translation>Logistika we şäher ýük daşamalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="281" />
        <source>Road network optimisation</source>
        <translation>Ýol ulgamyny kämilleşdirmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="284" />
        <source>Mixed-use development and sprawl containment</source>
        <translation>Garyşyk gurluşyk we şäheriň ýaýramagyny çäklendirmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="286" />
        <source>Eco-driving</source>
        <translation>Tygşytly sürmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="287" />
        <source>Hydroelectric power</source>
        <translation>Gidroenergetika</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="288" />
        <source>Wind power</source>
        <translation>Şemal energiýasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="289" />
        <source>Photovoltaics</source>
        <translation>Gün fotoelektrik energiýasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="290" />
        <source>Biomass power plant</source>
        <translation>Biomassa elektrik stansiýasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="291" />
        <source>Combined heat and power</source>
        <translation>Kogenerasiýa</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="292" />
        <source>Smart grids</source>
        <translation>Akylly elektrik ulgamlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="295" />
        <source>District heating/cooling plant</source>
        <translation>Merkezleşdirilen ýylylyk we sowuklyk desgasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="299" />
        <source>District heating/cooling network</source>
        <translation>Merkezleşdirilen ýylylyk we sowuklyk ulgamy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="301" />
        <location filename="../desktop_app/domain/plan_codes.py" line="353" />
        <source>Information and communication technologies</source>
        <translation>Maglumat we aragatnaşyk tehnologiýalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="302" />
        <source>Behavioural changes</source>
        <translation>Özüňi alyp barşy üýtgetmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="303" />
        <source>Urban regeneration</source>
        <translation>Şäher gurşawyny täzelemek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="306" />
        <source>Waste and wastewater management</source>
        <translation>Galyndylary we hapa suwlary dolandyrmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="310" />
        <source>Tree planting in urban areas</source>
        <translation>Şäher ýerlerinde agaç oturtmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="312" />
        <location filename="../desktop_app/domain/plan_codes.py" line="344" />
        <source>Agriculture and forestry</source>
        <translation>Oba we tokaý hojalygy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="314" />
        <source>Extreme heat</source>
        <translation>Aşa yssy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="315" />
        <source>Extreme cold</source>
        <translation>Aşa sowuk</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="316" />
        <source>Heavy precipitation</source>
        <translation>Güýçli ýagyn</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="317" />
        <source>Floods</source>
        <translation>Suw joşmalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="318" />
        <source>Sea level rise</source>
        <translation>Deňiz derejesiniň ýokarlanmagy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="319" />
        <source>Droughts</source>
        <translation>Gurakçylyk</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="320" />
        <source>Storms</source>
        <translation>Tupanlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="321" />
        <source>Mass movement</source>
        <translation>Ýer süýşmeleri we sil akymlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="322" />
        <source>Wildfires</source>
        <translation>Tebigy ýangynlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="323" />
        <source>Biological hazards</source>
        <translation>Biologiki howplar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="325" />
        <source>Low</source>
        <translation>Pes</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="326" />
        <source>Moderate</source>
        <translation>Orta</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="327" />
        <source>High</source>
        <translation>Ýokary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="328" />
        <location filename="../desktop_app/domain/plan_codes.py" line="332" />
        <location filename="../desktop_app/domain/plan_codes.py" line="337" />
        <source>Not known</source>
        <translation>Belli däl</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="329" />
        <source>Increase</source>
        <translation>Artýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="330" />
        <source>Decrease</source>
        <translation>Azalýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="331" />
        <source>No change</source>
        <translation>Üýtgeýän däl</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="333" />
        <source>Current</source>
        <translation>Häzirki</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="334" />
        <source>Short term (up to 5 years)</source>
        <translation>Gysga möhletde (5 ýyla çenli)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="335" />
        <source>Medium term (5 to 15 years)</source>
        <translation>Orta möhletde (5–15 ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="336" />
        <source>Long term (over 15 years)</source>
        <translation>Uzak möhletde (15 ýyldan köp)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="338" />
        <location filename="../desktop_app/domain/plan_codes.py" line="373" />
        <source>Buildings</source>
        <translation>Binalar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="340" />
        <source>Energy</source>
        <translation>Energetika</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="341" />
        <source>Water</source>
        <translation>Suw</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="342" />
        <source>Waste</source>
        <translation>Galyndylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="343" />
        <source>Land use planning</source>
        <translation>Ýerden peýdalanmagy meýilleşdirmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="345" />
        <source>Environment and biodiversity</source>
        <translation>Daşky gurşaw we biologiki dürlülik</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="346" />
        <source>Health</source>
        <translation>Saglygy goraýyş</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="349" />
        <source>Civil protection and emergency</source>
        <translation>Raýat goranyşy we adatdan daşary ýagdaýlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="351" />
        <source>Tourism</source>
        <translation>Syýahatçylyk</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="352" />
        <source>Education</source>
        <translation>Bilim</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="355" />
        <source>Women and girls</source>
        <translation>Aýallar we gyzlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="356" />
        <source>Children</source>
        <translation>Çagalar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="357" />
        <source>Youth</source>
        <translation>Ýaşlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="358" />
        <source>Elderly</source>
        <translation>Ýaşy ulular</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="359" />
        <source>Marginalised groups</source>
        <translation>Jemgyýetden çetleşdirilen toparlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="360" />
        <source>Persons with disabilities</source>
        <translation>Maýyplygy bolan adamlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="363" />
        <source>Persons with chronic diseases</source>
        <translation>Dowamly keselli adamlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="365" />
        <source>Low-income households</source>
        <translation>Pes girdejili maşgalalar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="366" />
        <source>Unemployed persons</source>
        <translation>Işsizler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="369" />
        <source>Persons living in substandard housing</source>
        <translation>Talaba laýyk gelmeýän jaýlarda ýaşaýanlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="371" />
        <source>Migrants and displaced persons</source>
        <translation>Migrantlar we göçürilen adamlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="375" />
        <source>Energy prices and income</source>
        <translation>Energiýa bahalary we girdejiler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="376" />
        <source>Access to energy</source>
        <translation>Energiýa elýeterliligi</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="35" />
        <source>No plan</source>
        <translation>Meýilnama ýok</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="36" />
        <source>Overdue</source>
        <translation>Möhleti geçdi</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="37" />
        <source>Open</source>
        <translation>Açyk</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="38" />
        <source>Extended</source>
        <translation>Uzaldyldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="39" />
        <source>Action plan</source>
        <translation>Hereket meýilnamasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="40" />
        <source>Monitoring report</source>
        <translation>Gözegçilik hasabaty</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/export.py" line="199" />
        <source>Coordinator Desk export</source>
        <translation>Coordinator Desk eksporty</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/export.py" line="202" />
        <source>Period {period}; written by Coordinator Desk {version}</source>
        <translation>Döwür {period}; Coordinator Desk {version} tarapyndan ýazyldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="99" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="100" />
        <source>Signatory</source>
        <translation>Gol çeken</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="101" />
        <source>Signatory country</source>
        <translation>Gol çekeniň ýurdy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="102" />
        <source>Signatory ID</source>
        <translation>Gol çekeniň ID-si</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="66" />
        <location filename="../desktop_app/services/excel/sheets.py" line="103" />
        <source>Notes</source>
        <translation>Bellikler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="25" />
        <source>Signatories</source>
        <translation>Gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="43" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="34" />
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="44" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="40" />
        <source>Local name</source>
        <translation>Ýerli dildäki ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="52" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="48" />
        <source>Country</source>
        <translation>Ýurt</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="53" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="53" />
        <source>Region</source>
        <translation>Sebit</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="62" />
        <source>Covenant ID</source>
        <translation>Bileleşikdäki ID</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="67" />
        <source>Latitude</source>
        <translation>Giňlik</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="73" />
        <source>Longitude</source>
        <translation>Uzaklyk</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="36" />
        <source>Emission inventories</source>
        <translation>Zyňyndylar hasaplary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="50" />
        <source>Inventory type</source>
        <translation>Hasabyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="65" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="81" />
        <source>Population</source>
        <translation>Ilat sany</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="73" />
        <source>Emission factor approach</source>
        <translation>Zyňyndy koeffisiýentleriniň usuly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="80" />
        <source>Emission unit</source>
        <translation>Zyňyndy birligi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="88" />
        <source>Energy grid (sector/carrier=MWh)</source>
        <translation>Energiýa tablisasy (pudak/göteriji=MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="95" />
        <source>Local electricity production (MWh)</source>
        <translation>Ýerli elektrik önümçiligi (MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="100" />
        <source>Local heat/cold production (MWh)</source>
        <translation>Ýerli ýylylyk we sowuklyk önümçiligi (MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="106" />
        <source>Local electricity factor (t/MWh)</source>
        <translation>Elektrik üçin ýerli koeffisiýent (t/MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="111" />
        <source>Local heat/cold factor (t/MWh)</source>
        <translation>Ýylylyk we sowuklyk üçin ýerli koeffisiýent (t/MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="116" />
        <source>Source of the local factors</source>
        <translation>Ýerli koeffisiýentleriň çeşmesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="122" />
        <source>Total consumption stated (MWh)</source>
        <translation>Görkezilen jemi sarp ediliş (MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="127" />
        <source>Total emissions stated (t)</source>
        <translation>Görkezilen jemi zyňyndylar (t)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="91" />
        <source>Population year</source>
        <translation>Ilat sanynyň ýyly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="100" />
        <source>Adhesion date</source>
        <translation>Goşulan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="121" />
        <source>Framework</source>
        <translation>Borçnamanyň möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="128" />
        <source>Pillars</source>
        <translation>Ugurlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="134" />
        <source>Target (%)</source>
        <translation>Maksat (%)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="27" />
        <source>Energy poverty</source>
        <translation>Energiýa garyplygy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="41" />
        <source>Macro-area</source>
        <translation>Esasy ugur</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="48" />
        <source>Indicator</source>
        <translation>Görkeziji</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="50" />
        <source>Unit</source>
        <translation>Ölçeg birligi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="55" />
        <source>Current level</source>
        <translation>Häzirki derejesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="60" />
        <source>Current year</source>
        <translation>Häzirki derejäniň ýyly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="66" />
        <source>Target level</source>
        <translation>Maksat derejesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="72" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="142" />
        <source>Target year</source>
        <translation>Maksat ýyly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="148" />
        <source>Target type</source>
        <translation>Maksadyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="150" />
        <source>Joint plan</source>
        <translation>Bilelikdäki meýilnama</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="154" />
        <source>Joint plan name</source>
        <translation>Bilelikdäki meýilnamanyň ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="81" />
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="57" />
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="62" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="118" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="135" />
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="59" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="159" />
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="162" />
        <source>Status date</source>
        <translation>Ýagdaýyň senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="74" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="166" />
        <source>Contact person</source>
        <translation>Jogapkär şahs</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="75" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="173" />
        <source>Email</source>
        <translation>E-poçta</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="76" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="180" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="190" />
        <source>Plan status</source>
        <translation>Meýilnamanyň ýagdaýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="198" />
        <source>Next deadline</source>
        <translation>Indiki möhlet</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="24" />
        <source>Action plans</source>
        <translation>Hereket meýilnamalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="38" />
        <source>Plan type</source>
        <translation>Meýilnamanyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="43" />
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="38" />
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="44" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="83" />
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="54" />
        <source>Title</source>
        <translation>Sözbaşy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="48" />
        <source>Baseline year</source>
        <translation>Esasy hasabyň ýyly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="54" />
        <source>Inventory sectors</source>
        <translation>Hasapdaky pudaklar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="60" />
        <source>Action sectors</source>
        <translation>Hereket pudaklary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="65" />
        <source>Risk assessment done</source>
        <translation>Töwekgelçilik bahalandyryldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="72" />
        <source>Council approval date</source>
        <translation>Geňeşiň tassyklan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="76" />
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="54" />
        <source>Submission date</source>
        <translation>Tabşyrylan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="86" />
        <source>Feedback date</source>
        <translation>Jogap alnan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="24" />
        <source>Monitoring reports</source>
        <translation>Gözegçilik hasabatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="38" />
        <source>Reporting type</source>
        <translation>Hasabatyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="58" />
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="44" />
        <source>Inventory year</source>
        <translation>Zyňyndylar hasabynyň ýyly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="50" />
        <location filename="../desktop_app/services/excel/sheets.py" line="226" />
        <source>Due date</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="24" />
        <source>Deadline extensions</source>
        <translation>Möhlet uzaltmalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="36" />
        <source>Subject</source>
        <translation>Uzaldylýan möhlet</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="42" />
        <source>Document</source>
        <translation>Resminama</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="49" />
        <source>Requested by</source>
        <translation>Haýyş eden</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="55" />
        <source>Request date</source>
        <translation>Haýyş edilen senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="61" />
        <source>Granted until</source>
        <translation>Uzaldylan möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="63" />
        <source>Reason</source>
        <translation>Sebäbi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="31" />
        <source>Assistance</source>
        <translation>Kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="46" />
        <source>Activity type</source>
        <translation>Çäräniň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="62" />
        <source>Date</source>
        <translation>Sene</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="69" />
        <source>All signatories</source>
        <translation>Ähli gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="75" />
        <location filename="../desktop_app/services/excel/summary.py" line="48" />
        <source>Signatories reached</source>
        <translation>Gurşalan gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="82" />
        <location filename="../desktop_app/services/excel/summary.py" line="46" />
        <source>Staff days</source>
        <translation>Işgär-günler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="99" />
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="87" />
        <source>Participants</source>
        <translation>Gatnaşyjylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="89" />
        <source>Description</source>
        <translation>Beýany</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="33" />
        <source>Energy Days</source>
        <translation>Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="53" />
        <source>Start date</source>
        <translation>Başlanýan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="63" />
        <source>End date</source>
        <translation>Tamamlanýan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="70" />
        <source>Place</source>
        <translation>Ýeri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="73" />
        <source>Online</source>
        <translation>Onlaýn</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="77" />
        <source>Organised by coordinator</source>
        <translation>Utgaşdyryjy tarapyndan gurnaldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="83" />
        <source>Organising signatories</source>
        <translation>Gurnaýjy gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="89" />
        <source>Activities</source>
        <translation>Çäreler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="95" />
        <source>Audiences</source>
        <translation>Maksatly toparlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="106" />
        <source>Budget</source>
        <translation>Býujet</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="80" />
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="111" />
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="29" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="95" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="161" />
        <source>Currency</source>
        <translation>Walýuta</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="117" />
        <source>EUSEW registered</source>
        <translation>EUSEW-de hasaba alnan</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="119" />
        <source>Outcome</source>
        <translation>Netijesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="23" />
        <source>Finance</source>
        <translation>Maliýe goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="34" />
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="40" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="32" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="72" />
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="31" />
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="34" />
        <source>Plan ID</source>
        <translation>Meýilnamanyň ID-si</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="46" />
        <source>Instrument</source>
        <translation>Maliýe guraly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="56" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="59" />
        <source>Source</source>
        <translation>Çeşmesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="70" />
        <source>Funder</source>
        <translation>Maliýeleşdiriji</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="81" />
        <source>Purpose</source>
        <translation>Maksady</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="88" />
        <source>Amount</source>
        <translation>Mukdary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="102" />
        <source>Decision date</source>
        <translation>Kararyň senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="125" />
        <source>Disbursed amount</source>
        <translation>Tölenen mukdar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="130" />
        <source>Disbursed date</source>
        <translation>Tölenen senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="139" />
        <source>Amount (EUR)</source>
        <translation>Mukdary (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="147" />
        <source>Rate (units per EUR)</source>
        <translation>Hümmet (1 EUR üçin birlik)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="37" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="154" />
        <source>Rate date</source>
        <translation>Hümmetiň senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="21" />
        <source>Exchange rates</source>
        <translation>Walýuta hümmetleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="46" />
        <source>Units per EUR</source>
        <translation>1 EUR üçin birlik</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="163" />
        <location filename="../desktop_app/services/excel/summary.py" line="91" />
        <source>Summary</source>
        <translation>Jemleme</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="164" />
        <location filename="../desktop_app/services/excel/summary.py" line="154" />
        <location filename="../desktop_app/services/excel/summary.py" line="160" />
        <source>Coordinator profile</source>
        <translation>Utgaşdyryjynyň profili</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="166" />
        <source>Reports sent</source>
        <translation>Iberilen hasabatlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="192" />
        <source>Sent as</source>
        <translation>Iberiliş usuly</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="193" />
        <source>Date sent</source>
        <translation>Iberilen senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="194" />
        <source>Period from</source>
        <translation>Döwrüň başy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="195" />
        <source>Period to</source>
        <translation>Döwrüň ahyry</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="196" />
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="197" />
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="219" />
        <source>Deadlines</source>
        <translation>Möhletler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="220" />
        <source>Total (visible rows)</source>
        <translation>Jemi (görünýän setirler)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="225" />
        <source>Deadline</source>
        <translation>Möhlet</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="227" />
        <source>State</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="31" />
        <source>1. Promotion and coordination of signatories</source>
        <translation>1. Wagyz etmek we gol çekenleri utgaşdyrmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="32" />
        <source>2. Technical and strategic assistance</source>
        <translation>2. Tehniki we strategiki kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="33" />
        <source>3. Financial support</source>
        <translation>3. Maliýe goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="34" />
        <source>4. Energy Days</source>
        <translation>4. Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="35" />
        <source>5. Reporting</source>
        <translation>5. Hasabat bermek</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="43" />
        <source>Signatories supported</source>
        <translation>Goldaw berlen gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="44" />
        <source>New adhesions in the period</source>
        <translation>Döwürde täze goşulanlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="45" />
        <source>Assistance activities</source>
        <translation>Kömek çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="47" />
        <source>Participants in assistance activities</source>
        <translation>Kömek çäreleriniň gatnaşyjylary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="49" />
        <source>Financing decisions</source>
        <translation>Maliýeleşdirme kararlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="50" />
        <source>Support provided (approved or disbursed): decisions</source>
        <translation>Berlen goldaw (tassyklanan ýa-da tölenen): kararlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="51" />
        <source>Financial support provided (EUR)</source>
        <translation>Berlen maliýe goldawy (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="52" />
        <source>Disbursed (EUR)</source>
        <translation>Tölenen (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="53" />
        <source>Rejected: decisions</source>
        <translation>Ret edilen: kararlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="54" />
        <source>Rejected (EUR)</source>
        <translation>Ret edilen (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="55" />
        <source>Applications awaiting a decision</source>
        <translation>Karara garaşýan arzalar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="56" />
        <source>Awaiting a decision (EUR)</source>
        <translation>Karara garaşýan (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="57" />
        <source>Energy Days held</source>
        <translation>Geçirilen Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="58" />
        <source>Energy Day participants</source>
        <translation>Energiýa günleriniň gatnaşyjylary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="59" />
        <source>Registered with EU Sustainable Energy Week</source>
        <translation>ÝB Durnukly energiýa hepdeliginde hasaba alnan</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="60" />
        <source>Action plans submitted</source>
        <translation>Tabşyrylan hereket meýilnamalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="61" />
        <source>Action plans accepted</source>
        <translation>Kabul edilen hereket meýilnamalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="62" />
        <source>Monitoring reports submitted</source>
        <translation>Tabşyrylan gözegçilik hasabatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="63" />
        <source>Monitoring reports accepted</source>
        <translation>Kabul edilen gözegçilik hasabatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="64" />
        <source>Overdue action plans</source>
        <translation>Möhleti geçen hereket meýilnamalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="65" />
        <source>Overdue monitoring reports</source>
        <translation>Möhleti geçen gözegçilik hasabatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="96" />
        <source>Key figures per commitment</source>
        <translation>Borçnamalar boýunça esasy görkezijiler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="116" />
        <source>Amounts without an exchange rate (not in the EUR total)</source>
        <translation>Walýuta hümmeti bolmadyk mukdarlar (EUR jemine goşulmadyk)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="210" />
        <source>Emissions of the territory</source>
        <translation>Sebitiň zyňyndylary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="218" />
        <source>Signatories with an emission inventory</source>
        <translation>Zyňyndylar hasaby bolan gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="219" />
        <source>Baseline emissions (t)</source>
        <translation>Esasy zyňyndylar (t)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="220" />
        <source>Latest emissions (t)</source>
        <translation>Iň soňky zyňyndylar (t)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="221" />
        <source>Change against the baseline (%)</source>
        <translation>Esasy derejä görä üýtgeýiş (%)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="223" />
        <source>Baseline emissions per inhabitant (t)</source>
        <translation>Bir ýaşaýja esasy zyňyndylar (t)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="224" />
        <source>Latest emissions per inhabitant (t)</source>
        <translation>Bir ýaşaýja iň soňky zyňyndylar (t)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="225" />
        <source>Signatories whose latest inventory is older than 4 years</source>
        <translation>Iň soňky hasaby 4 ýyldan köne bolan gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="227" />
        <source>Emission factor table</source>
        <translation>Zyňyndy koeffisiýentleriniň tablisasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="50" />
        <source>Coordinator type</source>
        <translation>Utgaşdyryjynyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="77" />
        <source>Website</source>
        <translation>Web sahypasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="57" />
        <source>Mandated agency</source>
        <translation>Ygtyýar berlen gurama</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="69" />
        <source>Commitment signed</source>
        <translation>Ylalaşyga gol çekildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="71" />
        <source>Active since</source>
        <translation>Işjeň bolan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/office.py" line="34" />
        <location filename="../desktop_app/services/excel/summary.py" line="162" />
        <source>No coordinator profile has been entered yet.</source>
        <translation>Utgaşdyryjynyň profili entek girizilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="165" />
        <location filename="../desktop_app/services/excel/summary.py" line="176" />
        <source>Services offered to signatories</source>
        <translation>Gol çekenlere hödürlenýän hyzmatlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="54" />
        <source>Mitigation actions</source>
        <translation>Azaltmak çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="37" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="77" />
        <source>Action ID</source>
        <translation>Çäräniň ID-si</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="95" />
        <source>Sector</source>
        <translation>Pudak</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="104" />
        <source>Area of intervention</source>
        <translation>Täsir ugry</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="112" />
        <source>Policy instrument</source>
        <translation>Syýasat guraly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="119" />
        <source>Origin</source>
        <translation>Başlangyjy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="85" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="124" />
        <source>Stakeholders</source>
        <translation>Gyzyklanýan taraplar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="129" />
        <source>Responsible body</source>
        <translation>Jogapkär edara</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="26" />
        <source>Adaptation actions</source>
        <translation>Uýgunlaşmak çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="45" />
        <source>Hazards addressed</source>
        <translation>Garşy gönükdirilen howplar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="52" />
        <source>Sectors addressed</source>
        <translation>Gurşalan pudaklar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="64" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="146" />
        <source>Start</source>
        <translation>Başlanýan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="70" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="152" />
        <source>End</source>
        <translation>Tamamlanýan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="76" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="158" />
        <source>Implementation cost</source>
        <translation>Durmuşa geçirmegiň bahasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="165" />
        <source>Energy savings MWh/a</source>
        <translation>Energiýa tygşytlylygy, MWt·sag/ýyl</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="172" />
        <source>Renewable production MWh/a</source>
        <translation>Gaýtadan dikeldilýän önümçilik, MWt·sag/ýyl</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="177" />
        <source>CO2 reduction t/a</source>
        <translation>CO2 azalmagy, t/ýyl</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="185" />
        <source>Achieved energy savings MWh/a</source>
        <translation>Gazanylan energiýa tygşytlylygy, MWt·sag/ýyl</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="190" />
        <source>Achieved renewable production MWh/a</source>
        <translation>Gazanylan gaýtadan dikeldilýän önümçilik, MWt·sag/ýyl</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="195" />
        <source>Achieved CO2 reduction t/a</source>
        <translation>Gazanylan CO2 azalmagy, t/ýyl</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="91" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="202" />
        <source>Energy poverty areas</source>
        <translation>Energiýa garyplygynyň ugurlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="33" />
        <source>Climate risks</source>
        <translation>Howa töwekgelçilikleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="47" />
        <source>Hazard</source>
        <translation>Howp</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="54" />
        <source>Probability</source>
        <translation>Ähtimallygy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="61" />
        <source>Impact</source>
        <translation>Täsiri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="68" />
        <source>Expected change</source>
        <translation>Garaşylýan üýtgeşme</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="75" />
        <source>Timeframe</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="81" />
        <source>Vulnerable sectors</source>
        <translation>Gowşak pudaklar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="87" />
        <source>Vulnerable groups</source>
        <translation>Gowşak toparlar</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="48" />
        <source>Export to Excel</source>
        <translation>Excel-e eksport</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="58" />
        <source>Every record, not only the period's activities</source>
        <translation>Diňe döwrüň çärelerini däl, ähli ýazgylary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="63" />
        <source>Browse...</source>
        <translation>Saýla...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="53" />
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="69" />
        <source>From</source>
        <translation>Döwrüň başy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="54" />
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="70" />
        <source>To</source>
        <translation>Döwrüň soňy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="72" />
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="76" />
        <source>Export</source>
        <translation>Eksport et</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="85" />
        <source>Save the workbook</source>
        <translation>Excel faýlyny ýatda saklamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="87" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel faýllary (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="144" />
        <source>&amp;Import from Excel...</source>
        <translation>Excel-den &amp;import et...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="145" />
        <source>E&amp;xport to Excel...</source>
        <translation>Excel-e &amp;eksport et...</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="49" />
        <source>New</source>
        <translation>Täze</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="50" />
        <source>Update</source>
        <translation>Täzelenmeli</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="51" />
        <source>Unchanged</source>
        <translation>Üýtgewsiz</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="52" />
        <source>Error</source>
        <translation>Ýalňyşlyk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="69" />
        <source>Choose the workbook</source>
        <translation>Excel faýlyny saýlaň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="72" />
        <source>Browse...</source>
        <translation>Saýla...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="77" />
        <source>Detect from the headers</source>
        <translation>Sözbaşylardan kesgitle</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="81" />
        <source>every sheet with a header row</source>
        <translation>sözbaşy setiri bolan ähli sahypalar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="86" />
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="87" />
        <source>Records</source>
        <translation>Ýazgylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="88" />
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="190" />
        <source>Sheet</source>
        <translation>Sahypa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="93" />
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="301" />
        <source>Import from Excel</source>
        <translation>Excel-den import</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="95" />
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Excel faýllary (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="130" />
        <source>Match the columns</source>
        <translation>Sütünleri meýdanlara laýyklaşdyryň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="131" />
        <source>Columns set to "Ignore" are not imported.</source>
        <translation>«Geç» diýlip bellenen sütünler import edilmeýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="144" />
        <source>Column</source>
        <translation>Sütün</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="46" />
        <source>Yes</source>
        <translation>Hawa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="46" />
        <source>No</source>
        <translation>Ýok</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="53" />
        <source>Values and filters</source>
        <translation>Bahalar we süzgüçler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="55" />
        <source>Say what the sheet's own values mean, take only some rows, and save it all as a profile for next time.</source>
        <translation>Sahypanyň bahalarynyň nämäni aňladýandygyny görkeziň, diňe gerek setirleri saýlaň we ählisini indiki gezek üçin profil hökmünde ýatda saklaň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="64" />
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="144" />
        <source>Field</source>
        <translation>Meýdan</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="65" />
        <source>Value in the sheet</source>
        <translation>Sahypadaky baha</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="66" />
        <source>Read as</source>
        <translation>Şeýle okamaly</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="70" />
        <source>Values the app does not recognise</source>
        <translation>Programmanyň tanamaýan bahalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="71" />
        <source>Every value of the sheet is recognised.</source>
        <translation>Sahypanyň ähli bahalary tanaldy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="73" />
        <source>Filter column</source>
        <translation>Süzgüç sütüni</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="75" />
        <source>Filter value</source>
        <translation>Süzgüç bahasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="76" />
        <source>e.g. UA or Lviv</source>
        <translation>meselem, UA ýa-da Lwow</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="78" />
        <source>Profile name</source>
        <translation>Profiliň ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="79" />
        <source>leave empty not to save</source>
        <translation>ýatda saklamazlyk üçin boş goýuň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="85" />
        <source>Import only the rows where</source>
        <translation>Diňe şu setirleri import etmeli:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="86" />
        <source>Save as import profile</source>
        <translation>Import profili hökmünde ýatda saklamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="101" />
        <source>(no filter)</source>
        <translation>(süzgüçsiz)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="114" />
        <source>Read {value} as</source>
        <translation>«{value}» bahasyny şeýle okamaly</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="116" />
        <source>(leave as it is: an error)</source>
        <translation>(şeýle goýmaly: ýalňyşlyk)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="151" />
        <source>Ignore</source>
        <translation>Geç</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="171" />
        <source>Each field can be fed by one column only.</source>
        <translation>Her meýdana diňe bir sütün baglanyp bilner.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="181" />
        <source>Check before importing</source>
        <translation>Import etmezden öň barlaň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="191" />
        <source>Row</source>
        <translation>Setir</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="192" />
        <source>Result</source>
        <translation>Netije</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="193" />
        <source>Reasons</source>
        <translation>Sebäpler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="198" />
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>Dogry setirleri import et, ýalňyşly setirleri geç</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="202" />
        <source>Save the file with errors highlighted...</source>
        <translation>Ýalňyşlyklary bellenen faýly ýatda sakla...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="216" />
        <source>Checking every row...</source>
        <translation>Ähli setirler barlanýar...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="237" />
        <source>{new} new, {update} to update, {same} unchanged, {errors} with errors.</source>
        <translation>{new} täze, {update} täzelenmeli, {same} üýtgewsiz, {errors} ýalňyşly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="277" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel faýllary (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="308" />
        <source>Import</source>
        <translation>Import et</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="320" />
        <source>Importing...</source>
        <translation>Import edilýär...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="340" />
        <source>Imported: {created} new, {updated} updated, {skipped} skipped with errors.</source>
        <translation>Import edildi: {created} täze, {updated} täzelendi, {skipped} ýalňyşlyk sebäpli geçildi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="348" />
        <source>A backup was taken first: {path}</source>
        <translation>Ilki ätiýaçlyk nusga alyndy: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="358" />
        <source>A record was changed by someone else during the import; nothing was imported. Check the preview again.</source>
        <translation>Import wagtynda ýazgy başga biri tarapyndan üýtgedildi; hiç zat import edilmedi. Deslapky syny täzeden barlaň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="364" />
        <source>The import failed and nothing was written.</source>
        <translation>Import şowsuz boldy we hiç zat ýazylmady.</translation>
    </message>
</context>
<context>
    <name>ExcelMessages</name>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="17" />
        <source>{path}: the file does not exist.</source>
        <translation>{path}: faýl ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="18" />
        <source>{path}: the file cannot be read: {detail}</source>
        <translation>{path}: faýly okap bolmaýar: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="19" />
        <source>{path} is not an Excel workbook (.xlsx): its content is not an Office Open XML package, whatever its name says. Save it from your spreadsheet program as .xlsx.</source>
        <translation>{path} Excel faýly (.xlsx) däl: ady näme diýse-de, onuň mazmuny Office Open XML bukjasy däl. Ony elektron tablisa programmaňyzda .xlsx görnüşinde ýatda saklaň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="24" />
        <source>{path} is not a valid .xlsx workbook: the part {part} is missing.</source>
        <translation>{path} dogry .xlsx faýly däl: {part} bölegi ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="27" />
        <source>{path} was refused: it contains {count} files, more than the limit of {limit}.</source>
        <translation>{path} kabul edilmedi: onda {count} faýl bar, bu bolsa {limit} çäkden köp.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="31" />
        <source>{path} was refused: it would unpack to {size} MB, more than the limit of {limit} MB (a compressed-file bomb or an unusually large workbook).</source>
        <translation>{path} kabul edilmedi: açylanda {size} MB bolar, bu bolsa {limit} MB çäkden köp (gysylan faýl bombasy ýa-da adatdan daşary uly faýl).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="36" />
        <source>{path} was refused: the part {part} is compressed {ratio} times, more than any real workbook (limit {limit}); this looks like a compressed-file bomb.</source>
        <translation>{path} kabul edilmedi: {part} bölegi {ratio} esse gysylan, bu hakyky Excel faýllarynyňkydan köp (çägi {limit}); bu gysylan faýl bombasyna meňzeýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="41" />
        <source>{path} was refused: its XML declares entities or a document type ({detail}), which workbooks never need and attacks use.</source>
        <translation>{path} kabul edilmedi: onuň XML-i entity ýa-da resminama görnüşini ({detail}) yglan edýär; Excel faýllaryna bu hiç wagt gerek däl, ony hüjümler ulanýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="46" />
        <source>{path} is damaged and cannot be read: {detail}</source>
        <translation>{path} zaýalanan, ony okap bolmaýar: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="47" />
        <source>{path}, sheet {sheet}: more than {limit} rows; split the sheet and import in parts.</source>
        <translation>{path}, {sheet} sahypasy: {limit} setirden köp; sahypany bölüp, böleklere bölüp import ediň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="51" />
        <source>{path}, sheet {sheet}: data in column {column}, beyond the limit of {limit} columns.</source>
        <translation>{path}, {sheet} sahypasy: {column} sütünde maglumat bar, bu {limit} sütün çäginden daşarda.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="55" />
        <source>{path} has no sheet named {sheet}. Sheets: {sheets}.</source>
        <translation>{path} içinde {sheet} atly sahypa ýok. Sahypalar: {sheets}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="56" />
        <source>{path}, sheet {sheet}: no header row found in the first {rows} rows. A header row names at least two columns.</source>
        <translation>{path}, {sheet} sahypasy: ilkinji {rows} setirde sözbaşy setiri tapylmady. Sözbaşy setiri iň az iki sütüniň adyny görkezýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="61" />
        <source>{path}, sheet {sheet}: cannot tell which records the sheet holds from its headers; give --kind.</source>
        <translation>{path}, {sheet} sahypasy: sözbaşylardan sahypada haýsy ýazgylaryň bardygyny kesgitläp bolmaýar; --kind görkeziň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="66" />
        <source>--map {value}: expected "Header=field".</source>
        <translation>--map {value}: "Header=field" görnüşinde bolmaly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="67" />
        <source>--map {value}: {field} is not a field of {kind}. Fields: {fields}.</source>
        <translation>--map {value}: {field} {kind} meýdany däl. Meýdanlar: {fields}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="70" />
        <source>--map {value}: the sheet has no column headed {header}.</source>
        <translation>--map {value}: sahypada {header} sözbaşyly sütün ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="73" />
        <source>Cannot write {path}: {detail}</source>
        <translation>{path} faýlyny ýazyp bolmady: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="74" />
        <source>--value {value}: expected "FIELD:SOURCE=TARGET", e.g. status:published=active.</source>
        <translation>--value {value}: «MEÝDAN:ÇEŞME=TÄZE» garaşylýar, meselem status:published=active.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="78" />
        <source>--where {value}: expected "COLUMN=VALUE", e.g. country=UA.</source>
        <translation>--where {value}: «SÜTÜN=BAHA» garaşylýar, meselem country=UA.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="79" />
        <source>--where {value}: sheet {sheet} has no field or column {column}. Columns: {headers}.</source>
        <translation>--where {value}: {sheet} sahypasynda {column} meýdany ýa-da sütüni ýok. Sütünler: {headers}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="83" />
        <source>There is no import profile called {name}. Saved profiles: {names}.</source>
        <translation>{name} atly import profili ýok. Ýatda saklanan profiller: {names}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="86" />
        <source>The import profile {path} is damaged or was not written by this app; save it again with --save-profile.</source>
        <translation>{path} import profili zaýalanypdyr ýa-da bu programma tarapyndan ýazylmandyr; ony --save-profile bilen täzeden ýatda saklaň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="91" />
        <source>{name} cannot be a profile name: use up to 60 letters, digits, spaces, dots or dashes.</source>
        <translation>«{name}» profiliň ady bolup bilmeýär: 60-a çenli harp, san, boşluk, nokat ýa-da defis ulanyň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="96" />
        <source>'{value}' is not a date (use a date cell, dd.mm.yyyy, yyyy-mm-dd or d/m/yyyy).</source>
        <translation>'{value}' sene däl (sene öýjügini, dd.mm.yyyy, yyyy-mm-dd ýa-da d/m/yyyy görnüşini ulanyň).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="100" />
        <source>'{value}' is not a number.</source>
        <translation>'{value}' san däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="101" />
        <source>'{value}' is not a number: its digit groups cannot be thousands (write 1234.5, 1 234,5 or 1,234.5).</source>
        <translation>«{value}» san däl: sanlaryň beýle toparlary müňlükler bolup bilmeýär (1234,5, 1 234,5 ýa-da 1,234.5 görnüşinde ýazyň).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="106" />
        <source>'{value}' is too large for this field (at most {limit} in size).</source>
        <translation>«{value}» bu meýdan üçin gaty uly (ululygy {limit}-den az bolmaly).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="109" />
        <source>the date {value} is outside the years the app accepts ({first} to {last}).</source>
        <translation>{value} senesi programmanyň kabul edýän aralygyndan daşarda ({first} — {last}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="113" />
        <source>the formula {value} has no calculated value in the file; open the file in a spreadsheet program, save it, and import again.</source>
        <translation>{value} formulasynyň faýlda hasaplanan bahasy ýok; faýly elektron tablisa programmasynda açyp, ýatda saklaň we täzeden import ediň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="118" />
        <source>'{value}' is not a whole number.</source>
        <translation>'{value}' bitin san däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="119" />
        <source>'{value}' is not yes or no.</source>
        <translation>'{value}' «hawa» ýa-da «ýok» däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="120" />
        <source>'{value}' is not one of the allowed values: {choices}.</source>
        <translation>'{value}' rugsat berlen bahalaryň biri däl: {choices}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="121" />
        <source>'{value}' is not a known country (name or ISO code such as TM).</source>
        <translation>'{value}' belli ýurt däl (ady ýa-da TM ýaly ISO kody).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="124" />
        <source>'{value}' is not a known currency code (such as EUR, TMT).</source>
        <translation>'{value}' belli walýuta kody däl (EUR, TMT ýaly).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="127" />
        <source>'{value}' is not a record ID.</source>
        <translation>'{value}' ýazgynyň ID-si däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="128" />
        <source>a value is required.</source>
        <translation>baha hökmany.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="129" />
        <source>no signatory '{name}' ({country}) in the database.</source>
        <translation>maglumatlar binýadynda '{name}' ({country}) gol çeken ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="130" />
        <source>several signatories are called '{name}'; add the country or the signatory ID.</source>
        <translation>birnäçe gol çekeniň ady '{name}'; ýurdy ýa-da gol çekeniň ID-sini goşuň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="134" />
        <source>the same record is already in row {row}.</source>
        <translation>şol bir ýazgy eýýäm bar: setir {row}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="135" />
        <source>no action plan with ID {value} in the database or in this import.</source>
        <translation>ID-si {value} bolan hereket meýilnamasy ne maglumatlar binasynda, ne-de bu importda bar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="138" />
        <source>no mitigation action with ID {value} in the database or in this import.</source>
        <translation>ID-si {value} bolan azaltmak boýunça çäre ne maglumatlar binasynda, ne-de bu importda bar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="142" />
        <source>ID {value} belongs to a record that is not of this kind.</source>
        <translation>{value} ID başga görnüşdäki ýazga degişli.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="145" />
        <source>longer than {limit} characters.</source>
        <translation>{limit} nyşandan uzyn.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="146" />
        <source>'{label}' (row {row}) is not a field of the coordinator profile; correct the label or delete the row.</source>
        <translation>«{label}» ({row}-nji setir) utgaşdyryjynyň profiliniň meýdany däl; ýazgyny düzediň ýa-da setiri pozuň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="151" />
        <source>'{label}' is given twice; the coordinator profile already has it in row {row}.</source>
        <translation>«{label}» iki gezek berlipdir; utgaşdyryjynyň profilinde bu meýdan eýýäm {row}-nji setirde bar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="155" />
        <source>row {row} has a value but no label saying which field it is.</source>
        <translation>{row}-nji setirde baha bar, emma onuň haýsy meýdandygyny görkezýän ýazgy ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="158" />
        <source>a service belongs to the coordinator profile above it, which cannot be imported (see its errors) or is missing.</source>
        <translation>hyzmat onuň ýokarsyndaky utgaşdyryjynyň profiline degişli, ol profil bolsa import edilip bilinmeýär (ýalňyşlyklaryna serediň) ýa-da ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="163" />
        <source>the date sent, {date}, is after today ({today}); a report is recorded once it has been sent.</source>
        <translation>iberilen senesi {date} şu günden ({today}) soň; hasabat diňe iberilenden soň bellige alynýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="168" />
        <source>the period ends ({end}) before it starts ({start}).</source>
        <translation>döwür başlanmazyndan ({start}) öň gutarýar ({end}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="169" />
        <source>the period starts ({start}) after the report was sent ({sent}).</source>
        <translation>döwür hasabat iberilenden ({sent}) soň başlanýar ({start}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="172" />
        <source>this is the log entry of a submission pack, whose hashes prove the file sent; an import may change its note only.</source>
        <translation>bu, tabşyryş bukjasynyň žurnal ýazgysy, onuň heşleri iberilen faýly subut edýär; import diňe onuň bellik meýdanyny üýtgedip biler.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="177" />
        <source>none of the sheet's columns could be matched to a field.</source>
        <translation>sahypanyň sütünleriniň hiç biri meýdana laýyklaşdyrylyp bilinmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/actions_export.py" line="39" />
        <source>no signatory '{name}' (name or Covenant ID) in the database.</source>
        <translation>«{name}» gol çeken (ady ýa-da Bileleşikdäki ID-si) maglumatlar binýadynda ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/actions_export.py" line="40" />
        <source>several signatories are called '{name}'; give its Covenant ID instead.</source>
        <translation>birnäçe gol çeken «{name}» diýlip atlandyrylýar; adynyň deregine Bileleşikdäki ID-sini görkeziň.</translation>
    </message>
</context>
<context>
    <name>ExcelReport</name>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="73" />
        <source>Row {row}: {field}: {old} → {new}</source>
        <translation>Setir {row}: {field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="84" />
        <source>... and {n} more changes.</source>
        <translation>... we ýene {n} üýtgeşme.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="94" />
        <source>Sheet {sheet} ({kind}): {new} new, {update} to update, {same} unchanged, {errors} with errors.</source>
        <translation>{sheet} sahypasy ({kind}): {new} täze, {update} täzelenmeli, {same} üýtgewsiz, {errors} ýalňyşly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="111" />
        <source>Read with the import profile {name}.</source>
        <translation>{name} import profili bilen okaldy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="118" />
        <source>Recognised as the Covenant's open data ({layout}): its columns, '-' for no value and its statuses are read without --map.</source>
        <translation>Ylalaşygyň açyk maglumatlary hökmünde tanaldy ({layout}): onuň sütünleri, baha ýoklugy üçin «-» we ýagdaýlary --map bolmazdan okalýar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/services/excel/report.py" line="126" />
        <source>%n row(s) left out by --where.</source>
        <translation><numerusform>%n setir --where şerti boýunça goýberildi.</numerusform><numerusform>%n setir --where şerti boýunça goýberildi.</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="132" />
        <source>Ignored columns (use --map to use them): {headers}</source>
        <translation>Hasaba alynmadyk sütünler (olary ulanmak üçin --map goşuň): {headers}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="145" />
        <source>Row {row}: {message}</source>
        <translation>Setir {row}: {message}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="151" />
        <source>... and {n} more problems.</source>
        <translation>... we ýene {n} mesele.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="160" />
        <source>Fields of {kind} (field, type, headers EN / RU / TK):</source>
        <translation>{kind} meýdanlary (meýdan, görnüşi, sözbaşylar EN / RU / TK):</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="166" />
        <source>* required</source>
        <translation>* hökmany</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="33" />
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="37" />
        <source>Name in local script</source>
        <translation>Ýerli ýazuwdaky ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="41" />
        <source>Country</source>
        <translation>Ýurt</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="45" />
        <source>Region</source>
        <translation>Sebit</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="49" />
        <source>Contact person</source>
        <translation>Jogapkär şahs</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="53" />
        <source>E-mail</source>
        <translation>E-poçta</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="57" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="64" />
        <source>Notes</source>
        <translation>Bellikler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="79" />
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="86" />
        <source>Title</source>
        <translation>Sözbaşy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="120" />
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="102" />
        <source>Description</source>
        <translation>Beýany</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="93" />
        <source>Currency</source>
        <translation>Walýuta</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="100" />
        <source>Participants</source>
        <translation>Gatnaşyjylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="112" />
        <source>Signatory</source>
        <translation>Gol çeken</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="116" />
        <source>Action plan</source>
        <translation>Hereket meýilnamasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/service_offer.py" line="27" />
        <source>Coordinator</source>
        <translation>Utgaşdyryjy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="17" />
        <source>Created</source>
        <translation>Döredilen wagty</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="18" />
        <source>Last changed</source>
        <translation>Soňky üýtgedilen wagty</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="19" />
        <source>Changed by</source>
        <translation>Kim üýtgetdi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="20" />
        <source>Moved to trash</source>
        <translation>Sebede geçirilen wagty</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="47" />
        <source>Coordinator type</source>
        <translation>Utgaşdyryjynyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="77" />
        <source>Website</source>
        <translation>Web sahypasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="79" />
        <source>This office</source>
        <translation>Şu edara</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="64" />
        <source>Expression of interest date</source>
        <translation>Gyzyklanma maglumatnamasynyň senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="65" />
        <source>Eligibility confirmed date</source>
        <translation>Goşulyp biljekdiginiň tassyklanan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="68" />
        <source>Commitment signed date</source>
        <translation>Ylalaşyga gol çekilen senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="71" />
        <source>Active since</source>
        <translation>Işjeň bolan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="72" />
        <source>On hold since</source>
        <translation>Togtadylan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="73" />
        <source>Withdrawn on</source>
        <translation>Yzyna alnan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="56" />
        <source>Mandated agency</source>
        <translation>Ygtyýar berlen gurama</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/service_offer.py" line="28" />
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="101" />
        <source>Service</source>
        <translation>Hyzmat</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/service_offer.py" line="30" />
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="103" />
        <source>Valid from</source>
        <translation>Başlanýan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/service_offer.py" line="31" />
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="104" />
        <source>Valid to</source>
        <translation>Gutarýan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="60" />
        <source>Covenant ID</source>
        <translation>Bileleşikdäki ID</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="66" />
        <source>Latitude</source>
        <translation>Giňlik</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="71" />
        <source>Longitude</source>
        <translation>Uzaklyk</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="78" />
        <source>Population</source>
        <translation>Ilat sany</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="89" />
        <source>Population year</source>
        <translation>Ilat sanynyň ýyly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="96" />
        <source>Adhesion date (council decision)</source>
        <translation>Goşulan senesi (geňeşiň karary)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="117" />
        <source>Commitment framework</source>
        <translation>Borçnamanyň möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="126" />
        <source>Pillars</source>
        <translation>Ugurlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="132" />
        <source>Reduction target (%)</source>
        <translation>Azaltmak maksady (%)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="37" />
        <source>Macro-area</source>
        <translation>Esasy ugur</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="45" />
        <source>Indicator</source>
        <translation>Görkeziji</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="50" />
        <source>Unit</source>
        <translation>Ölçeg birligi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="53" />
        <source>Current level</source>
        <translation>Häzirki derejesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="59" />
        <source>Year of the current level</source>
        <translation>Häzirki derejäniň ýyly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="64" />
        <source>Target level</source>
        <translation>Maksat derejesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="70" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="141" />
        <source>Target year</source>
        <translation>Maksat ýyly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="146" />
        <source>Target type</source>
        <translation>Maksadyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="150" />
        <source>Joint plan</source>
        <translation>Bilelikdäki meýilnama</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="153" />
        <source>Joint plan name</source>
        <translation>Bilelikdäki meýilnamanyň ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="162" />
        <source>Status date</source>
        <translation>Ýagdaýyň senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="187" />
        <source>Plan status</source>
        <translation>Meýilnamanyň ýagdaýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="195" />
        <source>Next deadline</source>
        <translation>Indiki möhlet</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="202" />
        <source>Assistance activities</source>
        <translation>Kömek çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="209" />
        <source>Finance (EUR)</source>
        <translation>Maliýe goldawy (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="216" />
        <source>Energy Days</source>
        <translation>Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="24" />
        <source>Supported since</source>
        <translation>Goldaw başlanan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="25" />
        <source>Supported until</source>
        <translation>Goldaw gutarýan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="33" />
        <source>Plan type</source>
        <translation>Meýilnamanyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="46" />
        <source>Baseline inventory year</source>
        <translation>Esasy zyňyndylar hasabynyň ýyly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="52" />
        <source>Sectors in the baseline inventory</source>
        <translation>Esasy zyňyndylar hasabyndaky pudaklar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="58" />
        <source>Sectors with actions</source>
        <translation>Hereketler göz öňünde tutulan pudaklar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="64" />
        <source>Risk and vulnerability assessment done</source>
        <translation>Töwekgelçilik we ejizlik bahalandyrmasy geçirildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="69" />
        <source>Council approval date</source>
        <translation>Geňeşiň tassyklan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="107" />
        <source>Submission date</source>
        <translation>Tabşyrylan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="85" />
        <source>Feedback date</source>
        <translation>Jogap alnan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="23" />
        <source>Plan submission date</source>
        <translation>Meýilnamanyň tabşyrylan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="34" />
        <source>Reporting type</source>
        <translation>Hasabatyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="46" />
        <source>Inventory type</source>
        <translation>Hasabyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="55" />
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="42" />
        <source>Inventory year</source>
        <translation>Zyňyndylar hasabynyň ýyly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="63" />
        <source>Population that year</source>
        <translation>Şol ýylky ilat</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="70" />
        <source>Emission factor approach</source>
        <translation>Zyňyndy koeffisiýentleriniň usuly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="77" />
        <source>Emission unit</source>
        <translation>Zyňyndy birligi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="84" />
        <source>Final energy consumption (MWh)</source>
        <translation>Soňky energiýa sarp edilişi (MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="94" />
        <source>Local electricity production (MWh)</source>
        <translation>Ýerli elektrik önümçiligi (MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="99" />
        <source>Local heat/cold production (MWh)</source>
        <translation>Ýerli ýylylyk we sowuklyk önümçiligi (MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="104" />
        <source>Local electricity factor (t/MWh)</source>
        <translation>Elektrik üçin ýerli koeffisiýent (t/MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="110" />
        <source>Local heat/cold factor (t/MWh)</source>
        <translation>Ýylylyk we sowuklyk üçin ýerli koeffisiýent (t/MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="115" />
        <source>Source of the local factors</source>
        <translation>Ýerli koeffisiýentleriň çeşmesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="120" />
        <source>Total consumption stated (MWh)</source>
        <translation>Görkezilen jemi sarp ediliş (MWt·sag)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="126" />
        <source>Total emissions stated (t)</source>
        <translation>Görkezilen jemi zyňyndylar (t)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="48" />
        <source>Due date</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="33" />
        <source>Extension for</source>
        <translation>Uzaldylýan möhlet</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="40" />
        <source>Document</source>
        <translation>Resminama</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="46" />
        <source>Requested by</source>
        <translation>Haýyş eden</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="53" />
        <source>Request date</source>
        <translation>Haýyş edilen senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="59" />
        <source>Granted until</source>
        <translation>Uzaldylan möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="63" />
        <source>Reason</source>
        <translation>Sebäbi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="41" />
        <source>Activity type</source>
        <translation>Çäräniň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="59" />
        <source>Date</source>
        <translation>Sene</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="67" />
        <source>Reaches all signatories</source>
        <translation>Ähli gol çekenleri öz içine alýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="73" />
        <source>Signatories reached</source>
        <translation>Gurşalan gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="80" />
        <source>Staff days</source>
        <translation>Işgär-günler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="35" />
        <source>Mitigation action</source>
        <translation>Azaltmak boýunça çäre</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="41" />
        <source>Instrument</source>
        <translation>Maliýe guraly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="54" />
        <source>Funding source</source>
        <translation>Maliýeleşdirme çeşmesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="67" />
        <source>Funder</source>
        <translation>Maliýeleşdiriji</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="81" />
        <source>Purpose</source>
        <translation>Maksady</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="84" />
        <source>Amount</source>
        <translation>Mukdary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="99" />
        <source>Decision date</source>
        <translation>Kararyň senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="123" />
        <source>Disbursed amount</source>
        <translation>Tölenen mukdar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="129" />
        <source>Disbursement date</source>
        <translation>Tölenen senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="135" />
        <source>Amount (EUR)</source>
        <translation>Mukdary (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="144" />
        <source>Rate (units per EUR)</source>
        <translation>Hümmet (1 EUR üçin birlik)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="49" />
        <source>Start date</source>
        <translation>Başlanýan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="61" />
        <source>End date</source>
        <translation>Tamamlanýan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="68" />
        <source>Place</source>
        <translation>Ýeri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="73" />
        <source>Online</source>
        <translation>Onlaýn</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="76" />
        <source>Organised by the coordinator</source>
        <translation>Utgaşdyryjy tarapyndan gurnaldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="81" />
        <source>Organising signatories</source>
        <translation>Gurnaýjy gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="22" />
        <location filename="../desktop_app/ui/forms/energy_day_form.py" line="29" />
        <source>Lead organiser</source>
        <translation>Esasy gurnaýjy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="87" />
        <source>Activity types</source>
        <translation>Çäreleriň görnüşleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="93" />
        <source>Audiences</source>
        <translation>Maksatly toparlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="104" />
        <source>Budget</source>
        <translation>Býujet</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="115" />
        <source>Registered with EU Sustainable Energy Week</source>
        <translation>ÝB Durnukly energiýa hepdeliginde hasaba alnan</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="119" />
        <source>Outcome notes</source>
        <translation>Netijeler barada bellikler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="33" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="151" />
        <source>Rate date</source>
        <translation>Hümmetiň senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="42" />
        <source>Units per euro</source>
        <translation>Bir ýewro üçin birlik</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="32" />
        <source>Name (Latin script)</source>
        <translation>Ady (latyn ýazuwynda)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="53" />
        <source>Rate source</source>
        <translation>Hümmetiň çeşmesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="109" />
        <source>Budget currency</source>
        <translation>Býujetiň walýutasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="75" />
        <source>Action ID</source>
        <translation>Çäräniň ID-si</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="91" />
        <source>Sector</source>
        <translation>Pudak</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="100" />
        <source>Area of intervention</source>
        <translation>Täsir ugry</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="109" />
        <source>Policy instrument</source>
        <translation>Syýasat guraly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="116" />
        <source>Origin of the action</source>
        <translation>Çäräniň başlangyjy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="84" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="123" />
        <source>Stakeholders</source>
        <translation>Gyzyklanýan taraplar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="128" />
        <source>Responsible body</source>
        <translation>Jogapkär edara</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="43" />
        <source>Hazards addressed</source>
        <translation>Garşy gönükdirilen howplar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="50" />
        <source>Sectors addressed</source>
        <translation>Gurşalan pudaklar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="62" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="143" />
        <source>Start</source>
        <translation>Başlanýan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="68" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="150" />
        <source>End</source>
        <translation>Tamamlanýan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="74" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="156" />
        <source>Implementation cost</source>
        <translation>Durmuşa geçirmegiň bahasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="164" />
        <source>Estimated energy savings (MWh/a)</source>
        <translation>Garaşylýan energiýa tygşytlylygy (MWt·sag/ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="171" />
        <source>Estimated renewable production (MWh/a)</source>
        <translation>Garaşylýan gaýtadan dikeldilýän önümçilik (MWt·sag/ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="176" />
        <source>Estimated CO2 reduction (t/a)</source>
        <translation>Garaşylýan CO2 azalmagy (t/ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="182" />
        <source>Achieved energy savings (MWh/a)</source>
        <translation>Gazanylan energiýa tygşytlylygy (MWt·sag/ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="189" />
        <source>Achieved renewable production (MWh/a)</source>
        <translation>Gazanylan gaýtadan dikeldilýän önümçilik (MWt·sag/ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="194" />
        <source>Achieved CO2 reduction (t/a)</source>
        <translation>Gazanylan CO2 azalmagy (t/ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="89" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="200" />
        <source>Energy poverty areas addressed</source>
        <translation>Energiýa garyplygynyň gurşalan ugurlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="43" />
        <source>Hazard</source>
        <translation>Howp</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="51" />
        <source>Current probability</source>
        <translation>Häzirki ähtimallygy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="58" />
        <source>Current impact</source>
        <translation>Häzirki täsiri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="65" />
        <source>Expected change</source>
        <translation>Garaşylýan üýtgeşme</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="72" />
        <source>Timeframe</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="79" />
        <source>Vulnerable sectors</source>
        <translation>Gowşak pudaklar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="85" />
        <source>Vulnerable population groups</source>
        <translation>Ilatyň gowşak toparlary</translation>
    </message>
</context>
<context>
    <name>FinanceForm</name>
    <message>
        <location filename="../desktop_app/ui/forms/finance_form.py" line="41" />
        <source>Add this rate...</source>
        <translation>Bu walýuta hümmetini goşmak...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/finance_form.py" line="70" />
        <source>In euros</source>
        <translation>Ýewroda</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/finance_form.py" line="113" />
        <source>The amount is converted to euros on the decision date; enter it to see the rate used.</source>
        <translation>Mukdar karar senesindäki hümmet boýunça ýewro geçirilýär; ulanylýan hümmeti görmek üçin şol senäni giriziň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/finance_form.py" line="125" />
        <source>No exchange rate for {currency} on or before {date}: this amount will be left out of the EUR figures until a rate is added.</source>
        <translation>{date} senesinde ýa-da ondan öň {currency} üçin walýuta hümmeti ýok: hümmet goşulýança bu mukdar EUR görkezijilerine girmez.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/finance_form.py" line="134" />
        <source>= {eur} EUR at {rate} {currency} per euro (rate of {date})</source>
        <translation>= {eur} EUR, bir ýewro üçin {rate} {currency} ({date} senesiniň hümmeti)</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="142" />
        <source>History</source>
        <translation>Taryh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="151" />
        <source>&amp;Save</source>
        <translation>&amp;Ýatda sakla</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="153" />
        <source>Save (Ctrl+S)</source>
        <translation>Ýatda sakla (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="155" />
        <source>Move to &amp;Trash</source>
        <translation>&amp;Sebede geçir</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="157" />
        <source>Move to the Trash (Del)</source>
        <translation>Sebede geçir (Del)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="160" />
        <source>&amp;Discard changes</source>
        <translation>Üýtgetmeleri ý&amp;atyr</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="160" />
        <source>&amp;Close</source>
        <translation>Ý&amp;ap</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="163" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_fields.py" line="72" />
        <source>{field} (required)</source>
        <translation>{field} (hökmany)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_fields.py" line="98" />
        <source>Required</source>
        <translation>Hökmany</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="238" />
        <source>New record, not saved yet.</source>
        <translation>Täze ýazgy, entek ýatda saklanmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="248" />
        <source>Last saved {when} by {user}.</source>
        <translation>Soňky gezek {when} wagtda {user} tarapyndan ýatda saklandy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="252" />
        <source>This record is in the Trash.</source>
        <translation>Bu ýazgy Sebetde.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="315" />
        <location filename="../desktop_app/ui/forms/base_form.py" line="366" />
        <source>New</source>
        <translation>Täze</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="359" />
        <source>Save</source>
        <translation>Ýatda sakla</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="360" />
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="364" />
        <location filename="../desktop_app/ui/forms/form_saving.py" line="144" />
        <source>Move to Trash</source>
        <translation>Sebede geçir</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="369" />
        <source>Search</source>
        <translation>Gözleg</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="405" />
        <source>Changed elsewhere since you opened it; saving will show both.</source>
        <translation>Siz açandan soň başga ýerde üýtgedildi; ýatda saklanyňyzda iki wersiýa hem görkeziler.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/bindings.py" line="162" />
        <source>Choose...</source>
        <translation>Saýla...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/bindings.py" line="244" />
        <source>Type a name, then Enter to add it</source>
        <translation>Ady ýazyň, soňra goşmak üçin Enter basyň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/bindings.py" line="247" />
        <source>Add</source>
        <translation>Goş</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/bindings.py" line="253" />
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="113" />
        <source>Record in the Trash</source>
        <translation>Ýazgy Sebetde</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="114" />
        <source>{user} moved this record to the Trash after you opened it. Restore it and save your changes?</source>
        <translation>Siz bu ýazgyny açandan soň {user} ony Sebede geçirdi. Ony dikeldip, üýtgetmeleriňizi ýatda saklamalymy?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="118" />
        <source>Someone</source>
        <translation>Kimdir biri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="169" />
        <source>Discard changes</source>
        <translation>Üýtgetmeleri ýatyrmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="170" />
        <source>Discard the changes you made to this record?</source>
        <translation>Bu ýazgyda eden üýtgetmeleriňiz ýatyrylsynmy?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="176" />
        <source>This record has unsaved changes. Save them before closing?</source>
        <translation>Bu ýazgyda ýatda saklanmadyk üýtgetmeler bar. Ýapmazdan öň olary ýatda saklamalymy?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="178" />
        <source>This record has unsaved changes. Save them first?</source>
        <translation>Bu ýazgyda ýatda saklanmadyk üýtgetmeler bar. Ilki olary ýatda saklamalymy?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="182" />
        <source>Unsaved changes</source>
        <translation>Ýatda saklanmadyk üýtgetmeler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="196" />
        <source>Not saved</source>
        <translation>Ýatda saklanmady</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="202" />
        <source>This record no longer exists; it may have been deleted for good.</source>
        <translation>Bu ýazgy indi ýok; ol düýbünden pozulan bolmagy mümkin.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/plan_choice.py" line="16" />
        <source>(no plan)</source>
        <translation>(meýilnama ýok)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="70" />
        <source>Approval and assessment</source>
        <translation>Tassyklama we bahalandyrma</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="61" />
        <source>Application path</source>
        <translation>Goşulyş tapgyrlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="74" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="164" />
        <source>Contact</source>
        <translation>Aragatnaşyk</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="97" />
        <source>Commitment</source>
        <translation>Borçnama</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="86" />
        <source>Final energy consumption and local production, MWh</source>
        <translation>Soňky energiýa sarp edilişi we ýerli önümçilik, MWt·sag</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="105" />
        <source>Local emission factors (leave empty to use the shipped ones)</source>
        <translation>Ýerli zyňyndy koeffisiýentleri (goşundaky koeffisiýentler ulanylsyn diýseňiz boş goýuň)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="121" />
        <source>Totals stated in the signatory's document</source>
        <translation>Gol çekeniň resminamasynda görkezilen jemler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="144" />
        <source>Timeframe and cost</source>
        <translation>Möhletler we bahasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="183" />
        <source>Achieved (monitoring)</source>
        <translation>Gazanylan (gözegçilik)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/action_choice.py" line="16" />
        <source>(no action)</source>
        <translation>(çäre ýok)</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="108" />
        <location filename="../desktop_app/ui/help_topics.py" line="109" />
        <source>Coordinator Desk user guide</source>
        <translation>Coordinator Desk ulanyjy gollanmasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="112" />
        <location filename="../desktop_app/ui/help_browser.py" line="113" />
        <source>Search the guide</source>
        <translation>Gollanmadan gözle</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="119" />
        <source>Contents</source>
        <translation>Mazmuny</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="128" />
        <source>Help page</source>
        <translation>Kömek sahypasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="132" />
        <source>&amp;Back</source>
        <translation>&amp;Yza</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="133" />
        <source>Back (Alt+Left)</source>
        <translation>Yza (Alt+Çepe)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="137" />
        <source>&amp;Forward</source>
        <translation>&amp;Öňe</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="138" />
        <source>Forward (Alt+Right)</source>
        <translation>Öňe (Alt+Saga)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="142" />
        <source>&amp;Contents</source>
        <translation>&amp;Mazmuny</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="194" />
        <source>{page} — Coordinator Desk user guide</source>
        <translation>{page} — Coordinator Desk ulanyjy gollanmasy</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/help_browser.py" line="230" />
        <source>%n pages found</source>
        <translation><numerusform>%n sahypa tapyldy</numerusform><numerusform>%n sahypa tapyldy</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="232" />
        <source>No page contains “{text}”.</source>
        <translation>«{text}» hiç bir sahypada ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_topics.py" line="110" />
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>Ulanyjy gollanmasy programmanyň bu nusgasy bilen bile gurnalmandyr.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="38" />
        <source>Created</source>
        <translation>Döredildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="39" />
        <source>Changed</source>
        <translation>Üýtgedildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="40" />
        <source>Moved to the Trash</source>
        <translation>Sebede geçirildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="41" />
        <source>Restored from the Trash</source>
        <translation>Sebetden dikeldildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="55" />
        <source>History</source>
        <translation>Taryh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="60" />
        <source>When</source>
        <translation>Haçan</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="61" />
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="62" />
        <source>What</source>
        <translation>Näme</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="63" />
        <source>Field</source>
        <translation>Meýdan</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="64" />
        <source>From</source>
        <translation>Öňki</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="65" />
        <source>To</source>
        <translation>Täze</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="76" />
        <source>Undo this change</source>
        <translation>Bu üýtgetmäni yzyna al</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="77" />
        <source>Return the whole record to this moment</source>
        <translation>Tutuş ýazgyny şu pursata gaýtar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="159" />
        <source>Reverted.</source>
        <translation>Yzyna gaýtaryldy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="161" />
        <source>Nothing to change: the values are already those.</source>
        <translation>Üýtgetmeli zat ýok: bahalar eýýäm şeýle.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="62" />
        <source>History</source>
        <translation>Taryh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="68" />
        <source>When</source>
        <translation>Haçan</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="69" />
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="70" />
        <source>What</source>
        <translation>Näme</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="71" />
        <source>From</source>
        <translation>Öňki</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="72" />
        <source>To</source>
        <translation>Täze</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="78" />
        <source>Not saved yet: no history.</source>
        <translation>Entek ýatda saklanmady: taryh ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="81" />
        <source>Revert &amp;field to this</source>
        <translation>&amp;Meýdany şu ýagdaýa gaýtar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="84" />
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="175" />
        <source>Give the selected field the value it had after this change</source>
        <translation>Saýlanan meýdana şu üýtgetmeden soňky bahasyny ber</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="87" />
        <source>Undo &amp;this change</source>
        <translation>Bu üýtgetmäni &amp;ýatyr</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="91" />
        <source>Revert &amp;record to this point</source>
        <translation>&amp;Ýazgyny şu pursata gaýtar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="95" />
        <source>Put every field back as it was just after this change</source>
        <translation>Ähli meýdanlary şu üýtgetmeden soňky ýagdaýyna gaýtar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="167" />
        <source>The field still has the value of this change: nothing to revert. “Undo this change” gives it back the value it had before.</source>
        <translation>Meýdanda henizem şu üýtgetmäniň bahasy bar: yzyna gaýtarara zat ýok. «Bu üýtgetmäni ýatyr» oňa öňki bahasyny gaýtaryp berer.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="179" />
        <source>Give the field back the value it had before this change</source>
        <translation>Meýdana şu üýtgetmeden öňki bahasyny gaýtar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="183" />
        <source>The field has been changed again since: use “Revert field to this” on the change whose value you want.</source>
        <translation>Şondan bäri meýdan ýene üýtgedildi: gerek bahaly üýtgetmäni saýlap, «Meýdany şu ýagdaýa gaýtar» düwmesine basyň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="237" />
        <source>Revert</source>
        <translation>Yzyna gaýtarmak</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="90" />
        <source>record {id}</source>
        <translation>ýazgy {id}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="92" />
        <source>column {column}</source>
        <translation>sütün {column}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="98" />
        <source>table is missing</source>
        <translation>tablisa ýok</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="99" />
        <source>column is missing</source>
        <translation>sütün ýok</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="100" />
        <source>value of the wrong type ({detail})</source>
        <translation>nädogry görnüşli baha ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="101" />
        <source>not a valid date ({detail})</source>
        <translation>nädogry sene ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="102" />
        <source>unknown code ({detail})</source>
        <translation>näbelli kod ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="103" />
        <source>text longer than the column allows ({detail})</source>
        <translation>tekst sütüniň rugsat berýäninden uzyn ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="104" />
        <source>number outside the column's range ({detail})</source>
        <translation>san sütüniň çäginden daşarda ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="105" />
        <source>must be greater than zero ({detail})</source>
        <translation>noldan uly bolmaly ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="106" />
        <source>must not be negative ({detail})</source>
        <translation>otrisatel bolup bilmez ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="107" />
        <source>empty, but a value is required</source>
        <translation>boş, emma baha hökmany</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="108" />
        <source>the same record id appears {detail} times</source>
        <translation>şol bir ýazgy belgisi {detail} gezek gabat gelýär</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="109" />
        <source>links to a record that does not exist ({detail})</source>
        <translation>ýok ýazga salgylanýar ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="110" />
        <source>live record linked to a record in the Trash ({detail})</source>
        <translation>işjeň ýazgy Sebetdäki ýazga baglanyşykly ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="111" />
        <source>audit trail broken here: {detail}</source>
        <translation>üýtgeşmeler žurnaly şu ýerde bozulan: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="116" />
        <source>its content or position was changed after it was written</source>
        <translation>ýazylandan soň onuň mazmuny ýa-da orny üýtgedilipdir</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="117" />
        <source>it has no chain hash (added outside the program)</source>
        <translation>onuň zynjyr heşi ýok (programmadan daşarda goşulan)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="118" />
        <source>an entry before it was removed or the order changed</source>
        <translation>ondan öňki ýazgy aýrylypdyr ýa-da tertip üýtgedilipdir</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="390" />
        <source>PostgreSQL amcheck: not available ({reason})</source>
        <translation>PostgreSQL amcheck: elýeterli däl ({reason})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="396" />
        <source>PostgreSQL amcheck: not available</source>
        <translation>PostgreSQL amcheck: elýeterli däl</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="422" />
        <source>PostgreSQL amcheck: {count} indexes checked</source>
        <translation>PostgreSQL amcheck: {count} indeks barlandy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="426" />
        <source>PostgreSQL's own index checks (amcheck) were skipped: the role {role} may not install the amcheck extension. A superuser can install it in this database (CREATE EXTENSION amcheck) and let {role} run its bt_index_check function (GRANT EXECUTE). Not a problem with the data.</source>
        <translation>PostgreSQL serweriniň öz indeks barlaglary (amcheck) geçirilmedi: {role} roly amcheck giňeltmesini gurnap bilmeýär. Superulanyjy ony şu maglumatlar binýadynda gurnap (CREATE EXTENSION amcheck), {role} roluna onuň bt_index_check funksiýasyny işletmäge rugsat berip biler (GRANT EXECUTE). Bu maglumatlardaky näsazlyk däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="433" />
        <source>PostgreSQL's own index checks (amcheck) were skipped: the role {role} may not run amcheck's bt_index_check function. A superuser can allow it: GRANT EXECUTE ON FUNCTION {function} TO {role}. Not a problem with the data.</source>
        <translation>PostgreSQL serweriniň öz indeks barlaglary (amcheck) geçirilmedi: {role} roly amcheck giňeltmesiniň bt_index_check funksiýasyny işledip bilmeýär. Superulanyjy muňa rugsat berip biler: GRANT EXECUTE ON FUNCTION {function} TO {role}. Bu maglumatlardaky näsazlyk däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/restore_validation.py" line="77" />
        <source>(and {count} more)</source>
        <translation>(ýene {count})</translation>
    </message>
</context>
<context>
    <name>InventoryForm</name>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="60" />
        <source>Energy carrier</source>
        <translation>Energiýa göterijisi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="61" />
        <source>t/MWh</source>
        <translation>t/MWt·sag</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="62" />
        <source>Emissions, t</source>
        <translation>Zyňyndylar, t</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="57" />
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="63" />
        <source>Factor source</source>
        <translation>Koeffisiýentiň çeşmesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="56" />
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="69" />
        <source>Emissions</source>
        <translation>Zyňyndylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="108" />
        <source>local factor: {source}</source>
        <translation>ýerli koeffisiýent: {source}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="111" />
        <source>computed from the local production</source>
        <translation>ýerli önümçilikden hasaplanan</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="112" />
        <source>no factor: not counted</source>
        <translation>koeffisiýent ýok: hasaba alynmady</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="118" />
        <source>{source} [factor table {version}]</source>
        <translation>{source} [koeffisiýentler tablisasy {version}]</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="127" />
        <source>Emissions: {total} t; final energy: {mwh} MWh (factor table {version}).</source>
        <translation>Zyňyndylar: {total} t; soňky energiýa: {mwh} MWt·sag (koeffisiýentler tablisasy {version}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="39" />
        <source>Fill from a template sheet…</source>
        <translation>Şablonyň sahypasyndan doldur…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="42" />
        <source>Read the grid from a workbook laid out like the Covenant template's final energy consumption table (sectors in rows, energy carriers in columns, MWh).</source>
        <translation>Tablisany Bileleşigiň şablonyndaky soňky energiýa sarp edilişi tablisasy ýaly düzülen iş kitabyndan okamak (pudaklar setirlerde, energiýa göterijiler sütünlerde, MWt·sag).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="56" />
        <source>Fill from a template sheet</source>
        <translation>Şablonyň sahypasyndan doldurmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="63" />
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Excel iş kitaplary (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="95" />
        <source>Several sheets hold an inventory table. Which one?</source>
        <translation>Hasap tablisasy birnäçe sahypada bar. Haýsysyny almaly?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="114" />
        <source>… and {n} more.</source>
        <translation>… we ýene {n}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="119" />
        <source>The grid was left as it was: sheet {sheet} of {file} needs these corrections first.</source>
        <translation>Tablisa öňki ýaly galdy: {file} faýlynyň {sheet} sahypasynda ilki şulary düzetmeli.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="133" />
        <source>Replace the figures in the grid with the sheet's?</source>
        <translation>Tablisadaky sanlar sahypadaky sanlar bilen çalşyrylsynmy?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="142" />
        <source>From sheet {sheet} of {file}: {cells} cells, {mwh} MWh; totals left out. Look them over, then save.</source>
        <translation>{file} faýlynyň {sheet} sahypasyndan: öýjükler: {cells}, {mwh} MWt·sag; jemler hasaba alynmady. Barlaň, soňra ýatda saklaň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="153" />
        <source>{n} cell(s) rounded to a tenth of a MWh, as inventories keep.</source>
        <translation>Hasaplaryň saklaýşy ýaly MWt·sag-yň ondan bir bölegine çenli tegeleklenen öýjükler: {n}.</translation>
    </message>
</context>
<context>
    <name>InventoryGrid</name>
    <message>
        <location filename="../desktop_app/ui/widgets/energy_grid.py" line="64" />
        <source>Total</source>
        <translation>Jemi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/energy_grid.py" line="68" />
        <source>Total consumption</source>
        <translation>Jemi sarp ediliş</translation>
    </message>
</context>
<context>
    <name>InventorySheet</name>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="162" />
        <source>{path}: no sheet holds an inventory table: a header row naming at least three energy carriers (Electricity, Natural gas, Diesel...) above rows of sectors.</source>
        <translation>{path}: hiç bir sahypada hasap tablisasy ýok: pudaklaryň setirleriniň üstünde iň az üç energiýa göterijini («Elektrik energiýasy», «Tebigy gaz», «Dizel ýangyjy»...) görkezýän sözbaşy setiri bolmaly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="167" />
        <source>{path}, sheet {sheet}: no inventory table: a header row naming at least three energy carriers (Electricity, Natural gas, Diesel...) above rows of sectors.</source>
        <translation>{path}, {sheet} sahypasy: hasap tablisasy ýok: pudaklaryň setirleriniň üstünde iň az üç energiýa göterijini («Elektrik energiýasy», «Tebigy gaz», «Dizel ýangyjy»...) görkezýän sözbaşy setiri bolmaly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="172" />
        <source>{path}: several sheets hold an inventory table: {sheets}.</source>
        <translation>{path}: hasap tablisasy birnäçe sahypada bar: {sheets}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="175" />
        <source>{path}, sheet {sheet}: the table holds no figures.</source>
        <translation>{path}, {sheet} sahypasy: tablisada san ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="176" />
        <source>{path}, sheet {sheet}: the table runs past {limit} rows without a TOTAL row.</source>
        <translation>{path}, {sheet} sahypasy: tablisada {limit} setirden köp bar, JEMI setiri bolsa ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="180" />
        <source>row {row}: '{label}' is not a sector of an inventory, but the row holds figures; name the sector as the template does (Residential buildings, Transport...) or empty the row.</source>
        <translation>setir {row}: «{label}» hasabyň pudagy däl, emma setirde sanlar bar; pudagy şablondaky ýaly atlandyryň («Ýaşaýyş jaýlary», «Ulag»...) ýa-da setiri boşadyň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="186" />
        <source>row {row} holds figures but names no sector.</source>
        <translation>setir {row}: sanlar bar, emma pudak görkezilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="187" />
        <source>column {column}: '{header}' is not an energy carrier, but the column holds figures (first in row {row}); name the carrier as the template does (Electricity, Natural gas...) or empty the column.</source>
        <translation>{column} sütüni: «{header}» energiýa göterijisi däl, emma sütünde sanlar bar (birinjisi setir {row}); energiýa göterijini şablondaky ýaly atlandyryň («Elektrik energiýasy», «Tebigy gaz»...) ýa-da sütüni boşadyň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="193" />
        <source>column {column} holds figures (first in row {row}) but its header names no energy carrier.</source>
        <translation>{column} sütüninde sanlar bar (birinjisi setir {row}), emma onuň sözbaşysynda energiýa göterijisi görkezilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="198" />
        <source>columns {column} and {other} are both headed '{header}'.</source>
        <translation>{column} we {other} sütünleriniň ikisiniň hem sözbaşysy «{header}».</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="201" />
        <source>column {column} is headed both '{header}' and '{other}'; keep one carrier.</source>
        <translation>{column} sütüniniň iki sözbaşysy bar: «{header}» we «{other}»; bir energiýa göterijini galdyryň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="205" />
        <source>rows {row} and {other} both give the figures of '{label}'; keep one.</source>
        <translation>setir {row} we setir {other} ikisi hem «{label}» sanlaryny berýär; birini galdyryň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="208" />
        <source>row {row} ('{label}') gives the sum of {sector}, and row {other} ('{part}') one of its parts: keep the parts or their sum, not both (the energy would count twice).</source>
        <translation>setir {row} («{label}») «{sector}» pudagynyň jemini, setir {other} («{part}») bolsa onuň bir bölegini berýär: ýa bölekleri, ýa-da olaryň jemini galdyryň (ýogsam energiýa iki gezek hasaplanar).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="213" />
        <source>cell {cell} ({sector}, {carrier}): {problem}</source>
        <translation>{cell} öýjügi ({sector}, {carrier}): {problem}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="214" />
        <source>{value} MWh is negative.</source>
        <translation>{value} MWt·sag otrisatel baha.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/inventory_import.py" line="32" />
        <source>{name} has {count} inventories of {year} of the type '{type}'; move all but one to the Trash, then import again.</source>
        <translation>{name} gol çekeniň {year} ýyl üçin «{type}» görnüşli {count} hasaby bar; birinden başgasyny Sebede geçiriň, soňra täzeden import ediň.</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="52" />
        <source>All countries</source>
        <translation>Ähli ýurtlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="53" />
        <source>All statuses</source>
        <translation>Ähli ýagdaýlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="54" />
        <source>All types</source>
        <translation>Ähli görnüşler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="55" />
        <source>All years</source>
        <translation>Ähli ýyllar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="59" />
        <source>This list will hold your territory's signatories: municipalities that joined the Covenant, with their plans, reports and finance. None is recorded yet; add one, or bring them all in with File &gt; Import from Excel.</source>
        <translation>Bu sanawda sebitiňiziň gol çekenleri bolar: Bileleşige goşulan häkimlikler, olaryň meýilnamalary, hasabatlary we maliýeleşdirilişi bilen. Entek hiç biri girizilmedi; birini goşuň ýa-da hemmesini “Faýl &gt; Excel-den import et” arkaly getiriň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="65" />
        <source>&amp;Add a signatory...</source>
        <translation>Gol çekeni &amp;goş...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="68" />
        <source>This list will hold the signatories' action plans (SEAP, SECAP) and their assessment. None is recorded yet.</source>
        <translation>Bu sanawda gol çekenleriň hereket meýilnamalary (SEAP, SECAP) we olaryň bahalandyrylyşy bolar. Entek hiç biri girizilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="73" />
        <source>&amp;Add an action plan...</source>
        <translation>Hereket meýilnamasyny &amp;goş...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="76" />
        <source>This list will hold the monitoring reports signatories submit on their plans. None is recorded yet.</source>
        <translation>Bu sanawda gol çekenleriň öz meýilnamalary boýunça tabşyrýan gözegçilik hasabatlary bolar. Entek hiç biri girizilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="81" />
        <source>&amp;Add a monitoring report...</source>
        <translation>Gözegçilik hasabatyny &amp;goş...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="84" />
        <source>This list will hold the deadline extensions granted to signatories. None is recorded yet.</source>
        <translation>Bu sanawda gol çekenlere berlen möhlet uzaltmalary bolar. Entek hiç biri girizilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="89" />
        <source>&amp;Add a deadline extension...</source>
        <translation>Möhlet uzaltmasyny &amp;goş...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="92" />
        <source>This list will hold your office's assistance: technical and strategic help, trainings, study visits and promotion. None is recorded yet.</source>
        <translation>Bu sanawda edaraňyzyň kömegi bolar: tehniki we strategiki goldaw, okuwlar, tanyşlyk saparlary we wagyz. Entek hiç bir çäre girizilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="97" />
        <source>&amp;Add an activity...</source>
        <translation>Çäre &amp;goş...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="100" />
        <source>This list will hold the Energy Days held or planned in your territory. None is recorded yet.</source>
        <translation>Bu sanawda sebitiňizde geçirilen ýa-da meýilleşdirilen Energiýa günleri bolar. Entek hiç biri girizilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="105" />
        <source>&amp;Add an Energy Day...</source>
        <translation>Energiýa gününi &amp;goş...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="108" />
        <source>This list will hold financial support: applications, grants and loans for signatories, with their amounts in EUR. None is recorded yet.</source>
        <translation>Bu sanawda maliýe goldawy bolar: gol çekenler üçin arzalar, grantlar we karzlar, olaryň EUR-daky möçberleri bilen. Entek hiç bir ýazgy girizilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="113" />
        <source>&amp;Add financial support...</source>
        <translation>Maliýe goldawyny &amp;goş...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="116" />
        <source>This list will hold exchange rates (units of a currency per euro, by date), used to give amounts in EUR. None is recorded yet.</source>
        <translation>Bu sanawda möçberleri EUR-da görkezmek üçin walýuta hümmetleri (bir ýewro üçin walýuta birligi, senesi boýunça) bolar. Entek hiç biri girizilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="121" />
        <source>&amp;Add an exchange rate...</source>
        <translation>Walýuta hümmetini &amp;goş...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="127" />
        <source>Country filter</source>
        <translation>Ýurt süzgüji</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="128" />
        <source>Status filter</source>
        <translation>Ýagdaý süzgüji</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="129" />
        <source>Type filter</source>
        <translation>Görnüş süzgüji</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="130" />
        <source>Year filter</source>
        <translation>Ýyl süzgüji</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="162" />
        <source>Search (Ctrl+F)</source>
        <translation>Gözleg (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="163" />
        <source>Search</source>
        <translation>Gözleg</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="185" />
        <source>Records</source>
        <translation>Ýazgylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="222" />
        <source>Show &amp;all records</source>
        <translation>&amp;Ähli ýazgylary görkez</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/page.py" line="53" />
        <source>Copied %n rows</source>
        <translation><numerusform>%n setir göçürildi</numerusform><numerusform>%n setir göçürildi</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="374" />
        <source>This list will hold: {records}. None is recorded yet.</source>
        <translation>Bu sanawda şular bolar: {records}. Entek hiç biri girizilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="382" />
        <source>&amp;Add...</source>
        <translation>&amp;Goş...</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/list_panel.py" line="406" />
        <source>%n records shown, loading the rest...</source>
        <translation><numerusform>%n ýazgy görkezildi, galanlary ýüklenýär...</numerusform><numerusform>%n ýazgy görkezildi, galanlary ýüklenýär...</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/list_panel.py" line="408" />
        <source>%n records</source>
        <translation><numerusform>%n ýazgy</numerusform><numerusform>%n ýazgy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/list_panel.py" line="410" />
        <source>{shown} of %n records</source>
        <translation><numerusform>%n ýazgydan {shown} sanysy</numerusform><numerusform>%n ýazgydan {shown} sanysy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/list_panel.py" line="439" />
        <source>Moved %n records to the Trash (Edit &gt; Undo brings them back)</source>
        <translation><numerusform>%n ýazgy Sebede geçirildi (“Düzetmek &gt; Yzyna al” yzyna getirýär)</numerusform><numerusform>%n ýazgy Sebede geçirildi (“Düzetmek &gt; Yzyna al” yzyna getirýär)</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="467" />
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="472" />
        <source>&amp;Copy</source>
        <translation>&amp;Göçür</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="477" />
        <source>Move to the &amp;Trash...</source>
        <translation>&amp;Sebede geçir...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="506" />
        <source>Move to Trash</source>
        <translation>Sebede geçirmek</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="110" />
        <location filename="../desktop_app/ui/window_chrome.py" line="246" />
        <source>Coordinator Desk</source>
        <translation>Coordinator Desk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="114" />
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="146" />
        <source>Opening the database...</source>
        <translation>Maglumatlar binýady açylýar...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="174" />
        <source>&amp;File</source>
        <translation>&amp;Faýl</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="175" />
        <source>&amp;Open database...</source>
        <translation>Maglumatlar binýadyny &amp;aç...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="178" />
        <source>&amp;New record</source>
        <translation>&amp;Täze ýazgy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="184" />
        <source>&amp;Quit</source>
        <translation>&amp;Çykmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="189" />
        <source>&amp;Edit</source>
        <translation>&amp;Düzetmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="201" />
        <source>&amp;View</source>
        <translation>&amp;Görnüş</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="212" />
        <source>&amp;Tools</source>
        <translation>G&amp;urallar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="213" />
        <source>&amp;Preferences...</source>
        <translation>&amp;Sazlamalar...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="224" />
        <source>&amp;Help</source>
        <translation>&amp;Kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="225" />
        <source>&amp;User guide</source>
        <translation>&amp;Ulanyjy gollanmasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="235" />
        <source>&amp;About Coordinator Desk</source>
        <translation>Coordinator Desk &amp;barada</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="238" />
        <source>About &amp;Qt</source>
        <translation>&amp;Qt barada</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="377" />
        <source>Open database</source>
        <translation>Maglumatlar binýadyny açmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="379" />
        <source>Coordinator Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Coordinator Desk maglumatlar binýatlary (*.sqlite3 *.sqlite *.db);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="400" />
        <source>Opened {location}</source>
        <translation>Açyldy: {location}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="439" />
        <source>Database: {location}</source>
        <translation>Maglumatlar binýady: {location}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="458" />
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="459" />
        <source>The new language is used from the next start. Restart Coordinator Desk now? Open forms are asked about unsaved changes first.</source>
        <translation>Täze dil indiki açylyşdan ulanylýar. Coordinator Desk häzir täzeden açylsynmy? Ilki bilen açyk formalar ýatda saklanmadyk üýtgeşmeler barada soraýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/menu_actions.py" line="31" />
        <source>&amp;Report to the Commission (PDF)...</source>
        <translation>Ýewropa Toparyna hasabat (&amp;PDF)...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/menu_actions.py" line="32" />
        <source>Signatory fact s&amp;heets (PDF)...</source>
        <translation>Gol çekenleriň &amp;maglumat sahypalary (PDF)...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/menu_actions.py" line="33" />
        <source>Prepare submission &amp;pack...</source>
        <translation>Tabşyryş toplumyny taý&amp;ýarla...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/menu_actions.py" line="57" />
        <source>&amp;Backup and restore...</source>
        <translation>&amp;Ätiýaçlyk nusga we dikeltmek...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="59" />
        <source>Saved: {record}</source>
        <translation>Ýatda saklandy: {record}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="62" />
        <source>Done: {action}</source>
        <translation>Ýerine ýetirildi: {action}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="84" />
        <source>&amp;Save</source>
        <translation>Ýatda &amp;sakla</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="86" />
        <source>Save the record being edited (Ctrl+S in a form)</source>
        <translation>Üýtgedilýän ýazgyny ýatda sakla (formada Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="87" />
        <source>Recent &amp;databases</source>
        <translation>Soňky maglumatlar &amp;binýatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/edit_actions.py" line="43" />
        <source>&amp;Copy</source>
        <translation>Göç&amp;ür</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/edit_actions.py" line="51" />
        <source>&amp;Find</source>
        <translation>&amp;Tap</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/edit_actions.py" line="59" />
        <source>&amp;Delete (move to the Trash)</source>
        <translation>&amp;Poz (Sebede geçir)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="104" />
        <source>No record is open for editing.</source>
        <translation>Üýtgetmek üçin açylan ýazgy ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="113" />
        <location filename="../desktop_app/ui/window_chrome.py" line="115" />
        <source>Main toolbar</source>
        <translation>Esasy gurallar paneli</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="120" />
        <source>Import from Excel</source>
        <translation>Excel-den import et</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="127" />
        <source>Export to Excel</source>
        <translation>Excel-e eksport et</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="134" />
        <source>Report to the Commission (PDF)</source>
        <translation>Ýewropa Toparyna hasabat (PDF)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="209" />
        <source>No database opened yet</source>
        <translation>Entek hiç bir maglumatlar binýady açylmady</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="224" />
        <source>Recent databases</source>
        <translation>Soňky maglumatlar binýatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="225" />
        <source>{path} is no longer there; it was taken off the list.</source>
        <translation>{path} indi ýok; ol sanawdan aýryldy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="286" />
        <source>Preparing the demo office...</source>
        <translation>Görkezme edarasy taýýarlanýar...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="293" />
        <source>Demo office opened. Your office's database is in File &gt; Recent databases.</source>
        <translation>Görkezme edarasy açyldy. Edaraňyzyň maglumatlar binýady “Faýl &gt; Soňky maglumatlar binýatlary” menýusynda.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/page.py" line="39" />
        <source>No row is selected: select one or more rows first.</source>
        <translation>Hiç bir setir saýlanmady: ilki bir ýa-da birnäçe setir saýlaň.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop_app/domain/rules/money.py" line="21" />
        <source>No exchange rate for {currency} on or before {date}; add one under Exchange rates.</source>
        <translation>{date} senesinde ýa-da ondan öň {currency} üçin walýuta hümmeti ýok; ony «Walýuta hümmetleri» bölüminde goşuň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="23" />
        <source>{path} is not a Coordinator Desk database file.</source>
        <translation>{path} Coordinator Desk maglumatlar binýadynyň faýly däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="24" />
        <source>The database file {path} does not exist.</source>
        <translation>{path} maglumatlar binýady faýly ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="25" />
        <source>There is no database at {path}; nothing was created. Check --database, or create a new database there with: coordinator-desk --database "{path}" db upgrade</source>
        <translation>{path} ýerinde maglumatlar binýady ýok; hiç zat döredilmedi. --database bahasyny barlaň ýa-da şol ýerde täze maglumatlar binýadyny şu buýruk bilen dörediň: coordinator-desk --database "{path}" db upgrade</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="30" />
        <source>The disk is full ({location}); nothing was written and the temporary files were removed. Free some space and try again.</source>
        <translation>Disk doldy ({location}); hiç zat ýazylmady we wagtlaýyn faýllar aýryldy. Biraz ýer boşadyň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="35" />
        <source>Cannot write to {location}: the file or its folder is read-only (or you may not change it). Nothing was changed; the database is not damaged.</source>
        <translation>{location} ýerine ýazyp bolanok: faýl ýa-da onuň papkasy diňe okamak üçin (ýa-da siziň ony üýtgetmäge hukugyňyz ýok). Hiç zat üýtgedilmedi; maglumatlar binýady zaýalanmandyr.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="40" />
        <source>The database server refused this change: your account may not make it ({detail}). Nothing was changed; an admin of the office server can give you the role it needs.</source>
        <translation>Maglumatlar binýadynyň serweri bu üýtgetmäni ret etdi: hasabyňyza muňa rugsat berilmedik ({detail}). Hiç zat üýtgedilmedi; ofis serweriniň administratory size gerekli roly berip biler.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="45" />
        <source>Cannot write to {location}: {detail}. Nothing was changed.</source>
        <translation>{location} ýerine ýazyp bolanok: {detail}. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="46" />
        <source>Cannot open {location}: the file or its folder cannot be read or written. Nothing was changed.</source>
        <translation>{location} açyp bolanok: faýly ýa-da onuň papkasyny okap ýa-da üýtgedip bolanok. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="51" />
        <source>The disk reported an error while using {location}; nothing was changed.</source>
        <translation>{location} bilen işlenilende disk ýalňyşlyk habar berdi; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="54" />
        <source>The database {location} is locked by another program or session, which has held it too long; nothing was changed. Try again when the other work is finished.</source>
        <translation>{location} maglumatlar binýady başga bir programma ýa-da sessiýa tarapyndan gulplanypdyr we ol gaty uzak saklanýar; hiç zat üýtgedilmedi. Beýleki iş gutaransoň täzeden synanyşyň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="59" />
        <source>The database server took too long to answer ({location}); the command was stopped and nothing was changed.</source>
        <translation>Maglumatlar binýadynyň serweri gaty uzak jogap bermedi ({location}); buýruk togtadyldy we hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="64" />
        <source>A value is too large for the database ({detail}); nothing was changed.</source>
        <translation>Baha maglumatlar binýady üçin gaty uly ({detail}); hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="68" />
        <source>{path} is a database file or belongs to one; it was not overwritten. Choose another file name.</source>
        <translation>{path} maglumatlar binýadynyň faýly ýa-da onuň bölegi; onuň üstünden ýazylmady. Başga faýl adyny saýlaň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="73" />
        <source>{url} is not a valid database URL.</source>
        <translation>{url} maglumatlar binýadynyň dogry URL-i däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="74" />
        <source>{url}: {backend} databases are not supported; use a SQLite file or a PostgreSQL URL (postgresql+psycopg://user@host/database).</source>
        <translation>{url}: {backend} maglumatlar binýatlary goldanylmaýar; SQLite faýlyny ýa-da PostgreSQL URL-ini ulanyň (postgresql+psycopg://ulanyjy@serwer/binýat).</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="79" />
        <source>{location} is a database of another program; Coordinator Desk left it as it was.</source>
        <translation>{location} başga programmanyň maglumatlar binýady; Coordinator Desk ony üýtgetmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="83" />
        <source>{location} was written by a newer version of Coordinator Desk (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>{location} Coordinator Desk-iň has täze wersiýasy bilen ýazylypdyr (shema {revision}). Ony açmak üçin täze wersiýany guruň; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="88" />
        <source>Cannot reach the database server {url}: {detail}</source>
        <translation>{url} maglumatlar binýady serwerine birikip bolmady: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="89" />
        <source>The database {path} failed its integrity check: {detail}</source>
        <translation>{path} maglumatlar binýady bitewülik barlagyndan geçmedi: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="90" />
        <source>{path} is not a Coordinator Desk backup file.</source>
        <translation>{path} Coordinator Desk ätiýaçlyk nusga faýly däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="91" />
        <source>The backup {path} is damaged and cannot be restored: {detail}</source>
        <translation>{path} ätiýaçlyk nusgasy zaýalanan, ony dikeldip bolmaýar: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="94" />
        <source>No usable backup of {path} was found.</source>
        <translation>{path} üçin ulanyp boljak ätiýaçlyk nusga tapylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="95" />
        <source>The database {path} is damaged ({detail}). The newest good backup is {backup}; restore it with: coordinator-desk --database "{path}" restore "{backup}" (the damaged file is kept aside).</source>
        <translation>{path} maglumatlar binýady zaýalanan ({detail}). Iň täze zaýalanmadyk ätiýaçlyk nusga: {backup}; ony şu buýruk bilen dikeldiň: coordinator-desk --database "{path}" restore "{backup}" (zaýalanan faýl aýratyn saklanar).</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="101" />
        <source>{path} is a backup of another office's database: {theirs}. This database is {ours}. Restoring it would replace this office's records with the other's; nothing was changed. If that is really meant, run restore again with --other-office.</source>
        <translation>{path} başga bir edaranyň maglumatlar binýadynyň ätiýaçlyk nusgasydyr: {theirs}. Şu maglumatlar binýady: {ours}. Ony dikeltmek şu edaranyň ýazgylaryny beýlekiniňki bilen çalyşardy; hiç zat üýtgedilmedi. Eger hut şu gerek bolsa, restore buýrugyny --other-office bilen täzeden işlediň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="107" />
        <source>{table} record {record} was changed by {user} at {time} after you opened its history; nothing was reverted. Reopen the history and try again.</source>
        <translation>{table}: {record} ýazgysy siz onuň taryhyny açandan soň {time} wagtda {user} tarapyndan üýtgedildi; hiç zat yzyna gaýtarylmady. Taryhy täzeden açyp, gaýtadan synanyşyň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="112" />
        <source>{table} record {record} has no such history entry or field: {detail}</source>
        <translation>{table}: {record} ýazgysynda beýle taryh ýazgysy ýa-da meýdan ýok: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="115" />
        <source>{table} record {record} no longer exists; it cannot be reverted.</source>
        <translation>{table}: {record} ýazgysy indi ýok; ony yzyna gaýtaryp bolmaýar.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/placeholder.py" line="27" />
        <source>This section is not available in this version yet. Your records are safe; it will appear here after an update.</source>
        <translation>Bu bölüm häzirki wersiýada entek ýok. Ýazgylaryňyz howpsuz; ol täzelenmeden soň şu ýerde peýda bolar.</translation>
    </message>
</context>
<context>
    <name>PlanFigures</name>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="233" />
        <location filename="../desktop_app/ui/widgets/actions_panel.py" line="36" />
        <source>What the plans contain: actions, targets, energy poverty</source>
        <translation>Meýilnamalaryň mazmuny: çäreler, maksatlar, energiýa garyplygy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="234" />
        <source>Actions {status} (%)</source>
        <translation>«{status}» ýagdaýyndaky çäreler (%)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="243" />
        <source>Mitigation actions</source>
        <translation>Azaltmak boýunça çäreler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="244" />
        <source>Planned CO2 reduction (t/a)</source>
        <translation>Meýilleşdirilen CO2 azalmagy (t/ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="245" />
        <source>Achieved CO2 reduction (t/a)</source>
        <translation>Gazanylan CO2 azalmagy (t/ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="246" />
        <source>CO2 reduction targets (t/a)</source>
        <translation>CO2 azaltmagyň maksatlary (t/ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="247" />
        <source>Signatories with a target in tonnes</source>
        <translation>Maksady tonna bilen görkezilen gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="249" />
        <source>Per-capita targets not added up (no population in the baseline)</source>
        <translation>Jeme goşulmadyk adam başyna maksatlar (esasy zyňyndylar hasabynda ilat sany ýok)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="253" />
        <source>Planned reduction, % of the targets</source>
        <translation>Meýilleşdirilen azalma, maksatlaryň %</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="254" />
        <source>Achieved reduction, % of the targets</source>
        <translation>Gazanylan azalma, maksatlaryň %</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="255" />
        <source>Finance provided for actions (EUR)</source>
        <translation>Çärelere berlen maliýe (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="256" />
        <source>Finance per tonne of CO2 a year (EUR/t)</source>
        <translation>Ýylda bir tonna CO2 üçin maliýe (EUR/t)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="257" />
        <source>Action plans</source>
        <translation>Hereket meýilnamalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="259" />
        <source>Action plans without an energy poverty part</source>
        <translation>Energiýa garyplygy bölümi bolmadyk hereket meýilnamalary</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="52" />
        <source>Action plans</source>
        <translation>Hereket meýilnamalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="53" />
        <source>Monitoring reports</source>
        <translation>Gözegçilik hasabatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="54" />
        <source>Deadline extensions</source>
        <translation>Möhlet uzaltmalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="55" />
        <source>Emission inventories</source>
        <translation>Zyňyndylar hasaplary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="56" />
        <source>Mitigation actions</source>
        <translation>Azaltmak çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="57" />
        <source>Climate risks</source>
        <translation>Howa töwekgelçilikleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="58" />
        <source>Adaptation actions</source>
        <translation>Uýgunlaşmak çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="59" />
        <source>Energy poverty</source>
        <translation>Energiýa garyplygy</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="149" />
        <source>Coordinator Desk cannot open its window.</source>
        <translation>Coordinator Desk penjiresini açyp bilmeýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="155" />
        <source>The commands that need no window (coordinator-desk --help lists them) work without a display.</source>
        <translation>Penjire gerek däl buýruklar (olaryň sanawyny coordinator-desk --help görkezýär) displeý bolmasa-da işleýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="168" />
        <source>No display was found: neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set. Start the program from a desktop session, or set DISPLAY (for example DISPLAY=:0).</source>
        <translation>Displeý tapylmady: ne DISPLAY (X11), ne-de WAYLAND_DISPLAY (Wayland) bellenen. Programmany iş stolunyň seansyndan işlediň ýa-da DISPLAY belläň (meselem, DISPLAY=:0).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="177" />
        <source>The display {display} does not answer or refuses the connection. Check that DISPLAY or WAYLAND_DISPLAY names a running display you may use.</source>
        <translation>{display} displeýi jogap bermeýär ýa-da birikmäni ret edýär. DISPLAY ýa-da WAYLAND_DISPLAY size ulanmaga rugsat berlen, işläp duran displeýi görkezýändigini barlaň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="185" />
        <source>Qt's "{platform}" platform plugin is not in the installation (looked in {folders}). Reinstall Coordinator Desk.</source>
        <translation>Qt-nyň «{platform}» platforma moduly gurnalan programmada ýok (gözlenen ýerler: {folders}). Coordinator Desk-i täzeden guruň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="193" />
        <source>Qt's "{platform}" platform plugin cannot be loaded: {error}</source>
        <translation>Qt-nyň «{platform}» platforma modulyny ýükläp bolmaýar: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="198" />
        <source>Qt's "{platform}" platform plugin cannot be loaded: these system libraries are missing or damaged: {libraries}.</source>
        <translation>Qt-nyň «{platform}» platforma modulyny ýükläp bolmaýar: bu ulgam kitaphanalary ýok ýa-da zaýalanypdyr: {libraries}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="212" />
        <source>Install them with:</source>
        <translation>Olary şu buýruk bilen guruň:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="217" />
        <source>Your distribution's package search finds the package holding {libraries}.</source>
        <translation>{libraries} saklaýan bukjany distributiwiňiziň bukja gözlegi tapar.</translation>
    </message>
</context>
<context>
    <name>PreferencesDashboard</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="35" />
        <source>"Due soon" window (days)</source>
        <translation>«Möhleti ýakynlaşýar» aralygy (gün)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="38" />
        <source>Plan due after adhesion, 2020 framework (years)</source>
        <translation>Goşulandan soň meýilnamanyň möhleti, 2020 borçnamasy (ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="43" />
        <source>Plan due after adhesion, 2030 framework (years)</source>
        <translation>Goşulandan soň meýilnamanyň möhleti, 2030 borçnamasy (ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="48" />
        <source>Plan due after adhesion, 2050 framework (years)</source>
        <translation>Goşulandan soň meýilnamanyň möhleti, 2050 borçnamasy (ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="53" />
        <source>Monitoring report every (years)</source>
        <translation>Gözegçilik hasabatynyň ýygylygy (ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="58" />
        <source>Monitoring emission inventory every (years)</source>
        <translation>Gözegçilik zyňyndylar hasabynyň ýygylygy (ýyl)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="63" />
        <source>Coordinator report every (months)</source>
        <translation>Utgaşdyryjynyň hasabatynyň ýygylygy (aý)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="68" />
        <source>Plan assessment overdue after (months)</source>
        <translation>Meýilnamany bahalandyrmagyň möhleti (aý)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="73" />
        <source>Warn about the coordinator report (days before)</source>
        <translation>Utgaşdyryjynyň hasabaty barada duýdurmak (näçe gün öň)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="78" />
        <source>Commitment lights look back (months)</source>
        <translation>Borçnama yşyklary üçin seredilýän döwür (aý)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="83" />
        <source>Amber when no assistance for (months)</source>
        <translation>Kömek bolmasa, sary (aý)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="88" />
        <source>Amber when no Energy Day for (months)</source>
        <translation>Energiýa güni bolmasa, sary (aý)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="93" />
        <source>Red when no financial support for (months)</source>
        <translation>Maliýe goldawy bolmasa, gyzyl (aý)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="98" />
        <source>Amber from this share of signatories on hold (%)</source>
        <translation>Togtadylan gol çekenleriň şu paýyndan sary (%)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="103" />
        <source>Red from this share of signatories on hold (%)</source>
        <translation>Togtadylan gol çekenleriň şu paýyndan gyzyl (%)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="108" />
        <source>Red from this many signatories past their plan deadline</source>
        <translation>Meýilnama möhleti geçen gol çekenleriň şu sanyndan gyzyl</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="131" />
        <source>Reporting period starts in</source>
        <translation>Hasabat döwrüniň başlanýan aýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="132" />
        <source>Reporting period length (months)</source>
        <translation>Hasabat döwrüniň dowamlylygy (aý)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="144" />
        <source>The dashboard, the deadlines list and the reminders use these values.</source>
        <translation>Umumy syn, möhletler sanawy we ýatlatmalar şu bahalary ulanýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="191" />
        <source>Dashboard, deadlines and reminders</source>
        <translation>Umumy syn, möhletler we ýatlatmalar</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="30" />
        <source>Preferences</source>
        <translation>Sazlamalar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="33" />
        <source>System language</source>
        <translation>Ulgamyň dili</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="37" />
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="39" />
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="41" />
        <source>A new language is applied when the application restarts.</source>
        <translation>Täze dil programma täzeden açylanda ulanylar.</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="20" />
        <source>Coordinator</source>
        <translation>Utgaşdyryjy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="21" />
        <source>Coordinators</source>
        <translation>Utgaşdyryjylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/service_offer.py" line="19" />
        <source>Service offered</source>
        <translation>Hödürlenýän hyzmat</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/service_offer.py" line="20" />
        <source>Services offered</source>
        <translation>Hödürlenýän hyzmatlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="17" />
        <source>Signatory</source>
        <translation>Gol çeken</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="18" />
        <source>Signatories</source>
        <translation>Gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="15" />
        <source>Action plan</source>
        <translation>Hereket meýilnamasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="16" />
        <source>Action plans</source>
        <translation>Hereket meýilnamalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="15" />
        <source>Monitoring report</source>
        <translation>Gözegçilik hasabaty</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="16" />
        <source>Monitoring reports</source>
        <translation>Gözegçilik hasabatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="15" />
        <source>Deadline extension</source>
        <translation>Möhlet uzaltma</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="16" />
        <source>Deadline extensions</source>
        <translation>Möhlet uzaltmalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="15" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="16" />
        <source>Financial support</source>
        <translation>Maliýe goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="15" />
        <source>Energy Day</source>
        <translation>Energiýa güni</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="16" />
        <source>Energy Days</source>
        <translation>Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="28" />
        <source>Energy Day organisers</source>
        <translation>Energiýa güni gurnaýjylary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="14" />
        <source>Exchange rate</source>
        <translation>Walýuta hümmeti</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="15" />
        <source>Exchange rates</source>
        <translation>Walýuta hümmetleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="15" />
        <source>Assistance activity</source>
        <translation>Kömek çäresi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="16" />
        <source>Support activities</source>
        <translation>Goldaw çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="27" />
        <source>Signatories reached</source>
        <translation>Gurşalan gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="21" />
        <source>Emission inventory</source>
        <translation>Zyňyndylar hasaby</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="22" />
        <source>Emission inventories</source>
        <translation>Zyňyndylar hasaplary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="32" />
        <source>Energy grid cells</source>
        <translation>Energiýa tablisasynyň öýjükleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="44" />
        <source>Mitigation action</source>
        <translation>Azaltmak boýunça çäre</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="45" />
        <source>Mitigation actions</source>
        <translation>Azaltmak boýunça çäreler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="16" />
        <source>Adaptation action</source>
        <translation>Uýgunlaşmak boýunça çäre</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="17" />
        <source>Adaptation actions</source>
        <translation>Uýgunlaşmak boýunça çäreler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="24" />
        <source>Climate risk</source>
        <translation>Howa töwekgelçiligi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="25" />
        <source>Climate risks</source>
        <translation>Howa töwekgelçilikleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="17" />
        <source>Energy poverty indicator</source>
        <translation>Energiýa garyplygynyň görkezijisi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="18" />
        <source>Energy poverty indicators</source>
        <translation>Energiýa garyplygynyň görkezijileri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/registry.py" line="69" />
        <source>Coordinator links</source>
        <translation>Utgaşdyryjy baglanyşyklary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/registry.py" line="70" />
        <source>Reports sent to the Commission</source>
        <translation>Ýewropa Toparyna iberilen hasabatlar</translation>
    </message>
</context>
<context>
    <name>RecordReportDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="51" />
        <source>Record a report sent to the Commission</source>
        <translation>Ýewropa Toparyna iberilen hasabaty bellige almak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="55" />
        <source>Reports sent through the Commission's online survey, outside this application, count for the coordinator report deadline once recorded here.</source>
        <translation>Bu programmanyň daşyndan, Ýewropa Toparynyň onlaýn soragnamasy arkaly iberilen hasabatlar şu ýerde bellige alnandan soň utgaşdyryjynyň hasabat möhletinde hasaba alynýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="64" />
        <source>Give the period covered</source>
        <translation>Hasabat döwrüni görkezmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="71" />
        <source>Start of the period covered</source>
        <translation>Hasabat döwrüniň başy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="72" />
        <source>End of the period covered</source>
        <translation>Hasabat döwrüniň soňy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="77" />
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="82" />
        <source>e.g. survey reference, who sent it</source>
        <translation>meselem, soragnamanyň belgisi, kim iberdi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="70" />
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="90" />
        <source>Date sent</source>
        <translation>Iberilen senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="92" />
        <source>Period covered</source>
        <translation>Hasabat döwri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="94" />
        <source>Note</source>
        <translation>Bellik</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="129" />
        <source>Without a period, the reporting period before the date sent is assumed.</source>
        <translation>Döwür görkezilmese, iberilen senesinden öňki hasabat döwri göz öňünde tutulýar.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../desktop_app/ui/models/formatting.py" line="38" />
        <source>Yes</source>
        <translation>Hawa</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="38" />
        <source>The database is damaged</source>
        <translation>Maglumatlar binýady zaýalanan</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="42" />
        <source>The database {path} is damaged ({detail}); it cannot be opened safely.</source>
        <translation>{path} maglumatlar binýady zaýalanan ({detail}); ony howpsuz açyp bolmaýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="50" />
        <source>The damaged file is not deleted: it is renamed and kept beside the database so that it can still be examined.</source>
        <translation>Zaýalanan faýl pozulmaýar: ony soňra barlap bolar ýaly, adyny üýtgedip, maglumatlar binýadynyň ýanynda saklanýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="57" />
        <source>Restore this backup</source>
        <translation>Şu ätiýaçlyk nusgany dikelt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="59" />
        <source>Choose another backup...</source>
        <translation>Başga ätiýaçlyk nusga saýla...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="61" />
        <source>Quit</source>
        <translation>Çykmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="72" />
        <source>No usable backup was found. Choose a backup file.</source>
        <translation>Ulanyp boljak ätiýaçlyk nusga tapylmady. Ätiýaçlyk nusga faýlyny saýlaň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="77" />
        <source>Newest good backup: {name}, taken {date}, {records} records.</source>
        <translation>Iň täze zaýalanmadyk ätiýaçlyk nusga: {name}, alnan senesi {date}, {records} ýazgy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="88" />
        <source>Choose a backup</source>
        <translation>Ätiýaçlyk nusga saýlaň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="90" />
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Ätiýaçlyk nusgalar (*.sqlite3);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="107" />
        <source>Restored from {backup}. The damaged file was kept as {aside}.</source>
        <translation>{backup} nusgasyndan dikeldildi. Zaýalanan faýl {aside} ady bilen saklandy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="124" />
        <source>{name} is a backup of {theirs}. The damaged database cannot tell which office it belongs to. Put that office's records in its place?</source>
        <translation>{name} {theirs} edarasynyň ätiýaçlyk nusgasydyr. Zaýalanan maglumatlar binýadyndan onuň haýsy edara degişlidigini anyklap bolanok. Onuň ýerine şol edaranyň ýazgylaryny goýmalymy?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="129" />
        <source>{name} is a backup of another office's database: {theirs}. The damaged database is {ours}. Put the other office's records in its place?</source>
        <translation>{name} başga bir edaranyň maglumatlar binýadynyň ätiýaçlyk nusgasydyr: {theirs}. Zaýalanan maglumatlar binýady: {ours}. Onuň ýerine beýleki edaranyň ýazgylaryny goýmalymy?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="134" />
        <source>Another office's backup</source>
        <translation>Başga edaranyň ätiýaçlyk nusgasy</translation>
    </message>
</context>
<context>
    <name>RelatedList</name>
    <message>
        <location filename="../desktop_app/ui/forms/related_panel.py" line="55" />
        <source>Date</source>
        <translation>Sene</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/related_panel.py" line="55" />
        <source>Record</source>
        <translation>Ýazgy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/related_panel.py" line="55" />
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/related_panel.py" line="59" />
        <source>&amp;New...</source>
        <translation>&amp;Täze...</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="33" />
        <source>Deadlines need attention</source>
        <translation>Möhletler üns talap edýär</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="39" />
        <source>%n overdue</source>
        <translation><numerusform>Möhleti geçen: %n</numerusform><numerusform>Möhleti geçen: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="41" />
        <source>%n due soon</source>
        <translation><numerusform>Möhleti ýakynlaşýan: %n</numerusform><numerusform>Möhleti ýakynlaşýan: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="44" />
        <source>&amp;Show deadlines</source>
        <translation>Möhletleri &amp;görkez</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="45" />
        <source>&amp;Dismiss until tomorrow</source>
        <translation>&amp;Ertire çenli gizle</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../desktop_app/services/period.py" line="22" />
        <source>{field}: '{value}' is not a date (expected YYYY-MM-DD).</source>
        <translation>{field}: '{value}' sene däl (YYYY-MM-DD görnüşinde bolmaly).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/period.py" line="23" />
        <source>The period ends ({end}) before it starts ({start}); nothing was written.</source>
        <translation>Döwür ({end}) başlamazyndan ({start}) öň gutarýar; hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/blocks.py" line="54" />
        <location filename="../desktop_app/services/reports/blocks.py" line="75" />
        <source>None in this period.</source>
        <translation>Bu döwürde ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="81" />
        <source>--signatory '{value}' matches {count} signatories; give the id instead.</source>
        <translation>--signatory '{value}' {count} gol çekene gabat gelýär; onuň ýerine ID görkeziň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="85" />
        <source>--signatory '{value}': no such signatory.</source>
        <translation>--signatory '{value}': beýle gol çeken ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="157" />
        <source>There are no signatories to describe.</source>
        <translation>Beýan etmek üçin gol çeken ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="158" />
        <source>Signatory fact sheets</source>
        <translation>Gol çekenleriň maglumat sahypalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="166" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="177" />
        <source>Covenant of Mayors</source>
        <translation>Şäher häkimleriniň bileleşigi</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="167" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="128" />
        <source>Page {page} of {pages}</source>
        <translation>Sahypa {page} / {pages}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="187" />
        <source>None recorded.</source>
        <translation>Hiç zat bellenmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="192" />
        <source>{percent} % by {year}</source>
        <translation>{year} ýyla çenli {percent} %</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="202" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="168" />
        <location filename="../desktop_app/services/reports/sections.py" line="99" />
        <source>Country</source>
        <translation>Ýurt</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="203" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="170" />
        <source>Region</source>
        <translation>Sebit</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="41" />
        <location filename="../desktop_app/services/reports/emissions_section.py" line="124" />
        <source>Emission inventories</source>
        <translation>Zyňyndylar hasaplary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="59" />
        <location filename="../desktop_app/services/reports/emissions_section.py" line="126" />
        <source>Year</source>
        <translation>Ýyl</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="66" />
        <location filename="../desktop_app/services/reports/emissions_section.py" line="127" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="205" />
        <source>Population</source>
        <translation>Ilat sany</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="208" />
        <source>Adhesion (council decision)</source>
        <translation>Goşulmak (geňeşiň karary)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="31" />
        <source>Annex E. Adaptation actions</source>
        <translation>E goşundy. Uýgunlaşmak boýunça çäreler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="46" />
        <source>Hazards addressed</source>
        <translation>Garşy gönükdirilen howplar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="58" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="119" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="139" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="160" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="209" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="251" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="289" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="364" />
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="77" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="159" />
        <source>Cost</source>
        <translation>Bahasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="210" />
        <source>Commitment</source>
        <translation>Borçnama</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="211" />
        <source>Reduction target</source>
        <translation>Azaltmak maksady</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="213" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="232" />
        <location filename="../desktop_app/services/reports/sections.py" line="175" />
        <source>Financial support provided (EUR)</source>
        <translation>Berlen maliýe goldawy (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="216" />
        <source>Covenant id</source>
        <translation>Bileleşikdäki ID</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="218" />
        <source>Contact</source>
        <translation>Aragatnaşyk</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="240" />
        <source>Action plan and deadlines</source>
        <translation>Hereket meýilnamasy we möhletler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="242" />
        <source>Plan due: {due}; extension granted until: {extension}</source>
        <translation>Meýilnamanyň möhleti: {due}; möhlet uzaldyldy, täze möhlet: {extension}</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="191" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="249" />
        <source>Plan</source>
        <translation>Meýilnama</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="250" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="288" />
        <source>Submitted</source>
        <translation>Tabşyryldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="252" />
        <source>Feedback</source>
        <translation>Jogap</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="268" />
        <source>Open deadline</source>
        <translation>Ýerine ýetirilmedik möhlet</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="271" />
        <source>No open deadlines.</source>
        <translation>Ýerine ýetirilmedik möhlet ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="281" />
        <source>and {count} earlier reports</source>
        <translation>we ýene {count} öňki hasabat</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="283" />
        <source>Monitoring reports</source>
        <translation>Gözegçilik hasabatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="286" />
        <source>Reporting</source>
        <translation>Hasabatyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="268" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="287" />
        <location filename="../desktop_app/services/reports/sections.py" line="406" />
        <source>Due</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="325" />
        <source>and {count} earlier activities</source>
        <translation>we ýene {count} öňki çäre</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="328" />
        <source>Support received ({count} activities)</source>
        <translation>Alnan goldaw ({count} çäre)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="57" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="113" />
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="63" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="335" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="362" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="408" />
        <location filename="../desktop_app/services/reports/sections.py" line="244" />
        <source>Date</source>
        <translation>Sene</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="51" />
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="50" />
        <location filename="../desktop_app/services/reports/emissions_section.py" line="126" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="336" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="167" />
        <location filename="../desktop_app/services/reports/sections.py" line="142" />
        <source>Type</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="45" />
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="55" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="337" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="409" />
        <source>Title</source>
        <translation>Sözbaşy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="83" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="338" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="224" />
        <location filename="../desktop_app/services/reports/sections.py" line="124" />
        <location filename="../desktop_app/services/reports/sections.py" line="142" />
        <source>Staff days</source>
        <translation>Işgär-günler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="357" />
        <source>and {count} earlier financing records</source>
        <translation>we ýene {count} öňki maliýeleşdirme ýazgysy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="359" />
        <source>Finance</source>
        <translation>Maliýe goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="50" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="363" />
        <source>Instrument</source>
        <translation>Maliýe guraly</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="90" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="365" />
        <location filename="../desktop_app/services/reports/sections.py" line="224" />
        <location filename="../desktop_app/services/reports/sections.py" line="246" />
        <source>Amount</source>
        <translation>Mukdary</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="140" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="366" />
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="375" />
        <location filename="../desktop_app/services/reports/sections.py" line="419" />
        <source>no rate</source>
        <translation>hümmet ýok</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="403" />
        <source>and {count} earlier Energy Days</source>
        <translation>we ýene {count} öňki Energiýa güni</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="219" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="405" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="244" />
        <source>Energy Days</source>
        <translation>Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="100" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="410" />
        <location filename="../desktop_app/services/reports/sections.py" line="126" />
        <location filename="../desktop_app/services/reports/sections.py" line="271" />
        <source>Participants</source>
        <translation>Gatnaşyjylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="411" />
        <source>Audiences</source>
        <translation>Maksatly toparlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="115" />
        <source>Covenant Coordinator</source>
        <translation>Bileleşigiň utgaşdyryjysy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="116" />
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="119" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="179" />
        <source>Covenant Coordinator activity report</source>
        <translation>Bileleşigiň utgaşdyryjysynyň işi barada hasabat</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="122" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="181" />
        <source>Report to the European Commission</source>
        <translation>Ýewropa Toparyna hasabat</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="129" />
        <source>Contents</source>
        <translation>Mazmuny</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="164" />
        <source>Coordinator</source>
        <translation>Utgaşdyryjy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="171" />
        <source>Reporting period</source>
        <translation>Hasabat döwri</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="172" />
        <source>Report date</source>
        <translation>Hasabatyň senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="174" />
        <source>Data as of</source>
        <translation>Maglumatlaryň senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="189" />
        <source>The coordinator profile has not been filled in yet.</source>
        <translation>Utgaşdyryjynyň profili entek doldurylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="207" />
        <source>Signatories in the territory</source>
        <translation>Çäkdäki gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="213" />
        <source>New adhesions</source>
        <translation>Täze goşulanlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="219" />
        <location filename="../desktop_app/services/reports/sections.py" line="123" />
        <source>Assistance activities</source>
        <translation>Kömek çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="238" />
        <location filename="../desktop_app/services/reports/sections.py" line="178" />
        <source>Rejected (EUR)</source>
        <translation>Ret edilen (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="76" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="226" />
        <location filename="../desktop_app/services/reports/sections.py" line="125" />
        <source>Signatories reached</source>
        <translation>Gurşalan gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="250" />
        <source>Energy Day participants</source>
        <translation>Energiýa günleriniň gatnaşyjylary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="256" />
        <location filename="../desktop_app/services/reports/sections.py" line="383" />
        <source>Action plans submitted</source>
        <translation>Tabşyrylan hereket meýilnamalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="262" />
        <location filename="../desktop_app/services/reports/sections.py" line="384" />
        <source>Action plans accepted</source>
        <translation>Kabul edilen hereket meýilnamalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="268" />
        <location filename="../desktop_app/services/reports/sections.py" line="385" />
        <source>Monitoring reports submitted</source>
        <translation>Tabşyrylan gözegçilik hasabatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="274" />
        <source>Overdue items</source>
        <translation>Möhleti geçenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="297" />
        <source>Executive summary</source>
        <translation>Gysgaça mazmun</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="299" />
        <source>Key figures of the reporting period compared with the previous period of equal length ({start} to {end}).</source>
        <translation>Hasabat döwrüniň esasy görkezijileri deň dowamlylykdaky öňki döwür ({start} – {end}) bilen deňeşdirilýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="310" />
        <source>No activity was recorded in this period: no new adhesions, assistance, financing decisions, Energy Days or plan submissions.</source>
        <translation>Bu döwürde hiç hili iş bellenmedi: täze goşulanlar, kömek, maliýeleşdirme kararlary, Energiýa günleri ýa-da meýilnama tabşyrmalary ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="322" />
        <source>Indicator</source>
        <translation>Görkeziji</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="323" />
        <source>This period</source>
        <translation>Şu döwür</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="324" />
        <source>Previous period</source>
        <translation>Öňki döwür</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="325" />
        <source>Change</source>
        <translation>Üýtgeşme</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="339" />
        <source>{count} financing records could not be converted to EUR for lack of an exchange rate; they are listed in section 3 and left out of the EUR totals.</source>
        <translation>{count} maliýeleşdirme ýazgysyny walýuta hümmeti bolmandygy sebäpli EUR-a öwrüp bolmady; olar 3-nji bölümde görkezilýär we EUR jemlerine goşulmaýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="54" />
        <source>No plan yet</source>
        <translation>Entek meýilnama ýok</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="60" />
        <source>1. Promotion and coordination of signatories</source>
        <translation>1. Wagyz etmek we gol çekenleri utgaşdyrmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="64" />
        <source>Signatories in the territory (end of period)</source>
        <translation>Çäkdäki gol çekenler (döwrüň ahyrynda)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="67" />
        <source>New adhesions in the period</source>
        <translation>Döwürde täze goşulanlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="69" />
        <source>Status changes in the period</source>
        <translation>Döwürde ýagdaýyň üýtgemeleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="82" />
        <source>Signatories by status</source>
        <translation>Ýagdaýy boýunça gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="87" />
        <source>Status changes</source>
        <translation>Ýagdaýyň üýtgemeleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="89" />
        <source>New status</source>
        <translation>Täze ýagdaýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="89" />
        <location filename="../desktop_app/services/reports/sections.py" line="99" />
        <source>Signatories</source>
        <translation>Gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="97" />
        <source>Signatories by country</source>
        <translation>Ýurtlar boýunça gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="120" />
        <source>2. Technical and strategic assistance</source>
        <translation>2. Tehniki we strategiki kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="137" />
        <location filename="../desktop_app/services/reports/sections.py" line="140" />
        <source>Activities by type</source>
        <translation>Görnüşleri boýunça çäreler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="172" />
        <source>Support provided (approved or disbursed): decisions</source>
        <translation>Berlen goldaw (tassyklanan ýa-da tölenen): kararlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="177" />
        <source>Rejected: decisions</source>
        <translation>Ret edilen: kararlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="180" />
        <source>Applications awaiting a decision</source>
        <translation>Karara garaşýan arzalar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="183" />
        <source>Awaiting a decision (EUR)</source>
        <translation>Karara garaşýan (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="194" />
        <source>Financial support provided by source (EUR)</source>
        <translation>Çeşmeler boýunça berlen maliýe goldawy (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="199" />
        <source>Support provided by instrument</source>
        <translation>Maliýe gurallary boýunça berlen goldaw</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="200" />
        <source>Support provided by source</source>
        <translation>Çeşmeler boýunça berlen goldaw</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="451" />
        <source>Every action the signatories' plans contain, whatever its period, by signatory.</source>
        <translation>Gol çekenleriň meýilnamalaryndaky ähli çäreler, haýsy döwre degişlidigine garamazdan, gol çekenler boýunça.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="461" />
        <source>No mitigation actions recorded.</source>
        <translation>Azaltmak boýunça çäreler girizilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="462" />
        <source>No adaptation actions recorded.</source>
        <translation>Uýgunlaşmak boýunça çäreler girizilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="205" />
        <location filename="../desktop_app/services/reports/sections.py" line="142" />
        <source>Activities</source>
        <translation>Çäreler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="155" />
        <source>Every activity of the period is listed in Annex B ({count} rows).</source>
        <translation>Döwrüň ähli çäreleri B goşundyda görkezilýär ({count} setir).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="167" />
        <source>3. Financial support</source>
        <translation>3. Maliýe goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="170" />
        <source>Financing decisions in the period</source>
        <translation>Döwürdäki maliýeleşdirme kararlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="176" />
        <source>Disbursed (EUR)</source>
        <translation>Tölenen (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="201" />
        <source>By status</source>
        <translation>Ýagdaýy boýunça</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="209" />
        <location filename="../desktop_app/services/reports/sections.py" line="245" />
        <source>Records</source>
        <translation>Ýazgylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="209" />
        <source>Amount (EUR)</source>
        <translation>Mukdary (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="222" />
        <source>Amounts in their original currencies</source>
        <translation>Asyl walýutalaryndaky mukdarlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="224" />
        <location filename="../desktop_app/services/reports/sections.py" line="243" />
        <source>Currency</source>
        <translation>Walýuta</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="232" />
        <source>Not converted: no exchange rate</source>
        <translation>Öwrülmedi: walýuta hümmeti ýok</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="234" />
        <source>These amounts are not included in the EUR totals because no exchange rate was recorded for their currency on or before the decision date.</source>
        <translation>Bu mukdarlar EUR jemlerine goşulmady, sebäbi karar senesinde ýa-da ondan öň olaryň walýutasy üçin walýuta hümmeti bellenmändir.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="267" />
        <source>4. Energy Days</source>
        <translation>4. Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="270" />
        <source>Energy Days held</source>
        <translation>Geçirilen Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="273" />
        <source>Registered as EU Sustainable Energy Days</source>
        <translation>ÝB Durnukly energiýa günleri hökmünde hasaba alnanlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="286" />
        <source>Energy Days by audience</source>
        <translation>Maksatly toparlar boýunça Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="317" />
        <source>yes</source>
        <translation>hawa</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="37" />
        <location filename="../desktop_app/services/reports/sections.py" line="290" />
        <source>Energy Days of the period</source>
        <translation>Döwrüň Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="71" />
        <source>Place</source>
        <translation>Ýeri</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="380" />
        <source>5. Reporting: plans and monitoring</source>
        <translation>5. Hasabat bermek: meýilnamalar we gözegçilik</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="386" />
        <source>Monitoring reports accepted</source>
        <translation>Kabul edilen gözegçilik hasabatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="387" />
        <source>Overdue action plans</source>
        <translation>Möhleti geçen hereket meýilnamalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="388" />
        <source>Overdue monitoring reports</source>
        <translation>Möhleti geçen gözegçilik hasabatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="399" />
        <source>Signatories by plan status</source>
        <translation>Meýilnamanyň ýagdaýy boýunça gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="404" />
        <source>Overdue items at the end of the period</source>
        <translation>Döwrüň ahyrynda möhleti geçenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="33" />
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="43" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="31" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="71" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="35" />
        <location filename="../desktop_app/services/reports/emissions_section.py" line="116" />
        <location filename="../desktop_app/services/reports/emissions_section.py" line="126" />
        <location filename="../desktop_app/services/reports/sections.py" line="406" />
        <source>Signatory</source>
        <translation>Gol çeken</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="406" />
        <source>Document</source>
        <translation>Resminama</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="419" />
        <source>all</source>
        <translation>ählisi</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="433" />
        <source>Annexes</source>
        <translation>Goşundylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="28" />
        <source>Annex A. Signatories</source>
        <translation>A goşundy. Gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="44" />
        <source>Local name</source>
        <translation>Ýerli dildäki ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="113" />
        <source>Adhesion</source>
        <translation>Goşulan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="212" />
        <source>Finance (EUR)</source>
        <translation>Maliýe goldawy (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="35" />
        <source>Annex B. Assistance activities</source>
        <translation>B goşundy. Kömek çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="27" />
        <source>Annex C. Financial support</source>
        <translation>Ç goşundy. Maliýe goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="63" />
        <source>Source</source>
        <translation>Çeşmesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="11" />
        <source>Cannot read {path}: {detail}</source>
        <translation>{path} faýlyny okap bolmady: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="12" />
        <source>{path} is larger than a submission pack can be ({limit} bytes).</source>
        <translation>{path} tabşyryş bukjasy üçin rugsat berlen göwrümden uly ({limit} baýt).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="13" />
        <source>{path} holds {count} files; a submission pack holds a few.</source>
        <translation>{path} içinde {count} faýl bar; tabşyryş bukjasynda bary-ýogy birnäçe faýl bolýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="14" />
        <source>{path} contains a file with an unsafe name: {name}</source>
        <translation>{path} içinde howply atly faýl bar: {name}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="15" />
        <source>The file {name} in the pack is too large to check.</source>
        <translation>Bukjadaky {name} faýly barlamak üçin gaty uly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="16" />
        <source>{path} contains the same file name twice.</source>
        <translation>{path} içinde bir faýl ady iki gezek bar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="17" />
        <source>{path} has no manifest.json: it is not a submission pack.</source>
        <translation>{path} içinde manifest.json ýok: bu tabşyryş bukjasy däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="18" />
        <source>The manifest in {path} is damaged or of another format.</source>
        <translation>{path} içindäki manifest zaýalanan ýa-da başga formatda.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="19" />
        <source>{path} is not a readable zip file.</source>
        <translation>{path} okap bolýan zip faýly däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="20" />
        <source>{name}: listed in the manifest but missing from the pack.</source>
        <translation>{name}: manifestde görkezilen, emma bukjada ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="21" />
        <source>{name}: changed since the pack was made (hash differs).</source>
        <translation>{name}: bukja taýýarlanandan soň üýtgedilipdir (hash gabat gelmeýär).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="22" />
        <source>{name}: in the pack but not in the manifest.</source>
        <translation>{name}: bukjada bar, emma manifestde ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="23" />
        <source>{path} is not signed: it was made before packs were signed, or its signature was removed. Its origin cannot be proven.</source>
        <translation>{path} gol çekilmedik: ol bukjalara gol çekilip başlanmazdan öň taýýarlanypdyr ýa-da onuň goly aýrylypdyr. Onuň gelip çykyşyny subut edip bolmaýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="28" />
        <source>{path}: the signature does not match the manifest. The pack was changed after it was signed (for instance re-hashed by someone else).</source>
        <translation>{path}: gol manifest bilen gabat gelmeýär. Bukja gol çekilenden soň üýtgedilipdir (meselem, başga biri heşleri täzeden hasaplapdyr).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="33" />
        <source>{path} says it was made by this database ({database}) but is signed with another key ({key_id}; this database's is {own_key_id}): it was not made here.</source>
        <translation>{path} özüni şu maglumatlar binýadynda ({database}) taýýarlanan diýip görkezýär, emma başga açar bilen gol çekilipdir ({key_id}; şu maglumatlar binýadynyňky {own_key_id}): ol bu ýerde taýýarlanmandyr.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="38" />
        <source>No exchange rate for {currency} on or before {date}: {amount} {currency} listed as unconverted.</source>
        <translation>{date} senesinde ýa-da ondan öň {currency} üçin walýuta hümmeti ýok: {amount} {currency} öwrülmedik hökmünde görkezildi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="32" />
        <source>Sent outside the app</source>
        <translation>Programmanyň daşyndan iberildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="33" />
        <source>Submission pack</source>
        <translation>Tabşyryş bukjasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="37" />
        <source>Date sent: {date} is after today ({today}); a report can only be recorded once it has been sent. Nothing was recorded.</source>
        <translation>Iberilen senesi: {date} şu günden ({today}) soň; hasabat diňe iberilenden soň bellige alnyp bilner. Hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="42" />
        <source>Period covered: it starts ({start}) after the report was sent ({sent}). Nothing was recorded.</source>
        <translation>Hasabat döwri: ol hasabat iberilenden ({sent}) soň ({start}) başlaýar. Hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="47" />
        <source>Period covered: give both the first and the last day, or neither. Nothing was recorded.</source>
        <translation>Hasabat döwri: ilkinji we soňky günüň ikisini hem görkeziň ýa-da hiç birini görkezmäň. Hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="51" />
        <source>Note: {length} characters; at most {limit} are kept. Nothing was recorded.</source>
        <translation>Bellik: {length} nyşan; iň köp {limit} nyşan saklanýar. Hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="54" />
        <source>A report sent on {date} for {start} to {end} is already recorded. Nothing was recorded.</source>
        <translation>{date} senesinde {start} — {end} döwri üçin iberilen hasabat eýýäm bellige alnan. Hiç zat ýazylmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="59" />
        <source>Annex D. Mitigation actions</source>
        <translation>D goşundy. Azaltmak boýunça çäreler</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="39" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="87" />
        <source>Action</source>
        <translation>Çäre</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="96" />
        <source>Sector</source>
        <translation>Pudak</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="166" />
        <source>Energy savings MWh/a</source>
        <translation>Energiýa tygşytlylygy, MWt·sag/ýyl</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="178" />
        <source>CO2 t/a planned</source>
        <translation>CO2 t/ýyl, meýilnama</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="196" />
        <source>CO2 t/a achieved</source>
        <translation>CO2 t/ýyl, gazanyldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/plan_contents.py" line="46" />
        <source>Mitigation actions by status</source>
        <translation>Azaltmak boýunça çäreler ýagdaýy boýunça</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="38" />
        <source>Emissions by sector, baseline vs latest, t</source>
        <translation>Pudaklar boýunça zyňyndylar: esasy we iň soňky, t</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="40" />
        <source>Baseline</source>
        <translation>Esasy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="40" />
        <source>Latest</source>
        <translation>Iň soňky</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="85" />
        <source>Emissions of the territory</source>
        <translation>Sebitiň zyňyndylary</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="87" />
        <source>Sum over the signatories of their baseline inventory and of their latest inventory; emissions computed from final energy consumption with the emission factors of table {version}.</source>
        <translation>Gol çekenleriň esasy we iň soňky hasaplarynyň jemi; zyňyndylar soňky energiýa sarp edilişinden {version} tablisasynyň zyňyndy koeffisiýentleri bilen hasaplandy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="95" />
        <source>Signatories with an emission inventory</source>
        <translation>Zyňyndylar hasaby bolan gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="96" />
        <source>Baseline emissions, t</source>
        <translation>Esasy zyňyndylar, t</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="97" />
        <source>Latest emissions, t</source>
        <translation>Iň soňky zyňyndylar, t</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="98" />
        <source>Change against the baseline</source>
        <translation>Esasy derejä görä üýtgeýiş</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="100" />
        <source>Baseline emissions per inhabitant, t</source>
        <translation>Bir ýaşaýja esasy zyňyndylar, t</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="102" />
        <source>Latest emissions per inhabitant, t</source>
        <translation>Bir ýaşaýja iň soňky zyňyndylar, t</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="103" />
        <source>Latest inventory older than {year}</source>
        <translation>Iň soňky hasaby {year} ýyldan köne</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="113" />
        <source>Signatories whose latest inventory is older than {year}</source>
        <translation>Iň soňky hasaby {year} ýyldan köne bolan gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="116" />
        <source>Latest inventory year</source>
        <translation>Iň soňky hasabyň ýyly</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="127" />
        <source>Final energy, MWh</source>
        <translation>Soňky energiýa, MWt·sag</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="128" />
        <source>Emissions, t</source>
        <translation>Zyňyndylar, t</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="137" />
        <source>No emission inventories recorded.</source>
        <translation>Zyňyndylar hasaplary girizilmedi.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="72" />
        <source>Preparing…</source>
        <translation>Taýýarlanýar…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="102" />
        <source>Counting the key figures…</source>
        <translation>Esasy görkezijiler hasaplanýar…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="103" />
        <source>Reading the records…</source>
        <translation>Ýazgylar okalýar…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="104" />
        <source>Laying out the pages…</source>
        <translation>Sahypalar ýerleşdirilýär…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="105" />
        <source>Writing the report…</source>
        <translation>Hasabat ýazylýar…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="106" />
        <source>Writing the workbook…</source>
        <translation>Excel faýly ýazylýar…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="107" />
        <source>Writing the manifest…</source>
        <translation>Manifest ýazylýar…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="108" />
        <source>Done</source>
        <translation>Taýýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="118" />
        <source>Cancelling…</source>
        <translation>Ýatyrylýar…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="84" />
        <source>Report to the Commission (PDF)…</source>
        <translation>Ýewropa Toparyna hasabat (PDF)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="85" />
        <source>Signatory fact sheets (PDF)…</source>
        <translation>Gol çekenleriň maglumat sahypalary (PDF)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="86" />
        <source>Prepare submission…</source>
        <translation>Tabşyryşy taýýarla…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="87" />
        <source>Verify a submission pack…</source>
        <translation>Tabşyryş bukjasyny barla…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="77" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="94" />
        <source>From</source>
        <translation>Döwrüň başy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="78" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="95" />
        <source>To</source>
        <translation>Döwrüň soňy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="96" />
        <source>Report language</source>
        <translation>Hasabatyň dili</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="100" />
        <source>Report to the European Commission</source>
        <translation>Ýewropa Toparyna hasabat</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="109" />
        <source>Sent on</source>
        <translation>Iberilen senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="109" />
        <source>Period covered</source>
        <translation>Hasabat döwri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="109" />
        <source>How</source>
        <translation>Usuly</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="109" />
        <source>Note or file</source>
        <translation>Bellik ýa-da faýl</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="116" />
        <source>Record a report sent to the Commission…</source>
        <translation>Ýewropa Toparyna iberilen hasabaty bellige almak…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="118" />
        <source>Reports sent to the Commission</source>
        <translation>Ýewropa Toparyna iberilen hasabatlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="128" />
        <source>Change</source>
        <translation>Üýtgeşme</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="128" />
        <source>Record type</source>
        <translation>Ýazgynyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="128" />
        <source>Record</source>
        <translation>Ýazgy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="128" />
        <source>Fields</source>
        <translation>Meýdanlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="137" />
        <source>Refresh</source>
        <translation>Täzele</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="139" />
        <source>Changed since the last submission</source>
        <translation>Soňky tabşyryşdan bäri üýtgedilenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="162" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="170" />
        <source>Reports</source>
        <translation>Hasabatlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="206" />
        <source>Save the report</source>
        <translation>Hasabaty ýatda saklamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="206" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="241" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF faýllary (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="211" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="223" />
        <source>Report to the Commission</source>
        <translation>Ýewropa Toparyna hasabat</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="241" />
        <source>Save the fact sheets</source>
        <translation>Maglumat sahypalaryny ýatda saklamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="248" />
        <source>Signatory fact sheets</source>
        <translation>Gol çekenleriň maglumat sahypalary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="261" />
        <source>Folder for the submission pack</source>
        <translation>Tabşyryş bukjasy üçin papka</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="265" />
        <source>Prepare submission</source>
        <translation>Tabşyryşy taýýarlamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="285" />
        <source>No report to the Commission has been recorded yet.</source>
        <translation>Ýewropa Toparyna iberilen hasabat entek bellige alynmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="287" />
        <source>Last report sent on {date}.</source>
        <translation>Iň soňky hasabat {date} senesinde iberildi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="289" />
        <source>The next coordinator report was due on {due}: overdue.</source>
        <translation>Utgaşdyryjynyň indiki hasabatynyň möhleti {due} senesinde gutardy: möhleti geçdi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="292" />
        <source>Next coordinator report due: {due}</source>
        <translation>Utgaşdyryjynyň indiki hasabatynyň möhleti: {due}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="311" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="321" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="326" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="332" />
        <source>Verify a submission pack</source>
        <translation>Tabşyryş bukjasyny barlamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="311" />
        <source>Submission packs (*.zip)</source>
        <translation>Tabşyryş bukjalary (*.zip)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="327" />
        <source>The pack matches its manifest: nothing was changed.</source>
        <translation>Bukja öz manifestine laýyk gelýär: hiç zat üýtgedilmändir.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="342" />
        <source>No submission has been prepared yet.</source>
        <translation>Entek hiç hili tabşyryş taýýarlanmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="346" />
        <source>Since the submission of {when} ({file}): {count} changes</source>
        <translation>{when} senesindäki tabşyryşdan bäri ({file}): {count} üýtgeşme</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="353" />
        <source>Added</source>
        <translation>Goşuldy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="354" />
        <source>Changed</source>
        <translation>Üýtgedildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="355" />
        <source>Deleted</source>
        <translation>Pozuldy</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="91" />
        <location filename="../desktop_app/ui/account.py" line="51" />
        <source>viewer</source>
        <translation>synçy</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="92" />
        <location filename="../desktop_app/ui/account.py" line="52" />
        <source>editor</source>
        <translation>redaktor</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="93" />
        <location filename="../desktop_app/ui/account.py" line="53" />
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="95" />
        <location filename="../desktop_app/ui/account.py" line="55" />
        <source>no role</source>
        <translation>rolsuz</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/saved_notice.py" line="32" />
        <source>Saved to {path}</source>
        <translation>Ýazyldy: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/saved_notice.py" line="36" />
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/saved_notice.py" line="37" />
        <source>Show &amp;folder</source>
        <translation>Bukjany &amp;görkez</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/saved_notice.py" line="38" />
        <source>&amp;Close</source>
        <translation>&amp;Ýap</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="45" />
        <source>Getting started</source>
        <translation>Işe başlamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="50" />
        <source>Dashboard</source>
        <translation>Umumy syn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="55" />
        <source>Coordinator profile</source>
        <translation>Utgaşdyryjynyň maglumatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="60" />
        <source>Signatories</source>
        <translation>Gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="65" />
        <source>Action plans and monitoring</source>
        <translation>Hereket meýilnamalary we gözegçilik</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="70" />
        <source>Assistance</source>
        <translation>Berlen kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="75" />
        <source>Energy Days</source>
        <translation>Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="80" />
        <source>Finance</source>
        <translation>Maliýe goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="85" />
        <source>Exchange rates</source>
        <translation>Walýuta hümmetleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="90" />
        <source>Reports</source>
        <translation>Hasabatlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="95" />
        <source>Sync conflicts</source>
        <translation>Sinhronlaşdyrma gapma-garşylyklary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="100" />
        <source>Trash</source>
        <translation>Sebet</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="59" />
        <source>{name!r} cannot be a user name: use lower-case Latin letters, digits, '.', '-' or '_', starting with a letter, at most 63 characters, not beginning with pg_ or cd_.</source>
        <translation>{name!r} ulanyjy ady bolup bilmez: kiçi latyn harplaryny, sanlary, «.», «-» ýa-da «_» ulanyň, birinji harp bolmaly, iň köp 63 nyşan, pg_ ýa-da cd_ bilen başlamaly däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="64" />
        <source>{role!r} is not a role; use viewer, editor or admin.</source>
        <translation>{role!r} rol däl; viewer (synçy), editor (redaktor) ýa-da admin (administrator) görkeziň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="65" />
        <source>A user or role named {name} already exists on this server; nothing was changed. Choose another name.</source>
        <translation>Bu serwerde {name} atly ulanyjy ýa-da rol eýýäm bar; hiç zat üýtgedilmedi. Başga at saýlaň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="70" />
        <source>{name} is not a user of this office database; nothing was changed (see: server user list).</source>
        <translation>{name} bu ofisiň maglumatlar binýadynyň ulanyjysy däl; hiç zat üýtgedilmedi (serediň: server user list).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="75" />
        <source>You cannot change your own account ({name}); ask another admin. Nothing was changed.</source>
        <translation>Öz hasabyňyzy ({name}) üýtgedip bilmersiňiz; başga administratordan haýyş ediň. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="79" />
        <source>The password is empty; nothing was changed.</source>
        <translation>Açar söz boş; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="80" />
        <source>{location} is not a PostgreSQL database; accounts exist only on an office server (--database postgresql+psycopg://user@host/database).</source>
        <translation>{location} PostgreSQL maglumatlar binýady däl; hasaplar diňe ofis serwerinde bolýar (--database postgresql+psycopg://ulanyjy@serwer/binýat).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="85" />
        <source>{location} has not been prepared as an office server; run: coordinator-desk --database URL server init</source>
        <translation>{location} heniz ofis serweri hökmünde taýýarlanmady; ýerine ýetiriň: coordinator-desk --database URL server init</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="90" />
        <source>server init must be run by a PostgreSQL superuser or a role that may create roles and owns the database; {login} may not. Nothing was changed.</source>
        <translation>server init buýrugyny PostgreSQL-iň superulanyjysy ýa-da rollary döredip bilýän we maglumatlar binýadynyň eýesi bolan rol işletmeli; {login} muny edip bilmeýär. Hiç zat üýtgedilmedi.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/sign_in.py" line="91" />
        <source>Sign in to the office server</source>
        <translation>Ofis serwerine girmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/sign_in.py" line="95" />
        <source>The server did not accept the password; try again.</source>
        <translation>Serwer açar sözi kabul etmedi; täzeden synanyşyň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/sign_in.py" line="100" />
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/sign_in.py" line="101" />
        <source>User:</source>
        <translation>Ulanyjy:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/sign_in.py" line="105" />
        <source>&amp;Password:</source>
        <translation>&amp;Açar söz:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/sign_in.py" line="109" />
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Ulgamyň açar sözler ammarynda ýatda saklamak</translation>
    </message>
</context>
<context>
    <name>SignatoryForm</name>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="27" />
        <source>Plans</source>
        <translation>Meýilnamalar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="27" />
        <source>Monitoring</source>
        <translation>Gözegçilik</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="27" />
        <source>Extensions</source>
        <translation>Uzaltmalar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="36" />
        <source>Assistance</source>
        <translation>Kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="28" />
        <source>Finance</source>
        <translation>Maliýe</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="38" />
        <source>Energy Days</source>
        <translation>Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="50" />
        <source>Save first</source>
        <translation>Ilki ýatda saklaň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="51" />
        <source>Save the signatory first, then add its records.</source>
        <translation>Ilki gol çekeni ýatda saklaň, soňra onuň ýazgylaryny goşuň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="100" />
        <source>Possible duplicate</source>
        <translation>Gaýtalanýan bolmagy mümkin</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="102" />
        <source>{country} already has a signatory with this name:
{names}

Open the existing record instead?</source>
        <translation>{country} boýunça bu atly gol çeken eýýäm bar:
{names}

Täze ýazgynyň ýerine bar bolanyny açmalymy?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="109" />
        <source>&amp;Open the existing one</source>
        <translation>Bar bolanyny &amp;aç</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="112" />
        <source>&amp;Save as a new signatory</source>
        <translation>Täze gol çeken hökmünde ýatda &amp;sakla</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="39" />
        <source>Inventories</source>
        <translation>Hasaplar</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="57" />
        <source>Mitigation actions</source>
        <translation>Azaltmak çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="29" />
        <source>Adaptation actions</source>
        <translation>Uýgunlaşmak çäreleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="36" />
        <source>Climate risks</source>
        <translation>Howa töwekgelçilikleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="30" />
        <source>Energy poverty</source>
        <translation>Energiýa garyplygy</translation>
    </message>
</context>
<context>
    <name>SignatoryPicker</name>
    <message>
        <location filename="../desktop_app/ui/widgets/signatory_picker.py" line="119" />
        <source>Type a few letters of the name</source>
        <translation>Adynyň birnäçe harpyny ýazyň</translation>
    </message>
</context>
<context>
    <name>SignatoryTable</name>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="31" />
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="32" />
        <source>Local name</source>
        <translation>Ýerli dildäki ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="33" />
        <source>Country</source>
        <translation>Ýurt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="34" />
        <source>Region</source>
        <translation>Sebit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="35" />
        <source>Population</source>
        <translation>Ilat sany</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="36" />
        <source>Adhesion date</source>
        <translation>Goşulan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="37" />
        <source>Framework</source>
        <translation>Borçnamanyň möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="38" />
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="39" />
        <source>Fill in the coordinator profile</source>
        <translation>Utgaşdyryjynyň profilini dolduryň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="40" />
        <source>Your office's name, country and contact, and the dates of its path to Covenant Coordinator: the report to the Commission starts from them.</source>
        <translation>Edaraňyzyň ady, ýurdy we habarlaşmak maglumatlary, şeýle hem onuň Bileleşigiň utgaşdyryjysy bolmak ýolunyň seneleri: Ýewropa Toparyna hasabat şolardan başlaýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="47" />
        <source>Bring in your signatories</source>
        <translation>Gol çekenleri getiriň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="48" />
        <source>From the Covenant's official open data (the df1_signatories workbook: keep one territory with a filter) or from your office's own sheet. The import wizard matches the columns and shows every row before anything is written.</source>
        <translation>Bileleşigiň resmi açyk maglumatlaryndan (df1_signatories kitaby: süzgüç bilen bir sebiti galdyryň) ýa-da edaraňyzyň öz tablisasyndan. Import ussady sütünleri deňeşdirýär we bir zat ýazylmazdan öň her setiri görkezýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="56" />
        <source>Add exchange rates</source>
        <translation>Walýuta hümmetlerini goşuň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="57" />
        <source>Units of your currency per euro, by date, so financial support is reported in EUR.</source>
        <translation>Maliýe goldawy hasabatda EUR-da görkezilmegi üçin bir ýewro üçin walýutaňyzyň birligi, senesi boýunça.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="63" />
        <source>Record the first assistance activity</source>
        <translation>Ilkinji kömek çäresini giriziň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="64" />
        <source>Technical or strategic help, a training, a study visit: the support the Commission asks coordinators to report.</source>
        <translation>Tehniki ýa-da strategiki kömek, okuw, tanyşlyk sapary: Ýewropa Toparynyň utgaşdyryjylardan hasabat bermegi soraýan goldawy.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="121" />
        <source>done</source>
        <translation>ýerine ýetirildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="121" />
        <source>to do</source>
        <translation>edilmeli</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="123" />
        <source>Done</source>
        <translation>Ýerine ýetirildi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="123" />
        <source>Not done yet</source>
        <translation>Entek ýerine ýetirilmedi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="147" />
        <source>Getting started</source>
        <translation>Işe başlamak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="153" />
        <source>Four steps take a new office from an empty database to its first report to the Commission. Each is ticked as soon as its records are in, however they got there.</source>
        <translation>Dört ädim täze edarany boş maglumatlar binýadyndan Ýewropa Toparyna ilkinji hasabata çenli alyp barýar. Her ädim, ýazgylary nähili girizilendigine garamazdan, girizilen badyna bellenýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="173" />
        <source>Explore a demo office first</source>
        <translation>Ilki görkezme edarasy bilen tanşyň</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="176" />
        <source>An invented office with signatories, plans, reports, finance and Energy Days, in a file of its own: your office's database is not touched. File &gt; Recent databases brings you back here.</source>
        <translation>Gol çekenleri, meýilnamalary, hasabatlary, maliýeleşdirmesi we Energiýa günleri bolan oýlanyp tapylan edara, aýratyn faýlda: edaraňyzyň maglumatlar binýadyna degilmeýär. “Faýl &gt; Soňky maglumatlar binýatlary” arkaly şu ýere gaýdyp gelip bilersiňiz.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="186" />
        <source>E&amp;xplore a demo office</source>
        <translation>Görkezme &amp;edarasyny aç</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="209" />
        <source>Open the &amp;profile</source>
        <translation>&amp;Profili aç</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="212" />
        <source>Shows the coordinator profile form</source>
        <translation>Utgaşdyryjynyň profiliniň formasyny görkezýär</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="216" />
        <source>&amp;Import from Excel...</source>
        <translation>Excel-den &amp;import et...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="219" />
        <source>Opens the import wizard for the open data workbook or your own sheet</source>
        <translation>Açyk maglumatlar kitaby ýa-da öz tablisaňyz üçin import ussadyny açýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="223" />
        <source>Add a &amp;signatory...</source>
        <translation>&amp;Gol çekeni goş...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="226" />
        <source>Opens a blank signatory form</source>
        <translation>Gol çekeniň boş formasyny açýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="230" />
        <source>Add an exchange &amp;rate...</source>
        <translation>Walýuta &amp;hümmetini goş...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="233" />
        <source>Opens a blank exchange rate form</source>
        <translation>Walýuta hümmetiniň boş formasyny açýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="237" />
        <source>Record an &amp;activity...</source>
        <translation>&amp;Çäre giriz...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="240" />
        <source>Opens a blank assistance activity form</source>
        <translation>Kömek çäresiniň boş formasyny açýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="260" />
        <source>Reading what is recorded...</source>
        <translation>Girizilen maglumatlar okalýar...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="271" />
        <source>All four steps are done: the Dashboard now follows your office.</source>
        <translation>Dört ädimiň hemmesi ýerine ýetirildi: indi “Umumy syn” edaraňyzyň işini görkezýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="275" />
        <source>{done} of {total} steps done.</source>
        <translation>{total} ädimden {done} sanysy ýerine ýetirildi.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop_app/services/sync/inbox.py" line="186" />
        <source>Record kept or deleted</source>
        <translation>Ýazgy saklanýar ýa-da pozulýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/sync/shown.py" line="93" />
        <source>in the Trash</source>
        <translation>sebetde</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/sync/shown.py" line="93" />
        <source>kept</source>
        <translation>saklanýar</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/sync/shown.py" line="105" />
        <location filename="../desktop_app/services/sync/shown.py" line="114" />
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/sync/shown.py" line="118" />
        <source>Yes</source>
        <translation>Hawa</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/sync/shown.py" line="118" />
        <source>No</source>
        <translation>Ýok</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="48" />
        <source>Search (Ctrl+F)</source>
        <translation>Gözleg (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="49" />
        <source>Search</source>
        <translation>Gözleg</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="51" />
        <source>&amp;Restore</source>
        <translation>&amp;Dikelt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="55" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Täzele</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="64" />
        <source>Deleted records</source>
        <translation>Pozulan ýazgylar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="137" />
        <source>The Trash is empty. Records you delete wait here, with what went along with them, until you restore them.</source>
        <translation>Sebet boş. Pozan ýazgylaryňyz, olar bilen bile gelenler bilen, siz dikeldýänçäňiz şu ýerde saklanýar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/trash_page.py" line="143" />
        <source>%n deleted records</source>
        <translation><numerusform>%n pozulan ýazgy</numerusform><numerusform>%n pozulan ýazgy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/trash_page.py" line="145" />
        <source>{shown} of %n deleted records</source>
        <translation><numerusform>%n pozulan ýazgydan {shown} sanysy</numerusform><numerusform>%n pozulan ýazgydan {shown} sanysy</numerusform></translation>
    </message>
</context>
<context>
    <name>TrashTable</name>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="25" />
        <source>Record type</source>
        <translation>Ýazgynyň görnüşi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="26" />
        <source>Record</source>
        <translation>Ýazgy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="27" />
        <source>Moved to Trash</source>
        <translation>Sebede geçirilen wagty</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="28" />
        <source>By</source>
        <translation>Kim tarapyndan</translation>
    </message>
</context>
<context>
    <name>TrashWords</name>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="18" />
        <source>%n action plans</source>
        <translation><numerusform>%n hereket meýilnamasy</numerusform><numerusform>%n hereket meýilnamasy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="19" />
        <source>%n monitoring reports</source>
        <translation><numerusform>%n gözegçilik hasabaty</numerusform><numerusform>%n gözegçilik hasabaty</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="20" />
        <source>%n deadline extensions</source>
        <translation><numerusform>%n möhlet uzaltmasy</numerusform><numerusform>%n möhlet uzaltmasy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="21" />
        <source>%n finance records</source>
        <translation><numerusform>%n maliýe ýazgysy</numerusform><numerusform>%n maliýe ýazgysy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="22" />
        <source>%n links to coordinators</source>
        <translation><numerusform>utgaşdyryjylar bilen %n baglanyşyk</numerusform><numerusform>utgaşdyryjylar bilen %n baglanyşyk</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="23" />
        <source>%n links to assistance activities</source>
        <translation><numerusform>kömek çäreleri bilen %n baglanyşyk</numerusform><numerusform>kömek çäreleri bilen %n baglanyşyk</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="26" />
        <source>%n links to Energy Days</source>
        <translation><numerusform>Energiýa günleri bilen %n baglanyşyk</numerusform><numerusform>Energiýa günleri bilen %n baglanyşyk</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/trash_words.py" line="40" />
        <source>Move this record to the Trash?</source>
        <translation>Bu ýazgyny Sebede geçirmelimi?</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="42" />
        <source>Move %n records to the Trash?</source>
        <translation><numerusform>%n ýazgyny Sebede geçirmelimi?</numerusform><numerusform>%n ýazgyny Sebede geçirmelimi?</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/trash_words.py" line="45" />
        <source>With it go: {records}.</source>
        <translation>Onuň bilen bile geçirilýär: {records}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/trash_words.py" line="46" />
        <source>You can restore them all from the Trash.</source>
        <translation>Olaryň hemmesini Sebetden dikeldip bolýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/trash_words.py" line="48" />
        <source>You can restore it from the Trash.</source>
        <translation>Ony Sebetden dikeldip bolýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/trash_words.py" line="50" />
        <source>You can restore them from the Trash.</source>
        <translation>Olary Sebetden dikeldip bolýar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="56" />
        <source>%n records restored.</source>
        <translation><numerusform>%n ýazgy dikeldildi.</numerusform><numerusform>%n ýazgy dikeldildi.</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/trash_words.py" line="59" />
        <source>With them came back: {records}.</source>
        <translation>Olar bilen bile dikeldildi: {records}.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="57" />
        <source>Undo</source>
        <translation>Yzyna almak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="106" />
        <source>Create “{name}”</source>
        <translation>«{name}» döret</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="106" />
        <source>Edit “{name}”</source>
        <translation>«{name}» üýtget</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="125" />
        <source>someone else</source>
        <translation>başga biri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="128" />
        <source>The record was changed by {user} after this save; nothing was undone. Open it to see the current values. {fields}</source>
        <translation>Bu ýatda saklanandan soň ýazgy {user} tarapyndan üýtgedildi; hiç zat yzyna alynmady. Häzirki bahalary görmek üçin ony açyň. {fields}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="137" />
        <source>The earlier values can no longer be saved; nothing was undone.</source>
        <translation>Öňki bahalary indi ýatda saklap bolmaýar; hiç zat yzyna alynmady.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="159" />
        <source>Restore “{name}”</source>
        <translation>«{name}» dikelt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="161" />
        <source>Move “{name}” to the Trash</source>
        <translation>«{name}» sebede geçir</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/undo.py" line="166" />
        <source>Restore %n records</source>
        <translation><numerusform>%n ýazgyny dikelt</numerusform><numerusform>%n ýazgyny dikelt</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/undo.py" line="168" />
        <source>Move %n records to the Trash</source>
        <translation><numerusform>%n ýazgyny sebede geçir</numerusform><numerusform>%n ýazgyny sebede geçir</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="230" />
        <source>Restore from the Trash</source>
        <translation>Sebetden dikeltmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo_actions.py" line="51" />
        <source>&amp;Redo: {action}</source>
        <translation>&amp;Gaýtala: {action}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo_actions.py" line="51" />
        <source>&amp;Undo: {action}</source>
        <translation>&amp;Yzyna al: {action}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo_actions.py" line="54" />
        <source>&amp;Redo</source>
        <translation>&amp;Gaýtala</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo_actions.py" line="54" />
        <source>&amp;Undo</source>
        <translation>&amp;Yzyna al</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="50" />
        <source>{field} is required.</source>
        <translation>«{field}» hökman doldurylmaly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="51" />
        <source>{field} is empty; please fill it in.</source>
        <translation>«{field}» boş; ony dolduryň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="52" />
        <source>Without the adhesion date the plan deadline cannot be computed.</source>
        <translation>Goşulan senesi bolmasa, meýilnamanyň möhletini hasaplap bolmaýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="55" />
        <source>{field} must be a number, not "{value}".</source>
        <translation>«{field}» san bolmaly, «{value}» däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="56" />
        <source>{field} must be a whole number, not "{value}".</source>
        <translation>«{field}» bitin san bolmaly, «{value}» däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="57" />
        <source>{field} must be a date, not "{value}".</source>
        <translation>«{field}» sene bolmaly, «{value}» däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="60" />
        <source>{field}: "{value}" is not a number; type it like {example}.</source>
        <translation>«{field}»: «{value}» san däl; şeýle ýazyň: {example}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="61" />
        <source>{field}: "{value}" could be {one} or {other}; type it as one of these.</source>
        <translation>«{field}»: «{value}» {one} hem, {other} hem bolup biler; şolaryň birini ýazyň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="64" />
        <source>{field} keeps at most {places} decimal places; "{value}" has more.</source>
        <translation>«{field}» onluk böleginde iň köp {places} san bolup biler; «{value}» mundan köp.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="67" />
        <source>{field}: "{value}" is not a date; type it like {example} or {iso}.</source>
        <translation>«{field}»: «{value}» sene däl; şeýle ýazyň: {example} ýa-da {iso}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="70" />
        <source>{field}: "{value}" is not a whole date; type the day, the month and the year in four digits, like {example}.</source>
        <translation>«{field}»: «{value}» doly sene däl; güni, aýy we ýyly dört san bilen ýazyň, meselem: {example}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="75" />
        <source>{field}: there is no such day as "{value}".</source>
        <translation>«{field}»: «{value}» ýaly gün ýok.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="76" />
        <source>{field} must be a date in the years {min} to {max}.</source>
        <translation>«{field}» {min}–{max} ýyllaryň arasyndaky sene bolmaly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="77" />
        <source>{field} must be a list of choices.</source>
        <translation>«{field}» saýlawlaryň sanawy bolmaly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="78" />
        <source>{field} is {length} characters long; at most {max} are allowed.</source>
        <translation>«{field}» {length} nyşandan ybarat; iň köp {max} nyşana rugsat berilýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="79" />
        <source>{field}: "{value}" is not one of the choices.</source>
        <translation>«{field}»: «{value}» saýlawlaryň biri däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="80" />
        <source>{field} ({value}) must not be earlier than {other_field} ({other}).</source>
        <translation>«{field}» ({value}) «{other_field}» ({other}) senesinden ir bolmaly däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="83" />
        <source>{field} ({value}) is in the future.</source>
        <translation>«{field}» ({value}) geljekdäki sene.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="84" />
        <source>{field} must be greater than zero.</source>
        <translation>«{field}» noldan uly bolmaly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="85" />
        <source>{field} must not be negative.</source>
        <translation>«{field}» otrisatel bolmaly däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="86" />
        <source>{field} must be a year from {min} to {max}.</source>
        <translation>«{field}» {min} bilen {max} aralygyndaky ýyl bolmaly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="87" />
        <source>{field} must be a year from {min} to {max}, the year the plan was submitted; {value} was given.</source>
        <translation>«{field}» {min} bilen meýilnamanyň tabşyrylan ýyly bolan {max} aralygyndaky ýyl bolmaly; {value} girizildi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="92" />
        <source>{field} must be between 0 and 100.</source>
        <translation>«{field}» 0 bilen 100 aralygynda bolmaly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="93" />
        <source>{field} must be between {min} and {max} degrees; {value} was given.</source>
        <translation>«{field}» {min} bilen {max} dereje aralygynda bolmaly; {value} girizildi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="96" />
        <source>{field} is {value} %, below the {minimum} % minimum of the {framework} commitment.</source>
        <translation>«{field}» {value} %, bu bolsa {framework} borçnamasynyň iň az {minimum} % talabyndan pes.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="100" />
        <source>{field} ({value}) is more than the amount ({amount}).</source>
        <translation>«{field}» ({value}) mukdardan ({amount}) köp.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="103" />
        <source>{field} must be a three-letter ISO 4217 code in capitals such as EUR, not "{value}".</source>
        <translation>«{field}» EUR ýaly baş harplar bilen ýazylan üç harply ISO 4217 kody bolmaly, «{value}» däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="107" />
        <source>{field}: {value} is not one of the usual currencies; check the code.</source>
        <translation>«{field}»: {value} adaty walýutalaryň biri däl; kody barlaň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="110" />
        <source>{field}: "{value}" is not a known country.</source>
        <translation>«{field}»: «{value}» belli ýurt däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="111" />
        <source>{field} does not look like an e-mail address.</source>
        <translation>«{field}» e-poçta salgysyna meňzemeýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="112" />
        <source>The baseline inventory covers {count} of the 4 key sectors (municipal, tertiary, residential, transport); at least {minimum} are expected.</source>
        <translation>Esasy zyňyndylar hasaby 4 esasy pudagyň (şäher häkimligi, hyzmat ulgamy, ýaşaýyş jaýlary, ulag) {count} sanysyny öz içine alýar; iň az {minimum} pudak bolmaly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="117" />
        <source>The inventory has energy figures for {count} of the 4 key sectors (municipal, tertiary, residential, transport); the Covenant asks for at least {minimum}. Missing: {missing}.</source>
        <translation>Hasapda 4 esasy pudagyň {count} sanysy boýunça energiýa maglumatlary bar (şäher häkimligi, hyzmat ulgamy, ýaşaýyş jaýlary, ulag); Bileleşik azyndan {minimum} sanysyny talap edýär. Ýetmeýänler: {missing}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="123" />
        <source>{field}: "{value}" is not a sector and energy carrier of the grid.</source>
        <translation>{field}: «{value}» tablisanyň pudagy we energiýa göterijisi däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="126" />
        <source>{field}: "{value}" ({sector}, {carrier}) is not a number.</source>
        <translation>{field}: «{value}» ({sector}, {carrier}) san däl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="129" />
        <source>{field}: {sector}, {carrier} is negative ({value} MWh).</source>
        <translation>{field}: {sector}, {carrier} otrisatel ({value} MWt·sag).</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="132" />
        <source>No emission factor for {carriers}: that energy is not counted in the emissions. Enter a local factor (or the local production) to count it.</source>
        <translation>{carriers} üçin zyňyndy koeffisiýenti ýok: bu energiýa zyňyndylarda hasaba alynmady. Hasaba almak üçin ýerli koeffisiýenti (ýa-da ýerli önümçiligi) giriziň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="137" />
        <source>{field} is {stated}, but the grid gives {computed}: more than 1 % apart. Check the figures.</source>
        <translation>{field}: {stated}, emma tablisa boýunça {computed} çykýar: tapawut 1 %-den köp. Sanlary barlaň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="142" />
        <source>Actions cover {count} key sector(s); actions in at least {minimum} are expected.</source>
        <translation>Hereketler {count} esasy pudagy öz içine alýar; iň az {minimum} pudakda hereketler bolmaly.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="146" />
        <source>The action is completed but {field} is empty: enter what monitoring found.</source>
        <translation>Çäre tamamlandy, emma «{field}» boş: gözegçiligiň netijesini giriziň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="150" />
        <source>A {plan_type} needs a climate risk and vulnerability assessment.</source>
        <translation>{plan_type} üçin howanyň üýtgemegi bilen bagly töwekgelçilik we ejizlik bahalandyrmasy gerek.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="154" />
        <source>The plan was submitted but its council approval date is empty.</source>
        <translation>Meýilnama tabşyryldy, emma geňeşiň ony tassyklan senesi boş.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="157" />
        <source>The status is "{status}" but {field} is empty.</source>
        <translation>Ýagdaýy «{status}», emma «{field}» boş.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="158" />
        <source>An Energy Day registered with the EU Sustainable Energy Week needs at least {minimum} participants; {value} recorded.</source>
        <translation>ÝB Durnukly energiýa hepdeliginde hasaba alnan Energiýa gününe iň az {minimum} gatnaşyjy gerek; {value} bellendi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="163" />
        <source>Select the signatories reached, or mark the activity as reaching all signatories.</source>
        <translation>Gurşalan gol çekenleri saýlaň ýa-da çäräniň ähli gol çekenleri öz içine alýandygyny belläň.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="167" />
        <source>EUR needs no exchange rate; it always counts as 1.</source>
        <translation>EUR üçin walýuta hümmeti gerek däl; ol elmydama 1 hasaplanýar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="168" />
        <source>Full reporting includes a monitoring emission inventory; {field} is empty.</source>
        <translation>Doly hasabat gözegçilik zyňyndylar hasabyny öz içine alýar; «{field}» boş.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="171" />
        <source>This signatory already has {count} extension(s) for this deadline; normally only one is granted.</source>
        <translation>Bu gol çekeniň bu möhlet üçin eýýäm {count} uzaltmasy bar; adatça diňe biri berilýär.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../desktop_app/ui/forms/values.py" line="56" />
        <source>Yes</source>
        <translation>Hawa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/values.py" line="56" />
        <source>No</source>
        <translation>Ýok</translation>
    </message>
</context>
<context>
    <name>WholeSpinBox</name>
    <message>
        <location filename="../desktop_app/ui/widgets/whole_spin_box.py" line="85" />
        <source>{field} must be a whole number from {min} to {max}.</source>
        <translation>«{field}» {min} bilen {max} aralygyndaky bitin san bolmaly.</translation>
    </message>
</context>
</TS>
