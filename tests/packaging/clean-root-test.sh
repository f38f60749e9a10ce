#!/usr/bin/env bash
# The package on a clean Debian 12: a minimal root made with mmdebstrap (cached between runs), the
# .deb installed there with apt (Depends only, no Recommends: what the Depends line must bring),
# then inside it: nango-desk-cli --version, nango-desk --demo under Xvfb as a user who is not root,
# with a screenshot whose sidebar must show its icons, and a purge that leaves nothing of the
# package under /usr and /etc. Needs root (chroot, mounts); skipped (77) without root or when the
# Debian mirror cannot be reached: never passed without having run.
#   usage: clean-root-test.sh BUILD_DIR CPACK VERSION
# The root's tarball and apt's downloads are kept in NANGODESK_ROOT_CACHE (default
# /var/cache/nangodesk); NANGODESK_DEBIAN_MIRROR chooses the mirror.
set -euo pipefail

build=$1 cpack=$2 version=$3
pkg=nango-desk
cache=${NANGODESK_ROOT_CACHE:-/var/cache/nangodesk}
mirror=${NANGODESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
tarball=$cache/bookworm-clean-v1.tar
partial=$cache/bookworm-clean-v1.partial.tar # mmdebstrap picks the format by the extension
# The root holds only what the test itself runs: Xvfb, xauth (xvfb-run) and xwd (the screenshot).
harness=xvfb,xauth,x11-apps

log() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: a chroot needs root (CI runs as root)"
  exit 77
fi
command -v mmdebstrap >/dev/null || fail "mmdebstrap is missing: apt-get install mmdebstrap (scripts/dev.sh does)"
command -v convert >/dev/null || fail "convert is missing: apt-get install imagemagick"
if ! curl -fsS --max-time 20 -o /dev/null "$mirror/dists/bookworm/Release"; then
  echo "SKIP: the Debian mirror $mirror cannot be reached: the clean-root install was NOT tested"
  exit 77
fi

work=$(mktemp -d /tmp/nangodesk-clean-root.XXXXXX)
root=$work/root
mounts=()
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    umount -R "${mounts[$i]}" 2>/dev/null || umount -l "${mounts[$i]}" 2>/dev/null || true
  done
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

# --- The clean root, made once --------------------------------------------------------------------------
mkdir -p "$cache/archives"
if [ ! -f "$tarball" ]; then
  log "mmdebstrap bookworm (once; cached as $tarball)"
  start=$(date +%s)
  mmdebstrap --variant=apt --include="$harness" bookworm "$partial" \
    "deb $mirror bookworm main" "deb $mirror bookworm-updates main" \
    "deb ${mirror%/debian}/debian-security bookworm-security main" >"$work/mmdebstrap.log" 2>&1 \
    || { tail -20 "$work/mmdebstrap.log"; rm -f "$partial"; fail "mmdebstrap failed"; }
  mv "$partial" "$tarball"
  echo "made in $(($(date +%s) - start)) s, $(du -h "$tarball" | cut -f1)"
fi
mkdir -p "$root"
tar -C "$root" -xf "$tarball"
for m in proc dev var/cache/apt/archives; do mkdir -p "$root/$m"; done
mount -t proc proc "$root/proc" && mounts+=("$root/proc")
mount --rbind /dev "$root/dev" && mounts+=("$root/dev")
mount --bind "$cache/archives" "$root/var/cache/apt/archives" && mounts+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf"

# --- The package, built from this build folder -----------------------------------------------------------
log "cpack -G DEB"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$work/out/${pkg}_${version}_"*.deb)
cp "$deb" "$root/tmp/$pkg.deb"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | sort >"$work/files"

# --- apt install on the clean root --------------------------------------------------------------------
log "apt-get install ./$pkg.deb (Depends only)"
find "$root/usr" "$root/etc" -xdev | sed "s|^$root||" | sort >"$work/before"
before_bytes=$(du -sb "$cache/archives" | cut -f1)
start=$(date +%s)
in_root apt-get update -q >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get update failed in the root"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "/tmp/$pkg.deb" \
  >>"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; fail "apt could not install the package on a clean root"; }
echo "installed with its dependencies in $(($(date +%s) - start)) s;" \
  "$(( ($(du -sb "$cache/archives" | cut -f1) - before_bytes) / 1024 / 1024 )) MB downloaded this run" \
  "($(du -sh "$cache/archives" | cut -f1) of packages cached)"

# --- It runs ---------------------------------------------------------------------------------------------
log "nango-desk-cli --version"
out=$(in_root /usr/bin/nango-desk-cli --version) || fail "nango-desk-cli --version failed on the clean root"
[ "$out" = "nango-desk-cli $version" ] || fail "nango-desk-cli --version printed '$out'"
echo "$out"
for exe in /usr/bin/nango-desk /usr/bin/nango-desk-cli; do
  ! in_root ldd "$exe" | grep -q 'not found' || { in_root ldd "$exe"; fail "$exe misses a library"; }
done

log "nango-desk --demo under Xvfb as a user (8 s), and a screenshot"
in_root useradd -m tester
in_root su - tester -c "xvfb-run -a -s '-screen 0 1280x800x24' sh -c '
  nango-desk --demo >/tmp/nango-desk.log 2>&1 & app=\$!
  sleep 8
  kill -0 \$app || { echo nango-desk exited early; exit 1; }
  xwd -root -silent >/tmp/shot.xwd
  kill \$app; wait \$app; exit 0'" || { cat "$root/tmp/nango-desk.log"; fail "nango-desk --demo did not stay up"; }
shot=$build/packaging/clean-root-nango-desk.png
convert "xwd:$root/tmp/shot.xwd" "$shot"
echo "screenshot: $shot"
# The sidebar's icon column (x 11..34, below the selected first row) against the same crop of a
# window that has its icons (tests/packaging/sidebar-icons.png): without Qt's SVG plugins the
# icons are missing and the names move left into that column (1,631 of 4,320 pixels differ then).
crop() { convert "$1" -crop 24x180+11+84 +repage "$2"; }
differ() { crop "$1" "$work/crop.png"; compare -metric AE -fuzz 10% "$work/crop.png" "$icons_ref" null: 2>&1 || true; }
icons_ref=$(dirname "$0")/sidebar-icons.png
changed=$(differ "$shot")
reference=$build/packaging/installed-nango-desk.png
echo "pixels of the sidebar's icon column unlike a window with icons: $changed of 4320$([ -f "$reference" ] && echo " (the build machine's install: $(differ "$reference"))")"
[ "$changed" -le 200 ] || { cat "$root/tmp/nango-desk.log"; fail "the sidebar shows no icons on the clean root ($changed pixels differ)"; }

# --- Purge: nothing of it is left ------------------------------------------------------------------------
log "dpkg --purge $pkg"
in_root env DEBIAN_FRONTEND=noninteractive dpkg --purge "$pkg" >/dev/null || fail "dpkg --purge failed"
left=$(while read -r f; do if [ -e "$root$f" ] || [ -L "$root$f" ]; then echo "$f"; fi; done <"$work/files")
[ -z "$left" ] || fail "left after the purge: $left"
find "$root/usr" "$root/etc" -xdev | sed "s|^$root||" | sort >"$work/after"
strays=$(comm -13 "$work/before" "$work/after" | grep -i 'nango' || true)
[ -z "$strays" ] || fail "left under /usr or /etc after the purge: $strays"
echo "PASS: installed, ran and purged on a clean Debian 12 root"
