<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+17"/>
        <source>Keel — operations console for an AI platform.

Commands (optional; without one the console window opens):
  snapshot --view review|spend|slo|trace --out FILE.png [--size 1600x1000]
  export spend --from DATE --to DATE --group-by model|use_case|team|customer_segment --format csv|focus --out FILE
  report slo --month YYYY-MM --out FILE.pdf
Each command needs --demo or --platform URL (token from KEEL_TOKEN or the keychain), or --no-platform with --langfuse or --litellm.</source>
        <translation>Keel – Betriebskonsole für eine KI-Plattform.

Befehle (optional; ohne Befehl öffnet sich das Konsolenfenster):
  snapshot --view review|spend|slo|trace --out DATEI.png [--size 1600x1000]
  export spend --from DATUM --to DATUM --group-by model|use_case|team|customer_segment --format csv|focus --out DATEI
  report slo --month JJJJ-MM --out DATEI.pdf
Jeder Befehl braucht --demo oder --platform URL (Token aus KEEL_TOKEN oder dem Schlüsselbund) oder --no-platform mit --langfuse oder --litellm.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>snapshot, export or report</source>
        <translation>snapshot, export oder report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for export: spend; for report: slo</source>
        <translation>bei export: spend; bei report: slo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform API base URL.</source>
        <translation>Basis-URL der Plattform-API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the bundled reference platform with demo data and sign in to it.</source>
        <translation>Die mitgelieferte Referenzplattform mit Demodaten starten und sich dort anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo identity: reviewer-1, reviewer-2, finops, council or admin.</source>
        <translation>Demo-Identität: reviewer-1, reviewer-2, finops, council oder admin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User interface language (en, de, fr); default follows the system.</source>
        <translation>Sprache der Oberfläche (en, de, fr); standardmäßig die des Systems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the local cache (prompts, outputs, telemetry) and exit. Undelivered decisions are kept unless --force is given.</source>
        <translation>Den lokalen Cache (Prompts, Modellausgaben, Telemetrie) löschen und beenden. Nicht zugestellte Entscheidungen bleiben erhalten, außer mit --force.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --wipe-cache: also delete undelivered decisions.</source>
        <translation>Mit --wipe-cache: auch nicht zugestellte Entscheidungen löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View to render: review, spend, slo or trace.</source>
        <translation>Darzustellende Ansicht: review, spend, slo oder trace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot size as WIDTHxHEIGHT.</source>
        <translation>Größe der Aufnahme als BREITExHÖHE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Erster Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day, inclusive (YYYY-MM-DD).</source>
        <translation>Letzter Tag, einschließlich (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model, use_case, team or customer_segment.</source>
        <translation>model, use_case, team oder customer_segment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv or focus.</source>
        <translation>csv oder focus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report month (YYYY-MM).</source>
        <translation>Berichtsmonat (JJJJ-MM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a PNG of the window once the first view has loaded.</source>
        <translation>Ein PNG des Fensters schreiben, sobald die erste Ansicht geladen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the local cache.</source>
        <translation>Ordner des lokalen Caches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the trace explorer on this request (GUI and snapshot --view trace).</source>
        <translation>Den Trace-Explorer für diese Anfrage öffnen (GUI und snapshot --view trace).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the clock at this UTC time, e.g. 2026-03-18T10:30:00Z (with --demo, the platform&apos;s too).</source>
        <translation>Die Uhr zu dieser UTC-Zeit starten, z. B. 2026-03-18T10:30:00Z (mit --demo auch die der Plattform).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take spend, budgets and requests from the LiteLLM proxy at this URL (key from KEEL_LITELLM_KEY or the keychain).</source>
        <translation>Ausgaben, Budgets und Anfragen vom LiteLLM-Proxy unter dieser URL beziehen (Schlüssel aus KEEL_LITELLM_KEY oder dem Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take review queues from the annotation queues of the Langfuse project at this URL (keys from KEEL_LANGFUSE_PUBLIC_KEY and KEEL_LANGFUSE_SECRET_KEY, or the keychain).</source>
        <translation>Prüfwarteschlangen aus den Annotation Queues des Langfuse-Projekts unter dieser URL beziehen (Schlüssel aus KEEL_LANGFUSE_PUBLIC_KEY und KEEL_LANGFUSE_SECRET_KEY oder dem Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to no Keel platform: review, spend and SLOs come only from --langfuse, --litellm and the Prometheus SLO settings.</source>
        <translation>Bei keiner Keel-Plattform anmelden: Prüfung, Ausgaben und SLOs kommen nur aus --langfuse, --litellm und den Prometheus-Einstellungen für SLOs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take spend and requests from the Langfuse project at this URL (keys as for --langfuse; Langfuse has no budgets).</source>
        <translation>Ausgaben und Anfragen aus dem Langfuse-Projekt unter dieser URL beziehen (Schlüssel wie bei --langfuse; Langfuse kennt keine Budgets).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--now must be a UTC time such as 2026-03-18T10:30:00Z.</source>
        <translation>--now muss eine UTC-Zeit wie 2026-03-18T10:30:00Z sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size must look like 1600x1000.</source>
        <translation>--size muss die Form 1600x1000 haben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>snapshot needs --view review, spend, slo or trace.</source>
        <translation>snapshot braucht --view review, spend, slo oder trace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snapshot needs --out FILE.png.</source>
        <translation>snapshot braucht --out DATEI.png.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export spend needs --from, --to and --out.</source>
        <translation>export spend braucht --from, --to und --out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--group-by must be model, use_case, team or customer_segment.</source>
        <translation>--group-by muss model, use_case, team oder customer_segment sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be csv or focus.</source>
        <translation>--format muss csv oder focus sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report slo needs --month YYYY-MM and --out FILE.pdf.</source>
        <translation>report slo braucht --month JJJJ-MM und --out DATEI.pdf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This command needs --demo or --platform URL (or --no-platform with --langfuse or --litellm).</source>
        <translation>Dieser Befehl braucht --demo oder --platform URL (oder --no-platform mit --langfuse oder --litellm).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--no-platform cannot be combined with --demo or --platform.</source>
        <translation>--no-platform lässt sich nicht mit --demo oder --platform kombinieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--platform must be a URL such as https://platform.example.com.</source>
        <translation>--platform muss eine URL wie https://platform.example.com sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--litellm must be a URL such as https://litellm.example.com.</source>
        <translation>--litellm muss eine URL wie https://litellm.example.com sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--langfuse-spend must be a URL such as https://cloud.langfuse.com.</source>
        <translation>--langfuse-spend muss eine URL wie https://cloud.langfuse.com sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend comes from one source: give --litellm or --langfuse-spend, not both.</source>
        <translation>Ausgaben kommen aus einer Quelle: Geben Sie --litellm oder --langfuse-spend an, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--langfuse must be a URL such as https://cloud.langfuse.com.</source>
        <translation>--langfuse muss eine URL wie https://cloud.langfuse.com sein.</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <location filename="../app/headlesscommands.cpp" line="+40"/>
        <source>gave up after %1 s waiting for the platform</source>
        <translation>nach %1 s Warten auf die Plattform aufgegeben</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sync did not finish (%1); the snapshot shows the cache</source>
        <translation>Synchronisierung nicht abgeschlossen (%1); die Aufnahme zeigt den Cache</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the signed-in identity has no %1 view</source>
        <translation>die angemeldete Identität hat keine Ansicht %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>sync did not finish (%1); using the cache as it is</source>
        <translation>Synchronisierung nicht abgeschlossen (%1); der Cache wird verwendet, wie er ist</translation>
    </message>
    <message>
        <location filename="../app/headlessjobs.cpp" line="+63"/>
        <source>%1 may not read spend: the platform grants it to the finops, council and admin roles.</source>
        <translation>%1 darf keine Ausgaben lesen: Die Plattform erlaubt das den Rollen finops, council und admin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--from and --to must be dates (YYYY-MM-DD) with from ≤ to.</source>
        <translation>--from und --to müssen Datumsangaben (JJJJ-MM-TT) mit from ≤ to sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown --group-by or --format.</source>
        <translation>unbekanntes --group-by oder --format.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this command has no job</source>
        <translation>dieser Befehl hat keine Aufgabe</translation>
    </message>
</context>
<context>
    <name>WipeCache</name>
    <message>
        <location filename="../app/wipecache.cpp" line="+44"/>
        <source>keel: %1 holds %2 decision(s) not yet delivered; start Keel online to deliver them, or add --force to delete them too.</source>
        <translation>keel: %1 enthält %2 noch nicht zugestellte Entscheidung(en); starten Sie Keel online, um sie zuzustellen, oder fügen Sie --force hinzu, um sie ebenfalls zu löschen.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wiped %n cache file(s) in %1.</source>
        <translation>
            <numerusform>%n Cache-Datei in %1 gelöscht.</numerusform>
            <numerusform>%n Cache-Dateien in %1 gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keel::api</name>
    <message>
        <location filename="../models/api/apitypes.cpp" line="+19"/>
        <location filename="../models/api/platformclient.cpp" line="+22"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform URL is not valid: %1</source>
        <translation>Die Plattform-URL ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s host name could not be resolved (DNS). Check the URL and your network.</source>
        <translation>Der Hostname der Plattform konnte nicht aufgelöst werden (DNS). Prüfen Sie die URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to the platform (TCP): %1. Is it running and reachable?</source>
        <translation>Keine Verbindung zur Plattform (TCP): %1. Läuft sie und ist sie erreichbar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection (TLS) failed: %1. Check the CA bundle and the server certificate.</source>
        <translation>Die sichere Verbindung (TLS) ist fehlgeschlagen: %1. Prüfen Sie das CA-Bundle und das Serverzertifikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform did not answer in time.</source>
        <translation>Die Plattform hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection dropped before the answer was complete: %1</source>
        <translation>Die Verbindung brach ab, bevor die Antwort vollständig war: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token was not accepted (401). Sign in again with a valid token.</source>
        <translation>Das Token wurde nicht akzeptiert (401). Melden Sie sich mit einem gültigen Token erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account lacks the role for this (403): %1</source>
        <translation>Ihrem Konto fehlt die Rolle dafür (403): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform answered %1: %2</source>
        <translation>Die Plattform antwortete %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s answer could not be read: %1</source>
        <translation>Die Antwort der Plattform konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform speaks an API version this console does not support: %1</source>
        <translation>Die Plattform spricht eine API-Version, die diese Konsole nicht unterstützt: %1</translation>
    </message>
    <message>
        <location filename="../models/api/platformclient.cpp" line="+76"/>
        <source>The platform URL &quot;%1&quot; is not a valid http(s) URL.</source>
        <translation>Die Plattform-URL „%1“ ist keine gültige http(s)-URL.</translation>
    </message>
</context>
<context>
    <name>keel::api::ConnectionTester</name>
    <message>
        <location filename="../models/api/connectiontester.cpp" line="+71"/>
        <source>the platform reports API version %1; this console supports %2.x</source>
        <translation>die Plattform meldet API-Version %1; diese Konsole unterstützt %2.x</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected as %1 (API %2).</source>
        <translation>Verbunden als %1 (API %2).</translation>
    </message>
</context>
<context>
    <name>keel::app</name>
    <message>
        <location filename="../app/viewfactory.cpp" line="+29"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review queue: approve, edit, escalate or reject model outputs</source>
        <translation>Prüfwarteschlange: Modellausgaben freigeben, bearbeiten, eskalieren oder ablehnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend by model, use case, team and segment; budgets and drivers</source>
        <translation>Ausgaben nach Modell, Anwendungsfall, Team und Segment; Budgets und Treiber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SLOs</source>
        <translation>SLOs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service level objectives: attainment, error budgets and burn rates</source>
        <translation>Service-Level-Ziele: Zielerreichung, Fehlerbudgets und Verbrauchsraten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow one request end to end by its correlation id</source>
        <translation>Eine Anfrage anhand ihrer Korrelations-ID von Anfang bis Ende verfolgen</translation>
    </message>
</context>
<context>
    <name>keel::app::ConsoleController</name>
    <message>
        <location filename="../app/consolecontroller.cpp" line="+85"/>
        <source>Starting the demo platform…</source>
        <translation>Demo-Plattform wird gestartet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keel is starting its bundled reference platform with demo data. The first start generates a month of history and takes a few seconds.</source>
        <translation>Keel startet die mitgelieferte Referenzplattform mit Demodaten. Beim ersten Start wird ein Monat Verlauf erzeugt; das dauert einige Sekunden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The demo platform did not start</source>
        <translation>Die Demo-Plattform ist nicht gestartet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give --platform URL or --demo.</source>
        <translation>Geben Sie --platform URL oder --demo an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell Keel where your platform is and paste your token. To look around first, start Keel with --demo.</source>
        <translation>Sagen Sie Keel, wo Ihre Plattform ist, und fügen Sie Ihr Token ein. Um sich erst umzusehen, starten Sie Keel mit --demo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>Signing in…</source>
        <translation>Anmeldung …</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Reading the token for %1</source>
        <translation>Token für %1 wird gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No token for %1 is saved in the keychain.</source>
        <translation>Im Schlüsselbund ist kein Token für %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set KEEL_TOKEN, or save a token from File › Connect to Platform.</source>
        <translation>Setzen Sie KEEL_TOKEN oder speichern Sie ein Token über Datei › Mit Plattform verbinden.</translation>
    </message>
    <message>
        <location filename="../app/consolecontrollersources.cpp" line="+36"/>
        <source>Without a Keel platform, Keel needs another source: review queues from Langfuse, spend from a LiteLLM proxy, or SLOs from Prometheus.</source>
        <translation>Ohne Keel-Plattform braucht Keel eine andere Quelle: Prüfwarteschlangen aus Langfuse, Ausgaben von einem LiteLLM-Proxy oder SLOs aus Prometheus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
    <message>
        <location filename="../app/consolecontroller.cpp" line="+21"/>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not sign in to %1</source>
        <translation>Anmeldung bei %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/consolecontrollersources.cpp" line="+31"/>
        <source>No key for LiteLLM at %1</source>
        <translation>Kein Schlüssel für LiteLLM unter %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+29"/>
        <source>No keys for Langfuse at %1</source>
        <translation>Keine Schlüssel für Langfuse unter %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Paste the project&apos;s public and secret key in File › Connect, or set KEEL_LANGFUSE_PUBLIC_KEY and KEEL_LANGFUSE_SECRET_KEY.</source>
        <translation>Fügen Sie den öffentlichen und den geheimen Schlüssel des Projekts unter Datei › Verbinden ein oder setzen Sie KEEL_LANGFUSE_PUBLIC_KEY und KEEL_LANGFUSE_SECRET_KEY.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Langfuse at %1 cannot be used</source>
        <translation>Langfuse unter %1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../app/consolecontroller.cpp" line="+32"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no platform</source>
        <translation>keine Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; spend from %2</source>
        <translation>%1; Ausgaben von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; review queues from %2</source>
        <translation>%1; Prüfwarteschlangen von %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) auf %3</translation>
    </message>
    <message>
        <location filename="../app/consolecontrollersources.cpp" line="-94"/>
        <source>Give --langfuse URL, --litellm URL or --langfuse-spend URL.</source>
        <translation>Geben Sie --langfuse URL, --litellm URL oder --langfuse-spend URL an.</translation>
    </message>
    <message>
        <location filename="../app/consolecontroller.cpp" line="+23"/>
        <source>Syncing…</source>
        <translation>Synchronisierung …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing %1: %L2 records (%L3/s)</source>
        <translation>Synchronisiere %1: %L2 Datensätze (%L3/s)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing cached data from %1.</source>
        <translation>Zwischengespeicherte Daten vom %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing cached data.</source>
        <translation>Zwischengespeicherte Daten werden angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync did not finish: %1 %2 Keel retries every 5 minutes.</source>
        <translation>Synchronisierung nicht abgeschlossen: %1 %2 Keel versucht es alle 5 Minuten erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Connect to Platform…</source>
        <translation>Mit Plattform verbinden …</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+10"/>
        <source>Wipe Local Cache</source>
        <translation>Lokalen Cache löschen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>There is no cache open: sign in to a platform first, or run keel --wipe-cache.</source>
        <translation>Es ist kein Cache geöffnet: Melden Sie sich zuerst bei einer Plattform an oder führen Sie keel --wipe-cache aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the local copy of prompts, outputs, telemetry and spend for %1? Keel signs in again and syncs afresh.</source>
        <translation>Die lokale Kopie von Prompts, Modellausgaben, Telemetrie und Ausgaben für %1 löschen? Keel meldet sich erneut an und synchronisiert neu.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n decision(s) are not delivered yet and would be lost. Wait until they are delivered, or wipe anyway.</source>
        <translation>
            <numerusform>%n Entscheidung ist noch nicht zugestellt und ginge verloren. Warten Sie, bis sie zugestellt ist, oder löschen Sie trotzdem.</numerusform>
            <numerusform>%n Entscheidungen sind noch nicht zugestellt und gingen verloren. Warten Sie, bis sie zugestellt sind, oder löschen Sie trotzdem.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cache could not be deleted</source>
        <translation>Der Cache konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local cache was deleted.</source>
        <translation>Der lokale Cache wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>keel::app::DemoPlatform</name>
    <message>
        <location filename="../app/demoplatform.cpp" line="+28"/>
        <source>The demo platform could not be started: %1</source>
        <translation>Die Demo-Plattform konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo platform stopped before it was ready (exit code %1). %2</source>
        <translation>Die Demo-Plattform wurde beendet, bevor sie bereit war (Exit-Code %1). %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>keel-platform was not found beside keel or on PATH. Build it, or connect to a platform with --platform URL.</source>
        <translation>keel-platform wurde weder neben keel noch im PATH gefunden. Bauen Sie es oder verbinden Sie sich mit --platform URL mit einer Plattform.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The demo platform started but gave no address or demo tokens.</source>
        <translation>Die Demo-Plattform ist gestartet, hat aber weder Adresse noch Demo-Tokens geliefert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no demo identity called &quot;%1&quot;. Use reviewer-1, reviewer-2, finops, council or admin.</source>
        <translation>Es gibt keine Demo-Identität „%1“. Verwenden Sie reviewer-1, reviewer-2, finops, council oder admin.</translation>
    </message>
</context>
<context>
    <name>keel::common</name>
    <message>
        <location filename="../widgets/common/numberformat.cpp" line="+61"/>
        <source>T</source>
        <translation> Bio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation> Mrd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation> Mio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K</source>
        <translation> Tsd.</translation>
    </message>
</context>
<context>
    <name>keel::data::BudgetsModel</name>
    <message>
        <location filename="../models/data/budgetsmodel.cpp" line="+9"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alert thresholds</source>
        <translation>Warnschwellen</translation>
    </message>
</context>
<context>
    <name>keel::data::RequestsModel</name>
    <message>
        <location filename="../models/data/requestsmodel.cpp" line="+19"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
</context>
<context>
    <name>keel::data::ReviewItemsModel</name>
    <message>
        <location filename="../models/data/reviewitemsmodel.cpp" line="+24"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLA due</source>
        <translation>SLA-Frist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by</source>
        <translation>Reserviert von</translation>
    </message>
</context>
<context>
    <name>keel::data::ReviewQueuesModel</name>
    <message>
        <location filename="../models/data/reviewqueuesmodel.cpp" line="+9"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLA (min)</source>
        <translation>SLA (min)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest pending</source>
        <translation>Ältester offener</translation>
    </message>
</context>
<context>
    <name>keel::data::SlosModel</name>
    <message>
        <location filename="../models/data/slosmodel.cpp" line="+19"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window (days)</source>
        <translation>Zeitfenster (Tage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error budget left</source>
        <translation>Restliches Fehlerbudget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>keel::data::SpendRowsModel</name>
    <message>
        <location filename="../models/data/spendrowsmodel.cpp" line="+21"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cache savings</source>
        <translation>Cache-Ersparnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
</context>
<context>
    <name>keel::data::SyncStateModel</name>
    <message>
        <location filename="../models/data/syncstatemodel.cpp" line="+10"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/data/syncstatemodel.h" line="+22"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>keel::installTranslators</name>
    <message>
        <location filename="installtranslators.cpp" line="+68"/>
        <source>Unknown language &quot;%1&quot;; using the system language.</source>
        <translation>Unbekannte Sprache „%1“; die Systemsprache wird verwendet.</translation>
    </message>
</context>
<context>
    <name>keel::prometheus</name>
    <message>
        <location filename="../models/prometheus/promresult.cpp" line="+60"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>a sample value is not a number</source>
        <translation>ein Messwert ist keine Zahl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a sample is not a [time, value] pair</source>
        <translation>ein Messpunkt ist kein Paar [Zeit, Wert]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a sample time is not a number</source>
        <translation>ein Zeitstempel ist keine Zahl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a series&apos; &quot;metric&quot; is not an object</source>
        <translation>„metric“ einer Reihe ist kein Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a label value is not a string</source>
        <translation>ein Label-Wert ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;data&quot; is missing</source>
        <translation>„data“ fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;data.resultType&quot; is missing</source>
        <translation>„data.resultType“ fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;data.result&quot; is missing</source>
        <translation>„data.result“ fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;data.result&quot; is not a list</source>
        <translation>„data.result“ ist keine Liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a result entry is not an object</source>
        <translation>ein Ergebniseintrag ist kein Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a vector entry has no &quot;value&quot;</source>
        <translation>ein Vektoreintrag hat kein „value“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a matrix entry has no &quot;values&quot; list</source>
        <translation>ein Matrixeintrag hat keine Liste „values“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported result type &quot;%1&quot;</source>
        <translation>nicht unterstützter Ergebnistyp „%1“</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the query API answered HTTP %1 without a Prometheus error body</source>
        <translation>die Abfrage-API antwortete HTTP %1 ohne Prometheus-Fehlerangabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the query API&apos;s answer is not valid JSON</source>
        <translation>die Antwort der Abfrage-API ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the query API&apos;s answer is nested too deeply</source>
        <translation>die Antwort der Abfrage-API ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;status&quot; is missing</source>
        <translation>„status“ fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the query failed (%1)</source>
        <translation>die Abfrage ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown &quot;status&quot;</source>
        <translation>unbekannter „status“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected answer from the query API: %1</source>
        <translation>unerwartete Antwort der Abfrage-API: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected answer from the query API</source>
        <translation>unerwartete Antwort der Abfrage-API</translation>
    </message>
    <message>
        <location filename="../models/prometheus/slisourcefactory.cpp" line="+43"/>
        <source>SLO definition file not used: %1</source>
        <translation>SLO-Definitionsdatei nicht verwendet: %1</translation>
    </message>
</context>
<context>
    <name>keel::prometheus::PrometheusSliSource</name>
    <message>
        <location filename="../models/prometheus/prometheusslisource.cpp" line="+44"/>
        <source>Prometheus at %1</source>
        <translation>Prometheus unter %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The metrics source warns: %1</source>
        <translation>Die Metrikquelle warnt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prometheus query failed: %1</source>
        <translation>Prometheus-Abfrage fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>keel::prometheus::PrometheusSource</name>
    <message>
        <location filename="../models/prometheus/prometheussource.cpp" line="+72"/>
        <source>Cannot reach the metrics source at %1: %2</source>
        <translation>Die Metrikquelle unter %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>keel::review</name>
    <message>
        <location filename="../models/review/reviewformat.cpp" line="+26"/>
        <source>%1d %2h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1m %2s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>overdue by %1</source>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../models/review/decisionoutbox.cpp" line="+67"/>
        <source>saved, waiting to send</source>
        <translation>gespeichert, wartet auf Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../models/review/leasemessages.cpp" line="+39"/>
        <source>%1 is working on this item. You can read it, but not decide it.</source>
        <translation>%1 bearbeitet diesen Eintrag. Sie können ihn lesen, aber nicht entscheiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds this item until %2. You can read it, but not decide it.</source>
        <translation>%1 hat diesen Eintrag bis %2 reserviert. Sie können ihn lesen, aber nicht entscheiden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform refused (403 Forbidden): your account has no review rights. Ask an admin for the reviewer role.</source>
        <translation>Die Plattform hat abgelehnt (403 Forbidden): Ihr Konto hat keine Prüfrechte. Bitten Sie einen Administrator um die Prüferrolle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your lease on this item expired: no renewal reached the platform in time. Your draft is kept; press O to claim the item again.</source>
        <translation>Ihre Reservierung für diesen Eintrag ist abgelaufen: Keine Verlängerung hat die Plattform rechtzeitig erreicht. Ihr Entwurf bleibt erhalten; drücken Sie O, um den Eintrag erneut zu übernehmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing happened here for %1 minute(s), so the lease was let go for other reviewers. Your draft is kept; press O to claim the item again.</source>
        <translation>Hier ist %1 Minute(n) lang nichts passiert, daher wurde die Reservierung für andere Prüfer freigegeben. Ihr Entwurf bleibt erhalten; drücken Sie O, um den Eintrag erneut zu übernehmen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not claim the item: %1 It stays read-only until the platform answers.</source>
        <translation>Der Eintrag konnte nicht übernommen werden: %1 Er bleibt schreibgeschützt, bis die Plattform antwortet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This item is no longer open for review (%1). Pick another one.</source>
        <translation>Dieser Eintrag ist nicht mehr zur Prüfung offen (%1). Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not claim the item (HTTP %1): %2</source>
        <translation>Der Eintrag konnte nicht übernommen werden (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You lost this item: %1 Your draft is kept.</source>
        <translation>Sie haben diesen Eintrag verloren: %1 Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your lease on this item expired before it could be renewed. Your draft is kept; press O to claim the item again.</source>
        <translation>Ihre Reservierung für diesen Eintrag ist abgelaufen, bevor sie verlängert werden konnte. Ihr Entwurf bleibt erhalten; drücken Sie O, um den Eintrag erneut zu übernehmen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the item again (O) to redo it; your draft is kept.</source>
        <translation>Öffnen Sie den Eintrag erneut (O), um die Entscheidung zu wiederholen; Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied on the platform: %1 %2</source>
        <translation>Auf der Plattform nicht übernommen: %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not applied: the item was already decided on the platform, by another reviewer or by you in another Keel window. There is nothing to redo; this decision stays in the log.</source>
        <translation>Nicht übernommen: Der Eintrag wurde auf der Plattform bereits entschieden, von einem anderen Prüfer oder von Ihnen in einem anderen Keel-Fenster. Es gibt nichts zu wiederholen; diese Entscheidung bleibt im Protokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: another reviewer holds the item (%1). %2</source>
        <translation>Nicht übernommen: Ein anderer Prüfer hat den Eintrag reserviert (%1). %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applied: your lease expired before the decision reached the platform. %1</source>
        <translation>Nicht übernommen: Ihre Reservierung ist abgelaufen, bevor die Entscheidung die Plattform erreichte. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not applied: the platform found the decision invalid: %1 %2</source>
        <translation>Nicht übernommen: Die Plattform hat die Entscheidung als ungültig abgelehnt: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied (HTTP %1): %2 %3</source>
        <translation>Nicht übernommen (HTTP %1): %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no item locks: another reviewer may decide this item at the same time, and the last decision wins.</source>
        <translation>%1 hat keine Sperren für Einträge: Eine andere Prüferin kann diesen Eintrag gleichzeitig entscheiden, und die letzte Entscheidung gilt.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Your lease could not be renewed (%1). Your draft is kept.</source>
        <translation>Ihre Reservierung konnte nicht verlängert werden (%1). Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not applied: the item no longer exists on the platform.</source>
        <translation>Nicht übernommen: Der Eintrag existiert auf der Plattform nicht mehr.</translation>
    </message>
</context>
<context>
    <name>keel::review::CheatSheet</name>
    <message>
        <location filename="../widgets/review/cheatsheet.cpp" line="+15"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the output as it is</source>
        <translation>Die Ausgabe unverändert freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit: open the editor with the output and a word diff</source>
        <translation>Bearbeiten: den Editor mit der Ausgabe und einem Wortvergleich öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S or X</source>
        <translation>S oder X</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalate (tier and reason required, note optional)</source>
        <translation>Eskalieren (Stufe und Grund erforderlich, Notiz optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject with a reason code</source>
        <translation>Mit einem Ablehnungsgrund ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit the open edit, escalation or rejection</source>
        <translation>Die offene Bearbeitung, Eskalation oder Ablehnung absenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the open form (the draft is kept)</source>
        <translation>Das offene Formular schließen (der Entwurf bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the last decision while it has not been sent</source>
        <translation>Die letzte Entscheidung rückgängig machen, solange sie nicht gesendet ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claim the open item again after its lease was lost</source>
        <translation>Den offenen Eintrag nach verlorener Reservierung erneut übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J or Down</source>
        <translation>J oder Pfeil ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next item</source>
        <translation>Nächster Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K or Up</source>
        <translation>K oder Pfeil auf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous item</source>
        <translation>Vorheriger Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh queues and items</source>
        <translation>Warteschlangen und Einträge aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter the items</source>
        <translation>Einträge filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show this sheet</source>
        <translation>Diese Übersicht anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review shortcuts</source>
        <translation>Tastenkürzel der Prüfung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>keel::review::DecisionDelivery</name>
    <message>
        <location filename="../models/review/decisiondelivery.cpp" line="+60"/>
        <source>Sending was interrupted.</source>
        <translation>Das Senden wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../models/sources/platform/platformfeedbacksink.cpp" line="+41"/>
        <source>The platform is having trouble (HTTP %1).</source>
        <translation>Die Plattform hat Probleme (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>keel::review::DecisionLogModel</name>
    <message>
        <location filename="../models/review/decisionlogmodel.cpp" line="+13"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2 at %3 — %4</source>
        <translation>%1 %2 um %3 – %4</translation>
    </message>
</context>
<context>
    <name>keel::review::DecisionPanel</name>
    <message>
        <location filename="../widgets/review/decisionpanel.cpp" line="+37"/>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A approve · E edit · S escalate · R reject · J/K next/previous · ? all shortcuts</source>
        <translation>A freigeben · E bearbeiten · S eskalieren · R ablehnen · J/K nächster/vorheriger · ? alle Tastenkürzel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Submit edit   Ctrl+Enter</source>
        <translation>Bearbeitung absenden   Strg+Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your edit</source>
        <translation>Ihre Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes against the original</source>
        <translation>Änderungen gegenüber dem Original</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a tier…</source>
        <translation>Stufe wählen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalate   Ctrl+Enter</source>
        <translation>Eskalieren   Strg+Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier (required)</source>
        <translation>Stufe (erforderlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Reason (required)</source>
        <translation>Grund (erforderlich)</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+49"/>
        <source>Choose a reason…</source>
        <translation>Grund wählen …</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Reject   Ctrl+Enter</source>
        <translation>Ablehnen   Strg+Eingabe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../widgets/review/decisionpanelnotes.cpp" line="+35"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 –</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment or escalation note (optional)</source>
        <translation>Kommentar oder Eskalationsnotiz (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../widgets/review/decisionpanel.cpp" line="+21"/>
        <source>Choose a tier first</source>
        <translation>Zuerst eine Stufe wählen</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>No changes yet</source>
        <translation>Noch keine Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 word(s) added, %2 removed</source>
        <translation>%1 Wort/Wörter hinzugefügt, %2 entfernt</translation>
    </message>
</context>
<context>
    <name>keel::review::ItemPane</name>
    <message>
        <location filename="../widgets/review/itempane.cpp" line="+72"/>
        <source>route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the correlation id to trace this request</source>
        <translation>Die Korrelations-ID kopieren, um diese Anfrage zu verfolgen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy flags</source>
        <translation>Richtlinienhinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why escalated</source>
        <translation>Eskalationsgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show all (may take a moment)</source>
        <translation>Alles anzeigen (kann einen Moment dauern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy full output</source>
        <translation>Gesamte Ausgabe kopieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieved sources</source>
        <translation>Abgerufene Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model output</source>
        <translation>Modellausgabe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 in queue %2</source>
        <translation>Eintrag %1 in Warteschlange %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk %1 %2</source>
        <translation>Risiko %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confidence %1 %2</source>
        <translation>Konfidenz %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No sources were retrieved for this answer.</source>
        <translation>Für diese Antwort wurden keine Quellen abgerufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This output is %1 KB with very long lines; the first %2 KB are shown.</source>
        <translation>Diese Ausgabe ist %1 KB groß und hat sehr lange Zeilen; die ersten %2 KB werden angezeigt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No item open</source>
        <translation>Kein Eintrag geöffnet</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
</context>
<context>
    <name>keel::review::ReasonCatalog</name>
    <message>
        <location filename="../models/review/reasoncatalog.cpp" line="+19"/>
        <source>Tier 2 specialist</source>
        <translation>Fachspezialist (Stufe 2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs domain expertise the first line lacks</source>
        <translation>Braucht Fachwissen, das der ersten Ebene fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Rechtsabteilung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Possible legal, contractual or regulatory exposure</source>
        <translation>Mögliches rechtliches, vertragliches oder regulatorisches Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust &amp; Safety</source>
        <translation>Trust &amp; Safety</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Harm, abuse, self-harm or personal data at risk</source>
        <translation>Schaden, Missbrauch, Selbstverletzung oder gefährdete personenbezogene Daten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs a domain expert</source>
        <translation>Braucht einen Fachexperten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts could not be verified</source>
        <translation>Fakten ließen sich nicht überprüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High customer impact</source>
        <translation>Hohe Auswirkung auf Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy does not cover this case</source>
        <translation>Die Richtlinie deckt diesen Fall nicht ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads as legal advice</source>
        <translation>Liest sich wie Rechtsberatung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commits to contract terms</source>
        <translation>Sagt Vertragsbedingungen zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulatory exposure</source>
        <translation>Regulatorisches Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright or IP concern</source>
        <translation>Urheberrechts- oder IP-Bedenken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data exposed</source>
        <translation>Personenbezogene Daten offengelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-harm content</source>
        <translation>Inhalte zu Selbstverletzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harmful instructions</source>
        <translation>Schädliche Anleitungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harassment or hate</source>
        <translation>Belästigung oder Hass</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Hallucination</source>
        <translation>Halluzination</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>States things the sources do not support</source>
        <translation>Behauptet, was die Quellen nicht belegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsafe</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could cause harm if sent</source>
        <translation>Könnte beim Versand Schaden anrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data leak</source>
        <translation>Abfluss personenbezogener Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reveals personal or confidential data</source>
        <translation>Gibt personenbezogene oder vertrauliche Daten preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks a written content policy</source>
        <translation>Verstößt gegen eine schriftliche Inhaltsrichtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off topic</source>
        <translation>Themenfremd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does not answer the question asked</source>
        <translation>Beantwortet die gestellte Frage nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaves out something the user needs</source>
        <translation>Lässt etwas aus, das der Nutzer braucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong tone</source>
        <translation>Falscher Ton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rude, flippant or off-brand</source>
        <translation>Unhöflich, flapsig oder nicht markengerecht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing citation</source>
        <translation>Fehlender Quellenverweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Outdated source</source>
        <translation>Veraltete Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good example</source>
        <translation>Gutes Beispiel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct and supported by the sources</source>
        <translation>Korrekt und durch die Quellen belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groundedness</source>
        <translation>Quellentreue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cites and stays within the sources</source>
        <translation>Zitiert die Quellen und bleibt bei ihnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free of harm and policy problems</source>
        <translation>Frei von Schaden und Richtlinienproblemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpfulness</source>
        <translation>Hilfreichkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers what was asked, completely</source>
        <translation>Beantwortet vollständig, was gefragt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polite, clear and on-brand</source>
        <translation>Höflich, klar und markengerecht</translation>
    </message>
</context>
<context>
    <name>keel::review::ReviewDb</name>
    <message>
        <location filename="../models/review/reviewdb.cpp" line="+125"/>
        <source>Cannot create the review database: %1</source>
        <translation>Die Prüfdatenbank kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>keel::review::ReviewFeed</name>
    <message>
        <location filename="../models/sources/platform/platformreviewfeed.cpp" line="+53"/>
        <source>The platform could not list %1 (HTTP %2)%3</source>
        <translation>Die Plattform konnte %1 nicht auflisten (HTTP %2)%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the platform to list %1: %2</source>
        <translation>Plattform nicht erreichbar, um %1 aufzulisten: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review queues</source>
        <translation>Prüfwarteschlangen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The platform sent review queues the console cannot read: %1</source>
        <translation>Die Plattform hat Prüfwarteschlangen gesendet, die die Konsole nicht lesen kann: %1</translation>
    </message>
    <message>
        <location filename="../models/review/reviewfeed.cpp" line="+91"/>
        <source>Offline: showing the review queue as synced at %1. Decisions are saved here and sent when the platform is back.</source>
        <translation>Offline: Anzeige der Prüfwarteschlange mit dem Stand von %1. Entscheidungen werden hier gespeichert und gesendet, sobald die Plattform wieder da ist.</translation>
    </message>
    <message>
        <location filename="../models/sources/platform/platformreviewfeed.cpp" line="+22"/>
        <source>review items</source>
        <translation>Prüfeinträge</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The platform sent review items the console cannot read: %1</source>
        <translation>Die Plattform hat Prüfeinträge gesendet, die die Konsole nicht lesen kann: %1</translation>
    </message>
</context>
<context>
    <name>keel::review::ReviewItemModel</name>
    <message>
        <location filename="../models/review/reviewitemmodel.cpp" line="+91"/>
        <location line="+3"/>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no SLA</source>
        <translation>kein SLA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>held by %1</source>
        <translation>reserviert von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA due</source>
        <translation>SLA-Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy flags</source>
        <translation>Richtlinienhinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>keel::review::ReviewQueueModel</name>
    <message>
        <location filename="../models/review/reviewqueuemodel.cpp" line="+45"/>
        <source>%1: %2 pending, %3 claimed, %4 decided, %5 escalated</source>
        <translation>%1: %2 offen, %3 übernommen, %4 entschieden, %5 eskaliert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>none waiting</source>
        <translation>keine wartend</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest</source>
        <translation>Ältester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>keel::review::ReviewSession</name>
    <message>
        <location filename="../models/review/reviewsession.cpp" line="+184"/>
        <source>The platform&apos;s answer to the claim was not understood: %1</source>
        <translation>Die Antwort der Plattform auf die Übernahme war unverständlich: %1</translation>
    </message>
    <message>
        <location filename="../models/review/reviewsessiondecisions.cpp" line="+28"/>
        <source>Decisions cannot be saved: the review database is not open.</source>
        <translation>Entscheidungen können nicht gespeichert werden: Die Prüfdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item is open.</source>
        <translation>Es ist kein Eintrag geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do not hold this item, so it cannot be decided yet.</source>
        <translation>Sie haben diesen Eintrag nicht reserviert, daher kann er noch nicht entschieden werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The edited output is empty.</source>
        <translation>Die bearbeitete Ausgabe ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edit is the same as the original output: approve it instead.</source>
        <translation>Die Bearbeitung entspricht der ursprünglichen Ausgabe: Geben Sie sie stattdessen frei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an escalation tier.</source>
        <translation>Wählen Sie eine Eskalationsstufe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an escalation reason.</source>
        <translation>Wählen Sie einen Eskalationsgrund.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a reject reason.</source>
        <translation>Wählen Sie einen Ablehnungsgrund.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The decision was not saved on this computer (%1). The item is open again; decide it once more.</source>
        <translation>Die Entscheidung wurde auf diesem Computer nicht gespeichert (%1). Der Eintrag ist wieder offen; entscheiden Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Too late to undo: the decision is already on its way to the platform.</source>
        <translation>Zu spät zum Rückgängigmachen: Die Entscheidung ist bereits unterwegs zur Plattform.</translation>
    </message>
</context>
<context>
    <name>keel::review::ReviewWorkspace</name>
    <message>
        <location filename="../widgets/review/reviewworkspace.cpp" line="+62"/>
        <source>Decisions cannot be saved on this computer: %1. Reviewing is disabled until this is fixed (check disk space and permissions of the cache folder).</source>
        <translation>Entscheidungen können auf diesem Computer nicht gespeichert werden: %1. Die Prüfung ist deaktiviert, bis das behoben ist (prüfen Sie Speicherplatz und Berechtigungen des Cache-Ordners).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Loading review queues…</source>
        <translation>Prüfwarteschlangen werden geladen …</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewworkspacelayout.cpp" line="+49"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signed in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your account has the roles %1: you can read the review queues, but only reviewers and admins can decide items.</source>
        <translation>Ihr Konto hat die Rollen %1: Sie können die Prüfwarteschlangen lesen, aber nur Prüfer und Administratoren können Einträge entscheiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter by model, use case, policy flag or id (Ctrl+F)</source>
        <translation>Nach Modell, Anwendungsfall, Richtlinienhinweis oder ID filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any risk</source>
        <translation>Jedes Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk ≥ 40%</source>
        <translation>Risiko ≥ 40 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk ≥ 70%</source>
        <translation>Risiko ≥ 70 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any confidence</source>
        <translation>Jede Konfidenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence &lt; 80%</source>
        <translation>Konfidenz &lt; 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence &lt; 50%</source>
        <translation>Konfidenz &lt; 50 %</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewworkspace.cpp" line="+67"/>
        <source>Loading items…</source>
        <translation>Einträge werden geladen …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There are no review queues on the platform yet. Nothing needs a human right now.</source>
        <translation>Auf der Plattform gibt es noch keine Prüfwarteschlangen. Gerade braucht nichts einen Menschen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This queue is empty: every item has been decided. Pick another queue on the left; new items appear here as they arrive.</source>
        <translation>Diese Warteschlange ist leer: Jeder Eintrag wurde entschieden. Wählen Sie links eine andere Warteschlange; neue Einträge erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No item matches the filter. Clear the filter to see all %n item(s).</source>
        <translation>
            <numerusform>Kein Eintrag passt zum Filter. Leeren Sie den Filter, um den %n Eintrag zu sehen.</numerusform>
            <numerusform>Kein Eintrag passt zum Filter. Leeren Sie den Filter, um alle %n Einträge zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press F5 to try again.</source>
        <translation>Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review queues could not be loaded. Check the connection, then press F5.</source>
        <translation>Die Prüfwarteschlangen konnten nicht geladen werden. Prüfen Sie die Verbindung und drücken Sie dann F5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The items of this queue could not be loaded. Press F5 to try again.</source>
        <translation>Die Einträge dieser Warteschlange konnten nicht geladen werden. Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewworkspacedecisions.cpp" line="+69"/>
        <source>Queue done: nothing left to review here. Pick another queue on the left.</source>
        <translation>Warteschlange erledigt: Hier gibt es nichts mehr zu prüfen. Wählen Sie links eine andere Warteschlange.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1. Ctrl+Z undoes it for %2 s, then it is sent.</source>
        <translation>%1 gespeichert. Strg+Z macht es %2 s lang rückgängig, danach wird gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1; sending.</source>
        <translation>%1 gespeichert; wird gesendet.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Undone: %1 is open again.</source>
        <translation>Rückgängig gemacht: %1 ist wieder offen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Claiming this item…</source>
        <translation>Eintrag wird übernommen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You hold this item · lease %1 (renewed automatically while it is open)</source>
        <translation>Sie haben diesen Eintrag reserviert · Reservierung %1 (wird automatisch verlängert, solange er offen ist)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Offline: %n decision(s) saved on this computer will be sent when the platform answers again. Keep working; nothing is lost.</source>
        <translation>
            <numerusform>Offline: %n auf diesem Computer gespeicherte Entscheidung wird gesendet, sobald die Plattform wieder antwortet. Arbeiten Sie weiter; nichts geht verloren.</numerusform>
            <numerusform>Offline: %n auf diesem Computer gespeicherte Entscheidungen werden gesendet, sobald die Plattform wieder antwortet. Arbeiten Sie weiter; nichts geht verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Today: %1 decided · median %2 s/item · %3 SLA breach(es) · %4 waiting to send</source>
        <translation>Heute: %1 entschieden · Median %2 s/Eintrag · %3 SLA-Verletzung(en) · %4 warten auf Versand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo %1 (%2)</source>
        <translation>%1 rückgängig machen (%2)</translation>
    </message>
</context>
<context>
    <name>keel::settings::ConnectionProfile</name>
    <message>
        <location filename="../models/settings/connectionprofile.cpp" line="+53"/>
        <source>Using the token from KEEL_TOKEN.</source>
        <translation>Das Token aus KEEL_TOKEN wird verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Using the token kept for this session only (no keychain available).</source>
        <translation>Das nur für diese Sitzung gespeicherte Token wird verwendet (kein Schlüsselbund verfügbar).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No token is stored for %1 yet.</source>
        <translation>Für %1 ist noch kein Token gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain could not be read (%1). Enter the token again; it will be kept for this session only.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1). Geben Sie das Token erneut ein; es wird nur für diese Sitzung gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No keychain is available (%1). The token is kept for this session only and must be entered again next time.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Das Token wird nur für diese Sitzung gespeichert und muss beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>keel::settings::LangfuseCredentials</name>
    <message>
        <location filename="../models/settings/langfusecredentials.cpp" line="+34"/>
        <source>Using the Langfuse keys from KEEL_LANGFUSE_PUBLIC_KEY and KEEL_LANGFUSE_SECRET_KEY.</source>
        <translation>Die Langfuse-Schlüssel aus KEEL_LANGFUSE_PUBLIC_KEY und KEEL_LANGFUSE_SECRET_KEY werden verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Using the Langfuse keys kept for this session only (no keychain available).</source>
        <translation>Die nur für diese Sitzung gemerkten Langfuse-Schlüssel werden verwendet (kein Schlüsselbund verfügbar).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain entry for %1 is damaged. Enter the keys again.</source>
        <translation>Der Schlüsselbund-Eintrag für %1 ist beschädigt. Geben Sie die Schlüssel erneut ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Langfuse keys are stored for %1 yet.</source>
        <translation>Für %1 sind noch keine Langfuse-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain could not be read (%1). Enter the Langfuse keys again; they will be kept for this session.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1). Geben Sie die Langfuse-Schlüssel erneut ein; sie werden für diese Sitzung gemerkt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No keychain is available (%1). The Langfuse keys are kept for this session only and must be entered again next time.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Die Langfuse-Schlüssel werden nur für diese Sitzung gemerkt und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>keel::settings::SourceSecret</name>
    <message>
        <location filename="../models/settings/sourcesecret.cpp" line="+42"/>
        <source>No key is stored for %1 yet. Enter it in File › Connect, or set %2.</source>
        <translation>Für %1 ist noch kein Schlüssel gespeichert. Geben Sie ihn unter Datei › Verbinden ein oder setzen Sie %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain could not be read (%1). Enter the key for %2 again, or set %3.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1). Geben Sie den Schlüssel für %2 erneut ein oder setzen Sie %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No keychain is available (%1). The key for %2 is kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Der Schlüssel für %2 wird nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>keel::slo</name>
    <message>
        <location filename="../models/slo/slodefinition.cpp" line="+34"/>
        <source>%1: is required</source>
        <translation>%1: ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: expected a string</source>
        <translation>%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: longer than %2 characters</source>
        <translation>%1: länger als %2 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: must not be empty</source>
        <translation>%1: darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: expected a whole number of days such as &quot;30d&quot;, got &quot;%2&quot;</source>
        <translation>%1: ganze Zahl von Tagen wie „30d“ erwartet, „%2“ erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: must be between 1d and 90d, got &quot;%2&quot;</source>
        <translation>%1: muss zwischen 1d und 90d liegen, „%2“ erhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: must contain the range placeholder {{.window}}</source>
        <translation>%1: muss den Bereichsplatzhalter {{.window}} enthalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unbalanced parentheses</source>
        <translation>%1: unausgeglichene Klammern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.id: use lower-case letters, digits and &apos;-&apos; (at most 64), got &quot;%2&quot;</source>
        <translation>%1.id: Kleinbuchstaben, Ziffern und „-“ verwenden (höchstens 64), „%2“ erhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.layer: must be one of %2, got &quot;%3&quot;</source>
        <translation>%1.layer: muss eines von %2 sein, „%3“ erhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.objective: expected a number between 0 and 1, such as 0.995</source>
        <translation>%1.objective: Zahl zwischen 0 und 1 erwartet, etwa 0.995</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.objective: must be between 0 and 1 (exclusive), got %2</source>
        <translation>%1.objective: muss zwischen 0 und 1 liegen (ausschließlich), %2 erhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: expected an object with total_query and good_query or error_query</source>
        <translation>%1: Objekt mit total_query und good_query oder error_query erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: give exactly one of good_query and error_query</source>
        <translation>%1: genau eines von good_query und error_query angeben</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Byte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a JSON object with &quot;version&quot; and &quot;slos&quot;</source>
        <translation>JSON-Objekt mit „version“ und „slos“ erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version: expected 1</source>
        <translation>version: 1 erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slos: expected an array</source>
        <translation>slos: Array erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slos: define at least one SLO</source>
        <translation>slos: mindestens ein SLO definieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.id: &quot;%2&quot; is defined twice</source>
        <translation>%1.id: „%2“ ist doppelt definiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not valid JSON near byte %1</source>
        <translation>kein gültiges JSON bei Byte %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected JSON structure</source>
        <translation>unerwartete JSON-Struktur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file is larger than %2 bytes</source>
        <translation>%1: die Datei ist größer als %2 Byte</translation>
    </message>
    <message>
        <location filename="../widgets/slo/sloreportpainter.cpp" line="+137"/>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no burn-down data</source>
        <translation>keine Burn-down-Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error budget remaining over the SLO window (shaded: the reported month).</source>
        <translation>Verbleibendes Fehlerbudget über das SLO-Zeitfenster (schattiert: der Berichtsmonat).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keel SLO report %1</source>
        <translation>Keel-SLO-Bericht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SLO report — %1</source>
        <translation>SLO-Bericht – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated %1 UTC from %2.</source>
        <translation>Erstellt %1 UTC aus %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — status unavailable: %2</source>
        <translation>%1 – Status nicht verfügbar: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 [%2] — objective %3, attainment %4, budget left %5, status %6</source>
        <translation>%1 [%2] – Ziel %3, Zielerreichung %4, Restbudget %5, Status %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review decisions</source>
        <translation>Prüfentscheidungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review queue counts unavailable: %1</source>
        <translation>Zahlen der Prüfwarteschlangen nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2 risk, SLA %3 min): %4 decided, %5 escalated, %6 pending, %7 in review</source>
        <translation>%1 (Risiko %2, SLA %3 min): %4 entschieden, %5 eskaliert, %6 offen, %7 in Prüfung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All queues: %1 decided, %2 escalated, %3 open.</source>
        <translation>Alle Warteschlangen: %1 entschieden, %2 eskaliert, %3 offen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLO: %1</source>
        <translation>SLO: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1 · objective %2 over %3 days · id %4</source>
        <translation>Ebene %1 · Ziel %2 über %3 Tage · ID %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLI: %1</source>
        <translation>SLI: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status unavailable: %1</source>
        <translation>Status nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attainment over the %1 window as of %2 UTC: %3 (%4 good of %5 events)</source>
        <translation>Zielerreichung im Zeitfenster %1, Stand %2 UTC: %3 (%4 gute von %5 Ereignissen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error budget left: %1 · status: %2</source>
        <translation>Restliches Fehlerbudget: %1 · Status: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget used in %1: %2 of the window&apos;s budget</source>
        <translation>Im %1 verbrauchtes Budget: %2 des Budgets im Zeitfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used in %1: no data for this month in the current window</source>
        <translation>Im %1 verbrauchtes Budget: keine Daten für diesen Monat im aktuellen Zeitfenster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn rates now: %1</source>
        <translation>Aktuelle Verbrauchsraten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Burn periods in %1 (burn ≥ 1×; incidents reach the page threshold %2×):</source>
        <translation>Verbrauchsphasen im %1 (Verbrauch ≥ 1×; Störungen erreichen die Alarmschwelle %2×):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none — the budget was spent no faster than the objective allows.</source>
        <translation>keine – das Budget wurde nicht schneller verbraucht, als das Ziel erlaubt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%2 – %3 UTC: peak burn %4×, %5 of the budget</source>
        <translation>%1%2 – %3 UTC: Spitzenverbrauch %4×, %5 des Budgets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INCIDENT </source>
        <translation>STÖRUNG </translation>
    </message>
</context>
<context>
    <name>keel::slo::CachedSliSource</name>
    <message>
        <location filename="../models/slo/cachedslisource.cpp" line="+35"/>
        <source>the local cache</source>
        <translation>der lokale Cache</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cached SLOs could not be read: %1</source>
        <translation>Die zwischengespeicherten SLOs konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n cached record(s) could not be read</source>
        <translation>
            <numerusform>%n zwischengespeicherter Datensatz konnte nicht gelesen werden</numerusform>
            <numerusform>%n zwischengespeicherte Datensätze konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keel::slo::PlatformSliSource</name>
    <message>
        <location filename="../models/slo/platformslisource.cpp" line="+21"/>
        <source>no SLO source</source>
        <translation>keine SLO-Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform API at %1</source>
        <translation>Plattform-API unter %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This session has no Keel platform, and no Prometheus is set up for SLOs (settings slo/prometheus_url and slo/definitions_file, docs/slo-definitions.md).</source>
        <translation>Diese Sitzung hat keine Keel-Plattform, und für SLOs ist kein Prometheus eingerichtet (Einstellungen slo/prometheus_url und slo/definitions_file, docs/slo-definitions.md).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not load the SLO list: %1</source>
        <translation>Die SLO-Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The platform&apos;s SLO list could not be read: %1</source>
        <translation>Die SLO-Liste der Plattform konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The SLO status could not be read: %1</source>
        <translation>Der SLO-Status konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>keel::slo::SeriesLoader</name>
    <message>
        <location filename="../models/slo/seriesloader.cpp" line="+63"/>
        <source>The series could not be read: %1</source>
        <translation>Die Zeitreihe konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>keel::slo::SeriesTableModel</name>
    <message>
        <location filename="../models/slo/seriestablemodel.cpp" line="+95"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
</context>
<context>
    <name>keel::slo::SloDashboard</name>
    <message>
        <location filename="../widgets/slo/slodashboard.cpp" line="+199"/>
        <source>Showing the SLOs cached at the last sync; waiting for %1</source>
        <translation>Anzeige der bei der letzten Synchronisierung zwischengespeicherten SLOs; warte auf %1</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Filter SLOs by name, layer or SLI</source>
        <translation>SLOs nach Name, Ebene oder SLI filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council report (PDF)…</source>
        <translation>Council-Bericht (PDF) …</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No SLOs are defined yet.</source>
        <translation>Es sind noch keine SLOs definiert.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Council report</source>
        <translation>Council-Bericht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month (YYYY-MM):</source>
        <translation>Monat (JJJJ-MM):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the SLO report</source>
        <translation>SLO-Bericht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+3"/>
        <source>SLO numbers from %1</source>
        <translation>SLO-Werte von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SLO %1: %2</source>
        <translation>SLO %1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Showing the SLOs cached at the last sync.</source>
        <translation>Anzeige der bei der letzten Synchronisierung zwischengespeicherten SLOs.</translation>
    </message>
</context>
<context>
    <name>keel::slo::SloReport</name>
    <message numerus="yes">
        <location filename="../widgets/slo/sloreportpainter.cpp" line="+7"/>
        <source>… and %n more shorter period(s).</source>
        <translation>
            <numerusform>… und %n weitere kürzere Phase.</numerusform>
            <numerusform>… und %n weitere kürzere Phasen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keel::slo::SloReportJob</name>
    <message>
        <location filename="../widgets/slo/sloreportjob.cpp" line="+42"/>
        <source>&quot;%1&quot; is not a month; use YYYY-MM, e.g. 2026-11.</source>
        <translation>„%1“ ist kein Monat; verwenden Sie JJJJ-MM, z. B. 2026-11.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No output file given.</source>
        <translation>Keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>this session has no review source.</source>
        <translation>diese Sitzung hat keine Prüfquelle.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Wrote the SLO report with %n SLO section(s) to %1.</source>
        <translation>
            <numerusform>SLO-Bericht mit %n SLO-Abschnitt nach %1 geschrieben.</numerusform>
            <numerusform>SLO-Bericht mit %n SLO-Abschnitten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SLO report could not be written: %1</source>
        <translation>Der SLO-Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SLO report could not be made: %1</source>
        <translation>Der SLO-Bericht konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>keel::slo::SloTableModel</name>
    <message>
        <location filename="../models/slo/slotablemodel.cpp" line="+171"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PAGE</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Page: burn ≥ %1× over 1h and 5m, or ≥ %2× over 6h and 30m. Ticket: ≥ %3× over 3d and 6h.</source>
        <translation>Alarm: Verbrauch ≥ %1× über 1 h und 5 min oder ≥ %2× über 6 h und 30 min. Ticket: ≥ %3× über 3 T und 6 h.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget left</source>
        <translation>Restbudget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 5m</source>
        <translation>Verbrauch 5 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 30m</source>
        <translation>Verbrauch 30 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 1h</source>
        <translation>Verbrauch 1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 6h</source>
        <translation>Verbrauch 6 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 1d</source>
        <translation>Verbrauch 1 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 3d</source>
        <translation>Verbrauch 3 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>keel::slo::SloTelemetryPanel</name>
    <message>
        <location filename="../widgets/slo/slotelemetrypanel.cpp" line="+44"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per route</source>
        <translation>je Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per model</source>
        <translation>je Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency percentile:</source>
        <translation>Latenz-Perzentil:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error budget remaining</source>
        <translation>Verbleibendes Fehlerbudget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% budget</source>
        <translation>% Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency (percentile, never averages)</source>
        <translation>Latenz (Perzentile, nie Mittelwerte)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% errors</source>
        <translation>% Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Latency, error rate, throughput and token charts come from a Keel platform&apos;s request telemetry; this session has no platform. The SLO numbers above are computed from Prometheus.</source>
        <translation>Latenz-, Fehlerraten-, Durchsatz- und Token-Diagramme stammen aus der Anfragetelemetrie einer Keel-Plattform; diese Sitzung hat keine Plattform. Die SLO-Werte oben werden aus Prometheus berechnet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Telemetry (%1) could not be loaded: %2</source>
        <translation>Telemetrie (%1) konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Latency %1 %2 (never averages)</source>
        <translation>Latenz %1 %2 (nie Mittelwerte)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Incident: %1 errors %2–%3 UTC</source>
        <translation>Störung: %1 Fehler %2–%3 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident detected on %1: error rate up to %2% (normally %3%) from %4 to %5 UTC. It is shaded in the charts below.</source>
        <translation>Störung am %1 erkannt: Fehlerrate bis %2 % (normal %3 %) von %4 bis %5 UTC. Sie ist in den Diagrammen unten schattiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — objective %2% over %3 days</source>
        <translation>%1 – Ziel %2 % über %3 Tage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error budget remaining — %1</source>
        <translation>Verbleibendes Fehlerbudget – %1</translation>
    </message>
</context>
<context>
    <name>keel::slo::TraceSpanModel</name>
    <message>
        <location filename="../models/slo/tracespanmodel.cpp" line="+136"/>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>keel::slo::widgets::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/slo/timeserieschart.cpp" line="+120"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>keel::sources</name>
    <message>
        <location filename="../models/sources/platform/platformfeedbacksink.cpp" line="+19"/>
        <location filename="../models/sources/platform/platformreviewfeed.cpp" line="-82"/>
        <location filename="../models/sources/platform/platformtracesource.cpp" line="+26"/>
        <source>Platform API at %1</source>
        <translation>Plattform-API unter %1</translation>
    </message>
    <message>
        <location filename="../models/sources/reviewsourcefactory.cpp" line="+42"/>
        <source>The Langfuse URL &quot;%1&quot; is not a valid http(s) URL.</source>
        <translation>Die Langfuse-URL „%1“ ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: both the public key and the secret key of the Langfuse project are needed.</source>
        <translation>%1: Der öffentliche und der geheime Schlüssel des Langfuse-Projekts werden beide benötigt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unknown review source &quot;%1&quot; (expected platform or langfuse).</source>
        <translation>Unbekannte Prüfquelle „%1“ (erwartet: platform oder langfuse).</translation>
    </message>
    <message>
        <location filename="../models/sources/tracesourcefactory.cpp" line="+42"/>
        <source>Unknown trace source &quot;%1&quot; (expected platform or langfuse).</source>
        <translation>Unbekannte Trace-Quelle „%1“ (erwartet: platform oder langfuse).</translation>
    </message>
</context>
<context>
    <name>keel::sources::PlatformTraceSource</name>
    <message>
        <location filename="../models/sources/platform/platformtracesource.cpp" line="+11"/>
        <source>this session is not signed in to a Keel platform</source>
        <translation>diese Sitzung ist bei keiner Keel-Plattform angemeldet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The trace could not be read: %1</source>
        <translation>Der Trace konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>keel::sources::langfuse</name>
    <message>
        <location filename="../models/sources/langfuse/langfuseconnection.cpp" line="+73"/>
        <source>Langfuse at %1</source>
        <translation>Langfuse unter %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no error message in the answer</source>
        <translation>keine Fehlermeldung in der Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the API keys were not accepted (401): %1. Check the public and secret key of the project.</source>
        <translation>die API-Schlüssel wurden nicht akzeptiert (401): %1. Prüfen Sie den öffentlichen und den geheimen Schlüssel des Projekts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the API keys may not %1 (403): %2. Use a project&apos;s keys, not an organization&apos;s.</source>
        <translation>die API-Schlüssel dürfen nicht: %1 (403): %2. Verwenden Sie die Schlüssel eines Projekts, nicht die einer Organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many requests to %1 (429): %2. Keel tries again after the server&apos;s Retry-After.</source>
        <translation>zu viele Anfragen für: %1 (429): %2. Keel versucht es nach dem Retry-After des Servers erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server failed to %1 (HTTP %2): %3. Nothing is lost; Keel tries again.</source>
        <translation>der Server konnte nicht: %1 (HTTP %2): %3. Nichts geht verloren; Keel versucht es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not %1 (HTTP %2): %3</source>
        <translation>fehlgeschlagen: %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not connect to %1 (%2). Is the server running, and is the URL right?</source>
        <translation>keine Verbindung für: %1 (%2). Läuft der Server, und stimmt die URL?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host name could not be resolved (DNS) to %1. Check the URL.</source>
        <translation>der Hostname konnte nicht aufgelöst werden (DNS) für: %1. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer in time to %1.</source>
        <translation>keine rechtzeitige Antwort für: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secure connection failed to %1 (%2). Check the CA bundle and the server&apos;s certificate.</source>
        <translation>die sichere Verbindung ist fehlgeschlagen für: %1 (%2). Prüfen Sie das CA-Bundle und das Zertifikat des Servers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not %1: %2</source>
        <translation>fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer to %1 could not be read: %2</source>
        <translation>die Antwort auf „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/scoreplan.cpp" line="+203"/>
        <source>the queue has no categorical, boolean or numeric score config to record the decision on. Add one to the annotation queue in Langfuse.</source>
        <translation>die Warteschlange hat keine kategoriale, boolesche oder numerische Score-Konfiguration, auf der die Entscheidung gespeichert werden kann. Fügen Sie in Langfuse eine zur Annotations-Warteschlange hinzu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sources/langfuse/langfuseprobe.cpp" line="+47"/>
        <source>%1 answered: %n annotation queue(s) visible to these keys.</source>
        <translation>
            <numerusform>%1 antwortete: %n Annotation Queue für diese Schlüssel sichtbar.</numerusform>
            <numerusform>%1 antwortete: %n Annotation Queues für diese Schlüssel sichtbar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/langfusecontent.cpp" line="+82"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/langfusetrace.cpp" line="+129"/>
        <source>[%1 more bytes are in Langfuse]</source>
        <translation>[%1 weitere Bytes liegen in Langfuse]</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (not in this trace)</source>
        <translation>%1 (nicht in diesem Trace)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>itself</source>
        <translation>sich selbst</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (its ancestors form a loop)</source>
        <translation>%1 (seine Vorfahren bilden eine Schleife)</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/dailymetricspage.cpp" line="+49"/>
        <location filename="../models/sources/langfuse/generationspull.cpp" line="+117"/>
        <location filename="../models/sources/langfuse/metricspage.cpp" line="+56"/>
        <source>neither %1 nor %2 is served here (404). Check the host URL.</source>
        <translation>weder %1 noch %2 wird hier angeboten (404). Prüfen Sie die Host-URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../models/sources/langfuse/generationspull.cpp" line="+8"/>
        <source>%1, page %2</source>
        <translation>%1, Seite %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../models/sources/langfuse/generationspull.cpp" line="+4"/>
        <source>the answer is not {&quot;data&quot;: [...]}</source>
        <translation>die Antwort hat nicht die Form {&quot;data&quot;: [...]}</translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/generationspull.cpp" line="-43"/>
        <source>read the generations (GET %1)</source>
        <translation>Lesen der Generierungen (GET %1)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>meta.cursor names this page again</source>
        <translation>meta.cursor verweist wieder auf diese Seite</translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/metricspage.cpp" line="+8"/>
        <source>%1, query %2</source>
        <translation>%1, Abfrage %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a row for %1, outside the window asked (%2 to %3)</source>
        <translation>eine Zeile für %1, außerhalb des angefragten Zeitraums (%2 bis %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the page does not follow the one before it; the next sync reads the day again</source>
        <translation>die Seite schließt nicht an die vorige an; die nächste Synchronisierung liest den Tag erneut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than %1 rows in one minute; Keel cannot read them without losing some</source>
        <translation>mehr als %1 Zeilen in einer Minute; Keel kann sie nicht lesen, ohne einige zu verlieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a piece of a day without its start</source>
        <translation>ein Teil eines Tages ohne dessen Anfang</translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/spendpull.cpp" line="+109"/>
        <source>read the cost roll-ups (GET %1)</source>
        <translation>Lesen der Kostensummen (GET %1)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The cost roll-ups are not asked for again before %1 UTC.</source>
        <translation>Die Kostensummen werden vor %1 UTC nicht erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>keel::sources::langfuse::LangfuseFeedbackSink</name>
    <message>
        <location filename="../models/sources/langfuse/langfusefeedbacksink.cpp" line="+83"/>
        <source>&quot;%1&quot; is not a Langfuse queue item (expected &lt;queue id&gt;:&lt;item id&gt;).</source>
        <translation>„%1“ ist kein Eintrag einer Langfuse-Warteschlange (erwartet: &lt;Warteschlangen-ID&gt;:&lt;Eintrags-ID&gt;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the saved decision could not be read.</source>
        <translation>die gespeicherte Entscheidung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+5"/>
        <source>read the queue item</source>
        <translation>den Warteschlangen-Eintrag lesen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the annotation queue</source>
        <translation>die Annotations-Warteschlange lesen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>read the queue&apos;s score config</source>
        <translation>die Score-Konfiguration der Warteschlange lesen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>find the observation&apos;s trace</source>
        <translation>den Trace der Observation finden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>observation %1 was not found, so its score has no trace to go on.</source>
        <translation>Observation %1 wurde nicht gefunden, daher hat ihr Score keinen Trace.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>check the server version</source>
        <translation>die Serverversion prüfen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>save the score</source>
        <translation>den Score speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>mark the queue item completed</source>
        <translation>den Warteschlangen-Eintrag als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>keel::sources::langfuse::LangfuseReviewFeed</name>
    <message>
        <location filename="../models/sources/langfuse/langfusereviewfeed.cpp" line="+112"/>
        <location line="+6"/>
        <source>list the annotation queues</source>
        <translation>die Annotations-Warteschlangen auflisten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>count a queue&apos;s open items</source>
        <translation>die offenen Einträge einer Warteschlange zählen</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>list the queue&apos;s open items</source>
        <translation>die offenen Einträge der Warteschlange auflisten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Session %1: this Langfuse server (v3) does not give Keel a session&apos;s content. Open it in Langfuse to read it.</source>
        <translation>Sitzung %1: Dieser Langfuse-Server (v3) gibt Keel den Inhalt einer Sitzung nicht. Öffnen Sie sie in Langfuse, um sie zu lesen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+25"/>
        <source>read a queue item&apos;s trace</source>
        <translation>den Trace eines Warteschlangen-Eintrags lesen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The %1 %2 this item points at was not found in Langfuse (deleted, or in another project).</source>
        <translation>%1 %2, auf das dieser Eintrag verweist, wurde in Langfuse nicht gefunden (gelöscht oder in einem anderen Projekt).</translation>
    </message>
</context>
<context>
    <name>keel::sources::langfuse::LangfuseTraceSource</name>
    <message numerus="yes">
        <location filename="../models/sources/langfuse/langfusetracesource.cpp" line="+60"/>
        <source>Keel searches the traces that started in the last %n day(s)</source>
        <translation>
            <numerusform>Keel durchsucht die Traces, die in den letzten %n Tag begonnen haben</numerusform>
            <numerusform>Keel durchsucht die Traces, die in den letzten %n Tagen begonnen haben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the server sent the same page cursor twice</source>
        <translation>der Server hat denselben Seiten-Cursor zweimal gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>too many requests (429): the project&apos;s rate limit is used up; the server asks to wait %n second(s) before the next lookup</source>
        <translation>
            <numerusform>zu viele Anfragen (429): das Anfragelimit des Projekts ist aufgebraucht; der Server bittet, vor dem nächsten Nachschlagen %n Sekunde zu warten</numerusform>
            <numerusform>zu viele Anfragen (429): das Anfragelimit des Projekts ist aufgebraucht; der Server bittet, vor dem nächsten Nachschlagen %n Sekunden zu warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many requests (429): the project&apos;s rate limit is used up; wait a minute before the next lookup</source>
        <translation>zu viele Anfragen (429): das Anfragelimit des Projekts ist aufgebraucht; warten Sie vor dem nächsten Nachschlagen eine Minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>read trace %1</source>
        <translation>Trace %1 lesen</translation>
    </message>
</context>
<context>
    <name>keel::sources::litellm</name>
    <message>
        <location filename="../models/sources/litellm/litellmerrors.cpp" line="+77"/>
        <source>no error message in the answer</source>
        <translation>keine Fehlermeldung in der Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key was not accepted (401): %1. Use the proxy&apos;s master key or an admin key.</source>
        <translation>der Schlüssel wurde nicht akzeptiert (401): %1. Verwenden Sie den Master-Schlüssel des Proxys oder einen Admin-Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key may not read %1 (403): %2. Keel needs a proxy admin key; other keys see only their own spend.</source>
        <translation>der Schlüssel darf %1 nicht lesen (403): %2. Keel braucht einen Admin-Schlüssel des Proxys; andere Schlüssel sehen nur ihre eigenen Ausgaben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not found (404): %2. Is this a LiteLLM proxy, version 1.96 or later, with its database on?</source>
        <translation>%1 wurde nicht gefunden (404): %2. Ist dies ein LiteLLM-Proxy ab Version 1.96 mit eingeschalteter Datenbank?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused Keel&apos;s parameters (422): %2</source>
        <translation>%1 hat Keels Parameter abgelehnt (422): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not connect for %1 (%2). Is the proxy running, and is the URL right?</source>
        <translation>keine Verbindung für %1 (%2). Läuft der Proxy, und stimmt die URL?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host name could not be resolved (DNS) for %1. Check the URL.</source>
        <translation>der Hostname konnte für %1 nicht aufgelöst werden (DNS). Prüfen Sie die URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection dropped during %1 (%2). The pages before it are kept; sync again to continue.</source>
        <translation>die Verbindung brach während %1 ab (%2). Die Seiten davor bleiben erhalten; synchronisieren Sie erneut, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secure connection for %1 failed (%2). Check the CA bundle and the proxy&apos;s certificate.</source>
        <translation>die sichere Verbindung für %1 ist fehlgeschlagen (%2). Prüfen Sie das CA-Bundle und das Zertifikat des Proxys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/sessionservices.cpp" line="+55"/>
        <location filename="../models/sources/litellm/litellmjson.cpp" line="+90"/>
        <location filename="../models/sources/litellm/litellmprobe.cpp" line="+47"/>
        <source>LiteLLM at %1</source>
        <translation>LiteLLM unter %1</translation>
    </message>
</context>
<context>
    <name>keel::sources::litellm::LiteLlmProbe</name>
    <message>
        <location filename="../models/sources/litellm/litellmprobe.cpp" line="+2"/>
        <source>%1 accepted the key.</source>
        <translation>%1 hat den Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted the key &quot;%2&quot;.</source>
        <translation>%1 hat den Schlüssel „%2“ akzeptiert.</translation>
    </message>
</context>
<context>
    <name>keel::spend</name>
    <message>
        <location filename="../models/spend/spendquery.cpp" line="+96"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer segment</source>
        <translation>Kundensegment</translation>
    </message>
    <message>
        <location filename="../models/spend/spendinsights.cpp" line="+43"/>
        <source>Spend on %1 was far above the usual for that day.</source>
        <translation>Die Ausgaben am %1 lagen weit über dem Üblichen für diesen Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend spike on %1, driven by %2</source>
        <translation>Ausgabenspitze am %1, verursacht durch %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, released %1</source>
        <translation>, veröffentlicht %1</translation>
    </message>
</context>
<context>
    <name>keel::spend::BudgetModel</name>
    <message>
        <location filename="../models/spend/budgetmodel.cpp" line="+20"/>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn rate</source>
        <translation>Verbrauchsrate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs out</source>
        <translation>Erschöpft am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>keel::spend::DriverModel</name>
    <message>
        <location filename="../models/spend/drivermodel.cpp" line="+43"/>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %</source>
        <translation>Veränderung %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per request</source>
        <translation>Kosten je Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of spend</source>
        <translation>Anteil an den Ausgaben</translation>
    </message>
</context>
<context>
    <name>keel::spend::PlatformRequestFetch</name>
    <message>
        <location filename="../models/spend/platformrequestfetch.cpp" line="+82"/>
        <source>Not connected to the platform.</source>
        <translation>Nicht mit der Plattform verbunden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The platform did not return the requests behind this row: %1</source>
        <translation>Die Plattform hat die Anfragen hinter dieser Zeile nicht geliefert: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The platform&apos;s answer could not be read: %1</source>
        <translation>Die Antwort der Plattform konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The platform sent more than %1 pages for this row; showing the costliest requests of those.</source>
        <translation>Die Plattform hat für diese Zeile mehr als %1 Seiten gesendet; angezeigt werden die teuersten Anfragen daraus.</translation>
    </message>
</context>
<context>
    <name>keel::spend::RequestListModel</name>
    <message>
        <location filename="../models/spend/requestlistmodel.cpp" line="+19"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt template</source>
        <translation>Prompt-Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>keel::spend::SpendDataService</name>
    <message>
        <location filename="../models/spend/spenddataservice.cpp" line="+143"/>
        <source>Loaded from the platform: this day is older than the requests kept in the local cache.</source>
        <translation>Von der Plattform geladen: Dieser Tag ist älter als die im lokalen Cache gehaltenen Anfragen.</translation>
    </message>
</context>
<context>
    <name>keel::spend::SpendDetailModel</name>
    <message>
        <location filename="../models/spend/spenddetailmodel.cpp" line="+19"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer segment</source>
        <translation>Kundensegment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>keel::spend::SpendExportJob</name>
    <message>
        <location filename="../models/spend/spendexportjob.cpp" line="+79"/>
        <source>The date range is empty: --from must not be after --to.</source>
        <translation>Der Datumsbereich ist leer: --from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keel::spend::SpendRepository</name>
    <message>
        <location filename="../models/spend/spendrepository.cpp" line="+75"/>
        <source>The local cache could not be opened (%1). Connect to the platform and sync to fill it.</source>
        <translation>Der lokale Cache konnte nicht geöffnet werden (%1). Verbinden Sie sich mit der Plattform und synchronisieren Sie, um ihn zu füllen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local cache has no spend data yet. Sync from the platform to fill it.</source>
        <translation>Der lokale Cache enthält noch keine Ausgabendaten. Synchronisieren Sie mit der Plattform, um ihn zu füllen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading spend from the local cache failed: %1</source>
        <translation>Lesen der Ausgaben aus dem lokalen Cache fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>keel::spend::SpendTableModel</name>
    <message>
        <location filename="../models/spend/spendtablemodel.cpp" line="+26"/>
        <source>Period start</source>
        <translation>Periodenbeginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cached tokens</source>
        <translation>Gecachte Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cache savings</source>
        <translation>Cache-Ersparnis</translation>
    </message>
</context>
<context>
    <name>keel::store</name>
    <message>
        <location filename="../models/store/database.cpp" line="+55"/>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>keel::sync::SyncEngine</name>
    <message>
        <location filename="../models/sync/syncengine.cpp" line="+159"/>
        <location line="+1"/>
        <source>Sync cancelled.</source>
        <translation>Synchronisierung abgebrochen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Everything is up to date.</source>
        <translation>Alles ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Some data could not be synced: %1</source>
        <translation>Einige Daten konnten nicht synchronisiert werden: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 has no source in this session (no platform); skipped.</source>
        <translation>%1 hat in dieser Sitzung keine Quelle (keine Plattform); übersprungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not name its next page; stopped. The pages so far are kept.</source>
        <translation>%1 konnte seine nächste Seite nicht benennen; angehalten. Die bisherigen Seiten bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Could not write to the cache: %1</source>
        <translation>Schreiben in den Cache fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-123"/>
        <location line="+133"/>
        <location filename="../models/sync/syncslostatus.cpp" line="+50"/>
        <source>%n record(s) synced.</source>
        <translation>
            <numerusform>%n Datensatz synchronisiert.</numerusform>
            <numerusform>%n Datensätze synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The platform sent the same page cursor twice for %1; stopped so as not to page forever. The pages before it are kept. This is a platform bug: report it with the log&apos;s X-Request-Id.</source>
        <translation>Die Plattform hat für %1 zweimal denselben Seiten-Cursor gesendet; abgebrochen, um nicht endlos zu blättern. Die Seiten davor bleiben erhalten. Das ist ein Fehler der Plattform: melden Sie ihn mit der X-Request-Id aus dem Protokoll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needed more than %2 pages in one sync; stopped. The pages so far are kept; check the platform&apos;s paging, or sync again to continue from here.</source>
        <translation>%1 brauchte mehr als %2 Seiten in einer Synchronisierung; abgebrochen. Die bisherigen Seiten bleiben erhalten; prüfen Sie das Blättern der Plattform oder synchronisieren Sie erneut, um von hier fortzufahren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cache reached its budget of %1 while syncing %2; stopped. The pages so far are kept. Raise cache/budgetMb in the settings or wipe old data (keel --wipe-cache).</source>
        <translation>Der Cache hat beim Synchronisieren von %2 sein Budget von %1 erreicht; angehalten. Die bisherigen Seiten bleiben erhalten. Erhöhen Sie cache/budgetMb in den Einstellungen oder löschen Sie alte Daten (keel --wipe-cache).</translation>
    </message>
</context>
<context>
    <name>keel::trace::TraceExplorer</name>
    <message>
        <location filename="../widgets/trace/traceexplorer.cpp" line="+42"/>
        <source>Correlation id, e.g. from a review item or a request row</source>
        <translation>Korrelations-ID, z. B. aus einem Prüfeintrag oder einer Anfragezeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace id in %1, e.g. from a review item</source>
        <translation>Trace-ID in %1, z. B. aus einem Prüfeintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation id:</source>
        <translation>Korrelations-ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trace id:</source>
        <translation>Trace-ID:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Enter a correlation id to follow one request from the edge to the response.</source>
        <translation>Geben Sie eine Korrelations-ID ein, um eine Anfrage vom Eingang bis zur Antwort zu verfolgen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a trace id to follow one trace from %1 through its observations.</source>
        <translation>Geben Sie eine Trace-ID ein, um einen Trace aus %1 durch seine Beobachtungen zu verfolgen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a correlation id: ids are letters, digits and - _ . : only, up to 128 characters. Copy it from a review item or a request row.</source>
        <translation>„%1“ ist keine Korrelations-ID: IDs bestehen nur aus Buchstaben, Ziffern und - _ . : und haben höchstens 128 Zeichen. Kopieren Sie sie aus einem Prüfeintrag oder einer Anfragezeile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a trace id: ids are letters, digits and - _ . : only, up to 128 characters. Copy it from a review item or from %2.</source>
        <translation>„%1“ ist keine Trace-ID: IDs bestehen nur aus Buchstaben, Ziffern und - _ . : und haben höchstens 128 Zeichen. Kopieren Sie sie aus einem Prüfeintrag oder aus %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up %1 in %2…</source>
        <translation>%1 wird in %2 nachgeschlagen …</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Request %1: %n span(s), %2 ms end to end, status %3.</source>
        <translation>
            <numerusform>Anfrage %1: %n Span, %2 ms Ende zu Ende, Status %3.</numerusform>
            <numerusform>Anfrage %1: %n Spans, %2 ms Ende zu Ende, Status %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Trace %1 from %2: %n span(s), %3 ms end to end, status %4.</source>
        <translation>
            <numerusform>Trace %1 aus %2: %n Span, %3 ms Ende zu Ende, Status %4.</numerusform>
            <numerusform>Trace %1 aus %2: %n Spans, %3 ms Ende zu Ende, Status %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trace has more observations than Keel fetches: these are its newest ones and its roots.</source>
        <translation>Der Trace hat mehr Beobachtungen, als Keel abruft: Gezeigt werden die neuesten und seine Wurzeln.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No request with correlation id %1. Check the id for typos or copy it again from the review item or request row; very old requests may have passed the platform&apos;s retention.</source>
        <translation>Keine Anfrage mit der Korrelations-ID %1. Prüfen Sie die ID auf Tippfehler oder kopieren Sie sie erneut aus dem Prüfeintrag oder der Anfragezeile; sehr alte Anfragen können die Aufbewahrungsfrist der Plattform überschritten haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No trace with id %1 in %2.</source>
        <translation>Kein Trace mit der ID %1 in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; an older trace is not found.</source>
        <translation>%1; ein älterer Trace wird nicht gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the id for typos or copy it again; a trace of another project is not visible with these keys.</source>
        <translation>Prüfen Sie die ID auf Tippfehler oder kopieren Sie sie erneut; der Trace eines anderen Projekts ist mit diesen Schlüsseln nicht sichtbar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot reach the platform to look up %1: %2. Check the connection, then press Look up again.</source>
        <translation>Plattform nicht erreichbar, um %1 nachzuschlagen: %2. Prüfen Sie die Verbindung und klicken Sie dann erneut auf Nachschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach %1 to look up %2: %3. Check the connection, then press Look up again.</source>
        <translation>%1 nicht erreichbar, um %2 nachzuschlagen: %3. Prüfen Sie die Verbindung und klicken Sie dann erneut auf Nachschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lookup of %1 failed: %2. Press Look up to try again.</source>
        <translation>Das Nachschlagen von %1 ist fehlgeschlagen: %2. Klicken Sie auf Nachschlagen, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>REQUEST</source>
        <translation>ANFRAGE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  correlation id: %1</source>
        <translation>  Korrelations-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRACE</source>
        <translation>TRACE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  trace id: %1</source>
        <translation>  Trace-ID: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  from: %1</source>
        <translation>  aus: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  time: %1 UTC</source>
        <translation>  Zeit: %1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  route: %1   use case: %2   team: %3</source>
        <translation>  Route: %1   Anwendungsfall: %2   Team: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  name: %1</source>
        <translation>  Name: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  model: %1 (%2)</source>
        <translation>  Modell: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  model: %1</source>
        <translation>  Modell: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  status: %1%2</source>
        <translation>  Status: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  latency: %1 ms, first token after %2 ms</source>
        <translation>  Latenz: %1 ms, erstes Token nach %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  duration: %1 ms, first token after %2 ms</source>
        <translation>  Dauer: %1 ms, erstes Token nach %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  duration: %1 ms</source>
        <translation>  Dauer: %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  tokens: %1 in (%2 cached), %3 out</source>
        <translation>  Tokens: %1 ein (%2 gecacht), %3 aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  tokens: %1 in, %2 out</source>
        <translation>  Tokens: %1 ein, %2 aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  cost: %1%2</source>
        <translation>  Kosten: %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (response cache hit)</source>
        <translation> (Treffer im Antwort-Cache)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  safety flags: %1</source>
        <translation>  Sicherheitshinweise: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  confidence: %1   risk score: %2</source>
        <translation>  Konfidenz: %1   Risikowert: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LINEAGE</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>  prompt template: %1</source>
        <translation>  Prompt-Vorlage: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>  retrieved chunks (%1):</source>
        <translation>  abgerufene Abschnitte (%1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    %1 from %2, score %3</source>
        <translation>    %1 aus %2, Wert %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  source documents (%1):</source>
        <translation>  Quelldokumente (%1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    %1 — %2 (version %3)</source>
        <translation>    %1 – %2 (Version %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PROMPT</source>
        <translation>PROMPT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>INPUT</source>
        <translation>EINGABE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUTPUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REVIEW</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  review item: %1</source>
        <translation>  Prüfeintrag: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  decision: %1</source>
        <translation>  Entscheidung: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not decided yet</source>
        <translation>noch nicht entschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  not sent to human review</source>
        <translation>  nicht an eine menschliche Prüfung gesendet</translation>
    </message>
</context>
<context>
    <name>keel::widgets::ConnectionDialog</name>
    <message>
        <location filename="../widgets/shell/connectiondialog.cpp" line="+25"/>
        <source>Sign in to a Keel &amp;platform</source>
        <translation>Bei einer Keel-&amp;Plattform anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>TLS-Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to Platform</source>
        <translation>Mit Plattform verbinden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untick to work from Langfuse, a LiteLLM proxy or Prometheus alone: views only the platform serves are then not shown.</source>
        <translation>Abwählen, um nur mit Langfuse, einem LiteLLM-Proxy oder Prometheus zu arbeiten: Ansichten, die nur die Plattform liefert, werden dann nicht gezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform URL</source>
        <translation>Plattform-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform &amp;URL:</source>
        <translation>Plattform-&amp;URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token from your platform administrator</source>
        <translation>Bearer-Token von Ihrem Plattform-Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the system keychain, never in a settings file or a log.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in einer Einstellungsdatei oder einem Protokoll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose CA bundle</source>
        <translation>CA-Bundle auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA &amp;bundle (PEM):</source>
        <translation>CA-&amp;Bundle (PEM):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>CA Bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without verification anyone on the network path can read your token and data. Use this only against a test platform.</source>
        <translation>Ohne Prüfung kann jeder auf dem Netzwerkweg Ihr Token und Ihre Daten mitlesen. Verwenden Sie das nur mit einer Testplattform.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Without a platform, choose Langfuse for review or LiteLLM for spend.</source>
        <translation>Wählen Sie ohne Plattform Langfuse für die Prüfung oder LiteLLM für die Ausgaben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
</context>
<context>
    <name>keel::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="+46"/>
        <source>Keel</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running sync (Esc in the status bar)</source>
        <translation>Die laufende Synchronisierung abbrechen (Esc in der Statusleiste)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to Platform…</source>
        <translation>Mit Plattform &amp;verbinden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel S&amp;ync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;Screenshot…</source>
        <translation>Bildschirm&amp;foto speichern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wipe Local Cache…</source>
        <translation>Lokalen Cache &amp;löschen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Keel</source>
        <translation>Ü&amp;ber Keel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Keel</source>
        <translation>Über Keel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keel %1 — operations console for an AI platform: review queue, spend and SLOs.</source>
        <translation>Keel %1 – Betriebskonsole für eine KI-Plattform: Prüfwarteschlange, Ausgaben und SLOs.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Nothing to show for this identity</source>
        <translation>Für diese Identität gibt es nichts anzuzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your roles give access to no view. Ask an administrator for the reviewer, finops or council role.</source>
        <translation>Ihre Rollen geben Zugriff auf keine Ansicht. Bitten Sie einen Administrator um die Rolle reviewer, finops oder council.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n decision(s) waiting to be delivered</source>
        <translation>
            <numerusform>%n Entscheidung wartet auf Zustellung</numerusform>
            <numerusform>%n Entscheidungen warten auf Zustellung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screenshot not saved</source>
        <translation>Bildschirmfoto nicht gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each view lists its own keys too: press ? in the review workspace.</source>
        <translation>Jede Ansicht listet auch ihre eigenen Tasten auf: Drücken Sie ? im Prüfbereich.</translation>
    </message>
</context>
<context>
    <name>keel::widgets::ReviewSourceBox</name>
    <message>
        <location filename="../widgets/shell/reviewsourcebox.cpp" line="+18"/>
        <source>Review queues</source>
        <translation>Prüfwarteschlangen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test Lang&amp;fuse</source>
        <translation>Lang&amp;fuse testen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>From the platform</source>
        <translation>Von der Plattform</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From Langfuse annotation queues</source>
        <translation>Aus Langfuse-Annotation-Queues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review source</source>
        <translation>Quelle der Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;view from:</source>
        <translation>Prüfungen a&amp;us:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langfuse URL</source>
        <translation>Langfuse-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langfuse &amp;host:</source>
        <translation>Langfuse-&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pk-lf-…; empty keeps the saved keys</source>
        <translation>pk-lf-…; leer behält die gespeicherten Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langfuse public key</source>
        <translation>Öffentlicher Langfuse-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pub&amp;lic key:</source>
        <translation>Öffent&amp;licher Schlüssel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sk-lf-…</source>
        <translation>sk-lf-…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langfuse secret key</source>
        <translation>Geheimer Langfuse-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s API keys (Langfuse › Settings › API Keys). Stored in the system keychain, never in a settings file or a log.</source>
        <translation>Die API-Schlüssel des Projekts (Langfuse › Settings › API Keys). Werden im Schlüsselbund des Systems gespeichert, nie in einer Einstellungsdatei oder einem Protokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secr&amp;et key:</source>
        <translation>Geh&amp;eimer Schlüssel:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not used (no platform)</source>
        <translation>Nicht verwendet (keine Plattform)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keys are saved for this Langfuse host: paste the project&apos;s public and secret key.</source>
        <translation>Für diesen Langfuse-Host sind keine Schlüssel gespeichert: Fügen Sie den öffentlichen und den geheimen Schlüssel des Projekts ein.</translation>
    </message>
</context>
<context>
    <name>keel::widgets::SpendChartView</name>
    <message>
        <location filename="../widgets/spend/spendchartview.cpp" line="+37"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week starting (UTC)</source>
        <translation>Woche ab (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month (UTC)</source>
        <translation>Monat (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend (US$)</source>
        <translation>Ausgaben (US$)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+134"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+79"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Spend anomaly</source>
        <translation>Ausgabenanomalie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spike: %1</source>
        <translation>Spitze: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of period</source>
        <translation>Anteil am Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cache savings</source>
        <translation>Cache-Ersparnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period total</source>
        <translation>Summe des Zeitraums</translation>
    </message>
</context>
<context>
    <name>keel::widgets::SpendDashboard</name>
    <message>
        <location filename="../widgets/spend/spenddashboard.cpp" line="+45"/>
        <source>This day is older than the requests kept in the local cache, and %1 is not asked for them on demand. Widen the request window (cache/requestWindowDays) to keep more days.</source>
        <translation>Dieser Tag ist älter als die im lokalen Cache gehaltenen Anfragen, und %1 wird nicht bei Bedarf danach gefragt. Vergrößern Sie das Anfragefenster (cache/requestWindowDays), um mehr Tage zu behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt template</source>
        <translation>Prompt-Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>all groups</source>
        <translation>alle Gruppen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n spend row(s) behind %1 on %2. Double-click a row for its requests.</source>
        <translation>
            <numerusform>%n Ausgabenzeile hinter %1 am %2. Doppelklicken Sie auf eine Zeile für ihre Anfragen.</numerusform>
            <numerusform>%n Ausgabenzeilen hinter %1 am %2. Doppelklicken Sie auf eine Zeile für ihre Anfragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n request(s), costliest first (double-click or Enter opens the trace).</source>
        <translation>
            <numerusform>%n Anfrage, die teuerste zuerst (Doppelklick oder Eingabe öffnet den Trace).</numerusform>
            <numerusform>%n Anfragen, die teuersten zuerst (Doppelklick oder Eingabe öffnet den Trace).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../widgets/spend/spenddashboardexport.cpp" line="+123"/>
        <location line="+20"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No budget is set for this month. Budgets are kept by the spend source (%1): set them there and they show here after the next sync.</source>
        <translation>Für diesen Monat ist kein Budget festgelegt. Budgets verwaltet die Ausgabenquelle (%1): Legen Sie sie dort fest, dann erscheinen sie hier nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform</source>
        <translation>die Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 keeps no budgets, so none are tracked here. Spend and requests still come from it; for budgets, take spend from a LiteLLM proxy or the Keel platform.</source>
        <translation>%1 führt keine Budgets, daher werden hier keine verfolgt. Ausgaben und Anfragen kommen weiterhin von dort; für Budgets beziehen Sie die Ausgaben von einem LiteLLM-Proxy oder der Keel-Plattform.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../widgets/spend/spenddashboardexport.cpp" line="-109"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 keeps no budgets</source>
        <translation>%1 führt keine Budgets</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drivers</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit economics</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/spend/spenddashboardexport.cpp" line="+1"/>
        <source>Spend table</source>
        <translation>Ausgabentabelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a band of the chart to see the spend rows behind it.</source>
        <translation>Klicken Sie auf einen Bereich des Diagramms, um die Ausgabenzeilen dahinter zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spend rows</source>
        <translation>Ausgabenzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests (double-click or Enter opens the trace)</source>
        <translation>Anfragen (Doppelklick oder Eingabetaste öffnet den Trace)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drill-down</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export table as CSV…</source>
        <translation>Tabelle als CSV exportieren …</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading spend from the local cache…</source>
        <translation>Ausgaben werden aus dem lokalen Cache geladen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading the requests behind this row…</source>
        <translation>Die Anfragen hinter dieser Zeile werden geladen…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No spend recorded from %1 to %2 with these filters. Widen the date range or set the filters back to &quot;all&quot;.</source>
        <translation>Keine Ausgaben von %1 bis %2 mit diesen Filtern. Erweitern Sie den Datumsbereich oder setzen Sie die Filter auf „alle“ zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache holds spend from %1 to %2.</source>
        <translation>Der Cache enthält Ausgaben von %1 bis %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache holds no spend yet: sync from the platform first.</source>
        <translation>Der Cache enthält noch keine Ausgaben: Synchronisieren Sie zuerst mit der Plattform.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache holds no spend yet: sync from %1 first.</source>
        <translation>Der Cache enthält noch keine Ausgaben: Synchronisieren Sie zuerst von %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: showing the local cache. Connect to the platform and sync for newer spend.</source>
        <translation>Offline: Anzeige des lokalen Caches. Verbinden Sie sich mit der Plattform und synchronisieren Sie für neuere Ausgaben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last synced %1 UTC.</source>
        <translation>Zuletzt synchronisiert %1 UTC.</translation>
    </message>
    <message>
        <location filename="../widgets/spend/spenddashboardexport.cpp" line="+1"/>
        <source>Prompt templates</source>
        <translation>Prompt-Vorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend per use case</source>
        <translation>Ausgaben je Anwendungsfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill-down rows</source>
        <translation>Zeilen der Aufschlüsselung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill-down requests</source>
        <translation>Anfragen der Aufschlüsselung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not write the image %1.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keel spend %1 to %2</source>
        <translation>Keel-Ausgaben %1 bis %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write the PDF %1.</source>
        <translation>Das PDF %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>FOCUS export</source>
        <translation>FOCUS-Export</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export FOCUS CSV</source>
        <translation>FOCUS-CSV exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save dashboard as PDF</source>
        <translation>Dashboard als PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save dashboard as PNG</source>
        <translation>Dashboard als PNG speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table as CSV</source>
        <translation>Tabelle als CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FOCUS CSV of spend…</source>
        <translation>FOCUS-CSV der Ausgaben …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard as PNG…</source>
        <translation>Dashboard als PNG …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard as PDF…</source>
        <translation>Dashboard als PDF …</translation>
    </message>
</context>
<context>
    <name>keel::widgets::SpendFilterBar</name>
    <message>
        <location filename="../widgets/spend/spendfilterbar.cpp" line="+34"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick date range</source>
        <translation>Schnellauswahl Zeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stack by</source>
        <translation>Stapeln nach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: %n ausgewählt</numerusform>
            <numerusform>%1: %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>keel::widgets::SpendKpiHeader</name>
    <message>
        <location filename="../widgets/spend/spendkpiheader.cpp" line="+22"/>
        <source>Spend in range</source>
        <translation>Ausgaben im Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change vs previous period</source>
        <translation>Veränderung ggü. Vorperiode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast for this month</source>
        <translation>Prognose für diesen Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 requests · %2 tokens</source>
        <translation>%1 Anfragen · %2 Tokens</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 vs %2 in the %n day(s) before</source>
        <translation>
            <numerusform>%1 ggü. %2 am Tag davor</numerusform>
            <numerusform>%1 ggü. %2 in den %n Tagen davor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The cache does not cover the %n day(s) before; pick a later range to compare.</source>
        <translation>
            <numerusform>Der Cache deckt den Tag davor nicht ab; wählen Sie zum Vergleich einen späteren Zeitraum.</numerusform>
            <numerusform>Der Cache deckt die %n Tage davor nicht ab; wählen Sie zum Vergleich einen späteren Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 so far in %2</source>
        <translation>%1 bisher im %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget is set for this month</source>
        <translation>für diesen Monat ist kein Budget festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 breached · %2 at risk</source>
        <translation>%1 überschritten · %2 gefährdet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>of %n budget(s) this month</source>
        <translation>
            <numerusform>von %n Budget in diesem Monat</numerusform>
            <numerusform>von %n Budgets in diesem Monat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keel::widgets::SpendSourceBox</name>
    <message>
        <location filename="../widgets/shell/spendsourcebox.cpp" line="+19"/>
        <source>Spend and budgets</source>
        <translation>Ausgaben und Budgets</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+106"/>
        <source>Test &amp;Proxy</source>
        <translation>&amp;Proxy testen</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+38"/>
        <source>From the platform</source>
        <translation>Von der Plattform</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>From a LiteLLM proxy</source>
        <translation>Von einem LiteLLM-Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a Langfuse project (no budgets)</source>
        <translation>Aus einem Langfuse-Projekt (ohne Budgets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend source</source>
        <translation>Quelle der Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend source URL</source>
        <translation>URL der Ausgabenquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;dress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin key (sk-…); empty keeps the saved key</source>
        <translation>Admin-Schlüssel (sk-…); leer behält den gespeicherten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LiteLLM key</source>
        <translation>LiteLLM-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy admin key: other keys see only their own spend. Stored in the system keychain, never in a settings file or a log.</source>
        <translation>Ein Admin-Schlüssel des Proxys: andere Schlüssel sehen nur ihre eigenen Ausgaben. Wird im Schlüsselbund des Systems gespeichert, nie in einer Einstellungsdatei oder einem Protokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy &amp;key:</source>
        <translation>Proxy-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pk-lf-…; empty keeps the saved keys</source>
        <translation>pk-lf-…; leer behält die gespeicherten Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langfuse public key for spend</source>
        <translation>Öffentlicher Langfuse-Schlüssel für Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public &amp;key:</source>
        <translation>Öffentlicher &amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sk-lf-…</source>
        <translation>sk-lf-…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langfuse secret key for spend</source>
        <translation>Geheimer Langfuse-Schlüssel für Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s API keys (Langfuse › Settings › API Keys), the same the review queues use for that host. Stored in the system keychain, never in a settings file or a log.</source>
        <translation>Die API-Schlüssel des Projekts (Langfuse › Settings › API Keys), dieselben, die die Prüfwarteschlangen für diesen Host verwenden. Im Schlüsselbund des Systems gespeichert, nie in einer Einstellungsdatei oder einem Protokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret ke&amp;y:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not used (no platform)</source>
        <translation>Nicht verwendet (keine Plattform)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Test Lan&amp;gfuse</source>
        <translation>Lan&amp;gfuse testen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No keys are saved for this Langfuse host: paste the project&apos;s public and secret key.</source>
        <translation>Für diesen Langfuse-Host sind keine Schlüssel gespeichert: Fügen Sie den öffentlichen und den geheimen Schlüssel des Projekts ein.</translation>
    </message>
</context>
<context>
    <name>keel::widgets::UnitEconomicsPanel</name>
    <message>
        <location filename="../widgets/spend/uniteconomicspanel.cpp" line="+25"/>
        <source>Cost per request</source>
        <translation>Kosten je Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per 1k tokens</source>
        <translation>Kosten je 1.000 Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cache savings</source>
        <translation>Cache-Ersparnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium models&apos; share of requests</source>
        <translation>Anteil der Premium-Modelle an den Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Premium models&apos; share of spend</source>
        <translation>Anteil der Premium-Modelle an den Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium models</source>
        <translation>Premium-Modelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Spend per use case</source>
        <translation>Ausgaben je Anwendungsfall</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2 of what the traffic would have cost)</source>
        <translation>%1 (%2 dessen, was der Verkehr gekostet hätte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>keel::widgets::ValueDelegate</name>
    <message>
        <location filename="../widgets/spend/valuedelegate.cpp" line="+35"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+64"/>
        <source>Keel</source>
        <translation>Keel</translation>
    </message>
</context>
</TS>
