#!/bin/sh
# Install HFS Counsel from this unpacked archive.
#
#   sudo ./install.sh     for every user: /opt/hfs-counsel, /usr/local/bin/hfs-counsel,
#                         the menu entry and icons under /usr/local/share
#   ./install.sh          for this user only (no root): ~/.local/lib/hfs-counsel,
#                         ~/.local/bin/hfs-counsel, menu entry and icons under ~/.local/share
#   ./install.sh --user   for this user only, even when run as root
#   DESTDIR=/tmp/pkg ./install.sh --system   lay the system install out under /tmp/pkg (for
#                         building a .deb/.rpm; the menu entry points at /opt/hfs-counsel)
#
# Installing again replaces the earlier version. Remove it with uninstall.sh (a copy is kept
# in the install folder). The app writes nothing into its install folder: settings and its
# cache go to each user's own folders (~/.config/hfs-desktop, ~/.cache/hfs-desktop).
set -eu
umask 022  # everything installed is readable by every user, writable by its owner only

here=$(cd "$(dirname "$0")" && pwd)
. "$here/install-common.sh"
choose_mode "$0" 2,15 "$@"

dest=${DESTDIR:-}
if [ "$mode" = system ]; then
  [ "$(id -u)" = 0 ] || [ -n "$dest" ] || { echo "install.sh: --system needs root (sudo)" >&2; exit 1; }
  app_dir=/opt/hfs-counsel
  bin_dir=/usr/local/bin
  share_dir=/usr/local/share
else
  : "${HOME:?install.sh: HOME is not set}"
  app_dir=$HOME/.local/lib/hfs-counsel
  bin_dir=$HOME/.local/bin
  share_dir=${XDG_DATA_HOME:-$HOME/.local/share}
fi

[ -x "$here/hfs-counsel/hfs-counsel" ] || { echo "install.sh: no hfs-counsel/ bundle beside this script" >&2; exit 1; }
if [ -e "$dest$app_dir" ] && [ ! -f "$dest$app_dir/.hfs-counsel-install" ]; then
  echo "install.sh: $app_dir exists and was not made by this installer; not touching it" >&2
  exit 1
fi

# Copy next to the target, then swap, so a failed copy leaves the earlier version working.
mkdir -p "$(dirname "$dest$app_dir")" "$dest$bin_dir" "$dest$share_dir/applications"
staging="$dest$app_dir.new.$$"
trap 'rm -rf "$staging"' EXIT
cp -R "$here/hfs-counsel" "$staging"
cp "$here/uninstall.sh" "$here/install-common.sh" "$staging/"
chmod -R u+rwX,go+rX,go-w "$staging"

manifest="$staging/.hfs-counsel-install"
{
  echo "# Files HFS Counsel's install.sh put outside $app_dir (uninstall.sh removes them)"
  echo "$bin_dir/hfs-counsel"
  echo "$share_dir/applications/hfs-counsel.desktop"
  echo "$share_dir/icons/hicolor/scalable/apps/hfs-counsel.svg"
  for png in "$here"/icons/hfs-counsel-*.png; do
    size=${png##*-}; size=${size%.png}
    echo "$share_dir/icons/hicolor/${size}x${size}/apps/hfs-counsel.png"
  done
} > "$manifest"

rm -rf "$dest$app_dir"
mv "$staging" "$dest$app_dir"
trap - EXIT

ln -sf "$app_dir/hfs-counsel" "$dest$bin_dir/hfs-counsel"
sed -e "s|^Exec=.*|Exec=\"$app_dir/hfs-counsel\"|" -e "s|^TryExec=.*|TryExec=$app_dir/hfs-counsel|" \
  "$here/hfs-counsel.desktop" > "$dest$share_dir/applications/hfs-counsel.desktop"
chmod 644 "$dest$share_dir/applications/hfs-counsel.desktop"
icons=$dest$share_dir/icons/hicolor
mkdir -p "$icons/scalable/apps"
cp "$here/icons/hfs-counsel.svg" "$icons/scalable/apps/hfs-counsel.svg"
for png in "$here"/icons/hfs-counsel-*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$png" "$icons/${size}x${size}/apps/hfs-counsel.png"
done

if [ -n "$dest" ]; then
  echo "HFS Counsel is laid out under $dest (it will run from $app_dir)"
  exit 0
fi
refresh_desktop "$share_dir"  # the desktop notices the new entry and icon

echo "HFS Counsel is installed in $app_dir"
echo "Start it from the applications menu, or run: $bin_dir/hfs-counsel"
case ":$PATH:" in *":$bin_dir:"*) ;; *) echo "(Note: $bin_dir is not on your PATH.)" ;; esac
