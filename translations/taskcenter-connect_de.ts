<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddressShape</name>
    <message>
        <source>%1 of %2 (&quot;%3&quot;) is not an address of the form SAP&apos;s guide for %4 gives.</source>
        <translation>%1 von %2 („%3“) ist keine Adresse in der Form, die die SAP-Anleitung für %4 vorgibt.</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; for %4 it must be &quot;%5&quot;.</source>
        <translation>%1 von %2 ist „%3“; für %4 muss der Wert „%5“ lauten.</translation>
    </message>
    <message>
        <source>Enter the address as the guide for %1 gives it.</source>
        <translation>Geben Sie die Adresse so ein, wie die Anleitung für %1 sie vorgibt.</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>Setzen Sie %1 auf %2.</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>bereits aktuell</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Replace the destination in the subaccount with the one from this wizard</source>
        <translation>Die Destination im Unterkonto durch die aus diesem Assistenten ersetzen</translation>
    </message>
    <message>
        <source>Writing into &quot;%1&quot;…</source>
        <translation>Schreiben in „%1“…</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>exists with other values</source>
        <translation>mit anderen Werten vorhanden</translation>
    </message>
    <message>
        <source>Someone created a destination of this name after the review. Choose Overwrite to replace it with the wizard&apos;s values, or keep it as it is and finish.</source>
        <translation>Nach der Prüfung hat jemand eine Destination mit diesem Namen angelegt. Wählen Sie „Überschreiben“, um sie durch die Werte des Assistenten zu ersetzen, oder lassen Sie sie, wie sie ist, und schließen Sie ab.</translation>
    </message>
    <message>
        <source>Skipped because the destination before it was not written.</source>
        <translation>Übersprungen, weil die Destination davor nicht geschrieben wurde.</translation>
    </message>
    <message>
        <source>%1 exists in the subaccount</source>
        <translation>%1 ist im Unterkonto vorhanden</translation>
    </message>
    <message>
        <source>%1 does not exist in the subaccount</source>
        <translation>%1 ist im Unterkonto nicht vorhanden</translation>
    </message>
    <message>
        <source>Not everything was written: %1. Retry, or finish and import the files instead.</source>
        <translation>Nicht alles wurde geschrieben: %1. Versuchen Sie es erneut oder schließen Sie ab und importieren Sie stattdessen die Dateien.</translation>
    </message>
    <message>
        <source>Asking the Destination service for a token with &quot;%1&quot;…</source>
        <translation>Token mit „%1“ wird beim Destination Service angefordert…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop writing; the summary then says which destinations exist</source>
        <translation>Schreiben anhalten; die Zusammenfassung zeigt dann, welche Destinations vorhanden sind</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>&amp;Create under this name</source>
        <translation>Unter diesem Namen &amp;anlegen</translation>
    </message>
    <message>
        <source>New name of the primary &amp;destination:</source>
        <translation>Neuer &amp;Name der primären Destination:</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>Die Destinations von „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Each primary destination first, then the destinations that belong to it.</source>
        <translation>Zuerst jede primäre Destination, dann die Destinations, die zu ihr gehören.</translation>
    </message>
    <message>
        <source>Keep the existing destination and create ours under another name</source>
        <translation>Die vorhandene Destination behalten und unsere unter einem anderen Namen anlegen</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;. Test the connection now, or finish.</source>
        <translation>Die Destinations sind in „%1“. Testen Sie jetzt die Verbindung oder schließen Sie ab.</translation>
    </message>
    <message>
        <source>Ask the Destination service for a token with the primary destination, as SAP Task Center does</source>
        <translation>Mit der primären Destination ein Token beim Destination Service anfordern, so wie es SAP Task Center tut</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;.</source>
        <translation>Die Destinations sind in „%1“.</translation>
    </message>
    <message>
        <source>%1 may exist in the subaccount (its answer was lost)</source>
        <translation>%1 existiert möglicherweise im Unterkonto (die Antwort ging verloren)</translation>
    </message>
    <message>
        <source>Someone changed this destination in the subaccount after the review. Choose Overwrite to replace it with the wizard&apos;s values, or keep it as it is and finish.</source>
        <translation>Nach der Prüfung hat jemand diese Destination im Unterkonto geändert. Wählen Sie „Überschreiben“, um sie durch die Werte des Assistenten zu ersetzen, oder lassen Sie sie, wie sie ist, und schließen Sie ab.</translation>
    </message>
    <message>
        <source>Write into the subaccount</source>
        <translation>In das Unterkonto schreiben</translation>
    </message>
    <message>
        <source>Key store %1</source>
        <translation>Keystore %1</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>already in the subaccount</source>
        <translation>bereits im Unterkonto</translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation>nicht hochgeladen</translation>
    </message>
    <message>
        <source>Retry a destination that names it to upload it again.</source>
        <translation>Wählen Sie bei einer Destination, die ihn nennt, „Erneut versuchen“, um ihn erneut hochzuladen.</translation>
    </message>
    <message>
        <source>the key store %1 was not uploaded</source>
        <translation>der Keystore %1 wurde nicht hochgeladen</translation>
    </message>
</context>
<context>
    <name>ApplySession</name>
    <message>
        <source>No subaccount is chosen: the destinations go into files only.</source>
        <translation>Es ist kein Unterkonto gewählt: Die Destinations werden nur in Dateien geschrieben.</translation>
    </message>
    <message>
        <source>Reading the subaccount was stopped.</source>
        <translation>Das Lesen des Unterkontos wurde beendet.</translation>
    </message>
    <message>
        <source>The destinations cannot be renamed now.</source>
        <translation>Die Destinations können jetzt nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: the Destination service fetched a token with it, as SAP Task Center will.</source>
        <translation>„%1“ funktioniert: Der Destination Service hat damit ein Token abgerufen, so wie es SAP Task Center tun wird.</translation>
    </message>
    <message>
        <source>%1 now connects %2</source>
        <translation>%1 verbindet heute %2</translation>
    </message>
    <message>
        <source>The trust certificate this setup used (SHA-256 %1) is not the subaccount&apos;s current one (SHA-256 %2): the provider holds a certificate this subaccount does not sign with. Get the current one on the trust certificate step and give it to the provider again.</source>
        <translation>Das Vertrauenszertifikat dieser Einrichtung (SHA-256 %1) ist nicht das aktuelle des Unterkontos (SHA-256 %2): Der Anbieter hat ein Zertifikat, mit dem dieses Unterkonto nicht signiert. Holen Sie im Schritt „Vertrauenszertifikat“ das aktuelle und geben Sie es dem Anbieter erneut.</translation>
    </message>
    <message>
        <source>The Destination service does not find the key store %1 that &quot;%2&quot; names among this subaccount&apos;s destination certificates, so the destination cannot authenticate. Apply again with the key store file chosen, or upload it under Connectivity &gt; Destination Certificates.</source>
        <translation>Der Destination Service findet den Keystore %1, den „%2“ nennt, nicht unter den Destination-Zertifikaten dieses Unterkontos; die Destination kann sich daher nicht authentifizieren. Wenden Sie erneut an und wählen Sie dabei die Keystore-Datei aus, oder laden Sie sie unter Connectivity &gt; Destination Certificates hoch.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is complete: the Destination service hands out its key store %2, which SAP Task Center authenticates with. Whether the provider accepts the certificate shows in SAP Task Center&apos;s monitoring.</source>
        <translation>„%1“ ist vollständig: Der Destination Service gibt seinen Keystore %2 heraus, mit dem sich SAP Task Center authentifiziert. Ob der Anbieter das Zertifikat akzeptiert, zeigt das Monitoring von SAP Task Center.</translation>
    </message>
</context>
<context>
    <name>AuthenticationPropertyMissing</name>
    <message>
        <source>%1 uses %2 but has no %3, so the Destination service cannot fetch a token with it.</source>
        <translation>%1 verwendet %2, hat aber keine Eigenschaft %3, daher kann der Destination Service mit ihr kein Token abrufen.</translation>
    </message>
    <message>
        <source>Add %1 as the provider&apos;s guide for SAP Task Center says.</source>
        <translation>Fügen Sie %1 hinzu, wie es die Anleitung des Anbieters für SAP Task Center beschreibt.</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation>Die Datei %1 gibt es nicht. Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a file (it is a folder, a device or a pipe). Choose the file itself.</source>
        <translation>%1 ist keine Datei (sondern ein Ordner, ein Gerät oder eine Pipe). Wählen Sie die Datei selbst.</translation>
    </message>
    <message>
        <source>%1 is too large (%2) for what it should hold (at most %3). Check that it is the right file.</source>
        <translation>%1 ist zu groß (%2) für das, was sie enthalten soll (höchstens %3). Prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check that you may open it.</source>
        <translation>Die Datei %1 kann nicht gelesen werden (%2). Prüfen Sie, ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>%1 is too large for what it should hold (at most %2). Check that it is the right file.</source>
        <translation>%1 ist zu groß für das, was sie enthalten soll (höchstens %2). Prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
</context>
<context>
    <name>CertificateMissing</name>
    <message>
        <source>%1 names the trust store %2 (%3), but the subaccount&apos;s destination certificates hold no file of that name, so the connection cannot be made.</source>
        <translation>%1 nennt den Truststore %2 (%3), aber unter den Destination-Zertifikaten des Unterkontos gibt es keine Datei dieses Namens, daher kann die Verbindung nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>%1 names the key store %2 (%3), but the subaccount&apos;s destination certificates hold no file of that name, so the destination cannot authenticate.</source>
        <translation>%1 nennt den Keystore %2 (%3), aber unter den Destination-Zertifikaten des Unterkontos gibt es keine Datei dieses Namens, daher kann sich die Destination nicht authentifizieren.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open Connectivity &gt; Destination Certificates and upload the file as %1, or change %2 to the name of a file that is there.</source>
        <translation>Öffnen Sie im SAP BTP Cockpit Connectivity &gt; Destination Certificates und laden Sie die Datei als %1 hoch, oder ändern Sie %2 in den Namen einer Datei, die dort vorhanden ist.</translation>
    </message>
</context>
<context>
    <name>CheckReportPage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Was die Prüfung ergeben hat</translation>
    </message>
    <message>
        <source>The worst first. Choose a finding to read how to fix it and where SAP documents it.</source>
        <translation>Die schwerwiegendsten zuerst. Wählen Sie einen Befund, um zu lesen, wie Sie das Problem beheben und wo SAP es dokumentiert.</translation>
    </message>
    <message>
        <source>Destination or finding</source>
        <translation>Destination oder Befund</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was falsch ist</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Go Back to choose another source, or try again.</source>
        <translation>Wählen Sie mit „Zurück“ eine andere Quelle oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>Gesamte Konfiguration</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) checked.</source>
        <translation>
            <numerusform>%n Destination geprüft.</numerusform>
            <numerusform>%n Destinations geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <translation>%1 Fehler, %2 Warnung(en), %3 Hinweis(e).</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>So beheben Sie das Problem: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation>Der Bericht wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;JSON report (*.json);;Text report (*.txt)</source>
        <translation>PDF-Bericht (*.pdf);;HTML-Bericht (*.html);;JSON-Bericht (*.json);;Textbericht (*.txt)</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s own destinations</source>
        <translation>Eigene Destinations von SAP Task Center</translation>
    </message>
    <message>
        <source>Other destinations</source>
        <translation>Weitere Destinations</translation>
    </message>
    <message>
        <source>Fixing changes a subaccount: check the subaccount instead of files to fix this here.</source>
        <translation>Beheben ändert ein Unterkonto: Prüfen Sie das Unterkonto statt Dateien, um dies hier zu beheben.</translation>
    </message>
    <message>
        <source>Fix in the subaccount</source>
        <translation>Im Unterkonto beheben</translation>
    </message>
    <message>
        <source>Make this change in &quot;%1&quot;?</source>
        <translation>Diese Änderung in „%1“ vornehmen?</translation>
    </message>
    <message>
        <source>Changing %1…</source>
        <translation>%1 wird geändert…</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1 wurde geändert.</translation>
    </message>
    <message>
        <source>Set up again in the &amp;wizard…</source>
        <translation>Im &amp;Assistenten neu einrichten…</translation>
    </message>
    <message>
        <source>Setting up again writes into a subaccount: check the subaccount instead of files to do it from here.</source>
        <translation>Neu einrichten schreibt in ein Unterkonto: Prüfen Sie das Unterkonto statt Dateien, um es von hier aus zu tun.</translation>
    </message>
    <message>
        <source>Walk through the provider&apos;s steps again, filled in from the destinations as they are, and write them as SAP documents them.</source>
        <translation>Die Schritte des Anbieters noch einmal durchgehen, ausgefüllt aus den Destinations, wie sie sind, und sie so schreiben, wie SAP sie dokumentiert.</translation>
    </message>
    <message>
        <source>Fi&amp;x in the subaccount…</source>
        <translation>Im &amp;Unterkonto beheben…</translation>
    </message>
    <message>
        <source>&amp;Open SAP&apos;s page</source>
        <translation>SAP-Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>No browser could be opened. SAP&apos;s page is at %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Die Seite von SAP finden Sie unter %1</translation>
    </message>
</context>
<context>
    <name>CheckSourcePage</name>
    <message>
        <source>The &amp;demo subaccount on this computer</source>
        <translation>Das &amp;Demo-Unterkonto auf diesem Computer</translation>
    </message>
    <message>
        <source>A saved &amp;subaccount:</source>
        <translation>Ein gespeichertes &amp;Unterkonto:</translation>
    </message>
    <message>
        <source>Destination &amp;files exported from the SAP BTP cockpit:</source>
        <translation>Aus dem SAP BTP Cockpit &amp;exportierte Destination-Dateien:</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>Dateien hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Compare with a certificate…</source>
        <translation>Mit einem Zertifikat &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Check an existing configuration</source>
        <translation>Eine vorhandene Konfiguration prüfen</translation>
    </message>
    <message>
        <source>Choose what to check: the destinations of a subaccount, or files exported from the cockpit.</source>
        <translation>Wählen Sie, was geprüft werden soll: die Destinations eines Unterkontos oder aus dem Cockpit exportierte Dateien.</translation>
    </message>
    <message>
        <source>Saved subaccount</source>
        <translation>Gespeichertes Unterkonto</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Destination-Datei</translation>
    </message>
    <message>
        <source>Folder of destination files</source>
        <translation>Ordner mit Destination-Dateien</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Vertrauenszertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The demo subaccount could not be started.</source>
        <translation>Das Demo-Unterkonto konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>No files added yet.</source>
        <translation>Noch keine Dateien hinzugefügt.</translation>
    </message>
    <message>
        <source>Destination files and zip archives (*.properties *.props *.json *.txt *.zip *);;All files (*)</source>
        <translation>Destination-Dateien und Zip-Archive (*.properties *.props *.json *.txt *.zip *);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The trust certificate a provider holds (the one uploaded to its OAuth clients or admin portal), to compare with the subaccount&apos;s current one</source>
        <translation>Das Vertrauenszertifikat, das ein Anbieter hat (das in seine OAuth-Clients oder sein Admin-Portal hochgeladene), zum Vergleich mit dem aktuellen des Unterkontos</translation>
    </message>
    <message>
        <source>Wait until the subaccount has answered.</source>
        <translation>Warten Sie, bis das Unterkonto geantwortet hat.</translation>
    </message>
    <message>
        <source>Add the exported files or a folder of them to check.</source>
        <translation>Fügen Sie die exportierten Dateien oder einen Ordner damit hinzu, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Choose a saved subaccount to check.</source>
        <translation>Wählen Sie ein gespeichertes Unterkonto zum Prüfen.</translation>
    </message>
    <message>
        <source>Choose what to check.</source>
        <translation>Wählen Sie, was geprüft werden soll.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>SAP&apos;s guide</source>
        <translation>SAP-Anleitung</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show the options of this command.</source>
        <translation>Zeigt die Optionen dieses Befehls.</translation>
    </message>
    <message>
        <source>%1
Run &apos;taskcenter-connect %2 --help&apos; for the options.</source>
        <translation>%1
Die Optionen zeigt &apos;taskcenter-connect %2 --help&apos;.</translation>
    </message>
    <message>
        <source>Shows a trust certificate&apos;s subject, issuer, validity, days left and SHA-256 fingerprint.
Exit codes: 0 valid; 1 expired, expiring within %1 days, or not yet valid; 2 not a certificate.</source>
        <translation>Zeigt Inhaber, Aussteller, Gültigkeit, verbleibende Tage und SHA-256-Fingerabdruck eines Vertrauenszertifikats.
Exit-Codes: 0 gültig; 1 abgelaufen, läuft innerhalb von %1 Tagen ab oder noch nicht gültig; 2 kein Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate (PEM, DER or bare base64).</source>
        <translation>Das Zertifikat (PEM, DER oder reines Base64).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>inspect-cert takes exactly one FILE.
Run &apos;taskcenter-connect inspect-cert --help&apos; for the options.</source>
        <translation>inspect-cert erwartet genau eine Datei (FILE).
Die Optionen zeigt &apos;taskcenter-connect inspect-cert --help&apos;.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Verbleibende Tage:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1: a secrets file is a JSON object like {&quot;apiKey&quot;: &quot;...&quot;} (%2).</source>
        <translation>%1: Eine Secrets-Datei ist ein JSON-Objekt wie {&quot;apiKey&quot;: &quot;...&quot;} (%2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a secret of %3 (expected: %4).</source>
        <translation>%1: &quot;%2&quot; ist kein Secret von %3 (erwartet: %4).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation>%1: &quot;%2&quot; muss Text sein.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The files leave out %1; enter them in the cockpit after the import.</source>
        <translation>Die Dateien enthalten %1 nicht; tragen Sie diese Werte nach dem Import im Cockpit ein.</translation>
    </message>
    <message>
        <source>Writes the destinations a setup file describes, as the cockpit&apos;s .properties import files and/or the Destination service REST API&apos;s JSON.
Secrets are left out unless --include-secrets is given; they then come from --secrets or, without it, from the keychain.
Exit codes: 0 written; 2 bad input (the problem is printed).</source>
        <translation>Schreibt die Destinations, die eine Einrichtungsdatei beschreibt, als .properties-Importdateien für das Cockpit und/oder als JSON für die REST-API des Destination Service.
Secrets werden nur mit --include-secrets geschrieben; sie kommen dann aus --secrets oder, ohne diese Option, aus dem Schlüsselbund.
Exit-Codes: 0 geschrieben; 2 fehlerhafte Eingabe (das Problem wird ausgegeben).</translation>
    </message>
    <message>
        <source>The setup file (the wizard&apos;s &quot;Save progress&quot;).</source>
        <translation>Die Einrichtungsdatei (aus „Fortschritt speichern“ im Assistenten).</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>Der Ordner, in den geschrieben wird.</translation>
    </message>
    <message>
        <source>Write the secrets into the files too (keep them safe).</source>
        <translation>Die Secrets ebenfalls in die Dateien schreiben (sicher aufbewahren).</translation>
    </message>
    <message>
        <source>properties, json or both (default).</source>
        <translation>properties, json oder both (Standard).</translation>
    </message>
    <message>
        <source>export takes exactly one SETUP.json.
Run &apos;taskcenter-connect export --help&apos; for the options.</source>
        <translation>export erwartet genau eine SETUP.json.
Die Optionen zeigt &apos;taskcenter-connect export --help&apos;.</translation>
    </message>
    <message>
        <source>Say where to write with --out DIR.</source>
        <translation>Geben Sie mit --out DIR an, wohin geschrieben werden soll.</translation>
    </message>
    <message>
        <source>--format must be properties, json or both, not &quot;%1&quot;.</source>
        <translation>--format muss properties, json oder both sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Pass the secrets with --secrets SECRETS.json instead.</source>
        <translation>Übergeben Sie die Secrets stattdessen mit --secrets SECRETS.json.</translation>
    </message>
    <message>
        <source>No %1 is saved in the keychain for this setup. Pass --secrets SECRETS.json, or save the setup in the wizard first.</source>
        <translation>Für diese Einrichtung ist kein %1 im Schlüsselbund gespeichert. Übergeben Sie --secrets SECRETS.json oder speichern Sie die Einrichtung zuerst im Assistenten.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &apos;taskcenter-connect --help&apos; for the commands.</source>
        <translation>Unbekannter Befehl „%1“. Die Befehle zeigt &apos;taskcenter-connect --help&apos;.</translation>
    </message>
    <message>
        <source>Serves a built-in SAP BTP subaccount on 127.0.0.1: a token endpoint and the Destination service REST API, for trying the wizard and scripts without a real subaccount. Runs until Ctrl+C (SIGINT) or SIGTERM.
Its trust certificate is kept in %1.
Exit codes: 0 stopped; 2 bad options or the port is in use.</source>
        <translation>Stellt auf 127.0.0.1 ein eingebautes Unterkonto von SAP BTP bereit: einen Token-Endpunkt und die REST-API des Destination Service, um den Assistenten und Skripte ohne echtes Unterkonto auszuprobieren. Läuft bis Strg+C (SIGINT) oder SIGTERM.
Sein Vertrauenszertifikat liegt in %1.
Exit-Codes: 0 beendet; 2 fehlerhafte Optionen oder der Port ist belegt.</translation>
    </message>
    <message>
        <source>The port to listen on (default 0: a free port).</source>
        <translation>Der Port, auf dem gelauscht wird (Standard 0: ein freier Port).</translation>
    </message>
    <message>
        <source>empty (default) or demo: destinations as consultants meet them, some correct, some with typical mistakes.</source>
        <translation>empty (Standard) oder demo: Destinations, wie Berater sie vorfinden, einige korrekt, einige mit typischen Fehlern.</translation>
    </message>
    <message>
        <source>Write the Destination service key (JSON) to FILE.</source>
        <translation>Den Dienstschlüssel des Destination Service (JSON) in FILE schreiben.</translation>
    </message>
    <message>
        <source>sandbox takes no FILE.
Run &apos;taskcenter-connect sandbox --help&apos; for the options.</source>
        <translation>sandbox erwartet keine Datei (FILE).
Die Optionen zeigt &apos;taskcenter-connect sandbox --help&apos;.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed must be empty or demo, not &quot;%1&quot;.</source>
        <translation>--seed muss empty oder demo sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use. Choose another with --port, or --port 0 for a free one.</source>
        <translation>Port %1 auf 127.0.0.1 ist bereits belegt. Wählen Sie mit --port einen anderen oder mit --port 0 einen freien.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation>Die Sandbox kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Cannot handle SIGINT and SIGTERM on this system.</source>
        <translation>SIGINT und SIGTERM können auf diesem System nicht behandelt werden.</translation>
    </message>
    <message>
        <source>The sandbox subaccount is listening on %1 (this computer only).</source>
        <translation>Das Sandbox-Unterkonto lauscht auf %1 (nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>  Token endpoint:      %1/oauth/token</source>
        <translation>  Token-Endpunkt:      %1/oauth/token</translation>
    </message>
    <message>
        <source>  Destination service: %1/destination-configuration/v1</source>
        <translation>  Destination Service: %1/destination-configuration/v1</translation>
    </message>
    <message>
        <source>  Destinations:        %1 (%2 seed)</source>
        <translation>  Destinations:        %1 (Vorbelegung %2)</translation>
    </message>
    <message>
        <source>The service key is in %1.</source>
        <translation>Der Dienstschlüssel liegt in %1.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop it.</source>
        <translation>Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>The sandbox has stopped.</source>
        <translation>Die Sandbox wurde beendet.</translation>
    </message>
    <message>
        <source>The subaccount&apos;s Destination service key (JSON, with its client secret).</source>
        <translation>Der Dienstschlüssel für den Destination Service des Unterkontos (JSON, mit seinem Client-Secret).</translation>
    </message>
    <message>
        <source>Say which subaccount with --subaccount DESTINATION-KEY.json.
Run &apos;taskcenter-connect %1 --help&apos; for the options.</source>
        <translation>Geben Sie das Unterkonto mit --subaccount DESTINATION-KEY.json an.
Die Optionen zeigt &apos;taskcenter-connect %1 --help&apos;.</translation>
    </message>
    <message>
        <source>unchanged  %1</source>
        <translation>aktuell    %1</translation>
    </message>
    <message>
        <source>would create  %1</source>
        <translation>würde anlegen %1</translation>
    </message>
    <message>
        <source>would update  %1</source>
        <translation>würde ändern  %1</translation>
    </message>
    <message>
        <source>exists     %1: it differs; --overwrite replaces it</source>
        <translation>vorhanden  %1: weicht ab; --overwrite ersetzt sie</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>created    %1</source>
        <translation>angelegt   %1</translation>
    </message>
    <message>
        <source>updated    %1</source>
        <translation>geändert   %1</translation>
    </message>
    <message>
        <source>FAILED     %1: %2</source>
        <translation>FEHLER     %1: %2</translation>
    </message>
    <message>
        <source>apply takes exactly one SETUP.json.
Run &apos;taskcenter-connect apply --help&apos; for the options.</source>
        <translation>apply erwartet genau eine SETUP.json.
Die Optionen zeigt &apos;taskcenter-connect apply --help&apos;.</translation>
    </message>
    <message>
        <source>Reads the subaccount&apos;s destination trust certificate (what the cockpit exports under Connectivity &gt; Destination Trust) and writes it as PEM.
Exit codes: 0 written; 1 written, but it expires within %1 days or has expired, or the subaccount has none yet (said); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Liest das Destination-Vertrauenszertifikat des Unterkontos (das, was das Cockpit unter Connectivity &gt; Destination Trust exportiert) und schreibt es als PEM.
Exit-Codes: 0 geschrieben; 1 geschrieben, aber es läuft innerhalb von %1 Tagen ab oder ist abgelaufen, oder das Unterkonto hat noch keines (wird ausgegeben); 2 fehlerhafte Eingabe; 3 das Unterkonto war nicht erreichbar oder hat den Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The file to write the certificate to.</source>
        <translation>Die Datei, in die das Zertifikat geschrieben wird.</translation>
    </message>
    <message>
        <source>fetch-trust takes no FILE of its own.
Run &apos;taskcenter-connect fetch-trust --help&apos; for the options.</source>
        <translation>fetch-trust erwartet keine eigene Datei (FILE).
Die Optionen zeigt &apos;taskcenter-connect fetch-trust --help&apos;.</translation>
    </message>
    <message>
        <source>Say where to write the certificate with --out FILE.</source>
        <translation>Geben Sie mit --out FILE an, wohin das Zertifikat geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under Connectivity &gt; Destination Trust, then run this again.</source>
        <translation>Das Unterkonto hat noch kein Vertrauenszertifikat. Legen Sie im SAP BTP Cockpit unter Connectivity &gt; Destination Trust eines an und rufen Sie den Befehl dann erneut auf.</translation>
    </message>
    <message>
        <source>The subaccount answered with something that is not a certificate: %1</source>
        <translation>Die Antwort des Unterkontos ist kein Zertifikat: %1</translation>
    </message>
    <message>
        <source>Subject:  %1</source>
        <translation>Inhaber:  %1</translation>
    </message>
    <message>
        <source>Valid until:  %1</source>
        <translation>Gültig bis:   %1</translation>
    </message>
    <message>
        <source>SHA-256:  %1</source>
        <translation>SHA-256:  %1</translation>
    </message>
    <message>
        <source>A JSON file with the secrets, e.g. {&quot;apiKey&quot;: &quot;...&quot;, &quot;ppApiKey&quot;: &quot;...&quot;}. Their names per provider: %1.</source>
        <translation>Eine JSON-Datei mit den Secrets, z. B. {&quot;apiKey&quot;: &quot;...&quot;, &quot;ppApiKey&quot;: &quot;...&quot;}. Ihre Namen je Anbieter: %1.</translation>
    </message>
    <message>
        <source>warning: the subaccount already has a primary destination to the same system: %1. Two give every user each task twice; delete the old one or set its tc.enabled to false.</source>
        <translation>Warnung: Das Unterkonto hat bereits eine primäre Destination zum selben System: %1. Mit zweien sieht jeder Benutzer jede Aufgabe doppelt; löschen Sie die alte oder setzen Sie ihr tc.enabled auf false.</translation>
    </message>
    <message>
        <source>held back  %1: the destination it belongs to exists with other values; --overwrite replaces both</source>
        <translation>zurückgehalten  %1: Die Destination, zu der sie gehört, existiert mit anderen Werten; --overwrite ersetzt beide</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of the standard output.</source>
        <translation>Den Bericht in FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Say what to check: destination files or folders, and/or --subaccount DESTINATION-KEY.json.
Run &apos;taskcenter-connect validate --help&apos; for the options.</source>
        <translation>Geben Sie an, was geprüft werden soll: Destination-Dateien oder Ordner und/oder --subaccount DESTINATION-KEY.json.
Die Optionen zeigt &apos;taskcenter-connect validate --help&apos;.</translation>
    </message>
    <message>
        <source>Check the sandbox subaccount at URL (the address &apos;taskcenter-connect sandbox&apos; prints).</source>
        <translation>Das Sandbox-Unterkonto unter URL prüfen (die Adresse, die &apos;taskcenter-connect sandbox&apos; ausgibt).</translation>
    </message>
    <message>
        <source>Give either --subaccount or --sandbox, not both.</source>
        <translation>Geben Sie entweder --subaccount oder --sandbox an, nicht beides.</translation>
    </message>
    <message>
        <source>--sandbox takes the address the sandbox prints, such as http://127.0.0.1:8123, not &quot;%1&quot;.</source>
        <translation>--sandbox erwartet die Adresse, die die Sandbox ausgibt, etwa http://127.0.0.1:8123, nicht „%1“.</translation>
    </message>
    <message>
        <source>No sandbox answers at %1 (%2). Start one with &apos;taskcenter-connect sandbox&apos;.</source>
        <translation>Unter %1 antwortet keine Sandbox (%2). Starten Sie eine mit &apos;taskcenter-connect sandbox&apos;.</translation>
    </message>
    <message>
        <source>A trust certificate (PEM or DER) to check; with a subaccount, the one a provider holds, compared with the subaccount&apos;s current one.</source>
        <translation>Ein Vertrauenszertifikat (PEM oder DER) zum Prüfen; mit einem Unterkonto das Zertifikat, das ein Anbieter hat, verglichen mit dem aktuellen des Unterkontos.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: Datei oder Ordner nicht gefunden.</translation>
    </message>
    <message>
        <source>text (default), json, html or pdf (A4, to hand over).</source>
        <translation>text (Standard), json, html oder pdf (A4, zum Übergeben).</translation>
    </message>
    <message>
        <source>--format must be text, json, html or pdf, not &quot;%1&quot;.</source>
        <translation>--format muss text, json, html oder pdf sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Checks an existing SAP Task Center configuration and says what is wrong and how to fix it: destination files (the cockpit&apos;s .properties export, with or without an extension, or JSON; folders and zip archives of them) and/or the destinations of a subaccount. With a subaccount, the Destination service is asked for a token with each destination that can get one without a user, as SAP Task Center does, and without --trust its current trust certificate is checked too.
Exit codes: 0 no errors; 1 errors found; 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Prüft eine vorhandene Konfiguration von SAP Task Center und sagt, was falsch ist und wie Sie es beheben: Destination-Dateien (der .properties-Export des Cockpits, mit oder ohne Dateiendung, oder JSON; Ordner und Zip-Archive davon) und/oder die Destinations eines Unterkontos. Mit einem Unterkonto wird der Destination Service mit jeder Destination, die ohne Benutzer ein Token erhalten kann, nach einem Token gefragt, so wie es SAP Task Center tut, und ohne --trust wird auch sein aktuelles Vertrauenszertifikat geprüft.
Exit-Codes: 0 keine Fehler; 1 Fehler gefunden; 2 ungültige Eingabe; 3 das Unterkonto war nicht erreichbar oder hat den Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>Destination files, zip archives or folders.</source>
        <translation>Destination-Dateien, Zip-Archive oder Ordner.</translation>
    </message>
    <message>
        <source>This argument is not valid UTF-8 text, so the file it names cannot be found or written as such: %1
Rename the file or folder to a name in UTF-8.</source>
        <translation>Dieses Argument ist kein gültiger UTF-8-Text, daher kann die Datei, die es nennt, so nicht gefunden oder geschrieben werden: %1
Benennen Sie die Datei oder den Ordner in einen UTF-8-Namen um.</translation>
    </message>
    <message>
        <source>not compared  %1: %2 (no secret given; pass --secrets to compare them)</source>
        <translation>nicht verglichen  %1: %2 (kein Secret angegeben; mit --secrets werden sie verglichen)</translation>
    </message>
    <message>
        <source>Show what would change; write nothing. Needs no secrets: those not given are named as not compared.</source>
        <translation>Zeigen, was sich ändern würde; nichts schreiben. Braucht keine Secrets: nicht angegebene werden als nicht verglichen genannt.</translation>
    </message>
    <message>
        <source>Wait at most SECONDS (1-3600) for each answer from the subaccount; default 30.</source>
        <translation>Höchstens SECONDS (1-3600) Sekunden auf jede Antwort des Unterkontos warten; Standard 30.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 3600, nicht „%1“.</translation>
    </message>
    <message>
        <source>Nothing to write: the setup follows the way &quot;%1&quot; (%2), which writes no destinations.</source>
        <translation>Nichts zu schreiben: Die Einrichtung folgt dem Weg „%1“ (%2), der keine Destinations schreibt.</translation>
    </message>
    <message>
        <source>To write them by hand, set %1 in the setup file.</source>
        <translation>Um sie von Hand zu schreiben, setzen Sie in der Einrichtungsdatei %1.</translation>
    </message>
    <message>
        <source>note: secrets are not compared: %1</source>
        <translation>Hinweis: Secrets werden nicht verglichen: %1</translation>
    </message>
    <message>
        <source>changed    %1: someone changed it since it was read; --overwrite replaces it</source>
        <translation>geändert   %1: wurde seit dem Lesen von jemandem geändert; --overwrite ersetzt sie</translation>
    </message>
    <message>
        <source>CHANGED    %1: %2</source>
        <translation>GEÄNDERT   %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Lists the task providers: the id a setup file&apos;s &quot;provider&quot; takes, the ways (&quot;path&quot;) where SAP documents more than one, and the names of the values a setup file and the secrets a secrets file give for each.
Exit codes: 0 listed; 2 bad options.</source>
        <translation>Listet die Aufgabenanbieter auf: die ID, die „provider“ in einer Setup-Datei annimmt, die Wege („path“), wo SAP mehr als einen dokumentiert, und die Namen der Werte, die eine Setup-Datei, und der Geheimnisse, die eine Geheimnisdatei für jeden angibt.
Exit-Codes: 0 aufgelistet; 2 fehlerhafte Optionen.</translation>
    </message>
    <message>
        <source>Print one JSON array instead of text.</source>
        <translation>Ein JSON-Array statt Text ausgeben.</translation>
    </message>
    <message>
        <source>providers takes no arguments.
Run &apos;taskcenter-connect providers --help&apos; for the options.</source>
        <translation>providers nimmt keine Argumente.
Führen Sie &apos;taskcenter-connect providers --help&apos; aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>path %1: %2</source>
        <translation>Weg %1: %2</translation>
    </message>
    <message>
        <source> (writes no destinations)</source>
        <translation> (schreibt keine Destinations)</translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation>Werte: %1</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <source> (also named by %1)</source>
        <translation> (auch von %1 genannt)</translation>
    </message>
    <message>
        <source>unchanged  key store %1</source>
        <translation>aktuell    Keystore %1</translation>
    </message>
    <message>
        <source>would upload  key store %1 from %2</source>
        <translation>würde hochladen  Keystore %1 aus %2</translation>
    </message>
    <message>
        <source>would replace  key store %1 from %2%3</source>
        <translation>würde ersetzen  Keystore %1 aus %2%3</translation>
    </message>
    <message>
        <source>exists     key store %1: the subaccount has another file under this name%2; --overwrite replaces it</source>
        <translation>vorhanden  Keystore %1: Das Unterkonto hat unter diesem Namen eine andere Datei%2; --overwrite ersetzt sie</translation>
    </message>
    <message>
        <source>MISSING    key store %1: %2</source>
        <translation>FEHLT      Keystore %1: %2</translation>
    </message>
    <message>
        <source>held back  %1: the key store it names, %2, exists with other content; --overwrite replaces it</source>
        <translation>zurückgehalten  %1: Der Keystore, den sie nennt, %2, existiert mit anderem Inhalt; --overwrite ersetzt ihn</translation>
    </message>
    <message>
        <source>uploaded   key store %1</source>
        <translation>hochgeladen Keystore %1</translation>
    </message>
    <message>
        <source>replaced   key store %1</source>
        <translation>ersetzt    Keystore %1</translation>
    </message>
    <message>
        <source>FAILED     key store %1: %2</source>
        <translation>FEHLER     Keystore %1: %2</translation>
    </message>
    <message>
        <source>Creates or updates, in a subaccount, the destinations a setup file describes, over the SAP BTP Destination service REST API. Destinations that already hold the same values are left alone, so running it again changes nothing. A key store the destinations name, chosen as a file on this computer, goes first into the subaccount&apos;s destination certificates under its file name (replaced only with --overwrite).
Secrets come from --secrets or, without it, from the keychain.
Exit codes: 0 applied (or nothing to do); 1 a destination or key store failed or is missing, or exists with other values and --overwrite was not given (said which); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Legt die Destinations, die eine Einrichtungsdatei beschreibt, über die REST-API des Destination Service von SAP BTP in einem Unterkonto an oder aktualisiert sie. Destinations, die bereits dieselben Werte enthalten, bleiben unverändert, daher ändert ein erneuter Aufruf nichts. Ein Keystore, den die Destinations nennen und der als Datei auf diesem Computer ausgewählt ist, kommt zuerst unter seinem Dateinamen in die Destination-Zertifikate des Unterkontos (ersetzt wird er nur mit --overwrite).
Secrets kommen aus --secrets oder, ohne diese Option, aus dem Schlüsselbund.
Exit-Codes: 0 angewendet (oder nichts zu tun); 1 eine Destination oder ein Keystore ist fehlgeschlagen oder fehlt oder existiert mit anderen Werten und --overwrite wurde nicht angegeben (wird jeweils genannt); 2 fehlerhafte Eingabe; 3 das Unterkonto war nicht erreichbar oder hat den Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Replace destinations and key stores that exist with other values.</source>
        <translation>Destinations und Keystores ersetzen, die mit anderen Werten vorhanden sind.</translation>
    </message>
    <message>
        <source>Upload %1 to the subaccount&apos;s destination certificates (Connectivity &gt; Destination Certificates) as %2: %3 name it, and the files do not hold it.</source>
        <translation>Laden Sie %1 als %2 in die Destination-Zertifikate des Unterkontos hoch (Connectivity &gt; Destination Certificates): %3 nennen die Datei, und die Dateien enthalten sie nicht.</translation>
    </message>
    <message>
        <source>Usage:
  taskcenter-connect [--setup FILE] [--lang CODE]   start the wizard
  taskcenter-connect COMMAND [options]              work without a window

Commands:
  inspect-cert FILE [--json]
      Show a trust certificate&apos;s facts. Exit 0 valid, 1 expired or expiring within %1 days,
      2 not a certificate.
  export SETUP.json --out DIR [--secrets SECRETS.json] [--include-secrets]
         [--format properties|json|both]
      Write the destinations a setup file describes. Exit 0 written, 2 bad input.
  apply SETUP.json --subaccount DESTINATION-KEY.json [--secrets SECRETS.json]
        [--overwrite] [--dry-run]
      Create or update the destinations in a subaccount over the Destination service.
      Exit 0 applied or nothing to do, 1 a destination failed or exists with other values
      (without --overwrite), 2 bad input, 3 subaccount unreachable or key rejected.
  fetch-trust --subaccount DESTINATION-KEY.json --out FILE
      Write the subaccount&apos;s trust certificate as PEM. Exit 0 written, 1 expiring, expired or
      none yet, 2 bad input, 3 subaccount unreachable or key rejected.
  validate [SOURCE ...] [--subaccount DESTINATION-KEY.json | --sandbox URL] [--trust FILE]
           [--format text|json|html|pdf] [--out FILE]
      Check existing destinations (files, folders, a subaccount) and the trust certificate, and
      say what is wrong and how to fix it. Exit 0 no errors, 1 errors found, 2 bad input,
      3 subaccount unreachable or key rejected.
  trust status|prepare|rotate|remove-passive --subaccount DESTINATION-KEY.json
        [--out FILE] [--yes] [--keep]
      Rotate the subaccount&apos;s trust certificate without downtime: prepare a passive one (--out
      writes it for the providers), give it to every provider listed, rotate --yes (rotated
      back when a provider refuses it, unless --keep), remove-passive. Exit 0 done, 1 attention
      (expiring or none; rotate without --yes; a provider refused), 2 bad input, 3 unreachable.
  providers [--json]
      List the task providers: the id a setup file&apos;s &quot;provider&quot; takes, its ways (&quot;path&quot;),
      and the names of the values and secrets it needs. Exit 0 listed, 2 bad options.
  sandbox [--port N] [--seed empty|demo] [--write-key FILE]
      Serve a built-in subaccount (token endpoint and Destination service) on 127.0.0.1
      until Ctrl+C; FILE receives its service key. Exit 0 stopped, 2 bad options or port in use.

Wizard options:
  --setup FILE   continue the setup saved in FILE
  --lang CODE    language of the window, e.g. de

  -h, --help     show this help; &apos;taskcenter-connect COMMAND --help&apos; shows a command&apos;s options
  -v, --version  show the version
</source>
        <translation>Aufruf:
  taskcenter-connect [--setup FILE] [--lang CODE]   Assistenten starten
  taskcenter-connect COMMAND [options]              ohne Fenster arbeiten

Befehle:
  inspect-cert FILE [--json]
      Angaben eines Vertrauenszertifikats zeigen. Exit 0 gültig, 1 abgelaufen oder läuft
      innerhalb von %1 Tagen ab, 2 kein Zertifikat.
  export SETUP.json --out DIR [--secrets SECRETS.json] [--include-secrets]
         [--format properties|json|both]
      Die Destinations einer Einrichtungsdatei schreiben. Exit 0 geschrieben, 2 fehlerhafte Eingabe.
  apply SETUP.json --subaccount DESTINATION-KEY.json [--secrets SECRETS.json]
        [--overwrite] [--dry-run]
      Die Destinations über den Destination Service in einem Unterkonto anlegen oder aktualisieren.
      Exit 0 angewendet oder nichts zu tun, 1 Destination fehlgeschlagen oder mit anderen Werten
      vorhanden (ohne --overwrite), 2 fehlerhafte Eingabe, 3 Unterkonto unerreichbar/Schlüssel abgelehnt.
  fetch-trust --subaccount DESTINATION-KEY.json --out FILE
      Vertrauenszertifikat des Unterkontos als PEM schreiben. Exit 0 geschrieben, 1 läuft bald ab,
      abgelaufen oder noch keines, 2 fehlerhafte Eingabe, 3 Unterkonto unerreichbar/Schlüssel abgelehnt.
  validate [SOURCE ...] [--subaccount DESTINATION-KEY.json | --sandbox URL] [--trust FILE]
           [--format text|json|html|pdf] [--out FILE]
      Vorhandene Destinations (Dateien, Ordner, ein Unterkonto) und das Vertrauenszertifikat prüfen
      und melden, was falsch ist und wie Sie es beheben. Exit 0 keine Fehler, 1 Fehler gefunden,
      2 fehlerhafte Eingabe, 3 Unterkonto unerreichbar/Schlüssel abgelehnt.
  trust status|prepare|rotate|remove-passive --subaccount DESTINATION-KEY.json
        [--out FILE] [--yes] [--keep]
      Das Vertrauenszertifikat des Unterkontos ohne Ausfallzeit rotieren: ein passives vorbereiten
      (--out schreibt es für die Anbieter), es jedem aufgeführten Anbieter geben, rotate --yes
      (wird zurückrotiert, wenn ein Anbieter es ablehnt, außer mit --keep), remove-passive. Exit 0
      erledigt, 1 Achtung (läuft ab oder keines; rotate ohne --yes; ein Anbieter lehnt ab),
      2 fehlerhafte Eingabe, 3 nicht erreichbar.
  providers [--json]
      Die Aufgabenanbieter auflisten: die ID für „provider“ in einer Setup-Datei, ihre Wege („path“)
      und die Namen der Werte und Geheimnisse, die sie braucht. Exit 0 aufgelistet, 2 fehlerhafte Optionen.
  sandbox [--port N] [--seed empty|demo] [--write-key FILE]
      Eingebautes Unterkonto (Token-Endpunkt, Destination Service) auf 127.0.0.1 bereitstellen,
      bis Strg+C; FILE erhält den Dienstschlüssel. Exit 0 beendet, 2 fehlerhafte Optionen/Port belegt.

Optionen des Assistenten:
  --setup FILE   die in FILE gespeicherte Einrichtung fortsetzen
  --lang CODE    Sprache des Fensters, z. B. de

  -h, --help     diese Hilfe zeigen; &apos;taskcenter-connect COMMAND --help&apos; zeigt die Optionen eines Befehls
  -v, --version  die Version zeigen
</translation>
    </message>
    <message>
        <source>not readable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>  valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>  gültig bis %1 (noch %n Tag)</numerusform>
            <numerusform>  gültig bis %1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>  SHA-256 %1</source>
        <translation>  SHA-256 %1</translation>
    </message>
    <message>
        <source>No destination in this subaccount signs with the trust certificate.</source>
        <translation>Keine Destination in diesem Unterkonto signiert mit dem Vertrauenszertifikat.</translation>
    </message>
    <message>
        <source>Providers that must hold the certificate (destinations signing with it):</source>
        <translation>Anbieter, die das Zertifikat haben müssen (Destinations, die damit signieren):</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under Connectivity &gt; Destination Trust (Generate Trust).</source>
        <translation>Das Unterkonto hat noch kein Vertrauenszertifikat. Erstellen Sie eines im SAP BTP Cockpit unter Connectivity &gt; Destination Trust (Generate Trust).</translation>
    </message>
    <message>
        <source>Rotate it: &apos;trust prepare&apos;, give the passive certificate to every provider above, then &apos;trust rotate --yes&apos;. Renewing the active one directly stops task updates until every provider has the new one, which is why SAP advises against it.</source>
        <translation>Rotieren Sie es: Führen Sie &apos;trust prepare&apos; aus, geben Sie das passive Zertifikat jedem oben genannten Anbieter und führen Sie dann &apos;trust rotate --yes&apos; aus. Wenn Sie das aktive Zertifikat direkt erneuern, werden Aufgaben erst wieder aktualisiert, wenn jeder Anbieter das neue hat; deshalb rät SAP davon ab.</translation>
    </message>
    <message>
        <source>The subaccount&apos;s destination trust certificates, rotated without downtime as SAP advises: &apos;prepare&apos; makes a passive certificate (--out FILE writes it for the providers), you give it to every provider listed, &apos;rotate --yes&apos; swaps the two and asks for a token with every destination that can get one alone; when one fails it rotates back (unless --keep). &apos;remove-passive&apos; deletes the passive certificate (after a rotation: the old one). &apos;status&apos; shows both and the providers that hold them.
Actions: status, prepare, rotate, remove-passive.
Exit codes: 0 done (status: valid for more than %1 days); 1 attention (expiring, expired or none; rotate without --yes; a provider refused the new certificate); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Die Destination-Vertrauenszertifikate des Unterkontos, ohne Ausfallzeit rotiert, wie SAP es empfiehlt: &apos;prepare&apos; erstellt ein passives Zertifikat (--out FILE schreibt es für die Anbieter), Sie geben es jedem aufgeführten Anbieter, &apos;rotate --yes&apos; tauscht die beiden und fordert mit jeder Destination, die ohne Benutzer ein Token erhalten kann, ein Token an; schlägt eine fehl, wird zurückrotiert (außer mit --keep). &apos;remove-passive&apos; löscht das passive Zertifikat (nach einer Rotation: das alte). &apos;status&apos; zeigt beide und die Anbieter, die sie haben.
Aktionen: status, prepare, rotate, remove-passive.
Exit-Codes: 0 erledigt (status: noch mehr als %1 Tage gültig); 1 Achtung (läuft bald ab, abgelaufen oder keines; rotate ohne --yes; ein Anbieter hat das neue Zertifikat abgelehnt); 2 fehlerhafte Eingabe; 3 das Unterkonto war nicht erreichbar oder hat den Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>prepare: write the passive certificate (PEM) to FILE.</source>
        <translation>prepare: das passive Zertifikat (PEM) in FILE schreiben.</translation>
    </message>
    <message>
        <source>rotate: rotate now.</source>
        <translation>rotate: jetzt rotieren.</translation>
    </message>
    <message>
        <source>rotate: keep the new certificate even when a provider refuses it.</source>
        <translation>rotate: das neue Zertifikat behalten, auch wenn ein Anbieter es ablehnt.</translation>
    </message>
    <message>
        <source>Say what to do: trust status, prepare, rotate or remove-passive.
Run &apos;taskcenter-connect trust --help&apos; for the options.</source>
        <translation>Geben Sie an, was geschehen soll: trust status, prepare, rotate oder remove-passive.
Die Optionen zeigt &apos;taskcenter-connect trust --help&apos;.</translation>
    </message>
    <message>
        <source>trust %1 takes no FILE of its own.
Run &apos;taskcenter-connect trust --help&apos; for the options.</source>
        <translation>trust %1 erwartet keine eigene Datei (FILE).
Die Optionen zeigt &apos;taskcenter-connect trust --help&apos;.</translation>
    </message>
    <message>
        <source>--out belongs to &apos;trust prepare&apos;.</source>
        <translation>--out ist eine Option von &apos;trust prepare&apos;.</translation>
    </message>
    <message>
        <source>--yes and --keep belong to &apos;trust rotate&apos;.</source>
        <translation>--yes und --keep sind Optionen von &apos;trust rotate&apos;.</translation>
    </message>
    <message>
        <source>Active:  </source>
        <translation>Aktiv:  </translation>
    </message>
    <message>
        <source>Passive: </source>
        <translation>Passiv: </translation>
    </message>
    <message>
        <source>Nothing was changed. Once every provider above holds the passive certificate, run &apos;trust rotate --yes&apos;.</source>
        <translation>Es wurde nichts geändert. Sobald jeder oben genannte Anbieter das passive Zertifikat hat, führen Sie &apos;trust rotate --yes&apos; aus.</translation>
    </message>
    <message>
        <source>Nothing was changed. There is no passive certificate yet: run &apos;trust prepare&apos; first.</source>
        <translation>Es wurde nichts geändert. Es gibt noch kein passives Zertifikat: Führen Sie zuerst &apos;trust prepare&apos; aus.</translation>
    </message>
    <message numerus="yes">
        <source>Rotated back: %n destination(s) got no token with the new certificate, so the old one is active again and no task update was lost. Give the passive certificate to those providers, then rotate again.</source>
        <translation>
            <numerusform>Zurückrotiert: %n Destination hat mit dem neuen Zertifikat kein Token erhalten, daher ist wieder das alte aktiv, und keine Aufgabenänderung ging verloren. Geben Sie den betroffenen Anbietern das passive Zertifikat und rotieren Sie dann erneut.</numerusform>
            <numerusform>Zurückrotiert: %n Destinations haben mit dem neuen Zertifikat kein Token erhalten, daher ist wieder das alte aktiv, und keine Aufgabenänderung ging verloren. Geben Sie den betroffenen Anbietern das passive Zertifikat und rotieren Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotated. %n destination(s) got a token with the new certificate.</source>
        <translation>
            <numerusform>Rotiert. %n Destination hat mit dem neuen Zertifikat ein Token erhalten.</numerusform>
            <numerusform>Rotiert. %n Destinations haben mit dem neuen Zertifikat ein Token erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passive certificate is in %1.</source>
        <translation>Das passive Zertifikat liegt in %1.</translation>
    </message>
    <message>
        <source>Give the passive certificate to every provider above (where its guide says to upload the trust certificate), then run &apos;trust rotate --yes&apos;.</source>
        <translation>Geben Sie das passive Zertifikat jedem oben genannten Anbieter (dort, wo seine Anleitung das Hochladen des Vertrauenszertifikats vorsieht), und führen Sie dann &apos;trust rotate --yes&apos; aus.</translation>
    </message>
</context>
<context>
    <name>ConfigurationCheck</name>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>Die Destinations von „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the trust certificate of &quot;%1&quot;…</source>
        <translation>Das Vertrauenszertifikat von „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Testing tokens: %1 of %2 destinations…</source>
        <translation>Tokens werden getestet: %1 von %2 Destinations…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the destination certificates of &quot;%1&quot;…</source>
        <translation>Die Destination-Zertifikate von „%1“ werden gelesen…</translation>
    </message>
</context>
<context>
    <name>ConfigurationFix</name>
    <message>
        <source>Set tc.enabled to true on %1 in the subaccount. SAP Task Center then reads its tasks (the first time, those of the last 90 days). Nothing else in the destination changes.</source>
        <translation>tc.enabled wird bei %1 im Unterkonto auf true gesetzt. SAP Task Center liest dann seine Aufgaben (beim ersten Mal die der letzten 90 Tage). Sonst ändert sich nichts an der Destination.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from the secondary destination %1 in the subaccount. Nothing else in the destination changes.</source>
        <translation>tc.enabled wird aus der sekundären Destination %1 im Unterkonto entfernt. Sonst ändert sich nichts an der Destination.</translation>
    </message>
    <message>
        <source>This finding cannot be fixed here; follow its fix in the SAP BTP cockpit.</source>
        <translation>Dieser Befund kann hier nicht behoben werden; folgen Sie seiner Behebung im SAP BTP Cockpit.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else in the meantime, so nothing was written. Check again, then fix it.</source>
        <translation>%1 wurde inzwischen von jemand anderem geändert, daher wurde nichts geschrieben. Prüfen Sie erneut und beheben Sie es dann.</translation>
    </message>
    <message>
        <source>%1 was changed since the check, so nothing was written. Check again, then fix it.</source>
        <translation>%1 wurde seit der Prüfung geändert, daher wurde nichts geschrieben. Prüfen Sie erneut und beheben Sie es dann.</translation>
    </message>
</context>
<context>
    <name>ConfigurationSource</name>
    <message>
        <source>No destination in this JSON file: it has no object with a &quot;Name&quot;.</source>
        <translation>Keine Destination in dieser JSON-Datei: Sie enthält kein Objekt mit &quot;Name&quot;.</translation>
    </message>
    <message>
        <source>This file looks like JSON but cannot be read (%1 at character %2). Export the destination again.</source>
        <translation>Diese Datei sieht nach JSON aus, kann aber nicht gelesen werden (%1 bei Zeichen %2). Exportieren Sie die Destination erneut.</translation>
    </message>
    <message>
        <source>Not a destination file: it has no Name property. Export destinations from the SAP BTP cockpit (Connectivity &gt; Destinations &gt; Export).</source>
        <translation>Keine Destination-Datei: Sie hat keine Eigenschaft Name. Exportieren Sie Destinations aus dem SAP BTP Cockpit (Connectivity &gt; Destinations &gt; Export).</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>Datei oder Ordner nicht gefunden.</translation>
    </message>
    <message>
        <source>The folder holds no files.</source>
        <translation>Der Ordner enthält keine Dateien.</translation>
    </message>
    <message>
        <source>Too large for a destination file (over 4 MB); skipped.</source>
        <translation>Zu groß für eine Destination-Datei (über 4 MB); übersprungen.</translation>
    </message>
    <message>
        <source>This zip archive is damaged (%1); the files before the damage were checked. Export the destinations again.</source>
        <translation>Dieses Zip-Archiv ist beschädigt (%1); die Dateien vor der beschädigten Stelle wurden geprüft. Exportieren Sie die Destinations erneut.</translation>
    </message>
    <message>
        <source>The zip archive holds no files.</source>
        <translation>Das Zip-Archiv enthält keine Dateien.</translation>
    </message>
    <message>
        <source>An archive inside an archive is not read; unpack it and check its files.</source>
        <translation>Ein Archiv in einem Archiv wird nicht gelesen; entpacken Sie es und prüfen Sie seine Dateien.</translation>
    </message>
    <message>
        <source>This archive holds more than 64 MB or %1 files; the rest is not checked. Check the destinations in parts.</source>
        <translation>Dieses Archiv enthält mehr als 64 MB oder %1 Dateien; der Rest wird nicht geprüft. Prüfen Sie die Destinations in Teilen.</translation>
    </message>
    <message>
        <source>Cannot be unpacked (%1); skipped.</source>
        <translation>Kann nicht entpackt werden (%1); übersprungen.</translation>
    </message>
    <message>
        <source>Not a file or folder (a device or a pipe); skipped.</source>
        <translation>Weder Datei noch Ordner (ein Gerät oder eine Pipe); übersprungen.</translation>
    </message>
    <message>
        <source>A link inside the archive, not a file; not read. Export the destinations again.</source>
        <translation>Eine Verknüpfung im Archiv, keine Datei; nicht gelesen. Exportieren Sie die Destinations erneut.</translation>
    </message>
    <message>
        <source>Not a file (a device or a pipe inside the archive); not read.</source>
        <translation>Keine Datei (ein Gerät oder eine Pipe im Archiv); nicht gelesen.</translation>
    </message>
    <message>
        <source>This file is saved as %1 text, but parts of it are not. Save it again as UTF-8, or export the destination again.</source>
        <translation>Diese Datei ist als %1-Text gespeichert, Teile davon aber nicht. Speichern Sie sie erneut als UTF-8 oder exportieren Sie die Destination erneut.</translation>
    </message>
    <message>
        <source>This folder cannot be opened: you have no permission to read it. Check it as a user who may, or copy the files somewhere you may read them.</source>
        <translation>Dieser Ordner kann nicht geöffnet werden: Sie haben keine Berechtigung, ihn zu lesen. Prüfen Sie ihn als Benutzer, der ihn lesen darf, oder kopieren Sie die Dateien an einen Ort, an dem Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Its name is not UTF-8 text, so it cannot be opened by that name; not read. Rename it.</source>
        <translation>Der Name ist kein UTF-8-Text, daher kann der Eintrag unter diesem Namen nicht geöffnet werden; nicht gelesen. Benennen Sie ihn um.</translation>
    </message>
    <message>
        <source>Not a file (a device or a pipe); not read.</source>
        <translation>Keine Datei (ein Gerät oder eine Pipe); nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Task Center Connect</source>
        <translation>Task Center Connect</translation>
    </message>
    <message>
        <source>&amp;Save progress…</source>
        <translation>Fortschritt s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save what you entered so far, to continue later</source>
        <translation>Bisherige Eingaben speichern, um später weiterzumachen</translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation>Fortschritt speichern</translation>
    </message>
    <message>
        <source>Setup files (*.json)</source>
        <translation>Einrichtungsdateien (*.json)</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>Fortschritt nicht gespeichert</translation>
    </message>
    <message>
        <source>Continue a saved setup</source>
        <translation>Gespeicherte Einrichtung fortsetzen</translation>
    </message>
    <message>
        <source>Setup not opened</source>
        <translation>Einrichtung nicht geöffnet</translation>
    </message>
    <message>
        <source>The setup could not be opened: %1</source>
        <translation>Die Einrichtung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Noch einmal prüfen</translation>
    </message>
    <message>
        <source>Back to the check, to see what is left</source>
        <translation>Zurück zur Prüfung, um zu sehen, was noch offen ist</translation>
    </message>
    <message>
        <source>Progress saved</source>
        <translation>Fortschritt gespeichert</translation>
    </message>
    <message>
        <source>Leave the setup?</source>
        <translation>Einrichtung verlassen?</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Task Center Connect – checking a configuration – %1</source>
        <translation>Task Center Connect – Konfiguration prüfen – %1</translation>
    </message>
    <message>
        <source>Task Center Connect – %1 – step %2 of %3: %4</source>
        <translation>Task Center Connect – %1 – Schritt %2 von %3: %4</translation>
    </message>
    <message>
        <source>What this step is for, where to click, and SAP&apos;s guide for it</source>
        <translation>Wozu dieser Schritt dient, wo Sie klicken und die SAP-Anleitung dazu</translation>
    </message>
    <message>
        <source>Your setup is saved in %1. To continue it later, choose &quot;Continue a saved setup…&quot; on the first page.</source>
        <translation>Ihre Einrichtung ist in %1 gespeichert. Um sie später fortzusetzen, wählen Sie auf der ersten Seite „Gespeicherte Einrichtung fortsetzen…“.</translation>
    </message>
    <message>
        <source>Your saved setup is open again. To go on, give again:</source>
        <translation>Ihre gespeicherte Einrichtung ist wieder geöffnet. Um fortzufahren, geben Sie erneut an:</translation>
    </message>
    <message>
        <source>Keep for later: next time, the first page offers to continue where you left off.</source>
        <translation>Für später behalten: Beim nächsten Mal bietet die erste Seite an, dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Discard: forget this setup.</source>
        <translation>Verwerfen: Diese Einrichtung wird vergessen.</translation>
    </message>
    <message>
        <source>&amp;Keep for later</source>
        <translation>Für &amp;später behalten</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>Im Assistenten &amp;bleiben</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(follows from an earlier step)</source>
        <translation>(ergibt sich aus einem früheren Schritt)</translation>
    </message>
    <message>
        <source>Someone else administers %1? Give them a sheet with these values.</source>
        <translation>Wird %1 von jemand anderem verwaltet? Geben Sie der Person ein Blatt mit diesen Werten.</translation>
    </message>
    <message>
        <source>Hand-&amp;off sheet…</source>
        <translation>Über&amp;gabeblatt…</translation>
    </message>
    <message>
        <source>What to enter in %1, value by value, to print or save as PDF; secrets left out</source>
        <translation>Was in %1 einzutragen ist, Wert für Wert, zum Drucken oder Speichern als PDF; ohne Secrets</translation>
    </message>
</context>
<context>
    <name>CopyableValue</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save %1 as a file</source>
        <translation>%1 als Datei speichern</translation>
    </message>
    <message>
        <source>Save %1 as a file, to upload it</source>
        <translation>%1 als Datei speichern, um sie hochzuladen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>DataCenterDiffers</name>
    <message>
        <source>%1 reaches a provider in data center %2, but this subaccount (SAP Task Center) is in %3. Task Center and the provider must be in the same data center.</source>
        <translation>%1 erreicht einen Anbieter im Rechenzentrum %2, dieses Unterkonto (SAP Task Center) liegt aber in %3. Task Center und der Anbieter müssen im selben Rechenzentrum liegen.</translation>
    </message>
    <message>
        <source>Connect a provider subaccount in %1, or use SAP Task Center in %2.</source>
        <translation>Verbinden Sie ein Unterkonto des Anbieters in %1, oder verwenden Sie SAP Task Center in %2.</translation>
    </message>
</context>
<context>
    <name>DestinationApplier</name>
    <message>
        <source>Not done: applying was cancelled.</source>
        <translation>Nicht ausgeführt: Das Anwenden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 does not exist in the subaccount yet.</source>
        <translation>%1 ist im Unterkonto noch nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 already exists in the subaccount and was left as it is.</source>
        <translation>%1 ist im Unterkonto bereits vorhanden und blieb unverändert.</translation>
    </message>
    <message>
        <source>Not done because %1 failed. %2 Fix the problem with %1 and try again.</source>
        <translation>Nicht ausgeführt, weil %1 fehlgeschlagen ist. %2 Beheben Sie das Problem mit %1 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not done: the connection to the subaccount was closed.</source>
        <translation>Nicht ausgeführt: Die Verbindung zum Unterkonto wurde geschlossen.</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount with other values. Check the differences, then overwrite it or choose another name.</source>
        <translation>Im Unterkonto gibt es bereits eine Destination namens %1 mit anderen Werten. Prüfen Sie die Unterschiede und überschreiben Sie sie dann oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 was deleted from the subaccount meanwhile, and its %2 cannot be kept. Enter them and apply again.</source>
        <translation>%1 wurde inzwischen aus dem Unterkonto gelöscht, daher können die Werte von %2 nicht beibehalten werden. Geben Sie sie ein und wenden Sie erneut an.</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount, and its values could not be read: %2</source>
        <translation>Im Unterkonto gibt es bereits eine Destination namens %1, und ihre Werte konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not done because %1 exists with other values. %2 Overwrite or rename %1 first.</source>
        <translation>Nicht ausgeführt, weil %1 mit anderen Werten vorhanden ist. %2 Überschreiben Sie %1 zuerst oder benennen Sie sie um.</translation>
    </message>
    <message>
        <source>Not done: %1 belongs to %2, which is not written with it. A secondary destination is written only together with its primary, so it never joins another system&apos;s pair.</source>
        <translation>Nicht ausgeführt: %1 gehört zu %2, das nicht mit ihr geschrieben wird. Eine sekundäre Destination wird nur zusammen mit ihrer primären geschrieben, damit sie sich nie dem Paar eines anderen Systems anschließt.</translation>
    </message>
    <message>
        <source>%1: %2 The change may have been made all the same. Apply again: it checks what the subaccount holds first and makes nothing twice.</source>
        <translation>%1: %2 Die Änderung wurde möglicherweise trotzdem vorgenommen. Wenden Sie sie erneut an: Dabei wird zuerst geprüft, was das Unterkonto enthält, und nichts doppelt angelegt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Destination service did not say what became of it.</source>
        <translation>Der Destination Service hat nicht gesagt, was daraus wurde.</translation>
    </message>
    <message>
        <source>Waiting: %1 is writing these destinations in this subaccount…</source>
        <translation>Warten, bis %1 diese Destinations in diesem Unterkonto geschrieben hat…</translation>
    </message>
    <message>
        <source>Not done: %1 was still writing these destinations in this subaccount. Try again when it has finished.</source>
        <translation>Nicht ausgeführt, weil %1 noch dabei war, diese Destinations in diesem Unterkonto zu schreiben. Versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Reading it back…</source>
        <translation>Wird zur Kontrolle erneut gelesen…</translation>
    </message>
    <message>
        <source>%1 was written, but is not in the subaccount any more: someone deleted it at the same time. Apply again to write it.</source>
        <translation>%1 wurde geschrieben, ist aber nicht mehr im Unterkonto: Jemand hat sie gleichzeitig gelöscht. Wenden Sie erneut an, um sie zu schreiben.</translation>
    </message>
    <message>
        <source>%1 does not hold what this run wrote: someone changed it at the same time. Apply again to write these values, and check who else changes it.</source>
        <translation>%1 enthält nicht das, was dieser Lauf geschrieben hat: Jemand hat sie gleichzeitig geändert. Wenden Sie erneut an, um diese Werte zu schreiben, und prüfen Sie, wer sie sonst noch ändert.</translation>
    </message>
    <message>
        <source>%1 was changed in the subaccount after the review. Check the differences, then overwrite it or leave it as it is.</source>
        <translation>%1 wurde nach der Prüfung im Unterkonto geändert. Prüfen Sie die Unterschiede und überschreiben Sie sie dann oder lassen Sie sie, wie sie ist.</translation>
    </message>
    <message>
        <source>Uploading the key store…</source>
        <translation>Keystore wird hochgeladen…</translation>
    </message>
    <message>
        <source>Replacing the key store…</source>
        <translation>Keystore wird ersetzt…</translation>
    </message>
    <message>
        <source>Not done: the key store %1 it names is not in the subaccount. %2</source>
        <translation>Nicht ausgeführt: Der Keystore %1, den sie nennt, ist nicht im Unterkonto. %2</translation>
    </message>
</context>
<context>
    <name>DestinationChangePlan</name>
    <message>
        <source>added %1: %2</source>
        <translation>hinzugefügt %1: %2</translation>
    </message>
    <message>
        <source>changed %1: %2 → %3</source>
        <translation>geändert %1: %2 → %3</translation>
    </message>
    <message>
        <source>removed %1 (was %2)</source>
        <translation>entfernt %1 (war %2)</translation>
    </message>
    <message>
        <source>changed %1 (hidden)</source>
        <translation>%1 geändert (verborgen)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>%1 is not among this subaccount&apos;s destination certificates. Choose the key store file on this computer, and it is uploaded with the destinations.</source>
        <translation>%1 ist nicht unter den Destination-Zertifikaten dieses Unterkontos. Wählen Sie die Keystore-Datei auf diesem Computer aus; sie wird dann mit den Destinations hochgeladen.</translation>
    </message>
</context>
<context>
    <name>DestinationExporter</name>
    <message>
        <source>The destination name &quot;%1&quot; cannot be a file name. Use letters, digits, _ and -.</source>
        <translation>Der Destination-Name „%1“ kann kein Dateiname sein. Verwenden Sie Buchstaben, Ziffern, _ und -.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>DestinationLock</name>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, Prozess %2 auf %3</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>another run of this program</source>
        <translation>ein anderer Lauf dieses Programms</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>&amp;Edit properties (for experts)</source>
        <translation>Eigenschaften &amp;bearbeiten (für Experten)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>Reset to documented &amp;values</source>
        <translation>Auf dokumentierte Werte zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>These are the properties SAP&apos;s guide lists; check them, then continue.</source>
        <translation>Dies sind die Eigenschaften aus der SAP-Anleitung. Prüfen Sie sie und fahren Sie dann fort.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Destination properties</source>
        <translation>Eigenschaften der Destination</translation>
    </message>
    <message>
        <source>Property, e.g. tc.ui.label</source>
        <translation>Eigenschaft, z. B. tc.ui.label</translation>
    </message>
    <message>
        <source>New property name</source>
        <translation>Name der neuen Eigenschaft</translation>
    </message>
    <message>
        <source>New property value</source>
        <translation>Wert der neuen Eigenschaft</translation>
    </message>
    <message>
        <source>Required by SAP Task Center exactly like this.</source>
        <translation>SAP Task Center verlangt genau diesen Wert.</translation>
    </message>
    <message>
        <source>A property name has letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;/&apos; and no spaces, for example tc.ui.label.</source>
        <translation>Ein Eigenschaftsname besteht aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; oder &apos;/&apos; ohne Leerzeichen, zum Beispiel tc.ui.label.</translation>
    </message>
    <message>
        <source>%1 cannot be changed here: SAP Task Center requires it as it is, or it follows a field of an earlier step.</source>
        <translation>%1 kann hier nicht geändert werden: SAP Task Center verlangt genau diesen Wert, oder er stammt aus einem Feld eines früheren Schritts.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: SAP Task Center requires it.</source>
        <translation>%1 kann nicht entfernt werden: SAP Task Center verlangt diese Eigenschaft.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>This provider definition has no destination &quot;%1&quot;.</source>
        <translation>Diese Anbieterdefinition hat keine Destination „%1“.</translation>
    </message>
    <message>
        <source>(entered in an earlier step; not yet entered)</source>
        <translation>(Eingabe in einem früheren Schritt; noch nicht eingegeben)</translation>
    </message>
    <message>
        <source>•••••••• (entered in an earlier step)</source>
        <translation>•••••••• (in einem früheren Schritt eingegeben)</translation>
    </message>
    <message>
        <source>Secret: it follows the value you entered in an earlier step.</source>
        <translation>Secret: Der Wert ergibt sich aus Ihrer Eingabe in einem früheren Schritt.</translation>
    </message>
    <message>
        <source>%1 holds a secret. The wizard takes secrets only from its own fields and never saves them in a setup file: add it in the SAP BTP cockpit once the destination is written.</source>
        <translation>%1 enthält ein Secret. Der Assistent übernimmt Secrets nur aus seinen eigenen Feldern und speichert sie nie in einer Einrichtungsdatei: Fügen Sie es im SAP BTP Cockpit hinzu, sobald die Destination geschrieben ist.</translation>
    </message>
</context>
<context>
    <name>DestinationServiceKey</name>
    <message>
        <source>This is the key of an SAP Task Center instance, not of the Destination service. Open the Destination service instance (service destination, plan lite) in the subaccount and use its service key.</source>
        <translation>Das ist der Schlüssel einer Instanz von SAP Task Center, nicht des Destination Service. Öffnen Sie im Unterkonto die Instanz des Destination Service (Service destination, Plan lite) und verwenden Sie deren Dienstschlüssel.</translation>
    </message>
    <message>
        <source>The field clientsecret is missing: this key uses an X.509 certificate instead. Only keys with a client secret are supported. In the cockpit, create a new service key for the Destination service instance without parameters (or with {&quot;credential-type&quot;: &quot;binding-secret&quot;}) and use that one.</source>
        <translation>Das Feld clientsecret fehlt: Dieser Schlüssel verwendet stattdessen ein X.509-Zertifikat. Unterstützt werden nur Schlüssel mit Client-Secret. Legen Sie im Cockpit für die Instanz des Destination Service einen neuen Dienstschlüssel ohne Parameter (oder mit {&quot;credential-type&quot;: &quot;binding-secret&quot;}) an und verwenden Sie diesen.</translation>
    </message>
    <message>
        <source>The field clientsecret is missing. Copy the whole key again from the cockpit.</source>
        <translation>Das Feld clientsecret fehlt. Kopieren Sie den ganzen Schlüssel erneut aus dem Cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Credentials are sent only over https. Copy the whole key again from the cockpit.</source>
        <translation>Das Feld %1 ist keine https://-Adresse („%2“). Zugangsdaten werden nur über https gesendet. Kopieren Sie den ganzen Schlüssel erneut aus dem Cockpit.</translation>
    </message>
    <message>
        <source>Destination service</source>
        <translation>Destination Service</translation>
    </message>
</context>
<context>
    <name>DestinationServiceReply</name>
    <message>
        <source>Reading destinations</source>
        <translation>Destinations werden gelesen</translation>
    </message>
    <message>
        <source>Reading destination %1</source>
        <translation>Destination %1 wird gelesen</translation>
    </message>
    <message>
        <source>Creating destination %1</source>
        <translation>Destination %1 wird angelegt</translation>
    </message>
    <message>
        <source>Updating destination %1</source>
        <translation>Destination %1 wird aktualisiert</translation>
    </message>
    <message>
        <source>Deleting destination %1</source>
        <translation>Destination %1 wird gelöscht</translation>
    </message>
    <message>
        <source>Reading the trust certificate</source>
        <translation>Vertrauenszertifikat wird gelesen</translation>
    </message>
    <message>
        <source>Checking destination %1</source>
        <translation>Destination %1 wird geprüft</translation>
    </message>
    <message>
        <source>Getting a token</source>
        <translation>Token wird abgerufen</translation>
    </message>
    <message>
        <source>The request failed (%1). Check your network connection and try again.</source>
        <translation>Die Anfrage ist fehlgeschlagen (%1). Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> Der Service meldete: „%1“.</translation>
    </message>
    <message>
        <source>The request was cancelled. If it was already on its way, the change may have been made; read the destinations again before you repeat it.</source>
        <translation>Die Anfrage wurde abgebrochen. War sie schon unterwegs, wurde die Änderung vielleicht bereits ausgeführt; lesen Sie die Destinations erneut, bevor Sie sie wiederholen.</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing was changed.</source>
        <translation>Die Anfrage wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Check your network connection (and proxy), then try again.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet. Prüfen Sie Ihre Netzwerkverbindung (und den Proxy) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 port %2 (the connection was refused). Check that the service key is complete and current, and that no firewall blocks the connection.</source>
        <translation>Unter %1, Port %2, antwortet nichts (die Verbindung wurde abgelehnt). Prüfen Sie, ob der Dienstschlüssel vollständig und aktuell ist und ob keine Firewall die Verbindung blockiert.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check your network connection and that the service key belongs to an existing subaccount.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie Ihre Netzwerkverbindung und ob der Dienstschlüssel zu einem bestehenden Unterkonto gehört.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted (%2), so nothing was sent. Check the date and time of this computer and whether a proxy inspects https traffic.</source>
        <translation>Der sicheren Verbindung zu %1 konnte nicht vertraut werden (%2), daher wurde nichts gesendet. Prüfen Sie Datum und Uhrzeit dieses Computers und ob ein Proxy den https-Verkehr untersucht.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>The address %1 does not use https, so the service key is not sent there. Use the service key exactly as the SAP BTP cockpit shows it.</source>
        <translation>Die Adresse %1 verwendet kein https, daher wird der Dienstschlüssel nicht dorthin gesendet. Verwenden Sie den Dienstschlüssel genau so, wie ihn das SAP BTP Cockpit zeigt.</translation>
    </message>
    <message>
        <source>The subaccount rejected the service key: its client ID or secret is not (or no longer) valid. Create a new service key for the Destination service instance in the cockpit and paste it here.</source>
        <translation>Das Unterkonto hat den Dienstschlüssel abgelehnt: Seine Client-ID oder sein Secret ist nicht (mehr) gültig. Legen Sie im Cockpit einen neuen Dienstschlüssel für die Instanz des Destination Service an und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>The service key may not do this (access denied).%1 Use the key of a Destination service instance in this subaccount, or ask a subaccount administrator.</source>
        <translation>Der Dienstschlüssel darf das nicht (Zugriff verweigert).%1 Verwenden Sie den Schlüssel einer Instanz des Destination Service in diesem Unterkonto oder wenden Sie sich an einen Administrator des Unterkontos.</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. In the SAP BTP cockpit, open Connectivity &gt; Destination Trust, choose Generate Trust, then try again.</source>
        <translation>Das Unterkonto hat noch kein Vertrauenszertifikat. Öffnen Sie im SAP BTP Cockpit Connectivity &gt; Destination Trust, wählen Sie Generate Trust und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The destination %1 does not exist in the subaccount.</source>
        <translation>Die Destination %1 ist im Unterkonto nicht vorhanden.</translation>
    </message>
    <message>
        <source>The Destination service was not found at this address.%1 Check the uri field of the service key.</source>
        <translation>Der Destination Service wurde unter dieser Adresse nicht gefunden.%1 Prüfen Sie das Feld uri des Dienstschlüssels.</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount. Choose another name or overwrite it.</source>
        <translation>Im Unterkonto gibt es bereits eine Destination namens %1. Wählen Sie einen anderen Namen oder überschreiben Sie sie.</translation>
    </message>
    <message>
        <source>The destination %1 was changed by someone else in the meantime. Read it again and repeat your change.</source>
        <translation>Die Destination %1 wurde inzwischen von jemand anderem geändert. Lesen Sie sie erneut und wiederholen Sie Ihre Änderung.</translation>
    </message>
    <message>
        <source>The Destination service is busy (too many requests) and still was after %1 tries. Wait a minute and try again.</source>
        <translation>Der Destination Service ist ausgelastet (zu viele Anfragen), auch noch nach %1 Versuchen. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Destination service had a problem on its side (HTTP %1) and still had after %2 tries. Try again in a few minutes; if it lasts, check the SAP BTP status page.</source>
        <translation>Der Destination Service hatte ein Problem auf seiner Seite (HTTP %1), auch noch nach %2 Versuchen. Versuchen Sie es in einigen Minuten erneut; hält es an, prüfen Sie die Statusseite von SAP BTP.</translation>
    </message>
    <message>
        <source>The Destination service refused the request as invalid.%1 Check the values you entered.</source>
        <translation>Der Destination Service hat die Anfrage als ungültig abgelehnt.%1 Prüfen Sie die eingegebenen Werte.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read. Check that the uri field of the service key points to the Destination service.</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden. Prüfen Sie, ob das Feld uri des Dienstschlüssels auf den Destination Service zeigt.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).%2 Try again; if it lasts, open Details and pass them to your administrator.</source>
        <translation>Die Anfrage ist fehlgeschlagen (HTTP %1).%2 Versuchen Sie es erneut; hält es an, öffnen Sie „Details“ und geben Sie diese an Ihren Administrator weiter.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Try again; if it keeps happening, check any proxy or firewall between this computer and SAP BTP.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen. Versuchen Sie es erneut; passiert das weiterhin, prüfen Sie Proxys und Firewalls zwischen diesem Computer und SAP BTP.</translation>
    </message>
    <message>
        <source>The destination %1 is stored, but the Destination service could not get a token with it: %2. Check the token service URL, user and password or client key of the destination.</source>
        <translation>Die Destination %1 ist gespeichert, aber der Destination Service konnte mit ihr kein Token abrufen: %2. Prüfen Sie in der Destination die Token Service URL, Benutzer und Passwort oder den Client Key.</translation>
    </message>
    <message>
        <source>The answer of %1 was larger than %2 and was not read. Check that the service key points to the Destination service.</source>
        <translation>Die Antwort von %1 war größer als %2 und wurde nicht gelesen. Prüfen Sie, ob der Dienstschlüssel auf den Destination Service zeigt.</translation>
    </message>
    <message>
        <source>The Destination service refused this because of a conflict with the subaccount&apos;s current state.%1 Read the subaccount again and try again.</source>
        <translation>Der Destination Service hat dies wegen eines Konflikts mit dem aktuellen Stand des Unterkontos abgelehnt.%1 Lesen Sie das Unterkonto erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Creating %1 destinations at once</source>
        <translation>%1 Destinations werden in einem Schritt erstellt</translation>
    </message>
    <message>
        <source>Updating %1 destinations at once</source>
        <translation>%1 Destinations werden in einem Schritt aktualisiert</translation>
    </message>
    <message>
        <source>The Destination service did not say what became of %1. It may have been written: read the subaccount again before you repeat the change.</source>
        <translation>Der Destination Service hat nicht gesagt, was aus %1 wurde. Sie wurde möglicherweise geschrieben: Lesen Sie das Unterkonto erneut, bevor Sie die Änderung wiederholen.</translation>
    </message>
    <message>
        <source>%1 did not answer within 1 second. Check your network connection (and proxy), then try again.</source>
        <translation>%1 hat nicht innerhalb von 1 Sekunde geantwortet. Prüfen Sie Ihre Netzwerkverbindung (und den Proxy) und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The Destination service is busy and asked to wait %n second(s) before trying again: longer than this program waits for an answer (%1). Try again after that time.</source>
        <translation>
            <numerusform>Der Destination Service ist ausgelastet und bittet, vor einem erneuten Versuch %n Sekunde zu warten: länger, als dieses Programm auf eine Antwort wartet (%1). Versuchen Sie es nach dieser Zeit erneut.</numerusform>
            <numerusform>Der Destination Service ist ausgelastet und bittet, vor einem erneuten Versuch %n Sekunden zu warten: länger, als dieses Programm auf eine Antwort wartet (%1). Versuchen Sie es nach dieser Zeit erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the destination certificates</source>
        <translation>Destination-Zertifikate werden gelesen</translation>
    </message>
    <message>
        <source>Uploading certificate %1</source>
        <translation>Zertifikat %1 wird hochgeladen</translation>
    </message>
    <message>
        <source>Replacing certificate %1</source>
        <translation>Zertifikat %1 wird ersetzt</translation>
    </message>
    <message>
        <source>The certificate %1 is not among the subaccount&apos;s destination certificates (any more).</source>
        <translation>Das Zertifikat %1 ist nicht (mehr) unter den Destination-Zertifikaten des Unterkontos.</translation>
    </message>
    <message>
        <source>A certificate named %1 is already among the subaccount&apos;s destination certificates. Replace it, or give the file another name.</source>
        <translation>Unter den Destination-Zertifikaten des Unterkontos gibt es bereits ein Zertifikat namens %1. Ersetzen Sie es oder geben Sie der Datei einen anderen Namen.</translation>
    </message>
    <message>
        <source>Reading the passive trust certificate</source>
        <translation>Passives Vertrauenszertifikat wird gelesen</translation>
    </message>
    <message>
        <source>Making the passive trust certificate</source>
        <translation>Passives Vertrauenszertifikat wird erstellt</translation>
    </message>
    <message>
        <source>Rotating the trust certificates</source>
        <translation>Vertrauenszertifikate werden rotiert</translation>
    </message>
    <message>
        <source>Deleting the passive trust certificate</source>
        <translation>Passives Vertrauenszertifikat wird gelöscht</translation>
    </message>
    <message>
        <source>The subaccount has no passive trust certificate.</source>
        <translation>Das Unterkonto hat kein passives Vertrauenszertifikat.</translation>
    </message>
    <message>
        <source>The subaccount has no passive trust certificate to rotate to. Prepare one first (trust prepare), give it to every provider, then rotate.</source>
        <translation>Das Unterkonto hat kein passives Vertrauenszertifikat, auf das rotiert werden kann. Erstellen Sie zuerst eines (trust prepare), geben Sie es jedem Anbieter und rotieren Sie dann.</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>The file that was there is unchanged.</source>
        <translation>Die dort vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>No file was made there.</source>
        <translation>Dort wurde keine Datei angelegt.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The disk is full: %1 needs %2, and %3 is free there. %4 Make room on the disk, or choose another folder, and try again.</source>
        <translation>Der Datenträger ist voll: %1 benötigt %2, dort sind aber nur %3 frei. %4 Schaffen Sie Platz auf dem Datenträger oder wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). %3 Check that you may write to that folder, or choose another one.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). %3 Prüfen Sie, ob Sie in diesen Ordner schreiben dürfen, oder wählen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Write destination files</source>
        <translation>Destination-Dateien &amp;erstellen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Both: .properties for the cockpit and .json for the REST API</source>
        <translation>Beide: .properties für das Cockpit und .json für die REST-API</translation>
    </message>
    <message>
        <source>.properties (the cockpit&apos;s import format)</source>
        <translation>.properties (Importformat des Cockpits)</translation>
    </message>
    <message>
        <source>.json (the Destination service REST API&apos;s format)</source>
        <translation>.json (Format der REST-API des Destination Service)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Folder for the destination files</source>
        <translation>Ordner für die Destination-Dateien</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Wählen Sie einen Ordner für die Dateien.</translation>
    </message>
    <message>
        <source>Something earlier is not complete yet: %1 Go back and correct it.</source>
        <translation>Ein früherer Schritt ist noch nicht vollständig: %1 Gehen Sie zurück und korrigieren Sie das.</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>These files exist already and will be replaced:
%1</source>
        <translation>Diese Dateien gibt es schon; sie werden ersetzt:
%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the SAP BTP cockpit, open the subaccount where SAP Task Center runs and choose &lt;b&gt;Connectivity &amp;gt; Destinations&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Create &amp;gt; From File&lt;/b&gt; and import %1, one file at a time.&lt;/li&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nächste Schritte&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Öffnen Sie im SAP BTP Cockpit das Unterkonto, in dem SAP Task Center läuft, und wählen Sie &lt;b&gt;Connectivity &amp;gt; Destinations&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Wählen Sie &lt;b&gt;Create &amp;gt; From File&lt;/b&gt; und importieren Sie %1, eine Datei nach der anderen.&lt;/li&gt;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&amp;Include the secrets in the files</source>
        <translation>Secrets in die Dateien &amp;aufnehmen</translation>
    </message>
    <message>
        <source>Save the destinations as files, then import them in the SAP BTP cockpit.</source>
        <translation>Speichern Sie die Destinations als Dateien und importieren Sie sie dann im SAP BTP Cockpit.</translation>
    </message>
    <message>
        <source>Anyone who has these files can use the secrets in them. Keep the files in a safe place and delete them after the import. Without this option the files leave the secrets out, as the cockpit&apos;s own export does, and you type them in after the import.</source>
        <translation>Wer diese Dateien hat, kann die darin enthaltenen Secrets verwenden. Bewahren Sie die Dateien sicher auf und löschen Sie sie nach dem Import. Ohne diese Option enthalten die Dateien keine Secrets, wie beim Export des Cockpits selbst, und Sie tragen die Secrets nach dem Import ein.</translation>
    </message>
    <message>
        <source>&lt;li&gt;In each imported destination, fill in the secrets the files leave out: &lt;b&gt;%1&lt;/b&gt; (the values you entered in the wizard&apos;s earlier steps).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Tragen Sie in jeder importierten Destination die Secrets ein, die in den Dateien fehlen: &lt;b&gt;%1&lt;/b&gt; (die Werte, die Sie in den früheren Schritten des Assistenten eingegeben haben).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;. You can also save them as files.</source>
        <translation>Die Destinations sind in „%1“. Sie können sie auch als Dateien speichern.</translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation>Geschrieben:
%1</translation>
    </message>
    <message>
        <source>Write the destination files to finish: they are what you import.</source>
        <translation>Erstellen Sie die Destination-Dateien, um abzuschließen: Sie sind das, was Sie importieren.</translation>
    </message>
    <message>
        <source>Save the destinations as files</source>
        <translation>Destinations als Dateien speichern</translation>
    </message>
    <message>
        <source>&lt;li&gt;Check in SAP Task Center&apos;s &lt;b&gt;Monitoring&lt;/b&gt; that the connector reports no error within the next hour (Task Center turns &lt;i&gt;tc.enabled&lt;/i&gt; off by itself when it cannot fetch a token for an hour).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Prüfen Sie im &lt;b&gt;Monitoring&lt;/b&gt; von SAP Task Center, dass der Konnektor innerhalb der nächsten Stunde keinen Fehler meldet (Task Center schaltet &lt;i&gt;tc.enabled&lt;/i&gt; selbst aus, wenn es eine Stunde lang kein Token abrufen kann).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;If you like, check the connection in SAP Task Center&apos;s &lt;b&gt;Monitoring&lt;/b&gt;, as SAP&apos;s guide suggests (the cockpit&apos;s &lt;i&gt;Check Connection&lt;/i&gt; may not show it correctly).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Wenn Sie möchten, prüfen Sie die Verbindung im &lt;b&gt;Monitoring&lt;/b&gt; von SAP Task Center, wie es die SAP-Anleitung empfiehlt (&lt;i&gt;Check Connection&lt;/i&gt; im Cockpit zeigt sie möglicherweise nicht richtig an).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Nothing is left to import: the destinations are in &quot;%1&quot;.&lt;/li&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nächste Schritte&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Es ist nichts mehr zu importieren: Die Destinations sind in „%1“.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Files are optional here, e.g. to set up another subaccount the same way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dateien sind hier optional, z. B. um ein weiteres Unterkonto genauso einzurichten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Save.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Speichern Sie.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Upload the key store %1 under &lt;b&gt;Connectivity &amp;gt; Destination Certificates&lt;/b&gt; (&lt;b&gt;Create &amp;gt; Import&lt;/b&gt;), keeping its file name: the destinations name it, and the files do not hold it.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Laden Sie den Keystore %1 unter &lt;b&gt;Connectivity &amp;gt; Destination Certificates&lt;/b&gt; (&lt;b&gt;Create &amp;gt; Import&lt;/b&gt;) hoch und behalten Sie seinen Dateinamen bei: Die Destinations nennen ihn, und die Dateien enthalten ihn nicht.&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Hand-off sheet</source>
        <translation>Übergabeblatt</translation>
    </message>
    <message>
        <source>The hand-off sheet</source>
        <translation>Das Übergabeblatt</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) on the sheet are not known yet. Complete the earlier steps, then open the sheet again.</source>
        <translation>
            <numerusform>%n Wert auf dem Blatt ist noch nicht bekannt. Schließen Sie die früheren Schritte ab und öffnen Sie das Blatt dann erneut.</numerusform>
            <numerusform>%n Werte auf dem Blatt sind noch nicht bekannt. Schließen Sie die früheren Schritte ab und öffnen Sie das Blatt dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the hand-off sheet</source>
        <translation>Übergabeblatt speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1. Secrets are not in it.</source>
        <translation>Gespeichert als %1. Secrets sind darin nicht enthalten.</translation>
    </message>
    <message>
        <source>Saved as %1, with %2 next to it to hand over too. Secrets are not in them.</source>
        <translation>Gespeichert als %1. Übergeben Sie auch %2 aus demselben Ordner. Secrets sind in keiner dieser Dateien enthalten.</translation>
    </message>
    <message>
        <source>Print the hand-off sheet</source>
        <translation>Übergabeblatt drucken</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
</context>
<context>
    <name>HandoffSheet</name>
    <message>
        <source>%1 - SAP Task Center hand-off.pdf</source>
        <translation>%1 - Übergabeblatt SAP Task Center.pdf</translation>
    </message>
    <message>
        <source>%1: what to enter for SAP Task Center</source>
        <translation>%1: Einzutragende Werte für SAP Task Center</translation>
    </message>
    <message>
        <source>For the administrator of %1. Please enter the values below in %1 as each step says, and send the values listed under &quot;To send back&quot; to the person setting up SAP Task Center.</source>
        <translation>Für die Administration von %1. Bitte tragen Sie die folgenden Werte so in %1 ein, wie es der jeweilige Schritt beschreibt, und senden Sie die unter „Zurückzusenden“ aufgeführten Werte an die Person, die SAP Task Center einrichtet.</translation>
    </message>
    <message>
        <source>Prepared on %1 with Task Center Connect.</source>
        <translation>Erstellt am %1 mit Task Center Connect.</translation>
    </message>
    <message>
        <source>Secrets (passwords, client secrets, keys) are not on this sheet. Where a step needs one, the sheet says where it comes from. Send secrets back only in a way your organization allows for passwords, never in a plain e-mail.</source>
        <translation>Secrets (Passwörter, Client-Secrets, Schlüssel) stehen nicht auf diesem Blatt. Wo ein Schritt eines braucht, steht auf dem Blatt, woher es kommt. Senden Sie Secrets nur auf einem Weg zurück, den Ihre Organisation für Passwörter erlaubt, niemals in einer einfachen E-Mail.</translation>
    </message>
    <message>
        <source>Your %1 system</source>
        <translation>Ihr System %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for this step: %1, %2</source>
        <translation>SAP-Anleitung für diesen Schritt: %1, %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>A secret, not on this sheet: ask the person setting up SAP Task Center for it.</source>
        <translation>Ein Secret, das nicht auf diesem Blatt steht: Fragen Sie die Person, die SAP Task Center einrichtet, danach.</translation>
    </message>
    <message>
        <source>Not known yet: it follows from an earlier step of the setup.</source>
        <translation>Noch nicht bekannt: Der Wert ergibt sich aus einem früheren Schritt der Einrichtung.</translation>
    </message>
    <message>
        <source>The file %1, handed over with this sheet.</source>
        <translation>Die Datei %1, die mit diesem Blatt übergeben wird.</translation>
    </message>
    <message>
        <source>To send back:</source>
        <translation>Zurückzusenden:</translation>
    </message>
    <message>
        <source>A secret: send it in a way your organization allows for passwords, not on this sheet.</source>
        <translation>Ein Secret: Senden Sie es auf einem Weg, den Ihre Organisation für Passwörter erlaubt, nicht auf diesem Blatt.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) below are not known yet: complete the earlier steps of the setup and make this sheet again.</source>
        <translation>
            <numerusform>%n Wert unten ist noch nicht bekannt: Schließen Sie die früheren Schritte der Einrichtung ab und erstellen Sie dieses Blatt erneut.</numerusform>
            <numerusform>%n Werte unten sind noch nicht bekannt: Schließen Sie die früheren Schritte der Einrichtung ab und erstellen Sie dieses Blatt erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this way through the setup, nothing is entered in %1 by hand.</source>
        <translation>Auf diesem Weg durch die Einrichtung wird in %1 nichts von Hand eingetragen.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>&amp;Open SAP&apos;s guide</source>
        <translation>SAP-Anleitung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>What this step is for</source>
        <translation>Wozu dieser Schritt dient</translation>
    </message>
    <message>
        <source>Where to click</source>
        <translation>Wo Sie klicken</translation>
    </message>
    <message>
        <source>Address of SAP&apos;s guide</source>
        <translation>Adresse der SAP-Anleitung</translation>
    </message>
    <message>
        <source>Open SAP&apos;s guide in a browser</source>
        <translation>SAP-Anleitung in einem Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Hilfe schließen</translation>
    </message>
    <message>
        <source>SAP&apos;s guide</source>
        <translation>SAP-Anleitung</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <source>SAP&apos;s guides name no page for this step.</source>
        <translation>Die SAP-Anleitungen nennen für diesen Schritt keine Seite.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the address below and open it in a browser.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie die Adresse unten und öffnen Sie sie in einem Browser.</translation>
    </message>
</context>
<context>
    <name>HttpWithCredentials</name>
    <message>
        <source>%1 sends credentials (%2) to an http:// address, unencrypted.</source>
        <translation>%1 sendet Zugangsdaten (%2) unverschlüsselt an eine http://-Adresse.</translation>
    </message>
    <message>
        <source>Use the https:// address of the system.</source>
        <translation>Verwenden Sie die https://-Adresse des Systems.</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryAddress</name>
    <message>
        <source>The URL of %1 is &quot;%2&quot;; SAP documents the tenant&apos;s SCIM address, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>Die URL von %1 ist „%2“; SAP dokumentiert die SCIM-Adresse des Tenants, https://&lt;Tenant&gt;.accounts.ondemand.com/scim.</translation>
    </message>
    <message>
        <source>Set the URL to https://&lt;your tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>Setzen Sie die URL auf https://&lt;Ihr Tenant&gt;.accounts.ondemand.com/scim.</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryAuthentication</name>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP Task Center reads the identity directory with BasicAuthentication or ClientCertificateAuthentication only.</source>
        <translation>%1 verwendet die Authentifizierung „%2“; SAP Task Center liest das Identitätsverzeichnis nur mit BasicAuthentication oder ClientCertificateAuthentication.</translation>
    </message>
    <message>
        <source>Set Authentication to BasicAuthentication (a technical user of the tenant) or ClientCertificateAuthentication.</source>
        <translation>Setzen Sie Authentication auf BasicAuthentication (ein technischer Benutzer des Tenants) oder ClientCertificateAuthentication.</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryMissing</name>
    <message>
        <source>The subaccount has no destination %1, which SAP Task Center needs to find users and groups in SAP Cloud Identity Services: no tasks arrive without it.</source>
        <translation>Das Unterkonto hat keine Destination %1, die SAP Task Center braucht, um Benutzer und Gruppen in SAP Cloud Identity Services zu finden: Ohne sie kommen keine Aufgaben an.</translation>
    </message>
    <message>
        <source>Create %1 with the URL https://&lt;your tenant&gt;.accounts.ondemand.com/scim and BasicAuthentication or ClientCertificateAuthentication.</source>
        <translation>Legen Sie %1 mit der URL https://&lt;Ihr Tenant&gt;.accounts.ondemand.com/scim und BasicAuthentication oder ClientCertificateAuthentication an.</translation>
    </message>
</context>
<context>
    <name>InputChecks</name>
    <message>
        <source>Enter a name for the destination.</source>
        <translation>Geben Sie einen Namen für die Destination ein.</translation>
    </message>
    <message>
        <source>Use only letters (A-Z, a-z), digits, underscores (_) and hyphens (-) in the name; spaces and other characters are not allowed by SAP BTP.</source>
        <translation>Verwenden Sie im Namen nur Buchstaben (A-Z, a-z), Ziffern, Unterstriche (_) und Bindestriche (-); Leerzeichen und andere Zeichen erlaubt SAP BTP nicht.</translation>
    </message>
    <message>
        <source>The name has %1 characters; SAP BTP allows at most %2.</source>
        <translation>Der Name hat %1 Zeichen; SAP BTP erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The name has %1 characters; SAP Task Center stops with an error above %2. Shorten it.</source>
        <translation>Der Name hat %1 Zeichen; über %2 bricht SAP Task Center mit einem Fehler ab. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The name has %1 characters; keep it to %2 so that the second destination, %3_PP, stays within SAP Task Center&apos;s limit of %4.</source>
        <translation>Der Name hat %1 Zeichen; verwenden Sie höchstens %2, damit die zweite Destination, %3_PP, die Grenze von SAP Task Center (%4) einhält.</translation>
    </message>
    <message>
        <source>Names ending in _PP are how SAP Task Center recognizes the principal-propagation destination. Choose a name without _PP for the main destination.</source>
        <translation>An der Endung _PP erkennt SAP Task Center die Destination für die Prinzipalweitergabe. Wählen Sie für die Haupt-Destination einen Namen ohne _PP.</translation>
    </message>
    <message>
        <source>The address must start with https://; credentials never travel unencrypted.</source>
        <translation>Die Adresse muss mit https:// beginnen; Zugangsdaten werden nie unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>This is not a complete web address. Copy it again, starting with https://.</source>
        <translation>Das ist keine vollständige Webadresse. Kopieren Sie sie erneut, beginnend mit https://.</translation>
    </message>
    <message>
        <source>This value has no spaces or line breaks. Copy it again from where it is shown.</source>
        <translation>Dieser Wert enthält keine Leerzeichen oder Zeilenumbrüche. Kopieren Sie ihn erneut von der Stelle, an der er angezeigt wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a placeholder from a template. Enter the real value.</source>
        <translation>„%1“ ist ein Platzhalter aus einer Vorlage. Geben Sie den echten Wert ein.</translation>
    </message>
    <message>
        <source>Enter the address, starting with https://.</source>
        <translation>Geben Sie die Adresse ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the secret.</source>
        <translation>Geben Sie das Secret ein.</translation>
    </message>
    <message>
        <source>A client is three digits, for example 100.</source>
        <translation>Ein Mandant besteht aus drei Ziffern, zum Beispiel 100.</translation>
    </message>
    <message>
        <source>This is a placeholder from a template. Paste the real API key.</source>
        <translation>Das ist ein Platzhalter aus einer Vorlage. Fügen Sie den echten API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>A secret is one line. Copy it again from where it is shown.</source>
        <translation>Ein Secret ist eine einzige Zeile. Kopieren Sie es erneut von dort, wo es angezeigt wird.</translation>
    </message>
    <message>
        <source>This is a placeholder from a template. Enter the real value.</source>
        <translation>Das ist ein Platzhalter aus einer Vorlage. Geben Sie den echten Wert ein.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name as the system shows it (its user ID).</source>
        <translation>Geben Sie den Benutzernamen so ein, wie das System ihn anzeigt (die Benutzer-ID).</translation>
    </message>
    <message>
        <source>A user name has no spaces. Enter the user&apos;s ID, not the person&apos;s name.</source>
        <translation>Ein Benutzername enthält keine Leerzeichen. Geben Sie die Benutzer-ID ein, nicht den Namen der Person.</translation>
    </message>
    <message>
        <source>Paste the API key the system shows for this client.</source>
        <translation>Fügen Sie den API-Schlüssel ein, den das System für diesen Client anzeigt.</translation>
    </message>
    <message>
        <source>An API key has no spaces or line breaks. Copy it again from where it is shown.</source>
        <translation>Ein API-Schlüssel enthält keine Leerzeichen oder Zeilenumbrüche. Kopieren Sie ihn erneut von der Stelle, an der er angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>InputField</name>
    <message>
        <source>Show or hide the value</source>
        <translation>Wert zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>The value SAP&apos;s guide shows as an example</source>
        <translation>Der Wert, den die SAP-Anleitung als Beispiel zeigt</translation>
    </message>
    <message>
        <source>Taken from the subaccount and kept hidden; type a new value to replace it</source>
        <translation>Aus dem Unterkonto übernommen und verborgen; geben Sie einen neuen Wert ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Use this value instead of the one entered</source>
        <translation>Diesen Wert statt des eingegebenen verwenden</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Choose the key store file for %1</source>
        <translation>Keystore-Datei für %1 auswählen</translation>
    </message>
    <message>
        <source>Choose the key store</source>
        <translation>Keystore auswählen</translation>
    </message>
    <message>
        <source>Key stores (*.p12 *.pfx *.jks);;All files (*)</source>
        <translation>Keystores (*.p12 *.pfx *.jks);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is to be in the subaccount&apos;s destination certificates already: the destinations name it, and nothing is uploaded. To upload it, choose the file on this computer.</source>
        <translation>%1 muss bereits unter den Destination-Zertifikaten des Unterkontos vorhanden sein: Die Destinations verweisen darauf, und es wird nichts hochgeladen. Um die Datei hochzuladen, wählen Sie sie auf diesem Computer aus.</translation>
    </message>
    <message>
        <source>Uploaded to the subaccount&apos;s destination certificates as %1 when the wizard writes the destinations. Its certificate: %2, valid until %3.</source>
        <translation>Wird als %1 zu den Destination-Zertifikaten des Unterkontos hochgeladen, wenn der Assistent die Destinations schreibt. Enthaltenes Zertifikat: %2, gültig bis %3.</translation>
    </message>
    <message>
        <source>Uploaded to the subaccount&apos;s destination certificates as %1 when the wizard writes the destinations (a Java key store: the wizard cannot check its password).</source>
        <translation>Wird als %1 zu den Destination-Zertifikaten des Unterkontos hochgeladen, wenn der Assistent die Destinations schreibt (ein Java-Keystore: Der Assistent kann sein Passwort nicht prüfen).</translation>
    </message>
</context>
<context>
    <name>KeyStoreFile</name>
    <message>
        <source>The key store file is empty. Export the key store again.</source>
        <translation>Die Keystore-Datei ist leer. Exportieren Sie den Keystore erneut.</translation>
    </message>
    <message>
        <source>This file is not a key store (.p12, .pfx or .jks). Choose the key store with the client certificate and its private key, as it was exported for this connection.</source>
        <translation>Diese Datei ist kein Keystore (.p12, .pfx oder .jks). Wählen Sie den Keystore mit dem Clientzertifikat und seinem privaten Schlüssel, wie er für diese Verbindung exportiert wurde.</translation>
    </message>
    <message>
        <source>The password does not open this key store. Enter the password it was exported with; it is case-sensitive.</source>
        <translation>Das Passwort öffnet diesen Keystore nicht. Geben Sie das Passwort ein, mit dem er exportiert wurde; Groß- und Kleinschreibung zählt.</translation>
    </message>
    <message>
        <source>This key store holds no client certificate with its private key, which the destination needs to authenticate. Export the certificate together with its private key.</source>
        <translation>Dieser Keystore enthält kein Clientzertifikat mit privatem Schlüssel, das die Destination zur Authentifizierung braucht. Exportieren Sie das Zertifikat zusammen mit seinem privaten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>NameLeavesNoRoom</name>
    <message>
        <source>%1 has %2 characters: its secondary %1_PP would exceed SAP Task Center&apos;s limit of %3.</source>
        <translation>%1 hat %2 Zeichen: Ihre sekundäre Destination %1_PP würde die Grenze von SAP Task Center (%3) überschreiten.</translation>
    </message>
    <message>
        <source>Use at most %1 characters for a primary destination.</source>
        <translation>Verwenden Sie für eine primäre Destination höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>Create the destination again under a shorter name made of letters, digits, _ and -; rename its secondary with it.</source>
        <translation>Legen Sie die Destination unter einem kürzeren Namen aus Buchstaben, Ziffern, _ und - neu an; benennen Sie ihre sekundäre Destination entsprechend um.</translation>
    </message>
</context>
<context>
    <name>NameTwice</name>
    <message>
        <source>%1 is given twice (%2 and %3); the later one is checked.</source>
        <translation>%1 ist doppelt angegeben (%2 und %3); geprüft wird die spätere Angabe.</translation>
    </message>
    <message>
        <source>Check only one export of each destination. Exports of different subaccounts: give each subaccount&apos;s folder or zip archive on its own.</source>
        <translation>Prüfen Sie von jeder Destination nur einen Export. Exporte verschiedener Unterkonten: Geben Sie den Ordner oder das Zip-Archiv jedes Unterkontos einzeln an.</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>Nothing to click in SAP&apos;s consoles yet. You will need the SAP BTP cockpit of the subaccount where SAP Task Center runs, and administrator access to %1; each later step says where to click.</source>
        <translation>In den Konsolen von SAP ist noch nichts zu klicken. Sie benötigen das SAP BTP Cockpit des Unterkontos, in dem SAP Task Center läuft, und Administratorzugriff auf %1; jeder spätere Schritt sagt, wo Sie klicken.</translation>
    </message>
    <message>
        <source>Choose where the destinations go: straight into your SAP BTP subaccount over the Destination service, into the demo subaccount on this computer, or only into files that you import in the SAP BTP cockpit yourself. Nothing is written into a subaccount before you have reviewed the changes and chosen Apply.</source>
        <translation>Wählen Sie, wohin die Destinations kommen: über den Destination Service direkt in Ihr Unterkonto von SAP BTP, in das Demo-Unterkonto auf diesem Computer oder nur in Dateien, die Sie selbst im SAP BTP Cockpit importieren. In ein Unterkonto wird erst geschrieben, wenn Sie die Änderungen geprüft und „Anwenden“ gewählt haben.</translation>
    </message>
    <message>
        <source>To add a subaccount, you need a key of its Destination service instance: in the SAP BTP cockpit, open Services &gt; Instances and Subscriptions, choose the Destination instance (plan lite; create one if there is none) and open or create a key under Service Keys. Open the downloaded file or paste its text.</source>
        <translation>Um ein Unterkonto hinzuzufügen, benötigen Sie einen Schlüssel seiner Instanz des Destination Service: Öffnen Sie im SAP BTP Cockpit Services &gt; Instances and Subscriptions, wählen Sie die Instanz Destination (Plan lite; legen Sie eine an, falls keine existiert) und öffnen oder erstellen Sie unter Service Keys einen Schlüssel. Öffnen Sie die heruntergeladene Datei oder fügen Sie ihren Text ein.</translation>
    </message>
    <message>
        <source>Shows, for each destination, whether applying will create it, update it (with every property that changes; secrets stay hidden) or leave it unchanged, and warns when another primary destination already points to the same system. Nothing has been written yet.</source>
        <translation>Zeigt für jede Destination, ob sie beim Anwenden angelegt, aktualisiert (mit jeder Eigenschaft, die sich ändert; Secrets bleiben verborgen) oder unverändert gelassen wird, und warnt, wenn bereits eine andere primäre Destination auf dasselbe System zeigt. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing to click in SAP&apos;s consoles. To compare for yourself, the SAP BTP cockpit lists the subaccount&apos;s destinations under Connectivity &gt; Destinations.</source>
        <translation>In den Konsolen von SAP ist nichts zu klicken. Zum eigenen Vergleich zeigt das SAP BTP Cockpit die Destinations des Unterkontos unter Connectivity &gt; Destinations.</translation>
    </message>
    <message>
        <source>Writes each primary destination first, then the destinations that belong to it, and says for each whether it was created, updated, already up to date, or why it failed. Test connection asks the Destination service for a token with the primary destination, as SAP Task Center does.</source>
        <translation>Schreibt zuerst jede primäre Destination, dann die Destinations, die zu ihr gehören, und sagt für jede, ob sie angelegt oder aktualisiert wurde, bereits aktuell war oder warum es fehlgeschlagen ist. „Verbindung testen“ fordert mit der primären Destination ein Token beim Destination Service an, so wie es SAP Task Center tut.</translation>
    </message>
    <message>
        <source>The written destinations are listed in the SAP BTP cockpit under Connectivity &gt; Destinations. Afterwards, check in SAP Task Center&apos;s Monitoring that the connector reports no error.</source>
        <translation>Die geschriebenen Destinations stehen im SAP BTP Cockpit unter Connectivity &gt; Destinations. Prüfen Sie danach im Monitoring von SAP Task Center, dass der Konnektor keinen Fehler meldet.</translation>
    </message>
    <message>
        <source>The destinations are in the subaccount. Files are optional here, for example to set up another subaccount the same way.</source>
        <translation>Die Destinations sind im Unterkonto. Dateien sind hier optional, z. B. um ein weiteres Unterkonto genauso einzurichten.</translation>
    </message>
    <message>
        <source>The SAP BTP cockpit lists the destinations under Connectivity &gt; Destinations. Check in SAP Task Center&apos;s Monitoring that the connector reports no error within the next hour.</source>
        <translation>Das SAP BTP Cockpit zeigt die Destinations unter Connectivity &gt; Destinations. Prüfen Sie im Monitoring von SAP Task Center, dass der Konnektor innerhalb der nächsten Stunde keinen Fehler meldet.</translation>
    </message>
    <message>
        <source>Saves each destination as a file (.properties for the SAP BTP cockpit, .json for the Destination service REST API) and says what to do next. After Apply, the files are optional.</source>
        <translation>Speichert jede Destination als Datei (.properties für das SAP BTP Cockpit, .json für die REST-API des Destination Service) und sagt, was als Nächstes zu tun ist. Nach dem Anwenden sind die Dateien optional.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose Connectivity &gt; Destinations, then Create &gt; From File, and import the files one at a time. Unless you included them, fill in the secrets the files leave out.</source>
        <translation>Öffnen Sie im SAP BTP Cockpit das Unterkonto, in dem SAP Task Center läuft, wählen Sie Connectivity &gt; Destinations, dann Create &gt; From File, und importieren Sie die Dateien einzeln. Sofern Sie die Secrets nicht in die Dateien aufgenommen haben, tragen Sie sie danach ein.</translation>
    </message>
    <message>
        <source>Choose what to check: the destinations of a subaccount (the demo subaccount or a saved one) or files exported from the SAP BTP cockpit; and, if you like, the trust certificate a provider holds, to compare it with the subaccount&apos;s current one.</source>
        <translation>Wählen Sie, was geprüft werden soll: die Destinations eines Unterkontos (des Demo-Unterkontos oder eines gespeicherten) oder aus dem SAP BTP Cockpit exportierte Dateien; und auf Wunsch das Vertrauenszertifikat, das ein Anbieter hat, um es mit dem aktuellen des Unterkontos zu vergleichen.</translation>
    </message>
    <message>
        <source>To export destinations: in the SAP BTP cockpit, open Connectivity &gt; Destinations, select them and choose Export (several come as an archive). The subaccount&apos;s trust certificate: Connectivity &gt; Destination Trust &gt; Export.</source>
        <translation>Destinations exportieren: Öffnen Sie im SAP BTP Cockpit Connectivity &gt; Destinations, markieren Sie sie und wählen Sie Export (mehrere kommen als Archiv). Das Vertrauenszertifikat des Unterkontos: Connectivity &gt; Destination Trust &gt; Export.</translation>
    </message>
    <message>
        <source>Lists what the check found, grouped by provider and destination, the worst first. Choose a finding to read how to fix it, where SAP documents it and its rule; some are fixed from here (Fix in the subaccount…) or by setting the provider up again in the wizard.</source>
        <translation>Zeigt, was die Prüfung ergeben hat, nach Anbieter und Destination gruppiert, die schwerwiegendsten zuerst. Wählen Sie einen Befund, um zu lesen, wie Sie das Problem beheben, wo SAP es dokumentiert und welche Regel gilt; manche lassen sich von hier aus beheben („Im Unterkonto beheben…“) oder indem Sie den Anbieter im Assistenten neu einrichten.</translation>
    </message>
    <message>
        <source>Fixes by hand are made in the SAP BTP cockpit under Connectivity &gt; Destinations, in the destination the finding names. Open SAP&apos;s page opens the page a finding cites.</source>
        <translation>Korrekturen von Hand nehmen Sie im SAP BTP Cockpit unter Connectivity &gt; Destinations vor, in der Destination, die der Befund nennt. „SAP-Seite öffnen“ öffnet die Seite, auf die sich ein Befund beruft.</translation>
    </message>
    <message>
        <source>Get the subaccount&apos;s trust certificate: from the subaccount itself, from the exported .pem file, or pasted. The wizard shows its validity and fingerprint, and warns when it expires soon.</source>
        <translation>Holen Sie das Vertrauenszertifikat des Unterkontos: aus dem Unterkonto selbst, aus der exportierten .pem-Datei oder durch Einfügen. Der Assistent zeigt seine Gültigkeit und seinen Fingerabdruck und warnt, wenn es bald abläuft.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose Connectivity &gt; Destination Trust and Export the active certificate (a .pem file). Older guides say Connectivity &gt; Destinations &gt; Download Trust; SAP moved it in November 2025.</source>
        <translation>Öffnen Sie im SAP BTP Cockpit das Unterkonto, in dem SAP Task Center läuft, wählen Sie Connectivity &gt; Destination Trust und exportieren Sie mit Export das aktive Zertifikat (eine .pem-Datei). Ältere Anleitungen nennen Connectivity &gt; Destinations &gt; Download Trust; SAP hat dies im November 2025 verschoben.</translation>
    </message>
    <message>
        <source>Renew the certificate before it expires, and put the new one into %1 at once: until then, tasks may not come through.</source>
        <translation>Erneuern Sie das Zertifikat, bevor es abläuft, und hinterlegen Sie das neue sofort in %1: Bis dahin kommen Aufgaben möglicherweise nicht an.</translation>
    </message>
    <message>
        <source>The SAP Task Center service key says where SAP Task Center is and which OAuth client it uses (uaa.url, uaa.clientid, endpoints.inbox_rest_url); later steps take their values from it.</source>
        <translation>Der Dienstschlüssel von SAP Task Center sagt, wo SAP Task Center zu erreichen ist und welchen OAuth-Client es verwendet (uaa.url, uaa.clientid, endpoints.inbox_rest_url); spätere Schritte übernehmen ihre Werte daraus.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open Services &gt; Instances and Subscriptions, choose the SAP Task Center instance, and under Service Keys open a key (create one if there is none). Download it, or copy its JSON text.</source>
        <translation>Öffnen Sie im SAP BTP Cockpit Services &gt; Instances and Subscriptions, wählen Sie die Instanz von SAP Task Center und öffnen Sie unter Service Keys einen Schlüssel (legen Sie einen an, falls keiner existiert). Laden Sie ihn herunter oder kopieren Sie seinen JSON-Text.</translation>
    </message>
    <message>
        <source>Values about %1 that the destinations need. The wizard checks each as you type and makes the addresses SAP&apos;s guide asks for from them.</source>
        <translation>Angaben zu %1, die die Destinations benötigen. Der Assistent prüft jede schon bei der Eingabe und bildet daraus die Adressen, die die SAP-Anleitung verlangt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The values come from %1; its administrator knows them.</source>
        <translation>Die Werte stammen aus %1; die dortige Administration kennt sie.</translation>
    </message>
    <message>
        <source>Things to do in %1 itself. The page shows each value to enter there, with a Copy button, and asks for the values it gives back.</source>
        <translation>Was in %1 selbst zu tun ist. Die Seite zeigt jeden Wert, den Sie dort eintragen, mit einer Schaltfläche „Kopieren“ und fragt nach den Werten, die Sie von dort zurückerhalten.</translation>
    </message>
    <message>
        <source>Steps done outside the wizard, in the order SAP documents them; the page says what to check at each one.</source>
        <translation>Schritte außerhalb des Assistenten, in der Reihenfolge, in der SAP sie dokumentiert; die Seite sagt bei jedem, was zu prüfen ist.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; as SAP&apos;s guide lists it: its name and properties. The wizard writes it into the subaccount after the review, or into a file for you to import.</source>
        <translation>Die Destination „%1“, wie die SAP-Anleitung sie aufführt: ihr Name und ihre Eigenschaften. Der Assistent schreibt sie nach der Prüfung in das Unterkonto oder in eine Datei, die Sie importieren.</translation>
    </message>
    <message>
        <source>The destinations as SAP&apos;s guide lists them. The wizard writes them into the subaccount after the review, or into files for you to import.</source>
        <translation>Die Destinations, wie die SAP-Anleitung sie aufführt. Der Assistent schreibt sie nach der Prüfung in das Unterkonto oder in Dateien, die Sie importieren.</translation>
    </message>
    <message>
        <source>The SAP BTP cockpit lists the subaccount&apos;s destinations under Connectivity &gt; Destinations; a file is imported there with Create &gt; From File.</source>
        <translation>Das SAP BTP Cockpit zeigt die Destinations des Unterkontos unter Connectivity &gt; Destinations; eine Datei importieren Sie dort mit Create &gt; From File.</translation>
    </message>
    <message>
        <source>Choose the task provider to connect to SAP Task Center. The page lists the destinations the wizard will set up, what to have at hand and SAP&apos;s guides. From here you can also continue a saved setup, try the demo subaccount, or check a configuration that exists already.</source>
        <translation>Wählen Sie den Aufgabenanbieter, den Sie mit SAP Task Center verbinden möchten. Die Seite nennt die Destinations, die der Assistent einrichtet, was Sie bereithalten sollten, und die SAP-Anleitungen. Von hier aus können Sie auch eine gespeicherte Einrichtung fortsetzen, das Demo-Unterkonto ausprobieren oder eine vorhandene Konfiguration prüfen.</translation>
    </message>
    <message>
        <source>For %1, also choose how to connect it (%2).</source>
        <translation>Wählen Sie für %1 auch den Weg der Verbindung (%2).</translation>
    </message>
    <message>
        <source>Nothing is left for the wizard to write on this way. The page says what to check afterwards.</source>
        <translation>Auf diesem Weg ist für den Assistenten nichts mehr zu schreiben. Die Seite sagt, was Sie danach prüfen sollten.</translation>
    </message>
</context>
<context>
    <name>PairSystemsDiffer</name>
    <message>
        <source>%1 %2 here, %3 in %4</source>
        <translation>%1 hier %2, in %4 %3</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>%1 and its primary destination %2 name different systems (%3): SAP Task Center reads the tasks from one and acts on them in the other.</source>
        <translation>%1 und ihre primäre Destination %2 verweisen auf verschiedene Systeme (%3): SAP Task Center liest die Aufgaben aus dem einen und bearbeitet sie im anderen.</translation>
    </message>
    <message>
        <source>Set up the pair again with the wizard, so that both name the same system.</source>
        <translation>Richten Sie das Paar mit dem Assistenten neu ein, damit beide auf dasselbe System verweisen.</translation>
    </message>
</context>
<context>
    <name>PrimaryDuplicate</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 are enabled primary destinations to the same system: every user gets each of its tasks twice.</source>
        <translation>%1 und %2 sind aktivierte primäre Destinations zum selben System: Jeder Benutzer erhält jede Aufgabe dieses Systems doppelt.</translation>
    </message>
    <message>
        <source>Keep one. Delete the others, or set their tc.enabled to false.</source>
        <translation>Behalten Sie eine. Löschen Sie die anderen oder setzen Sie deren tc.enabled auf false.</translation>
    </message>
</context>
<context>
    <name>PropertyCheck</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Correct %1 (%2).</source>
        <translation>Korrigieren Sie %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PropertyMissing</name>
    <message>
        <source>%1 lacks the property %2 that SAP&apos;s guide for %3 requires.</source>
        <translation>%1 fehlt die Eigenschaft %2, die die SAP-Anleitung für %3 verlangt.</translation>
    </message>
    <message>
        <source>Add %1 as the guide for %2 says, or set the destination up again with the wizard.</source>
        <translation>Fügen Sie %1 hinzu, wie es die Anleitung für %2 beschreibt, oder richten Sie die Destination mit dem Assistenten neu ein.</translation>
    </message>
</context>
<context>
    <name>PropertyShape</name>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; SAP&apos;s guide for %4 gives it the form &quot;%5&quot;.</source>
        <translation>%1 von %2 ist „%3“; die SAP-Anleitung für %4 gibt dafür die Form „%5“ an.</translation>
    </message>
    <message>
        <source>Set %1 in the form %2.</source>
        <translation>Geben Sie %1 in der Form %2 an.</translation>
    </message>
</context>
<context>
    <name>PropertyValue</name>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; it must be spelled exactly &quot;%4&quot;.</source>
        <translation>%1 von %2 ist „%3“; der Wert muss genau „%4“ geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; SAP&apos;s guide for %4 asks for &quot;%5&quot;.</source>
        <translation>%1 von %2 ist „%3“; die SAP-Anleitung für %4 verlangt „%5“.</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>Setzen Sie %1 auf %2.</translation>
    </message>
</context>
<context>
    <name>ProviderDefinition</name>
    <message>
        <source>Unknown task provider &quot;%1&quot;. Known providers: %2.</source>
        <translation>Unbekannter Aufgabenanbieter „%1“. Bekannte Anbieter: %2.</translation>
    </message>
    <message>
        <source>The provider definition is not valid JSON: %1</source>
        <translation>Die Anbieterdefinition ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The provider definition lacks &quot;id&quot; or &quot;displayName&quot;.</source>
        <translation>Der Anbieterdefinition fehlt &quot;id&quot; oder &quot;displayName&quot;.</translation>
    </message>
    <message>
        <source>The provider definition has an unsupported format (expected %1).</source>
        <translation>Die Anbieterdefinition hat ein nicht unterstütztes Format (erwartet: %1).</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has an unknown kind &quot;%2&quot; (known: %3).</source>
        <translation>Der Schritt „%1“ hat eine unbekannte Art „%2“ (bekannt: %3).</translation>
    </message>
    <message>
        <source>The provider definition &quot;%1&quot; is not consistent: %2</source>
        <translation>Die Anbieterdefinition „%1“ ist nicht stimmig: %2</translation>
    </message>
    <message>
        <source>an input has no &quot;id&quot;.</source>
        <translation>eine Eingabe hat keine &quot;id&quot;.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is defined twice.</source>
        <translation>die Eingabe „%1“ ist doppelt definiert.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; names an unknown check &quot;%2&quot;.</source>
        <translation>die Eingabe „%1“ nennt eine unbekannte Prüfung „%2“.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; must differ from an unknown input &quot;%2&quot;.</source>
        <translation>die Eingabe „%1“ soll sich von einer unbekannten Eingabe „%2“ unterscheiden.</translation>
    </message>
    <message>
        <source>the derived value &quot;%1&quot; comes from an unknown input &quot;%2&quot;.</source>
        <translation>der abgeleitete Wert „%1“ stammt aus einer unbekannten Eingabe „%2“.</translation>
    </message>
    <message>
        <source>a path lacks &quot;id&quot; or &quot;title&quot;.</source>
        <translation>einem Pfad fehlt &quot;id&quot; oder &quot;title&quot;.</translation>
    </message>
    <message>
        <source>it has no steps.</source>
        <translation>sie hat keine Schritte.</translation>
    </message>
    <message>
        <source>a step has no &quot;id&quot; or one used twice (&quot;%1&quot;).</source>
        <translation>ein Schritt hat keine &quot;id&quot; oder eine doppelt verwendete („%1“).</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; names an unknown path &quot;%2&quot;.</source>
        <translation>der Schritt „%1“ nennt einen unbekannten Pfad „%2“.</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; reads an unknown document &quot;%2&quot; (trustCertificate or serviceKey).</source>
        <translation>der Schritt „%1“ liest ein unbekanntes Dokument „%2“ (trustCertificate oder serviceKey).</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has no title.</source>
        <translation>der Schritt „%1“ hat keinen Titel.</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; shows an unknown value ${%2}.</source>
        <translation>der Schritt „%1“ zeigt einen unbekannten Wert ${%2}.</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; asks for an unknown input &quot;%2&quot;.</source>
        <translation>der Schritt „%1“ fragt nach einer unbekannten Eingabe „%2“.</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; shows an unknown derived value &quot;%2&quot;.</source>
        <translation>der Schritt „%1“ zeigt einen unbekannten abgeleiteten Wert „%2“.</translation>
    </message>
    <message>
        <source>the checklist &quot;%1&quot; has no items.</source>
        <translation>die Checkliste „%1“ hat keine Punkte.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; has no steps.</source>
        <translation>der Pfad „%1“ hat keine Schritte.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; writes destinations but has no destinations step.</source>
        <translation>der Pfad „%1“ schreibt Destinations, hat aber keinen Destinations-Schritt.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; writes no destinations but has a destinations step.</source>
        <translation>der Pfad „%1“ schreibt keine Destinations, hat aber einen Destinations-Schritt.</translation>
    </message>
    <message>
        <source>a destination lacks &quot;role&quot;, &quot;name&quot; or &quot;title&quot;.</source>
        <translation>einer Destination fehlt &quot;role&quot;, &quot;name&quot; oder &quot;title&quot;.</translation>
    </message>
    <message>
        <source>the destination role &quot;%1&quot; is used twice.</source>
        <translation>die Destination-Rolle „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; belongs to &quot;%2&quot;, which is not a primary destination defined before it.</source>
        <translation>die Destination „%1“ gehört zu „%2“, und das ist keine primäre Destination, die vor ihr definiert ist.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; is named by an unknown input &quot;%2&quot;.</source>
        <translation>die Destination „%1“ erhält ihren Namen aus einer unbekannten Eingabe „%2“.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; uses an unknown value ${%2}.</source>
        <translation>die Destination „%1“ verwendet einen unbekannten Wert ${%2}.</translation>
    </message>
    <message>
        <source>it describes no primary destination.</source>
        <translation>sie beschreibt keine primäre Destination.</translation>
    </message>
    <message>
        <source>no step asks for the input &quot;%1&quot;.</source>
        <translation>kein Schritt fragt nach der Eingabe „%1“.</translation>
    </message>
    <message>
        <source>the guide &quot;%1&quot; documents an unknown step &quot;%2&quot;.</source>
        <translation>die Anleitung „%1“ dokumentiert einen unbekannten Schritt „%2“.</translation>
    </message>
    <message>
        <source>it has destinations but no destinations step to show them.</source>
        <translation>sie hat Destinations, aber keinen Schritt, der sie zeigt.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; must be on the same site as an unknown input &quot;%2&quot;, or its warning does not name both sites (the two placeholders for them).</source>
        <translation>die Eingabe „%1“ soll am selben Standort liegen wie eine unbekannte Eingabe „%2“, oder ihre Warnung nennt nicht beide Standorte (die zwei Platzhalter dafür).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values SAP documents here (%2). Choose one of them.</source>
        <translation>„%1“ ist keiner der Werte, die SAP hier dokumentiert (%2). Wählen Sie einen davon.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a default value that is not one of its choices.</source>
        <translation>die Eingabe „%1“ hat einen Standardwert, der keine ihrer Auswahlmöglichkeiten ist.</translation>
    </message>
    <message>
        <source>the example of the input &quot;%1&quot; does not pass its own check.</source>
        <translation>das Beispiel der Eingabe „%1“ besteht ihre eigene Prüfung nicht.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a pattern that is not a valid regular expression with a message.</source>
        <translation>die Eingabe „%1“ hat ein Muster, das kein gültiger regulärer Ausdruck mit Meldung ist.</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; does not set the same values as the way &quot;%2&quot;.</source>
        <translation>der Weg „%1“ setzt nicht dieselben Werte wie der Weg „%2“.</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; sets &quot;%2&quot;, which is already an input or a derived value.</source>
        <translation>der Weg „%1“ setzt „%2“, das bereits eine Eingabe oder ein abgeleiteter Wert ist.</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; gives a default for an unknown input &quot;%2&quot;.</source>
        <translation>der Weg „%1“ gibt einen Standardwert für eine unbekannte Eingabe „%2“ an.</translation>
    </message>
    <message>
        <source>The provider definition is invalid: the input &quot;%1&quot; is filled in a way that is not understood: %2</source>
        <translation>Die Anbieterdefinition ist ungültig: Die Eingabe „%1“ wird auf eine Weise gefüllt, die nicht verstanden wird: %2</translation>
    </message>
    <message>
        <source>The provider definition is invalid: a hint of the input &quot;%1&quot; has the severity &quot;%2&quot;; it is &quot;warning&quot; or &quot;error&quot;.</source>
        <translation>Die Anbieterdefinition ist ungültig: Ein Hinweis der Eingabe „%1“ hat den Schweregrad „%2“; zulässig sind &quot;warning&quot; oder &quot;error&quot;.</translation>
    </message>
    <message>
        <source>The provider definition is invalid: the derived value &quot;%1&quot; is made in a way that is not understood: %2</source>
        <translation>Die Anbieterdefinition ist ungültig: Der abgeleitete Wert „%1“ wird auf eine Weise gebildet, die nicht verstanden wird: %2</translation>
    </message>
    <message>
        <source>it has neither &quot;take&quot; nor &quot;join&quot;.</source>
        <translation>er hat weder &quot;take&quot; noch &quot;join&quot;.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a hint that is not a valid regular expression with a message (a hint with a suggestion names it in its message).</source>
        <translation>die Eingabe „%1“ hat einen Hinweis, der kein gültiger regulärer Ausdruck mit Meldung ist (ein Hinweis mit Vorschlag nennt den Vorschlag in seiner Meldung).</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is filled from an unknown input &quot;%2&quot;, or says nothing to &quot;take&quot; of it.</source>
        <translation>die Eingabe „%1“ wird aus einer unbekannten Eingabe „%2“ gefüllt oder gibt mit &quot;take&quot; nicht an, was sie daraus übernimmt.</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>Personalwesen</translation>
    </message>
    <message>
        <source>Procurement and spend</source>
        <translation>Beschaffung und Ausgaben</translation>
    </message>
    <message>
        <source>ERP and finance</source>
        <translation>ERP und Finanzen</translation>
    </message>
    <message>
        <source>Sales, service and marketing</source>
        <translation>Vertrieb, Service und Marketing</translation>
    </message>
    <message>
        <source>Process automation and workplace</source>
        <translation>Prozessautomatisierung und Arbeitsplatz</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Drittanbieter</translation>
    </message>
    <message>
        <source>The provider definition is invalid: its &quot;family&quot; is &quot;%1&quot;; it is one of %2.</source>
        <translation>Die Anbieterdefinition ist ungültig: Ihr Wert &quot;family&quot; ist „%1“; zulässig ist einer von %2.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; names an unknown path &quot;%2&quot;.</source>
        <translation>die Destination „%1“ nennt einen unbekannten Pfad „%2“.</translation>
    </message>
    <message>
        <source>the key store input &quot;%1&quot; names &quot;%2&quot; as its password, which is not a secret input (or the key store itself is marked secret).</source>
        <translation>die Keystore-Eingabe „%1“ nennt „%2“ als Passwort, das aber keine geheime Eingabe ist (oder der Keystore selbst ist als geheim markiert).</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Search, e.g. Ariba or procurement</source>
        <translation>Suchen, z. B. Ariba oder Beschaffung</translation>
    </message>
    <message>
        <source>Search task providers</source>
        <translation>Aufgabenanbieter durchsuchen</translation>
    </message>
    <message>
        <source>Task providers</source>
        <translation>Aufgabenanbieter</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <source>The OData API address of your SuccessFactors data center. In SuccessFactors, search for &quot;About HXM Suite OData APIs&quot; and copy the API server URL; the wizard derives the other addresses from it.</source>
        <translation>Die OData-API-Adresse Ihres SuccessFactors-Rechenzentrums. Suchen Sie in SuccessFactors nach „About HXM Suite OData APIs“ und kopieren Sie die URL des API-Servers; daraus leitet der Assistent die übrigen Adressen ab.</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Unternehmens-ID</translation>
    </message>
    <message>
        <source>Your SuccessFactors company ID, shown in SuccessFactors under your name &gt; Show version information, and in the login address after company=.</source>
        <translation>Ihre SuccessFactors-Unternehmens-ID. Sie steht in SuccessFactors unter Ihr Name &gt; Show version information und in der Anmeldeadresse nach company=.</translation>
    </message>
    <message>
        <source>Technical user</source>
        <translation>Technischer Benutzer</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Destination-Name</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 61 characters, so the secondary destination &lt;name&gt;_PP stays within Task Center&apos;s limit of 64.</source>
        <translation>Nur Buchstaben, Ziffern, _ und -, höchstens 61 Zeichen, damit die sekundäre Destination &lt;Name&gt;_PP die Grenze von Task Center (64) einhält.</translation>
    </message>
    <message>
        <source>API key of the technical-user client</source>
        <translation>API-Schlüssel (technischer Benutzer)</translation>
    </message>
    <message>
        <source>In SuccessFactors, open Admin Center &gt; Manage OAuth2 Client Applications, choose View next to the technical-user client and copy its API Key.</source>
        <translation>Öffnen Sie in SuccessFactors Admin Center &gt; Manage OAuth2 Client Applications, wählen Sie View neben dem Client für den technischen Benutzer und kopieren Sie seinen API Key.</translation>
    </message>
    <message>
        <source>Principal-propagation client&apos;s API key</source>
        <translation>Client-API-Schlüssel (Prinzipalweitergabe)</translation>
    </message>
    <message>
        <source>The API Key of the second client (the one with Bind to Users switched off).</source>
        <translation>Der API Key des zweiten Clients (bei dem Bind to Users ausgeschaltet ist).</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>Destination-URL</translation>
    </message>
    <message>
        <source>Token Service URL</source>
        <translation>Token Service URL</translation>
    </message>
    <message>
        <source>Client for the technical user</source>
        <translation>Client für den technischen Benutzer</translation>
    </message>
    <message>
        <source>Application Name</source>
        <translation>Application Name</translation>
    </message>
    <message>
        <source>Any unique name.</source>
        <translation>Ein beliebiger eindeutiger Name.</translation>
    </message>
    <message>
        <source>Application URL</source>
        <translation>Application URL</translation>
    </message>
    <message>
        <source>A unique URL; the documentation uses uaa.url of the Task Center service key.</source>
        <translation>Eine eindeutige URL; die Dokumentation verwendet uaa.url aus dem Dienstschlüssel von Task Center.</translation>
    </message>
    <message>
        <source>Bind to Users</source>
        <translation>Bind to Users</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>User IDs</translation>
    </message>
    <message>
        <source>X.509 Certificate</source>
        <translation>X.509 Certificate</translation>
    </message>
    <message>
        <source>The trust certificate without its BEGIN and END lines and without line breaks.</source>
        <translation>Das Vertrauenszertifikat ohne die Zeilen BEGIN und END und ohne Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>Client for principal propagation</source>
        <translation>Client für die Prinzipalweitergabe</translation>
    </message>
    <message>
        <source>Any unique name, different from the first client&apos;s.</source>
        <translation>Ein beliebiger eindeutiger Name, anders als der des ersten Clients.</translation>
    </message>
    <message>
        <source>uaa.url followed by /pp, so it differs from the first client&apos;s URL.</source>
        <translation>uaa.url gefolgt von /pp, damit sie sich von der URL des ersten Clients unterscheidet.</translation>
    </message>
    <message>
        <source>The same trust certificate.</source>
        <translation>Dasselbe Vertrauenszertifikat.</translation>
    </message>
    <message>
        <source>Primary destination (technical user)</source>
        <translation>Primäre Destination (technischer Benutzer)</translation>
    </message>
    <message>
        <source>Create only one primary destination for each SuccessFactors system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro SuccessFactors-System in einem Task Center nur eine primäre Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>Secondary destination (principal propagation)</source>
        <translation>Sekundäre Destination (Prinzipalweitergabe)</translation>
    </message>
    <message>
        <source>SAP Task Center links this destination to the primary by its name: the primary&apos;s name followed by _PP. If you rename the primary later, rename this one too.</source>
        <translation>SAP Task Center verknüpft diese Destination über ihren Namen mit der primären: deren Name, gefolgt von _PP. Wenn Sie die primäre später umbenennen, benennen Sie auch diese um.</translation>
    </message>
    <message>
        <source>SuccessFactors does not accept this subaccount&apos;s signature: the certificate in the OAuth client (Admin Center &gt; Manage OAuth2 Client Applications) is not the subaccount&apos;s current trust certificate. Paste the current one there again, without the BEGIN and END lines.</source>
        <translation>SuccessFactors akzeptiert die Signatur dieses Unterkontos nicht: Das Zertifikat im OAuth-Client (Admin Center &gt; Manage OAuth2 Client Applications) ist nicht das aktuelle Vertrauenszertifikat des Unterkontos. Fügen Sie dort das aktuelle erneut ein, ohne die Zeilen BEGIN und END.</translation>
    </message>
    <message>
        <source>SuccessFactors does not know the technical user. Enter its user ID, not the user name or e-mail address, as the technical user and apply again.</source>
        <translation>SuccessFactors kennt den technischen Benutzer nicht. Geben Sie als technischen Benutzer dessen Benutzer-ID ein, nicht den Benutzernamen oder die E-Mail-Adresse, und wenden Sie erneut an.</translation>
    </message>
    <message>
        <source>Check in SuccessFactors (Admin Center &gt; Manage OAuth2 Client Applications) that the destination&apos;s API key belongs to an OAuth client registered with this subaccount&apos;s trust certificate: an API key only works for the subaccount whose certificate it was registered with.</source>
        <translation>Prüfen Sie in SuccessFactors (Admin Center &gt; Manage OAuth2 Client Applications), dass der API-Schlüssel der Destination zu einem OAuth-Client gehört, der mit dem Vertrauenszertifikat dieses Unterkontos registriert ist: Ein API-Schlüssel gilt nur für das Unterkonto, mit dessen Zertifikat er registriert wurde.</translation>
    </message>
    <message>
        <source>Approvals from SAP Field Service Management (FSM): a primary destination with FSM&apos;s client credentials and a secondary destination for principal propagation, after uploading the subaccount&apos;s trust certificate in FSM&apos;s Admin portal.</source>
        <translation>Genehmigungen aus SAP Field Service Management (FSM): eine primäre Destination mit den Client-Zugangsdaten von FSM und eine sekundäre Destination für die Prinzipalweitergabe, nachdem das Vertrauenszertifikat des Unterkontos im Admin portal von FSM hochgeladen wurde.</translation>
    </message>
    <message>
        <source>FSM cluster</source>
        <translation>FSM-Cluster</translation>
    </message>
    <message>
        <source>The cluster your FSM account runs on: its name (for example eu) or any address you open FSM with, such as https://eu.fsm.cloud.sap. The wizard makes the addresses SAP&apos;s guide asks for from it.</source>
        <translation>Der Cluster, auf dem Ihr FSM-Konto läuft: sein Name (zum Beispiel eu) oder eine beliebige Adresse, mit der Sie FSM öffnen, etwa https://eu.fsm.cloud.sap. Daraus bildet der Assistent die Adressen, die die SAP-Anleitung verlangt.</translation>
    </message>
    <message>
        <source>FSM account ID</source>
        <translation>FSM-Konto-ID</translation>
    </message>
    <message>
        <source>The ID of your FSM account, shown in FSM&apos;s Admin portal under Account.</source>
        <translation>Die ID Ihres FSM-Kontos; sie steht im Admin portal von FSM unter Account.</translation>
    </message>
    <message>
        <source>FSM company ID</source>
        <translation>FSM-Unternehmens-ID</translation>
    </message>
    <message>
        <source>The ID of the company within the account, shown in FSM&apos;s Admin portal under Companies.</source>
        <translation>Die ID des Unternehmens innerhalb des Kontos; sie steht im Admin portal von FSM unter Companies.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The client ID FSM generated for SAP Task Center (Admin portal, Generating Client ID and Secret).</source>
        <translation>Die Client-ID, die FSM für SAP Task Center generiert hat (Admin portal, Generating Client ID and Secret).</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>The client secret FSM showed with the client ID. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Client-Secret, das FSM zusammen mit der Client-ID angezeigt hat. Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>SAML metadata URL</source>
        <translation>URL der SAML-Metadaten</translation>
    </message>
    <message>
        <source>The address of the SAML metadata from FSM&apos;s SAML configuration; it becomes the secondary destination&apos;s Audience.</source>
        <translation>Die Adresse der SAML-Metadaten aus der SAML-Konfiguration von FSM; sie wird zur Audience der sekundären Destination.</translation>
    </message>
    <message>
        <source>FSM trusts SAP Task Center through this certificate: you upload it in FSM&apos;s Admin portal next.</source>
        <translation>Über dieses Zertifikat vertraut FSM SAP Task Center: Sie laden es als Nächstes im Admin portal von FSM hoch.</translation>
    </message>
    <message>
        <source>Upload the trust certificate in FSM</source>
        <translation>Vertrauenszertifikat in FSM hochladen</translation>
    </message>
    <message>
        <source>FSM&apos;s Admin portal: Establish Trust with SAP Destination Service.</source>
        <translation>Admin portal von FSM: Establish Trust with SAP Destination Service.</translation>
    </message>
    <message>
        <source>In FSM&apos;s &lt;b&gt;Admin portal&lt;/b&gt;, open the Task Center integration and &lt;b&gt;Establish Trust with SAP Destination Service&lt;/b&gt;: upload the subaccount&apos;s trust certificate there. Save it as a file below, or copy it.</source>
        <translation>Öffnen Sie im &lt;b&gt;Admin portal&lt;/b&gt; von FSM die Integration mit Task Center und &lt;b&gt;Establish Trust with SAP Destination Service&lt;/b&gt; und laden Sie dort das Vertrauenszertifikat des Unterkontos hoch. Speichern Sie es unten als Datei oder kopieren Sie es.</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Vertrauenszertifikat</translation>
    </message>
    <message>
        <source>Trust certificate (PEM)</source>
        <translation>Vertrauenszertifikat (PEM)</translation>
    </message>
    <message>
        <source>The same .pem file the SAP BTP cockpit exports under Connectivity &gt; Destination Trust. Renew it in FSM too whenever the subaccount&apos;s certificate is renewed.</source>
        <translation>Dieselbe .pem-Datei, die das SAP BTP Cockpit unter Connectivity &gt; Destination Trust exportiert. Erneuern Sie das Zertifikat auch in FSM, sobald das Zertifikat des Unterkontos erneuert wird.</translation>
    </message>
    <message>
        <source>Certificate name (CN)</source>
        <translation>Zertifikatsname (CN)</translation>
    </message>
    <message>
        <source>To recognize the certificate in FSM&apos;s list.</source>
        <translation>Damit Sie das Zertifikat in der Liste von FSM wiedererkennen.</translation>
    </message>
    <message>
        <source>Your FSM account</source>
        <translation>Ihr FSM-Konto</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches FSM: cluster, account and company.</source>
        <translation>Wo SAP Task Center FSM erreicht: Cluster, Konto und Unternehmen.</translation>
    </message>
    <message>
        <source>FSM&apos;s client for SAP Task Center</source>
        <translation>Client von FSM für SAP Task Center</translation>
    </message>
    <message>
        <source>The client ID and secret, and the SAML metadata, from FSM&apos;s Admin portal.</source>
        <translation>Client-ID und Secret sowie die SAML-Metadaten aus dem Admin portal von FSM.</translation>
    </message>
    <message>
        <source>In FSM&apos;s &lt;b&gt;Admin portal&lt;/b&gt;, generate a client ID and secret for SAP Task Center (&lt;b&gt;Generating Client ID and Secret&lt;/b&gt;) and copy them here. Then copy the address of the &lt;b&gt;SAML metadata&lt;/b&gt; from FSM&apos;s SAML configuration.</source>
        <translation>Generieren Sie im &lt;b&gt;Admin portal&lt;/b&gt; von FSM eine Client-ID und ein Secret für SAP Task Center (&lt;b&gt;Generating Client ID and Secret&lt;/b&gt;) und kopieren Sie beides hierher. Kopieren Sie dann die Adresse der &lt;b&gt;SAML-Metadaten&lt;/b&gt; aus der SAML-Konfiguration von FSM.</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client-Zugangsdaten</translation>
    </message>
    <message>
        <source>SAML metadata</source>
        <translation>SAML-Metadaten</translation>
    </message>
    <message>
        <source>FSM does not accept the client ID or secret. Copy both again from FSM&apos;s Admin portal (the client generated for SAP Task Center) and apply again.</source>
        <translation>FSM akzeptiert die Client-ID oder das Secret nicht. Kopieren Sie beides erneut aus dem Admin portal von FSM (vom Client, der für SAP Task Center generiert wurde) und wenden Sie erneut an.</translation>
    </message>
    <message>
        <source>Check in FSM&apos;s Admin portal that the client ID and secret belong to the client generated for SAP Task Center, that the account and company IDs are right, and that this subaccount&apos;s current trust certificate is uploaded (Establish Trust with SAP Destination Service).</source>
        <translation>Prüfen Sie im Admin portal von FSM, dass Client-ID und Secret zu dem Client gehören, der für SAP Task Center generiert wurde, dass Konto- und Unternehmens-ID stimmen und dass das aktuelle Vertrauenszertifikat dieses Unterkontos hochgeladen ist (Establish Trust with SAP Destination Service).</translation>
    </message>
    <message>
        <source>Create only one primary destination for each FSM account and company in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro FSM-Konto und -Unternehmen in einem Task Center nur eine primäre Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>SAP&apos;s page &quot;Secondary Destination for the Principal Propagation (SAP Field Service Management)&quot; asks for &quot;the API Key for principal propagation&quot; as Client Key, but FSM has no such key; the wizard enters FSM&apos;s client ID, as the rest of the page uses it. If SAP Task Center cannot act as the user, check this value with SAP (Edit properties).</source>
        <translation>Die SAP-Seite „Secondary Destination for the Principal Propagation (SAP Field Service Management)“ verlangt als Client Key „the API Key for principal propagation“, FSM hat aber keinen solchen Schlüssel; der Assistent trägt die Client-ID von FSM ein, die auch der Rest der Seite verwendet. Wenn SAP Task Center nicht im Namen des Benutzers handeln kann, klären Sie diesen Wert mit SAP (Eigenschaften bearbeiten).</translation>
    </message>
    <message>
        <source>Workflow tasks from SAP S/4HANA Cloud Public Edition: either SAP BTP connects the systems through a formation, or you set up communication arrangement SAP_COM_0501 in S/4HANA Cloud and the wizard writes one destination.</source>
        <translation>Workflowaufgaben aus SAP S/4HANA Cloud Public Edition: Entweder verbindet SAP BTP die Systeme über eine Formation, oder Sie richten in S/4HANA Cloud die Kommunikationsvereinbarung SAP_COM_0501 ein und der Assistent schreibt eine Destination.</translation>
    </message>
    <message>
        <source>Communication user</source>
        <translation>Kommunikationsbenutzer</translation>
    </message>
    <message>
        <source>The user name of the communication user you created in Maintain Communication Users.</source>
        <translation>Der Benutzername des Kommunikationsbenutzers, den Sie in der App Maintain Communication Users angelegt haben.</translation>
    </message>
    <message>
        <source>Communication user&apos;s password</source>
        <translation>Passwort des Kommunikationsbenutzers</translation>
    </message>
    <message>
        <source>The password you gave the communication user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Passwort, das Sie dem Kommunikationsbenutzer gegeben haben. Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>Service-URL</translation>
    </message>
    <message>
        <source>The service URL the arrangement shows for its inbound service. The destination uses its server part; the client comes from its sap-client.</source>
        <translation>Die Service-URL, die die Kommunikationsvereinbarung für ihren eingehenden Service anzeigt. Die Destination verwendet deren Serverteil; der Mandant ergibt sich aus ihrem sap-client.</translation>
    </message>
    <message>
        <source>SAML2 Audience</source>
        <translation>SAML2 Audience</translation>
    </message>
    <message>
        <source>From the arrangement&apos;s OAuth 2.0 Details.</source>
        <translation>Aus den OAuth 2.0 Details der Kommunikationsvereinbarung.</translation>
    </message>
    <message>
        <source>Client ID (OAuth 2.0 Details)</source>
        <translation>Client-ID (OAuth 2.0 Details)</translation>
    </message>
    <message>
        <source>Client (sap-client)</source>
        <translation>Mandant (sap-client)</translation>
    </message>
    <message>
        <source>The S/4HANA Cloud client, taken from the service URL&apos;s sap-client when it has one.</source>
        <translation>Der Mandant von S/4HANA Cloud; er wird aus dem sap-client der Service-URL übernommen, wenn sie einen enthält.</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 64 characters (SAP Task Center&apos;s limit).</source>
        <translation>Nur Buchstaben, Ziffern, _ und -, höchstens 64 Zeichen (Grenze von SAP Task Center).</translation>
    </message>
    <message>
        <source>Automatically, with a formation in the SAP BTP cockpit</source>
        <translation>Automatisch, mit einer Formation im SAP BTP Cockpit</translation>
    </message>
    <message>
        <source>Choose this when your S/4HANA Cloud system is registered in your global account with the communication scenario group &quot;All Communication Scenarios&quot;: SAP BTP then sets up SAP_COM_0501 and the connection itself, and the wizard writes no destination. Not available in the China (Shanghai) and Government Cloud (US) regions.</source>
        <translation>Wählen Sie dies, wenn Ihr S/4HANA-Cloud-System in Ihrem globalen Konto mit der Kommunikationsszenariogruppe „All Communication Scenarios“ registriert ist: SAP BTP richtet dann SAP_COM_0501 und die Verbindung selbst ein, und der Assistent schreibt keine Destination. Nicht verfügbar in den Regionen China (Shanghai) und Government Cloud (US).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check in SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the SAP BTP cockpit, open &lt;b&gt;System Landscape &amp;gt; Formations&lt;/b&gt; and check that the formation is listed with the SAP Task Center system and the SAP S/4HANA Cloud system in it.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user who has workflow tasks in SAP S/4HANA Cloud: the tasks appear there.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was Sie in SAP Task Center prüfen sollten&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Öffnen Sie im SAP BTP Cockpit &lt;b&gt;System Landscape &amp;gt; Formations&lt;/b&gt; und prüfen Sie, ob die Formation mit dem System von SAP Task Center und dem System von SAP S/4HANA Cloud aufgeführt ist.&lt;/li&gt;&lt;li&gt;Öffnen Sie die &lt;b&gt;SAP Task Center Web app&lt;/b&gt; als Benutzer, der Workflowaufgaben in SAP S/4HANA Cloud hat: Dort erscheinen die Aufgaben.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>By hand, with communication arrangement SAP_COM_0501</source>
        <translation>Manuell, mit der Kommunikationsvereinbarung SAP_COM_0501</translation>
    </message>
    <message>
        <source>Choose this when a formation is not possible (the system is not registered with &quot;All Communication Scenarios&quot;, or your region has no formations): you create a communication user, system and arrangement in S/4HANA Cloud with the values the wizard shows, and the wizard writes the destination.</source>
        <translation>Wählen Sie dies, wenn keine Formation möglich ist (das System ist nicht mit „All Communication Scenarios“ registriert, oder Ihre Region hat keine Formationen): Sie legen in S/4HANA Cloud mit den Werten, die der Assistent anzeigt, einen Kommunikationsbenutzer, ein Kommunikationssystem und eine Kommunikationsvereinbarung an, und der Assistent schreibt die Destination.</translation>
    </message>
    <message>
        <source>Set up the formation in the SAP BTP cockpit</source>
        <translation>Formation im SAP BTP Cockpit einrichten</translation>
    </message>
    <message>
        <source>Tick each step once you have done it; SAP BTP does the rest.</source>
        <translation>Haken Sie jeden Schritt ab, sobald Sie ihn erledigt haben; den Rest erledigt SAP BTP.</translation>
    </message>
    <message>
        <source>You need to be a global account administrator or a system landscape administrator.</source>
        <translation>Sie müssen Administrator des globalen Kontos oder Administrator der Systemlandschaft sein.</translation>
    </message>
    <message>
        <source>The SAP S/4HANA Cloud system is listed under &lt;b&gt;System Landscape &amp;gt; Systems&lt;/b&gt;, registered with the communication scenario group &lt;b&gt;All Communication Scenarios&lt;/b&gt; (this is what enables SAP_COM_0501 automatically).</source>
        <translation>Das System von SAP S/4HANA Cloud ist unter &lt;b&gt;System Landscape &amp;gt; Systems&lt;/b&gt; aufgeführt und mit der Kommunikationsszenariogruppe &lt;b&gt;All Communication Scenarios&lt;/b&gt; registriert (dadurch wird SAP_COM_0501 automatisch aktiviert).</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the global account: System Landscape &gt; Systems. A missing system: Add System, and get its registration token with &quot;All Communication Scenarios&quot;.</source>
        <translation>SAP BTP Cockpit des globalen Kontos: System Landscape &gt; Systems. Fehlt das System, wählen Sie Add System und holen Sie sein Registrierungstoken mit „All Communication Scenarios“.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;SAP Task Center&lt;/b&gt; system you use is not yet part of another formation of type &lt;i&gt;Integration with SAP Task Center&lt;/i&gt; (a Task Center system can be in at most one).</source>
        <translation>Das System von &lt;b&gt;SAP Task Center&lt;/b&gt;, das Sie verwenden, gehört noch zu keiner anderen Formation vom Typ &lt;i&gt;Integration with SAP Task Center&lt;/i&gt; (ein System von Task Center kann in höchstens einer sein).</translation>
    </message>
    <message>
        <source>System Landscape &gt; Formations: check the existing formations of that type.</source>
        <translation>System Landscape &gt; Formations: Prüfen Sie die vorhandenen Formationen dieses Typs.</translation>
    </message>
    <message>
        <source>Create a formation of type &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;, with any name that helps you recognize it.</source>
        <translation>Legen Sie eine Formation vom Typ &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; an, mit einem beliebigen Namen, an dem Sie sie wiedererkennen.</translation>
    </message>
    <message>
        <source>System Landscape &gt; Formations &gt; Create Formation; Formation Type: Integration with SAP Task Center.</source>
        <translation>System Landscape &gt; Formations &gt; Create Formation; Formation Type: Integration with SAP Task Center.</translation>
    </message>
    <message>
        <source>Include exactly &lt;b&gt;one SAP Task Center&lt;/b&gt; system and the &lt;b&gt;SAP S/4HANA Cloud&lt;/b&gt; system, review your selection and create the formation.</source>
        <translation>Nehmen Sie genau &lt;b&gt;ein System von SAP Task Center&lt;/b&gt; und das System von &lt;b&gt;SAP S/4HANA Cloud&lt;/b&gt; auf, prüfen Sie Ihre Auswahl und legen Sie die Formation an.</translation>
    </message>
    <message>
        <source>In the same dialog: select the systems, then Review and Create.</source>
        <translation>Im selben Dialog: Wählen Sie die Systeme aus und schließen Sie mit Review and Create ab.</translation>
    </message>
    <message>
        <source>S/4HANA Cloud trusts SAP Task Center through this certificate: it becomes the communication system&apos;s signing certificate.</source>
        <translation>Über dieses Zertifikat vertraut S/4HANA Cloud SAP Task Center: Es wird zum Signaturzertifikat des Kommunikationssystems.</translation>
    </message>
    <message>
        <source>Create the communication user in S/4HANA Cloud</source>
        <translation>Kommunikationsbenutzer in S/4HANA Cloud anlegen</translation>
    </message>
    <message>
        <source>SAP Task Center fetches tokens as this user.</source>
        <translation>SAP Task Center ruft als dieser Benutzer Token ab.</translation>
    </message>
    <message>
        <source>In SAP S/4HANA Cloud, open the app &lt;b&gt;Maintain Communication Users&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt;, enter a user name, a description and a password, and choose &lt;b&gt;Create&lt;/b&gt;. Enter the same user name and password here.</source>
        <translation>Öffnen Sie in SAP S/4HANA Cloud die App &lt;b&gt;Maintain Communication Users&lt;/b&gt;, wählen Sie &lt;b&gt;New&lt;/b&gt;, geben Sie einen Benutzernamen, eine Beschreibung und ein Passwort ein und wählen Sie &lt;b&gt;Create&lt;/b&gt;. Geben Sie denselben Benutzernamen und dasselbe Passwort hier ein.</translation>
    </message>
    <message>
        <source>Create the communication system in S/4HANA Cloud</source>
        <translation>Kommunikationssystem in S/4HANA Cloud anlegen</translation>
    </message>
    <message>
        <source>It lets S/4HANA Cloud trust the assertions this subaccount signs.</source>
        <translation>Damit vertraut S/4HANA Cloud den Assertions, die dieses Unterkonto signiert.</translation>
    </message>
    <message>
        <source>Open the app &lt;b&gt;Communication Systems&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt; and enter a System ID and System Name. Set &lt;b&gt;Host Name&lt;/b&gt; to your S/4HANA Cloud host (for example my300000.s4hana.ondemand.com) and the values below; under &lt;b&gt;Users for Inbound Communication&lt;/b&gt;, add the communication user with +. Save.</source>
        <translation>Öffnen Sie die App &lt;b&gt;Communication Systems&lt;/b&gt;, wählen Sie &lt;b&gt;New&lt;/b&gt; und geben Sie eine System ID und einen System Name ein. Setzen Sie &lt;b&gt;Host Name&lt;/b&gt; auf Ihren Host von S/4HANA Cloud (zum Beispiel my300000.s4hana.ondemand.com) und die Felder unten auf die angezeigten Werte; fügen Sie unter &lt;b&gt;Users for Inbound Communication&lt;/b&gt; den Kommunikationsbenutzer mit + hinzu. Speichern Sie.</translation>
    </message>
    <message>
        <source>Communication system</source>
        <translation>Kommunikationssystem</translation>
    </message>
    <message>
        <source>OAuth 2.0 Identity Provider</source>
        <translation>OAuth 2.0 Identity Provider</translation>
    </message>
    <message>
        <source>Signing Certificate</source>
        <translation>Signing Certificate</translation>
    </message>
    <message>
        <source>Choose Upload Signing Certificate and upload this file: the subaccount&apos;s trust certificate.</source>
        <translation>Wählen Sie Upload Signing Certificate und laden Sie diese Datei hoch: das Vertrauenszertifikat des Unterkontos.</translation>
    </message>
    <message>
        <source>OAuth 2.0 SAML Issuer</source>
        <translation>OAuth 2.0 SAML Issuer</translation>
    </message>
    <message>
        <source>The certificate&apos;s CN (the value after CN=).</source>
        <translation>Der CN des Zertifikats (der Wert nach CN=).</translation>
    </message>
    <message>
        <source>User ID Mapping Mode</source>
        <translation>User ID Mapping Mode</translation>
    </message>
    <message>
        <source>Users for Inbound Communication</source>
        <translation>Users for Inbound Communication</translation>
    </message>
    <message>
        <source>Add the communication user with +.</source>
        <translation>Fügen Sie den Kommunikationsbenutzer mit + hinzu.</translation>
    </message>
    <message>
        <source>Create communication arrangement SAP_COM_0501</source>
        <translation>Kommunikationsvereinbarung SAP_COM_0501 anlegen</translation>
    </message>
    <message>
        <source>The arrangement for SAP Task Center, and the values it gives back for the destination.</source>
        <translation>Die Kommunikationsvereinbarung für SAP Task Center und die Werte, die sie für die Destination zurückgibt.</translation>
    </message>
    <message>
        <source>Open the app &lt;b&gt;Communication Arrangements&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt;, select scenario &lt;b&gt;SAP_COM_0501&lt;/b&gt;, enter an arrangement name and choose &lt;b&gt;Create&lt;/b&gt;. Select the communication system you created; the inbound user follows, with authentication method OAuth 2.0. Save.</source>
        <translation>Öffnen Sie die App &lt;b&gt;Communication Arrangements&lt;/b&gt;, wählen Sie &lt;b&gt;New&lt;/b&gt;, wählen Sie das Szenario &lt;b&gt;SAP_COM_0501&lt;/b&gt;, geben Sie einen Namen für die Vereinbarung ein und wählen Sie &lt;b&gt;Create&lt;/b&gt;. Wählen Sie das angelegte Kommunikationssystem aus; der Benutzer für die eingehende Kommunikation wird mit der Authentifizierungsmethode OAuth 2.0 übernommen. Speichern Sie.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s address and OAuth client</source>
        <translation>Adresse und OAuth-Client von SAP Task Center</translation>
    </message>
    <message>
        <source>Where the arrangement asks for SAP Task Center (to push task updates), enter these values from the service key:</source>
        <translation>Wo die Kommunikationsvereinbarung nach SAP Task Center fragt (um Aufgabenänderungen zu übertragen), geben Sie diese Werte aus dem Dienstschlüssel ein:</translation>
    </message>
    <message>
        <source>Task Center inbox REST URL</source>
        <translation>Inbox-REST-URL von Task Center</translation>
    </message>
    <message>
        <source>endpoints.inbox_rest_url of the service key.</source>
        <translation>endpoints.inbox_rest_url aus dem Dienstschlüssel.</translation>
    </message>
    <message>
        <source>Task Center token URL</source>
        <translation>Token-URL von Task Center</translation>
    </message>
    <message>
        <source>uaa.url of the service key followed by /oauth/token.</source>
        <translation>uaa.url aus dem Dienstschlüssel, gefolgt von /oauth/token.</translation>
    </message>
    <message>
        <source>Task Center client ID</source>
        <translation>Client-ID von Task Center</translation>
    </message>
    <message>
        <source>uaa.clientid of the service key.</source>
        <translation>uaa.clientid aus dem Dienstschlüssel.</translation>
    </message>
    <message>
        <source>Task Center client secret</source>
        <translation>Client-Secret von Task Center</translation>
    </message>
    <message>
        <source>uaa.clientsecret of the service key.</source>
        <translation>uaa.clientsecret aus dem Dienstschlüssel.</translation>
    </message>
    <message>
        <source>Values for the destination</source>
        <translation>Werte für die Destination</translation>
    </message>
    <message>
        <source>Copy these from the saved arrangement: the service URL of its inbound service, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL.</source>
        <translation>Kopieren Sie diese aus der gespeicherten Kommunikationsvereinbarung: die Service-URL ihres eingehenden Service und aus &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; die Werte SAML2 Audience, Client ID und Token Service URL.</translation>
    </message>
    <message>
        <source>Check in SAP S/4HANA Cloud that the communication system holds this subaccount&apos;s current trust certificate as signing certificate, that its OAuth 2.0 SAML Issuer is the certificate&apos;s CN, and that the communication user and password in the destination are those of the arrangement.</source>
        <translation>Prüfen Sie in SAP S/4HANA Cloud, dass das Kommunikationssystem das aktuelle Vertrauenszertifikat dieses Unterkontos als Signaturzertifikat enthält, dass sein OAuth 2.0 SAML Issuer der CN des Zertifikats ist und dass Kommunikationsbenutzer und Passwort in der Destination die der Kommunikationsvereinbarung sind.</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA Cloud</source>
        <translation>Destination zu SAP S/4HANA Cloud</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user. Check it in the SAP Task Center Web app as a user with S/4HANA Cloud tasks.</source>
        <translation>Diese Destination hat keinen technischen Benutzer: Der Destination Service ruft mit ihr nur für einen angemeldeten Benutzer ein Token ab, so wie es SAP Task Center für jeden Benutzer tut. Prüfen Sie sie in der SAP Task Center Web app als Benutzer mit Aufgaben in S/4HANA Cloud.</translation>
    </message>
    <message>
        <source>Create only one destination for each S/4HANA Cloud system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro S/4HANA-Cloud-System und Mandant in einem Task Center nur eine Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>Tasks and to-dos from SAP SuccessFactors: a primary destination with the technical user and a secondary destination for principal propagation, after registering two OAuth clients in SuccessFactors.</source>
        <translation>Aufgaben und To-dos aus SAP SuccessFactors: eine primäre Destination mit dem technischen Benutzer und eine sekundäre Destination für die Prinzipalweitergabe, nachdem zwei OAuth-Clients in SuccessFactors registriert wurden.</translation>
    </message>
    <message>
        <source>The user ID of the technical user SuccessFactors created when you enabled the to-do integration with SAP Task Center (SAP&apos;s guide shows TECHNICAL_USER_INBOX_CEF979F3 as an example; yours may differ). Use the user ID, not the user name or e-mail address.</source>
        <translation>Die Benutzer-ID des technischen Benutzers, den SuccessFactors angelegt hat, als Sie die To-do-Integration mit SAP Task Center aktiviert haben (die SAP-Anleitung zeigt TECHNICAL_USER_INBOX_CEF979F3 als Beispiel; Ihre kann abweichen). Verwenden Sie die Benutzer-ID, nicht den Benutzernamen oder die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>SuccessFactors trusts SAP Task Center through this certificate: it goes into both OAuth clients.</source>
        <translation>Über dieses Zertifikat vertraut SuccessFactors SAP Task Center: Es kommt in beide OAuth-Clients.</translation>
    </message>
    <message>
        <source>The service key tells SuccessFactors where SAP Task Center is: its uaa.url becomes the clients&apos; Application URL.</source>
        <translation>Der Dienstschlüssel teilt SuccessFactors mit, wo SAP Task Center ist: Seine uaa.url wird zur Application URL der Clients.</translation>
    </message>
    <message>
        <source>Your SuccessFactors system</source>
        <translation>Ihr SuccessFactors-System</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SuccessFactors, and as which user.</source>
        <translation>Wo SAP Task Center SuccessFactors erreicht und als welcher Benutzer.</translation>
    </message>
    <message>
        <source>Register the OAuth clients in SuccessFactors</source>
        <translation>OAuth-Clients in SuccessFactors registrieren</translation>
    </message>
    <message>
        <source>Two clients: one for the technical user that reads tasks, one for each user&apos;s own actions.</source>
        <translation>Zwei Clients: einer für den technischen Benutzer, der die Aufgaben liest, einer für die eigenen Aktionen jedes Benutzers.</translation>
    </message>
    <message>
        <source>In SuccessFactors, open &lt;b&gt;Admin Center &amp;gt; Manage OAuth2 Client Applications&lt;/b&gt; and choose &lt;b&gt;Register Client Application&lt;/b&gt;. Enter the values below, save, then choose &lt;b&gt;View&lt;/b&gt; next to the new client and copy its &lt;b&gt;API Key&lt;/b&gt; into the field under it. Do this for both clients.</source>
        <translation>Öffnen Sie in SuccessFactors &lt;b&gt;Admin Center &amp;gt; Manage OAuth2 Client Applications&lt;/b&gt; und wählen Sie &lt;b&gt;Register Client Application&lt;/b&gt;. Geben Sie die Werte unten ein und speichern Sie. Wählen Sie dann &lt;b&gt;View&lt;/b&gt; neben dem neuen Client und kopieren Sie seinen &lt;b&gt;API Key&lt;/b&gt; in das Feld darunter. Tun Sie das für beide Clients.</translation>
    </message>
    <message>
        <source>SAP BTP connects the systems itself once both are in a formation of type Integration with SAP Task Center: it enables communication scenario SAP_COM_0501 for an SAP S/4HANA Cloud system registered with All Communication Scenarios. The wizard writes no destination on this path.</source>
        <translation>SAP BTP verbindet die Systeme selbst, sobald beide in einer Formation vom Typ „Integration with SAP Task Center“ sind: Es aktiviert das Kommunikationsszenario SAP_COM_0501 für ein System von SAP S/4HANA Cloud, das mit „All Communication Scenarios“ registriert ist. Auf diesem Weg schreibt der Assistent keine Destination.</translation>
    </message>
    <message>
        <source>The first client&apos;s API key goes into the primary destination, the second client&apos;s into the secondary destination for principal propagation. An API key is only valid for the subaccount whose trust certificate the client holds, so register the clients again for another subaccount.</source>
        <translation>Der API-Schlüssel des ersten Clients kommt in die primäre Destination, der des zweiten in die sekundäre Destination für die Prinzipalweitergabe. Ein API-Schlüssel gilt nur für das Unterkonto, dessen Vertrauenszertifikat der Client hat; registrieren Sie die Clients für ein anderes Unterkonto daher erneut.</translation>
    </message>
    <message>
        <source>This metadata is on the cluster %1, but your account is on %2. Check in FSM&apos;s SAML configuration that it is your account&apos;s metadata: another cluster&apos;s makes every user&apos;s token fail. (SAP&apos;s own examples mix eu and de, so compare with what FSM shows you.)</source>
        <translation>Diese Metadaten liegen auf dem Cluster %1, Ihr Konto aber auf %2. Prüfen Sie in der SAML-Konfiguration von FSM, ob es die Metadaten Ihres Kontos sind: Mit denen eines anderen Clusters schlägt das Token jedes Benutzers fehl. (Die Beispiele von SAP selbst mischen eu und de; vergleichen Sie daher mit dem, was FSM Ihnen anzeigt.)</translation>
    </message>
    <message>
        <source>The Destination service no longer takes the technical user from SystemUser in this subaccount (SAP announced its removal for the end of September 2026). Check SAP Task Center&apos;s SuccessFactors guide for what replaces SystemUser, and set the primary destination up as it says.</source>
        <translation>Der Destination Service übernimmt den technischen Benutzer in diesem Unterkonto nicht mehr aus SystemUser (SAP hat die Entfernung für Ende September 2026 angekündigt). Sehen Sie in der SuccessFactors-Anleitung von SAP Task Center nach, was SystemUser ersetzt, und richten Sie die primäre Destination so ein, wie es dort beschrieben ist.</translation>
    </message>
    <message>
        <source>SAP announced in the Destination service&apos;s documentation that the SystemUser property would be removed by the end of September 2026, but SAP Task Center&apos;s SuccessFactors guide still lists it. Keep it until SAP Task Center documents a replacement. If Test connection then says &quot;Cannot determine user to propagate&quot;, this subaccount no longer honours SystemUser: check SAP Task Center&apos;s SuccessFactors guide for what replaces it.</source>
        <translation>SAP hat in der Dokumentation des Destination Service angekündigt, dass die Eigenschaft SystemUser bis Ende September 2026 entfernt wird, die SuccessFactors-Anleitung von SAP Task Center führt sie aber noch auf. Behalten Sie sie, bis SAP Task Center einen Ersatz dokumentiert. Meldet „Verbindung testen“ dann „Cannot determine user to propagate“, berücksichtigt dieses Unterkonto SystemUser nicht mehr: Sehen Sie in der SuccessFactors-Anleitung von SAP Task Center nach, was SystemUser ersetzt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining steps for S/4HANA Cloud&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;The Task Center app for your users:&lt;/b&gt; in the launchpad your users open (SAP Build Work Zone or another central entry point), create a &lt;b&gt;Task Center&lt;/b&gt; tile and activate the site&apos;s languages, as SAP&apos;s guide &quot;Create a Task Center Tile&quot; says. It uses the destination &lt;i&gt;Task_Center&lt;/i&gt; of this subaccount.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users in S/4HANA Cloud:&lt;/b&gt; each approver&apos;s business user needs a &lt;b&gt;Global User ID&lt;/b&gt; equal to the &lt;b&gt;User UUID&lt;/b&gt; of the same user in SAP Cloud Identity Services (copy it by hand to try it out, or replicate the users with Identity Provisioning, communication scenario SAP_COM_0193). Without it, the tasks reach SAP Task Center but appear in nobody&apos;s list.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user with workflow tasks in S/4HANA Cloud: the tasks appear there.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die restlichen Schritte der SAP-Anleitung für S/4HANA Cloud&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Die Task-Center-App für Ihre Benutzer:&lt;/b&gt; Legen Sie in dem Launchpad, das Ihre Benutzer öffnen (SAP Build Work Zone oder ein anderer zentraler Einstiegspunkt), eine Kachel &lt;b&gt;Task Center&lt;/b&gt; an und aktivieren Sie die Sprachen der Site, wie es die SAP-Anleitung „Create a Task Center Tile“ beschreibt. Die Kachel verwendet die Destination &lt;i&gt;Task_Center&lt;/i&gt; dieses Unterkontos.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Benutzer in S/4HANA Cloud:&lt;/b&gt; Der Geschäftsbenutzer jedes Genehmigenden braucht eine &lt;b&gt;Global User ID&lt;/b&gt;, die der &lt;b&gt;User UUID&lt;/b&gt; desselben Benutzers in SAP Cloud Identity Services entspricht (kopieren Sie sie zum Ausprobieren von Hand, oder replizieren Sie die Benutzer mit Identity Provisioning, Kommunikationsszenario SAP_COM_0193). Ohne sie erreichen die Aufgaben SAP Task Center, erscheinen aber bei niemandem in der Liste.&lt;/li&gt;&lt;li&gt;Öffnen Sie die &lt;b&gt;SAP Task Center Web app&lt;/b&gt; als Benutzer mit Workflowaufgaben in S/4HANA Cloud: Dort erscheinen die Aufgaben.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Workflow tasks from an on-premise SAP S/4HANA system, reached through your SAP Cloud Connector: one destination with the service user of S/4HANA&apos;s task pull service, after preparing the Cloud Connector and S/4HANA as SAP&apos;s guide says.</source>
        <translation>Workflowaufgaben aus einem On-Premise-System von SAP S/4HANA, erreicht über Ihren SAP Cloud Connector: eine Destination mit dem Servicebenutzer des Task-Pull-Service von S/4HANA, nachdem Cloud Connector und S/4HANA wie in der SAP-Anleitung beschrieben vorbereitet wurden.</translation>
    </message>
    <message>
        <source>Virtual host and port</source>
        <translation>Virtueller Host und Port</translation>
    </message>
    <message>
        <source>From the Cloud Connector&apos;s access control for your S/4HANA system: the destination&apos;s URL is &lt;Virtual Host&gt;:&lt;Virtual Port&gt;. Start it with the scheme of that access control entry (http:// or https://); SAP&apos;s Task Center guide gives the pattern without one.</source>
        <translation>Aus der Zugriffssteuerung des Cloud Connectors für Ihr S/4HANA-System: Die URL der Destination ist &lt;Virtual Host&gt;:&lt;Virtual Port&gt;. Beginnen Sie sie mit dem Schema dieses Eintrags der Zugriffssteuerung (http:// oder https://); die Task-Center-Anleitung von SAP gibt das Muster ohne Schema an.</translation>
    </message>
    <message>
        <source>Enter the virtual host and virtual port of the S/4HANA system&apos;s access control in the Cloud Connector, as an address: http://&lt;virtual host&gt;:&lt;virtual port&gt;, with nothing after the port.</source>
        <translation>Geben Sie den virtuellen Host und den virtuellen Port der Zugriffssteuerung für das S/4HANA-System im Cloud Connector als Adresse ein: http://&lt;virtual host&gt;:&lt;virtual port&gt;, ohne etwas nach dem Port.</translation>
    </message>
    <message>
        <source>Location ID (optional)</source>
        <translation>Location-ID (optional)</translation>
    </message>
    <message>
        <source>The location ID you configured in the Cloud Connector&apos;s initial configuration. Needed only when more than one Cloud Connector is connected to this subaccount; leave it empty otherwise.</source>
        <translation>Die Location-ID, die Sie bei der Erstkonfiguration des Cloud Connectors festgelegt haben. Nur nötig, wenn mehr als ein Cloud Connector mit diesem Unterkonto verbunden ist; lassen Sie das Feld andernfalls leer.</translation>
    </message>
    <message>
        <source>A location ID is letters, digits, dots, hyphens and underscores, as you configured it in the Cloud Connector.</source>
        <translation>Eine Location-ID besteht aus Buchstaben, Ziffern, Punkten, Bindestrichen und Unterstrichen, so wie Sie sie im Cloud Connector festgelegt haben.</translation>
    </message>
    <message>
        <source>Service user for the task pull service</source>
        <translation>Servicebenutzer für den Task-Pull-Service</translation>
    </message>
    <message>
        <source>The user you created in S/4HANA under &quot;Create Service User for Task Pull Service&quot; (Integrating SAP Task Center).</source>
        <translation>Der Benutzer, den Sie in S/4HANA unter „Create Service User for Task Pull Service“ (Integrating SAP Task Center) angelegt haben.</translation>
    </message>
    <message>
        <source>Enter the user name of the service user you created for the task pull service in S/4HANA, without spaces.</source>
        <translation>Geben Sie den Benutzernamen des Servicebenutzers, den Sie in S/4HANA für den Task-Pull-Service angelegt haben, ohne Leerzeichen ein.</translation>
    </message>
    <message>
        <source>Service user&apos;s password</source>
        <translation>Passwort des Servicebenutzers</translation>
    </message>
    <message>
        <source>The password of that service user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Passwort dieses Servicebenutzers. Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The client number of your S/4HANA system.</source>
        <translation>Die Mandantennummer Ihres S/4HANA-Systems.</translation>
    </message>
    <message>
        <source>Client ID for pushed task updates (optional)</source>
        <translation>Client-ID für übertragene Aufgabenänderungen (optional)</translation>
    </message>
    <message>
        <source>Only once you have completed Integrating SAP Task Center in S/4HANA: the uaa &gt; clientid of the service key of the dedicated SAP Task Center service instance you created for pushed updates. Leave it empty until then; SAP warns that tasks may not arrive otherwise.</source>
        <translation>Erst wenn Sie Integrating SAP Task Center in S/4HANA abgeschlossen haben: die uaa &gt; clientid aus dem Dienstschlüssel der eigenen Instanz von SAP Task Center, die Sie für übertragene Änderungen angelegt haben. Lassen Sie das Feld bis dahin leer; laut SAP kommen Aufgaben sonst möglicherweise nicht an.</translation>
    </message>
    <message>
        <source>Prepare the Cloud Connector and SAP S/4HANA</source>
        <translation>Cloud Connector und SAP S/4HANA vorbereiten</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next page asks for what they give you.</source>
        <translation>Haken Sie jeden Schritt ab, sobald er erledigt ist; die nächste Seite fragt nach dem, was Sie dabei erhalten.</translation>
    </message>
    <message>
        <source>SAP Task Center reaches an on-premise S/4HANA system only through an SAP Cloud Connector connected to this subaccount, with the service user of S/4HANA&apos;s task pull service.</source>
        <translation>SAP Task Center erreicht ein On-Premise-System von S/4HANA nur über einen SAP Cloud Connector, der mit diesem Unterkonto verbunden ist, und mit dem Servicebenutzer des Task-Pull-Service von S/4HANA.</translation>
    </message>
    <message>
        <source>The Cloud Connector is connected to this subaccount and its access control exposes your S/4HANA system. Note the &lt;b&gt;virtual host&lt;/b&gt; and &lt;b&gt;virtual port&lt;/b&gt;, and the &lt;b&gt;location ID&lt;/b&gt; if you configured one.</source>
        <translation>Der Cloud Connector ist mit diesem Unterkonto verbunden, und seine Zugriffssteuerung gibt Ihr S/4HANA-System frei. Notieren Sie den &lt;b&gt;virtuellen Host&lt;/b&gt; und den &lt;b&gt;virtuellen Port&lt;/b&gt; sowie die &lt;b&gt;Location-ID&lt;/b&gt;, falls Sie eine festgelegt haben.</translation>
    </message>
    <message>
        <source>Follow &quot;Prepare SAP Cloud Connector and SAP S/4HANA for the SAP Task Center Connection&quot; for your S/4HANA version.</source>
        <translation>Folgen Sie „Prepare SAP Cloud Connector and SAP S/4HANA for the SAP Task Center Connection“ für Ihre Version von S/4HANA.</translation>
    </message>
    <message>
        <source>In S/4HANA, SAP Task Center is integrated and you have the &lt;b&gt;user name and password of the service user for the task pull service&lt;/b&gt;.</source>
        <translation>In S/4HANA ist SAP Task Center integriert, und Sie haben &lt;b&gt;Benutzername und Passwort des Servicebenutzers für den Task-Pull-Service&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>S/4HANA: Integrating SAP Task Center, &quot;Create Service User for Task Pull Service&quot;.</source>
        <translation>S/4HANA: Integrating SAP Task Center, „Create Service User for Task Pull Service“.</translation>
    </message>
    <message>
        <source>You know the &lt;b&gt;client number&lt;/b&gt; of your S/4HANA system.</source>
        <translation>Sie kennen die &lt;b&gt;Mandantennummer&lt;/b&gt; Ihres S/4HANA-Systems.</translation>
    </message>
    <message>
        <source>Your SAP S/4HANA system</source>
        <translation>Ihr System von SAP S/4HANA</translation>
    </message>
    <message>
        <source>How SAP Task Center reaches S/4HANA through the Cloud Connector, and as which user.</source>
        <translation>Wie SAP Task Center S/4HANA über den Cloud Connector erreicht und als welcher Benutzer.</translation>
    </message>
    <message>
        <source>Check in the Cloud Connector that the access control for the virtual host and port is reachable and that the location ID matches, and in S/4HANA that the service user for the task pull service is not locked and its password is the one in the destination.</source>
        <translation>Prüfen Sie im Cloud Connector, dass die Zugriffssteuerung für den virtuellen Host und Port erreichbar ist und die Location-ID übereinstimmt, und in S/4HANA, dass der Servicebenutzer für den Task-Pull-Service nicht gesperrt ist und sein Passwort dem in der Destination entspricht.</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA</source>
        <translation>Destination zu SAP S/4HANA</translation>
    </message>
    <message>
        <source>The Destination service reaches an on-premise system only through your Cloud Connector, and SAP says Check Connection may not tell whether SAP Task Center reaches S/4HANA. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Der Destination Service erreicht ein On-Premise-System nur über Ihren Cloud Connector, und laut SAP zeigt Check Connection möglicherweise nicht an, ob SAP Task Center S/4HANA erreicht. Prüfen Sie den Konnektor im Monitoring von SAP Task Center, sobald die Destination gespeichert ist.</translation>
    </message>
    <message>
        <source>Create only one destination for each S/4HANA system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro S/4HANA-System und Mandant in einem Task Center nur eine Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>Workflow tasks from SAP S/4HANA Cloud Private Edition, reached through your SAP Cloud Connector: one destination with the service user of S/4HANA&apos;s task pull service, after preparing the Cloud Connector and S/4HANA as SAP&apos;s guide says.</source>
        <translation>Workflowaufgaben aus SAP S/4HANA Cloud Private Edition, erreicht über Ihren SAP Cloud Connector: eine Destination mit dem Servicebenutzer des Task-Pull-Service von S/4HANA, nachdem Cloud Connector und S/4HANA wie in der SAP-Anleitung beschrieben vorbereitet wurden.</translation>
    </message>
    <message>
        <source>The user you created in S/4HANA for the task pull service, as &quot;Configuring SAP Task Center Integration&quot; (Integrating SAP Task Center) describes.</source>
        <translation>Der Benutzer, den Sie in S/4HANA für den Task-Pull-Service angelegt haben, wie „Configuring SAP Task Center Integration“ (Integrating SAP Task Center) es beschreibt.</translation>
    </message>
    <message>
        <source>S/4HANA: Integrating SAP Task Center, &quot;Configuring SAP Task Center Integration&quot;.</source>
        <translation>S/4HANA: Integrating SAP Task Center, „Configuring SAP Task Center Integration“.</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA Cloud Private Edition</source>
        <translation>Destination zu SAP S/4HANA Cloud Private Edition</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP S/4HANA Cloud Private Edition system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro System von SAP S/4HANA Cloud Private Edition und Mandant in einem Task Center nur eine Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>Approvals from SAP Concur Expense or SAP Concur Request: one destination for each product of your SAP Concur entity, with the entity&apos;s Company Request Token, which SAP Task Center exchanges for a refresh token the first time it connects.</source>
        <translation>Genehmigungen aus SAP Concur Expense oder SAP Concur Request: eine Destination pro Produkt Ihrer Entität in SAP Concur, mit dem Company Request Token der Entität, das SAP Task Center bei der ersten Verbindung gegen ein Refresh-Token eintauscht.</translation>
    </message>
    <message>
        <source>Data center base URI</source>
        <translation>Basis-URI des Rechenzentrums</translation>
    </message>
    <message>
        <source>The base URI of your SAP Concur entity&apos;s data center. SAP&apos;s guide gives https://us2.api.concursolutions.com as an example and says to ask your SAP Concur implementation consultant for the list.</source>
        <translation>Die Basis-URI des Rechenzentrums Ihrer Entität in SAP Concur. Die SAP-Anleitung nennt https://us2.api.concursolutions.com als Beispiel und empfiehlt, die Liste bei Ihrem Implementierungsberater für SAP Concur zu erfragen.</translation>
    </message>
    <message>
        <source>Enter the data center&apos;s base URI as your SAP Concur implementation consultant gives it, for example https://us2.api.concursolutions.com, with nothing after the host.</source>
        <translation>Geben Sie die Basis-URI des Rechenzentrums so ein, wie Ihr Implementierungsberater für SAP Concur sie angibt, zum Beispiel https://us2.api.concursolutions.com, ohne etwas nach dem Host.</translation>
    </message>
    <message>
        <source>Data center (tc.concur.dc)</source>
        <translation>Rechenzentrum (tc.concur.dc)</translation>
    </message>
    <message>
        <source>The data center of the base URI above; SAP documents eu2 and us2.</source>
        <translation>Das Rechenzentrum der obigen Basis-URI; SAP dokumentiert eu2 und us2.</translation>
    </message>
    <message>
        <source>The data center is %1, but the base URI is on %2. Choose the data center of the base URI.</source>
        <translation>Das Rechenzentrum ist %1, die Basis-URI liegt aber in %2. Wählen Sie das Rechenzentrum der Basis-URI.</translation>
    </message>
    <message>
        <source>Company UUID</source>
        <translation>Company UUID</translation>
    </message>
    <message>
        <source>The Company UUID you got with the Company Request Token.</source>
        <translation>Die Company UUID, die Sie zusammen mit dem Company Request Token erhalten haben.</translation>
    </message>
    <message>
        <source>A Company UUID has the form 8f2c6a1e-4b7d-4e2a-9c3f-1d5e7a9b0c24. Copy it again from where you generated the Company Request Token.</source>
        <translation>Eine Company UUID hat die Form 8f2c6a1e-4b7d-4e2a-9c3f-1d5e7a9b0c24. Kopieren Sie sie erneut von der Stelle, an der Sie das Company Request Token generiert haben.</translation>
    </message>
    <message>
        <source>Company Request Token</source>
        <translation>Company Request Token</translation>
    </message>
    <message>
        <source>The Company Request Token you generated for the entity. SAP Task Center replaces it with a refresh token the first time it connects; it is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Company Request Token, das Sie für die Entität generiert haben. SAP Task Center ersetzt es bei der ersten Verbindung durch ein Refresh-Token; es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>SAP Concur Expense (expense reports)</source>
        <translation>SAP Concur Expense (Spesenabrechnungen)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of expense reports. An entity with both products needs one destination for each: run the wizard again for SAP Concur Request.</source>
        <translation>Wählen Sie dies für die Genehmigung von Spesenabrechnungen. Eine Entität mit beiden Produkten braucht für jedes eine eigene Destination: Führen Sie den Assistenten für SAP Concur Request erneut aus.</translation>
    </message>
    <message>
        <source>SAP Concur Request (travel requests)</source>
        <translation>SAP Concur Request (Reiseanträge)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of travel requests. An entity with both products needs one destination for each: run the wizard again for SAP Concur Expense.</source>
        <translation>Wählen Sie dies für die Genehmigung von Reiseanträgen. Eine Entität mit beiden Produkten braucht für jedes eine eigene Destination: Führen Sie den Assistenten für SAP Concur Expense erneut aus.</translation>
    </message>
    <message>
        <source>Prepare SAP Concur</source>
        <translation>SAP Concur vorbereiten</translation>
    </message>
    <message>
        <source>SAP Task Center connects to an SAP Concur entity with the entity&apos;s Company Request Token and Company UUID, once the entity&apos;s workflows are enabled for SAP Task Center.</source>
        <translation>SAP Task Center verbindet sich mit einer Entität in SAP Concur über deren Company Request Token und Company UUID, sobald die Workflows der Entität für SAP Task Center aktiviert sind.</translation>
    </message>
    <message>
        <source>You have generated the &lt;b&gt;Company Request Token&lt;/b&gt; and the &lt;b&gt;Company UUID&lt;/b&gt; of your SAP Concur entity.</source>
        <translation>Sie haben das &lt;b&gt;Company Request Token&lt;/b&gt; und die &lt;b&gt;Company UUID&lt;/b&gt; Ihrer Entität in SAP Concur generiert.</translation>
    </message>
    <message>
        <source>SAP Concur: Company Request Token. Your SAP Concur implementation consultant can help.</source>
        <translation>SAP Concur: Company Request Token. Ihr Implementierungsberater für SAP Concur kann Ihnen helfen.</translation>
    </message>
    <message>
        <source>The workflows of SAP Concur Expense, SAP Concur Request or both are &lt;b&gt;enabled for SAP Task Center&lt;/b&gt;.</source>
        <translation>Die Workflows von SAP Concur Expense, SAP Concur Request oder beiden sind &lt;b&gt;für SAP Task Center aktiviert&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Concur: SAP Task Center Integration with Concur Solutions.</source>
        <translation>SAP Concur: SAP Task Center Integration with Concur Solutions.</translation>
    </message>
    <message>
        <source>You have opened a ticket to verify your &lt;b&gt;Data Privacy Agreement&lt;/b&gt; version.</source>
        <translation>Sie haben ein Ticket eröffnet, um die Version Ihres &lt;b&gt;Data Privacy Agreement&lt;/b&gt; prüfen zu lassen.</translation>
    </message>
    <message>
        <source>SAP Support Portal, component BNS-CON-TSK, subject &quot;SAP Concur DPA Version Verification&quot;.</source>
        <translation>SAP Support Portal, Komponente BNS-CON-TSK, Betreff „SAP Concur DPA Version Verification“.</translation>
    </message>
    <message>
        <source>Your SAP Concur entity</source>
        <translation>Ihre Entität in SAP Concur</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Concur, and with which token.</source>
        <translation>Wo SAP Task Center SAP Concur erreicht und mit welchem Token.</translation>
    </message>
    <message>
        <source>Check that the Client Key still holds the refresh token SAP Task Center put there and that tc.concur.auth.req.token.enabled is false. If SAP Concur revoked the token, generate a new Company Request Token and set the destination up again.</source>
        <translation>Prüfen Sie, ob der Client Key noch das Refresh-Token enthält, das SAP Task Center dort eingetragen hat, und ob tc.concur.auth.req.token.enabled auf false steht. Hat SAP Concur das Token widerrufen, generieren Sie ein neues Company Request Token und richten Sie die Destination neu ein.</translation>
    </message>
    <message>
        <source>Destination to SAP Concur</source>
        <translation>Destination zu SAP Concur</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Concur. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Der Destination Service ruft mit ihr nur für einen angemeldeten Benutzer ein Token ab, und laut SAP zeigt Check Connection möglicherweise nicht an, ob SAP Task Center SAP Concur erreicht. Prüfen Sie den Konnektor im Monitoring von SAP Task Center, sobald die Destination gespeichert ist.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Concur entity and product in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro Entität in SAP Concur und Produkt in einem Task Center nur eine Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>SAP Task Center replaces the Client Key with a refresh token and sets tc.concur.auth.req.token.enabled to false the first time it connects. Never change either afterwards: SAP says it can break the connection. Applying again keeps both as they are in the subaccount.</source>
        <translation>SAP Task Center ersetzt bei der ersten Verbindung den Client Key durch ein Refresh-Token und setzt tc.concur.auth.req.token.enabled auf false. Ändern Sie danach keinen der beiden Werte: Laut SAP kann das die Verbindung unterbrechen. Beim erneuten Anwenden bleiben beide so, wie sie im Unterkonto sind.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks you to select Use default JDK truststore: the wizard sets no TrustStoreLocation, and without one the Destination service uses the JDK truststore.</source>
        <translation>Die SAP-Anleitung verlangt, Use default JDK truststore auszuwählen: Der Assistent setzt keine TrustStoreLocation, und ohne sie verwendet der Destination Service den Truststore des JDK.</translation>
    </message>
    <message>
        <source>The address must start with https://; credentials never travel unencrypted.</source>
        <translation>Die Adresse muss mit https:// beginnen; Zugangsdaten werden nie unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>This is neither an FSM cluster name (such as eu or us) nor an address on &lt;cluster&gt;.fsm.cloud.sap. Copy the address you open FSM with, or enter the cluster name.</source>
        <translation>Das ist weder ein FSM-Clustername (wie eu oder us) noch eine Adresse unter &lt;cluster&gt;.fsm.cloud.sap. Kopieren Sie die Adresse, mit der Sie FSM öffnen, oder geben Sie den Clusternamen ein.</translation>
    </message>
    <message>
        <source>FSM shows account and company IDs as numbers (for example 654321). Check that you copied the ID, not the name.</source>
        <translation>FSM zeigt Konto- und Unternehmens-IDs als Zahlen an (zum Beispiel 654321). Prüfen Sie, ob Sie die ID kopiert haben und nicht den Namen.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the communication user&apos;s user name, as &quot;Maintain Communication Users&quot; shows it.</source>
        <translation>Das sieht nach einer E-Mail-Adresse aus. Geben Sie den Benutzernamen des Kommunikationsbenutzers ein, wie ihn „Maintain Communication Users“ anzeigt.</translation>
    </message>
    <message>
        <source>This is not the address the arrangement SAP_COM_0501 shows (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation>Das ist nicht die Adresse, die die Kommunikationsvereinbarung SAP_COM_0501 anzeigt (sie enthält api_task_spi_replication). Von dieser Adresse wird nur der Serverteil verwendet.</translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. The API server is probably %1: check it under &quot;About HXM Suite OData APIs&quot; in SuccessFactors, then use it.</source>
        <translation>Das ist die Adresse der SuccessFactors-Webseiten (auf denen sich Benutzer anmelden), nicht die des API-Servers. Der API-Server ist wahrscheinlich %1: Prüfen Sie das unter „About HXM Suite OData APIs“ in SuccessFactors und verwenden Sie ihn dann.</translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. Find the API server under &quot;About HXM Suite OData APIs&quot; in SuccessFactors; it usually starts with &quot;api&quot;.</source>
        <translation>Das ist die Adresse der SuccessFactors-Webseiten (auf denen sich Benutzer anmelden), nicht die des API-Servers. Den API-Server finden Sie unter „About HXM Suite OData APIs“ in SuccessFactors; seine Adresse beginnt meist mit „api“.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the rest is ignored.</source>
        <translation>Nur der Serverteil dieser Adresse wird verwendet (%1); der Rest wird ignoriert.</translation>
    </message>
    <message>
        <source>A company ID has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, without spaces. Copy it from SuccessFactors: your name &gt; Show version information.</source>
        <translation>Eine Unternehmens-ID besteht nur aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, ohne Leerzeichen. Kopieren Sie sie aus SuccessFactors: Ihr Name &gt; Show version information.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. SuccessFactors expects the user ID here; with an e-mail address the login fails (&quot;invalid user&quot;).</source>
        <translation>Das sieht nach einer E-Mail-Adresse aus. SuccessFactors erwartet hier die Benutzer-ID; mit einer E-Mail-Adresse schlägt die Anmeldung fehl („invalid user“).</translation>
    </message>
    <message>
        <source>Closing tasks from SAP Advanced Financial Closing, in the same subaccount as SAP Task Center or in another one: one destination with the OAuth client from the service key of your SAP Advanced Financial Closing instance.</source>
        <translation>Abschlussaufgaben aus SAP Advanced Financial Closing, im selben Unterkonto wie SAP Task Center oder in einem anderen: eine Destination mit dem OAuth-Client aus dem Dienstschlüssel Ihrer Instanz von SAP Advanced Financial Closing.</translation>
    </message>
    <message>
        <source>Task Center endpoint (endpoints &gt; task-center)</source>
        <translation>Task-Center-Endpunkt (endpoints &gt; task-center)</translation>
    </message>
    <message>
        <source>In the service key of your SAP Advanced Financial Closing instance, the value of task-center under endpoints. Paste it as it is: the wizard removes /task-provider/v2 from it, as SAP&apos;s guide asks for the destination&apos;s URL.</source>
        <translation>Im Dienstschlüssel Ihrer Instanz von SAP Advanced Financial Closing der Wert von task-center unter endpoints. Fügen Sie ihn unverändert ein: Der Assistent entfernt /task-provider/v2 daraus, wie es die SAP-Anleitung für die URL der Destination verlangt.</translation>
    </message>
    <message>
        <source>This is an authentication address (uaa &gt; url), not the Task Center endpoint. Copy the value of endpoints &gt; task-center from the service key.</source>
        <translation>Das ist eine Authentifizierungsadresse (uaa &gt; url), nicht der Task-Center-Endpunkt. Kopieren Sie den Wert von endpoints &gt; task-center aus dem Dienstschlüssel.</translation>
    </message>
    <message>
        <source>The value of endpoints &gt; task-center ends with /task-provider/v2. Check that you copied that value, not another endpoint of the service key. If you removed /task-provider/v2 yourself, you can go on.</source>
        <translation>Der Wert von endpoints &gt; task-center endet auf /task-provider/v2. Prüfen Sie, ob Sie diesen Wert kopiert haben und nicht einen anderen Endpunkt des Dienstschlüssels. Wenn Sie /task-provider/v2 selbst entfernt haben, können Sie fortfahren.</translation>
    </message>
    <message>
        <source>Client ID (uaa &gt; clientid)</source>
        <translation>Client-ID (uaa &gt; clientid)</translation>
    </message>
    <message>
        <source>In the same service key, the value of clientid under uaa. It becomes the destination&apos;s Client Key and Token Service User.</source>
        <translation>Im selben Dienstschlüssel der Wert von clientid unter uaa. Er wird zu Client Key und Token Service User der Destination.</translation>
    </message>
    <message>
        <source>Client secret (uaa &gt; clientsecret)</source>
        <translation>Client-Secret (uaa &gt; clientsecret)</translation>
    </message>
    <message>
        <source>In the same service key, the value of clientsecret under uaa. It becomes the Token Service Password and is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Im selben Dienstschlüssel der Wert von clientsecret unter uaa. Er wird zum Token Service Password und wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Authentication address (uaa &gt; url)</source>
        <translation>Authentifizierungsadresse (uaa &gt; url)</translation>
    </message>
    <message>
        <source>In the same service key, the value of url under uaa. The wizard fills the Audience and the Token Service URL below from it, as SAP&apos;s guide says: the Audience is this address, the Token Service URL this address followed by /oauth/token.</source>
        <translation>Im selben Dienstschlüssel der Wert von url unter uaa. Daraus füllt der Assistent unten die Audience und die Token Service URL, wie es die SAP-Anleitung beschreibt: Die Audience ist diese Adresse, die Token Service URL diese Adresse gefolgt von /oauth/token.</translation>
    </message>
    <message>
        <source>The value of uaa &gt; url has nothing after the host. Only %1 is used.</source>
        <translation>Der Wert von uaa &gt; url hat nach dem Host nichts weiter. Verwendet wird nur %1.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing in this subaccount: the value of uaa &gt; url of its service key. In a different subaccount: the entityID of that subaccount&apos;s SAML metadata. Copy it exactly as it is shown.</source>
        <translation>SAP Advanced Financial Closing in diesem Unterkonto: der Wert von uaa &gt; url aus seinem Dienstschlüssel. In einem anderen Unterkonto: die entityID aus den SAML-Metadaten dieses Unterkontos. Kopieren Sie den Wert genau so, wie er angezeigt wird.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing in this subaccount: uaa &gt; url of its service key followed by /oauth/token. In a different subaccount: the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI, in that subaccount&apos;s SAML metadata.</source>
        <translation>SAP Advanced Financial Closing in diesem Unterkonto: uaa &gt; url aus seinem Dienstschlüssel, gefolgt von /oauth/token. In einem anderen Unterkonto: die Location des AssertionConsumerService, dessen Binding urn:oasis:names:tc:SAML:2.0:bindings:URI ist, in den SAML-Metadaten dieses Unterkontos.</translation>
    </message>
    <message>
        <source>The Token Service URL SAP&apos;s guide describes contains /oauth/token: uaa &gt; url followed by /oauth/token, or the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI. Check that you copied the right value.</source>
        <translation>Die Token Service URL, die die SAP-Anleitung beschreibt, enthält /oauth/token: uaa &gt; url gefolgt von /oauth/token oder die Location des AssertionConsumerService, dessen Binding urn:oasis:names:tc:SAML:2.0:bindings:URI ist. Prüfen Sie, ob Sie den richtigen Wert kopiert haben.</translation>
    </message>
    <message>
        <source>Choose this when the SAP Advanced Financial Closing instance is in the same subaccount as SAP Task Center. SAP Task Center gets its tokens from the authentication address in the instance&apos;s service key.</source>
        <translation>Wählen Sie dies, wenn die Instanz von SAP Advanced Financial Closing im selben Unterkonto wie SAP Task Center ist. SAP Task Center ruft seine Token über die Authentifizierungsadresse im Dienstschlüssel der Instanz ab.</translation>
    </message>
    <message>
        <source>Choose this when the SAP Advanced Financial Closing instance is in another subaccount that logs users on through the same Identity Authentication tenant as this one. SAP Task Center gets its tokens from that subaccount, with the values of its SAML metadata.</source>
        <translation>Wählen Sie dies, wenn die Instanz von SAP Advanced Financial Closing in einem anderen Unterkonto ist, das Benutzer über denselben Tenant von Identity Authentication anmeldet wie dieses. SAP Task Center ruft seine Token von diesem Unterkonto ab, mit den Werten aus dessen SAML-Metadaten.</translation>
    </message>
    <message>
        <source>Prepare SAP Advanced Financial Closing</source>
        <translation>SAP Advanced Financial Closing vorbereiten</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next pages ask for what they give you.</source>
        <translation>Haken Sie jeden Schritt ab, sobald er erledigt ist; die nächsten Seiten fragen nach dem, was Sie dabei erhalten.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing and SAP Task Center are in this subaccount.</source>
        <translation>SAP Advanced Financial Closing und SAP Task Center sind in diesem Unterkonto.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Advanced Financial Closing with the OAuth client of the instance&apos;s service key, for each user who is logged on. Both need the setup SAP Advanced Financial Closing&apos;s guide describes for SAP Task Center.</source>
        <translation>SAP Task Center liest die Aufgaben von SAP Advanced Financial Closing mit dem OAuth-Client aus dem Dienstschlüssel der Instanz, für jeden angemeldeten Benutzer. Beide brauchen die Einrichtung, die die Anleitung von SAP Advanced Financial Closing für SAP Task Center beschreibt.</translation>
    </message>
    <message>
        <source>In SAP Advanced Financial Closing, you have completed the setup &lt;b&gt;How to Set Up the SAP Task Center Integration Using the Same Subaccount&lt;/b&gt;.</source>
        <translation>In SAP Advanced Financial Closing haben Sie die Einrichtung &lt;b&gt;How to Set Up the SAP Task Center Integration Using the Same Subaccount&lt;/b&gt; abgeschlossen.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing: SAP Task Center Integration for SAP Advanced Financial Closing.</source>
        <translation>SAP Advanced Financial Closing: SAP Task Center Integration for SAP Advanced Financial Closing.</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Advanced Financial Closing instance open; the next pages ask for values from it.</source>
        <translation>Sie haben den &lt;b&gt;Dienstschlüssel&lt;/b&gt; der Instanz von SAP Advanced Financial Closing geöffnet; die nächsten Seiten fragen nach Werten daraus.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of this subaccount: Services &gt; Instances and Subscriptions, the SAP Advanced Financial Closing instance, its service key.</source>
        <translation>SAP BTP Cockpit dieses Unterkontos: Services &gt; Instances and Subscriptions, die Instanz von SAP Advanced Financial Closing, ihr Dienstschlüssel.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s initial setup is done, and users log on through SAP Cloud Identity Services as the &lt;b&gt;SAP BTP Integration Scenario&lt;/b&gt; describes.</source>
        <translation>Die Ersteinrichtung von SAP Task Center ist erledigt, und die Benutzer melden sich über SAP Cloud Identity Services an, wie es das &lt;b&gt;SAP BTP Integration Scenario&lt;/b&gt; beschreibt.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: SAP BTP Integration Scenario.</source>
        <translation>SAP Cloud Identity Services: SAP BTP Integration Scenario.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing runs in another subaccount than SAP Task Center.</source>
        <translation>SAP Advanced Financial Closing läuft in einem anderen Unterkonto als SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks with the OAuth client of the instance&apos;s service key and gets its tokens from the other subaccount, which must trust this one. SAP&apos;s Task Center guide says this trust is needed but describes only the values for the destination; the trust itself is part of SAP Advanced Financial Closing&apos;s setup for different subaccounts (UNCONFIRMED: SAP&apos;s Task Center page does not say which step of that setup establishes it).</source>
        <translation>SAP Task Center liest die Aufgaben mit dem OAuth-Client aus dem Dienstschlüssel der Instanz und ruft seine Token von dem anderen Unterkonto ab, das diesem vertrauen muss. Die Task-Center-Anleitung von SAP sagt, dass dieses Vertrauen nötig ist, beschreibt aber nur die Werte für die Destination; das Vertrauen selbst ist Teil der Einrichtung von SAP Advanced Financial Closing für verschiedene Unterkonten (UNCONFIRMED: Die Task-Center-Seite von SAP sagt nicht, welcher Schritt dieser Einrichtung es herstellt).</translation>
    </message>
    <message>
        <source>In SAP Advanced Financial Closing, you have completed the setup &lt;b&gt;How to Set Up the SAP Task Center Integration Using Different Subaccounts&lt;/b&gt;.</source>
        <translation>In SAP Advanced Financial Closing haben Sie die Einrichtung &lt;b&gt;How to Set Up the SAP Task Center Integration Using Different Subaccounts&lt;/b&gt; abgeschlossen.</translation>
    </message>
    <message>
        <source>The subaccount of SAP Advanced Financial Closing logs users on through the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; as this subaccount.</source>
        <translation>Das Unterkonto von SAP Advanced Financial Closing meldet Benutzer über &lt;b&gt;denselben Tenant von Identity Authentication&lt;/b&gt; an wie dieses Unterkonto.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of each subaccount: Security &gt; Trust Configuration.</source>
        <translation>SAP BTP Cockpit jedes Unterkontos: Security &gt; Trust Configuration.</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Advanced Financial Closing instance open; the next page asks for values from it.</source>
        <translation>Sie haben den &lt;b&gt;Dienstschlüssel&lt;/b&gt; der Instanz von SAP Advanced Financial Closing geöffnet; die nächste Seite fragt nach Werten daraus.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Advanced Financial Closing: Services &gt; Instances and Subscriptions, the instance, its service key.</source>
        <translation>SAP BTP Cockpit des Unterkontos von SAP Advanced Financial Closing: Services &gt; Instances and Subscriptions, die Instanz, ihr Dienstschlüssel.</translation>
    </message>
    <message>
        <source>The service key of SAP Advanced Financial Closing</source>
        <translation>Der Dienstschlüssel von SAP Advanced Financial Closing</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Advanced Financial Closing, and with which OAuth client.</source>
        <translation>Wo SAP Task Center SAP Advanced Financial Closing erreicht und mit welchem OAuth-Client.</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key).</source>
        <translation>Kopieren Sie diese Werte aus dem Dienstschlüssel Ihrer Instanz von &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt; (nicht aus dem eigenen Dienstschlüssel von SAP Task Center).</translation>
    </message>
    <message>
        <source>The service key of the SAP Advanced Financial Closing instance holds the address SAP Task Center reads tasks from (endpoints &gt; task-center) and the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret).</source>
        <translation>Der Dienstschlüssel der Instanz von SAP Advanced Financial Closing enthält die Adresse, von der SAP Task Center die Aufgaben liest (endpoints &gt; task-center), und den OAuth-Client, den es verwendet (uaa &gt; clientid und uaa &gt; clientsecret).</translation>
    </message>
    <message>
        <source>Where SAP Task Center gets its tokens</source>
        <translation>Wo SAP Task Center seine Token abruft</translation>
    </message>
    <message>
        <source>The authentication address from the same service key.</source>
        <translation>Die Authentifizierungsadresse aus demselben Dienstschlüssel.</translation>
    </message>
    <message>
        <source>Copy &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; from the service key of SAP Advanced Financial Closing. The Audience and the Token Service URL are filled from it; change them only if SAP&apos;s guide tells you to.</source>
        <translation>Kopieren Sie &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; aus dem Dienstschlüssel von SAP Advanced Financial Closing. Audience und Token Service URL werden daraus gefüllt; ändern Sie sie nur, wenn die SAP-Anleitung es verlangt.</translation>
    </message>
    <message>
        <source>In the same subaccount, SAP Task Center gets each user&apos;s token from the authentication address of SAP Advanced Financial Closing&apos;s service key: the Audience is uaa &gt; url, the Token Service URL uaa &gt; url followed by /oauth/token.</source>
        <translation>Im selben Unterkonto ruft SAP Task Center das Token jedes Benutzers über die Authentifizierungsadresse aus dem Dienstschlüssel von SAP Advanced Financial Closing ab: Die Audience ist uaa &gt; url, die Token Service URL uaa &gt; url gefolgt von /oauth/token.</translation>
    </message>
    <message>
        <source>SAML metadata of the other subaccount</source>
        <translation>SAML-Metadaten des anderen Unterkontos</translation>
    </message>
    <message>
        <source>The Audience and Token Service URL, from the subaccount where SAP Advanced Financial Closing runs.</source>
        <translation>Audience und Token Service URL aus dem Unterkonto, in dem SAP Advanced Financial Closing läuft.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount of &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt;, go to &lt;b&gt;Security &amp;gt; Trust Configuration&lt;/b&gt; and choose &lt;b&gt;SAML Metadata&lt;/b&gt; to download its XML file. Open the file and copy the &lt;b&gt;entityID&lt;/b&gt;, then the &lt;b&gt;Location&lt;/b&gt; of the &lt;b&gt;AssertionConsumerService&lt;/b&gt; element whose Binding is &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt;.</source>
        <translation>Öffnen Sie im SAP BTP Cockpit das Unterkonto von &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt;, gehen Sie zu &lt;b&gt;Security &amp;gt; Trust Configuration&lt;/b&gt; und wählen Sie &lt;b&gt;SAML Metadata&lt;/b&gt;, um dessen XML-Datei herunterzuladen. Öffnen Sie die Datei und kopieren Sie die &lt;b&gt;entityID&lt;/b&gt;, dann die &lt;b&gt;Location&lt;/b&gt; des Elements &lt;b&gt;AssertionConsumerService&lt;/b&gt;, dessen Binding &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; ist.</translation>
    </message>
    <message>
        <source>From a different subaccount, SAP Task Center gets each user&apos;s token from the subaccount of SAP Advanced Financial Closing: the Audience is that subaccount&apos;s entityID and the Token Service URL the Location of its AssertionConsumerService with the URI binding, both in its SAML metadata.</source>
        <translation>Aus einem anderen Unterkonto ruft SAP Task Center das Token jedes Benutzers vom Unterkonto von SAP Advanced Financial Closing ab: Die Audience ist die entityID dieses Unterkontos und die Token Service URL die Location seines AssertionConsumerService mit dem URI-Binding, beide aus seinen SAML-Metadaten.</translation>
    </message>
    <message>
        <source>Destination to SAP Advanced Financial Closing</source>
        <translation>Destination zu SAP Advanced Financial Closing</translation>
    </message>
    <message>
        <source>The destination SAP Task Center reads the tasks with.</source>
        <translation>Die Destination, mit der SAP Task Center die Aufgaben liest.</translation>
    </message>
    <message>
        <source>Check the destination the wizard made from your values, then create it in this subaccount.</source>
        <translation>Prüfen Sie die Destination, die der Assistent aus Ihren Werten gebildet hat, und legen Sie sie dann in diesem Unterkonto an.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for the same subaccount lists each property of this destination; the wizard writes them as the table says.</source>
        <translation>Die SAP-Anleitung für dasselbe Unterkonto führt jede Eigenschaft dieser Destination auf; der Assistent schreibt sie so, wie es die Tabelle angibt.</translation>
    </message>
    <message>
        <source>Check the destination the wizard made from your values, then create it in this subaccount, the subaccount of SAP Task Center.</source>
        <translation>Prüfen Sie die Destination, die der Assistent aus Ihren Werten gebildet hat, und legen Sie sie dann in diesem Unterkonto an, dem Unterkonto von SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for a different subaccount lists each property of this destination; the wizard writes them as the table says.</source>
        <translation>Die SAP-Anleitung für ein anderes Unterkonto führt jede Eigenschaft dieser Destination auf; der Assistent schreibt sie so, wie es die Tabelle angibt.</translation>
    </message>
    <message>
        <source>Check that the Client Key, Token Service User and Token Service Password are uaa &gt; clientid and uaa &gt; clientsecret of SAP Advanced Financial Closing&apos;s current service key, and that the Audience and Token Service URL are those of the subaccount where SAP Advanced Financial Closing runs. From a different subaccount, also check that both subaccounts log users on through the same Identity Authentication tenant and that the setup of SAP Advanced Financial Closing for different subaccounts is complete.</source>
        <translation>Prüfen Sie, ob Client Key, Token Service User und Token Service Password die Werte uaa &gt; clientid und uaa &gt; clientsecret aus dem aktuellen Dienstschlüssel von SAP Advanced Financial Closing sind und ob Audience und Token Service URL zu dem Unterkonto gehören, in dem SAP Advanced Financial Closing läuft. Bei einem anderen Unterkonto prüfen Sie außerdem, ob beide Unterkonten Benutzer über denselben Tenant von Identity Authentication anmelden und ob die Einrichtung von SAP Advanced Financial Closing für verschiedene Unterkonten abgeschlossen ist.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Advanced Financial Closing. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Diese Destination hat keinen technischen Benutzer: Der Destination Service ruft mit ihr nur für einen angemeldeten Benutzer ein Token ab, und laut SAP zeigt Check Connection möglicherweise nicht an, ob SAP Task Center SAP Advanced Financial Closing erreicht. Prüfen Sie den Konnektor im Monitoring von SAP Task Center, sobald die Destination gespeichert ist.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Advanced Financial Closing system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro System von SAP Advanced Financial Closing in einem Task Center nur eine Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>Approvals from SAP Ariba Buying or SAP Ariba Sourcing: one destination for each product, with the keys of an application on the SAP Ariba Developer Portal that SAP Ariba Support activates and links to this subaccount&apos;s trust certificate.</source>
        <translation>Genehmigungen aus SAP Ariba Buying oder SAP Ariba Sourcing: eine Destination pro Produkt, mit den Schlüsseln einer Anwendung im SAP Ariba Developer Portal, die der SAP Ariba Support aktiviert und mit dem Vertrauenszertifikat dieses Unterkontos verknüpft.</translation>
    </message>
    <message>
        <source>Realm name</source>
        <translation>Realm-Name</translation>
    </message>
    <message>
        <source>The realm name (customer site name) of your SAP Ariba tenant, exactly as SAP Ariba spells it. If you do not know it, see SAP Ariba&apos;s article &quot;How do I find out my realm name?&quot; or ask SAP Ariba Support.</source>
        <translation>Der Realm-Name (Name der Kundensite) Ihres Tenants von SAP Ariba, genau so geschrieben wie in SAP Ariba. Wenn Sie ihn nicht kennen, lesen Sie den Artikel „How do I find out my realm name?“ von SAP Ariba oder fragen Sie den SAP Ariba Support.</translation>
    </message>
    <message>
        <source>This is an SAP Ariba address, not the realm name. The realm is probably %1: it is the value after realm= in the address.</source>
        <translation>Das ist eine Adresse von SAP Ariba, nicht der Realm-Name. Der Realm ist wahrscheinlich %1: Das ist der Wert nach realm= in der Adresse.</translation>
    </message>
    <message>
        <source>An Ariba realm is the one-word name of your SAP Ariba site (also called the customer site name): letters, digits, dots, hyphens and underscores, without spaces. Enter the name only, not an address.</source>
        <translation>Ein Ariba-Realm ist der aus einem Wort bestehende Name Ihrer Site in SAP Ariba (auch Name der Kundensite genannt): Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche, ohne Leerzeichen. Geben Sie nur den Namen ein, keine Adresse.</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Anwendungsschlüssel</translation>
    </message>
    <message>
        <source>The application key the SAP Ariba Developer Portal generated for the application of this product. Each product has its own application and key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Der Anwendungsschlüssel, den das SAP Ariba Developer Portal für die Anwendung dieses Produkts generiert hat. Jedes Produkt hat eine eigene Anwendung und einen eigenen Schlüssel. Er wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>URL of the SPI</source>
        <translation>URL der SPI</translation>
    </message>
    <message>
        <source>The URL the SAP Ariba Developer Portal shows for the SPI of SAP Task Center (the Procurement SPI for SAP Ariba Buying, the Sourcing SPI for SAP Ariba Sourcing). Paste it whole or only its server part: the destination uses the server part with the path of SAP&apos;s example URL for the product you chose.</source>
        <translation>Die URL, die das SAP Ariba Developer Portal für die SPI von SAP Task Center anzeigt (die Procurement SPI für SAP Ariba Buying, die Sourcing SPI für SAP Ariba Sourcing). Fügen Sie sie vollständig oder nur ihren Serverteil ein: Die Destination verwendet den Serverteil mit dem Pfad der Beispiel-URL von SAP für das gewählte Produkt.</translation>
    </message>
    <message>
        <source>This is the address of the token service. Here, enter the URL the developer portal shows for the SPI of SAP Task Center.</source>
        <translation>Das ist die Adresse des Token-Service. Geben Sie hier die URL ein, die das Developer Portal für die SPI von SAP Task Center anzeigt.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds the path of SAP&apos;s example URL for the product you chose. If the developer portal shows another path, change URL on the destination&apos;s page.</source>
        <translation>Nur der Serverteil dieser Adresse wird verwendet (%1); der Assistent ergänzt den Pfad der Beispiel-URL von SAP für das gewählte Produkt. Wenn das Developer Portal einen anderen Pfad anzeigt, ändern Sie URL auf der Seite der Destination.</translation>
    </message>
    <message>
        <source>The Token Service URL the SAP Ariba Developer Portal shows with the SPI. SAP says it is the same for SAP Ariba Buying and SAP Ariba Sourcing.</source>
        <translation>Die Token Service URL, die das SAP Ariba Developer Portal zusammen mit der SPI anzeigt. Laut SAP ist sie für SAP Ariba Buying und SAP Ariba Sourcing dieselbe.</translation>
    </message>
    <message>
        <source>This is the URL of the SPI, not of the token service. Copy the Token Service URL the developer portal shows with it.</source>
        <translation>Das ist die URL der SPI, nicht die des Token-Service. Kopieren Sie die Token Service URL, die das Developer Portal dazu anzeigt.</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>The OAuth client ID of the application on the SAP Ariba Developer Portal, shown when you generate its OAuth secret.</source>
        <translation>Die OAuth-Client-ID der Anwendung im SAP Ariba Developer Portal; sie wird angezeigt, wenn Sie das OAuth-Secret der Anwendung generieren.</translation>
    </message>
    <message>
        <source>OAuth secret</source>
        <translation>OAuth-Secret</translation>
    </message>
    <message>
        <source>The OAuth secret you generated for the application (not its Base64 encoded form). It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das OAuth-Secret, das Sie für die Anwendung generiert haben (nicht seine Base64-kodierte Form). Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 64 characters (SAP Task Center&apos;s limit). Each product needs a destination of its own, with its own name.</source>
        <translation>Nur Buchstaben, Ziffern, _ und -, höchstens 64 Zeichen (Grenze von SAP Task Center). Jedes Produkt braucht eine eigene Destination mit eigenem Namen.</translation>
    </message>
    <message>
        <source>SAP Ariba API server</source>
        <translation>API-Server von SAP Ariba</translation>
    </message>
    <message>
        <source>SAP Ariba Buying (purchase requisitions, invoice approvals)</source>
        <translation>SAP Ariba Buying (Bestellanforderungen, Rechnungsgenehmigungen)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of SAP Ariba Buying, through the Procurement SPI for SAP Task Center. A realm with both products needs one destination for each: run the wizard again for SAP Ariba Sourcing.</source>
        <translation>Wählen Sie dies für die Genehmigungen aus SAP Ariba Buying, über die Procurement SPI für SAP Task Center. Ein Realm mit beiden Produkten braucht für jedes eine eigene Destination: Führen Sie den Assistenten für SAP Ariba Sourcing erneut aus.</translation>
    </message>
    <message>
        <source>SAP Ariba Sourcing</source>
        <translation>SAP Ariba Sourcing</translation>
    </message>
    <message>
        <source>Choose this for the tasks of SAP Ariba Sourcing, through the Sourcing SPI for SAP Task Center. A realm with both products needs one destination for each: run the wizard again for SAP Ariba Buying.</source>
        <translation>Wählen Sie dies für die Aufgaben aus SAP Ariba Sourcing, über die Sourcing SPI für SAP Task Center. Ein Realm mit beiden Produkten braucht für jedes eine eigene Destination: Führen Sie den Assistenten für SAP Ariba Buying erneut aus.</translation>
    </message>
    <message>
        <source>Prepare SAP Ariba Buying</source>
        <translation>SAP Ariba Buying vorbereiten</translation>
    </message>
    <message>
        <source>SAP Task Center and SAP Ariba must both be ready before you create the application for SAP Task Center.</source>
        <translation>SAP Task Center und SAP Ariba müssen beide bereit sein, bevor Sie die Anwendung für SAP Task Center anlegen.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Ariba Buying through an application on the SAP Ariba Developer Portal that SAP Ariba Support activates for your realm. Users are matched through SAP Cloud Identity Services.</source>
        <translation>SAP Task Center liest die Aufgaben von SAP Ariba Buying über eine Anwendung im SAP Ariba Developer Portal, die der SAP Ariba Support für Ihren Realm aktiviert. Die Benutzer werden über SAP Cloud Identity Services zugeordnet.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;initial setup&lt;/b&gt; of SAP Task Center is complete, including the &lt;b&gt;SAP Ariba integration scenario&lt;/b&gt; of SAP Cloud Identity Services.</source>
        <translation>Die &lt;b&gt;Ersteinrichtung&lt;/b&gt; von SAP Task Center ist abgeschlossen, einschließlich des &lt;b&gt;Integrationsszenarios für SAP Ariba&lt;/b&gt; von SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>SAP Task Center: Initial Setup; SAP Cloud Identity Services: SAP Ariba Integration Scenario.</source>
        <translation>SAP Task Center: Initial Setup; SAP Cloud Identity Services: SAP Ariba Integration Scenario.</translation>
    </message>
    <message>
        <source>You know what the &lt;b&gt;SAP Ariba SCIM API&lt;/b&gt; supports, as SAP Note 3228340 describes.</source>
        <translation>Sie wissen, was die &lt;b&gt;SAP Ariba SCIM API&lt;/b&gt; unterstützt, wie es SAP-Hinweis 3228340 beschreibt.</translation>
    </message>
    <message>
        <source>SAP for Me: SAP Note 3228340.</source>
        <translation>SAP for Me: SAP-Hinweis 3228340.</translation>
    </message>
    <message>
        <source>You know the &lt;b&gt;realm name&lt;/b&gt; (customer site name) of your SAP Ariba tenant.</source>
        <translation>Sie kennen den &lt;b&gt;Realm-Namen&lt;/b&gt; (Name der Kundensite) Ihres Tenants von SAP Ariba.</translation>
    </message>
    <message>
        <source>SAP Ariba: How do I find out my realm name?</source>
        <translation>SAP Ariba: How do I find out my realm name?</translation>
    </message>
    <message>
        <source>You have asked &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt; to enable SAP Task Center for &lt;b&gt;SAP Ariba Buying&lt;/b&gt;.</source>
        <translation>Sie haben den &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt; gebeten, SAP Task Center für &lt;b&gt;SAP Ariba Buying&lt;/b&gt; zu aktivieren.</translation>
    </message>
    <message>
        <source>SAP Ariba Buying: SAP Task Center for SAP Ariba Buying.</source>
        <translation>SAP Ariba Buying: SAP Task Center for SAP Ariba Buying.</translation>
    </message>
    <message>
        <source>Prepare SAP Ariba Sourcing</source>
        <translation>SAP Ariba Sourcing vorbereiten</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Ariba Sourcing through an application on the SAP Ariba Developer Portal that SAP Ariba Support activates for your realm. Users are matched through SAP Cloud Identity Services.</source>
        <translation>SAP Task Center liest die Aufgaben von SAP Ariba Sourcing über eine Anwendung im SAP Ariba Developer Portal, die der SAP Ariba Support für Ihren Realm aktiviert. Die Benutzer werden über SAP Cloud Identity Services zugeordnet.</translation>
    </message>
    <message>
        <source>In SAP Ariba, you have completed the steps of &lt;b&gt;Enabling SAP Task Center for SAP Ariba Sourcing&lt;/b&gt;.</source>
        <translation>In SAP Ariba haben Sie die Schritte von &lt;b&gt;Enabling SAP Task Center for SAP Ariba Sourcing&lt;/b&gt; ausgeführt.</translation>
    </message>
    <message>
        <source>SAP Ariba Sourcing: Enabling SAP Task Center for SAP Ariba Sourcing.</source>
        <translation>SAP Ariba Sourcing: Enabling SAP Task Center for SAP Ariba Sourcing.</translation>
    </message>
    <message>
        <source>Your SAP Ariba realm</source>
        <translation>Ihr Realm in SAP Ariba</translation>
    </message>
    <message>
        <source>The SAP Ariba site whose tasks SAP Task Center reads.</source>
        <translation>Die Site in SAP Ariba, deren Aufgaben SAP Task Center liest.</translation>
    </message>
    <message>
        <source>Enter the realm name of your SAP Ariba tenant. SAP Ariba Support needs it for your requests, and the destination sends it with every call.</source>
        <translation>Geben Sie den Realm-Namen Ihres Tenants von SAP Ariba ein. Der SAP Ariba Support braucht ihn für Ihre Anfragen, und die Destination sendet ihn bei jedem Aufruf mit.</translation>
    </message>
    <message>
        <source>The realm tells SAP Ariba which customer site the tasks come from. The destination sends it as the query parameter realm.</source>
        <translation>Über den Realm erfährt SAP Ariba, von welcher Kundensite die Aufgaben stammen. Die Destination sendet ihn als Abfrageparameter realm.</translation>
    </message>
    <message>
        <source>Create the application on the SAP Ariba Developer Portal</source>
        <translation>Anwendung im SAP Ariba Developer Portal anlegen</translation>
    </message>
    <message>
        <source>One application for each product, with its application key and the addresses of its SPI.</source>
        <translation>Eine Anwendung pro Produkt, mit ihrem Anwendungsschlüssel und den Adressen ihrer SPI.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;SAP Ariba Developer Portal&lt;/b&gt;, create an application for the product below and generate its &lt;b&gt;application key&lt;/b&gt;, as SAP Ariba&apos;s guide &quot;Creating an Application on the SAP Ariba Developer Portal&quot; says. Copy the key here, then note the &lt;b&gt;URL&lt;/b&gt; and the &lt;b&gt;Token Service URL&lt;/b&gt; of the SPI for SAP Task Center.</source>
        <translation>Legen Sie im &lt;b&gt;SAP Ariba Developer Portal&lt;/b&gt; eine Anwendung für das unten angegebene Produkt an und generieren Sie ihren &lt;b&gt;Anwendungsschlüssel&lt;/b&gt;, wie es die Anleitung „Creating an Application on the SAP Ariba Developer Portal“ von SAP Ariba beschreibt. Kopieren Sie den Schlüssel hierher und notieren Sie dann die &lt;b&gt;URL&lt;/b&gt; und die &lt;b&gt;Token Service URL&lt;/b&gt; der SPI für SAP Task Center.</translation>
    </message>
    <message>
        <source>The application key identifies the application in every call SAP Task Center makes: the destination sends it as Client Key and as the apikey header. SAP Ariba Buying and SAP Ariba Sourcing need separate applications, each with its own key.</source>
        <translation>Der Anwendungsschlüssel identifiziert die Anwendung bei jedem Aufruf von SAP Task Center: Die Destination sendet ihn als Client Key und als Header apikey. SAP Ariba Buying und SAP Ariba Sourcing brauchen getrennte Anwendungen, jede mit eigenem Schlüssel.</translation>
    </message>
    <message>
        <source>Application for SAP Task Center</source>
        <translation>Anwendung für SAP Task Center</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SPI to request</source>
        <translation>Anzufordernde SPI</translation>
    </message>
    <message>
        <source>Request the URL of this SPI for the application.</source>
        <translation>Fordern Sie für die Anwendung die URL dieser SPI an.</translation>
    </message>
    <message>
        <source>SAP Ariba trusts SAP Task Center through this certificate: SAP Ariba Support registers it with your realm next.</source>
        <translation>Über dieses Zertifikat vertraut SAP Ariba SAP Task Center: Der SAP Ariba Support registriert es als Nächstes für Ihren Realm.</translation>
    </message>
    <message>
        <source>The destination signs a SAML assertion for each user with this certificate&apos;s key, and SAP Ariba exchanges it for a token. Renew the certificate before it expires and send the new one to SAP Ariba Support: until they register it, users may not be able to work on tasks nor receive task updates.</source>
        <translation>Die Destination signiert für jeden Benutzer eine SAML-Assertion mit dem Schlüssel dieses Zertifikats, und SAP Ariba tauscht sie gegen ein Token ein. Erneuern Sie das Zertifikat, bevor es abläuft, und senden Sie das neue an den SAP Ariba Support: Bis es dort registriert ist, können Benutzer möglicherweise weder Aufgaben bearbeiten noch Aufgabenänderungen erhalten.</translation>
    </message>
    <message>
        <source>Open two service requests with SAP Ariba Support</source>
        <translation>Zwei Serviceanfragen beim SAP Ariba Support eröffnen</translation>
    </message>
    <message>
        <source>One activates the application, the other registers this subaccount as identity provider.</source>
        <translation>Eine aktiviert die Anwendung, die andere registriert dieses Unterkonto als Identitätsprovider.</translation>
    </message>
    <message>
        <source>Create the service requests with &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt;, with the values below. Wait until SAP Ariba confirms both before you continue.</source>
        <translation>Legen Sie die Serviceanfragen beim &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt; mit den Werten unten an. Warten Sie, bis SAP Ariba beide bestätigt, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>SAP Ariba activates the application for your realm and product, and registers this subaccount&apos;s entity ID and trust certificate with SAP Ariba OAuth, so that it accepts the SAML assertions the destination signs. UNCONFIRMED: SAP&apos;s page gives the entity ID only as cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;; the wizard takes it from the trust certificate&apos;s CN, which has this form. Compare it with the Assertion Entity ID under Connectivity &gt; Destination Trust in the SAP BTP cockpit.</source>
        <translation>SAP Ariba aktiviert die Anwendung für Ihren Realm und Ihr Produkt und registriert die Entity-ID und das Vertrauenszertifikat dieses Unterkontos bei SAP Ariba OAuth, damit es die SAML-Assertions akzeptiert, die die Destination signiert. UNCONFIRMED: Die SAP-Seite gibt die Entity-ID nur als cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt; an; der Assistent übernimmt sie aus dem CN des Vertrauenszertifikats, der diese Form hat. Vergleichen Sie sie mit der Assertion Entity ID unter Connectivity &gt; Destination Trust im SAP BTP Cockpit.</translation>
    </message>
    <message>
        <source>Activate the application</source>
        <translation>Anwendung aktivieren</translation>
    </message>
    <message>
        <source>Request the activation of the application on the SAP Ariba Developer Portal. Add the data center where your SAP Ariba realm resides.</source>
        <translation>Fordern Sie die Aktivierung der Anwendung im SAP Ariba Developer Portal an. Geben Sie das Rechenzentrum an, in dem sich Ihr Realm von SAP Ariba befindet.</translation>
    </message>
    <message>
        <source>Register the identity provider on SAP Ariba OAuth</source>
        <translation>Identitätsprovider bei SAP Ariba OAuth registrieren</translation>
    </message>
    <message>
        <source>Request the IDP registration on SAP Ariba OAuth. Add your Ariba Network ID (ANID), shown in your company profile.</source>
        <translation>Fordern Sie die IdP-Registrierung bei SAP Ariba OAuth an. Geben Sie Ihre Ariba Network ID (ANID) an; sie steht in Ihrem Unternehmensprofil.</translation>
    </message>
    <message>
        <source>Entity ID (entityID)</source>
        <translation>Entity-ID (entityID)</translation>
    </message>
    <message>
        <source>The entity ID the destination service sends, of the form cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;: the trust certificate&apos;s CN.</source>
        <translation>Die Entity-ID, die der Destination Service sendet, in der Form cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;: der CN des Vertrauenszertifikats.</translation>
    </message>
    <message>
        <source>Destination service certificate</source>
        <translation>Zertifikat des Destination Service</translation>
    </message>
    <message>
        <source>The subaccount&apos;s trust certificate. Attach this file to the request.</source>
        <translation>Das Vertrauenszertifikat des Unterkontos. Hängen Sie diese Datei an die Anfrage an.</translation>
    </message>
    <message>
        <source>Generate the OAuth secret</source>
        <translation>OAuth-Secret generieren</translation>
    </message>
    <message>
        <source>The OAuth client ID and secret with which SAP Task Center fetches tokens.</source>
        <translation>OAuth-Client-ID und Secret, mit denen SAP Task Center Token abruft.</translation>
    </message>
    <message>
        <source>Once the application is set up with its SPI, generate its &lt;b&gt;OAuth secret&lt;/b&gt; on the SAP Ariba Developer Portal, as SAP Ariba&apos;s guide &quot;How to generate the OAuth Secret and Base64 Encoded Client and secret&quot; says. Copy the &lt;b&gt;OAuth client ID&lt;/b&gt; and the &lt;b&gt;OAuth secret&lt;/b&gt; here.</source>
        <translation>Sobald die Anwendung mit ihrer SPI eingerichtet ist, generieren Sie im SAP Ariba Developer Portal ihr &lt;b&gt;OAuth-Secret&lt;/b&gt;, wie es die Anleitung „How to generate the OAuth Secret and Base64 Encoded Client and secret“ von SAP Ariba beschreibt. Kopieren Sie die &lt;b&gt;OAuth-Client-ID&lt;/b&gt; und das &lt;b&gt;OAuth-Secret&lt;/b&gt; hierher.</translation>
    </message>
    <message>
        <source>The destination fetches its tokens as this OAuth client: the client ID is the Token Service User, the secret the Token Service Password.</source>
        <translation>Die Destination ruft ihre Token als dieser OAuth-Client ab: Die Client-ID ist der Token Service User, das Secret das Token Service Password.</translation>
    </message>
    <message>
        <source>OAuth client of the application</source>
        <translation>OAuth-Client der Anwendung</translation>
    </message>
    <message>
        <source>Check with SAP Ariba Support that the application is activated for your realm and product and that this subaccount is registered as identity provider with its current trust certificate, and that the OAuth client ID and secret belong to the application whose key is in the destination.</source>
        <translation>Klären Sie mit dem SAP Ariba Support, ob die Anwendung für Ihren Realm und Ihr Produkt aktiviert ist und ob dieses Unterkonto mit seinem aktuellen Vertrauenszertifikat als Identitätsprovider registriert ist, und prüfen Sie, ob OAuth-Client-ID und Secret zu der Anwendung gehören, deren Schlüssel in der Destination steht.</translation>
    </message>
    <message>
        <source>Destination to SAP Ariba</source>
        <translation>Destination zu SAP Ariba</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Ariba. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Der Destination Service ruft mit ihr nur für einen angemeldeten Benutzer ein Token ab, und laut SAP zeigt Check Connection möglicherweise nicht an, ob SAP Task Center SAP Ariba erreicht. Prüfen Sie den Konnektor im Monitoring von SAP Task Center, sobald die Destination gespeichert ist.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Ariba system and product in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro System von SAP Ariba und Produkt in einem Task Center nur eine Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>If you later change the name or the URL of this destination, SAP Task Center loads its tasks again.</source>
        <translation>Wenn Sie später den Namen oder die URL dieser Destination ändern, lädt SAP Task Center ihre Aufgaben erneut.</translation>
    </message>
    <message>
        <source>The URL is the server you entered followed by the path of SAP&apos;s example URL for the product. UNCONFIRMED: SAP&apos;s guide gives the URL only as an example. If the developer portal shows another path for the SPI, use that (Edit properties).</source>
        <translation>Die URL ist der eingegebene Server, gefolgt vom Pfad der Beispiel-URL von SAP für das Produkt. UNCONFIRMED: Die SAP-Anleitung gibt die URL nur als Beispiel an. Wenn das Developer Portal einen anderen Pfad für die SPI anzeigt, verwenden Sie diesen (Eigenschaften bearbeiten).</translation>
    </message>
    <message>
        <source>Tasks from SAP Cloud for Customer: a primary destination with the technical user of the communication arrangement for SAP Task Center, by user and password or by client certificate, and a secondary destination for principal propagation with an OAuth client registered in SAP Cloud for Customer.</source>
        <translation>Aufgaben aus SAP Cloud for Customer: eine primäre Destination mit dem technischen Benutzer der Kommunikationsvereinbarung für SAP Task Center, per Benutzer und Passwort oder per Clientzertifikat, und eine sekundäre Destination für die Prinzipalweitergabe mit einem in SAP Cloud for Customer registrierten OAuth-Client.</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>Tenant-URL</translation>
    </message>
    <message>
        <source>The address of your SAP Cloud for Customer tenant, the one you open it with, without anything after the host. Both destinations use it, and the secondary destination&apos;s token service URL is made from it.</source>
        <translation>Die Adresse Ihres Tenants von SAP Cloud for Customer, mit der Sie ihn öffnen, ohne etwas nach dem Host. Beide Destinations verwenden sie, und die Token Service URL der sekundären Destination wird daraus gebildet.</translation>
    </message>
    <message>
        <source>This looks like the tenant&apos;s single sign-on address (its Local Service Provider), which belongs in the Audience later. The tenant URL is probably %1.</source>
        <translation>Das sieht nach der Single-Sign-On-Adresse des Tenants aus (seinem Local Service Provider), die später in die Audience gehört. Die Tenant-URL ist wahrscheinlich %1.</translation>
    </message>
    <message>
        <source>User ID of the communication user</source>
        <translation>Benutzer-ID des Kommunikationsbenutzers</translation>
    </message>
    <message>
        <source>The user ID SAP Cloud for Customer created for the communication arrangement (Inbound Communication, User ID &gt; Edit Credentials).</source>
        <translation>Die Benutzer-ID, die SAP Cloud for Customer für die Kommunikationsvereinbarung angelegt hat (Inbound Communication, User ID &gt; Edit Credentials).</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the user ID that the communication arrangement shows for the communication user.</source>
        <translation>Das sieht nach einer E-Mail-Adresse aus. Geben Sie die Benutzer-ID ein, die die Kommunikationsvereinbarung für den Kommunikationsbenutzer anzeigt.</translation>
    </message>
    <message>
        <source>Password of the communication user</source>
        <translation>Passwort des Kommunikationsbenutzers</translation>
    </message>
    <message>
        <source>The password you gave the communication user in the communication arrangement. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Passwort, das Sie dem Kommunikationsbenutzer in der Kommunikationsvereinbarung gegeben haben. Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Key store password</source>
        <translation>Keystore-Passwort</translation>
    </message>
    <message>
        <source>The password of the key store. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Passwort des Keystores. Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The client ID SAP Cloud for Customer filled in when you registered the OAuth 2.0 client (Administrator &gt; OAuth 2.0 Client Registration).</source>
        <translation>Die Client-ID, die SAP Cloud for Customer eingetragen hat, als Sie den OAuth-2.0-Client registriert haben (Administrator &gt; OAuth 2.0 Client Registration).</translation>
    </message>
    <message>
        <source>The client secret you entered when you registered the OAuth 2.0 client. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Client-Secret, das Sie bei der Registrierung des OAuth-2.0-Clients eingegeben haben. Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Audience (Local Service Provider)</source>
        <translation>Audience (Local Service Provider)</translation>
    </message>
    <message>
        <source>The value of the Local Service Provider field under Administrator &gt; Common Tasks &gt; Configure Single Sign-On in SAP Cloud for Customer. Copy it exactly as shown: it is case-sensitive and often starts with HTTPS in capitals.</source>
        <translation>Der Wert des Felds Local Service Provider unter Administrator &gt; Common Tasks &gt; Configure Single Sign-On in SAP Cloud for Customer. Kopieren Sie ihn genau so, wie er angezeigt wird: Groß- und Kleinschreibung werden unterschieden, und oft beginnt er mit HTTPS in Großbuchstaben.</translation>
    </message>
    <message>
        <source>Technical user with user ID and password (Basic Authentication)</source>
        <translation>Technischer Benutzer mit Benutzer-ID und Passwort (Basic Authentication)</translation>
    </message>
    <message>
        <source>Choose this when the communication arrangement for SAP Task Center in SAP Cloud for Customer authenticates its technical user with a user ID and password.</source>
        <translation>Wählen Sie dies, wenn die Kommunikationsvereinbarung für SAP Task Center in SAP Cloud for Customer ihren technischen Benutzer mit Benutzer-ID und Passwort authentifiziert.</translation>
    </message>
    <message>
        <source>Technical user with a client certificate (Using Certificates)</source>
        <translation>Technischer Benutzer mit Clientzertifikat (Using Certificates)</translation>
    </message>
    <message>
        <source>Choose this when SAP Task Center should authenticate to SAP Cloud for Customer with a client certificate: you need the certificate as a .p12 key store and its password. After saving the destinations, you finish the setup in SAP Cloud for Customer.</source>
        <translation>Wählen Sie dies, wenn sich SAP Task Center mit einem Clientzertifikat bei SAP Cloud for Customer authentifizieren soll: Sie brauchen das Zertifikat als .p12-Keystore und sein Passwort. Nach dem Speichern der Destinations schließen Sie die Einrichtung in SAP Cloud for Customer ab.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining step for the certificate&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In SAP Cloud for Customer, continue with the steps of SAP Cloud for Customer&apos;s guide &lt;b&gt;Using Client Certificate Authentication&lt;/b&gt;, so that SAP Cloud for Customer accepts the certificate of the key store the primary destination uses.&lt;/li&gt;&lt;li&gt;Check the connector in SAP Task Center&apos;s &lt;b&gt;monitoring&lt;/b&gt;: SAP says Check Connection in the destination may not tell whether SAP Task Center reaches SAP Cloud for Customer.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der restliche Schritt der SAP-Anleitung für das Zertifikat&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Fahren Sie in SAP Cloud for Customer mit den Schritten der Anleitung &lt;b&gt;Using Client Certificate Authentication&lt;/b&gt; von SAP Cloud for Customer fort, damit SAP Cloud for Customer das Zertifikat des Keystores akzeptiert, den die primäre Destination verwendet.&lt;/li&gt;&lt;li&gt;Prüfen Sie den Konnektor im &lt;b&gt;Monitoring&lt;/b&gt; von SAP Task Center: Laut SAP zeigt Check Connection in der Destination möglicherweise nicht an, ob SAP Task Center SAP Cloud for Customer erreicht.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Prepare SAP Cloud for Customer</source>
        <translation>SAP Cloud for Customer vorbereiten</translation>
    </message>
    <message>
        <source>Before the wizard asks for values, make sure SAP Task Center and SAP Cloud for Customer are ready, as SAP&apos;s guide lists it.</source>
        <translation>Bevor der Assistent nach Werten fragt, stellen Sie sicher, dass SAP Task Center und SAP Cloud for Customer bereit sind, wie es die SAP-Anleitung aufführt.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Cloud for Customer with a technical user and acts on them as each user (principal propagation). Both need the users of SAP Cloud for Customer and SAP Task Center to be the same people in SAP Cloud Identity Services.</source>
        <translation>SAP Task Center liest die Aufgaben von SAP Cloud for Customer mit einem technischen Benutzer und bearbeitet sie im Namen jedes Benutzers (Prinzipalweitergabe). Für beides müssen die Benutzer von SAP Cloud for Customer und SAP Task Center in SAP Cloud Identity Services dieselben Personen sein.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;initial setup of SAP Task Center&lt;/b&gt; is complete in this subaccount.</source>
        <translation>Die &lt;b&gt;Ersteinrichtung von SAP Task Center&lt;/b&gt; ist in diesem Unterkonto abgeschlossen.</translation>
    </message>
    <message>
        <source>SAP Task Center: Initial Setup.</source>
        <translation>SAP Task Center: Initial Setup.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer is integrated with &lt;b&gt;SAP Cloud Identity Services&lt;/b&gt; as the SAP Cloud for Customer Integration Scenario describes.</source>
        <translation>SAP Cloud for Customer ist mit &lt;b&gt;SAP Cloud Identity Services&lt;/b&gt; integriert, wie es das SAP Cloud for Customer Integration Scenario beschreibt.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: SAP Cloud for Customer Integration Scenario.</source>
        <translation>SAP Cloud Identity Services: SAP Cloud for Customer Integration Scenario.</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, the scoping question &lt;b&gt;Task Center Integration&lt;/b&gt; is selected in your implementation project.</source>
        <translation>In SAP Cloud for Customer ist in Ihrem Implementierungsprojekt die Scoping-Frage &lt;b&gt;Task Center Integration&lt;/b&gt; ausgewählt.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer: Business Configuration &gt; Implementation Projects &gt; Edit Project &gt; Review Questions &gt; Communication and Information Exchange &gt; Business Process Management &gt; Business Task Management.</source>
        <translation>SAP Cloud for Customer: Business Configuration &gt; Implementation Projects &gt; Edit Project &gt; Review Questions &gt; Communication and Information Exchange &gt; Business Process Management &gt; Business Task Management.</translation>
    </message>
    <message>
        <source>Your SAP Cloud for Customer tenant</source>
        <translation>Ihr Tenant von SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Cloud for Customer.</source>
        <translation>Wo SAP Task Center SAP Cloud for Customer erreicht.</translation>
    </message>
    <message>
        <source>Enter the address of your SAP Cloud for Customer tenant. The wizard makes the addresses of both destinations from it.</source>
        <translation>Geben Sie die Adresse Ihres Tenants von SAP Cloud for Customer ein. Daraus bildet der Assistent die Adressen beider Destinations.</translation>
    </message>
    <message>
        <source>SAP&apos;s guides call this the tenant URL: the primary and the secondary destination both use it, and the secondary destination&apos;s Token Service URL is the same address followed by /sap/bc/sec/oauth2/token.</source>
        <translation>Die SAP-Anleitungen nennen dies die Tenant-URL: Die primäre und die sekundäre Destination verwenden sie beide, und die Token Service URL der sekundären Destination ist dieselbe Adresse, gefolgt von /sap/bc/sec/oauth2/token.</translation>
    </message>
    <message>
        <source>Create the technical user in SAP Cloud for Customer</source>
        <translation>Technischen Benutzer in SAP Cloud for Customer anlegen</translation>
    </message>
    <message>
        <source>A communication system and a communication arrangement for SAP Task Center, with user ID and password.</source>
        <translation>Ein Kommunikationssystem und eine Kommunikationsvereinbarung für SAP Task Center, mit Benutzer-ID und Passwort.</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, create a communication system and a communication arrangement as below, then enter the user ID and the password of the communication user here.</source>
        <translation>Legen Sie in SAP Cloud for Customer wie unten beschrieben ein Kommunikationssystem und eine Kommunikationsvereinbarung an und geben Sie dann hier die Benutzer-ID und das Passwort des Kommunikationsbenutzers ein.</translation>
    </message>
    <message>
        <source>This is what SAP Cloud for Customer&apos;s guide &quot;Using Basic Authentication&quot; leads to: a communication user whose user ID and password go into the primary destination. The values below follow SAP&apos;s integration samples for SAP Task Center; the host name of the communication system is not given there (UNCONFIRMED), so follow SAP Cloud for Customer&apos;s guide for it.</source>
        <translation>Darauf führt die Anleitung „Using Basic Authentication“ von SAP Cloud for Customer hin: ein Kommunikationsbenutzer, dessen Benutzer-ID und Passwort in die primäre Destination kommen. Die Werte unten folgen den Integrationsbeispielen von SAP für SAP Task Center; der Hostname des Kommunikationssystems ist dort nicht angegeben (UNCONFIRMED), folgen Sie dafür der Anleitung von SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Systems&lt;/b&gt; and choose &lt;b&gt;New&lt;/b&gt;. Enter an ID and a host name, choose &lt;b&gt;Add Row&lt;/b&gt; under &lt;b&gt;System Instances&lt;/b&gt; and enter a System Instance ID. Save, then choose &lt;b&gt;Actions &amp;gt; Set To Active&lt;/b&gt;.</source>
        <translation>Öffnen Sie &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Systems&lt;/b&gt; und wählen Sie &lt;b&gt;New&lt;/b&gt;. Geben Sie eine ID und einen Hostnamen ein, wählen Sie unter &lt;b&gt;System Instances&lt;/b&gt; die Option &lt;b&gt;Add Row&lt;/b&gt; und geben Sie eine System Instance ID ein. Speichern Sie und wählen Sie dann &lt;b&gt;Actions &amp;gt; Set To Active&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>System Access Type</source>
        <translation>System Access Type</translation>
    </message>
    <message>
        <source>Preferred Application Protocol</source>
        <translation>Preferred Application Protocol</translation>
    </message>
    <message>
        <source>Communication arrangement</source>
        <translation>Kommunikationsvereinbarung</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Arrangements&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt; and select the communication system by its System Instance ID. On the &lt;b&gt;Inbound&lt;/b&gt; tab, choose &lt;b&gt;Edit Credentials&lt;/b&gt; for the user ID, enter a password and select the service below. Review and finish.</source>
        <translation>Öffnen Sie &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Arrangements&lt;/b&gt;, wählen Sie &lt;b&gt;New&lt;/b&gt; und wählen Sie das Kommunikationssystem über seine System Instance ID aus. Wählen Sie auf der Registerkarte &lt;b&gt;Inbound&lt;/b&gt; für die Benutzer-ID &lt;b&gt;Edit Credentials&lt;/b&gt;, geben Sie ein Passwort ein und wählen Sie den Service unten aus. Prüfen Sie alles und schließen Sie ab.</translation>
    </message>
    <message>
        <source>Communication scenario</source>
        <translation>Kommunikationsszenario</translation>
    </message>
    <message>
        <source>Application Protocol</source>
        <translation>Application Protocol</translation>
    </message>
    <message>
        <source>Authentication Method</source>
        <translation>Authentication Method</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>The client certificate&apos;s key store</source>
        <translation>Der Keystore des Clientzertifikats</translation>
    </message>
    <message>
        <source>The .p12 file with the certificate SAP Task Center authenticates with, and its password.</source>
        <translation>Die .p12-Datei mit dem Zertifikat, mit dem sich SAP Task Center authentifiziert, und ihr Passwort.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer trusts the users SAP Task Center acts for through this certificate: you upload it as an OAuth 2.0 identity provider next.</source>
        <translation>Über dieses Zertifikat vertraut SAP Cloud for Customer den Benutzern, für die SAP Task Center handelt: Sie laden es als Nächstes als OAuth-2.0-Identitätsprovider hoch.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer accepts a user&apos;s identity from SAP Task Center only when it is signed with this subaccount&apos;s trust certificate. The next page shows the certificate and its CN to enter in SAP Cloud for Customer as an OAuth 2.0 identity provider.</source>
        <translation>SAP Cloud for Customer akzeptiert die Identität eines Benutzers von SAP Task Center nur, wenn sie mit dem Vertrauenszertifikat dieses Unterkontos signiert ist. Die nächste Seite zeigt das Zertifikat und seinen CN, die Sie in SAP Cloud for Customer als OAuth-2.0-Identitätsprovider eingeben.</translation>
    </message>
    <message>
        <source>Set up principal propagation in SAP Cloud for Customer</source>
        <translation>Prinzipalweitergabe in SAP Cloud for Customer einrichten</translation>
    </message>
    <message>
        <source>The subaccount as OAuth 2.0 identity provider, an OAuth client for SAP Task Center, and the audience.</source>
        <translation>Das Unterkonto als OAuth-2.0-Identitätsprovider, ein OAuth-Client für SAP Task Center und die Audience.</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, open &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure OAuth 2.0 Identity Provider&lt;/b&gt; and choose &lt;b&gt;New OAuth 2.0 Provider&lt;/b&gt;. Enter the values below and choose &lt;b&gt;Submit&lt;/b&gt;. Then register the OAuth client and copy the audience, as each section says.</source>
        <translation>Öffnen Sie in SAP Cloud for Customer &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure OAuth 2.0 Identity Provider&lt;/b&gt; und wählen Sie &lt;b&gt;New OAuth 2.0 Provider&lt;/b&gt;. Geben Sie die Werte unten ein und wählen Sie &lt;b&gt;Submit&lt;/b&gt;. Registrieren Sie dann den OAuth-Client und kopieren Sie die Audience, wie es der jeweilige Abschnitt beschreibt.</translation>
    </message>
    <message>
        <source>The secondary destination lets SAP Task Center act in SAP Cloud for Customer as the user who works on a task. SAP Cloud for Customer accepts this because it trusts the subaccount&apos;s certificate and knows the OAuth client. The steps follow SAP Cloud for Customer&apos;s guide &quot;Principal Propagation Flow and Set Up&quot;.</source>
        <translation>Mit der sekundären Destination handelt SAP Task Center in SAP Cloud for Customer im Namen des Benutzers, der eine Aufgabe bearbeitet. SAP Cloud for Customer akzeptiert das, weil es dem Zertifikat des Unterkontos vertraut und den OAuth-Client kennt. Die Schritte folgen der Anleitung „Principal Propagation Flow and Set Up“ von SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>OAuth 2.0 identity provider</source>
        <translation>OAuth-2.0-Identitätsprovider</translation>
    </message>
    <message>
        <source>Issuing Entity Name</source>
        <translation>Issuing Entity Name</translation>
    </message>
    <message>
        <source>The trust certificate&apos;s CN; it has the form cfapps.&lt;region host&gt;/&lt;subaccount ID&gt;.</source>
        <translation>Der CN des Vertrauenszertifikats; er hat die Form cfapps.&lt;region host&gt;/&lt;subaccount ID&gt;.</translation>
    </message>
    <message>
        <source>Primary Signing Certificate</source>
        <translation>Primary Signing Certificate</translation>
    </message>
    <message>
        <source>Browse and upload this file: the subaccount&apos;s trust certificate without its BEGIN and END lines, as SAP&apos;s guide asks. Upload it again whenever the subaccount&apos;s certificate is renewed.</source>
        <translation>Wählen Sie Browse und laden Sie diese Datei hoch: das Vertrauenszertifikat des Unterkontos ohne die Zeilen BEGIN und END, wie es die SAP-Anleitung verlangt. Laden Sie es erneut hoch, sobald das Zertifikat des Unterkontos erneuert wird.</translation>
    </message>
    <message>
        <source>Select Name ID Formats</source>
        <translation>Select Name ID Formats</translation>
    </message>
    <message>
        <source>Select Email Address in addition to User Account ID.</source>
        <translation>Wählen Sie zusätzlich zu User Account ID auch Email Address aus.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client</source>
        <translation>OAuth-2.0-Client</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; OAuth 2.0 Client Registration&lt;/b&gt; and choose &lt;b&gt;New&lt;/b&gt;. Enter a client secret and a description, select the identity provider you just created as &lt;b&gt;Issuer Name&lt;/b&gt; and the scope below, and save. Enter the client ID it shows and the client secret here.</source>
        <translation>Öffnen Sie &lt;b&gt;Administrator &amp;gt; OAuth 2.0 Client Registration&lt;/b&gt; und wählen Sie &lt;b&gt;New&lt;/b&gt;. Geben Sie ein Client-Secret und eine Beschreibung ein, wählen Sie den soeben angelegten Identitätsprovider als &lt;b&gt;Issuer Name&lt;/b&gt; und den Scope unten aus und speichern Sie. Geben Sie die angezeigte Client-ID und das Client-Secret hier ein.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure Single Sign-On&lt;/b&gt; and copy the value of the &lt;b&gt;Local Service Provider&lt;/b&gt; field.</source>
        <translation>Öffnen Sie &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure Single Sign-On&lt;/b&gt; und kopieren Sie den Wert des Felds &lt;b&gt;Local Service Provider&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The Destination service cannot use the key store. Check that the file is uploaded to this subaccount&apos;s destination certificates under exactly the name in KeyStoreLocation, including its extension, and that KeyStorePassword is its password.</source>
        <translation>Der Destination Service kann den Keystore nicht verwenden. Prüfen Sie, ob die Datei unter genau dem Namen in KeyStoreLocation, einschließlich Endung, zu den Destination-Zertifikaten dieses Unterkontos hochgeladen ist und ob KeyStorePassword ihr Passwort ist.</translation>
    </message>
    <message>
        <source>With user and password, check in SAP Cloud for Customer that the communication arrangement for SAP Task Center is active and that the destination holds its communication user&apos;s ID and password. With a client certificate, check that the key store is uploaded to this subaccount under the name in KeyStoreLocation and that SAP Cloud for Customer accepts its certificate (Using Client Certificate Authentication).</source>
        <translation>Bei Benutzer und Passwort prüfen Sie in SAP Cloud for Customer, ob die Kommunikationsvereinbarung für SAP Task Center aktiv ist und ob die Destination die ID und das Passwort ihres Kommunikationsbenutzers enthält. Bei einem Clientzertifikat prüfen Sie, ob der Keystore unter dem Namen in KeyStoreLocation in dieses Unterkonto hochgeladen ist und ob SAP Cloud for Customer sein Zertifikat akzeptiert (Using Client Certificate Authentication).</translation>
    </message>
    <message>
        <source>Create only one primary destination for each SAP Cloud for Customer system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro System von SAP Cloud for Customer in einem Task Center nur eine primäre Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>SAP says Check Connection may not tell whether SAP Task Center reaches SAP Cloud for Customer. Check the connector in SAP Task Center&apos;s monitoring once the destinations are saved.</source>
        <translation>Laut SAP zeigt Check Connection möglicherweise nicht an, ob SAP Task Center SAP Cloud for Customer erreicht. Prüfen Sie den Konnektor im Monitoring von SAP Task Center, sobald die Destinations gespeichert sind.</translation>
    </message>
    <message>
        <source>The Audience is case-sensitive: it must be exactly the Local Service Provider value SAP Cloud for Customer shows.</source>
        <translation>Bei der Audience wird Groß- und Kleinschreibung unterschieden: Sie muss genau der Wert von Local Service Provider sein, den SAP Cloud for Customer anzeigt.</translation>
    </message>
    <message>
        <source>Tasks from a system outside SAP that implements SAP Task Center&apos;s task provider SPI: a primary destination with OAuth client credentials for the technical user and a secondary destination for principal propagation with a SAML bearer assertion.</source>
        <translation>Aufgaben aus einem System außerhalb von SAP, das die Task-Provider-SPI von SAP Task Center implementiert: eine primäre Destination mit OAuth-Client-Zugangsdaten für den technischen Benutzer und eine sekundäre Destination für die Prinzipalweitergabe mit einer SAML-Bearer-Assertion.</translation>
    </message>
    <message>
        <source>The address of your task provider tenant, as its documentation for SAP Task Center gives it. Both destinations use it. SAP Task Center adds /task-provider/v&lt;version&gt;/&lt;endpoint&gt; to it, so the task provider&apos;s SPI must answer there.</source>
        <translation>Die Adresse Ihres Tenants des Aufgabenanbieters, wie sie in dessen Dokumentation für SAP Task Center angegeben ist. Beide Destinations verwenden sie. SAP Task Center hängt /task-provider/v&lt;version&gt;/&lt;endpoint&gt; daran an, deshalb muss die SPI des Aufgabenanbieters dort antworten.</translation>
    </message>
    <message>
        <source>SAP Task Center adds /task-provider/ and the SPI version to this address itself. Use %1 instead.</source>
        <translation>SAP Task Center hängt /task-provider/ und die SPI-Version selbst an diese Adresse an. Verwenden Sie stattdessen %1.</translation>
    </message>
    <message>
        <source>Corporate identity provider tokens (tc.pp.cip.token)</source>
        <translation>Token des Corporate Identity Providers (tc.pp.cip.token)</translation>
    </message>
    <message>
        <source>Optional. Choose true only if your users log on through a corporate identity provider configured in Identity Authentication and the task provider needs that provider&apos;s tokens. Leave it empty otherwise; SAP Task Center then assumes false.</source>
        <translation>Optional. Wählen Sie true nur, wenn sich Ihre Benutzer über einen in Identity Authentication konfigurierten Corporate Identity Provider anmelden und der Aufgabenanbieter dessen Token braucht. Lassen Sie das Feld andernfalls leer; SAP Task Center nimmt dann false an.</translation>
    </message>
    <message>
        <source>Where SAP Task Center fetches the technical user&apos;s token: the token endpoint of the OAuth server the task provider trusts, as its documentation gives it.</source>
        <translation>Wo SAP Task Center das Token des technischen Benutzers abruft: der Token-Endpunkt des OAuth-Servers, dem der Aufgabenanbieter vertraut, wie in dessen Dokumentation angegeben.</translation>
    </message>
    <message>
        <source>The ID of the OAuth client the task provider&apos;s documentation has you register for SAP Task Center&apos;s technical user.</source>
        <translation>Die ID des OAuth-Clients, den Sie laut Dokumentation des Aufgabenanbieters für den technischen Benutzer von SAP Task Center registrieren.</translation>
    </message>
    <message>
        <source>The secret of that client. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Secret dieses Clients. Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Scope (optional)</source>
        <translation>Scope (optional)</translation>
    </message>
    <message>
        <source>Only if the task provider&apos;s OAuth server needs a scope for this client: the scopes, separated by spaces, as its documentation gives them. Leave it empty otherwise.</source>
        <translation>Nur wenn der OAuth-Server des Aufgabenanbieters für diesen Client einen Scope braucht: die Scopes, durch Leerzeichen getrennt, wie in seiner Dokumentation angegeben. Lassen Sie das Feld andernfalls leer.</translation>
    </message>
    <message>
        <source>Token Service URL for users</source>
        <translation>Token Service URL für Benutzer</translation>
    </message>
    <message>
        <source>Where SAP Task Center exchanges a user&apos;s SAML assertion for that user&apos;s token. Filled in with the technical user&apos;s Token Service URL, which is usually the same; change it if the task provider&apos;s documentation gives another.</source>
        <translation>Wo SAP Task Center die SAML-Assertion eines Benutzers gegen das Token dieses Benutzers eintauscht. Vorbelegt mit der Token Service URL des technischen Benutzers, die meist dieselbe ist; ändern Sie sie, wenn die Dokumentation des Aufgabenanbieters eine andere angibt.</translation>
    </message>
    <message>
        <source>The audience the task provider&apos;s OAuth server expects in a SAML assertion, as its documentation or its SAML settings give it.</source>
        <translation>Die Audience, die der OAuth-Server des Aufgabenanbieters in einer SAML-Assertion erwartet, wie in seiner Dokumentation oder seinen SAML-Einstellungen angegeben.</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client Key</translation>
    </message>
    <message>
        <source>The ID of the OAuth client that accepts SAML assertions from this subaccount (the one that holds the trust certificate). Some task providers use the technical user&apos;s client for this too.</source>
        <translation>Die ID des OAuth-Clients, der SAML-Assertions von diesem Unterkonto akzeptiert (des Clients, der das Vertrauenszertifikat enthält). Manche Aufgabenanbieter verwenden dafür auch den Client des technischen Benutzers.</translation>
    </message>
    <message>
        <source>Token Service User (optional)</source>
        <translation>Token Service User (optional)</translation>
    </message>
    <message>
        <source>Only if the OAuth server wants the client to log on when SAP Task Center fetches a user&apos;s token: the user for that logon, usually the client key. Leave it empty otherwise.</source>
        <translation>Nur wenn der OAuth-Server verlangt, dass sich der Client anmeldet, wenn SAP Task Center das Token eines Benutzers abruft: der Benutzer für diese Anmeldung, meist der Client Key. Lassen Sie das Feld andernfalls leer.</translation>
    </message>
    <message>
        <source>Token Service Password (optional)</source>
        <translation>Token Service Password (optional)</translation>
    </message>
    <message>
        <source>The password for the Token Service User, usually the client&apos;s secret. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Passwort für den Token Service User, meist das Secret des Clients. Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Name ID format (optional)</source>
        <translation>Name-ID-Format (optional)</translation>
    </message>
    <message>
        <source>How the assertion names the user: emailAddress sends the user&apos;s e-mail address, unspecified (or empty) the user name. Choose what the task provider uses to find its users.</source>
        <translation>Wie die Assertion den Benutzer benennt: emailAddress sendet die E-Mail-Adresse des Benutzers, unspecified (oder leer) den Benutzernamen. Wählen Sie, woran der Aufgabenanbieter seine Benutzer erkennt.</translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation>Authentifizierungskontextklasse</translation>
    </message>
    <message>
        <source>The AuthnContextClassRef of the SAML assertion. PreviousSession is what most SAP Task Center providers use; choose X509 only if the task provider&apos;s documentation asks for it.</source>
        <translation>Die AuthnContextClassRef der SAML-Assertion. Die meisten Anbieter für SAP Task Center verwenden PreviousSession; wählen Sie X509 nur, wenn die Dokumentation des Aufgabenanbieters es verlangt.</translation>
    </message>
    <message>
        <source>Prepare the task provider</source>
        <translation>Aufgabenanbieter vorbereiten</translation>
    </message>
    <message>
        <source>A third-party task provider works with SAP Task Center only if it serves SAP Task Center&apos;s task provider SPI. What it supports and how it authenticates is up to the provider: its documentation for SAP Task Center says it.</source>
        <translation>Ein Aufgabenanbieter eines Drittherstellers funktioniert mit SAP Task Center nur, wenn er die Task-Provider-SPI von SAP Task Center bereitstellt. Was er unterstützt und wie er sich authentifiziert, entscheidet der Anbieter: Das steht in seiner Dokumentation für SAP Task Center.</translation>
    </message>
    <message>
        <source>The task provider must implement the task provider SPI that SAP Note 3462266 defines, at &lt;tenant URL&gt;/task-provider/v&lt;version&gt;/&lt;endpoint&gt;. SAP Task Center calls it with the primary destination&apos;s token to pull tasks and task definitions, and with each user&apos;s token from the secondary destination (&lt;name&gt;_PP) to read task details and to act on tasks. Which SAP Task Center features work depends on that implementation.</source>
        <translation>Der Aufgabenanbieter muss die Task-Provider-SPI implementieren, die SAP-Hinweis 3462266 definiert, unter &lt;tenant URL&gt;/task-provider/v&lt;version&gt;/&lt;endpoint&gt;. SAP Task Center ruft sie mit dem Token der primären Destination auf, um Aufgaben und Aufgabendefinitionen abzurufen, und mit dem Token jedes Benutzers aus der sekundären Destination (&lt;name&gt;_PP), um Aufgabendetails zu lesen und Aufgaben zu bearbeiten. Welche Funktionen von SAP Task Center funktionieren, hängt von dieser Implementierung ab.</translation>
    </message>
    <message>
        <source>The initial setup of SAP Task Center is complete, and you have followed the &lt;b&gt;Third-Party Scenarios&lt;/b&gt; of SAP Cloud Identity Services for the task provider&apos;s users.</source>
        <translation>Die Ersteinrichtung von SAP Task Center ist abgeschlossen, und Sie haben die &lt;b&gt;Third-Party Scenarios&lt;/b&gt; von SAP Cloud Identity Services für die Benutzer des Aufgabenanbieters befolgt.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: System Integration Guide, Third-Party Scenarios.</source>
        <translation>SAP Cloud Identity Services: System Integration Guide, Third-Party Scenarios.</translation>
    </message>
    <message>
        <source>Your task provider tenant implements SAP Task Center&apos;s &lt;b&gt;task provider SPI&lt;/b&gt; as SAP Note 3462266 defines it.</source>
        <translation>Ihr Tenant des Aufgabenanbieters implementiert die &lt;b&gt;Task-Provider-SPI&lt;/b&gt; von SAP Task Center, wie SAP-Hinweis 3462266 sie definiert.</translation>
    </message>
    <message>
        <source>SAP Note 3462266 (SAP for Me; an S-user is needed). Ask the task provider&apos;s vendor or developers if you are not sure.</source>
        <translation>SAP-Hinweis 3462266 (SAP for Me; ein S-User ist nötig). Fragen Sie den Hersteller oder die Entwickler des Aufgabenanbieters, wenn Sie nicht sicher sind.</translation>
    </message>
    <message>
        <source>You have the task provider&apos;s &lt;b&gt;documentation for SAP Task Center&lt;/b&gt;: its tenant URL, and how it accepts tokens for SAP Task Center&apos;s technical user and for each user.</source>
        <translation>Sie haben die &lt;b&gt;Dokumentation des Aufgabenanbieters für SAP Task Center&lt;/b&gt;: seine Tenant-URL und wie er Token für den technischen Benutzer von SAP Task Center und für jeden Benutzer akzeptiert.</translation>
    </message>
    <message>
        <source>The task provider&apos;s own documentation.</source>
        <translation>Die eigene Dokumentation des Aufgabenanbieters.</translation>
    </message>
    <message>
        <source>Your task provider tenant</source>
        <translation>Ihr Tenant des Aufgabenanbieters</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches the task provider&apos;s SPI.</source>
        <translation>Wo SAP Task Center die SPI des Aufgabenanbieters erreicht.</translation>
    </message>
    <message>
        <source>Enter the tenant URL as the task provider&apos;s documentation gives it, without /task-provider/ and what follows.</source>
        <translation>Geben Sie die Tenant-URL so ein, wie die Dokumentation des Aufgabenanbieters sie angibt, ohne /task-provider/ und was darauf folgt.</translation>
    </message>
    <message>
        <source>Both destinations use the same tenant URL. SAP Task Center adds /task-provider/v&lt;version&gt;/&lt;endpoint&gt; to it. UNCONFIRMED: SAP&apos;s example for the primary destination ends in /v2 and the one for the secondary does not; the wizard writes the same address to both, as both pages describe it the same way.</source>
        <translation>Beide Destinations verwenden dieselbe Tenant-URL. SAP Task Center hängt /task-provider/v&lt;version&gt;/&lt;endpoint&gt; daran an. UNCONFIRMED: Das SAP-Beispiel für die primäre Destination endet auf /v2, das für die sekundäre nicht; der Assistent schreibt in beide dieselbe Adresse, da beide Seiten sie gleich beschreiben.</translation>
    </message>
    <message>
        <source>Client for SAP Task Center&apos;s technical user</source>
        <translation>Client für den technischen Benutzer von SAP Task Center</translation>
    </message>
    <message>
        <source>SAP Task Center pulls tasks and task definitions with this client&apos;s token.</source>
        <translation>SAP Task Center ruft Aufgaben und Aufgabendefinitionen mit dem Token dieses Clients ab.</translation>
    </message>
    <message>
        <source>In the task provider, or in the OAuth server it trusts, register an OAuth client for SAP Task Center that may fetch tokens with its client ID and secret (client credentials), as the task provider&apos;s documentation says. Copy its values here.</source>
        <translation>Registrieren Sie im Aufgabenanbieter oder in dem OAuth-Server, dem er vertraut, einen OAuth-Client für SAP Task Center, der mit seiner Client-ID und seinem Secret Token abrufen darf (Client Credentials), wie es die Dokumentation des Aufgabenanbieters beschreibt. Kopieren Sie seine Werte hierher.</translation>
    </message>
    <message>
        <source>SAP only asks that the primary destination returns a valid token; the wizard writes OAuth client credentials, the usual way for a technical user. UNCONFIRMED: whether your task provider accepts them, and which scope it needs, is for its documentation to say.</source>
        <translation>SAP verlangt nur, dass die primäre Destination ein gültiges Token liefert; der Assistent schreibt OAuth-Client-Zugangsdaten, den üblichen Weg für einen technischen Benutzer. UNCONFIRMED: Ob Ihr Aufgabenanbieter sie akzeptiert und welchen Scope er braucht, muss seine Dokumentation sagen.</translation>
    </message>
    <message>
        <source>OAuth client for the technical user</source>
        <translation>OAuth-Client für den technischen Benutzer</translation>
    </message>
    <message>
        <source>Trust certificate of your subaccount</source>
        <translation>Vertrauenszertifikat Ihres Unterkontos</translation>
    </message>
    <message>
        <source>The task provider trusts each user&apos;s SAML assertion through this certificate: you give it to the task provider next.</source>
        <translation>Über dieses Zertifikat vertraut der Aufgabenanbieter der SAML-Assertion jedes Benutzers: Sie geben es als Nächstes an den Aufgabenanbieter weiter.</translation>
    </message>
    <message>
        <source>The Destination service signs each user&apos;s SAML assertion with this subaccount&apos;s trust certificate.</source>
        <translation>Der Destination Service signiert die SAML-Assertion jedes Benutzers mit dem Vertrauenszertifikat dieses Unterkontos.</translation>
    </message>
    <message>
        <source>Renew the certificate in the task provider too whenever the subaccount&apos;s certificate is renewed; until then, users cannot open or act on their tasks.</source>
        <translation>Erneuern Sie das Zertifikat auch beim Aufgabenanbieter, sobald das Zertifikat des Unterkontos erneuert wird; bis dahin können Benutzer ihre Aufgaben weder öffnen noch bearbeiten.</translation>
    </message>
    <message>
        <source>Trust for each user&apos;s token</source>
        <translation>Vertrauen für das Token jedes Benutzers</translation>
    </message>
    <message>
        <source>SAP Task Center reads task details and acts on tasks with each user&apos;s own token.</source>
        <translation>SAP Task Center liest Aufgabendetails und bearbeitet Aufgaben mit dem eigenen Token jedes Benutzers.</translation>
    </message>
    <message>
        <source>In the task provider, or in the OAuth server it trusts, upload the trust certificate below and allow an OAuth client to exchange SAML assertions signed with it for a user&apos;s token (SAML 2.0 bearer assertion), as the task provider&apos;s documentation says. Copy its values here.</source>
        <translation>Laden Sie im Aufgabenanbieter oder in dem OAuth-Server, dem er vertraut, das Vertrauenszertifikat unten hoch und erlauben Sie einem OAuth-Client, damit signierte SAML-Assertions gegen das Token eines Benutzers einzutauschen (SAML 2.0 Bearer Assertion), wie es die Dokumentation des Aufgabenanbieters beschreibt. Kopieren Sie seine Werte hierher.</translation>
    </message>
    <message>
        <source>SAP allows any authentication for the secondary destination that returns a token for the user; the wizard writes a SAML bearer assertion, which the Destination service signs with this subaccount&apos;s trust certificate. UNCONFIRMED: whether your task provider accepts it, its audience, and whether it finds users by e-mail address or user name are for its documentation to say. If it needs another kind of user token, create the secondary destination by hand as its documentation says.</source>
        <translation>SAP erlaubt für die sekundäre Destination jede Authentifizierung, die ein Token für den Benutzer liefert; der Assistent schreibt eine SAML-Bearer-Assertion, die der Destination Service mit dem Vertrauenszertifikat dieses Unterkontos signiert. UNCONFIRMED: Ob Ihr Aufgabenanbieter sie akzeptiert, welche Audience er erwartet und ob er Benutzer über die E-Mail-Adresse oder den Benutzernamen findet, muss seine Dokumentation sagen. Braucht er eine andere Art von Benutzertoken, legen Sie die sekundäre Destination von Hand an, wie es seine Dokumentation beschreibt.</translation>
    </message>
    <message>
        <source>The same .pem file the SAP BTP cockpit exports under Connectivity &gt; Destination Trust.</source>
        <translation>Dieselbe .pem-Datei, die das SAP BTP Cockpit unter Connectivity &gt; Destination Trust exportiert.</translation>
    </message>
    <message>
        <source>To recognize the certificate in the task provider&apos;s list. UNCONFIRMED: whether the task provider also wants it as the assertion&apos;s issuer.</source>
        <translation>Damit Sie das Zertifikat in der Liste des Aufgabenanbieters wiedererkennen. UNCONFIRMED: ob der Aufgabenanbieter ihn auch als Issuer der Assertion erwartet.</translation>
    </message>
    <message>
        <source>OAuth client for users</source>
        <translation>OAuth-Client für Benutzer</translation>
    </message>
    <message>
        <source>Destinations to the task provider</source>
        <translation>Destinations zum Aufgabenanbieter</translation>
    </message>
    <message>
        <source>The primary destination and its secondary destination (the primary&apos;s name followed by _PP), as SAP&apos;s guides list them.</source>
        <translation>Die primäre Destination und ihre sekundäre Destination (der Name der primären, gefolgt von _PP), wie die SAP-Anleitungen sie aufführen.</translation>
    </message>
    <message>
        <source>SAP&apos;s guides list only the name, type, URL and SAP Task Center&apos;s own properties; the authentication properties are those of SAP BTP Connectivity for OAuth client credentials and for the SAML bearer assertion.</source>
        <translation>Die SAP-Anleitungen führen nur Name, Typ, URL und die eigenen Eigenschaften von SAP Task Center auf; die Authentifizierungseigenschaften sind die von SAP BTP Connectivity für OAuth-Client-Zugangsdaten und für die SAML-Bearer-Assertion.</translation>
    </message>
    <message>
        <source>The task provider&apos;s OAuth server does not accept the client. Copy the client ID and secret (or the client key and Token Service User and Password) again from where you registered the client for SAP Task Center, and apply again.</source>
        <translation>Der OAuth-Server des Aufgabenanbieters akzeptiert den Client nicht. Kopieren Sie Client-ID und Secret (oder Client Key sowie Token Service User und Password) erneut von der Stelle, an der Sie den Client für SAP Task Center registriert haben, und wenden Sie erneut an.</translation>
    </message>
    <message>
        <source>The task provider does not accept this subaccount&apos;s signature: the certificate it trusts is not the subaccount&apos;s current trust certificate. Give it the current one again (Connectivity &gt; Destination Trust).</source>
        <translation>Der Aufgabenanbieter akzeptiert die Signatur dieses Unterkontos nicht: Das Zertifikat, dem er vertraut, ist nicht das aktuelle Vertrauenszertifikat des Unterkontos. Geben Sie ihm das aktuelle erneut (Connectivity &gt; Destination Trust).</translation>
    </message>
    <message>
        <source>Check against the task provider&apos;s documentation for SAP Task Center that the Token Service URLs, clients and audience are right, and that the task provider trusts this subaccount&apos;s current trust certificate.</source>
        <translation>Prüfen Sie anhand der Dokumentation des Aufgabenanbieters für SAP Task Center, ob die Token Service URLs, die Clients und die Audience stimmen und ob der Aufgabenanbieter dem aktuellen Vertrauenszertifikat dieses Unterkontos vertraut.</translation>
    </message>
    <message>
        <source>Create only one primary destination for each task provider system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro System des Aufgabenanbieters in einem Task Center nur eine primäre Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>SAP Task Center calls the task provider&apos;s SPI at the URL followed by /task-provider/v&lt;version&gt;/&lt;endpoint&gt;, with this destination&apos;s token, to pull tasks and task definitions.</source>
        <translation>SAP Task Center ruft die SPI des Aufgabenanbieters unter der URL, gefolgt von /task-provider/v&lt;version&gt;/&lt;endpoint&gt;, mit dem Token dieser Destination auf, um Aufgaben und Aufgabendefinitionen abzurufen.</translation>
    </message>
    <message>
        <source>SAP lets the task provider choose how SAP Task Center authenticates, as long as this destination returns a valid token. The wizard writes OAuth client credentials. UNCONFIRMED: whether your task provider accepts them; if its documentation asks for another authentication, change this destination as it says.</source>
        <translation>SAP überlässt es dem Aufgabenanbieter, wie sich SAP Task Center authentifiziert, solange diese Destination ein gültiges Token liefert. Der Assistent schreibt OAuth-Client-Zugangsdaten. UNCONFIRMED: ob Ihr Aufgabenanbieter sie akzeptiert; verlangt seine Dokumentation eine andere Authentifizierung, ändern Sie diese Destination entsprechend.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user. Check it in the SAP Task Center Web app as a user with tasks from the task provider.</source>
        <translation>Diese Destination hat keinen technischen Benutzer: Der Destination Service ruft mit ihr nur für einen angemeldeten Benutzer ein Token ab, so wie es SAP Task Center für jeden Benutzer tut. Prüfen Sie sie in der SAP Task Center Web app als Benutzer mit Aufgaben vom Aufgabenanbieter.</translation>
    </message>
    <message>
        <source>SAP lets the task provider choose how each user authenticates, as long as this destination returns a valid token for the user. The wizard writes a SAML bearer assertion signed with this subaccount&apos;s trust certificate. UNCONFIRMED: whether your task provider accepts it; if its documentation asks for another authentication, change this destination as it says.</source>
        <translation>SAP überlässt es dem Aufgabenanbieter, wie sich jeder Benutzer authentifiziert, solange diese Destination ein gültiges Token für den Benutzer liefert. Der Assistent schreibt eine SAML-Bearer-Assertion, die mit dem Vertrauenszertifikat dieses Unterkontos signiert ist. UNCONFIRMED: ob Ihr Aufgabenanbieter sie akzeptiert; verlangt seine Dokumentation eine andere Authentifizierung, ändern Sie diese Destination entsprechend.</translation>
    </message>
    <message>
        <source>Approvals from SAP Fieldglass: one destination with the API application key of your SAP Fieldglass company, after SAP Fieldglass holds this subaccount&apos;s trust certificate and pushes task updates to SAP Task Center.</source>
        <translation>Genehmigungen aus SAP Fieldglass: eine Destination mit dem API-Anwendungsschlüssel Ihres Unternehmens in SAP Fieldglass, nachdem SAP Fieldglass das Vertrauenszertifikat dieses Unterkontos erhalten hat und Aufgabenänderungen an SAP Task Center überträgt.</translation>
    </message>
    <message>
        <source>SAP Fieldglass tenant URL</source>
        <translation>Tenant-URL von SAP Fieldglass</translation>
    </message>
    <message>
        <source>The address you sign in to SAP Fieldglass with, or the one SAP Fieldglass support gave you (SAP&apos;s guide names https://www.fieldglass.net for the US data center and https://www.fieldglass.eu for the EU data center). The wizard adds /api/v1 for the destination URL and /api/oauth2/v2.0/token for the token service URL. UNCONFIRMED: SAP&apos;s guide writes the US and EU token service URLs with http:// and without www; the wizard uses https and the host you enter, as in SAP&apos;s example for a tenant.</source>
        <translation>Die Adresse, mit der Sie sich bei SAP Fieldglass anmelden, oder die Adresse, die Ihnen der SAP Fieldglass Support genannt hat (die SAP-Anleitung nennt https://www.fieldglass.net für das Rechenzentrum in den USA und https://www.fieldglass.eu für das Rechenzentrum in der EU). Der Assistent ergänzt /api/v1 für die URL der Destination und /api/oauth2/v2.0/token für die Token Service URL. UNCONFIRMED: Die SAP-Anleitung schreibt die Token Service URLs für die USA und die EU mit http:// und ohne www; der Assistent verwendet https und den eingegebenen Host, wie im SAP-Beispiel für einen Tenant.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds /api/v1 and the token path itself.</source>
        <translation>Nur der Serverteil dieser Adresse wird verwendet (%1); der Assistent ergänzt /api/v1 und den Token-Pfad selbst.</translation>
    </message>
    <message>
        <source>The audience of the SAML assertion. SAP&apos;s guide gives Fieldglass as its example and names no other value: keep it unless SAP Fieldglass support gives you another one. UNCONFIRMED whether a tenant can need another value.</source>
        <translation>Die Audience der SAML-Assertion. Die SAP-Anleitung nennt Fieldglass als Beispiel und keinen anderen Wert: Behalten Sie ihn bei, sofern Ihnen der SAP Fieldglass Support keinen anderen nennt. UNCONFIRMED, ob ein Tenant einen anderen Wert brauchen kann.</translation>
    </message>
    <message>
        <source>API Application Key</source>
        <translation>API Application Key</translation>
    </message>
    <message>
        <source>The API Application Key of the key you created for SAP Task Center, shown on View Application Keys in SAP Fieldglass Configuration Manager. It goes into the destination twice: as Client Key and as the header X-ApplicationKey. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Der API Application Key des Schlüssels, den Sie für SAP Task Center angelegt haben; er wird unter View Application Keys im Configuration Manager von SAP Fieldglass angezeigt. Er kommt zweimal in die Destination: als Client Key und als Header X-ApplicationKey. Er wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The Client ID of the same application key, from View Application Keys.</source>
        <translation>Die Client-ID desselben Anwendungsschlüssels, aus View Application Keys.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>The Client Secret of the same application key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Client Secret desselben Anwendungsschlüssels. Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Virtual Person Name (Username)</source>
        <translation>Virtual Person Name (Username)</translation>
    </message>
    <message>
        <source>From the Web Services section of View Application Keys; it becomes the destination&apos;s Token Service User.</source>
        <translation>Aus dem Abschnitt Web Services von View Application Keys; er wird zum Token Service User der Destination.</translation>
    </message>
    <message>
        <source>License Key</source>
        <translation>License Key</translation>
    </message>
    <message>
        <source>From the Web Services section of View Application Keys; it becomes the destination&apos;s Token Service Password. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Aus dem Abschnitt Web Services von View Application Keys; er wird zum Token Service Password der Destination. Er wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Prepare SAP Fieldglass</source>
        <translation>SAP Fieldglass vorbereiten</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the pages after it rely on them.</source>
        <translation>Haken Sie jeden Schritt ab, sobald er erledigt ist; die folgenden Seiten bauen darauf auf.</translation>
    </message>
    <message>
        <source>You need an SAP Fieldglass tenant and a Configuration Manager user in it.</source>
        <translation>Sie brauchen einen Tenant von SAP Fieldglass und darin einen Benutzer mit der Rolle Configuration Manager.</translation>
    </message>
    <message>
        <source>SAP Task Center reads tasks from SAP Fieldglass once SAP Fieldglass knows your users through SAP Cloud Identity Services, SAP Task Center is enabled in SAP Fieldglass, and SAP Fieldglass may push task updates.</source>
        <translation>SAP Task Center liest Aufgaben aus SAP Fieldglass, sobald SAP Fieldglass Ihre Benutzer über SAP Cloud Identity Services kennt, SAP Task Center in SAP Fieldglass aktiviert ist und SAP Fieldglass Aufgabenänderungen übertragen darf.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s initial setup is complete, and SAP Fieldglass is connected to SAP Cloud Identity Services as the &lt;b&gt;SAP Fieldglass Integration Scenario&lt;/b&gt; describes.</source>
        <translation>Die Ersteinrichtung von SAP Task Center ist abgeschlossen, und SAP Fieldglass ist mit SAP Cloud Identity Services verbunden, wie es das &lt;b&gt;SAP Fieldglass Integration Scenario&lt;/b&gt; beschreibt.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: System Integration Guide, SAP Fieldglass Integration Scenario.</source>
        <translation>SAP Cloud Identity Services: System Integration Guide, SAP Fieldglass Integration Scenario.</translation>
    </message>
    <message>
        <source>&lt;b&gt;SAP Task Center is enabled in SAP Fieldglass&lt;/b&gt;.</source>
        <translation>&lt;b&gt;SAP Task Center ist in SAP Fieldglass aktiviert&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Fieldglass: Enable SAP Task Center in SAP Fieldglass.</source>
        <translation>SAP Fieldglass: Enable SAP Task Center in SAP Fieldglass.</translation>
    </message>
    <message>
        <source>SAP Fieldglass support has enabled the &lt;b&gt;push capability&lt;/b&gt; (SAP_TASK_PUSH_CAPABILITY) for your company and refreshed its cache; otherwise Manage SAP Task Center stops with an error.</source>
        <translation>Der SAP Fieldglass Support hat die &lt;b&gt;Push-Funktion&lt;/b&gt; (SAP_TASK_PUSH_CAPABILITY) für Ihr Unternehmen aktiviert und dessen Cache aktualisiert; andernfalls bricht Manage SAP Task Center mit einem Fehler ab.</translation>
    </message>
    <message>
        <source>SAP Fieldglass Customer Support.</source>
        <translation>SAP Fieldglass Customer Support.</translation>
    </message>
    <message>
        <source>SAP Fieldglass trusts SAP Task Center through this certificate: it goes into your tenant&apos;s truststore next.</source>
        <translation>Über dieses Zertifikat vertraut SAP Fieldglass SAP Task Center: Es kommt als Nächstes in den Truststore Ihres Tenants.</translation>
    </message>
    <message>
        <source>Get the subaccount&apos;s trust certificate.</source>
        <translation>Holen Sie das Vertrauenszertifikat des Unterkontos.</translation>
    </message>
    <message>
        <source>SAP Fieldglass checks the SAML assertions this subaccount signs against this certificate.</source>
        <translation>SAP Fieldglass prüft die SAML-Assertions, die dieses Unterkonto signiert, anhand dieses Zertifikats.</translation>
    </message>
    <message>
        <source>Have the trust certificate uploaded to SAP Fieldglass</source>
        <translation>Vertrauenszertifikat in SAP Fieldglass hochladen lassen</translation>
    </message>
    <message>
        <source>Your SAP Fieldglass representative puts it into your tenant&apos;s truststore.</source>
        <translation>Ihr Ansprechpartner bei SAP Fieldglass legt es in den Truststore Ihres Tenants.</translation>
    </message>
    <message>
        <source>Save the certificate below as a file and send it to your &lt;b&gt;SAP Fieldglass representative&lt;/b&gt;, asking them to upload it to the &lt;b&gt;truststore&lt;/b&gt; of your SAP Fieldglass tenant.</source>
        <translation>Speichern Sie das Zertifikat unten als Datei und senden Sie es an Ihren &lt;b&gt;Ansprechpartner bei SAP Fieldglass&lt;/b&gt; mit der Bitte, es in den &lt;b&gt;Truststore&lt;/b&gt; Ihres Tenants von SAP Fieldglass hochzuladen.</translation>
    </message>
    <message>
        <source>Renew the certificate in SAP Fieldglass too whenever the subaccount&apos;s certificate is renewed: until then, you may not be able to work on tasks nor receive task updates.</source>
        <translation>Erneuern Sie das Zertifikat auch in SAP Fieldglass, sobald das Zertifikat des Unterkontos erneuert wird: Bis dahin können Sie möglicherweise weder Aufgaben bearbeiten noch Aufgabenänderungen erhalten.</translation>
    </message>
    <message>
        <source>SAP&apos;s mission saves it as a .cer file for SAP Fieldglass.</source>
        <translation>Die SAP-Mission speichert es für SAP Fieldglass als .cer-Datei.</translation>
    </message>
    <message>
        <source>To recognize the certificate in your request.</source>
        <translation>Damit Sie das Zertifikat in Ihrer Anfrage wiedererkennen.</translation>
    </message>
    <message>
        <source>SAP Task Center service key</source>
        <translation>Dienstschlüssel von SAP Task Center</translation>
    </message>
    <message>
        <source>Create a new SAP Task Center service instance for the task updates SAP Fieldglass pushes, and a service key for it; open that key here.</source>
        <translation>Legen Sie eine neue Instanz von SAP Task Center für die Aufgabenänderungen an, die SAP Fieldglass überträgt, und einen Dienstschlüssel dafür; öffnen Sie diesen Schlüssel hier.</translation>
    </message>
    <message>
        <source>Open the service key of the new instance.</source>
        <translation>Öffnen Sie den Dienstschlüssel der neuen Instanz.</translation>
    </message>
    <message>
        <source>SAP Fieldglass needs the key&apos;s address and OAuth client, its client secret too. The key&apos;s uaa.clientid also becomes the destination&apos;s tc.clientId.</source>
        <translation>SAP Fieldglass braucht aus dem Schlüssel die Adresse und den OAuth-Client, auch dessen Client-Secret. Die uaa.clientid des Schlüssels wird außerdem zur tc.clientId der Destination.</translation>
    </message>
    <message>
        <source>Enable pushed task updates in SAP Fieldglass</source>
        <translation>Übertragene Aufgabenänderungen in SAP Fieldglass aktivieren</translation>
    </message>
    <message>
        <source>SAP Fieldglass sends task updates to SAP Task Center with these values.</source>
        <translation>Mit diesen Werten sendet SAP Fieldglass Aufgabenänderungen an SAP Task Center.</translation>
    </message>
    <message>
        <source>Sign in to SAP Fieldglass as the &lt;b&gt;Configuration Manager&lt;/b&gt; user. Under &lt;b&gt;Integration Tools&lt;/b&gt;, choose &lt;b&gt;Manage SAP Task Center&lt;/b&gt;, then &lt;b&gt;Configure&lt;/b&gt;. In the &lt;b&gt;Setup&lt;/b&gt; dialog, enter the values below and choose &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Melden Sie sich bei SAP Fieldglass als Benutzer &lt;b&gt;Configuration Manager&lt;/b&gt; an. Wählen Sie unter &lt;b&gt;Integration Tools&lt;/b&gt; die Option &lt;b&gt;Manage SAP Task Center&lt;/b&gt; und dann &lt;b&gt;Configure&lt;/b&gt;. Geben Sie im Dialog &lt;b&gt;Setup&lt;/b&gt; die Werte unten ein und wählen Sie &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The values come from the service key of the new instance. When you rotate its client secret later, create a new service key and enter its client secret in the same Setup dialog.</source>
        <translation>Die Werte stammen aus dem Dienstschlüssel der neuen Instanz. Wenn Sie dessen Client-Secret später rotieren, legen Sie einen neuen Dienstschlüssel an und geben Sie sein Client-Secret im selben Dialog Setup ein.</translation>
    </message>
    <message>
        <source>Setup dialog</source>
        <translation>Dialog „Setup“</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>OAuth URL</translation>
    </message>
    <message>
        <source>uaa.url of the service key.</source>
        <translation>uaa.url aus dem Dienstschlüssel.</translation>
    </message>
    <message>
        <source>Create the API application key in SAP Fieldglass</source>
        <translation>API-Anwendungsschlüssel in SAP Fieldglass anlegen</translation>
    </message>
    <message>
        <source>SAP Task Center calls SAP Fieldglass&apos;s API with this key and fetches its tokens with these values.</source>
        <translation>SAP Task Center ruft die API von SAP Fieldglass mit diesem Schlüssel auf und ruft seine Token mit diesen Werten ab.</translation>
    </message>
    <message>
        <source>In SAP Fieldglass Configuration Manager, create an API application key for SAP Task Center (&lt;b&gt;Create API Application Key&lt;/b&gt;). Then open &lt;b&gt;View Application Keys&lt;/b&gt; and copy the values below; the user name and license key are in its &lt;b&gt;Web Services&lt;/b&gt; section.</source>
        <translation>Legen Sie im Configuration Manager von SAP Fieldglass einen API-Anwendungsschlüssel für SAP Task Center an (&lt;b&gt;Create API Application Key&lt;/b&gt;). Öffnen Sie dann &lt;b&gt;View Application Keys&lt;/b&gt; und kopieren Sie die Werte unten; Benutzername und License Key stehen dort im Abschnitt &lt;b&gt;Web Services&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>If an API application key already exists for SAP Task Center, you need access to the Web Services section of View Application Keys to copy its values. If that section is blank, ask SAP Fieldglass Customer Support for them.</source>
        <translation>Wenn für SAP Task Center bereits ein API-Anwendungsschlüssel existiert, brauchen Sie Zugriff auf den Abschnitt Web Services von View Application Keys, um seine Werte zu kopieren. Ist dieser Abschnitt leer, fragen Sie den SAP Fieldglass Customer Support danach.</translation>
    </message>
    <message>
        <source>View Application Keys</source>
        <translation>View Application Keys</translation>
    </message>
    <message>
        <source>Your SAP Fieldglass tenant</source>
        <translation>Ihr Tenant von SAP Fieldglass</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Fieldglass.</source>
        <translation>Wo SAP Task Center SAP Fieldglass erreicht.</translation>
    </message>
    <message>
        <source>Enter the address you sign in to SAP Fieldglass with; the wizard makes the destination&apos;s addresses from it.</source>
        <translation>Geben Sie die Adresse ein, mit der Sie sich bei SAP Fieldglass anmelden; daraus bildet der Assistent die Adressen der Destination.</translation>
    </message>
    <message>
        <source>If you change the URL of a destination that already has tasks in SAP Task Center&apos;s task cache, SAP Task Center loads them again.</source>
        <translation>Wenn Sie die URL einer Destination ändern, die bereits Aufgaben im Aufgaben-Cache von SAP Task Center hat, lädt SAP Task Center diese erneut.</translation>
    </message>
    <message>
        <source>Destination to SAP Fieldglass</source>
        <translation>Destination zu SAP Fieldglass</translation>
    </message>
    <message>
        <source>The destination as SAP&apos;s guide lists it.</source>
        <translation>Die Destination, wie die SAP-Anleitung sie aufführt.</translation>
    </message>
    <message>
        <source>Check the destination&apos;s name and properties.</source>
        <translation>Prüfen Sie Namen und Eigenschaften der Destination.</translation>
    </message>
    <message>
        <source>The wizard writes the destination into the subaccount after the review, or into a file for you to import.</source>
        <translation>Der Assistent schreibt die Destination nach der Prüfung in das Unterkonto oder in eine Datei, die Sie importieren.</translation>
    </message>
    <message>
        <source>Check in SAP Fieldglass Configuration Manager (View Application Keys) that the destination&apos;s API application key, client ID and secret, virtual person name and license key are those of the key created for SAP Task Center, and ask your SAP Fieldglass representative whether this subaccount&apos;s current trust certificate is in your tenant&apos;s truststore.</source>
        <translation>Prüfen Sie im Configuration Manager von SAP Fieldglass (View Application Keys), ob API-Anwendungsschlüssel, Client-ID und Secret, Virtual Person Name und License Key der Destination die des für SAP Task Center angelegten Schlüssels sind, und fragen Sie Ihren Ansprechpartner bei SAP Fieldglass, ob das aktuelle Vertrauenszertifikat dieses Unterkontos im Truststore Ihres Tenants liegt.</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Fieldglass. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Der Destination Service ruft mit ihr nur für einen angemeldeten Benutzer ein Token ab, und laut SAP zeigt Check Connection möglicherweise nicht an, ob SAP Task Center SAP Fieldglass erreicht. Prüfen Sie den Konnektor im Monitoring von SAP Task Center, sobald die Destination gespeichert ist.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Fieldglass system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro System von SAP Fieldglass in einem Task Center nur eine Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>tc.clientId is the client ID of the service key you opened for pushed task updates. SAP says to set it only once SAP Fieldglass pushes task updates (Manage SAP Task Center); otherwise tasks may not arrive.</source>
        <translation>tc.clientId ist die Client-ID des Dienstschlüssels, den Sie für übertragene Aufgabenänderungen geöffnet haben. Laut SAP setzen Sie sie erst, wenn SAP Fieldglass Aufgabenänderungen überträgt (Manage SAP Task Center); andernfalls kommen Aufgaben möglicherweise nicht an.</translation>
    </message>
    <message>
        <source>Tasks from SAP Marketing Cloud: one destination with the OAuth 2.0 details of the communication arrangement you create for SAP Task Center in SAP Marketing Cloud, and its technical communication user.</source>
        <translation>Aufgaben aus SAP Marketing Cloud: eine Destination mit den OAuth 2.0 Details der Kommunikationsvereinbarung, die Sie in SAP Marketing Cloud für SAP Task Center anlegen, und deren technischem Kommunikationsbenutzer.</translation>
    </message>
    <message>
        <source>The user name you created for the technical communication user. It becomes the destination&apos;s Token Service User.</source>
        <translation>Der Benutzername, den Sie für den technischen Kommunikationsbenutzer angelegt haben. Er wird zum Token Service User der Destination.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the user name you created for the technical communication user.</source>
        <translation>Das sieht nach einer E-Mail-Adresse aus. Geben Sie den Benutzernamen ein, den Sie für den technischen Kommunikationsbenutzer angelegt haben.</translation>
    </message>
    <message>
        <source>The password you gave the technical communication user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Passwort, das Sie dem technischen Kommunikationsbenutzer gegeben haben. Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The Service URL/Service Interface the communication arrangement shows. The destination uses its server part, as SAP&apos;s guide says (it removes everything from sap/opu/odata4/ on); the client comes from its sap-client.</source>
        <translation>Die Service URL/Service Interface, die die Kommunikationsvereinbarung anzeigt. Die Destination verwendet deren Serverteil, wie es die SAP-Anleitung beschreibt (sie entfernt alles ab sap/opu/odata4/); der Mandant ergibt sich aus ihrem sap-client.</translation>
    </message>
    <message>
        <source>This is not the address SAP&apos;s guide shows for the arrangement (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation>Das ist nicht die Adresse, die die SAP-Anleitung für die Kommunikationsvereinbarung zeigt (sie enthält api_task_spi_replication). Von dieser Adresse wird nur der Serverteil verwendet.</translation>
    </message>
    <message>
        <source>The client number of the SAP Marketing Cloud system, taken from the service URL&apos;s sap-client when it has one.</source>
        <translation>Die Mandantennummer des Systems von SAP Marketing Cloud; sie wird aus dem sap-client der Service-URL übernommen, wenn sie einen enthält.</translation>
    </message>
    <message>
        <source>SAP Marketing Cloud must trust the SAML assertions this subaccount signs; keep the certificate at hand for Integrating SAP Task Center.</source>
        <translation>SAP Marketing Cloud muss den SAML-Assertions vertrauen, die dieses Unterkonto signiert; halten Sie das Zertifikat für Integrating SAP Task Center bereit.</translation>
    </message>
    <message>
        <source>UNCONFIRMED: SAP&apos;s page for SAP Marketing Cloud does not mention the trust certificate. The guide it links, Integrating SAP Task Center, is the one SAP&apos;s page for SAP S/4HANA Cloud Public Edition links too, and there the communication system holds this certificate (SAP Task Center, Renew Destination Trust Certificates). If Integrating SAP Task Center asks for no certificate, you need not use it.</source>
        <translation>UNCONFIRMED: Die SAP-Seite für SAP Marketing Cloud erwähnt das Vertrauenszertifikat nicht. Die Anleitung, auf die sie verweist, Integrating SAP Task Center, ist dieselbe, auf die auch die SAP-Seite für SAP S/4HANA Cloud Public Edition verweist, und dort enthält das Kommunikationssystem dieses Zertifikat (SAP Task Center, Renew Destination Trust Certificates). Wenn Integrating SAP Task Center kein Zertifikat verlangt, brauchen Sie es nicht zu verwenden.</translation>
    </message>
    <message>
        <source>Set up SAP Task Center in SAP Marketing Cloud</source>
        <translation>SAP Task Center in SAP Marketing Cloud einrichten</translation>
    </message>
    <message>
        <source>The technical communication user and the communication arrangement, and the values they give back for the destination.</source>
        <translation>Der technische Kommunikationsbenutzer und die Kommunikationsvereinbarung sowie die Werte, die sie für die Destination zurückgeben.</translation>
    </message>
    <message>
        <source>In SAP Marketing Cloud, follow &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: create the technical communication user and the communication arrangement for SAP Task Center (&lt;b&gt;Create a Communication Arrangement&lt;/b&gt;). Then enter the values below.</source>
        <translation>Folgen Sie in SAP Marketing Cloud der Anleitung &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: Legen Sie den technischen Kommunikationsbenutzer und die Kommunikationsvereinbarung für SAP Task Center an (&lt;b&gt;Create a Communication Arrangement&lt;/b&gt;). Geben Sie dann die Werte unten ein.</translation>
    </message>
    <message>
        <source>SAP&apos;s page for SAP Marketing Cloud names only the values the destination needs; how to create the user and the arrangement is in Integrating SAP Task Center. UNCONFIRMED: SAP&apos;s page links the guides Integrating SAP Task Center and Create a Communication Arrangement of SAP S/4HANA Cloud&apos;s documentation, not of SAP Marketing Cloud&apos;s.</source>
        <translation>Die SAP-Seite für SAP Marketing Cloud nennt nur die Werte, die die Destination braucht; wie Sie den Benutzer und die Kommunikationsvereinbarung anlegen, steht in Integrating SAP Task Center. UNCONFIRMED: Die SAP-Seite verweist auf die Anleitungen Integrating SAP Task Center und Create a Communication Arrangement aus der Dokumentation von SAP S/4HANA Cloud, nicht aus der von SAP Marketing Cloud.</translation>
    </message>
    <message>
        <source>Only if Integrating SAP Task Center asks for the certificate of SAP Task Center&apos;s subaccount.</source>
        <translation>Nur wenn Integrating SAP Task Center nach dem Zertifikat des Unterkontos von SAP Task Center fragt.</translation>
    </message>
    <message>
        <source>Technical communication user</source>
        <translation>Technischer Kommunikationsbenutzer</translation>
    </message>
    <message>
        <source>The user name and password you created for the technical communication user.</source>
        <translation>Benutzername und Passwort, die Sie für den technischen Kommunikationsbenutzer angelegt haben.</translation>
    </message>
    <message>
        <source>Copy these from the communication arrangement: its &lt;b&gt;Service URL/Service Interface&lt;/b&gt;, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL.</source>
        <translation>Kopieren Sie diese aus der Kommunikationsvereinbarung: ihre &lt;b&gt;Service URL/Service Interface&lt;/b&gt; und aus &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; die Werte SAML2 Audience, Client ID und Token Service URL.</translation>
    </message>
    <message>
        <source>Destination to SAP Marketing Cloud</source>
        <translation>Destination zu SAP Marketing Cloud</translation>
    </message>
    <message>
        <source>The wizard writes the destination into the subaccount after the review, or into a file for you to import. Afterwards, perform the steps of SAP Marketing Cloud&apos;s guide &quot;SAP Task Center&quot;, as SAP&apos;s page asks.</source>
        <translation>Der Assistent schreibt die Destination nach der Prüfung in das Unterkonto oder in eine Datei, die Sie importieren. Führen Sie danach die Schritte der Anleitung „SAP Task Center“ von SAP Marketing Cloud aus, wie es die SAP-Seite verlangt.</translation>
    </message>
    <message>
        <source>Check in SAP Marketing Cloud that the destination&apos;s Audience, Client Key and Token Service URL are those of the communication arrangement&apos;s OAuth 2.0 Details, that the Token Service User and Password are the technical communication user&apos;s, and that SAP Marketing Cloud trusts this subaccount&apos;s current trust certificate.</source>
        <translation>Prüfen Sie in SAP Marketing Cloud, ob Audience, Client Key und Token Service URL der Destination die aus den OAuth 2.0 Details der Kommunikationsvereinbarung sind, ob Token Service User und Password die des technischen Kommunikationsbenutzers sind und ob SAP Marketing Cloud dem aktuellen Vertrauenszertifikat dieses Unterkontos vertraut.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Marketing Cloud. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Diese Destination hat keinen technischen Benutzer: Der Destination Service ruft mit ihr nur für einen angemeldeten Benutzer ein Token ab, so wie es SAP Task Center für jeden Benutzer tut, und laut SAP zeigt Check Connection möglicherweise nicht an, ob SAP Task Center SAP Marketing Cloud erreicht. Prüfen Sie den Konnektor im Monitoring von SAP Task Center, sobald die Destination gespeichert ist.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Marketing Cloud system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro System von SAP Marketing Cloud und Mandant in einem Task Center nur eine Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>Once the destination is saved, perform the steps of SAP Marketing Cloud&apos;s guide &quot;SAP Task Center&quot;, as SAP&apos;s page asks.</source>
        <translation>Sobald die Destination gespeichert ist, führen Sie die Schritte der Anleitung „SAP Task Center“ von SAP Marketing Cloud aus, wie es die SAP-Seite verlangt.</translation>
    </message>
    <message>
        <source>Tasks from SAP Build Process Automation: one destination with the values of the SAP Build Process Automation service key, for an instance in this subaccount or, through SAML trust or an Identity Authentication dependency, in another subaccount.</source>
        <translation>Aufgaben aus SAP Build Process Automation: eine Destination mit den Werten des Dienstschlüssels von SAP Build Process Automation, für eine Instanz in diesem Unterkonto oder, über SAML-Vertrauen oder eine Abhängigkeit in Identity Authentication, in einem anderen Unterkonto.</translation>
    </message>
    <message>
        <source>API endpoint (endpoints &gt; api)</source>
        <translation>API-Endpunkt (endpoints &gt; api)</translation>
    </message>
    <message>
        <source>In the service key of your SAP Build Process Automation instance, the value of api under endpoints. The wizard adds /internal/workflow/rest/v1 to it, as SAP&apos;s guide asks for the destination&apos;s URL.</source>
        <translation>Im Dienstschlüssel Ihrer Instanz von SAP Build Process Automation der Wert von api unter endpoints. Der Assistent ergänzt /internal/workflow/rest/v1, wie es die SAP-Anleitung für die URL der Destination verlangt.</translation>
    </message>
    <message>
        <source>This is an authentication address (uaa &gt; url), not the API endpoint. Copy the value of api under endpoints from the service key.</source>
        <translation>Das ist eine Authentifizierungsadresse (uaa &gt; url), nicht der API-Endpunkt. Kopieren Sie den Wert von api unter endpoints aus dem Dienstschlüssel.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds /internal/workflow/rest/v1 to it.</source>
        <translation>Nur der Serverteil dieser Adresse wird verwendet (%1); der Assistent ergänzt /internal/workflow/rest/v1.</translation>
    </message>
    <message>
        <source>This is an address, not a client ID. Copy the value of clientid under uaa from the service key.</source>
        <translation>Das ist eine Adresse, keine Client-ID. Kopieren Sie den Wert von clientid unter uaa aus dem Dienstschlüssel.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation in this subaccount, or in another one with an Identity Authentication dependency: the value of uaa &gt; url of its service key. In another subaccount with SAML trust: the entityID of that subaccount&apos;s SAML metadata. Copy it exactly as it is shown.</source>
        <translation>SAP Build Process Automation in diesem Unterkonto oder in einem anderen mit einer Abhängigkeit in Identity Authentication: der Wert von uaa &gt; url aus seinem Dienstschlüssel. In einem anderen Unterkonto mit SAML-Vertrauen: die entityID aus den SAML-Metadaten dieses Unterkontos. Kopieren Sie den Wert genau so, wie er angezeigt wird.</translation>
    </message>
    <message>
        <source>This is a token address. The Audience is the address without /oauth/token: %1.</source>
        <translation>Das ist eine Token-Adresse. Die Audience ist die Adresse ohne /oauth/token: %1.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation in this subaccount, or in another one with an Identity Authentication dependency: uaa &gt; url of its service key followed by /oauth/token. In another subaccount with SAML trust: the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI, in that subaccount&apos;s SAML metadata.</source>
        <translation>SAP Build Process Automation in diesem Unterkonto oder in einem anderen mit einer Abhängigkeit in Identity Authentication: uaa &gt; url aus seinem Dienstschlüssel, gefolgt von /oauth/token. In einem anderen Unterkonto mit SAML-Vertrauen: die Location des AssertionConsumerService, dessen Binding urn:oasis:names:tc:SAML:2.0:bindings:URI ist, in den SAML-Metadaten dieses Unterkontos.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks for the address followed by /oauth/token: %1. For another subaccount with SAML trust, copy the Location from its SAML metadata instead.</source>
        <translation>Die SAP-Anleitung verlangt die Adresse gefolgt von /oauth/token: %1. Für ein anderes Unterkonto mit SAML-Vertrauen kopieren Sie stattdessen die Location aus dessen SAML-Metadaten.</translation>
    </message>
    <message>
        <source>Dependency name</source>
        <translation>Name der Abhängigkeit</translation>
    </message>
    <message>
        <source>The name of the dependency you created from the SAP Task Center application to SAP Build Process Automation in the administration console for SAP Cloud Identity Services.</source>
        <translation>Der Name der Abhängigkeit, die Sie in der Administrationskonsole von SAP Cloud Identity Services von der Anwendung SAP Task Center zu SAP Build Process Automation angelegt haben.</translation>
    </message>
    <message>
        <source>This name has a space. Check that you copied the dependency name exactly as the administration console shows it.</source>
        <translation>Dieser Name enthält ein Leerzeichen. Prüfen Sie, ob Sie den Namen der Abhängigkeit genau so kopiert haben, wie die Administrationskonsole ihn anzeigt.</translation>
    </message>
    <message>
        <source>Enter the dependency name on one line, exactly as the administration console for SAP Cloud Identity Services shows it.</source>
        <translation>Geben Sie den Namen der Abhängigkeit in einer Zeile ein, genau so, wie die Administrationskonsole von SAP Cloud Identity Services ihn anzeigt.</translation>
    </message>
    <message>
        <source>My Inbox address (optional)</source>
        <translation>Adresse von My Inbox (optional)</translation>
    </message>
    <message>
        <source>The address of My Inbox in the SAP Build Process Automation Lobby, as your browser shows it. The wizard replaces inbox.html with taskui.html, as SAP&apos;s guide says, so that users open SAP Build Process Automation tasks from SAP Task Center without another launchpad. Leave it empty if you use SAP Build Process Automation on SAP Build Work Zone, standard edition: SAP says the property is not needed then.</source>
        <translation>Die Adresse von My Inbox in der SAP Build Process Automation Lobby, wie Ihr Browser sie anzeigt. Der Assistent ersetzt inbox.html durch taskui.html, wie es die SAP-Anleitung beschreibt, damit Benutzer Aufgaben von SAP Build Process Automation aus SAP Task Center ohne weiteres Launchpad öffnen. Lassen Sie das Feld leer, wenn Sie SAP Build Process Automation auf SAP Build Work Zone, standard edition verwenden: Laut SAP ist die Eigenschaft dann nicht nötig.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide gives this address as https://&lt;root_url&gt;/comsapspaprocessautomation.comsapspainbox/taskui.html. Check that you copied My Inbox of the SAP Build Process Automation Lobby.</source>
        <translation>Die SAP-Anleitung gibt diese Adresse als https://&lt;root_url&gt;/comsapspaprocessautomation.comsapspainbox/taskui.html an. Prüfen Sie, ob Sie My Inbox aus der SAP Build Process Automation Lobby kopiert haben.</translation>
    </message>
    <message>
        <source>Copy the address of My Inbox from the SAP Build Process Automation Lobby: it contains inbox.html. Anything after inbox.html is left out.</source>
        <translation>Kopieren Sie die Adresse von My Inbox aus der SAP Build Process Automation Lobby: Sie enthält inbox.html. Alles nach inbox.html wird weggelassen.</translation>
    </message>
    <message>
        <source>Task UI address (tc.task.ui.url)</source>
        <translation>Adresse der Aufgaben-UI (tc.task.ui.url)</translation>
    </message>
    <message>
        <source>Choose this when SAP Build Process Automation and SAP Task Center are in the same subaccount. SAP Task Center gets its tokens from the authentication address in the SAP Build Process Automation service key.</source>
        <translation>Wählen Sie dies, wenn SAP Build Process Automation und SAP Task Center im selben Unterkonto sind. SAP Task Center ruft seine Token über die Authentifizierungsadresse im Dienstschlüssel von SAP Build Process Automation ab.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check in SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Task Center Administration app&lt;/b&gt;, check the status of this destination&apos;s connector: SAP says Check Connection in the SAP BTP cockpit may not tell whether SAP Task Center reaches SAP Build Process Automation.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user with SAP Build Process Automation tasks: the tasks appear there.&lt;/li&gt;&lt;li&gt;Optional: for &lt;b&gt;Intelligent Recommendations&lt;/b&gt;, create one more destination named like this one followed by _AI, as SAP&apos;s guide &quot;Configure the Intelligent Recommendations Destination&quot; says.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was Sie in SAP Task Center prüfen sollten&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Prüfen Sie in der &lt;b&gt;Task Center Administration app&lt;/b&gt; den Status des Konnektors dieser Destination: Laut SAP zeigt Check Connection im SAP BTP Cockpit möglicherweise nicht an, ob SAP Task Center SAP Build Process Automation erreicht.&lt;/li&gt;&lt;li&gt;Öffnen Sie die &lt;b&gt;SAP Task Center Web app&lt;/b&gt; als Benutzer mit Aufgaben aus SAP Build Process Automation: Dort erscheinen die Aufgaben.&lt;/li&gt;&lt;li&gt;Optional: Legen Sie für &lt;b&gt;Intelligent Recommendations&lt;/b&gt; eine weitere Destination an, benannt wie diese, gefolgt von _AI, wie es die SAP-Anleitung „Configure the Intelligent Recommendations Destination“ beschreibt.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Choose this when SAP Build Process Automation runs in another subaccount that logs users on through the same Identity Authentication tenant as this one, and you have set up principal propagation between the subaccounts. SAP Task Center gets its tokens from that subaccount, with the values of its SAML metadata.</source>
        <translation>Wählen Sie dies, wenn SAP Build Process Automation in einem anderen Unterkonto läuft, das Benutzer über denselben Tenant von Identity Authentication anmeldet wie dieses, und Sie die Prinzipalweitergabe zwischen den Unterkonten eingerichtet haben. SAP Task Center ruft seine Token von diesem Unterkonto ab, mit den Werten aus dessen SAML-Metadaten.</translation>
    </message>
    <message>
        <source>Choose this when both subaccounts are in the same global account, trust the same Identity Authentication tenant with OpenID Connect, and you use SAP Build Process Automation with the build-default service plan. You create a dependency in SAP Cloud Identity Services, and the destination names it.</source>
        <translation>Wählen Sie dies, wenn beide Unterkonten im selben globalen Konto sind, demselben Tenant von Identity Authentication mit OpenID Connect vertrauen und Sie SAP Build Process Automation mit dem Serviceplan build-default verwenden. Sie legen in SAP Cloud Identity Services eine Abhängigkeit an, und die Destination nennt sie.</translation>
    </message>
    <message>
        <source>Prepare SAP Build Process Automation</source>
        <translation>SAP Build Process Automation vorbereiten</translation>
    </message>
    <message>
        <source>Whether SAP Build Process Automation runs in this subaccount or in another one, its subaccount and its service key come first.</source>
        <translation>Ob SAP Build Process Automation in diesem oder in einem anderen Unterkonto läuft: Zuerst kommen sein Unterkonto und sein Dienstschlüssel.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Build Process Automation with the OAuth client of the SAP Build Process Automation service key, for each user who is logged on. SAP Build Process Automation&apos;s subaccount needs the setup its own guide describes for SAP Task Center.</source>
        <translation>SAP Task Center liest die Aufgaben von SAP Build Process Automation mit dem OAuth-Client aus dem Dienstschlüssel von SAP Build Process Automation, für jeden angemeldeten Benutzer. Das Unterkonto von SAP Build Process Automation braucht die Einrichtung, die dessen eigene Anleitung für SAP Task Center beschreibt.</translation>
    </message>
    <message>
        <source>In the subaccount of SAP Build Process Automation, you have done the steps of &lt;b&gt;Configure the SAP Build Process Automation Subaccount for SAP Task Center&lt;/b&gt;.</source>
        <translation>Im Unterkonto von SAP Build Process Automation haben Sie die Schritte von &lt;b&gt;Configure the SAP Build Process Automation Subaccount for SAP Task Center&lt;/b&gt; ausgeführt.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation: Configure the SAP Build Process Automation Subaccount for SAP Task Center.</source>
        <translation>SAP Build Process Automation: Configure the SAP Build Process Automation Subaccount for SAP Task Center.</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Build Process Automation instance in the Cloud Foundry environment open (not SAP Task Center&apos;s own service key); the next pages ask for values from it.</source>
        <translation>Sie haben den &lt;b&gt;Dienstschlüssel&lt;/b&gt; der Instanz von SAP Build Process Automation in der Cloud-Foundry-Umgebung geöffnet (nicht den eigenen Dienstschlüssel von SAP Task Center); die nächsten Seiten fragen nach Werten daraus.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Services &gt; Instances and Subscriptions, the SAP Build Process Automation instance, its service key.</source>
        <translation>SAP BTP Cockpit des Unterkontos von SAP Build Process Automation: Services &gt; Instances and Subscriptions, die Instanz von SAP Build Process Automation, ihr Dienstschlüssel.</translation>
    </message>
    <message>
        <source>Trust between the subaccounts</source>
        <translation>Vertrauen zwischen den Unterkonten</translation>
    </message>
    <message>
        <source>SAP Build Process Automation runs in another subaccount than SAP Task Center.</source>
        <translation>SAP Build Process Automation läuft in einem anderen Unterkonto als SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Task Center gets each user&apos;s token from the subaccount of SAP Build Process Automation, which must trust this subaccount. SAP&apos;s Task Center guide sends you to SAP Build Process Automation&apos;s guide for this trust and then asks for two values of that subaccount&apos;s SAML metadata.</source>
        <translation>SAP Task Center ruft das Token jedes Benutzers vom Unterkonto von SAP Build Process Automation ab, das diesem Unterkonto vertrauen muss. Die Task-Center-Anleitung von SAP verweist für dieses Vertrauen auf die Anleitung von SAP Build Process Automation und verlangt dann zwei Werte aus den SAML-Metadaten dieses Unterkontos.</translation>
    </message>
    <message>
        <source>The subaccount of SAP Build Process Automation logs users on through the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; as this subaccount.</source>
        <translation>Das Unterkonto von SAP Build Process Automation meldet Benutzer über &lt;b&gt;denselben Tenant von Identity Authentication&lt;/b&gt; an wie dieses Unterkonto.</translation>
    </message>
    <message>
        <source>You have done the steps of &lt;b&gt;Set Up Principal Propagation Between Subaccounts&lt;/b&gt; in SAP Build Process Automation&apos;s guide.</source>
        <translation>Sie haben die Schritte von &lt;b&gt;Set Up Principal Propagation Between Subaccounts&lt;/b&gt; aus der Anleitung von SAP Build Process Automation ausgeführt.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation: Set Up Principal Propagation Between Subaccounts.</source>
        <translation>SAP Build Process Automation: Set Up Principal Propagation Between Subaccounts.</translation>
    </message>
    <message>
        <source>You have downloaded the &lt;b&gt;SAML metadata&lt;/b&gt; XML file of the subaccount of SAP Build Process Automation; the next pages ask for two values from it.</source>
        <translation>Sie haben die XML-Datei mit den &lt;b&gt;SAML-Metadaten&lt;/b&gt; des Unterkontos von SAP Build Process Automation heruntergeladen; die nächsten Seiten fragen nach zwei Werten daraus.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Security &gt; Trust Configuration &gt; SAML Metadata.</source>
        <translation>SAP BTP Cockpit des Unterkontos von SAP Build Process Automation: Security &gt; Trust Configuration &gt; SAML Metadata.</translation>
    </message>
    <message>
        <source>Prepare both subaccounts</source>
        <translation>Beide Unterkonten vorbereiten</translation>
    </message>
    <message>
        <source>Tick each step once it is done.</source>
        <translation>Haken Sie jeden Schritt ab, sobald er erledigt ist.</translation>
    </message>
    <message>
        <source>SAP Task Center and SAP Build Process Automation run in two subaccounts of the same global account.</source>
        <translation>SAP Task Center und SAP Build Process Automation laufen in zwei Unterkonten desselben globalen Kontos.</translation>
    </message>
    <message>
        <source>With a dependency in SAP Cloud Identity Services, SAP Task Center reaches SAP Build Process Automation in another subaccount through the Identity Authentication tenant both subaccounts trust. SAP says this works only with the build-default service plan of SAP Build Process Automation.</source>
        <translation>Mit einer Abhängigkeit in SAP Cloud Identity Services erreicht SAP Task Center SAP Build Process Automation in einem anderen Unterkonto über den Tenant von Identity Authentication, dem beide Unterkonten vertrauen. Laut SAP funktioniert das nur mit dem Serviceplan build-default von SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>You use the subscription to SAP Build Process Automation with the &lt;b&gt;build-default&lt;/b&gt; service plan, and you have an instance of SAP Build Process Automation in its subaccount.</source>
        <translation>Sie verwenden das Abonnement von SAP Build Process Automation mit dem Serviceplan &lt;b&gt;build-default&lt;/b&gt; und haben eine Instanz von SAP Build Process Automation in dessen Unterkonto.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Services &gt; Instances and Subscriptions.</source>
        <translation>SAP BTP Cockpit des Unterkontos von SAP Build Process Automation: Services &gt; Instances and Subscriptions.</translation>
    </message>
    <message>
        <source>Both subaccounts trust the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; with a trust of type &lt;b&gt;OpenID Connect&lt;/b&gt;.</source>
        <translation>Beide Unterkonten vertrauen &lt;b&gt;demselben Tenant von Identity Authentication&lt;/b&gt; mit einer Vertrauensstellung vom Typ &lt;b&gt;OpenID Connect&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Task Center is connected with your SAP Build Work Zone by an &lt;b&gt;integration between the two applications&lt;/b&gt;.</source>
        <translation>SAP Task Center ist über eine &lt;b&gt;Integration zwischen den beiden Anwendungen&lt;/b&gt; mit SAP Build Work Zone verbunden.</translation>
    </message>
    <message>
        <source>SAP Task Center: Connect SAP Task Center and SAP Build Work Zone in Different Subaccounts.</source>
        <translation>SAP Task Center: Connect SAP Task Center and SAP Build Work Zone in Different Subaccounts.</translation>
    </message>
    <message>
        <source>Create the dependency in SAP Cloud Identity Services</source>
        <translation>Abhängigkeit in SAP Cloud Identity Services anlegen</translation>
    </message>
    <message>
        <source>It lets SAP Task Center call SAP Build Process Automation in the other subaccount.</source>
        <translation>Damit kann SAP Task Center SAP Build Process Automation im anderen Unterkonto aufrufen.</translation>
    </message>
    <message>
        <source>In the administration console for SAP Cloud Identity Services, open &lt;b&gt;Applications and Resources &amp;gt; Applications&lt;/b&gt;. Under &lt;b&gt;Bundled Applications&lt;/b&gt;, each subaccount has an application named after the product, followed by the subaccount&apos;s name in parentheses. Choose the SAP Task Center application and configure a &lt;b&gt;dependency&lt;/b&gt; to the SAP Build Process Automation application. Enter the name of the new dependency here.</source>
        <translation>Öffnen Sie in der Administrationskonsole von SAP Cloud Identity Services &lt;b&gt;Applications and Resources &amp;gt; Applications&lt;/b&gt;. Unter &lt;b&gt;Bundled Applications&lt;/b&gt; hat jedes Unterkonto eine Anwendung, die nach dem Produkt benannt ist, gefolgt vom Namen des Unterkontos in Klammern. Wählen Sie die Anwendung von SAP Task Center und konfigurieren Sie eine &lt;b&gt;Abhängigkeit&lt;/b&gt; (Dependency) zur Anwendung von SAP Build Process Automation. Geben Sie den Namen der neuen Abhängigkeit hier ein.</translation>
    </message>
    <message>
        <source>The destination names this dependency in tc.ias.dependency_name, so that SAP Task Center uses it to reach SAP Build Process Automation.</source>
        <translation>Die Destination nennt diese Abhängigkeit in tc.ias.dependency_name, damit SAP Task Center sie verwendet, um SAP Build Process Automation zu erreichen.</translation>
    </message>
    <message>
        <source>Dependency to SAP Build Process Automation</source>
        <translation>Abhängigkeit zu SAP Build Process Automation</translation>
    </message>
    <message>
        <source>The service key of SAP Build Process Automation</source>
        <translation>Der Dienstschlüssel von SAP Build Process Automation</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Build Process Automation, with which OAuth client, and where it gets its tokens.</source>
        <translation>Wo SAP Task Center SAP Build Process Automation erreicht, mit welchem OAuth-Client und wo es seine Token abruft.</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Build Process Automation&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key). The Audience and the Token Service URL are filled from &lt;b&gt;uaa &amp;gt; url&lt;/b&gt;.</source>
        <translation>Kopieren Sie diese Werte aus dem Dienstschlüssel Ihrer Instanz von &lt;b&gt;SAP Build Process Automation&lt;/b&gt; (nicht aus dem eigenen Dienstschlüssel von SAP Task Center). Audience und Token Service URL werden aus &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; gefüllt.</translation>
    </message>
    <message>
        <source>The service key of the SAP Build Process Automation instance holds the address SAP Task Center reads tasks from (endpoints &gt; api), the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret) and the authentication address it gets each user&apos;s token from (uaa &gt; url): the Audience is uaa &gt; url, the Token Service URL uaa &gt; url followed by /oauth/token.</source>
        <translation>Der Dienstschlüssel der Instanz von SAP Build Process Automation enthält die Adresse, von der SAP Task Center die Aufgaben liest (endpoints &gt; api), den OAuth-Client, den es verwendet (uaa &gt; clientid und uaa &gt; clientsecret), und die Authentifizierungsadresse, über die es das Token jedes Benutzers abruft (uaa &gt; url): Die Audience ist uaa &gt; url, die Token Service URL uaa &gt; url gefolgt von /oauth/token.</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Build Process Automation, and with which OAuth client.</source>
        <translation>Wo SAP Task Center SAP Build Process Automation erreicht und mit welchem OAuth-Client.</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Build Process Automation&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key).</source>
        <translation>Kopieren Sie diese Werte aus dem Dienstschlüssel Ihrer Instanz von &lt;b&gt;SAP Build Process Automation&lt;/b&gt; (nicht aus dem eigenen Dienstschlüssel von SAP Task Center).</translation>
    </message>
    <message>
        <source>The service key of the SAP Build Process Automation instance holds the address SAP Task Center reads tasks from (endpoints &gt; api) and the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret).</source>
        <translation>Der Dienstschlüssel der Instanz von SAP Build Process Automation enthält die Adresse, von der SAP Task Center die Aufgaben liest (endpoints &gt; api), und den OAuth-Client, den es verwendet (uaa &gt; clientid und uaa &gt; clientsecret).</translation>
    </message>
    <message>
        <source>The Audience and Token Service URL, from the subaccount where SAP Build Process Automation runs.</source>
        <translation>Audience und Token Service URL aus dem Unterkonto, in dem SAP Build Process Automation läuft.</translation>
    </message>
    <message>
        <source>Open the SAML metadata XML file of the subaccount of &lt;b&gt;SAP Build Process Automation&lt;/b&gt;. Copy the &lt;b&gt;entityID&lt;/b&gt; into Audience, then the &lt;b&gt;Location&lt;/b&gt; of the &lt;b&gt;AssertionConsumerService&lt;/b&gt; element whose Binding is &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; into Token Service URL.</source>
        <translation>Öffnen Sie die XML-Datei mit den SAML-Metadaten des Unterkontos von &lt;b&gt;SAP Build Process Automation&lt;/b&gt;. Kopieren Sie die &lt;b&gt;entityID&lt;/b&gt; in Audience, dann die &lt;b&gt;Location&lt;/b&gt; des Elements &lt;b&gt;AssertionConsumerService&lt;/b&gt;, dessen Binding &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; ist, in Token Service URL.</translation>
    </message>
    <message>
        <source>From another subaccount, SAP Task Center gets each user&apos;s token from the subaccount of SAP Build Process Automation: the Audience is that subaccount&apos;s entityID and the Token Service URL the Location of its AssertionConsumerService with the URI binding, both in its SAML metadata.</source>
        <translation>Aus einem anderen Unterkonto ruft SAP Task Center das Token jedes Benutzers vom Unterkonto von SAP Build Process Automation ab: Die Audience ist die entityID dieses Unterkontos und die Token Service URL die Location seines AssertionConsumerService mit dem URI-Binding, beide aus seinen SAML-Metadaten.</translation>
    </message>
    <message>
        <source>Opening tasks in SAP Build Process Automation</source>
        <translation>Aufgaben in SAP Build Process Automation öffnen</translation>
    </message>
    <message>
        <source>Optional: lets users open SAP Build Process Automation tasks from SAP Task Center without another launchpad.</source>
        <translation>Optional: Damit öffnen Benutzer Aufgaben von SAP Build Process Automation aus SAP Task Center ohne weiteres Launchpad.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;My Inbox&lt;/b&gt; in the SAP Build Process Automation Lobby and copy its address from your browser. Leave the field empty if you use SAP Build Process Automation on SAP Build Work Zone, standard edition.</source>
        <translation>Öffnen Sie &lt;b&gt;My Inbox&lt;/b&gt; in der SAP Build Process Automation Lobby und kopieren Sie die Adresse aus Ihrem Browser. Lassen Sie das Feld leer, wenn Sie SAP Build Process Automation auf SAP Build Work Zone, standard edition verwenden.</translation>
    </message>
    <message>
        <source>The destination&apos;s tc.task.ui.url is the address of My Inbox with inbox.html replaced by taskui.html. SAP says it is not needed if you use SAP Build Process Automation on SAP Build Work Zone, standard edition, and that custom themes are not supported for showing task UIs.</source>
        <translation>Die tc.task.ui.url der Destination ist die Adresse von My Inbox, in der inbox.html durch taskui.html ersetzt ist. Laut SAP ist sie nicht nötig, wenn Sie SAP Build Process Automation auf SAP Build Work Zone, standard edition verwenden, und eigene Themes werden für die Anzeige von Aufgaben-UIs nicht unterstützt.</translation>
    </message>
    <message>
        <source>Destination to SAP Build Process Automation</source>
        <translation>Destination zu SAP Build Process Automation</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for the same subaccount lists each property of this destination; the wizard writes them as its table says.</source>
        <translation>Die SAP-Anleitung für dasselbe Unterkonto führt jede Eigenschaft dieser Destination auf; der Assistent schreibt sie so, wie es ihre Tabelle angibt.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for a different subaccount lists each property of this destination; the wizard writes them as its table says.</source>
        <translation>Die SAP-Anleitung für ein anderes Unterkonto führt jede Eigenschaft dieser Destination auf; der Assistent schreibt sie so, wie es ihre Tabelle angibt.</translation>
    </message>
    <message>
        <source>The authentication server of SAP Build Process Automation does not accept the client ID or secret. Copy uaa &gt; clientid and uaa &gt; clientsecret again from the service key of the SAP Build Process Automation instance and apply again.</source>
        <translation>Der Authentifizierungsserver von SAP Build Process Automation akzeptiert die Client-ID oder das Secret nicht. Kopieren Sie uaa &gt; clientid und uaa &gt; clientsecret erneut aus dem Dienstschlüssel der Instanz von SAP Build Process Automation und wenden Sie erneut an.</translation>
    </message>
    <message>
        <source>Check that the Client Key, Token Service User and Token Service Password are uaa &gt; clientid and uaa &gt; clientsecret of one SAP Build Process Automation service key, and that the Audience and Token Service URL belong to the subaccount of SAP Build Process Automation. For another subaccount, check the trust between the subaccounts or the dependency in SAP Cloud Identity Services.</source>
        <translation>Prüfen Sie, ob Client Key, Token Service User und Token Service Password die Werte uaa &gt; clientid und uaa &gt; clientsecret aus ein und demselben Dienstschlüssel von SAP Build Process Automation sind und ob Audience und Token Service URL zum Unterkonto von SAP Build Process Automation gehören. Bei einem anderen Unterkonto prüfen Sie das Vertrauen zwischen den Unterkonten oder die Abhängigkeit in SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Build Process Automation. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Diese Destination hat keinen technischen Benutzer: Der Destination Service ruft mit ihr nur für einen angemeldeten Benutzer ein Token ab, und laut SAP zeigt Check Connection möglicherweise nicht an, ob SAP Task Center SAP Build Process Automation erreicht. Prüfen Sie den Konnektor im Monitoring von SAP Task Center, sobald die Destination gespeichert ist.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Build Process Automation system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro System von SAP Build Process Automation in einem Task Center nur eine Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s automatic setup creates the sample destinations SAPBuildPA (same subaccount) and SAPBuildPA_rem (another subaccount) without tc.enabled, which SAP Task Center needs. Keep the sample&apos;s name here to update it.</source>
        <translation>Die automatische Einrichtung von SAP Task Center legt die Beispiel-Destinations SAPBuildPA (selbes Unterkonto) und SAPBuildPA_rem (anderes Unterkonto) ohne tc.enabled an, das SAP Task Center braucht. Behalten Sie hier den Namen des Beispiels bei, um es zu aktualisieren.</translation>
    </message>
    <message>
        <source>The wizard does not set tc.notifications.enabled. SAP recommends leaving it false when SAP Build Process Automation sends its own notifications through the destination Alert_Notification_Connectivity_ANS; otherwise users may be notified twice.</source>
        <translation>Der Assistent setzt tc.notifications.enabled nicht. SAP empfiehlt, den Wert auf false zu lassen, wenn SAP Build Process Automation eigene Benachrichtigungen über die Destination Alert_Notification_Connectivity_ANS sendet; andernfalls werden Benutzer möglicherweise doppelt benachrichtigt.</translation>
    </message>
    <message>
        <source>Tasks from UiPath Action Center: one destination with the OAuth client UiPath gives you, after connecting UiPath to a new SAP Task Center service instance so that it pushes task updates.</source>
        <translation>Aufgaben aus UiPath Action Center: eine Destination mit dem OAuth-Client, den UiPath Ihnen gibt, nachdem UiPath mit einer neuen Instanz von SAP Task Center verbunden wurde, damit es Aufgabenänderungen überträgt.</translation>
    </message>
    <message>
        <source>Task SPI</source>
        <translation>Task SPI</translation>
    </message>
    <message>
        <source>The Task SPI address UiPath&apos;s guide gives you for SAP Task Center. It becomes the destination&apos;s URL, and SAP Task Center reads UiPath&apos;s tasks there.</source>
        <translation>Die Adresse der Task SPI, die die Anleitung von UiPath Ihnen für SAP Task Center nennt. Sie wird zur URL der Destination, und SAP Task Center liest dort die Aufgaben von UiPath.</translation>
    </message>
    <message>
        <source>This looks like the Service URL (it ends in orchestrator_), which belongs in the last field of this page. The Task SPI is the other address UiPath gives you; in SAP&apos;s example it ends in /orchestrator/api.</source>
        <translation>Das sieht nach der Service URL aus (sie endet auf orchestrator_), die in das letzte Feld dieser Seite gehört. Die Task SPI ist die andere Adresse, die UiPath Ihnen gibt; im SAP-Beispiel endet sie auf /orchestrator/api.</translation>
    </message>
    <message>
        <source>The Client Id UiPath gives you for SAP Task Center. The destination uses it as Client ID and as Token Service User.</source>
        <translation>Die Client Id, die UiPath Ihnen für SAP Task Center gibt. Die Destination verwendet sie als Client ID und als Token Service User.</translation>
    </message>
    <message>
        <source>The Client Secret that belongs to the client ID. The destination uses it as Client Secret and as Token Service Password. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Client Secret, das zur Client-ID gehört. Die Destination verwendet es als Client Secret und als Token Service Password. Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The Token Service URL UiPath gives you: where SAP Task Center fetches its token with the client ID and secret.</source>
        <translation>Die Token Service URL, die UiPath Ihnen gibt: Dort ruft SAP Task Center sein Token mit Client-ID und Secret ab.</translation>
    </message>
    <message>
        <source>In SAP&apos;s example, UiPath&apos;s Token Service URL ends in /identity_/connect/token. Check that you copied the Token Service URL and not another address.</source>
        <translation>Im SAP-Beispiel endet die Token Service URL von UiPath auf /identity_/connect/token. Prüfen Sie, ob Sie die Token Service URL kopiert haben und nicht eine andere Adresse.</translation>
    </message>
    <message>
        <source>Service URL (URL.headers.ServiceUrl)</source>
        <translation>Service-URL (URL.headers.ServiceUrl)</translation>
    </message>
    <message>
        <source>The value UiPath&apos;s guide lists as URL.headers.ServiceUrl. SAP&apos;s guide puts it into the destination property URL.headers.X-ApplicationKey, which SAP Task Center sends with every call to the Task SPI.</source>
        <translation>Der Wert, den die Anleitung von UiPath als URL.headers.ServiceUrl aufführt. Die SAP-Anleitung trägt ihn in die Destination-Eigenschaft URL.headers.X-ApplicationKey ein, die SAP Task Center bei jedem Aufruf der Task SPI mitsendet.</translation>
    </message>
    <message>
        <source>This looks like the Task SPI, which belongs in the first field of this page. The Service URL is the other address UiPath gives you; in SAP&apos;s example it ends in /orchestrator_.</source>
        <translation>Das sieht nach der Task SPI aus, die in das erste Feld dieser Seite gehört. Die Service URL ist die andere Adresse, die UiPath Ihnen gibt; im SAP-Beispiel endet sie auf /orchestrator_.</translation>
    </message>
    <message>
        <source>Prepare SAP Task Center for UiPath</source>
        <translation>SAP Task Center für UiPath vorbereiten</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next pages use what they give you.</source>
        <translation>Haken Sie jeden Schritt ab, sobald er erledigt ist; die nächsten Seiten verwenden, was Sie dabei erhalten.</translation>
    </message>
    <message>
        <source>SAP Task Center needs to know UiPath&apos;s users, and UiPath needs an SAP Task Center service instance of its own to push task updates to.</source>
        <translation>SAP Task Center muss die Benutzer von UiPath kennen, und UiPath braucht eine eigene Instanz von SAP Task Center, an die es Aufgabenänderungen überträgt.</translation>
    </message>
    <message>
        <source>SAP Task Center reads UiPath&apos;s tasks through the destination this wizard writes, and UiPath pushes changes to a separate SAP Task Center service instance. Both need the users in SAP Cloud Identity Services, set up as SAP&apos;s Third-Party Scenarios describe.</source>
        <translation>SAP Task Center liest die Aufgaben von UiPath über die Destination, die dieser Assistent schreibt, und UiPath überträgt Änderungen an eine separate Instanz von SAP Task Center. Für beides müssen die Benutzer in SAP Cloud Identity Services so eingerichtet sein, wie es die Third-Party Scenarios von SAP beschreiben.</translation>
    </message>
    <message>
        <source>The initial setup of SAP Task Center is complete, and you have followed the &lt;b&gt;Third-Party Scenarios&lt;/b&gt; of SAP Cloud Identity Services for UiPath&apos;s users.</source>
        <translation>Die Ersteinrichtung von SAP Task Center ist abgeschlossen, und Sie haben die &lt;b&gt;Third-Party Scenarios&lt;/b&gt; von SAP Cloud Identity Services für die Benutzer von UiPath befolgt.</translation>
    </message>
    <message>
        <source>You have created a &lt;b&gt;new SAP Task Center service instance&lt;/b&gt; for UiPath&apos;s task updates, and a &lt;b&gt;service key&lt;/b&gt; for it.</source>
        <translation>Sie haben eine &lt;b&gt;neue Instanz von SAP Task Center&lt;/b&gt; für die Aufgabenänderungen von UiPath angelegt und einen &lt;b&gt;Dienstschlüssel&lt;/b&gt; dafür.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit: your space &gt; Service Marketplace &gt; SAP Task Center &gt; Create; then the new instance &gt; Service Keys &gt; Create.</source>
        <translation>SAP BTP Cockpit: Ihr Space &gt; Service Marketplace &gt; SAP Task Center &gt; Create; dann die neue Instanz &gt; Service Keys &gt; Create.</translation>
    </message>
    <message>
        <source>Service key for UiPath&apos;s task updates</source>
        <translation>Dienstschlüssel für die Aufgabenänderungen von UiPath</translation>
    </message>
    <message>
        <source>Open the service key of the new service instance you created for UiPath, not the key of another instance: UiPath pushes its task updates with it.</source>
        <translation>Öffnen Sie den Dienstschlüssel der neuen Instanz, die Sie für UiPath angelegt haben, nicht den Schlüssel einer anderen Instanz: UiPath überträgt damit seine Aufgabenänderungen.</translation>
    </message>
    <message>
        <source>UiPath needs the key&apos;s endpoints.inbox_rest_url, uaa.url, uaa.clientid and uaa.clientsecret; the destination needs its uaa.clientid.</source>
        <translation>UiPath braucht aus dem Schlüssel endpoints.inbox_rest_url, uaa.url, uaa.clientid und uaa.clientsecret; die Destination braucht seine uaa.clientid.</translation>
    </message>
    <message>
        <source>The key&apos;s client secret goes into UiPath and is kept in this computer&apos;s keychain, never in a file. The key&apos;s uaa.clientid also becomes the destination&apos;s tc.clientId, which tells SAP Task Center that UiPath pushes its updates.</source>
        <translation>Das Client-Secret des Schlüssels kommt in UiPath und wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei. Die uaa.clientid des Schlüssels wird außerdem zur tc.clientId der Destination; daran erkennt SAP Task Center, dass UiPath seine Änderungen überträgt.</translation>
    </message>
    <message>
        <source>Connect UiPath Action Center to SAP Task Center</source>
        <translation>UiPath Action Center mit SAP Task Center verbinden</translation>
    </message>
    <message>
        <source>In UiPath: enable the push of task updates, and copy the values UiPath gives you for the destination.</source>
        <translation>In UiPath: die Übertragung von Aufgabenänderungen aktivieren und die Werte kopieren, die UiPath Ihnen für die Destination gibt.</translation>
    </message>
    <message>
        <source>Follow UiPath&apos;s guide &lt;b&gt;Connecting SAP Task Center to UiPath Action Center&lt;/b&gt;, section &lt;b&gt;Enabling the push of task updates&lt;/b&gt;. Where it asks for SAP Task Center&apos;s values, enter those below. Then copy the values it gives you for the destination into the fields under them.</source>
        <translation>Folgen Sie der Anleitung &lt;b&gt;Connecting SAP Task Center to UiPath Action Center&lt;/b&gt; von UiPath, Abschnitt &lt;b&gt;Enabling the push of task updates&lt;/b&gt;. Wo sie nach den Werten von SAP Task Center fragt, geben Sie die unten stehenden ein. Kopieren Sie dann die Werte, die sie Ihnen für die Destination gibt, in die Felder darunter.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks you to enable UiPath&apos;s pushed updates before you create the destination: with tc.clientId set and no updates pushed, tasks may not arrive from UiPath. UNCONFIRMED: the names UiPath&apos;s screens use for these values; SAP&apos;s guide names them as shown here.</source>
        <translation>Die SAP-Anleitung verlangt, dass Sie die Übertragung von Änderungen in UiPath aktivieren, bevor Sie die Destination anlegen: Ist tc.clientId gesetzt und werden keine Änderungen übertragen, kommen Aufgaben von UiPath möglicherweise nicht an. UNCONFIRMED: die Namen, die die Bildschirme von UiPath für diese Werte verwenden; die SAP-Anleitung nennt sie wie hier gezeigt.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s values for UiPath</source>
        <translation>Werte von SAP Task Center für UiPath</translation>
    </message>
    <message>
        <source>From the service key of the new service instance:</source>
        <translation>Aus dem Dienstschlüssel der neuen Instanz:</translation>
    </message>
    <message>
        <source>Inbox REST URL</source>
        <translation>Inbox-REST-URL</translation>
    </message>
    <message>
        <source>endpoints &gt; inbox_rest_url of the service key.</source>
        <translation>endpoints &gt; inbox_rest_url aus dem Dienstschlüssel.</translation>
    </message>
    <message>
        <source>Authentication URL</source>
        <translation>Authentifizierungs-URL</translation>
    </message>
    <message>
        <source>uaa &gt; url of the service key, as SAP&apos;s guide lists it.</source>
        <translation>uaa &gt; url aus dem Dienstschlüssel, wie die SAP-Anleitung es aufführt.</translation>
    </message>
    <message>
        <source>uaa &gt; clientid of the service key.</source>
        <translation>uaa &gt; clientid aus dem Dienstschlüssel.</translation>
    </message>
    <message>
        <source>uaa &gt; clientsecret of the service key.</source>
        <translation>uaa &gt; clientsecret aus dem Dienstschlüssel.</translation>
    </message>
    <message>
        <source>UiPath&apos;s values for the destination</source>
        <translation>Werte von UiPath für die Destination</translation>
    </message>
    <message>
        <source>UiPath&apos;s guide gives you these five values: Task SPI, Client Id, Client Secret, Token Service URL and URL.headers.ServiceUrl.</source>
        <translation>Die Anleitung von UiPath gibt Ihnen diese fünf Werte: Task SPI, Client Id, Client Secret, Token Service URL und URL.headers.ServiceUrl.</translation>
    </message>
    <message>
        <source>Destination to UiPath</source>
        <translation>Destination zu UiPath</translation>
    </message>
    <message>
        <source>One destination, as SAP&apos;s guide lists it.</source>
        <translation>Eine Destination, wie die SAP-Anleitung sie aufführt.</translation>
    </message>
    <message>
        <source>SAP Task Center fetches a token with UiPath&apos;s client ID and secret, with the scope OR.Tasks, and reads the tasks of UiPath Action Center with it.</source>
        <translation>SAP Task Center ruft mit Client-ID und Secret von UiPath ein Token mit dem Scope OR.Tasks ab und liest damit die Aufgaben von UiPath Action Center.</translation>
    </message>
    <message>
        <source>UiPath does not grant the scope OR.Tasks to this client. Check in UiPath that the client UiPath gave you for SAP Task Center has the scope OR.Tasks, and that the destination&apos;s tokenService.body.scope is OR.Tasks.</source>
        <translation>UiPath gewährt diesem Client den Scope OR.Tasks nicht. Prüfen Sie in UiPath, ob der Client, den UiPath Ihnen für SAP Task Center gegeben hat, den Scope OR.Tasks hat und ob tokenService.body.scope der Destination OR.Tasks ist.</translation>
    </message>
    <message>
        <source>UiPath does not accept the client ID or secret. Copy the Client Id and Client Secret again from what UiPath gave you for SAP Task Center, and apply again.</source>
        <translation>UiPath akzeptiert die Client-ID oder das Secret nicht. Kopieren Sie Client Id und Client Secret erneut aus dem, was UiPath Ihnen für SAP Task Center gegeben hat, und wenden Sie erneut an.</translation>
    </message>
    <message>
        <source>Check that the Token Service URL, Client Id and Client Secret are the ones UiPath gave you for SAP Task Center, and that the client still exists in UiPath.</source>
        <translation>Prüfen Sie, ob Token Service URL, Client Id und Client Secret die sind, die UiPath Ihnen für SAP Task Center gegeben hat, und ob der Client in UiPath noch existiert.</translation>
    </message>
    <message>
        <source>Create only one destination for each UiPath system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro System von UiPath in einem Task Center nur eine Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>tc.clientId is the uaa.clientid of the service key you opened. SAP says to set it only once UiPath pushes task updates to SAP Task Center; without them, tasks may not arrive from UiPath.</source>
        <translation>tc.clientId ist die uaa.clientid des geöffneten Dienstschlüssels. Laut SAP setzen Sie sie erst, wenn UiPath Aufgabenänderungen an SAP Task Center überträgt; ohne diese kommen Aufgaben von UiPath möglicherweise nicht an.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide names this property URL.headers.X-ApplicationKey and fills it with the value UiPath calls URL.headers.ServiceUrl, an address. The wizard writes it as SAP&apos;s table says. UNCONFIRMED: whether UiPath&apos;s guide expects a header of another name; if SAP Task Center&apos;s monitoring reports errors for UiPath, compare the header with UiPath&apos;s guide.</source>
        <translation>Die SAP-Anleitung nennt diese Eigenschaft URL.headers.X-ApplicationKey und füllt sie mit dem Wert, den UiPath URL.headers.ServiceUrl nennt, einer Adresse. Der Assistent schreibt sie so, wie es die Tabelle von SAP angibt. UNCONFIRMED: ob die Anleitung von UiPath einen Header mit anderem Namen erwartet; meldet das Monitoring von SAP Task Center Fehler für UiPath, vergleichen Sie den Header mit der Anleitung von UiPath.</translation>
    </message>
    <message>
        <source>SAP Task Center shows the translatable texts of UiPath&apos;s tasks and task definitions in English only.</source>
        <translation>SAP Task Center zeigt die übersetzbaren Texte der Aufgaben und Aufgabendefinitionen von UiPath nur auf Englisch an.</translation>
    </message>
    <message>
        <source>Tasks from SAP Build Work Zone, advanced edition or SAP SuccessFactors Work Zone in the same subaccount as SAP Task Center: one destination, the same for both products, with the values Work Zone gives for its integration with SAP Task Center.</source>
        <translation>Aufgaben aus SAP Build Work Zone, advanced edition oder SAP SuccessFactors Work Zone im selben Unterkonto wie SAP Task Center: eine Destination, für beide Produkte gleich, mit den Werten, die Work Zone für seine Integration mit SAP Task Center angibt.</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API-Endpunkt</translation>
    </message>
    <message>
        <source>The API endpoint Work Zone shows for its integration with SAP Task Center. The wizard appends /api/v2 to it for the destination&apos;s URL, as SAP&apos;s guide says; if you paste an address that already ends with /api/v2, it is used as it is.</source>
        <translation>Der API-Endpunkt, den Work Zone für seine Integration mit SAP Task Center anzeigt. Der Assistent hängt /api/v2 daran an, um die URL der Destination zu bilden, wie es die SAP-Anleitung beschreibt; wenn Sie eine Adresse einfügen, die bereits auf /api/v2 endet, wird sie unverändert verwendet.</translation>
    </message>
    <message>
        <source>This looks like the Token Service URL. The API endpoint is probably %1: check it in Work Zone.</source>
        <translation>Das sieht nach der Token Service URL aus. Der API-Endpunkt ist wahrscheinlich %1: Prüfen Sie das in Work Zone.</translation>
    </message>
    <message>
        <source>The Audience Work Zone shows for its integration with SAP Task Center. Copy it exactly, with the / at the end if Work Zone shows one.</source>
        <translation>Die Audience, die Work Zone für seine Integration mit SAP Task Center anzeigt. Kopieren Sie sie genau, mit dem / am Ende, falls Work Zone eines anzeigt.</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Client Key</translation>
    </message>
    <message>
        <source>The Client Key Work Zone shows for its integration with SAP Task Center.</source>
        <translation>Der Client Key, den Work Zone für seine Integration mit SAP Task Center anzeigt.</translation>
    </message>
    <message>
        <source>The Token Service URL Work Zone shows for its integration with SAP Task Center.</source>
        <translation>Die Token Service URL, die Work Zone für seine Integration mit SAP Task Center anzeigt.</translation>
    </message>
    <message>
        <source>Token Service User</source>
        <translation>Token Service User</translation>
    </message>
    <message>
        <source>The Token Service User Work Zone shows for its integration with SAP Task Center. In SAP&apos;s example it is the same as the Client Key, so the field is filled with the Client Key: change it if Work Zone shows another value.</source>
        <translation>Der Token Service User, den Work Zone für seine Integration mit SAP Task Center anzeigt. Im SAP-Beispiel ist er gleich dem Client Key, daher wird das Feld mit dem Client Key vorbelegt: Ändern Sie den Wert, wenn Work Zone einen anderen anzeigt.</translation>
    </message>
    <message>
        <source>Token Service Password</source>
        <translation>Token Service Password</translation>
    </message>
    <message>
        <source>The Token Service Password Work Zone shows for its integration with SAP Task Center. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Das Token Service Password, das Work Zone für seine Integration mit SAP Task Center anzeigt. Es wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Prepare Work Zone</source>
        <translation>Work Zone vorbereiten</translation>
    </message>
    <message>
        <source>The same steps serve SAP Build Work Zone, advanced edition and SAP SuccessFactors Work Zone.</source>
        <translation>Dieselben Schritte gelten für SAP Build Work Zone, advanced edition und SAP SuccessFactors Work Zone.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Build Work Zone, advanced edition or SAP SuccessFactors Work Zone for each user who is logged on, with the values Work Zone gives when you set up its integration with SAP Task Center. SAP&apos;s guide covers a Work Zone instance in the same subaccount as SAP Task Center.</source>
        <translation>SAP Task Center liest die Aufgaben von SAP Build Work Zone, advanced edition oder SAP SuccessFactors Work Zone für jeden angemeldeten Benutzer, mit den Werten, die Work Zone angibt, wenn Sie seine Integration mit SAP Task Center einrichten. Die SAP-Anleitung behandelt eine Instanz von Work Zone im selben Unterkonto wie SAP Task Center.</translation>
    </message>
    <message>
        <source>In Work Zone, you have done the steps of &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; and have its values at hand: API endpoint, Audience, Client Key, Token Service URL, Token Service User and Token Service Password.</source>
        <translation>In Work Zone haben Sie die Schritte von &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; ausgeführt und haben deren Werte zur Hand: API-Endpunkt, Audience, Client Key, Token Service URL, Token Service User und Token Service Password.</translation>
    </message>
    <message>
        <source>SAP Build Work Zone, advanced edition: Integration with SAP Task Center.</source>
        <translation>SAP Build Work Zone, advanced edition: Integration with SAP Task Center.</translation>
    </message>
    <message>
        <source>The Work Zone instance is in &lt;b&gt;this subaccount&lt;/b&gt;, the one of SAP Task Center.</source>
        <translation>Die Instanz von Work Zone ist in &lt;b&gt;diesem Unterkonto&lt;/b&gt;, dem von SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of this subaccount: Services &gt; Instances and Subscriptions.</source>
        <translation>SAP BTP Cockpit dieses Unterkontos: Services &gt; Instances and Subscriptions.</translation>
    </message>
    <message>
        <source>Only &lt;b&gt;one&lt;/b&gt; of the two products is connected to SAP Task Center in this subaccount: SAP does not support SAP Build Work Zone, advanced edition and SAP SuccessFactors Work Zone as task providers in the same subaccount.</source>
        <translation>Nur &lt;b&gt;eines&lt;/b&gt; der beiden Produkte ist in diesem Unterkonto mit SAP Task Center verbunden: SAP unterstützt SAP Build Work Zone, advanced edition und SAP SuccessFactors Work Zone nicht als Aufgabenanbieter im selben Unterkonto.</translation>
    </message>
    <message>
        <source>Work Zone&apos;s values for SAP Task Center</source>
        <translation>Werte von Work Zone für SAP Task Center</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches Work Zone, and where it gets each user&apos;s token.</source>
        <translation>Wo SAP Task Center Work Zone erreicht und wo es das Token jedes Benutzers abruft.</translation>
    </message>
    <message>
        <source>Enter the values Work Zone gave you in &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;. Copy each one exactly as Work Zone shows it.</source>
        <translation>Geben Sie die Werte ein, die Work Zone Ihnen in &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; gegeben hat. Kopieren Sie jeden genau so, wie Work Zone ihn anzeigt.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide takes the destination&apos;s URL from the API endpoint (followed by /api/v2) and every other value as Work Zone gives it. Where Work Zone shows these values is described in Work Zone&apos;s own guide, Integration with SAP Task Center.</source>
        <translation>Die SAP-Anleitung bildet die URL der Destination aus dem API-Endpunkt (gefolgt von /api/v2) und übernimmt jeden anderen Wert so, wie Work Zone ihn angibt. Wo Work Zone diese Werte anzeigt, beschreibt die eigene Anleitung von Work Zone, Integration with SAP Task Center.</translation>
    </message>
    <message>
        <source>Destination to Work Zone</source>
        <translation>Destination zu Work Zone</translation>
    </message>
    <message>
        <source>SAP&apos;s guide lists each property of this destination; the wizard writes them as the table says, for either product.</source>
        <translation>Die SAP-Anleitung führt jede Eigenschaft dieser Destination auf; der Assistent schreibt sie für beide Produkte so, wie es die Tabelle angibt.</translation>
    </message>
    <message>
        <source>Check that the Audience, Client Key, Token Service URL, Token Service User and Token Service Password are still the values Work Zone shows for its integration with SAP Task Center, and that users log on to SAP Task Center and Work Zone through the same Identity Authentication tenant (SAP BTP Integration Scenario).</source>
        <translation>Prüfen Sie, ob Audience, Client Key, Token Service URL, Token Service User und Token Service Password noch die Werte sind, die Work Zone für seine Integration mit SAP Task Center anzeigt, und ob sich die Benutzer bei SAP Task Center und Work Zone über denselben Tenant von Identity Authentication anmelden (SAP BTP Integration Scenario).</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches Work Zone. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Diese Destination hat keinen technischen Benutzer: Der Destination Service ruft mit ihr nur für einen angemeldeten Benutzer ein Token ab, und laut SAP zeigt Check Connection möglicherweise nicht an, ob SAP Task Center Work Zone erreicht. Prüfen Sie den Konnektor im Monitoring von SAP Task Center, sobald die Destination gespeichert ist.</translation>
    </message>
    <message>
        <source>Create only one destination for each Work Zone system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Legen Sie pro System von Work Zone in einem Task Center nur eine Destination an; mit einer zweiten erhält jeder Benutzer jede Aufgabe doppelt.</translation>
    </message>
    <message>
        <source>In this subaccount</source>
        <translation>In diesem Unterkonto</translation>
    </message>
    <message>
        <source>In a different subaccount</source>
        <translation>In einem anderen Unterkonto</translation>
    </message>
    <message>
        <source>In another subaccount, with SAML trust</source>
        <translation>In einem anderen Unterkonto, mit SAML-Vertrauen</translation>
    </message>
    <message>
        <source>In another subaccount, with an Identity Authentication dependency</source>
        <translation>In einem anderen Unterkonto, mit einer Abhängigkeit in Identity Authentication</translation>
    </message>
    <message>
        <source>outbound.p12 is the file S/4HANA Cloud uses to reach SAP Task Center (made from the service key with certificate). The destination needs the other key store, the one SAP&apos;s guide calls inbound.p12.</source>
        <translation>outbound.p12 ist die Datei, mit der S/4HANA Cloud SAP Task Center erreicht (aus dem Dienstschlüssel mit Zertifikat erstellt). Die Destination braucht den anderen Keystore, den die SAP-Anleitung inbound.p12 nennt.</translation>
    </message>
    <message>
        <source>Token Service Key Store Password</source>
        <translation>Token Service Key Store Password</translation>
    </message>
    <message>
        <source>Client ID of the service key with certificate (uaa.clientid)</source>
        <translation>Client-ID des Dienstschlüssels mit Zertifikat (uaa.clientid)</translation>
    </message>
    <message>
        <source>The uaa &gt; clientid of the service key with certificate you created for the dedicated SAP Task Center instance. It becomes the destination&apos;s tc.clientId, which lets S/4HANA Cloud push task updates to SAP Task Center. SAP says to set it only once you have completed Integrating SAP Task Center in S/4HANA Cloud; otherwise tasks may not arrive.</source>
        <translation>Die uaa &gt; clientid des Dienstschlüssels mit Zertifikat, den Sie für die eigene Instanz von SAP Task Center angelegt haben. Sie wird zur tc.clientId der Destination, mit der S/4HANA Cloud Aufgabenänderungen an SAP Task Center übertragen kann. Laut SAP setzen Sie sie erst, wenn Sie Integrating SAP Task Center in S/4HANA Cloud abgeschlossen haben; sonst kommen Aufgaben möglicherweise nicht an.</translation>
    </message>
    <message>
        <source>By hand, with certificates instead of a password (mTLS)</source>
        <translation>Manuell, mit Zertifikaten statt Passwort (mTLS)</translation>
    </message>
    <message>
        <source>Choose this when SAP Task Center should get its tokens from S/4HANA Cloud with a client certificate (mTLS) instead of a communication user&apos;s password, as SAP&apos;s section &quot;Connect SAP S/4HANA Cloud Public Edition and SAP Task Center Using mTLS&quot; describes. You need a service key with a certificate for a dedicated SAP Task Center instance, and a .p12 key store with its password. You set up the communication system and arrangement in S/4HANA Cloud with these certificates, and the wizard writes the destination.</source>
        <translation>Wählen Sie dies, wenn SAP Task Center seine Token von S/4HANA Cloud mit einem Clientzertifikat (mTLS) statt mit dem Passwort eines Kommunikationsbenutzers abrufen soll, wie es der SAP-Abschnitt „Connect SAP S/4HANA Cloud Public Edition and SAP Task Center Using mTLS“ beschreibt. Sie brauchen einen Dienstschlüssel mit Zertifikat für eine eigene Instanz von SAP Task Center sowie einen .p12-Keystore und sein Passwort. Sie richten in S/4HANA Cloud mit diesen Zertifikaten das Kommunikationssystem und die Kommunikationsvereinbarung ein, und der Assistent schreibt die Destination.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining steps for S/4HANA Cloud with mTLS&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Check the connection&lt;/b&gt; with the &lt;b&gt;monitoring&lt;/b&gt; of SAP Task Center: SAP says Check Connection in the destination may not tell whether SAP Task Center reaches SAP S/4HANA Cloud.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The Task Center app for your users:&lt;/b&gt; in the launchpad your users open (SAP Build Work Zone or another central entry point), create a &lt;b&gt;Task Center&lt;/b&gt; tile and activate the site&apos;s languages, as SAP&apos;s guide &quot;Create a Task Center Tile&quot; says. It uses the destination &lt;i&gt;Task_Center&lt;/i&gt; of this subaccount.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users in S/4HANA Cloud:&lt;/b&gt; each approver&apos;s business user needs a &lt;b&gt;Global User ID&lt;/b&gt; equal to the &lt;b&gt;User UUID&lt;/b&gt; of the same user in SAP Cloud Identity Services (copy it by hand to try it out, or replicate the users with Identity Provisioning, communication scenario SAP_COM_0193). Without it, the tasks reach SAP Task Center but appear in nobody&apos;s list.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Certificates expire:&lt;/b&gt; the certificate of the service key, which outbound.p12 holds, is valid for at most one year (SAP). Note when it and the certificate of inbound.p12 expire.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die restlichen Schritte der SAP-Anleitung für S/4HANA Cloud mit mTLS&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Prüfen Sie die Verbindung&lt;/b&gt; im &lt;b&gt;Monitoring&lt;/b&gt; von SAP Task Center: Laut SAP zeigt Check Connection in der Destination möglicherweise nicht an, ob SAP Task Center SAP S/4HANA Cloud erreicht.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Die Task-Center-App für Ihre Benutzer:&lt;/b&gt; Legen Sie in dem Launchpad, das Ihre Benutzer öffnen (SAP Build Work Zone oder ein anderer zentraler Einstiegspunkt), eine Kachel &lt;b&gt;Task Center&lt;/b&gt; an und aktivieren Sie die Sprachen der Site, wie es die SAP-Anleitung „Create a Task Center Tile“ beschreibt. Die Kachel verwendet die Destination &lt;i&gt;Task_Center&lt;/i&gt; dieses Unterkontos.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Benutzer in S/4HANA Cloud:&lt;/b&gt; Der Geschäftsbenutzer jedes Genehmigenden braucht eine &lt;b&gt;Global User ID&lt;/b&gt;, die der &lt;b&gt;User UUID&lt;/b&gt; desselben Benutzers in SAP Cloud Identity Services entspricht (kopieren Sie sie zum Ausprobieren von Hand, oder replizieren Sie die Benutzer mit Identity Provisioning, Kommunikationsszenario SAP_COM_0193). Ohne sie erreichen die Aufgaben SAP Task Center, erscheinen aber bei niemandem in der Liste.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zertifikate laufen ab:&lt;/b&gt; Das Zertifikat des Dienstschlüssels, das outbound.p12 enthält, ist höchstens ein Jahr gültig (SAP). Notieren Sie, wann es und das Zertifikat von inbound.p12 ablaufen.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Create a service key with a certificate</source>
        <translation>Dienstschlüssel mit Zertifikat anlegen</translation>
    </message>
    <message>
        <source>A dedicated SAP Task Center instance whose service key has a certificate, and the file outbound.p12 made from it for S/4HANA Cloud.</source>
        <translation>Eine eigene Instanz von SAP Task Center, deren Dienstschlüssel ein Zertifikat hat, und die daraus erstellte Datei outbound.p12 für S/4HANA Cloud.</translation>
    </message>
    <message>
        <source>In this subaccount, where your SAP Task Center instance was created, create a dedicated SAP Task Center service instance and a service key &lt;b&gt;with certificate&lt;/b&gt; for it. Then make outbound.p12 from the key, as below.</source>
        <translation>Legen Sie in diesem Unterkonto, in dem Ihre Instanz von SAP Task Center angelegt wurde, eine eigene Instanz von SAP Task Center und dafür einen Dienstschlüssel &lt;b&gt;mit Zertifikat&lt;/b&gt; an. Erstellen Sie dann aus dem Schlüssel die Datei outbound.p12, wie unten beschrieben.</translation>
    </message>
    <message>
        <source>S/4HANA Cloud pushes task updates to SAP Task Center with the certificate of this key instead of a client secret. SAP&apos;s guide &quot;Create a Service Instance Using the SAP BTP Cockpit&quot; gives the parameters below; the certificate is valid for at most one year. The wizard does not read this key: you copy its client ID on a later page.</source>
        <translation>S/4HANA Cloud überträgt Aufgabenänderungen mit dem Zertifikat dieses Schlüssels statt mit einem Client-Secret an SAP Task Center. Die SAP-Anleitung „Create a Service Instance Using the SAP BTP Cockpit“ nennt die Parameter unten; das Zertifikat ist höchstens ein Jahr gültig. Der Assistent liest diesen Schlüssel nicht: Sie kopieren seine Client-ID auf einer späteren Seite.</translation>
    </message>
    <message>
        <source>Service key with certificate</source>
        <translation>Dienstschlüssel mit Zertifikat</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Instances&lt;/b&gt; page, open the &lt;b&gt;Actions&lt;/b&gt; menu of the new instance, choose &lt;b&gt;Create Service Key&lt;/b&gt;, enter a name and these parameters in JSON format, and choose &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>Öffnen Sie auf der Seite &lt;b&gt;Instances&lt;/b&gt; das Menü &lt;b&gt;Actions&lt;/b&gt; der neuen Instanz, wählen Sie &lt;b&gt;Create Service Key&lt;/b&gt;, geben Sie einen Namen und diese Parameter im JSON-Format ein und wählen Sie &lt;b&gt;Create&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>Parameter (JSON)</translation>
    </message>
    <message>
        <source>SAP&apos;s sample: a certificate valid for one year, the longest SAP allows.</source>
        <translation>Das SAP-Beispiel: ein Zertifikat mit einem Jahr Gültigkeit, dem Maximum, das SAP zulässt.</translation>
    </message>
    <message>
        <source>outbound.p12 for S/4HANA Cloud</source>
        <translation>outbound.p12 für S/4HANA Cloud</translation>
    </message>
    <message>
        <source>Open the JSON of the service key. Copy the value of &lt;b&gt;uaa &amp;gt; certificate&lt;/b&gt;, without the quotation marks, into a new text file, and append the value of &lt;b&gt;uaa &amp;gt; key&lt;/b&gt;, without the quotation marks. Replace every \n with a line feed: the file then holds the certificates (BEGIN CERTIFICATE … END CERTIFICATE) followed by the private key (BEGIN RSA PRIVATE KEY … END RSA PRIVATE KEY). Save it as outbound.p12.</source>
        <translation>Öffnen Sie das JSON des Dienstschlüssels. Kopieren Sie den Wert von &lt;b&gt;uaa &amp;gt; certificate&lt;/b&gt; ohne die Anführungszeichen in eine neue Textdatei und hängen Sie den Wert von &lt;b&gt;uaa &amp;gt; key&lt;/b&gt; ohne die Anführungszeichen an. Ersetzen Sie jedes 
 durch einen Zeilenumbruch: Die Datei enthält dann die Zertifikate (BEGIN CERTIFICATE … END CERTIFICATE), gefolgt vom privaten Schlüssel (BEGIN RSA PRIVATE KEY … END RSA PRIVATE KEY). Speichern Sie sie als outbound.p12.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>SAP&apos;s name for it: S/4HANA Cloud uses it to reach SAP Task Center (Users for Outbound Communication).</source>
        <translation>So nennt SAP die Datei: S/4HANA Cloud erreicht damit SAP Task Center (Users for Outbound Communication).</translation>
    </message>
    <message>
        <source>The key store for S/4HANA Cloud&apos;s token service</source>
        <translation>Der Keystore für den Token-Service von S/4HANA Cloud</translation>
    </message>
    <message>
        <source>The .p12 file with the certificate SAP Task Center gets its tokens from S/4HANA Cloud with (SAP calls it inbound.p12), and its password.</source>
        <translation>Die .p12-Datei mit dem Zertifikat, mit dem SAP Task Center seine Token von S/4HANA Cloud abruft (SAP nennt sie inbound.p12), und ihr Passwort.</translation>
    </message>
    <message>
        <source>The destination names this key store in tokenService.KeyStoreLocation and unlocks it with tokenService.KeyStorePassword (the cockpit&apos;s Token Service Key Store Location and Token Service Key Store Password). SAP&apos;s guide also asks you to select Use mTLS for token retrieval. UNCONFIRMED: SAP names no property for that checkbox; SAP BTP Connectivity says the Destination service uses mTLS towards the token service whenever tokenService.KeyStoreLocation is set, so the wizard writes only that property. If the cockpit shows the checkbox cleared, select it and save.</source>
        <translation>Die Destination nennt diesen Keystore in tokenService.KeyStoreLocation und entsperrt ihn mit tokenService.KeyStorePassword (im Cockpit Token Service Key Store Location und Token Service Key Store Password). Die SAP-Anleitung verlangt außerdem, Use mTLS for token retrieval auszuwählen. UNCONFIRMED: SAP nennt keine Eigenschaft für dieses Kontrollkästchen; laut SAP BTP Connectivity verwendet der Destination Service gegenüber dem Token-Service immer dann mTLS, wenn tokenService.KeyStoreLocation gesetzt ist, daher schreibt der Assistent nur diese Eigenschaft. Zeigt das Cockpit das Kontrollkästchen als nicht ausgewählt an, wählen Sie es aus und speichern Sie.</translation>
    </message>
    <message>
        <source>Integrate SAP Task Center in S/4HANA Cloud using mTLS</source>
        <translation>SAP Task Center mit mTLS in S/4HANA Cloud integrieren</translation>
    </message>
    <message>
        <source>The communication system with both certificates, the communication arrangement, and the values it gives back for the destination.</source>
        <translation>Das Kommunikationssystem mit beiden Zertifikaten, die Kommunikationsvereinbarung und die Werte, die sie für die Destination zurückgibt.</translation>
    </message>
    <message>
        <source>In SAP S/4HANA Cloud, perform the steps of &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: use inbound.p12 for the communication system&apos;s &lt;b&gt;Users for Inbound Communication&lt;/b&gt; and outbound.p12 for its &lt;b&gt;Users for Outbound Communication&lt;/b&gt;, and create the communication arrangement as &lt;b&gt;Create a Communication Arrangement Using mTLS&lt;/b&gt; describes. Then enter the values below.</source>
        <translation>Führen Sie in SAP S/4HANA Cloud die Schritte von &lt;b&gt;Integrating SAP Task Center&lt;/b&gt; aus: Verwenden Sie inbound.p12 für &lt;b&gt;Users for Inbound Communication&lt;/b&gt; des Kommunikationssystems und outbound.p12 für seine &lt;b&gt;Users for Outbound Communication&lt;/b&gt;, und legen Sie die Kommunikationsvereinbarung so an, wie es &lt;b&gt;Create a Communication Arrangement Using mTLS&lt;/b&gt; beschreibt. Geben Sie dann die Werte unten ein.</translation>
    </message>
    <message>
        <source>SAP&apos;s mTLS section asks you to download the subaccount&apos;s trust certificate and then to follow Integrating SAP Task Center in SAP S/4HANA Cloud&apos;s documentation; it names the values the destination needs, which this page asks for. SAP&apos;s page on credentials rotation says S/4HANA Cloud&apos;s communication system holds the trust certificate.</source>
        <translation>Der mTLS-Abschnitt von SAP verlangt, das Vertrauenszertifikat des Unterkontos herunterzuladen und dann Integrating SAP Task Center in der Dokumentation von SAP S/4HANA Cloud zu folgen; dort stehen die Werte, die die Destination braucht und nach denen diese Seite fragt. Laut der SAP-Seite zur Rotation von Zugangsdaten enthält das Kommunikationssystem von S/4HANA Cloud das Vertrauenszertifikat.</translation>
    </message>
    <message>
        <source>UNCONFIRMED for mTLS: SAP&apos;s mTLS section does not list the communication system&apos;s fields. SAP&apos;s sample sets the values below on the way with a password; use them unless Integrating SAP Task Center says otherwise.</source>
        <translation>UNCONFIRMED für mTLS: Der mTLS-Abschnitt von SAP führt die Felder des Kommunikationssystems nicht auf. Das SAP-Beispiel setzt die Werte unten auf dem Weg mit Passwort; verwenden Sie sie, sofern Integrating SAP Task Center nichts anderes angibt.</translation>
    </message>
    <message>
        <source>SAP: use this key store (inbound.p12) when you set up Users for Inbound Communication.</source>
        <translation>SAP: Verwenden Sie diesen Keystore (inbound.p12), wenn Sie Users for Inbound Communication einrichten.</translation>
    </message>
    <message>
        <source>Users for Outbound Communication</source>
        <translation>Users for Outbound Communication</translation>
    </message>
    <message>
        <source>SAP: use outbound.p12, made from the service key with certificate, when you set up Users for Outbound Communication.</source>
        <translation>SAP: Verwenden Sie outbound.p12, erstellt aus dem Dienstschlüssel mit Zertifikat, wenn Sie Users for Outbound Communication einrichten.</translation>
    </message>
    <message>
        <source>Copy these from the saved arrangement: the service URL of its inbound service, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL. Then the uaa &amp;gt; clientid of the service key with certificate.</source>
        <translation>Kopieren Sie diese aus der gespeicherten Kommunikationsvereinbarung: die Service-URL ihres eingehenden Service und aus &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; die Werte SAML2 Audience, Client ID und Token Service URL. Kopieren Sie dann die uaa &amp;gt; clientid des Dienstschlüssels mit Zertifikat.</translation>
    </message>
    <message>
        <source>The Destination service cannot use the key store for S/4HANA Cloud&apos;s token service. Check that the file is uploaded to this subaccount&apos;s destination certificates under exactly the name in tokenService.KeyStoreLocation, including its extension, that tokenService.KeyStorePassword is its password, and that S/4HANA Cloud&apos;s communication system accepts its certificate (Users for Inbound Communication).</source>
        <translation>Der Destination Service kann den Keystore für den Token-Service von S/4HANA Cloud nicht verwenden. Prüfen Sie, ob die Datei unter genau dem Namen in tokenService.KeyStoreLocation, einschließlich Endung, zu den Destination-Zertifikaten dieses Unterkontos hochgeladen ist, ob tokenService.KeyStorePassword ihr Passwort ist und ob das Kommunikationssystem von S/4HANA Cloud sein Zertifikat akzeptiert (Users for Inbound Communication).</translation>
    </message>
    <message>
        <source>Key store (.p12 file)</source>
        <translation>Keystore (.p12-Datei)</translation>
    </message>
    <message>
        <source>The key store (.p12) with the client certificate for SAP Cloud for Customer. The primary destination names it by its file name in KeyStoreLocation. SAP&apos;s guide uses c4c.p12 as an example.</source>
        <translation>Der Keystore (.p12) mit dem Clientzertifikat für SAP Cloud for Customer. Die primäre Destination nennt ihn mit seinem Dateinamen in KeyStoreLocation. Die SAP-Anleitung verwendet c4c.p12 als Beispiel.</translation>
    </message>
    <message>
        <source>The key store&apos;s file name must end in .p12, .pfx or .jks and hold only letters, digits, dots, _ and - (for example c4c.p12): the subaccount lists it under that name. Rename the file if needed.</source>
        <translation>Der Dateiname des Keystores muss auf .p12, .pfx oder .jks enden und darf nur Buchstaben, Ziffern, Punkte, _ und - enthalten (zum Beispiel c4c.p12): Das Unterkonto führt ihn unter diesem Namen. Benennen Sie die Datei bei Bedarf um.</translation>
    </message>
    <message>
        <source>Use the .p12 certificate you already have for SAP Cloud for Customer (its guide &quot;Using Client Certificate Authentication&quot; explains how to extract it): choose the file on this computer, and when the wizard writes the destinations into the subaccount, it uploads the file to the subaccount&apos;s destination certificates under its file name. If you generated the key store under the subaccount&apos;s destination certificates instead, enter its name as the list shows it. When you save the destinations as files for the cockpit instead, upload the key store yourself under Connectivity &amp;gt; Destination Certificates.</source>
        <translation>Verwenden Sie das .p12-Zertifikat, das Sie bereits für SAP Cloud for Customer haben (wie Sie es extrahieren, erklärt die Anleitung „Using Client Certificate Authentication“ von SAP Cloud for Customer): Wählen Sie die Datei auf diesem Computer aus; wenn der Assistent die Destinations in das Unterkonto schreibt, lädt er die Datei unter ihrem Dateinamen zu den Destination-Zertifikaten des Unterkontos hoch. Wenn Sie den Keystore stattdessen unter den Destination-Zertifikaten des Unterkontos generiert haben, geben Sie seinen Namen so ein, wie die Liste ihn zeigt. Wenn Sie die Destinations stattdessen als Dateien für das Cockpit speichern, laden Sie den Keystore selbst unter Connectivity &amp;gt; Destination Certificates hoch.</translation>
    </message>
    <message>
        <source>The primary destination names the key store by its file name (KeyStoreLocation) and unlocks it with its password (KeyStorePassword). The Destination service finds the file only among this subaccount&apos;s destination certificates under exactly that name: the wizard uploads the file you choose there before it writes the destinations, and does not write them when it cannot.</source>
        <translation>Die primäre Destination nennt den Keystore mit seinem Dateinamen (KeyStoreLocation) und entsperrt ihn mit seinem Passwort (KeyStorePassword). Der Destination Service findet die Datei nur unter den Destination-Zertifikaten dieses Unterkontos, und zwar unter genau diesem Namen: Der Assistent lädt die ausgewählte Datei dorthin hoch, bevor er die Destinations schreibt, und schreibt sie nicht, wenn das nicht gelingt.</translation>
    </message>
    <message>
        <source>Token Service Key Store (.p12 file)</source>
        <translation>Token Service Key Store (.p12-Datei)</translation>
    </message>
    <message>
        <source>The key store (.p12) with the client certificate SAP Task Center gets its tokens from S/4HANA Cloud with; SAP&apos;s guide calls it inbound.p12. The destination names it by its file name in tokenService.KeyStoreLocation.</source>
        <translation>Der Keystore (.p12) mit dem Clientzertifikat, mit dem SAP Task Center seine Token von S/4HANA Cloud abruft; die SAP-Anleitung nennt ihn inbound.p12. Die Destination nennt ihn mit seinem Dateinamen in tokenService.KeyStoreLocation.</translation>
    </message>
    <message>
        <source>The key store&apos;s file name must end in .p12, .pfx or .jks and hold only letters, digits, dots, _ and - (for example inbound.p12): the subaccount lists it under that name. Rename the file if needed.</source>
        <translation>Der Dateiname des Keystores muss auf .p12, .pfx oder .jks enden und darf nur Buchstaben, Ziffern, Punkte, _ und - enthalten (zum Beispiel inbound.p12): Das Unterkonto führt ihn unter diesem Namen. Benennen Sie die Datei bei Bedarf um.</translation>
    </message>
    <message>
        <source>Choose the .p12 file on this computer: when the wizard writes the destination into the subaccount, it uploads the file to the subaccount&apos;s destination certificates under its file name. If you generated the key store under the subaccount&apos;s destination certificates instead, enter its name as the list shows it; S/4HANA Cloud needs the file too, so download it with the Destination service REST API, as SAP&apos;s guide &quot;Use Destination Certificates&quot; says. When you save the destination as files for the cockpit instead, upload the key store yourself under Connectivity &amp;gt; Destination Certificates.</source>
        <translation>Wählen Sie die .p12-Datei auf diesem Computer aus: Wenn der Assistent die Destination in das Unterkonto schreibt, lädt er die Datei unter ihrem Dateinamen zu den Destination-Zertifikaten des Unterkontos hoch. Wenn Sie den Keystore stattdessen unter den Destination-Zertifikaten des Unterkontos generiert haben, geben Sie seinen Namen so ein, wie die Liste ihn zeigt; S/4HANA Cloud braucht die Datei ebenfalls, laden Sie sie daher mit der REST-API des Destination Service herunter, wie es die SAP-Anleitung „Use Destination Certificates“ beschreibt. Wenn Sie die Destination stattdessen als Dateien für das Cockpit speichern, laden Sie den Keystore selbst unter Connectivity &amp;gt; Destination Certificates hoch.</translation>
    </message>
    <message>
        <source>The key of the dedicated SAP Task Center instance: the communication arrangement takes its address and OAuth client, the destination its client ID.</source>
        <translation>Der Schlüssel der eigenen Instanz von SAP Task Center: Die Kommunikationsvereinbarung nimmt seine Adresse und seinen OAuth-Client, die Destination seine Client-ID.</translation>
    </message>
    <message>
        <source>SAP asks for a dedicated SAP Task Center service instance in this subaccount for S/4HANA Cloud. Its key gives the communication arrangement SAP Task Center&apos;s address, OAuth client and client secret, and the destination names its client ID in tc.clientId, which lets S/4HANA Cloud push task updates.</source>
        <translation>SAP verlangt in diesem Unterkonto eine eigene Dienstinstanz von SAP Task Center für S/4HANA Cloud. Ihr Schlüssel gibt der Kommunikationsvereinbarung Adresse, OAuth-Client und Client-Secret von SAP Task Center, und die Destination nennt seine Client-ID in tc.clientId, damit S/4HANA Cloud Aufgabenaktualisierungen senden kann.</translation>
    </message>
</context>
<context>
    <name>ProviderTypeMissing</name>
    <message>
        <source>%1 has no tc.provider_type: SAP Task Center cannot tell which task provider it reaches.</source>
        <translation>%1 hat kein tc.provider_type: SAP Task Center kann nicht erkennen, welchen Aufgabenanbieter sie erreicht.</translation>
    </message>
    <message>
        <source>Add tc.provider_type with the value SAP&apos;s guide for the provider gives (%1, …).</source>
        <translation>Fügen Sie tc.provider_type mit dem Wert hinzu, den die SAP-Anleitung für den Anbieter angibt (%1, …).</translation>
    </message>
    <message>
        <source>Add tc.provider_type with the value %1, as on %2.</source>
        <translation>Fügen Sie tc.provider_type mit dem Wert %1 hinzu, wie bei %2.</translation>
    </message>
</context>
<context>
    <name>RecommendationsAuthentication</name>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP&apos;s guide for Intelligent Recommendations asks for OAuth2ClientCredentials with the client of SAP Build Process Automation&apos;s service key.</source>
        <translation>%1 verwendet die Authentifizierung „%2“; die SAP-Anleitung für Intelligent Recommendations verlangt OAuth2ClientCredentials mit dem Client aus dem Dienstschlüssel von SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>Set Authentication to OAuth2ClientCredentials.</source>
        <translation>Setzen Sie Authentication auf OAuth2ClientCredentials.</translation>
    </message>
</context>
<context>
    <name>RecommendationsDynamicDestination</name>
    <message>
        <source>%1 lacks HTML5.DynamicDestination=true, which SAP&apos;s guide for Intelligent Recommendations asks for.</source>
        <translation>%1 fehlt HTML5.DynamicDestination=true, das die SAP-Anleitung für Intelligent Recommendations verlangt.</translation>
    </message>
    <message>
        <source>Add the property HTML5.DynamicDestination with the value true.</source>
        <translation>Fügen Sie die Eigenschaft HTML5.DynamicDestination mit dem Wert true hinzu.</translation>
    </message>
</context>
<context>
    <name>RecommendationsPrimaryMissing</name>
    <message>
        <source>%1 looks like an Intelligent Recommendations destination, but there is no primary destination %2: SAP Task Center finds it by the primary&apos;s name followed by _AI.</source>
        <translation>%1 sieht nach einer Destination für Intelligent Recommendations aus, aber die primäre Destination %2 ist nicht vorhanden: SAP Task Center findet sie über den Namen der primären Destination, gefolgt von _AI.</translation>
    </message>
    <message>
        <source>Rename %1 to the name of its SAP Build Process Automation primary destination followed by _AI.</source>
        <translation>Benennen Sie %1 um in den Namen ihrer primären Destination für SAP Build Process Automation, gefolgt von _AI.</translation>
    </message>
</context>
<context>
    <name>RecommendationsTcEnabled</name>
    <message>
        <source>%1 is the Intelligent Recommendations destination, not a task provider, but it carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation>%1 ist die Destination für Intelligent Recommendations, kein Aufgabenanbieter, enthält aber tc.enabled: SAP Task Center würde sie als weitere primäre Destination lesen.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation>Entfernen Sie tc.enabled aus %1.</translation>
    </message>
</context>
<context>
    <name>RecommendationsUrlOutdated</name>
    <message>
        <source>The URL of %1 is &quot;%2&quot;. Since July 2025 SAP&apos;s guide asks for SAP Build Process Automation&apos;s API endpoint followed by %3; a destination made before must be changed.</source>
        <translation>Die URL von %1 ist „%2“. Seit Juli 2025 verlangt die SAP-Anleitung den API-Endpunkt von SAP Build Process Automation, gefolgt von %3; eine zuvor angelegte Destination muss geändert werden.</translation>
    </message>
    <message>
        <source>Set the URL to the endpoints &gt; api value of the service key followed by %1.</source>
        <translation>Setzen Sie die URL auf den Wert endpoints &gt; api aus dem Dienstschlüssel, gefolgt von %1.</translation>
    </message>
    <message>
        <source>Set the URL to %1.</source>
        <translation>Setzen Sie die URL auf %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Erneut lesen</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check what will change, then choose Apply.</source>
        <translation>Noch wurde nichts geschrieben. Prüfen Sie, was sich ändert, und wählen Sie dann „Anwenden“.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Destination or property</source>
        <translation>Destination oder Eigenschaft</translation>
    </message>
    <message>
        <source>Now in the subaccount</source>
        <translation>Jetzt im Unterkonto</translation>
    </message>
    <message>
        <source>After applying</source>
        <translation>Nach dem Anwenden</translation>
    </message>
    <message>
        <source>Changes to the subaccount</source>
        <translation>Änderungen am Unterkonto</translation>
    </message>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>Die Destinations von „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>Nothing was written. Choose &quot;Read again&quot; when the problem is solved.</source>
        <translation>Es wurde nichts geschrieben. Wählen Sie „Erneut lesen“, wenn das Problem behoben ist.</translation>
    </message>
    <message>
        <source>The subaccount already has a primary destination to the same system: %1. Two primary destinations to one system give every user each task twice. After applying, delete the old one in the SAP BTP cockpit (or set its tc.enabled to false).</source>
        <translation>Das Unterkonto hat bereits eine primäre Destination zum selben System: %1. Mit zwei primären Destinations zu einem System erhält jeder Benutzer jede Aufgabe doppelt. Löschen Sie nach dem Anwenden die alte im SAP BTP Cockpit (oder setzen Sie ihr tc.enabled auf false).</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>will be created</source>
        <translation>wird angelegt</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>will be updated (%n change(s))</source>
        <translation>
            <numerusform>wird aktualisiert (%n Änderung)</numerusform>
            <numerusform>wird aktualisiert (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged. Choose Apply to write them.</source>
        <translation>%1 anzulegen, %2 zu aktualisieren, %3 unverändert. Wählen Sie „Anwenden“, um sie zu schreiben.</translation>
    </message>
    <message>
        <source>To keep the existing destinations as they are, go Back to the primary destination step and choose another name.</source>
        <translation>Um die vorhandenen Destinations unverändert zu lassen, gehen Sie mit „Zurück“ zum Schritt der primären Destination und wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The wizard compares the destinations with what &quot;%1&quot; holds now.</source>
        <translation>Der Assistent vergleicht die Destinations mit dem, was „%1“ jetzt enthält.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds the destinations exactly like this. Applying writes nothing.</source>
        <translation>„%1“ enthält die Destinations bereits genau so. Beim Anwenden wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Applying replaces a connection to another system: %1. Whatever uses it today stops working. To keep it, go Back to the primary destination step and choose another name.</source>
        <translation>Das Anwenden ersetzt eine Verbindung zu einem anderen System: %1. Was sie heute nutzt, funktioniert dann nicht mehr. Um sie zu behalten, gehen Sie zurück zum Schritt der primären Destination und wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>I mean to replace &amp;it with this setup</source>
        <translation>Ich will sie durch diese Einrichtung e&amp;rsetzen</translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation>gesetzt (verborgen)</translation>
    </message>
    <message>
        <source>changed (hidden)</source>
        <translation>geändert (verborgen)</translation>
    </message>
    <message>
        <source>Apply is possible once the subaccount has been read.</source>
        <translation>Anwenden ist möglich, sobald das Unterkonto gelesen ist.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Choose the key store file on this computer (go Back to its step) to apply.</source>
        <translation>Um anzuwenden, wählen Sie die Keystore-Datei auf diesem Computer aus (gehen Sie mit „Zurück“ zum Schritt des Keystores).</translation>
    </message>
    <message>
        <source>Tick that you mean to replace what is named above to apply.</source>
        <translation>Um anzuwenden, bestätigen Sie mit dem Häkchen, dass Sie das oben Genannte ersetzen wollen.</translation>
    </message>
    <message>
        <source>the key store %1 (also named by %2)</source>
        <translation>den Keystore %1 (auch von %2 genannt)</translation>
    </message>
    <message>
        <source>Applying replaces %1 with the file you chose: those destinations then authenticate with its certificate. To keep the key store, give your file another name and choose it again.</source>
        <translation>Das Anwenden ersetzt %1 durch die ausgewählte Datei: Diese Destinations authentifizieren sich dann mit dem Zertifikat dieser Datei. Um den Keystore zu behalten, geben Sie Ihrer Datei einen anderen Namen und wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Key store %1</source>
        <translation>Keystore %1</translation>
    </message>
    <message>
        <source>will be uploaded</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <source>exists, another file</source>
        <translation>vorhanden, andere Datei</translation>
    </message>
    <message>
        <source>will be replaced</source>
        <translation>wird ersetzt</translation>
    </message>
    <message>
        <source>missing: nothing to upload</source>
        <translation>fehlt: nichts zum Hochladen</translation>
    </message>
    <message>
        <source>File on this computer</source>
        <translation>Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Also named by</source>
        <translation>Auch genannt von</translation>
    </message>
    <message>
        <source>Go Back to the key store&apos;s step and choose the file; nothing was written.</source>
        <translation>Gehen Sie mit „Zurück“ zum Schritt des Keystores und wählen Sie die Datei aus; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n key store(s) go to the subaccount&apos;s destination certificates first.</source>
        <translation>
            <numerusform>%n Keystore kommt zuerst in die Destination-Zertifikate des Unterkontos.</numerusform>
            <numerusform>%n Keystores kommen zuerst in die Destination-Zertifikate des Unterkontos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleValue</name>
    <message>
        <source>%1 of %2 still holds a sample value from a booster template.</source>
        <translation>%1 von %2 enthält noch einen Beispielwert aus einer Booster-Vorlage.</translation>
    </message>
    <message>
        <source>%1 of %2 still holds the sample value &quot;%3&quot; from a booster template.</source>
        <translation>%1 von %2 enthält noch den Beispielwert „%3“ aus einer Booster-Vorlage.</translation>
    </message>
    <message>
        <source>Enter the real value.</source>
        <translation>Geben Sie den echten Wert ein.</translation>
    </message>
</context>
<context>
    <name>SandboxSubaccount</name>
    <message>
        <source>The demo landscape is missing from the program&apos;s resources.</source>
        <translation>Die Demo-Landschaft fehlt in den Ressourcen des Programms.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s data folder %1.</source>
        <translation>Der Datenordner %1 der Sandbox kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write into the sandbox&apos;s data folder %1.</source>
        <translation>In den Datenordner %1 der Sandbox kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s token signing key.</source>
        <translation>Der Schlüssel, mit dem die Sandbox Token signiert, kann nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>SandboxTrust</name>
    <message>
        <source>Cannot write the trust certificate into %1.</source>
        <translation>Das Vertrauenszertifikat kann nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SecondaryMissing</name>
    <message>
        <source>%1 has no secondary destination %2, so users cannot act on their %3 tasks in SAP Task Center (principal propagation).</source>
        <translation>%1 hat keine sekundäre Destination %2, daher können Benutzer ihre Aufgaben aus %3 in SAP Task Center nicht bearbeiten (Prinzipalweitergabe).</translation>
    </message>
    <message>
        <source>Create %1 with the wizard (%2).</source>
        <translation>Legen Sie %1 mit dem Assistenten an (%2).</translation>
    </message>
</context>
<context>
    <name>SecondaryTcEnabled</name>
    <message>
        <source>%1 is a secondary destination (principal propagation) but carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation>%1 ist eine sekundäre Destination (Prinzipalweitergabe), enthält aber tc.enabled: SAP Task Center würde sie als weitere primäre Destination lesen.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation>Entfernen Sie tc.enabled aus %1.</translation>
    </message>
</context>
<context>
    <name>SecondaryWithoutPrimary</name>
    <message>
        <source>%1 is a secondary destination, but its primary destination %2 does not exist. SAP Task Center finds secondaries only by their primary&apos;s name.</source>
        <translation>%1 ist eine sekundäre Destination, aber ihre primäre Destination %2 ist nicht vorhanden. SAP Task Center findet sekundäre Destinations nur über den Namen ihrer primären.</translation>
    </message>
    <message>
        <source>Rename it to &lt;primary name&gt;_PP of an existing primary, or create the primary %1.</source>
        <translation>Benennen Sie sie in &lt;Name der primären&gt;_PP einer vorhandenen primären Destination um oder legen Sie die primäre Destination %1 an.</translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Nothing is saved in the keychain for %1.</source>
        <translation>Im Schlüsselbund ist nichts für %1 gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (the system&apos;s secret storage is locked or not running).</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (der Passwortspeicher des Systems ist gesperrt oder läuft nicht).</translation>
    </message>
    <message>
        <source>The keychain did not answer. It may be waiting for you to unlock it in another window.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet. Möglicherweise wartet er darauf, dass Sie ihn in einem anderen Fenster entsperren.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>You can continue: the secrets (keys, passwords) are then kept only until you close the program, and you enter them again next time. To keep them, unlock or start your desktop&apos;s keyring and restart the program.</source>
        <translation>Sie können fortfahren: Die Secrets (Schlüssel, Passwörter) werden dann nur bis zum Schließen des Programms aufbewahrt, und Sie geben sie beim nächsten Mal erneut ein. Um sie zu behalten, entsperren oder starten Sie den Schlüsselbund Ihres Desktops und starten Sie das Programm neu.</translation>
    </message>
    <message>
        <source>You can continue; the secrets (keys, passwords) are then kept only until you close the program.</source>
        <translation>Sie können fortfahren; die Secrets (Schlüssel, Passwörter) werden dann nur bis zum Schließen des Programms aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SecretsNotChecked</name>
    <message>
        <source>%1: %2 not checked, because %3 does not show secrets.</source>
        <translation>%1: %2 nicht geprüft, weil %3 keine Secrets zeigt.</translation>
    </message>
    <message>
        <source>Check the destination in the subaccount itself to have them tested.</source>
        <translation>Prüfen Sie die Destination direkt im Unterkonto, damit auch diese Werte getestet werden.</translation>
    </message>
</context>
<context>
    <name>ServiceDestinationTcEnabled</name>
    <message>
        <source>%1 is one of SAP Task Center&apos;s own destinations, not a task provider, but it carries tc.enabled.</source>
        <translation>%1 ist eine der eigenen Destinations von SAP Task Center, kein Aufgabenanbieter, enthält aber tc.enabled.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1 in the SAP BTP cockpit.</source>
        <translation>Entfernen Sie im SAP BTP Cockpit tc.enabled aus %1.</translation>
    </message>
</context>
<context>
    <name>ServiceKey</name>
    <message>
        <source>The field %1 is missing. Copy the whole key again from the cockpit.</source>
        <translation>Das Feld %1 fehlt. Kopieren Sie den ganzen Schlüssel erneut aus dem Cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is empty or not text. Copy the whole key again from the cockpit.</source>
        <translation>Das Feld %1 ist leer oder kein Text. Kopieren Sie den ganzen Schlüssel erneut aus dem Cockpit.</translation>
    </message>
</context>
<context>
    <name>ServiceKeyPage</name>
    <message>
        <source>&amp;Open service key file…</source>
        <translation>Dienstschlüsseldatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Service keys (*.json *.txt);;All files (*)</source>
        <translation>Dienstschlüssel (*.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{
  &quot;endpoints&quot;: { &quot;inbox_rest_url&quot;: &quot;…&quot; },
  &quot;uaa&quot;: { … }
}</source>
        <translation>{
  &quot;endpoints&quot;: { &quot;inbox_rest_url&quot;: &quot;…&quot; },
  &quot;uaa&quot;: { … }
}</translation>
    </message>
    <message>
        <source>SAP Task Center service key</source>
        <translation>Dienstschlüssel von SAP Task Center</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choose the &lt;b&gt;SAP Task Center&lt;/b&gt; instance, and under &lt;b&gt;Service Keys&lt;/b&gt; open a key (create one if there is none). Download it, or copy its JSON text and paste it below.</source>
        <translation>Öffnen Sie im SAP BTP Cockpit &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, wählen Sie die Instanz von &lt;b&gt;SAP Task Center&lt;/b&gt; und öffnen Sie unter &lt;b&gt;Service Keys&lt;/b&gt; einen Schlüssel (legen Sie einen an, falls keiner existiert). Laden Sie ihn herunter oder kopieren Sie seinen JSON-Text und fügen Sie ihn unten ein.</translation>
    </message>
    <message>
        <source>Inbox REST URL:</source>
        <translation>Inbox-REST-URL:</translation>
    </message>
    <message>
        <source>Authentication URL (uaa.url):</source>
        <translation>Authentifizierungs-URL (uaa.url):</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>present (kept in the keychain, never in a file)</source>
        <translation>vorhanden (im Schlüsselbund gespeichert, nie in einer Datei)</translation>
    </message>
    <message>
        <source>The service key is complete.</source>
        <translation>Der Dienstschlüssel ist vollständig.</translation>
    </message>
    <message>
        <source>not needed for %1, so not kept</source>
        <translation>für %1 nicht benötigt, daher nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ServiceKeyText</name>
    <message>
        <source>The service key is empty. In the SAP BTP cockpit, open the %1 instance, choose its service key and copy the whole JSON text.</source>
        <translation>Der Dienstschlüssel ist leer. Öffnen Sie im SAP BTP Cockpit die Instanz von %1, wählen Sie ihren Dienstschlüssel und kopieren Sie den ganzen JSON-Text.</translation>
    </message>
    <message>
        <source>The service key is cut off: its closing } is missing. Copy the whole key again, from the first { to the last }.</source>
        <translation>Der Dienstschlüssel ist abgeschnitten: Die schließende } fehlt. Kopieren Sie den ganzen Schlüssel erneut, von der ersten { bis zur letzten }.</translation>
    </message>
    <message>
        <source>This is not a service key: a service key is JSON text that starts with { and ends with }. Copy the whole key from the cockpit (Credentials &gt; JSON).</source>
        <translation>Das ist kein Dienstschlüssel: Ein Dienstschlüssel ist JSON-Text, der mit { beginnt und mit } endet. Kopieren Sie den ganzen Schlüssel aus dem Cockpit (Credentials &gt; JSON).</translation>
    </message>
    <message>
        <source>The service key is cut off: it ends before its last } (line %1, column %2). Copy the whole key again, from the first { to the last }.</source>
        <translation>Der Dienstschlüssel ist abgeschnitten: Er endet vor seiner letzten } (Zeile %1, Spalte %2). Kopieren Sie den ganzen Schlüssel erneut, von der ersten { bis zur letzten }.</translation>
    </message>
    <message>
        <source>The service key has a mistake at line %1, column %2 (%3). Look there for a comma too many or missing, or a missing quote.</source>
        <translation>Der Dienstschlüssel enthält einen Fehler in Zeile %1, Spalte %2 (%3). Suchen Sie dort nach einem überzähligen oder fehlenden Komma oder einem fehlenden Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>SetupChecks</name>
    <message>
        <source>Open or paste the subaccount&apos;s trust certificate to continue.</source>
        <translation>Öffnen Sie das Vertrauenszertifikat des Unterkontos oder fügen Sie es ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Open or paste the SAP Task Center service key to continue.</source>
        <translation>Öffnen Sie den Dienstschlüssel von SAP Task Center oder fügen Sie ihn ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 of %2 still holds the template value &quot;%3&quot;.</source>
        <translation>%1 von %2 enthält noch den Vorlagenwert „%3“.</translation>
    </message>
    <message numerus="yes">
        <source>Tick each step once you have done it (%n left).</source>
        <translation>
            <numerusform>Haken Sie jeden Schritt ab, sobald Sie ihn erledigt haben (noch %n Schritt offen).</numerusform>
            <numerusform>Haken Sie jeden Schritt ab, sobald Sie ihn erledigt haben (noch %n Schritte offen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupFile</name>
    <message>
        <source>%1: not valid JSON (%2 at character %3).</source>
        <translation>%1: kein gültiges JSON (%2 bei Zeichen %3).</translation>
    </message>
    <message>
        <source>%1: a setup file is a JSON object ({...}).</source>
        <translation>%1: Eine Einrichtungsdatei ist ein JSON-Objekt ({...}).</translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; must be %2.</source>
        <translation>%1: &quot;format&quot; muss %2 sein.</translation>
    </message>
    <message>
        <source>%1: &quot;provider&quot;: %2</source>
        <translation>%1: &quot;provider&quot;: %2</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; must be an object.</source>
        <translation>%1: &quot;values&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; is not a value of %3.</source>
        <translation>%1: &quot;values.%2&quot; ist kein Wert von %3.</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; is a secret; secrets belong in a secrets file or the keychain, never in the setup file.</source>
        <translation>%1: &quot;values.%2&quot; ist ein Secret; Secrets gehören in eine Secrets-Datei oder den Schlüsselbund, nie in die Einrichtungsdatei.</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; must be text.</source>
        <translation>%1: &quot;values.%2&quot; muss Text sein.</translation>
    </message>
    <message>
        <source>%1: &quot;serviceKeyFile&quot; (%2): %3</source>
        <translation>%1: &quot;serviceKeyFile&quot; (%2): %3</translation>
    </message>
    <message>
        <source>%1: &quot;trustCertificateFile&quot; (%2): %3</source>
        <translation>%1: &quot;trustCertificateFile&quot; (%2): %3</translation>
    </message>
    <message>
        <source>%1: &quot;properties.%2&quot;: %3 has no destination of that role.</source>
        <translation>%1: &quot;properties.%2&quot;: %3 hat keine Destination mit dieser Rolle.</translation>
    </message>
    <message>
        <source>%1: &quot;properties.%2.%3&quot; cannot be changed: SAP Task Center requires it as it is.</source>
        <translation>%1: &quot;properties.%2.%3&quot; kann nicht geändert werden: SAP Task Center verlangt den Wert so.</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot;: %2 has only one way to set it up; leave &quot;path&quot; out.</source>
        <translation>%1: &quot;path&quot;: %2 lässt sich nur auf eine Art einrichten; lassen Sie &quot;path&quot; weg.</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot; must be one of %2.</source>
        <translation>%1: &quot;path&quot; muss einer der Werte %2 sein.</translation>
    </message>
    <message>
        <source>%1: &quot;checked&quot;: &quot;%2&quot; is not a checklist item of %3 (&quot;step/item&quot;).</source>
        <translation>%1: &quot;checked&quot;: „%2“ ist kein Punkt einer Checkliste von %3 (&quot;step/item&quot;).</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; gives %2, which the way &quot;%3&quot; does not use, and no &quot;path&quot; chooses another way, so nothing of them would be written. Add %4.</source>
        <translation>%1: &quot;values&quot; enthält %2, was der Weg „%3“ nicht verwendet, und kein &quot;path&quot; wählt einen anderen Weg; davon würde also nichts geschrieben. Ergänzen Sie %4.</translation>
    </message>
    <message>
        <source>the &quot;path&quot; that uses them</source>
        <translation>den &quot;path&quot;, der sie verwendet</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1: &quot;serviceKey&quot; must be the service key&apos;s JSON object.</source>
        <translation>%1: &quot;serviceKey&quot; muss das JSON-Objekt des Dienstschlüssels sein.</translation>
    </message>
    <message>
        <source>%1: &quot;serviceKey&quot;: %2</source>
        <translation>%1: &quot;serviceKey&quot;: %2</translation>
    </message>
    <message>
        <source>The service key file %1 that the setup names is not there any more. Open or paste the service key again.</source>
        <translation>Die Dienstschlüsseldatei %1, die in der Einrichtung angegeben ist, ist nicht mehr vorhanden. Öffnen Sie den Dienstschlüssel erneut oder fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>%1: &quot;trustCertificate&quot; must be the certificate as PEM text: %2</source>
        <translation>%1: &quot;trustCertificate&quot; muss das Zertifikat als PEM-Text sein: %2</translation>
    </message>
    <message>
        <source>The trust certificate file %1 that the setup names is not there any more. Open the certificate again, or get it from the subaccount.</source>
        <translation>Die Datei des Vertrauenszertifikats %1, die in der Einrichtung angegeben ist, ist nicht mehr vorhanden. Öffnen Sie das Zertifikat erneut oder holen Sie es aus dem Unterkonto.</translation>
    </message>
    <message>
        <source>%1: &quot;provider&quot; is missing: add the id of a task provider (taskcenter-connect providers lists them).</source>
        <translation>%1: &quot;provider&quot; fehlt: Fügen Sie die ID eines Aufgabenanbieters hinzu (taskcenter-connect providers listet sie auf).</translation>
    </message>
    <message>
        <source>%1: &quot;setupId&quot; names this setup&apos;s keychain entries: letters, digits and &quot;-&quot; (at most 64), as the wizard wrote it. Leave it as it is, or take it out.</source>
        <translation>%1: &quot;setupId&quot; benennt die Schlüsselbund-Einträge dieser Einrichtung: Buchstaben, Ziffern und &quot;-&quot; (höchstens 64), so wie der Assistent es geschrieben hat. Lassen Sie es unverändert, oder entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>SetupFlow</name>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>subaccount %1</source>
        <translation>Unterkonto %1</translation>
    </message>
    <message>
        <source>The demo subaccount keeps no secrets.</source>
        <translation>Das Demo-Unterkonto speichert keine Secrets.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not give them back.</source>
        <translation>Der Schlüsselbund dieses Computers konnte sie nicht zurückgeben.</translation>
    </message>
    <message>
        <source>The keychain holds none of these for this setup.</source>
        <translation>Der Schlüsselbund enthält für diese Einrichtung keinen dieser Werte.</translation>
    </message>
    <message>
        <source>Secrets (keys, client secrets, passwords) will be kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Secrets (Schlüssel, Client-Secrets, Passwörter) werden im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Secrets are not in it, and the demo subaccount keeps none: you enter them again when you continue.</source>
        <translation>Secrets sind darin nicht enthalten, und das Demo-Unterkonto speichert keine: Sie geben sie erneut ein, wenn Sie fortfahren.</translation>
    </message>
    <message>
        <source>Secrets are not in it, and this computer has no keychain to keep them: you enter them again when you continue.</source>
        <translation>Secrets sind darin nicht enthalten, und dieser Computer hat keinen Schlüsselbund, um sie zu speichern: Sie geben sie erneut ein, wenn Sie fortfahren.</translation>
    </message>
    <message>
        <source>Secrets are not in it; they are kept in this computer&apos;s keychain.</source>
        <translation>Secrets sind darin nicht enthalten; sie werden im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
</context>
<context>
    <name>SetupModel</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; hold the same value. Each has its own; copy each from its own place.</source>
        <translation>„%1“ und „%2“ enthalten denselben Wert. Jedes Feld hat einen eigenen Wert; kopieren Sie jeden von seiner eigenen Stelle.</translation>
    </message>
</context>
<context>
    <name>SetupSecrets</name>
    <message>
        <source>The saved secrets were read from this computer&apos;s keychain.</source>
        <translation>Die gespeicherten Secrets wurden aus dem Schlüsselbund dieses Computers gelesen.</translation>
    </message>
    <message>
        <source>The secrets are kept in this computer&apos;s keychain.</source>
        <translation>Die Secrets werden im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Task Center Connect is open already; its window was brought to the front.</source>
        <translation>Task Center Connect ist bereits geöffnet; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Task Center Connect is open already (process %1), but its window did not answer. Switch to it, or close it and start again.</source>
        <translation>Task Center Connect ist bereits geöffnet (Prozess %1), aber sein Fenster hat nicht geantwortet. Wechseln Sie dorthin oder schließen Sie es und starten Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SourceInput</name>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>…or &amp;paste it here:</source>
        <translation>…oder hier &amp;einfügen:</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Geöffnet: %1</translation>
    </message>
    <message>
        <source>The pasted text was read; it is no longer shown.</source>
        <translation>Der eingefügte Text wurde gelesen; er wird nicht mehr angezeigt.</translation>
    </message>
</context>
<context>
    <name>SourceUnreadable</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check the file; the other files were checked.</source>
        <translation>Prüfen Sie die Datei; die übrigen Dateien wurden geprüft.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step %1 of %2, current: %3</source>
        <translation>Schritt %1 von %2, aktuell: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2, done: %3</source>
        <translation>Schritt %1 von %2, erledigt: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>SubaccountChoice</name>
    <message>
        <source>The demo subaccount runs on this computer only. It already holds a few task providers, some set up correctly and some with common mistakes. Nothing you do here reaches SAP BTP.</source>
        <translation>Das Demo-Unterkonto läuft nur auf diesem Computer. Es enthält bereits einige Aufgabenanbieter, manche richtig eingerichtet, manche mit häufigen Fehlern. Nichts, was Sie hier tun, erreicht SAP BTP.</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Client-Secret wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; is not in this computer&apos;s keychain. Add the subaccount again with its Destination service key.</source>
        <translation>Das Client-Secret von „%1“ ist nicht im Schlüsselbund dieses Computers. Fügen Sie das Unterkonto mit dem Dienstschlüssel seines Destination Service erneut hinzu.</translation>
    </message>
    <message>
        <source>The destinations will be written into &quot;%1&quot;.</source>
        <translation>Die Destinations werden in „%1“ geschrieben.</translation>
    </message>
    <message>
        <source>Wait until the current check has finished.</source>
        <translation>Warten Sie, bis die laufende Prüfung beendet ist.</translation>
    </message>
    <message>
        <source>Open the Destination service key file, or paste the key&apos;s text into the box.</source>
        <translation>Öffnen Sie die Datei mit dem Dienstschlüssel des Destination Service oder fügen Sie den Text des Schlüssels in das Feld ein.</translation>
    </message>
    <message>
        <source>Asking the subaccount for a token with this key…</source>
        <translation>Token wird mit diesem Schlüssel beim Unterkonto angefordert…</translation>
    </message>
    <message>
        <source>The key works. No keychain is available, so &quot;%1&quot; is used until you close the wizard and not saved.</source>
        <translation>Der Schlüssel funktioniert. Es ist kein Schlüsselbund verfügbar, daher wird „%1“ nur bis zum Schließen des Assistenten verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>The key works. Saving it in the keychain…</source>
        <translation>Der Schlüssel funktioniert. Er wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The key works, but it could not be saved: %1 &quot;%2&quot; is used until you close the wizard.</source>
        <translation>Der Schlüssel funktioniert, konnte aber nicht gespeichert werden: %1 „%2“ wird bis zum Schließen des Assistenten verwendet.</translation>
    </message>
    <message>
        <source>The key works. &quot;%1&quot; is saved; its client secret is in this computer&apos;s keychain.</source>
        <translation>Der Schlüssel funktioniert. „%1“ ist gespeichert; sein Client-Secret liegt im Schlüsselbund dieses Computers.</translation>
    </message>
</context>
<context>
    <name>SubaccountConnection</name>
    <message>
        <source>Demo subaccount</source>
        <translation>Demo-Unterkonto</translation>
    </message>
    <message>
        <source>This program was built without the demo subaccount.</source>
        <translation>Dieses Programm wurde ohne das Demo-Unterkonto erstellt.</translation>
    </message>
</context>
<context>
    <name>SubaccountPage</name>
    <message>
        <source>Into a s&amp;ubaccount, over the Destination service:</source>
        <translation>In ein &amp;Unterkonto, über den Destination Service:</translation>
    </message>
    <message>
        <source>Into the &amp;demo subaccount on this computer (for demos and trying it out)</source>
        <translation>In das &amp;Demo-Unterkonto auf diesem Computer (zum Vorführen und Ausprobieren)</translation>
    </message>
    <message>
        <source>Only into &amp;files, to import in the SAP BTP cockpit</source>
        <translation>Nur in Dateien, zum &amp;Importieren im SAP BTP Cockpit</translation>
    </message>
    <message>
        <source>&amp;Add subaccount…</source>
        <translation>Unter&amp;konto hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>&amp;Open service key file…</source>
        <translation>Dienstschlüsseldatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Service keys (*.json *.txt);;All files (*)</source>
        <translation>Dienstschlüssel (*.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{
  &quot;clientid&quot;: &quot;…&quot;,
  &quot;clientsecret&quot;: &quot;…&quot;,
  &quot;url&quot;: &quot;https://…authentication…&quot;,
  &quot;uri&quot;: &quot;https://destination-configuration…&quot;
}</source>
        <translation>{
  &quot;clientid&quot;: &quot;…&quot;,
  &quot;clientsecret&quot;: &quot;…&quot;,
  &quot;url&quot;: &quot;https://…authentication…&quot;,
  &quot;uri&quot;: &quot;https://destination-configuration…&quot;
}</translation>
    </message>
    <message>
        <source>&amp;Test and save</source>
        <translation>&amp;Testen und speichern</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Where the destinations go</source>
        <translation>Wohin die Destinations kommen</translation>
    </message>
    <message>
        <source>Saved subaccount</source>
        <translation>Gespeichertes Unterkonto</translation>
    </message>
    <message>
        <source>Forget this subaccount and its client secret on this computer</source>
        <translation>Dieses Unterkonto und sein Client-Secret auf diesem Computer vergessen</translation>
    </message>
    <message>
        <source>e.g. Production EU10</source>
        <translation>z. B. Produktion EU10</translation>
    </message>
    <message>
        <source>You need a key of the subaccount&apos;s &lt;b&gt;Destination service&lt;/b&gt; instance: in the SAP BTP cockpit open &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choose the &lt;b&gt;Destination&lt;/b&gt; instance (plan &lt;i&gt;lite&lt;/i&gt;; create one if there is none) and open or create a key under &lt;b&gt;Service Keys&lt;/b&gt;. Open the downloaded file or paste its text.</source>
        <translation>Sie benötigen einen Schlüssel der Instanz des &lt;b&gt;Destination Service&lt;/b&gt; im Unterkonto: Öffnen Sie im SAP BTP Cockpit &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, wählen Sie die Instanz &lt;b&gt;Destination&lt;/b&gt; (Plan &lt;i&gt;lite&lt;/i&gt;; legen Sie eine an, falls keine existiert) und öffnen oder erstellen Sie unter &lt;b&gt;Service Keys&lt;/b&gt; einen Schlüssel. Öffnen Sie die heruntergeladene Datei oder fügen Sie ihren Text ein.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Remove subaccount</source>
        <translation>Unterkonto entfernen</translation>
    </message>
    <message>
        <source>Forget the subaccount &quot;%1&quot; on this computer? Its destinations stay as they are.</source>
        <translation>Das Unterkonto „%1“ auf diesem Computer vergessen? Seine Destinations bleiben unverändert.</translation>
    </message>
    <message>
        <source>No subaccount saved yet: add one</source>
        <translation>Noch kein Unterkonto gespeichert: Fügen Sie eines hinzu</translation>
    </message>
    <message>
        <source>The demo subaccount could not be started. Choose a subaccount or files instead.</source>
        <translation>Das Demo-Unterkonto konnte nicht gestartet werden. Wählen Sie stattdessen ein Unterkonto oder Dateien.</translation>
    </message>
    <message>
        <source>The key looks right. Choose &quot;Test and save&quot; to check it with the subaccount.</source>
        <translation>Der Schlüssel sieht richtig aus. Wählen Sie „Testen und speichern“, um ihn beim Unterkonto zu prüfen.</translation>
    </message>
    <message>
        <source>The wizard can write the destinations straight into your SAP BTP subaccount, or into files that you import in the cockpit.</source>
        <translation>Der Assistent kann die Destinations direkt in Ihr Unterkonto von SAP BTP schreiben oder in Dateien, die Sie im Cockpit importieren.</translation>
    </message>
    <message>
        <source>Wait until the subaccount has answered.</source>
        <translation>Warten Sie, bis das Unterkonto geantwortet hat.</translation>
    </message>
    <message>
        <source>Add a subaccount with its Destination service key to continue, or choose the demo subaccount or files.</source>
        <translation>Fügen Sie ein Unterkonto mit seinem Dienstschlüssel des Destination Service hinzu, um fortzufahren, oder wählen Sie das Demo-Unterkonto oder Dateien.</translation>
    </message>
    <message>
        <source>Choose a saved subaccount to continue.</source>
        <translation>Wählen Sie ein gespeichertes Unterkonto, um fortzufahren.</translation>
    </message>
    <message>
        <source>Choose where the destinations go to continue.</source>
        <translation>Wählen Sie, wohin die Destinations geschrieben werden, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>SubaccountProfiles</name>
    <message>
        <source>Give the subaccount a name you will recognise, e.g. &quot;Production EU10&quot;.</source>
        <translation>Geben Sie dem Unterkonto einen Namen, an dem Sie es wiedererkennen, z. B. „Produktion EU10“.</translation>
    </message>
    <message>
        <source>A subaccount named &quot;%1&quot; already exists. Choose another name, or pick the existing one.</source>
        <translation>Ein Unterkonto namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen oder das vorhandene Unterkonto.</translation>
    </message>
</context>
<context>
    <name>SystemUserDeprecated</name>
    <message>
        <source>%1 uses SystemUser. SAP announced in the Destination service&apos;s documentation (note of 2026-03-18) that SystemUser would be removed by the end of September 2026; SAP Task Center&apos;s guide for %2 still lists it for the primary destination.</source>
        <translation>%1 verwendet SystemUser. SAP hat in der Dokumentation des Destination Service (Hinweis vom 18.03.2026) angekündigt, dass SystemUser bis Ende September 2026 entfernt wird; die Anleitung von SAP Task Center für %2 führt SystemUser für die primäre Destination aber noch auf.</translation>
    </message>
    <message>
        <source>Test the connection. A token error &quot;Cannot determine user to propagate&quot; means this subaccount no longer honours SystemUser: check SAP Task Center&apos;s guide for %1 for what replaces it. Other token errors point elsewhere: the certificate the provider holds must be the subaccount&apos;s current one, and the technical user must exist in %1.</source>
        <translation>Testen Sie die Verbindung. Der Token-Fehler „Cannot determine user to propagate“ bedeutet, dass dieses Unterkonto SystemUser nicht mehr berücksichtigt: Sehen Sie in der Anleitung von SAP Task Center für %1 nach, was SystemUser ersetzt. Andere Token-Fehler haben eine andere Ursache: Das Zertifikat, das der Anbieter hat, muss das aktuelle des Unterkontos sein, und der technische Benutzer muss in %1 vorhanden sein.</translation>
    </message>
</context>
<context>
    <name>TaskCenterServiceKey</name>
    <message>
        <source>This is the key of a Destination service instance, not of SAP Task Center. Open the SAP Task Center instance (service one-inbox-service) and use its service key.</source>
        <translation>Das ist der Schlüssel einer Instanz des Destination Service, nicht von SAP Task Center. Öffnen Sie die Instanz von SAP Task Center (Service one-inbox-service) und verwenden Sie deren Dienstschlüssel.</translation>
    </message>
    <message>
        <source>The field uaa is missing, so this is not an SAP Task Center service key. Use the key of the SAP Task Center instance (service one-inbox-service).</source>
        <translation>Das Feld uaa fehlt, daher ist das kein Dienstschlüssel von SAP Task Center. Verwenden Sie den Schlüssel der Instanz von SAP Task Center (Service one-inbox-service).</translation>
    </message>
    <message>
        <source>The field endpoints.inbox_rest_url is missing. This key may belong to another service; use the key of the SAP Task Center instance (service one-inbox-service).</source>
        <translation>Das Feld endpoints.inbox_rest_url fehlt. Der Schlüssel gehört vielleicht zu einem anderen Service; verwenden Sie den Schlüssel der Instanz von SAP Task Center (Service one-inbox-service).</translation>
    </message>
    <message>
        <source>The field uaa.clientsecret is missing: this key uses an X.509 certificate instead. Create a service key without the x509 parameter, so it has a client secret.</source>
        <translation>Das Feld uaa.clientsecret fehlt: Dieser Schlüssel verwendet stattdessen ein X.509-Zertifikat. Legen Sie einen Dienstschlüssel ohne den Parameter x509 an, damit er ein Client-Secret hat.</translation>
    </message>
    <message>
        <source>The field uaa.clientsecret is missing. Copy the whole key again from the cockpit.</source>
        <translation>Das Feld uaa.clientsecret fehlt. Kopieren Sie den ganzen Schlüssel erneut aus dem Cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Copy the whole key again from the cockpit.</source>
        <translation>Das Feld %1 ist keine https://-Adresse („%2“). Kopieren Sie den ganzen Schlüssel erneut aus dem Cockpit.</translation>
    </message>
    <message>
        <source>Task Center</source>
        <translation>Task Center</translation>
    </message>
</context>
<context>
    <name>TcEnabledFalse</name>
    <message>
        <source>%1 is paused (tc.enabled is false): its tasks are hidden and not updated. SAP Task Center sets it to false by itself when it gets no token for an hour.</source>
        <translation>%1 ist pausiert (tc.enabled ist false): Ihre Aufgaben sind ausgeblendet und werden nicht aktualisiert. SAP Task Center setzt den Wert selbst auf false, wenn es eine Stunde lang kein Token abrufen kann.</translation>
    </message>
    <message>
        <source>Fix its authentication first (Test connection), then set tc.enabled to true.</source>
        <translation>Beheben Sie zuerst die Authentifizierung („Verbindung testen“) und setzen Sie dann tc.enabled auf true.</translation>
    </message>
</context>
<context>
    <name>TcEnabledMissing</name>
    <message>
        <source>%1 has no tc.enabled property, so SAP Task Center does not read its tasks (booster samples lack it).</source>
        <translation>%1 hat keine Eigenschaft tc.enabled, daher liest SAP Task Center ihre Aufgaben nicht (in den Booster-Beispielen fehlt sie).</translation>
    </message>
    <message>
        <source>Add the property tc.enabled with the value true.</source>
        <translation>Fügen Sie die Eigenschaft tc.enabled mit dem Wert true hinzu.</translation>
    </message>
</context>
<context>
    <name>TcEnabledValue</name>
    <message>
        <source>tc.enabled of %1 is &quot;%2&quot;; SAP Task Center accepts only true (or false to pause), and puts the connector in Warning otherwise.</source>
        <translation>tc.enabled von %1 ist „%2“; SAP Task Center akzeptiert nur true (oder false zum Pausieren) und setzt den Konnektor sonst auf den Status Warning.</translation>
    </message>
    <message>
        <source>Set tc.enabled to exactly true (lower case).</source>
        <translation>Setzen Sie tc.enabled auf genau true (in Kleinbuchstaben).</translation>
    </message>
</context>
<context>
    <name>TokenChecks</name>
    <message>
        <source>The token of %1 could not be tested: %2</source>
        <translation>Das Token von %1 konnte nicht getestet werden: %2</translation>
    </message>
    <message>
        <source>Check again when the subaccount answers.</source>
        <translation>Prüfen Sie erneut, wenn das Unterkonto antwortet.</translation>
    </message>
    <message>
        <source>This subaccount no longer honours SystemUser (the Destination service announced its removal by end of September 2026). Follow SAP Task Center&apos;s current guide for technical-user access.</source>
        <translation>Dieses Unterkonto berücksichtigt SystemUser nicht mehr (der Destination Service hat die Entfernung bis Ende September 2026 angekündigt). Folgen Sie der aktuellen Anleitung von SAP Task Center für den Zugriff mit technischem Benutzer.</translation>
    </message>
    <message>
        <source>One more thing to try, not confirmed by SAP for this provider: the Destination service encodes SAML assertions as base64url since June 2026; the property samlAssertionEncoding=base64 restores the former encoding.</source>
        <translation>Noch ein Versuch, von SAP für diesen Anbieter nicht bestätigt: Der Destination Service kodiert SAML-Assertions seit Juni 2026 als base64url; die Eigenschaft samlAssertionEncoding=base64 stellt die frühere Kodierung wieder her.</translation>
    </message>
    <message>
        <source>The Destination service could not fetch a token with %1: %2</source>
        <translation>Der Destination Service konnte mit %1 kein Token abrufen: %2</translation>
    </message>
    <message>
        <source>Check the destination&apos;s credentials in the provider.</source>
        <translation>Prüfen Sie die Zugangsdaten der Destination im Anbietersystem.</translation>
    </message>
</context>
<context>
    <name>TrustCertificate</name>
    <message>
        <source>Export the trust certificate from the SAP BTP cockpit: Connectivity &gt; Destination Trust &gt; Export.</source>
        <translation>Exportieren Sie das Vertrauenszertifikat aus dem SAP BTP Cockpit: Connectivity &gt; Destination Trust &gt; Export.</translation>
    </message>
    <message>
        <source>The certificate is empty. %1</source>
        <translation>Das Zertifikat ist leer. %1</translation>
    </message>
    <message>
        <source>This holds a private key, not a certificate. Never share a private key. %1</source>
        <translation>Das ist ein privater Schlüssel, kein Zertifikat. Geben Sie einen privaten Schlüssel nie weiter. %1</translation>
    </message>
    <message>
        <source>The certificate is cut off: its END CERTIFICATE line is missing. Copy or export it again, completely.</source>
        <translation>Das Zertifikat ist abgeschnitten: Die Zeile END CERTIFICATE fehlt. Kopieren oder exportieren Sie es erneut und vollständig.</translation>
    </message>
    <message>
        <source>This is a different kind of file (a public key or a certificate request), not the trust certificate. %1</source>
        <translation>Das ist eine andere Art von Datei (ein öffentlicher Schlüssel oder eine Zertifikatsanforderung), nicht das Vertrauenszertifikat. %1</translation>
    </message>
    <message>
        <source>This is not a certificate. %1</source>
        <translation>Das ist kein Zertifikat. %1</translation>
    </message>
    <message>
        <source>The certificate is incomplete: part of it is missing. Copy or export it again, completely.</source>
        <translation>Das Zertifikat ist unvollständig: Ein Teil fehlt. Kopieren oder exportieren Sie es erneut und vollständig.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate is valid for %n more day(s).</source>
        <translation>
            <numerusform>Das Zertifikat ist noch %n Tag gültig.</numerusform>
            <numerusform>Das Zertifikat ist noch %n Tage gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1. Renew it soon in the SAP BTP cockpit (Connectivity &gt; Destination Trust &gt; Rotate, so nothing stops), then update it in every task provider; until then tasks keep working.</source>
        <translation>
            <numerusform>Das Zertifikat läuft in %n Tag ab, am %1. Erneuern Sie es bald im SAP BTP Cockpit (Connectivity &gt; Destination Trust &gt; Rotate, damit nichts unterbrochen wird) und aktualisieren Sie es dann in jedem Aufgabenanbieter; bis dahin funktionieren die Aufgaben weiter.</numerusform>
            <numerusform>Das Zertifikat läuft in %n Tagen ab, am %1. Erneuern Sie es bald im SAP BTP Cockpit (Connectivity &gt; Destination Trust &gt; Rotate, damit nichts unterbrochen wird) und aktualisieren Sie es dann in jedem Aufgabenanbieter; bis dahin funktionieren die Aufgaben weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate expired on %1. SAP Task Center cannot read or update tasks with it. Renew it in the SAP BTP cockpit (Connectivity &gt; Destination Trust), export the new one and open it here.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen. SAP Task Center kann damit keine Aufgaben lesen oder aktualisieren. Erneuern Sie es im SAP BTP Cockpit (Connectivity &gt; Destination Trust), exportieren Sie das neue und öffnen Sie es hier.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1. Check the date and time of this computer, or export the active certificate again.</source>
        <translation>Das Zertifikat ist erst ab %1 gültig. Prüfen Sie Datum und Uhrzeit dieses Computers oder exportieren Sie das aktive Zertifikat erneut.</translation>
    </message>
</context>
<context>
    <name>TrustCertificatePage</name>
    <message>
        <source>&amp;Open certificate file…</source>
        <translation>Zertifikatsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----
…
-----END CERTIFICATE-----</source>
        <translation>-----BEGIN CERTIFICATE-----
…
-----END CERTIFICATE-----</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Trust certificate of your subaccount</source>
        <translation>Vertrauenszertifikat Ihres Unterkontos</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose &lt;b&gt;Connectivity &amp;gt; Destination Trust&lt;/b&gt; and &lt;b&gt;Export&lt;/b&gt; the active certificate. (Older guides call this &lt;i&gt;Destinations &amp;gt; Download Trust&lt;/i&gt;; SAP moved it in November 2025.)</source>
        <translation>Öffnen Sie im SAP BTP Cockpit das Unterkonto, in dem SAP Task Center läuft, wählen Sie &lt;b&gt;Connectivity &amp;gt; Destination Trust&lt;/b&gt; und exportieren Sie mit &lt;b&gt;Export&lt;/b&gt; das aktive Zertifikat. (Ältere Anleitungen nennen dies &lt;i&gt;Destinations &amp;gt; Download Trust&lt;/i&gt;; SAP hat es im November 2025 verschoben.)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Verbleibende Tage:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag abgelaufen</numerusform>
            <numerusform>seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Get it from the subaccount</source>
        <translation>Aus dem &amp;Unterkonto holen</translation>
    </message>
    <message>
        <source>Read the active trust certificate of &quot;%1&quot;</source>
        <translation>Das aktive Vertrauenszertifikat von „%1“ lesen</translation>
    </message>
    <message>
        <source>Reading the trust certificate of &quot;%1&quot;…</source>
        <translation>Das Vertrauenszertifikat von „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Reading the certificate was cancelled.</source>
        <translation>Das Lesen des Zertifikats wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This is not the current trust certificate of &quot;%1&quot; (its SHA-256 is %2). A provider given this one holds a certificate the subaccount does not sign with, and its tokens fail. Choose &quot;Get it from the subaccount&quot; to use the current one.</source>
        <translation>Dies ist nicht das aktuelle Vertrauenszertifikat von „%1“ (dessen SHA-256 ist %2). Ein Anbieter, der dieses erhält, hat ein Zertifikat, mit dem das Unterkonto nicht signiert, und seine Token schlagen fehl. Wählen Sie „Aus dem Unterkonto holen“, um das aktuelle zu verwenden.</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Gültig ab %1</translation>
    </message>
    <message>
        <source>Valid until %1, %2 left</source>
        <extracomment>%1 is a date, %2 a number of days (&quot;412 days&quot;)</extracomment>
        <translation>Gültig bis %1, noch %2</translation>
    </message>
    <message>
        <source>Valid until %1, %2</source>
        <translation>Gültig bis %1, %2</translation>
    </message>
    <message>
        <source>Read from the subaccount &quot;%1&quot;.</source>
        <translation>Aus dem Unterkonto „%1“ gelesen.</translation>
    </message>
</context>
<context>
    <name>TrustExpired</name>
    <message>
        <source>Task updates stop for %1.</source>
        <translation>Für %1 werden keine Aufgaben mehr aktualisiert.</translation>
    </message>
    <message>
        <source>Renew the certificate under Connectivity &gt; Destination Trust, then give the new one to %1.</source>
        <translation>Erneuern Sie das Zertifikat unter Connectivity &gt; Destination Trust und geben Sie das neue dann an %1 weiter.</translation>
    </message>
</context>
<context>
    <name>TrustExpiring</name>
    <message>
        <source>These need the new certificate: %1.</source>
        <translation>Diese brauchen das neue Zertifikat: %1.</translation>
    </message>
    <message>
        <source>Rotate rather than renew: generate a passive certificate under Connectivity &gt; Destination Trust, give it to %1, then rotate. Renewing the active one stops task updates until every provider has it.</source>
        <translation>Rotieren Sie das Zertifikat, statt es zu erneuern: Generieren Sie unter Connectivity &gt; Destination Trust ein passives Zertifikat, geben Sie es an %1 weiter und rotieren Sie dann. Wenn Sie das aktive erneuern, werden Aufgaben erst wieder aktualisiert, wenn jeder Anbieter das neue Zertifikat hat.</translation>
    </message>
</context>
<context>
    <name>TrustMismatch</name>
    <message>
        <source>The certificate the provider holds (SHA-256 %1) is not the subaccount&apos;s current trust certificate (SHA-256 %2), so the provider rejects the subaccount&apos;s assertions. This is what happens when the subaccount&apos;s certificate was renewed.</source>
        <translation>Das Zertifikat, das der Anbieter hat (SHA-256 %1), ist nicht das aktuelle Vertrauenszertifikat des Unterkontos (SHA-256 %2); deshalb lehnt der Anbieter die Assertions des Unterkontos ab. Das geschieht, wenn das Zertifikat des Unterkontos erneuert wurde.</translation>
    </message>
    <message>
        <source>Export the current certificate under Connectivity &gt; Destination Trust and give it to the provider again, where its guide says to upload it.</source>
        <translation>Exportieren Sie das aktuelle Zertifikat unter Connectivity &gt; Destination Trust und geben Sie es dem Anbieter erneut; laden Sie es dort hoch, wo seine Anleitung es vorsieht.</translation>
    </message>
</context>
<context>
    <name>TrustNotCompared</name>
    <message>
        <source>The certificate the provider holds was not compared: the subaccount&apos;s current trust certificate could not be read.</source>
        <translation>Das Zertifikat, das der Anbieter hat, wurde nicht verglichen: Das aktuelle Vertrauenszertifikat des Unterkontos konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that the subaccount has a trust certificate (Connectivity &gt; Destination Trust), then check again.</source>
        <translation>Prüfen Sie, ob das Unterkonto ein Vertrauenszertifikat hat (Connectivity &gt; Destination Trust), und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>TrustRotation</name>
    <message>
        <source>Asking for a token with each destination, signed with the new certificate</source>
        <translation>Mit jeder Destination wird ein Token angefordert, mit dem neuen Zertifikat signiert</translation>
    </message>
    <message>
        <source>Rotating back: a provider does not accept the new certificate yet</source>
        <translation>Wird zurückrotiert: Ein Anbieter akzeptiert das neue Zertifikat noch nicht</translation>
    </message>
</context>
<context>
    <name>TrustRules</name>
    <message>
        <source>every task provider that trusts this subaccount</source>
        <translation>alle Aufgabenanbieter, die diesem Unterkonto vertrauen</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) checked: </source>
        <translation>
            <numerusform>%n Destination geprüft: </numerusform>
            <numerusform>%n Destinations geprüft: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <translation>%1 Fehler, %2 Warnung(en), %3 Hinweis(e).</translation>
    </message>
    <message>
        <source>SAP Task Center configuration check</source>
        <translation>Prüfung der Konfiguration von SAP Task Center</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>Geprüft am %1.</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>Gesamte Konfiguration</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>Subaccount</source>
        <translation>Unterkonto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Authentication types</source>
        <translation>Authentifizierungsarten</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Vertrauenszertifikat</translation>
    </message>
    <message>
        <source>valid until %1 (SHA-256 %2)</source>
        <translation>gültig bis %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Task Center&apos;s own destinations</source>
        <translation>Eigene Destinations von SAP Task Center</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landschaft</translation>
    </message>
    <message>
        <source>No task provider destinations were found.</source>
        <translation>Es wurden keine Destinations zu Aufgabenanbietern gefunden.</translation>
    </message>
    <message>
        <source>SAP Task Center</source>
        <translation>SAP Task Center</translation>
    </message>
    <message>
        <source>reads the tasks through each primary destination; users act on them through its secondary destination</source>
        <translation>liest die Aufgaben über jede primäre Destination; Benutzer bearbeiten sie über deren sekundäre Destination</translation>
    </message>
    <message>
        <source>Primary destination</source>
        <translation>Primäre Destination</translation>
    </message>
    <message>
        <source>Secondary destination</source>
        <translation>Sekundäre Destination</translation>
    </message>
    <message>
        <source>Backend system</source>
        <translation>Backend-System</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>The PDF could not be written: the file is not open for writing.</source>
        <translation>Das PDF konnte nicht geschrieben werden: Die Datei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The PDF could not be written: this program was started without its fonts.</source>
        <translation>Das PDF konnte nicht geschrieben werden: Dieses Programm wurde ohne seine Schriften gestartet.</translation>
    </message>
    <message>
        <source>Subaccount ID</source>
        <translation>Unterkonto-ID</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>open the page</source>
        <translation>Seite öffnen</translation>
    </message>
</context>
<context>
    <name>ValueDerivation</name>
    <message>
        <source>&quot;take&quot; has a &quot;match&quot; that is not a valid regular expression with a &quot;value&quot;.</source>
        <translation>&quot;take&quot; hat ein &quot;match&quot;, das kein gültiger regulärer Ausdruck mit &quot;value&quot; ist.</translation>
    </message>
    <message>
        <source>&quot;take&quot; is &quot;%1&quot;; it takes &quot;origin&quot;, &quot;query:&lt;name&gt;&quot; or {&quot;match&quot;, &quot;value&quot;}.</source>
        <translation>&quot;take&quot; ist „%1“; erwartet wird &quot;origin&quot;, &quot;query:&lt;name&gt;&quot; oder {&quot;match&quot;, &quot;value&quot;}.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>%1 (derived):</source>
        <translation>%1 (abgeleitet):</translation>
    </message>
    <message>
        <source>(appears when the value above is complete)</source>
        <translation>(erscheint, sobald der Wert darüber vollständig ist)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Continue a saved setup…</source>
        <translation>&amp;Gespeicherte Einrichtung fortsetzen…</translation>
    </message>
    <message>
        <source>Open a setup file saved with &quot;Save progress&quot;</source>
        <translation>Eine mit „Fortschritt speichern“ gesicherte Einrichtungsdatei öffnen</translation>
    </message>
    <message>
        <source>Use the &amp;demo subaccount</source>
        <translation>&amp;Demo-Unterkonto verwenden</translation>
    </message>
    <message>
        <source>Try the whole setup against a subaccount simulated on this computer: nothing reaches SAP BTP</source>
        <translation>Die ganze Einrichtung mit einem auf diesem Computer simulierten Unterkonto ausprobieren: Nichts erreicht SAP BTP</translation>
    </message>
    <message>
        <source>Connect a task provider to SAP Task Center</source>
        <translation>Einen Aufgabenanbieter mit SAP Task Center verbinden</translation>
    </message>
    <message>
        <source>This wizard walks you through SAP&apos;s documented steps and writes the destinations they need.</source>
        <translation>Dieser Assistent führt Sie durch die von SAP dokumentierten Schritte und schreibt die Destinations, die dafür nötig sind.</translation>
    </message>
    <message>
        <source>&amp;Task provider:</source>
        <translation>&amp;Aufgabenanbieter:</translation>
    </message>
    <message>
        <source>Check an e&amp;xisting configuration…</source>
        <translation>&amp;Vorhandene Konfiguration prüfen…</translation>
    </message>
    <message>
        <source>Check destinations that exist already, in a subaccount or in exported files, and see what is wrong and how to fix it</source>
        <translation>Bereits vorhandene Destinations in einem Unterkonto oder in exportierten Dateien prüfen und sehen, was falsch ist und wie Sie es beheben</translation>
    </message>
    <message>
        <source>C&amp;ontinue where you left off (%1)</source>
        <translation>Dort weiter&amp;machen, wo Sie aufgehört haben (%1)</translation>
    </message>
    <message>
        <source>The setup you were working on when the wizard was last closed</source>
        <translation>Die Einrichtung, an der Sie gearbeitet haben, als der Assistent zuletzt geschlossen wurde</translation>
    </message>
    <message>
        <source>&amp;Restart in this language</source>
        <translation>In dieser Sprache neu sta&amp;rten</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The wizard speaks %1 from its next start. Restart now to see it at once; the setup so far is kept.</source>
        <translation>Der Assistent spricht ab dem nächsten Start %1. Starten Sie ihn jetzt neu, um es sofort zu sehen; die bisherige Einrichtung bleibt erhalten.</translation>
    </message>
    <message>
        <source>You will set up these destinations in the subaccount where SAP Task Center runs:</source>
        <translation>Sie richten diese Destinations in dem Unterkonto ein, in dem SAP Task Center läuft:</translation>
    </message>
    <message>
        <source>Have at hand:</source>
        <translation>Halten Sie bereit:</translation>
    </message>
    <message>
        <source>SAP&apos;s guides for these steps:</source>
        <translation>Die Anleitungen von SAP zu diesen Schritten:</translation>
    </message>
    <message>
        <source>access to the SAP BTP cockpit of the subaccount where SAP Task Center runs,</source>
        <translation>Zugriff auf das SAP BTP Cockpit des Unterkontos, in dem SAP Task Center läuft,</translation>
    </message>
    <message>
        <source>administrator access to %1.</source>
        <translation>Administratorzugriff auf %1.</translation>
    </message>
    <message>
        <source>No browser could be opened. SAP&apos;s guide is at %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Die Anleitung von SAP finden Sie unter %1</translation>
    </message>
</context>
<context>
    <name>WizardApplication</name>
    <message>
        <source>Task Center Connect wizard</source>
        <translation>Task Center Connect – Assistent</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de or en.</source>
        <translation>Sprache des Fensters, z. B. de oder en.</translation>
    </message>
    <message>
        <source>Continue the setup saved in FILE.</source>
        <translation>Die in FILE gespeicherte Einrichtung fortsetzen.</translation>
    </message>
    <message>
        <source>The wizard needs a screen, and this session has none (no DISPLAY or WAYLAND_DISPLAY). Start it on a desktop or with ssh -X, or use the commands that need no window: taskcenter-connect --help</source>
        <translation>Der Assistent braucht einen Bildschirm, und diese Sitzung hat keinen (weder DISPLAY noch WAYLAND_DISPLAY). Starten Sie ihn auf einem Desktop oder mit ssh -X, oder verwenden Sie die Befehle, die kein Fenster brauchen: taskcenter-connect --help</translation>
    </message>
    <message>
        <source>Run &apos;taskcenter-connect --help&apos; for the options.</source>
        <translation>Die Optionen zeigt „taskcenter-connect --help“.</translation>
    </message>
</context>
</TS>
