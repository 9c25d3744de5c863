; Inno Setup 6 script: the Windows installer of OIC Reader, made from the one-folder build.
;
; `python packaging/build.py` runs it after PyInstaller, as:
;   ISCC.exe /DAppVersion=0.1.0 /DAppFolder=<repo>\dist\OICReader /DOutputDir=<repo>\dist
;            /DOutputName=OICReader-0.1.0-windows-x86_64-setup
;            /DIconFile=<repo>\build\icons\oicreader.ico packaging\windows\oicreader.iss
; The defaults below let it also be compiled by hand from the repository after a build.
;
; It installs for the current user without administrator rights (a diplomat's laptop is
; often managed); an administrator may choose "for all users" in the first dialog.
; User data (%APPDATA%\OICReader) is never removed by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppFolder
  #define AppFolder "..\..\dist\OICReader"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputName
  #define OutputName "OICReader-" + AppVersion + "-windows-x86_64-setup"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\oicreader.ico"
#endif

[Setup]
; The AppId identifies the app for upgrades and uninstall: never change it.
AppId={{6F0C1B7E-4D2A-4C55-9A51-0E3F2B8C7D10}
AppName=OIC Reader
AppVersion={#AppVersion}
AppVerName=OIC Reader {#AppVersion}
AppPublisher=OIC Reader developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\OIC Reader
DefaultGroupName=OIC Reader
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
#if Ver >= EncodeVer(6, 3, 0)
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
#else
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
#endif
MinVersion=10.0
LicenseFile=..\..\LICENSE
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\OICReader.exe
UninstallDisplayName=OIC Reader
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#AppFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program files whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\OIC Reader"; Filename: "{app}\OICReader.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\OIC Reader"; Filename: "{app}\OICReader.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\OICReader.exe"; Description: "{cm:LaunchProgram,OIC Reader}"; Flags: nowait postinstall skipifsilent
