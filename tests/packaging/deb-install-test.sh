#!/usr/bin/env bash
# The Debian package, for real: build it with cpack, check its control fields and contents, install
# it with dpkg, run the installed nango-desk-cli --version and nango-desk --demo (under Xvfb), purge
# it, and check nothing of it is left in /usr. It installs into the machine's /usr, so it needs root
# (CI runs as root) and is skipped otherwise. The package is never left installed: a leftover from an
# interrupted run is purged first, and the EXIT trap purges whatever happens.
#   usage: deb-install-test.sh BUILD_DIR CPACK VERSION
# (internal: deb-install-test.sh --gui-check WORK_DIR SCREENSHOT, run under xvfb-run)
set -euo pipefail

pkg=nango-desk
app_id=dev.nangodesk.NangoDesk

log() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# --- Inside xvfb-run: the installed app starts, shows a window and stays up ---------------------------
if [ "${1:-}" = "--gui-check" ]; then
  work=$2 shot=$3
  /usr/bin/nango-desk --demo >"$work/nango-desk.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 10); do
    sleep 0.5
    if ! kill -0 "$pid" 2>/dev/null; then
      rc=0; wait "$pid" || rc=$?
      echo "--- nango-desk output"; cat "$work/nango-desk.log"
      fail "the installed nango-desk --demo exited with status $rc within 5 s"
    fi
  done
  window=""
  if command -v xwininfo >/dev/null; then
    # A top-level window whose WM_CLASS instance is nango-desk, mapped and viewable.
    for id in $(xwininfo -root -children | sed -n 's/^ *\(0x[0-9a-f]*\) .*("nango-desk" .*/\1/p'); do
      if xwininfo -id "$id" | grep -q 'Map State: IsViewable'; then
        window=$id
        break
      fi
    done
    if [ -z "$window" ]; then
      xwininfo -root -children
      kill -KILL "$pid" 2>/dev/null || true
      fail "nango-desk --demo runs but shows no window"
    fi
    echo "window $window: $(xwininfo -id "$window" | sed -n 's/^xwininfo: Window id: [^ ]* //p')"
  else
    echo "note: xwininfo (x11-utils) is missing: only checked that nango-desk stays up"
  fi
  if command -v import >/dev/null; then
    import -window root "$shot" && echo "screenshot: $shot"
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "nango-desk did not quit within 5 s of SIGTERM: killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  echo "--- nango-desk output"; cat "$work/nango-desk.log"
  exit 0
fi

build=$1 cpack=$2 version=$3

if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: installing a package into /usr needs root (CI runs as root)"
  exit 77
fi
for tool in dpkg-shlibdeps:dpkg-dev xvfb-run:xvfb; do
  command -v "${tool%%:*}" >/dev/null || fail "${tool%%:*} is missing: apt-get install ${tool#*:}"
done

# dpkg leaves out paths its configuration excludes (slim container images drop /usr/share/man and
# /usr/share/doc): those are not expected on disk. The last matching path-exclude/path-include wins.
unpacked() {
  local keep=1 kind pattern
  while read -r kind pattern; do
    # shellcheck disable=SC2053 # the pattern is a glob on purpose
    if [[ $1 == $pattern ]]; then
      [ "$kind" = path-exclude ] && keep=0 || keep=1
    fi
  done < <(cat /etc/dpkg/dpkg.cfg.d/* /etc/dpkg/dpkg.cfg 2>/dev/null | grep -E '^path-(exclude|include)[ =]' | tr '=' ' ')
  [ "$keep" -eq 1 ]
}
is_installed() { dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null | grep -qv '^not-installed$'; }
purge() { DEBIAN_FRONTEND=noninteractive dpkg --purge "$pkg" >/dev/null; }

work=$(mktemp -d /tmp/nangodesk-deb-test.XXXXXX)
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if is_installed; then
    echo "cleaning up: purging $pkg"
    purge || echo "WARNING: dpkg --purge $pkg failed: remove it by hand" >&2
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if is_installed; then
  log "$pkg is installed already (an interrupted run, or by hand): purging it first"
  purge
fi

# --- Build the package into a folder of its own ----------------------------------------------------------
log "cpack -G DEB"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
shopt -s nullglob
debs=("$work/out/${pkg}_${version}_"*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || { cat "$work/cpack.log"; ls -l "$work/out"; fail "expected one ${pkg}_${version}_*.deb"; }
deb=${debs[0]}
log "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# --- Its contents ---------------------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' | sort >"$work/contents"
expected=(
  /usr/bin/nango-desk
  /usr/bin/nango-desk-cli
  "/usr/share/applications/$app_id.desktop"
  "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/man/man1/nango-desk-cli.1.gz
  /usr/share/man/man1/nango-desk.1.gz
  "/usr/share/doc/$pkg/copyright"
  "/usr/share/doc/$pkg/changelog.gz"
  "/usr/lib/systemd/system/nango-desk-watch@.service"
  "/usr/lib/systemd/user/nango-desk-watch.service"
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
  grep -qx "$f" "$work/contents" || { cat "$work/cpack.log"; fail "the package lacks $f (was the build folder being rebuilt?)"; }
done
! grep -v '^/usr\(/\|$\)' "$work/contents" | grep -v '^/$' | grep -q . || fail "the package has files outside /usr"
! grep -q 'nango-sim' "$work/contents" || fail "the package holds nango-sim"
echo "$(wc -l <"$work/contents") entries, all under /usr"

# --- Its control fields ---------------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$pkg" ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
# Computed by dpkg-shlibdeps from the executables, then the ones loaded at run time.
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6network6 libqt6keychain1 libstdc++6 libpq5 \
           libqt6sql6-sqlite libqt6svg6 libsecret-1-0; do
  printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//' | grep -q "^$dep\( \|$\)" \
    || fail "Depends lacks $dep"
done
field Recommends | grep -qw gnome-keyring || fail "Recommends lacks gnome-keyring"
field Recommends | grep -qw qt6-wayland || fail "Recommends lacks qt6-wayland"

# --- lintian: no error, no warning (the info tags left are explained in packaging/README.md) ------------
command -v lintian >/dev/null || fail "lintian is missing: apt-get install lintian (scripts/dev.sh does)"
log "lintian"
(cd "$work" && lintian --allow-root --fail-on error,warning --info "$deb") || fail "lintian reports errors or warnings"

# --- Install it -------------------------------------------------------------------------------------------
log "dpkg -i"
if ! DEBIAN_FRONTEND=noninteractive dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
  cat "$work/dpkg.log"
  log "dpkg -i left dependencies missing: apt-get -f install"
  DEBIAN_FRONTEND=noninteractive apt-get -f install -y -q --no-install-recommends
fi
dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" | grep -q '^ii' || fail "$pkg is not installed after dpkg -i"
dpkg -L "$pkg" | grep -v '^/\.$' | sort >"$work/installed"
for f in "${expected[@]}"; do
  if unpacked "$f"; then
    [ -e "$f" ] || fail "$f is not on disk after the install"
  else
    echo "note: dpkg's configuration excludes $f"
  fi
done

# --- The installed files work -------------------------------------------------------------------------
log "/usr/bin/nango-desk-cli --version"
out=$(/usr/bin/nango-desk-cli --version) || fail "nango-desk-cli --version failed"
echo "$out"
[ "$out" = "nango-desk-cli $version" ] || fail "nango-desk-cli --version printed '$out'"
# The executables found the shared libraries the Depends line installed.
for exe in /usr/bin/nango-desk /usr/bin/nango-desk-cli; do
  ! ldd "$exe" | grep -q 'not found' || { ldd "$exe"; fail "$exe misses a library"; }
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "the installed desktop entry is invalid"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null \
    || fail "the installed metainfo is invalid"
fi
# The service units, as systemd reads them, against the installed executable.
if command -v systemd-analyze >/dev/null; then
  units="$work/units"
  mkdir -p "$units/runtime"
  chmod 700 "$units/runtime"
  cp /usr/lib/systemd/system/nango-desk-watch@.service "$units/nango-desk-watch@prod.service"
  (cd "$units" && systemd-analyze verify --man=no ./nango-desk-watch@prod.service) || fail "the system unit does not verify"
  cp /usr/lib/systemd/user/nango-desk-watch.service "$units/"
  (cd "$units" && XDG_RUNTIME_DIR="$units/runtime" systemd-analyze verify --user --man=no ./nango-desk-watch.service) \
    || fail "the user unit does not verify"
fi
if command -v man >/dev/null && unpacked /usr/share/man/man1/nango-desk-cli.1.gz; then
  page=$(man -w nango-desk-cli 2>/dev/null) || fail "man does not find nango-desk-cli"
  [ "$page" = /usr/share/man/man1/nango-desk-cli.1.gz ] || fail "man finds $page"
fi

log "xvfb-run /usr/bin/nango-desk --demo (5 s)"
# Own home, config, data and runtime folders: the run leaves nothing in the machine's real ones.
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
shot="$build/packaging/installed-nango-desk.png"
rm -f "$shot"
env -u QT_QPA_PLATFORM HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache" \
    XDG_RUNTIME_DIR="$work/runtime" \
  timeout 120 xvfb-run -a -s '-screen 0 1280x800x24' bash "$0" --gui-check "$work" "$shot" \
  || fail "the installed nango-desk did not run under Xvfb"

# --- Purge it: nothing of it may stay in /usr ------------------------------------------------------
log "dpkg --purge"
purge
! is_installed || fail "$pkg is still installed after dpkg --purge"
left=()
while IFS= read -r path; do
  if [ -L "$path" ] || [ -f "$path" ]; then
    left+=("$path")
  elif [ -d "$path" ]; then
    # A folder stays only when another package owns it or something else is in it
    # (such as /usr/share/icons/hicolor, which holds the icon cache).
    if ! dpkg-query -S "$path" >/dev/null 2>&1 && [ -z "$(ls -A "$path")" ]; then
      left+=("$path/")
    fi
  fi
done <"$work/installed"
while IFS= read -r path; do
  left+=("$path")
done < <(find /usr -path /usr/local -prune -o -iname '*nango*' -print)
if [ ${#left[@]} -gt 0 ]; then
  printf '  %s\n' "${left[@]}"
  fail "${#left[@]} path(s) of $pkg left in /usr after dpkg --purge"
fi
echo "checked $(wc -l <"$work/installed") paths: none left"
log "PASS: $(basename "$deb") builds, installs, runs and purges cleanly"
