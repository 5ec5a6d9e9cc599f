#!/bin/sh
# Secrets never reach a file, a log, the settings or an export unless asked: canary secrets are given to every
# path of the command line (setup, secrets file, the Task Center service key's client secret, a subaccount), and
# everything a full run writes is scanned for them: the written files, the exports without --include-secrets, the
# settings, the application data (kept progress, the sandbox's data folder), and stdout and stderr of every verb
# with all logging on. Any hit fails. The OS keychain (gnome-keyring's own encrypted files) is where secrets belong
# and is not scanned.
# With the screenshot walker as third argument, the wizard's paths too: each provider walked into the demo
# subaccount with its secrets typed (its kept progress, the files it writes, its settings).
#   tests/canary-scan.sh APP DATA_DIR [WIZARD_WALKER]
set -eu
app=$1
data=$2
walker=${3:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/tcc-canary.XXXXXX")
trap 'kill "$sandbox" 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" QT_LOGGING_RULES="tcc.*=true"
mkdir -p "$HOME" "$work/out"
out="$work/out"

canaries="CanaryApiKey7f3a CanaryPpKey9b1c CanaryFsmSecret4d2e CanaryCommPassword8a5f CanaryTcClientSecret6c7d"
# What the walker types as secrets (tests/WizardScreenshots.cpp), and the service key's client secret it opens.
[ -n "$walker" ] && canaries="$canaries NjVkMmZhYzI0ZTFhNDk5OTk4OGY YTk0ZTE2ZGMxNDk3NDIxZDk c2VjcmV0LWZzbS1jbGllbnQ
    Comm-Passw0rd-2026 test-secret-not-real"

# The inputs: a SuccessFactors, an FSM and an S/4HANA Cloud setup, their secrets, a service key whose secret is a
# canary, and a trust certificate.
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=canary -days 30 -keyout "$work/key.pem" -out "$work/cert.pem" \
    >/dev/null 2>&1
sed 's/test-secret-not-real=/CanaryTcClientSecret6c7d/' "$data/taskcenter-service-key.json" >"$work/tc-key.json"
cat >"$work/sf.json" <<EOF
{"format":1,"provider":"successfactors","serviceKeyFile":"tc-key.json","trustCertificateFile":"cert.pem",
 "values":{"destinationName":"SF_Canary","apiServer":"https://api4.successfactors.com/odata/v2/",
 "companyId":"ACME1","technicalUser":"TECH_USER"}}
EOF
echo '{"apiKey":"CanaryApiKey7f3a","ppApiKey":"CanaryPpKey9b1c"}' >"$work/sf-secrets.json"
cp "$data/setups/fsm.json" "$work/fsm.json"
echo '{"clientSecret":"CanaryFsmSecret4d2e"}' >"$work/fsm-secrets.json"
sed 's/"serviceKeyFile": "key.json"/"serviceKeyFile": "tc-key.json"/' "$data/setups/s4hanacloud.json" >"$work/s4.json"
echo '{"communicationUserPassword":"CanaryCommPassword8a5f"}' >"$work/s4-secrets.json"

run() { # a verb, its stdout and stderr kept for the scan; its exit code does not matter here
    name=$1
    shift
    "$app" "$@" >"$out/$name.stdout" 2>"$out/$name.stderr" || true
}

# A subaccount to write into.
"$app" sandbox --seed demo --write-key "$work/destination-key.json" >"$out/sandbox.stdout" 2>"$out/sandbox.stderr" &
sandbox=$!
tries=0
until [ -s "$work/destination-key.json" ]; do
    tries=$((tries + 1))
    [ "$tries" -gt 100 ] && { echo "canary-scan: the sandbox did not start" >&2; exit 1; }
    sleep 0.1
done
key="$work/destination-key.json"

for setup in sf fsm s4; do
    run "export-$setup" export "$work/$setup.json" --out "$work/export-$setup" --secrets "$work/$setup-secrets.json" \
        --format both
    run "dry-run-$setup" apply "$work/$setup.json" --subaccount "$key" --dry-run
    run "apply-$setup" apply "$work/$setup.json" --subaccount "$key" --secrets "$work/$setup-secrets.json"
    run "again-$setup" apply "$work/$setup.json" --subaccount "$key" --secrets "$work/$setup-secrets.json" --overwrite
done
for format in text json html pdf; do
    run "validate-$format" validate --subaccount "$key" --format "$format" --out "$work/report.$format"
    run "validate-files-$format" validate "$work/export-sf" "$work/export-fsm" --format "$format"
done
run fetch-trust fetch-trust --subaccount "$key" --out "$work/trust.pem"
run inspect-cert inspect-cert "$work/trust.pem" --json
kill "$sandbox"
wait "$sandbox" 2>/dev/null || true
if [ -n "$walker" ]; then
    for provider in successfactors fsm "s4hanacloud --path manual"; do
        # shellcheck disable=SC2086 # the provider and its path are two arguments
        QT_QPA_PLATFORM=offscreen "$walker" "$work/pictures" --provider $provider >"$out/walk.stdout" \
            2>"$out/walk.stderr" || true
    done
fi

# The canaries did reach the subaccount (the scan looks where they must not be, not at nothing).
applied=$(grep -c 'created\|updated\|unchanged' "$out/apply-sf.stdout" || true)
[ "$applied" -gt 0 ] || { echo "canary-scan: nothing was applied; the scan would prove nothing" >&2; cat "$out/apply-sf.stderr" >&2; exit 1; }

hits=0
for canary in $canaries; do
    found=$(grep -rl --binary-files=text "$canary" "$work" --exclude-dir=keyrings \
        --exclude='*-secrets.json' --exclude='tc-key.json' 2>/dev/null || true)
    if [ -n "$found" ]; then
        echo "canary-scan: $canary found in:" >&2
        echo "$found" | sed "s|$work/||" >&2
        hits=$((hits + 1))
    fi
done
scanned=$(find "$work" -type f -not -path '*/keyrings/*' | wc -l)
echo "canary-scan: $scanned files scanned, $hits canaries found"
[ "$hits" -eq 0 ] || exit 1

# The scan itself can see a secret: an export the user asked to include them in holds the canary.
"$app" export "$work/sf.json" --out "$work/asked" --secrets "$work/sf-secrets.json" --include-secrets >/dev/null 2>&1
grep -rq CanaryApiKey7f3a "$work/asked" || { echo "canary-scan: the scan does not find a secret that is there" >&2; exit 1; }
