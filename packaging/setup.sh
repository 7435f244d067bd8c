#!/usr/bin/env bash
# LoRA Craft set-up: installs what is missing, configures and builds, then runs what you ask for.
#
#   bash packaging/setup.sh run    # set up, build and launch LoRA Craft
#   bash packaging/setup.sh test   # set up, build and run the whole test suite (exit code = result)
#   bash packaging/setup.sh build  # set up and build only
#   bash packaging/setup.sh bench  # set up, build and run the benchmarks
#
# Idempotent: packages already installed are not touched, an existing build tree is reused.
# Environment: BUILD_DIR (default: build), CI=true turns warnings into errors.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
MODE=${1:-build}
shift || true

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

case "$MODE" in
    run|test|build|bench) ;;
    -h|--help|help) sed -n '2,12p' "$0"; exit 0 ;;
    *) die "unknown mode '$MODE' (expected run, test, build or bench)" ;;
esac

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else die "need root to install packages: run as root or install sudo"; fi
}

# Debian 12 / Ubuntu 22.04+ packages. qt6-base-dev brings Core/Gui/Widgets/Sql/Network/Concurrent/Test.
DEBIAN_PACKAGES=(
    build-essential cmake ninja-build pkgconf
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6
    qt6-image-formats-plugins libgl-dev
    libopencv-dev opencv-data libzip-dev libssl-dev libjpeg-dev catch2 libtomlplusplus-dev libyaml-cpp-dev
    qtkeychain-qt6-dev gnome-keyring dbus-daemon libsentencepiece-dev
    xvfb xauth zip
)
# Only for `bench`: the reference the export benchmark compares its bucket resize with.
BENCH_PACKAGES=(libvips-tools)

install_debian() {
    local missing=() wanted=("${DEBIAN_PACKAGES[@]}")
    if [ "$MODE" = bench ]; then wanted+=("${BENCH_PACKAGES[@]}"); fi
    for p in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    say "Installing ${#missing[@]} missing package(s): ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_fedora() {
    local pkgs=(gcc-c++ cmake ninja-build pkgconf-pkg-config qt6-qtbase-devel qt6-qttools-devel qt6-qtsvg
        qt6-qtimageformats opencv-devel libzip-devel openssl-devel libjpeg-turbo-devel catch2-devel tomlplusplus-devel yaml-cpp-devel qtkeychain-qt6-devel sentencepiece-devel gnome-keyring dbus-daemon xorg-x11-server-Xvfb zip)
    if ! rpm -q "${pkgs[@]}" >/dev/null 2>&1; then
        say "Installing packages with dnf"
        as_root dnf install -y "${pkgs[@]}"
    fi
}

install_macos() {
    command -v brew >/dev/null 2>&1 || die "Homebrew is required on macOS: https://brew.sh"
    local pkgs=(cmake ninja pkgconf qt opencv libzip openssl@3 jpeg-turbo catch2 tomlplusplus yaml-cpp qtkeychain sentencepiece)
    local missing=()
    for p in "${pkgs[@]}"; do brew list --versions "$p" >/dev/null 2>&1 || missing+=("$p"); done
    if [ ${#missing[@]} -gt 0 ]; then
        say "Installing with Homebrew: ${missing[*]}"
        brew install "${missing[@]}"
    fi
    export CMAKE_PREFIX_PATH="$(brew --prefix qt):$(brew --prefix openssl@3)${CMAKE_PREFIX_PATH:+:$CMAKE_PREFIX_PATH}"
}

if [ "$(uname -s)" = Darwin ]; then
    install_macos
elif command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    install_debian
elif command -v dnf >/dev/null 2>&1; then
    install_fedora
else
    say "Unknown platform: install Qt 6.4+, OpenCV 4, libzip, OpenSSL, toml++, yaml-cpp, QtKeychain, Catch2, CMake and Ninja yourself"
    say "(Windows: see packaging/vcpkg.json and packaging/README.md)"
fi

JOBS=$( (command -v nproc >/dev/null && nproc) || sysctl -n hw.ncpu 2>/dev/null || echo 2)
WERROR=OFF
[ "${CI:-}" = true ] && WERROR=ON

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    say "Configuring in $BUILD_DIR"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLORACRAFT_WERROR="$WERROR"
elif [ "$WERROR" = ON ]; then
    cmake "$BUILD_DIR" -DLORACRAFT_WERROR=ON >/dev/null
fi

say "Building"
cmake --build "$BUILD_DIR" --parallel "$JOBS"

case "$MODE" in
    build)
        say "Built: $BUILD_DIR/app/loracraft and $BUILD_DIR/app/loracraft-cli"
        ;;
    run)
        say "Launching LoRA Craft"
        exec "$BUILD_DIR/app/loracraft" "$@"
        ;;
    test)
        say "Running the test suite"
        export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
        cd "$BUILD_DIR"
        exec ctest --output-on-failure --parallel "$JOBS" "$@"
        ;;
    bench)
        say "Running the benchmarks"
        export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
        exec cmake --build "$BUILD_DIR" --target bench
        ;;
esac
