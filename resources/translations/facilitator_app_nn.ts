<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the facilitator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator app, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline-first tool for the facilitators of idea workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you do is saved in this data folder. Uninstalling the app leaves it in place; copy it to keep a backup:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To report a problem, click Copy details and send them to the organisers of your workshop, together with what you did and what you saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Lukk</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details for a problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>Add an agenda item</source>
        <translation>Legg til eit punkt på agendaen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Timebox in minutes</source>
        <translation>Tidsramme i minutt</translation>
    </message>
    <message>
        <source>Sub-questions, one per line</source>
        <translation>Underspørsmål, eitt per linje</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutt:</translation>
    </message>
    <message>
        <source>&amp;Sub-questions:</source>
        <translation>&amp;Underspørsmål:</translation>
    </message>
</context>
<context>
    <name>AgendaController</name>
    <message>
        <source>Next item</source>
        <translation type="unfinished">Neste punkt</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished">Førre punkt</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished">Merk som ferdig</translation>
    </message>
    <message>
        <source>Skip item</source>
        <translation type="unfinished">Hopp over punkt</translation>
    </message>
    <message>
        <source>Reopen item</source>
        <translation type="unfinished">Opne punktet på nytt</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation type="unfinished">Endre rekkjefølgja på agendaen</translation>
    </message>
    <message>
        <source>Edit timebox</source>
        <translation type="unfinished">Endre tidsramme</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished">Rediger lapp</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished">Legg til punkt</translation>
    </message>
</context>
<context>
    <name>AgendaMessages</name>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>QLocale date pattern of the planned session day</comment>
        <translation>ddd d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Innlegg</translation>
    </message>
    <message>
        <source>Walk and talk</source>
        <translation>Gåtur</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Førre</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Førre punkt</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Neste punkt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Mark the selected item done</source>
        <translation>Merk det valde punktet som ferdig</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <source>Skip the selected item</source>
        <translation>Hopp over det valde punktet</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Legg til …</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Legg til eit punkt</translation>
    </message>
    <message>
        <source>Timebox…</source>
        <translation>Tidsramme …</translation>
    </message>
    <message>
        <source>Edit the timebox of the selected item</source>
        <translation>Endre tidsramma for det valde punktet</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notat …</translation>
    </message>
    <message>
        <source>Edit the note of the selected item</source>
        <translation>Endre notatet til det valde punktet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt; – {planned} of {length} min planned</source>
        <translation>&lt;b&gt;Agenda&lt;/b&gt; – {planned} av {length} min planlagt</translation>
    </message>
    <message>
        <source>The agenda is {n} min longer than the session: shorten or skip something.</source>
        <translation>Agendaen er {n} min lengre enn sesjonen: kort ned eller hopp over noko.</translation>
    </message>
    <message>
        <source>{mark}{start}  {title}  ({minutes} min)</source>
        <translation>{mark}{start}  {title}  ({minutes} min)</translation>
    </message>
    <message>
        <source>(took {time})</source>
        <translation>(tok {time})</translation>
    </message>
    <message>
        <source>current</source>
        <translation>no</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppa over</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>står att</translation>
    </message>
    <message>
        <source>{title}, {minutes} minutes, {status}</source>
        <translation>{title}, {minutes} minutt, {status}</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Tidsramme</translation>
    </message>
    <message>
        <source>Minutes for “{title}” (1 to {max}):</source>
        <translation>Minutt for «{title}» (1 til {max}):</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Fasilitatornotat</translation>
    </message>
    <message>
        <source>Note on “{title}” (only for you):</source>
        <translation>Notat til «{title}» (berre for deg):</translation>
    </message>
</context>
<context>
    <name>AgendaTimerActions</name>
    <message>
        <source>&amp;Sound when time is up</source>
        <translation>&amp;Lyd når tida er ute</translation>
    </message>
    <message>
        <source>Reorder by dragging</source>
        <translation>Endre rekkjefølgja ved å dra</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Mus</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The facilitator app cannot start</source>
        <translation>Fasilitatorappen kan ikkje starte</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Challenge</source>
        <translation>Utfordring</translation>
    </message>
    <message>
        <source>Idea / measure</source>
        <translation>Idé / tiltak</translation>
    </message>
    <message>
        <source>Question for the experts</source>
        <translation>Spørsmål til ekspertane</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Council (politicians)</source>
        <translation>Kommunestyret (politikarane)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrasjonen</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylkeskommunen</translation>
    </message>
    <message>
        <source>State / county governor</source>
        <translation>Staten / statsforvaltaren</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Næringslivet</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Innbyggjarane</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <source>Experts&apos; answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oransje</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lilla</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tavle</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farge</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegori</translation>
    </message>
    <message>
        <source>&amp;Who must act</source>
        <translation>&amp;Kven må handle</translation>
    </message>
    <message>
        <source>Select one or more notes first.</source>
        <translation>Vel éin eller fleire lappar først.</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Forfattar</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>&amp;Move to question</source>
        <translation>&amp;Flytt til spørsmål</translation>
    </message>
    <message>
        <source>Paste as notes</source>
        <translation type="unfinished">Lim inn som lappar</translation>
    </message>
    <message>
        <source>Make {n} notes, one per line, in the current question?</source>
        <translation type="unfinished">Lage {n} lappar, ein per linje, i det gjeldande spørsmålet?</translation>
    </message>
    <message>
        <source>Select the notes to group first.</source>
        <translation>Vel først lappane som skal samlast.</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Samle lappar</translation>
    </message>
    <message>
        <source>Cluster name:</source>
        <translation>Namn på klynga:</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Gje klynga nytt namn</translation>
    </message>
    <message>
        <source>Open a dot vote</source>
        <translation>Start prikkrøysting</translation>
    </message>
    <message>
        <source>Dots per participant:</source>
        <translation>Prikkar per deltakar:</translation>
    </message>
    <message>
        <source>The current question has no notes yet.</source>
        <translation>Det gjeldande spørsmålet har ingen lappar enno.</translation>
    </message>
    <message>
        <source>There is no current question to export.</source>
        <translation>Det finst ikkje noko gjeldande spørsmål å eksportere.</translation>
    </message>
    <message>
        <source>Export as picture</source>
        <translation>Eksporter som bilete</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-bilete (*.png);;SVG-teikning (*.svg)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Kunne ikkje skrive {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Lagra {path}</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <source>Type the idea first; an empty note is not added.</source>
        <translation type="unfinished">Skriv ideen først; ein tom lapp blir ikkje lagd til.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished">Legg til lapp</translation>
    </message>
    <message>
        <source>No single participant matches {word}.</source>
        <translation type="unfinished">Ingen enkelt deltakar passar med {word}.</translation>
    </message>
    <message>
        <source>{word} is not a category: use #c, #m, #q or #o.</source>
        <translation type="unfinished">{word} er ikkje ein kategori: bruk #u, #t, #s eller #a (eller #c, #m, #q, #o).</translation>
    </message>
    <message>
        <source>{word} is not an actor: use !council, !admin, !county, !state, !business, !citizens or !unknown.</source>
        <translation type="unfinished">{word} er ikkje ein aktør: bruk !kommunestyret, !adm, !fylke, !stat, !næringsliv, !innbyggjarar eller !ukjend.</translation>
    </message>
    <message>
        <source>The clipboard holds no text; only text can become notes.</source>
        <translation type="unfinished">Utklippstavla inneheld ingen tekst; berre tekst kan bli lappar.</translation>
    </message>
    <message>
        <source>The clipboard holds {n} lines; at most {max} can be pasted at once. Use &apos;facilitator-app ideas import&apos; for long lists.</source>
        <translation type="unfinished">Utklippstavla har {n} linjer; høgst {max} kan limast inn om gongen. Bruk «facilitator-app ideas import» for lange lister.</translation>
    </message>
    <message>
        <source>{n} of the lines are longer than {max} characters; nothing was added.</source>
        <translation type="unfinished">{n} av linjene er lengre enn {max} teikn; ingenting vart lagt til.</translation>
    </message>
    <message>
        <source>Paste {n} notes</source>
        <translation type="unfinished">Lim inn {n} lappar</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished">Rediger lapp</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation type="unfinished">Flytt lappar</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation type="unfinished">Endre storleiken på lappen</translation>
    </message>
    <message>
        <source>Delete {n} note(s)</source>
        <translation type="unfinished">Slett {n} lapp(ar)</translation>
    </message>
    <message>
        <source>Change notes</source>
        <translation type="unfinished">Endre lappar</translation>
    </message>
    <message>
        <source>Select one or more notes first.</source>
        <translation type="unfinished">Vel éin eller fleire lappar først.</translation>
    </message>
    <message>
        <source>Change author</source>
        <translation type="unfinished">Endre forfattar</translation>
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation type="unfinished">Dupliser lappar</translation>
    </message>
    <message>
        <source>The agenda has no question to move notes to.</source>
        <translation type="unfinished">Agendaen har ikkje noko spørsmål å flytte lappar til.</translation>
    </message>
    <message>
        <source>Move to question</source>
        <translation type="unfinished">Flytt til spørsmål</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation type="unfinished">Samle lappar</translation>
    </message>
    <message>
        <source>Select one cluster (or notes of one cluster) first.</source>
        <translation type="unfinished">Vel først éi klynge (eller lappar i éi klynge).</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation type="unfinished">Gje klynga nytt namn</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation type="unfinished">Løys opp klynga</translation>
    </message>
    <message>
        <source>Arrange notes</source>
        <translation type="unfinished">Ordne lappar</translation>
    </message>
    <message>
        <source>There has been no vote on this board yet.</source>
        <translation type="unfinished">Det har ikkje vore noka røysting på denne tavla enno.</translation>
    </message>
    <message>
        <source>Sort by votes</source>
        <translation type="unfinished">Sorter etter røyster</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation type="unfinished">Start røysting</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation type="unfinished">Inga røysting er i gang.</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation type="unfinished">Avslutt røystinga</translation>
    </message>
    <message>
        <source>The vote is closed and recorded.</source>
        <translation type="unfinished">Røystinga er avslutta og lagra.</translation>
    </message>
    <message>
        <source>No vote is open. Open one from the Board menu.</source>
        <translation type="unfinished">Inga røysting er i gang. Start ei frå Tavle-menyen.</translation>
    </message>
    <message>
        <source>Select the note to vote on first.</source>
        <translation type="unfinished">Vel først lappen det skal røystast på.</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation type="unfinished">Gje ein prikk</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation type="unfinished">Ta tilbake ein prikk</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Notes whose question is no longer on the agenda</source>
        <translation>Lappar der spørsmålet ikkje lenger står på agendaen</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Whiteboard</source>
        <translation>Tavle</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>Type an idea, press Enter  ·  @name author  #c #m #q #o category  !actor</source>
        <translation>Skriv ein idé, trykk Enter  ·  @namn forfattar  #u #t #s #a kategori  !aktør</translation>
    </message>
    <message>
        <source>Capture an idea</source>
        <translation>Skriv inn ein idé</translation>
    </message>
    <message>
        <source>Author of the next note</source>
        <translation>Forfattar av neste lapp</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Category of the next note</source>
        <translation>Kategori for neste lapp</translation>
    </message>
    <message>
        <source>Who must act, for the next note</source>
        <translation>Kven må handle, for neste lapp</translation>
    </message>
    <message>
        <source>Filter notes…</source>
        <translation>Filtrer lappar …</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filtrer lappar</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Kven røystar</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show notes as a list</source>
        <translation>Vis lappane som liste</translation>
    </message>
    <message>
        <source>Show the current question&apos;s notes as a list</source>
        <translation>Vis lappane til det gjeldande spørsmålet som liste</translation>
    </message>
    <message>
        <source>Anonymous dots</source>
        <translation>Anonyme prikkar</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Avslutt røystinga</translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation>Røystar:</translation>
    </message>
    <message>
        <source>The clipboard text has {n} characters; a note holds at most {max}.</source>
        <translation>Teksten på utklippstavla har {n} teikn; ein lapp kan ha høgst {max}.</translation>
    </message>
    <message>
        <source>the whole board</source>
        <translation>heile tavla</translation>
    </message>
    <message>
        <source>a removed question</source>
        <translation>eit fjerna spørsmål</translation>
    </message>
    <message>
        <source>{used} of {dots} dots used</source>
        <translation>{used} av {dots} prikkar brukte</translation>
    </message>
    <message>
        <source>{used} anonymous dots</source>
        <translation>{used} anonyme prikkar</translation>
    </message>
    <message>
        <source>Vote open on {scope}: {dots} dots each · {total} of {cap} placed · {mine}</source>
        <translation>Røysting over {scope}: {dots} prikkar kvar · {total} av {cap} sette · {mine}</translation>
    </message>
    <message>
        <source>{n} match(es)</source>
        <translation>{n} treff</translation>
    </message>
</context>
<context>
    <name>CaptureKeys</name>
    <message>
        <source>The clipboard holds no text; only text can become notes.</source>
        <translation type="unfinished">Utklippstavla inneheld ingen tekst; berre tekst kan bli lappar.</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Conflicts between laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group (facilitator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Spørsmål</translation>
    </message>
    <message>
        <source>Kept (the later change won)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost (kept in this list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Kva</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; from %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextChooser</name>
    <message>
        <source>Choose session and group</source>
        <translation>Vel sesjon og gruppe</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Idéverkstad</translation>
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
        <translation>&amp;Importer ei planfil …</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Idéverkstad:</translation>
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
        <translation>Ingen verkstadplan enno. Importer planfila du har fått frå arrangøren.</translation>
    </message>
    <message>
        <source>Which session and group are you leading?</source>
        <translation>Kva for sesjon og gruppe leier du?</translation>
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
        <translation>Importer verkstadplan</translation>
    </message>
    <message>
        <source>Workshop plan (*.json)</source>
        <translation>Verkstadplan (*.json)</translation>
    </message>
    <message>
        <source>The plan could not be imported</source>
        <translation>Planen kunne ikkje importerast</translation>
    </message>
</context>
<context>
    <name>ExpertInbox</name>
    <message>
        <source>Only &amp;unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only unanswered questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for the experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Gruppe</translation>
    </message>
    <message>
        <source>Agenda question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send answer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer stored; the group sees it after its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) waiting for an answer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a question to answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending again corrects the answer; earlier words are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the answer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>End session and export</source>
        <translation>Avslutt sesjonen og eksporter</translation>
    </message>
    <message>
        <source>Summary file (JSON) – for the organisers</source>
        <translation>Samandragsfil (JSON) – til arrangøren</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Nettside (HTML)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>Ideas as CSV</source>
        <translation>Ideane som CSV</translation>
    </message>
    <message>
        <source>Ideas as Excel (XLSX)</source>
        <translation>Ideane som Excel (XLSX)</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vel …</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Public version: leave out names, authors and facilitator notes</source>
        <translation>Offentleg versjon: utelat namn, forfattarar og notata til fasilitatoren</translation>
    </message>
    <message>
        <source>The organisers cannot load a public summary file into their store: send them a summary file exported without this tick.</source>
        <translation>Arrangørane kan ikkje laste eit offentleg samandrag inn i lageret sitt: send dei ei samandragsfil som er eksportert utan dette krysset.</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Opne mappa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you export&lt;/b&gt;</source>
        <translation>&lt;b&gt;Før du eksporterer&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n challenge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for the experts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other idea(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{ideas}, {clusters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced to the central store; the files hold every one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot votes, one of them still open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot votes, {open} of them still open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} files written to {folder}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running on the agenda: {items}.</source>
        <translation>Framleis i gang på agendaen: {items}.</translation>
    </message>
    <message>
        <source>No central store is set, so sync does not reach the organisers: give them the summary file.</source>
        <translation>Det er ikkje valt noko sentrallager, så synkroniseringa når ikkje fram til arrangørane: gje dei samandragsfila.</translation>
    </message>
    <message>
        <source>Everything is synced to the central store.</source>
        <translation>Alt er synkronisert til sentrallageret.</translation>
    </message>
    <message>
        <source>No dot votes.</source>
        <translation>Ingen prikkrøystingar.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot vote(s), all closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 dot vote, still open.</source>
        <translation>1 prikkrøysting, framleis open.</translation>
    </message>
    <message>
        <source>Folder for the exported files</source>
        <translation>Mappe for dei eksporterte filene</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>Eksporter på nytt</translation>
    </message>
    <message>
        <source>The export stopped: {reason}</source>
        <translation>Eksporten stoppa: {reason}</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished">Gruppe</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops (last sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas (per question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Konfliktar</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min ago)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no sync yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on time (%n min to spare)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupWindow</name>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished">Zoom &amp;inn</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished">Zoom &amp;ut</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the board again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board of %1, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda: planned and actual times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished">Agendapunkt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes (plan/actual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE: %1 Shown as read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 notes, read at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished">står att</translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">ferdig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished">hoppa over</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>&amp;Switch session or group…</source>
        <translation type="unfinished">&amp;Byt sesjon eller gruppe …</translation>
    </message>
    <message>
        <source>&amp;End session and export…</source>
        <translation type="unfinished">&amp;Avslutt sesjonen og eksporter …</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">Synkroniser no</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">&amp;Snøggtastar</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation type="unfinished">&amp;Neste punkt</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation type="unfinished">&amp;Førre punkt</translation>
    </message>
    <message>
        <source>&amp;Start / pause timer</source>
        <translation type="unfinished">&amp;Start / pause tidtakaren</translation>
    </message>
    <message>
        <source>&amp;One minute more</source>
        <translation type="unfinished">&amp;Eitt minutt meir</translation>
    </message>
    <message>
        <source>One minute &amp;less</source>
        <translation type="unfinished">Eitt minutt m&amp;indre</translation>
    </message>
    <message>
        <source>&amp;Reset timer</source>
        <translation type="unfinished">&amp;Nullstill tidtakaren</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <translation type="unfinished">&amp;Presentasjonsvising</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">Merk som &amp;ferdig</translation>
    </message>
    <message>
        <source>S&amp;kip item</source>
        <translation type="unfinished">&amp;Hopp over punkt</translation>
    </message>
    <message>
        <source>R&amp;eopen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item &amp;up</source>
        <translation type="unfinished">Flytt punktet &amp;opp</translation>
    </message>
    <message>
        <source>Move item do&amp;wn</source>
        <translation type="unfinished">Flytt punktet &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished">&amp;Legg til punkt …</translation>
    </message>
    <message>
        <source>Edit &amp;timebox…</source>
        <translation type="unfinished">Endre &amp;tidsramme …</translation>
    </message>
    <message>
        <source>Ed&amp;it note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished">Fullskjerm</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished">Avslutt fullskjerm</translation>
    </message>
    <message>
        <source>Add the typed note</source>
        <translation type="unfinished">Legg til lappen du har skrive</translation>
    </message>
    <message>
        <source>Move selected notes (Shift: one pixel)</source>
        <translation type="unfinished">Flytt dei valde lappane (Shift: éin piksel)</translation>
    </message>
    <message>
        <source>Delete selected notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste several lines as notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select next note</source>
        <translation type="unfinished">Vel neste lapp</translation>
    </message>
    <message>
        <source>Select previous note</source>
        <translation type="unfinished">Vel førre lapp</translation>
    </message>
    <message>
        <source>Add the next note to the selection</source>
        <translation type="unfinished">Legg neste lapp til utvalet</translation>
    </message>
    <message>
        <source>&amp;Edit note text</source>
        <translation type="unfinished">&amp;Rediger teksten på lappen</translation>
    </message>
    <message>
        <source>&amp;Duplicate notes</source>
        <translation type="unfinished">&amp;Dupliser lappar</translation>
    </message>
    <message>
        <source>De&amp;lete notes</source>
        <translation type="unfinished">S&amp;lett lappar</translation>
    </message>
    <message>
        <source>&amp;Move selected notes to the current question</source>
        <translation type="unfinished">&amp;Flytt dei valde lappane til det gjeldande spørsmålet</translation>
    </message>
    <message>
        <source>Category (challenge, idea, question, other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must act (in the order of the Board menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour (yellow, pink, green, blue, orange, purple)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group into cluster…</source>
        <translation type="unfinished">&amp;Samle i klynge …</translation>
    </message>
    <message>
        <source>&amp;Ungroup cluster</source>
        <translation type="unfinished">&amp;Løys opp klynga</translation>
    </message>
    <message>
        <source>&amp;Rename cluster…</source>
        <translation type="unfinished">Gje klynga nytt &amp;namn …</translation>
    </message>
    <message>
        <source>&amp;Arrange current question by cluster</source>
        <translation type="unfinished">&amp;Ordne det gjeldande spørsmålet etter klynge</translation>
    </message>
    <message>
        <source>&amp;Sort current question by votes</source>
        <translation type="unfinished">S&amp;orter det gjeldande spørsmålet etter røyster</translation>
    </message>
    <message>
        <source>&amp;Paste lines as notes…</source>
        <translation type="unfinished">&amp;Lim inn linjer som lappar …</translation>
    </message>
    <message>
        <source>Open &amp;vote on current question…</source>
        <translation type="unfinished">Start &amp;røysting over det gjeldande spørsmålet …</translation>
    </message>
    <message>
        <source>Open vote on &amp;whole board…</source>
        <translation type="unfinished">Start røysting over &amp;heile tavla …</translation>
    </message>
    <message>
        <source>&amp;Close vote</source>
        <translation type="unfinished">&amp;Avslutt røystinga</translation>
    </message>
    <message>
        <source>Add a &amp;dot to selected notes</source>
        <translation type="unfinished">Gje dei valde lappane ein &amp;prikk</translation>
    </message>
    <message>
        <source>&amp;Take back a dot from selected notes</source>
        <translation type="unfinished">&amp;Ta tilbake ein prikk frå dei valde lappane</translation>
    </message>
    <message>
        <source>&amp;Next voter</source>
        <translation type="unfinished">&amp;Neste som røystar</translation>
    </message>
    <message>
        <source>Pre&amp;vious voter</source>
        <translation type="unfinished">Fø&amp;rre som røystar</translation>
    </message>
    <message>
        <source>E&amp;xport board as picture…</source>
        <translation type="unfinished">E&amp;ksporter tavla som bilete …</translation>
    </message>
    <message>
        <source>Export current &amp;question as picture…</source>
        <translation type="unfinished">Eksporter det gjeldande &amp;spørsmålet som bilete …</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished">Zoom &amp;inn</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished">Zoom &amp;ut</translation>
    </message>
    <message>
        <source>Zoom &amp;100 %</source>
        <translation type="unfinished">Zoom &amp;100 %</translation>
    </message>
    <message>
        <source>&amp;Fit whole board</source>
        <translation type="unfinished">&amp;Vis heile tavla</translation>
    </message>
    <message>
        <source>Fit &amp;current question</source>
        <translation type="unfinished">Vis det &amp;gjeldande spørsmålet</translation>
    </message>
    <message>
        <source>&amp;Filter notes</source>
        <translation type="unfinished">&amp;Filtrer lappar</translation>
    </message>
    <message>
        <source>Show notes as a &amp;list (or the board)</source>
        <translation>Vis lappane som &amp;liste (eller tavla)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">Overalt</translation>
    </message>
    <message>
        <source>In the agenda list</source>
        <translation type="unfinished">I agendalista</translation>
    </message>
    <message>
        <source>In the empty capture field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the presenter view</source>
        <translation type="unfinished">I presentasjonsvisinga</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{group} · {session} – Facilitator</source>
        <translation>{group} · {session} – Fasilitator</translation>
    </message>
    <message>
        <source>{workshop} · {group} ({facilitator}) · everything is saved as you work</source>
        <translation>{workshop} · {group} ({facilitator}) · alt blir lagra medan du arbeider</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Organisers&apos; desk…</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
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
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is ended. Edit ▸ Undo reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note</source>
        <translation>Rediger lapp</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Notes of the current question</source>
        <translation>Lappane til det gjeldande spørsmålet</translation>
    </message>
    <message>
        <source>F2 or Enter edits the text, Delete deletes, Ctrl+1 to Ctrl+4 set the category, Alt+1 to Alt+7 who must act; the menu key shows all choices</source>
        <translation>F2 eller Enter endrar teksten, Delete slettar, Ctrl+1 til Ctrl+4 vel kategori, Alt+1 til Alt+7 kven som må handle; menytasten viser alle vala</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Kven må handle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfattar</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Røyster</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Unknown participant</source>
        <translation>Ukjend deltakar</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n røyst</numerusform>
            <numerusform>%n røyster</numerusform>
        </translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation>Inga klynge</translation>
    </message>
    <message>
        <source>The current question has no notes yet.</source>
        <translation>Det gjeldande spørsmålet har ingen lappar enno.</translation>
    </message>
</context>
<context>
    <name>OrganiserWindow</name>
    <message>
        <source>Organisers&apos; desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store (folder, .sqlite3 file or postgresql+psycopg://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished">&amp;Sesjon:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished">Sesjon</translation>
    </message>
    <message>
        <source>&amp;Refresh now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected group&apos;s board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per session and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions for the experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Lukk</translation>
    </message>
    <message>
        <source>Reading the central store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE: shown as read at %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fresh read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read at %2; refreshes every 15 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants and attendance</source>
        <translation>Deltakarar og oppmøte</translation>
    </message>
    <message>
        <source>Tick when {name} is present in this session.</source>
        <translation>Kryss av når {name} er til stades i denne sesjonen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt; – {present} of {total} present</source>
        <translation>&lt;b&gt;Deltakarar&lt;/b&gt; – {present} av {total} til stades</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter – {group}</source>
        <translation>Presentasjon – {group}</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Presentasjonsvising</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid igjen</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Takk!</translation>
    </message>
    <message>
        <source>Back at {time}</source>
        <translation>Tilbake kl. {time}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tida er ute</translation>
    </message>
</context>
<context>
    <name>PurgeAction</name>
    <message>
        <source>&amp;Remove this workshop from the laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisers&apos; store holds everything this laptop recorded for “{workshop}”.

Remove the workshop from this laptop now? Names, ideas, votes and attendance are deleted here and cannot be brought back; the organisers keep their copy. The window closes afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{workshop}” was removed from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Sjå &amp;i:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Opne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Vel</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gje nytt namn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;gøymde filer</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Mappa over</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevising</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvising</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå fram</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå til mappa over</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Lag ei ny mappe</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Vis som liste</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Vis med detaljar</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Stader og bokmerke</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finst allereie.
Vil du byte den ut?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Endra</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Skriv inn ein verdi:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opne</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Workshop results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central s&amp;tore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id (empty: all sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic version (no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public version without names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions needed for a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum sessions for a certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the participation certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Lukk</translation>
    </message>
    <message>
        <source>Folder for the report files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the central store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview ready. Nothing was written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written: {count}, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates written: {count}, with their register, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Snøggtastar</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tastar</translation>
    </message>
    <message>
        <source>Undo ({undo}) and redo ({redo}) work for agenda changes too. Tab moves between all controls.</source>
        <translation>Angre ({undo}) og gjer om ({redo}) verkar også for endringar i agendaen. Tab flyttar mellom alle kontrollane.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Synkroniseringa mislukkast: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>No central store is set: changes go to a store inside this data folder, which the organisers do not see. Choose their central store under Settings…, or give them the summary file.</source>
        <translation>Det er ikkje valt noko sentrallager: endringane går til eit lager i denne datamappa, som arrangørane ikkje ser. Vel sentrallageret deira under Innstillingar …, eller gje dei samandragsfila.</translation>
    </message>
    <message>
        <source>this laptop only (the organisers do not see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisers&apos; store in the folder {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisers&apos; server {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkroniser no</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Innstillingar …</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrive</translation>
    </message>
    <message>
        <source>Version that was replaced</source>
        <translation>Versjonen som vart bytt ut</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delivers to:&lt;/b&gt; {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store: {where}</source>
        <translation type="unfinished">Sentrallager: {where}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>Last sync failed: {reason}</source>
        <translation>Siste synkronisering mislukkast: {reason}</translation>
    </message>
    <message>
        <source>Last sync at {time}: sent {sent}, received {received}.</source>
        <translation>Siste synkronisering kl. {time}: sende {sent}, fekk {received}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n endring ventar på å bli send.</numerusform>
            <numerusform>%n endringar ventar på å bli sende.</numerusform>
        </translation>
    </message>
    <message>
        <source>This data folder was copied from another laptop. It now has an identity of its own, so the organisers&apos; store tells the two laptops apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: {n}. When the same thing was changed on two laptops the later change wins; the other version is kept here and sent to the organisers.</source>
        <translation>Konfliktar: {n}. Når det same vart endra på to maskiner, vinn den seinaste endringa; den andre versjonen blir teken vare på her og send til arrangørane.</translation>
    </message>
    <message numerus="yes">
        <source>Sent again: %n row(s) the store lacked (it was restored, replaced or missed them).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: the organisers&apos; store holds all %n note(s) of group {name}, and everything else the group made here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not delivered: the store lacks %n row(s) of group {name} even after sending them again. Tell the organisers; your work is safe on this laptop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltakar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synkroniser &amp;no</translation>
    </message>
    <message>
        <source>S&amp;ync status and conflicts…</source>
        <translation>S&amp;ynkroniseringsstatus og konfliktar …</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Innstillingar for synkronisering</translation>
    </message>
    <message>
        <source>Central store address</source>
        <translation>Adressa til sentrallageret</translation>
    </message>
    <message>
        <source>a folder, or postgresql+psycopg://role@host/database</source>
        <translation>ei mappe, eller postgresql+psycopg://rolle@vert/database</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Mappe …</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendra</translation>
    </message>
    <message>
        <source>Central store:</source>
        <translation>Sentrallager:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passord:</translation>
    </message>
    <message>
        <source>A folder (for example on a shared drive) holds a central.sqlite3 file.</source>
        <translation>Ei mappe (til dømes på ein delt disk) med ei central.sqlite3-fil.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring.</source>
        <translation>Passordet blir lagra i nøkkelringen til systemet.</translation>
    </message>
    <message>
        <source>No system keyring is available ({problem}): the password is kept in memory only until the app closes.</source>
        <translation>Ingen nøkkelring er tilgjengeleg ({problem}): passordet blir berre halde i minnet til appen blir lukka.</translation>
    </message>
    <message>
        <source>Central store folder</source>
        <translation>Mappe for sentrallageret</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message>
        <source>Sync: syncing…</source>
        <translation>Synk: synkroniserer …</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation>Synk: fråkopla</translation>
    </message>
    <message>
        <source>Sync: error</source>
        <translation>Synk: feil</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n change(s) waiting</source>
        <translation>
            <numerusform>Synk: %n endring ventar</numerusform>
            <numerusform>Synk: %n endringar ventar</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: this laptop only</source>
        <translation>Synk: berre denne maskinen</translation>
    </message>
    <message>
        <source>Sync: password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: error (store version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: the organisers&apos; store is missing work</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: delivered to the organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} waiting)</source>
        <translation>({n} ventar)</translation>
    </message>
    <message>
        <source>Delivers to: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store: {where}</source>
        <translation>Sentrallager: {where}</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Timer</source>
        <translation>Tidtakar</translation>
    </message>
    <message>
        <source>Time left of the current item</source>
        <translation>Tid igjen av det gjeldande punktet</translation>
    </message>
    <message>
        <source>Share of the timebox used</source>
        <translation>Kor mykje av tidsramma som er brukt</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Eitt minutt mindre</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Eitt minutt meir</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nullstill</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Nullstill tidtakaren</translation>
    </message>
    <message>
        <source>Session clock</source>
        <translation>Sesjonsklokke</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Planlagd tid</translation>
    </message>
    <message>
        <source>Time is up for “{title}”.</source>
        <translation>Tida er ute for «{title}».</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left of “{title}”.</source>
        <translation>
            <numerusform>%n minutt igjen av «{title}».</numerusform>
            <numerusform>%n minutt igjen av «{title}».</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hald fram</translation>
    </message>
    <message>
        <source>The agenda is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back at {time}</source>
        <translation>Tilbake kl. {time}</translation>
    </message>
    <message>
        <source>Time is up!</source>
        <translation>Tida er ute!</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set back; the timer holds until the clock catches up.</source>
        <translation>Klokka på datamaskinen vart stilt tilbake; tidtakaren står still til klokka har teke att tida.</translation>
    </message>
    <message>
        <source>No current item</source>
        <translation>Ikkje noko gjeldande punkt</translation>
    </message>
    <message>
        <source>Over time by {time}</source>
        <translation>{time} over tida</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} igjen</translation>
    </message>
    <message>
        <source>Planned for {day} · not started</source>
        <translation>Planlagt {day} · ikkje starta</translation>
    </message>
    <message>
        <source>Planned for {day} · timed from your start at {time}</source>
        <translation>Planlagt {day} · tida blir rekna frå då de starta kl. {time}</translation>
    </message>
    <message>
        <source>Session: {left} left (ends {end})</source>
        <translation>Sesjon: {left} igjen (sluttar {end})</translation>
    </message>
    <message>
        <source>Session: {over} past the end ({end})</source>
        <translation>Sesjon: {over} over slutt ({end})</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I rute</translation>
    </message>
    <message>
        <source>On time ({n} min to spare)</source>
        <translation>I rute ({n} min å gå på)</translation>
    </message>
    <message>
        <source>{n} min behind plan</source>
        <translation>{n} min etter planen</translation>
    </message>
</context>
<context>
    <name>TopIdeasPanel</name>
    <message>
        <source>Most votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most-voted ideas per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rank}. {text} ({votes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation type="unfinished">
            <numerusform>%n røyst</numerusform>
            <numerusform>%n røyster</numerusform>
        </translation>
    </message>
    <message>
        <source>No votes yet: the ranking shows after a dot vote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>That agenda item no longer exists.</source>
        <translation>Det agendapunktet finst ikkje lenger.</translation>
    </message>
    <message>
        <source>The agenda is finished: there is no next item.</source>
        <translation>Agendaen er ferdig: det finst ikkje noko neste punkt.</translation>
    </message>
    <message>
        <source>This is the first item: there is no previous one.</source>
        <translation>Dette er det første punktet: det finst ikkje noko førre punkt.</translation>
    </message>
    <message>
        <source>Use next or previous to make an item current.</source>
        <translation>Bruk neste eller førre for å gjere eit punkt gjeldande.</translation>
    </message>
    <message>
        <source>An item can only move to places 1 to {count}.</source>
        <translation>Eit punkt kan berre flyttast til plass 1 til {count}.</translation>
    </message>
    <message>
        <source>A timebox must be a whole number of minutes from 1 to {max}.</source>
        <translation>Ei tidsramme må vere eit heilt tal minutt frå 1 til {max}.</translation>
    </message>
    <message>
        <source>A note can have at most {max} characters.</source>
        <translation>Eit notat kan ha høgst {max} teikn.</translation>
    </message>
    <message>
        <source>An item needs a title of 1 to {max} characters.</source>
        <translation>Eit punkt treng ein tittel på 1 til {max} teikn.</translation>
    </message>
    <message>
        <source>A note needs some text; nothing was added.</source>
        <translation>Ein lapp må ha tekst; ingenting vart lagt til.</translation>
    </message>
    <message>
        <source>That note has {count} characters; a note holds at most {max}. Split it into several notes.</source>
        <translation>Lappen har {count} teikn; ein lapp kan ha høgst {max}. Del han opp i fleire lappar.</translation>
    </message>
    <message>
        <source>Unknown category “{value}”.</source>
        <translation>Ukjend kategori «{value}».</translation>
    </message>
    <message>
        <source>Unknown actor “{value}”.</source>
        <translation>Ukjend aktør «{value}».</translation>
    </message>
    <message>
        <source>Colour “{value}” is not of the form #rrggbb.</source>
        <translation>Fargen «{value}» er ikkje på forma #rrggbb.</translation>
    </message>
    <message>
        <source>That question is not on this group&apos;s agenda; nothing was added.</source>
        <translation>Det spørsmålet står ikkje på agendaen til gruppa; ingenting vart lagt til.</translation>
    </message>
    <message>
        <source>That author is not a participant of this group; nothing was added.</source>
        <translation>Den forfattaren er ikkje deltakar i denne gruppa; ingenting vart lagt til.</translation>
    </message>
    <message>
        <source>There is nothing to add.</source>
        <translation>Det er ingenting å leggje til.</translation>
    </message>
    <message>
        <source>That is {count} notes; at most {max} can be added at once. Use &apos;facilitator-app ideas import&apos; for long lists.</source>
        <translation>Det er {count} lappar; høgst {max} kan leggjast til om gongen. Bruk «facilitator-app ideas import» for lange lister.</translation>
    </message>
    <message>
        <source>Select one or more notes first.</source>
        <translation>Vel éin eller fleire lappar først.</translation>
    </message>
    <message>
        <source>A selected note no longer exists; nothing was changed.</source>
        <translation>Ein vald lapp finst ikkje lenger; ingenting vart endra.</translation>
    </message>
    <message>
        <source>A selected note has been deleted; nothing was changed.</source>
        <translation>Ein vald lapp er sletta; ingenting vart endra.</translation>
    </message>
    <message>
        <source>A cluster needs a name.</source>
        <translation>Ei klynge må ha eit namn.</translation>
    </message>
    <message>
        <source>Notes of different questions cannot share a cluster.</source>
        <translation>Lappar frå ulike spørsmål kan ikkje vere i same klynge.</translation>
    </message>
    <message>
        <source>That cluster no longer exists.</source>
        <translation>Den klynga finst ikkje lenger.</translation>
    </message>
    <message>
        <source>A cluster to restore is missing from the store.</source>
        <translation>Ei klynge som skulle takast attende, manglar i databasen.</translation>
    </message>
    <message>
        <source>The agenda is finished: there is no item to time.</source>
        <translation>Agendaen er ferdig: det finst ikkje noko punkt å ta tida på.</translation>
    </message>
    <message>
        <source>Adjust the timer by whole minutes between 1 and {max}.</source>
        <translation>Juster tidtakaren med heile minutt mellom 1 og {max}.</translation>
    </message>
    <message>
        <source>Dots per participant must be between 1 and {max}.</source>
        <translation>Prikkar per deltakar må vere mellom 1 og {max}.</translation>
    </message>
    <message>
        <source>A vote is already open on this board; close it first.</source>
        <translation>Ei røysting er allereie i gang på denne tavla; avslutt ho først.</translation>
    </message>
    <message>
        <source>Another vote is open on this board; close it first.</source>
        <translation>Ei anna røysting er i gang på denne tavla; avslutt ho først.</translation>
    </message>
    <message>
        <source>That vote does not exist.</source>
        <translation>Den røystinga finst ikkje.</translation>
    </message>
    <message>
        <source>All {capacity} dots of this vote are used ({dots} per participant). Take one back first.</source>
        <translation>Alle dei {capacity} prikkane i denne røystinga er brukte ({dots} per deltakar). Ta tilbake ein først.</translation>
    </message>
    <message>
        <source>This participant has used all {dots} dots. Take one back first.</source>
        <translation>Denne deltakaren har brukt alle dei {dots} prikkane. Ta tilbake ein først.</translation>
    </message>
    <message>
        <source>Place at least one dot.</source>
        <translation>Set minst éin prikk.</translation>
    </message>
    <message>
        <source>This vote is closed.</source>
        <translation>Denne røystinga er avslutta.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Den lappen finst ikkje lenger.</translation>
    </message>
    <message>
        <source>That note is not part of this vote.</source>
        <translation>Den lappen er ikkje med i denne røystinga.</translation>
    </message>
    <message>
        <source>That participant is not in this group.</source>
        <translation>Den deltakaren er ikkje i denne gruppa.</translation>
    </message>
    <message>
        <source>There is no such dot on this note to take back.</source>
        <translation>Det finst ingen slik prikk på denne lappen å ta tilbake.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only. Choose a folder you can write to with --data-dir.</source>
        <translation>Datamappa {folder} er skriveverna. Vel ei mappe du kan skrive til, med --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {reason}.</source>
        <translation>Datamappa {folder} kan ikkje brukast: {reason}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Nothing was changed; free some space and try again.</source>
        <translation>Disken med {folder} er full. Ingenting vart endra; frigjer plass og prøv på nytt.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only. Nothing was changed.</source>
        <translation>Datamappa {folder} er skriveverna. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The database in {folder} is busy (locked by another program). Try again.</source>
        <translation>Databasen i {folder} er oppteken (låst av eit anna program). Prøv på nytt.</translation>
    </message>
    <message>
        <source>The database in {folder} could not be used: {reason}</source>
        <translation>Databasen i {folder} kunne ikkje brukast: {reason}</translation>
    </message>
    <message>
        <source>Another copy of the facilitator app is already using the data folder {folder}. Close it first (or choose another folder with --data-dir).</source>
        <translation>Ein annan kopi av fasilitatorappen bruker allereie datamappa {folder}. Lukk han først (eller vel ei anna mappe med --data-dir).</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who answers (a name of at most {max} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no question {id} (it may be deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note {id} is not a question for the experts; only those are answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workshop &apos;{key}&apos; on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: changes waiting for the organisers&apos; store: {n}. They have not reached it yet. Sync first; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: a change has not reached the organisers&apos; store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note “{start}…” has {count} characters; a summary file holds notes of at most {max}. Shorten or split it, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in {folder} was not made by this app (its tables hold rows but it has no schema version). Choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role &apos;{role}&apos; is a facilitator&apos;s role: the organisers&apos; desk needs the organisers&apos; role, which may read every group. Nothing was shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store holds no published plan yet. Publish it with &apos;facilitator-app central publish PLAN.json --central URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session &apos;{key}&apos; in the central store (it has: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published plan has no sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop name has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no question {id} in the central store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a question id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: this laptop could not take what the central store sent ({reason}). Nothing was lost; the changes wait here and go with the next sync. If this happens again, tell the organisers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TextDelegate</name>
    <message>
        <source>Note text</source>
        <translation>Teksten på lappen</translation>
    </message>
    <message>
        <source>Enter saves, Esc cancels; #c #m #q #o, !actor and @name work as in capture</source>
        <translation>Enter lagrar, Esc avbryt; #u #t #s #a, !aktør og @namn verkar som når du skriv inn</translation>
    </message>
</context>
</TS>
