#!/bin/sh
# Remove HFS Counsel installed by install.sh.
#
#   sudo ./uninstall.sh     the copy for every user (/opt/hfs-counsel)
#   ./uninstall.sh          this user's copy (~/.local/lib/hfs-counsel)
#   ./uninstall.sh --user   this user's copy, even when run as root
#
# Run from the install folder, it removes that installation. Users' settings and cache
# (~/.config/hfs-desktop, ~/.cache/hfs-desktop) are left alone: each user deletes their own.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/install-common.sh"
if [ -f "$here/.hfs-counsel-install" ] && [ "${1:-}" = "" ]; then
  app_dir=$here
else
  choose_mode "$0" 2,9 "$@"
  if [ "$mode" = system ]; then app_dir=/opt/hfs-counsel; else app_dir=$HOME/.local/lib/hfs-counsel; fi
fi

manifest=$app_dir/.hfs-counsel-install
[ -f "$manifest" ] || { echo "uninstall.sh: no installation of HFS Counsel in $app_dir" >&2; exit 1; }

grep -v '^#' "$manifest" | while IFS= read -r path; do
  [ -n "$path" ] || continue
  rm -f "$path"
  case "$path" in  # drop an icon size folder this left empty (never bin/ or applications/)
    */icons/hicolor/*/apps/hfs-counsel.*)
      apps=$(dirname "$path")
      rmdir "$apps" 2>/dev/null && rmdir "$(dirname "$apps")" 2>/dev/null || true ;;
  esac
done
share_dir=$(sed -n 's|/applications/hfs-counsel\.desktop$||p' "$manifest")
rm -rf "$app_dir"
if [ -n "$share_dir" ]; then refresh_desktop "$share_dir"; fi
echo "HFS Counsel has been removed from $app_dir"
