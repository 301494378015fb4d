<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AgendaOverview</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>{start}  {title}  ({minutes} min)</source>
        <translation>{start}  {title}  ({minutes} min)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The facilitator app cannot start</source>
        <translation>Fasilitatorappen kan ikke starte</translation>
    </message>
</context>
<context>
    <name>ContextChooser</name>
    <message>
        <source>Choose session and group</source>
        <translation>Velg sesjon og gruppe</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Idéverksted</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesjon</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>&amp;Import a plan file…</source>
        <translation>&amp;Importer en planfil …</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Idéverksted:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesjon:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>No workshop plan yet. Import the plan file you got from the organisers.</source>
        <translation>Ingen verkstedplan ennå. Importer planfilen du har fått fra arrangøren.</translation>
    </message>
    <message>
        <source>Which session and group are you leading?</source>
        <translation>Hvilken sesjon og gruppe leder du?</translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <source>{name} – {facilitator}</source>
        <translation>{name} – {facilitator}</translation>
    </message>
    <message>
        <source>Import workshop plan</source>
        <translation>Importer verkstedplan</translation>
    </message>
    <message>
        <source>Workshop plan (*.json)</source>
        <translation>Verkstedplan (*.json)</translation>
    </message>
    <message>
        <source>The plan could not be imported</source>
        <translation>Planen kunne ikke importeres</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{group} · {session} – Facilitator</source>
        <translation>{group} · {session} – Fasilitator</translation>
    </message>
    <message>
        <source>&lt;b&gt;{session}&lt;/b&gt;&lt;br&gt;{date}, {start}–{end} ({zone})</source>
        <translation>&lt;b&gt;{session}&lt;/b&gt;&lt;br&gt;{date}, {start}–{end} ({zone})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agenda&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{workshop} · {group} ({facilitator}) · everything is saved as you work</source>
        <translation>{workshop} · {group} ({facilitator}) · alt lagres mens du jobber</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Switch session or group…</source>
        <translation>&amp;Bytt sesjon eller gruppe …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Facilitator app {version}
Offline-first tool for idea-workshop facilitators.
Data folder: {folder}</source>
        <translation>Fasilitatorappen {version}
Frakoblet-først-verktøy for fasilitatorer i idéverksteder.
Datamappe: {folder}</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants and attendance</source>
        <translation>Deltakere og oppmøte</translation>
    </message>
    <message>
        <source>Tick when {name} is present in this session.</source>
        <translation>Kryss av når {name} er til stede i denne sesjonen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt; – {present} of {total} present</source>
        <translation>&lt;b&gt;Deltakere&lt;/b&gt; – {present} av {total} til stede</translation>
    </message>
</context>
</TS>
