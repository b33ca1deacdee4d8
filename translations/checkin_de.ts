<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About checkin</source>
        <translation>Über checkin</translation>
    </message>
    <message>
        <source>The offline check-in desk for events.</source>
        <translation>Der Offline-Check-in-Schalter für Veranstaltungen.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>Qt %1, Qt for Python %2, Python %3</source>
        <translation>Qt %1, Qt for Python %2, Python %3</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Lizenzen Dritter</translation>
    </message>
    <message>
        <source>No bundled fonts.</source>
        <translation>Keine mitgelieferten Schriften.</translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation>Schriftlizenz</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>ArrivalChart</name>
    <message>
        <source>No arrivals yet.</source>
        <translation>Noch keine Ankünfte.</translation>
    </message>
    <message>
        <source>Arrivals per %1 min</source>
        <translation>Ankünfte pro %1 Min.</translation>
    </message>
</context>
<context>
    <name>AutoSeatDialog</name>
    <message>
        <source>Seat guests automatically</source>
        <translation>Gäste automatisch setzen</translation>
    </message>
    <message>
        <source>Keep people from the same organisation together</source>
        <translation>Personen derselben Organisation zusammensetzen</translation>
    </message>
    <message>
        <source>Only seat guests who have no table yet</source>
        <translation>Nur Gäste ohne Tisch setzen</translation>
    </message>
    <message>
        <source>When a field's tables are full, use free seats at other tables</source>
        <translation>Sind die Tische einer Branche voll, freie Plätze an anderen Tischen nutzen</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>%1 guests get a seat, %2 change table, %3 cannot be seated.</source>
        <translation>%1 Gäste bekommen einen Platz, %2 wechseln den Tisch, %3 können nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Cannot be seated</source>
        <translation>Kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Change table</source>
        <translation>Tisch wechseln</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bleibt</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Save badges as PDF</source>
        <translation>Namensschilder als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>Namensschilder drucken</translation>
    </message>
    <message>
        <source>Standard (built in)</source>
        <translation>Standard (eingebaut)</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Alle Tische</translation>
    </message>
    <message>
        <source>Only badges not printed yet</source>
        <translation>Nur noch nicht gedruckte Namensschilder</translation>
    </message>
    <message>
        <source>Only the selected guests (%1)</source>
        <translation>Nur die ausgewählten Gäste (%1)</translation>
    </message>
    <message>
        <source>Crop marks</source>
        <translation>Schnittmarken</translation>
    </message>
    <message>
        <source>Cyrillic line under Latin names</source>
        <translation>Kyrillische Zeile unter lateinischen Namen</translation>
    </message>
    <message>
        <source>Proof copy: do not count these badges as printed</source>
        <translation>Probedruck: diese Namensschilder nicht als gedruckt zählen</translation>
    </message>
    <message>
        <source>Programme and table</source>
        <translation>Programm und Tisch</translation>
    </message>
    <message>
        <source>Table in large print</source>
        <translation>Tisch in großer Schrift</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Standarddrucker</translation>
    </message>
    <message>
        <source>(no printer installed)</source>
        <translation>(kein Drucker eingerichtet)</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Gestaltung:</translation>
    </message>
    <message>
        <source>&amp;Categories (none: all):</source>
        <translation>&amp;Kategorien (keine: alle):</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tisch:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>&amp;Back side:</source>
        <translation>&amp;Rückseite:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>&amp;Print badges</source>
        <translation>Namensschilder &amp;drucken</translation>
    </message>
    <message>
        <source>They were &amp;printed</source>
        <translation>Wurden &amp;gedruckt</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) will be printed.</source>
        <translation>
            <numerusform>%n Namensschild wird gedruckt.</numerusform>
            <numerusform>%n Namensschilder werden gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were printed before.</source>
        <translation>
            <numerusform>Davon wurde %n schon einmal gedruckt.</numerusform>
            <numerusform>Davon wurden %n schon einmal gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n Namensschild</numerusform>
            <numerusform>%n Namensschilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n Blatt</numerusform>
            <numerusform>%n Blatt</numerusform>
        </translation>
    </message>
    <message>
        <source>No guests selected: there are no badges to print.</source>
        <translation>Keine Gäste ausgewählt: Es gibt keine Namensschilder zu drucken.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Rendering badges…</source>
        <translation>Namensschilder werden erstellt…</translation>
    </message>
    <message>
        <source>%1 on %2 saved as %3 – not counted as printed. Once the sheets are printed, press “They were printed”.</source>
        <translation>%1 auf %2 gespeichert als %3 – nicht als gedruckt gezählt. Sobald die Bögen gedruckt sind, „Wurden gedruckt“ drücken.</translation>
    </message>
    <message>
        <source>%1 on %2 printed on %3.</source>
        <translation>%1 auf %2 auf %3 gedruckt.</translation>
    </message>
    <message>
        <source>%1 counted as printed.</source>
        <translation>%1 als gedruckt gezählt.</translation>
    </message>
    <message>
        <source>Badges were not printed: %1</source>
        <translation>Die Namensschilder wurden nicht gedruckt: %1</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Start camera</source>
        <translation>Kamera starten</translation>
    </message>
    <message>
        <source>Video file: %1</source>
        <translation>Videodatei: %1</translation>
    </message>
    <message>
        <source>Camera off. The scanner and the search work as usual.</source>
        <translation>Kamera aus. Scanner und Suche funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>Kamera stoppen</translation>
    </message>
    <message>
        <source>Camera on: guests hold their badge or phone up to it.</source>
        <translation>Kamera an: Gäste halten ihr Namensschild oder Handy davor.</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera, or keep using the scanner and the search.</source>
        <translation>Keine Kamera gefunden. Schließen Sie eine Kamera an oder arbeiten Sie weiter mit Scanner und Suche.</translation>
    </message>
    <message>
        <source>The camera may not be used: allow checkin to use the camera in the system settings (privacy). The scanner and the search work as usual.</source>
        <translation>Die Kamera darf nicht verwendet werden: Erlauben Sie checkin den Kamerazugriff in den Systemeinstellungen (Datenschutz). Scanner und Suche funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>The camera was disconnected. Plug it in again and press Start camera; the scanner and the search keep working.</source>
        <translation>Die Kamera wurde getrennt. Schließen Sie sie wieder an und drücken Sie „Kamera starten“; Scanner und Suche funktionieren weiter.</translation>
    </message>
    <message>
        <source>The camera reported a problem: %1. The scanner and the search keep working.</source>
        <translation>Die Kamera meldet ein Problem: %1. Scanner und Suche funktionieren weiter.</translation>
    </message>
    <message>
        <source>Camera scanning is not installed. To enable it, install the camera extra: pip install "checkin[camera]" (on Linux also the system package libpulse0). The scanner and the search work without it.</source>
        <translation>Das Scannen mit Kamera ist nicht installiert. Zum Aktivieren installieren Sie die Kamera-Erweiterung: pip install "checkin[camera]" (unter Linux auch das Systempaket libpulse0). Scanner und Suche funktionieren auch ohne.</translation>
    </message>
</context>
<context>
    <name>CardTexts</name>
    <message>
        <source>Ready – scan the next badge</source>
        <translation>Bereit – nächstes Namensschild scannen</translation>
    </message>
    <message>
        <source>F3: find by name · F4: walk-in · F5: guest list
F6: programme item · F7: guest display · Ctrl+Z: undo last check-in</source>
        <translation>F3: Namenssuche · F4: ohne Anmeldung · F5: Gästeliste
F6: Programmpunkt · F7: Gästeanzeige · Strg+Z: letzten Check-in zurücknehmen</translation>
    </message>
    <message>
        <source>This event has no guests yet</source>
        <translation>Diese Veranstaltung hat noch keine Gäste</translation>
    </message>
    <message>
        <source>Import the guest list: File ▸ Import guest list… (Ctrl+I), or register guests as they come (F4). Protect the settings with an admin PIN: Admin ▸ Set admin PIN…</source>
        <translation>Gästeliste importieren: Datei ▸ Gästeliste importieren… (Strg+I), oder Gäste beim Eintreffen aufnehmen (F4). Einstellungen mit einer Admin-PIN schützen: Verwaltung ▸ Admin-PIN festlegen…</translation>
    </message>
    <message>
        <source>NOT SAVED – this check-in did not count</source>
        <translation>NICHT GESPEICHERT – dieser Check-in zählt nicht</translation>
    </message>
    <message>
        <source>Call the event's admin. Note the guest on paper.</source>
        <translation>Rufen Sie die Veranstaltungsleitung. Notieren Sie den Gast auf Papier.</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>Willkommen, %1!</translation>
    </message>
    <message>
        <source>%1 is already checked in</source>
        <translation>%1 ist bereits eingecheckt</translation>
    </message>
    <message>
        <source>Old badge of %1 – it was replaced</source>
        <translation>Altes Namensschild von %1 – es wurde ersetzt</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Unbekannter Code</translation>
    </message>
    <message>
        <source>Invalid badge code</source>
        <translation>Ungültiger Namensschild-Code</translation>
    </message>
    <message>
        <source>Typing error in the code</source>
        <translation>Tippfehler im Code</translation>
    </message>
    <message>
        <source>Badge of another event</source>
        <translation>Namensschild einer anderen Veranstaltung</translation>
    </message>
    <message>
        <source>%1 has cancelled</source>
        <translation>%1 hat abgesagt</translation>
    </message>
    <message>
        <source>%1 is not on this list</source>
        <translation>%1 steht nicht auf dieser Liste</translation>
    </message>
    <message>
        <source>This ticket is not valid here</source>
        <translation>Dieses Ticket gilt hier nicht</translation>
    </message>
    <message>
        <source>It was replaced or cancelled in pretix.</source>
        <translation>Es wurde in pretix ersetzt oder storniert.</translation>
    </message>
    <message>
        <source>Its product is not admitted to this check-in list.</source>
        <translation>Sein Produkt ist für diese Check-in-Liste nicht zugelassen.</translation>
    </message>
    <message>
        <source>It is not valid at this time.</source>
        <translation>Es gilt zu dieser Zeit nicht.</translation>
    </message>
    <message>
        <source>Since %1 at desk %2</source>
        <translation>Seit %1 am Schalter %2</translation>
    </message>
    <message>
        <source>Scanned: %1</source>
        <translation>Gescannt: %1</translation>
    </message>
    <message>
        <source>look at this guest's ticket before letting them in</source>
        <translation>sehen Sie sich das Ticket dieses Gastes an, bevor Sie ihn einlassen</translation>
    </message>
    <message>
        <source>⚠ Attention: %1</source>
        <translation>⚠ Achtung: %1</translation>
    </message>
    <message>
        <source>Check-in note: %1</source>
        <translation>Hinweis zum Check-in: %1</translation>
    </message>
    <message>
        <source>New guest from a pretix ticket: ask for the name and complete it in the guest list (F5).</source>
        <translation>Neuer Gast aus einem pretix-Ticket: fragen Sie nach dem Namen und ergänzen Sie ihn in der Gästeliste (F5).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>sheet %1, slot %2</source>
        <translation>Bogen %1, Platz %2</translation>
    </message>
    <message>
        <source>box %1, %2</source>
        <translation>Kasten %1, %2</translation>
    </message>
    <message>
        <source>Badge: %1</source>
        <translation>Namensschild: %1</translation>
    </message>
    <message>
        <source>The guest has a printed badge.</source>
        <translation>Der Gast hat ein gedrucktes Namensschild.</translation>
    </message>
    <message>
        <source>No pre-printed badge – press F8 to print it now.</source>
        <translation>Kein vorgedrucktes Namensschild – mit F8 jetzt drucken.</translation>
    </message>
    <message>
        <source>No pre-printed badge.</source>
        <translation>Kein vorgedrucktes Namensschild.</translation>
    </message>
    <message>
        <source>Let them in if it is the same person; otherwise check the ID.</source>
        <translation>Einlassen, wenn es dieselbe Person ist; sonst den Ausweis prüfen.</translation>
    </message>
    <message>
        <source>Ask for the newer badge or ID, then find the guest by name (F3).</source>
        <translation>Nach dem neueren Namensschild oder dem Ausweis fragen, dann den Gast nach Namen suchen (F3).</translation>
    </message>
    <message>
        <source>Find the guest by name (F3) or register them as a walk-in (F4).</source>
        <translation>Den Gast nach Namen suchen (F3) oder als Gast ohne Anmeldung aufnehmen (F4).</translation>
    </message>
    <message>
        <source>Check the ID and find the guest by name (F3); tell the organiser if it repeats.</source>
        <translation>Ausweis prüfen und den Gast nach Namen suchen (F3); bei Wiederholung den Veranstalter informieren.</translation>
    </message>
    <message>
        <source>One character of the code is wrong – type it again or search (F3).</source>
        <translation>Ein Zeichen des Codes stimmt nicht – bitte neu eintippen oder suchen (F3).</translation>
    </message>
    <message>
        <source>Ask for this event's invitation, or find the guest by name (F3).</source>
        <translation>Nach der Einladung zu dieser Veranstaltung fragen oder den Gast nach Namen suchen (F3).</translation>
    </message>
    <message>
        <source>Ask the organiser before letting them in; the registration can be restored in the guest list (F5).</source>
        <translation>Vor dem Einlass den Veranstalter fragen; die Anmeldung lässt sich in der Gästeliste (F5) wiederherstellen.</translation>
    </message>
    <message>
        <source>Check the programme item above (F6) – %1 – or ask the organiser.</source>
        <translation>Den Programmpunkt oben prüfen (F6) – %1 – oder den Veranstalter fragen.</translation>
    </message>
    <message>
        <source>Ask for the current ticket, or find the guest by name (F3).</source>
        <translation>Fragen Sie nach dem aktuellen Ticket oder suchen Sie den Gast nach Namen (F3).</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>als verloren gemeldet</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>misprinted</source>
        <translation>fehlerhaft gedruckt</translation>
    </message>
    <message>
        <source>a colleague took the place</source>
        <translation>ein Kollege kam an seiner Stelle</translation>
    </message>
    <message>
        <source>Replaced %1 at desk %2</source>
        <translation>Ersetzt am %1 (Schalter %2)</translation>
    </message>
    <message>
        <source>Replaced by a newer badge</source>
        <translation>Durch ein neueres Namensschild ersetzt</translation>
    </message>
    <message>
        <source>Keep this badge: it was reported lost. %1 has the current badge – check the ID before letting anyone in.</source>
        <translation>Dieses Namensschild einbehalten: Es wurde als verloren gemeldet. %1 hat das gültige Namensschild – vor dem Einlass den Ausweis prüfen.</translation>
    </message>
    <message>
        <source>The registration now belongs to %1. Keep this badge; if this is %1, find them by name (F3).</source>
        <translation>Die Anmeldung gehört jetzt %1. Dieses Namensschild einbehalten; ist dies %1, nach Namen suchen (F3).</translation>
    </message>
    <message>
        <source>A newer badge was printed for %1. Keep this one, ask for the new badge or find the guest by name (F3).</source>
        <translation>Für %1 wurde ein neueres Namensschild gedruckt. Dieses einbehalten, nach dem neuen fragen oder den Gast nach Namen suchen (F3).</translation>
    </message>
    <message>
        <source>printer offline</source>
        <translation>Drucker nicht erreichbar</translation>
    </message>
    <message>
        <source>out of labels</source>
        <translation>keine Etiketten mehr</translation>
    </message>
    <message>
        <source>driver error</source>
        <translation>Treiberfehler</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>unbekanntes Problem</translation>
    </message>
    <message>
        <source>The badge could not be made: %1</source>
        <translation>Das Namensschild konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Badge saved as PDF and opened – not printed yet. Print it from the PDF viewer, then press F9.</source>
        <translation>Namensschild als PDF gespeichert und geöffnet – noch nicht gedruckt. Im PDF-Programm drucken, dann F9 drücken.</translation>
    </message>
    <message>
        <source>Badge saved as %1 – not printed: no PDF viewer opened it. Print the file, then press F9.</source>
        <translation>Namensschild gespeichert als %1 – nicht gedruckt: kein PDF-Programm hat es geöffnet. Datei drucken, dann F9 drücken.</translation>
    </message>
    <message>
        <source>Badge queued for printing…</source>
        <translation>Namensschild wartet auf den Druck…</translation>
    </message>
    <message>
        <source>Badge waiting at %1: %2 – Badges ▸ Print queue (Ctrl+Shift+P).</source>
        <translation>Namensschild wartet bei %1: %2 – Namensschilder ▸ Druckwarteschlange (Strg+Umschalt+P).</translation>
    </message>
    <message>
        <source>Badge printing on %1…</source>
        <translation>Namensschild wird auf %1 gedruckt…</translation>
    </message>
    <message>
        <source>Badge printed on %1 – hand it over.</source>
        <translation>Namensschild auf %1 gedruckt – bitte aushändigen.</translation>
    </message>
    <message>
        <source>Badge printed – hand it over.</source>
        <translation>Namensschild gedruckt – bitte aushändigen.</translation>
    </message>
    <message>
        <source>Badge NOT printed (%2 on %1). Press F8 to try again.</source>
        <translation>Namensschild NICHT gedruckt (%2 bei %1). F8 drückt es noch einmal.</translation>
    </message>
    <message>
        <source>Badge printing cancelled – not printed.</source>
        <translation>Druck des Namensschilds abgebrochen – nicht gedruckt.</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Checking against the guest list…</source>
        <translation>Abgleich mit der Gästeliste…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This design cannot be printed: its QR code would not scan.</source>
        <translation>Diese Gestaltung kann nicht gedruckt werden: ihr QR-Code wäre nicht lesbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) of %1 would get a badge with a problem.</source>
        <translation>
            <numerusform>%n Gast von %1 bekäme ein Namensschild mit einem Problem.</numerusform>
            <numerusform>%n Gäste von %1 bekämen ein Namensschild mit einem Problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n badge(s) fit: no text below 7 pt, none cut short.</source>
        <translation>
            <numerusform>%n Namensschild passt: kein Text unter 7 pt, nichts abgeschnitten.</numerusform>
            <numerusform>Alle %n Namensschilder passen: kein Text unter 7 pt, nichts abgeschnitten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourBox</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <source>%1 / %2 checked in</source>
        <translation>%1 / %2 eingecheckt</translation>
    </message>
</context>
<context>
    <name>DelegationView</name>
    <message>
        <source>Save changed schedules</source>
        <translation>Geänderte Terminpläne speichern</translation>
    </message>
    <message>
        <source>Delegation – %1</source>
        <translation>Delegation – %1</translation>
    </message>
    <message>
        <source>Re-plan remaining rounds</source>
        <translation>Restliche Runden neu planen</translation>
    </message>
    <message>
        <source>Print changed schedules…</source>
        <translation>Geänderte Terminpläne drucken…</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Left without a partner</source>
        <translation>Ohne Gesprächspartner</translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation>Delegation:</translation>
    </message>
    <message>
        <source>From round:</source>
        <translation>Ab Runde:</translation>
    </message>
    <message>
        <source>Tables that lose their partner</source>
        <translation>Tische, die ihren Gesprächspartner verlieren</translation>
    </message>
    <message>
        <source>This event has no delegation.</source>
        <translation>Diese Veranstaltung hat keine Delegation.</translation>
    </message>
    <message>
        <source>%1 of %2 arrived, %3 missing.</source>
        <translation>%1 von %2 angekommen, %3 fehlen.</translation>
    </message>
    <message>
        <source>Re-planned from round %1: %2 schedules changed.</source>
        <translation>Ab Runde %1 neu geplant: %2 Terminpläne geändert.</translation>
    </message>
    <message>
        <source>%1 changed schedules written to %2</source>
        <translation>%1 geänderte Terminpläne in %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <source>Badge designs</source>
        <translation>Namensschild-Gestaltung</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Gestaltungen</translation>
    </message>
    <message>
        <source>Design:</source>
        <translation>Gestaltung:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Print with this design</source>
        <translation>Mit dieser Gestaltung drucken</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Variant for a category…</source>
        <translation>Variante für Kategorie…</translation>
    </message>
    <message>
        <source>Own back side</source>
        <translation>Eigene Rückseite</translation>
    </message>
    <message>
        <source>+ Text</source>
        <translation>+ Text</translation>
    </message>
    <message>
        <source>+ Image…</source>
        <translation>+ Bild…</translation>
    </message>
    <message>
        <source>+ QR code</source>
        <translation>+ QR-Code</translation>
    </message>
    <message>
        <source>+ Shape</source>
        <translation>+ Form</translation>
    </message>
    <message>
        <source>+ Artwork…</source>
        <translation>+ Hintergrund…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Nach vorn</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Standard (built in)</source>
        <translation>Standard (eingebaut)</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translation>Gestaltung speichern unter</translation>
    </message>
    <message>
        <source>Name of the design:</source>
        <translation>Name der Gestaltung:</translation>
    </message>
    <message>
        <source>Import a badge design</source>
        <translation>Gestaltung importieren</translation>
    </message>
    <message>
        <source>Badge designs (*.checkin-design)</source>
        <translation>Namensschild-Gestaltungen (*.checkin-design)</translation>
    </message>
    <message>
        <source>Export the badge design</source>
        <translation>Gestaltung exportieren</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>Front – %1</source>
        <translation>Vorderseite – %1</translation>
    </message>
    <message>
        <source>Back – %1</source>
        <translation>Rückseite – %1</translation>
    </message>
    <message>
        <source>Variant for a category</source>
        <translation>Variante für eine Kategorie</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Add a variant</source>
        <translation>Variante hinzufügen</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.pdf)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Add an element</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <source>Change the picture</source>
        <translation>Bild ändern</translation>
    </message>
    <message>
        <source>Change the order</source>
        <translation>Reihenfolge ändern</translation>
    </message>
    <message>
        <source>Change an element</source>
        <translation>Element ändern</translation>
    </message>
    <message>
        <source>No guests to preview yet.</source>
        <translation>Noch keine Gäste für die Vorschau.</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>&amp;Programme item:</source>
        <translation>&amp;Programmpunkt:</translation>
    </message>
    <message>
        <source>There is no check-in to undo.</source>
        <translation>Es gibt keinen Check-in, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Check-in von %1 rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>DesksModel</name>
    <message>
        <source>Desk</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt abgeglichen</translation>
    </message>
    <message>
        <source>Waiting here</source>
        <translation>Ausstehend hier</translation>
    </message>
    <message>
        <source>Waiting there</source>
        <translation>Ausstehend dort</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>not paired</source>
        <translation>nicht gekoppelt</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>DesksPanel</name>
    <message>
        <source>Desks</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Show join code for another desk</source>
        <translation>Beitrittscode für einen weiteren Schalter zeigen</translation>
    </message>
    <message>
        <source>Unpair selected desk</source>
        <translation>Ausgewählten Schalter entkoppeln</translation>
    </message>
    <message>
        <source>Withdraw open join codes</source>
        <translation>Offene Beitrittscodes zurückziehen</translation>
    </message>
    <message>
        <source>For one desk, until %1.</source>
        <translation>Für einen Schalter, bis %1.</translation>
    </message>
    <message>
        <source>This desk works alone. To keep several desks in step, install Syncthing: %1</source>
        <translation>Dieser Schalter arbeitet allein. Damit mehrere Schalter auf dem gleichen Stand bleiben, installieren Sie Syncthing: %1</translation>
    </message>
    <message>
        <source>Starting sync…</source>
        <translation>Abgleich startet…</translation>
    </message>
    <message>
        <source>This desk is “%1” and keeps in step with the desks below.</source>
        <translation>Dieser Schalter heißt „%1“ und gleicht sich mit den Schaltern unten ab.</translation>
    </message>
    <message>
        <source>This desk works alone. Show a join code to add another desk.</source>
        <translation>Dieser Schalter arbeitet allein. Zeigen Sie einen Beitrittscode, um einen weiteren Schalter hinzuzufügen.</translation>
    </message>
    <message>
        <source>Out of reach for %1 minutes or more: %2 — check its network and that checkin is running there.</source>
        <translation>Seit %1 Minuten oder länger nicht erreichbar: %2 — prüfen Sie das Netzwerk und ob checkin dort läuft.</translation>
    </message>
    <message>
        <source>Sync could not start: %1 (trying again)</source>
        <translation>Der Abgleich konnte nicht starten: %1 (neuer Versuch folgt)</translation>
    </message>
    <message>
        <source>This desk was removed from the event by another desk; it no longer syncs.</source>
        <translation>Dieser Schalter wurde von einem anderen Schalter aus der Veranstaltung entfernt; er gleicht nicht mehr ab.</translation>
    </message>
    <message>
        <source>This desk is “%1”, but its Syncthing does not answer: its changes wait here and go out when it answers again.</source>
        <translation>Dieser Schalter heißt „%1“, aber sein Syncthing antwortet nicht: Seine Änderungen warten hier und gehen hinaus, sobald es wieder antwortet.</translation>
    </message>
    <message>
        <source>This desk is “%1”; its Syncthing stopped and is being started again.</source>
        <translation>Dieser Schalter heißt „%1“; sein Syncthing wurde beendet und wird neu gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>(Syncthing was restarted %n time(s).)</source>
        <translation>
            <numerusform>(Syncthing wurde %n-mal neu gestartet.)</numerusform>
            <numerusform>(Syncthing wurde %n-mal neu gestartet.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging: every desk's check-ins are kept; if a guest was checked in at two desks that could not see each other, the earlier counts as the arrival (double entries: %1). Edits: the later one wins, the other is kept in the history. Walk-ins registered twice are flagged (likely duplicates: %2).</source>
        <translation>Zusammenführen: Die Check-ins aller Schalter bleiben erhalten; wurde ein Gast an zwei Schaltern eingecheckt, die sich nicht sahen, zählt der frühere als Ankunft (doppelte Einträge: %1). Änderungen: Die spätere gilt, die andere bleibt im Verlauf. Doppelt aufgenommene Gäste ohne Anmeldung werden markiert (wahrscheinliche Dubletten: %2).</translation>
    </message>
    <message>
        <source>%1: arrived %2 at %3, also %4</source>
        <translation>%1: Ankunft %2 (%3), außerdem %4</translation>
    </message>
    <message numerus="yes">
        <source>Refused from other desks (not applied, the rest went on): %n record(s)</source>
        <translation>
            <numerusform>Von anderen Schaltern abgelehnt (nicht übernommen, der Rest lief weiter): %n Eintrag</numerusform>
            <numerusform>Von anderen Schaltern abgelehnt (nicht übernommen, der Rest lief weiter): %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, record %2: %3</source>
        <translation>%1, Eintrag %2: %3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>All programme items</source>
        <translation>Alle Programmpunkte</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Programme item:</source>
        <translation>Programmpunkt:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Attendance – Excel workbook (.xlsx)</source>
        <translation>Anwesenheit – Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Attendance – CSV (comma)</source>
        <translation>Anwesenheit – CSV (Komma)</translation>
    </message>
    <message>
        <source>Attendance – CSV for German Excel (semicolon)</source>
        <translation>Anwesenheit – CSV für deutsches Excel (Semikolon)</translation>
    </message>
    <message>
        <source>Attendance report (PDF)</source>
        <translation>Anwesenheitsbericht (PDF)</translation>
    </message>
    <message>
        <source>Door list to print (PDF)</source>
        <translation>Einlassliste zum Ausdrucken (PDF)</translation>
    </message>
    <message>
        <source>Full check-in log (CSV)</source>
        <translation>Vollständiges Check-in-Protokoll (CSV)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Bitte eine Zieldatei wählen.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>FloorPlanView</name>
    <message>
        <source>Entrance</source>
        <translation>Eingang</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Guest: %1</source>
        <translation>Gast: %1</translation>
    </message>
    <message>
        <source>e.g. de, ru – empty: the guest's language</source>
        <translation>z. B. de, ru – leer: die Sprache des Gastes</translation>
    </message>
    <message>
        <source>Languages &amp;spoken</source>
        <translation>Gesprochene &amp;Sprachen</translation>
    </message>
    <message>
        <source>Agrees to share contact &amp;details</source>
        <translation>Einverstanden mit der Weitergabe der &amp;Kontaktdaten</translation>
    </message>
    <message>
        <source>Registration &amp;cancelled</source>
        <translation>Anmeldung &amp;storniert</translation>
    </message>
</context>
<context>
    <name>GuestDisplay</name>
    <message>
        <source>Guest display</source>
        <translation>Gästeanzeige</translation>
    </message>
</context>
<context>
    <name>GuestForm</name>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Vatersname</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tisch</translation>
    </message>
    <message>
        <source>&amp;Notes for staff</source>
        <translation>&amp;Hinweise fürs Personal</translation>
    </message>
    <message>
        <source>– none –</source>
        <translation>– keiner –</translation>
    </message>
</context>
<context>
    <name>GuestListView</name>
    <message>
        <source>Filter by name, organisation, e-mail</source>
        <translation>Nach Name, Organisation, E-Mail filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Ausgecheckt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>&amp;Auschecken</translation>
    </message>
    <message>
        <source>&amp;Undo last action</source>
        <translation>Letzte Aktion &amp;rückgängig</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Guest list</source>
        <translation>Gästeliste</translation>
    </message>
</context>
<context>
    <name>GuestTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Namensschild gedruckt</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>ausgecheckt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import guest list – %1</source>
        <translation>Gästeliste importieren – %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3), column names in row %4.</source>
        <translation>%1: %2 Zeilen (%3), Spaltennamen in Zeile %4.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Preview: the first %1 rows as guests</source>
        <translation>Vorschau: die ersten %1 Zeilen als Gäste</translation>
    </message>
    <message>
        <source>Check the list first: the report says what the import would do.</source>
        <translation>Prüfen Sie die Liste zuerst: Der Bericht zeigt, was der Import tun würde.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No column is imported as a name: choose one (given, family or full name).</source>
        <translation>Keine Spalte wird als Name importiert: Bitte eine wählen (Vor-, Nach- oder vollständiger Name).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>ItemFiguresModel</name>
    <message>
        <source>Programme item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Ausgecheckt</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Not arrived yet</source>
        <translation>Noch nicht da</translation>
    </message>
</context>
<context>
    <name>JobModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Namensschild</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketten</translation>
    </message>
    <message>
        <source>printer offline</source>
        <translation>Drucker nicht erreichbar</translation>
    </message>
    <message>
        <source>out of labels</source>
        <translation>keine Etiketten mehr</translation>
    </message>
    <message>
        <source>driver error</source>
        <translation>Treiberfehler</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>wartet: %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>wird gedruckt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join an event from another desk</source>
        <translation>Veranstaltung eines anderen Schalters beitreten</translation>
    </message>
    <message>
        <source>Scan the QR code or type the CJ1 … line</source>
        <translation>QR-Code scannen oder die Zeile CJ1 … eintippen</translation>
    </message>
    <message>
        <source>e.g. Desk 2</source>
        <translation>z. B. Schalter 2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Beitrittscode:</translation>
    </message>
    <message>
        <source>Name of this desk:</source>
        <translation>Name dieses Schalters:</translation>
    </message>
    <message>
        <source>Save the event as:</source>
        <translation>Veranstaltung speichern unter:</translation>
    </message>
    <message>
        <source>Save the event as</source>
        <translation>Veranstaltung speichern unter</translation>
    </message>
    <message>
        <source>Event files (*.checkin)</source>
        <translation>Veranstaltungsdateien (*.checkin)</translation>
    </message>
    <message>
        <source>Choose where to save the event on this desk.</source>
        <translation>Wählen Sie, wo die Veranstaltung auf diesem Schalter gespeichert wird.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation>%1 gibt es schon: Bitte einen neuen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>Waiting for the other desk… (it must be running and on the same network)</source>
        <translation>Warte auf den anderen Schalter… (er muss laufen und im selben Netzwerk sein)</translation>
    </message>
    <message>
        <source>Joined “%1”.</source>
        <translation>„%1“ beigetreten.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Self check-in</source>
        <translation>Selbst-Check-in</translation>
    </message>
    <message>
        <source>Please hold your badge under the scanner.</source>
        <translation>Bitte halten Sie Ihr Namensschild unter den Scanner.</translation>
    </message>
</context>
<context>
    <name>LocalisedFields</name>
    <message>
        <source>For readers of another language</source>
        <translation>Für Leser anderer Sprachen</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>wie angegeben</translation>
    </message>
    <message>
        <source>Badges, the guest display, schedules and host sheets show these to readers of that language; an empty field shows the given one.</source>
        <translation>Namensschilder, Gästeanzeige, Gesprächspläne und Tischlisten zeigen diese Texte Lesern der jeweiligen Sprache; ein leeres Feld zeigt den angegebenen Text.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Gäste</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tische</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>&amp;Namensschilder</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Schalter</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Schalter: %1</translation>
    </message>
    <message>
        <source>&amp;Scan badges</source>
        <translation>Namensschilder &amp;scannen</translation>
    </message>
    <message>
        <source>“%1” needs admin mode: Admin ▸ Unlock admin mode… (PIN).</source>
        <translation>„%1“ braucht den Verwaltungsmodus: Verwaltung ▸ Verwaltungsmodus entsperren… (PIN).</translation>
    </message>
    <message>
        <source>&amp;Find by name…</source>
        <translation>Nach &amp;Namen suchen…</translation>
    </message>
    <message>
        <source>&amp;Walk-in guest…</source>
        <translation>Gast &amp;ohne Anmeldung…</translation>
    </message>
    <message>
        <source>Guest &amp;list</source>
        <translation>Gäste&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation>Letzten Check-in &amp;rückgängig</translation>
    </message>
    <message>
        <source>Choose &amp;programme item</source>
        <translation>&amp;Programmpunkt wählen</translation>
    </message>
    <message>
        <source>&amp;Guest display</source>
        <translation>Gäste&amp;anzeige</translation>
    </message>
    <message>
        <source>&amp;Sounds on refusals</source>
        <translation>&amp;Töne bei Abweisungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>checkin – %1</source>
        <translation>checkin – %1</translation>
    </message>
</context>
<context>
    <name>MirroredPreview</name>
    <message>
        <source>Hold the code inside the frame</source>
        <translation>Den Code in den Rahmen halten</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event file</source>
        <translation>Neue Veranstaltungsdatei</translation>
    </message>
    <message>
        <source>Event files (*.checkin)</source>
        <translation>Veranstaltungsdateien (*.checkin)</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Event &amp;file:</source>
        <translation>Veranstaltungs&amp;datei:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>Bitte der Veranstaltung einen Namen geben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>PlaceText</name>
    <message>
        <source>No table assigned</source>
        <translation>Kein Tisch zugewiesen</translation>
    </message>
    <message>
        <source>Round %1 (now): table %2</source>
        <translation>Runde %1 (jetzt): Tisch %2</translation>
    </message>
    <message>
        <source>Round %1 (from %3): table %2</source>
        <translation>Runde %1 (ab %3): Tisch %2</translation>
    </message>
    <message>
        <source>Round %1 (next): table %2</source>
        <translation>Runde %1 (als Nächstes): Tisch %2</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>table %2 (round %1, now)</source>
        <translation>Tisch %2 (Runde %1, jetzt)</translation>
    </message>
    <message>
        <source>table %2 (round %1, next)</source>
        <translation>Tisch %2 (Runde %1, als Nächstes)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>(round %1, now)</source>
        <translation>(Runde %1, jetzt)</translation>
    </message>
    <message>
        <source>(round %1, next)</source>
        <translation>(Runde %1, als Nächstes)</translation>
    </message>
    <message>
        <source>round %1: table %2</source>
        <translation>Runde %1: Tisch %2</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>danach %1</translation>
    </message>
</context>
<context>
    <name>PretixDialog</name>
    <message>
        <source>pretix</source>
        <translation>pretix</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>Organizer (short name):</source>
        <translation>Veranstalter (Kurzform):</translation>
    </message>
    <message>
        <source>Event (short name):</source>
        <translation>Veranstaltung (Kurzform):</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <source>Check-in list:</source>
        <translation>Check-in-Liste:</translation>
    </message>
    <message>
        <source>Programme item:</source>
        <translation>Programmpunkt:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Pull attendees</source>
        <translation>Teilnehmende &amp;abrufen</translation>
    </message>
    <message>
        <source>P&amp;ush check-ins</source>
        <translation>Check-ins &amp;übertragen</translation>
    </message>
    <message>
        <source>Guest category of each product (double-click to change)</source>
        <translation>Gästekategorie je Produkt (Doppelklick zum Ändern)</translation>
    </message>
    <message>
        <source>kept on this computer only</source>
        <translation>bleibt nur auf diesem Computer</translation>
    </message>
    <message>
        <source>on this computer – leave empty to keep it</source>
        <translation>auf diesem Computer – leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>Not connected to pretix yet.</source>
        <translation>Noch nicht mit pretix verbunden.</translation>
    </message>
    <message>
        <source>Connected to %1 – event %2, check-in list %3, for the programme item %4.</source>
        <translation>Verbunden mit %1 – Veranstaltung %2, Check-in-Liste %3, für den Programmpunkt %4.</translation>
    </message>
    <message>
        <source>The API token is not on this computer: connect here to pull and push.</source>
        <translation>Der API-Token ist nicht auf diesem Computer: verbinden Sie sich hier, um abzurufen und zu übertragen.</translation>
    </message>
    <message>
        <source>Last pull: %1 – tickets: %2.</source>
        <translation>Zuletzt abgerufen: %1 – Tickets: %2.</translation>
    </message>
    <message>
        <source>Not pulled yet.</source>
        <translation>Noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Check-ins and check-outs waiting to be pushed: %1.</source>
        <translation>Noch zu übertragende Check-ins und Check-outs: %1.</translation>
    </message>
    <message>
        <source>To annul: %1.</source>
        <translation>Zu annullieren: %1.</translation>
    </message>
    <message>
        <source>In pretix: %1.</source>
        <translation>In pretix: %1.</translation>
    </message>
    <message>
        <source>Last push: %1.</source>
        <translation>Zuletzt übertragen: %1.</translation>
    </message>
    <message>
        <source>Refused by pretix: %1.</source>
        <translation>Von pretix abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Walk-ins, not in pretix: %1.</source>
        <translation>Gäste ohne Anmeldung, nicht in pretix: %1.</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Bitte ausfüllen: %1.</translation>
    </message>
    <message>
        <source>The event has several check-in lists: choose one, then Connect.</source>
        <translation>Die Veranstaltung hat mehrere Check-in-Listen: wählen Sie eine, dann „Verbinden“.</translation>
    </message>
    <message>
        <source>Connected: %1 – tickets on the list: %2. Next: Pull attendees.</source>
        <translation>Verbunden: %1 – Tickets auf der Liste: %2. Als Nächstes: Teilnehmende abrufen.</translation>
    </message>
    <message>
        <source>Pulled – added: %1, updated: %2, cancelled: %3, restored: %4 (orders read: %5).</source>
        <translation>Abgerufen – neu: %1, geändert: %2, storniert: %3, wiederhergestellt: %4 (gelesene Bestellungen: %5).</translation>
    </message>
    <message>
        <source>Pushed to pretix – check-ins: %1, annulled: %2, refused: %3.</source>
        <translation>An pretix übertragen – Check-ins: %1, annulliert: %2, abgelehnt: %3.</translation>
    </message>
    <message>
        <source>Category saved; guests changed with their product: %1.</source>
        <translation>Kategorie gespeichert; mit ihrem Produkt geänderte Gäste: %1.</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Print queue</source>
        <translation>Druckwarteschlange</translation>
    </message>
    <message>
        <source>Another printer (R)</source>
        <translation>Anderer Drucker (R)</translation>
    </message>
    <message>
        <source>Cancel job (Del)</source>
        <translation>Auftrag abbrechen (Entf)</translation>
    </message>
    <message>
        <source>Printers of this desk</source>
        <translation>Drucker dieses Schalters</translation>
    </message>
    <message>
        <source>Add to pool</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source> labels left</source>
        <translation> Etiketten übrig</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Few labels left – put in a new roll</source>
        <translation>Nur noch wenige Etiketten – neue Rolle einlegen</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>pretix product</source>
        <translation>pretix-Produkt</translation>
    </message>
    <message>
        <source>Guest category</source>
        <translation>Gästekategorie</translation>
    </message>
    <message>
        <source>(guessed)</source>
        <translation>(vermutet)</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme items</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <source>&amp;New programme item…</source>
        <translation>&amp;Neuer Programmpunkt …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Import programme items</source>
        <translation>Programmpunkte importieren</translation>
    </message>
    <message>
        <source>Programme lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Programmlisten (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 programme items added, %2 updated.</source>
        <translation>%1 Programmpunkte hinzugefügt, %2 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>Programmpunkt bearbeiten</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <source>Open to &amp;all guests (else: registered guests only)</source>
        <translation>Für &amp;alle Gäste (sonst nur angemeldete Gäste)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Programme item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <source>all guests</source>
        <translation>alle Gäste</translation>
    </message>
    <message>
        <source>registered guests</source>
        <translation>angemeldete Gäste</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Place (mm)</source>
        <translation>Position (mm)</translation>
    </message>
    <message>
        <source>e.g. logo</source>
        <translation>z. B. logo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Left, top:</source>
        <translation>Links, oben:</translation>
    </message>
    <message>
        <source>Width, height:</source>
        <translation>Breite, Höhe:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Kategoriefarbe</translation>
    </message>
    <message>
        <source>Capitals</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>Abbreviate legal forms first</source>
        <translation>Erst Rechtsformen abkürzen</translation>
    </message>
    <message>
        <source>Same size on a whole sheet</source>
        <translation>Gleiche Größe auf dem ganzen Bogen</translation>
    </message>
    <message>
        <source>Type grows with larger badges</source>
        <translation>Schrift wächst mit größeren Schildern</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Zeigt:</translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <translation>Text (%1):</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Schrift:</translation>
    </message>
    <message>
        <source>Size, smallest:</source>
        <translation>Größe, kleinste:</translation>
    </message>
    <message>
        <source>Lines at most:</source>
        <translation>Höchstens Zeilen:</translation>
    </message>
    <message>
        <source>Share of the height:</source>
        <translation>Anteil an der Höhe:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Alignment:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>Vertikal:</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <source>White square behind the code (on artwork)</source>
        <translation>Weißes Feld hinter dem Code (auf Hintergrund)</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation>Einpassen:</translation>
    </message>
    <message>
        <source>PDF page:</source>
        <translation>PDF-Seite:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Fill:</source>
        <translation>Füllung:</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>Kontur:</translation>
    </message>
    <message>
        <source>Outline width:</source>
        <translation>Linienbreite:</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <source>New badge for %1</source>
        <translation>Neues Namensschild für %1</translation>
    </message>
    <message>
        <source>Lost – the old badge must not let anyone in</source>
        <translation>Verloren – mit dem alten Namensschild kommt niemand mehr hinein</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Misprinted (a typo)</source>
        <translation>Fehldruck (Tippfehler)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Void old badge</source>
        <translation>Altes Namensschild &amp;sperren</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Print badge now (F8)</source>
        <translation>Namensschild jetzt drucken (F8)</translation>
    </message>
    <message>
        <source>It was printed (F9)</source>
        <translation>Wurde gedruckt (F9)</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>Save host sheets</source>
        <translation>Tischblätter speichern</translation>
    </message>
    <message>
        <source>Meeting rounds – %1</source>
        <translation>Gesprächsrunden – %1</translation>
    </message>
    <message>
        <source>Plan automatically</source>
        <translation>Automatisch planen</translation>
    </message>
    <message>
        <source>Host sheets…</source>
        <translation>Tischblätter für Gastgeber…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Runden:</translation>
    </message>
    <message>
        <source>%1 host sheets written to %2</source>
        <translation>%1 Tischblätter in %2 geschrieben</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>No rounds yet: choose how many and plan them.</source>
        <translation>Noch keine Runden: Anzahl wählen und planen.</translation>
    </message>
    <message>
        <source>needed – none free</source>
        <translation>benötigt – keiner frei</translation>
    </message>
    <message>
        <source>%1 people at %2 tables.</source>
        <translation>%1 Personen an %2 Tischen.</translation>
    </message>
    <message>
        <source>Open interpreter needs: tables %1</source>
        <translation>Noch ohne Dolmetscher: Tische %1</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <source>Scan a badge – or type its code and press Enter</source>
        <translation>Namensschild scannen – oder den Code eintippen und Enter drücken</translation>
    </message>
    <message>
        <source>Scanner keyboard layout repaired (%1).</source>
        <translation>Tastaturbelegung des Scanners korrigiert (%1).</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>already checked in</source>
        <translation>bereits eingecheckt</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>ausgecheckt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Name, organisation or e-mail – any spelling, Latin or Cyrillic</source>
        <translation>Name, Organisation oder E-Mail – jede Schreibweise, lateinisch oder kyrillisch</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter: check in · Esc: back to scanning</source>
        <translation>↑ ↓ auswählen · Enter: einchecken · Esc: zurück zum Scannen</translation>
    </message>
    <message>
        <source>Register as a walk-in (F4)</source>
        <translation>Als Gast ohne Anmeldung aufnehmen (F4)</translation>
    </message>
    <message>
        <source>No guest found for “%1”.</source>
        <translation>Kein Gast gefunden für „%1“.</translation>
    </message>
</context>
<context>
    <name>SeatingModel</name>
    <message>
        <source>Table / guest</source>
        <translation>Tisch / Gast</translation>
    </message>
    <message>
        <source>Organisation / host</source>
        <translation>Firma / Gastgeber</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Seats / locked</source>
        <translation>Plätze / fest</translation>
    </message>
    <message>
        <source>Not seated</source>
        <translation>Ohne Platz</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Over capacity: %1 guests for %2 seats.</source>
        <translation>Überbelegt: %1 Gäste für %2 Plätze.</translation>
    </message>
    <message>
        <source>Visitor (delegation)</source>
        <translation>Besucher (Delegation)</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <source>Seating</source>
        <translation>Sitzordnung</translation>
    </message>
    <message>
        <source>Filter: name, organisation, field…</source>
        <translation>Filter: Name, Organisation, Branche…</translation>
    </message>
    <message>
        <source>&amp;Seat at table</source>
        <translation>An Tisch &amp;setzen</translation>
    </message>
    <message>
        <source>&amp;Remove seat</source>
        <translation>Platz &amp;entfernen</translation>
    </message>
    <message>
        <source>Seat &amp;automatically…</source>
        <translation>&amp;Automatisch setzen…</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tische:</translation>
    </message>
    <message>
        <source>Not seated</source>
        <translation>Ohne Platz</translation>
    </message>
    <message>
        <source>Tables (drag guests onto a table)</source>
        <translation>Tische (Gäste auf einen Tisch ziehen)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Floor plan</source>
        <translation>Saal&amp;plan</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Alle Tische</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Überbelegt</translation>
    </message>
    <message>
        <source>With free seats</source>
        <translation>Mit freien Plätzen</translation>
    </message>
    <message>
        <source>%1 guests seated, %2 without a seat; %3 seats at %4 tables.</source>
        <translation>%1 Gäste mit Platz, %2 ohne Platz; %3 Plätze an %4 Tischen.</translation>
    </message>
    <message>
        <source>Over capacity: table %1.</source>
        <translation>Überbelegt: Tisch %1.</translation>
    </message>
    <message>
        <source>Select one or more guests first.</source>
        <translation>Bitte zuerst einen oder mehrere Gäste auswählen.</translation>
    </message>
    <message>
        <source>Automatic seating: %1 guests changed table.</source>
        <translation>Automatische Sitzordnung: %1 Gäste haben den Tisch gewechselt.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>checkin – start</source>
        <translation>checkin – Start</translation>
    </message>
    <message>
        <source>The check-in desk for your event: one file per event, no internet needed.</source>
        <translation>Der Check-in-Schalter für Ihre Veranstaltung: eine Datei je Veranstaltung, kein Internet nötig.</translation>
    </message>
    <message>
        <source>New event… (Ctrl+N)</source>
        <translation>Neue Veranstaltung… (Strg+N)</translation>
    </message>
    <message>
        <source>Open event… (Ctrl+O)</source>
        <translation>Veranstaltung öffnen… (Strg+O)</translation>
    </message>
    <message>
        <source>Try the demo event</source>
        <translation>Beispielveranstaltung ausprobieren</translation>
    </message>
    <message>
        <source>Recent events (Enter opens):</source>
        <translation>Zuletzt geöffnet (Enter öffnet):</translation>
    </message>
    <message>
        <source>No events yet: create a new one, or look around in the demo event first.</source>
        <translation>Noch keine Veranstaltungen: legen Sie eine neue an oder sehen Sie sich zuerst die Beispielveranstaltung an.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>kein Tisch</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>keine Organisation</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>By table</source>
        <translation>Nach Tisch</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Nach Organisation</translation>
    </message>
    <message>
        <source>%1 guests expected, %2 checked in at one programme item or more.</source>
        <translation>%1 Gäste erwartet, %2 bei mindestens einem Programmpunkt eingecheckt.</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <source>Substitute for %1</source>
        <translation>Vertretung für %1</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Hand over the registration</source>
        <translation>Anmeldung &amp;übertragen</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Edit table</source>
        <translation>Tisch bearbeiten</translation>
    </message>
    <message>
        <source>New table</source>
        <translation>Neuer Tisch</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Theme (field):</source>
        <translation>&amp;Thema (Branche):</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Gastgeber:</translation>
    </message>
    <message>
        <source>Position (x, y):</source>
        <translation>Position (x, y):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>TablesDialog</name>
    <message>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>&amp;New table…</source>
        <translation>&amp;Neuer Tisch…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Table %1 added.</source>
        <translation>Tisch %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Table %1 saved.</source>
        <translation>Tisch %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Tisch löschen</translation>
    </message>
    <message>
        <source>%1 guests sit at table %2. Delete it and leave them without a seat?</source>
        <translation>An Tisch %2 sitzen %1 Gäste. Tisch löschen und die Gäste ohne Platz lassen?</translation>
    </message>
    <message>
        <source>Table %1 deleted.</source>
        <translation>Tisch %1 gelöscht.</translation>
    </message>
    <message>
        <source>Import tables</source>
        <translation>Tische importieren</translation>
    </message>
    <message>
        <source>Table lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tischlisten (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 tables added, %2 updated.</source>
        <translation>%1 Tische hinzugefügt, %2 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in guest</source>
        <translation>Gast ohne Anmeldung</translation>
    </message>
    <message>
        <source>Has only &amp;one name</source>
        <translation>Hat nur &amp;einen Namen</translation>
    </message>
    <message>
        <source>Check &amp;in now</source>
        <translation>Gleich &amp;einchecken</translation>
    </message>
    <message>
        <source>&amp;Print the badge now</source>
        <translation>Namensschild gleich &amp;drucken</translation>
    </message>
    <message>
        <source>Already registered? Enter checks in the guest selected here (↑ ↓ choose).</source>
        <translation>Schon angemeldet? Enter checkt den hier gewählten Gast ein (↑ ↓ wählen).</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Aufnehmen</translation>
    </message>
    <message>
        <source>Check in the selected guest</source>
        <translation>Gewählten Gast einchecken</translation>
    </message>
    <message>
        <source>Register as a &amp;new guest anyway</source>
        <translation>Trotzdem als &amp;neuen Gast aufnehmen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&amp;About checkin…</source>
        <translation>Ü&amp;ber checkin…</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>The admin PIN of this event was removed outside checkin (with another program). The audit trail records it. Set a new PIN now.</source>
        <translation>Die Admin-PIN dieser Veranstaltung wurde außerhalb von checkin (mit einem anderen Programm) entfernt. Das Protokoll hält es fest. Legen Sie jetzt eine neue PIN fest.</translation>
    </message>
    <message>
        <source>Admin mode</source>
        <translation>Verwaltungsmodus</translation>
    </message>
    <message>
        <source>Admin PIN:</source>
        <translation>Admin-PIN:</translation>
    </message>
    <message>
        <source>Wrong admin PIN.</source>
        <translation>Falsche Admin-PIN.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <source>Current admin PIN:</source>
        <translation>Bisherige Admin-PIN:</translation>
    </message>
    <message>
        <source>This event has no admin PIN yet. Choose one (at least %1 characters):</source>
        <translation>Diese Veranstaltung hat noch keine Admin-PIN. Bitte eine wählen (mindestens %1 Zeichen):</translation>
    </message>
    <message>
        <source>New admin PIN:</source>
        <translation>Neue Admin-PIN:</translation>
    </message>
    <message>
        <source>The new admin PIN again:</source>
        <translation>Neue Admin-PIN wiederholen:</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>&amp;Unlock admin mode…</source>
        <translation>Verwaltungsmodus &amp;entsperren…</translation>
    </message>
    <message>
        <source>&amp;Lock admin mode</source>
        <translation>Verwaltungsmodus &amp;sperren</translation>
    </message>
    <message>
        <source>Set admin &amp;PIN…</source>
        <translation>Admin-&amp;PIN festlegen…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>Sicherungs&amp;ordner…</translation>
    </message>
    <message>
        <source>&amp;Show backups</source>
        <translation>Sicherungen &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode (self check-in)…</source>
        <translation>&amp;Kioskmodus (Selbst-Check-in)…</translation>
    </message>
    <message>
        <source>Admin mode on</source>
        <translation>Verwaltungsmodus an</translation>
    </message>
    <message>
        <source>Admin mode on.</source>
        <translation>Verwaltungsmodus an.</translation>
    </message>
    <message>
        <source>Admin mode off.</source>
        <translation>Verwaltungsmodus aus.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlassen</translation>
    </message>
    <message>
        <source>The event file is gone – check-ins are NOT saved</source>
        <translation>Die Veranstaltungsdatei ist weg – Check-ins werden NICHT gespeichert</translation>
    </message>
</context>
<context>
    <name>badge_lifecycle</name>
    <message>
        <source>Choose a guest first: scan the badge or select them in the list (F5).</source>
        <translation>Zuerst einen Gast wählen: Namensschild scannen oder in der Liste (F5) auswählen.</translation>
    </message>
    <message>
        <source>The old badge of %1 is void now.</source>
        <translation>Das alte Namensschild von %1 ist jetzt ungültig.</translation>
    </message>
    <message>
        <source>&amp;New badge (lost, damaged, misprinted)…</source>
        <translation>&amp;Neues Namensschild (verloren, beschädigt, Fehldruck)…</translation>
    </message>
    <message>
        <source>Su&amp;bstitute (a colleague comes instead)…</source>
        <translation>&amp;Vertretung (ein Kollege kommt stattdessen)…</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>&amp;Camera scanning</source>
        <translation>Scannen mit &amp;Kamera</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{path}: no such event file.</source>
        <translation>{path}: Diese Veranstaltungsdatei gibt es nicht.</translation>
    </message>
    <message>
        <source>{path}: a file with this name already exists.</source>
        <translation>{path}: Eine Datei mit diesem Namen gibt es schon.</translation>
    </message>
    <message>
        <source>{path}: this is not a checkin event file.</source>
        <translation>{path}: Das ist keine checkin-Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>{path}: the event file is damaged ({detail}).</source>
        <translation>{path}: Die Veranstaltungsdatei ist beschädigt ({detail}).</translation>
    </message>
    <message>
        <source>{path}: this event file was made by a newer version of checkin (file format {found}, this version reads up to {supported}). Please update checkin.</source>
        <translation>{path}: Diese Veranstaltungsdatei stammt aus einer neueren checkin-Version (Dateiformat {found}, diese Version liest bis {supported}). Bitte aktualisieren Sie checkin.</translation>
    </message>
    <message>
        <source>{path}: the event file cannot be written (read-only medium or no permission).</source>
        <translation>{path}: In die Veranstaltungsdatei kann nicht geschrieben werden (schreibgeschütztes Medium oder keine Berechtigung).</translation>
    </message>
    <message>
        <source>There is no guest with id {guest_id}.</source>
        <translation>Es gibt keinen Gast mit der ID {guest_id}.</translation>
    </message>
    <message>
        <source>No guest has the badge code, uid or id {text!r}.</source>
        <translation>Kein Gast hat den Namensschild-Code, die UID oder die Nummer {text!r}.</translation>
    </message>
    <message>
        <source>There is no table {table}.</source>
        <translation>Es gibt keinen Tisch {table}.</translation>
    </message>
    <message>
        <source>There is no programme item {item}.</source>
        <translation>Es gibt keinen Programmpunkt {item}.</translation>
    </message>
    <message>
        <source>This event has no programme items yet.</source>
        <translation>Diese Veranstaltung hat noch keine Programmpunkte.</translation>
    </message>
    <message>
        <source>Guest {guest_id} has check-ins and cannot be deleted; cancel the registration instead.</source>
        <translation>Gast {guest_id} hat Check-ins und kann nicht gelöscht werden; stornieren Sie stattdessen die Anmeldung.</translation>
    </message>
    <message>
        <source>A guest needs a given name or a family name.</source>
        <translation>Ein Gast braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <source>Enter the family name – or tick “Has only one name”.</source>
        <translation>Bitte den Nachnamen eingeben – oder „Hat nur einen Namen“ ankreuzen.</translation>
    </message>
    <message>
        <source>Unknown guest field: {field}.</source>
        <translation>Unbekanntes Gastfeld: {field}.</translation>
    </message>
    <message>
        <source>Invalid value for {field}: {value!r}.</source>
        <translation>Ungültiger Wert für {field}: {value!r}.</translation>
    </message>
    <message>
        <source>There is nothing to undo for {guest} at {item}.</source>
        <translation>Für {guest} gibt es bei {item} nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>{guest} is not checked in at {item}.</source>
        <translation>{guest} ist bei {item} nicht eingecheckt.</translation>
    </message>
    <message>
        <source>The code {code} already checks in {guest}; a code belongs to one guest.</source>
        <translation>Der Code {code} checkt schon {guest} ein; ein Code gehört zu einem Gast.</translation>
    </message>
    <message>
        <source>A table with number {number} already exists.</source>
        <translation>Einen Tisch mit der Nummer {number} gibt es schon.</translation>
    </message>
    <message>
        <source>Syncthing did not start (its files are in {home}).</source>
        <translation>Syncthing ist nicht gestartet (seine Dateien liegen in {home}).</translation>
    </message>
    <message>
        <source>Syncthing refused {path}: {detail}</source>
        <translation>Syncthing hat {path} abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>This is not a valid join code: {detail}</source>
        <translation>Das ist kein gültiger Beitrittscode: {detail}</translation>
    </message>
    <message>
        <source>No data arrived from the other desk within {seconds} s: is it syncing and on the same network, and is the join code the one it shows now?</source>
        <translation>Innerhalb von {seconds} s kamen keine Daten vom anderen Schalter: Gleicht er ab, ist er im selben Netzwerk, und ist der Beitrittscode der, den er jetzt zeigt?</translation>
    </message>
    <message>
        <source>This desk was removed from the event: the other desks no longer accept it or the join code it used. An admin can give a new join code.</source>
        <translation>Dieser Schalter wurde aus der Veranstaltung entfernt: Die anderen Schalter nehmen weder ihn noch seinen Beitrittscode noch an. Ein Admin kann einen neuen Beitrittscode ausgeben.</translation>
    </message>
    <message>
        <source>This join code was already used by another desk: ask for a new one.</source>
        <translation>Dieser Beitrittscode wurde schon von einem anderen Schalter benutzt: Bitten Sie um einen neuen.</translation>
    </message>
    <message>
        <source>This join code has expired: ask for a new one.</source>
        <translation>Dieser Beitrittscode ist abgelaufen: Bitten Sie um einen neuen.</translation>
    </message>
    <message>
        <source>This join code was withdrawn by an admin: ask for a new one.</source>
        <translation>Dieser Beitrittscode wurde von einem Admin zurückgezogen: Bitten Sie um einen neuen.</translation>
    </message>
    <message>
        <source>This desk was removed from the event by another desk; it no longer syncs.</source>
        <translation>Dieser Schalter wurde von einem anderen Schalter aus der Veranstaltung entfernt; er gleicht nicht mehr ab.</translation>
    </message>
    <message>
        <source>{path}: this event is not shared with other desks yet.</source>
        <translation>{path}: Diese Veranstaltung wird noch nicht mit anderen Schaltern geteilt.</translation>
    </message>
    <message>
        <source>Unknown badge layout {layout!r}; known layouts: {known}.</source>
        <translation>Unbekanntes Namensschild-Layout {layout!r}; bekannte Layouts: {known}.</translation>
    </message>
    <message>
        <source>Badge layout {layout}: the badges do not fit on the page.</source>
        <translation>Namensschild-Layout {layout}: Die Namensschilder passen nicht auf die Seite.</translation>
    </message>
    <message>
        <source>No guests selected: there are no badges to print.</source>
        <translation>Keine Gäste ausgewählt: Es gibt keine Namensschilder zu drucken.</translation>
    </message>
    <message>
        <source>{item} has no meeting rounds yet (give the number of rounds).</source>
        <translation>{item} hat noch keine Gesprächsrunden (geben Sie die Anzahl der Runden an).</translation>
    </message>
    <message>
        <source>There is no round {round}.</source>
        <translation>Es gibt keine Runde {round}.</translation>
    </message>
    <message>
        <source>Guest {guest_id} is not an interpreter.</source>
        <translation>Gast {guest_id} ist kein Dolmetscher.</translation>
    </message>
    <message>
        <source>Interpreter {guest_id} is already at another table in round {round}.</source>
        <translation>Dolmetscher {guest_id} ist in Runde {round} schon an einem anderen Tisch.</translation>
    </message>
    <message>
        <source>There is no delegation {delegation}.</source>
        <translation>Es gibt keine Delegation {delegation}.</translation>
    </message>
    <message>
        <source>{path} is open in another checkin ({holder}). Close it there first, or open a copy read-only.</source>
        <translation>{path} ist in einem anderen checkin geöffnet ({holder}). Schließen Sie die Datei dort zuerst oder öffnen Sie eine Kopie schreibgeschützt.</translation>
    </message>
    <message>
        <source>{path}: the event file cannot be reached ({detail}).</source>
        <translation>{path}: Die Veranstaltungsdatei ist nicht erreichbar ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the event file is damaged ({detail}). The last good backup is {backup_path} (from {backup_time}).</source>
        <translation>{path}: Die Veranstaltungsdatei ist beschädigt ({detail}). Die letzte intakte Sicherung ist {backup_path} (vom {backup_time}).</translation>
    </message>
    <message>
        <source>{path}: the event file is damaged ({detail}) and there is no good backup of it.</source>
        <translation>{path}: Die Veranstaltungsdatei ist beschädigt ({detail}), und es gibt keine intakte Sicherung davon.</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was saved. Free some space and try again.</source>
        <translation>{path}: Der Datenträger ist voll; nichts wurde gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path}: the event file could not be written ({detail}); nothing was saved.</source>
        <translation>{path}: Die Veranstaltungsdatei konnte nicht geschrieben werden ({detail}); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>{path}: the event file was deleted, moved or replaced while this desk had it open. Nothing more is saved: check-ins are refused. Close the event and open the right file (or restore a backup).</source>
        <translation>{path}: Die Veranstaltungsdatei wurde gelöscht, verschoben oder ersetzt, während dieser Schalter sie geöffnet hatte. Es wird nichts mehr gespeichert: Check-ins werden abgelehnt. Schließen Sie die Veranstaltung und öffnen Sie die richtige Datei (oder stellen Sie eine Sicherung wieder her).</translation>
    </message>
    <message>
        <source>{path}: this event file has {links} names (hard links); two desks could write it under different names and lose check-ins. Copy the file and open the copy.</source>
        <translation>{path}: Diese Veranstaltungsdatei hat {links} Namen (harte Links); zwei Schalter könnten sie unter verschiedenen Namen schreiben und Check-ins verlieren. Kopieren Sie die Datei und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>{path}: the event file could not be upgraded from file format {found} to {supported} ({detail}). It was left unchanged.</source>
        <translation>{path}: Die Veranstaltungsdatei konnte nicht vom Dateiformat {found} auf {supported} aktualisiert werden ({detail}). Sie ist unverändert geblieben.</translation>
    </message>
    <message>
        <source>{path}: no such backup.</source>
        <translation>{path}: Diese Sicherung gibt es nicht.</translation>
    </message>
    <message>
        <source>{path}: this backup is damaged ({detail}) and cannot be restored.</source>
        <translation>{path}: Diese Sicherung ist beschädigt ({detail}) und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>{path} is open in another checkin ({holder}); close it there before restoring.</source>
        <translation>{path} ist in einem anderen checkin geöffnet ({holder}); schließen Sie die Datei dort vor dem Wiederherstellen.</translation>
    </message>
    <message>
        <source>The admin PIN needs at least {min} characters.</source>
        <translation>Die Admin-PIN braucht mindestens {min} Zeichen.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Wrong admin PIN.</source>
        <translation>Falsche Admin-PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in {seconds} seconds.</source>
        <translation>Zu viele falsche PINs: Versuchen Sie es in {seconds} Sekunden erneut.</translation>
    </message>
    <message>
        <source>This event has no admin PIN yet.</source>
        <translation>Diese Veranstaltung hat noch keine Admin-PIN.</translation>
    </message>
    <message>
        <source>The admin PIN may have at most {max} characters.</source>
        <translation>Die Admin-PIN darf höchstens {max} Zeichen haben.</translation>
    </message>
    <message>
        <source>The stored admin PIN is unreadable (changed outside checkin); no PIN matches it.</source>
        <translation>Die gespeicherte Admin-PIN ist unlesbar (außerhalb von checkin geändert); keine PIN passt dazu.</translation>
    </message>
    <message>
        <source>{path} has an admin PIN: give it with --pin, or run the command in a terminal to be asked for it.</source>
        <translation>{path} hat eine Admin-PIN: Geben Sie sie mit --pin an oder starten Sie den Befehl in einem Terminal, dann wird danach gefragt.</translation>
    </message>
    <message>
        <source>Removing personal data cannot be undone: confirm it (--yes-delete-personal-data).</source>
        <translation>Das Löschen personenbezogener Daten kann nicht rückgängig gemacht werden: Bitte bestätigen (--yes-delete-personal-data).</translation>
    </message>
    <message>
        <source>{path}: the export could not be written ({detail}).</source>
        <translation>{path}: Der Export konnte nicht geschrieben werden ({detail}).</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read ({detail}).</source>
        <translation>{path}: Die Datei kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the file is empty.</source>
        <translation>{path}: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>{path}: the file has a header row but no guests below it.</source>
        <translation>{path}: Die Datei hat eine Kopfzeile, aber darunter keine Gäste.</translation>
    </message>
    <message>
        <source>{path}: this is not a guest list (binary data, neither text nor a workbook).</source>
        <translation>{path}: Das ist keine Gästeliste (Binärdaten, weder Text noch Arbeitsmappe).</translation>
    </message>
    <message>
        <source>{path}: not a readable Excel workbook (damaged, or another kind of file renamed).</source>
        <translation>{path}: keine lesbare Excel-Arbeitsmappe (beschädigt oder eine umbenannte Datei anderen Typs).</translation>
    </message>
    <message>
        <source>{path}: old Excel format (.xls); save it as .xlsx or CSV in Excel and import that.</source>
        <translation>{path}: altes Excel-Format (.xls); speichern Sie die Datei in Excel als .xlsx oder CSV und importieren Sie diese.</translation>
    </message>
    <message>
        <source>{path}: the file is too large for a guest list ({size} MB; limit {limit} MB).</source>
        <translation>{path}: Die Datei ist zu groß für eine Gästeliste ({size} MB; Grenze {limit} MB).</translation>
    </message>
    <message>
        <source>{path}: the file has more than {limit} rows with data; a guest list may have {limit}.</source>
        <translation>{path}: Die Datei hat mehr als {limit} Zeilen mit Daten; eine Gästeliste darf {limit} haben.</translation>
    </message>
    <message>
        <source>{path}, row {row}: {columns} columns; a guest list may have {limit}.</source>
        <translation>{path}, Zeile {row}: {columns} Spalten; eine Gästeliste darf {limit} haben.</translation>
    </message>
    <message>
        <source>{path}, row {row}: a cell is longer than {limit} characters: this is not a guest list, or a quote mark is missing.</source>
        <translation>{path}, Zeile {row}: Eine Zelle ist länger als {limit} Zeichen: Das ist keine Gästeliste, oder ein Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>{path}: the workbook unpacks to {size} MB, more than any guest list (limit {limit} MB); it is damaged or made to exhaust memory.</source>
        <translation>{path}: Die Arbeitsmappe entpackt sich zu {size} MB, mehr als jede Gästeliste (Grenze {limit} MB); sie ist beschädigt oder soll den Speicher erschöpfen.</translation>
    </message>
    <message>
        <source>{path}: this is a pipe or a device, not a file; save the guest list as a file.</source>
        <translation>{path}: Das ist eine Pipe oder ein Gerät, keine Datei; speichern Sie die Gästeliste als Datei.</translation>
    </message>
    <message>
        <source>{path}: there is not enough memory to read this file; close other programs or split the list into smaller files.</source>
        <translation>{path}: Der Speicher reicht nicht, um diese Datei zu lesen; schließen Sie andere Programme oder teilen Sie die Liste in kleinere Dateien.</translation>
    </message>
    <message>
        <source>{path}, line {line}: the file contains a NUL character, which no text list has: it is damaged or not a guest list.</source>
        <translation>{path}, Zeile {line}: Die Datei enthält ein NUL-Zeichen, das keine Textliste hat: Sie ist beschädigt oder keine Gästeliste.</translation>
    </message>
    <message>
        <source>{path}: the sheet {sheet!r} is empty.</source>
        <translation>{path}: Das Blatt {sheet!r} ist leer.</translation>
    </message>
    <message>
        <source>{path}: there is no sheet {sheet!r}; the sheets are: {sheets}.</source>
        <translation>{path}: Es gibt kein Blatt {sheet!r}; die Blätter sind: {sheets}.</translation>
    </message>
    <message>
        <source>{path}: no header row with column names was found.</source>
        <translation>{path}: Es wurde keine Kopfzeile mit Spaltennamen gefunden.</translation>
    </message>
    <message>
        <source>{path}: no column holds guest names; map one, e.g. --map "Name=name".</source>
        <translation>{path}: Keine Spalte enthält Gästenamen; ordnen Sie eine zu, z. B. --map "Name=name".</translation>
    </message>
    <message>
        <source>The mapping names column {column!r}, which the file does not have.</source>
        <translation>Die Zuordnung nennt die Spalte {column!r}, die es in der Datei nicht gibt.</translation>
    </message>
    <message>
        <source>Unknown field {field!r} for column {column!r}; fields: {fields}.</source>
        <translation>Unbekanntes Feld {field!r} für Spalte {column!r}; Felder: {fields}.</translation>
    </message>
    <message>
        <source>{path}: the table list cannot be read ({detail}).</source>
        <translation>{path}: Die Tischliste kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the file lists no tables.</source>
        <translation>{path}: Die Datei enthält keine Tische.</translation>
    </message>
    <message>
        <source>{path}: no column holds the table number (found: {columns}); name one "Number", "Tisch" or "Номер".</source>
        <translation>{path}: Keine Spalte enthält die Tischnummer (gefunden: {columns}); nennen Sie eine „Number“, „Tisch“ oder „Номер“.</translation>
    </message>
    <message>
        <source>{path}, row {row}: the table number is missing.</source>
        <translation>{path}, Zeile {row}: Die Tischnummer fehlt.</translation>
    </message>
    <message>
        <source>{path}, row {row}, column {column}: {value!r} is not a number.</source>
        <translation>{path}, Zeile {row}, Spalte {column}: {value!r} ist keine Zahl.</translation>
    </message>
    <message>
        <source>{path}, row {row}: table {number} is listed twice (first in row {first}).</source>
        <translation>{path}, Zeile {row}: Tisch {number} steht doppelt in der Liste (zuerst in Zeile {first}).</translation>
    </message>
    <message>
        <source>A programme item needs a name.</source>
        <translation>Ein Programmpunkt braucht einen Namen.</translation>
    </message>
    <message>
        <source>{path}: the file lists no programme items.</source>
        <translation>{path}: Die Datei enthält keine Programmpunkte.</translation>
    </message>
    <message>
        <source>{path}: no column holds the item's name (found: {columns}); name one "Name", "Programmpunkt" or "Название".</source>
        <translation>{path}: Keine Spalte enthält den Namen des Programmpunkts (gefunden: {columns}); nennen Sie eine „Name“ oder „Programmpunkt“.</translation>
    </message>
    <message>
        <source>{path}, row {row}: the item's name is missing.</source>
        <translation>{path}, Zeile {row}: Der Name des Programmpunkts fehlt.</translation>
    </message>
    <message>
        <source>{path}, row {row}, column {column}: {value!r} is not a date and time (write 2027-04-20 09:00 or 20.04.2027 09:00).</source>
        <translation>{path}, Zeile {row}, Spalte {column}: {value!r} ist kein Datum mit Uhrzeit (schreiben Sie 20.04.2027 09:00 oder 2027-04-20 09:00).</translation>
    </message>
    <message>
        <source>Unknown reason {reason!r} for a new badge; reasons: {reasons}.</source>
        <translation>Unbekannter Grund {reason!r} für ein neues Namensschild; Gründe: {reasons}.</translation>
    </message>
    <message>
        <source>{guest} has cancelled: restore the registration before a new badge.</source>
        <translation>{guest} hat abgesagt: Stellen Sie vor einem neuen Namensschild die Anmeldung wieder her.</translation>
    </message>
    <message>
        <source>{guest} has had {limit} badges already; no further badge version can be issued.</source>
        <translation>{guest} hat bereits {limit} Namensschilder erhalten; eine weitere Version ist nicht möglich.</translation>
    </message>
    <message>
        <source>The substitute must be another person than {guest}.</source>
        <translation>Die Vertretung muss eine andere Person sein als {guest}.</translation>
    </message>
    <message>
        <source>There is no printer {printer!r}; printers: {known}.</source>
        <translation>Es gibt keinen Drucker {printer!r}; Drucker: {known}.</translation>
    </message>
    <message>
        <source>Printing is not available here ({detail}).</source>
        <translation>Drucken ist hier nicht verfügbar ({detail}).</translation>
    </message>
    <message>
        <source>Table {number} is used in the meeting rounds; take it out of the round plan first.</source>
        <translation>Tisch {number} wird in den Gesprächsrunden verwendet; nehmen Sie ihn zuerst aus dem Rundenplan.</translation>
    </message>
    <message>
        <source>The pretix server {url} cannot be reached ({detail}); nothing was changed.</source>
        <translation>Der pretix-Server {url} ist nicht erreichbar ({detail}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The certificate of {url} is not trusted ({detail}); nothing was changed. Check the address.</source>
        <translation>Dem Zertifikat von {url} wird nicht vertraut ({detail}); es wurde nichts geändert. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>pretix at {url} refused the API token; check that it was copied completely.</source>
        <translation>pretix unter {url} hat den API-Token abgelehnt; prüfen Sie, ob er vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>The API token's team may not read or check in the orders of {event}: give it 'Orders: View all and check-in' for this event.</source>
        <translation>Das Team des API-Tokens darf die Bestellungen von {event} nicht lesen oder einchecken: geben Sie ihm „Bestellungen: Alle lesen und einchecken“ für diese Veranstaltung.</translation>
    </message>
    <message>
        <source>pretix at {url} has no event {event} of organizer {organizer} for this token; its events: {events}.</source>
        <translation>pretix unter {url} hat für diesen Token keine Veranstaltung {event} des Veranstalters {organizer}; seine Veranstaltungen: {events}.</translation>
    </message>
    <message>
        <source>Event {event} has no check-in list {list}; its lists: {lists}.</source>
        <translation>Die Veranstaltung {event} hat keine Check-in-Liste {list}; ihre Listen: {lists}.</translation>
    </message>
    <message>
        <source>Event {event} has several check-in lists; choose one: {lists}.</source>
        <translation>Die Veranstaltung {event} hat mehrere Check-in-Listen; wählen Sie eine: {lists}.</translation>
    </message>
    <message>
        <source>Event {event} has no check-in list yet; create one in pretix first.</source>
        <translation>Die Veranstaltung {event} hat noch keine Check-in-Liste; legen Sie zuerst eine in pretix an.</translation>
    </message>
    <message>
        <source>Unexpected answer from pretix at {url} ({detail}); nothing was changed.</source>
        <translation>Unerwartete Antwort von pretix unter {url} ({detail}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{url} is not a web address (it should look like https://pretix.eu).</source>
        <translation>{url} ist keine Webadresse (sie sollte so aussehen: https://pretix.eu).</translation>
    </message>
    <message>
        <source>{path}: this event is not connected to pretix yet.</source>
        <translation>{path}: diese Veranstaltung ist noch nicht mit pretix verbunden.</translation>
    </message>
    <message>
        <source>The pretix API token of this event is not on this computer; connect again with the token.</source>
        <translation>Der pretix-API-Token dieser Veranstaltung ist nicht auf diesem Computer; verbinden Sie sich erneut mit dem Token.</translation>
    </message>
    <message>
        <source>There is no pretix product {product}; products: {known}.</source>
        <translation>Es gibt kein pretix-Produkt {product}; Produkte: {known}.</translation>
    </message>
    <message>
        <source>The badge design is not valid: {where} = {value}.</source>
        <translation>Die Gestaltung ist ungültig: {where} = {value}.</translation>
    </message>
    <message>
        <source>There is no badge design {name!r}; designs: {known}.</source>
        <translation>Es gibt keine Gestaltung {name!r}; Gestaltungen: {known}.</translation>
    </message>
    <message>
        <source>{name!r} is the built-in badge design; give yours another name.</source>
        <translation>{name!r} ist die eingebaute Gestaltung; geben Sie Ihrer einen anderen Namen.</translation>
    </message>
    <message>
        <source>Badge design {name}: an image is missing ({sha}).</source>
        <translation>Gestaltung {name}: ein Bild fehlt ({sha}).</translation>
    </message>
    <message>
        <source>{name}: the image cannot be read ({detail}).</source>
        <translation>{name}: das Bild ist nicht lesbar ({detail}).</translation>
    </message>
    <message>
        <source>{name}: not an image checkin can print; use PNG, JPEG, SVG or PDF.</source>
        <translation>{name}: kein Bild, das checkin drucken kann; nehmen Sie PNG, JPEG, SVG oder PDF.</translation>
    </message>
    <message>
        <source>{name}: the image is too large (limit {limit} MB).</source>
        <translation>{name}: das Bild ist zu groß (höchstens {limit} MB).</translation>
    </message>
    <message>
        <source>{path}: not a readable badge design file ({detail}).</source>
        <translation>{path}: keine lesbare Gestaltungsdatei ({detail}).</translation>
    </message>
    <message>
        <source>Badge design {name} cannot be printed: {problems}</source>
        <translation>Die Gestaltung {name} kann nicht gedruckt werden: {problems}</translation>
    </message>
    <message>
        <source>Badge design {name} has no logo place (an image element named "logo").</source>
        <translation>Die Gestaltung {name} hat keinen Logo-Platz (ein Bildelement namens "logo").</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>Seated at table {table} by hand.</source>
        <translation>Von Hand an Tisch {table} gesetzt.</translation>
    </message>
    <message>
        <source>Seat removed by hand.</source>
        <translation>Platz von Hand entfernt.</translation>
    </message>
    <message>
        <source>Table {table} from the imported list.</source>
        <translation>Tisch {table} aus der importierten Liste.</translation>
    </message>
    <message>
        <source>Kept at table {table}: set by hand.</source>
        <translation>Bleibt an Tisch {table}: von Hand gesetzt.</translation>
    </message>
    <message>
        <source>Table {table} ({theme}) matches the field {industry}.</source>
        <translation>Tisch {table} ({theme}) passt zur Branche {industry}.</translation>
    </message>
    <message>
        <source>Visitor ({delegation}): table {table} ({theme}) matches {industry}; the delegation is spread over the tables of its fields.</source>
        <translation>Besucher ({delegation}): Tisch {table} ({theme}) passt zu {industry}; die Delegation verteilt sich auf die Tische ihrer Branchen.</translation>
    </message>
    <message>
        <source>Sits with colleagues from {organisation} at table {table} ({theme}), which matches {industry}.</source>
        <translation>Sitzt mit Kollegen von {organisation} an Tisch {table} ({theme}), der zu {industry} passt.</translation>
    </message>
    <message>
        <source>Joins colleagues from {organisation} already seated at table {table}.</source>
        <translation>Setzt sich zu Kollegen von {organisation}, die schon an Tisch {table} sitzen.</translation>
    </message>
    <message>
        <source>Stays at table {table}.</source>
        <translation>Bleibt an Tisch {table}.</translation>
    </message>
    <message>
        <source>No table of the field had room for all of {organisation}: split, this one at table {table}.</source>
        <translation>Kein Tisch der Branche hatte Platz für alle von {organisation}: aufgeteilt, diese Person an Tisch {table}.</translation>
    </message>
    <message>
        <source>No field given: free seat at table {table}.</source>
        <translation>Keine Branche angegeben: freier Platz an Tisch {table}.</translation>
    </message>
    <message>
        <source>No table has the theme {industry}: free seat at table {table}.</source>
        <translation>Kein Tisch hat das Thema {industry}: freier Platz an Tisch {table}.</translation>
    </message>
    <message>
        <source>The tables for {industry} are full: free seat at table {table}.</source>
        <translation>Die Tische für {industry} sind voll: freier Platz an Tisch {table}.</translation>
    </message>
    <message>
        <source>No free seat left at any table.</source>
        <translation>An keinem Tisch ist noch ein Platz frei.</translation>
    </message>
    <message>
        <source>The tables for {industry} are full.</source>
        <translation>Die Tische für {industry} sind voll.</translation>
    </message>
    <message>
        <source>No table has the theme {industry}.</source>
        <translation>Kein Tisch hat das Thema {industry}.</translation>
    </message>
    <message>
        <source>The event has no tables yet.</source>
        <translation>Die Veranstaltung hat noch keine Tische.</translation>
    </message>
    <message>
        <source>Category {category} is not seated automatically.</source>
        <translation>Die Kategorie {category} wird nicht automatisch gesetzt.</translation>
    </message>
    <message>
        <source>Syncthing is needed for several desks. Linux: install the package 'syncthing' (sudo apt install syncthing). Windows and macOS: download Syncthing from https://syncthing.net/downloads/ and put syncthing(.exe) next to checkin or set CHECKIN_SYNCTHING to its path.</source>
        <translation>Für mehrere Schalter wird Syncthing benötigt. Linux: das Paket „syncthing“ installieren (sudo apt install syncthing). Windows und macOS: Syncthing von https://syncthing.net/downloads/ herunterladen und syncthing(.exe) neben checkin ablegen oder CHECKIN_SYNCTHING auf seinen Pfad setzen.</translation>
    </message>
    <message>
        <source>A6 single badge (105 × 148 mm), one per page</source>
        <translation>Einzelnes A6-Namensschild (105 × 148 mm), eines pro Seite</translation>
    </message>
    <message>
        <source>4 × A6 badges on A4, for cutting</source>
        <translation>4 × A6-Namensschilder auf A4, zum Schneiden</translation>
    </message>
    <message>
        <source>8 badge inserts 90 × 54 mm on A4 (perforated badge sheets)</source>
        <translation>8 Einsteckschilder 90 × 54 mm auf A4 (perforierte Bögen)</translation>
    </message>
    <message>
        <source>8 badges 90 × 54 mm on plain A4 with gaps and crop marks</source>
        <translation>8 Namensschilder 90 × 54 mm auf normalem A4 mit Abstand und Schnittmarken</translation>
    </message>
    <message>
        <source>CR80 plastic card (85.6 × 54 mm), one per page</source>
        <translation>CR80-Plastikkarte (85,6 × 54 mm), eine pro Seite</translation>
    </message>
    <message>
        <source>62 mm continuous label (Brother QL), 62 × 100 mm, one per page</source>
        <translation>62-mm-Endlosetikett (Brother QL), 62 × 100 mm, eines pro Seite</translation>
    </message>
    <message>
        <source>US badge 4 × 3 inch (101.6 × 76.2 mm), one per page</source>
        <translation>US-Namensschild 4 × 3 Zoll (101,6 × 76,2 mm), eines pro Seite</translation>
    </message>
    <message>
        <source>2 fold-over A6 badges on A4: front below, programme on the back above, fold in the middle</source>
        <translation>2 faltbare A6-Namensschilder auf A4: unten die Vorderseite, oben das Programm als Rückseite, in der Mitte falten</translation>
    </message>
    <message>
        <source>4 × A6 on A4, double-sided: programme and table on the back (print long-edge duplex)</source>
        <translation>4 × A6 auf A4, beidseitig: Programm und Tisch auf der Rückseite (Duplex über die lange Kante)</translation>
    </message>
    <message>
        <source>8 badges 90 × 54 mm on A4, double-sided: table on the back (long-edge duplex)</source>
        <translation>8 Namensschilder 90 × 54 mm auf A4, beidseitig: Tisch auf der Rückseite (Duplex über die lange Kante)</translation>
    </message>
    <message>
        <source>{guest}: {element} shrinks to {size} pt (below 7 pt)</source>
        <translation>{guest}: {element} schrumpft auf {size} pt (unter 7 pt)</translation>
    </message>
    <message>
        <source>{guest}: {element} is cut short: {shown}</source>
        <translation>{guest}: {element} wird abgeschnitten: {shown}</translation>
    </message>
    <message>
        <source>{guest}: {element} runs out of its place</source>
        <translation>{guest}: {element} ragt aus seinem Platz</translation>
    </message>
    <message>
        <source>{element}: the image has not reached this desk yet</source>
        <translation>{element}: das Bild ist an diesem Schalter noch nicht angekommen</translation>
    </message>
    <message>
        <source>{element}: the QR code's modules are {size} mm; at least 0.5 mm scan reliably</source>
        <translation>{element}: die Module des QR-Codes sind {size} mm; erst ab 0,5 mm wird er sicher gelesen</translation>
    </message>
    <message>
        <source>{element} lies on the QR code or its quiet zone (4 modules of white all round)</source>
        <translation>{element} liegt auf dem QR-Code oder seiner Ruhezone (4 Module Weiß rundum)</translation>
    </message>
    <message>
        <source>the front has no QR code</source>
        <translation>die Vorderseite hat keinen QR-Code</translation>
    </message>
    <message>
        <source>the line is damaged and cannot be read</source>
        <translation>die Zeile ist beschädigt und nicht lesbar</translation>
    </message>
    <message>
        <source>the line is longer than {limit} bytes</source>
        <translation>die Zeile ist länger als {limit} Bytes</translation>
    </message>
    <message>
        <source>it claims to come from another desk than the journal it is in ({detail})</source>
        <translation>er gibt sich als Eintrag eines anderen Schalters aus als des Protokolls, in dem er steht ({detail})</translation>
    </message>
    <message>
        <source>unknown kind of record ({detail})</source>
        <translation>unbekannte Art von Eintrag ({detail})</translation>
    </message>
    <message>
        <source>a required part is missing ({detail})</source>
        <translation>ein notwendiger Teil fehlt ({detail})</translation>
    </message>
    <message>
        <source>it sets something another desk may not change ({detail})</source>
        <translation>er setzt etwas, das ein anderer Schalter nicht ändern darf ({detail})</translation>
    </message>
    <message>
        <source>a value has the wrong type or is out of range ({detail})</source>
        <translation>ein Wert hat den falschen Typ oder liegt außerhalb des Bereichs ({detail})</translation>
    </message>
    <message>
        <source>a time is not a time, or is too far from this desk's clock ({detail})</source>
        <translation>eine Zeitangabe ist keine Zeit oder liegt zu weit von der Uhr dieses Schalters entfernt ({detail})</translation>
    </message>
    <message>
        <source>its badge code belongs to another guest at this desk ({detail})</source>
        <translation>sein Namensschild-Code gehört an diesem Schalter einem anderen Gast ({detail})</translation>
    </message>
    <message>
        <source>it refers to a record that was refused ({detail})</source>
        <translation>er bezieht sich auf einen abgelehnten Eintrag ({detail})</translation>
    </message>
    <message>
        <source>it could not be applied ({detail})</source>
        <translation>er konnte nicht übernommen werden ({detail})</translation>
    </message>
</context>
<context>
    <name>designer</name>
    <message>
        <source>&amp;Design badges…</source>
        <translation>Namensschilder &amp;gestalten…</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Name in the other script (Latin line)</source>
        <translation>Name in der anderen Schrift (lateinische Zeile)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Category (guest's language)</source>
        <translation>Kategorie (Sprache des Gastes)</translation>
    </message>
    <message>
        <source>Table (guest's language)</source>
        <translation>Tisch (Sprache des Gastes)</translation>
    </message>
    <message>
        <source>Table theme</source>
        <translation>Tischthema</translation>
    </message>
    <message>
        <source>Table and theme</source>
        <translation>Tisch und Thema</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Veranstaltungsname</translation>
    </message>
    <message>
        <source>Event dates</source>
        <translation>Veranstaltungsdaten</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Fester Text</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>Spalte: %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Background artwork</source>
        <translation>Hintergrundbild</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Rounded rectangle</source>
        <translation>Abgerundetes Rechteck</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>Ganzes Bild</translation>
    </message>
    <message>
        <source>Fill the place</source>
        <translation>Platz füllen</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Strecken</translation>
    </message>
    <message>
        <source>Sans</source>
        <translation>Serifenlos</translation>
    </message>
    <message>
        <source>Sans condensed</source>
        <translation>Serifenlos schmal</translation>
    </message>
</context>
<context>
    <name>desks</name>
    <message>
        <source>&amp;Desks panel…</source>
        <translation>&amp;Schalterübersicht…</translation>
    </message>
    <message>
        <source>&amp;Join an event from another desk…</source>
        <translation>Veranstaltung eines anderen Schalters &amp;beitreten…</translation>
    </message>
</context>
<context>
    <name>feature_badges</name>
    <message>
        <source>&amp;Print badges…</source>
        <translation>Namensschilder &amp;drucken…</translation>
    </message>
</context>
<context>
    <name>feature_programme</name>
    <message>
        <source>Pro&amp;gramme items…</source>
        <translation>Pro&amp;grammpunkte …</translation>
    </message>
</context>
<context>
    <name>feature_reports</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistik…</translation>
    </message>
</context>
<context>
    <name>feature_seating</name>
    <message>
        <source>&amp;Seating…</source>
        <translation>&amp;Sitzordnung…</translation>
    </message>
    <message>
        <source>&amp;Edit tables…</source>
        <translation>Tische &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Floor plan</source>
        <translation>Saal&amp;plan</translation>
    </message>
    <message>
        <source>Floor plan for &amp;guests (shows the way)</source>
        <translation>Saalplan für &amp;Gäste (zeigt den Weg)</translation>
    </message>
    <message>
        <source>Print &amp;lists for table hosts</source>
        <translation>&amp;Listen für die Gastgeber drucken</translation>
    </message>
    <message>
        <source>Print seating &amp;overview for the door</source>
        <translation>Sitzplan-&amp;Übersicht für den Einlass drucken</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <source>Floor plan for guests</source>
        <translation>Saalplan für Gäste</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>The list could not be written: %1</source>
        <translation>Die Liste konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Import guest list</source>
        <translation>Gästeliste importieren</translation>
    </message>
    <message>
        <source>Guest lists (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;All files (*)</source>
        <translation>Gästelisten (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>&amp;Import guest list…</source>
        <translation>Gästeliste &amp;importieren…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>not paid yet: %1</source>
        <translation>noch nicht bezahlt: %1</translation>
    </message>
    <message>
        <source>“%1”: not understood</source>
        <translation>„%1“: nicht verstanden</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Vatersname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Vollständiger Name (wird aufgeteilt)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Ticket barcode</source>
        <translation>Ticket-Barcode</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Order position</source>
        <translation>Bestellposition</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Ticketstatus</translation>
    </message>
    <message>
        <source>Paid (yes/no)</source>
        <translation>Bezahlt (ja/nein)</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesprochene Sprachen</translation>
    </message>
    <message>
        <source>Consent to share contact details</source>
        <translation>Einwilligung zur Weitergabe der Kontaktdaten</translation>
    </message>
    <message>
        <source>Meeting point (fixed table)</source>
        <translation>Treffpunkt (fester Tisch)</translation>
    </message>
    <message>
        <source>Keep as extra field</source>
        <translation>Als Zusatzfeld behalten</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>pretix (order data: order positions, one row per ticket)</source>
        <translation>pretix (Bestelldaten: Bestellzeilen, eine Zeile je Ticket)</translation>
    </message>
    <message>
        <source>pretix (check-in list)</source>
        <translation>pretix (Check-in-Liste)</translation>
    </message>
    <message>
        <source>pretix (order data: orders, one row per order – not per attendee)</source>
        <translation>pretix (Bestelldaten: Bestellungen, eine Zeile je Bestellung – nicht je Teilnehmer)</translation>
    </message>
    <message>
        <source>Indico (registrations)</source>
        <translation>Indico (Anmeldungen)</translation>
    </message>
    <message>
        <source>Hi.Events (attendees)</source>
        <translation>Hi.Events (Teilnehmende)</translation>
    </message>
    <message>
        <source>alf.io (tickets)</source>
        <translation>alf.io (Tickets)</translation>
    </message>
    <message>
        <source>Eventbrite (attendee report)</source>
        <translation>Eventbrite (Teilnehmerbericht)</translation>
    </message>
    <message>
        <source>Google Forms (responses)</source>
        <translation>Google Formulare (Antworten)</translation>
    </message>
    <message>
        <source>row %1: a quote mark (") opens a cell that never closes; the row was read without quote handling</source>
        <translation>Zeile %1: Ein Anführungszeichen (") öffnet eine Zelle, die nie schließt; die Zeile wurde ohne Anführungszeichen gelesen</translation>
    </message>
    <message>
        <source>control characters removed in %1 row(s) (first: %2)</source>
        <translation>Steuerzeichen in %1 Zeile(n) entfernt (zuerst: %2)</translation>
    </message>
    <message>
        <source>%1 line(s) were not UTF-8 and were read as %2 (first: %3)</source>
        <translation>%1 Zeile(n) waren nicht UTF-8 und wurden als %2 gelesen (zuerst: %3)</translation>
    </message>
    <message>
        <source>this sheet has one row per order, not per attendee: export the order positions (pretix: 'Order positions') to import every attendee</source>
        <translation>Dieses Blatt hat eine Zeile je Bestellung, nicht je Teilnehmer: Exportieren Sie die Bestellzeilen (pretix: „Bestellzeilen“), um alle Teilnehmenden zu importieren</translation>
    </message>
    <message>
        <source>Looks like an export of %1.</source>
        <translation>Sieht aus wie ein Export aus %1.</translation>
    </message>
    <message>
        <source>Sheet read: “%1”.</source>
        <translation>Gelesenes Blatt: „%1“.</translation>
    </message>
    <message>
        <source>Other sheets: %1.</source>
        <translation>Weitere Blätter: %1.</translation>
    </message>
    <message>
        <source>Would add %1, update %2, leave %3 unchanged; %4 skipped.</source>
        <translation>Würde %1 hinzufügen, %2 aktualisieren, %3 unverändert lassen; %4 übersprungen.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, %3 unchanged; %4 skipped.</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert; %4 übersprungen.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Es wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>no given or family name</source>
        <translation>weder Vor- noch Nachname</translation>
    </message>
    <message>
        <source>same guest as row %1</source>
        <translation>derselbe Gast wie in Zeile %1</translation>
    </message>
    <message>
        <source>matches the same guest as row %1</source>
        <translation>passt zum selben Gast wie Zeile %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Noticed while reading</source>
        <translation>Beim Lesen bemerkt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not attending (cancelled, withdrawn, rejected …): stored as cancelled</source>
        <translation>Nimmt nicht teil (storniert, zurückgezogen, abgelehnt …): als abgesagt gespeichert</translation>
    </message>
    <message>
        <source>Not paid or not approved yet: imported, please check at the desk</source>
        <translation>Noch nicht bezahlt oder freigegeben: importiert, bitte am Schalter prüfen</translation>
    </message>
    <message>
        <source>Status not understood: imported as attending</source>
        <translation>Status nicht verstanden: als teilnehmend importiert</translation>
    </message>
    <message>
        <source>as row %1; code %2 kept</source>
        <translation>wie Zeile %1; Code %2 behalten</translation>
    </message>
    <message>
        <source>as row %1; code %2 withdrawn (cancelled)</source>
        <translation>wie Zeile %1; Code %2 entzogen (storniert)</translation>
    </message>
    <message>
        <source>as row %1</source>
        <translation>wie Zeile %1</translation>
    </message>
    <message>
        <source>Further tickets of one person (same name and email): one guest</source>
        <translation>Weitere Tickets einer Person (gleicher Name und gleiche E-Mail): ein Gast</translation>
    </message>
    <message>
        <source>Codes that already check in another guest (not added)</source>
        <translation>Codes, die schon einen anderen Gast einchecken (nicht übernommen)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>(table)</source>
        <translation>(Tisch)</translation>
    </message>
    <message>
        <source>Possibly already in the event (added anyway: please check)</source>
        <translation>Möglicherweise schon in der Veranstaltung (trotzdem hinzugefügt: bitte prüfen)</translation>
    </message>
    <message>
        <source>Invalid email addresses</source>
        <translation>Ungültige E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Unknown tables (imported without a seat)</source>
        <translation>Unbekannte Tische (ohne Platz importiert)</translation>
    </message>
    <message>
        <source>Seats set by hand kept</source>
        <translation>Von Hand gesetzte Plätze beibehalten</translation>
    </message>
    <message>
        <source>Neither yes nor no (consent or meeting point left as it was)</source>
        <translation>Weder ja noch nein (Einwilligung bzw. Treffpunkt unverändert)</translation>
    </message>
    <message>
        <source>Every guest of this list</source>
        <translation>Alle Gäste dieser Liste</translation>
    </message>
    <message>
        <source>as in the list</source>
        <translation>wie in der Liste</translation>
    </message>
    <message>
        <source>none – or the delegation's name, e.g. Omsk</source>
        <translation>keine – oder der Name der Delegation, z. B. Omsk</translation>
    </message>
    <message>
        <source>Create the tables the list names that the event does not have</source>
        <translation>Tische anlegen, die die Liste nennt, die es aber noch nicht gibt</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegation:</translation>
    </message>
    <message>
        <source>The names are written in Cyrillic: %1 is preselected as their language.</source>
        <translation>Die Namen sind kyrillisch geschrieben: %1 ist als ihre Sprache vorgewählt.</translation>
    </message>
    <message>
        <source>Create the tables %1 (%2 guests name them)</source>
        <translation>Tische %1 anlegen (%2 Gäste nennen sie)</translation>
    </message>
    <message>
        <source>Delegation: %1 (every guest of the list).</source>
        <translation>Delegation: %1 (alle Gäste der Liste).</translation>
    </message>
    <message>
        <source>Tables to create: %1.</source>
        <translation>Anzulegende Tische: %1.</translation>
    </message>
    <message>
        <source>Tables created: %1.</source>
        <translation>Angelegte Tische: %1.</translation>
    </message>
    <message>
        <source>%1 guests name tables the event does not have: %2. They are imported without a seat unless you let the import create these tables.</source>
        <translation>%1 Gäste nennen Tische, die es nicht gibt: %2. Sie werden ohne Platz importiert, wenn der Import diese Tische nicht anlegen soll.</translation>
    </message>
</context>
<context>
    <name>pretix</name>
    <message>
        <source>The last push in the background failed: %1</source>
        <translation>Die letzte Übertragung im Hintergrund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>pretix – check-ins pushed: %1.</source>
        <translation>pretix – übertragene Check-ins: %1.</translation>
    </message>
    <message>
        <source>pre&amp;tix…</source>
        <translation>pre&amp;tix…</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Badge %1 not printed (%2): Badges ▸ Print queue, R for another printer.</source>
        <translation>Namensschild %1 nicht gedruckt (%2): Namensschilder ▸ Druckwarteschlange, R für einen anderen Drucker.</translation>
    </message>
    <message>
        <source>Only %1 labels left on %2 – put in a new roll soon.</source>
        <translation>Nur noch %1 Etiketten in %2 – bald eine neue Rolle einlegen.</translation>
    </message>
    <message>
        <source>Print &amp;queue…</source>
        <translation>Druck&amp;warteschlange…</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Damaged event file</source>
        <translation>Beschädigte Veranstaltungsdatei</translation>
    </message>
    <message>
        <source>The event file is damaged and cannot be opened safely.</source>
        <translation>Die Veranstaltungsdatei ist beschädigt und kann nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <source>The last good backup is from %1:
%2

Restore it? The damaged file is kept beside it (renamed), nothing is deleted. Check-ins made after that backup are not in it.</source>
        <translation>Die letzte intakte Sicherung ist vom %1:
%2

Wiederherstellen? Die beschädigte Datei bleibt daneben erhalten (umbenannt), nichts wird gelöscht. Check-ins nach dieser Sicherung sind darin nicht enthalten.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>reissue_dialog</name>
    <message>
        <source>&amp;Print the new badge now</source>
        <translation>Neues Namensschild gleich &amp;drucken</translation>
    </message>
    <message>
        <source>The current badge of %1 stops working at once.</source>
        <translation>Das bisherige Namensschild von %1 wird sofort ungültig.</translation>
    </message>
</context>
<context>
    <name>rounds</name>
    <message>
        <source>Meeting &amp;rounds…</source>
        <translation>Gesprächs&amp;runden…</translation>
    </message>
    <message>
        <source>&amp;Delegation…</source>
        <translation>&amp;Delegation…</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>Open event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <source>Event files (*.checkin);;All files (*)</source>
        <translation>Veranstaltungsdateien (*.checkin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>Veranstaltung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Demo event (to try things out)</source>
        <translation>Beispiel&amp;veranstaltung (zum Ausprobieren)</translation>
    </message>
    <message>
        <source>&amp;Recent events</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
</TS>
