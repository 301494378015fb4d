<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n challenge(s)</source>
        <translation>
            <numerusform>%n challenge</numerusform>
            <numerusform>%n challenges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for the experts</source>
        <translation>
            <numerusform>%n question for the experts</numerusform>
            <numerusform>%n questions for the experts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other idea(s)</source>
        <translation>
            <numerusform>%n other idea</numerusform>
            <numerusform>%n other ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced to the central store; the files hold every one.</source>
        <translation>
            <numerusform>%n change not yet synced to the central store; the files hold it.</numerusform>
            <numerusform>%n changes not yet synced to the central store; the files hold every one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot vote(s), all closed.</source>
        <translation>
            <numerusform>%n dot vote, closed.</numerusform>
            <numerusform>%n dot votes, all closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot votes, one of them still open.</source>
        <translation>
            <numerusform>%n dot vote, still open.</numerusform>
            <numerusform>%n dot votes, one of them still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot votes, {open} of them still open.</source>
        <translation>
            <numerusform>%n dot vote, {open} of them still open.</numerusform>
            <numerusform>%n dot votes, {open} of them still open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>Sync: %n change(s) waiting</source>
        <translation>
            <numerusform>Sync: %n change waiting</numerusform>
            <numerusform>Sync: %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopIdeasPanel</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
</TS>
