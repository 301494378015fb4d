#!/bin/sh
# Facilitator app @VERSION@ for Linux (x86_64): one file, no installation, no root.
# The first start unpacks the program into ~/.cache/facilitator-app/ (about @UNPACKED_MB@ MB);
# later starts run it from there at once. Your workshops are not in here: they are in the
# data folder (~/.local/share/facilitator-app), which deleting this file leaves alone.
set -eu
PAYLOAD_OFFSET=@OFFSET@
PAYLOAD_SHA256=@SHA256@
SELF=$0
case "$SELF" in */*) ;; *) SELF=$(command -v -- "$SELF") ;; esac
CACHE="${XDG_CACHE_HOME:-${HOME:?}/.cache}/facilitator-app"
TARGET="$CACHE/@VERSION@-$(printf %s "$PAYLOAD_SHA256" | cut -c1-12)"
PROGRAM="$TARGET/facilitator-app/facilitator-app"
if [ ! -x "$PROGRAM" ]; then
    mkdir -p "$CACHE"
    got=$(tail -c +"$PAYLOAD_OFFSET" "$SELF" | sha256sum | cut -d' ' -f1)
    if [ "$got" != "$PAYLOAD_SHA256" ]; then
        echo "error: $SELF is damaged or incomplete; download it again" >&2
        exit 2
    fi
    # Unpack beside the final folder and rename it into place: a start that is killed
    # half-way never leaves a half program behind, and two starts at once both succeed.
    unpack=$(mktemp -d "$CACHE/.unpack-XXXXXX")
    if ! tail -c +"$PAYLOAD_OFFSET" "$SELF" | tar -xzf - -C "$unpack"; then
        rm -rf "$unpack"
        echo "error: could not unpack into $CACHE (is the disk full?)" >&2
        exit 2
    fi
    mv -T "$unpack" "$TARGET" 2>/dev/null || rm -rf "$unpack"
fi
exec "$PROGRAM" "$@"
exit 1
