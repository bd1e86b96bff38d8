# Starts EHR Desktop on Windows, creating .venv and installing the project the first time.
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
. "$PSScriptRoot\scripts\bootstrap.ps1"
Initialize-Venv -Extras ""
& .venv\Scripts\ehr-desktop.exe @args
exit $LASTEXITCODE
