# Puts the pinned npm tools of deploy/tools (package-lock.json) on the PATH, installing them on first use.
# Needs Node.js and npm; the tools come from the npm registry, nothing is downloaded when they run.
use_npm_tools() {
    local tools
    tools="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tools" && pwd)"
    if [ ! -d "$tools/node_modules" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules" ]; then
        command -v npm >/dev/null || { echo "npm is needed (Node.js 20 or newer)" >&2; return 1; }
        echo "Installing deploy/tools (npm install, the versions of package-lock.json)" >&2
        # Not `npm ci`: the registry mirror lacks the other platforms' optional binaries (oasdiff for macOS,
        # Windows), which `npm ci` insists on finding in the lock file.
        (cd "$tools" && npm install --no-save --no-audit --no-fund --loglevel=error >&2) || return 1
        touch "$tools/node_modules"
    fi
    export PATH="$tools/node_modules/.bin:$PATH"
}
