# Shared set-up for run.sh, test.sh and bench.sh: installs only what is missing. Source it; do not run it.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

_apt_updated=0
ensure_apt() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  if [ $_apt_updated = 0 ]; then $sudo apt-get update -qq; _apt_updated=1; fi
  echo "setup: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q '^10\.'; then
    echo "setup: the .NET 10 SDK is required (https://dotnet.microsoft.com/download); it is not in Debian's archive." >&2
    exit 1
  fi
}

ensure_node() {
  if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
    ensure_apt nodejs npm
  fi
}

# Builds web/ into web/dist. npm ci runs only when package-lock.json changed since the last install.
build_web() {
  ensure_node
  (
    cd "$ROOT/web"
    local stamp="node_modules/.lock-hash" hash
    hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
      npm ci --no-audit --no-fund --loglevel=error
      echo "$hash" > "$stamp"
    fi
    npm run --silent build
  )
}
