<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Only you can read your journal now: some of its files were open to others and have been made private.</source>
        <translation>Nur du kannst dein Journal jetzt lesen: Einige seiner Dateien waren für andere offen und sind jetzt privat.</translation>
    </message>
    <message>
        <source>A copy of your journal that your passphrase does not protect is still in {0}: delete it if you don&apos;t need it.</source>
        <translation>Eine Kopie deines Journals, die deine Passphrase nicht schützt, liegt noch in {0}: Lösche sie, wenn du sie nicht brauchst.</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>Passphrase nicht geändert</translation>
    </message>
    <message>
        <source>That is not your current passphrase; nothing was changed.</source>
        <translation>Das ist nicht deine aktuelle Passphrase; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>A reminder is waiting. Unlock your journal to see it.</source>
        <translation>Eine Erinnerung wartet. Entsperre dein Journal, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>LeadJournal keeps running here so reminders can reach you. Quit from this icon&apos;s menu or File → Quit.</source>
        <translation>LeadJournal läuft hier weiter, damit dich Erinnerungen erreichen. Beenden kannst du es über das Menü dieses Symbols oder Datei → Beenden.</translation>
    </message>
    <message>
        <source>the terminal output</source>
        <translation>die Ausgabe im Terminal</translation>
    </message>
    <message>
        <source>Something went wrong, but what you saved is safe. Details are in {0}.</source>
        <translation>Etwas ist schiefgegangen, aber was du gespeichert hast, ist sicher. Einzelheiten stehen in {0}.</translation>
    </message>
    <message>
        <source>LeadJournal is already open on this journal; showing its window.</source>
        <translation>LeadJournal ist mit diesem Journal schon offen; sein Fenster wird angezeigt.</translation>
    </message>
    <message>
        <source>Open a journal folder</source>
        <translation>Einen Journal-Ordner öffnen</translation>
    </message>
    <message>
        <source>Leading: direction, the why, coaching, recognition and feedback — what makes people want to do the work well.</source>
        <translation>Führen: Richtung, das Warum, Coaching, Anerkennung und Feedback – was Menschen dazu bringt, ihre Arbeit gut machen zu wollen.</translation>
    </message>
    <message>
        <source>Managing: plans, owners, dates, check-ins and reviews — what makes the work actually get done.</source>
        <translation>Managen: Pläne, Verantwortliche, Termine, Check-ins und Rückblicke – was dafür sorgt, dass die Arbeit wirklich erledigt wird.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Führen</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Managen</translation>
    </message>
    <message>
        <source>Me (self-feedback)</source>
        <translation>Ich (Selbst-Feedback)</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} Std.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Monday: set the week&apos;s direction</source>
        <translation>Montag: die Richtung der Woche vorgeben</translation>
    </message>
    <message>
        <source>Tuesday: 15-minute check-in</source>
        <translation>Dienstag: Check-in in 15 Minuten</translation>
    </message>
    <message>
        <source>Wednesday: coach one person, improve one system</source>
        <translation>Mittwoch: einen Menschen coachen, ein System verbessern</translation>
    </message>
    <message>
        <source>Thursday: update your stakeholders</source>
        <translation>Donnerstag: deine Stakeholder auf den neuesten Stand bringen</translation>
    </message>
    <message>
        <source>Update your stakeholders</source>
        <translation>Deine Stakeholder auf den neuesten Stand bringen</translation>
    </message>
    <message>
        <source>Friday: review and reset</source>
        <translation>Freitag: Rückblick und Neustart</translation>
    </message>
    <message>
        <source>Every working day: tick today&apos;s practice</source>
        <translation>Jeden Arbeitstag: die heutige Übung abhaken</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Tip: name the effect — what it made possible, for whom — so the praise tells them what to repeat.</source>
        <translation>Tipp: Nenne die Wirkung – was dadurch möglich wurde und für wen –, dann weiß die Person, was sie wiederholen soll.</translation>
    </message>
    <message>
        <source>The weekly loop</source>
        <translation>Der Wochenablauf</translation>
    </message>
    <message>
        <source>Weekly Plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Links / Alt+Rechts</translation>
    </message>
    <message>
        <source>Previous / next week</source>
        <translation>Vorige / nächste Woche</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Pos1</translation>
    </message>
    <message>
        <source>Back to this week</source>
        <translation>Zurück zu dieser Woche</translation>
    </message>
    <message>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Strg+Links / Strg+Rechts</translation>
    </message>
    <message>
        <source>Move the selected card to the previous / next column</source>
        <translation>Die gewählte Karte in die vorige / nächste Spalte schieben</translation>
    </message>
    <message>
        <source>Coaching Log</source>
        <translation>Coaching-Notizen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Strg+Umschalt+N</translation>
    </message>
    <message>
        <source>Lessons Learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Strg+Umschalt+L</translation>
    </message>
    <message>
        <source>Write a new lesson</source>
        <translation>Eine neue Erkenntnis aufschreiben</translation>
    </message>
    <message>
        <source>Practice grid</source>
        <translation>Übungsraster</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Leertaste oder Eingabe</translation>
    </message>
    <message>
        <source>Mark the chosen day done (again: clear it)</source>
        <translation>Den gewählten Tag als erledigt markieren (nochmals: zurücksetzen)</translation>
    </message>
    <message>
        <source>S / N / Delete</source>
        <translation>S / N / Entf</translation>
    </message>
    <message>
        <source>Skip with a reason / add a note / clear</source>
        <translation>Mit Grund auslassen / Notiz hinzufügen / zurücksetzen</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between fields in reading order</source>
        <translation>In Lesereihenfolge von Feld zu Feld gehen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menüs</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Dein Journal wird geöffnet …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Quarter in Re&amp;view…</source>
        <translation>&amp;Quartal im Rückblick …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>The sample journal</source>
        <translation>Das Beispiel-Journal</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>A private look back over a period, as Markdown and PDF</source>
        <translation>Ein privater Rückblick auf einen Zeitraum, als Markdown und PDF</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Search everything in the journal</source>
        <translation>Alles im Journal durchsuchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>The &amp;Weekly Loop</source>
        <translation>Der &amp;Wochenablauf</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>The &amp;Playbook</source>
        <translation>Das &amp;Playbook</translation>
    </message>
    <message>
        <source>Welcome and &amp;Set-up…</source>
        <translation>Willkommen und &amp;Einrichtung …</translation>
    </message>
    <message>
        <source>&amp;About LeadJournal</source>
        <translation>Ü&amp;ber LeadJournal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadJournal {version}&lt;/h3&gt;&lt;p&gt;A private journal for leading and managing your team, one week at a time.&lt;/p&gt;&lt;p&gt;Your journal is kept on this computer only, in:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeadJournal {version}&lt;/h3&gt;&lt;p&gt;Ein privates Journal, um dein Team zu führen und zu managen – Woche für Woche.&lt;/p&gt;&lt;p&gt;Dein Journal liegt nur auf diesem Computer, in:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LeadJournal</source>
        <translation>Über LeadJournal</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Sample journal — a made-up team, safe to explore.</source>
        <translation>Beispiel-Journal – ein ausgedachtes Team, zum gefahrlosen Ausprobieren.</translation>
    </message>
    <message>
        <source>Journal: {0}</source>
        <translation>Journal: {0}</translation>
    </message>
    <message>
        <source>The sample journal is not backed up</source>
        <translation>Das Beispiel-Journal wird nicht gesichert</translation>
    </message>
    <message>
        <source>Start my own journal</source>
        <translation>Mein eigenes Journal beginnen</translation>
    </message>
    <message>
        <source>Leave the sample (it is thrown away) and open your own journal</source>
        <translation>Das Beispiel verlassen (es wird verworfen) und dein eigenes Journal öffnen</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Das Journal exportieren</translation>
    </message>
    <message>
        <source>Replace {0}?</source>
        <translation>{0} ersetzen?</translation>
    </message>
    <message>
        <source>A file with this name is already in {0}. Replace it with this export?</source>
        <translation>In {0} gibt es schon eine Datei mit diesem Namen. Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation>Das Journal wird exportiert …</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>JSON — the complete journal, can be imported again (*.json)</source>
        <translation>JSON – das vollständige Journal, kann wieder importiert werden (*.json)</translation>
    </message>
    <message>
        <source>Markdown — the whole journal, to read (*.md)</source>
        <translation>Markdown – das ganze Journal, zum Lesen (*.md)</translation>
    </message>
    <message>
        <source>CSV — the weekly numbers (*.csv)</source>
        <translation>CSV – die Zahlen jeder Woche (*.csv)</translation>
    </message>
    <message>
        <source>CSV — the practice ticks (*.csv)</source>
        <translation>CSV – die Übungshäkchen (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exportiert nach {0}</translation>
    </message>
    <message>
        <source>Import a JSON export</source>
        <translation>Einen JSON-Export importieren</translation>
    </message>
    <message>
        <source>LeadJournal export (*.json)</source>
        <translation>LeadJournal-Export (*.json)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen …</translation>
    </message>
    <message>
        <source>Your journal already holds everything in {0}; nothing was changed.</source>
        <translation>Dein Journal enthält schon alles aus {0}; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Import {0}?</source>
        <translation>{0} importieren?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} wird importiert …</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}.</source>
        <translation>{0} konnte nicht gelesen werden: {1}.</translation>
    </message>
    <message>
        <source>It adds {0} and replaces {1} in your journal with the file&apos;s version.</source>
        <translation>Es fügt {0} hinzu und ersetzt {1} in deinem Journal durch die Fassung aus der Datei.</translation>
    </message>
    <message>
        <source>It adds {0} and changes nothing already in your journal.</source>
        <translation>Es fügt {0} hinzu und ändert nichts, was schon in deinem Journal steht.</translation>
    </message>
    <message>
        <source>Your journal is backed up first, and that copy is always kept.</source>
        <translation>Dein Journal wird vorher gesichert, und diese Kopie bleibt immer erhalten.</translation>
    </message>
    <message>
        <source>Left out: {0}.</source>
        <translation>Weggelassen: {0}.</translation>
    </message>
    <message>
        <source>Saved. Everything you typed is in your journal.</source>
        <translation>Gespeichert. Alles, was du geschrieben hast, steht in deinem Journal.</translation>
    </message>
    <message>
        <source>Backup failed:</source>
        <translation>Sicherung fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>Sicherung fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Your journal will go back to how it was then. Your journal as it is now is backed up first. Restore?</source>
        <translation>Dein Journal kehrt zu dem Stand von damals zurück. Der jetzige Stand wird vorher gesichert. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Keep running?</source>
        <translation>Weiterlaufen lassen?</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so LeadJournal can&apos;t wait there. Keep it running (minimised) so reminders still come as desktop notifications and in the window, or quit?</source>
        <translation>Diese Arbeitsfläche hat keinen Infobereich, also kann LeadJournal dort nicht warten. Soll es (minimiert) weiterlaufen, damit Erinnerungen weiter als Desktop-Benachrichtigungen und im Fenster kommen, oder beendet werden?</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. Support engineer</source>
        <translation>z. B. Support-Mitarbeiterin</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Angefangen am</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>How they like to work, what they are aiming for</source>
        <translation>Wie die Person gern arbeitet, was sie erreichen will</translation>
    </message>
    <message>
        <source>On the team since</source>
        <translation>Im Team seit</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>People you look after</source>
        <translation>Menschen, für die du da bist</translation>
    </message>
    <message>
        <source>Show archived people</source>
        <translation>Archivierte Personen zeigen</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Person hinzufügen …</translation>
    </message>
    <message>
        <source>Add someone you look after (Ctrl+Shift+N)</source>
        <translation>Jemanden hinzufügen, für den du da bist (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation>Die erste Person hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Prepare one-on-one…</source>
        <translation>Einzelgespräch &amp;vorbereiten …</translation>
    </message>
    <message>
        <source>Build an agenda from open actions, practice steps, plan check-ins, blockers, recognition and their feedback — no network needed.</source>
        <translation>Eine Agenda aus offenen Punkten, Übungsschritten, Check-ins zum Plan, Blockaden, Anerkennung und ihrem Feedback zusammenstellen – ganz ohne Netz.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Someone left the team: remove them and their notes</source>
        <translation>Jemand hat das Team verlassen: die Person und ihre Notizen entfernen</translation>
    </message>
    <message>
        <source>Sections of the person&apos;s page</source>
        <translation>Abschnitte der Personenseite</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Letzte 8 Wochen</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <source>% of planned done</source>
        <translation>% des Geplanten erledigt</translation>
    </message>
    <message>
        <source>Delivery reliability (%)</source>
        <translation>Verlässlichkeit der Lieferung (%)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Note (1–5)</translation>
    </message>
    <message>
        <source>What makes work harder</source>
        <translation>Was die Arbeit erschwert</translation>
    </message>
    <message>
        <source>Practice adherence per cycle</source>
        <translation>Übungstreue pro Runde</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Practice adherence per quarter, its cycles averaged</source>
        <translation>Übungstreue pro Quartal, Mittel seiner Runden</translation>
    </message>
    <message>
        <source>Practice adherence per year, its cycles averaged</source>
        <translation>Übungstreue pro Jahr, Mittel seiner Runden</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>% of days done</source>
        <translation>% der Tage erledigt</translation>
    </message>
    <message>
        <source>Leading (%)</source>
        <translation>Führen (%)</translation>
    </message>
    <message>
        <source>Managing (%)</source>
        <translation>Managen (%)</translation>
    </message>
    <message>
        <source>Leading behaviour</source>
        <translation>Verhalten zum Führen</translation>
    </message>
    <message>
        <source>Managing behaviour</source>
        <translation>Verhalten zum Managen</translation>
    </message>
    <message>
        <source>One-on-ones held per person per quarter</source>
        <translation>Geführte Einzelgespräche pro Person und Quartal</translation>
    </message>
    <message>
        <source>One-on-ones held per person per month</source>
        <translation>Geführte Einzelgespräche pro Person und Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>One-on-ones held per person per year</source>
        <translation>Geführte Einzelgespräche pro Person und Jahr</translation>
    </message>
    <message>
        <source>No cause given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>Why tasks slipped</source>
        <translation>Warum Aufgaben liegen blieben</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Slipped tasks</source>
        <translation>Liegen gebliebene Aufgaben</translation>
    </message>
    <message>
        <source>One-on-ones</source>
        <translation>Einzelgespräche</translation>
    </message>
    <message>
        <source>Recognition per person</source>
        <translation>Anerkennung pro Person</translation>
    </message>
    <message>
        <source>Times recognised</source>
        <translation>Mal gewürdigt</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>Lead or manage? The weekly self-check</source>
        <translation>Führen oder managen? Der wöchentliche Selbstcheck</translation>
    </message>
    <message>
        <source>Lead (+) or manage (−)</source>
        <translation>Führen (+) oder managen (−)</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Gleichgewicht</translation>
    </message>
    <message>
        <source>Leading signals</source>
        <translation>Zeichen für Führung</translation>
    </message>
    <message>
        <source>Managing signals</source>
        <translation>Zeichen für Management</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>They decide alone</source>
        <translation>Die Person entscheidet allein</translation>
    </message>
    <message>
        <source>They decide, then tell me</source>
        <translation>Die Person entscheidet und sagt es mir dann</translation>
    </message>
    <message>
        <source>They recommend, I decide</source>
        <translation>Die Person empfiehlt, ich entscheide</translation>
    </message>
    <message>
        <source>Low — they own it</source>
        <translation>Niedrig – die Person trägt es</translation>
    </message>
    <message>
        <source>High — we decide together and I note why</source>
        <translation>Hoch – wir entscheiden gemeinsam, und ich notiere, warum</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Improvement plans</source>
        <translation>Verbesserungspläne</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>Feedback they gave</source>
        <translation>Feedback, das die Person gegeben hat</translation>
    </message>
    <message>
        <source>Tasks that slipped</source>
        <translation>Verrutschte Aufgaben</translation>
    </message>
    <message>
        <source>Which options did you weigh before settling on this one?</source>
        <translation>Welche Möglichkeiten hast du abgewogen, bevor du dich für diese entschieden hast?</translation>
    </message>
    <message>
        <source>What could go wrong, and what would you notice first?</source>
        <translation>Was könnte schiefgehen, und was würdest du als Erstes bemerken?</translation>
    </message>
    <message>
        <source>What would help you most from me in the next two weeks?</source>
        <translation>Was würde dir in den nächsten zwei Wochen am meisten von mir helfen?</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>them</source>
        <translation>die Person</translation>
    </message>
    <message>
        <source>, due {0}</source>
        <translation>, fällig {0}</translation>
    </message>
    <message>
        <source>Open action ({0}{1}, from {2}): {3}</source>
        <translation>Offener Punkt ({0}{1}, vom {2}): {3}</translation>
    </message>
    <message>
        <source>Last practice step ({0}): {1} — did it happen?</source>
        <translation>Letzter Übungsschritt ({0}): {1} – hat er stattgefunden?</translation>
    </message>
    <message>
        <source>Improvement plan check-in due {0} (overdue): {1}</source>
        <translation>Check-in zum Verbesserungsplan fällig {0} (überfällig): {1}</translation>
    </message>
    <message>
        <source>Improvement plan check-in due {0}: {1}</source>
        <translation>Check-in zum Verbesserungsplan fällig {0}: {1}</translation>
    </message>
    <message>
        <source>Moved to make room (week of {0}): {1}</source>
        <translation>Verschoben, um Platz zu schaffen (Woche vom {0}): {1}</translation>
    </message>
    <message>
        <source>Slipped (week of {0}): {1}</source>
        <translation>Liegen geblieben (Woche vom {0}): {1}</translation>
    </message>
    <message>
        <source>Recognised on {0}: {1}</source>
        <translation>Gewürdigt am {0}: {1}</translation>
    </message>
    <message>
        <source>No recognition since {0} — what have they done lately that deserves naming?</source>
        <translation>Keine Anerkennung seit {0} – was hat die Person in letzter Zeit getan, das es verdient, benannt zu werden?</translation>
    </message>
    <message>
        <source>No recognition yet — what have they done lately that deserves naming?</source>
        <translation>Noch keine Anerkennung – was hat die Person in letzter Zeit getan, das es verdient, benannt zu werden?</translation>
    </message>
    <message>
        <source>Their feedback ({0}), {1}: {2}</source>
        <translation>Ihr Feedback ({0}), {1}: {2}</translation>
    </message>
    <message>
        <source>Delegation check: {0}</source>
        <translation>Blick auf die Delegation: {0}</translation>
    </message>
    <message>
        <source>Plan check-in was due {0}: {1}</source>
        <translation>Check-in zum Plan war fällig am {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing on the agenda yet.</source>
        <translation>Noch nichts auf der Agenda.</translation>
    </message>
    <message>
        <source>One-on-one at {0}</source>
        <translation>Einzelgespräch um {0}</translation>
    </message>
    <message>
        <source>No agenda or notes yet</source>
        <translation>Noch keine Agenda und keine Notizen</translation>
    </message>
    <message>
        <source>Plan check-in · progress {0}/5</source>
        <translation>Check-in zum Plan · Fortschritt {0}/5</translation>
    </message>
    <message>
        <source>Start/stop/continue feedback</source>
        <translation>Feedback: Anfangen/Aufhören/Weitermachen</translation>
    </message>
    <message>
        <source>Weekly plans</source>
        <translation>Wochenpläne</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <source>Definitions of done</source>
        <translation>Definitionen von „fertig“</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>One-on-one agendas</source>
        <translation>Agenden für Einzelgespräche</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <source>Feedback requests</source>
        <translation>Bitten um Feedback</translation>
    </message>
    <message>
        <source>Start/stop/continue</source>
        <translation>Anfangen/Aufhören/Weitermachen</translation>
    </message>
    <message>
        <source>Feedback actions</source>
        <translation>Maßnahmen aus Feedback</translation>
    </message>
    <message>
        <source>Practice cycles</source>
        <translation>Übungsrunden</translation>
    </message>
    <message>
        <source>Practice notes</source>
        <translation>Notizen zur Übung</translation>
    </message>
    <message>
        <source>Your behaviours</source>
        <translation>Deine Verhaltensweisen</translation>
    </message>
    <message>
        <source>Self-checks</source>
        <translation>Selbstchecks</translation>
    </message>
    <message>
        <source>Priorities set aside</source>
        <translation>Zurückgestellte Prioritäten</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Team metrics</source>
        <translation>Team-Kennzahlen</translation>
    </message>
    <message>
        <source>Notes beside team metrics</source>
        <translation>Notizen zu Team-Kennzahlen</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Einführungen</translation>
    </message>
    <message>
        <source>Rollout steps</source>
        <translation>Schritte von Einführungen</translation>
    </message>
    <message>
        <source>Rollout feedback</source>
        <translation>Rückmeldungen zu Einführungen</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blockaden</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Änderungen am Plan</translation>
    </message>
    <message>
        <source>Alignment touchpoints</source>
        <translation>Abstimmungen</translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation>Nötige Entscheidungen</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Verbesserungen</translation>
    </message>
    <message>
        <source>Daily reflections</source>
        <translation>Tägliche Reflexionen</translation>
    </message>
    <message>
        <source>Add the people you look after: each one gets a page for one-on-ones, coaching, recognition and the work you hand over to them.</source>
        <translation>Füge die Menschen hinzu, für die du da bist: Jede Person bekommt eine Seite für Einzelgespräche, Coaching, Anerkennung und die Arbeit, die du ihr überträgst.</translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation>  (archiviert)</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>on the team since {0}</source>
        <translation>im Team seit {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Bring them back into pickers and lists</source>
        <translation>Wieder in Auswahlen und Listen aufnehmen</translation>
    </message>
    <message>
        <source>Hide them from pickers; their history stays</source>
        <translation>Aus Auswahlen ausblenden; ihr Verlauf bleibt</translation>
    </message>
    <message>
        <source>Delete {0} from your journal? This cannot be undone.</source>
        <translation>{0} aus deinem Journal löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>This removes:</source>
        <translation>Das wird entfernt:</translation>
    </message>
    <message>
        <source>This changes:</source>
        <translation>Das wird geändert:</translation>
    </message>
    <message>
        <source>Nothing else in the journal changes.</source>
        <translation>Sonst ändert sich nichts im Journal.</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>{0} löschen?</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Als Markdown speichern …</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Quarter in Review</source>
        <translation>Quartal im Rückblick</translation>
    </message>
    <message>
        <source>Your quarter in review</source>
        <translation>Dein Quartal im Rückblick</translation>
    </message>
    <message>
        <source>A private look back to bring to your own manager or a promotion conversation: your goals, how the team delivered and felt (with charts), who you coached and recognised, and what you practised, learned and changed. It is saved as a Markdown file and a PDF side by side.</source>
        <translation>Ein privater Rückblick für das Gespräch mit deiner eigenen Führungskraft oder ein Beförderungsgespräch: deine Ziele, wie das Team geliefert hat und wie es ihm ging (mit Diagrammen), wen du gecoacht und anerkannt hast und was du geübt, gelernt und verändert hast. Er wird als Markdown-Datei und als PDF nebeneinander gespeichert.</translation>
    </message>
    <message>
        <source>Period to review</source>
        <translation>Zeitraum für den Rückblick</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>File for the review</source>
        <translation>Datei für den Rückblick</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Von – bis:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>Write the Review</source>
        <translation>Rückblick schreiben</translation>
    </message>
    <message>
        <source>Choose where to save the review.</source>
        <translation>Wähle, wo der Rückblick gespeichert wird.</translation>
    </message>
    <message>
        <source>Give the review a file name.</source>
        <translation>Gib dem Rückblick einen Dateinamen.</translation>
    </message>
    <message>
        <source>Saves {0} and {1} in {2}.</source>
        <translation>Speichert {0} und {1} in {2}.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save the quarter in review</source>
        <translation>Quartal im Rückblick speichern</translation>
    </message>
    <message>
        <source>Replace the review?</source>
        <translation>Rückblick ersetzen?</translation>
    </message>
    <message>
        <source>{0} is already in {1}. Replace it with this review?</source>
        <translation>{0} gibt es in {1} schon. Durch diesen Rückblick ersetzen?</translation>
    </message>
    <message>
        <source>The period ends before it starts; put the earlier date first.</source>
        <translation>Der Zeitraum endet, bevor er beginnt; setze das frühere Datum zuerst.</translation>
    </message>
    <message>
        <source>The period starts after today, so there is nothing to look back on yet.</source>
        <translation>Der Zeitraum beginnt nach heute, es gibt also noch nichts zum Zurückblicken.</translation>
    </message>
    <message>
        <source>Your review is saved: {0} and {1}</source>
        <translation>Dein Rückblick ist gespeichert: {0} und {1}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation>Die Agenda speichern</translation>
    </message>
    <message>
        <source>One-on-one with {0}</source>
        <translation>Einzelgespräch mit {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den gewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <source>“{0}” will be removed from the journal. This cannot be undone.</source>
        <translation>„{0}“ wird aus dem Journal entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Regular one-on-ones are where trust, coaching and early warnings happen.</source>
        <translation>In regelmäßigen Einzelgesprächen entstehen Vertrauen, Coaching und frühe Warnzeichen.</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Last practice step — did it happen?</source>
        <translation>Letzter Übungsschritt – hat er stattgefunden?</translation>
    </message>
    <message>
        <source>Practice note</source>
        <translation>Notiz zur Übung</translation>
    </message>
    <message>
        <source>What happened when they tried it?</source>
        <translation>Was ist passiert, als die Person es versucht hat?</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Happened?</source>
        <translation>Passiert?</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Schnell notieren</translation>
    </message>
    <message>
        <source>What do you want to keep?</source>
        <translation>Was möchtest du festhalten?</translation>
    </message>
    <message>
        <source>What happened, or what you learned — the first line becomes the title</source>
        <translation>Was passiert ist oder was du gelernt hast – die erste Zeile wird zum Titel</translation>
    </message>
    <message>
        <source>Tags, comma-separated (optional)</source>
        <translation>Schlagwörter, durch Kommas getrennt (optional)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Today&apos;s reflection</source>
        <translation>Heutige Reflexion</translation>
    </message>
    <message>
        <source>Adds the words to today&apos;s daily reflection</source>
        <translation>Fügt den Text der heutigen Reflexion hinzu</translation>
    </message>
    <message>
        <source>Ctrl+Enter to save</source>
        <translation>Strg+Eingabe zum Speichern</translation>
    </message>
    <message>
        <source>Nothing to keep yet: write a few words.</source>
        <translation>Noch nichts zu speichern: Schreib ein paar Worte.</translation>
    </message>
    <message>
        <source>Added to today&apos;s reflection: “{0}”</source>
        <translation>Zur heutigen Reflexion hinzugefügt: „{0}“</translation>
    </message>
    <message>
        <source>Saved as a note in Lessons Learned: “{0}”</source>
        <translation>Als Notiz unter Erkenntnisse gespeichert: „{0}“</translation>
    </message>
    <message>
        <source>Saved to Lessons Learned: “{0}”</source>
        <translation>Unter Erkenntnisse gespeichert: „{0}“</translation>
    </message>
    <message>
        <source>New one-on-one</source>
        <translation>Neues Einzelgespräch</translation>
    </message>
    <message>
        <source>one-on-one list</source>
        <translation>Liste der Einzelgespräche</translation>
    </message>
    <message>
        <source>No one-on-ones with {name} yet. Schedule one, or use “Prepare one-on-one…” to build the agenda from what the journal already knows.</source>
        <translation>Noch keine Einzelgespräche mit {name}. Plane eins, oder stell mit „Einzelgespräch vorbereiten …“ die Agenda aus dem zusammen, was das Journal schon weiß.</translation>
    </message>
    <message>
        <source>Still open from earlier one-on-ones</source>
        <translation>Noch offen aus früheren Einzelgesprächen</translation>
    </message>
    <message>
        <source>Open action items from earlier one-on-ones</source>
        <translation>Offene Punkte aus früheren Einzelgesprächen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Where we go, and how we get there</source>
        <translation>Wohin wir gehen, und wie wir hinkommen</translation>
    </message>
    <message>
        <source>You point the way: the outcome worth reaching, said so people can repeat it.</source>
        <translation>Sie zeigen die Richtung: das Ergebnis, das sich lohnt, so gesagt, dass andere es wiederholen können.</translation>
    </message>
    <message>
        <source>You turn the way into a plan: steps, one owner each, dates and a buffer.</source>
        <translation>Sie machen aus der Richtung einen Plan: Schritte, je eine verantwortliche Person, Termine und ein Puffer.</translation>
    </message>
    <message>
        <source>People ask “what are we actually aiming for?” (lead), or everyone knows the aim but nobody knows who does what (manage).</source>
        <translation>Man fragt „Worauf arbeiten wir eigentlich hin?“ (führen), oder alle kennen das Ziel, aber niemand weiß, wer was tut (managen).</translation>
    </message>
    <message>
        <source>Monday: the weekly outcome (lead) and the plan with owners (manage).</source>
        <translation>Montag: das Wochenergebnis (führen) und der Plan mit Verantwortlichen (managen).</translation>
    </message>
    <message>
        <source>Why it matters, and what done looks like</source>
        <translation>Warum es zählt, und wie „fertig“ aussieht</translation>
    </message>
    <message>
        <source>You explain why the work matters: to a customer, to the business, to the team.</source>
        <translation>Sie erklären, warum die Arbeit zählt: für Kunden, für das Geschäft, für das Team.</translation>
    </message>
    <message>
        <source>You agree what “done” means: the checks, the standard, who signs it off.</source>
        <translation>Sie vereinbaren, was „fertig“ heißt: die Prüfungen, der Standard, wer es abnimmt.</translation>
    </message>
    <message>
        <source>Work is done half-heartedly (lead), or done quickly but sent back (manage).</source>
        <translation>Die Arbeit wird halbherzig gemacht (führen), oder schnell erledigt und dann zurückgeschickt (managen).</translation>
    </message>
    <message>
        <source>Monday: the why behind the outcome, and each priority&apos;s definition of done.</source>
        <translation>Montag: das Warum hinter dem Ergebnis und die Definition of Done jeder Priorität.</translation>
    </message>
    <message>
        <source>The long view, and this week</source>
        <translation>Der lange Blick, und diese Woche</translation>
    </message>
    <message>
        <source>You keep an eye on the quarter and the year, and connect today&apos;s work to it.</source>
        <translation>Sie behalten Quartal und Jahr im Blick und verbinden die heutige Arbeit damit.</translation>
    </message>
    <message>
        <source>You make this week land: priorities, capacity, what slips and why.</source>
        <translation>Sie bringen diese Woche ins Ziel: Prioritäten, Kapazität, was sich verschiebt und warum.</translation>
    </message>
    <message>
        <source>Every week is urgent and none adds up to anything (lead), or big plans never reach Monday (manage).</source>
        <translation>Jede Woche ist dringend, und keine ergibt ein Ganzes (führen), oder große Pläne kommen nie beim Montag an (managen).</translation>
    </message>
    <message>
        <source>Goals above the week (lead) and the Friday review (manage).</source>
        <translation>Ziele über der Woche (führen) und der Freitagsrückblick (managen).</translation>
    </message>
    <message>
        <source>Growing people, and organising work</source>
        <translation>Menschen wachsen lassen, und Arbeit organisieren</translation>
    </message>
    <message>
        <source>You help each person get better at something they care about.</source>
        <translation>Sie helfen jeder Person, in etwas besser zu werden, das ihr wichtig ist.</translation>
    </message>
    <message>
        <source>You match the work to the people and the hours you actually have.</source>
        <translation>Sie bringen die Arbeit mit den Menschen und den Stunden zusammen, die Sie wirklich haben.</translation>
    </message>
    <message>
        <source>The same person keeps getting stuck in the same way (lead), or some are swamped while others wait (manage).</source>
        <translation>Dieselbe Person bleibt immer wieder gleich hängen (führen), oder manche gehen unter, während andere warten (managen).</translation>
    </message>
    <message>
        <source>Wednesday&apos;s coaching conversation (lead) and Monday&apos;s capacity (manage).</source>
        <translation>Das Coaching-Gespräch am Mittwoch (führen) und die Kapazität am Montag (managen).</translation>
    </message>
    <message>
        <source>Energy, and progress</source>
        <translation>Energie, und Fortschritt</translation>
    </message>
    <message>
        <source>You notice how people feel and give them reasons to believe in the work.</source>
        <translation>Sie merken, wie es den Menschen geht, und geben ihnen Gründe, an die Arbeit zu glauben.</translation>
    </message>
    <message>
        <source>You make progress visible: the board, the check-in, what is blocked.</source>
        <translation>Sie machen Fortschritt sichtbar: das Board, der Check-in, was blockiert ist.</translation>
    </message>
    <message>
        <source>Low morale, quiet meetings (lead), or nobody can say where things stand (manage).</source>
        <translation>Gedrückte Stimmung, stille Besprechungen (führen), oder niemand kann sagen, wo die Dinge stehen (managen).</translation>
    </message>
    <message>
        <source>Recognition and the pulse (lead); the tracker and Tuesday&apos;s check-in (manage).</source>
        <translation>Anerkennung und der Puls (führen); der Tracker und der Check-in am Dienstag (managen).</translation>
    </message>
    <message>
        <source>Changing things, and keeping them steady</source>
        <translation>Dinge verändern, und sie stabil halten</translation>
    </message>
    <message>
        <source>You make the case for a change and bring people along with it.</source>
        <translation>Sie begründen eine Veränderung und nehmen die Menschen mit.</translation>
    </message>
    <message>
        <source>You make good work repeatable: checklists, handoffs, one way of doing it.</source>
        <translation>Sie machen gute Arbeit wiederholbar: Checklisten, Übergaben, ein gemeinsamer Weg.</translation>
    </message>
    <message>
        <source>People resist a change they don&apos;t understand (lead), or quality depends on who happens to do the work (manage).</source>
        <translation>Menschen wehren sich gegen eine Veränderung, die sie nicht verstehen (führen), oder die Qualität hängt davon ab, wer gerade die Arbeit macht (managen).</translation>
    </message>
    <message>
        <source>The rollout checklist (lead) and Wednesday&apos;s lasting improvements (manage).</source>
        <translation>Die Checkliste für Einführungen (führen) und die dauerhaften Verbesserungen am Mittwoch (managen).</translation>
    </message>
    <message>
        <source>Trust, and roles</source>
        <translation>Vertrauen, und Rollen</translation>
    </message>
    <message>
        <source>People follow you because they trust you, not because they have to.</source>
        <translation>Man folgt Ihnen, weil man Ihnen vertraut, nicht weil man muss.</translation>
    </message>
    <message>
        <source>Everyone knows their role, who decides what, and what they may decide alone.</source>
        <translation>Alle kennen ihre Rolle, wer was entscheidet und was sie allein entscheiden dürfen.</translation>
    </message>
    <message>
        <source>Agreement in the room, nothing after it (lead), or decisions bounce between people (manage).</source>
        <translation>Zustimmung im Raum, danach nichts (führen), oder Entscheidungen springen zwischen Personen hin und her (managen).</translation>
    </message>
    <message>
        <source>Asking for feedback on yourself (lead) and delegations with decision rights (manage).</source>
        <translation>Feedback zu sich selbst einholen (führen) und Delegationen mit Entscheidungsrechten (managen).</translation>
    </message>
    <message>
        <source>Asking, and telling</source>
        <translation>Fragen, und sagen</translation>
    </message>
    <message>
        <source>You ask questions so people find the answer and own it.</source>
        <translation>Sie stellen Fragen, damit die Menschen die Antwort selbst finden und sie sich zu eigen machen.</translation>
    </message>
    <message>
        <source>You give a clear instruction when time is short or the risk is high.</source>
        <translation>Sie geben eine klare Anweisung, wenn die Zeit knapp oder das Risiko hoch ist.</translation>
    </message>
    <message>
        <source>Everyone waits for you to solve things (lead), or a crisis needs one clear voice (manage).</source>
        <translation>Alle warten darauf, dass Sie die Dinge lösen (führen), oder eine Krise braucht eine klare Stimme (managen).</translation>
    </message>
    <message>
        <source>One-on-one preparation&apos;s coaching questions (lead), the decision log (manage).</source>
        <translation>Die Coaching-Fragen der Vorbereitung auf Einzelgespräche (führen), das Entscheidungsprotokoll (managen).</translation>
    </message>
    <message>
        <source>Trying things, and reducing surprises</source>
        <translation>Dinge ausprobieren, und Überraschungen vermeiden</translation>
    </message>
    <message>
        <source>You let the team try a new way, and treat a miss as something to learn from.</source>
        <translation>Sie lassen das Team einen neuen Weg ausprobieren und sehen einen Fehlschlag als etwas, aus dem man lernt.</translation>
    </message>
    <message>
        <source>You spot risks early, plan for them, and keep commitments you made to others.</source>
        <translation>Sie erkennen Risiken früh, planen für sie und halten Zusagen, die Sie anderen gemacht haben.</translation>
    </message>
    <message>
        <source>Nobody suggests anything new (lead), or stakeholders keep being surprised (manage).</source>
        <translation>Niemand schlägt etwas Neues vor (führen), oder Stakeholder werden immer wieder überrascht (managen).</translation>
    </message>
    <message>
        <source>Lessons learned (lead) and Thursday&apos;s stakeholder update (manage).</source>
        <translation>Gelernte Lektionen (führen) und das Stakeholder-Update am Donnerstag (managen).</translation>
    </message>
    <message>
        <source>Contribution, and numbers</source>
        <translation>Beitrag, und Zahlen</translation>
    </message>
    <message>
        <source>You notice how people contribute and tell them what it made possible.</source>
        <translation>Sie bemerken, wie Menschen beitragen, und sagen ihnen, was es möglich gemacht hat.</translation>
    </message>
    <message>
        <source>You measure what was delivered, honestly, week after week.</source>
        <translation>Sie messen ehrlich, was geliefert wurde, Woche für Woche.</translation>
    </message>
    <message>
        <source>Good work goes unseen (lead), or nobody knows whether the team is getting better (manage).</source>
        <translation>Gute Arbeit bleibt unbemerkt (führen), oder niemand weiß, ob das Team besser wird (managen).</translation>
    </message>
    <message>
        <source>Friday&apos;s recognition (lead) and delivery reliability in Insights (manage).</source>
        <translation>Die Anerkennung am Freitag (führen) und die Lieferzuverlässigkeit in den Einblicken (managen).</translation>
    </message>
    <message>
        <source>Scope keeps changing: a reset</source>
        <translation>Der Umfang ändert sich ständig: ein Neustart</translation>
    </message>
    <message>
        <source>New requests arrive every day and the plan no longer means anything.</source>
        <translation>Jeden Tag kommen neue Anfragen, und der Plan bedeutet nichts mehr.</translation>
    </message>
    <message>
        <source>Keeps only the must-haves as this week&apos;s priorities, parks the rest where you can find it again, and logs one day a week for deciding on changes.</source>
        <translation>Behält nur die Muss-Ziele als Prioritäten der Woche, parkt den Rest so, dass Sie ihn wiederfinden, und legt einen Tag pro Woche fest, an dem über Änderungen entschieden wird.</translation>
    </message>
    <message>
        <source>Morale is low: a reset</source>
        <translation>Die Stimmung ist schlecht: ein Neustart</translation>
    </message>
    <message>
        <source>People are tired, quiet, and juggling too many things at once.</source>
        <translation>Die Leute sind müde, still und jonglieren zu viele Dinge gleichzeitig.</translation>
    </message>
    <message>
        <source>Limits how much each person has in progress, sets up a short daily stand-up, and turns a few small weekly targets into success criteria.</source>
        <translation>Begrenzt, wie viel jede Person gleichzeitig in Arbeit hat, richtet ein kurzes tägliches Stand-up ein und macht aus einigen kleinen Wochenzielen Erfolgskriterien.</translation>
    </message>
    <message>
        <source>Someone&apos;s work needs to improve</source>
        <translation>Die Arbeit einer Person muss besser werden</translation>
    </message>
    <message>
        <source>A pattern keeps coming back and a friendly word has not changed it.</source>
        <translation>Ein Muster kehrt immer wieder, und ein freundliches Wort hat nichts geändert.</translation>
    </message>
    <message>
        <source>An improvement plan in the Coaching Log: the behaviour, what good looks like, your support and weekly check-ins.</source>
        <translation>Ein Verbesserungsplan im Coaching-Log: das Verhalten, wie gut aussieht, Ihre Unterstützung und wöchentliche Check-ins.</translation>
    </message>
    <message>
        <source>Rolling out a change across departments</source>
        <translation>Eine Veränderung abteilungsübergreifend einführen</translation>
    </message>
    <message>
        <source>A new tool or process has to land well in several teams, not only yours.</source>
        <translation>Ein neues Werkzeug oder ein neuer Ablauf muss in mehreren Teams gut ankommen, nicht nur in Ihrem.</translation>
    </message>
    <message>
        <source>A checklist with an owner per department, training, a pilot, measures and a weekly feedback loop, shown on Thursday every week until it is done.</source>
        <translation>Eine Checkliste mit einer verantwortlichen Person pro Abteilung, Schulung, Pilot, Messgrößen und wöchentlicher Feedbackrunde, jeden Donnerstag angezeigt, bis alles erledigt ist.</translation>
    </message>
    <message>
        <source>Parked in a scope reset: not this week.</source>
        <translation>Bei einem Neustart des Umfangs geparkt: nicht diese Woche.</translation>
    </message>
    <message>
        <source>New requests wait for {day}: then we weigh them against the must-haves.</source>
        <translation>Neue Anfragen warten bis {day}: Dann wägen wir sie gegen die Muss-Ziele ab.</translation>
    </message>
    <message>
        <source>Scope kept changing. Must-haves this week: {must_haves}.</source>
        <translation>Der Umfang änderte sich ständig. Muss-Ziele dieser Woche: {must_haves}.</translation>
    </message>
    <message>
        <source>Everyone asking for changes</source>
        <translation>Alle, die Änderungen wünschen</translation>
    </message>
    <message>
        <source>Requests are decided on this day, against the week&apos;s must-haves.</source>
        <translation>An diesem Tag wird über Anfragen entschieden, gemessen an den Muss-Zielen der Woche.</translation>
    </message>
    <message>
        <source>The team: daily stand-up</source>
        <translation>Das Team: tägliches Stand-up</translation>
    </message>
    <message>
        <source>Every working day at {time}, fifteen minutes standing: what is done, what is next, what is in the way. Problems are solved after it, not in it.</source>
        <translation>Jeden Arbeitstag um {time}, fünfzehn Minuten im Stehen: was erledigt ist, was als Nächstes kommt, was im Weg steht. Probleme werden danach gelöst, nicht darin.</translation>
    </message>
    <message>
        <source>Small wins this week</source>
        <translation>Kleine Erfolge diese Woche</translation>
    </message>
    <message>
        <source>{owner} owns the rollout in {department}</source>
        <translation>{owner} verantwortet die Einführung in {department}</translation>
    </message>
    <message>
        <source>{department} trained</source>
        <translation>{department} geschult</translation>
    </message>
    <message>
        <source>Live in {department}</source>
        <translation>In {department} eingeführt</translation>
    </message>
    <message>
        <source>Pilot run in {department}, lessons written down</source>
        <translation>Pilot in {department} gelaufen, Erkenntnisse aufgeschrieben</translation>
    </message>
    <message>
        <source>Measures of success agreed, with a starting value</source>
        <translation>Erfolgsmaße vereinbart, mit Ausgangswert</translation>
    </message>
    <message>
        <source>Weekly feedback loop running with every department</source>
        <translation>Wöchentliche Feedbackrunde läuft mit jeder Abteilung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Name the act and what it made possible:</source>
        <translation>Nennen Sie die Tat und was sie möglich gemacht hat:</translation>
    </message>
    <message>
        <source>“When you rewrote the handover notes on Tuesday, the night shift had no questions for the first time. Thank you.”</source>
        <translation>„Als du am Dienstag die Übergabenotizen neu geschrieben hast, hatte die Nachtschicht zum ersten Mal keine Fragen. Danke.“</translation>
    </message>
    <message>
        <source>“You stayed calm on that customer call and asked before promising. That kept the account.”</source>
        <translation>„Du bist in dem Kundengespräch ruhig geblieben und hast nachgefragt, bevor du etwas versprochen hast. Das hat den Kunden gehalten.“</translation>
    </message>
    <message>
        <source>Hand over the outcome, the limits and the decisions:</source>
        <translation>Übergeben Sie das Ergebnis, die Grenzen und die Entscheidungen:</translation>
    </message>
    <message>
        <source>“I&apos;d like you to own this. Done means the supplier has signed by the 15th.”</source>
        <translation>„Ich möchte, dass du das übernimmst. Fertig heißt: Der Lieferant hat bis zum 15. unterschrieben.“</translation>
    </message>
    <message>
        <source>“You decide the approach. Check with me before anything over the budget.”</source>
        <translation>„Du entscheidest über den Weg. Sprich mit mir, bevor etwas über das Budget geht.“</translation>
    </message>
    <message>
        <source>“Let&apos;s look at it together on Thursday. Call me sooner if you&apos;re stuck.”</source>
        <translation>„Lass uns am Donnerstag gemeinsam draufschauen. Melde dich früher, wenn du feststeckst.“</translation>
    </message>
    <message>
        <source>Say yes to the person and name the trade-off:</source>
        <translation>Sagen Sie Ja zur Person und nennen Sie den Preis:</translation>
    </message>
    <message>
        <source>“I can do that this week if we move the report to next week. Which matters more to you?”</source>
        <translation>„Das schaffe ich diese Woche, wenn wir den Bericht auf nächste Woche schieben. Was ist dir wichtiger?“</translation>
    </message>
    <message>
        <source>“Not this week: we promised the release by Friday. I can look at it on Monday.”</source>
        <translation>„Nicht diese Woche: Wir haben das Release bis Freitag zugesagt. Am Montag kann ich es mir ansehen.“</translation>
    </message>
    <message>
        <source>“Help me choose: if this comes in, what should come out?”</source>
        <translation>„Hilf mir bei der Wahl: Wenn das dazukommt, was soll dafür wegfallen?“</translation>
    </message>
    <message>
        <source>Be specific, kind and brief, then listen:</source>
        <translation>Seien Sie konkret, freundlich und kurz, dann hören Sie zu:</translation>
    </message>
    <message>
        <source>“I want to talk about the last three stand-ups, where you arrived late. What&apos;s going on?”</source>
        <translation>„Ich möchte über die letzten drei Stand-ups sprechen, zu denen du zu spät gekommen bist. Was ist los?“</translation>
    </message>
    <message>
        <source>“When the test was skipped, the customer found the bug. I need every release tested. What would help you get there?”</source>
        <translation>„Als der Test ausgelassen wurde, hat der Kunde den Fehler gefunden. Ich brauche jedes Release getestet. Was würde dir dabei helfen?“</translation>
    </message>
    <message>
        <source>“I&apos;m telling you because I think you can fix it, and I&apos;ll help.”</source>
        <translation>„Ich sage dir das, weil ich glaube, dass du es ändern kannst, und ich helfe dir dabei.“</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Vorbereiten …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the agenda as Markdown or PDF, or print it</source>
        <translation>Die Agenda als Markdown oder PDF speichern oder drucken</translation>
    </message>
    <message>
        <source>What you talked about, what you noticed</source>
        <translation>Worüber ihr gesprochen habt, was dir aufgefallen ist</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Vereinbarte Punkte</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source> · upcoming</source>
        <translation> · demnächst</translation>
    </message>
    <message>
        <source>{0} (coaching on {1})</source>
        <translation>{0} (Coaching am {1})</translation>
    </message>
    <message>
        <source>Status of carried action</source>
        <translation>Stand des übernommenen Punkts</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Neuer Agendapunkt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>New coaching conversation</source>
        <translation>Neues Coaching-Gespräch</translation>
    </message>
    <message>
        <source>coaching conversation list</source>
        <translation>Liste der Coaching-Gespräche</translation>
    </message>
    <message>
        <source>No coaching conversations with {name} yet. Pick one skill, describe one real situation and its impact, and agree one small step to practise.</source>
        <translation>Noch keine Coaching-Gespräche mit {name}. Wähle eine Fähigkeit, beschreib eine echte Situation und ihre Wirkung, und vereinbart einen kleinen Schritt zum Üben.</translation>
    </message>
    <message>
        <source>Coaching on one real situation grows a skill faster than general advice.</source>
        <translation>Coaching an einer echten Situation lässt eine Fähigkeit schneller wachsen als allgemeiner Rat.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Geführt am</translation>
    </message>
    <message>
        <source>Skill in focus</source>
        <translation>Fähigkeit im Fokus</translation>
    </message>
    <message>
        <source>e.g. Running an escalation call</source>
        <translation>z. B. Ein Eskalationsgespräch leiten</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>When and where, exactly? One real moment.</source>
        <translation>Wann und wo genau? Ein echter Moment.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>What did it cause, for whom?</source>
        <translation>Was hat es bewirkt, und für wen?</translation>
    </message>
    <message>
        <source>What great looks like</source>
        <translation>Wie richtig gut aussieht</translation>
    </message>
    <message>
        <source>Describe it so they could picture doing it</source>
        <translation>Beschreib es so, dass die Person sich vorstellen kann, es zu tun</translation>
    </message>
    <message>
        <source>Next practice step</source>
        <translation>Nächster Übungsschritt</translation>
    </message>
    <message>
        <source>One small step to try before you next meet</source>
        <translation>Ein kleiner Schritt zum Ausprobieren bis zu eurem nächsten Treffen</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <source>Did the practice happen?</source>
        <translation>Hat die Übung stattgefunden?</translation>
    </message>
    <message>
        <source>Asked at the next one-on-one</source>
        <translation>Wird im nächsten Einzelgespräch gefragt</translation>
    </message>
    <message>
        <source>A clear, time-boxed plan is fair: you both know what good looks like, and by when.</source>
        <translation>Ein klarer Plan mit festem Zeitrahmen ist fair: Ihr wisst beide, wie „gut“ aussieht und bis wann.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Day for: {0}</source>
        <translation>Tag für: {0}</translation>
    </message>
    <message>
        <source>every working day</source>
        <translation>jeden Arbeitstag</translation>
    </message>
    <message>
        <source>People and follow-ups</source>
        <translation>Personen und Nachfassen</translation>
    </message>
    <message>
        <source>Prepare each one-on-one</source>
        <translation>Jedes Einzelgespräch vorbereiten</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> Minuten vorher</translation>
    </message>
    <message>
        <source>Minutes before a one-on-one</source>
        <translation>Minuten vor einem Einzelgespräch</translation>
    </message>
    <message>
        <source>Improvement-plan check-ins on the day they are due</source>
        <translation>Check-ins zu Verbesserungsplänen am Tag, an dem sie fällig sind</translation>
    </message>
    <message>
        <source>Start/stop/continue actions on their due and check dates</source>
        <translation>Start/Stop/Continue-Aufgaben an ihrem Fälligkeits- und Prüftag</translation>
    </message>
    <message>
        <source>Time for follow-ups</source>
        <translation>Zeit zum Nachfassen</translation>
    </message>
    <message>
        <source>Follow-ups come at</source>
        <translation>Nachfassen kommt um</translation>
    </message>
    <message>
        <source>Quiet hours and working days</source>
        <translation>Ruhezeiten und Arbeitstage</translation>
    </message>
    <message>
        <source>No reminders between</source>
        <translation>Keine Erinnerungen zwischen</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Ruhe ab</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Ruhe bis</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Start LeadJournal when I log in (in the tray, so reminders can come)</source>
        <translation>LeadJournal beim Anmelden starten (im Infobereich, damit Erinnerungen kommen können)</translation>
    </message>
    <message>
        <source>Warn when one person has more tasks in progress than</source>
        <translation>Warnen, wenn eine Person mehr Aufgaben in Arbeit hat als</translation>
    </message>
    <message>
        <source>Apply to this week</source>
        <translation>Auf diese Woche anwenden</translation>
    </message>
    <message>
        <source>Scope reset</source>
        <translation>Neustart des Umfangs</translation>
    </message>
    <message>
        <source>Keep at most three must-haves. Everything else is parked, not lost: you will find it under “Set aside this week”. Then pick one day for deciding on new requests.</source>
        <translation>Behalten Sie höchstens drei Muss-Ziele. Alles andere wird geparkt, nicht verloren: Sie finden es unter „Diese Woche zurückgestellt“. Wählen Sie dann einen Tag, an dem über neue Anfragen entschieden wird.</translation>
    </message>
    <message>
        <source>Must-haves now</source>
        <translation>Muss-Ziele jetzt</translation>
    </message>
    <message>
        <source>A new must-have</source>
        <translation>Ein neues Muss-Ziel</translation>
    </message>
    <message>
        <source>A must-have not in the plan yet</source>
        <translation>Ein Muss-Ziel, das noch nicht im Plan steht</translation>
    </message>
    <message>
        <source>Add must-haves</source>
        <translation>Muss-Ziele hinzufügen</translation>
    </message>
    <message>
        <source>A parked item</source>
        <translation>Ein geparkter Punkt</translation>
    </message>
    <message>
        <source>e.g. The new dashboard idea</source>
        <translation>z. B. Die Idee mit dem neuen Dashboard</translation>
    </message>
    <message>
        <source>Park for later</source>
        <translation>Für später parken</translation>
    </message>
    <message>
        <source>Day for deciding on changes</source>
        <translation>Tag für Entscheidungen über Änderungen</translation>
    </message>
    <message>
        <source>Decide changes on</source>
        <translation>Änderungen entscheiden am</translation>
    </message>
    <message>
        <source>Morale reset</source>
        <translation>Neustart für die Stimmung</translation>
    </message>
    <message>
        <source>Fewer things at once, a short daily stand-up, and a few small targets the team can actually hit this week.</source>
        <translation>Weniger gleichzeitig, ein kurzes tägliches Stand-up und ein paar kleine Ziele, die das Team diese Woche wirklich erreichen kann.</translation>
    </message>
    <message>
        <source>Work in progress per person</source>
        <translation>Laufende Arbeit pro Person</translation>
    </message>
    <message>
        <source>Tasks in progress per person</source>
        <translation>Aufgaben in Arbeit pro Person</translation>
    </message>
    <message>
        <source>Daily stand-up time</source>
        <translation>Uhrzeit des täglichen Stand-ups</translation>
    </message>
    <message>
        <source>Daily stand-up at</source>
        <translation>Tägliches Stand-up um</translation>
    </message>
    <message>
        <source>A weekly target</source>
        <translation>Ein Wochenziel</translation>
    </message>
    <message>
        <source>e.g. Close the five oldest tickets</source>
        <translation>z. B. Die fünf ältesten Tickets schließen</translation>
    </message>
    <message>
        <source>Weekly targets</source>
        <translation>Wochenziele</translation>
    </message>
    <message>
        <source>Where the targets go</source>
        <translation>Wohin die Ziele kommen</translation>
    </message>
    <message>
        <source>A new priority: “Small wins this week”</source>
        <translation>Eine neue Priorität: „Kleine Erfolge diese Woche“</translation>
    </message>
    <message>
        <source>Under “{0}”</source>
        <translation>Unter „{0}“</translation>
    </message>
    <message>
        <source>Put the targets</source>
        <translation>Ziele eintragen</translation>
    </message>
    <message>
        <source>Cross-department rollout</source>
        <translation>Abteilungsübergreifende Einführung</translation>
    </message>
    <message>
        <source>Name the change and the departments it reaches, with one owner in each. The checklist appears on Thursday&apos;s page every week until it is done.</source>
        <translation>Nennen Sie die Veränderung und die Abteilungen, die sie erreicht, mit je einer verantwortlichen Person. Die Checkliste erscheint jede Woche auf der Donnerstagsseite, bis sie erledigt ist.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>e.g. The new ticketing tool</source>
        <translation>z. B. Das neue Ticketsystem</translation>
    </message>
    <message>
        <source>Why it is worth it</source>
        <translation>Warum es sich lohnt</translation>
    </message>
    <message>
        <source>What gets better for the people using it?</source>
        <translation>Was wird für die Menschen besser, die es nutzen?</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Owner there</source>
        <translation>Verantwortlich dort</translation>
    </message>
    <message>
        <source>Department {0}</source>
        <translation>Abteilung {0}</translation>
    </message>
    <message>
        <source>Owner in department {0}</source>
        <translation>Verantwortlich in Abteilung {0}</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>The first department runs the pilot.</source>
        <translation>Die erste Abteilung macht den Pilot.</translation>
    </message>
    <message>
        <source>Limit work in progress per person</source>
        <translation>Arbeit in Arbeit pro Person begrenzen</translation>
    </message>
    <message>
        <source>Keeping backups</source>
        <translation>Sicherungen aufbewahren</translation>
    </message>
    <message>
        <source>LeadJournal backs up your journal each day you open it and each time you quit, checks every copy opens, and keeps them in the backups folder beside the journal.</source>
        <translation>LeadJournal sichert dein Journal an jedem Tag, an dem du es öffnest, und jedes Mal beim Beenden, prüft, dass sich jede Kopie öffnen lässt, und bewahrt sie im Sicherungsordner neben dem Journal auf.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep one backup a day for the last</source>
        <translation>Eine Sicherung pro Tag behalten für die letzten</translation>
    </message>
    <message>
        <source>and one a week for the last</source>
        <translation>und eine pro Woche für die letzten</translation>
    </message>
    <message>
        <source>None — only beside the journal</source>
        <translation>Keiner – nur neben dem Journal</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Zweiter Sicherungsordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>A second copy</source>
        <translation>Eine zweite Kopie</translation>
    </message>
    <message>
        <source>Also copy to</source>
        <translation>Auch kopieren nach</translation>
    </message>
    <message>
        <source>A second folder on a synced or external drive keeps a copy safe if this computer is lost. Leave it empty to keep backups here only.</source>
        <translation>Ein zweiter Ordner auf einem synchronisierten oder externen Laufwerk bewahrt eine Kopie, falls dieser Computer verloren geht. Lass ihn leer, um Sicherungen nur hier zu behalten.</translation>
    </message>
    <message>
        <source>Your journal is protected with a passphrase: its file and its backups can&apos;t be read without it.</source>
        <translation>Dein Journal ist mit einer Passphrase geschützt: Ohne sie lassen sich seine Datei und seine Sicherungen nicht lesen.</translation>
    </message>
    <message>
        <source>Your journal is not protected with a passphrase. Anyone who can open your files can read it; protecting it encrypts the journal and its backups.</source>
        <translation>Dein Journal ist nicht mit einer Passphrase geschützt. Wer deine Dateien öffnen kann, kann es lesen; ein Schutz verschlüsselt das Journal und seine Sicherungen.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern …</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Passphrase entfernen …</translation>
    </message>
    <message>
        <source>Protect with a passphrase…</source>
        <translation>Mit einer Passphrase schützen …</translation>
    </message>
    <message>
        <source>This is the sample journal: it is thrown away when you quit, so there is nothing to protect. Your own journal can be.</source>
        <translation>Das ist das Beispiel-Journal: Es wird beim Beenden verworfen, also gibt es nichts zu schützen. Dein eigenes Journal lässt sich schützen.</translation>
    </message>
    <message>
        <source>When you step away</source>
        <translation>Wenn du weggehst</translation>
    </message>
    <message>
        <source>Hide the journal when I step away, after</source>
        <translation>Das Journal ausblenden, wenn ich weg bin, nach</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>The passphrase brings it back. This needs a passphrase, so it is available once your journal is protected.</source>
        <translation>Die Passphrase holt es zurück. Dafür braucht es eine Passphrase, also geht das, sobald dein Journal geschützt ist.</translation>
    </message>
    <message>
        <source>A second folder for backups</source>
        <translation>Ein zweiter Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>Check-in alle</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Plan length</source>
        <translation>Dauer des Plans</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Plan check-ins</source>
        <translation>Check-ins zum Plan</translation>
    </message>
    <message>
        <source>New improvement plan</source>
        <translation>Neuer Verbesserungsplan</translation>
    </message>
    <message>
        <source>improvement plan list</source>
        <translation>Liste der Verbesserungspläne</translation>
    </message>
    <message>
        <source>No improvement plans for {name}. Use one when a behaviour needs to change: say what, what good looks like, the support you give, and check in weekly.</source>
        <translation>Keine Verbesserungspläne für {name}. Nutze einen, wenn sich ein Verhalten ändern muss: Sag, was, wie „gut“ aussieht und welche Unterstützung du gibst, und halte jede Woche einen Check-in.</translation>
    </message>
    <message>
        <source>Behaviour to change</source>
        <translation>Verhalten, das sich ändern soll</translation>
    </message>
    <message>
        <source>What happens now, in observable terms</source>
        <translation>Was jetzt passiert, in beobachtbaren Worten</translation>
    </message>
    <message>
        <source>Expected behaviour</source>
        <translation>Erwartetes Verhalten</translation>
    </message>
    <message>
        <source>What should happen instead</source>
        <translation>Was stattdessen passieren soll</translation>
    </message>
    <message>
        <source>Support offered</source>
        <translation>Angebotene Unterstützung</translation>
    </message>
    <message>
        <source>What you will do to make it possible</source>
        <translation>Was du tust, um es möglich zu machen</translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation>Woran ihr den Erfolg messt</translation>
    </message>
    <message>
        <source>How you will both know it worked</source>
        <translation>Woran ihr beide erkennt, dass es geklappt hat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Add check-in</source>
        <translation>Check-in hinzufügen</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>None — the plan is closed.</source>
        <translation>Keiner – der Plan ist abgeschlossen.</translation>
    </message>
    <message>
        <source>All check-ins done; the plan ended on {0}. Decide: met or not met?</source>
        <translation>Alle Check-ins erledigt; der Plan endete am {0}. Entscheide: erreicht oder nicht erreicht?</translation>
    </message>
    <message>
        <source>Overdue since {0} (plan ends {1})</source>
        <translation>Überfällig seit {0} (Plan endet {1})</translation>
    </message>
    <message>
        <source>{0} (plan ends {1})</source>
        <translation>{0} (Plan endet {1})</translation>
    </message>
    <message>
        <source>New recognition</source>
        <translation>Neue Anerkennung</translation>
    </message>
    <message>
        <source>recognition list</source>
        <translation>Liste der Anerkennungen</translation>
    </message>
    <message>
        <source>Nothing recognised for {name} yet. Name one thing they did and what it made possible; specific praise tells people what to repeat.</source>
        <translation>Für {name} ist noch keine Anerkennung festgehalten. Nenne eine Sache, die die Person getan hat, und was sie möglich gemacht hat; konkretes Lob sagt Menschen, was sie wiederholen sollen.</translation>
    </message>
    <message>
        <source>Naming what someone did and its effect tells them what to repeat.</source>
        <translation>Wer benennt, was jemand getan hat und was es bewirkt hat, sagt ihm, was er wiederholen soll.</translation>
    </message>
    <message>
        <source>Recorded in a Friday review.</source>
        <translation>In einem Freitagsrückblick festgehalten.</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Neue Delegation</translation>
    </message>
    <message>
        <source>delegation list</source>
        <translation>Liste der Delegationen</translation>
    </message>
    <message>
        <source>Nothing delegated to {name} yet. Hand over an outcome, not a task list: say what must be true at the end, the limits, and who decides what.</source>
        <translation>An {name} ist noch nichts delegiert. Übergib ein Ergebnis, keine Aufgabenliste: Sag, was am Ende stimmen muss, wo die Grenzen liegen und wer was entscheidet.</translation>
    </message>
    <message>
        <source>Clear outcomes, limits and decision rights let people own the work.</source>
        <translation>Klare Ergebnisse, Grenzen und Entscheidungsrechte lassen Menschen die Arbeit zu ihrer eigenen machen.</translation>
    </message>
    <message>
        <source>Delegated on</source>
        <translation>Delegiert am</translation>
    </message>
    <message>
        <source>What is true when it is done?</source>
        <translation>Was stimmt, wenn es erledigt ist?</translation>
    </message>
    <message>
        <source>Constraints and non-negotiables</source>
        <translation>Grenzen und Unverhandelbares</translation>
    </message>
    <message>
        <source>Budget, deadlines, quality bars</source>
        <translation>Budget, Fristen, Qualitätsansprüche</translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation>Entscheidungsrechte</translation>
    </message>
    <message>
        <source>Agreed check-in points</source>
        <translation>Vereinbarte Zwischenstände</translation>
    </message>
    <message>
        <source>When and how you will look at it together</source>
        <translation>Wann und wie ihr gemeinsam darauf schaut</translation>
    </message>
    <message>
        <source>Why we decide together</source>
        <translation>Warum wir gemeinsam entscheiden</translation>
    </message>
    <message>
        <source>Your reasoning, so you can revisit it later</source>
        <translation>Deine Begründung, damit du später darauf zurückkommen kannst</translation>
    </message>
    <message>
        <source> · done</source>
        <translation> · erledigt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>One-on-one</source>
        <translation>Einzelgespräch</translation>
    </message>
    <message>
        <source>Plan check-in</source>
        <translation>Check-in zum Plan</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Show in the timeline</source>
        <translation>Im Verlauf zeigen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Nothing about {0} yet. One-on-ones, coaching, plans, recognition, delegations, blockers and tasks that slipped all show up here, newest first.</source>
        <translation>Noch nichts über {0}. Einzelgespräche, Coaching, Pläne, Anerkennung, Delegationen, Blockaden und verrutschte Aufgaben erscheinen hier, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Edit request</source>
        <translation>Anfrage bearbeiten</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Um Feedback bitten</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Gefragt am</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Das ganze Team</translation>
    </message>
    <message>
        <source>People asked</source>
        <translation>Gefragte Personen</translation>
    </message>
    <message>
        <source>Anyone else</source>
        <translation>Sonst jemand</translation>
    </message>
    <message>
        <source>Anyone else, e.g. Ines from finance</source>
        <translation>Sonst jemand, z. B. Ines aus der Buchhaltung</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Die Frage</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Asking one person through an anonymous form is not anonymous: they will know you can tell who answered.</source>
        <translation>Wer nur eine Person über ein anonymes Formular fragt, fragt nicht anonym: Sie weiß, dass du erkennen kannst, wer geantwortet hat.</translation>
    </message>
    <message>
        <source>Who is this answer from?</source>
        <translation>Von wem ist diese Antwort?</translation>
    </message>
    <message>
        <source>Choose who it&apos;s from…</source>
        <translation>Wähle, von wem sie ist …</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Ich selbst</translation>
    </message>
    <message>
        <source>An anonymous answer is kept with no name at all.</source>
        <translation>Eine anonyme Antwort wird ganz ohne Namen aufbewahrt.</translation>
    </message>
    <message>
        <source>Choose who the answer is from first — Anonymous if you&apos;d rather not say.</source>
        <translation>Wähle zuerst, von wem die Antwort ist – „Anonym“, wenn du es lieber nicht sagen willst.</translation>
    </message>
    <message>
        <source>Feedback views</source>
        <translation>Ansichten des Feedbacks</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Waiting for answers</source>
        <translation>Wartet auf Antworten</translation>
    </message>
    <message>
        <source>Requests waiting for answers</source>
        <translation>Anfragen, die auf Antworten warten</translation>
    </message>
    <message>
        <source>Nothing waiting. Asking every couple of months is the quickest way to see yourself the way your team does.</source>
        <translation>Nichts wartet. Alle paar Monate zu fragen ist der schnellste Weg, dich so zu sehen, wie dein Team dich sieht.</translation>
    </message>
    <message>
        <source>Ask for feedback…</source>
        <translation>Um Feedback bitten …</translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>Eine Antwort hinzufügen</translation>
    </message>
    <message>
        <source>No more answers expected</source>
        <translation>Keine weiteren Antworten erwartet</translation>
    </message>
    <message>
        <source>Feedback by theme</source>
        <translation>Feedback nach Thema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>As your manager, what is one thing I should start doing, one thing I should stop doing, and one thing I should keep doing?</source>
        <translation>Was sollte ich als deine Führungskraft anfangen, was aufhören und was weitermachen – jeweils eine Sache?</translation>
    </message>
    <message>
        <source>In a one-on-one</source>
        <translation>Im Einzelgespräch</translation>
    </message>
    <message>
        <source>Anonymous form</source>
        <translation>Anonymes Formular</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfangen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Aufhören</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>New this month</source>
        <translation>Neu in diesem Monat</translation>
    </message>
    <message>
        <source>Items in the chosen theme</source>
        <translation>Punkte im gewählten Thema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Show closed items</source>
        <translation>Abgeschlossene Punkte zeigen</translation>
    </message>
    <message>
        <source>Answers you record show up here grouped by theme. Give each item a theme or two — “delegation”, “meetings” — to see what keeps coming back.</source>
        <translation>Antworten, die du festhältst, erscheinen hier nach Thema geordnet. Gib jedem Punkt ein oder zwei Themen – „Delegation“, „Meetings“ –, dann siehst du, was immer wiederkommt.</translation>
    </message>
    <message>
        <source>Acting on</source>
        <translation>Du gehst an</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Was ich tun werde</translation>
    </message>
    <message>
        <source>One visible change the team will notice</source>
        <translation>Eine sichtbare Änderung, die das Team bemerkt</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Erledigt bis</translation>
    </message>
    <message>
        <source>Check with the team on</source>
        <translation>Beim Team nachfragen am</translation>
    </message>
    <message>
        <source>Check on</source>
        <translation>Prüfen am</translation>
    </message>
    <message>
        <source>Act on this theme</source>
        <translation>Dieses Thema angehen</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Abschließen …</translation>
    </message>
    <message>
        <source>Record what changed; it can become a lesson</source>
        <translation>Festhalten, was sich geändert hat; daraus kann eine Erkenntnis werden</translation>
    </message>
    <message>
        <source>Acted on before</source>
        <translation>Schon angegangen</translation>
    </message>
    <message>
        <source>Themes acted on before</source>
        <translation>Bereits angegangene Themen</translation>
    </message>
    <message>
        <source>No theme yet</source>
        <translation>Noch kein Thema</translation>
    </message>
    <message>
        <source>Acting on it</source>
        <translation>Wird angegangen</translation>
    </message>
    <message>
        <source>What people said about “{0}”</source>
        <translation>Was über „{0}“ gesagt wurde</translation>
    </message>
    <message>
        <source>Done — check it made a difference, then close</source>
        <translation>Erledigt – prüfe, ob es etwas bewirkt hat, dann schließe es ab</translation>
    </message>
    <message>
        <source>One theme at a time: close this one before choosing another.</source>
        <translation>Ein Thema nach dem anderen: Schließe dieses ab, bevor du ein anderes wählst.</translation>
    </message>
    <message>
        <source>Choose a theme on the left</source>
        <translation>Wähle links ein Thema</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Planned means the tasks in your plan when you confirmed it (carried-over tasks included). Tasks added later are counted on their own and don&apos;t change the figure. A week whose plan you never confirm is not counted: it shows as not planned, not as 0%.</source>
        <translation>Geplant sind die Aufgaben, die beim Bestätigen im Plan standen (übernommene eingeschlossen). Später hinzugefügte Aufgaben werden getrennt gezählt und ändern die Zahl nicht. Eine Woche, deren Plan du nie bestätigst, zählt nicht: Sie erscheint als nicht geplant, nicht als 0 %.</translation>
    </message>
    <message>
        <source>Pick the theme that matters most, say what you will do, and tell the team: acting visibly on feedback is what makes people give it again.</source>
        <translation>Wähle das wichtigste Thema, sag, was du tun wirst, und erzähl es dem Team: Wer sichtbar auf Feedback reagiert, bekommt es wieder.</translation>
    </message>
    <message>
        <source>Closed {0}: {1}</source>
        <translation>Abgeschlossen am {0}: {1}</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nichts festgehalten</translation>
    </message>
    <message>
        <source>What will you do?</source>
        <translation>Was wirst du tun?</translation>
    </message>
    <message>
        <source>Write the one change you will make before starting.</source>
        <translation>Schreib die eine Änderung auf, die du vornehmen willst, bevor du anfängst.</translation>
    </message>
    <message>
        <source>One theme at a time</source>
        <translation>Ein Thema nach dem anderen</translation>
    </message>
    <message>
        <source>What changed when I acted on “{0}”</source>
        <translation>Was sich geändert hat, als ich „{0}“ angegangen bin</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Neue Antwort</translation>
    </message>
    <message>
        <source>No answers yet. When someone answers — in a one-on-one, a form or a survey — record what they said as start, stop and continue items.</source>
        <translation>Noch keine Antworten. Wenn jemand antwortet – im Einzelgespräch, in einem Formular oder einer Umfrage –, halte das Gesagte als Anfangen-, Aufhören- und Weitermachen-Punkte fest.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Answer to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Anonymous answers are kept without a name: nobody&apos;s name is stored with them or shown next to them, anywhere.</source>
        <translation>Anonyme Antworten werden ohne Namen aufbewahrt: Nirgends wird ein Name mit ihnen gespeichert oder neben ihnen gezeigt.</translation>
    </message>
    <message>
        <source>Start, stop and continue items</source>
        <translation>Anfangen-, Aufhören- und Weitermachen-Punkte</translation>
    </message>
    <message>
        <source>+ {0}</source>
        <translation>+ {0}</translation>
    </message>
    <message>
        <source>Add a “{0}” item</source>
        <translation>Einen Punkt „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Punkt entfernen</translation>
    </message>
    <message>
        <source>No request</source>
        <translation>Keine Anfrage</translation>
    </message>
    <message>
        <source>Request of {0}</source>
        <translation>Anfrage vom {0}</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Noch keine Personen</translation>
    </message>
    <message>
        <source>Add the people you look after in the Coaching Log first.</source>
        <translation>Füge zuerst in den Coaching-Notizen die Menschen hinzu, für die du da bist.</translation>
    </message>
    <message>
        <source>Delete this answer?</source>
        <translation>Diese Antwort löschen?</translation>
    </message>
    <message>
        <source>Here you collect what your team thinks you should start, stop and continue doing, gathered into themes you can act on one at a time.</source>
        <translation>Hier sammelst du, was du nach Meinung deines Teams anfangen, lassen und beibehalten solltest – gebündelt in Themen, die du eins nach dem anderen angehst.</translation>
    </message>
    <message>
        <source>What changed?</source>
        <translation>Was hat sich geändert?</translation>
    </message>
    <message>
        <source>You acted on “{0}”. What changed — for the team, and for you?</source>
        <translation>Du bist „{0}“ angegangen. Was hat sich geändert – für das Team und für dich?</translation>
    </message>
    <message>
        <source>Keep it as a lesson?</source>
        <translation>Als Erkenntnis behalten?</translation>
    </message>
    <message>
        <source>Save what changed as a lesson too, so it can come back when it matters?</source>
        <translation>Das Geänderte auch als Erkenntnis speichern, damit es wiederkommt, wenn es darauf ankommt?</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>This week joins the line on Friday, when you review it.</source>
        <translation>Diese Woche kommt am Freitag dazu, beim Rückblick.</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Das Diagramm wird gezeichnet …</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation>{0} speichern</translation>
    </message>
    <message>
        <source>Chart as a PNG image…</source>
        <translation>Diagramm als PNG-Bild …</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>Zahlen als CSV …</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Das Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Save the chart&apos;s data</source>
        <translation>Die Daten des Diagramms speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Time range of the charts</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <source>What made work harder, week by week</source>
        <translation>Was die Arbeit erschwert hat, Woche für Woche</translation>
    </message>
    <message>
        <source>Delivery reliability</source>
        <translation>Verlässlichkeit der Lieferung</translation>
    </message>
    <message>
        <source>Your trend appears after two weeks of numbers.</source>
        <translation>Dein Verlauf erscheint nach zwei Wochen mit Zahlen.</translation>
    </message>
    <message>
        <source>Lead or manage?</source>
        <translation>Führen oder managen?</translation>
    </message>
    <message>
        <source>Practice adherence</source>
        <translation>Übungstreue</translation>
    </message>
    <message>
        <source>One-on-ones held</source>
        <translation>Geführte Einzelgespräche</translation>
    </message>
    <message>
        <source>Once you have planned a week and reviewed it, here you will see how delivery, team health and your practice change from week to week.</source>
        <translation>Sobald du eine Woche geplant und zurückgeblickt hast, siehst du hier, wie sich Lieferung, Teamgesundheit und deine Übung von Woche zu Woche entwickeln.</translation>
    </message>
    <message>
        <source>Confirm a plan and move tasks to Done to see how much of it the team delivers.</source>
        <translation>Bestätige einen Plan und schiebe Aufgaben nach „Erledigt“, dann siehst du, wie viel davon das Team liefert.</translation>
    </message>
    <message>
        <source>Give the week a score from 1 to 5 in Friday&apos;s review.</source>
        <translation>Gib der Woche im Freitagsrückblick eine Note von 1 bis 5.</translation>
    </message>
    <message>
        <source>This week&apos;s score</source>
        <translation>Note dieser Woche</translation>
    </message>
    <message>
        <source>Last week&apos;s score</source>
        <translation>Note der letzten Woche</translation>
    </message>
    <message>
        <source>Start a two-week practice in the Practice tab and tick the days you did it.</source>
        <translation>Beginne im Tab Übung eine zweiwöchige Übung und hake die Tage ab, an denen du sie gemacht hast.</translation>
    </message>
    <message>
        <source>{0} {1:.0%}</source>
        <translation>{0} {1:.0%}</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>Führen</translation>
    </message>
    <message>
        <source>managing</source>
        <translation>Managen</translation>
    </message>
    <message>
        <source>this cycle so far</source>
        <translation>diese Runde bisher</translation>
    </message>
    <message>
        <source>last cycle</source>
        <translation>letzte Runde</translation>
    </message>
    <message>
        <source>Days done, {0}: {1}</source>
        <translation>Erledigte Tage, {0}: {1}</translation>
    </message>
    <message>
        <source>This week&apos;s self-check: what is the team showing?</source>
        <translation>Der Selbstcheck dieser Woche: Was zeigt das Team?</translation>
    </message>
    <message>
        <source>calls for more leading</source>
        <translation>braucht mehr Führung</translation>
    </message>
    <message>
        <source>calls for more managing</source>
        <translation>braucht mehr Management</translation>
    </message>
    <message>
        <source>Which side is this?</source>
        <translation>Welche Seite ist das?</translation>
    </message>
    <message>
        <source>Two moves to try:</source>
        <translation>Zwei Schritte zum Ausprobieren:</translation>
    </message>
    <message>
        <source>Confirm a Monday plan and move tasks to Done to see how reliably the team delivers what it planned.</source>
        <translation>Bestätige einen Montagsplan und schiebe Aufgaben nach „Erledigt“, dann siehst du, wie verlässlich das Team liefert, was es geplant hat.</translation>
    </message>
    <message>
        <source>Your plan is in: this week joins the line on Friday, when you review it.</source>
        <translation>Dein Plan steht: Diese Woche kommt am Freitag dazu, beim Rückblick.</translation>
    </message>
    <message>
        <source>Give the week a team-health score in the Friday review to see the trend.</source>
        <translation>Gib der Woche im Freitagsrückblick eine Note für die Teamgesundheit, dann siehst du den Verlauf.</translation>
    </message>
    <message>
        <source>Tick what the team is showing in the self-check above each week; the balance between leading and managing builds up here.</source>
        <translation>Hake jede Woche im Selbstcheck oben an, was das Team zeigt; hier entsteht das Gleichgewicht zwischen Führen und Managen.</translation>
    </message>
    <message>
        <source>Start a two-week practice cycle in the Practice tab; each cycle&apos;s adherence shows here.</source>
        <translation>Beginne im Tab Übung eine zweiwöchige Übungsrunde; hier erscheint, wie treu du jede Runde durchgehalten hast.</translation>
    </message>
    <message>
        <source>One-on-ones you hold with your team are counted here, month by month.</source>
        <translation>Hier werden die Einzelgespräche mit deinem Team gezählt, Monat für Monat.</translation>
    </message>
    <message>
        <source>Add the people you look after to see who is recognised, and who never is.</source>
        <translation>Füge die Menschen hinzu, für die du da bist, dann siehst du, wer Anerkennung bekommt – und wer nie.</translation>
    </message>
    <message>
        <source>Tasks that slip show here, week by week. Give each a cause in the Friday review (estimate, dependency, absence…) to see what makes work slip.</source>
        <translation>Verrutschte Aufgaben erscheinen hier, Woche für Woche. Gib jeder im Freitagsrückblick einen Grund (Schätzung, Abhängigkeit, Abwesenheit …), um zu sehen, warum Arbeit verrutscht.</translation>
    </message>
    <message>
        <source>From your lessons</source>
        <translation>Aus deinen Erkenntnissen</translation>
    </message>
    <message>
        <source>Open this lesson</source>
        <translation>Diese Erkenntnis öffnen</translation>
    </message>
    <message>
        <source>Not now: hide this lesson for the rest of the week</source>
        <translation>Nicht jetzt: diese Erkenntnis für den Rest der Woche ausblenden</translation>
    </message>
    <message>
        <source>Hide “{0}” this week</source>
        <translation>„{0}“ diese Woche ausblenden</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>Erkenntnis ohne Titel</translation>
    </message>
    <message>
        <source>Search titles and text…</source>
        <translation>Titel und Text durchsuchen …</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>Erkenntnisse durchsuchen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Nach Person filtern</translation>
    </message>
    <message>
        <source>Learned on or after</source>
        <translation>Gelernt am oder nach dem</translation>
    </message>
    <message>
        <source>Learned on or before</source>
        <translation>Gelernt am oder vor dem</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Lessons are what a week taught you: what happened, what you learned and what you will do differently, from the Friday review or whenever something sticks.</source>
        <translation>Erkenntnisse sind, was dich eine Woche gelehrt hat: was passiert ist, was du gelernt hast und was du anders machen wirst – aus dem Freitagsrückblick oder wann immer dir etwas hängen bleibt.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>No lesson matches these filters.</source>
        <translation>Keine Erkenntnis passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Neue Erkenntnis</translation>
    </message>
    <message>
        <source>Write a new lesson (Ctrl+Shift+L)</source>
        <translation>Eine neue Erkenntnis aufschreiben (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Export to Markdown…</source>
        <translation>Als Markdown exportieren …</translation>
    </message>
    <message>
        <source>Saves the selected lessons, or every lesson shown when one or none is selected</source>
        <translation>Speichert die gewählten Erkenntnisse oder alle gezeigten, wenn eine oder keine gewählt ist</translation>
    </message>
    <message>
        <source>Write a lesson</source>
        <translation>Eine Erkenntnis aufschreiben</translation>
    </message>
    <message>
        <source>The lesson in a few words</source>
        <translation>Die Erkenntnis in wenigen Worten</translation>
    </message>
    <message>
        <source>The situation, briefly and specifically</source>
        <translation>Die Situation, kurz und konkret</translation>
    </message>
    <message>
        <source>Next time I will…</source>
        <translation>Beim nächsten Mal werde ich …</translation>
    </message>
    <message>
        <source>comma-separated, e.g. delegation, meetings</source>
        <translation>durch Kommas getrennt, z. B. Delegation, Meetings</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <source>What I&apos;ll do differently</source>
        <translation>Was ich anders machen werde</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <source>No week</source>
        <translation>Keine Woche</translation>
    </message>
    <message>
        <source>Week {0} · {1}</source>
        <translation>Woche {0} · {1}</translation>
    </message>
    <message>
        <source>From a Friday review.</source>
        <translation>Aus einem Freitagsrückblick.</translation>
    </message>
    <message>
        <source>Delete this lesson?</source>
        <translation>Diese Erkenntnis löschen?</translation>
    </message>
    <message>
        <source>Export lessons</source>
        <translation>Erkenntnisse exportieren</translation>
    </message>
    <message>
        <source>Open action</source>
        <translation>Offener Punkt</translation>
    </message>
    <message>
        <source>Practice step</source>
        <translation>Übungsschritt</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Verbesserungsplan</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blockade</translation>
    </message>
    <message>
        <source>Slipped task</source>
        <translation>Liegen gebliebene Aufgabe</translation>
    </message>
    <message>
        <source>Their feedback</source>
        <translation>Ihr Feedback</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Coaching question</source>
        <translation>Coaching-Frage</translation>
    </message>
    <message>
        <source>Your item</source>
        <translation>Dein Punkt</translation>
    </message>
    <message>
        <source>Prepare one-on-one with {0}</source>
        <translation>Einzelgespräch mit {0} vorbereiten</translation>
    </message>
    <message>
        <source>Built from your journal: open actions, the last practice step, plan check-ins, blockers, recognition and their feedback. Double-click a line to edit it; keep only what matters this time.</source>
        <translation>Aus deinem Journal zusammengestellt: offene Punkte, der letzte Übungsschritt, Check-ins zum Plan, Blockaden, Anerkennung und ihr Feedback. Doppelklick auf eine Zeile, um sie zu bearbeiten; behalte nur, was diesmal zählt.</translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation>Gespräch am</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum des Gesprächs</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Uhrzeit des Gesprächs</translation>
    </message>
    <message>
        <source>Agenda lines</source>
        <translation>Agendazeilen</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Use as agenda</source>
        <translation>Als Agenda übernehmen</translation>
    </message>
    <message>
        <source>their one-on-one booked that day</source>
        <translation>ihr Einzelgespräch ist an diesem Tag eingetragen</translation>
    </message>
    <message>
        <source>no one-on-one booked that day yet: choose its time</source>
        <translation>an diesem Tag ist noch kein Einzelgespräch eingetragen: wähle die Uhrzeit</translation>
    </message>
    <message>
        <source>Add your own behaviour</source>
        <translation>Eigenes Verhalten hinzufügen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>e.g. Close the day&apos;s chat threads</source>
        <translation>z. B. Die Chat-Verläufe des Tages abschließen</translation>
    </message>
    <message>
        <source>In one line</source>
        <translation>In einer Zeile</translation>
    </message>
    <message>
        <source>Done today means</source>
        <translation>„Heute erledigt“ heißt</translation>
    </message>
    <message>
        <source>What you can tick honestly at the end of a day</source>
        <translation>Was du am Ende eines Tages ehrlich abhaken kannst</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Practice days</source>
        <translation>Übungstage</translation>
    </message>
    <message>
        <source>Done (Space)</source>
        <translation>Erledigt (Leertaste)</translation>
    </message>
    <message>
        <source>Skipped, with a reason… (S)</source>
        <translation>Ausgelassen, mit Grund … (S)</translation>
    </message>
    <message>
        <source>Note… (N)</source>
        <translation>Notiz … (N)</translation>
    </message>
    <message>
        <source>Clear (Delete)</source>
        <translation>Zurücksetzen (Entf)</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Was geklappt hat</translation>
    </message>
    <message>
        <source>What got easier, what did people notice?</source>
        <translation>Was ist leichter geworden, was haben andere bemerkt?</translation>
    </message>
    <message>
        <source>What didn&apos;t</source>
        <translation>Was nicht geklappt hat</translation>
    </message>
    <message>
        <source>Where did it slip, and why?</source>
        <translation>Wo hakte es, und warum?</translation>
    </message>
    <message>
        <source>What I&apos;ll change</source>
        <translation>Was ich ändere</translation>
    </message>
    <message>
        <source>One adjustment for next time</source>
        <translation>Eine Anpassung für das nächste Mal</translation>
    </message>
    <message>
        <source>Practise one leading and one managing habit for two weeks, ticking each day you did it: small and daily beats big and occasional.</source>
        <translation>Übe zwei Wochen lang ein Verhalten zum Führen und eins zum Managen und hake jeden Tag ab, an dem du es gezeigt hast: klein und täglich schlägt groß und gelegentlich.</translation>
    </message>
    <message>
        <source>Choose two behaviours</source>
        <translation>Zwei Verhalten wählen</translation>
    </message>
    <message>
        <source>Start a two-week practice cycle</source>
        <translation>Eine zweiwöchige Übungsrunde beginnen</translation>
    </message>
    <message>
        <source>Pick one leading and one managing behaviour. For two weeks, tick each day you did it. Small and daily beats big and occasional.</source>
        <translation>Wähle ein Verhalten zum Führen und eins zum Managen. Hake zwei Wochen lang jeden Tag ab, an dem du es gezeigt hast. Klein und täglich schlägt groß und gelegentlich.</translation>
    </message>
    <message>
        <source>{0} behaviour</source>
        <translation>Verhalten: {0}</translation>
    </message>
    <message>
        <source>How often: {0}</source>
        <translation>Wie oft: {0}</translation>
    </message>
    <message>
        <source>How often you mean to do it; adherence counts against this.</source>
        <translation>Wie oft du es vorhast; danach richtet sich die Treue.</translation>
    </message>
    <message>
        <source>Start today</source>
        <translation>Heute beginnen</translation>
    </message>
    <message>
        <source>Start next Monday</source>
        <translation>Nächsten Montag beginnen</translation>
    </message>
    <message>
        <source>Working days only (weekends don&apos;t count)</source>
        <translation>Nur Arbeitstage (Wochenenden zählen nicht)</translation>
    </message>
    <message>
        <source>When the cycle starts</source>
        <translation>Wann die Runde beginnt</translation>
    </message>
    <message>
        <source>Start the cycle</source>
        <translation>Die Runde beginnen</translation>
    </message>
    <message>
        <source>Add your own behaviour…</source>
        <translation>Eigenes Verhalten hinzufügen …</translation>
    </message>
    <message>
        <source>Done today: {0}</source>
        <translation>Heute erledigt: {0}</translation>
    </message>
    <message>
        <source>Choose a pair</source>
        <translation>Wähle ein Paar</translation>
    </message>
    <message>
        <source>Choose one leading and one managing behaviour first.</source>
        <translation>Wähle zuerst ein Verhalten zum Führen und eins zum Managen.</translation>
    </message>
    <message>
        <source>End the current cycle?</source>
        <translation>Die laufende Runde beenden?</translation>
    </message>
    <message>
        <source>“{0}” and “{1}” are still being practised. End that cycle now and start the new one?</source>
        <translation>„{0}“ und „{1}“ werden noch geübt. Diese Runde jetzt beenden und die neue beginnen?</translation>
    </message>
    <message>
        <source>A cycle is under way</source>
        <translation>Eine Runde läuft</translation>
    </message>
    <message>
        <source>Come back then to tick it.</source>
        <translation>Komm dann wieder, um abzuhaken.</translation>
    </message>
    <message>
        <source>Your cycle starts today: tick each behaviour once you&apos;ve done it.</source>
        <translation>Deine Runde beginnt heute: Hake jedes Verhalten ab, sobald du es gezeigt hast.</translation>
    </message>
    <message>
        <source>Your cycle starts today, {0}.</source>
        <translation>Deine Runde beginnt heute, {0}.</translation>
    </message>
    <message>
        <source>Your cycle starts {0} — the first working day.</source>
        <translation>Deine Runde beginnt {0} – am ersten Arbeitstag.</translation>
    </message>
    <message>
        <source>Your cycle starts {0}.</source>
        <translation>Deine Runde beginnt {0}.</translation>
    </message>
    <message>
        <source>End early…</source>
        <translation>Vorzeitig beenden …</translation>
    </message>
    <message>
        <source>Delete this cycle…</source>
        <translation>Diese Runde löschen …</translation>
    </message>
    <message>
        <source>✓ done   – skipped   ✗ missed   ? today   • planned day   · Space: done, S: skip, N: note, Delete: clear</source>
        <translation>✓ erledigt   – ausgelassen   ✗ verpasst   ? heute   • geplanter Tag   · Leertaste: erledigt, S: auslassen, N: Notiz, Entf: leeren</translation>
    </message>
    <message>
        <source>Practice message</source>
        <translation>Nachricht zur Übung</translation>
    </message>
    <message>
        <source>Day 14: look back</source>
        <translation>Tag 14: zurückblicken</translation>
    </message>
    <message>
        <source>Keep practising?</source>
        <translation>Weiter üben?</translation>
    </message>
    <message>
        <source>Self-feedback: {0}</source>
        <translation>Selbst-Feedback: {0}</translation>
    </message>
    <message>
        <source>Optional: what should I {0}?</source>
        <translation>Optional: Was sollte ich {0}?</translation>
    </message>
    <message>
        <source>Self: {0}</source>
        <translation>Selbst: {0}</translation>
    </message>
    <message>
        <source>Repeat this pair</source>
        <translation>Dieses Paar wiederholen</translation>
    </message>
    <message>
        <source>Choose the next pair</source>
        <translation>Das nächste Paar wählen</translation>
    </message>
    <message>
        <source>starts {0}</source>
        <translation>beginnt {0}</translation>
    </message>
    <message>
        <source>finished {0} — time to look back</source>
        <translation>beendet {0} – Zeit zurückzublicken</translation>
    </message>
    <message>
        <source>day {0} of {1}</source>
        <translation>Tag {0} von {1}</translation>
    </message>
    <message>
        <source>{0} – {1} · {2}</source>
        <translation>{0} – {1} · {2}</translation>
    </message>
    <message>
        <source>Adherence {0} ({1} of {2} days) · streak {3}</source>
        <translation>Treue {0} ({1} von {2} Tagen) · Serie {3}</translation>
    </message>
    <message>
        <source>{0} hasn&apos;t come yet — you can tick it on the day or after.</source>
        <translation>{0} ist noch nicht da – du kannst den Tag an ihm selbst oder danach abhaken.</translation>
    </message>
    <message>
        <source>{0} is a day off in this cycle (working days only), so there&apos;s nothing to tick.</source>
        <translation>{0} ist in dieser Runde ein freier Tag (nur Arbeitstage), also gibt es nichts abzuhaken.</translation>
    </message>
    <message>
        <source>{0} is outside this cycle, so it can&apos;t be ticked.</source>
        <translation>{0} liegt außerhalb dieser Runde und lässt sich nicht abhaken.</translation>
    </message>
    <message>
        <source>End this cycle early? The days ticked so far stay in the history, where you can also delete it.</source>
        <translation>Diese Runde vorzeitig beenden? Die bisher abgehakten Tage bleiben im Verlauf, wo du sie auch löschen kannst.</translation>
    </message>
    <message>
        <source>Days are ticked in this cycle; end it early first, then delete it from the cycles so far.</source>
        <translation>In dieser Runde sind Tage abgehakt; beende sie zuerst vorzeitig und lösche sie dann unter den bisherigen Runden.</translation>
    </message>
    <message>
        <source>Delete this cycle of “{0}” and “{1}”? Nothing is ticked yet, so nothing is lost.</source>
        <translation>Diese Runde mit „{0}“ und „{1}“ löschen? Noch ist nichts abgehakt, also geht nichts verloren.</translation>
    </message>
    <message>
        <source>Delete this cycle?</source>
        <translation>Diese Runde löschen?</translation>
    </message>
    <message>
        <source>This cycle stays</source>
        <translation>Diese Runde bleibt</translation>
    </message>
    <message>
        <source>Choose a cycle to delete it.</source>
        <translation>Wähle eine Runde, um sie zu löschen.</translation>
    </message>
    <message>
        <source>A cycle that ran its two weeks stays in your history.</source>
        <translation>Eine Runde, die ihre zwei Wochen gelaufen ist, bleibt in deinem Verlauf.</translation>
    </message>
    <message>
        <source>Ended early: you can delete it if you&apos;d rather not keep it.</source>
        <translation>Vorzeitig beendet: Du kannst sie löschen, wenn du sie lieber nicht behältst.</translation>
    </message>
    <message>
        <source>Nothing was ticked: you can delete it.</source>
        <translation>Nichts wurde abgehakt: Du kannst sie löschen.</translation>
    </message>
    <message>
        <source>Delete the cycle of “{0}” and “{1}” ({2} – {3})? Its ticks go with it. This can&apos;t be undone.</source>
        <translation>Die Runde mit „{0}“ und „{1}“ ({2} – {3}) löschen? Ihre Häkchen verschwinden mit ihr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Skip this day</source>
        <translation>Diesen Tag auslassen</translation>
    </message>
    <message>
        <source>Why are you skipping it? (It keeps your streak going.)</source>
        <translation>Warum lässt du ihn aus? (Deine Serie bleibt dann bestehen.)</translation>
    </message>
    <message>
        <source>A reason, please</source>
        <translation>Bitte einen Grund</translation>
    </message>
    <message>
        <source>A skipped day needs a short reason.</source>
        <translation>Ein ausgelassener Tag braucht einen kurzen Grund.</translation>
    </message>
    <message>
        <source>A note for this day</source>
        <translation>Eine Notiz zu diesem Tag</translation>
    </message>
    <message>
        <source>End this cycle early?</source>
        <translation>Diese Runde vorzeitig beenden?</translation>
    </message>
    <message>
        <source>Cycles so far</source>
        <translation>Bisherige Runden</translation>
    </message>
    <message>
        <source>Practice cycles so far</source>
        <translation>Bisherige Übungsrunden</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Führen</translation>
    </message>
    <message>
        <source>Managing</source>
        <translation>Managen</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>a result the team is there to deliver</source>
        <translation>ein Ergebnis, für das das Team da ist</translation>
    </message>
    <message>
        <source>something the team does to get there</source>
        <translation>etwas, das das Team tut, um dorthin zu kommen</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>What behaviour does this number encourage?</source>
        <translation>Welches Verhalten fördert diese Zahl?</translation>
    </message>
    <message>
        <source>A count of activity on its own can be met without helping anyone. Add an outcome it is meant to move, so the two keep each other honest.</source>
        <translation>Eine Zahl über Tätigkeiten allein lässt sich erfüllen, ohne jemandem zu helfen. Stelle ihr ein Ergebnis zur Seite, das sie bewegen soll – so halten sich beide gegenseitig ehrlich.</translation>
    </message>
    <message>
        <source>Tickets closed within SLA</source>
        <translation>Tickets innerhalb der SLA geschlossen</translation>
    </message>
    <message>
        <source>Code reviews done</source>
        <translation>Code-Reviews erledigt</translation>
    </message>
    <message>
        <source>Write a number, like 92 or 4.5.</source>
        <translation>Schreibe eine Zahl, etwa 92 oder 4,5.</translation>
    </message>
    <message>
        <source>Give the metric a name, like “Code reviews done”.</source>
        <translation>Gib der Kennzahl einen Namen, etwa „Code-Reviews erledigt“.</translation>
    </message>
    <message>
        <source>That name is too long: keep it to a short line.</source>
        <translation>Der Name ist zu lang: Halte ihn bei einer kurzen Zeile.</translation>
    </message>
    <message>
        <source>That unit is too long: a word or a sign, like % or hours.</source>
        <translation>Die Einheit ist zu lang: ein Wort oder Zeichen, etwa % oder Stunden.</translation>
    </message>
    <message>
        <source>You already have a metric called “{0}”.</source>
        <translation>Du hast schon eine Kennzahl namens „{0}“.</translation>
    </message>
    <message>
        <source>Delete cycle…</source>
        <translation>Runde löschen …</translation>
    </message>
    <message>
        <source>Finished cycles appear here with how often you practised each behaviour.</source>
        <translation>Abgeschlossene Runden erscheinen hier, mit der Angabe, wie oft du jedes Verhalten geübt hast.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Daily reflection</source>
        <translation>Tägliche Reflexion</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Vorheriger Tag</translation>
    </message>
    <message>
        <source>Day of the reflection</source>
        <translation>Tag der Reflexion</translation>
    </message>
    <message>
        <source>Pick a day: days you wrote about are in bold</source>
        <translation>Wähle einen Tag: Tage mit Eintrag sind fett</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Nächster Tag ▶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Write freely: it is kept as you type.</source>
        <translation>Schreib frei: Es wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Tags of the reflection</source>
        <translation>Tags der Reflexion</translation>
    </message>
    <message>
        <source>Turn into a lesson</source>
        <translation>Zur Erkenntnis machen</translation>
    </message>
    <message>
        <source>Make a lesson from this entry: its first line becomes the title</source>
        <translation>Macht aus diesem Eintrag eine Erkenntnis: Die erste Zeile wird zum Titel</translation>
    </message>
    <message>
        <source>The reflection of {0}</source>
        <translation>Die Reflexion vom {0}</translation>
    </message>
    <message>
        <source>Write a few words first.</source>
        <translation>Schreib zuerst ein paar Worte.</translation>
    </message>
    <message>
        <source>Added to your lessons: “{0}”</source>
        <translation>Zu deinen Erkenntnissen hinzugefügt: „{0}“</translation>
    </message>
    <message>
        <source>Go to it</source>
        <translation>Hingehen</translation>
    </message>
    <message>
        <source>Open today&apos;s step of the weekly loop</source>
        <translation>Den heutigen Schritt des Wochenablaufs öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}.&lt;/b&gt; Time off; Friday&apos;s review is here if it still needs you.</source>
        <translation>&lt;b&gt;{0}.&lt;/b&gt; Frei; der Freitagsrückblick ist hier, falls er dich noch braucht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}:&lt;/b&gt; today&apos;s step is done. ✓</source>
        <translation>&lt;b&gt;{0}:&lt;/b&gt; Der heutige Schritt ist erledigt. ✓</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today, {0}:&lt;/b&gt; {1} — {2}</source>
        <translation>&lt;b&gt;Heute, {0}:&lt;/b&gt; {1} – {2}</translation>
    </message>
    <message>
        <source>set ✓. Next: plan the work and confirm the plan.</source>
        <translation>Richtung ✓. Als Nächstes: die Arbeit planen und den Plan bestätigen.</translation>
    </message>
    <message>
        <source>{0} of {1} checked in.</source>
        <translation>{0} von {1} haben eingecheckt.</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>Aufgabe verschieben</translation>
    </message>
    <message>
        <source>Steps of the week</source>
        <translation>Schritte der Woche</translation>
    </message>
    <message>
        <source>No plan for this week yet: a plan gives your team one direction, and Friday&apos;s review something to look back on.</source>
        <translation>Noch kein Plan für diese Woche: Ein Plan gibt deinem Team eine Richtung und dem Freitagsrückblick etwas, worauf er zurückschauen kann.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorige Woche (Alt+Links)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Back to this week (Alt+Home)</source>
        <translation>Zurück zu dieser Woche (Alt+Pos1)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nächste ▶</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Nächste Woche (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Go to the week of a date</source>
        <translation>Zur Woche eines Datums gehen</translation>
    </message>
    <message>
        <source>Pick any date to open its week</source>
        <translation>Wähle ein Datum, um seine Woche zu öffnen</translation>
    </message>
    <message>
        <source>Delivery reliability, last 8 weeks</source>
        <translation>Verlässlichkeit der Lieferung, letzte 8 Wochen</translation>
    </message>
    <message>
        <source>delivery, 8 weeks</source>
        <translation>Lieferung, 8 Wochen</translation>
    </message>
    <message>
        <source>Team health: this week&apos;s pulse score, 1 to 5.</source>
        <translation>Teamgesundheit: die Stimmungsnote dieser Woche, 1 bis 5.</translation>
    </message>
    <message>
        <source>Outcome: not set yet</source>
        <translation>Ergebnis: noch nicht festgelegt</translation>
    </message>
    <message>
        <source>Set the week&apos;s outcome in Monday: set direction.</source>
        <translation>Das Wochenergebnis legst du unter „Montag · Richtung vorgeben“ fest.</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Ergebnis: {0}</translation>
    </message>
    <message>
        <source>Delivery: plan not confirmed</source>
        <translation>Lieferung: Plan nicht bestätigt</translation>
    </message>
    <message>
        <source>Plan this week</source>
        <translation>Diese Woche planen</translation>
    </message>
    <message>
        <source>Last week&apos;s review set the focus: “{0}”.</source>
        <translation>Der Rückblick der letzten Woche hat den Schwerpunkt gesetzt: „{0}“.</translation>
    </message>
    <message>
        <source>Start with one outcome for the week; the rest follows.</source>
        <translation>Fang mit einem Ergebnis für die Woche an; der Rest folgt.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Delivery: –</source>
        <translation>Lieferung: –</translation>
    </message>
    <message>
        <source>Delivery: {0:.0%} ({1} of {2})</source>
        <translation>Lieferung: {0:.0%} ({1} von {2})</translation>
    </message>
    <message>
        <source> · +{0} added later</source>
        <translation> · +{0} später hinzugefügt</translation>
    </message>
    <message>
        <source>Team health: {0}/5</source>
        <translation>Teamgesundheit: {0}/5</translation>
    </message>
    <message>
        <source>Team health: –</source>
        <translation>Teamgesundheit: –</translation>
    </message>
    <message>
        <source>Move anyway?</source>
        <translation>Trotzdem verschieben?</translation>
    </message>
    <message>
        <source>“{0}” depends on {1}, which is not done yet. Move it anyway?</source>
        <translation>„{0}“ hängt von {1} ab, das noch nicht erledigt ist. Trotzdem verschieben?</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>✓ This week&apos;s plan is confirmed ({0}, {1:%H:%M}). Friday&apos;s delivery figure counts the tasks in it then; tasks added from now on count as added later.</source>
        <translation>✓ Der Plan dieser Woche ist bestätigt ({0}, {1:%H:%M}). Die Lieferquote am Freitag zählt die Aufgaben, die er jetzt enthält; ab jetzt hinzugefügte Aufgaben zählen als später hinzugefügt.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Set direction</source>
        <translation>Richtung vorgeben</translation>
    </message>
    <message>
        <source>One result that matters this week, why it matters, and no more than three priorities that lead to it.</source>
        <translation>Ein Ergebnis, das diese Woche zählt, warum es zählt, und höchstens drei Prioritäten, die dorthin führen.</translation>
    </message>
    <message>
        <source>Direction and the why: people commit to what they understand.</source>
        <translation>Richtung und das Warum: Menschen setzen sich für das ein, was sie verstehen.</translation>
    </message>
    <message>
        <source>By Friday we will have … done to … standard</source>
        <translation>Bis Freitag haben wir … in … Qualität erledigt</translation>
    </message>
    <message>
        <source>Weekly outcome</source>
        <translation>Wochenergebnis</translation>
    </message>
    <message>
        <source>Tip: make it measurable — a number, a day, or what “done” means — so on Friday you can tell whether it happened.</source>
        <translation>Tipp: Mach es messbar – eine Zahl, ein Tag oder was „fertig“ heißt –, dann kannst du am Freitag sagen, ob es geklappt hat.</translation>
    </message>
    <message>
        <source>Towards goal</source>
        <translation>Zum Ziel</translation>
    </message>
    <message>
        <source>Who is better off when this is done, and how?</source>
        <translation>Wem geht es besser, wenn das erledigt ist, und wie?</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es zählt</translation>
    </message>
    <message>
        <source>Why category</source>
        <translation>Art des Warum</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Art</translation>
    </message>
    <message>
        <source>Add priority</source>
        <translation>Priorität hinzufügen</translation>
    </message>
    <message>
        <source>Priority {0}</source>
        <translation>Priorität {0}</translation>
    </message>
    <message>
        <source>Priority {0} title</source>
        <translation>Titel von Priorität {0}</translation>
    </message>
    <message>
        <source>Remove this priority; its tasks stay in the week</source>
        <translation>Diese Priorität entfernen; ihre Aufgaben bleiben in der Woche</translation>
    </message>
    <message>
        <source>Done when:</source>
        <translation>Fertig, wenn:</translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation>Kriterium erfüllt</translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation>Erfolgskriterium</translation>
    </message>
    <message>
        <source>Kind of criterion</source>
        <translation>Art des Kriteriums</translation>
    </message>
    <message>
        <source>Plain done, a quality check, or an approval someone signs off</source>
        <translation>Einfach erledigt, eine Qualitätsprüfung oder eine Freigabe, die jemand erteilt</translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation>Dieses Kriterium entfernen</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigebende Person</translation>
    </message>
    <message>
        <source>Who approves it?</source>
        <translation>Wer gibt es frei?</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>am {0}</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Freigabe durch:</translation>
    </message>
    <message>
        <source>Add a success criterion and press Enter</source>
        <translation>Ein Erfolgskriterium eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <source>New success criterion</source>
        <translation>Neues Erfolgskriterium</translation>
    </message>
    <message>
        <source>Remove priority</source>
        <translation>Priorität entfernen</translation>
    </message>
    <message>
        <source>Remove “{0}”? Its tasks stay in the week.</source>
        <translation>„{0}“ entfernen? Ihre Aufgaben bleiben in der Woche.</translation>
    </message>
    <message>
        <source>What is the priority?</source>
        <translation>Was ist die Priorität?</translation>
    </message>
    <message>
        <source>Three priorities is the limit</source>
        <translation>Drei Prioritäten sind die Grenze</translation>
    </message>
    <message>
        <source>Plan the work</source>
        <translation>Die Arbeit planen</translation>
    </message>
    <message>
        <source>Tasks under each priority, each with exactly one owner. Protect two blocks for deep work and leave some room for the unexpected.</source>
        <translation>Aufgaben unter jeder Priorität, jede mit genau einer verantwortlichen Person. Schütze zwei Blöcke für konzentrierte Arbeit und lass Raum für Unerwartetes.</translation>
    </message>
    <message>
        <source>Owners, effort and dependencies turn intent into work that happens.</source>
        <translation>Verantwortliche, Aufwand und Abhängigkeiten machen aus Absichten Arbeit, die passiert.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Re-scope a task</source>
        <translation>Eine Aufgabe verkleinern</translation>
    </message>
    <message>
        <source>“{0}” didn&apos;t fit this week. What smaller piece goes on next week, and who owns it?</source>
        <translation>„{0}“ hat diese Woche nicht gepasst. Welches kleinere Stück kommt in die nächste Woche, und wer ist dafür zuständig?</translation>
    </message>
    <message>
        <source>The smaller task</source>
        <translation>Die kleinere Aufgabe</translation>
    </message>
    <message>
        <source>e.g. The first half, or a draft to review</source>
        <translation>z. B. Die erste Hälfte oder ein Entwurf zum Durchsehen</translation>
    </message>
    <message>
        <source>Owner of the smaller task</source>
        <translation>Zuständig für die kleinere Aufgabe</translation>
    </message>
    <message>
        <source>Effort of the smaller task in hours</source>
        <translation>Aufwand der kleineren Aufgabe in Stunden</translation>
    </message>
    <message>
        <source>Effort size of the smaller task</source>
        <translation>Größe der kleineren Aufgabe</translation>
    </message>
    <message>
        <source>Smaller task</source>
        <translation>Kleinere Aufgabe</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Carry it into next week</source>
        <translation>In die nächste Woche mitnehmen</translation>
    </message>
    <message>
        <source>Drop a task</source>
        <translation>Eine Aufgabe streichen</translation>
    </message>
    <message>
        <source>Why is “{0}” dropped? One specific sentence helps next Friday.</source>
        <translation>Warum wird „{0}“ gestrichen? Ein konkreter Satz hilft am nächsten Freitag.</translation>
    </message>
    <message>
        <source>Why it is dropped</source>
        <translation>Warum sie gestrichen wird</translation>
    </message>
    <message>
        <source>e.g. The customer cancelled the request</source>
        <translation>z. B. Die Kundin hat die Anfrage zurückgezogen</translation>
    </message>
    <message>
        <source>What kind of reason</source>
        <translation>Art des Grundes</translation>
    </message>
    <message>
        <source>Drop it</source>
        <translation>Streichen</translation>
    </message>
    <message>
        <source>What kind of reason: Insights counts them over the weeks.</source>
        <translation>Welche Art von Grund: Einblicke zählt sie über die Wochen.</translation>
    </message>
    <message>
        <source>Added “{0}” on {1}: “{2}” moved to next week</source>
        <translation>„{0}“ am {1} hinzugefügt: „{2}“ auf nächste Woche verschoben</translation>
    </message>
    <message>
        <source>Added “{0}” on {1}: “{2}” dropped</source>
        <translation>„{0}“ am {1} hinzugefügt: „{2}“ gestrichen</translation>
    </message>
    <message>
        <source>Added “{0}” on {1}: nothing moved</source>
        <translation>„{0}“ am {1} hinzugefügt: nichts verschoben</translation>
    </message>
    <message>
        <source> — {0}</source>
        <translation> – {0}</translation>
    </message>
    <message>
        <source>Changes to the plan this week</source>
        <translation>Änderungen am Plan in dieser Woche</translation>
    </message>
    <message>
        <source>Tasks by priority</source>
        <translation>Aufgaben nach Priorität</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>New task under “{0}”</source>
        <translation>Neue Aufgabe unter „{0}“</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Titel der Aufgabe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>One owner per task: you, or one person. Type a new name to add them.</source>
        <translation>Eine verantwortliche Person pro Aufgabe: du oder eine andere Person. Tippe einen neuen Namen, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>— h</source>
        <translation>— Std.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Effort in hours</source>
        <translation>Aufwand in Stunden</translation>
    </message>
    <message>
        <source>Effort size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>or size</source>
        <translation>oder Größe</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
    <message>
        <source>Who checks the work?</source>
        <translation>Wer prüft die Arbeit?</translation>
    </message>
    <message>
        <source>Who checks it before it counts as done?</source>
        <translation>Wer schaut es durch, bevor es als erledigt zählt?</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Capacity, focus and buffer</source>
        <translation>Kapazität, Fokus und Puffer</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Hours the team can give this week</source>
        <translation>Stunden, die das Team diese Woche geben kann</translation>
    </message>
    <message>
        <source>Team&apos;s hours</source>
        <translation>Stunden des Teams</translation>
    </message>
    <message>
        <source>Deep-work block {0} day</source>
        <translation>Tag von Fokusblock {0}</translation>
    </message>
    <message>
        <source>Deep-work block {0} start</source>
        <translation>Beginn von Fokusblock {0}</translation>
    </message>
    <message>
        <source>Deep-work block {0} end</source>
        <translation>Ende von Fokusblock {0}</translation>
    </message>
    <message>
        <source>Deep work {0}</source>
        <translation>Fokuszeit {0}</translation>
    </message>
    <message>
        <source>Task deep-work block {0} protects</source>
        <translation>Aufgabe, die Fokusblock {0} schützt</translation>
    </message>
    <message>
        <source>The task this block is kept free for.</source>
        <translation>Die Aufgabe, für die dieser Block frei bleibt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Buffer in hours</source>
        <translation>Puffer in Stunden</translation>
    </message>
    <message>
        <source>Hours kept free for the unexpected: they count against the hours available.</source>
        <translation>Stunden, die für Unerwartetes frei bleiben: Sie gehen von den verfügbaren Stunden ab.</translation>
    </message>
    <message>
        <source>Buffer note</source>
        <translation>Notiz zum Puffer</translation>
    </message>
    <message>
        <source>What is the buffer for?</source>
        <translation>Wofür ist der Puffer?</translation>
    </message>
    <message>
        <source>Protects no task</source>
        <translation>Schützt keine Aufgabe</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>No priority yet</source>
        <translation>Noch keine Priorität</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Keine Priorität</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>{0} still open: {1}</source>
        <translation>{0} noch offen: {1}</translation>
    </message>
    <message>
        <source>{0}: blocked since {1} — {2}</source>
        <translation>{0}: blockiert seit {1} — {2}</translation>
    </message>
    <message>
        <source>Your next step is due today: {1}</source>
        <translation>Dein nächster Schritt ist heute fällig: {1}</translation>
    </message>
    <message>
        <source>Your next step was due {2}: {1} — did it happen?</source>
        <translation>Dein nächster Schritt war am {2} fällig: {1} — ist es passiert?</translation>
    </message>
    <message>
        <source>{0}&apos;s next step is due today: {1}</source>
        <translation>Nächster Schritt von {0} ist heute fällig: {1}</translation>
    </message>
    <message>
        <source>{0}&apos;s next step was due {2}: {1} — did it happen?</source>
        <translation>Nächster Schritt von {0} war am {2} fällig: {1} — ist es passiert?</translation>
    </message>
    <message>
        <source>Blocked since {0}: {1} — still in the way?</source>
        <translation>Blockiert seit {0}: {1} — steht es noch im Weg?</translation>
    </message>
    <message>
        <source>Next step from the check-in (due {0}): {1} — did it happen?</source>
        <translation>Nächster Schritt aus dem Check-in (fällig {0}): {1} — ist es passiert?</translation>
    </message>
    <message>
        <source>Next step from the check-in: {0} — did it happen?</source>
        <translation>Nächster Schritt aus dem Check-in: {0} — ist es passiert?</translation>
    </message>
    <message>
        <source>⚠ {0:g} h planned for {1:g} h available. Something will slip; worth choosing what now rather than on Thursday.</source>
        <translation>⚠ {0:g} Std. geplant bei {1:g} Std. verfügbar. Etwas wird liegen bleiben; besser jetzt entscheiden, was, statt am Donnerstag.</translation>
    </message>
    <message>
        <source>{0:g} h of work planned for {1:g} h available.</source>
        <translation>{0:g} h Arbeit geplant für {1:g} h verfügbar.</translation>
    </message>
    <message>
        <source>{0:g} h of work planned.</source>
        <translation>{0:g} Std. Arbeit geplant.</translation>
    </message>
    <message>
        <source>({0:g} h less a {1:g} h buffer.)</source>
        <translation>({0:g} h abzüglich {1:g} h Puffer.)</translation>
    </message>
    <message>
        <source>⚠ The two deep-work blocks overlap.</source>
        <translation>⚠ Die beiden Fokusblöcke überschneiden sich.</translation>
    </message>
    <message>
        <source>⚠ A block ends before it starts.</source>
        <translation>⚠ Ein Block endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>{0} (archived)</source>
        <translation>{0} (archiviert)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Add {0} to the people you supervise?</source>
        <translation>{0} zu den Menschen hinzufügen, für die du da bist?</translation>
    </message>
    <message>
        <source>That would make a loop</source>
        <translation>Das ergäbe einen Kreis</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>„{0}“ löschen?</translation>
    </message>
    <message>
        <source>Monday · Set direction</source>
        <translation>Montag · Richtung vorgeben</translation>
    </message>
    <message>
        <source>Monday · Plan the work</source>
        <translation>Montag · Arbeit planen</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>Tuesday · Check-in</source>
        <translation>Dienstag · Check-in</translation>
    </message>
    <message>
        <source>Wednesday · Improve</source>
        <translation>Mittwoch · Verbessern</translation>
    </message>
    <message>
        <source>Thursday · Align</source>
        <translation>Donnerstag · Abstimmen</translation>
    </message>
    <message>
        <source>Friday · Review</source>
        <translation>Freitag · Rückblick</translation>
    </message>
    <message>
        <source>Drag cards between columns, or select one and press Ctrl+Right / Ctrl+Left.</source>
        <translation>Zieh Karten zwischen den Spalten, oder wähle eine und drücke Strg+Rechts / Strg+Links.</translation>
    </message>
    <message>
        <source>Seeing what moved and what is stuck, before Friday.</source>
        <translation>Sehen, was sich bewegt hat und was feststeckt – vor Freitag.</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Verantwortlichen filtern</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>Nach Priorität filtern</translation>
    </message>
    <message>
        <source>Your board shows every task of the week, from not started to done, as soon as you plan who does what.</source>
        <translation>Dein Board zeigt jede Aufgabe der Woche, von „Nicht begonnen“ bis „Erledigt“, sobald du planst, wer was macht.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>fällig {0}</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Arbeit in Arbeit</translation>
    </message>
    <message>
        <source>Move to {0}</source>
        <translation>Nach {0} verschieben</translation>
    </message>
    <message>
        <source>Set the week&apos;s direction</source>
        <translation>Die Richtung der Woche vorgeben</translation>
    </message>
    <message>
        <source>One measurable outcome, why it matters, at most three priorities.</source>
        <translation>Ein messbares Ergebnis, warum es zählt, höchstens drei Prioritäten.</translation>
    </message>
    <message>
        <source>15-minute check-in</source>
        <translation>Check-in in 15 Minuten</translation>
    </message>
    <message>
        <source>What each person finished, what is next, and what is in their way.</source>
        <translation>Was jede Person erledigt hat, was als Nächstes kommt und was im Weg steht.</translation>
    </message>
    <message>
        <source>One coaching conversation and one small change to how the team works.</source>
        <translation>Ein Coaching-Gespräch und eine kleine Änderung daran, wie das Team arbeitet.</translation>
    </message>
    <message>
        <source>A short stakeholder update and one decision made visible.</source>
        <translation>Ein kurzes Update für die Stakeholder und eine sichtbar gemachte Entscheidung.</translation>
    </message>
    <message>
        <source>What shipped, what slipped and why, one lesson, one thank-you.</source>
        <translation>Was geliefert wurde, was liegen blieb und warum, eine Erkenntnis, ein Dankeschön.</translation>
    </message>
    <message>
        <source>Monday&apos;s plan is still open — set this week&apos;s direction?</source>
        <translation>Der Montagsplan ist noch offen – jetzt die Richtung dieser Woche vorgeben?</translation>
    </message>
    <message>
        <source>Last week&apos;s Friday review is still open — look back on it now?</source>
        <translation>Der Freitagsrückblick der letzten Woche ist noch offen – jetzt zurückblicken?</translation>
    </message>
    <message>
        <source>No check-in with the team yet this week — fit in 15 minutes?</source>
        <translation>Diese Woche noch kein Check-in mit dem Team – 15 Minuten einschieben?</translation>
    </message>
    <message>
        <source>One-on-one with {0} at {1} — add a point or two to the agenda?</source>
        <translation>Einzelgespräch mit {0} um {1} – ein, zwei Punkte zur Agenda hinzufügen?</translation>
    </message>
    <message>
        <source>Time for the improvement-plan check-in with {0} (planned for {1})?</source>
        <translation>Zeit für den Check-in zum Verbesserungsplan mit {0} (geplant für {1})?</translation>
    </message>
    <message>
        <source>A short, regular look at progress catches blockers early.</source>
        <translation>Ein kurzer, regelmäßiger Blick auf den Fortschritt deckt Blockaden früh auf.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Three is the limit: to add one, set another aside with “Set aside…”.</source>
        <translation>Drei sind die Grenze: Um eine hinzuzufügen, stell mit „Zurückstellen …“ eine andere zurück.</translation>
    </message>
    <message>
        <source>Why no more priorities can be added</source>
        <translation>Warum keine weiteren Prioritäten hinzukommen können</translation>
    </message>
    <message>
        <source>Next: plan the work →</source>
        <translation>Weiter: die Arbeit planen →</translation>
    </message>
    <message>
        <source>Add the tasks, then confirm the plan there</source>
        <translation>Füge die Aufgaben hinzu und bestätige dort den Plan</translation>
    </message>
    <message>
        <source>Next, add the tasks and their owners under “Plan the work”; you confirm the plan there, once the tasks are in.</source>
        <translation>Füge als Nächstes unter „Die Arbeit planen“ die Aufgaben und ihre Verantwortlichen hinzu; dort bestätigst du den Plan, sobald die Aufgaben drin sind.</translation>
    </message>
    <message>
        <source>Set aside…</source>
        <translation>Zurückstellen …</translation>
    </message>
    <message>
        <source>Set aside priority {0}</source>
        <translation>Priorität {0} zurückstellen</translation>
    </message>
    <message>
        <source>Replace this priority with another one, say why, and choose what happens to its tasks</source>
        <translation>Diese Priorität durch eine andere ersetzen, den Grund nennen und wählen, was mit ihren Aufgaben geschieht</translation>
    </message>
    <message>
        <source>Use a checklist</source>
        <translation>Checkliste verwenden</translation>
    </message>
    <message>
        <source>Use a checklist for priority {0}</source>
        <translation>Checkliste für Priorität {0} verwenden</translation>
    </message>
    <message>
        <source>Add the items of a checklist that is in place as quality checks</source>
        <translation>Die Punkte einer eingeführten Checkliste als Qualitätsprüfungen hinzufügen</translation>
    </message>
    <message>
        <source>Checklist not added</source>
        <translation>Checkliste nicht hinzugefügt</translation>
    </message>
    <message>
        <source>A week has at most three priorities: with more, none gets the focus it needs. Set one aside to make room for “{0}”.</source>
        <translation>Eine Woche hat höchstens drei Prioritäten: Bei mehr bekommt keine den Fokus, den sie braucht. Stell eine zurück, um Platz für „{0}“ zu machen.</translation>
    </message>
    <message>
        <source>Not set aside</source>
        <translation>Nicht zurückgestellt</translation>
    </message>
    <message>
        <source>New task — press Enter</source>
        <translation>Neue Aufgabe – Eingabe drücken</translation>
    </message>
    <message>
        <source>I&apos;m done planning — confirm this week&apos;s plan</source>
        <translation>Ich bin mit dem Planen fertig – den Plan dieser Woche bestätigen</translation>
    </message>
    <message>
        <source>Add at least one task first, each with one owner. When they&apos;re all in, confirm the plan here.</source>
        <translation>Füge zuerst mindestens eine Aufgabe hinzu, jede mit einer verantwortlichen Person. Wenn alle drin sind, bestätige hier den Plan.</translation>
    </message>
    <message>
        <source>All the tasks in? Confirm the plan: Friday&apos;s delivery figure is measured against the tasks in it now.</source>
        <translation>Alle Aufgaben drin? Bestätige den Plan: Die Lieferquote am Freitag wird an den Aufgaben gemessen, die er jetzt enthält.</translation>
    </message>
    <message>
        <source>Add at least one task first.</source>
        <translation>Füge zuerst mindestens eine Aufgabe hinzu.</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <source>New task under “{0}” — press Enter</source>
        <translation>Neue Aufgabe unter „{0}“ – Eingabe drücken</translation>
    </message>
    <message>
        <source>New task, with no priority yet — press Enter</source>
        <translation>Neue Aufgabe, noch ohne Priorität – Eingabe drücken</translation>
    </message>
    <message>
        <source>⚠ Blocked</source>
        <translation>⚠ Blockiert</translation>
    </message>
    <message>
        <source>{0}
Blocked: {1}</source>
        <translation>{0}
Blockiert: {1}</translation>
    </message>
    <message>
        <source>→ Carried to next week</source>
        <translation>→ In die nächste Woche übernommen</translation>
    </message>
    <message>
        <source>✕ Dropped</source>
        <translation>✕ Gestrichen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Blockiert durch</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>For each person on the team: what&apos;s done, what&apos;s next, what&apos;s in the way and what would unblock it, and the next concrete step with a date.</source>
        <translation>Für jede Person im Team: was erledigt ist, was als Nächstes kommt, was im Weg steht und was es lösen würde, und der nächste konkrete Schritt mit Datum.</translation>
    </message>
    <message>
        <source>{0}: tasks this week</source>
        <translation>{0}: Aufgaben dieser Woche</translation>
    </message>
    <message>
        <source>What&apos;s in the way? (empty: nothing)</source>
        <translation>Was steht im Weg? (leer: nichts)</translation>
    </message>
    <message>
        <source>{0}: next step due</source>
        <translation>{0}: nächster Schritt fällig</translation>
    </message>
    <message>
        <source>Written earlier: “{0}”</source>
        <translation>Früher notiert: „{0}“</translation>
    </message>
    <message>
        <source>{0}: what would unblock it</source>
        <translation>{0}: was es lösen würde</translation>
    </message>
    <message>
        <source>Do you need a decision, a resource, or a quick review?</source>
        <translation>Brauchst du eine Entscheidung, eine Ressource oder ein kurzes Review?</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Braucht</translation>
    </message>
    <message>
        <source>{0}: who can unblock it</source>
        <translation>{0}: wer es lösen kann</translation>
    </message>
    <message>
        <source>A name</source>
        <translation>Ein Name</translation>
    </message>
    <message>
        <source>Who can unblock it</source>
        <translation>Wer es lösen kann</translation>
    </message>
    <message>
        <source>All their work</source>
        <translation>Ihre ganze Arbeit</translation>
    </message>
    <message>
        <source>{0}: the task it holds up</source>
        <translation>{0}: die aufgehaltene Aufgabe</translation>
    </message>
    <message>
        <source>Holds up</source>
        <translation>Hält auf</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Resolved {0}</source>
        <translation>Gelöst am {0}</translation>
    </message>
    <message>
        <source>{0}: reopen blocker</source>
        <translation>{0}: Blockade wieder öffnen</translation>
    </message>
    <message>
        <source>{0}: blocker resolved</source>
        <translation>{0}: Blockade gelöst</translation>
    </message>
    <message>
        <source>No tasks this week.</source>
        <translation>Keine Aufgaben in dieser Woche.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>This week: {0}</source>
        <translation>Diese Woche: {0}</translation>
    </message>
    <message>
        <source>Nothing to resolve</source>
        <translation>Nichts zu lösen</translation>
    </message>
    <message>
        <source>Write what is in the way first, then resolve it.</source>
        <translation>Schreib zuerst, was im Weg steht, dann markiere es als gelöst.</translation>
    </message>
    <message>
        <source>↻ Recurring since {0}</source>
        <translation>↻ Wiederkehrend seit {0}</translation>
    </message>
    <message>
        <source>Worth fixing the process: seen in the week of {0}: “{1}”</source>
        <translation>Es lohnt sich, den Ablauf zu verbessern: gesehen in der Woche vom {0}: „{1}“</translation>
    </message>
    <message>
        <source>Coach one person, improve one system</source>
        <translation>Einen Menschen coachen, ein System verbessern</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Definition of done</source>
        <translation>Definition of Done</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Trying it</source>
        <translation>Wird ausprobiert</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Eingeführt</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>Qualitätsprüfung</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Gestrichen</translation>
    </message>
    <message>
        <source>One small change to how the team works — a template, a handoff, a checklist, a definition of done — and one coaching conversation.</source>
        <translation>Eine kleine Änderung daran, wie das Team arbeitet – eine Vorlage, eine Übergabe, eine Checkliste, eine Definition von „fertig“ – und ein Coaching-Gespräch.</translation>
    </message>
    <message>
        <source>Coaching grows people; one conversation a week adds up.</source>
        <translation>Coaching lässt Menschen wachsen; ein Gespräch pro Woche summiert sich.</translation>
    </message>
    <message>
        <source>Fixing one process removes a problem for good.</source>
        <translation>Einen Ablauf zu verbessern, beseitigt ein Problem für immer.</translation>
    </message>
    <message>
        <source>Edit improvement</source>
        <translation>Verbesserung bearbeiten</translation>
    </message>
    <message>
        <source>New improvement</source>
        <translation>Neue Verbesserung</translation>
    </message>
    <message>
        <source>Kind of improvement</source>
        <translation>Art der Verbesserung</translation>
    </message>
    <message>
        <source>What the improvement is</source>
        <translation>Was die Verbesserung ist</translation>
    </message>
    <message>
        <source>e.g. Pre-review checklist</source>
        <translation>z. B. Checkliste vor dem Review</translation>
    </message>
    <message>
        <source>Why this improvement</source>
        <translation>Warum diese Verbesserung</translation>
    </message>
    <message>
        <source>What keeps going wrong without it?</source>
        <translation>Was geht ohne sie immer wieder schief?</translation>
    </message>
    <message>
        <source>Items or words of the improvement</source>
        <translation>Punkte oder Text der Verbesserung</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>One item per line, in order</source>
        <translation>Ein Punkt pro Zeile, in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>Once it is in place, you can add these items to a priority&apos;s “Done when” in one click.</source>
        <translation>Sobald sie eingeführt ist, kannst du diese Punkte mit einem Klick zum „Fertig, wenn“ einer Priorität hinzufügen.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The template&apos;s words, or how the handoff goes</source>
        <translation>Der Text der Vorlage oder wie die Übergabe abläuft</translation>
    </message>
    <message>
        <source>What moves to make room?</source>
        <translation>Was weicht, um Platz zu machen?</translation>
    </message>
    <message>
        <source>This week&apos;s plan is confirmed. Adding “{0}” takes time from something else: what moves to make room for it?</source>
        <translation>Der Plan dieser Woche ist bestätigt. „{0}“ kostet Zeit, die anderswo fehlt: Was weicht, um Platz dafür zu machen?</translation>
    </message>
    <message>
        <source>The task that moves</source>
        <translation>Die Aufgabe, die weicht</translation>
    </message>
    <message>
        <source>Nothing moves — there is room</source>
        <translation>Nichts weicht – es ist Platz</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Was weicht</translation>
    </message>
    <message>
        <source>To next week</source>
        <translation>Auf nächste Woche</translation>
    </message>
    <message>
        <source>It goes</source>
        <translation>Sie wird</translation>
    </message>
    <message>
        <source>Why the plan changes</source>
        <translation>Warum sich der Plan ändert</translation>
    </message>
    <message>
        <source>e.g. The customer escalated the outage</source>
        <translation>z. B. Der Kunde hat den Ausfall eskaliert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Add the task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Wednesday&apos;s two halves</source>
        <translation>Die beiden Hälften des Mittwochs</translation>
    </message>
    <message>
        <source>This week&apos;s coaching conversations</source>
        <translation>Coaching-Gespräche dieser Woche</translation>
    </message>
    <message>
        <source>Record a coaching conversation…</source>
        <translation>Ein Coaching-Gespräch festhalten …</translation>
    </message>
    <message>
        <source>Opens the Coaching Log</source>
        <translation>Öffnet die Coaching-Notizen</translation>
    </message>
    <message>
        <source>Improvements under way</source>
        <translation>Laufende Verbesserungen</translation>
    </message>
    <message>
        <source>New improvement…</source>
        <translation>Neue Verbesserung…</translation>
    </message>
    <message>
        <source>No improvement under way. Pick one thing that keeps going wrong and write down the template, handoff or checklist that would stop it.</source>
        <translation>Gerade läuft keine Verbesserung. Nimm eine Sache, die immer wieder schiefgeht, und schreib die Vorlage, Übergabe oder Checkliste auf, die das beenden würde.</translation>
    </message>
    <message>
        <source>What the team now works with. A checklist here can become a priority&apos;s “Done when” on the first step.</source>
        <translation>Womit das Team jetzt arbeitet. Eine Checkliste von hier kann im ersten Schritt zum „Fertig, wenn“ einer Priorität werden.</translation>
    </message>
    <message>
        <source>coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>This week:</source>
        <translation>Diese Woche:</translation>
    </message>
    <message>
        <source>No coaching conversation recorded this week yet.</source>
        <translation>Diese Woche ist noch kein Coaching-Gespräch festgehalten.</translation>
    </message>
    <message>
        <source>✓ Wednesday is done: someone was coached and an improvement moved on.</source>
        <translation>✓ Der Mittwoch ist erledigt: Jemand wurde gecoacht und eine Verbesserung ist vorangekommen.</translation>
    </message>
    <message>
        <source>Coaching ✓ — still missing: an improvement worked on this week.</source>
        <translation>Coaching ✓ — es fehlt noch: eine Verbesserung, an der diese Woche gearbeitet wurde.</translation>
    </message>
    <message>
        <source>Improvement ✓ — still missing: a coaching conversation this week.</source>
        <translation>Verbesserung ✓ — es fehlt noch: ein Coaching-Gespräch diese Woche.</translation>
    </message>
    <message>
        <source>Still missing: a coaching conversation and an improvement worked on this week.</source>
        <translation>Es fehlt noch: ein Coaching-Gespräch und eine Verbesserung, an der diese Woche gearbeitet wurde.</translation>
    </message>
    <message>
        <source>Improvement not saved</source>
        <translation>Verbesserung nicht gespeichert</translation>
    </message>
    <message>
        <source>Status of “{0}”</source>
        <translation>Stand von „{0}“</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>„{0}“ bearbeiten</translation>
    </message>
    <message>
        <source>In place since the week of {0}</source>
        <translation>Eingeführt seit der Woche vom {0}</translation>
    </message>
    <message>
        <source>Started in the week of {0}</source>
        <translation>Begonnen in der Woche vom {0}</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>A goal is a bigger outcome than one week&apos;s: something the team reaches over a quarter or a few months, one weekly outcome at a time.</source>
        <translation>Ein Ziel ist ein größeres Ergebnis als das einer Woche: etwas, das das Team über ein Quartal oder einige Monate erreicht, ein Wochenergebnis nach dem anderen.</translation>
    </message>
    <message>
        <source>What the goal is</source>
        <translation>Was das Ziel ist</translation>
    </message>
    <message>
        <source>e.g. Customers get a first answer within the hour</source>
        <translation>z. B. Kundschaft bekommt innerhalb einer Stunde eine erste Antwort</translation>
    </message>
    <message>
        <source>Why the goal matters</source>
        <translation>Warum das Ziel zählt</translation>
    </message>
    <message>
        <source>Who is better off when it is reached, and how?</source>
        <translation>Wem geht es besser, wenn es erreicht ist, und wie?</translation>
    </message>
    <message>
        <source>How success is measured</source>
        <translation>Woran Erfolg gemessen wird</translation>
    </message>
    <message>
        <source>e.g. Median first answer under 60 minutes</source>
        <translation>z. B. erste Antwort im Median unter 60 Minuten</translation>
    </message>
    <message>
        <source>Horizon of the goal</source>
        <translation>Horizont des Ziels</translation>
    </message>
    <message>
        <source>Day the goal should be reached by</source>
        <translation>Tag, bis zu dem das Ziel erreicht sein soll</translation>
    </message>
    <message>
        <source>Success looks like</source>
        <translation>Erfolg heißt</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>bis {0}</translation>
    </message>
    <message>
        <source>Close goal</source>
        <translation>Ziel abschließen</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie es endete</translation>
    </message>
    <message>
        <source>Why the goal closed</source>
        <translation>Warum das Ziel abgeschlossen wurde</translation>
    </message>
    <message>
        <source>What the goal is now</source>
        <translation>Was das Ziel jetzt ist</translation>
    </message>
    <message>
        <source>How success is measured now</source>
        <translation>Woran Erfolg jetzt gemessen wird</translation>
    </message>
    <message>
        <source>The goal now</source>
        <translation>Das Ziel jetzt</translation>
    </message>
    <message>
        <source>What got it there? What would you repeat?</source>
        <translation>Was hat dazu geführt? Was würdest du wiederholen?</translation>
    </message>
    <message>
        <source>What did you learn that changed the goal?</source>
        <translation>Was hast du gelernt, das das Ziel verändert hat?</translation>
    </message>
    <message>
        <source>What made it no longer worth the team&apos;s time?</source>
        <translation>Warum war es die Zeit des Teams nicht mehr wert?</translation>
    </message>
    <message>
        <source>The old words are kept with the weeks that served them; this week and later weeks move to the new words.</source>
        <translation>Die alte Formulierung bleibt bei den Wochen, die ihr gedient haben; diese und spätere Wochen gehen auf die neue über.</translation>
    </message>
    <message>
        <source>Goal not set</source>
        <translation>Ziel nicht gesetzt</translation>
    </message>
    <message>
        <source>Goal this week&apos;s outcome moves</source>
        <translation>Ziel, das das Ergebnis dieser Woche voranbringt</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>Neues Ziel …</translation>
    </message>
    <message>
        <source>Set a bigger goal that weekly outcomes move towards</source>
        <translation>Ein größeres Ziel setzen, auf das die Wochenergebnisse hinarbeiten</translation>
    </message>
    <message>
        <source>No goal — this week stands on its own</source>
        <translation>Kein Ziel – diese Woche steht für sich</translation>
    </message>
    <message>
        <source>Goal not linked</source>
        <translation>Ziel nicht verknüpft</translation>
    </message>
    <message>
        <source>Goals above the week</source>
        <translation>Ziele über der Woche</translation>
    </message>
    <message>
        <source>Set a goal…</source>
        <translation>Ein Ziel setzen …</translation>
    </message>
    <message>
        <source>No open goal. A goal is the bigger outcome — this quarter, the next six months — that your weekly outcomes move towards.</source>
        <translation>Kein offenes Ziel. Ein Ziel ist das größere Ergebnis – in diesem Quartal, in den nächsten sechs Monaten –, auf das deine Wochenergebnisse hinarbeiten.</translation>
    </message>
    <message>
        <source>Link each week&apos;s outcome to the goal it moves, in “Towards goal” above.</source>
        <translation>Verknüpfe das Ergebnis jeder Woche oben unter „Zum Ziel“ mit dem Ziel, das es voranbringt.</translation>
    </message>
    <message>
        <source>Success looks like: {0}</source>
        <translation>Erfolg heißt: {0}</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>Warum: {0}</translation>
    </message>
    <message>
        <source>Carries on as “{0}”</source>
        <translation>Geht weiter als „{0}“</translation>
    </message>
    <message>
        <source>Edit goal {0}</source>
        <translation>Ziel {0} bearbeiten</translation>
    </message>
    <message>
        <source>Close goal {0}</source>
        <translation>Ziel {0} abschließen</translation>
    </message>
    <message>
        <source>Achieved, changed or dropped: say which, and why</source>
        <translation>Erreicht, geändert oder aufgegeben: sag, was davon, und warum</translation>
    </message>
    <message>
        <source>Reopen goal {0}</source>
        <translation>Ziel {0} wieder öffnen</translation>
    </message>
    <message>
        <source>Goal not changed</source>
        <translation>Ziel nicht geändert</translation>
    </message>
    <message>
        <source>Goal not closed</source>
        <translation>Ziel nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Reopen goal</source>
        <translation>Ziel wieder öffnen</translation>
    </message>
    <message>
        <source>Open “{0}” again?</source>
        <translation>„{0}“ wieder öffnen?</translation>
    </message>
    <message>
        <source>Goal not reopened</source>
        <translation>Ziel nicht wieder geöffnet</translation>
    </message>
    <message>
        <source>Align outside the team</source>
        <translation>Über das Team hinaus abstimmen</translation>
    </message>
    <message>
        <source>Check what the people who depend on your team expect, ask for the decisions you need, send them a short update, and write down the decisions you made where everyone can find them.</source>
        <translation>Klären Sie, was die Menschen erwarten, die von Ihrem Team abhängen, bitten Sie um die Entscheidungen, die Sie brauchen, schicken Sie ihnen ein kurzes Update und halten Sie Ihre Entscheidungen fest, wo alle sie finden.</translation>
    </message>
    <message>
        <source>Telling others where the team is going keeps their trust and support.</source>
        <translation>Wer anderen sagt, wohin das Team geht, behält ihr Vertrauen und ihre Unterstützung.</translation>
    </message>
    <message>
        <source>Stakeholder update</source>
        <translation>Update für Stakeholder</translation>
    </message>
    <message>
        <source>Press “Draft from this week” to start.</source>
        <translation>Drück auf „Entwurf aus dieser Woche“, um anzufangen.</translation>
    </message>
    <message>
        <source>Stakeholder update, formatted</source>
        <translation>Update für Stakeholder, formatiert</translation>
    </message>
    <message>
        <source>Draft from this week</source>
        <translation>Entwurf aus dieser Woche</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Recipients, separated by commas</source>
        <translation>Empfänger, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Recipients of the stakeholder update</source>
        <translation>Empfänger des Stakeholder-Updates</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Sent on {0}</source>
        <translation>Gesendet am {0}</translation>
    </message>
    <message>
        <source>Not sent after all</source>
        <translation>Doch nicht gesendet</translation>
    </message>
    <message>
        <source>Decision log (all weeks)</source>
        <translation>Entscheidungsprotokoll (alle Wochen)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Grund für die Entscheidung</translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation>Wer wurde gefragt</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Datum der Entscheidung</translation>
    </message>
    <message>
        <source>Log decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>Ziel {0}</translation>
    </message>
    <message>
        <source>{0} · retired</source>
        <translation>{0} · stillgelegt</translation>
    </message>
    <message>
        <source>The numbers your team lives by. An outcome is what the team is there to deliver; an activity is something it does to get there. You enter this week&apos;s values in the Friday review, and Insights charts them.</source>
        <translation>Die Zahlen, nach denen dein Team arbeitet. Ein Ergebnis ist das, wofür das Team da ist; eine Tätigkeit ist etwas, das es tut, um dorthin zu kommen. Die Werte der Woche trägst du im Freitagsrückblick ein, und Einblicke zeigt sie als Diagramm.</translation>
    </message>
    <message>
        <source>Your metrics</source>
        <translation>Deine Kennzahlen</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Neue Kennzahl</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <source>No longer asked for on Fridays; its weeks stay in Insights and exports.</source>
        <translation>Wird freitags nicht mehr abgefragt; ihre Wochen bleiben in Einblicke und in den Exporten.</translation>
    </message>
    <message>
        <source>Not sure where to start? Many teams pair an outcome with an activity, like:</source>
        <translation>Unsicher, womit du anfangen sollst? Viele Teams verbinden ein Ergebnis mit einer Tätigkeit, etwa:</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Name der Kennzahl</translation>
    </message>
    <message>
        <source>e.g. Tickets closed within SLA</source>
        <translation>z. B. Tickets innerhalb der SLA geschlossen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>e.g. %, hours, tickets — or leave empty</source>
        <translation>z. B. %, Stunden, Tickets – oder leer lassen</translation>
    </message>
    <message>
        <source>Kind of metric</source>
        <translation>Art der Kennzahl</translation>
    </message>
    <message>
        <source>e.g. 95 — or leave empty</source>
        <translation>z. B. 95 – oder leer lassen</translation>
    </message>
    <message>
        <source>Which way is better</source>
        <translation>Welche Richtung besser ist</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Besser, wenn</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Change “{0}”</source>
        <translation>„{0}“ ändern</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <source>Expectations checked outside the team</source>
        <translation>Erwartungen außerhalb des Teams geklärt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>What they expect</source>
        <translation>Was erwartet wird</translation>
    </message>
    <message>
        <source>Confirmed?</source>
        <translation>Bestätigt?</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Abstimmung hinzufügen</translation>
    </message>
    <message>
        <source>Touchpoint: with whom</source>
        <translation>Abstimmung: mit wem</translation>
    </message>
    <message>
        <source>Touchpoint date</source>
        <translation>Datum der Abstimmung</translation>
    </message>
    <message>
        <source>What they expect, in their words</source>
        <translation>Was erwartet wird, in deren Worten</translation>
    </message>
    <message>
        <source>Expectation checked</source>
        <translation>Geklärte Erwartung</translation>
    </message>
    <message>
        <source>Was the expectation confirmed?</source>
        <translation>Wurde die Erwartung bestätigt?</translation>
    </message>
    <message>
        <source>Touchpoint deleted.</source>
        <translation>Abstimmung gelöscht.</translation>
    </message>
    <message>
        <source>Decisions needed from others</source>
        <translation>Entscheidungen, die Sie von anderen brauchen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Decision needed</source>
        <translation>Nötige Entscheidung</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>Von wem</translation>
    </message>
    <message>
        <source>What needs deciding</source>
        <translation>Was entschieden werden muss</translation>
    </message>
    <message>
        <source>Decision needed from whom</source>
        <translation>Entscheidung nötig von wem</translation>
    </message>
    <message>
        <source>Decision needed by</source>
        <translation>Entscheidung nötig bis</translation>
    </message>
    <message>
        <source>Decision needed deleted.</source>
        <translation>Nötige Entscheidung gelöscht.</translation>
    </message>
    <message>
        <source>Names separated by commas. People of your team are linked to them.</source>
        <translation>Namen durch Kommas getrennt. Personen aus Ihrem Team werden verknüpft.</translation>
    </message>
    <message>
        <source>Add someone of your team as consulted</source>
        <translation>Jemanden aus Ihrem Team als befragt hinzufügen</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Art der Entscheidung</translation>
    </message>
    <message>
        <source>Direction: where the team is going. Operational: how the work runs.</source>
        <translation>Richtung: wohin das Team geht. Operativ: wie die Arbeit läuft.</translation>
    </message>
    <message>
        <source>Filter decisions…</source>
        <translation>Entscheidungen filtern …</translation>
    </message>
    <message>
        <source>Filter decisions</source>
        <translation>Entscheidungen filtern</translation>
    </message>
    <message>
        <source>No one in your team yet</source>
        <translation>Noch niemand in Ihrem Team</translation>
    </message>
    <message>
        <source>That decision was already deleted.</source>
        <translation>Diese Entscheidung war schon gelöscht.</translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation>„{0}“ gelöscht.</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>Replace the update?</source>
        <translation>Das Update ersetzen?</translation>
    </message>
    <message>
        <source>Replace what you&apos;ve written with a fresh draft?</source>
        <translation>Was du geschrieben hast, durch einen frischen Entwurf ersetzen?</translation>
    </message>
    <message>
        <source>Edit the text</source>
        <translation>Den Text bearbeiten</translation>
    </message>
    <message>
        <source>Show it formatted</source>
        <translation>Formatiert zeigen</translation>
    </message>
    <message>
        <source>Review and reset</source>
        <translation>Rückblick und Neustart</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Entscheiden …</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>Mitnehmen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Streichen</translation>
    </message>
    <message>
        <source>Re-scope</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>In wenigen Worten</translation>
    </message>
    <message>
        <source>Next time I will</source>
        <translation>Beim nächsten Mal werde ich</translation>
    </message>
    <message>
        <source>comma-separated, e.g. delegation, planning</source>
        <translation>durch Kommas getrennt, z. B. Delegation, Planung</translation>
    </message>
    <message>
        <source>What shipped, what slipped and why — specific, not blaming — one lesson, one contribution recognised, and next week&apos;s focus.</source>
        <translation>Was geliefert wurde, was liegen blieb und warum – konkret, ohne Schuldzuweisung –, eine Erkenntnis, ein gewürdigter Beitrag und der Schwerpunkt der nächsten Woche.</translation>
    </message>
    <message>
        <source>Reviewing what slipped, without blame, is how plans get better.</source>
        <translation>Ohne Schuldzuweisung auf das zu schauen, was liegen blieb, macht Pläne besser.</translation>
    </message>
    <message>
        <source>Recognition names what to repeat.</source>
        <translation>Anerkennung benennt, was wiederholt werden soll.</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Shipped tasks</source>
        <translation>Gelieferte Aufgaben</translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation>Liegen geblieben</translation>
    </message>
    <message>
        <source>One lesson learned</source>
        <translation>Eine Erkenntnis</translation>
    </message>
    <message>
        <source>One contribution recognised</source>
        <translation>Ein gewürdigter Beitrag</translation>
    </message>
    <message>
        <source>Person recognised</source>
        <translation>Gewürdigte Person</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Was sie getan hat</translation>
    </message>
    <message>
        <source>What exactly did they do?</source>
        <translation>Was genau hat die Person getan?</translation>
    </message>
    <message>
        <source>Its impact</source>
        <translation>Ihre Wirkung</translation>
    </message>
    <message>
        <source>What did it change, for whom?</source>
        <translation>Was hat es verändert, und für wen?</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Next week&apos;s top focus</source>
        <translation>Wichtigster Schwerpunkt der nächsten Woche</translation>
    </message>
    <message>
        <source>It becomes next week&apos;s outcome to start from</source>
        <translation>Daraus wird das Wochenergebnis, mit dem die nächste Woche beginnt</translation>
    </message>
    <message>
        <source>What is making work harder right now?</source>
        <translation>Was erschwert die Arbeit gerade?</translation>
    </message>
    <message>
        <source>What is one thing making work harder right now?</source>
        <translation>Was ist eine Sache, die die Arbeit gerade erschwert?</translation>
    </message>
    <message>
        <source>Team health score</source>
        <translation>Note für die Teamgesundheit</translation>
    </message>
    <message>
        <source>Score —</source>
        <translation>Note –</translation>
    </message>
    <message>
        <source>No tasks were planned this week, so nothing could slip: plan a few, and on Friday this is where you see what shipped and what did not.</source>
        <translation>Diese Woche waren keine Aufgaben geplant, also konnte nichts liegen bleiben: Plane ein paar, und am Freitag siehst du hier, was fertig wurde und was nicht.</translation>
    </message>
    <message>
        <source>Plan the week&apos;s tasks</source>
        <translation>Die Aufgaben der Woche planen</translation>
    </message>
    <message>
        <source>Cause of “{0}” slipping</source>
        <translation>Ursache, warum „{0}“ liegen blieb</translation>
    </message>
    <message>
        <source>✓ This week is closed: the review is done. Reopen it to change something.</source>
        <translation>✓ Diese Woche ist abgeschlossen: Der Rückblick ist erledigt. Öffne sie wieder, um etwas zu ändern.</translation>
    </message>
    <message>
        <source>Reopen the week</source>
        <translation>Die Woche wieder öffnen</translation>
    </message>
    <message>
        <source>When everything above says what you want, close the week: the review then counts as done and stops being asked for. You can reopen it.</source>
        <translation>Wenn oben alles steht, wie du es willst, schließ die Woche ab: Der Rückblick zählt dann als erledigt, und niemand fragt mehr danach. Du kannst sie wieder öffnen.</translation>
    </message>
    <message>
        <source>Close the week</source>
        <translation>Die Woche abschließen</translation>
    </message>
    <message>
        <source> — without its priority “{0}”: next week has three already</source>
        <translation> – ohne ihre Priorität „{0}“: Die nächste Woche hat schon drei</translation>
    </message>
    <message>
        <source> (already under way next week, so it stays there)</source>
        <translation> (läuft in der nächsten Woche schon, bleibt also dort)</translation>
    </message>
    <message>
        <source>→ Re-scoped</source>
        <translation>→ Verkleinert</translation>
    </message>
    <message>
        <source>→ Re-scoped as “{0}” ({1}), next week</source>
        <translation>→ Verkleinert zu „{0}“ ({1}), nächste Woche</translation>
    </message>
    <message>
        <source>→ Dropped</source>
        <translation>→ Gestrichen</translation>
    </message>
    <message>
        <source>→ Dropped: {0}</source>
        <translation>→ Gestrichen: {0}</translation>
    </message>
    <message>
        <source>Not decided yet: carry it over, re-scope it or drop it.</source>
        <translation>Noch nicht entschieden: mitnehmen, verkleinern oder streichen.</translation>
    </message>
    <message>
        <source>⚠ Still to decide: carry it over, re-scope it or drop it.</source>
        <translation>⚠ Noch zu entscheiden: mitnehmen, verkleinern oder streichen.</translation>
    </message>
    <message>
        <source>This week&apos;s {0}</source>
        <translation>{0} dieser Woche</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note on {0}</source>
        <translation>Notiz zu {0}</translation>
    </message>
    <message>
        <source>What is behind the number? (optional)</source>
        <translation>Was steckt hinter der Zahl? (optional)</translation>
    </message>
    <message>
        <source>No target set.</source>
        <translation>Kein Ziel gesetzt.</translation>
    </message>
    <message>
        <source>{0} — on target ✓</source>
        <translation>{0} – erreicht ✓</translation>
    </message>
    <message>
        <source>{0} — not reached this week</source>
        <translation>{0} – diese Woche nicht erreicht</translation>
    </message>
    <message>
        <source>Besides delivery and team health, which numbers does your team live by? Define one, and each Friday you note its value here.</source>
        <translation>Nach welchen Zahlen arbeitet dein Team, neben Lieferung und Teamgesundheit? Lege eine fest, und jeden Freitag trägst du hier ihren Wert ein.</translation>
    </message>
    <message>
        <source>This week is closed: reopen it to change this.</source>
        <translation>Diese Woche ist abgeschlossen: Öffne sie wieder, um das zu ändern.</translation>
    </message>
    <message>
        <source>Write the number too: a note is kept with its value.</source>
        <translation>Schreibe auch die Zahl: Eine Notiz wird mit ihrem Wert gespeichert.</translation>
    </message>
    <message>
        <source>{0} / 5</source>
        <translation>{0} / 5</translation>
    </message>
    <message>
        <source>Next week&apos;s focus</source>
        <translation>Schwerpunkt der nächsten Woche</translation>
    </message>
    <message>
        <source>Team health</source>
        <translation>Teamgesundheit</translation>
    </message>
    <message>
        <source>Nothing marked done yet.</source>
        <translation>Noch nichts als erledigt markiert.</translation>
    </message>
    <message>
        <source>Nothing slipped. Well planned.</source>
        <translation>Nichts ist liegen geblieben. Gut geplant.</translation>
    </message>
    <message>
        <source>Why, specifically?</source>
        <translation>Warum, ganz konkret?</translation>
    </message>
    <message>
        <source>Why “{0}” slipped</source>
        <translation>Warum „{0}“ liegen blieb</translation>
    </message>
    <message>
        <source>What happens to “{0}”</source>
        <translation>Was mit „{0}“ geschieht</translation>
    </message>
    <message>
        <source>Where “{0}” went</source>
        <translation>Wohin „{0}“ gegangen ist</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Person wählen …</translation>
    </message>
    <message>
        <source>Welcome to LeadJournal</source>
        <translation>Willkommen bei LeadJournal</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Explore the sample journal</source>
        <translation>Das Beispiel-Journal erkunden</translation>
    </message>
    <message>
        <source>A made-up team in a throwaway folder; your own journal is not created yet.</source>
        <translation>Ein ausgedachtes Team in einem Wegwerf-Ordner; dein eigenes Journal wird noch nicht angelegt.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Set one outcome for the week, why it matters, and who does what.</source>
        <translation>Ein Ergebnis für die Woche festlegen, warum es zählt und wer was macht.</translation>
    </message>
    <message>
        <source>A 15-minute check-in: done, next, and what is in the way.</source>
        <translation>Ein Check-in in 15 Minuten: erledigt, als Nächstes und was im Weg steht.</translation>
    </message>
    <message>
        <source>Coach one person; improve one small thing about how you work.</source>
        <translation>Einen Menschen coachen; eine Kleinigkeit daran verbessern, wie ihr arbeitet.</translation>
    </message>
    <message>
        <source>Tell the people around your team where things stand.</source>
        <translation>Den Menschen rund um dein Team sagen, wo die Dinge stehen.</translation>
    </message>
    <message>
        <source>Review what shipped and slipped, keep a lesson, thank someone.</source>
        <translation>Zurückblicken, was geliefert wurde und was liegen blieb, eine Erkenntnis festhalten, jemandem danken.</translation>
    </message>
    <message>
        <source>A week, one small step a day</source>
        <translation>Eine Woche, jeden Tag ein kleiner Schritt</translation>
    </message>
    <message>
        <source>LeadJournal is a private journal for leading and managing a team. It lives on this computer only. It is built around one repeatable week:</source>
        <translation>LeadJournal ist ein privates Journal, um ein Team zu führen und zu managen. Es liegt nur auf diesem Computer. Im Mittelpunkt steht eine Woche, die sich wiederholt:</translation>
    </message>
    <message>
        <source>Alongside the week: one-on-ones prepared from your notes, lessons you keep, feedback you ask for about yourself, and two-week practice of one leading and one managing habit. A reminder from the tray invites each step.</source>
        <translation>Neben der Woche: Einzelgespräche, vorbereitet aus deinen Notizen, Erkenntnisse, die du festhältst, Feedback, um das du für dich selbst bittest, und zwei Wochen Übung für eine Gewohnheit beim Führen und eine beim Managen. Eine Erinnerung aus dem Infobereich lädt zu jedem Schritt ein.</translation>
    </message>
    <message>
        <source>About you and your team</source>
        <translation>Über dich und dein Team</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Used in your stakeholder updates</source>
        <translation>Steht in deinen Updates für Stakeholder</translation>
    </message>
    <message>
        <source>The people you look after</source>
        <translation>Die Menschen, für die du da bist</translation>
    </message>
    <message>
        <source>One name per line — optional, you can add people later</source>
        <translation>Ein Name pro Zeile – optional, du kannst Personen auch später hinzufügen</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Dein Team</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>When should LeadJournal remind you?</source>
        <translation>Wann soll LeadJournal dich erinnern?</translation>
    </message>
    <message>
        <source>Suggested times are filled in. Untick what you don&apos;t want; you can change all of this later from Help → Welcome and set-up.</source>
        <translation>Vorschläge für die Uhrzeiten sind schon eingetragen. Nimm die Häkchen weg, wo du nichts willst; all das kannst du später unter Hilfe → Willkommen und Einrichtung ändern.</translation>
    </message>
    <message>
        <source>Time for: {0}</source>
        <translation>Uhrzeit für: {0}</translation>
    </message>
    <message>
        <source>Start my journal</source>
        <translation>Mein Journal beginnen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Schritt {0} von {1}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Während du weg warst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Snooze {0}</source>
        <translation>{0} später erinnern</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Remind me again: {0}</source>
        <translation>Erinnere mich noch einmal: {0}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;While you were away:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Während du weg warst:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Hide them</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Unlock your journal</source>
        <translation>Dein Journal entsperren</translation>
    </message>
    <message>
        <source>Your journal is protected with a passphrase</source>
        <translation>Dein Journal ist mit einer Passphrase geschützt</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Protect your journal with a passphrase</source>
        <translation>Dein Journal mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Die Passphrase ändern</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Die Passphrase entfernen</translation>
    </message>
    <message>
        <source>Your journal and its backups are rewritten encrypted. You&apos;ll type the passphrase each time LeadJournal starts.</source>
        <translation>Dein Journal und seine Sicherungen werden verschlüsselt neu geschrieben. Du gibst die Passphrase bei jedem Start von LeadJournal ein.</translation>
    </message>
    <message>
        <source>Your journal and its backups are rewritten with the new passphrase.</source>
        <translation>Dein Journal und seine Sicherungen werden mit der neuen Passphrase neu geschrieben.</translation>
    </message>
    <message>
        <source>Your journal and its backups are rewritten unencrypted: anyone who can read your files can read them.</source>
        <translation>Dein Journal und seine Sicherungen werden unverschlüsselt neu geschrieben: Wer deine Dateien lesen kann, kann sie lesen.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>I have kept my passphrase somewhere safe</source>
        <translation>Ich habe meine Passphrase an einem sicheren Ort aufbewahrt</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Tick the box to confirm you have kept the passphrase safe.</source>
        <translation>Setz das Häkchen, um zu bestätigen, dass du die Passphrase sicher aufbewahrt hast.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Gib zuerst deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation>Dein Journal ist gesperrt</translation>
    </message>
    <message>
        <source>It was hidden because the computer was left alone. Type your passphrase to carry on.</source>
        <translation>Es wurde ausgeblendet, weil der Computer unbeaufsichtigt war. Gib deine Passphrase ein, um weiterzumachen.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t match. Try again.</source>
        <translation>Diese Passphrase stimmt nicht. Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Go back to an earlier copy of your journal</source>
        <translation>Zu einer früheren Kopie deines Journals zurückkehren</translation>
    </message>
    <message>
        <source>Your journal as it is now is backed up first, so restoring can be undone by restoring that copy. Each backup below opened and passed its check.</source>
        <translation>Dein Journal wird in seinem jetzigen Stand vorher gesichert, also lässt sich das Wiederherstellen rückgängig machen, indem du diese Kopie wiederherstellst. Jede Sicherung unten ließ sich öffnen und hat ihre Prüfung bestanden.</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einem Wiederherstellen</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source> · {0}</source>
        <translation> · {0}</translation>
    </message>
    <message>
        <source>There are no backups yet. LeadJournal takes one every day you open it and each time you quit.</source>
        <translation>Es gibt noch keine Sicherungen. LeadJournal erstellt eine an jedem Tag, an dem du es öffnest, und jedes Mal beim Beenden.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Your journal could not be read</source>
        <translation>Dein Journal konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Restoring moves the unreadable file aside (it is kept, with the time in its name) and puts your newest good backup in its place: {0}.</source>
        <translation>Beim Wiederherstellen wird die unlesbare Datei beiseitegelegt (sie bleibt erhalten, mit der Uhrzeit im Namen), und deine neueste gute Sicherung kommt an ihren Platz: {0}.</translation>
    </message>
    <message>
        <source>There is no good backup in this folder. You can open another folder, or quit and keep the file as it is.</source>
        <translation>In diesem Ordner gibt es keine gute Sicherung. Du kannst einen anderen Ordner öffnen oder beenden und die Datei lassen, wie sie ist.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Die neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Open another folder…</source>
        <translation>Einen anderen Ordner öffnen …</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Das Journal durchsuchen</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, or a kind: decision, lesson…</source>
        <translation>Wörter, &quot;ein Ausdruck&quot; oder eine Art: decision, lesson …</translation>
    </message>
    <message>
        <source>Name a kind to see it first: decision, lesson, one-on-one, feedback, task, person, priority, check-in, coaching, delegation, practice. “decision budget” finds decisions about the budget. Enter opens the selected result.</source>
        <translation>Nenne eine Art, um sie zuerst zu sehen: decision, lesson, one-on-one, feedback, task, person, priority, check-in, coaching, delegation, practice. „decision budget“ findet Entscheidungen zum Budget. Eingabe öffnet das gewählte Ergebnis.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>Nichts gefunden für „{0}“.</translation>
    </message>
    <message>
        <source>Set aside “{0}”</source>
        <translation>„{0}“ zurückstellen</translation>
    </message>
    <message>
        <source>“{0}” leaves this week&apos;s priorities to make room for another. Name what takes its place and why: the week keeps both on its “Set aside this week” list, for the stakeholder update and Friday&apos;s review.</source>
        <translation>„{0}“ verlässt die Prioritäten dieser Woche, um Platz für eine andere zu machen. Nenne, was an ihre Stelle tritt und warum: Die Woche behält beide in ihrer Liste „Diese Woche zurückgestellt“, für das Update an die Stakeholder und den Freitagsrückblick.</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Neue Priorität</translation>
    </message>
    <message>
        <source>What matters more this week?</source>
        <translation>Was ist diese Woche wichtiger?</translation>
    </message>
    <message>
        <source>Why it is set aside</source>
        <translation>Warum sie zurückgestellt wird</translation>
    </message>
    <message>
        <source>e.g. Finance needs the report by Thursday</source>
        <translation>z. B. Die Buchhaltung braucht den Bericht bis Donnerstag</translation>
    </message>
    <message>
        <source>Why set it aside?</source>
        <translation>Warum zurückstellen?</translation>
    </message>
    <message>
        <source>Move them to the new priority</source>
        <translation>Sie zur neuen Priorität verschieben</translation>
    </message>
    <message>
        <source>Carry them to next week</source>
        <translation>Sie in die nächste Woche mitnehmen</translation>
    </message>
    <message>
        <source>Drop them (they stay in this week, marked dropped)</source>
        <translation>Sie streichen (sie bleiben in dieser Woche, als gestrichen markiert)</translation>
    </message>
    <message>
        <source>Its tasks</source>
        <translation>Ihre Aufgaben</translation>
    </message>
    <message>
        <source>It has no open tasks.</source>
        <translation>Sie hat keine offenen Aufgaben.</translation>
    </message>
    <message>
        <source>Set aside and replace</source>
        <translation>Zurückstellen und ersetzen</translation>
    </message>
    <message>
        <source>the new priority</source>
        <translation>die neue Priorität</translation>
    </message>
    <message>
        <source>why</source>
        <translation>warum</translation>
    </message>
    <message>
        <source>Still to fill in: {0}.</source>
        <translation>Noch auszufüllen: {0}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>It had no open tasks.</source>
        <translation>Sie hatte keine offenen Aufgaben.</translation>
    </message>
    <message>
        <source>Set aside this week</source>
        <translation>Diese Woche zurückgestellt</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;, replaced by “{1}” — why: {2}. {3} &lt;i&gt;({4})&lt;/i&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;, ersetzt durch „{1}“ – warum: {2}. {3} &lt;i&gt;({4})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;, parked — why: {1}. {2} &lt;i&gt;({3})&lt;/i&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;, geparkt – warum: {1}. {2} &lt;i&gt;({3})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Next: {0}, {1}</source>
        <translation>Als Nächstes: {0}, {1}</translation>
    </message>
    <message>
        <source>Open LeadJournal</source>
        <translation>LeadJournal öffnen</translation>
    </message>
    <message>
        <source>Quick capture…</source>
        <translation>Schnell notieren …</translation>
    </message>
    <message>
        <source>Unlock LeadJournal to tick today&apos;s practice</source>
        <translation>Entsperre LeadJournal, um die heutige Übung abzuhaken</translation>
    </message>
    <message>
        <source>No reminder coming up</source>
        <translation>Keine Erinnerung in Sicht</translation>
    </message>
    <message>
        <source>Next reminder: {0}</source>
        <translation>Nächste Erinnerung: {0}</translation>
    </message>
    <message>
        <source>Next reminder: {0}, {1}</source>
        <translation>Nächste Erinnerung: {0}, {1}</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation>Erinnerungen für heute pausieren</translation>
    </message>
    <message>
        <source>Quit LeadJournal</source>
        <translation>LeadJournal beenden</translation>
    </message>
    <message>
        <source>Tick today&apos;s practice</source>
        <translation>Heutige Übung abhaken</translation>
    </message>
    <message>
        <source>No practice due today</source>
        <translation>Heute ist keine Übung fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <extracomment>English for exactly one: %n action item</extracomment>
        <translation>
            <numerusform>%n vereinbarter Punkt</numerusform>
            <numerusform>%n vereinbarte Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items, no notes yet</source>
        <extracomment>English for exactly one: %n agenda item, no notes yet</extracomment>
        <translation>
            <numerusform>%n Agendapunkt, noch keine Notizen</numerusform>
            <numerusform>%n Agendapunkte, noch keine Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blockers</source>
        <extracomment>English for exactly one: %n blocker</extracomment>
        <translation>
            <numerusform>%n Blockade</numerusform>
            <numerusform>%n Blockaden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in lines</source>
        <extracomment>English for exactly one: %n check-in line</extracomment>
        <translation>
            <numerusform>%n Check-in-Zeile</numerusform>
            <numerusform>%n Check-in-Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching conversations</source>
        <extracomment>English for exactly one: %n coaching conversation</extracomment>
        <translation>
            <numerusform>%n Coaching-Gespräch</numerusform>
            <numerusform>%n Coaching-Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies of your journal that your passphrase does not protect are still in {0}: delete them if you don&apos;t need them.</source>
        <extracomment>English for exactly one: %n copy of your journal that your passphrase does not protect is still in {0}: delete it if you don&apos;t need it.</extracomment>
        <translation>
            <numerusform>%n Kopie deines Journals, die deine Passphrase nicht schützt, liegt noch in {0}: Lösche sie, wenn du sie nicht brauchst.</numerusform>
            <numerusform>%n Kopien deines Journals, die deine Passphrase nicht schützt, liegen noch in {0}: Lösche sie, wenn du sie nicht brauchst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegations</source>
        <extracomment>English for exactly one: %n delegation</extracomment>
        <translation>
            <numerusform>%n Delegation</numerusform>
            <numerusform>%n Delegationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <extracomment>English for exactly one: %n entry</extracomment>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback requests no longer list them as asked</source>
        <extracomment>English for exactly one: %n feedback request no longer lists them as asked</extracomment>
        <translation>
            <numerusform>%n Bitte um Feedback führt die Person nicht mehr als gefragt</numerusform>
            <numerusform>%n Bitten um Feedback führen die Person nicht mehr als gefragt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback responses they gave</source>
        <extracomment>English for exactly one: %n feedback response they gave</extracomment>
        <translation>
            <numerusform>%n Feedback-Antwort, die die Person gegeben hat</numerusform>
            <numerusform>%n Feedback-Antworten, die die Person gegeben hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals are open: with this many, none of them gets the focus it needs.</source>
        <extracomment>English for exactly one: %n goal is open.</extracomment>
        <translation>
            <numerusform>%n Ziel ist offen.</numerusform>
            <numerusform>%n Ziele sind offen: Bei so vielen bekommt keines den Fokus, den es braucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement plans</source>
        <extracomment>English for exactly one: %n improvement plan</extracomment>
        <translation>
            <numerusform>%n Verbesserungsplan</numerusform>
            <numerusform>%n Verbesserungspläne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <extracomment>English for exactly one: %n item</extracomment>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons stay but no longer point to them</source>
        <extracomment>English for exactly one: %n lesson stays but no longer points to them</extracomment>
        <translation>
            <numerusform>%n Erkenntnis bleibt, verweist aber nicht mehr auf die Person</numerusform>
            <numerusform>%n Erkenntnisse bleiben, verweisen aber nicht mehr auf die Person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new records</source>
        <extracomment>English for exactly one: %n new record</extracomment>
        <translation>
            <numerusform>%n neuer Datensatz</numerusform>
            <numerusform>%n neue Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n one-on-ones</source>
        <extracomment>English for exactly one: %n one-on-one</extracomment>
        <translation>
            <numerusform>%n Einzelgespräch</numerusform>
            <numerusform>%n Einzelgespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recognitions</source>
        <extracomment>English for exactly one: %n recognition</extracomment>
        <translation>
            <numerusform>%n Anerkennung</numerusform>
            <numerusform>%n Anerkennungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records that are different</source>
        <extracomment>English for exactly one: %n record that is different</extracomment>
        <translation>
            <numerusform>%n Datensatz, der sich unterscheidet</numerusform>
            <numerusform>%n Datensätze, die sich unterscheiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminders while you were away</source>
        <extracomment>English for exactly one: %n reminder while you were away</extracomment>
        <translation>
            <numerusform>%n Erinnerung, während du weg warst</numerusform>
            <numerusform>%n Erinnerungen, während du weg warst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <extracomment>English for exactly one: %n result</extracomment>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slipped tasks have no cause yet: choose one for each in the Friday review.</source>
        <extracomment>English for exactly one: %n slipped task has no cause yet: choose one in the Friday review.</extracomment>
        <translation>
            <numerusform>%n verrutschte Aufgabe hat noch keinen Grund: Wähle ihn im Freitagsrückblick.</numerusform>
            <numerusform>%n verrutschte Aufgaben haben noch keinen Grund: Wähle für jede einen im Freitagsrückblick.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks carried over will come with it.</source>
        <extracomment>English for exactly one: %n task carried over will come with it.</extracomment>
        <translation>
            <numerusform>%n übernommene Aufgabe kommt mit.</numerusform>
            <numerusform>%n übernommene Aufgaben kommen mit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks they owned become “Unassigned”</source>
        <extracomment>English for exactly one: %n task they owned becomes “Unassigned”</extracomment>
        <translation>
            <numerusform>%n Aufgabe der Person wird „Nicht zugewiesen“</numerusform>
            <numerusform>%n Aufgaben der Person werden „Nicht zugewiesen“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <extracomment>English for exactly one: %n time a week</extracomment>
        <translation>
            <numerusform>%n-mal pro Woche</numerusform>
            <numerusform>%n-mal pro Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <extracomment>English for exactly one: %n week</extracomment>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks are left out: their plans were never confirmed.</source>
        <extracomment>English for exactly one: %n week is left out: its plan was never confirmed.</extracomment>
        <translation>
            <numerusform>%n Woche fehlt: Ihr Plan wurde nie bestätigt.</numerusform>
            <numerusform>%n Wochen fehlen: Ihre Pläne wurden nie bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks of progress</source>
        <extracomment>English for exactly one: %n week of progress</extracomment>
        <translation>
            <numerusform>%n Woche mit Fortschritt</numerusform>
            <numerusform>%n Wochen mit Fortschritt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks recorded</source>
        <extracomment>English for exactly one: %n week recorded</extracomment>
        <translation>
            <numerusform>%n Woche erfasst</numerusform>
            <numerusform>%n Wochen erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <extracomment>English for exactly one: (and %n more)</extracomment>
        <translation>
            <numerusform>(und %n weiterer)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked {0} · {1} · {2} — %n answers so far</source>
        <extracomment>English for exactly one: Asked {0} · {1} · {2} — %n answer so far</extracomment>
        <translation>
            <numerusform>Gefragt am {0} · {1} · {2} – bisher %n Antwort</numerusform>
            <numerusform>Gefragt am {0} · {1} · {2} – bisher %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked for %n days</source>
        <extracomment>English for exactly one: Blocked for %n day</extracomment>
        <translation>
            <numerusform>%n Tag blockiert</numerusform>
            <numerusform>%n Tage blockiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this answer and its %n items? This can&apos;t be undone.</source>
        <extracomment>English for exactly one: Delete this answer and its %n item? This can&apos;t be undone.</extracomment>
        <translation>
            <numerusform>Diese Antwort und ihren %n Punkt löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Diese Antwort und ihre %n Punkte löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n closed goals</source>
        <extracomment>English for exactly one: Hide %n closed goal</extracomment>
        <translation>
            <numerusform>%n abgeschlossenes Ziel ausblenden</numerusform>
            <numerusform>%n abgeschlossene Ziele ausblenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records from {0}</source>
        <extracomment>English for exactly one: Imported %n record from {0}</extracomment>
        <translation>
            <numerusform>%n Datensatz aus {0} importiert</numerusform>
            <numerusform>%n Datensätze aus {0} importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n open tasks</source>
        <extracomment>English for exactly one: Its %n open task</extracomment>
        <translation>
            <numerusform>Ihre %n offene Aufgabe</numerusform>
            <numerusform>Ihre %n offenen Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n tasks carried to next week.</source>
        <extracomment>English for exactly one: Its %n task carried to next week.</extracomment>
        <translation>
            <numerusform>Ihre %n Aufgabe wurde in die nächste Woche übernommen.</numerusform>
            <numerusform>Ihre %n Aufgaben wurden in die nächste Woche übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n tasks dropped.</source>
        <extracomment>English for exactly one: Its %n task dropped.</extracomment>
        <translation>
            <numerusform>Ihre %n Aufgabe wurde gestrichen.</numerusform>
            <numerusform>Ihre %n Aufgaben wurden gestrichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n tasks moved to the new priority.</source>
        <extracomment>English for exactly one: Its %n task moved to the new priority.</extracomment>
        <translation>
            <numerusform>Ihre %n Aufgabe wurde zur neuen Priorität verschoben.</numerusform>
            <numerusform>Ihre %n Aufgaben wurden zur neuen Priorität verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n weeks whose plans were never confirmed ({0}).</source>
        <extracomment>English for exactly one: Left out: the week of {0}, whose plan was never confirmed.</extracomment>
        <translation>
            <numerusform>Nicht gezählt: %n Woche (vom {0}), deren Plan nie bestätigt wurde.</numerusform>
            <numerusform>Nicht gezählt: %n Wochen, deren Pläne nie bestätigt wurden ({0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n closed goals</source>
        <extracomment>English for exactly one: Show %n closed goal</extracomment>
        <translation>
            <numerusform>%n abgeschlossenes Ziel zeigen</numerusform>
            <numerusform>%n abgeschlossene Ziele zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart shows {0} of %n goals: open goals first, then those with the most weeks.</source>
        <extracomment>English for exactly one: The chart shows {0} of %n goal.</extracomment>
        <translation>
            <numerusform>Das Diagramm zeigt {0} von %n Ziel.</numerusform>
            <numerusform>Das Diagramm zeigt {0} von %n Zielen: offene zuerst, dann die mit den meisten Wochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You already have %n tasks in progress (your limit is {0}). Starting another spreads your time thinner. Start it anyway?</source>
        <extracomment>English for exactly one: You already have %n task in progress (your limit is {0}). Starting another spreads your time thinner. Start it anyway?</extracomment>
        <translation>
            <numerusform>Du hast schon %n Aufgabe in Arbeit (dein Limit ist {0}). Eine weitere verteilt deine Zeit noch dünner. Trotzdem anfangen?</numerusform>
            <numerusform>Du hast schon %n Aufgaben in Arbeit (dein Limit ist {0}). Eine weitere verteilt deine Zeit noch dünner. Trotzdem anfangen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} already has %n tasks in progress (the limit is {1}). Starting another spreads their time thinner. Start it anyway?</source>
        <extracomment>English for exactly one: {0} already has %n task in progress (the limit is {1}). Starting another spreads their time thinner. Start it anyway?</extracomment>
        <translation>
            <numerusform>{0} hat schon %n Aufgabe in Arbeit (das Limit ist {1}). Eine weitere verteilt die Zeit noch dünner. Trotzdem anfangen?</numerusform>
            <numerusform>{0} hat schon %n Aufgaben in Arbeit (das Limit ist {1}). Eine weitere verteilt die Zeit noch dünner. Trotzdem anfangen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n lessons</source>
        <extracomment>English for exactly one: {0} of %n lesson</extracomment>
        <translation>
            <numerusform>{0} von %n Erkenntnis</numerusform>
            <numerusform>{0} von %n Erkenntnissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n planned tasks done last week</source>
        <extracomment>English for exactly one: {0} of %n planned task done last week</extracomment>
        <translation>
            <numerusform>{0} von %n geplanten Aufgabe letzte Woche erledigt</numerusform>
            <numerusform>{0} von %n geplanten Aufgaben letzte Woche erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n planned tasks done this week</source>
        <extracomment>English for exactly one: {0} of %n planned task done this week</extracomment>
        <translation>
            <numerusform>{0} von %n geplanten Aufgabe diese Woche erledigt</numerusform>
            <numerusform>{0} von %n geplanten Aufgaben diese Woche erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n planned weeks moved no goal.</source>
        <extracomment>English for exactly one: {0} of %n planned week moved no goal.</extracomment>
        <translation>
            <numerusform>{0} von %n geplanten Woche hat kein Ziel vorangebracht.</numerusform>
            <numerusform>{0} von %n geplanten Wochen haben kein Ziel vorangebracht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} · {1}
%n items</source>
        <extracomment>English for exactly one: {0} · {1}
%n item</extracomment>
        <translation>
            <numerusform>{0} · {1}
%n Punkt</numerusform>
            <numerusform>{0} · {1}
%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more goals</source>
        <extracomment>English for exactly one: … and %n more goal</extracomment>
        <translation>
            <numerusform>… und %n weiteres Ziel</numerusform>
            <numerusform>… und %n weitere Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>Confused about goals or priorities</source>
        <translation>Unklar über Ziele oder Prioritäten</translation>
    </message>
    <message>
        <source>Low energy or morale</source>
        <translation>Wenig Energie oder Stimmung</translation>
    </message>
    <message>
        <source>Resisting a change</source>
        <translation>Wehrt sich gegen eine Veränderung</translation>
    </message>
    <message>
        <source>Chaotic: unclear who does what, by when</source>
        <translation>Chaotisch: unklar, wer was bis wann macht</translation>
    </message>
    <message>
        <source>Inconsistent quality or follow-through</source>
        <translation>Schwankende Qualität oder Verbindlichkeit</translation>
    </message>
    <message>
        <source>Firefighting instead of planned work</source>
        <translation>Feuerwehreinsätze statt geplanter Arbeit</translation>
    </message>
    <message>
        <source>Nothing flagged: keep the rhythm of the week.</source>
        <translation>Nichts angekreuzt: Bleib im Rhythmus der Woche.</translation>
    </message>
    <message>
        <source>Lean into leading: direction, the why, and the people.</source>
        <translation>Setz auf Führung: Richtung, das Warum und die Menschen.</translation>
    </message>
    <message>
        <source>Lean into managing: owners, dates and follow-through.</source>
        <translation>Setz auf Management: Verantwortliche, Termine und Nachhalten.</translation>
    </message>
    <message>
        <source>Both at once: one leading move and one managing move this week.</source>
        <translation>Beides zugleich: diese Woche ein Schritt im Führen und einer im Managen.</translation>
    </message>
    <message>
        <source>Set the week&apos;s direction, plan who does what, and review on Friday.</source>
        <translation>Die Richtung der Woche vorgeben, planen, wer was macht, und am Freitag zurückblicken.</translation>
    </message>
    <message>
        <source>One-on-ones, coaching conversations and the people you look after.</source>
        <translation>Einzelgespräche, Coaching-Gespräche und die Menschen, für die du da bist.</translation>
    </message>
    <message>
        <source>What happened, what you learned, and what you will do differently.</source>
        <translation>Was passiert ist, was du gelernt hast und was du künftig anders machst.</translation>
    </message>
    <message>
        <source>Start/Stop/Continue</source>
        <translation>Anfangen/Aufhören/Weitermachen</translation>
    </message>
    <message>
        <source>Feedback you asked for about yourself, grouped by theme.</source>
        <translation>Feedback, um das du für dich selbst gebeten hast, nach Themen geordnet.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>One leadership and one management habit, practised for two weeks.</source>
        <translation>Eine Gewohnheit beim Führen und eine beim Managen, zwei Wochen lang geübt.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>How delivery, team health and your practice change over the weeks.</source>
        <translation>Wie sich Lieferung, Teamgesundheit und deine Übung über die Wochen verändern.</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered — not by you, not by anyone at LeadJournal. Without it, the journal and its backups stay unreadable for good.</source>
        <translation>Eine vergessene Passphrase lässt sich nicht wiederherstellen – nicht von dir und von niemandem bei LeadJournal. Ohne sie bleiben das Journal und seine Sicherungen für immer unlesbar.</translation>
    </message>
    <message>
        <source>Use at least {0} characters; a short sentence works well.</source>
        <translation>Nimm mindestens {0} Zeichen; ein kurzer Satz eignet sich gut.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 Min.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>today {0}</source>
        <translation>heute {0}</translation>
    </message>
    <message>
        <source>tomorrow {0}</source>
        <translation>morgen {0}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <source>off</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation>kein Arbeitstag</translation>
    </message>
    <message>
        <source>today, not ticked yet</source>
        <translation>heute, noch nicht abgehakt</translation>
    </message>
    <message>
        <source>not asked for that day</source>
        <translation>an diesem Tag nicht vorgesehen</translation>
    </message>
    <message>
        <source>the planned day, still to come</source>
        <translation>der geplante Tag, noch nicht da</translation>
    </message>
    <message>
        <source>Once a week, on {0}</source>
        <translation>Einmal pro Woche, am {0}</translation>
    </message>
    <message>
        <source>Once a week, any day</source>
        <translation>Einmal pro Woche, an einem beliebigen Tag</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Yes, both</source>
        <translation>Ja, beide</translation>
    </message>
    <message>
        <source>Change one of them</source>
        <translation>Eins davon ändern</translation>
    </message>
    <message>
        <source>No, choose a new pair</source>
        <translation>Nein, ein neues Paar wählen</translation>
    </message>
    <message>
        <source>Adherence {0} ({1} of {2} times) · streak {3}</source>
        <translation>Treue {0} ({1} von {2} Malen) · Serie {3}</translation>
    </message>
    <message>
        <source>Tagged “{0}”, like this week&apos;s plan</source>
        <translation>Markiert mit „{0}“, wie der Plan dieser Woche</translation>
    </message>
    <message>
        <source>Shares “{0}” and “{1}” with this week&apos;s plan</source>
        <translation>Teilt „{0}“ und „{1}“ mit dem Plan dieser Woche</translation>
    </message>
    <message>
        <source>Like the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>A decision</source>
        <translation>Eine Entscheidung</translation>
    </message>
    <message>
        <source>A resource</source>
        <translation>Eine Ressource</translation>
    </message>
    <message>
        <source>A quick review</source>
        <translation>Ein kurzes Review</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Noch unklar</translation>
    </message>
    <message>
        <source>a decision</source>
        <translation>eine Entscheidung</translation>
    </message>
    <message>
        <source>a resource</source>
        <translation>eine Ressource</translation>
    </message>
    <message>
        <source>a quick review</source>
        <translation>ein kurzes Review</translation>
    </message>
    <message>
        <source>{0} — {1} from {2}</source>
        <translation>{0} — {1} von {2}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>{0} — {1} can unblock it</source>
        <translation>{0} — {1} kann es lösen</translation>
    </message>
    <message>
        <source>Keeps coming back at the check-in (first seen the week of {0}).</source>
        <translation>Taucht im Check-in immer wieder auf (zuerst in der Woche vom {0}).</translation>
    </message>
    <message>
        <source>Cause…</source>
        <translation>Ursache …</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Scope change</source>
        <translation>Geänderter Umfang</translation>
    </message>
    <message>
        <source>Priority change</source>
        <translation>Geänderte Priorität</translation>
    </message>
    <message>
        <source>{0}: make this Wednesday&apos;s improvement</source>
        <translation>{0}: zur Verbesserung am Mittwoch machen</translation>
    </message>
    <message>
        <source>Improve it Wednesday</source>
        <translation>Am Mittwoch verbessern</translation>
    </message>
    <message>
        <source>Make this Wednesday&apos;s improvement: it keeps coming back, so fix how the team works, not just this once.</source>
        <translation>Zur Verbesserung am Mittwoch machen: Es kommt immer wieder, also verbessere die Arbeitsweise des Teams, nicht nur dieses eine Mal.</translation>
    </message>
    <message>
        <source>✓ Wednesday&apos;s improvement</source>
        <translation>✓ Verbesserung am Mittwoch</translation>
    </message>
    <message>
        <source>✓ Resolved {0}: {1}</source>
        <translation>✓ Gelöst am {0}: {1}</translation>
    </message>
    <message>
        <source>⚠ Still open since {0}: {1}</source>
        <translation>⚠ Noch offen seit {0}: {1}</translation>
    </message>
    <message>
        <source>{0}: blocker from an earlier week</source>
        <translation>{0}: Blockade aus einer früheren Woche</translation>
    </message>
    <message>
        <source>Last next step (due {0}): {1} — did it happen?</source>
        <translation>Letzter nächster Schritt (fällig {0}): {1} — ist es passiert?</translation>
    </message>
    <message>
        <source>Last next step (week of {0}): {1} — did it happen?</source>
        <translation>Letzter nächster Schritt (Woche vom {0}): {1} — ist es passiert?</translation>
    </message>
    <message>
        <source>{0}: last next step</source>
        <translation>{0}: letzter nächster Schritt</translation>
    </message>
    <message>
        <source>{0}: did it happen? {1}</source>
        <translation>{0}: ist es passiert? {1}</translation>
    </message>
    <message>
        <source>What matters most this week, and why?</source>
        <translation>Was zählt diese Woche am meisten, und warum?</translation>
    </message>
    <message>
        <source>What got in the way today?</source>
        <translation>Was stand mir heute im Weg?</translation>
    </message>
    <message>
        <source>Who did I help grow?</source>
        <translation>Wem habe ich geholfen zu wachsen?</translation>
    </message>
    <message>
        <source>Who needed to hear from me today, and did they?</source>
        <translation>Wer musste heute von mir hören – und hat es?</translation>
    </message>
    <message>
        <source>What went well this week, and what will I change?</source>
        <translation>Was lief diese Woche gut, und was ändere ich?</translation>
    </message>
    <message>
        <source>Looking back on the week, what stays with me?</source>
        <translation>Was bleibt mir im Rückblick auf die Woche?</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>Nächste 6 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>By a date</source>
        <translation>Bis zu einem Datum</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation>Bis {0}</translation>
    </message>
    <message>
        <source>{0}, until {1}</source>
        <translation>{0}, bis {1}</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} am {1}</translation>
    </message>
    <message>
        <source>A goal closes as achieved, changed or dropped.</source>
        <translation>Ein Ziel wird als erreicht, geändert oder aufgegeben abgeschlossen.</translation>
    </message>
    <message>
        <source>Say in a few words why, so later you remember what happened.</source>
        <translation>Sag in ein paar Worten, warum – damit du später noch weißt, was passiert ist.</translation>
    </message>
    <message>
        <source>This goal is already closed.</source>
        <translation>Dieses Ziel ist schon abgeschlossen.</translation>
    </message>
    <message>
        <source>Say what the goal is now.</source>
        <translation>Sag, was das Ziel jetzt ist.</translation>
    </message>
    <message>
        <source>A changed goal carries on in its new words: open that one.</source>
        <translation>Ein geändertes Ziel lebt in seiner neuen Formulierung weiter: Öffne dieses.</translation>
    </message>
    <message>
        <source>That goal is no longer in the journal.</source>
        <translation>Dieses Ziel ist nicht mehr im Journal.</translation>
    </message>
    <message>
        <source>Say in a few words what the goal is.</source>
        <translation>Sag in ein paar Worten, was das Ziel ist.</translation>
    </message>
    <message>
        <source>Choose the day the goal should be reached by.</source>
        <translation>Wähle den Tag, bis zu dem das Ziel erreicht sein soll.</translation>
    </message>
    <message>
        <source>carried to next week</source>
        <translation>in die nächste Woche übernommen</translation>
    </message>
    <message>
        <source>re-scoped</source>
        <translation>verkleinert</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Resolved on {0}</source>
        <translation>Gelöst am {0}</translation>
    </message>
    <message>
        <source>Blocked: {0}</source>
        <translation>Blockiert: {0}</translation>
    </message>
    <message>
        <source>Unblocked: {0}</source>
        <translation>Gelöst: {0}</translation>
    </message>
    <message>
        <source>Resolved the same day</source>
        <translation>Am selben Tag gelöst</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>Woche vom {0}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Choose a day of the week for deciding on changes.</source>
        <translation>Wählen Sie einen Wochentag für Entscheidungen über Änderungen.</translation>
    </message>
    <message>
        <source>Keep at most three must-haves: park the others for now.</source>
        <translation>Behalten Sie höchstens drei Muss-Ziele: Parken Sie die anderen vorerst.</translation>
    </message>
    <message>
        <source>Name at least one must-have for this week.</source>
        <translation>Nennen Sie mindestens ein Muss-Ziel für diese Woche.</translation>
    </message>
    <message>
        <source>Choose a work-in-progress limit from 1 to 20.</source>
        <translation>Wählen Sie eine Grenze für laufende Arbeit von 1 bis 20.</translation>
    </message>
    <message>
        <source>The week has three priorities: put the targets under one.</source>
        <translation>Die Woche hat drei Prioritäten: Tragen Sie die Ziele unter einer davon ein.</translation>
    </message>
    <message>
        <source>Give the rollout a name: what is changing?</source>
        <translation>Geben Sie der Einführung einen Namen: Was ändert sich?</translation>
    </message>
    <message>
        <source>Add at least one department the change reaches.</source>
        <translation>Fügen Sie mindestens eine Abteilung hinzu, die die Veränderung erreicht.</translation>
    </message>
    <message>
        <source>Last full quarter</source>
        <translation>Letztes volles Quartal</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Dieses Quartal bis heute</translation>
    </message>
    <message>
        <source>The last 13 weeks</source>
        <translation>Die letzten 13 Wochen</translation>
    </message>
    <message>
        <source>Dates of my choosing</source>
        <translation>Selbst gewählte Daten</translation>
    </message>
    <message>
        <source>Need words?</source>
        <translation>Fehlen die Worte?</translation>
    </message>
    <message>
        <source>Show a few ways to say it</source>
        <translation>Ein paar Formulierungen zeigen</translation>
    </message>
    <message>
        <source>Sample phrasings</source>
        <translation>Beispielformulierungen</translation>
    </message>
    <message>
        <source>Hide the examples</source>
        <translation>Beispiele ausblenden</translation>
    </message>
    <message>
        <source>The Playbook</source>
        <translation>Das Playbook</translation>
    </message>
    <message>
        <source>Leading and managing</source>
        <translation>Führen und Managen</translation>
    </message>
    <message>
        <source>Use a playbook</source>
        <translation>Ein Playbook nutzen</translation>
    </message>
    <message>
        <source>The ten differences</source>
        <translation>Die zehn Unterschiede</translation>
    </message>
    <message>
        <source>Both halves of the job matter every week. The question is which one the team needs more of right now.</source>
        <translation>Beide Hälften der Aufgabe zählen jede Woche. Die Frage ist, von welcher das Team gerade mehr braucht.</translation>
    </message>
    <message>
        <source>Signs to look for</source>
        <translation>Woran Sie es erkennen</translation>
    </message>
    <message>
        <source>Where LeadJournal helps</source>
        <translation>Wo LeadJournal hilft</translation>
    </message>
    <message>
        <source>Each playbook writes real entries into this week — priorities, parked items, decisions, checklists — that you can change afterwards like anything else.</source>
        <translation>Jedes Playbook schreibt echte Einträge in diese Woche – Prioritäten, geparkte Punkte, Entscheidungen, Checklisten –, die Sie danach wie alles andere ändern können.</translation>
    </message>
    <message>
        <source>Open improvement plans</source>
        <translation>Verbesserungspläne öffnen</translation>
    </message>
    <message>
        <source>Use this…</source>
        <translation>Verwenden…</translation>
    </message>
    <message>
        <source>Done. The entries are in this week&apos;s plan.</source>
        <translation>Erledigt. Die Einträge stehen im Plan dieser Woche.</translation>
    </message>
    <message>
        <source>Rollouts across departments</source>
        <translation>Abteilungsübergreifende Einführungen</translation>
    </message>
    <message>
        <source>Done in a later week</source>
        <translation>In einer späteren Woche erledigt</translation>
    </message>
    <message>
        <source>This week&apos;s feedback: what did the departments say?</source>
        <translation>Feedback dieser Woche: Was haben die Abteilungen gesagt?</translation>
    </message>
    <message>
        <source>This week&apos;s feedback on {0}</source>
        <translation>Feedback dieser Woche zu {0}</translation>
    </message>
    <message>
        <source>Every step is done: this is the rollout&apos;s last week on the list.</source>
        <translation>Alle Schritte sind erledigt: Dies ist die letzte Woche der Einführung auf der Liste.</translation>
    </message>
    <message>
        <source>Week {week} · {done} of {total} steps done</source>
        <translation>Woche {week} · {done} von {total} Schritten erledigt</translation>
    </message>
    <message>
        <source>Goals and the weeks that moved them</source>
        <translation>Ziele und die Wochen, die sie vorangebracht haben</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Weeks of progress per goal</source>
        <translation>Wochen mit Fortschritt je Ziel</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Weeks of progress</source>
        <translation>Wochen mit Fortschritt</translation>
    </message>
    <message>
        <source>Goals and their weeks</source>
        <translation>Ziele und ihre Wochen</translation>
    </message>
    <message>
        <source>Set a goal on Monday&apos;s Direction step and link each week&apos;s outcome to it: here you will see which goals the weeks moved, and which weeks moved none.</source>
        <translation>Setz am Montag im Schritt „Richtung vorgeben“ ein Ziel und verknüpfe das Ergebnis jeder Woche damit: Hier siehst du, welche Ziele die Wochen vorangebracht haben – und welche Wochen keines.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target {0}, lower is better</source>
        <translation>Ziel {0}, niedriger ist besser</translation>
    </message>
    <message>
        <source>Target {0}</source>
        <translation>Ziel {0}</translation>
    </message>
    <message>
        <source>Your team&apos;s metrics</source>
        <translation>Die Kennzahlen deines Teams</translation>
    </message>
    <message>
        <source>Define the numbers your team lives by — an outcome like tickets closed within SLA, an activity like code reviews done — and each Friday&apos;s values are charted here against their targets.</source>
        <translation>Lege die Zahlen fest, nach denen dein Team arbeitet – ein Ergebnis wie Tickets innerhalb der SLA, eine Tätigkeit wie erledigte Code-Reviews –, und die Werte jedes Freitags erscheinen hier im Vergleich zu ihren Zielen.</translation>
    </message>
    <message>
        <source>A question about your metrics</source>
        <translation>Eine Frage zu deinen Kennzahlen</translation>
    </message>
    <message>
        <source>{0} — retired</source>
        <translation>{0} – stillgelegt</translation>
    </message>
    <message>
        <source>Enter this metric&apos;s value in the Friday review to see it week by week.</source>
        <translation>Trage den Wert dieser Kennzahl im Freitagsrückblick ein, um sie Woche für Woche zu sehen.</translation>
    </message>
    <message>
        <source>Manage metrics…</source>
        <translation>Kennzahlen verwalten …</translation>
    </message>
    <message>
        <source>Add your first metric…</source>
        <translation>Erste Kennzahl anlegen …</translation>
    </message>
</context>
</TS>
