#!/usr/bin/env bash
# Cloud SDK fidelity: SAP Cloud SDK for JavaScript, bound to the sandbox subaccount's Destination
# service key, must list and read the given destinations.
#
#   run-check.sh --app PATH/taskcenter-connect --cache-dir BUILD_DIR/... [--seed demo]
#                [--apply-as NAME --data-dir DIR] [NAME...]
#
# 1. npm ci (package-lock.json next to this script) into --cache-dir, which belongs in the build tree;
#    skipped while the installed lock file equals the source one.
# 2. starts `taskcenter-connect sandbox --port 0 --seed SEED --write-key TMP/key.json` and waits for the key,
#    With --apply-as, `taskcenter-connect apply` then creates the SuccessFactors pair NAME and NAME_PP in it,
#    from a setup made here (a fresh openssl certificate, the Task Center key from --data-dir),
# 3. runs check.mjs against that key for those and NAME..., 4. always stops the sandbox.
# Missing node or npm is a failure, not a skip: tools/dev installs both.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app= cache= seed=demo apply_as= data_dir=
key_timeout=${TCC_SANDBOX_KEY_TIMEOUT:-60}

fail() { echo "cloud_sdk_fidelity: FAIL: $*" >&2; exit 1; }
usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --app) app=${2:-}; shift 2 ;;
    --cache-dir) cache=${2:-}; shift 2 ;;
    --seed) seed=${2:-}; shift 2 ;;
    --apply-as) apply_as=${2:-}; shift 2 ;;
    --data-dir) data_dir=${2:-}; shift 2 ;;
    --) shift; break ;;
    -*) usage ;;
    *) break ;;
  esac
done
[ -n "$app" ] && [ -n "$cache" ] && { [ $# -gt 0 ] || [ -n "$apply_as" ]; } || usage
[ -z "$apply_as" ] || [ -n "$data_dir" ] || usage
[ -x "$app" ] || fail "the taskcenter-connect executable $app does not exist (build it first)"

command -v node >/dev/null 2>&1 || fail "node is not installed (tools/dev build installs Debian's nodejs and npm)"
command -v npm >/dev/null 2>&1 || fail "npm is not installed (tools/dev build installs Debian's nodejs and npm)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 18 ] || fail "node $(node --version) is too old; @sap-cloud-sdk/connectivity 3 needs Node 18 or later"

# 1. The SDK, installed once per lock file into the build tree.
mkdir -p "$cache"
if ! cmp -s "$here/package-lock.json" "$cache/installed-package-lock.json" || [ ! -d "$cache/node_modules" ]; then
  echo "Installing the Cloud SDK into $cache (npm ci)"
  rm -rf "$cache/node_modules" "$cache/installed-package-lock.json"
  cp "$here/package.json" "$here/package-lock.json" "$cache/"
  (cd "$cache" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed in $cache"
  cp "$here/package-lock.json" "$cache/installed-package-lock.json"
fi
# ES module imports resolve from the program's own directory, so the program sits next to node_modules.
cp "$here/check.mjs" "$cache/check.mjs"

# 2. The sandbox subaccount.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tcc-cloud-sdk.XXXXXX")
sandbox_pid=
cleanup() {
  if [ -n "$sandbox_pid" ] && kill -0 "$sandbox_pid" 2>/dev/null; then
    kill "$sandbox_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$sandbox_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
show_sandbox_log() { echo "--- sandbox output ---" >&2; cat "$tmp/sandbox.log" >&2 || true; echo "---" >&2; }

key="$tmp/key.json"
"$app" sandbox --port 0 --seed "$seed" --write-key "$key" >"$tmp/sandbox.log" 2>&1 &
sandbox_pid=$!
deadline=$((SECONDS + key_timeout))
until [ -s "$key" ] && node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$key" 2>/dev/null; do
  if ! kill -0 "$sandbox_pid" 2>/dev/null; then
    wait "$sandbox_pid" && status=0 || status=$?
    sandbox_pid=
    show_sandbox_log
    fail "the sandbox exited (status $status) before writing its service key"
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    show_sandbox_log
    fail "no service key in $key after ${key_timeout}s"
  fi
  sleep 0.2
done
echo "Sandbox running (pid $sandbox_pid), service key: $(node -p 'const k=require(process.argv[1]); `uri ${k.uri}, url ${k.url}`' "$key")"

# The destinations our own command creates, as the wizard would.
names=("$@")
if [ -n "$apply_as" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/trust.key" -out "$tmp/trust.pem" -days 365 \
    -subj "/CN=cloud-sdk-fidelity" >/dev/null 2>&1 || fail "openssl could not make a certificate"
  cp "$data_dir/taskcenter-service-key.json" "$tmp/tc-key.json"
  cat >"$tmp/setup.json" <<EOF
{"format":1,"provider":"successfactors","serviceKeyFile":"tc-key.json","trustCertificateFile":"trust.pem",
 "values":{"destinationName":"$apply_as","apiServer":"https://api4.successfactors.com/odata/v2/",
 "companyId":"FIDELITY1","technicalUser":"TECHNICAL_USER_INBOX"}}
EOF
  echo '{"apiKey":"FidelityApiKey1","ppApiKey":"FidelityApiKey2"}' >"$tmp/secrets.json"
  "$app" apply "$tmp/setup.json" --subaccount "$key" --secrets "$tmp/secrets.json" \
    || { show_sandbox_log; fail "taskcenter-connect apply failed"; }
  names+=("$apply_as" "${apply_as}_PP")
fi

# 3. The check.
set -- "${names[@]}"
if node "$cache/check.mjs" "$key" "$@"; then
  echo "cloud_sdk_fidelity: PASS ($*)"
else
  status=$?
  show_sandbox_log
  fail "check.mjs exited with $status"
fi
