; Inno Setup script: wraps the PyInstaller folder (dist\coordinator-desk) into a per-user
; installer: no administrator rights (small public offices rarely have them), installed under
; %LOCALAPPDATA%\Programs, a Start menu entry, an optional desktop icon, and an uninstaller
; listed in Settings > Apps (per user). Built by .github/workflows/windows-bundle.yml:
;   set COORDINATOR_DESK_VERSION=0.1.0 & ISCC packaging\windows\coordinator-desk.iss
; The office's databases, backups and settings live in the user's data folder, not in {app}:
; uninstalling leaves them.
#define AppVersion GetEnv("COORDINATOR_DESK_VERSION")
#if AppVersion == ""
  #error Set COORDINATOR_DESK_VERSION (desktop_app.__version__) before running ISCC
#endif
#define Bundle "..\..\dist\coordinator-desk"
#define Icon "..\..\build\coordinator-desk.ico"

[Setup]
AppId={{6F0C8A52-3C1E-4B7B-9B51-2F3E8C0D4A11}
AppName=Coordinator Desk
AppVersion={#AppVersion}
AppPublisher=Coordinator Desk
DefaultDirName={localappdata}\Programs\Coordinator Desk
DefaultGroupName=Coordinator Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=coordinator-desk-{#AppVersion}-windows-x86_64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
Uninstallable=yes
UninstallDisplayName=Coordinator Desk {#AppVersion}
UninstallDisplayIcon={app}\coordinator-desk.exe
#if FileExists(AddBackslash(SourcePath) + Icon)
SetupIconFile={#Icon}
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: desktopicon; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Coordinator Desk"; Filename: "{app}\coordinator-desk.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,Coordinator Desk}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Coordinator Desk"; Filename: "{app}\coordinator-desk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\coordinator-desk.exe"; Description: "{cm:LaunchProgram,Coordinator Desk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; PyInstaller's bytecode caches written beside the program, if any; never the user's data.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
