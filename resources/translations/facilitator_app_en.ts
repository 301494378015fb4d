<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExpertInbox</name>
    <message numerus="yes">
        <source>%n question(s) waiting for an answer</source>
        <translation>
            <numerusform>%n question waiting for an answer</numerusform>
            <numerusform>%n questions waiting for an answer</numerusform>
        </translation>
    </message>
</context>
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
        <source>%n change(s) not yet synced to the central store; the files hold every one.</source>
        <translation>
            <numerusform>%n change not yet synced to the central store; the files hold it.</numerusform>
            <numerusform>%n changes not yet synced to the central store; the files hold every one.</numerusform>
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
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
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
        <source>%n other idea(s)</source>
        <translation>
            <numerusform>%n other idea</numerusform>
            <numerusform>%n other ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for the experts</source>
        <translation>
            <numerusform>%n question for the experts</numerusform>
            <numerusform>%n questions for the experts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message numerus="yes">
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (%n min ago)</numerusform>
            <numerusform>%1 (%n min ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min behind</numerusform>
            <numerusform>%n min behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on time (%n min to spare)</source>
        <translation>
            <numerusform>on time (%n min to spare)</numerusform>
            <numerusform>on time (%n min to spare)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeAction</name>
    <message numerus="yes">
        <source>%n change(s) made here after that were not kept by them and are deleted with the rest.</source>
        <translation>
            <numerusform>%n change made here after that was not kept by them and is deleted with the rest.</numerusform>
            <numerusform>%n changes made here after that were not kept by them and are deleted with the rest.</numerusform>
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
    <message numerus="yes">
        <source>Checked: the organisers&apos; store holds all %n note(s) of group {name}, and everything else the group made here.</source>
        <translation>
            <numerusform>Checked: the organisers&apos; store holds the %n note of group {name}, and everything else the group made here.</numerusform>
            <numerusform>Checked: the organisers&apos; store holds all %n notes of group {name}, and everything else the group made here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not delivered: the store lacks %n row(s) of group {name} even after sending them again. Tell the organisers; your work is safe on this laptop.</source>
        <translation>
            <numerusform>Not delivered: the store lacks %n row of group {name} even after sending it again. Tell the organisers; your work is safe on this laptop.</numerusform>
            <numerusform>Not delivered: the store lacks %n rows of group {name} even after sending them again. Tell the organisers; your work is safe on this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here after the workshop was closed were not kept.</source>
        <translation>
            <numerusform>%n change made here after the workshop was closed was not kept.</numerusform>
            <numerusform>%n changes made here after the workshop was closed were not kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent again: %n row(s) the store lacked (it was restored, replaced or missed them).</source>
        <translation>
            <numerusform>Sent again: %n row the store lacked (it was restored, replaced or missed it).</numerusform>
            <numerusform>Sent again: %n rows the store lacked (it was restored, replaced or missed them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n change(s) waiting</source>
        <translation>
            <numerusform>Sync: %n change waiting</numerusform>
            <numerusform>Sync: %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message numerus="yes">
        <source>%n minute(s) left of “{title}”.</source>
        <translation>
            <numerusform>%n minute left of “{title}”.</numerusform>
            <numerusform>%n minutes left of “{title}”.</numerusform>
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
