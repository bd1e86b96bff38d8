# Runs the whole test suite headless on Windows (offscreen Qt), with ruff and the import contracts.
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
. "$PSScriptRoot\scripts\bootstrap.ps1"
Initialize-Venv -Extras "dev"
$env:QT_QPA_PLATFORM = "offscreen"
& .venv\Scripts\python.exe -m pytest @args
exit $LASTEXITCODE
