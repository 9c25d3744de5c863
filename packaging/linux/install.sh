#!/bin/sh
# Add OIC Reader, from the folder this script is in, to the application menu.
#
#   ./install.sh               for you only (~/.local), no administrator rights needed
#   sudo ./install.sh --system  for every user of this computer (/usr/local)
#   ./install.sh --uninstall    (or --system --uninstall) takes the menu entry away again
#
# The program stays where the folder is: move the folder, then run this script again.
# Your notes and library are not touched (see README, "Where your data lives").
set -eu

here=$(cd "$(dirname "$0")" && pwd)
app_id=org.oicreader.OICReader
scope=user
action=install
for argument in "$@"; do
  case "$argument" in
    --system) scope=system ;;
    --uninstall) action=uninstall ;;
    *) echo "usage: $0 [--system] [--uninstall]" >&2; exit 2 ;;
  esac
done

if [ "$scope" = system ]; then
  share=/usr/local/share
  bin=/usr/local/bin
else
  share=${XDG_DATA_HOME:-$HOME/.local/share}
  bin=$HOME/.local/bin
fi

refresh_caches() {
  # Menus and icon themes pick up the change sooner with these; they are optional.
  command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  rm -f "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
  rm -f "$share"/icons/hicolor/*/apps/"$app_id".png "$share/icons/hicolor/scalable/apps/$app_id.svg"
  if [ -L "$bin/oicreader" ]; then rm -f "$bin/oicreader"; fi
  refresh_caches
  echo "OIC Reader removed from the menu; the folder $here is still there."
  exit 0
fi

mkdir -p "$share/applications" "$share/metainfo" "$bin"
# The menu entry starts this folder's program (quoted: the path may hold spaces; `&`, `|`
# and `\` are escaped for sed).
program=$(printf '%s' "$here/OICReader" | sed 's/[\\|&]/\\&/g')
sed "s|^Exec=.*|Exec=\"$program\"|" "$here/share/applications/$app_id.desktop" \
  > "$share/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
for icon in "$here"/share/icons/hicolor/*/apps/*; do
  size_folder=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$share/icons/hicolor/$size_folder/apps"
  cp "$icon" "$share/icons/hicolor/$size_folder/apps/"
done
# `oicreader` on the command line (in ~/.local/bin or /usr/local/bin).
ln -sf "$here/OICReader" "$bin/oicreader"
refresh_caches
echo "OIC Reader is in the application menu; \`oicreader\` runs it from a terminal ($bin)."
