<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>TimerPanel</name>
    <message numerus="yes">
        <source>%n minute(s) left of “{title}”.</source>
        <translation>
            <numerusform>%n minute left of “{title}”.</numerusform>
            <numerusform>%n minutes left of “{title}”.</numerusform>
        </translation>
    </message>
</context>
</TS>
