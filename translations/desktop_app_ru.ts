<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
        <translation>Учёт и отчётность координатора Соглашения мэров без подключения к интернету.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="27" />
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="29" />
        <source>Qt {qt}, PySide6 {pyside}</source>
        <translation>Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="34" />
        <source>Database: {location}</source>
        <translation>База данных: {location}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="43" />
        <source>About Coordinator Desk</source>
        <translation>О программе Coordinator Desk</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <location filename="../desktop_app/ui/account.py" line="70" />
        <source>Signed in as {login} ({role})</source>
        <translation>Вход выполнен: {login} ({role})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/account.py" line="74" />
        <source>Your account on the office server and its role</source>
        <translation>Ваша учётная запись на офисном сервере и её роль</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/account.py" line="126" />
        <source>Read only: {login} is a viewer.</source>
        <translation>Только просмотр: у {login} роль «наблюдатель».</translation>
    </message>
</context>
<context>
    <name>BackupWindow</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="39" />
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="40" />
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="41" />
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="42" />
        <source>Before a bulk delete</source>
        <translation>Перед массовым удалением</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="43" />
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="44" />
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="76" />
        <source>Backup and restore</source>
        <translation>Резервное копирование и восстановление</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="83" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="84" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="85" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="86" />
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="87" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="102" />
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="103" />
        <source>Restore selected...</source>
        <translation>Восстановить выбранную...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="104" />
        <source>Restore from file...</source>
        <translation>Восстановить из файла...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="137" />
        <source>Restoring a backup needs the admin role; {login} is signed in as {role}. An admin of the office server can restore one, or give you that role.</source>
        <translation>Для восстановления резервной копии нужна роль «администратор»; {login} вошёл(-ла) с ролью «{role}». Восстановить копию может администратор офисного сервера — или он может дать вам эту роль.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="146" />
        <source>Backups are kept in: {folders}</source>
        <translation>Резервные копии хранятся в: {folders}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="159" />
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="180" />
        <source>History entries</source>
        <translation>Записи истории изменений</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="198" />
        <source>Backup written: {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="209" />
        <source>Restore from a backup file</source>
        <translation>Восстановление из файла резервной копии</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="211" />
        <source>Backups (*.sqlite3 *.cdenc);;All files (*)</source>
        <translation>Резервные копии (*.sqlite3 *.cdenc);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="219" />
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="221" />
        <source>Replace all records with those in {name}? The current data is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Заменить все записи записями из {name}? Сначала будет создана резервная копия текущих данных, поэтому это действие можно отменить, восстановив её.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="237" />
        <source>Another office's backup</source>
        <translation>Резервная копия другой организации</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="239" />
        <source>{name} is a backup of another office's database: {theirs}. This database is {ours}. Restoring it replaces all of this office's records with the other office's. Restore it anyway?</source>
        <translation>{name} — резервная копия базы данных другой организации: {theirs}. Эта база данных — {ours}. Восстановление заменит все записи этой организации записями другой. Всё равно восстановить?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="261" />
        <source>Encrypted backup</source>
        <translation>Зашифрованная резервная копия</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="300" />
        <source>Restored: {inserted} records added, {changed} changed, {removed} removed.</source>
        <translation>Восстановлено. Добавлено записей: {inserted}, изменено: {changed}, удалено: {removed}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="331" />
        <source>Working...</source>
        <translation>Выполняется...</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../desktop_app/command_line.py" line="36" />
        <source>SQLite file or SQLAlchemy URL (default: the file in the data folder)</source>
        <translation>файл SQLite или URL SQLAlchemy (по умолчанию — файл в папке данных)</translation>
    </message>
    <message>
        <location filename="../desktop_app/command_line.py" line="41" />
        <source>interface and message language</source>
        <translation>язык интерфейса и сообщений</translation>
    </message>
    <message>
        <location filename="../desktop_app/command_line.py" line="46" />
        <source>ask for the database server's password (never give it in --database; PGPASSWORD or a pgpass file work too)</source>
        <translation>запросить пароль сервера базы данных (никогда не указывайте его в --database; подойдут также PGPASSWORD или файл pgpass)</translation>
    </message>
    <message>
        <location filename="../desktop_app/command_line.py" line="58" />
        <source>Coordinator Desk: records and reports of a Covenant Coordinator.</source>
        <translation>Coordinator Desk: учёт и отчётность Координатора Соглашения.</translation>
    </message>
    <message>
        <location filename="../desktop_app/command_line.py" line="65" />
        <source>open the main window, fill the first list, print timings and exit</source>
        <translation>открыть главное окно, заполнить первый список, вывести время выполнения и выйти</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="100" />
        <source>Missing command; see --help.</source>
        <translation>Не указана команда; см. --help.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="106" />
        <location filename="../desktop_app/ui/app.py" line="111" />
        <source>A password in --database ({url}) is visible to every user of this computer in the process list; nothing was done. Give it with PGPASSWORD, a pgpass or service file, or --ask-password.</source>
        <translation>Пароль в --database ({url}) виден всем пользователям этого компьютера в списке процессов; ничего не сделано. Укажите его через PGPASSWORD, файл pgpass или service либо параметр --ask-password.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="115" />
        <location filename="../desktop_app/ui/app.py" line="126" />
        <source>Password for the database server: </source>
        <translation>Пароль сервера базы данных: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="149" />
        <source>Interrupted; nothing was written.</source>
        <translation>Прервано; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="23" />
        <source>copy the database to a SQLite backup file (consistent while in use)</source>
        <translation>скопировать базу данных в файл резервной копии SQLite (копия согласована даже во время работы)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="29" />
        <source>file or folder to write (default: the backup folder, rotated)</source>
        <translation>файл или папка для записи (по умолчанию — папка резервных копий с ротацией)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="32" />
        <source>list the backups with their record counts</source>
        <translation>вывести список резервных копий с числом записей</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="37" />
        <source>replace all records with those of a backup (current data backed up first)</source>
        <translation>заменить все записи записями из резервной копии (сначала создаётся копия текущих данных)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="39" />
        <source>a backup file (.sqlite3)</source>
        <translation>файл резервной копии (.sqlite3)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="43" />
        <source>restore a backup of another office's database (replaces this office's)</source>
        <translation>восстановить резервную копию базы данных другой организации (заменяет данные этой организации)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="65" />
        <source>backup: give either DEST or --list, not both.</source>
        <translation>backup: укажите либо DEST, либо --list, но не оба сразу.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="71" />
        <source>{path} exists and is not a backup file; refusing to overwrite it.</source>
        <translation>{path} уже существует и не является резервной копией; перезапись отклонена.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="89" />
        <source>Backup written: {path} ({size}, {records} records)</source>
        <translation>Резервная копия записана: {path} ({size}, записей: {records})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="94" />
        <source>Copy written: {path}</source>
        <translation>Копия записана: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="97" />
        <source>Warning: second backup folder not written: {detail}</source>
        <translation>Предупреждение: не удалось записать копию во вторую папку резервных копий: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="111" />
        <source>Passphrase for the encrypted second backup folder: </source>
        <translation>Парольная фраза для зашифрованной второй папки резервных копий: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="112" />
        <location filename="../desktop_app/cli_commands/sync.py" line="145" />
        <source>The same passphrase again: </source>
        <translation>Ещё раз ту же парольную фразу: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="114" />
        <location filename="../desktop_app/cli_commands/sync.py" line="147" />
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Парольные фразы не совпадают; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="121" />
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="262" />
        <source>Passphrase of the encrypted backup: </source>
        <translation>Парольная фраза зашифрованной резервной копии: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="133" />
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="136" />
        <source>{date:&lt;19}  {reason:&lt;18} {size:&gt;9} {records:&gt;9}  {path}</source>
        <translation>{date:&lt;19}  {reason:&lt;18} {size:&gt;9} {records:&gt;9}  {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="137" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="138" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="139" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="140" />
        <location filename="../desktop_app/cli_commands/db.py" line="89" />
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="141" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="162" />
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="273" />
        <source>Wrong passphrase for {path}; nothing was restored.</source>
        <translation>Неверная парольная фраза для {path}; ничего не восстановлено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="167" />
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="275" />
        <source>The encrypted backup {path} is damaged or incomplete (changed, cut off); nothing was restored.</source>
        <translation>Зашифрованная резервная копия {path} повреждена или неполна (изменена, обрезана); ничего не восстановлено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="196" />
        <source>The damaged database was moved aside: {path}</source>
        <translation>Повреждённая база данных перемещена: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="200" />
        <source>Restored from {path}.</source>
        <translation>Восстановлено из {path}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="212" />
        <source>Current data backed up first: {path}</source>
        <translation>Предварительно создана резервная копия текущих данных: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="215" />
        <source>Restored from {path}: {inserted} records added, {changed} changed, {removed} removed.</source>
        <translation>Восстановлено из {path}. Добавлено записей: {inserted}, изменено: {changed}, удалено: {removed}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="248" />
        <source>Warning: {path} is a backup of another office ({theirs}); its records replace those of this office ({ours}) as asked with --other-office.</source>
        <translation>Предупреждение: {path} — резервная копия другой организации ({theirs}); её записи заменяют записи этой организации ({ours}), как указано параметром --other-office.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="14" />
        <source>database maintenance</source>
        <translation>обслуживание базы данных</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="17" />
        <source>migrate to this version's schema (backup first)</source>
        <translation>перевести базу на схему этой версии (предварительно создаётся резервная копия)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="20" />
        <source>integrity and schema check</source>
        <translation>проверка целостности и схемы</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="22" />
        <source>location, schema revision and record counts</source>
        <translation>расположение, ревизия схемы и число записей</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="33" />
        <source>Schema is at revision {rev}.</source>
        <translation>Ревизия схемы: {rev}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="35" />
        <source>Backup taken before migrating: {path}</source>
        <translation>Резервная копия перед миграцией: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="57" />
        <source>Integrity check failed:</source>
        <translation>Проверка целостности не пройдена:</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="59" />
        <source>Integrity: ok</source>
        <translation>Целостность: в порядке</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="63" />
        <source>Schema: revision {rev} needs upgrading (run: db upgrade)</source>
        <translation>Схема: ревизию {rev} нужно обновить (выполните: db upgrade)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="69" />
        <source>Schema differs from this version's models:</source>
        <translation>Схема отличается от моделей этой версии:</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="71" />
        <source>Schema: ok (revision {rev})</source>
        <translation>Схема: в порядке (ревизия {rev})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="81" />
        <source>Database: {url}</source>
        <translation>База данных: {url}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="84" />
        <source>File size: {size} bytes</source>
        <translation>Размер файла (байт): {size}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="86" />
        <source>Schema revision: {rev}</source>
        <translation>Ревизия схемы: {rev}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="88" />
        <source>{table:&lt;28} {live:&gt;9} {deleted:&gt;9}</source>
        <translation>{table:&lt;28} {live:&gt;9} {deleted:&gt;9}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="89" />
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="89" />
        <source>In trash</source>
        <translation>В корзине</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/app.py" line="48" />
        <source>Commands, run without a window: {commands}.</source>
        <translation>Команды, выполняемые без окна: {commands}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/app.py" line="51" />
        <source>Help on one command: {example}</source>
        <translation>Справка по команде: {example}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/app.py" line="388" />
        <source>Dashboard computed in {ms} ms: %n signatories.</source>
        <translation><numerusform>Обзор рассчитан за {ms} мс: %n подписант.</numerusform><numerusform>Обзор рассчитан за {ms} мс: %n подписанта.</numerusform><numerusform>Обзор рассчитан за {ms} мс: %n подписантов.</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="22" />
        <source>export records to a file</source>
        <translation>экспортировать записи в файл</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="24" />
        <source>Excel workbook with every sheet</source>
        <translation>книга Excel со всеми листами</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="26" />
        <source>period start</source>
        <translation>начало периода</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="27" />
        <source>period end</source>
        <translation>конец периода</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="29" />
        <source>sheet language</source>
        <translation>язык листов</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="35" />
        <source>every record, not only the period's activities (for a full copy)</source>
        <translation>все записи, а не только мероприятия периода (для полной копии)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="40" />
        <source>one signatory's mitigation actions, laid out like the action table</source>
        <translation>меры по смягчению одного подписанта в формате таблицы мер</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="44" />
        <location filename="../desktop_app/cli_commands/inventory.py" line="33" />
        <source>name or Covenant ID</source>
        <translation>название или ID в Соглашении</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="48" />
        <source>import records from an Excel workbook</source>
        <translation>импортировать записи из книги Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="50" />
        <source>record kind</source>
        <translation>вид записей</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="51" />
        <location filename="../desktop_app/cli_commands/inventory.py" line="49" />
        <source>sheet to read</source>
        <translation>лист для чтения</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="58" />
        <source>map a column to a field (repeatable)</source>
        <translation>сопоставить столбец с полем (можно указать несколько раз)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="66" />
        <source>read a value of the sheet as one of ours (repeatable)</source>
        <translation>читать значение из листа как одно из значений приложения (можно повторять)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="74" />
        <source>import only the rows where COLUMN (a field or a header) is VALUE</source>
        <translation>импортировать только строки, где в COLUMN (поле или заголовок) стоит VALUE</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="76" />
        <source>use a saved import profile</source>
        <translation>использовать сохранённый профиль импорта</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="80" />
        <source>save this sheet's columns, value maps and filters as a profile</source>
        <translation>сохранить столбцы, соответствия значений и фильтры этого листа как профиль</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="82" />
        <location filename="../desktop_app/cli_commands/inventory.py" line="50" />
        <source>preview only</source>
        <translation>только предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="84" />
        <source>import the valid rows only</source>
        <translation>импортировать только корректные строки</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="89" />
        <source>save the file with its bad cells highlighted and explained</source>
        <translation>сохранить файл, выделив ошибочные ячейки и пояснив ошибки</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="91" />
        <source>list the fields of a kind</source>
        <translation>вывести список полей вида записей</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="108" />
        <source>Wrote {path}: mitigation actions of {name}: {rows}.</source>
        <translation>Записан {path}: меры по смягчению подписанта {name}: {rows}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="145" />
        <source>Wrote {path}: {rows} records, period {period}.</source>
        <translation>Записан файл {path}: записей — {rows}, период — {period}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="164" />
        <location filename="../desktop_app/cli_commands/excel.py" line="174" />
        <source>Unknown kind {kind}; expected one of: {kinds}</source>
        <translation>Неизвестный вид записей {kind}; допустимые значения: {kinds}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="171" />
        <source>Give the FILE to import (or --list-fields KIND).</source>
        <translation>Укажите FILE для импорта (или --list-fields KIND).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="200" />
        <source>Saved the import profile {name}: {path}</source>
        <translation>Профиль импорта {name} сохранён: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="218" />
        <source>Saved {path} with {n} cell(s) marked.</source>
        <translation>Сохранён файл {path}; отмечено ячеек: {n}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="223" />
        <location filename="../desktop_app/cli_commands/inventory.py" line="167" />
        <source>Dry run: nothing was written.</source>
        <translation>Пробный запуск: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="227" />
        <source>{n} row(s) have errors; nothing was imported. Fix them, or use --skip-invalid to import the valid rows only.</source>
        <translation>Строк с ошибками: {n}; ничего не импортировано. Исправьте их или используйте --skip-invalid, чтобы импортировать только корректные строки.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="237" />
        <source>Row {row}: the record was changed by someone else during the import; nothing was imported. Run the import again.</source>
        <translation>Строка {row}: во время импорта запись изменил другой пользователь; ничего не импортировано. Запустите импорт ещё раз.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="246" />
        <source>Backup taken before importing: {path}</source>
        <translation>Резервная копия перед импортом: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="248" />
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped with errors.</source>
        <translation>Импорт завершён: новых — {created}, обновлено — {updated}, без изменений — {unchanged}, пропущено из-за ошибок — {skipped}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="19" />
        <source>fill the database with realistic demo data</source>
        <translation>заполнить базу данных реалистичными демонстрационными данными</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="20" />
        <source>Add a realistic coordinator office: signatories, plans, monitoring reports, extensions, assistance, finance with exchange rates and Energy Days. The same seed and --today give the same records.</source>
        <translation>Добавить реалистичные данные офиса координатора: подписантов, планы, отчёты о мониторинге, продления сроков, помощь, финансирование с курсами валют и Дни энергии. При одинаковых значениях --seed и --today создаются одинаковые записи.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="28" />
        <source>number of signatories</source>
        <translation>число подписантов</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="30" />
        <source>random seed (default 1)</source>
        <translation>начальное значение генератора случайных чисел (по умолчанию 1)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="35" />
        <source>average finance records per signatory (default 2)</source>
        <translation>среднее число записей о финансировании на подписанта (по умолчанию 2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="40" />
        <source>support activities (default: one per 10 signatories, at least 16)</source>
        <translation>мероприятия по оказанию помощи (по умолчанию одно на 10 подписантов, не менее 16)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="45" />
        <source>Energy Days (default: one per 20 signatories, at least 10)</source>
        <translation>Дни энергии (по умолчанию один на 20 подписантов, не менее 10)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="50" />
        <source>lay the data out around this day instead of the system date</source>
        <translation>распределить данные вокруг этой даты вместо системной</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="55" />
        <source>add demo data even if the database already holds signatories</source>
        <translation>добавить демонстрационные данные, даже если в базе уже есть подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/_numbers.py" line="20" />
        <source>{option}: expected a whole number from {low} to {high}, got '{value}'.</source>
        <translation>{option}: ожидается целое число от {low} до {high}, получено '{value}'.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="72" />
        <source>{option}: expected a number from {low} to {high}, got '{value}'.</source>
        <translation>{option}: ожидается число от {low} до {high}, получено '{value}'.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="84" />
        <source>{option}: expected a date YYYY-MM-DD between {low} and 2100-12-31, got '{value}'.</source>
        <translation>{option}: ожидается дата в формате ГГГГ-ММ-ДД от {low} до 2100-12-31, указано «{value}».</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="136" />
        <source>Demo data created (seed {seed}):</source>
        <translation>Демонстрационные данные созданы (seed {seed}):</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="139" />
        <source>Audit entries</source>
        <translation>Записи журнала изменений</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="141" />
        <source>Done in {seconds:.1f} s.</source>
        <translation>Готово за {seconds:.1f} с.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="21" />
        <source>first day of the period</source>
        <translation>первый день периода</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="24" />
        <location filename="../desktop_app/cli_commands/reports.py" line="70" />
        <source>last day of the period</source>
        <translation>последний день периода</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="31" />
        <source>report date printed on the cover (default: today)</source>
        <translation>дата отчёта на титульной странице (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="40" />
        <source>language of the report (default: the interface language)</source>
        <translation>язык отчёта (по умолчанию — язык интерфейса)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="45" />
        <source>reports to the Commission</source>
        <translation>отчёты для Комиссии</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="47" />
        <source>the coordinator activity report (PDF)</source>
        <translation>отчёт о деятельности координатора (PDF)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="53" />
        <source>record a report sent to the Commission outside the app</source>
        <translation>зарегистрировать отчёт, отправленный в Европейскую комиссию вне приложения</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="54" />
        <source>Record a report sent to the Commission outside the app (the online survey): the coordinator report deadline counts from the latest report sent.</source>
        <translation>Зарегистрировать отчёт, отправленный в Европейскую комиссию вне приложения (онлайн-анкета): срок отчёта координатора отсчитывается от последнего отправленного отчёта.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="61" />
        <source>the day it was sent</source>
        <translation>дата отправки</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="67" />
        <source>first day of the period covered (default: the previous period)</source>
        <translation>первый день отчётного периода (по умолчанию — предыдущий период)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="72" />
        <source>a note to keep</source>
        <translation>примечание</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="75" />
        <source>list the reports sent to the Commission</source>
        <translation>показать отчёты, отправленные в Европейскую комиссию</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="78" />
        <source>one-page fact sheets per signatory (PDF)</source>
        <translation>одностраничные карточки подписантов (PDF)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="85" />
        <source>name, local name, Covenant id or record id; repeat for several</source>
        <translation>название, название на местном языке, ID в Соглашении или ID записи; для нескольких подписантов повторите параметр</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="90" />
        <source>prepare the submission pack (zip)</source>
        <translation>подготовить пакет для отправки (zip)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="95" />
        <source>check a submission pack against its manifest</source>
        <translation>сверить пакет для отправки с его манифестом</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="100" />
        <source>records added, changed or deleted since the last submission</source>
        <translation>записи, добавленные, изменённые или удалённые после последней отправки</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="155" />
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} — это папка; укажите имя файла.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="170" />
        <location filename="../desktop_app/cli_commands/reports.py" line="193" />
        <location filename="../desktop_app/cli_commands/reports.py" line="213" />
        <source>Cannot write {path}: {detail}</source>
        <translation>Не удаётся записать {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="175" />
        <location filename="../desktop_app/cli_commands/reports.py" line="197" />
        <source>{path}: {pages} pages</source>
        <translation>{path}: страниц — {pages}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="207" />
        <source>{path} is not a folder.</source>
        <translation>{path} не является папкой.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="237" />
        <source>{path}: TAMPERED, does not match its manifest.</source>
        <translation>{path}: ИЗМЕНЁН, не соответствует своему манифесту.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="243" />
        <source>{path}: ok ({files} files; {office}, {start} to {end}, made {created})</source>
        <translation>{path}: в порядке (файлов: {files}; {office}, с {start} по {end}, создан {created})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="254" />
        <source>Signed by {office} (database {database}, key {key_id}).</source>
        <translation>Подписано: {office} (база данных {database}, ключ {key_id}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="306" />
        <source>No submission has been prepared yet.</source>
        <translation>Пакет для отправки ещё не готовился.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="312" />
        <source>Since the submission of {when} ({file}): {count} changes</source>
        <translation>Изменений после отправки {when} ({file}): {count}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="359" />
        <source>Recorded: report sent on {sent}, covering {start} to {end}.</source>
        <translation>Зарегистрировано: отчёт отправлен {sent}, период с {start} по {end}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="366" />
        <location filename="../desktop_app/cli_commands/reports.py" line="389" />
        <source>Next coordinator report due: {due}</source>
        <translation>Срок следующего отчёта координатора: {due}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="380" />
        <source>No report to the Commission has been recorded yet.</source>
        <translation>Отчёты в Европейскую комиссию ещё не зарегистрированы.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="25" />
        <source>list upcoming and overdue deadlines</source>
        <translation>вывести предстоящие и просроченные сроки</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="26" />
        <source>Every upcoming and overdue deadline: action plans, monitoring reports, emission inventories, extensions, the coordinator report and long assessments.</source>
        <translation>Все предстоящие и просроченные сроки: планы действий, отчёты о мониторинге, кадастры выбросов, продления, отчёт координатора и затянувшиеся оценки.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="36" />
        <source>output format (default: table, or from the --output file extension)</source>
        <translation>формат вывода (по умолчанию — таблица или по расширению файла --output)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="41" />
        <source>only overdue items and those due in the next DAYS days</source>
        <translation>только просроченные и со сроком в ближайшие DAYS дн.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="43" />
        <source>write to FILE instead of stdout</source>
        <translation>записать в FILE вместо стандартного вывода</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="44" />
        <source>count days left from this day</source>
        <translation>отсчитывать оставшиеся дни от этой даты</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="56" />
        <source>--format: '{value}' is not one of {choices}.</source>
        <translation>--format: '{value}' не входит в число допустимых значений ({choices}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="61" />
        <source>--format xlsx needs --output FILE.</source>
        <translation>Для --format xlsx требуется --output FILE.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="70" />
        <source>--within: '{value}' is not a whole number of days (0 or more).</source>
        <translation>--within: '{value}' не является целым числом дней (0 или больше).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="80" />
        <source>--today: '{value}' is not a date (expected YYYY-MM-DD).</source>
        <translation>--today: '{value}' не является датой (ожидается ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="86" />
        <source>--output: the folder {folder} does not exist; nothing was written.</source>
        <translation>--output: папка {folder} не существует; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="113" />
        <location filename="../desktop_app/cli_commands/deadlines.py" line="130" />
        <source>{count} deadlines written to {path}</source>
        <translation>Записано сроков: {count}; файл: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/_output.py" line="31" />
        <source>{path} is the open database; refusing to overwrite it. Nothing was written.</source>
        <translation>{path} — это открытая база данных; перезапись отклонена. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/_output.py" line="35" />
        <source>{path} belongs to the database {database} (its journal); refusing to overwrite it. Nothing was written.</source>
        <translation>{path} принадлежит базе данных {database} (это её журнал); перезапись отклонена. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/_output.py" line="41" />
        <source>{path} is a database or backup of another office ({office}); refusing to overwrite it. Nothing was written.</source>
        <translation>{path} — база данных или резервная копия другой организации ({office}); перезапись отклонена. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/_output.py" line="46" />
        <source>{path} is a database file; refusing to overwrite it. Nothing was written.</source>
        <translation>{path} — файл базы данных; перезапись отклонена. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="25" />
        <source>office server: roles and user accounts</source>
        <translation>офисный сервер: роли и учётные записи пользователей</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="28" />
        <source>prepare a PostgreSQL database for an office (schema, roles)</source>
        <translation>подготовить базу данных PostgreSQL для офиса (схема, роли)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="31" />
        <source>the office's user accounts</source>
        <translation>учётные записи пользователей офиса</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="33" />
        <source>a new user (the password is asked for)</source>
        <translation>новый пользователь (пароль будет запрошен)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="38" />
        <source>the users, their roles and whether they may sign in</source>
        <translation>пользователи, их роли и могут ли они входить</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="41" />
        <source>give a user another role</source>
        <translation>назначить пользователю другую роль</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="46" />
        <source>stop a user signing in (their open sessions end)</source>
        <translation>запретить пользователю вход (его открытые сеансы завершаются)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="76" />
        <source>Office server ready: database {db}, schema {schema}, {n} tables.</source>
        <translation>Офисный сервер готов: база данных {db}, схема {schema}, таблиц: {n}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="82" />
        <source>  {role}: group role {group}</source>
        <translation>  {role}: групповая роль {group}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="107" />
        <source>Password for the new user: </source>
        <translation>Пароль нового пользователя: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="108" />
        <source>The same password again: </source>
        <translation>Тот же пароль ещё раз: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="110" />
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="133" />
        <source>User {name} added as {role}.</source>
        <translation>Пользователь {name} добавлен с ролью «{role}».</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="149" />
        <source>may sign in</source>
        <translation>может входить</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="149" />
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="164" />
        <source>{name} is now {role}.</source>
        <translation>Теперь у {name} роль «{role}».</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="178" />
        <source>{name} may no longer sign in.</source>
        <translation>{name} больше не может входить.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="245" />
        <source>The database server refused this: it needs the {need} role. Nothing was changed.</source>
        <translation>Сервер базы данных отказал: для этого нужна роль «{need}». Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="250" />
        <source>The database server refused this to {login}, although the {role} role may do it: the office database lacks a right. Nothing was changed. Ask an admin to run 'server init' again (it is safe to repeat).</source>
        <translation>Сервер базы данных отказал пользователю {login}, хотя роли «{role}» это разрешено: у базы данных офиса не хватает права. Ничего не изменено. Попросите администратора ещё раз выполнить 'server init' (повторять безопасно).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="260" />
        <source>{login} is signed in as {role}; this needs the {need} role. Nothing was changed. Ask an admin of the office server (server user set-role).</source>
        <translation>{login} вошёл(-ла) с ролью «{role}»; для этого нужна роль «{need}». Ничего не изменено. Обратитесь к администратору офисного сервера (server user set-role).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="28" />
        <source>laptop copies that work offline and swap change packages</source>
        <translation>копии для ноутбуков: работа без сети и обмен пакетами изменений</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="29" />
        <source>Clone a laptop copy of the office database, swap signed packages of changes between the office and laptops, and resolve the conflicts they bring.</source>
        <translation>Сделать копию базы данных офиса для ноутбука, обмениваться подписанными пакетами изменений между офисом и ноутбуками и разрешать возникающие конфликты.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="36" />
        <source>make a laptop copy with its own identity</source>
        <translation>сделать копию для ноутбука с собственным идентификатором</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="37" />
        <source>the new laptop database file</source>
        <translation>новый файл базы данных ноутбука</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="39" />
        <source>write the changes a peer has not seen yet</source>
        <translation>записать изменения, которых участник ещё не получал</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="40" />
        <source>the package file to write</source>
        <translation>файл пакета для записи</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="45" />
        <source>the database it is for (identity or its first digits; see 'sync peers')</source>
        <translation>для какой базы данных (идентификатор или его первые цифры; см. 'sync peers')</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="50" />
        <source>encrypt with a passphrase (from COORDINATOR_DESK_SYNC_PASSPHRASE or asked)</source>
        <translation>зашифровать парольной фразой (из COORDINATOR_DESK_SYNC_PASSPHRASE или по запросу)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="56" />
        <source>apply a package from the office or a laptop</source>
        <translation>применить пакет из офиса или с ноутбука</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="57" />
        <source>a .cdsync package</source>
        <translation>пакет .cdsync</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="59" />
        <source>list the open conflicts, one a line</source>
        <translation>перечислить открытые конфликты, по одному в строке</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="61" />
        <source>resolve a conflict</source>
        <translation>разрешить конфликт</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="62" />
        <source>the conflict's ID (its first digits)</source>
        <translation>ID конфликта (его первые цифры)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="67" />
        <source>keep this database's value, the other one, or give a value</source>
        <translation>оставить значение этой базы, взять другое или указать своё</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="70" />
        <source>list the databases of this office family</source>
        <translation>перечислить базы данных семейства этого офиса</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="73" />
        <source>list towns entered twice (on two laptops), as pairs</source>
        <translation>перечислить муниципалитеты, внесённые дважды (на двух ноутбуках), парами</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="77" />
        <source>keep one of two signatories and re-point the other's records</source>
        <translation>оставить одного из двух подписантов и перенести на него записи другого</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="79" />
        <source>the signatory to keep (its ID)</source>
        <translation>подписант, которого оставить (его ID)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="81" />
        <source>the duplicate to move to the Trash (its ID)</source>
        <translation>дубликат, который переместить в корзину (его ID)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="89" />
        <source>sync: name an action: clone, export, import, conflicts, resolve, peers, duplicates or merge.</source>
        <translation>sync: укажите действие: clone, export, import, conflicts, resolve, peers, duplicates или merge.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="106" />
        <location filename="../desktop_app/cli_commands/sync.py" line="114" />
        <source>{path} exists; refusing to overwrite it. Nothing was written.</source>
        <translation>{path} уже существует; перезаписывать его нельзя. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="121" />
        <source>Laptop copy written: {path} (identity {identity}, family {family})</source>
        <translation>Копия для ноутбука записана: {path} (идентификатор {identity}, семейство {family})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="136" />
        <source>--encrypt needs a passphrase: set {env} or run on a terminal. Nothing was written.</source>
        <translation>--encrypt требует парольную фразу: задайте {env} или запустите в терминале. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="144" />
        <source>Passphrase for the package: </source>
        <translation>Парольная фраза для пакета: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="156" />
        <source>Passphrase of the package: </source>
        <translation>Парольная фраза пакета: </translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="176" />
        <source>Package written: {path} ({changes} changes, {size} bytes, for {peer})</source>
        <translation>Пакет записан: {path} (изменений: {changes}, байт: {size}, для {peer})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="180" />
        <source>any database of the family</source>
        <translation>любой базы данных семейства</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="192" />
        <source>{path}: no such file.</source>
        <translation>{path}: файл не найден.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="207" />
        <source>{applied} applied, {conflicts} conflicts, {seen} already seen</source>
        <translation>применено: {applied}, конфликтов: {conflicts}, уже было: {seen}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="213" />
        <source>Links entered on both sides, kept once: {count} (the copies are in the Trash).</source>
        <translation>Связи, введённые с обеих сторон и оставленные в одном экземпляре: {count} (копии — в корзине).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="220" />
        <source>Records purged at another database, so purged here too: {count}.</source>
        <translation>Записи, удалённые навсегда в другой базе данных и потому удалённые навсегда и здесь: {count}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="226" />
        <source>Changes not applied because their records are purged (a purge is final): {count} ({records}).</source>
        <translation>Изменения, не применённые, потому что их записи удалены навсегда (удаление навсегда окончательно): {count} ({records}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="279" />
        <source>No open conflicts.</source>
        <translation>Открытых конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="260" />
        <source>{id}  {record} - {field}: mine {mine} ({mine_by}, {mine_at}); theirs {theirs} ({theirs_by}, {theirs_at})</source>
        <translation>{id}  {record} - {field}: здесь {mine} ({mine_by}, {mine_at}); у них {theirs} ({theirs_by}, {theirs_at})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="295" />
        <source>Conflict {id} resolved.</source>
        <translation>Конфликт {id} разрешён.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="319" />
        <source>This database is not in an office family yet ('sync clone' starts one).</source>
        <translation>Эта база данных пока не входит в семейство баз офиса (его начинает 'sync clone').</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="303" />
        <source>this database</source>
        <translation>эта база данных</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="304" />
        <source>cloned from</source>
        <translation>источник копии</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="305" />
        <source>peer</source>
        <translation>участник</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="309" />
        <source>{id}  {office:&lt;30} {role:&lt;14} imported {imported}, exported {exported}</source>
        <translation>{id}  {office:&lt;30} {role:&lt;14} импорт {imported}, экспорт {exported}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="335" />
        <source>No likely duplicates.</source>
        <translation>Вероятных дубликатов нет.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="327" />
        <source>{keep} {other}  {keep_name} / {other_name} ({country})</source>
        <translation>{keep} {other}  {keep_name} / {other_name} ({country})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="347" />
        <source>KEEP and OTHER name the same signatory.</source>
        <translation>KEEP и OTHER указывают на одного и того же подписанта.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="349" />
        <source>No live signatory has the ID '{id}'.</source>
        <translation>Нет действующего подписанта с ID '{id}'.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="354" />
        <source>Merged: {records} records changed; the duplicate is in the Trash.</source>
        <translation>Объединено: изменено записей: {records}; дубликат в корзине.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="365" />
        <source>{path}: cannot be read ({detail}); nothing was changed.</source>
        <translation>{path}: не удаётся прочитать ({detail}); ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="366" />
        <source>{path} is larger than a sync package may be; refused, nothing was changed.</source>
        <translation>{path} больше, чем может быть пакет синхронизации; отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="369" />
        <source>{path} is not a sync package; nothing was changed.</source>
        <translation>{path} не является пакетом синхронизации; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="370" />
        <source>{path} is damaged or cut off; refused, nothing was changed.</source>
        <translation>{path} повреждён или обрезан; отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="371" />
        <source>{path} was changed after it was signed (or its signature is false); refused, nothing was changed.</source>
        <translation>{path} изменён после подписания (или его подпись поддельная); отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="376" />
        <source>{path} holds something a package may not ({detail}); refused, nothing was changed.</source>
        <translation>{path} содержит то, чего не может быть в пакете ({detail}); отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="380" />
        <source>Wrong passphrase for {path}; nothing was changed.</source>
        <translation>Неверная парольная фраза для {path}; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="381" />
        <source>{path} is encrypted: give its passphrase in COORDINATOR_DESK_SYNC_PASSPHRASE or on a terminal; nothing was changed.</source>
        <translation>{path} зашифрован: укажите парольную фразу в COORDINATOR_DESK_SYNC_PASSPHRASE или введите её в терминале; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="386" />
        <source>This database is not in an office family: clone a laptop from the office database first ('sync clone'). Nothing was changed.</source>
        <translation>Эта база данных не входит в семейство баз офиса: сначала сделайте копию для ноутбука из базы офиса ('sync clone'). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="391" />
        <source>The package comes from another office family ({office}); refused, nothing was changed.</source>
        <translation>Пакет из семейства баз другого офиса ({office}); отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="396" />
        <source>The package was written by this database itself; nothing was changed.</source>
        <translation>Пакет записан этой же базой данных; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="399" />
        <source>The package was written for another database ({recipient}); refused, nothing was changed.</source>
        <translation>Пакет записан для другой базы данных ({recipient}); отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="404" />
        <source>The package comes from a database this one does not know ({sender}); import a package from the office first. Nothing was changed.</source>
        <translation>Пакет от базы данных, которую эта база не знает ({sender}); сначала импортируйте пакет из офиса. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="409" />
        <source>The package is signed with a key that is not {sender}'s; refused, nothing was changed.</source>
        <translation>Пакет подписан ключом, который не принадлежит {sender}; отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="414" />
        <source>The package (number {serial}) is not newer than the last one imported from its database (number {last}): already imported or replayed. Nothing was changed.</source>
        <translation>Пакет (номер {serial}) не новее последнего импортированного из его базы данных (номер {last}): уже импортирован или подложен повторно. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="419" />
        <source>The package lacks earlier changes of database {origin} (it starts at {seq}); import the earlier packages first. Nothing was changed.</source>
        <translation>В пакете нет более ранних изменений базы данных {origin} (он начинается с {seq}); сначала импортируйте предыдущие пакеты. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="424" />
        <source>Change {seq} of database {origin} differs from the copy already here (was that database restored from an old backup?); refused, nothing was changed.</source>
        <translation>Изменение {seq} базы данных {origin} отличается от уже имеющейся копии (не восстанавливали ли ту базу из старой резервной копии?); отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="429" />
        <source>The package would purge records this database holds ({count}): on the office server that needs the admin role, and {login} is signed in as {role}. Nothing was changed; ask an admin to import it.</source>
        <translation>Пакет удалил бы навсегда записи, которые есть в этой базе данных ({count}): на офисном сервере для этого нужна роль «администратор», а {login} вошёл(-ла) с ролью «{role}». Ничего не изменено; попросите администратора импортировать пакет.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="435" />
        <source>No database of this family is '{peer}'. Known: {known}.</source>
        <translation>В этом семействе нет базы данных '{peer}'. Известны: {known}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="436" />
        <source>'{peer}' names more than one database; give more digits. Known: {known}.</source>
        <translation>'{peer}' подходит к нескольким базам данных; укажите больше цифр. Известны: {known}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="440" />
        <source>{path}: refused ({detail}); nothing was changed.</source>
        <translation>{path}: отклонён ({detail}); ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="453" />
        <source>No open conflict has the ID '{id}' (see 'sync conflicts').</source>
        <translation>Нет открытого конфликта с ID '{id}' (см. 'sync conflicts').</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="457" />
        <source>'{id}' names more than one conflict; give more digits.</source>
        <translation>'{id}' подходит к нескольким конфликтам; укажите больше цифр.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/sync.py" line="460" />
        <source>--take: '{value}' is not a value the field {field} can hold.</source>
        <translation>--take: '{value}' не может быть значением поля {field}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="25" />
        <source>bring one signatory's emission inventory in from a sheet of sectors by energy carriers (the template's final energy consumption table, MWh)</source>
        <translation>загрузить кадастр выбросов одного подписанта из листа «секторы × энергоносители» (таблица конечного потребления энергии из шаблона, МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="35" />
        <source>inventory year</source>
        <translation>год кадастра</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="41" />
        <source>baseline (the default) or monitoring inventory</source>
        <translation>базовый (по умолчанию) или мониторинговый кадастр</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="43" />
        <source>inhabitants in the inventory year</source>
        <translation>число жителей в году кадастра</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="47" />
        <source>emission factors: ipcc (the default for a new inventory) or lca</source>
        <translation>коэффициенты выбросов: ipcc (по умолчанию для нового кадастра) или lca</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="74" />
        <source>Choose one with --sheet.</source>
        <translation>Выберите один с помощью --sheet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="78" />
        <source>{path}, sheet {sheet}</source>
        <translation>{path}, лист {sheet}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="83" />
        <source>{n} problem(s) in the sheet; nothing was imported.</source>
        <translation>Ошибок на листе: {n}; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="90" />
        <source>{where}: {cells} cells, {sectors} sectors, {carriers} energy carriers, {mwh} MWh of final energy.</source>
        <translation>{where}: ячеек: {cells}, секторов: {sectors}, энергоносителей: {carriers}; конечная энергия: {mwh} МВт·ч.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="104" />
        <source>Rounded to a tenth of a MWh, the precision inventories keep: {n} cell(s).</source>
        <translation>Округлено до десятой доли МВт·ч (такова точность кадастров): ячеек: {n}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="111" />
        <source>column {at} ({label})</source>
        <translation>столбец {at} ({label})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="112" />
        <source>row {at} ({label})</source>
        <translation>строка {at} ({label})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="115" />
        <source>Left out as totals: {items}.</source>
        <translation>Пропущены как итоги: {items}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="135" />
        <source>The inventory was not saved.</source>
        <translation>Кадастр не сохранён.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="139" />
        <source>Warning: {message}</source>
        <translation>Предупреждение: {message}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="143" />
        <source>Saved as a new inventory: {name}, {type}, {year}.</source>
        <translation>Сохранено как новый кадастр: {name}, {type}, {year}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="145" />
        <source>Saved into the existing inventory: {name}, {type}, {year} (its grid is now the sheet's).</source>
        <translation>Сохранено в существующий кадастр: {name}, {type}, {year} (его таблица теперь взята с листа).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="153" />
        <source>Dry run: this would be a new inventory: {name}, {type}, {year}.</source>
        <translation>Пробный запуск: это был бы новый кадастр: {name}, {type}, {year}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="155" />
        <source>Dry run: this would go into the existing inventory: {name}, {type}, {year}.</source>
        <translation>Пробный запуск: данные попали бы в существующий кадастр: {name}, {type}, {year}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/inventory.py" line="162" />
        <source>Emissions: {total} t (factor table {version}).</source>
        <translation>Выбросы: {total} т (таблица коэффициентов {version}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="20" />
        <source>list the Trash, or purge records from it for good</source>
        <translation>показать корзину или удалить записи из неё навсегда</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="21" />
        <source>List the records in the Trash, or purge some for good (an admin's; a backup is taken first).</source>
        <translation>Показать записи в корзине или удалить некоторые из них навсегда (это делает администратор; сначала создаётся резервная копия).</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="28" />
        <source>the records in the Trash, newest first</source>
        <translation>записи в корзине, сначала самые новые</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="30" />
        <source>delete records in the Trash for good</source>
        <translation>удалить записи из корзины навсегда</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="35" />
        <source>a record in the Trash (its ID or first digits; see 'trash list')</source>
        <translation>запись в корзине (её ID или его первые цифры; см. 'trash list')</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="42" />
        <source>trash: name an action: list or purge.</source>
        <translation>trash: укажите действие: list или purge.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="55" />
        <source>The Trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="59" />
        <source>{id}  {kind}: {name} (deleted {when} by {who})</source>
        <translation>{id}  {kind}: {name} (удалено {when}, кто: {who})</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="84" />
        <source>Purged: {record}</source>
        <translation>Удалено навсегда: {record}</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="86" />
        <source>Records purged for good: {records}; their links and grid cells, purged with them: {along}.</source>
        <translation>Записи, удалённые навсегда: {records}; их связи и ячейки таблиц, удалённые вместе с ними: {along}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="99" />
        <source>No record in the Trash has the ID '{id}' (see 'trash list'). Nothing purged.</source>
        <translation>В корзине нет записи с ID '{id}' (см. 'trash list'). Ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="102" />
        <source>'{id}' names more than one record; give more digits. Nothing purged.</source>
        <translation>'{id}' подходит к нескольким записям; укажите больше цифр. Ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="105" />
        <source>{record} is not in the Trash; move it there first. Nothing purged.</source>
        <translation>{record} — не в корзине; сначала переместите запись в корзину. Ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="109" />
        <source>{by} still points at {record}: purge both together, or change it first. Nothing purged.</source>
        <translation>{by} всё ещё ссылается на {record}: удалите обе записи вместе или сначала измените ссылающуюся. Ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/trash.py" line="115" />
        <source>Nothing purged.</source>
        <translation>Ничего не удалено.</translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="46" />
        <source>Promotion and coordination</source>
        <translation>Продвижение и координация</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="47" />
        <source>Technical and strategic assistance</source>
        <translation>Техническая и стратегическая помощь</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="48" />
        <source>Financial support</source>
        <translation>Финансовая поддержка</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="49" />
        <source>Energy Days</source>
        <translation>Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="50" />
        <source>Reporting to the Commission</source>
        <translation>Отчётность перед Комиссией</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="53" />
        <source>On track</source>
        <translation>В норме</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="54" />
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="55" />
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="66" />
        <source>No active signatories in your territory</source>
        <translation>На вашей территории нет активных подписантов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="69" />
        <source>No promotion activity and no new signatory in the last {months} months</source>
        <translation>За последние {months} мес. нет ни мероприятий по продвижению, ни новых подписантов</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="68" />
        <source>Signatories on hold: %n of {total}</source>
        <translation><numerusform>Приостановленные подписанты: %n из {total}</numerusform><numerusform>Приостановленные подписанты: %n из {total}</numerusform><numerusform>Приостановленные подписанты: %n из {total}</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="56" />
        <source>Nothing recorded yet</source>
        <translation>Пока ничего не внесено</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="61" />
        <source>The light comes on once the first signatories or activities are recorded (see Getting started)</source>
        <translation>Индикатор заработает, когда будут внесены первые подписанты или мероприятия (см. «Начало работы»)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="72" />
        <source>Signatories: {total}; %n joined in the last {months} months</source>
        <translation><numerusform>Подписантов: {total}; за последние {months} мес. присоединился %n</numerusform><numerusform>Подписантов: {total}; за последние {months} мес. присоединились %n</numerusform><numerusform>Подписантов: {total}; за последние {months} мес. присоединились %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="75" />
        <source>%n signatories still late after their extension: they may be put on hold</source>
        <translation><numerusform>%n подписант опаздывает и после продления срока: его могут приостановить</numerusform><numerusform>%n подписанта опаздывают и после продления срока: их могут приостановить</numerusform><numerusform>%n подписантов опаздывают и после продления срока: их могут приостановить</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="79" />
        <source>%n signatories past their SECAP deadline without an extension</source>
        <translation><numerusform>%n подписант просрочил срок ПДУЭРК без продления</numerusform><numerusform>%n подписанта просрочили срок ПДУЭРК без продления</numerusform><numerusform>%n подписантов просрочили срок ПДУЭРК без продления</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="82" />
        <source>%n signatories past their SEAP deadline without an extension</source>
        <translation><numerusform>%n подписант просрочил срок ПДУЭР без продления</numerusform><numerusform>%n подписанта просрочили срок ПДУЭР без продления</numerusform><numerusform>%n подписантов просрочили срок ПДУЭР без продления</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="85" />
        <source>%n monitoring reports overdue</source>
        <translation><numerusform>%n отчёт о мониторинге просрочен</numerusform><numerusform>%n отчёта о мониторинге просрочены</numerusform><numerusform>%n отчётов о мониторинге просрочено</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="86" />
        <source>No technical or strategic assistance recorded in the last {months} months</source>
        <translation>За последние {months} мес. не зарегистрировано технической или стратегической помощи</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="89" />
        <source>Last assistance activity on {date}, more than {months} months ago</source>
        <translation>Последнее мероприятие по оказанию помощи — {date}, более {months} мес. назад</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="92" />
        <source>%n assistance activities in the last {months} months</source>
        <translation><numerusform>%n мероприятие по оказанию помощи за последние {months} мес.</numerusform><numerusform>%n мероприятия по оказанию помощи за последние {months} мес.</numerusform><numerusform>%n мероприятий по оказанию помощи за последние {months} мес.</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="93" />
        <source>No financial support decided in the last {months} months</source>
        <translation>За последние {months} мес. не принято решений о финансовой поддержке</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="94" />
        <source>%n amounts have no exchange rate and are left out of the EUR totals</source>
        <translation><numerusform>%n сумма без курса валюты не включена в итоги в EUR</numerusform><numerusform>%n суммы без курса валюты не включены в итоги в EUR</numerusform><numerusform>%n сумм без курса валюты не включены в итоги в EUR</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="97" />
        <source>%n decisions of financial support provided (approved or disbursed) in the last {months} months, {amount} EUR</source>
        <translation><numerusform>%n решение об оказании финансовой поддержки (одобрено или выплачено) за последние {months} мес., {amount} EUR</numerusform><numerusform>%n решения об оказании финансовой поддержки (одобрено или выплачено) за последние {months} мес., {amount} EUR</numerusform><numerusform>%n решений об оказании финансовой поддержки (одобрено или выплачено) за последние {months} мес., {amount} EUR</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="102" />
        <source>No Energy Day held in the last {months} months</source>
        <translation>За последние {months} мес. не проведено ни одного Дня энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="103" />
        <source>No Energy Day held in the last {months} months; the next is planned for {date}</source>
        <translation>За последние {months} мес. не проведено ни одного Дня энергии; следующий запланирован на {date}</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="107" />
        <source>Last Energy Day held on {date}; none is planned</source>
        <translation>Последний День энергии проведён {date}; новых не запланировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="108" />
        <source>%n Energy Days held in the last {months} months</source>
        <translation><numerusform>За последние {months} мес. проведён %n День энергии</numerusform><numerusform>За последние {months} мес. проведено %n Дня энергии</numerusform><numerusform>За последние {months} мес. проведено %n Дней энергии</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="109" />
        <source>Coordinator report overdue by %n days</source>
        <translation><numerusform>Отчёт координатора просрочен на %n день</numerusform><numerusform>Отчёт координатора просрочен на %n дня</numerusform><numerusform>Отчёт координатора просрочен на %n дней</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="110" />
        <source>Coordinator report due in %n days</source>
        <translation><numerusform>Срок отчёта координатора — через %n день</numerusform><numerusform>Срок отчёта координатора — через %n дня</numerusform><numerusform>Срок отчёта координатора — через %n дней</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="111" />
        <source>No report to the Commission recorded and no commitment date entered</source>
        <translation>Нет записей об отчётах для Комиссии и не указана дата подписания обязательств</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="51" />
        <source>The record was changed meanwhile</source>
        <translation>Запись тем временем изменена</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="59" />
        <source>someone else</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="61" />
        <source>{user} saved this record after you opened it. Choose, field by field, which value to keep; nothing is saved until you confirm.</source>
        <translation>Запись была сохранена после того, как вы её открыли. Кто сохранил: {user}. Выберите для каждого поля, какое значение оставить; ничего не сохранится, пока вы не подтвердите выбор.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="73" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="74" />
        <source>Mine (not saved)</source>
        <translation>Моя версия (не сохранена)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="75" />
        <source>Theirs (saved)</source>
        <translation>Другая версия (сохранена)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="91" />
        <source>{field}: mine</source>
        <translation>{field}: моё значение</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="93" />
        <source>{field}: theirs</source>
        <translation>{field}: их значение</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="106" />
        <source>Keep all &amp;mine</source>
        <translation>Оставить все &amp;мои</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="109" />
        <source>Keep all &amp;theirs</source>
        <translation>Оставить все &amp;их</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="114" />
        <source>&amp;Save the chosen values</source>
        <translation>&amp;Сохранить выбранные значения</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="49" />
        <source>Fields changed both here and on another computer since they last synchronised. Choose which value to keep; the choice travels with the next package.</source>
        <translation>Поля, изменённые и здесь, и на другом компьютере после последней синхронизации. Выберите, какое значение оставить; выбор уйдёт со следующим пакетом.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="60" />
        <source>Open conflicts</source>
        <translation>Открытые конфликты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="63" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="64" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="65" />
        <source>This database</source>
        <translation>Эта база данных</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="66" />
        <source>Other database</source>
        <translation>Другая база данных</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="80" />
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;моё</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="83" />
        <source>Take &amp;theirs</source>
        <translation>Взять &amp;их</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="86" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="143" />
        <source>%n open conflicts</source>
        <translation><numerusform>%n открытый конфликт</numerusform><numerusform>%n открытых конфликта</numerusform><numerusform>%n открытых конфликтов</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="170" />
        <source>That conflict was already resolved; the list is read again.</source>
        <translation>Этот конфликт уже разрешён; список прочитан заново.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="178" />
        <source>Resolved: {record} - {field}.</source>
        <translation>Разрешено: {record} - {field}.</translation>
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
        <translation>Заявка о заинтересованности</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="47" />
        <source>Eligibility confirmed</source>
        <translation>Право на участие подтверждено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="48" />
        <source>Commitment signed</source>
        <translation>Обязательства подписаны</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="49" />
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="83" />
        <source>Application path</source>
        <translation>Этапы присоединения</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="95" />
        <source>Services offered</source>
        <translation>Предлагаемые услуги</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="109" />
        <source>&amp;Add service...</source>
        <translation>&amp;Добавить услугу...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="112" />
        <source>&amp;Edit...</source>
        <translation>&amp;Изменить...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="114" />
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="121" />
        <source>Services offered to signatories</source>
        <translation>Услуги, предлагаемые подписантам</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="226" />
        <source>Save the profile first</source>
        <translation>Сначала сохраните профиль</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="227" />
        <source>Save the coordinator profile, then add its services.</source>
        <translation>Сохраните профиль координатора, а затем добавьте его услуги.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="90" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="92" />
        <source>Something went wrong that Coordinator Desk did not expect. The last action may not have been completed; saved records are not affected.</source>
        <translation>Произошла непредвиденная ошибка. Последнее действие могло не завершиться; уже сохранённые записи не затронуты.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="99" />
        <source>The details were written to {path}.</source>
        <translation>Подробности записаны в файл {path}.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="46" />
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="47" />
        <source>New signatories</source>
        <translation>Новые подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="48" />
        <source>Assistance activities</source>
        <translation>Мероприятия по оказанию помощи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="49" />
        <source>Financial support provided (EUR)</source>
        <translation>Оказанная финансовая поддержка (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="50" />
        <source>Energy Days</source>
        <translation>Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="51" />
        <source>Plans submitted</source>
        <translation>Поданные планы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="52" />
        <source>Monitoring reports submitted</source>
        <translation>Поданные отчёты о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="167" />
        <source>Overview</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="172" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="247" />
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="352" />
        <source>Computing the dashboard...</source>
        <translation>Расчёт показателей...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="250" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="285" />
        <source>Signatories by plan status</source>
        <translation>Подписанты по статусу плана</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="286" />
        <source>Financial support by year, EUR</source>
        <translation>Финансовая поддержка по годам, EUR</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="287" />
        <source>Assistance activities by month</source>
        <translation>Мероприятия по оказанию помощи по месяцам</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="375" />
        <source>The dashboard could not be computed.</source>
        <translation>Не удалось рассчитать показатели обзора.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="385" />
        <source>Reporting period {period}; computed in {ms} ms.</source>
        <translation>Отчётный период: {period}; рассчитано за {ms} мс.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="392" />
        <source>Key figures, {period} (change against {previous})</source>
        <translation>Ключевые показатели, {period} (изменение по сравнению с периодом {previous})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="404" />
        <source>Previous period: {value}</source>
        <translation>Предыдущий период: {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="450" />
        <source>Financial support provided (approved or disbursed) in the last {months} months: %n records, as the light counts them</source>
        <translation><numerusform>Оказанная финансовая поддержка (одобрено или выплачено) за последние {months} мес.: %n запись, как её считает индикатор</numerusform><numerusform>Оказанная финансовая поддержка (одобрено или выплачено) за последние {months} мес.: %n записи, как их считает индикатор</numerusform><numerusform>Оказанная финансовая поддержка (одобрено или выплачено) за последние {months} мес.: %n записей, как их считает индикатор</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="471" />
        <source>{figure}, {period}: %n records</source>
        <translation><numerusform>{figure}, {period}: %n запись</numerusform><numerusform>{figure}, {period}: %n записи</numerusform><numerusform>{figure}, {period}: %n записей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="483" />
        <source>Signatories whose most advanced plan is: {status} (%n)</source>
        <translation><numerusform>Подписанты, чей самый продвинутый план: {status} (%n)</numerusform><numerusform>Подписанты, чей самый продвинутый план: {status} (%n)</numerusform><numerusform>Подписанты, чей самый продвинутый план: {status} (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="495" />
        <source>Financial support provided in {year}: %n records</source>
        <translation><numerusform>Оказанная финансовая поддержка в {year} году: %n запись</numerusform><numerusform>Оказанная финансовая поддержка в {year} году: %n записи</numerusform><numerusform>Оказанная финансовая поддержка в {year} году: %n записей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="506" />
        <source>Assistance activities in {month} {year}: %n</source>
        <translation><numerusform>Мероприятия по оказанию помощи, {month} {year}: %n</numerusform><numerusform>Мероприятия по оказанию помощи, {month} {year}: %n</numerusform><numerusform>Мероприятия по оказанию помощи, {month} {year}: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="560" />
        <source>No plan</source>
        <translation>Нет плана</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="580" />
        <source>Rejected in the period: %n, {amount} EUR</source>
        <translation><numerusform>Отказано за период: %n решение, {amount} EUR</numerusform><numerusform>Отказано за период: %n решения, {amount} EUR</numerusform><numerusform>Отказано за период: %n решений, {amount} EUR</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="581" />
        <source>Awaiting a decision: %n, {amount} EUR</source>
        <translation><numerusform>Ожидает решения: %n заявка, {amount} EUR</numerusform><numerusform>Ожидают решения: %n заявки, {amount} EUR</numerusform><numerusform>Ожидают решения: %n заявок, {amount} EUR</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="593" />
        <source>{n} bn</source>
        <translation>{n} млрд</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="594" />
        <source>{n} m</source>
        <translation>{n} млн</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="595" />
        <source>{n} k</source>
        <translation>{n} тыс.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="52" />
        <source>No emission inventories yet</source>
        <translation>Кадастров выбросов пока нет</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="56" />
        <source>Baseline</source>
        <translation>Базовый</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="56" />
        <source>Latest</source>
        <translation>Последний</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="86" />
        <source>Emissions by sector, baseline vs latest, t</source>
        <translation>Выбросы по секторам: базовые и последние, т</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="101" />
        <source>Territory's emissions: baseline {baseline} t, latest {latest} t ({change}); {count} signatories with inventories.</source>
        <translation>Выбросы территории: базовые {baseline} т, последние {latest} т ({change}); подписантов с кадастрами: {count}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="113" />
        <source>Per inhabitant: baseline {baseline} t, latest {latest} t.</source>
        <translation>На жителя: базовые {baseline} т, последние {latest} т.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="116" />
        <source>Latest inventory older than {year}: {count} signatories{names}.</source>
        <translation>Последний кадастр старше {year} года: подписантов — {count}{names}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/emissions_panel.py" line="128" />
        <source>Emission factors: table {version}.</source>
        <translation>Коэффициенты выбросов: таблица {version}.</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorDialog</name>
    <message>
        <location filename="../desktop_app/ui/errors.py" line="16" />
        <source>The database cannot be opened: {detail}</source>
        <translation>Не удаётся открыть базу данных: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/errors.py" line="23" />
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../desktop_app/ui/widgets/date_edit.py" line="78" />
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Вниз)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/date_edit.py" line="79" />
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/date_edit.py" line="84" />
        <source>Clear the date (Delete)</source>
        <translation>Очистить дату (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/date_edit.py" line="85" />
        <source>Clear the date</source>
        <translation>Очистить дату</translation>
    </message>
    <message>
        <location filename="../desktop_app/date_text.py" line="72" />
        <source>dd</source>
        <translation>ДД</translation>
    </message>
    <message>
        <location filename="../desktop_app/date_text.py" line="73" />
        <source>mm</source>
        <translation>ММ</translation>
    </message>
    <message>
        <location filename="../desktop_app/date_text.py" line="74" />
        <source>yyyy</source>
        <translation>ГГГГ</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="47" />
        <source>Action plan due</source>
        <translation>Срок подачи плана действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="48" />
        <source>Monitoring report due</source>
        <translation>Срок отчёта о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="49" />
        <source>Monitoring emission inventory due</source>
        <translation>Срок мониторингового кадастра выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="50" />
        <source>Deadline extension expires</source>
        <translation>Истекает продление срока</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="51" />
        <source>Coordinator report due</source>
        <translation>Срок отчёта координатора</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="52" />
        <source>Plan under assessment for too long</source>
        <translation>План слишком долго на оценке</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="55" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="56" />
        <source>Due soon</source>
        <translation>Срок скоро</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="57" />
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="60" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="61" />
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="62" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="63" />
        <source>Deadline</source>
        <translation>Вид срока</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="64" />
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="65" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/deadlines.py" line="372" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="101" />
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="103" />
        <source>in %n days</source>
        <translation><numerusform>через %n день</numerusform><numerusform>через %n дня</numerusform><numerusform>через %n дней</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="106" />
        <source>overdue since {year}</source>
        <translation>просрочено с {year} года</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="107" />
        <source>%n days overdue</source>
        <translation><numerusform>просрочено на %n день</numerusform><numerusform>просрочено на %n дня</numerusform><numerusform>просрочено на %n дней</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="126" />
        <source>Deadline filter</source>
        <translation>Фильтр по типу срока</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="127" />
        <source>All deadlines</source>
        <translation>Все сроки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="132" />
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="133" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="138" />
        <source>Time window</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="139" />
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="142" />
        <source>Overdue or due within %n days</source>
        <translation><numerusform>Просроченные и в ближайший %n день</numerusform><numerusform>Просроченные и в ближайшие %n дня</numerusform><numerusform>Просроченные и в ближайшие %n дней</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="147" />
        <source>Search signatory</source>
        <translation>Поиск подписанта</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="151" />
        <source>Export .xlsx...</source>
        <translation>Экспорт в .xlsx...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="152" />
        <source>Export calendar (.ics)...</source>
        <translation>Экспорт календаря (.ics)...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="180" />
        <source>Computing deadlines...</source>
        <translation>Расчёт сроков...</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="272" />
        <source>{shown} of %n deadlines</source>
        <translation><numerusform>Сроков: {shown} из %n</numerusform><numerusform>Сроков: {shown} из %n</numerusform><numerusform>Сроков: {shown} из %n</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="285" />
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="315" />
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="327" />
        <source>Export deadlines</source>
        <translation>Экспорт сроков</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="287" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="289" />
        <source>Calendar (*.ics)</source>
        <translation>Календарь (*.ics)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="316" />
        <source>Could not write {path}: {error}</source>
        <translation>Не удалось записать {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="323" />
        <source>%n deadlines exported to {path}</source>
        <translation><numerusform>%n срок экспортирован в {path}</numerusform><numerusform>%n срока экспортированы в {path}</numerusform><numerusform>%n сроков экспортированы в {path}</numerusform></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desktop_app/services/demo.py" line="59" />
        <source>The database already holds {count} signatories; demo data was not added. Use --force to add it anyway.</source>
        <translation>В базе данных уже есть подписанты (количество: {count}); демонстрационные данные не добавлены. Чтобы всё равно добавить их, используйте --force.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/demo.py" line="64" />
        <source>Demo data from seed {seed} is already in this database; choose another --seed. Nothing was added.</source>
        <translation>Демонстрационные данные с начальным значением {seed} уже есть в этой базе данных; укажите другое значение --seed. Ничего не добавлено.</translation>
    </message>
</context>
<context>
    <name>EnergyDayForm</name>
    <message>
        <location filename="../desktop_app/ui/forms/energy_day_form.py" line="27" />
        <source>(no lead organiser)</source>
        <translation>(без ведущего организатора)</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="262" />
        <source>Territorial Coordinator</source>
        <translation>Территориальный координатор</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="263" />
        <source>National Coordinator</source>
        <translation>Национальный координатор</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="264" />
        <source>Expression of interest</source>
        <translation>Заявка о заинтересованности</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="265" />
        <source>Eligibility confirmed</source>
        <translation>Право на участие подтверждено</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="266" />
        <source>Commitment signed</source>
        <translation>Обязательства подписаны</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="267" />
        <location filename="../desktop_app/domain/enums.py" line="289" />
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="268" />
        <location filename="../desktop_app/domain/enums.py" line="290" />
        <source>On hold</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="269" />
        <location filename="../desktop_app/domain/enums.py" line="291" />
        <source>Withdrawn</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="270" />
        <location filename="../desktop_app/domain/enums.py" line="316" />
        <source>Promotion</source>
        <translation>Продвижение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="271" />
        <location filename="../desktop_app/domain/enums.py" line="317" />
        <source>Technical assistance</source>
        <translation>Техническая помощь</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="272" />
        <location filename="../desktop_app/domain/enums.py" line="318" />
        <source>Strategic assistance</source>
        <translation>Стратегическая помощь</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="273" />
        <source>Financial support</source>
        <translation>Финансовая поддержка</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="274" />
        <source>Human resources</source>
        <translation>Кадровые ресурсы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="275" />
        <location filename="../desktop_app/domain/enums.py" line="319" />
        <source>Capacity building</source>
        <translation>Наращивание потенциала</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="276" />
        <source>Emission inventory support</source>
        <translation>Помощь в составлении кадастра выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="277" />
        <source>Risk and vulnerability assessment support</source>
        <translation>Помощь в оценке рисков и уязвимости</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="278" />
        <source>Energy Days</source>
        <translation>Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="279" />
        <source>Sent outside the app</source>
        <translation>Отправлен вне приложения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="280" />
        <source>Submission pack</source>
        <translation>Пакет для отправки</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="281" />
        <source>2020 (SEAP)</source>
        <translation>2020 (ПДУЭР)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="282" />
        <source>2030 (SECAP)</source>
        <translation>2030 (ПДУЭРК)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="283" />
        <source>2050 (climate neutrality)</source>
        <translation>2050 (климатическая нейтральность)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="284" />
        <source>Mitigation</source>
        <translation>Смягчение изменения климата</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="285" />
        <source>Adaptation</source>
        <translation>Адаптация</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="286" />
        <source>Energy poverty / access</source>
        <translation>Энергетическая бедность / доступ к энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="287" />
        <source>Absolute</source>
        <translation>Абсолютная</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="288" />
        <source>Per capita</source>
        <translation>На душу населения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="292" />
        <source>SEAP</source>
        <translation>ПДУЭР</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="293" />
        <source>SECAP</source>
        <translation>ПДУЭРК</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="294" />
        <source>SEACAP</source>
        <translation>ПДУДЭК</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="295" />
        <source>Municipal</source>
        <translation>Муниципальный</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="296" />
        <source>Tertiary</source>
        <translation>Третичный</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="297" />
        <source>Residential</source>
        <translation>Жилой</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="298" />
        <location filename="../desktop_app/domain/enums.py" line="374" />
        <location filename="../desktop_app/domain/plan_codes.py" line="339" />
        <location filename="../desktop_app/domain/plan_codes.py" line="374" />
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="299" />
        <location filename="../desktop_app/domain/enums.py" line="373" />
        <source>Industry</source>
        <translation>Промышленность</translation>
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
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="301" />
        <source>In preparation</source>
        <translation>В подготовке</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="302" />
        <location filename="../desktop_app/domain/enums.py" line="309" />
        <source>Submitted</source>
        <translation>Подан</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="303" />
        <source>Under assessment</source>
        <translation>На оценке</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="304" />
        <location filename="../desktop_app/domain/enums.py" line="310" />
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="305" />
        <location filename="../desktop_app/domain/enums.py" line="311" />
        <source>Revision requested</source>
        <translation>На доработке</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="306" />
        <source>Action reporting</source>
        <translation>Отчёт о мероприятиях</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="307" />
        <source>Full reporting</source>
        <translation>Полный отчёт</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="308" />
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="312" />
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="313" />
        <source>Monitoring report</source>
        <translation>Отчёт о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="314" />
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="315" />
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="320" />
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="321" />
        <source>Study visit</source>
        <translation>Ознакомительный визит</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="322" />
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="324" />
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="325" />
        <source>Subsidy</source>
        <translation>Субсидия</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="326" />
        <source>Soft loan</source>
        <translation>Льготный кредит</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="327" />
        <source>Guarantee</source>
        <translation>Гарантия</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="328" />
        <source>Revolving fund</source>
        <translation>Револьверный фонд</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="329" />
        <source>ESCO / energy performance contract</source>
        <translation>ЭСКО / энергосервисный контракт</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="330" />
        <source>Third-party financing</source>
        <translation>Финансирование третьей стороной</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="331" />
        <source>Green bond</source>
        <translation>Зелёные облигации</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="332" />
        <source>Public-private partnership</source>
        <translation>Государственно-частное партнёрство</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="333" />
        <source>Cooperative / crowdfunding</source>
        <translation>Кооператив / краудфандинг</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="334" />
        <source>Staff in kind</source>
        <translation>Прикомандированный персонал</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="336" />
        <source>Own budget</source>
        <translation>Собственный бюджет</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="337" />
        <source>National budget</source>
        <translation>Государственный бюджет</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="338" />
        <source>EU programme</source>
        <translation>Программа ЕС</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="339" />
        <source>International financial institution</source>
        <translation>Международная финансовая организация</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="340" />
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="341" />
        <source>Private</source>
        <translation>Частные средства</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="342" />
        <source>Applied</source>
        <translation>Заявка подана</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="343" />
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="344" />
        <source>Disbursed</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="345" />
        <source>Rejected</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="346" />
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="347" />
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="348" />
        <source>Open doors</source>
        <translation>День открытых дверей</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="349" />
        <source>Guided visit</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="350" />
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="351" />
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="352" />
        <source>Round table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="353" />
        <source>Cycling</source>
        <translation>Велопробег</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="354" />
        <source>Concert</source>
        <translation>Концерт</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="356" />
        <source>Schoolchildren</source>
        <translation>Школьники</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="357" />
        <source>General public</source>
        <translation>Широкая общественность</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="358" />
        <source>Businesses</source>
        <translation>Бизнес</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="359" />
        <source>Housing associations</source>
        <translation>Объединения собственников жилья</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="360" />
        <source>NGOs</source>
        <translation>НПО</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="361" />
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="362" />
        <source>Public servants</source>
        <translation>Государственные служащие</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="363" />
        <source>Baseline emission inventory</source>
        <translation>Базовый кадастр выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="364" />
        <source>Monitoring emission inventory</source>
        <translation>Кадастр выбросов для мониторинга</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="365" />
        <source>IPCC (activity-based)</source>
        <translation>МГЭИК (по видам деятельности)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="366" />
        <source>Life cycle (LCA)</source>
        <translation>Жизненный цикл (LCA)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="367" />
        <source>t CO2</source>
        <translation>т CO2</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="368" />
        <source>t CO2-eq</source>
        <translation>т CO2-экв.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="369" />
        <source>Municipal buildings, equipment and facilities</source>
        <translation>Муниципальные здания, оборудование и объекты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="370" />
        <source>Tertiary buildings, equipment and facilities</source>
        <translation>Здания, оборудование и объекты сферы услуг</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="371" />
        <source>Residential buildings</source>
        <translation>Жилые здания</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="372" />
        <source>Public lighting</source>
        <translation>Уличное освещение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="375" />
        <source>Others</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="376" />
        <source>Local electricity production (fuel input)</source>
        <translation>Местное производство электроэнергии (топливо)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="377" />
        <source>Local heat/cold production (fuel input)</source>
        <translation>Местное производство тепла и холода (топливо)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="378" />
        <source>Electricity</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="379" />
        <source>Heat/cold</source>
        <translation>Тепло и холод</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="380" />
        <source>Natural gas</source>
        <translation>Природный газ</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="381" />
        <source>Liquid gas</source>
        <translation>Сжиженный газ</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="382" />
        <source>Heating oil</source>
        <translation>Печное топливо</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="383" />
        <source>Diesel</source>
        <translation>Дизельное топливо</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="384" />
        <source>Gasoline</source>
        <translation>Бензин</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="385" />
        <source>Lignite</source>
        <translation>Бурый уголь</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="386" />
        <source>Coal</source>
        <translation>Каменный уголь</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="387" />
        <source>Other fossil fuels</source>
        <translation>Другое ископаемое топливо</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="388" />
        <source>Biofuels</source>
        <translation>Биотопливо</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="389" />
        <source>Other biomass</source>
        <translation>Другая биомасса</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="390" />
        <source>Solar thermal</source>
        <translation>Солнечная тепловая энергия</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="391" />
        <source>Geothermal</source>
        <translation>Геотермальная энергия</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="392" />
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="393" />
        <source>Changed</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="394" />
        <source>Moved to trash</source>
        <translation>Перемещение в корзину</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="395" />
        <source>Restored</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="212" />
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="213" />
        <source>Ongoing</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="214" />
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="215" />
        <source>Postponed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="216" />
        <source>Local authority</source>
        <translation>Органы местного самоуправления</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="217" />
        <source>Covenant coordinator</source>
        <translation>Координатор Соглашения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="219" />
        <source>Not possible to say</source>
        <translation>Невозможно определить</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="220" />
        <source>Awareness raising / training</source>
        <translation>Повышение осведомлённости и обучение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="221" />
        <source>Public procurement</source>
        <translation>Государственные закупки</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="222" />
        <source>Energy management</source>
        <translation>Энергоменеджмент</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="223" />
        <source>Building standards</source>
        <translation>Строительные нормы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="224" />
        <source>Land use planning regulation</source>
        <translation>Регулирование землепользования</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="225" />
        <source>Mobility planning regulation</source>
        <translation>Планирование и регулирование мобильности</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="226" />
        <source>Grants and subsidies</source>
        <translation>Гранты и субсидии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="227" />
        <source>Third-party financing, PPP</source>
        <translation>Финансирование третьими сторонами, ГЧП</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="230" />
        <source>Energy certification / labelling</source>
        <translation>Энергетическая сертификация и маркировка</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="232" />
        <source>Energy suppliers' obligations</source>
        <translation>Обязательства энергоснабжающих организаций</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="235" />
        <source>Voluntary agreements with stakeholders</source>
        <translation>Добровольные соглашения с заинтересованными сторонами</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="239" />
        <source>Integrated ticketing and charging</source>
        <translation>Единая система билетов и оплаты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="242" />
        <source>Building envelope</source>
        <translation>Ограждающие конструкции зданий</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="245" />
        <source>Renewable energy for space heating and hot water</source>
        <translation>ВИЭ для отопления и горячего водоснабжения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="249" />
        <source>Energy efficiency in space heating and hot water</source>
        <translation>Энергоэффективность отопления и горячего водоснабжения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="253" />
        <source>Energy-efficient lighting systems</source>
        <translation>Энергоэффективное освещение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="257" />
        <source>Energy-efficient electrical appliances</source>
        <translation>Энергоэффективные электроприборы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="259" />
        <source>Integrated action</source>
        <translation>Комплексная мера</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="262" />
        <source>Energy efficiency in industrial processes</source>
        <translation>Энергоэффективность производственных процессов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="264" />
        <source>Renewable energy</source>
        <translation>Возобновляемая энергия</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="265" />
        <source>Energy efficiency</source>
        <translation>Энергоэффективность</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="266" />
        <source>Cleaner and efficient vehicles</source>
        <translation>Более чистые и эффективные транспортные средства</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="267" />
        <source>Electric vehicles and infrastructure</source>
        <translation>Электромобили и инфраструктура</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="270" />
        <source>Modal shift to public transport</source>
        <translation>Переход на общественный транспорт</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="274" />
        <source>Modal shift to walking and cycling</source>
        <translation>Переход на пешие и велосипедные поездки</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="276" />
        <source>Car sharing and pooling</source>
        <translation>Каршеринг и совместные поездки</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="279" />
        <source>Logistics and urban freight transport</source>
        <translation>Логистика и городские грузоперевозки</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="281" />
        <source>Road network optimisation</source>
        <translation>Оптимизация дорожной сети</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="284" />
        <source>Mixed-use development and sprawl containment</source>
        <translation>Смешанная застройка и сдерживание разрастания города</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="286" />
        <source>Eco-driving</source>
        <translation>Экономичное вождение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="287" />
        <source>Hydroelectric power</source>
        <translation>Гидроэнергетика</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="288" />
        <source>Wind power</source>
        <translation>Ветроэнергетика</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="289" />
        <source>Photovoltaics</source>
        <translation>Солнечная фотоэлектрическая энергетика</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="290" />
        <source>Biomass power plant</source>
        <translation>Электростанция на биомассе</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="291" />
        <source>Combined heat and power</source>
        <translation>Когенерация</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="292" />
        <source>Smart grids</source>
        <translation>Интеллектуальные сети</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="295" />
        <source>District heating/cooling plant</source>
        <translation>Установка централизованного тепло- и холодоснабжения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="299" />
        <source>District heating/cooling network</source>
        <translation>Сеть централизованного тепло- и холодоснабжения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="301" />
        <location filename="../desktop_app/domain/plan_codes.py" line="353" />
        <source>Information and communication technologies</source>
        <translation>Информационно-коммуникационные технологии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="302" />
        <source>Behavioural changes</source>
        <translation>Изменение поведения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="303" />
        <source>Urban regeneration</source>
        <translation>Обновление городской среды</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="306" />
        <source>Waste and wastewater management</source>
        <translation>Обращение с отходами и сточными водами</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="310" />
        <source>Tree planting in urban areas</source>
        <translation>Озеленение городских территорий</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="312" />
        <location filename="../desktop_app/domain/plan_codes.py" line="344" />
        <source>Agriculture and forestry</source>
        <translation>Сельское и лесное хозяйство</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="314" />
        <source>Extreme heat</source>
        <translation>Сильная жара</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="315" />
        <source>Extreme cold</source>
        <translation>Сильный холод</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="316" />
        <source>Heavy precipitation</source>
        <translation>Сильные осадки</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="317" />
        <source>Floods</source>
        <translation>Наводнения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="318" />
        <source>Sea level rise</source>
        <translation>Повышение уровня моря</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="319" />
        <source>Droughts</source>
        <translation>Засухи</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="320" />
        <source>Storms</source>
        <translation>Штормы и ураганы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="321" />
        <source>Mass movement</source>
        <translation>Оползни и сели</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="322" />
        <source>Wildfires</source>
        <translation>Природные пожары</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="323" />
        <source>Biological hazards</source>
        <translation>Биологические угрозы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="325" />
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="326" />
        <source>Moderate</source>
        <translation>Умеренная</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="327" />
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="328" />
        <location filename="../desktop_app/domain/plan_codes.py" line="332" />
        <location filename="../desktop_app/domain/plan_codes.py" line="337" />
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="329" />
        <source>Increase</source>
        <translation>Усиление</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="330" />
        <source>Decrease</source>
        <translation>Ослабление</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="331" />
        <source>No change</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="333" />
        <source>Current</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="334" />
        <source>Short term (up to 5 years)</source>
        <translation>Краткосрочно (до 5 лет)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="335" />
        <source>Medium term (5 to 15 years)</source>
        <translation>Среднесрочно (5–15 лет)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="336" />
        <source>Long term (over 15 years)</source>
        <translation>Долгосрочно (более 15 лет)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="338" />
        <location filename="../desktop_app/domain/plan_codes.py" line="373" />
        <source>Buildings</source>
        <translation>Здания</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="340" />
        <source>Energy</source>
        <translation>Энергетика</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="341" />
        <source>Water</source>
        <translation>Водные ресурсы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="342" />
        <source>Waste</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="343" />
        <source>Land use planning</source>
        <translation>Территориальное планирование</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="345" />
        <source>Environment and biodiversity</source>
        <translation>Окружающая среда и биоразнообразие</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="346" />
        <source>Health</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="349" />
        <source>Civil protection and emergency</source>
        <translation>Гражданская защита и чрезвычайные ситуации</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="351" />
        <source>Tourism</source>
        <translation>Туризм</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="352" />
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="355" />
        <source>Women and girls</source>
        <translation>Женщины и девочки</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="356" />
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="357" />
        <source>Youth</source>
        <translation>Молодёжь</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="358" />
        <source>Elderly</source>
        <translation>Пожилые люди</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="359" />
        <source>Marginalised groups</source>
        <translation>Маргинализированные группы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="360" />
        <source>Persons with disabilities</source>
        <translation>Люди с инвалидностью</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="363" />
        <source>Persons with chronic diseases</source>
        <translation>Люди с хроническими заболеваниями</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="365" />
        <source>Low-income households</source>
        <translation>Малообеспеченные домохозяйства</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="366" />
        <source>Unemployed persons</source>
        <translation>Безработные</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="369" />
        <source>Persons living in substandard housing</source>
        <translation>Живущие в неблагоустроенном жилье</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="371" />
        <source>Migrants and displaced persons</source>
        <translation>Мигранты и перемещённые лица</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="375" />
        <source>Energy prices and income</source>
        <translation>Цены на энергию и доходы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/plan_codes.py" line="376" />
        <source>Access to energy</source>
        <translation>Доступ к энергии</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="35" />
        <source>No plan</source>
        <translation>Нет плана</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="36" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="37" />
        <source>Open</source>
        <translation>Предстоит</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="38" />
        <source>Extended</source>
        <translation>Продлён</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="39" />
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="40" />
        <source>Monitoring report</source>
        <translation>Отчёт о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/export.py" line="199" />
        <source>Coordinator Desk export</source>
        <translation>Экспорт из Coordinator Desk</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/export.py" line="202" />
        <source>Period {period}; written by Coordinator Desk {version}</source>
        <translation>Период: {period}; создано в Coordinator Desk {version}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="99" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="100" />
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="101" />
        <source>Signatory country</source>
        <translation>Страна подписанта</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="102" />
        <source>Signatory ID</source>
        <translation>ID подписанта</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="66" />
        <location filename="../desktop_app/services/excel/sheets.py" line="103" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="25" />
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="43" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="34" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="44" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="40" />
        <source>Local name</source>
        <translation>Название на местном языке</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="52" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="48" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="53" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="53" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="62" />
        <source>Covenant ID</source>
        <translation>ID в Соглашении</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="67" />
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="73" />
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="36" />
        <source>Emission inventories</source>
        <translation>Кадастры выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="50" />
        <source>Inventory type</source>
        <translation>Тип кадастра</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="65" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="81" />
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="73" />
        <source>Emission factor approach</source>
        <translation>Подход к коэффициентам выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="80" />
        <source>Emission unit</source>
        <translation>Единица выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="88" />
        <source>Energy grid (sector/carrier=MWh)</source>
        <translation>Таблица энергии (сектор/энергоноситель=МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="95" />
        <source>Local electricity production (MWh)</source>
        <translation>Местное производство электроэнергии (МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="100" />
        <source>Local heat/cold production (MWh)</source>
        <translation>Местное производство тепла и холода (МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="106" />
        <source>Local electricity factor (t/MWh)</source>
        <translation>Местный коэффициент для электроэнергии (т/МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="111" />
        <source>Local heat/cold factor (t/MWh)</source>
        <translation>Местный коэффициент для тепла и холода (т/МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="116" />
        <source>Source of the local factors</source>
        <translation>Источник местных коэффициентов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="122" />
        <source>Total consumption stated (MWh)</source>
        <translation>Указанное общее потребление (МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="127" />
        <source>Total emissions stated (t)</source>
        <translation>Указанные общие выбросы (т)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="91" />
        <source>Population year</source>
        <translation>Год данных о населении</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="100" />
        <source>Adhesion date</source>
        <translation>Дата присоединения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="121" />
        <source>Framework</source>
        <translation>Горизонт обязательств</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="128" />
        <source>Pillars</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="134" />
        <source>Target (%)</source>
        <translation>Цель (%)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="27" />
        <source>Energy poverty</source>
        <translation>Энергетическая бедность</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="41" />
        <source>Macro-area</source>
        <translation>Макрообласть</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="48" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="50" />
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="55" />
        <source>Current level</source>
        <translation>Текущий уровень</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="60" />
        <source>Current year</source>
        <translation>Год текущего уровня</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="66" />
        <source>Target level</source>
        <translation>Целевой уровень</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="72" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="142" />
        <source>Target year</source>
        <translation>Целевой год</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="148" />
        <source>Target type</source>
        <translation>Тип цели</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="150" />
        <source>Joint plan</source>
        <translation>Совместный план</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="154" />
        <source>Joint plan name</source>
        <translation>Название совместного плана</translation>
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
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="162" />
        <source>Status date</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="74" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="166" />
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="75" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="173" />
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="76" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="180" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="190" />
        <source>Plan status</source>
        <translation>Статус плана</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="198" />
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="24" />
        <source>Action plans</source>
        <translation>Планы действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="38" />
        <source>Plan type</source>
        <translation>Тип плана</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="43" />
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="38" />
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="44" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="83" />
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="54" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="48" />
        <source>Baseline year</source>
        <translation>Год базового кадастра</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="54" />
        <source>Inventory sectors</source>
        <translation>Секторы кадастра</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="60" />
        <source>Action sectors</source>
        <translation>Секторы мероприятий</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="65" />
        <source>Risk assessment done</source>
        <translation>Оценка рисков проведена</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="72" />
        <source>Council approval date</source>
        <translation>Дата утверждения советом</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="76" />
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="54" />
        <source>Submission date</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="86" />
        <source>Feedback date</source>
        <translation>Дата заключения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="24" />
        <source>Monitoring reports</source>
        <translation>Отчёты о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="38" />
        <source>Reporting type</source>
        <translation>Тип отчёта</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="58" />
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="44" />
        <source>Inventory year</source>
        <translation>Год кадастра</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="50" />
        <location filename="../desktop_app/services/excel/sheets.py" line="226" />
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="24" />
        <source>Deadline extensions</source>
        <translation>Продления сроков</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="36" />
        <source>Subject</source>
        <translation>Продление для</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="42" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="49" />
        <source>Requested by</source>
        <translation>Кем запрошено</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="55" />
        <source>Request date</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="61" />
        <source>Granted until</source>
        <translation>Продлено до</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="63" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="31" />
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="46" />
        <source>Activity type</source>
        <translation>Тип мероприятия</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="62" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="69" />
        <source>All signatories</source>
        <translation>Все подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="75" />
        <location filename="../desktop_app/services/excel/summary.py" line="48" />
        <source>Signatories reached</source>
        <translation>Охваченные подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="82" />
        <location filename="../desktop_app/services/excel/summary.py" line="46" />
        <source>Staff days</source>
        <translation>Человеко-дни</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="99" />
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="87" />
        <source>Participants</source>
        <translation>Число участников</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="89" />
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="33" />
        <source>Energy Days</source>
        <translation>Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="53" />
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="63" />
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="70" />
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="73" />
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="77" />
        <source>Organised by coordinator</source>
        <translation>Организован координатором</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="83" />
        <source>Organising signatories</source>
        <translation>Подписанты-организаторы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="89" />
        <source>Activities</source>
        <translation>Виды мероприятий</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="95" />
        <source>Audiences</source>
        <translation>Целевые аудитории</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="106" />
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="80" />
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="111" />
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="29" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="95" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="161" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="117" />
        <source>EUSEW registered</source>
        <translation>Зарегистрирован на EUSEW</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="119" />
        <source>Outcome</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="23" />
        <source>Finance</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="34" />
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="40" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="32" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="72" />
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="31" />
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="34" />
        <source>Plan ID</source>
        <translation>ID плана</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="46" />
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="56" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="59" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="70" />
        <source>Funder</source>
        <translation>Финансирующая организация</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="81" />
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="88" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="102" />
        <source>Decision date</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="125" />
        <source>Disbursed amount</source>
        <translation>Выплаченная сумма</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="130" />
        <source>Disbursed date</source>
        <translation>Дата выплаты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="139" />
        <source>Amount (EUR)</source>
        <translation>Сумма (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="147" />
        <source>Rate (units per EUR)</source>
        <translation>Курс (единиц за 1 EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="37" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="154" />
        <source>Rate date</source>
        <translation>Дата курса</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="21" />
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="46" />
        <source>Units per EUR</source>
        <translation>Единиц за 1 EUR</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="163" />
        <location filename="../desktop_app/services/excel/summary.py" line="91" />
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="164" />
        <location filename="../desktop_app/services/excel/summary.py" line="154" />
        <location filename="../desktop_app/services/excel/summary.py" line="160" />
        <source>Coordinator profile</source>
        <translation>Профиль координатора</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="166" />
        <source>Reports sent</source>
        <translation>Отправленные отчёты</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="192" />
        <source>Sent as</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="193" />
        <source>Date sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="194" />
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="195" />
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="196" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="197" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="219" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="220" />
        <source>Total (visible rows)</source>
        <translation>Итого (видимые строки)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="225" />
        <source>Deadline</source>
        <translation>Вид срока</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="227" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="31" />
        <source>1. Promotion and coordination of signatories</source>
        <translation>1. Продвижение Соглашения и координация подписантов</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="32" />
        <source>2. Technical and strategic assistance</source>
        <translation>2. Техническая и стратегическая помощь</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="33" />
        <source>3. Financial support</source>
        <translation>3. Финансовая поддержка</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="34" />
        <source>4. Energy Days</source>
        <translation>4. Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="35" />
        <source>5. Reporting</source>
        <translation>5. Отчётность</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="43" />
        <source>Signatories supported</source>
        <translation>Подписанты, получившие поддержку</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="44" />
        <source>New adhesions in the period</source>
        <translation>Новые присоединения за период</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="45" />
        <source>Assistance activities</source>
        <translation>Мероприятия по оказанию помощи</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="47" />
        <source>Participants in assistance activities</source>
        <translation>Участники мероприятий по оказанию помощи</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="49" />
        <source>Financing decisions</source>
        <translation>Решения о финансировании</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="50" />
        <source>Support provided (approved or disbursed): decisions</source>
        <translation>Оказанная поддержка (одобрено или выплачено): решений</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="51" />
        <source>Financial support provided (EUR)</source>
        <translation>Оказанная финансовая поддержка (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="52" />
        <source>Disbursed (EUR)</source>
        <translation>Выплачено (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="53" />
        <source>Rejected: decisions</source>
        <translation>Отказано: решений</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="54" />
        <source>Rejected (EUR)</source>
        <translation>Отказано (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="55" />
        <source>Applications awaiting a decision</source>
        <translation>Заявки, ожидающие решения</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="56" />
        <source>Awaiting a decision (EUR)</source>
        <translation>Ожидают решения (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="57" />
        <source>Energy Days held</source>
        <translation>Проведённые Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="58" />
        <source>Energy Day participants</source>
        <translation>Участники Дней энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="59" />
        <source>Registered with EU Sustainable Energy Week</source>
        <translation>Зарегистрированы на Европейской неделе устойчивой энергетики</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="60" />
        <source>Action plans submitted</source>
        <translation>Поданные планы действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="61" />
        <source>Action plans accepted</source>
        <translation>Принятые планы действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="62" />
        <source>Monitoring reports submitted</source>
        <translation>Поданные отчёты о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="63" />
        <source>Monitoring reports accepted</source>
        <translation>Принятые отчёты о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="64" />
        <source>Overdue action plans</source>
        <translation>Просроченные планы действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="65" />
        <source>Overdue monitoring reports</source>
        <translation>Просроченные отчёты о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="96" />
        <source>Key figures per commitment</source>
        <translation>Ключевые показатели по обязательствам</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="116" />
        <source>Amounts without an exchange rate (not in the EUR total)</source>
        <translation>Суммы без курса валюты (не включены в итог в EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="210" />
        <source>Emissions of the territory</source>
        <translation>Выбросы территории</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="218" />
        <source>Signatories with an emission inventory</source>
        <translation>Подписанты с кадастром выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="219" />
        <source>Baseline emissions (t)</source>
        <translation>Базовые выбросы (т)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="220" />
        <source>Latest emissions (t)</source>
        <translation>Последние выбросы (т)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="221" />
        <source>Change against the baseline (%)</source>
        <translation>Изменение по сравнению с базовым уровнем (%)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="223" />
        <source>Baseline emissions per inhabitant (t)</source>
        <translation>Базовые выбросы на жителя (т)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="224" />
        <source>Latest emissions per inhabitant (t)</source>
        <translation>Последние выбросы на жителя (т)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="225" />
        <source>Signatories whose latest inventory is older than 4 years</source>
        <translation>Подписанты, чей последний кадастр старше 4 лет</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/summary.py" line="227" />
        <source>Emission factor table</source>
        <translation>Таблица коэффициентов выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="50" />
        <source>Coordinator type</source>
        <translation>Тип координатора</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="77" />
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="57" />
        <source>Mandated agency</source>
        <translation>Уполномоченное агентство</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="69" />
        <source>Commitment signed</source>
        <translation>Обязательства подписаны</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="71" />
        <source>Active since</source>
        <translation>Активен с</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/office.py" line="34" />
        <location filename="../desktop_app/services/excel/summary.py" line="162" />
        <source>No coordinator profile has been entered yet.</source>
        <translation>Профиль координатора ещё не заполнен.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/sheets.py" line="165" />
        <location filename="../desktop_app/services/excel/summary.py" line="176" />
        <source>Services offered to signatories</source>
        <translation>Услуги, предлагаемые подписантам</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="54" />
        <source>Mitigation actions</source>
        <translation>Меры по смягчению</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="37" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="77" />
        <source>Action ID</source>
        <translation>ID меры</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="95" />
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="104" />
        <source>Area of intervention</source>
        <translation>Область воздействия</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="112" />
        <source>Policy instrument</source>
        <translation>Инструмент политики</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="119" />
        <source>Origin</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="85" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="124" />
        <source>Stakeholders</source>
        <translation>Заинтересованные стороны</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="129" />
        <source>Responsible body</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="26" />
        <source>Adaptation actions</source>
        <translation>Меры по адаптации</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="45" />
        <source>Hazards addressed</source>
        <translation>Опасности, на которые направлена мера</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="52" />
        <source>Sectors addressed</source>
        <translation>Охватываемые секторы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="64" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="146" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="70" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="152" />
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="76" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="158" />
        <source>Implementation cost</source>
        <translation>Стоимость реализации</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="165" />
        <source>Energy savings MWh/a</source>
        <translation>Экономия энергии, МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="172" />
        <source>Renewable production MWh/a</source>
        <translation>Выработка ВИЭ, МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="177" />
        <source>CO2 reduction t/a</source>
        <translation>Сокращение CO2, т/год</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="185" />
        <source>Achieved energy savings MWh/a</source>
        <translation>Достигнутая экономия энергии, МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="190" />
        <source>Achieved renewable production MWh/a</source>
        <translation>Достигнутая выработка ВИЭ, МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="195" />
        <source>Achieved CO2 reduction t/a</source>
        <translation>Достигнутое сокращение CO2, т/год</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="91" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="202" />
        <source>Energy poverty areas</source>
        <translation>Области энергетической бедности</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="33" />
        <source>Climate risks</source>
        <translation>Климатические риски</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="47" />
        <source>Hazard</source>
        <translation>Опасность</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="54" />
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="61" />
        <source>Impact</source>
        <translation>Воздействие</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="68" />
        <source>Expected change</source>
        <translation>Ожидаемое изменение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="75" />
        <source>Timeframe</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="81" />
        <source>Vulnerable sectors</source>
        <translation>Уязвимые секторы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="87" />
        <source>Vulnerable groups</source>
        <translation>Уязвимые группы</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="48" />
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="58" />
        <source>Every record, not only the period's activities</source>
        <translation>Все записи, а не только мероприятия периода</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="63" />
        <source>Browse...</source>
        <translation>Обзор...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="53" />
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="69" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="54" />
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="70" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="72" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="76" />
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="85" />
        <source>Save the workbook</source>
        <translation>Сохранение книги Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="87" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="144" />
        <source>&amp;Import from Excel...</source>
        <translation>&amp;Импорт из Excel...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="145" />
        <source>E&amp;xport to Excel...</source>
        <translation>&amp;Экспорт в Excel...</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="49" />
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="50" />
        <source>Update</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="51" />
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="52" />
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="69" />
        <source>Choose the workbook</source>
        <translation>Выберите книгу Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="72" />
        <source>Browse...</source>
        <translation>Обзор...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="77" />
        <source>Detect from the headers</source>
        <translation>Определить по заголовкам</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="81" />
        <source>every sheet with a header row</source>
        <translation>все листы со строкой заголовков</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="86" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="87" />
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="88" />
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="190" />
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="93" />
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="301" />
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="95" />
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Книги Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="130" />
        <source>Match the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="131" />
        <source>Columns set to "Ignore" are not imported.</source>
        <translation>Столбцы со значением «Пропустить» не импортируются.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="144" />
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="46" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="46" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="53" />
        <source>Values and filters</source>
        <translation>Значения и фильтры</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="55" />
        <source>Say what the sheet's own values mean, take only some rows, and save it all as a profile for next time.</source>
        <translation>Укажите, что означают значения листа, отберите нужные строки и сохраните всё как профиль на следующий раз.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="64" />
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="144" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="65" />
        <source>Value in the sheet</source>
        <translation>Значение в листе</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="66" />
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="70" />
        <source>Values the app does not recognise</source>
        <translation>Значения, которые приложение не распознаёт</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="71" />
        <source>Every value of the sheet is recognised.</source>
        <translation>Все значения листа распознаны.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="73" />
        <source>Filter column</source>
        <translation>Столбец фильтра</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="75" />
        <source>Filter value</source>
        <translation>Значение фильтра</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="76" />
        <source>e.g. UA or Lviv</source>
        <translation>например, UA или Львов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="78" />
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="79" />
        <source>leave empty not to save</source>
        <translation>оставьте пустым, чтобы не сохранять</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="85" />
        <source>Import only the rows where</source>
        <translation>Импортировать только строки, где</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="86" />
        <source>Save as import profile</source>
        <translation>Сохранить как профиль импорта</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="101" />
        <source>(no filter)</source>
        <translation>(без фильтра)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="114" />
        <source>Read {value} as</source>
        <translation>Читать «{value}» как</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_values_page.py" line="116" />
        <source>(leave as it is: an error)</source>
        <translation>(оставить как есть: ошибка)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="151" />
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="171" />
        <source>Each field can be fed by one column only.</source>
        <translation>Каждое поле можно заполнить только из одного столбца.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="181" />
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="191" />
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="192" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="193" />
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="198" />
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>Импортировать корректные строки и пропустить строки с ошибками</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="202" />
        <source>Save the file with errors highlighted...</source>
        <translation>Сохранить файл с выделенными ошибками...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="216" />
        <source>Checking every row...</source>
        <translation>Проверка всех строк...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="237" />
        <source>{new} new, {update} to update, {same} unchanged, {errors} with errors.</source>
        <translation>Новых — {new}, к обновлению — {update}, без изменений — {same}, с ошибками — {errors}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="277" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="308" />
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="320" />
        <source>Importing...</source>
        <translation>Импорт...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="340" />
        <source>Imported: {created} new, {updated} updated, {skipped} skipped with errors.</source>
        <translation>Импорт завершён: новых — {created}, обновлено — {updated}, пропущено из-за ошибок — {skipped}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="348" />
        <source>A backup was taken first: {path}</source>
        <translation>Предварительно создана резервная копия: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="358" />
        <source>A record was changed by someone else during the import; nothing was imported. Check the preview again.</source>
        <translation>Во время импорта запись изменил другой пользователь; ничего не импортировано. Проверьте предварительный просмотр ещё раз.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/import_wizard.py" line="364" />
        <source>The import failed and nothing was written.</source>
        <translation>Импорт не удался; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ExcelMessages</name>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="17" />
        <source>{path}: the file does not exist.</source>
        <translation>{path}: файл не существует.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="18" />
        <source>{path}: the file cannot be read: {detail}</source>
        <translation>{path}: не удаётся прочитать файл: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="19" />
        <source>{path} is not an Excel workbook (.xlsx): its content is not an Office Open XML package, whatever its name says. Save it from your spreadsheet program as .xlsx.</source>
        <translation>{path} не является книгой Excel (.xlsx): что бы ни говорило имя файла, его содержимое не является пакетом Office Open XML. Сохраните файл в формате .xlsx в своей программе для работы с таблицами.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="24" />
        <source>{path} is not a valid .xlsx workbook: the part {part} is missing.</source>
        <translation>{path} не является корректной книгой .xlsx: отсутствует часть {part}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="27" />
        <source>{path} was refused: it contains {count} files, more than the limit of {limit}.</source>
        <translation>{path} отклонён: число файлов в нём ({count}) превышает предел ({limit}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="31" />
        <source>{path} was refused: it would unpack to {size} MB, more than the limit of {limit} MB (a compressed-file bomb or an unusually large workbook).</source>
        <translation>{path} отклонён: после распаковки он займёт {size} МБ, что больше предела в {limit} МБ (архивная бомба или необычно большая книга).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="36" />
        <source>{path} was refused: the part {part} is compressed {ratio} times, more than any real workbook (limit {limit}); this looks like a compressed-file bomb.</source>
        <translation>{path} отклонён: коэффициент сжатия части {part} равен {ratio}, что больше, чем у любой настоящей книги (предел {limit}); это похоже на архивную бомбу.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="41" />
        <source>{path} was refused: its XML declares entities or a document type ({detail}), which workbooks never need and attacks use.</source>
        <translation>{path} отклонён: его XML объявляет сущности или тип документа ({detail}); книгам это не нужно, а при атаках используется.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="46" />
        <source>{path} is damaged and cannot be read: {detail}</source>
        <translation>{path} повреждён, прочитать его невозможно: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="47" />
        <source>{path}, sheet {sheet}: more than {limit} rows; split the sheet and import in parts.</source>
        <translation>{path}, лист {sheet}: число строк превышает {limit}; разделите лист и импортируйте данные по частям.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="51" />
        <source>{path}, sheet {sheet}: data in column {column}, beyond the limit of {limit} columns.</source>
        <translation>{path}, лист {sheet}: данные в столбце {column} выходят за предел допустимого числа столбцов ({limit}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="55" />
        <source>{path} has no sheet named {sheet}. Sheets: {sheets}.</source>
        <translation>В {path} нет листа с именем {sheet}. Листы: {sheets}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="56" />
        <source>{path}, sheet {sheet}: no header row found in the first {rows} rows. A header row names at least two columns.</source>
        <translation>{path}, лист {sheet}: строка заголовков не найдена среди первых строк (проверено: {rows}). Строка заголовков должна содержать названия хотя бы двух столбцов.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="61" />
        <source>{path}, sheet {sheet}: cannot tell which records the sheet holds from its headers; give --kind.</source>
        <translation>{path}, лист {sheet}: по заголовкам невозможно определить, какие записи содержит лист; укажите --kind.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="66" />
        <source>--map {value}: expected "Header=field".</source>
        <translation>--map {value}: ожидается «Заголовок=поле».</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="67" />
        <source>--map {value}: {field} is not a field of {kind}. Fields: {fields}.</source>
        <translation>--map {value}: {field} не является полем вида записей {kind}. Поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="70" />
        <source>--map {value}: the sheet has no column headed {header}.</source>
        <translation>--map {value}: на листе нет столбца с заголовком {header}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="73" />
        <source>Cannot write {path}: {detail}</source>
        <translation>Не удаётся записать {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="74" />
        <source>--value {value}: expected "FIELD:SOURCE=TARGET", e.g. status:published=active.</source>
        <translation>--value {value}: ожидается «ПОЛЕ:ИСХОДНОЕ=НОВОЕ», например status:published=active.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="78" />
        <source>--where {value}: expected "COLUMN=VALUE", e.g. country=UA.</source>
        <translation>--where {value}: ожидается «СТОЛБЕЦ=ЗНАЧЕНИЕ», например country=UA.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="79" />
        <source>--where {value}: sheet {sheet} has no field or column {column}. Columns: {headers}.</source>
        <translation>--where {value}: на листе {sheet} нет поля или столбца {column}. Столбцы: {headers}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="83" />
        <source>There is no import profile called {name}. Saved profiles: {names}.</source>
        <translation>Профиля импорта с именем {name} нет. Сохранённые профили: {names}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="86" />
        <source>The import profile {path} is damaged or was not written by this app; save it again with --save-profile.</source>
        <translation>Профиль импорта {path} повреждён или записан не этим приложением; сохраните его заново с --save-profile.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="91" />
        <source>{name} cannot be a profile name: use up to 60 letters, digits, spaces, dots or dashes.</source>
        <translation>«{name}» не может быть именем профиля: используйте до 60 букв, цифр, пробелов, точек или дефисов.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="96" />
        <source>'{value}' is not a date (use a date cell, dd.mm.yyyy, yyyy-mm-dd or d/m/yyyy).</source>
        <translation>'{value}' не является датой (используйте ячейку с датой или формат дд.мм.гггг, гггг-мм-дд или д/м/гггг).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="100" />
        <source>'{value}' is not a number.</source>
        <translation>'{value}' не является числом.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="101" />
        <source>'{value}' is not a number: its digit groups cannot be thousands (write 1234.5, 1 234,5 or 1,234.5).</source>
        <translation>«{value}» — не число: такие группы цифр не могут быть разрядами тысяч (пишите 1234,5, 1 234,5 или 1,234.5).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="106" />
        <source>'{value}' is too large for this field (at most {limit} in size).</source>
        <translation>«{value}» слишком велико для этого поля (по модулю меньше {limit}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="109" />
        <source>the date {value} is outside the years the app accepts ({first} to {last}).</source>
        <translation>дата {value} вне допустимого диапазона ({first} — {last}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="113" />
        <source>the formula {value} has no calculated value in the file; open the file in a spreadsheet program, save it, and import again.</source>
        <translation>у формулы {value} в файле нет вычисленного значения; откройте файл в табличной программе, сохраните его и импортируйте снова.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="118" />
        <source>'{value}' is not a whole number.</source>
        <translation>'{value}' не является целым числом.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="119" />
        <source>'{value}' is not yes or no.</source>
        <translation>'{value}' не является значением «да» или «нет».</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="120" />
        <source>'{value}' is not one of the allowed values: {choices}.</source>
        <translation>'{value}' не входит в число допустимых значений: {choices}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="121" />
        <source>'{value}' is not a known country (name or ISO code such as TM).</source>
        <translation>'{value}' — неизвестная страна (укажите название или код ISO, например TM).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="124" />
        <source>'{value}' is not a known currency code (such as EUR, TMT).</source>
        <translation>'{value}' — неизвестный код валюты (ожидается, например, EUR или TMT).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="127" />
        <source>'{value}' is not a record ID.</source>
        <translation>'{value}' не является ID записи.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="128" />
        <source>a value is required.</source>
        <translation>требуется значение.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="129" />
        <source>no signatory '{name}' ({country}) in the database.</source>
        <translation>подписанта '{name}' ({country}) нет в базе данных.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="130" />
        <source>several signatories are called '{name}'; add the country or the signatory ID.</source>
        <translation>несколько подписантов называются '{name}'; укажите страну или ID подписанта.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="134" />
        <source>the same record is already in row {row}.</source>
        <translation>та же запись уже есть в строке {row}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="135" />
        <source>no action plan with ID {value} in the database or in this import.</source>
        <translation>нет плана действий с ID {value} ни в базе данных, ни в этом импорте.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="138" />
        <source>no mitigation action with ID {value} in the database or in this import.</source>
        <translation>нет меры по смягчению с ID {value} ни в базе данных, ни в этом импорте.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="142" />
        <source>ID {value} belongs to a record that is not of this kind.</source>
        <translation>ID {value} принадлежит записи другого вида.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="145" />
        <source>longer than {limit} characters.</source>
        <translation>длина превышает {limit} симв.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="146" />
        <source>'{label}' (row {row}) is not a field of the coordinator profile; correct the label or delete the row.</source>
        <translation>«{label}» (строка {row}) — не поле профиля координатора; исправьте подпись или удалите строку.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="151" />
        <source>'{label}' is given twice; the coordinator profile already has it in row {row}.</source>
        <translation>«{label}» указано дважды: в профиле координатора это поле уже есть в строке {row}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="155" />
        <source>row {row} has a value but no label saying which field it is.</source>
        <translation>в строке {row} есть значение, но нет подписи, указывающей, какое это поле.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="158" />
        <source>a service belongs to the coordinator profile above it, which cannot be imported (see its errors) or is missing.</source>
        <translation>услуга относится к профилю координатора выше, который нельзя импортировать (см. его ошибки) или которого нет.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="163" />
        <source>the date sent, {date}, is after today ({today}); a report is recorded once it has been sent.</source>
        <translation>дата отправки {date} позже сегодняшнего дня ({today}); отчёт регистрируется только после отправки.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="168" />
        <source>the period ends ({end}) before it starts ({start}).</source>
        <translation>период заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="169" />
        <source>the period starts ({start}) after the report was sent ({sent}).</source>
        <translation>период начинается ({start}) после отправки отчёта ({sent}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="172" />
        <source>this is the log entry of a submission pack, whose hashes prove the file sent; an import may change its note only.</source>
        <translation>это запись журнала о пакете для отправки, хеши которого подтверждают отправленный файл; импорт может изменить только её примечание.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/errors.py" line="177" />
        <source>none of the sheet's columns could be matched to a field.</source>
        <translation>ни один столбец листа не удалось сопоставить с полем.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/actions_export.py" line="39" />
        <source>no signatory '{name}' (name or Covenant ID) in the database.</source>
        <translation>подписанта «{name}» (название или ID в Соглашении) нет в базе данных.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/actions_export.py" line="40" />
        <source>several signatories are called '{name}'; give its Covenant ID instead.</source>
        <translation>несколько подписантов называются «{name}»; укажите вместо названия ID в Соглашении.</translation>
    </message>
</context>
<context>
    <name>ExcelReport</name>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="73" />
        <source>Row {row}: {field}: {old} → {new}</source>
        <translation>Строка {row}: {field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="84" />
        <source>... and {n} more changes.</source>
        <translation>... и ещё изменений: {n}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="94" />
        <source>Sheet {sheet} ({kind}): {new} new, {update} to update, {same} unchanged, {errors} with errors.</source>
        <translation>Лист {sheet} ({kind}): новых — {new}, к обновлению — {update}, без изменений — {same}, с ошибками — {errors}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="111" />
        <source>Read with the import profile {name}.</source>
        <translation>Прочитан по профилю импорта {name}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="118" />
        <source>Recognised as the Covenant's open data ({layout}): its columns, '-' for no value and its statuses are read without --map.</source>
        <translation>Распознан как открытые данные Соглашения ({layout}): его столбцы, «-» как отсутствие значения и статусы читаются без --map.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/services/excel/report.py" line="126" />
        <source>%n row(s) left out by --where.</source>
        <translation><numerusform>%n строка пропущена по условию --where.</numerusform><numerusform>%n строки пропущены по условию --where.</numerusform><numerusform>%n строк пропущено по условию --where.</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="132" />
        <source>Ignored columns (use --map to use them): {headers}</source>
        <translation>Пропущенные столбцы (чтобы использовать их, укажите --map): {headers}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="145" />
        <source>Row {row}: {message}</source>
        <translation>Строка {row}: {message}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="151" />
        <source>... and {n} more problems.</source>
        <translation>... и ещё проблем: {n}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="160" />
        <source>Fields of {kind} (field, type, headers EN / RU / TK):</source>
        <translation>Поля вида записей {kind} (поле, тип, заголовки EN / RU / TK):</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="166" />
        <source>* required</source>
        <translation>* обязательное</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="33" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="37" />
        <source>Name in local script</source>
        <translation>Название на местном языке</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="41" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="45" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="49" />
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="53" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="57" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="64" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="79" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="86" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="120" />
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="102" />
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="93" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="100" />
        <source>Participants</source>
        <translation>Число участников</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="112" />
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="116" />
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/service_offer.py" line="27" />
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="17" />
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="18" />
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="19" />
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="20" />
        <source>Moved to trash</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="47" />
        <source>Coordinator type</source>
        <translation>Тип координатора</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="77" />
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="79" />
        <source>This office</source>
        <translation>Наша организация</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="64" />
        <source>Expression of interest date</source>
        <translation>Дата заявки о заинтересованности</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="65" />
        <source>Eligibility confirmed date</source>
        <translation>Дата подтверждения права на участие</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="68" />
        <source>Commitment signed date</source>
        <translation>Дата подписания обязательств</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="71" />
        <source>Active since</source>
        <translation>Активен с</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="72" />
        <source>On hold since</source>
        <translation>Приостановлен с</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="73" />
        <source>Withdrawn on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="56" />
        <source>Mandated agency</source>
        <translation>Уполномоченное агентство</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/service_offer.py" line="28" />
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="101" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/service_offer.py" line="30" />
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="103" />
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/service_offer.py" line="31" />
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="104" />
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="60" />
        <source>Covenant ID</source>
        <translation>ID в Соглашении</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="66" />
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="71" />
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="78" />
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="89" />
        <source>Population year</source>
        <translation>Год данных о населении</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="96" />
        <source>Adhesion date (council decision)</source>
        <translation>Дата присоединения (решение совета)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="117" />
        <source>Commitment framework</source>
        <translation>Горизонт обязательств</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="126" />
        <source>Pillars</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="132" />
        <source>Reduction target (%)</source>
        <translation>Цель сокращения выбросов (%)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="37" />
        <source>Macro-area</source>
        <translation>Макрообласть</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="45" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="50" />
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="53" />
        <source>Current level</source>
        <translation>Текущий уровень</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="59" />
        <source>Year of the current level</source>
        <translation>Год текущего уровня</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="64" />
        <source>Target level</source>
        <translation>Целевой уровень</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="70" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="141" />
        <source>Target year</source>
        <translation>Целевой год</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="146" />
        <source>Target type</source>
        <translation>Тип цели</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="150" />
        <source>Joint plan</source>
        <translation>Совместный план</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="153" />
        <source>Joint plan name</source>
        <translation>Название совместного плана</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="162" />
        <source>Status date</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="187" />
        <source>Plan status</source>
        <translation>Статус плана</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="195" />
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="202" />
        <source>Assistance activities</source>
        <translation>Мероприятия по оказанию помощи</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="209" />
        <source>Finance (EUR)</source>
        <translation>Финансирование (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="216" />
        <source>Energy Days</source>
        <translation>Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="24" />
        <source>Supported since</source>
        <translation>Поддержка с</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="25" />
        <source>Supported until</source>
        <translation>Поддержка до</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="33" />
        <source>Plan type</source>
        <translation>Тип плана</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="46" />
        <source>Baseline inventory year</source>
        <translation>Год базового кадастра</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="52" />
        <source>Sectors in the baseline inventory</source>
        <translation>Секторы в базовом кадастре</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="58" />
        <source>Sectors with actions</source>
        <translation>Секторы с мероприятиями</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="64" />
        <source>Risk and vulnerability assessment done</source>
        <translation>Оценка рисков и уязвимости проведена</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="69" />
        <source>Council approval date</source>
        <translation>Дата утверждения советом</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/_common.py" line="107" />
        <source>Submission date</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="85" />
        <source>Feedback date</source>
        <translation>Дата заключения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="23" />
        <source>Plan submission date</source>
        <translation>Дата подачи плана</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="34" />
        <source>Reporting type</source>
        <translation>Тип отчёта</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="46" />
        <source>Inventory type</source>
        <translation>Тип кадастра</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="55" />
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="42" />
        <source>Inventory year</source>
        <translation>Год кадастра</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="63" />
        <source>Population that year</source>
        <translation>Население в этом году</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="70" />
        <source>Emission factor approach</source>
        <translation>Подход к коэффициентам выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="77" />
        <source>Emission unit</source>
        <translation>Единица выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="84" />
        <source>Final energy consumption (MWh)</source>
        <translation>Конечное потребление энергии (МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="94" />
        <source>Local electricity production (MWh)</source>
        <translation>Местное производство электроэнергии (МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="99" />
        <source>Local heat/cold production (MWh)</source>
        <translation>Местное производство тепла и холода (МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="104" />
        <source>Local electricity factor (t/MWh)</source>
        <translation>Местный коэффициент для электроэнергии (т/МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="110" />
        <source>Local heat/cold factor (t/MWh)</source>
        <translation>Местный коэффициент для тепла и холода (т/МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="115" />
        <source>Source of the local factors</source>
        <translation>Источник местных коэффициентов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="120" />
        <source>Total consumption stated (MWh)</source>
        <translation>Указанное общее потребление (МВт·ч)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="126" />
        <source>Total emissions stated (t)</source>
        <translation>Указанные общие выбросы (т)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="48" />
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="33" />
        <source>Extension for</source>
        <translation>Продление для</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="40" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="46" />
        <source>Requested by</source>
        <translation>Кем запрошено</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="53" />
        <source>Request date</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="59" />
        <source>Granted until</source>
        <translation>Продлено до</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="63" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="41" />
        <source>Activity type</source>
        <translation>Тип мероприятия</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="59" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="67" />
        <source>Reaches all signatories</source>
        <translation>Для всех подписантов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="73" />
        <source>Signatories reached</source>
        <translation>Охваченные подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="80" />
        <source>Staff days</source>
        <translation>Человеко-дни</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="35" />
        <source>Mitigation action</source>
        <translation>Мера по смягчению</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="41" />
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="54" />
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="67" />
        <source>Funder</source>
        <translation>Финансирующая организация</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="81" />
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="84" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="99" />
        <source>Decision date</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="123" />
        <source>Disbursed amount</source>
        <translation>Выплаченная сумма</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="129" />
        <source>Disbursement date</source>
        <translation>Дата выплаты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="135" />
        <source>Amount (EUR)</source>
        <translation>Сумма (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="144" />
        <source>Rate (units per EUR)</source>
        <translation>Курс (единиц за 1 EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="49" />
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="61" />
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="68" />
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="73" />
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="76" />
        <source>Organised by the coordinator</source>
        <translation>Организован координатором</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="81" />
        <source>Organising signatories</source>
        <translation>Подписанты-организаторы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="22" />
        <location filename="../desktop_app/ui/forms/energy_day_form.py" line="29" />
        <source>Lead organiser</source>
        <translation>Ведущий организатор</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="87" />
        <source>Activity types</source>
        <translation>Виды мероприятий</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="93" />
        <source>Audiences</source>
        <translation>Целевые аудитории</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="104" />
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="115" />
        <source>Registered with EU Sustainable Energy Week</source>
        <translation>Зарегистрирован на Европейской неделе устойчивой энергетики</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="119" />
        <source>Outcome notes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="33" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="151" />
        <source>Rate date</source>
        <translation>Дата курса</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="42" />
        <source>Units per euro</source>
        <translation>Единиц за 1 евро</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="32" />
        <source>Name (Latin script)</source>
        <translation>Название (латиницей)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="53" />
        <source>Rate source</source>
        <translation>Источник курса</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="109" />
        <source>Budget currency</source>
        <translation>Валюта бюджета</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="75" />
        <source>Action ID</source>
        <translation>ID меры</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="91" />
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="100" />
        <source>Area of intervention</source>
        <translation>Область воздействия</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="109" />
        <source>Policy instrument</source>
        <translation>Инструмент политики</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="116" />
        <source>Origin of the action</source>
        <translation>Инициатор меры</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="84" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="123" />
        <source>Stakeholders</source>
        <translation>Заинтересованные стороны</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="128" />
        <source>Responsible body</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="43" />
        <source>Hazards addressed</source>
        <translation>Опасности, на которые направлена мера</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="50" />
        <source>Sectors addressed</source>
        <translation>Охватываемые секторы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="62" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="143" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="68" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="150" />
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="74" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="156" />
        <source>Implementation cost</source>
        <translation>Стоимость реализации</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="164" />
        <source>Estimated energy savings (MWh/a)</source>
        <translation>Ожидаемая экономия энергии (МВт·ч/год)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="171" />
        <source>Estimated renewable production (MWh/a)</source>
        <translation>Ожидаемая выработка ВИЭ (МВт·ч/год)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="176" />
        <source>Estimated CO2 reduction (t/a)</source>
        <translation>Ожидаемое сокращение CO2 (т/год)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="182" />
        <source>Achieved energy savings (MWh/a)</source>
        <translation>Достигнутая экономия энергии (МВт·ч/год)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="189" />
        <source>Achieved renewable production (MWh/a)</source>
        <translation>Достигнутая выработка ВИЭ (МВт·ч/год)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="194" />
        <source>Achieved CO2 reduction (t/a)</source>
        <translation>Достигнутое сокращение CO2 (т/год)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="89" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="200" />
        <source>Energy poverty areas addressed</source>
        <translation>Охватываемые области энергетической бедности</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="43" />
        <source>Hazard</source>
        <translation>Опасность</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="51" />
        <source>Current probability</source>
        <translation>Текущая вероятность</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="58" />
        <source>Current impact</source>
        <translation>Текущее воздействие</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="65" />
        <source>Expected change</source>
        <translation>Ожидаемое изменение</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="72" />
        <source>Timeframe</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="79" />
        <source>Vulnerable sectors</source>
        <translation>Уязвимые секторы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="85" />
        <source>Vulnerable population groups</source>
        <translation>Уязвимые группы населения</translation>
    </message>
</context>
<context>
    <name>FinanceForm</name>
    <message>
        <location filename="../desktop_app/ui/forms/finance_form.py" line="41" />
        <source>Add this rate...</source>
        <translation>Добавить этот курс...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/finance_form.py" line="70" />
        <source>In euros</source>
        <translation>В евро</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/finance_form.py" line="113" />
        <source>The amount is converted to euros on the decision date; enter it to see the rate used.</source>
        <translation>Сумма пересчитывается в евро на дату решения; введите её, чтобы увидеть применяемый курс.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/finance_form.py" line="125" />
        <source>No exchange rate for {currency} on or before {date}: this amount will be left out of the EUR figures until a rate is added.</source>
        <translation>Нет курса {currency} на {date} или раньше: пока курс не добавлен, эта сумма не войдёт в показатели в евро.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/finance_form.py" line="134" />
        <source>= {eur} EUR at {rate} {currency} per euro (rate of {date})</source>
        <translation>= {eur} EUR по курсу {rate} {currency} за евро (курс от {date})</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="142" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="151" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="153" />
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="155" />
        <source>Move to &amp;Trash</source>
        <translation>Переместить в &amp;корзину</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="157" />
        <source>Move to the Trash (Del)</source>
        <translation>Переместить в корзину (Del)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="160" />
        <source>&amp;Discard changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="160" />
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="163" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_fields.py" line="72" />
        <source>{field} (required)</source>
        <translation>{field} (обязательное поле)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_fields.py" line="98" />
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="238" />
        <source>New record, not saved yet.</source>
        <translation>Новая запись, ещё не сохранена.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="248" />
        <source>Last saved {when} by {user}.</source>
        <translation>Последнее сохранение: {when}, {user}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="252" />
        <source>This record is in the Trash.</source>
        <translation>Эта запись находится в корзине.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="315" />
        <location filename="../desktop_app/ui/forms/base_form.py" line="366" />
        <source>New</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="359" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="360" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="364" />
        <location filename="../desktop_app/ui/forms/form_saving.py" line="144" />
        <source>Move to Trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="369" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="405" />
        <source>Changed elsewhere since you opened it; saving will show both.</source>
        <translation>Запись изменена в другом месте после того, как вы её открыли; при сохранении будут показаны обе версии.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/bindings.py" line="162" />
        <source>Choose...</source>
        <translation>Выбрать...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/bindings.py" line="244" />
        <source>Type a name, then Enter to add it</source>
        <translation>Введите название и нажмите Enter, чтобы добавить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/bindings.py" line="247" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/bindings.py" line="253" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="113" />
        <source>Record in the Trash</source>
        <translation>Запись в корзине</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="114" />
        <source>{user} moved this record to the Trash after you opened it. Restore it and save your changes?</source>
        <translation>Запись была перемещена в корзину после того, как вы её открыли. Кто переместил: {user}. Восстановить её и сохранить ваши изменения?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="118" />
        <source>Someone</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="169" />
        <source>Discard changes</source>
        <translation>Отмена изменений</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="170" />
        <source>Discard the changes you made to this record?</source>
        <translation>Отменить изменения, внесённые в эту запись?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="176" />
        <source>This record has unsaved changes. Save them before closing?</source>
        <translation>В записи есть несохранённые изменения. Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="178" />
        <source>This record has unsaved changes. Save them first?</source>
        <translation>В записи есть несохранённые изменения. Сначала сохранить их?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="182" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="196" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="202" />
        <source>This record no longer exists; it may have been deleted for good.</source>
        <translation>Этой записи больше нет; возможно, она удалена окончательно.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/plan_choice.py" line="16" />
        <source>(no plan)</source>
        <translation>(без плана)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="70" />
        <source>Approval and assessment</source>
        <translation>Утверждение и оценка</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="61" />
        <source>Application path</source>
        <translation>Этапы присоединения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="74" />
        <location filename="../desktop_app/domain/kinds/signatory.py" line="164" />
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="97" />
        <source>Commitment</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="86" />
        <source>Final energy consumption and local production, MWh</source>
        <translation>Конечное потребление энергии и местное производство, МВт·ч</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="105" />
        <source>Local emission factors (leave empty to use the shipped ones)</source>
        <translation>Местные коэффициенты выбросов (оставьте пустыми, чтобы использовать встроенные)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="121" />
        <source>Totals stated in the signatory's document</source>
        <translation>Итоги, указанные в документе подписанта</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="144" />
        <source>Timeframe and cost</source>
        <translation>Сроки и стоимость</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="183" />
        <source>Achieved (monitoring)</source>
        <translation>Достигнуто (мониторинг)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/action_choice.py" line="16" />
        <source>(no action)</source>
        <translation>(без меры)</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="108" />
        <location filename="../desktop_app/ui/help_topics.py" line="109" />
        <source>Coordinator Desk user guide</source>
        <translation>Руководство пользователя Coordinator Desk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="112" />
        <location filename="../desktop_app/ui/help_browser.py" line="113" />
        <source>Search the guide</source>
        <translation>Поиск по руководству</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="119" />
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="128" />
        <source>Help page</source>
        <translation>Страница справки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="132" />
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="133" />
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Влево)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="137" />
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="138" />
        <source>Forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Вправо)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="142" />
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="194" />
        <source>{page} — Coordinator Desk user guide</source>
        <translation>{page} — руководство пользователя Coordinator Desk</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/help_browser.py" line="230" />
        <source>%n pages found</source>
        <translation><numerusform>Найдена %n страница</numerusform><numerusform>Найдены %n страницы</numerusform><numerusform>Найдено %n страниц</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_browser.py" line="232" />
        <source>No page contains “{text}”.</source>
        <translation>Ни на одной странице нет «{text}».</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/help_topics.py" line="110" />
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>Руководство пользователя не установлено вместе с этой копией программы.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="38" />
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="39" />
        <source>Changed</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="40" />
        <source>Moved to the Trash</source>
        <translation>Перемещение в корзину</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="41" />
        <source>Restored from the Trash</source>
        <translation>Восстановление из корзины</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="55" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="60" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="61" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="62" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="63" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="64" />
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="65" />
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="76" />
        <source>Undo this change</source>
        <translation>Отменить это изменение</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="77" />
        <source>Return the whole record to this moment</source>
        <translation>Вернуть всю запись к этому моменту</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="159" />
        <source>Reverted.</source>
        <translation>Изменения отменены.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="161" />
        <source>Nothing to change: the values are already those.</source>
        <translation>Изменять нечего: значения уже такие.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="62" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="68" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="69" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="70" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="71" />
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="72" />
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="78" />
        <source>Not saved yet: no history.</source>
        <translation>Запись ещё не сохранена: истории нет.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="81" />
        <source>Revert &amp;field to this</source>
        <translation>Вернуть &amp;поле к этому значению</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="84" />
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="175" />
        <source>Give the selected field the value it had after this change</source>
        <translation>Вернуть выбранному полю значение, которое оно получило в результате этого изменения</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="87" />
        <source>Undo &amp;this change</source>
        <translation>Отменить &amp;это изменение</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="91" />
        <source>Revert &amp;record to this point</source>
        <translation>Вернуть &amp;запись к этому моменту</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="95" />
        <source>Put every field back as it was just after this change</source>
        <translation>Вернуть все поля в состояние сразу после этого изменения</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="167" />
        <source>The field still has the value of this change: nothing to revert. “Undo this change” gives it back the value it had before.</source>
        <translation>Поле всё ещё имеет значение этого изменения: возвращать нечего. «Отменить это изменение» вернёт значение, которое было до него.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="179" />
        <source>Give the field back the value it had before this change</source>
        <translation>Вернуть полю значение, которое было до этого изменения</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="183" />
        <source>The field has been changed again since: use “Revert field to this” on the change whose value you want.</source>
        <translation>С тех пор поле снова менялось: выберите изменение с нужным значением и нажмите «Вернуть поле к этому значению».</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="237" />
        <source>Revert</source>
        <translation>Возврат</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="90" />
        <source>record {id}</source>
        <translation>запись {id}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="92" />
        <source>column {column}</source>
        <translation>столбец {column}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="98" />
        <source>table is missing</source>
        <translation>таблица отсутствует</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="99" />
        <source>column is missing</source>
        <translation>столбец отсутствует</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="100" />
        <source>value of the wrong type ({detail})</source>
        <translation>значение неверного типа ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="101" />
        <source>not a valid date ({detail})</source>
        <translation>недопустимая дата ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="102" />
        <source>unknown code ({detail})</source>
        <translation>неизвестный код ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="103" />
        <source>text longer than the column allows ({detail})</source>
        <translation>текст длиннее, чем допускает столбец ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="104" />
        <source>number outside the column's range ({detail})</source>
        <translation>число вне допустимого для столбца диапазона ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="105" />
        <source>must be greater than zero ({detail})</source>
        <translation>должно быть больше нуля ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="106" />
        <source>must not be negative ({detail})</source>
        <translation>не может быть отрицательным ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="107" />
        <source>empty, but a value is required</source>
        <translation>пусто, а значение обязательно</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="108" />
        <source>the same record id appears {detail} times</source>
        <translation>один и тот же идентификатор записи встречается {detail} раз(а)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="109" />
        <source>links to a record that does not exist ({detail})</source>
        <translation>ссылается на несуществующую запись ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="110" />
        <source>live record linked to a record in the Trash ({detail})</source>
        <translation>действующая запись связана с записью в Корзине ({detail})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="111" />
        <source>audit trail broken here: {detail}</source>
        <translation>журнал изменений нарушен здесь: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="116" />
        <source>its content or position was changed after it was written</source>
        <translation>её содержание или место изменены после записи</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="117" />
        <source>it has no chain hash (added outside the program)</source>
        <translation>у неё нет хеша цепочки (добавлена не программой)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="118" />
        <source>an entry before it was removed or the order changed</source>
        <translation>предшествующая запись удалена или изменён порядок</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="390" />
        <source>PostgreSQL amcheck: not available ({reason})</source>
        <translation>PostgreSQL amcheck: недоступен ({reason})</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="396" />
        <source>PostgreSQL amcheck: not available</source>
        <translation>PostgreSQL amcheck: недоступен</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="422" />
        <source>PostgreSQL amcheck: {count} indexes checked</source>
        <translation>PostgreSQL amcheck: проверено индексов: {count}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="426" />
        <source>PostgreSQL's own index checks (amcheck) were skipped: the role {role} may not install the amcheck extension. A superuser can install it in this database (CREATE EXTENSION amcheck) and let {role} run its bt_index_check function (GRANT EXECUTE). Not a problem with the data.</source>
        <translation>Собственные проверки индексов сервера PostgreSQL (amcheck) пропущены: роль {role} не может установить расширение amcheck. Суперпользователь может установить его в этой базе данных (CREATE EXTENSION amcheck) и разрешить роли {role} запускать его функцию bt_index_check (GRANT EXECUTE). Это не проблема с данными.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/integrity.py" line="433" />
        <source>PostgreSQL's own index checks (amcheck) were skipped: the role {role} may not run amcheck's bt_index_check function. A superuser can allow it: GRANT EXECUTE ON FUNCTION {function} TO {role}. Not a problem with the data.</source>
        <translation>Собственные проверки индексов сервера PostgreSQL (amcheck) пропущены: роль {role} не может запускать функцию bt_index_check расширения amcheck. Суперпользователь может это разрешить: GRANT EXECUTE ON FUNCTION {function} TO {role}. Это не проблема с данными.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/restore_validation.py" line="77" />
        <source>(and {count} more)</source>
        <translation>(и ещё {count})</translation>
    </message>
</context>
<context>
    <name>InventoryForm</name>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="60" />
        <source>Energy carrier</source>
        <translation>Энергоноситель</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="61" />
        <source>t/MWh</source>
        <translation>т/МВт·ч</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="62" />
        <source>Emissions, t</source>
        <translation>Выбросы, т</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="57" />
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="63" />
        <source>Factor source</source>
        <translation>Источник коэффициента</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="56" />
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="69" />
        <source>Emissions</source>
        <translation>Выбросы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="108" />
        <source>local factor: {source}</source>
        <translation>местный коэффициент: {source}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="111" />
        <source>computed from the local production</source>
        <translation>рассчитан по местному производству</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="112" />
        <source>no factor: not counted</source>
        <translation>нет коэффициента: не учтено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="118" />
        <source>{source} [factor table {version}]</source>
        <translation>{source} [таблица коэффициентов {version}]</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_form.py" line="127" />
        <source>Emissions: {total} t; final energy: {mwh} MWh (factor table {version}).</source>
        <translation>Выбросы: {total} т; конечная энергия: {mwh} МВт·ч (таблица коэффициентов {version}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="39" />
        <source>Fill from a template sheet…</source>
        <translation>Заполнить из листа шаблона…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="42" />
        <source>Read the grid from a workbook laid out like the Covenant template's final energy consumption table (sectors in rows, energy carriers in columns, MWh).</source>
        <translation>Прочитать таблицу из рабочей книги, оформленной как таблица конечного потребления энергии в шаблоне Соглашения (секторы в строках, энергоносители в столбцах, МВт·ч).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="56" />
        <source>Fill from a template sheet</source>
        <translation>Заполнение из листа шаблона</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="63" />
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Книги Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="95" />
        <source>Several sheets hold an inventory table. Which one?</source>
        <translation>Таблица кадастра есть на нескольких листах. Какой взять?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="114" />
        <source>… and {n} more.</source>
        <translation>… и ещё {n}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="119" />
        <source>The grid was left as it was: sheet {sheet} of {file} needs these corrections first.</source>
        <translation>Таблица оставлена без изменений: на листе {sheet} файла {file} сначала нужно исправить следующее.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="133" />
        <source>Replace the figures in the grid with the sheet's?</source>
        <translation>Заменить числа в таблице числами с листа?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="142" />
        <source>From sheet {sheet} of {file}: {cells} cells, {mwh} MWh; totals left out. Look them over, then save.</source>
        <translation>С листа {sheet} файла {file}: ячеек: {cells}, {mwh} МВт·ч; итоги пропущены. Проверьте данные и сохраните.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/inventory_sheet_fill.py" line="153" />
        <source>{n} cell(s) rounded to a tenth of a MWh, as inventories keep.</source>
        <translation>Округлено до десятой доли МВт·ч, как хранятся кадастры: ячеек: {n}.</translation>
    </message>
</context>
<context>
    <name>InventoryGrid</name>
    <message>
        <location filename="../desktop_app/ui/widgets/energy_grid.py" line="64" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/energy_grid.py" line="68" />
        <source>Total consumption</source>
        <translation>Итого потребление</translation>
    </message>
</context>
<context>
    <name>InventorySheet</name>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="162" />
        <source>{path}: no sheet holds an inventory table: a header row naming at least three energy carriers (Electricity, Natural gas, Diesel...) above rows of sectors.</source>
        <translation>{path}: ни на одном листе нет таблицы кадастра — строки заголовков хотя бы с тремя энергоносителями («Электроэнергия», «Природный газ», «Дизельное топливо»…) над строками секторов.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="167" />
        <source>{path}, sheet {sheet}: no inventory table: a header row naming at least three energy carriers (Electricity, Natural gas, Diesel...) above rows of sectors.</source>
        <translation>{path}, лист {sheet}: нет таблицы кадастра — строки заголовков хотя бы с тремя энергоносителями («Электроэнергия», «Природный газ», «Дизельное топливо»…) над строками секторов.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="172" />
        <source>{path}: several sheets hold an inventory table: {sheets}.</source>
        <translation>{path}: таблица кадастра есть на нескольких листах: {sheets}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="175" />
        <source>{path}, sheet {sheet}: the table holds no figures.</source>
        <translation>{path}, лист {sheet}: в таблице нет чисел.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="176" />
        <source>{path}, sheet {sheet}: the table runs past {limit} rows without a TOTAL row.</source>
        <translation>{path}, лист {sheet}: в таблице больше {limit} строк и нет строки ИТОГО.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="180" />
        <source>row {row}: '{label}' is not a sector of an inventory, but the row holds figures; name the sector as the template does (Residential buildings, Transport...) or empty the row.</source>
        <translation>строка {row}: «{label}» — не сектор кадастра, но в строке есть числа; назовите сектор так, как в шаблоне («Жилые здания», «Транспорт»…), или очистите строку.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="186" />
        <source>row {row} holds figures but names no sector.</source>
        <translation>в строке {row} есть числа, но не указан сектор.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="187" />
        <source>column {column}: '{header}' is not an energy carrier, but the column holds figures (first in row {row}); name the carrier as the template does (Electricity, Natural gas...) or empty the column.</source>
        <translation>столбец {column}: «{header}» — не энергоноситель, но в столбце есть числа (первое — в строке {row}); назовите энергоноситель так, как в шаблоне («Электроэнергия», «Природный газ»…), или очистите столбец.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="193" />
        <source>column {column} holds figures (first in row {row}) but its header names no energy carrier.</source>
        <translation>в столбце {column} есть числа (первое — в строке {row}), но в его заголовке не указан энергоноситель.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="198" />
        <source>columns {column} and {other} are both headed '{header}'.</source>
        <translation>у столбцов {column} и {other} один и тот же заголовок «{header}».</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="201" />
        <source>column {column} is headed both '{header}' and '{other}'; keep one carrier.</source>
        <translation>у столбца {column} два заголовка — «{header}» и «{other}»; оставьте один энергоноситель.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="205" />
        <source>rows {row} and {other} both give the figures of '{label}'; keep one.</source>
        <translation>строки {row} и {other} обе содержат данные «{label}»; оставьте одну.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="208" />
        <source>row {row} ('{label}') gives the sum of {sector}, and row {other} ('{part}') one of its parts: keep the parts or their sum, not both (the energy would count twice).</source>
        <translation>строка {row} («{label}») содержит сумму по сектору «{sector}», а строка {other} («{part}») — одну из его частей: оставьте либо части, либо сумму (иначе энергия будет учтена дважды).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="213" />
        <source>cell {cell} ({sector}, {carrier}): {problem}</source>
        <translation>ячейка {cell} ({sector}, {carrier}): {problem}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/inventory_sheet.py" line="214" />
        <source>{value} MWh is negative.</source>
        <translation>{value} МВт·ч — отрицательное значение.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/inventory_import.py" line="32" />
        <source>{name} has {count} inventories of {year} of the type '{type}'; move all but one to the Trash, then import again.</source>
        <translation>У подписанта {name} несколько кадастров за {year} год типа «{type}» ({count}); переместите в корзину все, кроме одного, и повторите импорт.</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="52" />
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="53" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="54" />
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="55" />
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="59" />
        <source>This list will hold your territory's signatories: municipalities that joined the Covenant, with their plans, reports and finance. None is recorded yet; add one, or bring them all in with File &gt; Import from Excel.</source>
        <translation>Здесь будут подписанты вашей территории: муниципалитеты, присоединившиеся к Соглашению, с их планами, отчётами и финансированием. Пока не внесено ни одного; добавьте подписанта или загрузите всех сразу через «Файл &gt; Импорт из Excel».</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="65" />
        <source>&amp;Add a signatory...</source>
        <translation>&amp;Добавить подписанта...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="68" />
        <source>This list will hold the signatories' action plans (SEAP, SECAP) and their assessment. None is recorded yet.</source>
        <translation>Здесь будут планы действий подписантов (ПДУЭР, ПДУЭРК) и их оценка. Пока не внесено ни одного.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="73" />
        <source>&amp;Add an action plan...</source>
        <translation>&amp;Добавить план действий...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="76" />
        <source>This list will hold the monitoring reports signatories submit on their plans. None is recorded yet.</source>
        <translation>Здесь будут отчёты о мониторинге, которые подписанты подают по своим планам. Пока не внесено ни одного.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="81" />
        <source>&amp;Add a monitoring report...</source>
        <translation>&amp;Добавить отчёт о мониторинге...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="84" />
        <source>This list will hold the deadline extensions granted to signatories. None is recorded yet.</source>
        <translation>Здесь будут продления сроков, предоставленные подписантам. Пока не внесено ни одного.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="89" />
        <source>&amp;Add a deadline extension...</source>
        <translation>&amp;Добавить продление срока...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="92" />
        <source>This list will hold your office's assistance: technical and strategic help, trainings, study visits and promotion. None is recorded yet.</source>
        <translation>Здесь будет помощь, оказанная вашим офисом: техническая и стратегическая поддержка, обучение, ознакомительные поездки и продвижение. Пока не внесено ни одного мероприятия.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="97" />
        <source>&amp;Add an activity...</source>
        <translation>&amp;Добавить мероприятие...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="100" />
        <source>This list will hold the Energy Days held or planned in your territory. None is recorded yet.</source>
        <translation>Здесь будут Дни энергии, проведённые или запланированные на вашей территории. Пока не внесено ни одного.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="105" />
        <source>&amp;Add an Energy Day...</source>
        <translation>&amp;Добавить День энергии...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="108" />
        <source>This list will hold financial support: applications, grants and loans for signatories, with their amounts in EUR. None is recorded yet.</source>
        <translation>Здесь будет финансовая поддержка: заявки, гранты и кредиты для подписантов с суммами в евро. Пока не внесено ни одной записи.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="113" />
        <source>&amp;Add financial support...</source>
        <translation>&amp;Добавить финансовую поддержку...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="116" />
        <source>This list will hold exchange rates (units of a currency per euro, by date), used to give amounts in EUR. None is recorded yet.</source>
        <translation>Здесь будут курсы валют (единиц валюты за один евро, по датам) для пересчёта сумм в евро. Пока не внесено ни одного.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="121" />
        <source>&amp;Add an exchange rate...</source>
        <translation>&amp;Добавить курс валюты...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="127" />
        <source>Country filter</source>
        <translation>Фильтр по стране</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="128" />
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="129" />
        <source>Type filter</source>
        <translation>Фильтр по типу</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="130" />
        <source>Year filter</source>
        <translation>Фильтр по году</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="162" />
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="163" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="185" />
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="222" />
        <source>Show &amp;all records</source>
        <translation>Показать &amp;все записи</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/page.py" line="53" />
        <source>Copied %n rows</source>
        <translation><numerusform>Скопирована %n строка</numerusform><numerusform>Скопированы %n строки</numerusform><numerusform>Скопировано %n строк</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="374" />
        <source>This list will hold: {records}. None is recorded yet.</source>
        <translation>Здесь будут: {records}. Пока не внесено ни одной записи.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="382" />
        <source>&amp;Add...</source>
        <translation>&amp;Добавить...</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/list_panel.py" line="406" />
        <source>%n records shown, loading the rest...</source>
        <translation><numerusform>Показана %n запись, остальные загружаются...</numerusform><numerusform>Показаны %n записи, остальные загружаются...</numerusform><numerusform>Показано %n записей, остальные загружаются...</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/list_panel.py" line="408" />
        <source>%n records</source>
        <translation><numerusform>%n запись</numerusform><numerusform>%n записи</numerusform><numerusform>%n записей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/list_panel.py" line="410" />
        <source>{shown} of %n records</source>
        <translation><numerusform>{shown} из %n записи</numerusform><numerusform>{shown} из %n записей</numerusform><numerusform>{shown} из %n записей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/list_panel.py" line="439" />
        <source>Moved %n records to the Trash (Edit &gt; Undo brings them back)</source>
        <translation><numerusform>%n запись перемещена в корзину (вернуть — «Правка &gt; Отменить»)</numerusform><numerusform>%n записи перемещены в корзину (вернуть — «Правка &gt; Отменить»)</numerusform><numerusform>%n записей перемещено в корзину (вернуть — «Правка &gt; Отменить»)</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="467" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="472" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="477" />
        <source>Move to the &amp;Trash...</source>
        <translation>Пере&amp;местить в корзину...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="506" />
        <source>Move to Trash</source>
        <translation>Переместить в корзину</translation>
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
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="146" />
        <source>Opening the database...</source>
        <translation>Открытие базы данных...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="174" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="175" />
        <source>&amp;Open database...</source>
        <translation>&amp;Открыть базу данных...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="178" />
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="184" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="189" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="201" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="212" />
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="213" />
        <source>&amp;Preferences...</source>
        <translation>&amp;Настройки...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="224" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="225" />
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="235" />
        <source>&amp;About Coordinator Desk</source>
        <translation>&amp;О программе Coordinator Desk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="238" />
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="377" />
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="379" />
        <source>Coordinator Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Coordinator Desk (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="400" />
        <source>Opened {location}</source>
        <translation>Открыта база данных {location}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="439" />
        <source>Database: {location}</source>
        <translation>База данных: {location}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="458" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="459" />
        <source>The new language is used from the next start. Restart Coordinator Desk now? Open forms are asked about unsaved changes first.</source>
        <translation>Новый язык применяется при следующем запуске. Перезапустить Coordinator Desk сейчас? Сначала открытые формы спросят о несохранённых изменениях.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/menu_actions.py" line="31" />
        <source>&amp;Report to the Commission (PDF)...</source>
        <translation>Отчёт для &amp;Комиссии (PDF)...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/menu_actions.py" line="32" />
        <source>Signatory fact s&amp;heets (PDF)...</source>
        <translation>Информационные &amp;листки подписантов (PDF)...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/menu_actions.py" line="33" />
        <source>Prepare submission &amp;pack...</source>
        <translation>&amp;Подготовить пакет для подачи...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/menu_actions.py" line="57" />
        <source>&amp;Backup and restore...</source>
        <translation>&amp;Резервное копирование и восстановление...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="59" />
        <source>Saved: {record}</source>
        <translation>Сохранено: {record}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="62" />
        <source>Done: {action}</source>
        <translation>Выполнено: {action}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="84" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="86" />
        <source>Save the record being edited (Ctrl+S in a form)</source>
        <translation>Сохранить редактируемую запись (Ctrl+S в форме)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="87" />
        <source>Recent &amp;databases</source>
        <translation>Недавние &amp;базы данных</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/edit_actions.py" line="43" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/edit_actions.py" line="51" />
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/edit_actions.py" line="59" />
        <source>&amp;Delete (move to the Trash)</source>
        <translation>&amp;Удалить (в корзину)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="104" />
        <source>No record is open for editing.</source>
        <translation>Нет записи, открытой для редактирования.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="113" />
        <location filename="../desktop_app/ui/window_chrome.py" line="115" />
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="120" />
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="127" />
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="134" />
        <source>Report to the Commission (PDF)</source>
        <translation>Отчёт для Комиссии (PDF)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="209" />
        <source>No database opened yet</source>
        <translation>Базы данных ещё не открывались</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="224" />
        <source>Recent databases</source>
        <translation>Недавние базы данных</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="225" />
        <source>{path} is no longer there; it was taken off the list.</source>
        <translation>Файла {path} больше нет; он убран из списка.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="286" />
        <source>Preparing the demo office...</source>
        <translation>Подготовка демонстрационного офиса...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/window_chrome.py" line="293" />
        <source>Demo office opened. Your office's database is in File &gt; Recent databases.</source>
        <translation>Открыт демонстрационный офис. База данных вашего офиса — в меню «Файл &gt; Недавние базы данных».</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/page.py" line="39" />
        <source>No row is selected: select one or more rows first.</source>
        <translation>Ни одна строка не выбрана: сначала выберите одну или несколько строк.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop_app/domain/rules/money.py" line="21" />
        <source>No exchange rate for {currency} on or before {date}; add one under Exchange rates.</source>
        <translation>Нет курса {currency} на {date} или более раннюю дату; добавьте его в разделе «Курсы валют».</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="23" />
        <source>{path} is not a Coordinator Desk database file.</source>
        <translation>{path} не является файлом базы данных Coordinator Desk.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="24" />
        <source>The database file {path} does not exist.</source>
        <translation>Файл базы данных {path} не существует.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="25" />
        <source>There is no database at {path}; nothing was created. Check --database, or create a new database there with: coordinator-desk --database "{path}" db upgrade</source>
        <translation>По пути {path} нет базы данных; ничего не создано. Проверьте --database или создайте там новую базу данных командой: coordinator-desk --database "{path}" db upgrade</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="30" />
        <source>The disk is full ({location}); nothing was written and the temporary files were removed. Free some space and try again.</source>
        <translation>Диск заполнен ({location}); ничего не записано, временные файлы удалены. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="35" />
        <source>Cannot write to {location}: the file or its folder is read-only (or you may not change it). Nothing was changed; the database is not damaged.</source>
        <translation>Не удаётся записать в {location}: файл или его папка доступны только для чтения (или у вас нет прав на изменение). Ничего не изменено; база данных не повреждена.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="40" />
        <source>The database server refused this change: your account may not make it ({detail}). Nothing was changed; an admin of the office server can give you the role it needs.</source>
        <translation>Сервер базы данных отклонил это изменение: вашей учётной записи это не разрешено ({detail}). Ничего не изменено; администратор офисного сервера может назначить вам нужную роль.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="45" />
        <source>Cannot write to {location}: {detail}. Nothing was changed.</source>
        <translation>Не удаётся записать в {location}: {detail}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="46" />
        <source>Cannot open {location}: the file or its folder cannot be read or written. Nothing was changed.</source>
        <translation>Не удаётся открыть {location}: файл или его папку нельзя прочитать или изменить. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="51" />
        <source>The disk reported an error while using {location}; nothing was changed.</source>
        <translation>Диск сообщил об ошибке при работе с {location}; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="54" />
        <source>The database {location} is locked by another program or session, which has held it too long; nothing was changed. Try again when the other work is finished.</source>
        <translation>База данных {location} заблокирована другой программой или сеансом, который удерживает её слишком долго; ничего не изменено. Повторите попытку, когда та работа завершится.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="59" />
        <source>The database server took too long to answer ({location}); the command was stopped and nothing was changed.</source>
        <translation>Сервер базы данных слишком долго не отвечал ({location}); команда остановлена, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="64" />
        <source>A value is too large for the database ({detail}); nothing was changed.</source>
        <translation>Значение слишком велико для базы данных ({detail}); ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="68" />
        <source>{path} is a database file or belongs to one; it was not overwritten. Choose another file name.</source>
        <translation>{path} — файл базы данных или часть базы данных; он не перезаписан. Выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="73" />
        <source>{url} is not a valid database URL.</source>
        <translation>{url} не является правильным URL базы данных.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="74" />
        <source>{url}: {backend} databases are not supported; use a SQLite file or a PostgreSQL URL (postgresql+psycopg://user@host/database).</source>
        <translation>{url}: базы данных {backend} не поддерживаются; укажите файл SQLite или URL PostgreSQL (postgresql+psycopg://пользователь@сервер/база).</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="79" />
        <source>{location} is a database of another program; Coordinator Desk left it as it was.</source>
        <translation>{location} — база данных другой программы; Coordinator Desk не вносил в неё изменений.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="83" />
        <source>{location} was written by a newer version of Coordinator Desk (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>{location} создана более новой версией Coordinator Desk (схема {revision}). Чтобы открыть её, установите новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="88" />
        <source>Cannot reach the database server {url}: {detail}</source>
        <translation>Нет связи с сервером базы данных {url}: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="89" />
        <source>The database {path} failed its integrity check: {detail}</source>
        <translation>База данных {path} не прошла проверку целостности: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="90" />
        <source>{path} is not a Coordinator Desk backup file.</source>
        <translation>{path} не является резервной копией Coordinator Desk.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="91" />
        <source>The backup {path} is damaged and cannot be restored: {detail}</source>
        <translation>Резервная копия {path} повреждена, восстановить её невозможно: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="94" />
        <source>No usable backup of {path} was found.</source>
        <translation>Пригодная резервная копия {path} не найдена.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="95" />
        <source>The database {path} is damaged ({detail}). The newest good backup is {backup}; restore it with: coordinator-desk --database "{path}" restore "{backup}" (the damaged file is kept aside).</source>
        <translation>База данных {path} повреждена ({detail}). Самая свежая исправная резервная копия — {backup}; восстановите её командой: coordinator-desk --database "{path}" restore "{backup}" (повреждённый файл будет сохранён отдельно).</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="101" />
        <source>{path} is a backup of another office's database: {theirs}. This database is {ours}. Restoring it would replace this office's records with the other's; nothing was changed. If that is really meant, run restore again with --other-office.</source>
        <translation>{path} — резервная копия базы данных другой организации: {theirs}. Эта база данных — {ours}. Восстановление заменило бы записи этой организации записями другой; ничего не изменено. Если именно это и нужно, запустите restore ещё раз с параметром --other-office.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="107" />
        <source>{table} record {record} was changed by {user} at {time} after you opened its history; nothing was reverted. Reopen the history and try again.</source>
        <translation>Запись {record} ({table}) изменена пользователем {user} в {time}, уже после того как вы открыли её историю; ничего не возвращено. Откройте историю заново и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="112" />
        <source>{table} record {record} has no such history entry or field: {detail}</source>
        <translation>В истории записи {record} ({table}) нет такого изменения или поля: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="115" />
        <source>{table} record {record} no longer exists; it cannot be reverted.</source>
        <translation>Записи {record} ({table}) больше нет; вернуть её невозможно.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/placeholder.py" line="27" />
        <source>This section is not available in this version yet. Your records are safe; it will appear here after an update.</source>
        <translation>В этой версии раздел пока недоступен. Ваши записи в сохранности; раздел появится здесь после обновления.</translation>
    </message>
</context>
<context>
    <name>PlanFigures</name>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="233" />
        <location filename="../desktop_app/ui/widgets/actions_panel.py" line="36" />
        <source>What the plans contain: actions, targets, energy poverty</source>
        <translation>Содержание планов: меры, цели, энергетическая бедность</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="234" />
        <source>Actions {status} (%)</source>
        <translation>Меры со статусом «{status}» (%)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="243" />
        <source>Mitigation actions</source>
        <translation>Меры по смягчению</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="244" />
        <source>Planned CO2 reduction (t/a)</source>
        <translation>Планируемое сокращение CO2 (т/год)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="245" />
        <source>Achieved CO2 reduction (t/a)</source>
        <translation>Достигнутое сокращение CO2 (т/год)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="246" />
        <source>CO2 reduction targets (t/a)</source>
        <translation>Цели сокращения CO2 (т/год)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="247" />
        <source>Signatories with a target in tonnes</source>
        <translation>Подписанты с целью в тоннах</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="249" />
        <source>Per-capita targets not added up (no population in the baseline)</source>
        <translation>Цели на душу населения, не вошедшие в сумму (в базовом кадастре выбросов нет численности населения)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="253" />
        <source>Planned reduction, % of the targets</source>
        <translation>Планируемое сокращение, % от целей</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="254" />
        <source>Achieved reduction, % of the targets</source>
        <translation>Достигнутое сокращение, % от целей</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="255" />
        <source>Finance provided for actions (EUR)</source>
        <translation>Финансирование мер (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="256" />
        <source>Finance per tonne of CO2 a year (EUR/t)</source>
        <translation>Финансирование на тонну CO2 в год (EUR/т)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="257" />
        <source>Action plans</source>
        <translation>Планы действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/action_figures.py" line="259" />
        <source>Action plans without an energy poverty part</source>
        <translation>Планы действий без раздела об энергетической бедности</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="52" />
        <source>Action plans</source>
        <translation>Планы действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="53" />
        <source>Monitoring reports</source>
        <translation>Отчёты о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="54" />
        <source>Deadline extensions</source>
        <translation>Продления сроков</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="55" />
        <source>Emission inventories</source>
        <translation>Кадастры выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="56" />
        <source>Mitigation actions</source>
        <translation>Меры по смягчению</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="57" />
        <source>Climate risks</source>
        <translation>Климатические риски</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="58" />
        <source>Adaptation actions</source>
        <translation>Меры по адаптации</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="59" />
        <source>Energy poverty</source>
        <translation>Энергетическая бедность</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="149" />
        <source>Coordinator Desk cannot open its window.</source>
        <translation>Coordinator Desk не может открыть своё окно.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="155" />
        <source>The commands that need no window (coordinator-desk --help lists them) work without a display.</source>
        <translation>Команды, которым не нужно окно (их перечисляет coordinator-desk --help), работают и без дисплея.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="168" />
        <source>No display was found: neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set. Start the program from a desktop session, or set DISPLAY (for example DISPLAY=:0).</source>
        <translation>Дисплей не найден: не задана ни переменная DISPLAY (X11), ни WAYLAND_DISPLAY (Wayland). Запустите программу из сеанса рабочего стола или задайте DISPLAY (например, DISPLAY=:0).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="177" />
        <source>The display {display} does not answer or refuses the connection. Check that DISPLAY or WAYLAND_DISPLAY names a running display you may use.</source>
        <translation>Дисплей {display} не отвечает или отказывает в подключении. Проверьте, что DISPLAY или WAYLAND_DISPLAY указывает на работающий дисплей, к которому у вас есть доступ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="185" />
        <source>Qt's "{platform}" platform plugin is not in the installation (looked in {folders}). Reinstall Coordinator Desk.</source>
        <translation>Модуля платформы Qt «{platform}» нет в установленной программе (искали в: {folders}). Переустановите Coordinator Desk.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="193" />
        <source>Qt's "{platform}" platform plugin cannot be loaded: {error}</source>
        <translation>Не удаётся загрузить модуль платформы Qt «{platform}»: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="198" />
        <source>Qt's "{platform}" platform plugin cannot be loaded: these system libraries are missing or damaged: {libraries}.</source>
        <translation>Не удаётся загрузить модуль платформы Qt «{platform}»: этих системных библиотек нет или они повреждены: {libraries}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="212" />
        <source>Install them with:</source>
        <translation>Установите их командой:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/platform_check.py" line="217" />
        <source>Your distribution's package search finds the package holding {libraries}.</source>
        <translation>Пакет, в котором есть {libraries}, найдёт поиск пакетов вашего дистрибутива.</translation>
    </message>
</context>
<context>
    <name>PreferencesDashboard</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="35" />
        <source>"Due soon" window (days)</source>
        <translation>Порог «Срок скоро» (дней)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="38" />
        <source>Plan due after adhesion, 2020 framework (years)</source>
        <translation>Срок плана после присоединения, горизонт 2020 (лет)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="43" />
        <source>Plan due after adhesion, 2030 framework (years)</source>
        <translation>Срок плана после присоединения, горизонт 2030 (лет)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="48" />
        <source>Plan due after adhesion, 2050 framework (years)</source>
        <translation>Срок плана после присоединения, горизонт 2050 (лет)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="53" />
        <source>Monitoring report every (years)</source>
        <translation>Периодичность отчёта о мониторинге (лет)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="58" />
        <source>Monitoring emission inventory every (years)</source>
        <translation>Периодичность мониторингового кадастра выбросов (лет)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="63" />
        <source>Coordinator report every (months)</source>
        <translation>Периодичность отчёта координатора (месяцев)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="68" />
        <source>Plan assessment overdue after (months)</source>
        <translation>Оценка плана считается затянувшейся через (месяцев)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="73" />
        <source>Warn about the coordinator report (days before)</source>
        <translation>Напоминать об отчёте координатора заранее (дней)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="78" />
        <source>Commitment lights look back (months)</source>
        <translation>Индикаторы обязательств: период анализа (месяцев)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="83" />
        <source>Amber when no assistance for (months)</source>
        <translation>Жёлтый, если нет помощи (месяцев)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="88" />
        <source>Amber when no Energy Day for (months)</source>
        <translation>Жёлтый, если нет Дней энергии (месяцев)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="93" />
        <source>Red when no financial support for (months)</source>
        <translation>Красный, если нет финансовой поддержки (месяцев)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="98" />
        <source>Amber from this share of signatories on hold (%)</source>
        <translation>Жёлтый от этой доли приостановленных подписантов (%)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="103" />
        <source>Red from this share of signatories on hold (%)</source>
        <translation>Красный от этой доли приостановленных подписантов (%)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="108" />
        <source>Red from this many signatories past their plan deadline</source>
        <translation>Красный от этого числа подписантов с просроченным планом</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="131" />
        <source>Reporting period starts in</source>
        <translation>Начало отчётного периода</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="132" />
        <source>Reporting period length (months)</source>
        <translation>Длительность отчётного периода (месяцев)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="144" />
        <source>The dashboard, the deadlines list and the reminders use these values.</source>
        <translation>Эти значения используются в обзоре, списке сроков и напоминаниях.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="191" />
        <source>Dashboard, deadlines and reminders</source>
        <translation>Обзор, сроки и напоминания</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="30" />
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="33" />
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="37" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="39" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="41" />
        <source>A new language is applied when the application restarts.</source>
        <translation>Новый язык вступит в силу после перезапуска программы.</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="20" />
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/coordinator.py" line="21" />
        <source>Coordinators</source>
        <translation>Координаторы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/service_offer.py" line="19" />
        <source>Service offered</source>
        <translation>Предлагаемая услуга</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/service_offer.py" line="20" />
        <source>Services offered</source>
        <translation>Предлагаемые услуги</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="17" />
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="18" />
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="15" />
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="16" />
        <source>Action plans</source>
        <translation>Планы действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="15" />
        <source>Monitoring report</source>
        <translation>Отчёт о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="16" />
        <source>Monitoring reports</source>
        <translation>Отчёты о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="15" />
        <source>Deadline extension</source>
        <translation>Продление срока</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="16" />
        <source>Deadline extensions</source>
        <translation>Продления сроков</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="15" />
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="16" />
        <source>Financial support</source>
        <translation>Финансовая поддержка</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="15" />
        <source>Energy Day</source>
        <translation>День энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="16" />
        <source>Energy Days</source>
        <translation>Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="28" />
        <source>Energy Day organisers</source>
        <translation>Организаторы Дней энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="14" />
        <source>Exchange rate</source>
        <translation>Курс валюты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/exchange_rate.py" line="15" />
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="15" />
        <source>Assistance activity</source>
        <translation>Мероприятие по оказанию помощи</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="16" />
        <source>Support activities</source>
        <translation>Мероприятия по оказанию помощи</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="27" />
        <source>Signatories reached</source>
        <translation>Охваченные подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="21" />
        <source>Emission inventory</source>
        <translation>Кадастр выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="22" />
        <source>Emission inventories</source>
        <translation>Кадастры выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="32" />
        <source>Energy grid cells</source>
        <translation>Ячейки таблицы энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="44" />
        <source>Mitigation action</source>
        <translation>Мера по смягчению</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="45" />
        <source>Mitigation actions</source>
        <translation>Меры по смягчению</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="16" />
        <source>Adaptation action</source>
        <translation>Мера по адаптации</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="17" />
        <source>Adaptation actions</source>
        <translation>Меры по адаптации</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="24" />
        <source>Climate risk</source>
        <translation>Климатический риск</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="25" />
        <source>Climate risks</source>
        <translation>Климатические риски</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="17" />
        <source>Energy poverty indicator</source>
        <translation>Показатель энергетической бедности</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="18" />
        <source>Energy poverty indicators</source>
        <translation>Показатели энергетической бедности</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/registry.py" line="69" />
        <source>Coordinator links</source>
        <translation>Связи с координаторами</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/registry.py" line="70" />
        <source>Reports sent to the Commission</source>
        <translation>Отчёты, отправленные в Европейскую комиссию</translation>
    </message>
</context>
<context>
    <name>RecordReportDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="51" />
        <source>Record a report sent to the Commission</source>
        <translation>Регистрация отчёта, отправленного в Европейскую комиссию</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="55" />
        <source>Reports sent through the Commission's online survey, outside this application, count for the coordinator report deadline once recorded here.</source>
        <translation>Отчёты, отправленные через онлайн-анкету Европейской комиссии вне этого приложения, учитываются в сроке отчёта координатора после регистрации здесь.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="64" />
        <source>Give the period covered</source>
        <translation>Указать отчётный период</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="71" />
        <source>Start of the period covered</source>
        <translation>Начало охваченного периода</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="72" />
        <source>End of the period covered</source>
        <translation>Конец охваченного периода</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="77" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="82" />
        <source>e.g. survey reference, who sent it</source>
        <translation>например, номер анкеты, кто отправил</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="70" />
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="90" />
        <source>Date sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="92" />
        <source>Period covered</source>
        <translation>Отчётный период</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="94" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_report_dialog.py" line="129" />
        <source>Without a period, the reporting period before the date sent is assumed.</source>
        <translation>Если период не указан, считается, что отчёт охватывает отчётный период, предшествующий дате отправки.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../desktop_app/ui/models/formatting.py" line="38" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="38" />
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="42" />
        <source>The database {path} is damaged ({detail}); it cannot be opened safely.</source>
        <translation>База данных {path} повреждена ({detail}); безопасно открыть её невозможно.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="50" />
        <source>The damaged file is not deleted: it is renamed and kept beside the database so that it can still be examined.</source>
        <translation>Повреждённый файл не удаляется: он переименовывается и остаётся рядом с базой данных, чтобы его можно было изучить.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="57" />
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="59" />
        <source>Choose another backup...</source>
        <translation>Выбрать другую копию...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="61" />
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="72" />
        <source>No usable backup was found. Choose a backup file.</source>
        <translation>Пригодная резервная копия не найдена. Выберите файл резервной копии.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="77" />
        <source>Newest good backup: {name}, taken {date}, {records} records.</source>
        <translation>Самая свежая исправная копия: {name}, создана {date}, записей: {records}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="88" />
        <source>Choose a backup</source>
        <translation>Выбор резервной копии</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="90" />
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Резервные копии (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="107" />
        <source>Restored from {backup}. The damaged file was kept as {aside}.</source>
        <translation>Восстановлено из {backup}. Повреждённый файл сохранён как {aside}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="124" />
        <source>{name} is a backup of {theirs}. The damaged database cannot tell which office it belongs to. Put that office's records in its place?</source>
        <translation>{name} — резервная копия организации {theirs}. По повреждённой базе данных нельзя определить, какой организации она принадлежит. Поставить на её место записи этой организации?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="129" />
        <source>{name} is a backup of another office's database: {theirs}. The damaged database is {ours}. Put the other office's records in its place?</source>
        <translation>{name} — резервная копия базы данных другой организации: {theirs}. Повреждённая база данных — {ours}. Поставить на её место записи другой организации?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="134" />
        <source>Another office's backup</source>
        <translation>Резервная копия другой организации</translation>
    </message>
</context>
<context>
    <name>RelatedList</name>
    <message>
        <location filename="../desktop_app/ui/forms/related_panel.py" line="55" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/related_panel.py" line="55" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/related_panel.py" line="55" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/related_panel.py" line="59" />
        <source>&amp;New...</source>
        <translation>&amp;Создать...</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="33" />
        <source>Deadlines need attention</source>
        <translation>Сроки требуют внимания</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="39" />
        <source>%n overdue</source>
        <translation><numerusform>%n срок просрочен</numerusform><numerusform>%n срока просрочены</numerusform><numerusform>%n сроков просрочено</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="41" />
        <source>%n due soon</source>
        <translation><numerusform>%n срок скоро наступит</numerusform><numerusform>%n срока скоро наступят</numerusform><numerusform>%n сроков скоро наступят</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="44" />
        <source>&amp;Show deadlines</source>
        <translation>&amp;Показать сроки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="45" />
        <source>&amp;Dismiss until tomorrow</source>
        <translation>&amp;Скрыть до завтра</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../desktop_app/services/period.py" line="22" />
        <source>{field}: '{value}' is not a date (expected YYYY-MM-DD).</source>
        <translation>{field}: '{value}' не является датой (ожидается ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/period.py" line="23" />
        <source>The period ends ({end}) before it starts ({start}); nothing was written.</source>
        <translation>Период заканчивается ({end}) раньше, чем начинается ({start}); ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/blocks.py" line="54" />
        <location filename="../desktop_app/services/reports/blocks.py" line="75" />
        <source>None in this period.</source>
        <translation>За этот период данных нет.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="81" />
        <source>--signatory '{value}' matches {count} signatories; give the id instead.</source>
        <translation>--signatory '{value}': найдено подписантов: {count}; укажите вместо этого ID.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="85" />
        <source>--signatory '{value}': no such signatory.</source>
        <translation>--signatory '{value}': такой подписант не найден.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="157" />
        <source>There are no signatories to describe.</source>
        <translation>Нет подписантов для составления карточек.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="158" />
        <source>Signatory fact sheets</source>
        <translation>Карточки подписантов</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="166" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="177" />
        <source>Covenant of Mayors</source>
        <translation>Соглашение мэров</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="167" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="128" />
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="187" />
        <source>None recorded.</source>
        <translation>Записей нет.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="192" />
        <source>{percent} % by {year}</source>
        <translation>{percent} % к {year} г.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="202" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="168" />
        <location filename="../desktop_app/services/reports/sections.py" line="99" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="203" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="170" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="41" />
        <location filename="../desktop_app/services/reports/emissions_section.py" line="124" />
        <source>Emission inventories</source>
        <translation>Кадастры выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="59" />
        <location filename="../desktop_app/services/reports/emissions_section.py" line="126" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="66" />
        <location filename="../desktop_app/services/reports/emissions_section.py" line="127" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="205" />
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="208" />
        <source>Adhesion (council decision)</source>
        <translation>Присоединение (решение совета)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="31" />
        <source>Annex E. Adaptation actions</source>
        <translation>Приложение Д. Меры по адаптации</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="46" />
        <source>Hazards addressed</source>
        <translation>Опасности, на которые направлена мера</translation>
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
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="77" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="159" />
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="210" />
        <source>Commitment</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="211" />
        <source>Reduction target</source>
        <translation>Цель сокращения выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="213" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="232" />
        <location filename="../desktop_app/services/reports/sections.py" line="175" />
        <source>Financial support provided (EUR)</source>
        <translation>Оказанная финансовая поддержка (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="216" />
        <source>Covenant id</source>
        <translation>ID в Соглашении</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="218" />
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="240" />
        <source>Action plan and deadlines</source>
        <translation>План действий и сроки</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="242" />
        <source>Plan due: {due}; extension granted until: {extension}</source>
        <translation>Срок подачи плана: {due}; продлён до: {extension}</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="191" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="249" />
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="250" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="288" />
        <source>Submitted</source>
        <translation>Подан</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="252" />
        <source>Feedback</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="268" />
        <source>Open deadline</source>
        <translation>Невыполненный срок</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="271" />
        <source>No open deadlines.</source>
        <translation>Невыполненных сроков нет.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="281" />
        <source>and {count} earlier reports</source>
        <translation>и более ранних отчётов: {count}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="283" />
        <source>Monitoring reports</source>
        <translation>Отчёты о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="286" />
        <source>Reporting</source>
        <translation>Вид отчёта</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="268" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="287" />
        <location filename="../desktop_app/services/reports/sections.py" line="406" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="325" />
        <source>and {count} earlier activities</source>
        <translation>и более ранних мероприятий: {count}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="328" />
        <source>Support received ({count} activities)</source>
        <translation>Полученная помощь (мероприятий: {count})</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="51" />
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="50" />
        <location filename="../desktop_app/services/reports/emissions_section.py" line="126" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="336" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="167" />
        <location filename="../desktop_app/services/reports/sections.py" line="142" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="45" />
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="55" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="337" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="409" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="83" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="338" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="224" />
        <location filename="../desktop_app/services/reports/sections.py" line="124" />
        <location filename="../desktop_app/services/reports/sections.py" line="142" />
        <source>Staff days</source>
        <translation>Человеко-дни</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="357" />
        <source>and {count} earlier financing records</source>
        <translation>и более ранних записей о финансировании: {count}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="359" />
        <source>Finance</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="50" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="363" />
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="90" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="365" />
        <location filename="../desktop_app/services/reports/sections.py" line="224" />
        <location filename="../desktop_app/services/reports/sections.py" line="246" />
        <source>Amount</source>
        <translation>Сумма</translation>
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
        <translation>нет курса</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="403" />
        <source>and {count} earlier Energy Days</source>
        <translation>и более ранних Дней энергии: {count}</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="219" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="405" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="244" />
        <source>Energy Days</source>
        <translation>Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="100" />
        <location filename="../desktop_app/services/reports/factsheet.py" line="410" />
        <location filename="../desktop_app/services/reports/sections.py" line="126" />
        <location filename="../desktop_app/services/reports/sections.py" line="271" />
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="411" />
        <source>Audiences</source>
        <translation>Целевые аудитории</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="115" />
        <source>Covenant Coordinator</source>
        <translation>Координатор Соглашения</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="116" />
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="119" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="179" />
        <source>Covenant Coordinator activity report</source>
        <translation>Отчёт о деятельности Координатора Соглашения</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="122" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="181" />
        <source>Report to the European Commission</source>
        <translation>Отчёт для Европейской комиссии</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="129" />
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="164" />
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="171" />
        <source>Reporting period</source>
        <translation>Отчётный период</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="172" />
        <source>Report date</source>
        <translation>Дата отчёта</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="174" />
        <source>Data as of</source>
        <translation>Данные по состоянию на</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="189" />
        <source>The coordinator profile has not been filled in yet.</source>
        <translation>Профиль координатора ещё не заполнен.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="207" />
        <source>Signatories in the territory</source>
        <translation>Подписанты на территории</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="213" />
        <source>New adhesions</source>
        <translation>Новые присоединения</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="219" />
        <location filename="../desktop_app/services/reports/sections.py" line="123" />
        <source>Assistance activities</source>
        <translation>Мероприятия по оказанию помощи</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="238" />
        <location filename="../desktop_app/services/reports/sections.py" line="178" />
        <source>Rejected (EUR)</source>
        <translation>Отказано (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="76" />
        <location filename="../desktop_app/services/reports/pdf_report.py" line="226" />
        <location filename="../desktop_app/services/reports/sections.py" line="125" />
        <source>Signatories reached</source>
        <translation>Охваченные подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="250" />
        <source>Energy Day participants</source>
        <translation>Участники Дней энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="256" />
        <location filename="../desktop_app/services/reports/sections.py" line="383" />
        <source>Action plans submitted</source>
        <translation>Поданные планы действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="262" />
        <location filename="../desktop_app/services/reports/sections.py" line="384" />
        <source>Action plans accepted</source>
        <translation>Принятые планы действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="268" />
        <location filename="../desktop_app/services/reports/sections.py" line="385" />
        <source>Monitoring reports submitted</source>
        <translation>Поданные отчёты о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="274" />
        <source>Overdue items</source>
        <translation>Просроченные документы</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="297" />
        <source>Executive summary</source>
        <translation>Краткое резюме</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="299" />
        <source>Key figures of the reporting period compared with the previous period of equal length ({start} to {end}).</source>
        <translation>Ключевые показатели отчётного периода в сравнении с предыдущим периодом той же продолжительности (с {start} по {end}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="310" />
        <source>No activity was recorded in this period: no new adhesions, assistance, financing decisions, Energy Days or plan submissions.</source>
        <translation>За этот период деятельность не зарегистрирована: нет ни новых присоединений, ни помощи, ни решений о финансировании, ни Дней энергии, ни поданных планов.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="322" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="323" />
        <source>This period</source>
        <translation>Текущий период</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="324" />
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="325" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="339" />
        <source>{count} financing records could not be converted to EUR for lack of an exchange rate; they are listed in section 3 and left out of the EUR totals.</source>
        <translation>Записи о финансировании (количество: {count}) не удалось пересчитать в EUR из-за отсутствия курса валюты; они приведены в разделе 3 и не включены в итоги в EUR.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="54" />
        <source>No plan yet</source>
        <translation>Нет плана</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="60" />
        <source>1. Promotion and coordination of signatories</source>
        <translation>1. Продвижение Соглашения и координация подписантов</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="64" />
        <source>Signatories in the territory (end of period)</source>
        <translation>Подписанты на территории (на конец периода)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="67" />
        <source>New adhesions in the period</source>
        <translation>Новые присоединения за период</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="69" />
        <source>Status changes in the period</source>
        <translation>Изменения статуса за период</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="82" />
        <source>Signatories by status</source>
        <translation>Подписанты по статусу</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="87" />
        <source>Status changes</source>
        <translation>Изменения статуса</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="89" />
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="89" />
        <location filename="../desktop_app/services/reports/sections.py" line="99" />
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="97" />
        <source>Signatories by country</source>
        <translation>Подписанты по странам</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="120" />
        <source>2. Technical and strategic assistance</source>
        <translation>2. Техническая и стратегическая помощь</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="137" />
        <location filename="../desktop_app/services/reports/sections.py" line="140" />
        <source>Activities by type</source>
        <translation>Мероприятия по типам</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="172" />
        <source>Support provided (approved or disbursed): decisions</source>
        <translation>Оказанная поддержка (одобрено или выплачено): решений</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="177" />
        <source>Rejected: decisions</source>
        <translation>Отказано: решений</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="180" />
        <source>Applications awaiting a decision</source>
        <translation>Заявки, ожидающие решения</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="183" />
        <source>Awaiting a decision (EUR)</source>
        <translation>Ожидают решения (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="194" />
        <source>Financial support provided by source (EUR)</source>
        <translation>Оказанная финансовая поддержка по источникам (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="199" />
        <source>Support provided by instrument</source>
        <translation>Оказанная поддержка по инструментам</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="200" />
        <source>Support provided by source</source>
        <translation>Оказанная поддержка по источникам</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="451" />
        <source>Every action the signatories' plans contain, whatever its period, by signatory.</source>
        <translation>Все меры из планов подписантов, независимо от периода, по подписантам.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="461" />
        <source>No mitigation actions recorded.</source>
        <translation>Меры по смягчению не внесены.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="462" />
        <source>No adaptation actions recorded.</source>
        <translation>Меры по адаптации не внесены.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="205" />
        <location filename="../desktop_app/services/reports/sections.py" line="142" />
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="155" />
        <source>Every activity of the period is listed in Annex B ({count} rows).</source>
        <translation>Все мероприятия периода приведены в приложении Б (строк: {count}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="167" />
        <source>3. Financial support</source>
        <translation>3. Финансовая поддержка</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="170" />
        <source>Financing decisions in the period</source>
        <translation>Решения о финансировании за период</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="176" />
        <source>Disbursed (EUR)</source>
        <translation>Выплачено (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="201" />
        <source>By status</source>
        <translation>По статусу</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="209" />
        <location filename="../desktop_app/services/reports/sections.py" line="245" />
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="209" />
        <source>Amount (EUR)</source>
        <translation>Сумма (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="222" />
        <source>Amounts in their original currencies</source>
        <translation>Суммы в исходных валютах</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="224" />
        <location filename="../desktop_app/services/reports/sections.py" line="243" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="232" />
        <source>Not converted: no exchange rate</source>
        <translation>Не пересчитано: нет курса валюты</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="234" />
        <source>These amounts are not included in the EUR totals because no exchange rate was recorded for their currency on or before the decision date.</source>
        <translation>Эти суммы не включены в итоги в EUR, так как для их валюты не указан курс на дату решения или более раннюю дату.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="267" />
        <source>4. Energy Days</source>
        <translation>4. Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="270" />
        <source>Energy Days held</source>
        <translation>Проведённые Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="273" />
        <source>Registered as EU Sustainable Energy Days</source>
        <translation>Зарегистрированы как Дни устойчивой энергетики ЕС</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="286" />
        <source>Energy Days by audience</source>
        <translation>Дни энергии по целевым аудиториям</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="317" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="37" />
        <location filename="../desktop_app/services/reports/sections.py" line="290" />
        <source>Energy Days of the period</source>
        <translation>Дни энергии за период</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="71" />
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="380" />
        <source>5. Reporting: plans and monitoring</source>
        <translation>5. Отчётность: планы и мониторинг</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="386" />
        <source>Monitoring reports accepted</source>
        <translation>Принятые отчёты о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="387" />
        <source>Overdue action plans</source>
        <translation>Просроченные планы действий</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="388" />
        <source>Overdue monitoring reports</source>
        <translation>Просроченные отчёты о мониторинге</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="399" />
        <source>Signatories by plan status</source>
        <translation>Подписанты по статусу плана</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="404" />
        <source>Overdue items at the end of the period</source>
        <translation>Просроченные документы на конец периода</translation>
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
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="406" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="419" />
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="433" />
        <source>Annexes</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="28" />
        <source>Annex A. Signatories</source>
        <translation>Приложение А. Подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="44" />
        <source>Local name</source>
        <translation>Местное название</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="113" />
        <source>Adhesion</source>
        <translation>Присоед.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/signatory.py" line="212" />
        <source>Finance (EUR)</source>
        <translation>Финансирование (EUR)</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="35" />
        <source>Annex B. Assistance activities</source>
        <translation>Приложение Б. Мероприятия по оказанию помощи</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="27" />
        <source>Annex C. Financial support</source>
        <translation>Приложение В. Финансовая поддержка</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="63" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="11" />
        <source>Cannot read {path}: {detail}</source>
        <translation>Не удаётся прочитать {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="12" />
        <source>{path} is larger than a submission pack can be ({limit} bytes).</source>
        <translation>Размер {path} больше допустимого для пакета отправки (байт: {limit}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="13" />
        <source>{path} holds {count} files; a submission pack holds a few.</source>
        <translation>{path} содержит файлов: {count}; в пакете для отправки их всего несколько.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="14" />
        <source>{path} contains a file with an unsafe name: {name}</source>
        <translation>{path} содержит файл с небезопасным именем: {name}</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="15" />
        <source>The file {name} in the pack is too large to check.</source>
        <translation>Файл {name} в пакете слишком велик для проверки.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="16" />
        <source>{path} contains the same file name twice.</source>
        <translation>{path} содержит два файла с одинаковым именем.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="17" />
        <source>{path} has no manifest.json: it is not a submission pack.</source>
        <translation>В {path} нет manifest.json: это не пакет для отправки.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="18" />
        <source>The manifest in {path} is damaged or of another format.</source>
        <translation>Манифест в {path} повреждён или имеет другой формат.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="19" />
        <source>{path} is not a readable zip file.</source>
        <translation>{path} не является читаемым ZIP-архивом.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="20" />
        <source>{name}: listed in the manifest but missing from the pack.</source>
        <translation>{name}: указан в манифесте, но отсутствует в пакете.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="21" />
        <source>{name}: changed since the pack was made (hash differs).</source>
        <translation>{name}: изменён после создания пакета (хеш не совпадает).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="22" />
        <source>{name}: in the pack but not in the manifest.</source>
        <translation>{name}: есть в пакете, но не указан в манифесте.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="23" />
        <source>{path} is not signed: it was made before packs were signed, or its signature was removed. Its origin cannot be proven.</source>
        <translation>{path} не подписан: он создан до того, как пакеты стали подписываться, или подпись удалена. Его происхождение нельзя доказать.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="28" />
        <source>{path}: the signature does not match the manifest. The pack was changed after it was signed (for instance re-hashed by someone else).</source>
        <translation>{path}: подпись не соответствует манифесту. Пакет изменён после подписания (например, кто-то другой пересчитал хеши).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="33" />
        <source>{path} says it was made by this database ({database}) but is signed with another key ({key_id}; this database's is {own_key_id}): it was not made here.</source>
        <translation>{path} указывает, что создан этой базой данных ({database}), но подписан другим ключом ({key_id}; ключ этой базы данных — {own_key_id}): он создан не здесь.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="38" />
        <source>No exchange rate for {currency} on or before {date}: {amount} {currency} listed as unconverted.</source>
        <translation>Нет курса {currency} на {date} или более раннюю дату: {amount} {currency} указано как непересчитанная сумма.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="32" />
        <source>Sent outside the app</source>
        <translation>Отправлен вне приложения</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="33" />
        <source>Submission pack</source>
        <translation>Пакет для отправки</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="37" />
        <source>Date sent: {date} is after today ({today}); a report can only be recorded once it has been sent. Nothing was recorded.</source>
        <translation>Дата отправки: {date} позже сегодняшнего дня ({today}); отчёт можно зарегистрировать только после отправки. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="42" />
        <source>Period covered: it starts ({start}) after the report was sent ({sent}). Nothing was recorded.</source>
        <translation>Отчётный период: он начинается ({start}) после отправки отчёта ({sent}). Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="47" />
        <source>Period covered: give both the first and the last day, or neither. Nothing was recorded.</source>
        <translation>Отчётный период: укажите и первый, и последний день либо ни одного. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="51" />
        <source>Note: {length} characters; at most {limit} are kept. Nothing was recorded.</source>
        <translation>Примечание: символов — {length}, допускается не более {limit}. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sent.py" line="54" />
        <source>A report sent on {date} for {start} to {end} is already recorded. Nothing was recorded.</source>
        <translation>Отчёт, отправленный {date} за период с {start} по {end}, уже зарегистрирован. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="59" />
        <source>Annex D. Mitigation actions</source>
        <translation>Приложение Г. Меры по смягчению</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="39" />
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="87" />
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="96" />
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="166" />
        <source>Energy savings MWh/a</source>
        <translation>Экономия энергии, МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="178" />
        <source>CO2 t/a planned</source>
        <translation>CO2 т/год, план</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="196" />
        <source>CO2 t/a achieved</source>
        <translation>CO2 т/год, достигнуто</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/plan_contents.py" line="46" />
        <source>Mitigation actions by status</source>
        <translation>Меры по смягчению по статусу</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="38" />
        <source>Emissions by sector, baseline vs latest, t</source>
        <translation>Выбросы по секторам: базовые и последние, т</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="40" />
        <source>Baseline</source>
        <translation>Базовый</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="40" />
        <source>Latest</source>
        <translation>Последний</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="85" />
        <source>Emissions of the territory</source>
        <translation>Выбросы территории</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="87" />
        <source>Sum over the signatories of their baseline inventory and of their latest inventory; emissions computed from final energy consumption with the emission factors of table {version}.</source>
        <translation>Сумма по подписантам их базового и последнего кадастров; выбросы рассчитаны по конечному потреблению энергии с коэффициентами выбросов из таблицы {version}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="95" />
        <source>Signatories with an emission inventory</source>
        <translation>Подписанты с кадастром выбросов</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="96" />
        <source>Baseline emissions, t</source>
        <translation>Базовые выбросы, т</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="97" />
        <source>Latest emissions, t</source>
        <translation>Последние выбросы, т</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="98" />
        <source>Change against the baseline</source>
        <translation>Изменение по сравнению с базовым уровнем</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="100" />
        <source>Baseline emissions per inhabitant, t</source>
        <translation>Базовые выбросы на жителя, т</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="102" />
        <source>Latest emissions per inhabitant, t</source>
        <translation>Последние выбросы на жителя, т</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="103" />
        <source>Latest inventory older than {year}</source>
        <translation>Последний кадастр старше {year} года</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="113" />
        <source>Signatories whose latest inventory is older than {year}</source>
        <translation>Подписанты, чей последний кадастр старше {year} года</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="116" />
        <source>Latest inventory year</source>
        <translation>Год последнего кадастра</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="127" />
        <source>Final energy, MWh</source>
        <translation>Конечная энергия, МВт·ч</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="128" />
        <source>Emissions, t</source>
        <translation>Выбросы, т</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/emissions_section.py" line="137" />
        <source>No emission inventories recorded.</source>
        <translation>Кадастры выбросов не внесены.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="72" />
        <source>Preparing…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="102" />
        <source>Counting the key figures…</source>
        <translation>Подсчёт ключевых показателей…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="103" />
        <source>Reading the records…</source>
        <translation>Чтение записей…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="104" />
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="105" />
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="106" />
        <source>Writing the workbook…</source>
        <translation>Запись книги Excel…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="107" />
        <source>Writing the manifest…</source>
        <translation>Запись манифеста…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="108" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="118" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="84" />
        <source>Report to the Commission (PDF)…</source>
        <translation>Отчёт для Комиссии (PDF)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="85" />
        <source>Signatory fact sheets (PDF)…</source>
        <translation>Карточки подписантов (PDF)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="86" />
        <source>Prepare submission…</source>
        <translation>Подготовить пакет для отправки…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="87" />
        <source>Verify a submission pack…</source>
        <translation>Проверить пакет для отправки…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="77" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="94" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="78" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="95" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="96" />
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="100" />
        <source>Report to the European Commission</source>
        <translation>Отчёт для Европейской комиссии</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="109" />
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="109" />
        <source>Period covered</source>
        <translation>Отчётный период</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="109" />
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="109" />
        <source>Note or file</source>
        <translation>Примечание или файл</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="116" />
        <source>Record a report sent to the Commission…</source>
        <translation>Записать отчёт, отправленный в Комиссию…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="118" />
        <source>Reports sent to the Commission</source>
        <translation>Отчёты, отправленные в Европейскую комиссию</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="128" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="128" />
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="128" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="128" />
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="137" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="139" />
        <source>Changed since the last submission</source>
        <translation>Изменения после последней отправки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="162" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="170" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="206" />
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="206" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="241" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="211" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="223" />
        <source>Report to the Commission</source>
        <translation>Отчёт для Комиссии</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="241" />
        <source>Save the fact sheets</source>
        <translation>Сохранение карточек подписантов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="248" />
        <source>Signatory fact sheets</source>
        <translation>Карточки подписантов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="261" />
        <source>Folder for the submission pack</source>
        <translation>Папка для пакета отправки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="265" />
        <source>Prepare submission</source>
        <translation>Подготовка пакета для отправки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="285" />
        <source>No report to the Commission has been recorded yet.</source>
        <translation>Отчёты в Европейскую комиссию ещё не зарегистрированы.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="287" />
        <source>Last report sent on {date}.</source>
        <translation>Последний отчёт отправлен {date}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="289" />
        <source>The next coordinator report was due on {due}: overdue.</source>
        <translation>Следующий отчёт координатора нужно было отправить до {due}: срок пропущен.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="292" />
        <source>Next coordinator report due: {due}</source>
        <translation>Срок следующего отчёта координатора: {due}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="311" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="321" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="326" />
        <location filename="../desktop_app/ui/pages/reports_page.py" line="332" />
        <source>Verify a submission pack</source>
        <translation>Проверка пакета для отправки</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="311" />
        <source>Submission packs (*.zip)</source>
        <translation>Пакеты для отправки (*.zip)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="327" />
        <source>The pack matches its manifest: nothing was changed.</source>
        <translation>Пакет соответствует своему манифесту: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="342" />
        <source>No submission has been prepared yet.</source>
        <translation>Пакет для отправки ещё не готовился.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="346" />
        <source>Since the submission of {when} ({file}): {count} changes</source>
        <translation>Изменений после отправки {when} ({file}): {count}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="353" />
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="354" />
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="355" />
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="91" />
        <location filename="../desktop_app/ui/account.py" line="51" />
        <source>viewer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="92" />
        <location filename="../desktop_app/ui/account.py" line="52" />
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="93" />
        <location filename="../desktop_app/ui/account.py" line="53" />
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/server.py" line="95" />
        <location filename="../desktop_app/ui/account.py" line="55" />
        <source>no role</source>
        <translation>без роли</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/saved_notice.py" line="32" />
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/saved_notice.py" line="36" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/saved_notice.py" line="37" />
        <source>Show &amp;folder</source>
        <translation>Показать &amp;папку</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/saved_notice.py" line="38" />
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="45" />
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="50" />
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="55" />
        <source>Coordinator profile</source>
        <translation>Профиль координатора</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="60" />
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="65" />
        <source>Action plans and monitoring</source>
        <translation>Планы действий и мониторинг</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="70" />
        <source>Assistance</source>
        <translation>Помощь подписантам</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="75" />
        <source>Energy Days</source>
        <translation>Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="80" />
        <source>Finance</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="85" />
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="90" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="95" />
        <source>Sync conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="100" />
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="59" />
        <source>{name!r} cannot be a user name: use lower-case Latin letters, digits, '.', '-' or '_', starting with a letter, at most 63 characters, not beginning with pg_ or cd_.</source>
        <translation>{name!r} не может быть именем пользователя: используйте строчные латинские буквы, цифры, «.», «-» или «_», первой должна быть буква, не более 63 символов, без начала pg_ или cd_.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="64" />
        <source>{role!r} is not a role; use viewer, editor or admin.</source>
        <translation>{role!r} — не роль; укажите viewer (наблюдатель), editor (редактор) или admin (администратор).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="65" />
        <source>A user or role named {name} already exists on this server; nothing was changed. Choose another name.</source>
        <translation>Пользователь или роль с именем {name} уже есть на этом сервере; ничего не изменено. Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="70" />
        <source>{name} is not a user of this office database; nothing was changed (see: server user list).</source>
        <translation>{name} не является пользователем базы данных этого офиса; ничего не изменено (см.: server user list).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="75" />
        <source>You cannot change your own account ({name}); ask another admin. Nothing was changed.</source>
        <translation>Свою учётную запись ({name}) изменить нельзя; попросите другого администратора. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="79" />
        <source>The password is empty; nothing was changed.</source>
        <translation>Пароль пустой; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="80" />
        <source>{location} is not a PostgreSQL database; accounts exist only on an office server (--database postgresql+psycopg://user@host/database).</source>
        <translation>{location} — не база данных PostgreSQL; учётные записи есть только на офисном сервере (--database postgresql+psycopg://пользователь@сервер/база).</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="85" />
        <source>{location} has not been prepared as an office server; run: coordinator-desk --database URL server init</source>
        <translation>{location} ещё не подготовлена как офисный сервер; выполните: coordinator-desk --database URL server init</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/server_accounts.py" line="90" />
        <source>server init must be run by a PostgreSQL superuser or a role that may create roles and owns the database; {login} may not. Nothing was changed.</source>
        <translation>server init должен запускать суперпользователь PostgreSQL или роль, которая может создавать роли и владеет базой данных; у {login} таких прав нет. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/sign_in.py" line="91" />
        <source>Sign in to the office server</source>
        <translation>Вход на офисный сервер</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/sign_in.py" line="95" />
        <source>The server did not accept the password; try again.</source>
        <translation>Сервер не принял пароль; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/sign_in.py" line="100" />
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/sign_in.py" line="101" />
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/sign_in.py" line="105" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/sign_in.py" line="109" />
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Запомнить в системном хранилище паролей</translation>
    </message>
</context>
<context>
    <name>SignatoryForm</name>
    <message>
        <location filename="../desktop_app/domain/kinds/action_plan.py" line="27" />
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/monitoring_report.py" line="27" />
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/deadline_extension.py" line="27" />
        <source>Extensions</source>
        <translation>Продления</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/support_activity.py" line="36" />
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/financial_support.py" line="28" />
        <source>Finance</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/energy_day.py" line="38" />
        <source>Energy Days</source>
        <translation>Дни энергии</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="50" />
        <source>Save first</source>
        <translation>Сначала сохраните</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="51" />
        <source>Save the signatory first, then add its records.</source>
        <translation>Сначала сохраните подписанта, а затем добавляйте связанные записи.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="100" />
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="102" />
        <source>{country} already has a signatory with this name:
{names}

Open the existing record instead?</source>
        <translation>В стране {country} уже есть подписант с таким названием:
{names}

Открыть существующую запись?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="109" />
        <source>&amp;Open the existing one</source>
        <translation>&amp;Открыть существующую</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="112" />
        <source>&amp;Save as a new signatory</source>
        <translation>&amp;Сохранить как нового подписанта</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/emission_inventory.py" line="39" />
        <source>Inventories</source>
        <translation>Кадастры</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/mitigation_action.py" line="57" />
        <source>Mitigation actions</source>
        <translation>Меры по смягчению</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/adaptation_action.py" line="29" />
        <source>Adaptation actions</source>
        <translation>Меры по адаптации</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/climate_risk.py" line="36" />
        <source>Climate risks</source>
        <translation>Климатические риски</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/kinds/poverty_indicator.py" line="30" />
        <source>Energy poverty</source>
        <translation>Энергетическая бедность</translation>
    </message>
</context>
<context>
    <name>SignatoryPicker</name>
    <message>
        <location filename="../desktop_app/ui/widgets/signatory_picker.py" line="119" />
        <source>Type a few letters of the name</source>
        <translation>Введите несколько букв названия</translation>
    </message>
</context>
<context>
    <name>SignatoryTable</name>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="31" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="32" />
        <source>Local name</source>
        <translation>Название на местном языке</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="33" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="34" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="35" />
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="36" />
        <source>Adhesion date</source>
        <translation>Дата присоединения</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="37" />
        <source>Framework</source>
        <translation>Горизонт обязательств</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="38" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="39" />
        <source>Fill in the coordinator profile</source>
        <translation>Заполните профиль координатора</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="40" />
        <source>Your office's name, country and contact, and the dates of its path to Covenant Coordinator: the report to the Commission starts from them.</source>
        <translation>Название офиса, страна и контакты, а также даты его пути к статусу координатора Соглашения: с них начинается отчёт для Комиссии.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="47" />
        <source>Bring in your signatories</source>
        <translation>Внесите подписантов</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="48" />
        <source>From the Covenant's official open data (the df1_signatories workbook: keep one territory with a filter) or from your office's own sheet. The import wizard matches the columns and shows every row before anything is written.</source>
        <translation>Из официальных открытых данных Соглашения (книга df1_signatories: фильтром оставьте одну территорию) или из собственной таблицы офиса. Мастер импорта сопоставит столбцы и покажет каждую строку, прежде чем что-либо записать.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="56" />
        <source>Add exchange rates</source>
        <translation>Добавьте курсы валют</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="57" />
        <source>Units of your currency per euro, by date, so financial support is reported in EUR.</source>
        <translation>Единиц вашей валюты за один евро, по датам, чтобы финансовая поддержка указывалась в отчёте в евро.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="63" />
        <source>Record the first assistance activity</source>
        <translation>Внесите первое мероприятие по оказанию помощи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="64" />
        <source>Technical or strategic help, a training, a study visit: the support the Commission asks coordinators to report.</source>
        <translation>Техническая или стратегическая помощь, обучение, ознакомительная поездка: поддержка, о которой Комиссия просит отчитываться координаторов.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="121" />
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="121" />
        <source>to do</source>
        <translation>предстоит</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="123" />
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="123" />
        <source>Not done yet</source>
        <translation>Ещё не выполнено</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="147" />
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="153" />
        <source>Four steps take a new office from an empty database to its first report to the Commission. Each is ticked as soon as its records are in, however they got there.</source>
        <translation>Четыре шага ведут новый офис от пустой базы данных к первому отчёту для Комиссии. Шаг отмечается, как только появляются его записи, каким бы путём они ни были внесены.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="173" />
        <source>Explore a demo office first</source>
        <translation>Сначала посмотрите демонстрационный офис</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="176" />
        <source>An invented office with signatories, plans, reports, finance and Energy Days, in a file of its own: your office's database is not touched. File &gt; Recent databases brings you back here.</source>
        <translation>Вымышленный офис с подписантами, планами, отчётами, финансированием и Днями энергии — в отдельном файле: база данных вашего офиса не затрагивается. Вернуться сюда можно через «Файл &gt; Недавние базы данных».</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="186" />
        <source>E&amp;xplore a demo office</source>
        <translation>&amp;Открыть демонстрационный офис</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="209" />
        <source>Open the &amp;profile</source>
        <translation>Открыть &amp;профиль</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="212" />
        <source>Shows the coordinator profile form</source>
        <translation>Показывает форму профиля координатора</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="216" />
        <source>&amp;Import from Excel...</source>
        <translation>&amp;Импорт из Excel...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="219" />
        <source>Opens the import wizard for the open data workbook or your own sheet</source>
        <translation>Открывает мастер импорта для книги открытых данных или вашей таблицы</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="223" />
        <source>Add a &amp;signatory...</source>
        <translation>Доб&amp;авить подписанта...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="226" />
        <source>Opens a blank signatory form</source>
        <translation>Открывает пустую форму подписанта</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="230" />
        <source>Add an exchange &amp;rate...</source>
        <translation>Добавить &amp;курс валюты...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="233" />
        <source>Opens a blank exchange rate form</source>
        <translation>Открывает пустую форму курса валюты</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="237" />
        <source>Record an &amp;activity...</source>
        <translation>Внести &amp;мероприятие...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="240" />
        <source>Opens a blank assistance activity form</source>
        <translation>Открывает пустую форму мероприятия по оказанию помощи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="260" />
        <source>Reading what is recorded...</source>
        <translation>Проверка внесённых данных...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="271" />
        <source>All four steps are done: the Dashboard now follows your office.</source>
        <translation>Все четыре шага выполнены: теперь «Обзор» отражает работу вашего офиса.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/start_page.py" line="275" />
        <source>{done} of {total} steps done.</source>
        <translation>Выполнено шагов: {done} из {total}.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop_app/services/sync/inbox.py" line="186" />
        <source>Record kept or deleted</source>
        <translation>Запись сохранена или удалена</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/sync/shown.py" line="93" />
        <source>in the Trash</source>
        <translation>в корзине</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/sync/shown.py" line="93" />
        <source>kept</source>
        <translation>сохранена</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/sync/shown.py" line="105" />
        <location filename="../desktop_app/services/sync/shown.py" line="114" />
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/sync/shown.py" line="118" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/sync/shown.py" line="118" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="48" />
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="49" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="51" />
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="55" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="64" />
        <source>Deleted records</source>
        <translation>Удалённые записи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="137" />
        <source>The Trash is empty. Records you delete wait here, with what went along with them, until you restore them.</source>
        <translation>Корзина пуста. Удалённые записи хранятся здесь вместе со всем, что было удалено с ними, пока вы их не восстановите.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/trash_page.py" line="143" />
        <source>%n deleted records</source>
        <translation><numerusform>%n удалённая запись</numerusform><numerusform>%n удалённые записи</numerusform><numerusform>%n удалённых записей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/trash_page.py" line="145" />
        <source>{shown} of %n deleted records</source>
        <translation><numerusform>{shown} из %n удалённой записи</numerusform><numerusform>{shown} из %n удалённых записей</numerusform><numerusform>{shown} из %n удалённых записей</numerusform></translation>
    </message>
</context>
<context>
    <name>TrashTable</name>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="25" />
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="26" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="27" />
        <source>Moved to Trash</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="28" />
        <source>By</source>
        <translation>Кем</translation>
    </message>
</context>
<context>
    <name>TrashWords</name>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="18" />
        <source>%n action plans</source>
        <translation><numerusform>%n план действий</numerusform><numerusform>%n плана действий</numerusform><numerusform>%n планов действий</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="19" />
        <source>%n monitoring reports</source>
        <translation><numerusform>%n отчёт о мониторинге</numerusform><numerusform>%n отчёта о мониторинге</numerusform><numerusform>%n отчётов о мониторинге</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="20" />
        <source>%n deadline extensions</source>
        <translation><numerusform>%n продление срока</numerusform><numerusform>%n продления срока</numerusform><numerusform>%n продлений срока</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="21" />
        <source>%n finance records</source>
        <translation><numerusform>%n запись о финансировании</numerusform><numerusform>%n записи о финансировании</numerusform><numerusform>%n записей о финансировании</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="22" />
        <source>%n links to coordinators</source>
        <translation><numerusform>%n связь с координаторами</numerusform><numerusform>%n связи с координаторами</numerusform><numerusform>%n связей с координаторами</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="23" />
        <source>%n links to assistance activities</source>
        <translation><numerusform>%n связь с мероприятиями помощи</numerusform><numerusform>%n связи с мероприятиями помощи</numerusform><numerusform>%n связей с мероприятиями помощи</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="26" />
        <source>%n links to Energy Days</source>
        <translation><numerusform>%n связь с Днями энергии</numerusform><numerusform>%n связи с Днями энергии</numerusform><numerusform>%n связей с Днями энергии</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/trash_words.py" line="40" />
        <source>Move this record to the Trash?</source>
        <translation>Переместить эту запись в корзину?</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="42" />
        <source>Move %n records to the Trash?</source>
        <translation><numerusform>Переместить %n запись в корзину?</numerusform><numerusform>Переместить %n записи в корзину?</numerusform><numerusform>Переместить %n записей в корзину?</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/trash_words.py" line="45" />
        <source>With it go: {records}.</source>
        <translation>Вместе с ней будут перемещены: {records}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/trash_words.py" line="46" />
        <source>You can restore them all from the Trash.</source>
        <translation>Всё это можно восстановить из корзины.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/trash_words.py" line="48" />
        <source>You can restore it from the Trash.</source>
        <translation>Её можно восстановить из корзины.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/trash_words.py" line="50" />
        <source>You can restore them from the Trash.</source>
        <translation>Их можно восстановить из корзины.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="56" />
        <source>%n records restored.</source>
        <translation><numerusform>Восстановлена %n запись.</numerusform><numerusform>Восстановлены %n записи.</numerusform><numerusform>Восстановлено %n записей.</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/trash_words.py" line="59" />
        <source>With them came back: {records}.</source>
        <translation>Вместе с ними восстановлены: {records}.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="57" />
        <source>Undo</source>
        <translation>Отмена действия</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="106" />
        <source>Create “{name}”</source>
        <translation>Создать «{name}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="106" />
        <source>Edit “{name}”</source>
        <translation>Изменить «{name}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="125" />
        <source>someone else</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="128" />
        <source>The record was changed by {user} after this save; nothing was undone. Open it to see the current values. {fields}</source>
        <translation>После этого сохранения запись была изменена (кем: {user}); ничего не отменено. Откройте запись, чтобы увидеть текущие значения. {fields}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="137" />
        <source>The earlier values can no longer be saved; nothing was undone.</source>
        <translation>Прежние значения больше нельзя сохранить; ничего не отменено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="159" />
        <source>Restore “{name}”</source>
        <translation>Восстановить «{name}»</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="161" />
        <source>Move “{name}” to the Trash</source>
        <translation>Переместить «{name}» в корзину</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/undo.py" line="166" />
        <source>Restore %n records</source>
        <translation><numerusform>Восстановить %n запись</numerusform><numerusform>Восстановить %n записи</numerusform><numerusform>Восстановить %n записей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/undo.py" line="168" />
        <source>Move %n records to the Trash</source>
        <translation><numerusform>Переместить %n запись в корзину</numerusform><numerusform>Переместить %n записи в корзину</numerusform><numerusform>Переместить %n записей в корзину</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="230" />
        <source>Restore from the Trash</source>
        <translation>Восстановление из корзины</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo_actions.py" line="51" />
        <source>&amp;Redo: {action}</source>
        <translation>&amp;Повторить: {action}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo_actions.py" line="51" />
        <source>&amp;Undo: {action}</source>
        <translation>&amp;Отменить: {action}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo_actions.py" line="54" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo_actions.py" line="54" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="50" />
        <source>{field} is required.</source>
        <translation>Поле «{field}» обязательно для заполнения.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="51" />
        <source>{field} is empty; please fill it in.</source>
        <translation>Поле «{field}» не заполнено; заполните его.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="52" />
        <source>Without the adhesion date the plan deadline cannot be computed.</source>
        <translation>Без даты присоединения невозможно рассчитать срок подачи плана.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="55" />
        <source>{field} must be a number, not "{value}".</source>
        <translation>В поле «{field}» должно быть число, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="56" />
        <source>{field} must be a whole number, not "{value}".</source>
        <translation>В поле «{field}» должно быть целое число, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="57" />
        <source>{field} must be a date, not "{value}".</source>
        <translation>В поле «{field}» должна быть дата, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="60" />
        <source>{field}: "{value}" is not a number; type it like {example}.</source>
        <translation>В поле «{field}» «{value}» — не число; введите его так: {example}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="61" />
        <source>{field}: "{value}" could be {one} or {other}; type it as one of these.</source>
        <translation>В поле «{field}» «{value}» можно прочитать как {one} или как {other}; введите один из этих вариантов.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="64" />
        <source>{field} keeps at most {places} decimal places; "{value}" has more.</source>
        <translation>В поле «{field}» не больше {places} знаков после запятой, а в «{value}» их больше.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="67" />
        <source>{field}: "{value}" is not a date; type it like {example} or {iso}.</source>
        <translation>В поле «{field}» «{value}» — не дата; введите её так: {example} или {iso}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="70" />
        <source>{field}: "{value}" is not a whole date; type the day, the month and the year in four digits, like {example}.</source>
        <translation>В поле «{field}» «{value}» — не полная дата; введите день, месяц и год четырьмя цифрами, например {example}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="75" />
        <source>{field}: there is no such day as "{value}".</source>
        <translation>В поле «{field}» указан несуществующий день: «{value}».</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="76" />
        <source>{field} must be a date in the years {min} to {max}.</source>
        <translation>В поле «{field}» должна быть дата с {min} по {max} год.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="77" />
        <source>{field} must be a list of choices.</source>
        <translation>В поле «{field}» должен быть список вариантов.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="78" />
        <source>{field} is {length} characters long; at most {max} are allowed.</source>
        <translation>Длина поля «{field}» — {length} симв.; допускается не более {max}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="79" />
        <source>{field}: "{value}" is not one of the choices.</source>
        <translation>{field}: значения «{value}» нет среди допустимых вариантов.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="80" />
        <source>{field} ({value}) must not be earlier than {other_field} ({other}).</source>
        <translation>«{field}» ({value}) не может быть раньше, чем «{other_field}» ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="83" />
        <source>{field} ({value}) is in the future.</source>
        <translation>«{field}» ({value}): дата ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="84" />
        <source>{field} must be greater than zero.</source>
        <translation>Значение поля «{field}» должно быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="85" />
        <source>{field} must not be negative.</source>
        <translation>Значение поля «{field}» не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="86" />
        <source>{field} must be a year from {min} to {max}.</source>
        <translation>В поле «{field}» должен быть год от {min} до {max}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="87" />
        <source>{field} must be a year from {min} to {max}, the year the plan was submitted; {value} was given.</source>
        <translation>В поле «{field}» должен быть год от {min} до {max} (года подачи плана); указано: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="92" />
        <source>{field} must be between 0 and 100.</source>
        <translation>Значение поля «{field}» должно быть от 0 до 100.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="93" />
        <source>{field} must be between {min} and {max} degrees; {value} was given.</source>
        <translation>В поле «{field}» должно быть значение от {min} до {max} градусов; указано: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="96" />
        <source>{field} is {value} %, below the {minimum} % minimum of the {framework} commitment.</source>
        <translation>«{field}» — {value} %, это ниже минимальных {minimum} % для горизонта обязательств {framework}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="100" />
        <source>{field} ({value}) is more than the amount ({amount}).</source>
        <translation>«{field}» ({value}) больше суммы ({amount}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="103" />
        <source>{field} must be a three-letter ISO 4217 code in capitals such as EUR, not "{value}".</source>
        <translation>В поле «{field}» должен быть трёхбуквенный код ISO 4217 заглавными латинскими буквами, например EUR, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="107" />
        <source>{field}: {value} is not one of the usual currencies; check the code.</source>
        <translation>{field}: {value} — нетипичная валюта; проверьте код.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="110" />
        <source>{field}: "{value}" is not a known country.</source>
        <translation>{field}: страна «{value}» неизвестна.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="111" />
        <source>{field} does not look like an e-mail address.</source>
        <translation>Значение поля «{field}» не похоже на адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="112" />
        <source>The baseline inventory covers {count} of the 4 key sectors (municipal, tertiary, residential, transport); at least {minimum} are expected.</source>
        <translation>Базовый кадастр выбросов охватывает ключевых секторов: {count} из 4 (муниципальный, третичный, жилой, транспорт); требуется не менее {minimum}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="117" />
        <source>The inventory has energy figures for {count} of the 4 key sectors (municipal, tertiary, residential, transport); the Covenant asks for at least {minimum}. Missing: {missing}.</source>
        <translation>В кадастре есть данные об энергии по {count} из 4 ключевых секторов (муниципальный, сфера услуг, жилой, транспорт); Соглашение требует не менее {minimum}. Не хватает: {missing}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="123" />
        <source>{field}: "{value}" is not a sector and energy carrier of the grid.</source>
        <translation>{field}: «{value}» — не сектор и не энергоноситель таблицы.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="126" />
        <source>{field}: "{value}" ({sector}, {carrier}) is not a number.</source>
        <translation>{field}: «{value}» ({sector}, {carrier}) — не число.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="129" />
        <source>{field}: {sector}, {carrier} is negative ({value} MWh).</source>
        <translation>{field}: {sector}, {carrier} — отрицательное значение ({value} МВт·ч).</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="132" />
        <source>No emission factor for {carriers}: that energy is not counted in the emissions. Enter a local factor (or the local production) to count it.</source>
        <translation>Нет коэффициента выбросов для: {carriers}; эта энергия не учтена в выбросах. Чтобы учесть её, введите местный коэффициент (или местное производство).</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="137" />
        <source>{field} is {stated}, but the grid gives {computed}: more than 1 % apart. Check the figures.</source>
        <translation>{field}: {stated}, а по таблице получается {computed} — расхождение больше 1 %. Проверьте цифры.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="142" />
        <source>Actions cover {count} key sector(s); actions in at least {minimum} are expected.</source>
        <translation>Мероприятия охватывают ключевых секторов: {count}; требуется охватить мероприятиями не менее {minimum}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="146" />
        <source>The action is completed but {field} is empty: enter what monitoring found.</source>
        <translation>Мера завершена, но поле «{field}» пусто: укажите результат мониторинга.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="150" />
        <source>A {plan_type} needs a climate risk and vulnerability assessment.</source>
        <translation>Для {plan_type} требуется оценка климатических рисков и уязвимости.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="154" />
        <source>The plan was submitted but its council approval date is empty.</source>
        <translation>План подан, но дата его утверждения советом не указана.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="157" />
        <source>The status is "{status}" but {field} is empty.</source>
        <translation>Статус — «{status}», но поле «{field}» не заполнено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="158" />
        <source>An Energy Day registered with the EU Sustainable Energy Week needs at least {minimum} participants; {value} recorded.</source>
        <translation>В Дне энергии, зарегистрированном на Европейской неделе устойчивой энергетики, число участников должно быть не менее {minimum}; указано: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="163" />
        <source>Select the signatories reached, or mark the activity as reaching all signatories.</source>
        <translation>Выберите охваченных подписантов или отметьте, что мероприятие охватывает всех подписантов.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="167" />
        <source>EUR needs no exchange rate; it always counts as 1.</source>
        <translation>Для EUR курс не нужен: он всегда равен 1.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="168" />
        <source>Full reporting includes a monitoring emission inventory; {field} is empty.</source>
        <translation>Полный отчёт включает мониторинговый кадастр выбросов; поле «{field}» не заполнено.</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="171" />
        <source>This signatory already has {count} extension(s) for this deadline; normally only one is granted.</source>
        <translation>У этого подписанта уже есть продления этого срока (количество: {count}); обычно предоставляется только одно.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../desktop_app/ui/forms/values.py" line="56" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/values.py" line="56" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>WholeSpinBox</name>
    <message>
        <location filename="../desktop_app/ui/widgets/whole_spin_box.py" line="85" />
        <source>{field} must be a whole number from {min} to {max}.</source>
        <translation>В поле «{field}» должно быть целое число от {min} до {max}.</translation>
    </message>
</context>
</TS>
