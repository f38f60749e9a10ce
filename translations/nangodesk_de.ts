<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation>Datensätze exportieren</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>The current filtered view</source>
        <translation>Die aktuelle gefilterte Ansicht</translation>
    </message>
    <message>
        <source>The whole model</source>
        <translation>Das gesamte Modell</translation>
    </message>
    <message>
        <source>Include deleted records (tombstones)</source>
        <translation>Gelöschte Datensätze einschließen (Grabstein-Einträge)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>&amp;Trennzeichen</translation>
    </message>
    <message>
        <source>First line is a header with the column names</source>
        <translation>Erste Zeile ist eine Kopfzeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte-order mark (for Excel)</source>
        <translation>Mit einer UTF-8-Bytereihenfolge-Marke (BOM) beginnen (für Excel)</translation>
    </message>
    <message>
        <source>Neutralise cells that start with = + - @ (formula injection)</source>
        <translation>Zellen neutralisieren, die mit = + - @ beginnen (Formelinjektion)</translation>
    </message>
</context>
<context>
    <name>FrequencyDialog</name>
    <message>
        <source>Change sync frequency</source>
        <translation>Synchronisierungshäufigkeit ändern</translation>
    </message>
    <message>
        <source>every 30 minutes</source>
        <translation>every 30 minutes</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Go back to the frequency set in the sync's configuration</source>
        <translation>Zur Häufigkeit aus der Konfiguration der Synchronisierung zurückkehren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nango Desk</source>
        <translation>Nango Desk</translation>
    </message>
    <message>
        <source>Profile and environment</source>
        <translation>Profil und Umgebung</translation>
    </message>
    <message>
        <source>Keep keys for this session only</source>
        <translation>Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Nango Desk</source>
        <translation>Über &amp;Nango Desk</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %L2 records</source>
        <translation>%1 — %L2 Datensätze</translation>
    </message>
</context>
<context>
    <name>ResyncDialog</name>
    <message>
        <source>Trigger a sync run</source>
        <translation>Synchronisierungslauf auslösen</translation>
    </message>
    <message>
        <source>Resync the entire dataset (reset)</source>
        <translation>Gesamten Datenbestand neu synchronisieren (Zurücksetzen)</translation>
    </message>
    <message>
        <source>Resync the entire dataset</source>
        <translation>Gesamten Datenbestand neu synchronisieren</translation>
    </message>
    <message>
        <source>Nango forgets the sync's checkpoint and fetches everything from the provider again. Records that did not change keep their cursor position.</source>
        <translation>Nango verwirft den Checkpoint der Synchronisierung und ruft alles erneut vom Anbieter ab. Unveränderte Datensätze behalten ihre Cursorposition.</translation>
    </message>
    <message>
        <source>Also empty Nango's cache of these records</source>
        <translation>Außerdem den Cache von Nango für diese Datensätze leeren</translation>
    </message>
    <message>
        <source>Empty Nango's cache</source>
        <translation>Cache von Nango leeren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Destructive.&lt;/b&gt; Nango deletes its stored records and saves them again as new rows: every cursor held by any consumer (your production backend too) becomes meaningless, and every record is reported as added. Nango Desk keeps its local copy until the new pull completes, then drops the records that did not come back.</source>
        <translation>&lt;b&gt;Destruktiv.&lt;/b&gt; Nango löscht seine gespeicherten Datensätze und speichert sie als neue Zeilen erneut: Jeder Cursor, den ein Abnehmer hält (auch Ihr Produktiv-Backend), wird bedeutungslos, und jeder Datensatz wird als hinzugefügt gemeldet. Nango Desk behält seine lokale Kopie, bis der neue Abruf abgeschlossen ist, und verwirft dann die Datensätze, die nicht zurückgekommen sind.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop administration for Nango.</source>
        <translation>Desktop-Verwaltung für Nango.</translation>
    </message>
    <message>
        <source>Start on the built-in demo environment.</source>
        <translation>Mit der integrierten Demo-Umgebung starten.</translation>
    </message>
    <message>
        <source>Profile to open.</source>
        <translation>Zu öffnendes Profil.</translation>
    </message>
    <message>
        <source>Records per model in the demo (default 10000).</source>
        <translation>Datensätze pro Modell in der Demo (Standard: 10000).</translation>
    </message>
    <message>
        <source>Save a screenshot of every panel, then quit.</source>
        <translation>Von jedem Bereich ein Bildschirmfoto speichern und dann beenden.</translation>
    </message>
</context>
<context>
    <name>nd</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>text ("%1")</source>
        <translation>Text („%1“)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>die Eingabe</translation>
    </message>
    <message>
        <source>the records page is not JSON</source>
        <translation>die Datensatzseite ist kein JSON</translation>
    </message>
    <message>
        <source>the records page is not a JSON object</source>
        <translation>die Datensatzseite ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the records page is malformed</source>
        <translation>die Datensatzseite ist fehlerhaft</translation>
    </message>
    <message>
        <source>next_cursor is neither a string nor null</source>
        <translation>next_cursor ist weder ein String noch null</translation>
    </message>
    <message>
        <source>records is not an array</source>
        <translation>records ist kein Array</translation>
    </message>
    <message>
        <source>a record is not a JSON object</source>
        <translation>ein Datensatz ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a record is malformed</source>
        <translation>ein Datensatz ist fehlerhaft</translation>
    </message>
    <message>
        <source>a record id is neither a string nor a number</source>
        <translation>eine Datensatz-ID ist weder ein String noch eine Zahl</translation>
    </message>
    <message>
        <source>a record's _nango_metadata is malformed</source>
        <translation>die _nango_metadata eines Datensatzes sind fehlerhaft</translation>
    </message>
    <message>
        <source>a record lacks its id or _nango_metadata.cursor</source>
        <translation>einem Datensatz fehlt seine id oder _nango_metadata.cursor</translation>
    </message>
    <message>
        <source>a record's last_modified_at is not a timestamp: %1</source>
        <translation>last_modified_at eines Datensatzes ist kein Zeitstempel: %1</translation>
    </message>
    <message>
        <source>the answer has no records array</source>
        <translation>die Antwort enthält kein records-Array</translation>
    </message>
    <message>
        <source>No API key for profile "%1": %2 Set NANGO_SECRET_KEY, or save the key in Nango Desk's Settings.</source>
        <translation>Kein API-Schlüssel für das Profil „%1“: %2 Setzen Sie NANGO_SECRET_KEY oder speichern Sie den Schlüssel in den Einstellungen von Nango Desk.</translation>
    </message>
    <message>
        <source>No webhook signing key for profile "%1": %2 Set NANGO_WEBHOOK_SIGNING_KEY (Nango dashboard: Environment settings &gt; Webhooks), or save it in Nango Desk's Settings.</source>
        <translation>Kein Webhook-Signaturschlüssel für das Profil „%1“: %2 Setzen Sie NANGO_WEBHOOK_SIGNING_KEY (Nango-Dashboard: Environment settings &gt; Webhooks) oder speichern Sie ihn in den Einstellungen von Nango Desk.</translation>
    </message>
    <message>
        <source>No database password for profile "%1": %2 Set PGPASSWORD or NANGO_DESK_DB_PASSWORD, use ~/.pgpass, or save it in Nango Desk's Settings.</source>
        <translation>Kein Datenbankpasswort für das Profil „%1“: %2 Setzen Sie PGPASSWORD oder NANGO_DESK_DB_PASSWORD, verwenden Sie ~/.pgpass oder speichern Sie es in den Einstellungen von Nango Desk.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for a password prompt. Unlock it, or keep the keys for this session only.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet. Er ist vielleicht gesperrt und wartet auf eine Passworteingabe. Entsperren Sie ihn oder behalten Sie die Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The profile's certificate authority file cannot be used: %1 Choose another one in Settings &gt; Network (or --ca-file).</source>
        <translation>Die Zertifizierungsstellen-Datei des Profils ist nicht verwendbar: %1 Wählen Sie eine andere unter Einstellungen &gt; Netzwerk (oder --ca-file).</translation>
    </message>
    <message>
        <source>%1 did not complete a TLS handshake (%2). Does the server speak HTTPS on that port? A self-hosted Nango without TLS is reached with http://; otherwise the server and Nango Desk share no TLS version.</source>
        <translation>%1 hat keinen TLS-Handshake abgeschlossen (%2). Spricht der Server auf diesem Port HTTPS? Ein selbst gehostetes Nango ohne TLS erreicht man mit http://; andernfalls teilen Server und Nango Desk keine TLS-Version.</translation>
    </message>
    <message>
        <source>The certificate of %1 changed since you trusted it for this profile: you trusted %2, the server now shows %3.
%4
If the server's administrator replaced the certificate, check the new fingerprint with them and trust it (Settings &gt; Network, or nango-desk-cli trust). Otherwise someone may be intercepting the connection: do not trust it.</source>
        <translation>Das Zertifikat von %1 hat sich geändert, seit Sie ihm für dieses Profil vertraut haben: Sie vertrauten %2, der Server zeigt jetzt %3.
%4
Wenn die Administration des Servers das Zertifikat ersetzt hat, prüfen Sie den neuen Fingerabdruck mit ihr und vertrauen Sie ihm (Einstellungen &gt; Netzwerk oder nango-desk-cli trust). Andernfalls hört womöglich jemand die Verbindung ab: Vertrauen Sie ihm nicht.</translation>
    </message>
    <message>
        <source>it is self-signed</source>
        <translation>es ist selbst signiert</translation>
    </message>
    <message>
        <source>If this is your own server, compare the fingerprint with the server's certificate and trust it for this profile (Settings &gt; Network, or nango-desk-cli trust).</source>
        <translation>Wenn es Ihr eigener Server ist, vergleichen Sie den Fingerabdruck mit dem Zertifikat des Servers und vertrauen Sie ihm für dieses Profil (Einstellungen &gt; Netzwerk oder nango-desk-cli trust).</translation>
    </message>
    <message>
        <source>it was issued by %1, an authority this computer does not trust</source>
        <translation>es wurde von %1 ausgestellt, einer Stelle, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>If your company runs its own certificate authority, add the authority's certificate to this profile (Settings &gt; Network, or --ca-file).</source>
        <translation>Wenn Ihre Firma eine eigene Zertifizierungsstelle betreibt, fügen Sie deren Zertifikat diesem Profil hinzu (Einstellungen &gt; Netzwerk oder --ca-file).</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>es ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>The server's administrator must renew it (or this computer's clock is wrong).</source>
        <translation>Die Administration des Servers muss es erneuern (oder die Uhr dieses Computers geht falsch).</translation>
    </message>
    <message>
        <source>it is valid only from %1</source>
        <translation>es gilt erst ab %1</translation>
    </message>
    <message>
        <source>Check this computer's date and time.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2</source>
        <translation>es wurde für %1 ausgestellt, nicht für %2</translation>
    </message>
    <message>
        <source>Use a name the certificate lists in the server URL, or ask the administrator for a certificate that names %1.</source>
        <translation>Verwenden Sie in der Server-URL einen Namen, den das Zertifikat nennt, oder bitten Sie die Administration um ein Zertifikat, das %1 nennt.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password (407) before it lets requests to %2 through. Enter them in Settings &gt; Network (the password is kept in the keychain), or for the command line put the user in the proxy URL and the password in NANGO_DESK_PROXY_PASSWORD.</source>
        <translation>Der Proxy %1 verlangt Benutzername und Passwort (407), bevor er Anfragen an %2 durchlässt. Geben Sie sie unter Einstellungen &gt; Netzwerk ein (das Passwort bleibt im Schlüsselbund) oder setzen Sie für die Kommandozeile den Benutzer in die Proxy-URL und das Passwort in NANGO_DESK_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password it was given for requests to %2. Correct them in Settings &gt; Network (or the user in the proxy URL and NANGO_DESK_PROXY_PASSWORD).</source>
        <translation>Der Proxy %1 hat Benutzername und Passwort für Anfragen an %2 nicht angenommen. Korrigieren Sie sie unter Einstellungen &gt; Netzwerk (oder den Benutzer in der Proxy-URL und NANGO_DESK_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>The proxy %1 refused to open a connection to %2 (%3). Ask its administrator to allow that host and port, or add the host to no_proxy if it can be reached directly.</source>
        <translation>Der Proxy %1 hat es abgelehnt, eine Verbindung zu %2 zu öffnen (%3). Bitten Sie seine Administration, diesen Host und Port zu erlauben, oder nehmen Sie den Host in no_proxy auf, wenn er direkt erreichbar ist.</translation>
    </message>
    <message>
        <source>Cannot use the proxy %1 to reach %2: %3. Check the proxy setting (Settings &gt; Network, --proxy, or https_proxy in the environment).</source>
        <translation>Der Proxy %1 kann nicht genutzt werden, um %2 zu erreichen: %3. Prüfen Sie die Proxy-Einstellung (Einstellungen &gt; Netzwerk, --proxy oder https_proxy in der Umgebung).</translation>
    </message>
    <message>
        <source>The proxy setting cannot be used: %1</source>
        <translation>Die Proxy-Einstellung ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No proxy password for profile "%1": %2 Set NANGO_DESK_PROXY_PASSWORD, or enter it in Nango Desk's Settings &gt; Network.</source>
        <translation>Kein Proxy-Passwort für das Profil „%1“: %2 Setzen Sie NANGO_DESK_PROXY_PASSWORD oder geben Sie es in Nango Desk unter Einstellungen &gt; Netzwerk ein.</translation>
    </message>
    <message>
        <source>the search's matches are from an older snapshot of the cache: search again</source>
        <translation>die Treffer der Suche stammen aus einem älteren Stand des Caches: Suchen Sie erneut</translation>
    </message>
</context>
<context>
    <name>nd::ActionInputForm</name>
    <message>
        <source>* required</source>
        <translation>* erforderlich</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text (%1)</source>
        <translation>Text (%1)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr (true)</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch (false)</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>JSON list, e.g. ["a", "b"]</source>
        <translation>JSON-Liste, z. B. ["a", "b"]</translation>
    </message>
    <message>
        <source>JSON object, e.g. {"key": "value"}</source>
        <translation>JSON-Objekt, z. B. {"key": "value"}</translation>
    </message>
    <message>
        <source>any JSON value</source>
        <translation>ein beliebiger JSON-Wert</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Erforderlich. %1</translation>
    </message>
    <message>
        <source>"%1" is not valid JSON: %2</source>
        <translation>„%1“ ist kein gültiges JSON: %2</translation>
    </message>
</context>
<context>
    <name>nd::ActionInputView</name>
    <message>
        <source>Raw JSON input</source>
        <translation>Eingabe als reines JSON</translation>
    </message>
    <message>
        <source>The input as JSON, e.g. {"email": "ada@example.com"}. Empty: no input.</source>
        <translation>Die Eingabe als JSON, z. B. {"email": "ada@example.com"}. Leer: keine Eingabe.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Reines JSON</translation>
    </message>
    <message>
        <source>This action takes no input.</source>
        <translation>Diese Aktion nimmt keine Eingabe entgegen.</translation>
    </message>
    <message>
        <source>Nango sent no schema for %1: type the input in Raw JSON. Nango checks it.</source>
        <translation>Nango hat kein Schema für %1 gesendet: Geben Sie die Eingabe unter „Reines JSON“ ein. Nango prüft sie.</translation>
    </message>
    <message>
        <source>The input of this action is not an object with fields: type it in Raw JSON.</source>
        <translation>Die Eingabe dieser Aktion ist kein Objekt mit Feldern: Geben Sie sie unter „Reines JSON“ ein.</translation>
    </message>
    <message>
        <source>The raw input is not valid JSON.</source>
        <translation>Die reine Eingabe ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Not sent: the input does not fit what %1 expects.</source>
        <translation>Nicht gesendet: Die Eingabe passt nicht zu dem, was %1 erwartet.</translation>
    </message>
</context>
<context>
    <name>nd::ActionRunner</name>
    <message>
        <source>The input does not fit what the action "%1" expects, so it was not sent:
  - %2</source>
        <translation>Die Eingabe passt nicht zu dem, was die Aktion „%1“ erwartet, daher wurde sie nicht gesendet:
  - %2</translation>
    </message>
    <message>
        <source>The action "%1" did not finish within %2 s. </source>
        <translation>Die Aktion „%1“ wurde nicht innerhalb von %2 s fertig. </translation>
    </message>
    <message>
        <source>Stopped waiting for the action "%1". </source>
        <translation>Das Warten auf die Aktion „%1“ wurde beendet. </translation>
    </message>
    <message>
        <source>Nango keeps running it: its result will be at GET /action/%1.</source>
        <translation>Nango führt sie weiter aus: Ihr Ergebnis wird unter GET /action/%1 stehen.</translation>
    </message>
    <message>
        <source>Nango did not answer within %2 s while running the action "%1". </source>
        <translation>Nango hat bei der Ausführung der Aktion „%1“ nicht innerhalb von %2 s geantwortet. </translation>
    </message>
    <message>
        <source>It may still run on Nango; check the logs in the Nango dashboard before running it again. Long actions are better run with --async (X-Async).</source>
        <translation>Sie läuft vielleicht noch bei Nango; prüfen Sie die Logs im Nango-Dashboard, bevor Sie sie erneut ausführen. Lange Aktionen laufen besser mit --async (X-Async).</translation>
    </message>
    <message>
        <source>The action "%1" answered %2 with something that is not JSON: %3</source>
        <translation>Die Aktion „%1“ hat %2 mit etwas geantwortet, das kein JSON ist: %3</translation>
    </message>
    <message>
        <source>The action %1 ran, and its script failed: %2
The request reached Nango; the script (or the data it was given) needs a look. The run's logs are in the Nango dashboard (Logs).</source>
        <translation>Die Aktion %1 lief, und ihr Skript ist fehlgeschlagen: %2
Die Anfrage hat Nango erreicht; das Skript (oder die übergebenen Daten) sollte geprüft werden. Die Logs des Laufs stehen im Nango-Dashboard (Logs).</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <source>The action %1 called the provider's API, and the provider answered %2: %3
Nango reports this as 424 (failed dependency). Fix the data or the connection on the provider's side, then run it again.</source>
        <translation>Die Aktion %1 hat die API des Anbieters aufgerufen, und der Anbieter hat %2 geantwortet: %3
Nango meldet das als 424 (failed dependency). Korrigieren Sie die Daten oder die Verbindung beim Anbieter und führen Sie sie dann erneut aus.</translation>
    </message>
    <message>
        <source>The action %1 called the provider's API, and the provider answered with an error (Nango sent no details; see the run's logs in the Nango dashboard).</source>
        <translation>Die Aktion %1 hat die API des Anbieters aufgerufen, und der Anbieter hat mit einem Fehler geantwortet (Nango hat keine Details geschickt; siehe die Logs des Laufs im Nango-Dashboard).</translation>
    </message>
    <message>
        <source>Nango knows no connection "%1" for the integration %2. Check the connection id; if it exists in the dashboard, this API key probably belongs to another environment (dev or prod).</source>
        <translation>Nango kennt keine Verbindung „%1“ für die Integration %2. Prüfen Sie die Verbindungs-ID; wenn sie im Dashboard existiert, gehört dieser API-Schlüssel wahrscheinlich zu einer anderen Umgebung (dev oder prod).</translation>
    </message>
    <message>
        <source>Nango knows no integration %1 in this environment. Check the integration's unique key (Integrations in the Nango dashboard).</source>
        <translation>Nango kennt keine Integration %1 in dieser Umgebung. Prüfen Sie den eindeutigen Schlüssel der Integration (Integrations im Nango-Dashboard).</translation>
    </message>
    <message>
        <source>The action %1 is disabled in Nango for the integration %2. Enable it in the Nango dashboard (Integrations &gt; %3 &gt; Endpoints), then run it again.</source>
        <translation>Die Aktion %1 ist in Nango für die Integration %2 deaktiviert. Aktivieren Sie sie im Nango-Dashboard (Integrations &gt; %3 &gt; Endpoints) und führen Sie sie dann erneut aus.</translation>
    </message>
    <message>
        <source>Nango has no action %1 deployed for the integration %2. Check the name (the actions are listed under Integrations &gt; %3 &gt; Endpoints), or deploy it with the Nango CLI.</source>
        <translation>Nango hat keine Aktion %1 für die Integration %2 bereitgestellt. Prüfen Sie den Namen (die Aktionen stehen unter Integrations &gt; %3 &gt; Endpoints) oder stellen Sie sie mit der Nango-CLI bereit.</translation>
    </message>
    <message>
        <source>Nango refused the input of the action %1: it does not fit the action's input model</source>
        <translation>Nango hat die Eingabe der Aktion %1 abgelehnt: Sie passt nicht zum Eingabemodell der Aktion</translation>
    </message>
    <message>
        <source>The action %1 failed: %2</source>
        <translation>Die Aktion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The action %1 could not reach the provider's API (a network error inside Nango)%2. Try again later.</source>
        <translation>Die Aktion %1 konnte die API des Anbieters nicht erreichen (ein Netzwerkfehler innerhalb von Nango)%2. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Nango had an internal error (%1 %2) running the action %3%4. It was not retried, since an action may have side effects: check the logs in the Nango dashboard before running it again.</source>
        <translation>Nango hatte einen internen Fehler (%1 %2) bei der Ausführung der Aktion %3%4. Sie wurde nicht wiederholt, da eine Aktion Nebenwirkungen haben kann: Prüfen Sie die Logs im Nango-Dashboard, bevor Sie sie erneut ausführen.</translation>
    </message>
</context>
<context>
    <name>nd::ActionsPanel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions&lt;/b&gt; — run an action deployed on Nango for one connection. The input is checked before it is sent; every run is kept in the history.</source>
        <translation>&lt;b&gt;Aktionen&lt;/b&gt; — führen Sie eine in Nango bereitgestellte Aktion für eine Verbindung aus. Die Eingabe wird vor dem Senden geprüft; jeder Lauf bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Reloa&amp;d actions</source>
        <translation>Aktionen neu &amp;laden</translation>
    </message>
    <message>
        <source>Ask Nango again which actions are deployed (GET /scripts/config)</source>
        <translation>Nango erneut fragen, welche Aktionen bereitgestellt sind (GET /scripts/config)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the action and wait for its output</source>
        <translation>Die Aktion ausführen und auf ihre Ausgabe warten</translation>
    </message>
    <message>
        <source>Run &amp;asynchronously</source>
        <translation>As&amp;ynchron ausführen</translation>
    </message>
    <message>
        <source>Nango queues the run (X-Async) and Nango Desk asks for the result every second; better for long actions</source>
        <translation>Nango stellt den Lauf in die Warteschlange (X-Async), und Nango Desk fragt jede Sekunde nach dem Ergebnis; besser für lange Aktionen</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop waiting. An action Nango already started keeps running there.</source>
        <translation>Nicht länger warten. Eine Aktion, die Nango bereits gestartet hat, läuft dort weiter.</translation>
    </message>
    <message>
        <source>Action running</source>
        <translation>Aktion läuft</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Action output</source>
        <translation>Ausgabe der Aktion</translation>
    </message>
    <message>
        <source>&amp;Copy output</source>
        <translation>Ausgabe &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the output as JSON</source>
        <translation>Die Ausgabe als JSON kopieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Action history</source>
        <translation>Verlauf der Aktionen</translation>
    </message>
    <message>
        <source>Choose a run to see its input and output.</source>
        <translation>Wählen Sie einen Lauf, um seine Eingabe und Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>Input of the chosen run</source>
        <translation>Eingabe des gewählten Laufs</translation>
    </message>
    <message>
        <source>&amp;Use this input</source>
        <translation>Diese &amp;Eingabe verwenden</translation>
    </message>
    <message>
        <source>Choose this run's integration, connection and action, and put its input in the form</source>
        <translation>Integration, Verbindung und Aktion dieses Laufs wählen und seine Eingabe ins Formular übernehmen</translation>
    </message>
    <message>
        <source>Nango accepted the run as %1; waiting for the result…</source>
        <translation>Nango hat den Lauf als %1 angenommen; warte auf das Ergebnis…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the result: asked Nango %n time(s) so far…</source>
        <translation>
            <numerusform>Warte auf das Ergebnis: Nango bisher %n Mal gefragt…</numerusform>
            <numerusform>Warte auf das Ergebnis: Nango bisher %n Mal gefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Nango which actions are deployed…</source>
        <translation>Frage Nango, welche Aktionen bereitgestellt sind…</translation>
    </message>
    <message>
        <source>Could not list the actions: %1</source>
        <translation>Die Aktionen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Nango lists these actions under %1 (same provider); they may belong to that integration only.</source>
        <translation>Nango führt diese Aktionen unter %1 (gleicher Anbieter); sie gehören möglicherweise nur zu dieser Integration.</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>actions not loaded</source>
        <translation>Aktionen nicht geladen</translation>
    </message>
    <message>
        <source>no actions deployed</source>
        <translation>keine Aktionen bereitgestellt</translation>
    </message>
    <message>
        <source>This integration has no actions deployed.</source>
        <translation>Für diese Integration sind keine Aktionen bereitgestellt.</translation>
    </message>
    <message>
        <source>The actions come from Nango once Nango Desk is connected.</source>
        <translation>Die Aktionen kommen von Nango, sobald Nango Desk verbunden ist.</translation>
    </message>
    <message>
        <source>No input.</source>
        <translation>Keine Eingabe.</translation>
    </message>
    <message>
        <source>Input: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Eingabe: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Output: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ausgabe: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disabled&lt;/b&gt; in Nango: running it will be refused.</source>
        <translation>In Nango &lt;b&gt;deaktiviert&lt;/b&gt;: Ein Lauf wird abgelehnt.</translation>
    </message>
    <message>
        <source>Choose an integration, a connection and an action first.</source>
        <translation>Wählen Sie zuerst eine Integration, eine Verbindung und eine Aktion.</translation>
    </message>
    <message>
        <source>Run on production?</source>
        <translation>In der Produktion ausführen?</translation>
    </message>
    <message>
        <source>%1 runs on the production environment for %2 / %3 and may change data at the provider.</source>
        <translation>%1 läuft in der Produktionsumgebung für %2 / %3 und kann Daten beim Anbieter ändern.</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Nango Desk is not connected to a Nango server yet: save a server and an API key in Settings first.</source>
        <translation>Nango Desk ist noch mit keinem Nango-Server verbunden: Speichern Sie zuerst einen Server und einen API-Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>Sending %1 to Nango to run asynchronously…</source>
        <translation>Sende %1 zur asynchronen Ausführung an Nango…</translation>
    </message>
    <message>
        <source>Running %1; Nango answers when it is done…</source>
        <translation>%1 läuft; Nango antwortet, sobald es fertig ist…</translation>
    </message>
    <message numerus="yes">
        <source>Done in %1 s (asked %n time(s)).</source>
        <translation>
            <numerusform>Fertig in %1 s (%n Mal gefragt).</numerusform>
            <numerusform>Fertig in %1 s (%n Mal gefragt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Fertig in %1 s.</translation>
    </message>
    <message>
        <source>Cancelled after %1 s.</source>
        <translation>Nach %1 s abgebrochen.</translation>
    </message>
    <message>
        <source>Failed after %1 s.</source>
        <translation>Nach %1 s fehlgeschlagen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>async</source>
        <translation>asynchron</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Run #%1: %2 on %3 / %4, %5</source>
        <translation>Lauf Nr. %1: %2 auf %3 / %4, %5</translation>
    </message>
    <message>
        <source>(no input)</source>
        <translation>(keine Eingabe)</translation>
    </message>
    <message>
        <source>Showing run #%1 from the history.</source>
        <translation>Lauf Nr. %1 aus dem Verlauf wird angezeigt.</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 is not available any more.</source>
        <translation>%1 / %2 / %3 ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The input of run #%1 is ready; run it again when it is right.</source>
        <translation>Die Eingabe von Lauf Nr. %1 ist bereit; führen Sie sie erneut aus, wenn sie stimmt.</translation>
    </message>
</context>
<context>
    <name>nd::ActivityPanel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Art der Aktivität</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Pulls</source>
        <translation>Abrufe</translation>
    </message>
    <message>
        <source>Admin actions</source>
        <translation>Verwaltungsaktionen</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Open logs in Nango</source>
        <translation>Protokolle in Nango öffnen</translation>
    </message>
    <message>
        <source>Nango keeps execution logs for 15 days in its dashboard; there is no public logs API.</source>
        <translation>Nango bewahrt Ausführungsprotokolle 15 Tage lang in seinem Dashboard auf; es gibt keine öffentliche API für Protokolle.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activity&lt;/b&gt; — what Nango Desk received and did, kept locally.</source>
        <translation>&lt;b&gt;Aktivität&lt;/b&gt; — was Nango Desk empfangen und getan hat, lokal gespeichert.</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <source>admin action</source>
        <translation>Verwaltungsaktion</translation>
    </message>
    <message>
        <source>%1 (variant %2)</source>
        <translation>%1 (Variante %2)</translation>
    </message>
    <message>
        <source>&amp;Replay webhook</source>
        <translation>Webhook &amp;wiederholen</translation>
    </message>
    <message>
        <source>Process the selected verified webhook again, as if Nango had just sent it (its pull runs)</source>
        <translation>Den gewählten verifizierten Webhook erneut verarbeiten, als hätte Nango ihn gerade gesendet (sein Abruf läuft)</translation>
    </message>
    <message>
        <source>Webhook #%1 replayed: what it asks for is queued.</source>
        <translation>Webhook #%1 wiederholt: Was er verlangt, ist eingereiht.</translation>
    </message>
    <message>
        <source>Missed webhooks</source>
        <translation>Verpasste Webhooks</translation>
    </message>
</context>
<context>
    <name>nd::AdminActions</name>
    <message>
        <source>all syncs</source>
        <translation>alle Syncs</translation>
    </message>
    <message>
        <source>This role may only read the shared cache: admin actions are for whoever runs its watcher.</source>
        <translation>Diese Rolle darf den gemeinsamen Cache nur lesen: Verwaltungsaktionen übernimmt, wer seinen Watcher betreibt.</translation>
    </message>
    <message>
        <source>webhooks to the environment's URLs</source>
        <translation>Webhooks an die URLs der Umgebung</translation>
    </message>
    <message>
        <source>webhooks to %1</source>
        <translation>Webhooks an %1</translation>
    </message>
</context>
<context>
    <name>nd::ApiError</name>
    <message>
        <source> (Nango said: %1)</source>
        <translation> (Nango sagte: %1)</translation>
    </message>
    <message>
        <source>Nango knows no such connection for this integration%1. If it exists in the dashboard, this API key probably belongs to another environment (dev or prod).</source>
        <translation>Nango kennt keine solche Verbindung für diese Integration%1. Wenn sie im Dashboard existiert, gehört dieser API-Schlüssel wahrscheinlich zu einer anderen Umgebung (dev oder prod).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the server URL and your network connection.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Server-URL und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The server may be overloaded or unreachable; Nango Desk will try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Der Server ist vielleicht überlastet oder nicht erreichbar; Nango Desk versucht es erneut.</translation>
    </message>
    <message>
        <source>The server at %1 answered with a web page, not Nango's API. Check the server URL: Nango Cloud is https://api.nango.dev; a self-hosted Nango serves its API on port 3003 by default, not the dashboard's port.</source>
        <translation>Der Server unter %1 hat mit einer Webseite geantwortet, nicht mit der API von Nango. Prüfen Sie die Server-URL: Nango Cloud ist https://api.nango.dev; ein selbst gehostetes Nango bietet seine API standardmäßig auf Port 3003 an, nicht auf dem Port des Dashboards.</translation>
    </message>
    <message>
        <source>%1 answered %2 with data Nango Desk does not understand. Is this a Nango server, and a recent version?</source>
        <translation>%1 hat auf %2 mit Daten geantwortet, die Nango Desk nicht versteht. Ist das ein Nango-Server, und eine aktuelle Version?</translation>
    </message>
    <message>
        <source>Nango rejected the API key: it is not a UUID. Copy the environment API key from the Nango dashboard (Environment settings &gt; API keys).</source>
        <translation>Nango hat den API-Schlüssel abgelehnt: Er ist keine UUID. Kopieren Sie den API-Schlüssel der Umgebung aus dem Nango-Dashboard (Environment settings &gt; API keys).</translation>
    </message>
    <message>
        <source>Nango did not receive an API key. Add the environment API key to this profile.</source>
        <translation>Nango hat keinen API-Schlüssel erhalten. Fügen Sie diesem Profil den API-Schlüssel der Umgebung hinzu.</translation>
    </message>
    <message>
        <source>Nango rejected the API key%1: it is wrong, revoked, or belongs to another environment or account. Copy the API key of this environment from the Nango dashboard (Environment settings &gt; API keys).</source>
        <translation>Nango hat den API-Schlüssel abgelehnt%1: Er ist falsch, widerrufen oder gehört zu einer anderen Umgebung oder einem anderen Konto. Kopieren Sie den API-Schlüssel dieser Umgebung aus dem Nango-Dashboard (Environment settings &gt; API keys).</translation>
    </message>
    <message>
        <source>needed for this call</source>
        <translation>für diesen Aufruf nötig</translation>
    </message>
    <message>
        <source>The API key lacks the scope %1. Give the key that scope in the Nango dashboard (Environment settings &gt; API keys), or use a key with full access.</source>
        <translation>Dem API-Schlüssel fehlt der Scope %1. Geben Sie dem Schlüssel diesen Scope im Nango-Dashboard (Environment settings &gt; API keys) oder verwenden Sie einen Schlüssel mit vollem Zugriff.</translation>
    </message>
    <message>
        <source>Nango found nothing at %1%2. If it exists in the dashboard, check that the key belongs to the same environment.</source>
        <translation>Nango hat unter %1 nichts gefunden%2. Wenn es im Dashboard existiert, prüfen Sie, ob der Schlüssel zur selben Umgebung gehört.</translation>
    </message>
    <message>
        <source>Nango refused the request (%1 %2)%3.</source>
        <translation>Nango hat die Anfrage abgelehnt (%1 %2)%3.</translation>
    </message>
    <message>
        <source>Nango's rate limit for this account is used up (the limit is shared with your production backend). Nango Desk slows down and retries; consider a longer poll interval.</source>
        <translation>Das Ratenlimit von Nango für dieses Konto ist aufgebraucht (es wird mit Ihrem Produktions-Backend geteilt). Nango Desk wird langsamer und versucht es erneut; erwägen Sie ein längeres Abfrageintervall.</translation>
    </message>
    <message>
        <source>Nango had an internal error (%1 %2)%3. It will be retried later.</source>
        <translation>Nango hatte einen internen Fehler (%1 %2)%3. Es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than Nango Desk takes in one (%2 MB): it was stopped there. Ask for smaller pages (the page size in Settings, or --page-size).</source>
        <translation>%1 hat eine Antwort geschickt, die größer ist, als Nango Desk auf einmal annimmt (%2 MB): Sie wurde dort abgebrochen. Fordern Sie kleinere Seiten an (die Seitengröße in den Einstellungen oder --page-size).</translation>
    </message>
</context>
<context>
    <name>nd::AppContext</name>
    <message>
        <source>The listener is not running; add the webhook signing key and save.</source>
        <translation>Der Empfänger läuft nicht; fügen Sie den Webhook-Signaturschlüssel hinzu und speichern Sie.</translation>
    </message>
    <message>
        <source>Nango Desk is still starting; try again in a moment.</source>
        <translation>Nango Desk startet noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the key works and sees %n integration(s).</source>
        <translation>
            <numerusform>Verbunden mit %1: Der Schlüssel funktioniert und sieht %n Integration.</numerusform>
            <numerusform>Verbunden mit %1: Der Schlüssel funktioniert und sieht %n Integrationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers and its certificate is trusted. Type this environment's API key to test the key too.</source>
        <translation>%1 antwortet, und seinem Zertifikat wird vertraut. Geben Sie den API-Schlüssel dieser Umgebung ein, um auch den Schlüssel zu testen.</translation>
    </message>
    <message>
        <source>%1 answers. Type this environment's API key to test the key too.</source>
        <translation>%1 antwortet. Geben Sie den API-Schlüssel dieser Umgebung ein, um auch den Schlüssel zu testen.</translation>
    </message>
</context>
<context>
    <name>nd::Application</name>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Keys you type now stay in memory until Nango Desk quits.</source>
        <translation>Die jetzt eingegebenen Schlüssel bleiben bis zum Beenden von Nango Desk im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The server URL must be an http(s) address, e.g. http://localhost:3003.</source>
        <translation>Die Server-URL muss eine http(s)-Adresse sein, z. B. http://localhost:3003.</translation>
    </message>
    <message>
        <source>A shared cache is a postgresql:// URI, e.g. postgresql://nangodesk@db.example.com:5432/nangodesk.</source>
        <translation>Ein gemeinsamer Cache ist eine postgresql://-URI, z. B. postgresql://nangodesk@db.example.com:5432/nangodesk.</translation>
    </message>
</context>
<context>
    <name>nd::CacheCheck</name>
    <message>
        <source>The cache file %1 can be used.</source>
        <translation>Die Cache-Datei %1 kann verwendet werden.</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be written here.</source>
        <translation>Die Cache-Datei %1 kann hier nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2. The database is empty: Nango Desk creates its tables when it starts with this cache.</source>
        <translation>Verbunden mit %1 als %2. Die Datenbank ist leer: Nango Desk legt seine Tabellen an, wenn es mit diesem Cache startet.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but the database is empty and %2 may not create tables in it. Ask its owner to run: GRANT CREATE ON SCHEMA public TO %2; or to start Nango Desk once as the owner.</source>
        <translation>Verbunden mit %1 als %2, aber die Datenbank ist leer und %2 darf darin keine Tabellen anlegen. Bitten Sie ihren Eigentümer, GRANT CREATE ON SCHEMA public TO %2; auszuführen oder Nango Desk einmal als Eigentümer zu starten.</translation>
    </message>
    <message numerus="yes">
        <source>%n sync stream(s)</source>
        <translation>
            <numerusform>%n Sync-Stream</numerusform>
            <numerusform>%n Sync-Streams</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 as %2: schema %3, %4. %2 may only read it: this window shows the cache but neither pulls nor changes syncs.</source>
        <translation>Verbunden mit %1 als %2: Schema %3, %4. %2 darf ihn nur lesen: Dieses Fenster zeigt den Cache, holt aber keine Daten und ändert keine Syncs.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2: schema %3, %4. Several Nango Desks and watch services may share it; each stream is pulled by one of them at a time.</source>
        <translation>Verbunden mit %1 als %2: Schema %3, %4. Mehrere Nango Desks und Watch-Dienste können ihn teilen; jeden Stream holt jeweils nur einer von ihnen.</translation>
    </message>
</context>
<context>
    <name>nd::CatalogSync</name>
    <message>
        <source>Nango's last run of this sync failed.</source>
        <translation>Der letzte Lauf dieses Syncs bei Nango ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Nango finished a run</source>
        <translation>Nango hat einen Lauf abgeschlossen</translation>
    </message>
    <message>
        <source>Nango's count differs from the cache's</source>
        <translation>die Anzahl bei Nango weicht von der im Cache ab</translation>
    </message>
    <message>
        <source>never pulled</source>
        <translation>noch nie abgerufen</translation>
    </message>
</context>
<context>
    <name>nd::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>This computer trusts the certificate of %1.</source>
        <translation>Dieser Computer vertraut dem Zertifikat von %1.</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>%1 (itself: self-signed)</source>
        <translation>%1 (sich selbst: selbst signiert)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Trusted before</source>
        <translation>Bisher vertraut</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for profile "%1"</source>
        <translation>Diesem Zertifikat für das Profil „%1“ &amp;vertrauen</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server's administrator gives you first. Only this certificate is trusted, and only for this profile.</source>
        <translation>Vergleichen Sie zuerst den Fingerabdruck mit dem, den Ihnen die Administration des Servers nennt. Nur diesem Zertifikat wird vertraut, und nur für dieses Profil.</translation>
    </message>
</context>
<context>
    <name>nd::CertificateInfo</name>
    <message>
        <source>Issued to: %1</source>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>Issued by: %1 (self-signed)</source>
        <translation>Ausgestellt von: %1 (selbst signiert)</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Gültig: %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
</context>
<context>
    <name>nd::ConnectionsPanel</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Search connection id, customer name or email</source>
        <translation>Verbindungs-ID, Kundenname oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Verbindungen durchsuchen</translation>
    </message>
    <message>
        <source>Filter by integration</source>
        <translation>Nach Integration filtern</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Zustand filtern</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Auth error</source>
        <translation>Authentifizierungsfehler</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sync-Fehler</translation>
    </message>
    <message>
        <source>Paused syncs</source>
        <translation>Pausierte Syncs</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connections&lt;/b&gt; — one customer's account at one provider. Double-click one to see its syncs.</source>
        <translation>&lt;b&gt;Verbindungen&lt;/b&gt; — das Konto eines Kunden bei einem Anbieter. Doppelklicken Sie auf eine Verbindung, um ihre Synchronisierungen anzuzeigen.</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Alle Integrationen</translation>
    </message>
    <message>
        <source>auth error</source>
        <translation>Authentifizierungsfehler</translation>
    </message>
    <message>
        <source>sync error</source>
        <translation>Sync-Fehler</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Nango reports an authorization problem: the customer must reconnect.</source>
        <translation>Nango meldet ein Autorisierungsproblem: Der Kunde muss sich erneut verbinden.</translation>
    </message>
    <message>
        <source>pulls failing</source>
        <translation>Abrufe schlagen fehl</translation>
    </message>
    <message>
        <source>%1 of %2 syncs paused</source>
        <translation>%1 von %2 Syncs pausiert</translation>
    </message>
    <message>
        <source>Route &amp;webhooks…</source>
        <translation>&amp;Webhooks umleiten…</translation>
    </message>
    <message>
        <source>Where Nango sends the selected connection's webhooks: the environment's URLs, or a tunnel to this desktop</source>
        <translation>Wohin Nango die Webhooks der gewählten Verbindung schickt: an die URLs der Umgebung oder durch einen Tunnel zu diesem Desktop</translation>
    </message>
    <message numerus="yes">
        <source>%n missed webhook(s)</source>
        <translation>
            <numerusform>%n verpasster Webhook</numerusform>
            <numerusform>%n verpasste Webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>Nango finished runs whose webhooks never came: Activity &gt; Missed webhooks says which.</source>
        <translation>Nango hat Läufe beendet, deren Webhooks nie ankamen: Aktivität &gt; Verpasste Webhooks nennt sie.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>routed to %1</source>
        <translation>umgeleitet an %1</translation>
    </message>
    <message>
        <source>Nango sends this connection's webhooks to %1 only (set from Nango Desk %2). Route webhooks… shows what Nango has now.</source>
        <translation>Nango sendet die Webhooks dieser Verbindung nur an %1 (von Nango Desk eingestellt %2). „Webhooks umleiten…“ zeigt, was Nango jetzt hat.</translation>
    </message>
</context>
<context>
    <name>nd::ConsoleModel</name>
    <message>
        <source>NULL: no value</source>
        <translation>NULL: kein Wert</translation>
    </message>
</context>
<context>
    <name>nd::ConsoleRunner</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>nd::Database</name>
    <message>
        <source>The file or its folder is read-only or not accessible: make it writable, or choose another cache (--db).</source>
        <translation>Die Datei oder ihr Ordner ist schreibgeschützt oder nicht zugänglich: Machen Sie sie beschreibbar oder wählen Sie einen anderen Cache (--db).</translation>
    </message>
    <message>
        <source>The disk is full: free some space.</source>
        <translation>Der Datenträger ist voll: Geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <source>Another program holds the cache locked; close it and try again.</source>
        <translation>Ein anderes Programm hält den Cache gesperrt; schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the disk and the file.</source>
        <translation>Prüfen Sie den Datenträger und die Datei.</translation>
    </message>
    <message>
        <source>Cannot read the cache %1: %2. %3</source>
        <translation>Der Cache %1 kann nicht gelesen werden: %2. %3</translation>
    </message>
    <message>
        <source>Cannot use the cache %1: %2. %3</source>
        <translation>Der Cache %1 kann nicht verwendet werden: %2. %3</translation>
    </message>
    <message>
        <source>Cannot upgrade the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer Nango Desk (schema %2; this one knows %3). Update Nango Desk, or point it at another cache file.</source>
        <translation>Der Cache %1 wurde von einem neueren Nango Desk geschrieben (Schema %2; dieses kennt %3). Aktualisieren Sie Nango Desk oder verwenden Sie eine andere Cache-Datei.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot be read: %2. If it is damaged, start Nango Desk or run nango-desk-cli check: they keep what can be read and fetch the rest from Nango.</source>
        <translation>Der Cache %1 kann nicht gelesen werden: %2. Wenn er beschädigt ist, starten Sie Nango Desk oder führen Sie nango-desk-cli check aus: Sie behalten, was lesbar ist, und holen den Rest von Nango.</translation>
    </message>
    <message>
        <source>The cache %1 has no tables yet: Nango Desk creates them when it starts.</source>
        <translation>Der Cache %1 hat noch keine Tabellen: Nango Desk legt sie beim Start an.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2). Run nango-desk-cli check, or start Nango Desk: they keep what can be read and fetch the rest from Nango.</source>
        <translation>Der Cache %1 ist beschädigt (%2). Führen Sie nango-desk-cli check aus oder starten Sie Nango Desk: Sie behalten, was lesbar ist, und holen den Rest von Nango.</translation>
    </message>
    <message>
        <source>Cannot upgrade the cache %1 to schema %2: %3 %4</source>
        <translation>Der Cache %1 kann nicht auf Schema %2 aktualisiert werden: %3 %4</translation>
    </message>
</context>
<context>
    <name>nd::Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>Der Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The cache file is damaged: run nango-desk-cli check, or start Nango Desk; they keep what can be read and fetch the rest from Nango.</source>
        <translation>Die Cache-Datei ist beschädigt: Führen Sie nango-desk-cli check aus oder starten Sie Nango Desk; sie behalten, was lesbar ist, und holen den Rest von Nango.</translation>
    </message>
</context>
<context>
    <name>nd::ExportDialog</name>
    <message>
        <source>CSV (one column per field)</source>
        <translation>CSV (eine Spalte pro Feld)</translation>
    </message>
    <message>
        <source>JSON Lines (each record as Nango returned it)</source>
        <translation>JSON Lines (jeder Datensatz so, wie Nango ihn geliefert hat)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Datensätze exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Wrote %L1 records to %2.</source>
        <translation>%L1 Datensätze in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export &lt;b&gt;%L1 records&lt;/b&gt; of %2 from the local cache.</source>
        <translation>&lt;b&gt;%L1 Datensätze&lt;/b&gt; von %2 aus dem lokalen Cache exportieren.</translation>
    </message>
</context>
<context>
    <name>nd::FieldFilters</name>
    <message>
        <source>Add a field filter</source>
        <translation>Feldfilter hinzufügen</translation>
    </message>
    <message>
        <source>Field to filter</source>
        <translation>Zu filterndes Feld</translation>
    </message>
    <message>
        <source>field contains…</source>
        <translation>Feld enthält…</translation>
    </message>
    <message>
        <source>Field filter</source>
        <translation>Feldfilter</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
</context>
<context>
    <name>nd::FrequencyDialog</name>
    <message>
        <source>How often Nango runs &lt;b&gt;%1&lt;/b&gt; for this connection (now: %2). The minimum is 30 seconds.</source>
        <translation>Wie oft Nango &lt;b&gt;%1&lt;/b&gt; für diese Verbindung ausführt (derzeit: %2). Das Minimum beträgt 30 Sekunden.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>der Standardwert</translation>
    </message>
</context>
<context>
    <name>nd::GuardedTcpServer</name>
    <message>
        <source>body of %1 bytes is over the %2-byte limit</source>
        <translation>Inhalt von %1 Bytes überschreitet die Grenze von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>nd::HistoryChart</name>
    <message>
        <source>Records changed per pull</source>
        <translation>Geänderte Datensätze pro Abruf</translation>
    </message>
    <message>
        <source>No pulls yet</source>
        <translation>Noch keine Abrufe</translation>
    </message>
    <message>
        <source>records added (green), updated (blue), deleted (red) per pull, on a logarithmic scale; orange: failed or interrupted</source>
        <translation>Hinzugefügte (grün), aktualisierte (blau) und gelöschte (rot) Datensätze pro Abruf, logarithmische Skala; orange: fehlgeschlagen oder unterbrochen</translation>
    </message>
</context>
<context>
    <name>nd::HistoryPanel</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Cursor before</source>
        <translation>Cursor vorher</translation>
    </message>
    <message>
        <source>Cursor after</source>
        <translation>Cursor nachher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Cursor history</source>
        <translation>Cursor-Verlauf</translation>
    </message>
    <message>
        <source>No cursor yet: the next pull starts from the beginning.</source>
        <translation>Noch kein Cursor: Der nächste Abruf beginnt von vorn.</translation>
    </message>
    <message>
        <source>The cursor stands at %1 (record %2), moved %3.</source>
        <translation>Der Cursor steht bei %1 (Datensatz %2), zuletzt verschoben %3.</translation>
    </message>
    <message>
        <source>The cursor is opaque to Nango Desk (%1…).</source>
        <translation>Der Cursor ist für Nango Desk opak (%1…).</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(Anfang)</translation>
    </message>
    <message>
        <source>(opaque)</source>
        <translation>(opak)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Connection and model</source>
        <translation>Verbindung und Modell</translation>
    </message>
    <message>
        <source>No stream yet: the first pull creates one per connection and model.</source>
        <translation>Noch kein Stream: Der erste Abruf legt einen pro Verbindung und Modell an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cursor history&lt;/b&gt; of %1 — generation %2, %L3 live records, %L4 deleted, %L5 pruned</source>
        <translation>&lt;b&gt;Cursor-Verlauf&lt;/b&gt; von %1 — Generation %2, %L3 aktive Datensätze, %L4 gelöscht, %L5 bereinigt</translation>
    </message>
</context>
<context>
    <name>nd::InputValidator</name>
    <message>
        <source>the action needs an input (%1)</source>
        <translation>die Aktion braucht eine Eingabe (%1)</translation>
    </message>
    <message>
        <source>%1 does not match any of the allowed shapes</source>
        <translation>%1 passt zu keiner der erlaubten Formen</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 must be one of %2, not %3</source>
        <translation>%1 muss eines von %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 muss %2 sein</translation>
    </message>
    <message>
        <source>"%1" is required</source>
        <translation>„%1“ ist erforderlich</translation>
    </message>
    <message>
        <source>"%1" is not a field of this input (allowed: %2)</source>
        <translation>„%1“ ist kein Feld dieser Eingabe (erlaubt: %2)</translation>
    </message>
</context>
<context>
    <name>nd::IntegrationsPanel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Integrations&lt;/b&gt; — the providers this environment is set up for. Double-click one to see its connections.</source>
        <translation>&lt;b&gt;Integrationen&lt;/b&gt; — die Anbieter, für die diese Umgebung eingerichtet ist. Doppelklicken Sie auf eine Integration, um ihre Verbindungen anzuzeigen.</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>Integrationen durchsuchen</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
</context>
<context>
    <name>nd::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>nd::KeyLoader</name>
    <message>
        <source>%1 names %2, which does not exist.</source>
        <translation>%1 nennt %2, das nicht existiert.</translation>
    </message>
    <message>
        <source>%1 may be read by other users: make it readable by its owner only (chmod 600 %1).</source>
        <translation>%1 kann von anderen Benutzern gelesen werden: Machen Sie es nur für seinen Eigentümer lesbar (chmod 600 %1).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>nothing in the environment.</source>
        <translation>nichts in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>nd::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profiles keep one Nango environment each: its server, keys and cache.</source>
        <translation>Jedes Profil enthält eine Nango-Umgebung: ihren Server, ihre Schlüssel und ihren Cache.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Name of the profile (e.g. the environment: dev, prod):</source>
        <translation>Name des Profils (z. B. die Umgebung: dev, prod):</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Syncs</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Cursor history</source>
        <translation>Cursor-Verlauf</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Profile &lt;b&gt;%1&lt;/b&gt;%2 — %3</source>
        <translation>Profil &lt;b&gt;%1&lt;/b&gt;%2 — %3</translation>
    </message>
    <message>
        <source>, environment &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>, Umgebung &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>built-in demo server</source>
        <translation>integrierter Demo-Server</translation>
    </message>
    <message>
        <source>PRODUCTION — </source>
        <translation>PRODUKTION — </translation>
    </message>
    <message>
        <source>About Nango Desk</source>
        <translation>Über Nango Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nango Desk %1&lt;/h3&gt;&lt;p&gt;A desktop administration tool and headless client for Nango.&lt;/p&gt;&lt;p&gt;Built on Qt %2 (LGPL-3.0), QtKeychain (BSD-3-Clause), SQLite %3 (public domain) and simdjson (Apache-2.0).&lt;/p&gt;&lt;p&gt;Nango Desk is MIT licensed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nango Desk %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Verwaltungswerkzeug und Headless-Client für Nango.&lt;/p&gt;&lt;p&gt;Basiert auf Qt %2 (LGPL-3.0), QtKeychain (BSD-3-Clause), SQLite %3 (gemeinfrei) und simdjson (Apache-2.0).&lt;/p&gt;&lt;p&gt;Nango Desk steht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Proxy console</source>
        <translation>Proxy-Konsole</translation>
    </message>
    <message>
        <source>PRODUCTION environment %1 — </source>
        <translation>PRODUKTIONS-Umgebung %1 — </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION</source>
        <translation>%1 — PRODUKTION</translation>
    </message>
    <message>
        <source> — shared cache &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> — gemeinsamer Cache &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Read-only: this database role may read the shared cache but neither pull nor change syncs, run actions or send proxy requests. Whoever runs its watcher does.</source>
        <translation>Nur lesen: Diese Datenbankrolle darf den gemeinsamen Cache lesen, aber weder Daten holen noch Syncs ändern, Aktionen ausführen oder Proxy-Anfragen senden. Das übernimmt, wer seinen Watcher betreibt.</translation>
    </message>
    <message>
        <source>SQL console</source>
        <translation>SQL-Konsole</translation>
    </message>
</context>
<context>
    <name>nd::MissedWebhooks</name>
    <message numerus="yes">
        <source>Nango finished a run of %1 at %2 with %n change(s); no verified webhook for it came within %3 s. Check the environment's webhook URL and signing key in Nango (or the connection's override); the poll pulled the changes.</source>
        <translation>
            <numerusform>Nango hat um %2 einen Lauf von %1 mit %n Änderung beendet; binnen %3 s kam kein verifizierter Webhook dafür. Prüfen Sie die Webhook-URL und den Signaturschlüssel der Umgebung in Nango (oder die Überschreibung der Verbindung); die Abfrage hat die Änderungen abgerufen.</numerusform>
            <numerusform>Nango hat um %2 einen Lauf von %1 mit %n Änderungen beendet; binnen %3 s kam kein verifizierter Webhook dafür. Prüfen Sie die Webhook-URL und den Signaturschlüssel der Umgebung in Nango (oder die Überschreibung der Verbindung); die Abfrage hat die Änderungen abgerufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::NetworkBox</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Certificate authorities file</source>
        <translation>Datei mit Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>none: the system's authorities only</source>
        <translation>keine: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>A PEM file with your company's certificate authority</source>
        <translation>Eine PEM-Datei mit der Zertifizierungsstelle Ihrer Firma</translation>
    </message>
    <message>
        <source>Certificate authorities (PEM)</source>
        <translation>Zertifizierungsstellen (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Also trust</source>
        <translation>Auch vertrauen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Stop trusting this certificate for this profile</source>
        <translation>Diesem Zertifikat für dieses Profil nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrautes Zertifikat</translation>
    </message>
    <message>
        <source>Show the server's &amp;certificate…</source>
        <translation>&amp;Zertifikat des Servers zeigen…</translation>
    </message>
    <message>
        <source>Who the server's certificate is for, who issued it, and whether it is trusted; a self-signed one can be trusted for this profile</source>
        <translation>Für wen das Zertifikat des Servers gilt, wer es ausgestellt hat und ob ihm vertraut wird; einem selbst signierten kann man für dieses Profil vertrauen</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>The system's (https_proxy, no_proxy, or the desktop's setting)</source>
        <translation>Der des Systems (https_proxy, no_proxy oder die Einstellung des Desktops)</translation>
    </message>
    <message>
        <source>None: straight to the server</source>
        <translation>Keiner: direkt zum Server</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>only for a proxy that asks</source>
        <translation>nur für einen Proxy, der danach fragt</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Proxy user and password</source>
        <translation>Proxy-Benutzer und -Passwort</translation>
    </message>
    <message>
        <source>A company's own authority or a self-signed server is trusted for this profile only; there is no switch that ignores certificate errors. The proxy's password is kept in the keychain. no_proxy names what goes straight, as curl reads it.</source>
        <translation>Der eigenen Zertifizierungsstelle einer Firma oder einem selbst signierten Server wird nur für dieses Profil vertraut; einen Schalter, der Zertifikatsfehler ignoriert, gibt es nicht. Das Passwort des Proxys bleibt im Schlüsselbund. no_proxy nennt, was direkt geht, so wie curl es liest.</translation>
    </message>
    <message>
        <source>stored in the %1; type to replace</source>
        <translation>im %1 gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>none (the system's authorities decide)</source>
        <translation>keins (die Zertifizierungsstellen des Systems entscheiden)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>nd::NetworkSettings</name>
    <message>
        <source>The proxy must be "system", "none" or a URL with a port, such as http://proxy.example.com:3128.</source>
        <translation>Der Proxy muss „system“, „none“ oder eine URL mit Port sein, etwa http://proxy.example.com:3128.</translation>
    </message>
    <message>
        <source>Nango Desk cannot speak TLS to a proxy: use its http:// address (requests to Nango stay encrypted end to end through it).</source>
        <translation>Nango Desk kann mit einem Proxy kein TLS sprechen: Verwenden Sie seine http://-Adresse (Anfragen an Nango bleiben durch ihn hindurch Ende-zu-Ende verschlüsselt).</translation>
    </message>
    <message>
        <source>The proxy's address must start with http://, socks5:// or socks5h://.</source>
        <translation>Die Adresse des Proxys muss mit http://, socks5:// oder socks5h:// beginnen.</translation>
    </message>
    <message>
        <source>Leave the password out of the proxy's URL: Nango Desk asks for it and keeps it in the keychain (or reads NANGO_DESK_PROXY_PASSWORD).</source>
        <translation>Lassen Sie das Passwort aus der URL des Proxys weg: Nango Desk fragt danach und bewahrt es im Schlüsselbund auf (oder liest NANGO_DESK_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>The proxy's URL has no path: give only http://host:port.</source>
        <translation>Die URL des Proxys hat keinen Pfad: Geben Sie nur http://host:port an.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 does not exist.</source>
        <translation>Die Datei mit Zertifizierungsstellen %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>Die Datei mit Zertifizierungsstellen %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate ("-----BEGIN CERTIFICATE-----"); export your authority's certificate in PEM form.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“); exportieren Sie das Zertifikat Ihrer Zertifizierungsstelle im PEM-Format.</translation>
    </message>
</context>
<context>
    <name>nd::PgConsole</name>
    <message>
        <source>would write (%1)</source>
        <translation>würde schreiben (%1)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped after the time limit of %1 s. Narrow the question (a WHERE on an indexed column, a LIMIT) or raise the limit.</source>
        <translation>Nach dem Zeitlimit von %1 s angehalten. Grenzen Sie die Frage ein (ein WHERE auf eine indizierte Spalte, ein LIMIT) oder erhöhen Sie das Limit.</translation>
    </message>
    <message>
        <source>There is no statement to run.</source>
        <translation>Es gibt keine Anweisung zum Ausführen.</translation>
    </message>
    <message>
        <source>is %1, not a question (SELECT, WITH, VALUES, TABLE, EXPLAIN or SHOW)</source>
        <translation>ist %1, keine Frage (SELECT, WITH, VALUES, TABLE, EXPLAIN oder SHOW)</translation>
    </message>
</context>
<context>
    <name>nd::PgDb</name>
    <message>
        <source>%1 is not a PostgreSQL URI: %2</source>
        <translation>%1 ist keine PostgreSQL-URI: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL URI carries a password. Leave it out: Nango Desk takes it from the keychain (Settings), PGPASSWORD or ~/.pgpass, so it never shows on a command line or in a log.</source>
        <translation>Die PostgreSQL-URI enthält ein Passwort. Lassen Sie es weg: Nango Desk nimmt es aus dem Schlüsselbund (Einstellungen), aus PGPASSWORD oder ~/.pgpass, damit es nie in einer Befehlszeile oder einem Protokoll erscheint.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer Nango Desk (schema %2; this one knows %3). Update Nango Desk, or point it at another cache.</source>
        <translation>Der Cache %1 wurde von einem neueren Nango Desk geschrieben (Schema %2; dieses kennt %3). Aktualisieren Sie Nango Desk oder verwenden Sie einen anderen Cache.</translation>
    </message>
    <message>
        <source>Cannot use the cache %1</source>
        <translation>Der Cache %1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Cannot prepare the cache %1</source>
        <translation>Der Cache %1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot upgrade the cache %1 to schema %2</source>
        <translation>Der Cache %1 kann nicht auf Schema %2 aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot upgrade the cache %1</source>
        <translation>Der Cache %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>PostgreSQL refused the credentials for %1. Save the right password in Settings (it is kept in the keychain), or give it with PGPASSWORD or ~/.pgpass; it is never taken from the command line.</source>
        <translation>PostgreSQL hat die Anmeldedaten für %1 abgelehnt. Speichern Sie das richtige Passwort in den Einstellungen (es liegt im Schlüsselbund) oder geben Sie es mit PGPASSWORD oder ~/.pgpass an; aus der Befehlszeile wird es nie genommen.</translation>
    </message>
    <message>
        <source>The database of %1 does not exist. Create it (createdb NAME, as a role allowed to) or point Nango Desk at another one.</source>
        <translation>Die Datenbank von %1 existiert nicht. Legen Sie sie an (createdb NAME, als berechtigte Rolle) oder verwenden Sie eine andere.</translation>
    </message>
    <message>
        <source>The role of %1 does not exist on that server. Check the user name in the URI.</source>
        <translation>Die Rolle von %1 existiert auf diesem Server nicht. Prüfen Sie den Benutzernamen in der URI.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed. Check sslmode and sslrootcert in the URI (for example sslmode=verify-full&amp;sslrootcert=/path/ca.pem).</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen. Prüfen Sie sslmode und sslrootcert in der URI (zum Beispiel sslmode=verify-full&amp;sslrootcert=/pfad/ca.pem).</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server of %1. Check the host and port, and that the server accepts TCP connections from this computer.</source>
        <translation>Der PostgreSQL-Server von %1 ist nicht erreichbar. Prüfen Sie Host und Port und ob der Server TCP-Verbindungen von diesem Computer annimmt.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the connection to %1.</source>
        <translation>PostgreSQL hat die Verbindung zu %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The role %1 may not create tables here. As the database's owner: GRANT CREATE ON SCHEMA public TO %1; (or run Nango Desk once as a role that may, then GRANT SELECT, INSERT, UPDATE, DELETE on its tables).</source>
        <translation>Die Rolle %1 darf hier keine Tabellen anlegen. Als Eigentümer der Datenbank: GRANT CREATE ON SCHEMA public TO %1; (oder Nango Desk einmal als berechtigte Rolle starten und danach GRANT SELECT, INSERT, UPDATE, DELETE auf seine Tabellen vergeben).</translation>
    </message>
    <message>
        <source>The role %1 lacks a grant on the cache's tables: GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1; and USAGE on its sequences, or use this cache read-only.</source>
        <translation>Der Rolle %1 fehlt ein Recht an den Tabellen des Caches: GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1; und USAGE auf seine Sequenzen, oder verwenden Sie diesen Cache nur lesend.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost in the middle of a transaction; nothing of it was kept.</source>
        <translation>Die Verbindung zu %1 ist mitten in einer Transaktion abgebrochen; nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before the commit; nothing of the transaction was kept.</source>
        <translation>Die Verbindung zu %1 ist vor dem Commit abgebrochen; nichts von der Transaktion wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 asks to check the server's certificate (sslmode=verify-ca or verify-full) but names no authority to check it with. Add sslrootcert=/path/ca.pem (your database's certificate authority, PEM) to the URI, or put it in ~/.postgresql/root.crt.</source>
        <translation>%1 verlangt, das Zertifikat des Servers zu prüfen (sslmode=verify-ca oder verify-full), nennt aber keine Zertifizierungsstelle dafür. Fügen Sie sslrootcert=/pfad/ca.pem (die Zertifizierungsstelle Ihrer Datenbank, PEM) der URI hinzu oder legen Sie sie unter ~/.postgresql/root.crt ab.</translation>
    </message>
    <message>
        <source>The certificate of the PostgreSQL server of %1 was not issued by the authority in sslrootcert (or it is self-signed or expired). Point sslrootcert at the authority that issued the server's certificate.</source>
        <translation>Das Zertifikat des PostgreSQL-Servers von %1 wurde nicht von der Zertifizierungsstelle in sslrootcert ausgestellt (oder es ist selbst signiert oder abgelaufen). Lassen Sie sslrootcert auf die Stelle zeigen, die das Zertifikat des Servers ausgestellt hat.</translation>
    </message>
    <message>
        <source>The certificate of the PostgreSQL server of %1 was issued for another host name. Use the name it was issued for in the URI, or sslmode=verify-ca (which checks the authority but not the name).</source>
        <translation>Das Zertifikat des PostgreSQL-Servers von %1 wurde für einen anderen Hostnamen ausgestellt. Verwenden Sie in der URI den Namen, für den es ausgestellt wurde, oder sslmode=verify-ca (das die Zertifizierungsstelle prüft, nicht den Namen).</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 does not speak TLS, and the URI's sslmode requires it. Turn on ssl in the server's configuration, or lower sslmode if the network is trusted.</source>
        <translation>Der PostgreSQL-Server von %1 spricht kein TLS, und das sslmode der URI verlangt es. Schalten Sie ssl in der Konfiguration des Servers ein oder senken Sie sslmode, wenn das Netz vertrauenswürdig ist.</translation>
    </message>
</context>
<context>
    <name>nd::ProxyLoginDialog</name>
    <message>
        <source>The proxy asks for a password</source>
        <translation>Der Proxy verlangt ein Passwort</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password is kept in the keychain, never in the settings.</source>
        <translation>Das Passwort bleibt im Schlüsselbund, nie in den Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Save and try again</source>
        <translation>&amp;Speichern und erneut versuchen</translation>
    </message>
</context>
<context>
    <name>nd::ProxyPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proxy console&lt;/b&gt; — send a request to the provider's API through Nango, authenticated as the connection. It really reaches the provider.</source>
        <translation>&lt;b&gt;Proxy-Konsole&lt;/b&gt; — senden Sie über Nango eine Anfrage an die API des Anbieters, authentifiziert als die Verbindung. Sie erreicht den Anbieter wirklich.</translation>
    </message>
    <message>
        <source>Provider path and query</source>
        <translation>Pfad und Query beim Anbieter</translation>
    </message>
    <message>
        <source>The provider's path and query, e.g. /crm/v3/objects/contacts?limit=10</source>
        <translation>Pfad und Query beim Anbieter, z. B. /crm/v3/objects/contacts?limit=10</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the request through Nango's proxy</source>
        <translation>Die Anfrage über den Proxy von Nango senden</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop waiting. If Nango already received the request, the provider call may still happen.</source>
        <translation>Nicht länger warten. Hat Nango die Anfrage bereits erhalten, kann der Aufruf beim Anbieter trotzdem stattfinden.</translation>
    </message>
    <message>
        <source>Request in flight</source>
        <translation>Anfrage unterwegs</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Headers for the provider</source>
        <translation>Header für den Anbieter</translation>
    </message>
    <message>
        <source>Sent to the provider as Nango-Proxy-&lt;name&gt;. Values that look like credentials are stored in the history as ***.</source>
        <translation>Werden als Nango-Proxy-&lt;name&gt; an den Anbieter gesendet. Werte, die wie Zugangsdaten aussehen, werden im Verlauf als *** gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>Header &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a header row</source>
        <translation>Eine Header-Zeile hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>Header &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen header row</source>
        <translation>Die gewählte Header-Zeile entfernen</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Body der Anfrage</translation>
    </message>
    <message>
        <source>A JSON body, sent as application/json. Empty: no body.</source>
        <translation>Ein JSON-Body, gesendet als application/json. Leer: kein Body.</translation>
    </message>
    <message>
        <source>not sent (Nango's default: no retry)</source>
        <translation>nicht gesendet (Standard von Nango: keine Wiederholung)</translation>
    </message>
    <message>
        <source>Retries: how many times Nango retries the provider call on 5xx and 429</source>
        <translation>Retries: wie oft Nango den Aufruf beim Anbieter bei 5xx und 429 wiederholt</translation>
    </message>
    <message>
        <source>status codes, e.g. 409,423</source>
        <translation>Statuscodes, z. B. 409,423</translation>
    </message>
    <message>
        <source>Retry-On: more statuses Nango retries on</source>
        <translation>Retry-On: weitere Status, bei denen Nango wiederholt</translation>
    </message>
    <message>
        <source>e.g. https://api.eu1.hubapi.com</source>
        <translation>z. B. https://api.eu1.hubapi.com</translation>
    </message>
    <message>
        <source>Base-Url-Override: send to this base URL instead of the provider's</source>
        <translation>Base-Url-Override: an diese Basis-URL statt an die des Anbieters senden</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Retries:</translation>
    </message>
    <message>
        <source>Retry-On:</source>
        <translation>Retry-On:</translation>
    </message>
    <message>
        <source>Base-Url-Override:</source>
        <translation>Base-Url-Override:</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; the key is left to the shell as $NANGO_SECRET_KEY</source>
        <translation>Die Anfrage als curl-Befehl kopieren; der Schlüssel bleibt als $NANGO_SECRET_KEY der Shell überlassen</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Noch keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>&amp;Pretty JSON</source>
        <translation>JSON &amp;formatieren</translation>
    </message>
    <message>
        <source>Indent a JSON body; off: the body as it came</source>
        <translation>Einen JSON-Body einrücken; aus: der Body, wie er kam</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Body der Antwort</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Header der Antwort</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Proxy history</source>
        <translation>Proxy-Verlauf</translation>
    </message>
    <message>
        <source>Loa&amp;d this request</source>
        <translation>Diese Anfrage &amp;laden</translation>
    </message>
    <message>
        <source>Put the chosen request back in the form (values stored as *** must be typed again)</source>
        <translation>Die gewählte Anfrage wieder ins Formular übernehmen (als *** gespeicherte Werte müssen neu eingegeben werden)</translation>
    </message>
    <message>
        <source>the header in row %1 has a value but no name</source>
        <translation>der Header in Zeile %1 hat einen Wert, aber keinen Namen</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>Send to production?</source>
        <translation>An die Produktion senden?</translation>
    </message>
    <message>
        <source>%1 %2 goes to the provider as %3 / %4 on the production environment and may change data there.</source>
        <translation>%1 %2 geht als %3 / %4 in der Produktionsumgebung an den Anbieter und kann dort Daten ändern.</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Nango Desk is not connected to a Nango server yet: save a server and an API key in Settings first.</source>
        <translation>Nango Desk ist noch mit keinem Nango-Server verbunden: Speichern Sie zuerst einen Server und einen API-Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>Sende %1 %2…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 in %2 ms</translation>
    </message>
    <message>
        <source>after %1 ms</source>
        <translation>nach %1 ms</translation>
    </message>
    <message>
        <source>(the history keeps the first %1)</source>
        <translation>(der Verlauf behält die ersten %1)</translation>
    </message>
    <message>
        <source>Nango's own error, not the provider's: %1</source>
        <translation>Ein Fehler von Nango selbst, nicht vom Anbieter: %1</translation>
    </message>
    <message>
        <source>[… %1 more not shown]</source>
        <translation>[… weitere %1 nicht angezeigt]</translation>
    </message>
    <message>
        <source>Not copied: %1.</source>
        <translation>Nicht kopiert: %1.</translation>
    </message>
    <message>
        <source>Copied as a curl command. The key is left to the shell: set NANGO_SECRET_KEY before running it.</source>
        <translation>Als curl-Befehl kopiert. Der Schlüssel bleibt der Shell überlassen: Setzen Sie NANGO_SECRET_KEY, bevor Sie ihn ausführen.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Showing request #%1 from the history (%2).</source>
        <translation>Anfrage Nr. %1 aus dem Verlauf wird angezeigt (%2).</translation>
    </message>
    <message>
        <source>%1 / %2 is not available any more.</source>
        <translation>%1 / %2 ist nicht mehr verfügbar.</translation>
    </message>
</context>
<context>
    <name>nd::ProxyResult</name>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
</context>
<context>
    <name>nd::ProxyRunner</name>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>Cancelled. If Nango had received the request, the provider call may still happen.</source>
        <translation>Abgebrochen. Falls Nango die Anfrage erhalten hatte, kann der Aufruf beim Anbieter trotzdem stattfinden.</translation>
    </message>
    <message>
        <source>The provider answered %1.</source>
        <translation>Der Anbieter hat %1 geantwortet.</translation>
    </message>
    <message>
        <source>Nango answered 500 with an empty body: it could not complete the call to the provider (a network error or a timeout inside Nango, or an unexpected failure). The details are in the Nango dashboard (Logs).</source>
        <translation>Nango hat 500 mit leerem Inhalt geantwortet: Es konnte den Aufruf beim Anbieter nicht abschließen (ein Netzwerkfehler oder eine Zeitüberschreitung innerhalb von Nango oder ein unerwarteter Fehler). Die Details stehen im Nango-Dashboard (Logs).</translation>
    </message>
    <message>
        <source> (Nango said: %1)</source>
        <translation> (Nango sagte: %1)</translation>
    </message>
    <message>
        <source>Nango refused the request (%1)%2%3</source>
        <translation>Nango hat die Anfrage abgelehnt (%1)%2%3</translation>
    </message>
    <message>
        <source>Nango knows no integration "%1" in this environment. Check the integration's unique key (Integrations in the Nango dashboard).</source>
        <translation>Nango kennt keine Integration „%1“ in dieser Umgebung. Prüfen Sie den eindeutigen Schlüssel der Integration (Integrations im Nango-Dashboard).</translation>
    </message>
    <message>
        <source>Nango could not get the connection "%1" of the integration "%2"%3. Check the connection id; if it exists in the dashboard, this API key probably belongs to another environment (dev or prod).</source>
        <translation>Nango konnte die Verbindung „%1“ der Integration „%2“ nicht abrufen%3. Prüfen Sie die Verbindungs-ID; wenn sie im Dashboard existiert, gehört dieser API-Schlüssel wahrscheinlich zu einer anderen Umgebung (dev oder prod).</translation>
    </message>
    <message>
        <source>Nango cannot refresh the credentials of the connection "%1"%2: recent refreshes failed and it is backing off. The end user probably has to reconnect (Connections in the Nango dashboard).</source>
        <translation>Nango kann die Anmeldedaten der Verbindung „%1“ nicht erneuern%2: Die letzten Erneuerungen sind fehlgeschlagen und es wartet. Der Endbenutzer muss sich wahrscheinlich neu verbinden (Connections im Nango-Dashboard).</translation>
    </message>
    <message>
        <source>The Nango plan of this account does not allow this proxy request%1.</source>
        <translation>Der Nango-Tarif dieses Kontos erlaubt diese Proxy-Anfrage nicht%1.</translation>
    </message>
    <message>
        <source>Nango had an internal error (%1)%2. The request may not have reached the provider.</source>
        <translation>Nango hatte einen internen Fehler (%1)%2. Die Anfrage hat den Anbieter möglicherweise nicht erreicht.</translation>
    </message>
    <message>
        <source>The Nango server's configuration does not allow requests to this outbound URL%1: Nango refuses private, loopback and metadata addresses unless its administrator allows them. Check the integration's base URL, or ask whoever runs the Nango server.</source>
        <translation>Die Konfiguration des Nango-Servers erlaubt keine Anfragen an diese ausgehende URL%1: Nango lehnt private, Loopback- und Metadaten-Adressen ab, sofern der Administrator sie nicht erlaubt. Prüfen Sie die Basis-URL der Integration oder fragen Sie, wer den Nango-Server betreibt.</translation>
    </message>
    <message>
        <source>Nango does not allow this Base-Url-Override%1. Leave it out, or allow it in the integration's settings (a self-hosted server's administrator may also have to allow the address).</source>
        <translation>Nango erlaubt diesen Base-Url-Override%1 nicht. Lassen Sie ihn weg oder erlauben Sie ihn in den Einstellungen der Integration (bei einem selbst gehosteten Server muss eventuell auch dessen Administrator die Adresse erlauben).</translation>
    </message>
</context>
<context>
    <name>nd::ProxySpec</name>
    <message>
        <source>the integration is missing</source>
        <translation>die Integration fehlt</translation>
    </message>
    <message>
        <source>the connection is missing</source>
        <translation>die Verbindung fehlt</translation>
    </message>
    <message>
        <source>the method "%1" is not one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS</source>
        <translation>die Methode „%1“ ist keine von GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS</translation>
    </message>
    <message>
        <source>the provider path is missing (e.g. /crm/v3/objects/contacts)</source>
        <translation>der Pfad beim Anbieter fehlt (z. B. /crm/v3/objects/contacts)</translation>
    </message>
    <message>
        <source>Retries must be 0 or more</source>
        <translation>Retries muss 0 oder mehr sein</translation>
    </message>
    <message>
        <source>the header name "%1" is not valid</source>
        <translation>der Header-Name „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>the header "%1" has a line break in its value</source>
        <translation>der Header „%1“ enthält einen Zeilenumbruch im Wert</translation>
    </message>
    <message>
        <source>the body is not JSON: %1</source>
        <translation>der Inhalt ist kein JSON: %1</translation>
    </message>
    <message>
        <source>a header must look like 'Name: value' (got "%1")</source>
        <translation>ein Header muss wie 'Name: Wert' aussehen (erhalten: „%1“)</translation>
    </message>
</context>
<context>
    <name>nd::PullJob</name>
    <message>
        <source>repair since %1; the cursor does not move</source>
        <translation>Reparatur ab %1; der Cursor bleibt unverändert</translation>
    </message>
    <message>
        <source>The cache could not start the pull's history: %1.</source>
        <translation>Der Cache konnte den Verlaufseintrag des Abrufs nicht anlegen: %1.</translation>
    </message>
    <message>
        <source>Nango's records answer could not be read: %1.</source>
        <translation>Die Antwort von Nango mit den Datensätzen konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The cache could not store a page: %1.</source>
        <translation>Der Cache konnte eine Seite nicht speichern: %1.</translation>
    </message>
    <message>
        <source>emptyCache resync complete: generation %1; %2 records that did not come back were dropped</source>
        <translation>emptyCache-Neusynchronisierung abgeschlossen: Generation %1; %2 Datensätze, die nicht zurückgekommen sind, wurden verworfen</translation>
    </message>
    <message>
        <source>Nango's emptyCache resync has not finished yet; old records are kept until it has</source>
        <translation>Die emptyCache-Neusynchronisierung von Nango ist noch nicht abgeschlossen; alte Datensätze bleiben bis dahin erhalten</translation>
    </message>
    <message>
        <source>The cache could not record the completed pull: %1.</source>
        <translation>Der Cache konnte den abgeschlossenen Abruf nicht vermerken: %1.</translation>
    </message>
    <message>
        <source>Free some disk space where the cache lives; the pull resumes from its stored cursor and nothing is lost.</source>
        <translation>Geben Sie Speicherplatz auf dem Datenträger des Caches frei; der Abruf wird ab seinem gespeicherten Cursor fortgesetzt, und nichts geht verloren.</translation>
    </message>
    <message>
        <source>The cache file or its folder is read-only: make it writable, or choose another cache.</source>
        <translation>Die Cache-Datei oder ihr Ordner ist schreibgeschützt: Machen Sie sie beschreibbar oder wählen Sie einen anderen Cache.</translation>
    </message>
    <message>
        <source>Another program holds the cache locked; close it, and the pull is retried.</source>
        <translation>Ein anderes Programm hält den Cache gesperrt; schließen Sie es, dann wird der Abruf wiederholt.</translation>
    </message>
    <message>
        <source>Check the disk and the cache file; the pull resumes from its stored cursor.</source>
        <translation>Prüfen Sie den Datenträger und die Cache-Datei; der Abruf wird ab seinem gespeicherten Cursor fortgesetzt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped at a page boundary; the next pull goes on from the stored cursor.</source>
        <translation>An einer Seitengrenze angehalten; der nächste Abruf setzt am gespeicherten Cursor fort.</translation>
    </message>
    <message>
        <source>Nango refused the stored cursor twice: re-read since %1 for a fresh one</source>
        <translation>Nango hat den gespeicherten Cursor zweimal abgelehnt: neu gelesen seit %1 für einen frischen</translation>
    </message>
    <message>
        <source>Nango refused the stored cursor twice: re-read from the start for a fresh one</source>
        <translation>Nango hat den gespeicherten Cursor zweimal abgelehnt: von Anfang an neu gelesen für einen frischen</translation>
    </message>
    <message>
        <source>Nango sent the record %1 with a cursor that is not Nango's ("%2"). Nothing of the page was stored; the next pull goes on from the last good cursor. If it keeps coming, the sync's records need a look in the Nango dashboard.</source>
        <translation>Nango hat den Datensatz %1 mit einem Cursor geschickt, der nicht von Nango stammt („%2“). Nichts von der Seite wurde gespeichert; der nächste Abruf macht beim letzten guten Cursor weiter. Wenn das wieder vorkommt, sollten die Datensätze des Syncs im Nango-Dashboard geprüft werden.</translation>
    </message>
    <message>
        <source>Nango sent a next_cursor that is not Nango's ("%1"); the pull stops here.</source>
        <translation>Nango hat einen next_cursor geschickt, der nicht von Nango stammt („%1“); der Abruf endet hier.</translation>
    </message>
    <message>
        <source>Nango sent a cursor already asked with in this pull (page %1): its pages would come round again for ever, so the pull stops. Nothing is lost; the next pull goes on from the last stored page.</source>
        <translation>Nango hat einen Cursor geschickt, mit dem in diesem Abruf schon gefragt wurde (Seite %1): Seine Seiten kämen endlos wieder, daher endet der Abruf. Nichts geht verloren; der nächste Abruf macht bei der zuletzt gespeicherten Seite weiter.</translation>
    </message>
    <message>
        <source>This pull has asked for %1 pages, more than the records Nango counts for this model can fill; it stops rather than page without end. The next pull goes on from here.</source>
        <translation>Dieser Abruf hat %1 Seiten angefordert, mehr als die von Nango gezählten Datensätze dieses Modells füllen können; er endet, statt endlos weiterzublättern. Der nächste Abruf macht hier weiter.</translation>
    </message>
    <message>
        <source>Two writers to the shared cache waited on each other and PostgreSQL stopped this one; the page was rolled back and the pull is retried from its stored cursor. Nothing is lost.</source>
        <translation>Zwei Schreiber auf den gemeinsamen Cache haben aufeinander gewartet, und PostgreSQL hat diesen gestoppt; die Seite wurde zurückgerollt und der Abruf wird ab seinem gespeicherten Cursor wiederholt. Nichts geht verloren.</translation>
    </message>
    <message>
        <source>mass delete: %1 of %2 live records (%3%) removed by this pull</source>
        <translation>Massenlöschung: %1 von %2 lebenden Datensätzen (%3 %) durch diesen Abruf entfernt</translation>
    </message>
</context>
<context>
    <name>nd::QueryConsole</name>
    <message>
        <source>Refused: this console only reads the cache, and this statement %1. Nothing was run; the cache is unchanged.</source>
        <translation>Abgelehnt: Diese Konsole liest den Cache nur, und diese Anweisung %1. Nichts wurde ausgeführt; der Cache ist unverändert.</translation>
    </message>
    <message>
        <source>Records per integration, connection and model</source>
        <translation>Datensätze je Integration, Verbindung und Modell</translation>
    </message>
    <message>
        <source>A field of each record (filter on a value inside the payload)</source>
        <translation>Ein Feld jedes Datensatzes (Filter auf einen Wert im Payload)</translation>
    </message>
    <message>
        <source>The fields each model's records have, with their types</source>
        <translation>Die Felder der Datensätze jedes Modells, mit ihren Typen</translation>
    </message>
    <message>
        <source>Records changed per day</source>
        <translation>Geänderte Datensätze pro Tag</translation>
    </message>
    <message>
        <source>Records deleted in the last seven days</source>
        <translation>In den letzten sieben Tagen gelöschte Datensätze</translation>
    </message>
    <message>
        <source>Each stream: cursor, counts, last pull</source>
        <translation>Jeder Stream: Cursor, Zahlen, letzter Abruf</translation>
    </message>
    <message>
        <source>Pulls that did not succeed</source>
        <translation>Abrufe, die nicht gelangen</translation>
    </message>
    <message>
        <source>Webhooks that never came (missed)</source>
        <translation>Webhooks, die nie kamen (verpasst)</translation>
    </message>
    <message>
        <source>This statement was ended by a newer one.</source>
        <translation>Diese Anweisung wurde durch eine neuere beendet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>nd::QueryPanel</name>
    <message>
        <source>&lt;b&gt;SQL console&lt;/b&gt; — ask the cache your own questions. It only reads: a statement that would change anything is refused, and the cache stays as it was.</source>
        <translation>&lt;b&gt;SQL-Konsole&lt;/b&gt; — stellen Sie dem Cache Ihre eigenen Fragen. Sie liest nur: Eine Anweisung, die etwas ändern würde, wird abgelehnt, und der Cache bleibt, wie er war.</translation>
    </message>
    <message>
        <source>SQL statement</source>
        <translation>SQL-Anweisung</translation>
    </message>
    <message>
        <source>SELECT model, count(*) AS records FROM live_records GROUP BY model;

Ctrl+Enter runs the statement (or the selected text). Examples lists questions to start from.</source>
        <translation>SELECT model, count(*) AS records FROM live_records GROUP BY model;

Strg+Eingabe führt die Anweisung (oder den markierten Text) aus. Beispiele listet Fragen für den Anfang.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the statement, or the selected text (Ctrl+Enter)</source>
        <translation>Die Anweisung oder den markierten Text ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop the statement that runs</source>
        <translation>Die laufende Anweisung anhalten</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>Questions to start from</source>
        <translation>Fragen für den Anfang</translation>
    </message>
    <message>
        <source>&amp;Saved</source>
        <translation>&amp;Gespeichert</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Gespeicherte Abfragen</translation>
    </message>
    <message>
        <source>Recen&amp;t</source>
        <translation>&amp;Zuletzt</translation>
    </message>
    <message>
        <source>The statements run lately</source>
        <translation>Die zuletzt ausgeführten Anweisungen</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A statement that works longer than this without an answer is stopped</source>
        <translation>Eine Anweisung, die länger ohne Antwort arbeitet, wird angehalten</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>CS&amp;V exportieren…</translation>
    </message>
    <message>
        <source>Write every row of the result (not only those shown) to a CSV file</source>
        <translation>Jede Zeile des Ergebnisses (nicht nur die angezeigten) in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Views: %1. Payloads are JSON: %2.</source>
        <translation>Sichten: %1. Payloads sind JSON: %2.</translation>
    </message>
    <message>
        <source>payload-&gt;&gt;'field' and the json functions (PostgreSQL)</source>
        <translation>payload-&gt;&gt;'feld' und die json-Funktionen (PostgreSQL)</translation>
    </message>
    <message>
        <source>json_extract(payload, '$.field') and json_each(payload) (SQLite)</source>
        <translation>json_extract(payload, '$.feld') und json_each(payload) (SQLite)</translation>
    </message>
    <message>
        <source>Write a statement first, or pick one from Examples.</source>
        <translation>Schreiben Sie zuerst eine Anweisung oder wählen Sie eine unter Beispiele.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at %Ln row(s).</source>
        <translation>
            <numerusform>Bei %Ln Zeile angehalten.</numerusform>
            <numerusform>Bei %Ln Zeilen angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>Das Ergebnis exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>%1 row(s) in %2 ms.</source>
        <translation>%1 Zeile(n) in %2 ms.</translation>
    </message>
    <message>
        <source>The first %1 rows in %2 ms; more load as you scroll.</source>
        <translation>Die ersten %1 Zeilen in %2 ms; weitere laden beim Blättern.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln row(s): %1</source>
        <translation>
            <numerusform>Nach %Ln Zeile angehalten: %1</numerusform>
            <numerusform>Nach %Ln Zeilen angehalten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln row(s). The statement was ended after a minute without scrolling, so that it does not hold the cache back; run it again for more, or export every row to CSV.</source>
        <translation>
            <numerusform>Die erste %Ln Zeile wird gezeigt. Die Anweisung wurde nach einer Minute ohne Blättern beendet, damit sie den Cache nicht aufhält; führen Sie sie erneut aus, um mehr zu sehen, oder exportieren Sie alle Zeilen als CSV.</numerusform>
            <numerusform>Die ersten %Ln Zeilen werden gezeigt. Die Anweisung wurde nach einer Minute ohne Blättern beendet, damit sie den Cache nicht aufhält; führen Sie sie erneut aus, um mehr zu sehen, oder exportieren Sie alle Zeilen als CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>No statement run yet</source>
        <translation>Noch keine Anweisung ausgeführt</translation>
    </message>
    <message>
        <source>Save this statement…</source>
        <translation>Diese Anweisung speichern…</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Write a statement first.</source>
        <translation>Schreiben Sie zuerst eine Anweisung.</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Die Anweisung speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Saved as "%1".</source>
        <translation>Als „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>nd::RecordHistoryView</name>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Show the record as it &amp;was</source>
        <translation>Den Datensatz zeigen, wie er &amp;war</translation>
    </message>
    <message>
        <source>Show the whole record as it was at the chosen version</source>
        <translation>Den ganzen Datensatz so zeigen, wie er in der gewählten Version war</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>as it was at %1 (%2)</source>
        <translation>wie er am %1 war (%2)</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Verlauf von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>deleted; its last whole payload is the version before</source>
        <translation>gelöscht; sein letzter vollständiger Payload ist die Version davor</translation>
    </message>
    <message>
        <source>the first version the cache has</source>
        <translation>die erste Version im Cache</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s): %1</source>
        <translation>
            <numerusform>%n Feld: %1</numerusform>
            <numerusform>%n Felder: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Modified %1 (as Nango said); cursor %2; cache generation %3</source>
        <translation>Geändert %1 (laut Nango); Cursor %2; Cache-Generation %3</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (jetzt)</translation>
    </message>
    <message>
        <source>No earlier version is kept: the record has not changed since the cache first pulled it (or its versions were trimmed).</source>
        <translation>Keine frühere Version ist gespeichert: Der Datensatz hat sich nicht geändert, seit der Cache ihn zuerst abgerufen hat (oder seine Versionen wurden gekürzt).</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) kept, newest first. Choose one to see what changed.</source>
        <translation>
            <numerusform>%n Version gespeichert, neueste zuerst. Wählen Sie eine, um zu sehen, was sich geändert hat.</numerusform>
            <numerusform>%n Versionen gespeichert, neueste zuerst. Wählen Sie eine, um zu sehen, was sich geändert hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
</context>
<context>
    <name>nd::RecordStore</name>
    <message>
        <source>cannot record the fields: %1</source>
        <translation>die Felder können nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>cannot advance the cursor: %1</source>
        <translation>der Cursor kann nicht weitergesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>nd::RecordsModel</name>
    <message>
        <source>Deleted at the provider on %1 (a tombstone: Nango keeps the last payload).</source>
        <translation>Am %1 beim Anbieter gelöscht (Grabstein-Eintrag: Nango behält die letzten Nutzdaten).</translation>
    </message>
    <message>
        <source>Pruned by Nango on %1: Nango emptied its copy; this is the last payload Nango Desk saw.</source>
        <translation>Am %1 von Nango bereinigt: Nango hat seine Kopie geleert; dies sind die letzten Nutzdaten, die Nango Desk gesehen hat.</translation>
    </message>
</context>
<context>
    <name>nd::RecordsPanel</name>
    <message>
        <source>Connection and model</source>
        <translation>Verbindung und Modell</translation>
    </message>
    <message>
        <source>Search in records (Ctrl+F)</source>
        <translation>In Datensätzen suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search in records</source>
        <translation>In Datensätzen suchen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Any last action</source>
        <translation>Beliebige letzte Aktion</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Gelöschte anzeigen</translation>
    </message>
    <message>
        <source>Pruned only</source>
        <translation>Nur bereinigte</translation>
    </message>
    <message>
        <source>Modified since</source>
        <translation>Geändert seit</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Oldest change first</source>
        <translation>Älteste Änderung zuerst</translation>
    </message>
    <message>
        <source>Newest change first</source>
        <translation>Neueste Änderung zuerst</translation>
    </message>
    <message>
        <source>By id</source>
        <translation>Nach ID</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Record detail</source>
        <translation>Datensatzdetails</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>Zelle kopieren</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy record as JSON</source>
        <translation>Datensatz als JSON kopieren</translation>
    </message>
    <message>
        <source>%L1 records</source>
        <translation>%L1 Datensätze</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>Die Datensätze können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Record — %1</source>
        <translation>Datensatz — %1</translation>
    </message>
</context>
<context>
    <name>nd::ResyncDialog</name>
    <message>
        <source>Run &lt;b&gt;%1&lt;/b&gt; now on Nango's side. When the run ends, Nango sends a webhook and Nango Desk pulls the changes.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; jetzt auf Seiten von Nango ausführen. Wenn der Lauf endet, sendet Nango einen Webhook und Nango Desk ruft die Änderungen ab.</translation>
    </message>
</context>
<context>
    <name>nd::SalvageReport</name>
    <message>
        <source>The cache was damaged; the damaged file is kept as %1.</source>
        <translation>Der Cache war beschädigt; die beschädigte Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>Nothing could be read back from it.</source>
        <translation>Nichts daraus konnte zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Read back into a new cache: %1.</source>
        <translation>In einen neuen Cache zurückgelesen: %1.</translation>
    </message>
    <message>
        <source>Every row could be read.</source>
        <translation>Jede Zeile konnte gelesen werden.</translation>
    </message>
    <message>
        <source>Some rows could not be read in: %1; they are lost.</source>
        <translation>Einige Zeilen konnten nicht gelesen werden in: %1; sie sind verloren.</translation>
    </message>
    <message>
        <source>Every stream goes on from its stored cursor.</source>
        <translation>Jeder Stream macht bei seinem gespeicherten Cursor weiter.</translation>
    </message>
    <message>
        <source>Every stream is read again from the start: what Nango still has comes back; what it has pruned or deleted is kept only where it was read back.</source>
        <translation>Jeder Stream wird von Anfang an neu gelesen: Was Nango noch hat, kommt zurück; was es bereinigt oder gelöscht hat, bleibt nur erhalten, wo es zurückgelesen wurde.</translation>
    </message>
</context>
<context>
    <name>nd::ScriptsConfig</name>
    <message>
        <source>the scripts config is not JSON: %1</source>
        <translation>die Skriptkonfiguration ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the scripts config is not a list of integrations</source>
        <translation>die Skriptkonfiguration ist keine Liste von Integrationen</translation>
    </message>
</context>
<context>
    <name>nd::SecretStore</name>
    <message>
        <source>No key is stored in the keychain for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Start or unlock your keyring (e.g. GNOME Keyring or KWallet), or keep the keys for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Starten oder entsperren Sie Ihren Schlüsselbund (z. B. GNOME Keyring oder KWallet) oder behalten Sie die Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>nd::SettingsPanel</name>
    <message>
        <source>Nango server</source>
        <translation>Nango-Server</translation>
    </message>
    <message>
        <source>Nango Cloud (https://api.nango.dev)</source>
        <translation>Nango Cloud (https://api.nango.dev)</translation>
    </message>
    <message>
        <source>Self-hosted Nango at:</source>
        <translation>Selbst gehostetes Nango unter:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>e.g. dev or prod (shown on every screen)</source>
        <translation>z. B. dev oder prod (wird überall angezeigt)</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Umgebungsname</translation>
    </message>
    <message>
        <source>The demo runs its own Nango-compatible server inside Nango Desk.</source>
        <translation>Die Demo betreibt einen eigenen Nango-kompatiblen Server innerhalb von Nango Desk.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Environment API key</source>
        <translation>API-Schlüssel der Umgebung</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <translation>Webhook-Signaturschlüssel</translation>
    </message>
    <message>
        <source>From the Nango dashboard: Environment settings &gt; API keys, and &gt; Webhooks &gt; Signing key. Since 2026-04 the two differ. Keys are kept in the system keychain and never shown again.</source>
        <translation>Aus dem Nango-Dashboard: Environment settings &gt; API keys sowie &gt; Webhooks &gt; Signing key. Seit 2026-04 unterscheiden sich die beiden. Die Schlüssel werden im Schlüsselbund des Systems gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Webhook listener</source>
        <translation>Webhook-Empfänger</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts only this computer. Another address exposes the listener to your network: use it only behind a tunnel you trust.</source>
        <translation>127.0.0.1 nimmt nur Verbindungen von diesem Computer an. Eine andere Adresse macht den Empfänger in Ihrem Netzwerk erreichbar: Verwenden Sie sie nur hinter einem vertrauenswürdigen Tunnel.</translation>
    </message>
    <message>
        <source>Send a test &amp;webhook</source>
        <translation>Test-&amp;Webhook senden</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>URL to give Nango</source>
        <translation>URL für Nango</translation>
    </message>
    <message>
        <source>Sync loop</source>
        <translation>Sync-Schleife</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often /sync/status is read to catch missed webhooks (0: never).</source>
        <translation>Wie oft /sync/status gelesen wird, um verpasste Webhooks nachzuholen (0: nie).</translation>
    </message>
    <message>
        <source>Records per request. The rate limit (200 requests a minute on the free plan) is shared with your production backend.</source>
        <translation>Datensätze pro Anfrage. Das Ratenlimit (200 Anfragen pro Minute im kostenlosen Tarif) wird mit Ihrem Produktiv-Backend geteilt.</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>Abfragen alle</translation>
    </message>
    <message>
        <source>Records per request</source>
        <translation>Datensätze pro Anfrage</translation>
    </message>
    <message>
        <source>&amp;Save and restart the sync</source>
        <translation>&amp;Speichern und Synchronisierung neu starten</translation>
    </message>
    <message>
        <source>Not listening (add the webhook signing key first).</source>
        <translation>Nicht empfangsbereit (fügen Sie zuerst den Webhook-Signaturschlüssel hinzu).</translation>
    </message>
    <message>
        <source>%1 — Nango Cloud cannot reach this computer: give Nango a tunnel's URL (e.g. a connection's webhook URL override) that forwards here.</source>
        <translation>%1 — Nango Cloud kann diesen Computer nicht erreichen: Geben Sie Nango die URL eines Tunnels an, der hierher weiterleitet (z. B. als Webhook-URL-Überschreibung einer Verbindung).</translation>
    </message>
    <message>
        <source>stored in the %1; type to replace</source>
        <translation>gespeichert in %1; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>not set: webhooks cannot be verified</source>
        <translation>nicht festgelegt: Webhooks können nicht überprüft werden</translation>
    </message>
    <message>
        <source>The listener is not running; add the webhook signing key and save.</source>
        <translation>Der Empfänger läuft nicht; fügen Sie den Webhook-Signaturschlüssel hinzu und speichern Sie.</translation>
    </message>
    <message>
        <source>Production environment (a red banner; every action is confirmed)</source>
        <translation>Produktionsumgebung (rotes Banner; jede Aktion muss bestätigt werden)</translation>
    </message>
    <message>
        <source>Keys for this session only (nothing is written anywhere)</source>
        <translation>Schlüssel nur für diese Sitzung (es wird nichts gespeichert)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Also accept the legacy X-Nango-Signature</source>
        <translation>Auch die alte X-Nango-Signature akzeptieren</translation>
    </message>
    <message>
        <source>The old signature, SHA-256 of key and body, open to length extension.</source>
        <translation>Die alte Signatur, SHA-256 aus Schlüssel und Body, anfällig für Length-Extension-Angriffe.</translation>
    </message>
    <message>
        <source>The server URL must be an http(s) address, e.g. http://localhost:3003.</source>
        <translation>Die Server-URL muss eine http(s)-Adresse sein, z. B. http://localhost:3003.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage %1…</translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>Nicht empfangsbereit: %1</translation>
    </message>
    <message>
        <source>The listener runs on port %1; save the settings to move it to %2, then test again.</source>
        <translation>Der Empfänger läuft auf Port %1; speichern Sie die Einstellungen, um ihn auf %2 zu verlegen, und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Sending a signed test webhook to %1…</source>
        <translation>Sende einen signierten Test-Webhook an %1…</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>On this computer: %1</source>
        <translation>Auf diesem Computer: %1</translation>
    </message>
    <message>
        <source>Shared PostgreSQL database:</source>
        <translation>Gemeinsame PostgreSQL-Datenbank:</translation>
    </message>
    <message>
        <source>Shared cache URI</source>
        <translation>URI des gemeinsamen Caches</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>none: PGPASSWORD or ~/.pgpass</source>
        <translation>keines: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Test the &amp;shared cache</source>
        <translation>Gemeinsamen Cache &amp;testen</translation>
    </message>
    <message>
        <source>A team shares one cache: several Nango Desks and nango-desk-cli watch services use it, and each stream is pulled by one of them at a time. The URI never carries the password; it is kept in the keychain. A role that may only read sees the records but neither pulls nor changes syncs.</source>
        <translation>Ein Team teilt einen Cache: Mehrere Nango Desks und nango-desk-cli-watch-Dienste nutzen ihn, und jeden Stream holt jeweils nur einer von ihnen. Die URI enthält nie das Passwort; es liegt im Schlüsselbund. Eine Rolle, die nur lesen darf, sieht die Datensätze, holt aber keine und ändert keine Syncs.</translation>
    </message>
    <message>
        <source>A shared cache is a postgresql:// URI, e.g. postgresql://nangodesk@db.example.com:5432/nangodesk.</source>
        <translation>Ein gemeinsamer Cache ist eine postgresql://-URI, z. B. postgresql://nangodesk@db.example.com:5432/nangodesk.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Welcome to Nango Desk. Choose the Nango server, paste this environment's API key and webhook signing key, then save. Or start the built-in demo with nango-desk --demo.</source>
        <translation>Willkommen bei Nango Desk. Wählen Sie den Nango-Server, fügen Sie den API-Schlüssel und den Webhook-Signaturschlüssel dieser Umgebung ein und speichern Sie. Oder starten Sie die integrierte Demo mit nango-desk --demo.</translation>
    </message>
    <message>
        <source>any free port (now %1)</source>
        <translation>beliebiger freier Port (jetzt %1)</translation>
    </message>
    <message>
        <source>Accept webhooks from other machines</source>
        <translation>Webhooks von anderen Rechnern annehmen</translation>
    </message>
    <message>
        <source>Needed for an address other than 127.0.0.1. Anyone who reaches that address may post to the listener: every post is checked against the signing key, but keep it behind a firewall or a tunnel you trust.</source>
        <translation>Nötig für eine andere Adresse als 127.0.0.1. Jeder, der diese Adresse erreicht, kann an den Empfänger senden: Jede Sendung wird mit dem Signaturschlüssel geprüft, aber halten Sie ihn hinter einer Firewall oder einem Tunnel, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Refused deliveries (a bad signature, a wrong path) are kept in Activity up to this size, oldest dropped first; a burst from one address is counted on one row. Verified webhooks are all kept.</source>
        <translation>Abgelehnte Zustellungen (falsche Signatur, falscher Pfad) werden bis zu dieser Größe in der Aktivität aufbewahrt, die ältesten zuerst verworfen; eine Serie von einer Adresse wird in einer Zeile gezählt. Verifizierte Webhooks werden alle aufbewahrt.</translation>
    </message>
    <message>
        <source>Keep refused deliveries up to</source>
        <translation>Abgelehnte Zustellungen aufbewahren bis</translation>
    </message>
    <message>
        <source>%1 is plain HTTP: there is no certificate to look at.</source>
        <translation>%1 ist reines HTTP: Es gibt kein Zertifikat anzusehen.</translation>
    </message>
    <message>
        <source>Looking at the certificate of %1…</source>
        <translation>Das Zertifikat von %1 wird angesehen…</translation>
    </message>
    <message>
        <source>This certificate is trusted for profile "%1" now; saving.</source>
        <translation>Diesem Zertifikat wird jetzt für das Profil „%1“ vertraut; wird gespeichert.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>A pull that removes more than this share of a model's records is flagged on its row, in the cursor history and as a notification: a wrong cursor or a bug has deleted records by mistake before.</source>
        <translation>Ein Abruf, der mehr als diesen Anteil der Datensätze eines Modells entfernt, wird in seiner Zeile, im Cursor-Verlauf und als Benachrichtigung markiert: Ein falscher Cursor oder ein Fehler hat schon versehentlich Datensätze gelöscht.</translation>
    </message>
    <message>
        <source>Flag a pull that deletes more than</source>
        <translation>Einen Abruf markieren, der mehr löscht als</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Earlier versions kept of each record, with the fields each change touched (the record's History tab). About 180 bytes a version, up to 700 when an update changes every field.</source>
        <translation>Frühere Versionen, die von jedem Datensatz behalten werden, mit den Feldern, die jede Änderung berührte (der Reiter Verlauf des Datensatzes). Etwa 180 Bytes pro Version, bis zu 700, wenn eine Änderung jedes Feld betrifft.</translation>
    </message>
    <message>
        <source>Versions kept per record</source>
        <translation>Behaltene Versionen pro Datensatz</translation>
    </message>
</context>
<context>
    <name>nd::SqlReadStore</name>
    <message>
        <source>%1 webhook, signature %2%3</source>
        <translation>Webhook (%1), Signatur %2%3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>pull (%1): %2 added, %3 updated, %4 deleted in %5 page(s)%6</source>
        <translation>Abruf (%1): %2 hinzugefügt, %3 aktualisiert, %4 gelöscht in %5 Seite(n)%6</translation>
    </message>
    <message>
        <source>, %1 dropped</source>
        <translation>, %1 verworfen</translation>
    </message>
    <message>
        <source> (verified with the signing key replaced minutes ago)</source>
        <translation> (verifiziert mit dem vor wenigen Minuten ersetzten Signaturschlüssel)</translation>
    </message>
    <message>
        <source>%1 — %2 times from %3, the last at %4</source>
        <translation>%1 — %2 Mal von %3, zuletzt um %4</translation>
    </message>
</context>
<context>
    <name>nd::SqliteConsole</name>
    <message>
        <source>cannot open the cache %1 for reading: %2</source>
        <translation>der Cache %1 kann nicht zum Lesen geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the cache %1: %2</source>
        <translation>der Cache %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Stopped after the time limit of %1 s. Narrow the question (a WHERE on an indexed column, a LIMIT) or raise the limit.</source>
        <translation>Nach dem Zeitlimit von %1 s angehalten. Grenzen Sie die Frage ein (ein WHERE auf eine indizierte Spalte, ein LIMIT) oder erhöhen Sie das Limit.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>would load an extension</source>
        <translation>würde eine Erweiterung laden</translation>
    </message>
    <message>
        <source>would change the setting PRAGMA %1</source>
        <translation>würde die Einstellung PRAGMA %1 ändern</translation>
    </message>
    <message>
        <source>uses PRAGMA %1, which this console does not run</source>
        <translation>verwendet PRAGMA %1, das diese Konsole nicht ausführt</translation>
    </message>
    <message>
        <source>would change the table %1</source>
        <translation>würde die Tabelle %1 ändern</translation>
    </message>
    <message>
        <source>would attach or write another database file (ATTACH, DETACH or VACUUM)</source>
        <translation>würde eine andere Datenbankdatei anhängen oder schreiben (ATTACH, DETACH oder VACUUM)</translation>
    </message>
    <message>
        <source>starts or ends a transaction (each statement here reads one snapshot by itself)</source>
        <translation>beginnt oder beendet eine Transaktion (jede Anweisung liest hier von selbst einen Schnappschuss)</translation>
    </message>
    <message>
        <source>would change the cache's schema, indexes or statistics</source>
        <translation>würde Schema, Indizes oder Statistiken des Caches ändern</translation>
    </message>
    <message>
        <source>There is no statement to run.</source>
        <translation>Es gibt keine Anweisung zum Ausführen.</translation>
    </message>
    <message>
        <source>Run one statement at a time: only the first may be given.</source>
        <translation>Führen Sie eine Anweisung nach der anderen aus: nur die erste darf angegeben werden.</translation>
    </message>
    <message>
        <source>would write</source>
        <translation>würde schreiben</translation>
    </message>
</context>
<context>
    <name>nd::SqlitePageWriter</name>
    <message>
        <source>cannot store record %1: %2</source>
        <translation>Datensatz %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot keep the history of record %1: %2</source>
        <translation>der Verlauf des Datensatzes %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>nd::SqliteSearchHits</name>
    <message>
        <source>cannot read the search index (%1): search again; if it keeps failing, run nango-desk-cli check</source>
        <translation>der Suchindex kann nicht gelesen werden (%1): Suchen Sie erneut; schlägt es weiter fehl, führen Sie nango-desk-cli check aus</translation>
    </message>
</context>
<context>
    <name>nd::Status</name>
    <message>
        <source>a pull is queued</source>
        <translation>ein Abruf steht in der Warteschlange</translation>
    </message>
    <message>
        <source>never pulled</source>
        <translation>noch nie abgerufen</translation>
    </message>
    <message>
        <source>Nango finished a run at %1, after the last pull began</source>
        <translation>Nango hat um %1 einen Lauf abgeschlossen, nach Beginn des letzten Abrufs</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Abruf läuft</translation>
    </message>
    <message>
        <source>Pull due</source>
        <translation>Abruf fällig</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Failed on Nango</source>
        <translation>Bei Nango fehlgeschlagen</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie gelaufen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n Std.</numerusform>
            <numerusform>in %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>the last pull ended at %1</source>
        <translation>der letzte Abruf endete um %1</translation>
    </message>
    <message>
        <source>Nango's status from %1</source>
        <translation>Status von Nango mit Stand %1</translation>
    </message>
    <message>
        <source>no status from Nango yet</source>
        <translation>noch kein Status von Nango</translation>
    </message>
    <message>
        <source>Up to date: %1; %2.</source>
        <translation>Aktuell: %1; %2.</translation>
    </message>
    <message>
        <source>Nango counts %L1 records, the cache holds %L2: a webhook may have been missed, or Nango's count lags (it is not updated for every delete).</source>
        <translation>Nango zählt %L1 Datensätze, der Cache enthält %L2: Möglicherweise wurde ein Webhook verpasst, oder die Zählung von Nango hinkt hinterher (sie wird nicht bei jedem Löschen aktualisiert).</translation>
    </message>
    <message numerus="yes">
        <source>Pulling: %n page(s), %L1 records so far.</source>
        <translation>
            <numerusform>Abruf läuft: %n Seite, bisher %L1 Datensätze.</numerusform>
            <numerusform>Abruf läuft: %n Seiten, bisher %L1 Datensätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>A pull is due (%1); %2.</source>
        <translation>Ein Abruf ist fällig (%1); %2.</translation>
    </message>
    <message>
        <source>The last pull failed at %1: %2</source>
        <translation>Der letzte Abruf ist um %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Nango Desk tries again %1 (at %2); "Pull now" tries at once.</source>
        <translation>Nango Desk versucht es %1 erneut (um %2); „Jetzt abrufen“ versucht es sofort.</translation>
    </message>
    <message>
        <source>Nango's schedule is paused: no new runs until it is resumed. The cache holds what Nango had (%1).</source>
        <translation>Der Zeitplan bei Nango ist pausiert: keine neuen Läufe, bis er fortgesetzt wird. Der Cache enthält, was Nango hatte (%1).</translation>
    </message>
    <message>
        <source>Nango's last run failed (the dashboard's logs say why). The cache holds what Nango has (%1).</source>
        <translation>Der letzte Lauf bei Nango ist fehlgeschlagen (die Protokolle im Dashboard nennen den Grund). Der Cache enthält, was Nango hat (%1).</translation>
    </message>
    <message>
        <source>Nango's last run failed: %1. The cache holds what Nango has (%2).</source>
        <translation>Der letzte Lauf bei Nango ist fehlgeschlagen: %1. Der Cache enthält, was Nango hat (%2).</translation>
    </message>
    <message>
        <source>Nango has not run this sync yet (%1).</source>
        <translation>Nango hat diesen Sync noch nicht ausgeführt (%1).</translation>
    </message>
    <message>
        <source>No status from Nango yet: the state is not known.</source>
        <translation>Noch kein Status von Nango: Der Zustand ist unbekannt.</translation>
    </message>
    <message>
        <source>Connecting to Nango…</source>
        <translation>Verbindung zu Nango wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to Nango.</source>
        <translation>Mit Nango verbunden.</translation>
    </message>
    <message>
        <source>No API key: add this environment's key in Settings.</source>
        <translation>Kein API-Schlüssel: Fügen Sie den Schlüssel dieser Umgebung in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>Trying again %1.</source>
        <translation>Neuer Versuch %1.</translation>
    </message>
    <message>
        <source>One pull removed %L1 of %L2 records (%3%) at %4: Nango deleted them, or a wrong cursor or a bug made it say so. The deleted records are kept here: look at them (Records, "Show deleted"), and check the sync's logs in Nango.</source>
        <translation>Ein Abruf hat um %4 %L1 von %L2 Datensätzen (%3 %) entfernt: Nango hat sie gelöscht, oder ein falscher Cursor oder ein Fehler ließ es das sagen. Die gelöschten Datensätze bleiben hier erhalten: Sehen Sie sie an (Datensätze, „Gelöschte anzeigen“) und prüfen Sie die Logs der Synchronisierung in Nango.</translation>
    </message>
</context>
<context>
    <name>nd::StatusIndicators</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Nango Desk</source>
        <translation>Nango Desk</translation>
    </message>
    <message>
        <source>A sync failed on Nango</source>
        <translation>Ein Sync ist bei Nango fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Authorization problem</source>
        <translation>Autorisierungsproblem</translation>
    </message>
    <message>
        <source>%1 needs to reconnect: %2</source>
        <translation>%1 muss neu verbunden werden: %2</translation>
    </message>
    <message>
        <source>Nango cannot be reached</source>
        <translation>Nango ist nicht erreichbar</translation>
    </message>
    <message>
        <source>A pull failed</source>
        <translation>Ein Abruf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nango cannot be used.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nango kann nicht verwendet werden.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No API key.&lt;/b&gt; Add this environment's API key in Settings; nothing is sent to Nango until then.</source>
        <translation>&lt;b&gt;Kein API-Schlüssel.&lt;/b&gt; Fügen Sie den API-Schlüssel dieser Umgebung in den Einstellungen hinzu; bis dahin wird nichts an Nango gesendet.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 retrying</source>
        <translation>%1 in neuem Versuch</translation>
    </message>
    <message>
        <source>%1 failed on Nango</source>
        <translation>%1 bei Nango fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 pulling</source>
        <translation>%1 im Abruf</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 fällig</translation>
    </message>
    <message>
        <source>%1 up to date</source>
        <translation>%1 aktuell</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <source>%1 never run</source>
        <translation>%1 nie gelaufen</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
    <message>
        <source>No streams yet</source>
        <translation>Noch keine Streams</translation>
    </message>
    <message>
        <source>Streams: %1 · last good pull %2</source>
        <translation>Streams: %1 · letzter erfolgreicher Abruf: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s), %L2 records)</source>
        <translation>
            <numerusform>%1 (%n Seite, %L2 Datensätze)</numerusform>
            <numerusform>%1 (%n Seiten, %L2 Datensätze)</numerusform>
        </translation>
    </message>
    <message>
        <source>No pull running</source>
        <translation>Kein Abruf aktiv</translation>
    </message>
    <message>
        <source>Pulling %1</source>
        <translation>Abruf von %1</translation>
    </message>
    <message numerus="yes">
        <source>Pulling %n streams</source>
        <translation>
            <numerusform>Abruf von %n Stream</numerusform>
            <numerusform>Abruf von %n Streams</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate budget: unknown</source>
        <translation>Anfragebudget: unbekannt</translation>
    </message>
    <message>
        <source>Rate budget: %1 of %2 left</source>
        <translation>Anfragebudget: %1 von %2 übrig</translation>
    </message>
    <message>
        <source>Webhooks: not listening (%1)</source>
        <translation>Webhooks: nicht empfangsbereit (%1)</translation>
    </message>
    <message>
        <source>Webhooks: not listening</source>
        <translation>Webhooks: nicht empfangsbereit</translation>
    </message>
    <message>
        <source>Webhooks: %1</source>
        <translation>Webhooks: %1</translation>
    </message>
    <message>
        <source>Nango Desk: %1</source>
        <translation>Nango Desk: %1</translation>
    </message>
    <message>
        <source>Nango Desk — %1</source>
        <translation>Nango Desk — %1</translation>
    </message>
    <message>
        <source>Webhooks: received by the shared cache's watcher</source>
        <translation>Webhooks: vom Watcher des gemeinsamen Caches empfangen</translation>
    </message>
    <message>
        <source>Nango cannot be used</source>
        <translation>Nango kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Mass delete</source>
        <translation>Massenlöschung</translation>
    </message>
    <message>
        <source>Proxy &amp;password…</source>
        <translation>&amp;Proxy-Passwort…</translation>
    </message>
</context>
<context>
    <name>nd::Store</name>
    <message>
        <source>The shared cache %1 has no tables yet: Nango Desk creates them when it starts on it with a role that may.</source>
        <translation>Der gemeinsame Cache %1 hat noch keine Tabellen: Nango Desk legt sie an, wenn es mit einer berechtigten Rolle darauf startet.</translation>
    </message>
    <message>
        <source>A shared cache is a postgresql:// URI (postgresql://user@host:port/dbname), not %1.</source>
        <translation>Ein gemeinsamer Cache ist eine postgresql://-URI (postgresql://benutzer@host:port/datenbank), nicht %1.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the cache file inside it, e.g. %1/cache.sqlite</source>
        <translation>%1 ist ein Ordner: Geben Sie die Cache-Datei darin an, z. B. %1/cache.sqlite</translation>
    </message>
</context>
<context>
    <name>nd::SyncEngine</name>
    <message>
        <source>Cannot create the profile "%1" in the cache %2.</source>
        <translation>Das Profil „%1“ kann im Cache %2 nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the server answers again</source>
        <translation>der Server antwortet wieder</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <source>a repair since %1</source>
        <translation>eine Reparatur ab %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the pause after a failure is over</source>
        <translation>die Pause nach einem Fehler ist vorbei</translation>
    </message>
    <message>
        <source>records changed during the last pull</source>
        <translation>Datensätze haben sich während des letzten Abrufs geändert</translation>
    </message>
    <message>
        <source>The shared cache %1 has no profile "%2" yet, and this role may not create it. Ask whoever runs the watcher for the profile's name.</source>
        <translation>Der gemeinsame Cache %1 hat noch kein Profil „%2“, und diese Rolle darf es nicht anlegen. Fragen Sie, wer den Watcher betreibt, nach dem Namen des Profils.</translation>
    </message>
    <message>
        <source>The shared cache %1 holds the profile "%2" for %3, not for %4. Give this server a profile of its own (--profile, or a new profile in the app), or point this one at %3.</source>
        <translation>Der gemeinsame Cache %1 führt das Profil „%2“ für %3, nicht für %4. Geben Sie diesem Server ein eigenes Profil (--profile oder ein neues Profil in der App) oder richten Sie dieses auf %3.</translation>
    </message>
    <message>
        <source>The cache cannot be used: %1</source>
        <translation>Der Cache kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Nango refused the stored cursor</source>
        <translation>Nango hat den gespeicherten Cursor abgelehnt</translation>
    </message>
    <message>
        <source>stopped after its page to let a pull of a mirrored stream go first; it goes on from here</source>
        <translation>nach seiner Seite angehalten, damit der Abruf eines gespiegelten Streams zuerst läuft; er macht hier weiter</translation>
    </message>
    <message>
        <source>goes on after the pulls that went first</source>
        <translation>macht nach den vorgezogenen Abrufen weiter</translation>
    </message>
    <message>
        <source>There is no webhook #%1 in this profile's log.</source>
        <translation>Im Protokoll dieses Profils gibt es keinen Webhook #%1.</translation>
    </message>
    <message>
        <source>This role may only read the shared cache: replays are for whoever runs its watcher.</source>
        <translation>Diese Rolle darf den gemeinsamen Cache nur lesen: Wiederholungen sind Sache dessen, der seinen Watcher betreibt.</translation>
    </message>
    <message>
        <source>Webhook #%1 was refused when it came (%2): only a verified delivery is replayed, or a body nobody signed would be trusted.</source>
        <translation>Webhook #%1 wurde bei seiner Ankunft abgelehnt (%2): Nur eine verifizierte Zustellung wird wiederholt, sonst würde einem Inhalt vertraut, den niemand signiert hat.</translation>
    </message>
    <message>
        <source>Webhook #%1 was not kept whole (%2 of %3 bytes): it cannot be replayed.</source>
        <translation>Webhook #%1 wurde nicht vollständig aufbewahrt (%2 von %3 Bytes): Er kann nicht wiederholt werden.</translation>
    </message>
</context>
<context>
    <name>nd::SyncsPanel</name>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Server records</source>
        <translation>Datensätze (Server)</translation>
    </message>
    <message>
        <source>Local records</source>
        <translation>Datensätze (lokal)</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Status fetched</source>
        <translation>Status abgerufen</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Syncs</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>&amp;Jetzt abrufen</translation>
    </message>
    <message>
        <source>Fetch what changed since our cursor (no server run)</source>
        <translation>Abrufen, was sich seit unserem Cursor geändert hat (kein Lauf auf dem Server)</translation>
    </message>
    <message>
        <source>&amp;Trigger run…</source>
        <translation>Lauf &amp;auslösen…</translation>
    </message>
    <message>
        <source>Ask Nango to run the sync now</source>
        <translation>Nango bitten, die Synchronisierung jetzt auszuführen</translation>
    </message>
    <message>
        <source>Full &amp;resync…</source>
        <translation>&amp;Vollständige Neusynchronisierung…</translation>
    </message>
    <message>
        <source>Ask Nango to fetch everything again</source>
        <translation>Nango bitten, alles erneut abzurufen</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Stop the schedule (a running execution finishes)</source>
        <translation>Zeitplan anhalten (eine laufende Ausführung wird noch abgeschlossen)</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Restart the schedule; Nango runs the sync at once</source>
        <translation>Zeitplan fortsetzen; Nango führt die Synchronisierung sofort aus</translation>
    </message>
    <message>
        <source>&amp;Frequency…</source>
        <translation>&amp;Häufigkeit…</translation>
    </message>
    <message>
        <source>Change how often Nango runs this sync for this connection</source>
        <translation>Ändern, wie oft Nango diese Synchronisierung für diese Verbindung ausführt</translation>
    </message>
    <message>
        <source>Re&amp;pair since…</source>
        <translation>&amp;Reparieren ab…</translation>
    </message>
    <message>
        <source>Re-read records modified since a date; the cursor stays</source>
        <translation>Seit einem Datum geänderte Datensätze erneut lesen; der Cursor bleibt unverändert</translation>
    </message>
    <message>
        <source>Recor&amp;ds</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <source>Browse this model's cached records</source>
        <translation>Zwischengespeicherte Datensätze dieses Modells anzeigen</translation>
    </message>
    <message>
        <source>Cursor &amp;history</source>
        <translation>&amp;Cursor-Verlauf</translation>
    </message>
    <message>
        <source>Every pull of this model and where the cursor went</source>
        <translation>Jeder Abruf dieses Modells und wohin der Cursor dabei gewandert ist</translation>
    </message>
    <message>
        <source>schedule paused</source>
        <translation>Zeitplan pausiert</translation>
    </message>
    <message>
        <source>%1: done. It is in the activity journal.</source>
        <translation>%1: erledigt. Der Vorgang ist im Aktivitätsprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Empty Nango's cache?</source>
        <translation>Cache von Nango leeren?</translation>
    </message>
    <message>
        <source>Nango will delete every stored record of %1 for %2 and save them again. Every cursor held by every consumer of this sync becomes meaningless: your production backend must start over too.</source>
        <translation>Nango löscht alle gespeicherten Datensätze von %1 für %2 und speichert sie erneut. Jeder Cursor, den ein Abnehmer dieser Synchronisierung hält, wird bedeutungslos: Auch Ihr Produktiv-Backend muss von vorn beginnen.</translation>
    </message>
    <message>
        <source>Empty the cache and resync</source>
        <translation>Cache leeren und neu synchronisieren</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslösen</translation>
    </message>
    <message>
        <source>Full resync</source>
        <translation>Vollständige Neusynchronisierung</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: wird gesendet…</translation>
    </message>
    <message>
        <source>Pause the schedule?</source>
        <translation>Zeitplan pausieren?</translation>
    </message>
    <message>
        <source>Nango stops running %1 for %2 until it is resumed. A run in progress finishes.</source>
        <translation>Nango führt %1 für %2 nicht mehr aus, bis der Zeitplan fortgesetzt wird. Eine laufende Ausführung wird noch abgeschlossen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Frequency change</source>
        <translation>Häufigkeit ändern</translation>
    </message>
    <message>
        <source>Repair since a date</source>
        <translation>Ab einem Datum reparieren</translation>
    </message>
    <message>
        <source>Re-read every record Nango modified since this moment and update the cache. The cursor does not move. Nango accepts dates within the last 12 months.</source>
        <translation>Alle Datensätze, die Nango seit diesem Zeitpunkt geändert hat, erneut lesen und den Cache aktualisieren. Der Cursor bleibt unverändert. Nango akzeptiert Zeitpunkte innerhalb der letzten 12 Monate.</translation>
    </message>
    <message>
        <source>Repair pull started; see the cursor history.</source>
        <translation>Reparaturabruf gestartet; siehe Cursor-Verlauf.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s)</source>
        <translation>
            <numerusform>%1 · %n Seite</numerusform>
            <numerusform>%1 · %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · retry %2</source>
        <translation>%1 · neuer Versuch %2</translation>
    </message>
    <message>
        <source>%1 · counts differ</source>
        <translation>%1 · Anzahlen weichen ab</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>late (was due %1)</source>
        <translation>verspätet (fällig um %1)</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>Nango's last run</source>
        <translation>Letzter Lauf bei Nango</translation>
    </message>
    <message>
        <source>&lt;b&gt;Syncs&lt;/b&gt; of every connection. Double-click a connection in Connections to see only its syncs.</source>
        <translation>&lt;b&gt;Syncs&lt;/b&gt; aller Verbindungen. Doppelklicken Sie unter „Verbindungen“ auf eine Verbindung, um nur ihre Syncs anzuzeigen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Syncs&lt;/b&gt; of %1 / %2 — &lt;a href="all"&gt;show every connection&lt;/a&gt;</source>
        <translation>&lt;b&gt;Syncs&lt;/b&gt; von %1 / %2 — &lt;a href="all"&gt;alle Verbindungen anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>%1 (running now)</source>
        <translation>%1 (läuft gerade)</translation>
    </message>
    <message>
        <source>Nango counts a variant's records under its base model: the server count is not this variant's.</source>
        <translation>Nango zählt die Datensätze einer Variante unter ihrem Basismodell: Die Anzahl auf dem Server gilt nicht für diese Variante.</translation>
    </message>
    <message>
        <source>Our cursor stands at %1.</source>
        <translation>Unser Cursor steht bei %1.</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>%1 · mass delete</source>
        <translation>%1 · Massenlöschung</translation>
    </message>
    <message>
        <source>D&amp;eleted records</source>
        <translation>G&amp;elöschte Datensätze</translation>
    </message>
    <message>
        <source>The records a pull flagged as a mass delete removed; opening them clears the flag</source>
        <translation>Die Datensätze, die ein als Massenlöschung markierter Abruf entfernt hat; sie zu öffnen hebt die Markierung auf</translation>
    </message>
</context>
<context>
    <name>nd::TargetPicker</name>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>nd::TestWebhook</name>
    <message>
        <source>The listener accepted a signed test webhook: point Nango's webhook URL here (through a tunnel for Nango Cloud).</source>
        <translation>Der Empfänger hat einen signierten Test-Webhook angenommen: Richten Sie die Webhook-URL von Nango auf diese Adresse (bei Nango Cloud über einen Tunnel).</translation>
    </message>
    <message>
        <source>The listener refused the signature: the signing key typed here is not the one it uses. Save the settings first, or clear the field to test the saved key.</source>
        <translation>Der Empfänger hat die Signatur abgelehnt: Der hier eingegebene Signaturschlüssel ist nicht der, den er verwendet. Speichern Sie zuerst die Einstellungen, oder leeren Sie das Feld, um den gespeicherten Schlüssel zu testen.</translation>
    </message>
    <message>
        <source>The test webhook failed: %1</source>
        <translation>Der Test-Webhook ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>nd::WebhookListener</name>
    <message>
        <source>Cannot listen for webhooks on %1:%2: %3</source>
        <translation>Auf %1:%2 kann nicht auf Webhooks gewartet werden: %3</translation>
    </message>
    <message>
        <source>Listening on %1 lets any machine that reaches this one post webhooks here. Keep the listener on 127.0.0.1 behind a tunnel (Nango Cloud cannot reach a desktop anyway), or ask for it: --allow-remote, or "Accept webhooks from other machines" in Settings.</source>
        <translation>Auf %1 zu lauschen erlaubt jedem Rechner, der diesen erreicht, hier Webhooks zu senden. Lassen Sie den Empfänger auf 127.0.0.1 hinter einem Tunnel (Nango Cloud erreicht einen Desktop ohnehin nicht) oder verlangen Sie es ausdrücklich: --allow-remote oder „Webhooks von anderen Rechnern annehmen“ in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>nd::WebhookRouteDialog</name>
    <message>
        <source>Webhooks of %1 / %2</source>
        <translation>Webhooks von %1 / %2</translation>
    </message>
    <message>
        <source>Asking Nango where they go…</source>
        <translation>Nango wird gefragt, wohin sie gehen…</translation>
    </message>
    <message>
        <source>Nango Cloud cannot reach this computer, and Nango refuses loopback and private addresses. Run a tunnel or a public reverse proxy that forwards to this desktop's listener (%1; it stays on loopback) and give its public URL here. Routing a connection here replaces BOTH of the environment's webhook URLs (primary and secondary) for that connection, until you send them back.</source>
        <translation>Nango Cloud kann diesen Computer nicht erreichen, und Nango lehnt Loopback- und private Adressen ab. Betreiben Sie einen Tunnel oder einen öffentlichen Reverse Proxy, der an den Listener dieses Desktops weiterleitet (%1; er bleibt auf Loopback), und geben Sie hier dessen öffentliche URL an. Eine Verbindung hierher umzuleiten ersetzt BEIDE Webhook-URLs der Umgebung (primär und sekundär) für diese Verbindung, bis Sie sie zurückschicken.</translation>
    </message>
    <message>
        <source>not listening yet</source>
        <translation>lauscht noch nicht</translation>
    </message>
    <message>
        <source>Public URL that leads to this desktop</source>
        <translation>Öffentliche URL, die zu diesem Desktop führt</translation>
    </message>
    <message>
        <source>&amp;Send this connection's webhooks here</source>
        <translation>Webhooks dieser Verbindung hierher &amp;schicken</translation>
    </message>
    <message>
        <source>Set the connection's webhook URL override in Nango</source>
        <translation>Die Webhook-URL-Überschreibung der Verbindung in Nango setzen</translation>
    </message>
    <message>
        <source>&amp;Check with a test webhook</source>
        <translation>Mit einem Test-Webhook &amp;prüfen</translation>
    </message>
    <message>
        <source>Post a signed test webhook to the URL and see whether this listener accepts it</source>
        <translation>Einen signierten Test-Webhook an die URL senden und sehen, ob dieser Listener ihn annimmt</translation>
    </message>
    <message>
        <source>Back to the &amp;environment's URLs</source>
        <translation>Zurück an die URLs der &amp;Umgebung</translation>
    </message>
    <message>
        <source>Clear the override: Nango sends to the environment's webhook URLs again</source>
        <translation>Die Überschreibung entfernen: Nango schickt wieder an die Webhook-URLs der Umgebung</translation>
    </message>
    <message>
        <source>Give the public http(s) URL of a tunnel or reverse proxy that leads here.</source>
        <translation>Geben Sie die öffentliche http(s)-URL eines Tunnels oder Reverse Proxys an, der hierher führt.</translation>
    </message>
    <message>
        <source>Route webhooks here</source>
        <translation>Webhooks hierher umleiten</translation>
    </message>
    <message>
        <source>Nango will send the webhooks of %1 / %2 to %3 only. Your backend at the environment's webhook URLs stops receiving them until you send them back.</source>
        <translation>Nango schickt die Webhooks von %1 / %2 nur noch an %3. Ihr Backend unter den Webhook-URLs der Umgebung erhält sie nicht mehr, bis Sie sie zurückschicken.</translation>
    </message>
    <message>
        <source>Route them here</source>
        <translation>Hierher umleiten</translation>
    </message>
    <message>
        <source>Type the public URL to check first.</source>
        <translation>Geben Sie zuerst die zu prüfende öffentliche URL ein.</translation>
    </message>
    <message>
        <source>Posting a signed test webhook to %1…</source>
        <translation>Ein signierter Test-Webhook wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Nango did not say where they go: %1</source>
        <translation>Nango hat nicht gesagt, wohin sie gehen: %1</translation>
    </message>
    <message>
        <source>Now: to the environment's webhook URLs.</source>
        <translation>Jetzt: an die Webhook-URLs der Umgebung.</translation>
    </message>
    <message>
        <source>Now: to %1 only (the connection's override).</source>
        <translation>Jetzt: nur an %1 (die Überschreibung der Verbindung).</translation>
    </message>
    <message>
        <source>Sending them back to the environment's URLs…</source>
        <translation>Sie werden an die URLs der Umgebung zurückgeschickt…</translation>
    </message>
    <message>
        <source>Routing them to %1…</source>
        <translation>Sie werden an %1 umgeleitet…</translation>
    </message>
    <message>
        <source>Done: the environment's webhook URLs receive them again.</source>
        <translation>Erledigt: Die Webhook-URLs der Umgebung erhalten sie wieder.</translation>
    </message>
    <message>
        <source>Done: Nango sends them to %1 only. Check it with a test webhook.</source>
        <translation>Erledigt: Nango schickt sie nur noch an %1. Prüfen Sie es mit einem Test-Webhook.</translation>
    </message>
</context>
<context>
    <name>nd::WebhookRouter</name>
    <message>
        <source>test webhook: the signature was verified; nothing is pulled</source>
        <translation>Test-Webhook: Die Signatur wurde überprüft; es wird nichts abgerufen</translation>
    </message>
    <message>
        <source>pull %1</source>
        <translation>Abruf von %1</translation>
    </message>
    <message>
        <source>a webhook announced new records</source>
        <translation>ein Webhook hat neue Datensätze angekündigt</translation>
    </message>
    <message>
        <source>sync status refresh</source>
        <translation>Aktualisierung des Sync-Status</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>keine Beschreibung</translation>
    </message>
    <message>
        <source>catalog refresh</source>
        <translation>Aktualisierung des Katalogs</translation>
    </message>
    <message>
        <source>the connection was authorized again</source>
        <translation>die Verbindung wurde erneut autorisiert</translation>
    </message>
    <message>
        <source>logged only</source>
        <translation>nur protokolliert</translation>
    </message>
    <message>
        <source>replay of #%1: pull %2</source>
        <translation>Wiederholung von #%1: Abruf %2</translation>
    </message>
</context>
<context>
    <name>nd::WriteBack</name>
    <message>
        <source>Another action is still running; wait for it or cancel it.</source>
        <translation>Eine andere Aktion läuft noch; warten Sie auf sie oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Another request is still running; wait for it or cancel it.</source>
        <translation>Eine andere Anfrage läuft noch; warten Sie auf sie oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Nango Desk is not connected to a Nango server yet: save a server and an API key in Settings first.</source>
        <translation>Nango Desk ist noch mit keinem Nango-Server verbunden: Speichern Sie zuerst einen Server und einen API-Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>The local cache could not be opened, so nothing can be run or recorded. See the message in the banner.</source>
        <translation>Der lokale Cache konnte nicht geöffnet werden, daher kann nichts ausgeführt oder aufgezeichnet werden. Siehe die Meldung im Banner.</translation>
    </message>
    <message>
        <source>The connection to Nango was restarted while the action ran, so Nango Desk stopped waiting. The action may still have run on Nango: check its logs before running it again.</source>
        <translation>Die Verbindung zu Nango wurde neu gestartet, während die Aktion lief, daher wartet Nango Desk nicht mehr. Die Aktion ist in Nango möglicherweise trotzdem gelaufen: Prüfen Sie die Logs, bevor Sie sie erneut ausführen.</translation>
    </message>
    <message>
        <source>The connection to Nango was restarted while the request was in flight; it may still have reached the provider.</source>
        <translation>Die Verbindung zu Nango wurde neu gestartet, während die Anfrage unterwegs war; sie hat den Anbieter möglicherweise trotzdem erreicht.</translation>
    </message>
    <message>
        <source>This role may only read the shared cache: actions and proxy requests are run by roles that may write it, where every run is recorded.</source>
        <translation>Diese Rolle darf den gemeinsamen Cache nur lesen: Aktionen und Proxy-Anfragen führen Rollen aus, die ihn schreiben dürfen, wo jeder Lauf festgehalten wird.</translation>
    </message>
</context>
</TS>
