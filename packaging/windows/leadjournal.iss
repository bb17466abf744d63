; Inno Setup script for LeadJournal on Windows.
; Build the one-folder bundle first (on Windows):
;   python packaging/pyinstaller/build.py
; then compile this script with Inno Setup 6:
;   iscc packaging\windows\leadjournal.iss
; It installs per user (no administrator rights), adds a Start-menu entry and an
; uninstaller, and offers a desktop shortcut.

#define AppName "LeadJournal"
#define AppVersion "0.1.0"
#define AppId "io.github.leadjournal.LeadJournal"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The LeadJournal team
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=LeadJournal-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\leadjournal.ico
UninstallDisplayIcon={app}\leadjournal.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Files]
Source: "..\..\dist\leadjournal\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\leadjournal.exe"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\leadjournal.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\leadjournal.exe"; Description: "Open LeadJournal"; Flags: nowait postinstall skipifsilent
