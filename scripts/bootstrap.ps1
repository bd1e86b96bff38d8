# Shared by run.ps1 and test.ps1: find Python 3.11+ (the py launcher first), create .venv,
# install the project when pyproject.toml changed since the last install.

function Find-Python {
    $candidates = @(@("py", "-3.13"), @("py", "-3.12"), @("py", "-3.11"), @("python"), @("python3"))
    foreach ($candidate in $candidates) {
        $exe = $candidate[0]
        $rest = @($candidate | Select-Object -Skip 1)
        if (Get-Command $exe -ErrorAction SilentlyContinue) {
            & $exe @rest -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)" 2>$null
            if ($LASTEXITCODE -eq 0) { return ,$candidate }
        }
    }
    throw "EHR Desktop needs Python 3.11 or newer; install it from python.org and try again."
}

function Initialize-Venv([string]$Extras) {
    if (-not (Test-Path ".venv\Scripts\python.exe")) {
        $python = Find-Python
        $exe = $python[0]
        $rest = @($python | Select-Object -Skip 1)
        Write-Host "Creating .venv ..."
        & $exe @rest -m venv .venv
        if ($LASTEXITCODE -ne 0) { throw "Could not create .venv" }
    }
    $hash = (Get-FileHash pyproject.toml -Algorithm SHA256).Hash.Substring(0, 16).ToLower()
    $wanted = "$hash [$Extras]"
    $stamp = ".venv\.ehr-installed"
    if (-not (Test-Path $stamp) -or -not ((Get-Content $stamp) -contains $wanted)) {
        Write-Host "Installing EHR Desktop into .venv ..."
        & .venv\Scripts\python.exe -m pip install --quiet --upgrade pip
        if ($Extras) { $target = ".[$Extras]" } else { $target = "." }
        & .venv\Scripts\python.exe -m pip install --quiet -e $target
        if ($LASTEXITCODE -ne 0) { throw "Installation failed" }
        Add-Content $stamp $wanted
    }
}
