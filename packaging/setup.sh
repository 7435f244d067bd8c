#!/usr/bin/env bash
# LoRA Craft set-up: installs what is missing, configures and builds, then runs what you ask for.
#
#   bash packaging/setup.sh run    # set up, build and launch LoRA Craft
#   bash packaging/setup.sh test   # set up, build and run the whole test suite (exit code = result)
#   bash packaging/setup.sh build  # set up and build only
#   bash packaging/setup.sh bench  # set up, build and run the benchmarks
#   bash packaging/setup.sh sanitize [address,undefined|thread]  # the whole suite under sanitizers (build-asan/, build-tsan/)
#   bash packaging/setup.sh fuzz   # libFuzzer, LORACRAFT_FUZZ_SECONDS (300) per target (build-fuzz/, clang)
#   bash packaging/setup.sh crash  # 1,000 crash-consistency trials (SIGKILL during every write path)
#   bash packaging/setup.sh tidy   # clang-tidy (.clang-tidy) on the C++ files changed since $LORACRAFT_TIDY_BASE
#                                  # (default: the merge base with origin/main, else HEAD~1); exit 1 on a finding
#
# `test` also builds the fuzz targets with clang and runs each for a few seconds (LORACRAFT_FUZZ_SMOKE=0 skips it),
# then builds the .deb, installs it, runs the installed programs and removes it (packaging/check-package.sh;
# LORACRAFT_PACKAGE_CHECK=0 skips it).
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
    run|test|build|bench|sanitize|fuzz|crash|tidy) ;;
    -h|--help|help) sed -n '2,19p' "$0"; exit 0 ;;
    *) die "unknown mode '$MODE' (expected run, test, build, bench, sanitize, fuzz, crash or tidy)" ;;
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
    xvfb xauth zip unzip desktop-file-utils appstream
    clang libclang-rt-14-dev clang-tidy
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
        qt6-qtimageformats opencv-devel libzip-devel openssl-devel libjpeg-turbo-devel catch2-devel tomlplusplus-devel yaml-cpp-devel qtkeychain-qt6-devel sentencepiece-devel gnome-keyring dbus-daemon xorg-x11-server-Xvfb zip
        clang compiler-rt clang-tools-extra)
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
DEBUG_INFO=()
if [ "${CI:-}" = true ]; then
    WERROR=ON
    # Line tables only (file:line in backtraces, no variable info): about a fifth less compile time.
    DEBUG_INFO=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG")
fi

# A second build tree with its own compiler and options (sanitizers, fuzzing), configured once.
configure_extra() { # DIR CMAKE-ARGS...
    local dir=$1; shift
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        say "Configuring in $dir"
        cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLORACRAFT_BUILD_BENCH=OFF "$@"
    fi
}

fuzz_build() {
    command -v clang++ >/dev/null 2>&1 || { say "clang is not installed: no fuzzing (install clang and libclang-rt-14-dev)"; return 0; }
    # -O1 and line tables: libFuzzer's usual flags; stack traces keep file:line, the tree builds faster.
    CC=clang CXX=clang++ configure_extra "$ROOT/build-fuzz" -DLORACRAFT_FUZZ=ON \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG"
    cmake --build "$ROOT/build-fuzz" --parallel "$JOBS" --target "$1"
}

case "$MODE" in
    sanitize)
        KIND=${1:-address,undefined}
        DIR=$ROOT/build-asan
        [ "$KIND" = thread ] && DIR=$ROOT/build-tsan
        # Without SentencePiece: the face detector plugin is loaded with RTLD_DEEPBIND so that its protobuf does not
        # bind to SentencePiece's copy, and sanitizer runtimes refuse RTLD_DEEPBIND (T5 counts are then estimates).
        configure_extra "$DIR" -DLORACRAFT_SANITIZE="$KIND" -DLORACRAFT_WITH_SENTENCEPIECE=OFF
        say "Building with -fsanitize=$KIND in $DIR"
        cmake --build "$DIR" --parallel "$JOBS"
        say "Running the test suite under -fsanitize=$KIND"
        export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
        # Qt and the system libraries are not instrumented: leak reports from inside them are not ours.
        export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
        export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
        export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1:suppressions=$ROOT/tests/tsan.supp}
        cd "$DIR"
        shift || true
        exec ctest --output-on-failure --parallel "$JOBS" --timeout 1500 "$@"
        ;;
    fuzz)
        fuzz_build fuzz
        exit $?
        ;;
    tidy)
        BASE=${LORACRAFT_TIDY_BASE:-$(git -C "$ROOT" merge-base HEAD origin/main 2>/dev/null || git -C "$ROOT" rev-parse HEAD~1)}
        [ "$(git -C "$ROOT" rev-parse "$BASE")" = "$(git -C "$ROOT" rev-parse HEAD)" ] && BASE=$(git -C "$ROOT" rev-parse HEAD~1)
        FILES=$(git -C "$ROOT" diff --name-only --diff-filter=AM "$BASE" -- '*.cpp' | grep -E '^(core|ui|app)/' || true)
        [ -f "$BUILD_DIR/compile_commands.json" ] || cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja >/dev/null
        if [ -z "$FILES" ]; then say "No changed C++ files since $BASE"; exit 0; fi
        say "clang-tidy on $(echo "$FILES" | wc -l) changed file(s) since $(git -C "$ROOT" rev-parse --short "$BASE")"
        cd "$ROOT"
        # shellcheck disable=SC2086
        exec clang-tidy -p "$BUILD_DIR" --quiet --extra-arg=-Wno-unknown-warning-option $FILES
        ;;
esac

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    say "Configuring in $BUILD_DIR"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLORACRAFT_WERROR="$WERROR" ${DEBUG_INFO[@]+"${DEBUG_INFO[@]}"}
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
        rc=0
        (cd "$BUILD_DIR" && ctest --output-on-failure --parallel "$JOBS" "$@") || rc=$?
        if [ "${LORACRAFT_FUZZ_SMOKE:-1}" != 0 ]; then
            say "Fuzzing each parser for a few seconds (libFuzzer, ASan, UBSan)"
            fuzz_build fuzz-smoke || rc=$((rc == 0 ? 1 : rc))
        fi
        if [ "${LORACRAFT_PACKAGE_CHECK:-1}" != 0 ] && command -v dpkg >/dev/null 2>&1; then
            say "Building, installing and running the .deb"
            bash "$ROOT/packaging/check-package.sh" "$BUILD_DIR" || rc=$((rc == 0 ? 1 : rc))
        fi
        exit $rc
        ;;
    crash)
        say "1,000 crash trials"
        cmake --build "$BUILD_DIR" --target crash
        ;;
    bench)
        say "Running the benchmarks"
        export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
        exec cmake --build "$BUILD_DIR" --target bench
        ;;
esac
