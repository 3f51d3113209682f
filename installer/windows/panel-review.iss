; Panel Review for Windows: an installer for one person's account, no administrator rights.
;
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.2.0 installer\windows\panel-review.iss
;
; run from the repository root after the PyInstaller build (dist\panel-review, and the
; icon build\icons\panel-review.ico the spec renders from installer\panel-review.svg).
; Writes dist\panel-review-<version>-windows-setup.exe. Not built or run on the Linux
; machines the project is developed on: see docs/release.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Panel Review"
#define AppExe "panel-review.exe"

[Setup]
; Never change AppId: it is how an upgrade finds the installed copy.
AppId={{6F3C2B9E-8A41-4D5C-9E27-3B8F1A6D0C54}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Panel Review
; Per-user: {autopf} is %LOCALAPPDATA%\Programs here, and registry keys go under HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=panel-review-{#AppVersion}-windows-setup
SetupIconFile=build\icons\panel-review.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Explorer is told to reread the associations after install and uninstall.
ChangesAssociations=yes
; An upgrade over a running copy: Setup finds it through Windows's Restart Manager (the
; program and its DLLs are in use), names it on the "Preparing to install" page and closes
; it; the member's answers and notes are already saved. Nothing is needed from the app
; for that (no AppMutex). It is not restarted behind the member's back: the Finish page
; offers to start it ([Run]), and a restarted copy beside that one would be two windows.
; See docs/decisions.md, "A running copy during an upgrade".
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; The whole one-folder build; an upgrade replaces it and leaves the data folder alone.
Source: "dist\panel-review\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that the new one no longer has.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Registry]
; Double-clicking a pack, a review package, an erasure receipt or a member card opens it in Panel Review.
; HKCU\Software\Classes: this account only, no administrator rights needed.
Root: HKCU; Subkey: "Software\Classes\.prpack"; ValueType: string; ValueName: ""; ValueData: "PanelReview.Pack"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.prpack\OpenWithProgids"; ValueType: string; ValueName: "PanelReview.Pack"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\PanelReview.Pack"; ValueType: string; ValueName: ""; ValueData: "Panel Review assignment pack"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\PanelReview.Pack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\PanelReview.Pack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

Root: HKCU; Subkey: "Software\Classes\.prreview"; ValueType: string; ValueName: ""; ValueData: "PanelReview.Review"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.prreview\OpenWithProgids"; ValueType: string; ValueName: "PanelReview.Review"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\PanelReview.Review"; ValueType: string; ValueName: ""; ValueData: "Panel Review review package"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\PanelReview.Review\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\PanelReview.Review\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

Root: HKCU; Subkey: "Software\Classes\.prreceipt"; ValueType: string; ValueName: ""; ValueData: "PanelReview.Receipt"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.prreceipt\OpenWithProgids"; ValueType: string; ValueName: "PanelReview.Receipt"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\PanelReview.Receipt"; ValueType: string; ValueName: ""; ValueData: "Panel Review erasure receipt"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\PanelReview.Receipt\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\PanelReview.Receipt\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

Root: HKCU; Subkey: "Software\Classes\.prcard"; ValueType: string; ValueName: ""; ValueData: "PanelReview.Card"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.prcard\OpenWithProgids"; ValueType: string; ValueName: "PanelReview.Card"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\PanelReview.Card"; ValueType: string; ValueName: ""; ValueData: "Panel Review member card"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\PanelReview.Card\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\PanelReview.Card\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The member's encrypted profiles (platformdirs: %LOCALAPPDATA%\PanelReview\PanelReview) and
// settings (QSettings: %APPDATA%\PanelReview) are outside the install folder, so an upgrade
// never touches them. Uninstalling asks; keeping them is the default and what a silent
// uninstall does, because a deleted profile cannot be recovered. (Line comments: a brace
// comment ends at the first closing brace, and Inno Setup's constants are written in braces.)
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir, SettingsDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{localappdata}\PanelReview');
  SettingsDir := ExpandConstant('{userappdata}\PanelReview');
  if not DirExists(DataDir) then
    Exit;
  if SuppressibleMsgBox(
      'Keep your Panel Review profiles on this computer?' + #13#10 + #13#10 +
      'They hold your reviews, encrypted with your passphrase, in:' + #13#10 + DataDir + #13#10 + #13#10 +
      'Yes (recommended): keep them, for when Panel Review is installed again.' + #13#10 +
      'No: delete them now. They cannot be recovered, so only do this if your reviews have been sent.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON1, IDYES) = IDNO then
  begin
    DelTree(DataDir, True, True, True);
    DelTree(SettingsDir, True, True, True);
  end;
end;
