<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AgendaMessages</name>
    <message>
        <source>The agenda is finished: there is no next item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first item: there is no previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agenda item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use next or previous to make an item current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item can only move to places 1 to {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timebox must be a whole number of minutes from 1 to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item needs a title of 1 to {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the timer by whole minutes between 1 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AgendaPanel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk and talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished">Agenda</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the timebox of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt; – {planned} of {length} min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is {n} min longer than the session: shorten or skip something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark}{start}  {title}  ({minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(took {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {minutes} minutes, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit timebox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes for “{title}” (1 to {max}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “{title}” (only for you):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-questions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sub-questions:</source>
        <translation type="unfinished"></translation>
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
    <name>Board</name>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea / measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council (politicians)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State / county governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Notes whose question is no longer on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Whiteboard</source>
        <translation type="unfinished"></translation>
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
    <name>NoteEditor</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>TimerPanel</name>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left of the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the timebox used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up for “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The agenda is finished.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time by {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: {left} left (ends {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: {over} past the end ({end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time ({n} min to spare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min behind plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The data folder {folder} is read-only. Choose a folder you can write to with --data-dir.</source>
        <translation>Datamappen {folder} er skrivebeskyttet. Velg en mappe du kan skrive til, med --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {reason}.</source>
        <translation>Datamappen {folder} kan ikke brukes: {reason}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Nothing was changed; free some space and try again.</source>
        <translation>Disken med {folder} er full. Ingenting ble endret; frigjør plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only. Nothing was changed.</source>
        <translation>Datamappen {folder} er skrivebeskyttet. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The database in {folder} is busy (locked by another program). Try again.</source>
        <translation>Databasen i {folder} er opptatt (låst av et annet program). Prøv igjen.</translation>
    </message>
    <message>
        <source>The database in {folder} could not be used: {reason}</source>
        <translation>Databasen i {folder} kunne ikke brukes: {reason}</translation>
    </message>
    <message>
        <source>Another copy of the facilitator app is already using the data folder {folder}. Close it first (or choose another folder with --data-dir).</source>
        <translation>En annen kopi av fasilitatorappen bruker allerede datamappen {folder}. Lukk den først (eller velg en annen mappe med --data-dir).</translation>
    </message>
</context>
</TS>
