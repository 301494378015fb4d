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
</TS>
