<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopier detaljer</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Åpne datamappen</translation>
    </message>
    <message>
        <source>About the facilitator app</source>
        <translation>Om fasilitatorappen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy details for a problem report</source>
        <translation>Kopier detaljer til en problemmelding</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>Everything you do is saved in this data folder. Uninstalling the app leaves it in place; copy it to keep a backup:
{folder}</source>
        <translation>Alt du gjør, lagres i denne datamappen. Den blir liggende om du avinstallerer appen; kopier den for å ta sikkerhetskopi:
{folder}</translation>
    </message>
    <message>
        <source>Facilitator app, version {version}</source>
        <translation>Fasilitatorappen, versjon {version}</translation>
    </message>
    <message>
        <source>How to report a problem</source>
        <translation>Slik melder du fra om et problem</translation>
    </message>
    <message>
        <source>Offline-first tool for the facilitators of idea workshops.</source>
        <translation>Verktøy for fasilitatorer i idéverksteder, som virker uten nett.</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Åpne datamappen</translation>
    </message>
    <message>
        <source>To report a problem, click Copy details and send them to the organisers of your workshop, together with what you did and what you saw.</source>
        <translation>For å melde fra om et problem: klikk Kopier detaljer og send dem til arrangørene av verkstedet, sammen med hva du gjorde og hva du så.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>What the app is</source>
        <translation>Hva appen er</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutter:</translation>
    </message>
    <message>
        <source>&amp;Sub-questions:</source>
        <translation>&amp;Underspørsmål:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Legg til et punkt på agendaen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sub-questions, one per line</source>
        <translation>Underspørsmål, ett per linje</translation>
    </message>
    <message>
        <source>Timebox in minutes</source>
        <translation>Tidsramme i minutter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
</context>
<context>
    <name>AgendaController</name>
    <message>
        <source>Add item</source>
        <translation>Legg til punkt</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Endre notat</translation>
    </message>
    <message>
        <source>Edit timebox</source>
        <translation>Endre tidsramme</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Merk som ferdig</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Neste punkt</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Forrige punkt</translation>
    </message>
    <message>
        <source>Reopen item</source>
        <translation>Åpne punkt igjen</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Endre rekkefølge på agendaen</translation>
    </message>
    <message>
        <source>Skip item</source>
        <translation>Hopp over punkt</translation>
    </message>
</context>
<context>
    <name>AgendaMessages</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>QLocale date pattern of the planned session day</comment>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>(took {time})</source>
        <translation>(tok {time})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt; – {planned} of {length} min planned</source>
        <translation>&lt;b&gt;Agenda&lt;/b&gt; – {planned} av {length} min planlagt</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Legg til et punkt</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Legg til …</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Edit the note of the selected item</source>
        <translation>Endre notatet for valgt punkt</translation>
    </message>
    <message>
        <source>Edit the timebox of the selected item</source>
        <translation>Endre tidsrammen for valgt punkt</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Fasilitatornotat</translation>
    </message>
    <message>
        <source>Mark the selected item done</source>
        <translation>Merk valgt punkt som ferdig</translation>
    </message>
    <message>
        <source>Minutes for “{title}” (1 to {max}):</source>
        <translation>Minutter for «{title}» (1 til {max}):</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Neste punkt</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <source>Note on “{title}” (only for you):</source>
        <translation>Notat til «{title}» (bare for deg):</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notat …</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Forrige punkt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <source>Skip the selected item</source>
        <translation>Hopp over valgt punkt</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Innlegg</translation>
    </message>
    <message>
        <source>The agenda is {n} min longer than the session: shorten or skip something.</source>
        <translation>Agendaen er {n} min lengre enn sesjonen: kort ned eller hopp over noe.</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Tidsramme</translation>
    </message>
    <message>
        <source>Timebox…</source>
        <translation>Tidsramme …</translation>
    </message>
    <message>
        <source>Walk and talk</source>
        <translation>Gå-tur</translation>
    </message>
    <message>
        <source>current</source>
        <translation>nå</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>gjenstår</translation>
    </message>
    <message>
        <source>{mark}{start}  {title}  ({minutes} min)</source>
        <translation>{mark}{start}  {title}  ({minutes} min)</translation>
    </message>
    <message>
        <source>{title}, {minutes} minutes, {status}</source>
        <translation>{title}, {minutes} minutter, {status}</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
</context>
<context>
    <name>AgendaTimerActions</name>
    <message>
        <source>&amp;Sound when time is up</source>
        <translation>&amp;Lyd når tiden er ute</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Mus</translation>
    </message>
    <message>
        <source>Reorder by dragging</source>
        <translation>Endre rekkefølge ved å dra</translation>
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
        <source>Administration</source>
        <translation>Administrasjonen</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Næringslivet</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Utfordring</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Innbyggerne</translation>
    </message>
    <message>
        <source>Council (politicians)</source>
        <translation>Kommunestyret (politikerne)</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylkeskommunen</translation>
    </message>
    <message>
        <source>Experts&apos; answer (%1)</source>
        <translation>Ekspertenes svar (%1)</translation>
    </message>
    <message>
        <source>Idea / measure</source>
        <translation>Idé / tiltak</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Question for the experts</source>
        <translation>Spørsmål til ekspertene</translation>
    </message>
    <message>
        <source>State / county governor</source>
        <translation>Staten / statsforvalteren</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
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
        <translation>Grønn</translation>
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
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Forfatter</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tavle</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>Far&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Move to question</source>
        <translation>&amp;Flytt til spørsmål</translation>
    </message>
    <message>
        <source>&amp;Who must act</source>
        <translation>&amp;Hvem må handle</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegori</translation>
    </message>
    <message>
        <source>Cluster name:</source>
        <translation>Navn på klyngen:</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Kunne ikke skrive {path}: {error}</translation>
    </message>
    <message>
        <source>Dots per participant:</source>
        <translation>Prikker per deltaker:</translation>
    </message>
    <message>
        <source>Export as picture</source>
        <translation>Eksporter som bilde</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Grupper lapper</translation>
    </message>
    <message>
        <source>Make {n} notes, one per line, in the current question?</source>
        <translation>Lage {n} lapper, én per linje, i gjeldende spørsmål?</translation>
    </message>
    <message>
        <source>Open a dot vote</source>
        <translation>Start prikkavstemning</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-bilde (*.png);;SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>Paste as notes</source>
        <translation>Lim inn som lapper</translation>
    </message>
    <message>
        <source>Select one or more notes first.</source>
        <translation>Velg én eller flere lapper først.</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Gi klyngen nytt navn</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Lagret {path}</translation>
    </message>
    <message>
        <source>Select the notes to group first.</source>
        <translation>Velg lappene som skal grupperes, først.</translation>
    </message>
    <message>
        <source>The current question has no notes yet.</source>
        <translation>Det gjeldende spørsmålet har ingen lapper ennå.</translation>
    </message>
    <message>
        <source>There is no current question to export.</source>
        <translation>Det finnes ikke noe gjeldende spørsmål å eksportere.</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <source>Add a dot</source>
        <translation>Gi en prikk</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Legg til lapp</translation>
    </message>
    <message>
        <source>Arrange notes</source>
        <translation>Ordne lapper</translation>
    </message>
    <message>
        <source>Change author</source>
        <translation>Endre forfatter</translation>
    </message>
    <message>
        <source>Change notes</source>
        <translation>Endre lapper</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Avslutt avstemning</translation>
    </message>
    <message>
        <source>Delete {n} note(s)</source>
        <translation>Slett {n} lapp(er)</translation>
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation>Dupliser lapper</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Endre lapp</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Grupper lapper</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flytt lapper</translation>
    </message>
    <message>
        <source>Move to question</source>
        <translation>Flytt til spørsmål</translation>
    </message>
    <message>
        <source>No single participant matches {word}.</source>
        <translation>Ingen enkelt deltaker passer med {word}.</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Ingen avstemning pågår.</translation>
    </message>
    <message>
        <source>No vote is open. Open one from the Board menu.</source>
        <translation>Ingen avstemning pågår. Start en fra Tavle-menyen.</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>Start avstemning</translation>
    </message>
    <message>
        <source>Paste {n} notes</source>
        <translation>Lim inn {n} lapper</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Gi klyngen nytt navn</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Endre størrelse på lapp</translation>
    </message>
    <message>
        <source>Select one cluster (or notes of one cluster) first.</source>
        <translation>Velg én klynge (eller lapper i én klynge) først.</translation>
    </message>
    <message>
        <source>Select one or more notes first.</source>
        <translation>Velg én eller flere lapper først.</translation>
    </message>
    <message>
        <source>Select the note to vote on first.</source>
        <translation>Velg lappen det skal stemmes på, først.</translation>
    </message>
    <message>
        <source>Sort by votes</source>
        <translation>Sorter etter stemmer</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Ta tilbake en prikk</translation>
    </message>
    <message>
        <source>The agenda has no question to move notes to.</source>
        <translation>Agendaen har ikke noe spørsmål å flytte lapper til.</translation>
    </message>
    <message>
        <source>The clipboard holds no text; only text can become notes.</source>
        <translation>Utklippstavla inneholder ingen tekst; bare tekst kan bli lapper.</translation>
    </message>
    <message>
        <source>The clipboard holds {n} lines; at most {max} can be pasted at once. Use &apos;facilitator-app ideas import&apos; for long lists.</source>
        <translation>Utklippstavla har {n} linjer; høyst {max} kan limes inn om gangen. Bruk «facilitator-app ideas import» for lange lister.</translation>
    </message>
    <message>
        <source>The vote is closed and recorded.</source>
        <translation>Avstemningen er avsluttet og lagret.</translation>
    </message>
    <message>
        <source>There has been no vote on this board yet.</source>
        <translation>Det har ikke vært noen avstemning på denne tavla ennå.</translation>
    </message>
    <message>
        <source>Type the idea first; an empty note is not added.</source>
        <translation>Skriv ideen først; en tom lapp legges ikke til.</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Løs opp klynge</translation>
    </message>
    <message>
        <source>{n} of the lines are longer than {max} characters; nothing was added.</source>
        <translation>{n} av linjene er lengre enn {max} tegn; ingenting ble lagt til.</translation>
    </message>
    <message>
        <source>{word} is not a category: use #c, #m, #q or #o.</source>
        <translation>{word} er ikke en kategori: bruk #u, #t, #s eller #a (eller #c, #m, #q, #o).</translation>
    </message>
    <message>
        <source>{word} is not an actor: use !council, !admin, !county, !state, !business, !citizens or !unknown.</source>
        <translation>{word} er ikke en aktør: bruk !kommunestyret, !adm, !fylke, !stat, !næringsliv, !innbyggere eller !ukjent.</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Notes whose question is no longer on the agenda</source>
        <translation>Lapper der spørsmålet ikke lenger står på agendaen</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Whiteboard</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <source>Colour: {name}</source>
        <translation>Farge: {name}</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Anonymous dots</source>
        <translation>Anonyme prikker</translation>
    </message>
    <message>
        <source>Author of the next note</source>
        <translation>Forfatter av neste lapp</translation>
    </message>
    <message>
        <source>Capture an idea</source>
        <translation>Skriv inn en idé</translation>
    </message>
    <message>
        <source>Category of the next note</source>
        <translation>Kategori for neste lapp</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Avslutt avstemning</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filtrer lapper</translation>
    </message>
    <message>
        <source>Filter notes…</source>
        <translation>Filtrer lapper …</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show notes as a list</source>
        <translation>Vis lappene som liste</translation>
    </message>
    <message>
        <source>Show the current question&apos;s notes as a list</source>
        <translation>Vis lappene til det gjeldende spørsmålet som liste</translation>
    </message>
    <message>
        <source>The clipboard text has {n} characters; a note holds at most {max}.</source>
        <translation>Teksten på utklippstavla har {n} tegn; en lapp rommer høyst {max}.</translation>
    </message>
    <message>
        <source>Type an idea, press Enter  ·  @name author  #c #m #q #o category  !actor</source>
        <translation>Skriv en idé, trykk Enter  ·  @navn forfatter  #u #t #s #a kategori  !aktør</translation>
    </message>
    <message>
        <source>Vote open on {scope}: {dots} dots each · {total} of {cap} placed · {mine}</source>
        <translation>Avstemning om {scope}: {dots} prikker hver · {total} av {cap} satt · {mine}</translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation>Stemmer:</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Hvem stemmer</translation>
    </message>
    <message>
        <source>Who must act, for the next note</source>
        <translation>Hvem må handle, for neste lapp</translation>
    </message>
    <message>
        <source>a removed question</source>
        <translation>et fjernet spørsmål</translation>
    </message>
    <message>
        <source>the whole board</source>
        <translation>hele tavla</translation>
    </message>
    <message>
        <source>{n} match(es)</source>
        <translation>{n} treff</translation>
    </message>
    <message>
        <source>{used} anonymous dots</source>
        <translation>{used} anonyme prikker</translation>
    </message>
    <message>
        <source>{used} of {dots} dots used</source>
        <translation>{used} av {dots} prikker brukt</translation>
    </message>
</context>
<context>
    <name>CaptureKeys</name>
    <message>
        <source>The clipboard holds no text; only text can become notes.</source>
        <translation>Utklippstavla inneholder ingen tekst; bare tekst kan bli lapper.</translation>
    </message>
</context>
<context>
    <name>CategoryLegend</name>
    <message>
        <source>orange</source>
        <translation>oransje</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>himmelblå</translation>
    </message>
    <message>
        <source>reddish purple</source>
        <translation>rødlilla</translation>
    </message>
    <message>
        <source>light grey</source>
        <translation>lysegrå</translation>
    </message>
    <message>
        <source>Category colours</source>
        <translation>Kategorifarger</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorier:</translation>
    </message>
    <message>
        <source>{category}: {colour}</source>
        <translation>{category}: {colour}</translation>
    </message>
    <message>
        <source>Band on top: a colour you chose</source>
        <translation>Stripe øverst: en farge du har valgt</translation>
    </message>
    <message>
        <source>Choose Yellow in a note&apos;s Colour menu to take the band away</source>
        <translation>Velg Gul i Farge-menyen til lappen for å fjerne stripen</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>&apos;%1&apos; from %2 at %3</source>
        <translation>«%1» fra %2 kl. %3</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Kolonneoverskrifter</translation>
    </message>
    <message>
        <source>Conflicts between laptops</source>
        <translation>Konflikter mellom maskiner</translation>
    </message>
    <message>
        <source>Group (facilitator)</source>
        <translation>Gruppe (fasilitator)</translation>
    </message>
    <message>
        <source>Kept (the later change won)</source>
        <translation>Beholdt (den seneste endringen vant)</translation>
    </message>
    <message>
        <source>Lost (kept in this list)</source>
        <translation>Tapt (tas vare på i denne listen)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
</context>
<context>
    <name>ContextChooser</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Import a plan file…</source>
        <translation>&amp;Importer en planfil …</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesjon:</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Idéverksted:</translation>
    </message>
    <message>
        <source>Choose session and group</source>
        <translation>Velg sesjon og gruppe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Import workshop plan</source>
        <translation>Importer verkstedplan</translation>
    </message>
    <message>
        <source>No workshop plan yet. Import the plan file you got from the organisers.</source>
        <translation>Ingen verkstedplan ennå. Importer planfilen du har fått fra arrangøren.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesjon</translation>
    </message>
    <message>
        <source>The plan could not be imported</source>
        <translation>Planen kunne ikke importeres</translation>
    </message>
    <message>
        <source>Which session and group are you leading?</source>
        <translation>Hvilken sesjon og gruppe leder du?</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Idéverksted</translation>
    </message>
    <message>
        <source>Workshop plan (*.json)</source>
        <translation>Verkstedplan (*.json)</translation>
    </message>
    <message>
        <source>{name} – {facilitator}</source>
        <translation>{name} – {facilitator}</translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
</context>
<context>
    <name>ExpertInbox</name>
    <message>
        <source>%1 asks: %2</source>
        <translation>%1 spør: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) waiting for an answer</source>
        <translation>
            <numerusform>%n spørsmål venter på svar</numerusform>
            <numerusform>%n spørsmål venter på svar</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>&amp;Send answer (Ctrl+Enter)</source>
        <translation>&amp;Send svar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Agenda question</source>
        <translation>Spørsmål på agendaen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Answer stored; the group sees it after its next sync.</source>
        <translation>Svaret er lagret; gruppa ser det etter neste synkronisering.</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>Besvart &amp;av:</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Besvart av</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Spurt</translation>
    </message>
    <message>
        <source>Choose a question to answer it.</source>
        <translation>Velg et spørsmål for å svare på det.</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Kolonneoverskrifter</translation>
    </message>
    <message>
        <source>Earlier answers</source>
        <translation>Tidligere svar</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Only &amp;unanswered</source>
        <translation>Bare &amp;ubesvarte</translation>
    </message>
    <message>
        <source>Questions for the experts</source>
        <translation>Spørsmål til ekspertene</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>Send svar</translation>
    </message>
    <message>
        <source>Sending again corrects the answer; earlier words are kept.</source>
        <translation>Sender du på nytt, rettes svaret; det som ble skrevet før, tas vare på.</translation>
    </message>
    <message>
        <source>Sending the answer…</source>
        <translation>Sender svaret …</translation>
    </message>
    <message>
        <source>Show only unanswered questions</source>
        <translation>Vis bare ubesvarte spørsmål</translation>
    </message>
    <message>
        <source>Status of the inbox</source>
        <translation>Status for innboksen</translation>
    </message>
    <message>
        <source>The answer was not stored: %1</source>
        <translation>Svaret ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>The group asks</source>
        <translation>Gruppa spør</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n challenge(s)</source>
        <translation>
            <numerusform>%n utfordring</numerusform>
            <numerusform>%n utfordringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced to the central store; the files hold every one.</source>
        <translation>
            <numerusform>%n endring er ikke synkronisert til det sentrale lageret ennå; filene har den med.</numerusform>
            <numerusform>%n endringer er ikke synkronisert til det sentrale lageret ennå; filene har dem alle med.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n klynge</numerusform>
            <numerusform>%n klynger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot vote(s), all closed.</source>
        <translation>
            <numerusform>%n prikkstemming, avsluttet.</numerusform>
            <numerusform>%n prikkstemminger, alle avsluttet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot votes, one of them still open.</source>
        <translation>
            <numerusform>%n prikkstemming, den er fortsatt åpen.</numerusform>
            <numerusform>%n prikkstemminger, én av dem fortsatt åpen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot votes, {open} of them still open.</source>
        <translation>
            <numerusform>%n prikkstemming, {open} av dem fortsatt åpne.</numerusform>
            <numerusform>%n prikkstemminger, {open} av dem fortsatt åpne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n ideer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other idea(s)</source>
        <translation>
            <numerusform>%n annen idé</numerusform>
            <numerusform>%n andre ideer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for the experts</source>
        <translation>
            <numerusform>%n spørsmål til ekspertene</numerusform>
            <numerusform>%n spørsmål til ekspertene</numerusform>
        </translation>
    </message>
    <message>
        <source>1 dot vote, still open.</source>
        <translation>1 prikkstemming, fortsatt åpen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you export&lt;/b&gt;</source>
        <translation>&lt;b&gt;Før du eksporterer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>End session and export</source>
        <translation>Fullfør sesjonen og eksporter</translation>
    </message>
    <message>
        <source>Everything is synced to the central store.</source>
        <translation>Alt er synkronisert til det sentrale lageret.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>Eksporter igjen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Filer som ble skrevet</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Folder for the exported files</source>
        <translation>Mappe for de eksporterte filene</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formater</translation>
    </message>
    <message>
        <source>Ideas as CSV</source>
        <translation>Ideene som CSV</translation>
    </message>
    <message>
        <source>Ideas as Excel (XLSX)</source>
        <translation>Ideene som Excel (XLSX)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>No central store is set, so sync does not reach the organisers: give them the summary file.</source>
        <translation>Ikke noe sentrallager er valgt, så synkroniseringen når ikke arrangørene: gi dem oppsummeringsfilen.</translation>
    </message>
    <message>
        <source>No dot votes.</source>
        <translation>Ingen prikkstemminger.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Åpne mappen</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Public version: leave out names, authors and facilitator notes</source>
        <translation>Offentlig versjon: utelat navn, forfattere og fasilitatorens notater</translation>
    </message>
    <message>
        <source>Still running on the agenda: {items}.</source>
        <translation>Pågår fortsatt på agendaen: {items}.</translation>
    </message>
    <message>
        <source>Summary file (JSON) – for the organisers</source>
        <translation>Oppsummeringsfil (JSON) – til arrangøren</translation>
    </message>
    <message>
        <source>The export stopped: {reason}</source>
        <translation>Eksporten stoppet: {reason}</translation>
    </message>
    <message>
        <source>The organisers cannot load a public summary file into their store: send them a summary file exported without this tick.</source>
        <translation>Arrangørene kan ikke laste en offentlig oppsummeringsfil inn i lageret sitt: send dem en oppsummeringsfil eksportert uten dette krysset.</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Nettside (HTML)</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>{count} files written to {folder}:</source>
        <translation>{count} filer skrevet til {folder}:</translation>
    </message>
    <message>
        <source>{ideas}, {clusters}.</source>
        <translation>{ideas}, {clusters}.</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message numerus="yes">
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (for %n min siden)</numerusform>
            <numerusform>%1 (for %n min siden)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min etter planen</numerusform>
            <numerusform>%n min etter planen</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Expert questions</source>
        <translation>Ekspertspørsmål</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Ideas (per question)</source>
        <translation>Idéer (per spørsmål)</translation>
    </message>
    <message>
        <source>Laptops (last sync)</source>
        <translation>Maskiner (siste synk)</translation>
    </message>
    <message>
        <source>Now on</source>
        <translation>Holder på med</translation>
    </message>
    <message>
        <source>Open votes</source>
        <translation>Åpne avstemninger</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>agenda finished</source>
        <translation>agendaen er ferdig</translation>
    </message>
    <message>
        <source>no sync yet</source>
        <translation>ikke synkronisert ennå</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
    <message numerus="yes">
        <source>on time (%n min to spare)</source>
        <translation>
            <numerusform>i rute (%n min å gå på)</numerusform>
            <numerusform>i rute (%n min å gå på)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupWindow</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (bare lesing)</translation>
    </message>
    <message>
        <source>%1, %2: %3 notes, read at %4.</source>
        <translation>%1, %2: %3 lapper, lest kl. %4.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Oppdater (F5)</translation>
    </message>
    <message>
        <source>&amp;Whole board</source>
        <translation>&amp;Hele tavla</translation>
    </message>
    <message>
        <source>A vote is open.</source>
        <translation>En avstemning pågår.</translation>
    </message>
    <message>
        <source>About this board</source>
        <translation>Om denne tavla</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Agenda: planned and actual times</source>
        <translation>Agenda: planlagte og faktiske tider</translation>
    </message>
    <message>
        <source>Board of %1, read-only</source>
        <translation>Tavla til %1, bare lesing</translation>
    </message>
    <message>
        <source>Close this group</source>
        <translation>Lukk denne gruppa</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Kolonneoverskrifter</translation>
    </message>
    <message>
        <source>Minutes (plan/actual)</source>
        <translation>Minutter (plan/faktisk)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Read the board again</source>
        <translation>Les tavla på nytt</translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation>Leser tavla …</translation>
    </message>
    <message>
        <source>STALE: %1 Shown as read before.</source>
        <translation>UTDATERT: %1 Viser det som ble lest før.</translation>
    </message>
    <message>
        <source>Show the whole board</source>
        <translation>Vis hele tavla</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>gjenstår</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>Le&amp;gg til punkt …</translation>
    </message>
    <message>
        <source>&amp;Arrange current question by cluster</source>
        <translation>&amp;Ordne gjeldende spørsmål etter klynge</translation>
    </message>
    <message>
        <source>&amp;Close vote</source>
        <translation>A&amp;vslutt avstemning</translation>
    </message>
    <message>
        <source>&amp;Duplicate notes</source>
        <translation>&amp;Dupliser lapper</translation>
    </message>
    <message>
        <source>&amp;Edit note text</source>
        <translation>&amp;Rediger lappens tekst</translation>
    </message>
    <message>
        <source>&amp;End session and export…</source>
        <translation>&amp;Fullfør sesjonen og eksporter…</translation>
    </message>
    <message>
        <source>&amp;Filter notes</source>
        <translation>&amp;Filtrer lapper</translation>
    </message>
    <message>
        <source>&amp;Fit whole board</source>
        <translation>&amp;Vis hele tavla</translation>
    </message>
    <message>
        <source>&amp;Group into cluster…</source>
        <translation>Gr&amp;upper i klynge …</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;Move selected notes to the current question</source>
        <translation>&amp;Flytt valgte lapper til gjeldende spørsmål</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Neste punkt</translation>
    </message>
    <message>
        <source>&amp;Next voter</source>
        <translation>Neste som stemmer</translation>
    </message>
    <message>
        <source>&amp;One minute more</source>
        <translation>&amp;Ett minutt mer</translation>
    </message>
    <message>
        <source>&amp;Paste lines as notes…</source>
        <translation>Lim inn lin&amp;jer som lapper …</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <translation>&amp;Presentasjonsvisning</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Forrige punkt</translation>
    </message>
    <message>
        <source>&amp;Rename cluster…</source>
        <translation>Gi klyngen nytt &amp;navn …</translation>
    </message>
    <message>
        <source>&amp;Reset timer</source>
        <translation>Nu&amp;llstill tidtaker</translation>
    </message>
    <message>
        <source>&amp;Sort current question by votes</source>
        <translation>&amp;Sorter gjeldende spørsmål etter stemmer</translation>
    </message>
    <message>
        <source>&amp;Start / pause timer</source>
        <translation>&amp;Start / pause tidtaker</translation>
    </message>
    <message>
        <source>&amp;Switch session or group…</source>
        <translation>&amp;Bytt sesjon eller gruppe …</translation>
    </message>
    <message>
        <source>&amp;Take back a dot from selected notes</source>
        <translation>Ta t&amp;ilbake en prikk fra valgte lapper</translation>
    </message>
    <message>
        <source>&amp;Ungroup cluster</source>
        <translation>Løs opp &amp;klynge</translation>
    </message>
    <message>
        <source>Add a &amp;dot to selected notes</source>
        <translation>Gi valgte lapper en &amp;prikk</translation>
    </message>
    <message>
        <source>Add the next note to the selection</source>
        <translation>Legg neste lapp til utvalget</translation>
    </message>
    <message>
        <source>Add the typed note</source>
        <translation>Legg til lappen du har skrevet</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Overalt</translation>
    </message>
    <message>
        <source>Category (challenge, idea, question, other)</source>
        <translation>Kategori (utfordring, idé, spørsmål, annet)</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Fjern markeringen</translation>
    </message>
    <message>
        <source>Colour (yellow, pink, green, blue, orange, purple)</source>
        <translation>Farge (gul, rosa, grønn, blå, oransje, lilla)</translation>
    </message>
    <message>
        <source>De&amp;lete notes</source>
        <translation>S&amp;lett lapper</translation>
    </message>
    <message>
        <source>Delete selected notes</source>
        <translation>Slett valgte lapper</translation>
    </message>
    <message>
        <source>E&amp;xport board as picture…</source>
        <translation>Eksporter tavla som &amp;bilde …</translation>
    </message>
    <message>
        <source>Ed&amp;it note…</source>
        <translation>Endre not&amp;at …</translation>
    </message>
    <message>
        <source>Edit &amp;timebox…</source>
        <translation>Endre &amp;tidsramme …</translation>
    </message>
    <message>
        <source>Export current &amp;question as picture…</source>
        <translation>Eksporter gjeldende spørs&amp;mål som bilde …</translation>
    </message>
    <message>
        <source>Fit &amp;current question</source>
        <translation>Vis &amp;gjeldende spørsmål</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Fullskjerm</translation>
    </message>
    <message>
        <source>Show notes as a &amp;list (or the board)</source>
        <translation>Vis lappene &amp;som liste (eller tavla)</translation>
    </message>
    <message>
        <source>In the agenda list</source>
        <translation>I agendalisten</translation>
    </message>
    <message>
        <source>In the empty capture field</source>
        <translation>I det tomme innskrivingsfeltet</translation>
    </message>
    <message>
        <source>In the presenter view</source>
        <translation>I presentasjonsvisningen</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Avslutt fullskjerm</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Merk som fer&amp;dig</translation>
    </message>
    <message>
        <source>Move item &amp;up</source>
        <translation>Flytt punkt &amp;opp</translation>
    </message>
    <message>
        <source>Move item do&amp;wn</source>
        <translation>Fl&amp;ytt punkt ned</translation>
    </message>
    <message>
        <source>Move selected notes (Shift: one pixel)</source>
        <translation>Flytt valgte lapper (Shift: én piksel)</translation>
    </message>
    <message>
        <source>One minute &amp;less</source>
        <translation>Ett minutt m&amp;indre</translation>
    </message>
    <message>
        <source>Open &amp;vote on current question…</source>
        <translation>Start &amp;avstemning om gjeldende spørsmål …</translation>
    </message>
    <message>
        <source>Open vote on &amp;whole board…</source>
        <translation>Start avstemning om h&amp;ele tavla …</translation>
    </message>
    <message>
        <source>Paste several lines as notes</source>
        <translation>Lim inn flere linjer som lapper</translation>
    </message>
    <message>
        <source>Pre&amp;vious voter</source>
        <translation>Forrige som stemmer</translation>
    </message>
    <message>
        <source>R&amp;eopen item</source>
        <translation>Å&amp;pne punkt igjen</translation>
    </message>
    <message>
        <source>S&amp;kip item</source>
        <translation>&amp;Hopp over punkt</translation>
    </message>
    <message>
        <source>Select next note</source>
        <translation>Velg neste lapp</translation>
    </message>
    <message>
        <source>Select previous note</source>
        <translation>Velg forrige lapp</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <source>Who must act (in the order of the Board menu)</source>
        <translation>Hvem må handle (i rekkefølgen i Tavle-menyen)</translation>
    </message>
    <message>
        <source>Zoom &amp;100 %</source>
        <translation>Zoom &amp;100 %</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Organisers&apos; desk…</source>
        <translation>Arrangørenes &amp;oversikt …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Fullfør sesjonen</translation>
    </message>
    <message>
        <source>The session is ended. Edit ▸ Undo reopens it.</source>
        <translation>Sesjonen er fullført. Rediger ▸ Angre åpner den igjen.</translation>
    </message>
    <message>
        <source>{group} · {session} – Facilitator</source>
        <translation>{group} · {session} – Fasilitator</translation>
    </message>
    <message>
        <source>{workshop} · {group} ({facilitator}) · everything is saved as you work</source>
        <translation>{workshop} · {group} ({facilitator}) · alt lagres mens du jobber</translation>
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
        <translation>Lappene til det gjeldende spørsmålet</translation>
    </message>
    <message>
        <source>F2 or Enter edits the text, Delete deletes, Ctrl+1 to Ctrl+4 set the category, Alt+1 to Alt+7 who must act; the menu key shows all choices</source>
        <translation>F2 eller Enter endrer teksten, Delete sletter, Ctrl+1 til Ctrl+4 velger kategori, Alt+1 til Alt+7 hvem som må handle; menytasten viser alle valgene</translation>
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
        <translation>Hvem må handle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
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
        <translation>Ukjent deltaker</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n stemme</numerusform>
            <numerusform>%n stemmer</numerusform>
        </translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation>Ingen klynge</translation>
    </message>
    <message>
        <source>The current question has no notes yet.</source>
        <translation>Det gjeldende spørsmålet har ingen lapper ennå.</translation>
    </message>
</context>
<context>
    <name>OrganiserWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1, read at %2; refreshes every 15 seconds.</source>
        <translation>%1, lest kl. %2; oppdateres hvert 15. sekund.</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikter</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupper</translation>
    </message>
    <message>
        <source>&amp;Open group…</source>
        <translation>Å&amp;pne gruppe …</translation>
    </message>
    <message>
        <source>&amp;Questions for the experts</source>
        <translation>Spørsmål til &amp;ekspertene</translation>
    </message>
    <message>
        <source>&amp;Refresh now (F5)</source>
        <translation>&amp;Oppdater nå (F5)</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesjon:</translation>
    </message>
    <message>
        <source>Res&amp;ults and certificates…</source>
        <translation>Resu&amp;ltater og deltakerbevis …</translation>
    </message>
    <message>
        <source>Build the workshop results and the participation certificates</source>
        <translation>Lag resultatene fra idéverkstedet og deltakerbevisene</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Idéverkstedet</translation>
    </message>
    <message>
        <source>(reading…)</source>
        <translation>(leser …)</translation>
    </message>
    <message>
        <source>Attendance per session and group</source>
        <translation>Oppmøte per sesjon og gruppe</translation>
    </message>
    <message>
        <source>Central store (folder, .sqlite3 file or postgresql+psycopg://…):</source>
        <translation>Sentrallager (mappe, .sqlite3-fil eller postgresql+psycopg://…):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Kolonneoverskrifter</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Groups of the session</source>
        <translation>Gruppene i sesjonen</translation>
    </message>
    <message>
        <source>No fresh read yet.</source>
        <translation>Ingen ny lesing ennå.</translation>
    </message>
    <message>
        <source>Open the selected group&apos;s board</source>
        <translation>Åpne tavla til valgt gruppe</translation>
    </message>
    <message>
        <source>Organisers&apos; desk</source>
        <translation>Arrangørenes oversikt</translation>
    </message>
    <message>
        <source>Reading the central store…</source>
        <translation>Leser sentrallageret …</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Oppdater nå</translation>
    </message>
    <message>
        <source>STALE: shown as read at %1. %2</source>
        <translation>UTDATERT: viser det som ble lest kl. %1. %2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesjon</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesjoner</translation>
    </message>
    <message>
        <source>Status of the overview</source>
        <translation>Status for oversikten</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visninger</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt; – {present} of {total} present</source>
        <translation>&lt;b&gt;Deltakere&lt;/b&gt; – {present} av {total} til stede</translation>
    </message>
    <message>
        <source>Participants and attendance</source>
        <translation>Deltakere og oppmøte</translation>
    </message>
    <message>
        <source>Tick when {name} is present in this session.</source>
        <translation>Kryss av når {name} er til stede i denne sesjonen.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Back at {time}</source>
        <translation>Tilbake kl. {time}</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Presentasjonsvisning</translation>
    </message>
    <message>
        <source>Presenter – {group}</source>
        <translation>Presentasjon – {group}</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Takk!</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden er ute</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid igjen</translation>
    </message>
</context>
<context>
    <name>PurgeAction</name>
    <message>
        <source>&amp;Remove this workshop from the laptop…</source>
        <translation>Fjern dette idéverkstedet fra &amp;maskinen …</translation>
    </message>
    <message>
        <source>Remove workshop</source>
        <translation>Fjern idéverksted</translation>
    </message>
    <message>
        <source>The organisers&apos; store holds everything this laptop recorded for “{workshop}”.

Remove the workshop from this laptop now? Names, ideas, votes and attendance are deleted here and cannot be brought back; the organisers keep their copy. The window closes afterwards.</source>
        <translation>Arrangørens lager har alt denne maskinen registrerte for «{workshop}».

Vil du fjerne idéverkstedet fra denne maskinen nå? Navn, ideer, stemmer og oppmøte slettes her og kan ikke hentes tilbake; arrangøren beholder sin kopi. Vinduet lukkes etterpå.</translation>
    </message>
    <message>
        <source>The organisers closed “{workshop}” on {date} and removed its personal data from their store.</source>
        <translation>Arrangørene stengte «{workshop}» {date} og fjernet personopplysningene fra lageret sitt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here after that were not kept by them and are deleted with the rest.</source>
        <translation>
            <numerusform>%n endring gjort her etter det ble ikke tatt vare på hos dem og slettes sammen med resten.</numerusform>
            <numerusform>%n endringer gjort her etter det ble ikke tatt vare på hos dem og slettes sammen med resten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the workshop from this laptop now? Names, ideas, votes and attendance are deleted here and cannot be brought back. The window closes afterwards.</source>
        <translation>Vil du fjerne idéverkstedet fra denne maskinen nå? Navn, ideer, stemmer og oppmøte slettes her og kan ikke hentes tilbake. Vinduet lukkes etterpå.</translation>
    </message>
    <message>
        <source>“{workshop}” was removed from this laptop.</source>
        <translation>«{workshop}» er fjernet fra denne maskinen.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Se &amp;i:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Vis med detaljer</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Vis som liste</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Lag en ny mappe</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fram</translation>
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
        <translation>Gå til mappen over</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Steder og bokmerker</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Mappen over</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Skriv inn en verdi:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
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
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
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
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
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
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Deltakerbevis …</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>&amp;Minimum sessions for a certificate:</source>
        <translation>Minst så mange sesjoner for &amp;deltakerbevis:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Forhåndsvis</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>&amp;Skriv rapport</translation>
    </message>
    <message>
        <source>Central s&amp;tore:</source>
        <translation>Sentralt &amp;lager:</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Sentralt lager</translation>
    </message>
    <message>
        <source>Certificates written: {count}, with their register, in {folder}.</source>
        <translation>Deltakerbevis skrevet: {count}, med register, i {folder}.</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Velg mappe for filene</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Files written: {count}, in {folder}.</source>
        <translation>Filer skrevet: {count}, i {folder}.</translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation>Mappe for filene</translation>
    </message>
    <message>
        <source>Folder for the report files</source>
        <translation>Mappe for rapportfilene</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formater:</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Språket i dokumentene</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>P&amp;ublic version (no names)</source>
        <translation>&amp;Offentlig versjon (uten navn)</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Forhåndsvisning av rapporten</translation>
    </message>
    <message>
        <source>Preview ready. Nothing was written yet.</source>
        <translation>Forhåndsvisningen er klar. Ingenting er skrevet ennå.</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>Forhåndsvis rapporten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Public version without names</source>
        <translation>Offentlig versjon uten navn</translation>
    </message>
    <message>
        <source>Reading the central store…</source>
        <translation>Leser det sentrale lageret …</translation>
    </message>
    <message>
        <source>Session &amp;id:</source>
        <translation>Sesjons-&amp;ID:</translation>
    </message>
    <message>
        <source>Session id (empty: all sessions)</source>
        <translation>Sesjons-ID (tom: alle sesjoner)</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>As the plan says</source>
        <translation>Som planen sier</translation>
    </message>
    <message>
        <source>Sessions a participant must have attended. “As the plan says” applies the workshop plan&apos;s rule, or one session when the plan sets none.</source>
        <translation>Sesjoner en deltaker må ha vært til stede på. «Som planen sier» bruker regelen i verkstedplanen, eller én sesjon når planen ikke setter noen.</translation>
    </message>
    <message>
        <source>Sessions needed for a certificate</source>
        <translation>Sesjoner som trengs for deltakerbevis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule from the plan: present at {min} or more of {total} sessions.</source>
        <translation>Regel fra planen: til stede på minst {min} av {total} sesjoner.</translation>
    </message>
    <message>
        <source>Rule chosen here: present at {min} or more of {total} sessions.</source>
        <translation>Regel valgt her: til stede på minst {min} av {total} sesjoner.</translation>
    </message>
    <message>
        <source>The plan sets no rule: present at {min} or more of {total} sessions.</source>
        <translation>Planen setter ingen regel: til stede på minst {min} av {total} sesjoner.</translation>
    </message>
    <message>
        <source>No attendance has arrived from {groups}: their participants have no certificate yet.</source>
        <translation>Ikke noe oppmøte har kommet fram fra {groups}: deltakerne der har ikke fått deltakerbevis ennå.</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Stoppet: {reason}</translation>
    </message>
    <message>
        <source>Tick at least one format.</source>
        <translation>Kryss av for minst ett format.</translation>
    </message>
    <message>
        <source>Workshop results</source>
        <translation>Resultater fra idéverkstedet</translation>
    </message>
    <message>
        <source>Write the participation certificates</source>
        <translation>Skriv deltakerbevisene</translation>
    </message>
    <message>
        <source>Write the report files</source>
        <translation>Skriv rapportfilene</translation>
    </message>
    <message>
        <source>Write {format}</source>
        <translation>Skriv {format}</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Skriver deltakerbevisene …</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Skriver rapporten …</translation>
    </message>
    <message>
        <source>all sessions</source>
        <translation>alle sesjoner</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Undo ({undo}) and redo ({redo}) work for agenda changes too. Tab moves between all controls.</source>
        <translation>Angre ({undo}) og gjør om ({redo}) virker også for endringer i agendaen. Tab flytter mellom alle kontroller.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The organisers have closed this workshop.</source>
        <translation>Arrangørene har stengt dette idéverkstedet.</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Synkroniseringen mislyktes: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n endring venter på å bli sendt.</numerusform>
            <numerusform>%n endringer venter på å bli sendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Delivers to:&lt;/b&gt; {where}</source>
        <translation>&lt;b&gt;Leverer til:&lt;/b&gt; {where}</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Central store: {where}</source>
        <translation>Sentrallager: {where}</translation>
    </message>
    <message numerus="yes">
        <source>Checked: the organisers&apos; store holds all %n note(s) of group {name}, and everything else the group made here.</source>
        <translation>
            <numerusform>Kontrollert: arrangørenes lager har %n lapp fra gruppe {name}, og alt annet gruppen har laget her.</numerusform>
            <numerusform>Kontrollert: arrangørenes lager har alle %n lappene fra gruppe {name}, og alt annet gruppen har laget her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Conflicts: {n}. When the same thing was changed on two laptops the later change wins; the other version is kept here and sent to the organisers.</source>
        <translation>Konflikter: {n}. Når det samme ble endret på to maskiner, vinner den seneste endringen; den andre versjonen tas vare på her og sendes til arrangørene.</translation>
    </message>
    <message>
        <source>Last sync at {time}: sent {sent}, received {received}.</source>
        <translation>Siste synkronisering kl. {time}: sendt {sent}, mottatt {received}.</translation>
    </message>
    <message>
        <source>Last sync failed: {reason}</source>
        <translation>Siste synkronisering mislyktes: {reason}</translation>
    </message>
    <message>
        <source>No central store is set: changes go to a store inside this data folder, which the organisers do not see. Choose their central store under Settings…, or give them the summary file.</source>
        <translation>Ikke noe sentrallager er valgt: endringene går til et lager i denne datamappen, som arrangørene ikke ser. Velg sentrallageret deres under Innstillinger …, eller gi dem oppsummeringsfilen.</translation>
    </message>
    <message numerus="yes">
        <source>Not delivered: the store lacks %n row(s) of group {name} even after sending them again. Tell the organisers; your work is safe on this laptop.</source>
        <translation>
            <numerusform>Ikke levert: lageret mangler %n rad fra gruppe {name}, også etter at den ble sendt på nytt. Si fra til arrangørene; arbeidet ditt er trygt på denne maskinen.</numerusform>
            <numerusform>Ikke levert: lageret mangler %n rader fra gruppe {name}, også etter at de ble sendt på nytt. Si fra til arrangørene; arbeidet ditt er trygt på denne maskinen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisers closed the workshop {title} on {date} and removed its personal data from their store. It keeps nothing more of it: changes made here are not kept. Remove the workshop from this laptop with File → Remove this workshop from the laptop…</source>
        <translation>Arrangørene stengte idéverkstedet {title} {date} og fjernet personopplysningene fra lageret sitt. Lageret tar ikke vare på mer fra det: endringer gjort her blir ikke tatt vare på. Fjern idéverkstedet fra denne maskinen med Fil → Fjern dette idéverkstedet fra maskinen …</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here after the workshop was closed were not kept.</source>
        <translation>
            <numerusform>%n endring gjort her etter at idéverkstedet ble stengt, ble ikke tatt vare på.</numerusform>
            <numerusform>%n endringer gjort her etter at idéverkstedet ble stengt, ble ikke tatt vare på.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>S&amp;ync status and conflicts…</source>
        <translation>S&amp;ynkroniseringsstatus og konflikter …</translation>
    </message>
    <message numerus="yes">
        <source>Sent again: %n row(s) the store lacked (it was restored, replaced or missed them).</source>
        <translation>
            <numerusform>Sendt på nytt: %n rad som lageret manglet (det ble gjenopprettet, byttet ut eller gikk glipp av den).</numerusform>
            <numerusform>Sendt på nytt: %n rader som lageret manglet (det ble gjenopprettet, byttet ut eller gikk glipp av dem).</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Innstillinger …</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synkroniser &amp;nå</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>This data folder was copied from another laptop. It now has an identity of its own, so the organisers&apos; store tells the two laptops apart.</source>
        <translation>Denne datamappen ble kopiert fra en annen maskin. Den har nå en egen identitet, så arrangørenes lager skiller de to maskinene fra hverandre.</translation>
    </message>
    <message>
        <source>Version that was replaced</source>
        <translation>Versjonen som ble erstattet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>the organisers&apos; server {where}</source>
        <translation>arrangørenes server {where}</translation>
    </message>
    <message>
        <source>the organisers&apos; store in the folder {where}</source>
        <translation>arrangørenes lager i mappen {where}</translation>
    </message>
    <message>
        <source>this laptop only (the organisers do not see it)</source>
        <translation>bare denne maskinen (arrangørene ser det ikke)</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>A folder (for example on a shared drive) holds a central.sqlite3 file.</source>
        <translation>En mappe (for eksempel på en delt disk) inneholder en central.sqlite3-fil.</translation>
    </message>
    <message>
        <source>Central store address</source>
        <translation>Adressen til sentrallageret</translation>
    </message>
    <message>
        <source>Central store folder</source>
        <translation>Mappe for sentrallageret</translation>
    </message>
    <message>
        <source>Central store:</source>
        <translation>Sentrallager:</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Mappe …</translation>
    </message>
    <message>
        <source>Name of this laptop</source>
        <translation>Navnet på denne maskinen</translation>
    </message>
    <message>
        <source>The organisers see this name on their desk.</source>
        <translation>Arrangørene ser dette navnet i oversikten sin.</translation>
    </message>
    <message>
        <source>Laptop name:</source>
        <translation>Maskinens navn:</translation>
    </message>
    <message>
        <source>No system keyring is available ({problem}): the password is kept in memory only until the app closes.</source>
        <translation>Ingen nøkkelring er tilgjengelig ({problem}): passordet holdes bare i minnet til appen lukkes.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passord:</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Innstillinger for synkronisering</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring.</source>
        <translation>Passordet lagres i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>a folder, or postgresql+psycopg://role@host/database</source>
        <translation>en mappe, eller postgresql+psycopg://rolle@vert/database</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendret</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n endring venter</numerusform>
            <numerusform>%n endringer venter</numerusform>
        </translation>
    </message>
    <message>
        <source>({n} waiting)</source>
        <translation>({n} venter)</translation>
    </message>
    <message>
        <source>Central store: {where}</source>
        <translation>Sentrallager: {where}</translation>
    </message>
    <message>
        <source>Delivers to: {where}</source>
        <translation>Leverer til: {where}</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n change(s) waiting</source>
        <translation>
            <numerusform>Synk: %n endring venter</numerusform>
            <numerusform>Synk: %n endringer venter</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: delivered to the organisers</source>
        <translation>Synk: levert til arrangørene</translation>
    </message>
    <message>
        <source>Sync: error</source>
        <translation>Synk: feil</translation>
    </message>
    <message>
        <source>Sync: error (store version)</source>
        <translation>Synk: feil (lagerets versjon)</translation>
    </message>
    <message>
        <source>Sync: not allowed</source>
        <translation>Synk: ikke tillatt</translation>
    </message>
    <message>
        <source>Sync: nothing waiting</source>
        <translation>Synk: ingenting venter</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation>Synk: frakoblet</translation>
    </message>
    <message>
        <source>Sync: password needed</source>
        <translation>Synk: passord trengs</translation>
    </message>
    <message>
        <source>Sync: syncing…</source>
        <translation>Synk: synkroniserer …</translation>
    </message>
    <message>
        <source>Sync: the organisers&apos; store is missing work</source>
        <translation>Synk: arrangørenes lager mangler arbeid</translation>
    </message>
    <message>
        <source>Sync: workshop closed by the organisers</source>
        <translation>Synk: idéverkstedet er stengt av arrangørene</translation>
    </message>
    <message>
        <source>Sync: this laptop only</source>
        <translation>Synk: bare denne maskinen</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message numerus="yes">
        <source>%n minute(s) left of “{title}”.</source>
        <translation>
            <numerusform>%n minutt igjen av «{title}».</numerusform>
            <numerusform>%n minutter igjen av «{title}».</numerusform>
        </translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Back at {time}</source>
        <translation>Tilbake kl. {time}</translation>
    </message>
    <message>
        <source>No current item</source>
        <translation>Ikke noe gjeldende punkt</translation>
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
        <source>One minute less</source>
        <translation>Ett minutt mindre</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Ett minutt mer</translation>
    </message>
    <message>
        <source>Over time by {time}</source>
        <translation>{time} over tiden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Planned for {day} · not started</source>
        <translation>Planlagt {day} · ikke startet</translation>
    </message>
    <message>
        <source>Planned for {day} · timed from your start at {time}</source>
        <translation>Planlagt {day} · tiden regnes fra dere startet kl. {time}</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Planlagt tid</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nullstill</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Nullstill tidtakeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <source>Session clock</source>
        <translation>Sesjonsklokke</translation>
    </message>
    <message>
        <source>Session: {left} left (ends {end})</source>
        <translation>Sesjon: {left} igjen (slutter {end})</translation>
    </message>
    <message>
        <source>Session: {over} past the end ({end})</source>
        <translation>Sesjon: {over} over slutt ({end})</translation>
    </message>
    <message>
        <source>Share of the timebox used</source>
        <translation>Andel av tidsrammen som er brukt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The agenda is finished.</source>
        <translation>Agendaen er ferdig.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set back; the timer holds until the clock catches up.</source>
        <translation>Datamaskinens klokke ble stilt tilbake; tidtakeren står stille til klokka tar igjen.</translation>
    </message>
    <message>
        <source>Time is up for “{title}”.</source>
        <translation>Tiden er ute for «{title}».</translation>
    </message>
    <message>
        <source>Time is up!</source>
        <translation>Tiden er ute!</translation>
    </message>
    <message>
        <source>Time left of the current item</source>
        <translation>Tid igjen av gjeldende punkt</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Tidtaker</translation>
    </message>
    <message>
        <source>{n} min behind plan</source>
        <translation>{n} min etter planen</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} igjen</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
</context>
<context>
    <name>TopIdeasPanel</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n stemme</numerusform>
            <numerusform>%n stemmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Most votes</source>
        <translation>Flest stemmer</translation>
    </message>
    <message>
        <source>Most-voted ideas per question</source>
        <translation>Ideene med flest stemmer per spørsmål</translation>
    </message>
    <message>
        <source>No votes yet: the ranking shows after a dot vote.</source>
        <translation>Ingen stemmer ennå: rangeringen vises etter en prikkstemming.</translation>
    </message>
    <message>
        <source>Not on a question</source>
        <translation>Ikke på et spørsmål</translation>
    </message>
    <message>
        <source>{rank}. {text} ({votes})</source>
        <translation>{rank}. {text} ({votes})</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>&apos;{value}&apos; is not a question id (a UUID).</source>
        <translation>«{value}» er ikke en spørsmåls-id (en UUID).</translation>
    </message>
    <message>
        <source>A cluster needs a name.</source>
        <translation>En klynge må ha et navn.</translation>
    </message>
    <message>
        <source>A cluster to restore is missing from the store.</source>
        <translation>En klynge som skulle gjenopprettes, mangler i databasen.</translation>
    </message>
    <message>
        <source>A laptop name has at most {max} characters.</source>
        <translation>Et maskinnavn kan ha høyst {max} tegn.</translation>
    </message>
    <message>
        <source>A note can have at most {max} characters.</source>
        <translation>Et notat kan ha høyst {max} tegn.</translation>
    </message>
    <message>
        <source>A note needs some text; nothing was added.</source>
        <translation>En lapp må ha tekst; ingenting ble lagt til.</translation>
    </message>
    <message>
        <source>A selected note has been deleted; nothing was changed.</source>
        <translation>En valgt lapp er slettet; ingenting ble endret.</translation>
    </message>
    <message>
        <source>A selected note no longer exists; nothing was changed.</source>
        <translation>En valgt lapp finnes ikke lenger; ingenting ble endret.</translation>
    </message>
    <message>
        <source>A timebox must be a whole number of minutes from 1 to {max}.</source>
        <translation>En tidsramme må være et helt antall minutter fra 1 til {max}.</translation>
    </message>
    <message>
        <source>A vote is already open on this board; close it first.</source>
        <translation>En avstemning pågår allerede på denne tavla; avslutt den først.</translation>
    </message>
    <message>
        <source>Adjust the timer by whole minutes between 1 and {max}.</source>
        <translation>Juster tidtakeren med hele minutter mellom 1 og {max}.</translation>
    </message>
    <message>
        <source>All {capacity} dots of this vote are used ({dots} per participant). Take one back first.</source>
        <translation>Alle {capacity} prikkene i denne avstemningen er brukt ({dots} per deltaker). Ta tilbake en først.</translation>
    </message>
    <message>
        <source>An answer has at most {max} characters.</source>
        <translation>Et svar kan ha høyst {max} tegn.</translation>
    </message>
    <message>
        <source>An item can only move to places 1 to {count}.</source>
        <translation>Et punkt kan bare flyttes til plass 1 til {count}.</translation>
    </message>
    <message>
        <source>An item needs a title of 1 to {max} characters.</source>
        <translation>Et punkt trenger en tittel på 1 til {max} tegn.</translation>
    </message>
    <message>
        <source>Another copy of the facilitator app is already using the data folder {folder}. Close it first (or choose another folder with --data-dir).</source>
        <translation>En annen kopi av fasilitatorappen bruker allerede datamappen {folder}. Lukk den først (eller velg en annen mappe med --data-dir).</translation>
    </message>
    <message>
        <source>Another vote is open on this board; close it first.</source>
        <translation>En annen avstemning pågår på denne tavla; avslutt den først.</translation>
    </message>
    <message>
        <source>Colour “{value}” is not of the form #rrggbb.</source>
        <translation>Fargen «{value}» er ikke på formen #rrggbb.</translation>
    </message>
    <message>
        <source>Dots per participant must be between 1 and {max}.</source>
        <translation>Prikker per deltaker må være mellom 1 og {max}.</translation>
    </message>
    <message>
        <source>Not removed: a change has not reached the organisers&apos; store yet.</source>
        <translation>Ikke fjernet: en endring har ikke kommet fram til arrangørens lager ennå.</translation>
    </message>
    <message>
        <source>Not removed: changes waiting for the organisers&apos; store: {n}. They have not reached it yet. Sync first; nothing was removed.</source>
        <translation>Ikke fjernet: endringer som venter på arrangørens lager: {n}. De har ikke kommet fram ennå. Synkroniser først; ingenting ble fjernet.</translation>
    </message>
    <message>
        <source>Note {id} is not a question for the experts; only those are answered.</source>
        <translation>Lappen {id} er ikke et spørsmål til ekspertene; bare slike besvares.</translation>
    </message>
    <message>
        <source>Notes of different questions cannot share a cluster.</source>
        <translation>Lapper fra ulike spørsmål kan ikke være i samme klynge.</translation>
    </message>
    <message>
        <source>Place at least one dot.</source>
        <translation>Sett minst én prikk.</translation>
    </message>
    <message>
        <source>Role &apos;{role}&apos; is a facilitator&apos;s role: the organisers&apos; desk needs the organisers&apos; role, which may read every group. Nothing was shown.</source>
        <translation>Rollen «{role}» er en fasilitatorrolle: arrangørenes oversikt krever arrangørenes rolle, som kan lese alle grupper. Ingenting ble vist.</translation>
    </message>
    <message>
        <source>Say who answers (a name of at most {max} characters).</source>
        <translation>Oppgi hvem som svarer (et navn på høyst {max} tegn).</translation>
    </message>
    <message>
        <source>Select one or more notes first.</source>
        <translation>Velg én eller flere lapper først.</translation>
    </message>
    <message>
        <source>Sync stopped: this laptop could not take what the central store sent ({reason}). Nothing was lost; the changes wait here and go with the next sync. If this happens again, tell the organisers.</source>
        <translation>Synkroniseringen stoppet: denne maskinen kunne ikke ta imot det som kom fra det sentrale lageret ({reason}). Ingenting gikk tapt; endringene venter her og sendes ved neste synkronisering. Si fra til arrangørene hvis dette skjer igjen.</translation>
    </message>
    <message>
        <source>That agenda item no longer exists.</source>
        <translation>Det agendapunktet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That author is not a participant of this group; nothing was added.</source>
        <translation>Den forfatteren er ikke deltaker i denne gruppa; ingenting ble lagt til.</translation>
    </message>
    <message>
        <source>That cluster no longer exists.</source>
        <translation>Den klyngen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That is {count} notes; at most {max} can be added at once. Use &apos;facilitator-app ideas import&apos; for long lists.</source>
        <translation>Det er {count} lapper; høyst {max} kan legges til om gangen. Bruk «facilitator-app ideas import» for lange lister.</translation>
    </message>
    <message>
        <source>That note has {count} characters; a note holds at most {max}. Split it into several notes.</source>
        <translation>Lappen har {count} tegn; en lapp rommer høyst {max}. Del den opp i flere lapper.</translation>
    </message>
    <message>
        <source>That note is not part of this vote.</source>
        <translation>Den lappen er ikke med i denne avstemningen.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Den lappen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That participant is not in this group.</source>
        <translation>Den deltakeren er ikke i denne gruppa.</translation>
    </message>
    <message>
        <source>That question is not on this group&apos;s agenda; nothing was added.</source>
        <translation>Det spørsmålet står ikke på gruppas agenda; ingenting ble lagt til.</translation>
    </message>
    <message>
        <source>That vote does not exist.</source>
        <translation>Den avstemningen finnes ikke.</translation>
    </message>
    <message>
        <source>The agenda is finished: there is no item to time.</source>
        <translation>Agendaen er ferdig: det finnes ikke noe punkt å ta tiden på.</translation>
    </message>
    <message>
        <source>The agenda is finished: there is no next item.</source>
        <translation>Agendaen er ferdig: det finnes ikke noe neste punkt.</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Svaret er tomt.</translation>
    </message>
    <message>
        <source>The central store holds no published plan yet. Publish it with &apos;facilitator-app central publish PLAN.json --central URL&apos;.</source>
        <translation>Sentrallageret har ingen publisert plan ennå. Publiser den med «facilitator-app central publish PLAN.json --central URL».</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {reason}.</source>
        <translation>Datamappen {folder} kan ikke brukes: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only. Choose a folder you can write to with --data-dir.</source>
        <translation>Datamappen {folder} er skrivebeskyttet. Velg en mappe du kan skrive til, med --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only. Nothing was changed.</source>
        <translation>Datamappen {folder} er skrivebeskyttet. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The database in {folder} could not be used: {reason}</source>
        <translation>Databasen i {folder} kunne ikke brukes: {reason}</translation>
    </message>
    <message>
        <source>The database in {folder} is busy (locked by another program). Try again.</source>
        <translation>Databasen i {folder} er opptatt (låst av et annet program). Prøv igjen.</translation>
    </message>
    <message>
        <source>The database in {folder} was not made by this app (its tables hold rows but it has no schema version). Choose another data folder.</source>
        <translation>Databasen i {folder} er ikke laget av dette programmet (tabellene har innhold, men databasen har ingen skjemaversjon). Velg en annen datamappe.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Nothing was changed; free some space and try again.</source>
        <translation>Disken med {folder} er full. Ingenting ble endret; frigjør plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The laptop needs a name.</source>
        <translation>Maskinen må ha et navn.</translation>
    </message>
    <message>
        <source>The note “{start}…” has {count} characters; a summary file holds notes of at most {max}. Shorten or split it, then export again.</source>
        <translation>Lappen «{start}…» har {count} tegn; en oppsummeringsfil rommer lapper på høyst {max} tegn. Forkort eller del den opp, og eksporter på nytt.</translation>
    </message>
    <message>
        <source>The published plan has no sessions.</source>
        <translation>Den publiserte planen har ingen sesjoner.</translation>
    </message>
    <message>
        <source>There is no question {id} (it may be deleted).</source>
        <translation>Det finnes ikke noe spørsmål {id} (det kan være slettet).</translation>
    </message>
    <message>
        <source>There is no question {id} in the central store.</source>
        <translation>Det finnes ikke noe spørsmål {id} i sentrallageret.</translation>
    </message>
    <message>
        <source>There is no session &apos;{key}&apos; in the central store (it has: {known}).</source>
        <translation>Det finnes ingen sesjon «{key}» i sentrallageret (det har: {known}).</translation>
    </message>
    <message>
        <source>There is no such dot on this note to take back.</source>
        <translation>Det finnes ingen slik prikk på denne lappen å ta tilbake.</translation>
    </message>
    <message>
        <source>There is no workshop &apos;{key}&apos; on this laptop.</source>
        <translation>Det finnes ikke noe idéverksted «{key}» på denne maskinen.</translation>
    </message>
    <message>
        <source>There is nothing to add.</source>
        <translation>Det er ingenting å legge til.</translation>
    </message>
    <message>
        <source>This is the first item: there is no previous one.</source>
        <translation>Dette er første punkt: det finnes ikke noe forrige.</translation>
    </message>
    <message>
        <source>This participant has used all {dots} dots. Take one back first.</source>
        <translation>Denne deltakeren har brukt alle {dots} prikkene. Ta tilbake en først.</translation>
    </message>
    <message>
        <source>This vote is closed.</source>
        <translation>Denne avstemningen er avsluttet.</translation>
    </message>
    <message>
        <source>Unknown actor “{value}”.</source>
        <translation>Ukjent aktør «{value}».</translation>
    </message>
    <message>
        <source>Unknown category “{value}”.</source>
        <translation>Ukjent kategori «{value}».</translation>
    </message>
    <message>
        <source>Use next or previous to make an item current.</source>
        <translation>Bruk neste eller forrige for å gjøre et punkt gjeldende.</translation>
    </message>
    <message>
        <source>{path} is a file; give a folder to write the files to.</source>
        <translation>{path} er en fil; oppgi en mappe filene skal skrives til.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created: {reason}.</source>
        <translation>Mappen {path} kan ikke opprettes: {reason}.</translation>
    </message>
    <message>
        <source>The published plan&apos;s certificate rule ({value}) is not a number of sessions; publish the plan again, or give the number of sessions here.</source>
        <translation>Regelen for deltakerbevis i den publiserte planen ({value}) er ikke et antall sesjoner; publiser planen på nytt, eller oppgi antall sesjoner her.</translation>
    </message>
    <message>
        <source>Nobody can attend {wanted} sessions: the workshop has {sessions}.</source>
        <translation>Ingen kan delta på {wanted} sesjoner: idéverkstedet har {sessions}.</translation>
    </message>
    <message>
        <source>Only the organisers&apos; role can issue certificates; connected as &apos;{role}&apos;.</source>
        <translation>Bare arrangørenes rolle kan utstede deltakerbevis; tilkoblet som «{role}».</translation>
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
        <translation>Enter lagrer, Esc avbryter; #u #t #s #a, !aktør og @navn virker som når du skriver inn</translation>
    </message>
</context>
</TS>
