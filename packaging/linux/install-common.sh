# Shared by install.sh and uninstall.sh (sourced, not run): the one option they take, and
# telling the desktop that the menu entry and icons changed.

# choose_mode SCRIPT HELP_LINES [OPTION]: sets mode=user or mode=system (root: system unless
# --user); --help prints the script's header comment (lines HELP_LINES, e.g. 2,9).
choose_mode() {
  script=$1 help=$2
  shift 2
  mode=user
  if [ "$(id -u)" = 0 ]; then mode=system; fi
  case "${1:-}" in
    "") ;;
    --user) mode=user ;;
    --system) mode=system ;;
    -h|--help) sed -n "${help}s/^# \{0,1\}//p" "$script"; exit 0 ;;
    *) echo "$(basename "$script"): unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
}

# refresh_desktop SHARE_DIR: the desktop's menu and icon caches (optional tools; fine when
# missing).
refresh_desktop() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$1/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$1/icons/hicolor" 2>/dev/null || true
  fi
}
