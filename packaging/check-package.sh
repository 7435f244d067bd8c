#!/usr/bin/env bash
# Builds the packages, installs the .deb on this machine, runs the installed programs, and removes it again:
#   bash packaging/check-package.sh [BUILD_DIR]
# Checks: the .desktop file and the AppStream metainfo validate; the .deb installs with its dependencies;
# the installed loracraft-cli reports its version, imports two images with captions and exports them
# for ai-toolkit; the installed GUI starts offscreen on that library and saves a screenshot
# ($LORACRAFT_SHOT_DIR/installed.png when set). Needs root or sudo (apt-get). Exit code 0 when all passed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
BUILD_DIR=$(cd "${1:-${BUILD_DIR:-$ROOT/build}}" && pwd) # absolute: apt-get takes a path only as one
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf 'check-package: %s\n' "$*" >&2; exit 1; }
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else fail "need root to install the package: run as root or install sudo"; fi
}

command -v dpkg >/dev/null 2>&1 || { say "Not a Debian system: no .deb to check"; exit 0; }
APP_ID=org.loracraft.LoRACraft

say "Validating the desktop entry and the AppStream metainfo"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$ROOT/packaging/linux/$APP_ID.desktop"
else
    say "desktop-file-validate is not installed (desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$ROOT/packaging/linux/$APP_ID.metainfo.xml"
else
    say "appstreamcli is not installed (appstream): skipped"
fi

say "Building the packages (cpack: DEB and TGZ)"
(cd "$BUILD_DIR" && rm -f loracraft_*.deb loracraft-*.tar.gz && cpack -G "DEB;TGZ" >/dev/null)
DEB=$(ls "$BUILD_DIR"/loracraft_*.deb)
TGZ=$(ls "$BUILD_DIR"/loracraft-*.tar.gz)
LISTING=$(tar -tzf "$TGZ") # (not piped into grep -q: under pipefail tar's SIGPIPE would fail the check)
grep -q '/bin/loracraft-cli$' <<<"$LISTING" || fail "$TGZ has no bin/loracraft-cli"
grep -q '/lib/loracraft/loracraft_facedetect.so$' <<<"$LISTING" || fail "$TGZ has no lib/loracraft/loracraft_facedetect.so"
if dpkg-query -W -f='${Status}' loracraft 2>/dev/null | grep -q 'install ok installed'; then
    fail "a loracraft package is installed already: remove it first (this check removes what it installs)"
fi

WORK=$(mktemp -d)
cleanup() {
    rm -rf "$WORK"
    if dpkg-query -W -f='${Status}' loracraft 2>/dev/null | grep -q 'install ok installed'; then
        say "Removing the package"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq loracraft >/dev/null
    fi
}
trap cleanup EXIT

say "Installing $(basename "$DEB")"
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$DEB" >/dev/null
[ -x /usr/bin/loracraft ] && [ -x /usr/bin/loracraft-cli ] || fail "the package did not install /usr/bin/loracraft and /usr/bin/loracraft-cli"
[ -f /usr/lib/loracraft/loracraft_facedetect.so ] || fail "the face detector plugin is not installed"
[ -f "/usr/share/applications/$APP_ID.desktop" ] || fail "no desktop entry installed"
[ -f "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" ] || fail "no scalable icon installed"

say "Running the installed loracraft-cli"
VERSION=$(/usr/bin/loracraft-cli --version)
echo "$VERSION"
EXPECTED=$(sed -n 's/^    VERSION \([0-9.]*\)$/\1/p' "$ROOT/CMakeLists.txt")
echo "$VERSION" | grep -qF "$EXPECTED" || fail "--version says “$VERSION”, not $EXPECTED"
mkdir -p "$WORK/in"
base64 -d > "$WORK/in/gradient.png" <<'PNG'
iVBORw0KGgoAAAANSUhEUgAAAgAAAAIACAIAAAB7GkOtAAAJiElEQVR42u3VUxIAigEEwRfbtm3btu1kY9u2bdu2nWxs27adg2xX9QnmZw44IAVgkQQAow6UAjDIAABWB3DgFIBBBgCwOoCDpAAMMgCA1QEcNAVgkAEArA7gYCkAgwwAYHUAB08BGGQAAKsDOEQKwCADAFgdwCFTAAYZAMDqAA6VAjDIAABWB3DoFIBBBgCwOoDDpAAMMgCA1QEcNgVgkAEArA7gcCkAgwwAYHUAh08BGGQAAKsDOEIKwCADAFgdwBFTAAYZAMDqAI6UAjDIAABWB3DkFIBBBgCwOoCjpAAMMgCA1QEcNQVgkAEArA7gaCkAgwwAYHUAR08BGGQAAKsDOEYKwCADAFgdwDFTAAYZAMDqAI6VAjDIAABWB3DsFIBBBgCwOoDjpAAMMgCA1QEcNwVgkAEArA7geCkAgwwAYHUAx08BGGQAAKsDOEEKwCADAFgdwAlTAAYZAMDqAE6UAjDIAABWB3DiFIBBBgCwOoCTpAAMMgCA1QGcNAVgkAEArA7gZCkAgwwAYHUAJ08BGGQAAKsDOEUKwCADAFgdwClTAAYZAMDqAE6VAjDIAABWB3DqFIBBBgCwOoDTpAAMMgCA1QGcNgVgkAEArA7gdCkAgwwAYHUAp08BGGQAAKsDOEMKwCADAFgdwBlTAAYZAMDqAM6UAjDIAABWB3DmFIBBBgCwOoCzpAAMMgCA1QGcNQVgkAEArA7gbCkAgwwAYHUAZ08BGGQAAKsDOEcKwCADAFgdwDlTAAYZAMDqAM6VAjDIAABWB3DuFIBBBgCwOoDzpAAMMgCA1QGcNwVgkAEArA7gfCkAgwwAYHUA508BGGQAAKsDuEAKwCADAFgdwAVTAAYZAMDqAC6UAjDIAABWB3DhFIBBBgCwOoCLpAAMMgCA1QFcNAVgkAEArA7gYikAgwwAYHUAF08BGGQAAKsDuEQKwCADAFgdwCVTAAYZAMDqAC6VAjDIAABWB3DpFIBBBgCwOoDLpAAMMgCA1QFcNgVgkAEArA7gcikAgwwAYHUAl08BGGQAAKsDuEIKwCADAFgdwBVTAAYZAMDqAK6UAjDIAABWB3DlFIBBBgCwOoCrpAAMMgCA1QFcNQVgkAEArA7gaikAgwwAYHUAV08BGGQAAKsDuEYKwCADAFgdwDVTAAYZAMDqAK6VAjDIAABWB3DtFIBBBgCwOoDrpAAMMgCA1QFcNwVgkAEArA7geikAgwwAYHUA108BGGQAAKsDuEEKwCADAFgdwA1TAAYZAMDqAG6UAjDIAABWB3DjFIBBBgCwOoCbpAAMMgCA1QEkBWCQAQCsDuCmKQCDDABgdQA3SwEYZAAAqwO4eQrAIAMAWB3ALVIABhkAwOoAbpkCMMgAAFYHcKsUgEEGALA6gFunAAwyAIDVAdwmBWCQAQCsDuC2KQCDDABgdQC3SwEYZAAAqwO4fQrAIAMAWB3AHVIABhkAwOoA7pgCMMgAAFYHcKcUgEEGALA6gDunAAwyAIDVAdwlBWCQAQCsDuCuKQCDDABgdQB3SwEYZAAAqwO4ewrAIAMAWB3APVIABhkAwOoA7pkCMMgAAFYHcK8UgEEGALA6gHunAAwyAIDVAdwnBWCQAQCsDuC+KQCDDABgdQD3SwEYZAAAqwO4fwrAIAMAWB3AA1IABhkAwOoAHpgCMMgAAFYH8KAUgEEGALA6gAenAAwyAIDVATwkBWCQAQCsDuChKQCDDABgdQAPSwEYZAAAqwN4eArAIAMAWB3AI1IABhkAwOoAHpkCMMgAAFYH8KgUgEEGALA6gEenAAwyAIDVATwmBWCQAQCsDuCxKQCDDABgdQCPSwEYZAAAqwN4fArAIAMAWB3AE1IABhkAwOoAnpgCMMgAAFYH8KQUgEEGALA6gCenAAwyAIDVATwlBWCQAQCsDuCpKQCDDABgdQBPSwEYZAAAqwN4egrAIAMAWB3AM1IABhkAwOoAnpkCMMgAAFYH8KwUgEEGALA6gGenAAwyAIDVATwnBWCQAQCsDuC5KQCDDABgdQDPSwEYZAAAqwN4fgrAIAMAWB3AC1IABhkAwOoAXpgCMMgAAFYH8KIUgEEGALA6gBenAAwyAIDVAbwkBWCQAQCsDuClKQCDDABgdQAvSwEYZAAAqwN4eQrAIAMAWB3AK1IABhkAwOoAXpkCMMgAAFYH8KoUgEEGALA6gFenAAwyAIDVAbwmBWCQAQCsDuC1KQCDDABgdQCvSwEYZAAAqwN4fQrAIAMAWB3AG1IABhkAwOoA3pgCMMgAAFYH8KYUgEEGALA6gDenAAwyAIDVAbwlBWCQAQCsDuCtKQCDDABgdQBvSwEYZAAAqwN4ewrAIAMAWB3AO1IABhkAwOoA3pkCMMgAAFYH8K4UgEEGALA6gHenAAwyAIDVAbwnBWCQAQCsDuC9KQCDDABgdQDvSwEYZAAAqwN4fwrAIAMAWB3AB1IABhkAwOoAPpgCMMgAAFYH8KEUgEEGALA6gA+nAAwyAIDVAXwkBWCQAQCsDuCjKQCDDABgdQAfSwEYZAAAqwP4eArAIAMAWB1AUwAGGQDA6gA+kQIwyAAAVgfwyRSAQQYAsDqAT6UADDIAgNUBfDoFYJABAKwO4DMpAIMMAGB1AJ9NARhkAACrA/hcCsAgAwBYHcDnUwAGGQDA6gC+kAIwyAAAVgfwxRSAQQYAsDqAL6UADDIAgNUBfDkFYJABAKwO4CspAIMMAGB1AF9NARhkAACrA/haCsAgAwBYHcDXUwAGGQDA6gC+kQIwyAAAVgfwzRSAQQYAsDqAb6UADDIAgNUBfDsFYJABAKwO4DspAIMMAGB1AN9NARhkAACrA/heCsAgAwBYHcD3UwAGGQDA6gB+kAIwyAAAVgfwwxSAQQYAsDqAH6UADDIAgNUB/DgFYJABAKwO4CcpAIMMAGB1AD9NARhkAACrA/hZCsAgAwBYHcDPUwAGGQDA6gB+kQIwyAAAVgfwyxSAQQYAsDqAX6UADDIAgNUB/DoFYJABAKwO4DcpAIMMAGB1AL9NARhkAACrA/hdCsAgAwBYHcDvUwAGGQDA6gD+kAIwyAAAVgfwxxSAQQYAsDqAP6UADDIAgNUB/DkFYJABAKwO4C8pAIMMAGB1AH9NARhkAACrA/hbCsAgAwBYHcDfUwAGGQDA6gD+kQIwyAAAVgfwzxSAQQYAsDqAf6UADDIAgNUB/DsFYJABAKwO4D8pAIMMAGB1AP9NARhkAACrA/hfCsAgAwAY9X8cemQzEytUWAAAAABJRU5ErkJggg==
PNG
base64 -d > "$WORK/in/checks.png" <<'PNG'
iVBORw0KGgoAAAANSUhEUgAAAgAAAAIACAIAAAB7GkOtAAAPjUlEQVR42u3VAQkAIBRDQeMYwiT2xxyWGIjswAT3HW/Mub9+Z62vH3/+/Pm/esMBDIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18AHMAA+PPnLwAOYAD8+fMXAAcwAP78+QuAAxgAf/78BcABDIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnLwAOYAD8+fMXAAcwAP78+QuAAxgAf/78BcABDIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18AHMAA+PPnLwAOYAD8+fMXAAcwAP78+QuAAxgAf/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18AHMAA+PPnLwAOYAD8+fMXAAcwAP78+QuAAxgAf/78BcABDIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18AHMAA+PPnLwAGwJ8/f/4CYAD8+fPnLwAGwJ8/f/4CYAD8+fPnHw+AD+QD8efPv9NfAAyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fABzAAPjz5y8ADmAA/PnzFwAHMAD+/PkLgAMYAH/+/AXAAQyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz5y8ADmAA/PnzFwAHMAD+/PkLgAMYAH/+/AXAAQyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fABzAAPjz5y8ADmAA/PnzFwAHMAD+/PkLgAMYAH/+/AXAAfjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fABzAAPjz5y8ADmAA/PnzFwAHMAD+/PkLgAMYAH/+/AXAAQyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fABzAAPjz5y8ABsCfP3/+AmAA/Pnz5y8ABsCfP3/+AmAA/Pnz558PgA/kA/Hnz7/TXwAMgD9//gLgAAbAnz9/AXAAA+DPn78AOIAB8OfPXwAcwAD48+cvAA5gAPz58xcABzAA/vz5C4ADGAB//vwFwAEMgD9//gLgAAbAnz9/AXAAA+DPn78AOIAB8OfPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+cvAA5gAPz58xcABzAA/vz5C4ADGAB//vwFwAEMgD9//gLgAAbAnz9/AXAAA+DPn78AOIAB8OfPXwAcwAD48+cvAA5gAPz58xcABzAA/vz5C4ADGAB//vwFwAH48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//gLgAAbAnz9/AXAAA+DPn78AOIAB8OfPXwAcwAD48+cvAA5gAPz58xcABzAA/vz5C4ADGAB//vwFwAEMgD9//gLgAAbAnz9/AXAAA+DPn78AOIAB8OfPXwAcwAD48+cvAAbAnz9//gJgAPz58+cvAAbAnz9//gJgAPz58+efD4AP5APx58+/018ADIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18AHMAA+PPnLwAOYAD8+fMXAAcwAP78+QuAAxgAf/78BcABDIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnLwAOYAD8+fMXAAcwAP78+QuAAxgAf/78BcABDIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18AHMAA+PPnLwAOYAD8+fMXAAcwAP78+QuAAxgAf/78BcAB+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18AHMAA+PPnLwAOYAD8+fMXAAcwAP78+QuAAxgAf/78BcABDIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18AHMAA+PPnLwAGwJ8/f/4CYAD8+fPnLwAGwJ8/f/4CYAD8+fPnnw+AD+QD8efPv9NfAAyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fABzAAPjz5y8ADmAA/PnzFwAHMAD+/PkLgAMYAH/+/AXAAQyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz5y8ADmAA/PnzFwAHMAD+/PkLgAMYAH/+/AXAAQyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fABzAAPjz5y8ADmAA/PnzFwAHMAD+/PkLgAMYAH/+/AXAAfjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fABzAAPjz5y8ADmAA/PnzFwAHMAD+/PkLgAMYAH/+/AXAAQyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fABzAAPjz5y8ABsCfP3/+AmAA/Pnz5y8ABsCfP3/+AmAA/Pnz558PgA/kA/Hnz7/TXwAMgD9//gLgAAbAnz9/AXAAA+DPn78AOIAB8OfPXwAcwAD48+cvAA5gAPz58xcABzAA/vz5C4ADGAB//vwFwAEMgD9//gLgAAbAnz9/AXAAA+DPn78AOIAB8OfPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+cvAA5gAPz58xcABzAA/vz5C4ADGAB//vwFwAEMgD9//gLgAAbAnz9/AXAAA+DPn78AOIAB8OfPXwAcwAD48+cvAA5gAPz58xcABzAA/vz5C4ADGAB//vwFwAH48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//vwFwAD48+fPXwAMgD9//gLgAAbAnz9/AXAAA+DPn78AOIAB8OfPXwAcwAD48+cvAA5gAPz58xcABzAA/vz5C4ADGAB//vwFwAEMgD9//gLgAAbAnz9/AXAAA+DPn78AOIAB8OfPXwAcwAD48+cvAAbAnz9//gJgAPz58+cvAAbAnz9//gJgAPz58+efD4AP5APx58+/018ADIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18AHMAA+PPnLwAOYAD8+fMXAAcwAP78+QuAAxgAf/78BcABDIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnLwAOYAD8+fMXAAcwAP78+QuAAxgAf/78BcABDIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18AHMAA+PPnLwAOYAD8+fMXAAcwAP78+QuAAxgAf/78BcAB+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/78BcAA+PPnz18ADIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18AHMAA+PPnLwAOYAD8+fMXAAcwAP78+QuAAxgAf/78BcABDIA/f/4C4AAGwJ8/fwFwAAPgz5+/ADiAAfDnz18AHMAA+PPnLwAGwJ8/f/4CYAD8+fPnLwAGwJ8/f/4CYAD8+fPnnw+AD+QD8efPv9NfAAyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fABzAAPjz5y8ADmAA/PnzFwAHMAD+/PkLgAMYAH/+/AXAAQyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz5y8ADmAA/PnzFwAHMAD+/PkLgAMYAH/+/AXAAQyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fABzAAPjz5y8ADmAA/PnzFwAHMAD+/PkLgAMYAH/+/AXAAfjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+/AXAAPjz589fAAyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fABzAAPjz5y8ADmAA/PnzFwAHMAD+/PkLgAMYAH/+/AXAAQyAP3/+AuAABsCfP38BcAAD4M+fvwA4gAHw589fABzAAPjz5y8ABsCfP3/+AmAA/Pnz5y8ABsCfP3/+AmAA/Pnz5x9/F3HyPPHYZhLNAAAAAElFTkSuQmCC
PNG
echo "a soft blue gradient" > "$WORK/in/gradient.txt"
echo "a red and navy checkerboard" > "$WORK/in/checks.txt"
/usr/bin/loracraft-cli --library "$WORK/lib" import --dataset Packaged/Check --create "$WORK/in"
/usr/bin/loracraft-cli --library "$WORK/lib" export --dataset Packaged/Check --format ai-toolkit --out "$WORK/out.zip"
[ -s "$WORK/out.zip" ] || fail "the installed CLI wrote no export"
ZIPPED=$(unzip -l "$WORK/out.zip")
grep -q '\.txt$' <<<"$ZIPPED" || fail "the export has no caption files"

say "Starting the installed GUI offscreen"
SHOT=${LORACRAFT_SHOT_DIR:-$WORK}/installed.png
QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/loracraft --library "$WORK/lib" --screenshot "$SHOT"
[ -s "$SHOT" ] || fail "the installed GUI saved no screenshot"
say "The package installs and runs: $(basename "$DEB"), $(du -h "$DEB" | cut -f1)"
