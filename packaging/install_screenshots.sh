#!/usr/bin/env bash
# Screenshots of the first start for docs/install.md, taken from the built program
# (`make dist` first) under a virtual X server. Needs: xvfb xdotool openbox imagemagick.
#   bash packaging/install_screenshots.sh [PROGRAM]
set -euo pipefail
cd "$(dirname "$0")/.."
program=${1:-dist/facilitator-app/facilitator-app}
out=docs/images
mkdir -p "$out"
tmp=$(mktemp -d)
display=:97
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $wm $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
export DISPLAY=$display
sleep 1
openbox >/dev/null 2>&1 &
wm=$!
sleep 1

wait_window() {  # wait until a window whose title matches $1 is shown, up to 120 s
  for _ in $(seq 240); do
    if xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; then sleep 2; return 0; fi
    sleep 0.5
  done
  echo "no window '$1'" >&2
  return 1
}

shoot() {  # the whole screen, as a facilitator sees it; or with $2 that window only
  if [ $# -gt 1 ]; then
    import -frame -window "$(xdotool search --onlyvisible --name "$2" | head -1)" "$out/$1"
  else
    import -window root "$out/$1"
  fi
  echo "wrote $out/$1"
}

# 1. First start on an empty data folder: the app asks for workshop, session and group.
HOME=$tmp/home "$program" --lang en --data-dir "$tmp/data" &
app=$!
wait_window "Choose"
shoot install-first-start.png "Choose"
kill "$app"; wait "$app" 2>/dev/null || true

# 2. The main window (the demo workshop, group 1) and 3. Help → About.
HOME=$tmp/home "$program" --lang en --demo --data-dir "$tmp/demo" &
app=$!
wait_window "Facilitator"
shoot install-main-window.png
xdotool key alt+h
sleep 1
xdotool key a
wait_window "About the facilitator app"
shoot install-about.png
xdotool key Escape
sleep 1
kill "$app"; wait "$app" 2>/dev/null || true
