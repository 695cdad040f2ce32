; Inno Setup script: wraps the PyInstaller folder into a per-user installer (no admin rights,
; which small public offices rarely have). Build the bundle first, then run ISCC on this file.
#define AppVersion GetEnv("COORDINATOR_DESK_VERSION")

[Setup]
AppId={{6F0C8A52-3C1E-4B7B-9B51-2F3E8C0D4A11}
AppName=Coordinator Desk
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\Coordinator Desk
DefaultGroupName=Coordinator Desk
PrivilegesRequired=lowest
OutputBaseFilename=coordinator-desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\..\dist\coordinator-desk\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Coordinator Desk"; Filename: "{app}\coordinator-desk.exe"
Name: "{userdesktop}\Coordinator Desk"; Filename: "{app}\coordinator-desk.exe"; Tasks: desktopicon

[Tasks]
Name: desktopicon; Description: "{cm:CreateDesktopIcon}"
