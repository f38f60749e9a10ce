#!/usr/bin/env bash
# Nango Desk's one entry point for a fresh Debian 12 machine:
#   scripts/dev.sh run    install what is missing, build into build/, start the app on its demo environment
#   scripts/dev.sh test   install what is missing, build into build/, run the whole test suite
#   scripts/dev.sh build  install what is missing and build
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${NANGODESK_BUILD_DIR:-$here/build}"

# Debian packages the build, the app and the tests need. Keep in step with docs/dependencies.md.
packages=(
  cmake ninja-build g++ ccache pkg-config clang-format
  qt6-base-dev libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
  qt6-svg-dev qt6-qpa-plugins qtkeychain-qt6-dev libsqlite3-dev libsimdjson-dev sqlite3 libpq-dev postgresql
  xvfb xauth dbus gnome-keyring libsecret-1-0 libsecret-tools fonts-dejavu-core imagemagick
  desktop-file-utils appstream openssl curl procps file dpkg-dev groff-base x11-utils systemd
  lintian mmdebstrap tinyproxy-bin
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  # The tests start a private PostgreSQL cluster of their own (scripts/pg-test-cluster.sh): the
  # package must not create and start the system's "main" cluster beside it.
  if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.d/nango-desk.conf ]; then
    "${sudo[@]}" mkdir -p /etc/postgresql-common/createcluster.d
    echo 'create_main_cluster = false' | "${sudo[@]}" tee /etc/postgresql-common/createcluster.d/nango-desk.conf >/dev/null
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  # NANGODESK_WERROR=ON (set by .ci/run) fails the build on any compiler warning.
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${NANGODESK_BUILD_TYPE:-RelWithDebInfo}" \
    -DNANGODESK_WERROR="${NANGODESK_WERROR:-OFF}"
  cmake --build "$build" --parallel "$(nproc)"
}

cmd="${1:-}"
case "$cmd" in
  build)
    install_missing
    configure_and_build
    ;;
  run)
    install_missing
    configure_and_build
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display: starting the app under Xvfb (set DISPLAY to use your own screen)."
      exec xvfb-run -a -s '-screen 0 1280x800x24' "$build/bin/nango-desk" --demo "$@"
    fi
    exec "$build/bin/nango-desk" --demo "$@"
    ;;
  test)
    install_missing
    configure_and_build
    shift
    # A private session bus with an unlocked keyring for the keychain tests; see with-keyring.sh.
    exec dbus-run-session -- "$here/scripts/with-keyring.sh" \
      ctest --test-dir "$build" --output-on-failure --timeout 900 -j "$(nproc)" "$@"
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|build" >&2
    exit 2
    ;;
esac
