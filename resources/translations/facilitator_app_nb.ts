<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AgendaOverview</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}  {title}  ({minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextChooser</name>
    <message>
        <source>Choose session and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop plan yet. Import the plan file you got from the organisers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which session and group are you leading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} – {facilitator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workshop plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop plan (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{group} · {session} – Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{session}&lt;/b&gt;&lt;br&gt;{date}, {start}–{end} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workshop} · {group} ({facilitator}) · everything is saved as you work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch session or group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator app {version}
Offline-first tool for idea-workshop facilitators.
Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when {name} is present in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt; – {present} of {total} present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
