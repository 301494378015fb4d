<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopier detaljar</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Opne datamappa</translation>
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
        <translation>Kopier detaljar til ei problemmelding</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>Everything you do is saved in this data folder. Uninstalling the app leaves it in place; copy it to keep a backup:
{folder}</source>
        <translation>Alt du gjer, blir lagra i denne datamappa. Ho blir liggjande om du avinstallerer appen; kopier ho for å ta tryggleikskopi:
{folder}</translation>
    </message>
    <message>
        <source>Facilitator app, version {version}</source>
        <translation>Fasilitatorappen, versjon {version}</translation>
    </message>
    <message>
        <source>How to report a problem</source>
        <translation>Slik melder du frå om eit problem</translation>
    </message>
    <message>
        <source>Offline-first tool for the facilitators of idea workshops.</source>
        <translation>Verktøy for fasilitatorar i idéverkstader, som verkar utan nett.</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Opne datamappa</translation>
    </message>
    <message>
        <source>To report a problem, click Copy details and send them to the organisers of your workshop, together with what you did and what you saw.</source>
        <translation>For å melde frå om eit problem: klikk Kopier detaljar og send dei til arrangørane av verkstaden, saman med kva du gjorde og kva du såg.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>What the app is</source>
        <translation>Kva appen er</translation>
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
        <translation>&amp;Minutt:</translation>
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
        <translation>Legg til eit punkt på agendaen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sub-questions, one per line</source>
        <translation>Underspørsmål, eitt per linje</translation>
    </message>
    <message>
        <source>Timebox in minutes</source>
        <translation>Tidsramme i minutt</translation>
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
        <translation>Førre punkt</translation>
    </message>
    <message>
        <source>Reopen item</source>
        <translation>Opne punkt på nytt</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Endre rekkjefølgja på agendaen</translation>
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
        <translation>Legg til eit punkt</translation>
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
        <translation>Endre notatet til det valde punktet</translation>
    </message>
    <message>
        <source>Edit the timebox of the selected item</source>
        <translation>Endre tidsramma for det valde punktet</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Fasilitatornotat</translation>
    </message>
    <message>
        <source>Mark the selected item done</source>
        <translation>Merk det valde punktet som ferdig</translation>
    </message>
    <message>
        <source>Minutes for “{title}” (1 to {max}):</source>
        <translation>Minutt for «{title}» (1 til {max}):</translation>
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
        <translation>Notat til «{title}» (berre for deg):</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notat …</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Førre punkt</translation>
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
        <translation>Hopp over det valde punktet</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Innlegg</translation>
    </message>
    <message>
        <source>The agenda is {n} min longer than the session: shorten or skip something.</source>
        <translation>Agendaen er {n} min lengre enn sesjonen: kort ned eller hopp over noko.</translation>
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
        <translation>Gåtur</translation>
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
        <source>{mark}{start}  {title}  ({minutes} min)</source>
        <translation>{mark}{start}  {title}  ({minutes} min)</translation>
    </message>
    <message>
        <source>{title}, {minutes} minutes, {status}</source>
        <translation>{title}, {minutes} minutt, {status}</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Førre</translation>
    </message>
</context>
<context>
    <name>AgendaTimerActions</name>
    <message>
        <source>&amp;Sound when time is up</source>
        <translation>&amp;Lyd når tida er ute</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Mus</translation>
    </message>
    <message>
        <source>Reorder by dragging</source>
        <translation>Endre rekkjefølgja ved å dra</translation>
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
        <translation>Innbyggjarane</translation>
    </message>
    <message>
        <source>Council (politicians)</source>
        <translation>Kommunestyret (politikarane)</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylkeskommunen</translation>
    </message>
    <message>
        <source>Experts&apos; answer (%1)</source>
        <translation>Svaret frå ekspertane (%1)</translation>
    </message>
    <message>
        <source>Idea / measure</source>
        <translation>Idé / tiltak</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Question for the experts</source>
        <translation>Spørsmål til ekspertane</translation>
    </message>
    <message>
        <source>State / county governor</source>
        <translation>Staten / statsforvaltaren</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjend</translation>
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
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Forfattar</translation>
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
        <translation>Kven må &amp;handle</translation>
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
        <translation>Namn på klynga:</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Kunne ikkje skrive {path}: {error}</translation>
    </message>
    <message>
        <source>Dots per participant:</source>
        <translation>Prikkar per deltakar:</translation>
    </message>
    <message>
        <source>Export as picture</source>
        <translation>Eksporter som bilete</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Samle lappar</translation>
    </message>
    <message>
        <source>Make {n} notes, one per line, in the current question?</source>
        <translation>Lage {n} lappar, éin per linje, i gjeldande spørsmål?</translation>
    </message>
    <message>
        <source>Open a dot vote</source>
        <translation>Start prikkrøysting</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-bilete (*.png);;SVG-teikning (*.svg)</translation>
    </message>
    <message>
        <source>Paste as notes</source>
        <translation>Lim inn som lappar</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Gje klynga nytt namn</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Lagra {path}</translation>
    </message>
    <message>
        <source>Select one or more notes first.</source>
        <translation>Vel éin eller fleire lappar først.</translation>
    </message>
    <message>
        <source>Select the notes to group first.</source>
        <translation>Vel først lappane som skal samlast.</translation>
    </message>
    <message>
        <source>The current question has no notes yet.</source>
        <translation>Det gjeldande spørsmålet har ingen lappar enno.</translation>
    </message>
    <message>
        <source>There is no current question to export.</source>
        <translation>Det finst ikkje noko gjeldande spørsmål å eksportere.</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <source>Add a dot</source>
        <translation>Set ein prikk</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Legg til lapp</translation>
    </message>
    <message>
        <source>Arrange notes</source>
        <translation>Ordne lappar</translation>
    </message>
    <message>
        <source>Change author</source>
        <translation>Endre forfattar</translation>
    </message>
    <message>
        <source>Change notes</source>
        <translation>Endre lappar</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Avslutt røystinga</translation>
    </message>
    <message>
        <source>Delete {n} note(s)</source>
        <translation>Slett {n} lapp(ar)</translation>
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation>Dupliser lappar</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Endre lapp</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Grupper lappar</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flytt lappar</translation>
    </message>
    <message>
        <source>Move to question</source>
        <translation>Flytt til spørsmål</translation>
    </message>
    <message>
        <source>No single participant matches {word}.</source>
        <translation>Ingen einskild deltakar passar med {word}.</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Inga røysting er i gang.</translation>
    </message>
    <message>
        <source>No vote is open. Open one from the Board menu.</source>
        <translation>Inga røysting er i gang. Start ei frå Tavle-menyen.</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>Start røysting</translation>
    </message>
    <message>
        <source>Paste {n} notes</source>
        <translation>Lim inn {n} lappar</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Gje klynga nytt namn</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Endre storleik på lapp</translation>
    </message>
    <message>
        <source>Select one cluster (or notes of one cluster) first.</source>
        <translation>Vel éi klynge (eller lappar i éi klynge) først.</translation>
    </message>
    <message>
        <source>Select one or more notes first.</source>
        <translation>Vel éin eller fleire lappar først.</translation>
    </message>
    <message>
        <source>Select the note to vote on first.</source>
        <translation>Vel lappen det skal røystast på, først.</translation>
    </message>
    <message>
        <source>Sort by votes</source>
        <translation>Sorter etter røyster</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Ta tilbake ein prikk</translation>
    </message>
    <message>
        <source>The agenda has no question to move notes to.</source>
        <translation>Agendaen har ikkje noko spørsmål å flytte lappar til.</translation>
    </message>
    <message>
        <source>The clipboard holds no text; only text can become notes.</source>
        <translation>Utklippstavla inneheld ingen tekst; berre tekst kan bli lappar.</translation>
    </message>
    <message>
        <source>The clipboard holds {n} lines; at most {max} can be pasted at once. Use &apos;facilitator-app ideas import&apos; for long lists.</source>
        <translation>Utklippstavla har {n} linjer; høgst {max} kan limast inn om gongen. Bruk «facilitator-app ideas import» for lange lister.</translation>
    </message>
    <message>
        <source>The vote is closed and recorded.</source>
        <translation>Røystinga er avslutta og lagra.</translation>
    </message>
    <message>
        <source>There has been no vote on this board yet.</source>
        <translation>Det har ikkje vore noka røysting på denne tavla enno.</translation>
    </message>
    <message>
        <source>Type the idea first; an empty note is not added.</source>
        <translation>Skriv ideen først; ein tom lapp blir ikkje lagd til.</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Løys opp klynge</translation>
    </message>
    <message>
        <source>{n} of the lines are longer than {max} characters; nothing was added.</source>
        <translation>{n} av linjene er lengre enn {max} teikn; ingenting vart lagt til.</translation>
    </message>
    <message>
        <source>{word} is not a category: use #c, #m, #q or #o.</source>
        <translation>{word} er ikkje ein kategori: bruk #u, #t, #s eller #a (eller #c, #m, #q, #o).</translation>
    </message>
    <message>
        <source>{word} is not an actor: use !council, !admin, !county, !state, !business, !citizens or !unknown.</source>
        <translation>{word} er ikkje ein aktør: bruk !kommunestyret, !adm, !fylke, !stat, !næringsliv, !innbyggjarar eller !ukjend.</translation>
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
        <translation>Anonyme prikkar</translation>
    </message>
    <message>
        <source>Author of the next note</source>
        <translation>Forfattar av neste lapp</translation>
    </message>
    <message>
        <source>Capture an idea</source>
        <translation>Skriv inn ein idé</translation>
    </message>
    <message>
        <source>Category of the next note</source>
        <translation>Kategori for neste lapp</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Avslutt røystinga</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filtrer lappar</translation>
    </message>
    <message>
        <source>Filter notes…</source>
        <translation>Filtrer lappar …</translation>
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
        <source>The clipboard text has {n} characters; a note holds at most {max}.</source>
        <translation>Teksten på utklippstavla har {n} teikn; ein lapp kan ha høgst {max}.</translation>
    </message>
    <message>
        <source>Type an idea, press Enter  ·  @name author  #c #m #q #o category  !actor</source>
        <translation>Skriv ein idé, trykk Enter  ·  @namn forfattar  #u #t #s #a kategori  !aktør</translation>
    </message>
    <message>
        <source>Vote open on {scope}: {dots} dots each · {total} of {cap} placed · {mine}</source>
        <translation>Røysting over {scope}: {dots} prikkar kvar · {total} av {cap} sette · {mine}</translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation>Røystar:</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Kven røystar</translation>
    </message>
    <message>
        <source>Who must act, for the next note</source>
        <translation>Kven må handle, for neste lapp</translation>
    </message>
    <message>
        <source>a removed question</source>
        <translation>eit fjerna spørsmål</translation>
    </message>
    <message>
        <source>the whole board</source>
        <translation>heile tavla</translation>
    </message>
    <message>
        <source>{n} match(es)</source>
        <translation>{n} treff</translation>
    </message>
    <message>
        <source>{used} anonymous dots</source>
        <translation>{used} anonyme prikkar</translation>
    </message>
    <message>
        <source>{used} of {dots} dots used</source>
        <translation>{used} av {dots} prikkar brukte</translation>
    </message>
</context>
<context>
    <name>CaptureKeys</name>
    <message>
        <source>The clipboard holds no text; only text can become notes.</source>
        <translation>Utklippstavla inneheld ingen tekst; berre tekst kan bli lappar.</translation>
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
        <translation>raudlilla</translation>
    </message>
    <message>
        <source>light grey</source>
        <translation>lysegrå</translation>
    </message>
    <message>
        <source>Category colours</source>
        <translation>Kategorifargar</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategoriar:</translation>
    </message>
    <message>
        <source>{category}: {colour}</source>
        <translation>{category}: {colour}</translation>
    </message>
    <message>
        <source>Band on top: a colour you chose</source>
        <translation>Stripe øvst: ein farge du har valt</translation>
    </message>
    <message>
        <source>Choose Yellow in a note&apos;s Colour menu to take the band away</source>
        <translation>Vel Gul i Farge-menyen til lappen for å ta bort stripa</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>&apos;%1&apos; from %2 at %3</source>
        <translation>«%1» frå %2 kl. %3</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Kolonneoverskrifter</translation>
    </message>
    <message>
        <source>Conflicts between laptops</source>
        <translation>Konfliktar mellom maskiner</translation>
    </message>
    <message>
        <source>Group (facilitator)</source>
        <translation>Gruppe (fasilitator)</translation>
    </message>
    <message>
        <source>Kept (the later change won)</source>
        <translation>Behalden (den seinaste endringa vann)</translation>
    </message>
    <message>
        <source>Lost (kept in this list)</source>
        <translation>Tapt (teken vare på i denne lista)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
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
        <translation>&amp;Importer ei planfil …</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesjon:</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Idéverkstad:</translation>
    </message>
    <message>
        <source>Choose session and group</source>
        <translation>Vel sesjon og gruppe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Import workshop plan</source>
        <translation>Importer verkstadplan</translation>
    </message>
    <message>
        <source>No workshop plan yet. Import the plan file you got from the organisers.</source>
        <translation>Ingen verkstadplan enno. Importer planfila du har fått frå arrangøren.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesjon</translation>
    </message>
    <message>
        <source>The plan could not be imported</source>
        <translation>Planen kunne ikkje importerast</translation>
    </message>
    <message>
        <source>Which session and group are you leading?</source>
        <translation>Kva for sesjon og gruppe leier du?</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Idéverkstad</translation>
    </message>
    <message>
        <source>Workshop plan (*.json)</source>
        <translation>Verkstadplan (*.json)</translation>
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
            <numerusform>%n spørsmål ventar på svar</numerusform>
            <numerusform>%n spørsmål ventar på svar</numerusform>
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
        <translation>Svaret er lagra; gruppa ser det etter neste synkronisering.</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>Svara &amp;av:</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Svara av</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Spurt</translation>
    </message>
    <message>
        <source>Choose a question to answer it.</source>
        <translation>Vel eit spørsmål for å svare på det.</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Kolonneoverskrifter</translation>
    </message>
    <message>
        <source>Earlier answers</source>
        <translation>Tidlegare svar</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Only &amp;unanswered</source>
        <translation>Berre &amp;ubesvarte</translation>
    </message>
    <message>
        <source>Questions for the experts</source>
        <translation>Spørsmål til ekspertane</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>Send svar</translation>
    </message>
    <message>
        <source>Sending again corrects the answer; earlier words are kept.</source>
        <translation>Sender du på nytt, blir svaret retta; det som vart skrive før, blir teke vare på.</translation>
    </message>
    <message>
        <source>Sending the answer…</source>
        <translation>Sender svaret …</translation>
    </message>
    <message>
        <source>Show only unanswered questions</source>
        <translation>Vis berre ubesvarte spørsmål</translation>
    </message>
    <message>
        <source>Status of the inbox</source>
        <translation>Status for innboksen</translation>
    </message>
    <message>
        <source>The answer was not stored: %1</source>
        <translation>Svaret vart ikkje lagra: %1</translation>
    </message>
    <message>
        <source>The group asks</source>
        <translation>Gruppa spør</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ventar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n challenge(s)</source>
        <translation>
            <numerusform>%n utfordring</numerusform>
            <numerusform>%n utfordringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced to the central store; the files hold every one.</source>
        <translation>
            <numerusform>%n endring er ikkje synkronisert til sentrallageret enno; filene har ho med.</numerusform>
            <numerusform>%n endringar er ikkje synkroniserte til sentrallageret enno; filene har dei alle med.</numerusform>
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
            <numerusform>%n prikkrøysting, avslutta.</numerusform>
            <numerusform>%n prikkrøystingar, alle avslutta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot votes, one of them still open.</source>
        <translation>
            <numerusform>%n prikkrøysting, framleis open.</numerusform>
            <numerusform>%n prikkrøystingar, éi av dei framleis open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot votes, {open} of them still open.</source>
        <translation>
            <numerusform>%n prikkrøysting, {open} av dei framleis opne.</numerusform>
            <numerusform>%n prikkrøystingar, {open} av dei framleis opne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idear</numerusform>
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
            <numerusform>%n anna idé</numerusform>
            <numerusform>%n andre idear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for the experts</source>
        <translation>
            <numerusform>%n spørsmål til ekspertane</numerusform>
            <numerusform>%n spørsmål til ekspertane</numerusform>
        </translation>
    </message>
    <message>
        <source>1 dot vote, still open.</source>
        <translation>1 prikkrøysting, framleis open.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you export&lt;/b&gt;</source>
        <translation>&lt;b&gt;Før du eksporterer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vel …</translation>
    </message>
    <message>
        <source>End session and export</source>
        <translation>Avslutt sesjonen og eksporter</translation>
    </message>
    <message>
        <source>Everything is synced to the central store.</source>
        <translation>Alt er synkronisert til sentrallageret.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>Eksporter på nytt</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Filer som vart skrivne</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Folder for the exported files</source>
        <translation>Mappe for dei eksporterte filene</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Format</translation>
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
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>No central store is set, so sync does not reach the organisers: give them the summary file.</source>
        <translation>Det er ikkje valt noko sentrallager, så synkroniseringa når ikkje fram til arrangørane: gje dei samandragsfila.</translation>
    </message>
    <message>
        <source>No dot votes.</source>
        <translation>Ingen prikkrøystingar.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Opne mappa</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Public version: leave out names, authors and facilitator notes</source>
        <translation>Offentleg versjon: utelat namn, forfattarar og notata til fasilitatoren</translation>
    </message>
    <message>
        <source>Still running on the agenda: {items}.</source>
        <translation>Framleis i gang på agendaen: {items}.</translation>
    </message>
    <message>
        <source>Summary file (JSON) – for the organisers</source>
        <translation>Samandragsfil (JSON) – til arrangøren</translation>
    </message>
    <message>
        <source>The export stopped: {reason}</source>
        <translation>Eksporten stoppa: {reason}</translation>
    </message>
    <message>
        <source>The organisers cannot load a public summary file into their store: send them a summary file exported without this tick.</source>
        <translation>Arrangørane kan ikkje laste eit offentleg samandrag inn i lageret sitt: send dei ei samandragsfil som er eksportert utan dette krysset.</translation>
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
        <translation>{count} filer skrivne til {folder}:</translation>
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
            <numerusform>%1 (for %n min sidan)</numerusform>
            <numerusform>%1 (for %n min sidan)</numerusform>
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
        <translation>Konfliktar</translation>
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
        <translation>Idear (per spørsmål)</translation>
    </message>
    <message>
        <source>Laptops (last sync)</source>
        <translation>Maskiner (siste synk)</translation>
    </message>
    <message>
        <source>Now on</source>
        <translation>Held på med</translation>
    </message>
    <message>
        <source>Open votes</source>
        <translation>Opne røystingar</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <source>agenda finished</source>
        <translation>agendaen er ferdig</translation>
    </message>
    <message>
        <source>no sync yet</source>
        <translation>ikkje synkronisert enno</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikkje starta</translation>
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
        <translation>%1 (berre lesing)</translation>
    </message>
    <message>
        <source>%1, %2: %3 notes, read at %4.</source>
        <translation>%1, %2: %3 lappar, lese kl. %4.</translation>
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
        <translation>&amp;Heile tavla</translation>
    </message>
    <message>
        <source>A vote is open.</source>
        <translation>Ei røysting er i gang.</translation>
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
        <translation>Agenda: planlagde og faktiske tider</translation>
    </message>
    <message>
        <source>Board of %1, read-only</source>
        <translation>Tavla til %1, berre lesing</translation>
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
        <translation>Minutt (plan/faktisk)</translation>
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
        <translation>Hentar tavla …</translation>
    </message>
    <message>
        <source>STALE: %1 Shown as read before.</source>
        <translation>UTDATERT: %1 Viser det som vart lese før.</translation>
    </message>
    <message>
        <source>Show the whole board</source>
        <translation>Vis heile tavla</translation>
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
        <translation>i gang</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppa over</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>står att</translation>
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
        <translation>&amp;Ordne gjeldande spørsmål etter klynge</translation>
    </message>
    <message>
        <source>&amp;Close vote</source>
        <translation>A&amp;vslutt røystinga</translation>
    </message>
    <message>
        <source>&amp;Duplicate notes</source>
        <translation>&amp;Dupliser lappar</translation>
    </message>
    <message>
        <source>&amp;Edit note text</source>
        <translation>&amp;Rediger teksten på lappen</translation>
    </message>
    <message>
        <source>&amp;End session and export…</source>
        <translation>&amp;Fullfør sesjonen og eksporter…</translation>
    </message>
    <message>
        <source>&amp;Filter notes</source>
        <translation>&amp;Filtrer lappar</translation>
    </message>
    <message>
        <source>&amp;Fit whole board</source>
        <translation>&amp;Vis heile tavla</translation>
    </message>
    <message>
        <source>&amp;Group into cluster…</source>
        <translation>Gr&amp;upper i klynge …</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Snøggtastar</translation>
    </message>
    <message>
        <source>&amp;Move selected notes to the current question</source>
        <translation>&amp;Flytt valde lappar til gjeldande spørsmål</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Neste punkt</translation>
    </message>
    <message>
        <source>&amp;Next voter</source>
        <translation>Neste som røystar</translation>
    </message>
    <message>
        <source>&amp;One minute more</source>
        <translation>&amp;Eitt minutt meir</translation>
    </message>
    <message>
        <source>&amp;Paste lines as notes…</source>
        <translation>Lim inn lin&amp;jer som lappar …</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <translation>&amp;Presentasjonsvising</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Førre punkt</translation>
    </message>
    <message>
        <source>&amp;Rename cluster…</source>
        <translation>Gje klynga nytt &amp;namn …</translation>
    </message>
    <message>
        <source>&amp;Reset timer</source>
        <translation>Nu&amp;llstill tidtakar</translation>
    </message>
    <message>
        <source>&amp;Sort current question by votes</source>
        <translation>&amp;Sorter gjeldande spørsmål etter røyster</translation>
    </message>
    <message>
        <source>&amp;Start / pause timer</source>
        <translation>&amp;Start / pause tidtakar</translation>
    </message>
    <message>
        <source>&amp;Switch session or group…</source>
        <translation>&amp;Byt sesjon eller gruppe …</translation>
    </message>
    <message>
        <source>&amp;Take back a dot from selected notes</source>
        <translation>Ta t&amp;ilbake ein prikk frå valde lappar</translation>
    </message>
    <message>
        <source>&amp;Ungroup cluster</source>
        <translation>Løys opp &amp;klynge</translation>
    </message>
    <message>
        <source>Add a &amp;dot to selected notes</source>
        <translation>Set ein &amp;prikk på valde lappar</translation>
    </message>
    <message>
        <source>Add the next note to the selection</source>
        <translation>Legg neste lapp til utvalet</translation>
    </message>
    <message>
        <source>Add the typed note</source>
        <translation>Legg til lappen du har skrive</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Overalt</translation>
    </message>
    <message>
        <source>Category (challenge, idea, question, other)</source>
        <translation>Kategori (utfordring, idé, spørsmål, anna)</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Fjern markeringa</translation>
    </message>
    <message>
        <source>Colour (yellow, pink, green, blue, orange, purple)</source>
        <translation>Farge (gul, rosa, grøn, blå, oransje, lilla)</translation>
    </message>
    <message>
        <source>De&amp;lete notes</source>
        <translation>S&amp;lett lappar</translation>
    </message>
    <message>
        <source>Delete selected notes</source>
        <translation>Slett valde lappar</translation>
    </message>
    <message>
        <source>E&amp;xport board as picture…</source>
        <translation>Eksporter tavla som &amp;bilete …</translation>
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
        <translation>Eksporter gjeldande spørs&amp;mål som bilete …</translation>
    </message>
    <message>
        <source>Fit &amp;current question</source>
        <translation>Vis &amp;gjeldande spørsmål</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Fullskjerm</translation>
    </message>
    <message>
        <source>In the agenda list</source>
        <translation>I agendalista</translation>
    </message>
    <message>
        <source>In the empty capture field</source>
        <translation>I det tomme innskrivingsfeltet</translation>
    </message>
    <message>
        <source>In the presenter view</source>
        <translation>I presentasjonsvisinga</translation>
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
        <translation>Flytt valde lappar (Shift: éin piksel)</translation>
    </message>
    <message>
        <source>One minute &amp;less</source>
        <translation>Eitt minutt m&amp;indre</translation>
    </message>
    <message>
        <source>Open &amp;vote on current question…</source>
        <translation>St&amp;art røysting om gjeldande spørsmål …</translation>
    </message>
    <message>
        <source>Open vote on &amp;whole board…</source>
        <translation>Start røysting om h&amp;eile tavla …</translation>
    </message>
    <message>
        <source>Paste several lines as notes</source>
        <translation>Lim inn fleire linjer som lappar</translation>
    </message>
    <message>
        <source>Pre&amp;vious voter</source>
        <translation>Førre som røystar</translation>
    </message>
    <message>
        <source>R&amp;eopen item</source>
        <translation>O&amp;pne punkt på nytt</translation>
    </message>
    <message>
        <source>S&amp;kip item</source>
        <translation>&amp;Hopp over punkt</translation>
    </message>
    <message>
        <source>Select next note</source>
        <translation>Vel neste lapp</translation>
    </message>
    <message>
        <source>Select previous note</source>
        <translation>Vel førre lapp</translation>
    </message>
    <message>
        <source>Show notes as a &amp;list (or the board)</source>
        <translation>Vis lappane &amp;som liste (eller tavla)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkroniser no</translation>
    </message>
    <message>
        <source>Who must act (in the order of the Board menu)</source>
        <translation>Kven må handle (i rekkjefølgja i Tavle-menyen)</translation>
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
        <translation>Arrangørane si &amp;oversikt …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
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
        <translation>Sesjonen er fullført. Rediger ▸ Angre opnar han på nytt.</translation>
    </message>
    <message>
        <source>{group} · {session} – Facilitator</source>
        <translation>{group} · {session} – Fasilitator</translation>
    </message>
    <message>
        <source>{workshop} · {group} ({facilitator}) · everything is saved as you work</source>
        <translation>{workshop} · {group} ({facilitator}) · alt blir lagra medan du arbeider</translation>
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
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n røyst</numerusform>
            <numerusform>%n røyster</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfattar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <source>F2 or Enter edits the text, Delete deletes, Ctrl+1 to Ctrl+4 set the category, Alt+1 to Alt+7 who must act; the menu key shows all choices</source>
        <translation>F2 eller Enter endrar teksten, Delete slettar, Ctrl+1 til Ctrl+4 vel kategori, Alt+1 til Alt+7 kven som må handle; menytasten viser alle vala</translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation>Inga klynge</translation>
    </message>
    <message>
        <source>Notes of the current question</source>
        <translation>Lappane til det gjeldande spørsmålet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The current question has no notes yet.</source>
        <translation>Det gjeldande spørsmålet har ingen lappar enno.</translation>
    </message>
    <message>
        <source>Unknown participant</source>
        <translation>Ukjend deltakar</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Røyster</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Kven må handle</translation>
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
        <translation>%1, lese kl. %2; blir oppdatert kvart 15. sekund.</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konfliktar</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupper</translation>
    </message>
    <message>
        <source>&amp;Open group…</source>
        <translation>O&amp;pne gruppe …</translation>
    </message>
    <message>
        <source>&amp;Questions for the experts</source>
        <translation>Spørsmål til &amp;ekspertane</translation>
    </message>
    <message>
        <source>&amp;Refresh now (F5)</source>
        <translation>&amp;Oppdater no (F5)</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesjon:</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Idéverkstaden</translation>
    </message>
    <message>
        <source>(reading…)</source>
        <translation>(hentar …)</translation>
    </message>
    <message>
        <source>Attendance per session and group</source>
        <translation>Oppmøte per sesjon og gruppe</translation>
    </message>
    <message>
        <source>Build the workshop results and the participation certificates</source>
        <translation>Lag resultata frå idéverkstaden og deltakarbevisa</translation>
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
        <translation>Inga ny lesing enno.</translation>
    </message>
    <message>
        <source>Open the selected group&apos;s board</source>
        <translation>Opne tavla til den valde gruppa</translation>
    </message>
    <message>
        <source>Organisers&apos; desk</source>
        <translation>Arrangørane si oversikt</translation>
    </message>
    <message>
        <source>Reading the central store…</source>
        <translation>Hentar frå sentrallageret …</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Oppdater no</translation>
    </message>
    <message>
        <source>Res&amp;ults and certificates…</source>
        <translation>Resu&amp;ltat og deltakarbevis …</translation>
    </message>
    <message>
        <source>STALE: shown as read at %1. %2</source>
        <translation>UTDATERT: viser det som vart lese kl. %1. %2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesjon</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesjonar</translation>
    </message>
    <message>
        <source>Status of the overview</source>
        <translation>Status for oversikta</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visingar</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt; – {present} of {total} present</source>
        <translation>&lt;b&gt;Deltakarar&lt;/b&gt; – {present} av {total} til stades</translation>
    </message>
    <message>
        <source>Participants and attendance</source>
        <translation>Deltakarar og oppmøte</translation>
    </message>
    <message>
        <source>Tick when {name} is present in this session.</source>
        <translation>Kryss av når {name} er til stades i denne sesjonen.</translation>
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
        <translation>Presentasjonsvising</translation>
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
        <translation>Tida er ute</translation>
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
        <translation>Fjern denne idéverkstaden frå &amp;maskinen …</translation>
    </message>
    <message>
        <source>Remove workshop</source>
        <translation>Fjern idéverkstad</translation>
    </message>
    <message>
        <source>The organisers&apos; store holds everything this laptop recorded for “{workshop}”.

Remove the workshop from this laptop now? Names, ideas, votes and attendance are deleted here and cannot be brought back; the organisers keep their copy. The window closes afterwards.</source>
        <translation>Lageret til arrangørane har alt denne maskinen registrerte for «{workshop}».

Vil du fjerne idéverkstaden frå denne maskinen no? Namn, idear, røyster og oppmøte blir sletta her og kan ikkje hentast tilbake; arrangørane held på kopien sin. Vindauget blir lukka etterpå.</translation>
    </message>
    <message>
        <source>The organisers closed “{workshop}” on {date} and removed its personal data from their store.</source>
        <translation>Arrangørane stengde «{workshop}» {date} og fjerna personopplysningane frå lageret sitt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here after that were not kept by them and are deleted with the rest.</source>
        <translation>
            <numerusform>%n endring gjord her etter det vart ikkje teken vare på hos dei og blir sletta saman med resten.</numerusform>
            <numerusform>%n endringar gjorde her etter det vart ikkje tekne vare på hos dei og blir sletta saman med resten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the workshop from this laptop now? Names, ideas, votes and attendance are deleted here and cannot be brought back. The window closes afterwards.</source>
        <translation>Vil du fjerne idéverkstaden frå denne maskinen no? Namn, idear, røyster og oppmøte blir sletta her og kan ikkje hentast tilbake. Vindauget blir lukka etterpå.</translation>
    </message>
    <message>
        <source>“{workshop}” was removed from this laptop.</source>
        <translation>«{workshop}» er fjerna frå denne maskinen.</translation>
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
        <translation>%1 finst allereie.
Vil du byte den ut?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Vel</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Sjå &amp;i:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Opne</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gje nytt namn</translation>
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
        <translation>Vis med detaljar</translation>
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
        <translation>Lag ei ny mappe</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvising</translation>
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
        <translation>Fil&amp;namn:</translation>
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
        <translation>Gå til mappa over</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevising</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Stader og bokmerke</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Mappa over</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;gøymde filer</translation>
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
        <translation>Endra</translation>
    </message>
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
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
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
        <translation>Opne</translation>
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
        <translation>&amp;Gjer om</translation>
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
        <translation>&amp;Deltakarbevis …</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>&amp;Minimum sessions for a certificate:</source>
        <translation>Minst så mange sesjonar for &amp;deltakarbevis:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Førehandsvis</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>&amp;Skriv rapport</translation>
    </message>
    <message>
        <source>Central s&amp;tore:</source>
        <translation>Sentral&amp;lager:</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Sentrallager</translation>
    </message>
    <message>
        <source>Certificates written: {count}, with their register, in {folder}.</source>
        <translation>Deltakarbevis skrivne: {count}, med register, i {folder}.</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Vel mappe for filene</translation>
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
        <translation>Filer skrivne: {count}, i {folder}.</translation>
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
        <translation>Format:</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Språket i dokumenta</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>P&amp;ublic version (no names)</source>
        <translation>&amp;Offentleg versjon (utan namn)</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Førehandsvising av rapporten</translation>
    </message>
    <message>
        <source>Preview ready. Nothing was written yet.</source>
        <translation>Førehandsvisinga er klar. Ingenting er skrive enno.</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>Førehandsvis rapporten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Public version without names</source>
        <translation>Offentleg versjon utan namn</translation>
    </message>
    <message>
        <source>Reading the central store…</source>
        <translation>Hentar frå sentrallageret …</translation>
    </message>
    <message>
        <source>Session &amp;id:</source>
        <translation>Sesjons-&amp;ID:</translation>
    </message>
    <message>
        <source>Session id (empty: all sessions)</source>
        <translation>Sesjons-ID (tom: alle sesjonar)</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>As the plan says</source>
        <translation>Som planen seier</translation>
    </message>
    <message>
        <source>Sessions a participant must have attended. “As the plan says” applies the workshop plan&apos;s rule, or one session when the plan sets none.</source>
        <translation>Sesjonar ein deltakar må ha vore til stades på. «Som planen seier» brukar regelen i verkstadplanen, eller éin sesjon når planen ikkje set nokon.</translation>
    </message>
    <message>
        <source>Sessions needed for a certificate</source>
        <translation>Sesjonar som trengst for deltakarbevis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule from the plan: present at {min} or more of {total} sessions.</source>
        <translation>Regel frå planen: til stades på minst {min} av {total} sesjonar.</translation>
    </message>
    <message>
        <source>Rule chosen here: present at {min} or more of {total} sessions.</source>
        <translation>Regel vald her: til stades på minst {min} av {total} sesjonar.</translation>
    </message>
    <message>
        <source>The plan sets no rule: present at {min} or more of {total} sessions.</source>
        <translation>Planen set ingen regel: til stades på minst {min} av {total} sesjonar.</translation>
    </message>
    <message>
        <source>No attendance has arrived from {groups}: their participants have no certificate yet.</source>
        <translation>Ikkje noko oppmøte har kome fram frå {groups}: deltakarane der har ikkje fått deltakarbevis enno.</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Stoppa: {reason}</translation>
    </message>
    <message>
        <source>Tick at least one format.</source>
        <translation>Kryss av for minst eitt format.</translation>
    </message>
    <message>
        <source>Workshop results</source>
        <translation>Resultat frå idéverkstaden</translation>
    </message>
    <message>
        <source>Write the participation certificates</source>
        <translation>Skriv deltakarbevisa</translation>
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
        <translation>Lagar deltakarbevisa …</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Lagar rapporten …</translation>
    </message>
    <message>
        <source>all sessions</source>
        <translation>alle sesjonar</translation>
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
        <translation>Snøggtastar</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tastar</translation>
    </message>
    <message>
        <source>Undo ({undo}) and redo ({redo}) work for agenda changes too. Tab moves between all controls.</source>
        <translation>Angre ({undo}) og gjer om ({redo}) verkar også for endringar i agendaen. Tab flyttar mellom alle kontrollane.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kvar</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The organisers have closed this workshop.</source>
        <translation>Arrangørane har stengt denne idéverkstaden.</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Synkroniseringa mislukkast: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n endring ventar på å bli send.</numerusform>
            <numerusform>%n endringar ventar på å bli sende.</numerusform>
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
            <numerusform>Kontrollert: lageret til arrangørane har %n lapp frå gruppe {name}, og alt anna gruppa har laga her.</numerusform>
            <numerusform>Kontrollert: lageret til arrangørane har alle dei %n lappane frå gruppe {name}, og alt anna gruppa har laga her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktar</translation>
    </message>
    <message>
        <source>Conflicts: {n}. When the same thing was changed on two laptops the later change wins; the other version is kept here and sent to the organisers.</source>
        <translation>Konfliktar: {n}. Når det same vart endra på to maskiner, vinn den seinaste endringa; den andre versjonen blir teken vare på her og send til arrangørane.</translation>
    </message>
    <message>
        <source>Last sync at {time}: sent {sent}, received {received}.</source>
        <translation>Siste synkronisering kl. {time}: sende {sent}, fekk {received}.</translation>
    </message>
    <message>
        <source>Last sync failed: {reason}</source>
        <translation>Siste synkronisering mislukkast: {reason}</translation>
    </message>
    <message>
        <source>No central store is set: changes go to a store inside this data folder, which the organisers do not see. Choose their central store under Settings…, or give them the summary file.</source>
        <translation>Det er ikkje valt noko sentrallager: endringane går til eit lager i denne datamappa, som arrangørane ikkje ser. Vel sentrallageret deira under Innstillingar …, eller gje dei samandragsfila.</translation>
    </message>
    <message numerus="yes">
        <source>Not delivered: the store lacks %n row(s) of group {name} even after sending them again. Tell the organisers; your work is safe on this laptop.</source>
        <translation>
            <numerusform>Ikkje levert: lageret manglar %n rad frå gruppe {name}, også etter at ho vart send på nytt. Sei frå til arrangørane; arbeidet ditt er trygt på denne maskinen.</numerusform>
            <numerusform>Ikkje levert: lageret manglar %n rader frå gruppe {name}, også etter at dei vart sende på nytt. Sei frå til arrangørane; arbeidet ditt er trygt på denne maskinen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisers closed the workshop {title} on {date} and removed its personal data from their store. It keeps nothing more of it: changes made here are not kept. Remove the workshop from this laptop with File → Remove this workshop from the laptop…</source>
        <translation>Arrangørane stengde idéverkstaden {title} {date} og fjerna personopplysningane frå lageret sitt. Lageret tek ikkje vare på meir frå han: endringar gjorde her blir ikkje tekne vare på. Fjern idéverkstaden frå denne maskinen med Fil → Fjern denne idéverkstaden frå maskinen …</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here after the workshop was closed were not kept.</source>
        <translation>
            <numerusform>%n endring gjord her etter at idéverkstaden vart stengd, vart ikkje teken vare på.</numerusform>
            <numerusform>%n endringar gjorde her etter at idéverkstaden vart stengd, vart ikkje tekne vare på.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltakar</translation>
    </message>
    <message>
        <source>S&amp;ync status and conflicts…</source>
        <translation>S&amp;ynkroniseringsstatus og konfliktar …</translation>
    </message>
    <message numerus="yes">
        <source>Sent again: %n row(s) the store lacked (it was restored, replaced or missed them).</source>
        <translation>
            <numerusform>Sendt på nytt: %n rad som lageret mangla (det var gjenoppretta, bytt ut eller hadde ikkje fått ho).</numerusform>
            <numerusform>Sendt på nytt: %n rader som lageret mangla (det var gjenoppretta, bytt ut eller hadde ikkje fått dei).</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Innstillingar …</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synkroniser &amp;no</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkroniser no</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>This data folder was copied from another laptop. It now has an identity of its own, so the organisers&apos; store tells the two laptops apart.</source>
        <translation>Denne datamappa vart kopiert frå ein annan maskin. Ho har no ein eigen identitet, så lageret til arrangørane skil dei to maskinene frå kvarandre.</translation>
    </message>
    <message>
        <source>Version that was replaced</source>
        <translation>Versjonen som vart bytt ut</translation>
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
        <source>the organisers&apos; server {where}</source>
        <translation>serveren til arrangørane {where}</translation>
    </message>
    <message>
        <source>the organisers&apos; store in the folder {where}</source>
        <translation>lageret til arrangørane i mappa {where}</translation>
    </message>
    <message>
        <source>this laptop only (the organisers do not see it)</source>
        <translation>berre denne maskinen (arrangørane ser det ikkje)</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>A folder (for example on a shared drive) holds a central.sqlite3 file.</source>
        <translation>Ei mappe (til dømes på ein delt disk) med ei central.sqlite3-fil.</translation>
    </message>
    <message>
        <source>Central store address</source>
        <translation>Adressa til sentrallageret</translation>
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
        <translation>Namnet på denne maskinen</translation>
    </message>
    <message>
        <source>The organisers see this name on their desk.</source>
        <translation>Arrangørane ser dette namnet i oversikta si.</translation>
    </message>
    <message>
        <source>Laptop name:</source>
        <translation>Namnet på maskinen:</translation>
    </message>
    <message>
        <source>No system keyring is available ({problem}): the password is kept in memory only until the app closes.</source>
        <translation>Ingen nøkkelring er tilgjengeleg ({problem}): passordet blir berre halde i minnet til appen blir lukka.</translation>
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
        <translation>Innstillingar for synkronisering</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring.</source>
        <translation>Passordet blir lagra i nøkkelringen til systemet.</translation>
    </message>
    <message>
        <source>a folder, or postgresql+psycopg://role@host/database</source>
        <translation>ei mappe, eller postgresql+psycopg://rolle@vert/database</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendra</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n endring ventar</numerusform>
            <numerusform>%n endringar ventar</numerusform>
        </translation>
    </message>
    <message>
        <source>({n} waiting)</source>
        <translation>({n} ventar)</translation>
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
            <numerusform>Synk: %n endring ventar</numerusform>
            <numerusform>Synk: %n endringar ventar</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: delivered to the organisers</source>
        <translation>Synk: levert til arrangørane</translation>
    </message>
    <message>
        <source>Sync: error</source>
        <translation>Synk: feil</translation>
    </message>
    <message>
        <source>Sync: error (store version)</source>
        <translation>Synk: feil (versjonen til lageret)</translation>
    </message>
    <message>
        <source>Sync: not allowed</source>
        <translation>Synk: ikkje tillate</translation>
    </message>
    <message>
        <source>Sync: nothing waiting</source>
        <translation>Synk: ingenting ventar</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation>Synk: fråkopla</translation>
    </message>
    <message>
        <source>Sync: password needed</source>
        <translation>Synk: passord trengst</translation>
    </message>
    <message>
        <source>Sync: syncing…</source>
        <translation>Synk: synkroniserer …</translation>
    </message>
    <message>
        <source>Sync: the organisers&apos; store is missing work</source>
        <translation>Synk: lageret til arrangørane manglar arbeid</translation>
    </message>
    <message>
        <source>Sync: workshop closed by the organisers</source>
        <translation>Synk: idéverkstaden er stengd av arrangørane</translation>
    </message>
    <message>
        <source>Sync: this laptop only</source>
        <translation>Synk: berre denne maskinen</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message numerus="yes">
        <source>%n minute(s) left of “{title}”.</source>
        <translation>
            <numerusform>%n minutt igjen av «{title}».</numerusform>
            <numerusform>%n minutt igjen av «{title}».</numerusform>
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
        <translation>Ikkje noko gjeldande punkt</translation>
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
        <translation>Eitt minutt mindre</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Eitt minutt meir</translation>
    </message>
    <message>
        <source>Over time by {time}</source>
        <translation>{time} over tida</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
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
        <source>Planned time</source>
        <translation>Planlagd tid</translation>
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
        <source>Resume</source>
        <translation>Hald fram</translation>
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
        <translation>Sesjon: {left} igjen (sluttar {end})</translation>
    </message>
    <message>
        <source>Session: {over} past the end ({end})</source>
        <translation>Sesjon: {over} over slutt ({end})</translation>
    </message>
    <message>
        <source>Share of the timebox used</source>
        <translation>Kor mykje av tidsramma som er brukt</translation>
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
        <translation>Klokka på datamaskinen vart stilt tilbake; tidtakaren står still til klokka har teke att tida.</translation>
    </message>
    <message>
        <source>Time is up for “{title}”.</source>
        <translation>Tida er ute for «{title}».</translation>
    </message>
    <message>
        <source>Time is up!</source>
        <translation>Tida er ute!</translation>
    </message>
    <message>
        <source>Time left of the current item</source>
        <translation>Tid igjen av det gjeldande punktet</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Tidtakar</translation>
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
            <numerusform>%n røyst</numerusform>
            <numerusform>%n røyster</numerusform>
        </translation>
    </message>
    <message>
        <source>Most votes</source>
        <translation>Flest røyster</translation>
    </message>
    <message>
        <source>Most-voted ideas per question</source>
        <translation>Ideane med flest røyster per spørsmål</translation>
    </message>
    <message>
        <source>No votes yet: the ranking shows after a dot vote.</source>
        <translation>Ingen røyster enno: rangeringa blir vist etter ei prikkrøysting.</translation>
    </message>
    <message>
        <source>Not on a question</source>
        <translation>Ikkje på eit spørsmål</translation>
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
        <translation>«{value}» er ikkje ein spørsmåls-id (ein UUID).</translation>
    </message>
    <message>
        <source>A cluster needs a name.</source>
        <translation>Ei klynge må ha eit namn.</translation>
    </message>
    <message>
        <source>A cluster to restore is missing from the store.</source>
        <translation>Ei klynge som skulle takast attende, manglar i databasen.</translation>
    </message>
    <message>
        <source>A laptop name has at most {max} characters.</source>
        <translation>Eit maskinnamn kan ha høgst {max} teikn.</translation>
    </message>
    <message>
        <source>A note can have at most {max} characters.</source>
        <translation>Eit notat kan ha høgst {max} teikn.</translation>
    </message>
    <message>
        <source>A note needs some text; nothing was added.</source>
        <translation>Ein lapp må ha tekst; ingenting vart lagt til.</translation>
    </message>
    <message>
        <source>A selected note has been deleted; nothing was changed.</source>
        <translation>Ein vald lapp er sletta; ingenting vart endra.</translation>
    </message>
    <message>
        <source>A selected note no longer exists; nothing was changed.</source>
        <translation>Ein vald lapp finst ikkje lenger; ingenting vart endra.</translation>
    </message>
    <message>
        <source>A timebox must be a whole number of minutes from 1 to {max}.</source>
        <translation>Ei tidsramme må vere eit heilt tal minutt frå 1 til {max}.</translation>
    </message>
    <message>
        <source>A vote is already open on this board; close it first.</source>
        <translation>Ei røysting er allereie i gang på denne tavla; avslutt ho først.</translation>
    </message>
    <message>
        <source>Adjust the timer by whole minutes between 1 and {max}.</source>
        <translation>Juster tidtakaren med heile minutt mellom 1 og {max}.</translation>
    </message>
    <message>
        <source>All {capacity} dots of this vote are used ({dots} per participant). Take one back first.</source>
        <translation>Alle dei {capacity} prikkane i denne røystinga er brukte ({dots} per deltakar). Ta tilbake ein først.</translation>
    </message>
    <message>
        <source>An answer has at most {max} characters.</source>
        <translation>Eit svar kan ha høgst {max} teikn.</translation>
    </message>
    <message>
        <source>An item can only move to places 1 to {count}.</source>
        <translation>Eit punkt kan berre flyttast til plass 1 til {count}.</translation>
    </message>
    <message>
        <source>An item needs a title of 1 to {max} characters.</source>
        <translation>Eit punkt treng ein tittel på 1 til {max} teikn.</translation>
    </message>
    <message>
        <source>Another copy of the facilitator app is already using the data folder {folder}. Close it first (or choose another folder with --data-dir).</source>
        <translation>Ein annan kopi av fasilitatorappen bruker allereie datamappa {folder}. Lukk han først (eller vel ei anna mappe med --data-dir).</translation>
    </message>
    <message>
        <source>Another vote is open on this board; close it first.</source>
        <translation>Ei anna røysting er i gang på denne tavla; avslutt ho først.</translation>
    </message>
    <message>
        <source>Colour “{value}” is not of the form #rrggbb.</source>
        <translation>Fargen «{value}» er ikkje på forma #rrggbb.</translation>
    </message>
    <message>
        <source>Dots per participant must be between 1 and {max}.</source>
        <translation>Prikkar per deltakar må vere mellom 1 og {max}.</translation>
    </message>
    <message>
        <source>Not removed: a change has not reached the organisers&apos; store yet.</source>
        <translation>Ikkje fjerna: ei endring har ikkje kome fram til lageret til arrangørane enno.</translation>
    </message>
    <message>
        <source>Not removed: changes waiting for the organisers&apos; store: {n}. They have not reached it yet. Sync first; nothing was removed.</source>
        <translation>Ikkje fjerna: endringar som ventar på lageret til arrangørane: {n}. Dei har ikkje kome fram enno. Synkroniser først; ingenting vart fjerna.</translation>
    </message>
    <message>
        <source>Note {id} is not a question for the experts; only those are answered.</source>
        <translation>Lappen {id} er ikkje eit spørsmål til ekspertane; berre slike blir svara på.</translation>
    </message>
    <message>
        <source>Notes of different questions cannot share a cluster.</source>
        <translation>Lappar frå ulike spørsmål kan ikkje vere i same klynge.</translation>
    </message>
    <message>
        <source>Place at least one dot.</source>
        <translation>Set minst éin prikk.</translation>
    </message>
    <message>
        <source>Role &apos;{role}&apos; is a facilitator&apos;s role: the organisers&apos; desk needs the organisers&apos; role, which may read every group. Nothing was shown.</source>
        <translation>Rolla «{role}» er ei fasilitatorrolle: arrangørane si oversikt krev rolla til arrangørane, som kan lese alle grupper. Ingenting vart vist.</translation>
    </message>
    <message>
        <source>Say who answers (a name of at most {max} characters).</source>
        <translation>Skriv kven som svarer (eit namn på høgst {max} teikn).</translation>
    </message>
    <message>
        <source>Select one or more notes first.</source>
        <translation>Vel éin eller fleire lappar først.</translation>
    </message>
    <message>
        <source>Sync stopped: this laptop could not take what the central store sent ({reason}). Nothing was lost; the changes wait here and go with the next sync. If this happens again, tell the organisers.</source>
        <translation>Synkroniseringa stoppa: denne maskinen kunne ikkje ta imot det som kom frå sentrallageret ({reason}). Ingenting gjekk tapt; endringane ventar her og blir sende ved neste synkronisering. Sei frå til arrangørane om dette skjer att.</translation>
    </message>
    <message>
        <source>That agenda item no longer exists.</source>
        <translation>Det agendapunktet finst ikkje lenger.</translation>
    </message>
    <message>
        <source>That author is not a participant of this group; nothing was added.</source>
        <translation>Den forfattaren er ikkje deltakar i denne gruppa; ingenting vart lagt til.</translation>
    </message>
    <message>
        <source>That cluster no longer exists.</source>
        <translation>Den klynga finst ikkje lenger.</translation>
    </message>
    <message>
        <source>That is {count} notes; at most {max} can be added at once. Use &apos;facilitator-app ideas import&apos; for long lists.</source>
        <translation>Det er {count} lappar; høgst {max} kan leggjast til om gongen. Bruk «facilitator-app ideas import» for lange lister.</translation>
    </message>
    <message>
        <source>That note has {count} characters; a note holds at most {max}. Split it into several notes.</source>
        <translation>Lappen har {count} teikn; ein lapp kan ha høgst {max}. Del han opp i fleire lappar.</translation>
    </message>
    <message>
        <source>That note is not part of this vote.</source>
        <translation>Den lappen er ikkje med i denne røystinga.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Den lappen finst ikkje lenger.</translation>
    </message>
    <message>
        <source>That participant is not in this group.</source>
        <translation>Den deltakaren er ikkje i denne gruppa.</translation>
    </message>
    <message>
        <source>That question is not on this group&apos;s agenda; nothing was added.</source>
        <translation>Det spørsmålet står ikkje på agendaen til gruppa; ingenting vart lagt til.</translation>
    </message>
    <message>
        <source>That vote does not exist.</source>
        <translation>Den røystinga finst ikkje.</translation>
    </message>
    <message>
        <source>The agenda is finished: there is no item to time.</source>
        <translation>Agendaen er ferdig: det finst ikkje noko punkt å ta tida på.</translation>
    </message>
    <message>
        <source>The agenda is finished: there is no next item.</source>
        <translation>Agendaen er ferdig: det finst ikkje noko neste punkt.</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Svaret er tomt.</translation>
    </message>
    <message>
        <source>The central store holds no published plan yet. Publish it with &apos;facilitator-app central publish PLAN.json --central URL&apos;.</source>
        <translation>Sentrallageret har ingen publisert plan enno. Publiser han med «facilitator-app central publish PLAN.json --central URL».</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {reason}.</source>
        <translation>Datamappa {folder} kan ikkje brukast: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only. Choose a folder you can write to with --data-dir.</source>
        <translation>Datamappa {folder} er skriveverna. Vel ei mappe du kan skrive til, med --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only. Nothing was changed.</source>
        <translation>Datamappa {folder} er skriveverna. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The database in {folder} could not be used: {reason}</source>
        <translation>Databasen i {folder} kunne ikkje brukast: {reason}</translation>
    </message>
    <message>
        <source>The database in {folder} is busy (locked by another program). Try again.</source>
        <translation>Databasen i {folder} er oppteken (låst av eit anna program). Prøv på nytt.</translation>
    </message>
    <message>
        <source>The database in {folder} was not made by this app (its tables hold rows but it has no schema version). Choose another data folder.</source>
        <translation>Databasen i {folder} er ikkje laga av denne appen (tabellane har innhald, men databasen har ikkje noko versjonsnummer). Vel ei anna datamappe.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Nothing was changed; free some space and try again.</source>
        <translation>Disken med {folder} er full. Ingenting vart endra; frigjer plass og prøv på nytt.</translation>
    </message>
    <message>
        <source>The laptop needs a name.</source>
        <translation>Maskinen må ha eit namn.</translation>
    </message>
    <message>
        <source>The note “{start}…” has {count} characters; a summary file holds notes of at most {max}. Shorten or split it, then export again.</source>
        <translation>Lappen «{start}…» har {count} teikn; ei samandragsfil rommar lappar på høgst {max} teikn. Kort ned eller del han opp, og eksporter på nytt.</translation>
    </message>
    <message>
        <source>The published plan has no sessions.</source>
        <translation>Den publiserte planen har ingen sesjonar.</translation>
    </message>
    <message>
        <source>There is no question {id} (it may be deleted).</source>
        <translation>Det finst ikkje noko spørsmål {id} (det kan vere sletta).</translation>
    </message>
    <message>
        <source>There is no question {id} in the central store.</source>
        <translation>Det finst ikkje noko spørsmål {id} i sentrallageret.</translation>
    </message>
    <message>
        <source>There is no session &apos;{key}&apos; in the central store (it has: {known}).</source>
        <translation>Det finst ingen sesjon «{key}» i sentrallageret (det har: {known}).</translation>
    </message>
    <message>
        <source>There is no such dot on this note to take back.</source>
        <translation>Det finst ingen slik prikk på denne lappen å ta tilbake.</translation>
    </message>
    <message>
        <source>There is no workshop &apos;{key}&apos; on this laptop.</source>
        <translation>Det finst ingen idéverkstad «{key}» på denne maskinen.</translation>
    </message>
    <message>
        <source>There is nothing to add.</source>
        <translation>Det er ingenting å leggje til.</translation>
    </message>
    <message>
        <source>This is the first item: there is no previous one.</source>
        <translation>Dette er det første punktet: det finst ikkje noko førre punkt.</translation>
    </message>
    <message>
        <source>This participant has used all {dots} dots. Take one back first.</source>
        <translation>Denne deltakaren har brukt alle dei {dots} prikkane. Ta tilbake ein først.</translation>
    </message>
    <message>
        <source>This vote is closed.</source>
        <translation>Denne røystinga er avslutta.</translation>
    </message>
    <message>
        <source>Unknown actor “{value}”.</source>
        <translation>Ukjend aktør «{value}».</translation>
    </message>
    <message>
        <source>Unknown category “{value}”.</source>
        <translation>Ukjend kategori «{value}».</translation>
    </message>
    <message>
        <source>Use next or previous to make an item current.</source>
        <translation>Bruk neste eller førre for å gjere eit punkt gjeldande.</translation>
    </message>
    <message>
        <source>{path} is a file; give a folder to write the files to.</source>
        <translation>{path} er ei fil; oppgje ei mappe som filene skal skrivast til.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created: {reason}.</source>
        <translation>Mappa {path} kan ikkje lagast: {reason}.</translation>
    </message>
    <message>
        <source>The published plan&apos;s certificate rule ({value}) is not a number of sessions; publish the plan again, or give the number of sessions here.</source>
        <translation>Regelen for deltakarbevis i den publiserte planen ({value}) er ikkje eit tal på sesjonar; publiser planen på nytt, eller gje talet på sesjonar her.</translation>
    </message>
    <message>
        <source>Nobody can attend {wanted} sessions: the workshop has {sessions}.</source>
        <translation>Ingen kan delta på {wanted} sesjonar: idéverkstaden har {sessions}.</translation>
    </message>
    <message>
        <source>Only the organisers&apos; role can issue certificates; connected as &apos;{role}&apos;.</source>
        <translation>Berre rolla til arrangørane kan utferde deltakarbevis; kopla til som «{role}».</translation>
    </message>
</context>
<context>
    <name>_TextDelegate</name>
    <message>
        <source>Enter saves, Esc cancels; #c #m #q #o, !actor and @name work as in capture</source>
        <translation>Enter lagrar, Esc avbryt; #u #t #s #a, !aktør og @namn verkar som når du skriv inn</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Teksten på lappen</translation>
    </message>
</context>
</TS>
