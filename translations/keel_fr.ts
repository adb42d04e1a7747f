<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Keel — console d&apos;exploitation pour une plateforme d&apos;IA.

Commandes (facultatives ; sans commande, la fenêtre de la console s&apos;ouvre) :
  snapshot --view review|spend|slo|trace --out FICHIER.png [--size 1600x1000]
  export spend --from DATE --to DATE --group-by model|use_case|team|customer_segment --format csv|focus --out FICHIER
  report slo --month AAAA-MM --out FICHIER.pdf
Chaque commande exige --demo ou --platform URL (jeton tiré de KEEL_TOKEN ou du trousseau), ou --no-platform avec --langfuse ou --litellm.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>snapshot, export or report</source>
        <translation>snapshot, export ou report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for export: spend; for report: slo</source>
        <translation>pour export : spend ; pour report : slo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform API base URL.</source>
        <translation>URL de base de l&apos;API de la plateforme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the bundled reference platform with demo data and sign in to it.</source>
        <translation>Démarrer la plateforme de référence fournie avec des données de démonstration et s&apos;y connecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo identity: reviewer-1, reviewer-2, finops, council or admin.</source>
        <translation>Identité de démonstration : reviewer-1, reviewer-2, finops, council ou admin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User interface language (en, de, fr); default follows the system.</source>
        <translation>Langue de l&apos;interface (en, de, fr) ; par défaut celle du système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the local cache (prompts, outputs, telemetry) and exit. Undelivered decisions are kept unless --force is given.</source>
        <translation>Supprimer le cache local (prompts, sorties, télémétrie) et quitter. Les décisions non transmises sont conservées, sauf avec --force.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --wipe-cache: also delete undelivered decisions.</source>
        <translation>Avec --wipe-cache : supprimer aussi les décisions non transmises.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View to render: review, spend, slo or trace.</source>
        <translation>Vue à rendre : review, spend, slo ou trace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot size as WIDTHxHEIGHT.</source>
        <translation>Taille de la capture, sous la forme LARGEURxHAUTEUR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Premier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day, inclusive (YYYY-MM-DD).</source>
        <translation>Dernier jour, inclus (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model, use_case, team or customer_segment.</source>
        <translation>model, use_case, team ou customer_segment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv or focus.</source>
        <translation>csv ou focus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report month (YYYY-MM).</source>
        <translation>Mois du rapport (AAAA-MM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a PNG of the window once the first view has loaded.</source>
        <translation>Enregistrer un PNG de la fenêtre dès que la première vue est chargée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the local cache.</source>
        <translation>Dossier du cache local.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the trace explorer on this request (GUI and snapshot --view trace).</source>
        <translation>Ouvrir l&apos;explorateur de traces sur cette requête (interface et snapshot --view trace).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the clock at this UTC time, e.g. 2026-03-18T10:30:00Z (with --demo, the platform&apos;s too).</source>
        <translation>Démarrer l’horloge à cette heure UTC, p. ex. 2026-03-18T10:30:00Z (avec --demo, celle de la plateforme aussi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take spend, budgets and requests from the LiteLLM proxy at this URL (key from KEEL_LITELLM_KEY or the keychain).</source>
        <translation>Prendre les dépenses, budgets et requêtes du proxy LiteLLM à cette URL (clé depuis KEEL_LITELLM_KEY ou le trousseau).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take review queues from the annotation queues of the Langfuse project at this URL (keys from KEEL_LANGFUSE_PUBLIC_KEY and KEEL_LANGFUSE_SECRET_KEY, or the keychain).</source>
        <translation>Prendre les files de revue dans les files d’annotation du projet Langfuse à cette URL (clés depuis KEEL_LANGFUSE_PUBLIC_KEY et KEEL_LANGFUSE_SECRET_KEY, ou le trousseau).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to no Keel platform: review, spend and SLOs come only from --langfuse, --litellm and the Prometheus SLO settings.</source>
        <translation>Ne se connecter à aucune plateforme Keel : revue, dépenses et SLO viennent uniquement de --langfuse, --litellm et des réglages Prometheus des SLO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take spend and requests from the Langfuse project at this URL (keys as for --langfuse; Langfuse has no budgets).</source>
        <translation>Prendre les dépenses et les requêtes du projet Langfuse à cette URL (clés comme pour --langfuse ; Langfuse n&apos;a pas de budgets).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--now must be a UTC time such as 2026-03-18T10:30:00Z.</source>
        <translation>--now doit être une heure UTC comme 2026-03-18T10:30:00Z.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size must look like 1600x1000.</source>
        <translation>--size doit avoir la forme 1600x1000.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>snapshot needs --view review, spend, slo or trace.</source>
        <translation>snapshot exige --view review, spend, slo ou trace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snapshot needs --out FILE.png.</source>
        <translation>snapshot exige --out FICHIER.png.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export spend needs --from, --to and --out.</source>
        <translation>export spend exige --from, --to et --out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--group-by must be model, use_case, team or customer_segment.</source>
        <translation>--group-by doit valoir model, use_case, team ou customer_segment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be csv or focus.</source>
        <translation>--format doit valoir csv ou focus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report slo needs --month YYYY-MM and --out FILE.pdf.</source>
        <translation>report slo exige --month AAAA-MM et --out FICHIER.pdf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This command needs --demo or --platform URL (or --no-platform with --langfuse or --litellm).</source>
        <translation>Cette commande exige --demo ou --platform URL (ou --no-platform avec --langfuse ou --litellm).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--no-platform cannot be combined with --demo or --platform.</source>
        <translation>--no-platform ne peut pas être combiné avec --demo ou --platform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--platform must be a URL such as https://platform.example.com.</source>
        <translation>--platform doit être une URL comme https://platform.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--litellm must be a URL such as https://litellm.example.com.</source>
        <translation>--litellm doit être une URL comme https://litellm.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--langfuse-spend must be a URL such as https://cloud.langfuse.com.</source>
        <translation>--langfuse-spend doit être une URL comme https://cloud.langfuse.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend comes from one source: give --litellm or --langfuse-spend, not both.</source>
        <translation>Les dépenses viennent d&apos;une seule source : indiquez --litellm ou --langfuse-spend, pas les deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--langfuse must be a URL such as https://cloud.langfuse.com.</source>
        <translation>--langfuse doit être une URL comme https://cloud.langfuse.com.</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <location filename="../app/headlesscommands.cpp" line="+40"/>
        <source>gave up after %1 s waiting for the platform</source>
        <translation>abandon après %1 s d&apos;attente de la plateforme</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>could not write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sync did not finish (%1); the snapshot shows the cache</source>
        <translation>synchronisation inachevée (%1) ; la capture montre le cache</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the signed-in identity has no %1 view</source>
        <translation>l&apos;identité connectée n&apos;a pas de vue %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>sync did not finish (%1); using the cache as it is</source>
        <translation>synchronisation inachevée (%1) ; le cache est utilisé tel quel</translation>
    </message>
    <message>
        <location filename="../app/headlessjobs.cpp" line="+63"/>
        <source>%1 may not read spend: the platform grants it to the finops, council and admin roles.</source>
        <translation>%1 n&apos;a pas le droit de lire les dépenses : la plateforme le réserve aux rôles finops, council et admin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--from and --to must be dates (YYYY-MM-DD) with from ≤ to.</source>
        <translation>--from et --to doivent être des dates (AAAA-MM-JJ) avec from ≤ to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown --group-by or --format.</source>
        <translation>--group-by ou --format inconnu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this command has no job</source>
        <translation>cette commande n&apos;a pas de tâche</translation>
    </message>
</context>
<context>
    <name>WipeCache</name>
    <message>
        <location filename="../app/wipecache.cpp" line="+44"/>
        <source>keel: %1 holds %2 decision(s) not yet delivered; start Keel online to deliver them, or add --force to delete them too.</source>
        <translation>keel : %1 contient %2 décision(s) non transmise(s) ; lancez Keel en ligne pour les transmettre, ou ajoutez --force pour les supprimer aussi.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wiped %n cache file(s) in %1.</source>
        <translation>
            <numerusform>%n fichier de cache supprimé dans %1.</numerusform>
            <numerusform>%n fichiers de cache supprimés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keel::api</name>
    <message>
        <location filename="../models/api/apitypes.cpp" line="+19"/>
        <location filename="../models/api/platformclient.cpp" line="+22"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform URL is not valid: %1</source>
        <translation>L&apos;URL de la plateforme n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s host name could not be resolved (DNS). Check the URL and your network.</source>
        <translation>Le nom d&apos;hôte de la plateforme n&apos;a pas pu être résolu (DNS). Vérifiez l&apos;URL et votre réseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to the platform (TCP): %1. Is it running and reachable?</source>
        <translation>Connexion à la plateforme impossible (TCP) : %1. Est-elle démarrée et joignable ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection (TLS) failed: %1. Check the CA bundle and the server certificate.</source>
        <translation>La connexion sécurisée (TLS) a échoué : %1. Vérifiez le bundle CA et le certificat du serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform did not answer in time.</source>
        <translation>La plateforme n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection dropped before the answer was complete: %1</source>
        <translation>La connexion a été coupée avant la fin de la réponse : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token was not accepted (401). Sign in again with a valid token.</source>
        <translation>Le jeton a été refusé (401). Reconnectez-vous avec un jeton valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account lacks the role for this (403): %1</source>
        <translation>Votre compte n&apos;a pas le rôle requis (403) : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform answered %1: %2</source>
        <translation>La plateforme a répondu %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s answer could not be read: %1</source>
        <translation>La réponse de la plateforme est illisible : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform speaks an API version this console does not support: %1</source>
        <translation>La plateforme utilise une version d&apos;API que cette console ne prend pas en charge : %1</translation>
    </message>
    <message>
        <location filename="../models/api/platformclient.cpp" line="+76"/>
        <source>The platform URL &quot;%1&quot; is not a valid http(s) URL.</source>
        <translation>L&apos;URL de la plateforme « %1 » n&apos;est pas une URL http(s) valide.</translation>
    </message>
</context>
<context>
    <name>keel::api::ConnectionTester</name>
    <message>
        <location filename="../models/api/connectiontester.cpp" line="+71"/>
        <source>the platform reports API version %1; this console supports %2.x</source>
        <translation>la plateforme annonce l&apos;API version %1 ; cette console prend en charge %2.x</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected as %1 (API %2).</source>
        <translation>Connecté en tant que %1 (API %2).</translation>
    </message>
</context>
<context>
    <name>keel::app</name>
    <message>
        <location filename="../app/viewfactory.cpp" line="+29"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review queue: approve, edit, escalate or reject model outputs</source>
        <translation>File de revue : approuver, modifier, escalader ou rejeter les sorties de modèles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend by model, use case, team and segment; budgets and drivers</source>
        <translation>Dépenses par modèle, cas d&apos;usage, équipe et segment ; budgets et facteurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SLOs</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service level objectives: attainment, error budgets and burn rates</source>
        <translation>Objectifs de niveau de service : atteinte, budgets d&apos;erreur et rythmes de consommation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow one request end to end by its correlation id</source>
        <translation>Suivre une requête de bout en bout par son ID de corrélation</translation>
    </message>
</context>
<context>
    <name>keel::app::ConsoleController</name>
    <message>
        <location filename="../app/consolecontroller.cpp" line="+85"/>
        <source>Starting the demo platform…</source>
        <translation>Démarrage de la plateforme de démonstration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keel is starting its bundled reference platform with demo data. The first start generates a month of history and takes a few seconds.</source>
        <translation>Keel démarre sa plateforme de référence avec des données de démonstration. Le premier démarrage génère un mois d&apos;historique et prend quelques secondes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The demo platform did not start</source>
        <translation>La plateforme de démonstration n&apos;a pas démarré</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give --platform URL or --demo.</source>
        <translation>Indiquez --platform URL ou --demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell Keel where your platform is and paste your token. To look around first, start Keel with --demo.</source>
        <translation>Indiquez à Keel où se trouve votre plateforme et collez votre jeton. Pour d&apos;abord découvrir Keel, lancez-le avec --demo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Reading the token for %1</source>
        <translation>Lecture du jeton de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No token for %1 is saved in the keychain.</source>
        <translation>Aucun jeton pour %1 n&apos;est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No token</source>
        <translation>Aucun jeton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set KEEL_TOKEN, or save a token from File › Connect to Platform.</source>
        <translation>Définissez KEEL_TOKEN, ou enregistrez un jeton via Fichier › Se connecter à la plateforme.</translation>
    </message>
    <message>
        <location filename="../app/consolecontrollersources.cpp" line="+36"/>
        <source>Without a Keel platform, Keel needs another source: review queues from Langfuse, spend from a LiteLLM proxy, or SLOs from Prometheus.</source>
        <translation>Sans plateforme Keel, Keel a besoin d&apos;une autre source : files de revue de Langfuse, dépenses d&apos;un proxy LiteLLM ou SLO de Prometheus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <location filename="../app/consolecontroller.cpp" line="+21"/>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not sign in to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <location filename="../app/consolecontrollersources.cpp" line="+31"/>
        <source>No key for LiteLLM at %1</source>
        <translation>Aucune clé pour LiteLLM sur %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+29"/>
        <source>No keys for Langfuse at %1</source>
        <translation>Aucune clé pour Langfuse à %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Paste the project&apos;s public and secret key in File › Connect, or set KEEL_LANGFUSE_PUBLIC_KEY and KEEL_LANGFUSE_SECRET_KEY.</source>
        <translation>Collez la clé publique et la clé secrète du projet dans Fichier › Connexion, ou définissez KEEL_LANGFUSE_PUBLIC_KEY et KEEL_LANGFUSE_SECRET_KEY.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Langfuse at %1 cannot be used</source>
        <translation>Langfuse à %1 ne peut pas être utilisé</translation>
    </message>
    <message>
        <location filename="../app/consolecontroller.cpp" line="+32"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no platform</source>
        <translation>aucune plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; spend from %2</source>
        <translation>%1 ; dépenses depuis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; review queues from %2</source>
        <translation>%1 ; files de revue depuis %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) sur %3</translation>
    </message>
    <message>
        <location filename="../app/consolecontrollersources.cpp" line="-94"/>
        <source>Give --langfuse URL, --litellm URL or --langfuse-spend URL.</source>
        <translation>Indiquez --langfuse URL, --litellm URL ou --langfuse-spend URL.</translation>
    </message>
    <message>
        <location filename="../app/consolecontroller.cpp" line="+23"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing %1: %L2 records (%L3/s)</source>
        <translation>Synchronisation de %1 : %L2 enregistrements (%L3/s)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing cached data from %1.</source>
        <translation>Affichage des données en cache du %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing cached data.</source>
        <translation>Affichage des données en cache.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync did not finish: %1 %2 Keel retries every 5 minutes.</source>
        <translation>Synchronisation inachevée : %1 %2 Keel réessaie toutes les 5 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Connect to Platform…</source>
        <translation>Se connecter à la plateforme…</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+10"/>
        <source>Wipe Local Cache</source>
        <translation>Vider le cache local</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>There is no cache open: sign in to a platform first, or run keel --wipe-cache.</source>
        <translation>Aucun cache n&apos;est ouvert : connectez-vous d&apos;abord à une plateforme, ou lancez keel --wipe-cache.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the local copy of prompts, outputs, telemetry and spend for %1? Keel signs in again and syncs afresh.</source>
        <translation>Supprimer la copie locale des prompts, sorties, télémétrie et dépenses de %1 ? Keel se reconnecte et resynchronise tout.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n decision(s) are not delivered yet and would be lost. Wait until they are delivered, or wipe anyway.</source>
        <translation>
            <numerusform>%n décision n&apos;est pas encore transmise et serait perdue. Attendez sa transmission, ou videz quand même.</numerusform>
            <numerusform>%n décisions ne sont pas encore transmises et seraient perdues. Attendez leur transmission, ou videz quand même.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cache could not be deleted</source>
        <translation>Le cache n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local cache was deleted.</source>
        <translation>Le cache local a été supprimé.</translation>
    </message>
</context>
<context>
    <name>keel::app::DemoPlatform</name>
    <message>
        <location filename="../app/demoplatform.cpp" line="+28"/>
        <source>The demo platform could not be started: %1</source>
        <translation>La plateforme de démonstration n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo platform stopped before it was ready (exit code %1). %2</source>
        <translation>La plateforme de démonstration s&apos;est arrêtée avant d&apos;être prête (code de sortie %1). %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>keel-platform was not found beside keel or on PATH. Build it, or connect to a platform with --platform URL.</source>
        <translation>keel-platform est introuvable à côté de keel et dans le PATH. Compilez-le, ou connectez-vous à une plateforme avec --platform URL.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The demo platform started but gave no address or demo tokens.</source>
        <translation>La plateforme de démonstration a démarré mais n&apos;a fourni ni adresse ni jetons de démonstration.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no demo identity called &quot;%1&quot;. Use reviewer-1, reviewer-2, finops, council or admin.</source>
        <translation>Il n&apos;existe pas d&apos;identité de démonstration « %1 ». Utilisez reviewer-1, reviewer-2, finops, council ou admin.</translation>
    </message>
</context>
<context>
    <name>keel::common</name>
    <message>
        <location filename="../widgets/common/numberformat.cpp" line="+61"/>
        <source>T</source>
        <translation> T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation> Md</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation> M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K</source>
        <translation> k</translation>
    </message>
</context>
<context>
    <name>keel::data::BudgetsModel</name>
    <message>
        <location filename="../models/data/budgetsmodel.cpp" line="+9"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alert thresholds</source>
        <translation>Seuils d&apos;alerte</translation>
    </message>
</context>
<context>
    <name>keel::data::RequestsModel</name>
    <message>
        <location filename="../models/data/requestsmodel.cpp" line="+19"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
</context>
<context>
    <name>keel::data::ReviewItemsModel</name>
    <message>
        <location filename="../models/data/reviewitemsmodel.cpp" line="+24"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLA due</source>
        <translation>Échéance SLA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by</source>
        <translation>Réservé par</translation>
    </message>
</context>
<context>
    <name>keel::data::ReviewQueuesModel</name>
    <message>
        <location filename="../models/data/reviewqueuesmodel.cpp" line="+9"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk tier</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLA (min)</source>
        <translation>SLA (min)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided</source>
        <translation>Décidés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest pending</source>
        <translation>Plus ancien en attente</translation>
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
        <translation>Couche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window (days)</source>
        <translation>Fenêtre (jours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attainment</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error budget left</source>
        <translation>Budget d&apos;erreur restant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
</context>
<context>
    <name>keel::data::SpendRowsModel</name>
    <message>
        <location filename="../models/data/spendrowsmodel.cpp" line="+21"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cache savings</source>
        <translation>Économies du cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input tokens</source>
        <translation>Jetons d&apos;entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
</context>
<context>
    <name>keel::data::SyncStateModel</name>
    <message>
        <location filename="../models/data/syncstatemodel.cpp" line="+10"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../models/data/syncstatemodel.h" line="+22"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last synced</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>keel::installTranslators</name>
    <message>
        <location filename="installtranslators.cpp" line="+68"/>
        <source>Unknown language &quot;%1&quot;; using the system language.</source>
        <translation>Langue inconnue « %1 » ; la langue du système est utilisée.</translation>
    </message>
</context>
<context>
    <name>keel::prometheus</name>
    <message>
        <location filename="../models/prometheus/promresult.cpp" line="+60"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>a sample value is not a number</source>
        <translation>une valeur d&apos;échantillon n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a sample is not a [time, value] pair</source>
        <translation>un échantillon n&apos;est pas une paire [temps, valeur]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a sample time is not a number</source>
        <translation>un horodatage d&apos;échantillon n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a series&apos; &quot;metric&quot; is not an object</source>
        <translation>le champ « metric » d&apos;une série n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a label value is not a string</source>
        <translation>une valeur d&apos;étiquette n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;data&quot; is missing</source>
        <translation>« data » est absent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;data.resultType&quot; is missing</source>
        <translation>« data.resultType » est absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;data.result&quot; is missing</source>
        <translation>« data.result » est absent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;data.result&quot; is not a list</source>
        <translation>« data.result » n&apos;est pas une liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a result entry is not an object</source>
        <translation>une entrée de résultat n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a vector entry has no &quot;value&quot;</source>
        <translation>une entrée de vecteur n&apos;a pas de « value »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a matrix entry has no &quot;values&quot; list</source>
        <translation>une entrée de matrice n&apos;a pas de liste « values »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported result type &quot;%1&quot;</source>
        <translation>type de résultat « %1 » non pris en charge</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the query API answered HTTP %1 without a Prometheus error body</source>
        <translation>l&apos;API de requête a répondu HTTP %1 sans corps d&apos;erreur Prometheus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the query API&apos;s answer is not valid JSON</source>
        <translation>la réponse de l&apos;API de requête n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the query API&apos;s answer is nested too deeply</source>
        <translation>la réponse de l&apos;API de requête est trop profondément imbriquée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;status&quot; is missing</source>
        <translation>« status » est absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the query failed (%1)</source>
        <translation>la requête a échoué (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown &quot;status&quot;</source>
        <translation>« status » inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected answer from the query API: %1</source>
        <translation>réponse inattendue de l&apos;API de requête : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected answer from the query API</source>
        <translation>réponse inattendue de l&apos;API de requête</translation>
    </message>
    <message>
        <location filename="../models/prometheus/slisourcefactory.cpp" line="+43"/>
        <source>SLO definition file not used: %1</source>
        <translation>Fichier de définition des SLO non utilisé : %1</translation>
    </message>
</context>
<context>
    <name>keel::prometheus::PrometheusSliSource</name>
    <message>
        <location filename="../models/prometheus/prometheusslisource.cpp" line="+44"/>
        <source>Prometheus at %1</source>
        <translation>Prometheus à %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The metrics source warns: %1</source>
        <translation>La source de métriques signale : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prometheus query failed: %1</source>
        <translation>Échec de la requête Prometheus : %1</translation>
    </message>
</context>
<context>
    <name>keel::prometheus::PrometheusSource</name>
    <message>
        <location filename="../models/prometheus/prometheussource.cpp" line="+72"/>
        <source>Cannot reach the metrics source at %1: %2</source>
        <translation>La source de métriques à %1 est injoignable : %2</translation>
    </message>
</context>
<context>
    <name>keel::review</name>
    <message>
        <location filename="../models/review/reviewformat.cpp" line="+26"/>
        <source>%1d %2h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location filename="../models/review/decisionoutbox.cpp" line="+67"/>
        <source>saved, waiting to send</source>
        <translation>enregistrée, en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>transmise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../models/review/leasemessages.cpp" line="+39"/>
        <source>%1 is working on this item. You can read it, but not decide it.</source>
        <translation>%1 traite cet élément. Vous pouvez le lire, mais pas le décider.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds this item until %2. You can read it, but not decide it.</source>
        <translation>%1 a réservé cet élément jusqu&apos;à %2. Vous pouvez le lire, mais pas le décider.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform refused (403 Forbidden): your account has no review rights. Ask an admin for the reviewer role.</source>
        <translation>La plateforme a refusé (403 Forbidden) : votre compte n&apos;a pas de droits de revue. Demandez le rôle de réviseur à un administrateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your lease on this item expired: no renewal reached the platform in time. Your draft is kept; press O to claim the item again.</source>
        <translation>Votre réservation de cet élément a expiré : aucun renouvellement n&apos;a atteint la plateforme à temps. Votre brouillon est conservé ; appuyez sur O pour reprendre l&apos;élément.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing happened here for %1 minute(s), so the lease was let go for other reviewers. Your draft is kept; press O to claim the item again.</source>
        <translation>Rien ne s&apos;est passé ici depuis %1 minute(s) : la réservation a été libérée pour les autres réviseurs. Votre brouillon est conservé ; appuyez sur O pour reprendre l&apos;élément.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not claim the item: %1 It stays read-only until the platform answers.</source>
        <translation>Impossible de prendre en charge l&apos;élément : %1 Il reste en lecture seule jusqu&apos;à la réponse de la plateforme.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This item is no longer open for review (%1). Pick another one.</source>
        <translation>Cet élément n&apos;est plus ouvert à la revue (%1). Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not claim the item (HTTP %1): %2</source>
        <translation>Impossible de prendre en charge l&apos;élément (HTTP %1) : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You lost this item: %1 Your draft is kept.</source>
        <translation>Vous avez perdu cet élément : %1 Votre brouillon est conservé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your lease on this item expired before it could be renewed. Your draft is kept; press O to claim the item again.</source>
        <translation>Votre réservation de cet élément a expiré avant d&apos;avoir pu être renouvelée. Votre brouillon est conservé ; appuyez sur O pour reprendre l&apos;élément.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the item again (O) to redo it; your draft is kept.</source>
        <translation>Rouvrez l’élément (O) pour refaire la décision ; votre brouillon est conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied on the platform: %1 %2</source>
        <translation>Non appliquée sur la plateforme : %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not applied: the item was already decided on the platform, by another reviewer or by you in another Keel window. There is nothing to redo; this decision stays in the log.</source>
        <translation>Non appliquée : l’élément a déjà été décidé sur la plateforme, par un autre réviseur ou par vous dans une autre fenêtre Keel. Il n’y a rien à refaire ; cette décision reste dans le journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: another reviewer holds the item (%1). %2</source>
        <translation>Non appliquée : un autre réviseur détient l’élément (%1). %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applied: your lease expired before the decision reached the platform. %1</source>
        <translation>Non appliquée : votre réservation a expiré avant que la décision n’atteigne la plateforme. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not applied: the platform found the decision invalid: %1 %2</source>
        <translation>Non appliquée : la plateforme a jugé la décision invalide : %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied (HTTP %1): %2 %3</source>
        <translation>Non appliquée (HTTP %1) : %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no item locks: another reviewer may decide this item at the same time, and the last decision wins.</source>
        <translation>%1 ne verrouille pas les éléments : un autre relecteur peut décider cet élément en même temps, et la dernière décision l’emporte.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Your lease could not be renewed (%1). Your draft is kept.</source>
        <translation>Votre réservation n&apos;a pas pu être renouvelée (%1). Votre brouillon est conservé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not applied: the item no longer exists on the platform.</source>
        <translation>Non appliquée : l&apos;élément n&apos;existe plus sur la plateforme.</translation>
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
        <translation>Approuver la sortie telle quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit: open the editor with the output and a word diff</source>
        <translation>Modifier : ouvrir l&apos;éditeur avec la sortie et une comparaison mot à mot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S or X</source>
        <translation>S ou X</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalate (tier and reason required, note optional)</source>
        <translation>Escalader (niveau et motif obligatoires, note facultative)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject with a reason code</source>
        <translation>Rejeter avec un code de motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit the open edit, escalation or rejection</source>
        <translation>Envoyer la modification, l&apos;escalade ou le rejet en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the open form (the draft is kept)</source>
        <translation>Fermer le formulaire ouvert (le brouillon est conservé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the last decision while it has not been sent</source>
        <translation>Annuler la dernière décision tant qu&apos;elle n&apos;est pas envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claim the open item again after its lease was lost</source>
        <translation>Reprendre l&apos;élément ouvert après la perte de sa réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J or Down</source>
        <translation>J ou Bas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next item</source>
        <translation>Élément suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K or Up</source>
        <translation>K ou Haut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous item</source>
        <translation>Élément précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh queues and items</source>
        <translation>Actualiser les files et les éléments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter the items</source>
        <translation>Filtrer les éléments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show this sheet</source>
        <translation>Afficher ce mémo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review shortcuts</source>
        <translation>Raccourcis de la revue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>keel::review::DecisionDelivery</name>
    <message>
        <location filename="../models/review/decisiondelivery.cpp" line="+60"/>
        <source>Sending was interrupted.</source>
        <translation>L&apos;envoi a été interrompu.</translation>
    </message>
    <message>
        <location filename="../models/sources/platform/platformfeedbacksink.cpp" line="+41"/>
        <source>The platform is having trouble (HTTP %1).</source>
        <translation>La plateforme rencontre des difficultés (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>keel::review::DecisionLogModel</name>
    <message>
        <location filename="../models/review/decisionlogmodel.cpp" line="+13"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2 at %3 — %4</source>
        <translation>%1 %2 à %3 — %4</translation>
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
        <translation>A approuver · E modifier · S escalader · R rejeter · J/K suivant/précédent · ? tous les raccourcis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Submit edit   Ctrl+Enter</source>
        <translation>Envoyer la modification   Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your edit</source>
        <translation>Votre modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes against the original</source>
        <translation>Modifications par rapport à l&apos;original</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a tier…</source>
        <translation>Choisir un niveau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalate   Ctrl+Enter</source>
        <translation>Escalader   Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier (required)</source>
        <translation>Niveau (obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+49"/>
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Reject   Ctrl+Enter</source>
        <translation>Rejeter   Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../widgets/review/decisionpanelnotes.cpp" line="+35"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
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
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment or escalation note (optional)</source>
        <translation>Commentaire ou note d&apos;escalade (facultatif)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../widgets/review/decisionpanel.cpp" line="+21"/>
        <source>Choose a tier first</source>
        <translation>Choisissez d&apos;abord un niveau</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>No changes yet</source>
        <translation>Aucune modification pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 word(s) added, %2 removed</source>
        <translation>%1 mot(s) ajouté(s), %2 supprimé(s)</translation>
    </message>
</context>
<context>
    <name>keel::review::ItemPane</name>
    <message>
        <location filename="../widgets/review/itempane.cpp" line="+72"/>
        <source>route %1</source>
        <translation>route %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>template %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the correlation id to trace this request</source>
        <translation>Copier l&apos;ID de corrélation pour tracer cette requête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy flags</source>
        <translation>Signalements de politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why escalated</source>
        <translation>Motif de l&apos;escalade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation id</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show all (may take a moment)</source>
        <translation>Tout afficher (peut prendre un moment)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy full output</source>
        <translation>Copier toute la sortie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieved sources</source>
        <translation>Sources récupérées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model output</source>
        <translation>Sortie du modèle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 in queue %2</source>
        <translation>Élément %1 dans la file %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk %1 %2</source>
        <translation>Risque %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confidence %1 %2</source>
        <translation>Confiance %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No sources were retrieved for this answer.</source>
        <translation>Aucune source n&apos;a été récupérée pour cette réponse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This output is %1 KB with very long lines; the first %2 KB are shown.</source>
        <translation>Cette sortie fait %1 Ko avec des lignes très longues ; les %2 premiers Ko sont affichés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No item open</source>
        <translation>Aucun élément ouvert</translation>
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
        <translation>Spécialiste de niveau 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs domain expertise the first line lacks</source>
        <translation>Demande une expertise que le premier niveau n&apos;a pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Possible legal, contractual or regulatory exposure</source>
        <translation>Risque juridique, contractuel ou réglementaire possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust &amp; Safety</source>
        <translation>Confiance et sécurité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Harm, abuse, self-harm or personal data at risk</source>
        <translation>Préjudice, abus, automutilation ou données personnelles en danger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs a domain expert</source>
        <translation>Nécessite un expert du domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts could not be verified</source>
        <translation>Les faits n&apos;ont pas pu être vérifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High customer impact</source>
        <translation>Fort impact client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy does not cover this case</source>
        <translation>La politique ne couvre pas ce cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads as legal advice</source>
        <translation>Ressemble à un conseil juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commits to contract terms</source>
        <translation>Engage sur des clauses contractuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulatory exposure</source>
        <translation>Risque réglementaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright or IP concern</source>
        <translation>Problème de droit d&apos;auteur ou de propriété intellectuelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data exposed</source>
        <translation>Données personnelles exposées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-harm content</source>
        <translation>Contenu d&apos;automutilation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harmful instructions</source>
        <translation>Instructions dangereuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harassment or hate</source>
        <translation>Harcèlement ou haine</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Hallucination</source>
        <translation>Hallucination</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>States things the sources do not support</source>
        <translation>Affirme des choses que les sources n&apos;étayent pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsafe</source>
        <translation>Dangereux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could cause harm if sent</source>
        <translation>Pourrait causer du tort s&apos;il était envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data leak</source>
        <translation>Fuite de données personnelles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reveals personal or confidential data</source>
        <translation>Révèle des données personnelles ou confidentielles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy violation</source>
        <translation>Violation de politique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks a written content policy</source>
        <translation>Enfreint une politique de contenu écrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off topic</source>
        <translation>Hors sujet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does not answer the question asked</source>
        <translation>Ne répond pas à la question posée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaves out something the user needs</source>
        <translation>Omet quelque chose dont l&apos;utilisateur a besoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong tone</source>
        <translation>Ton inadapté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rude, flippant or off-brand</source>
        <translation>Impoli, désinvolte ou hors charte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing citation</source>
        <translation>Citation manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
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
        <translation>Source obsolète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good example</source>
        <translation>Bon exemple</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct and supported by the sources</source>
        <translation>Correct et étayé par les sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groundedness</source>
        <translation>Ancrage dans les sources</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cites and stays within the sources</source>
        <translation>Cite les sources et s&apos;y tient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free of harm and policy problems</source>
        <translation>Sans préjudice ni problème de politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpfulness</source>
        <translation>Utilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers what was asked, completely</source>
        <translation>Répond complètement à la question posée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polite, clear and on-brand</source>
        <translation>Poli, clair et conforme à la charte</translation>
    </message>
</context>
<context>
    <name>keel::review::ReviewDb</name>
    <message>
        <location filename="../models/review/reviewdb.cpp" line="+125"/>
        <source>Cannot create the review database: %1</source>
        <translation>Impossible de créer la base de données de revue : %1</translation>
    </message>
</context>
<context>
    <name>keel::review::ReviewFeed</name>
    <message>
        <location filename="../models/sources/platform/platformreviewfeed.cpp" line="+53"/>
        <source>The platform could not list %1 (HTTP %2)%3</source>
        <translation>La plateforme n&apos;a pas pu lister %1 (HTTP %2)%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the platform to list %1: %2</source>
        <translation>Plateforme injoignable pour lister %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review queues</source>
        <translation>les files de revue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The platform sent review queues the console cannot read: %1</source>
        <translation>La plateforme a envoyé des files de revue que la console ne sait pas lire : %1</translation>
    </message>
    <message>
        <location filename="../models/review/reviewfeed.cpp" line="+91"/>
        <source>Offline: showing the review queue as synced at %1. Decisions are saved here and sent when the platform is back.</source>
        <translation>Hors ligne : affichage de la file de revue telle que synchronisée à %1. Les décisions sont enregistrées ici et envoyées dès le retour de la plateforme.</translation>
    </message>
    <message>
        <location filename="../models/sources/platform/platformreviewfeed.cpp" line="+22"/>
        <source>review items</source>
        <translation>les éléments de revue</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The platform sent review items the console cannot read: %1</source>
        <translation>La plateforme a envoyé des éléments de revue que la console ne sait pas lire : %1</translation>
    </message>
</context>
<context>
    <name>keel::review::ReviewItemModel</name>
    <message>
        <location filename="../models/review/reviewitemmodel.cpp" line="+91"/>
        <location line="+3"/>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no SLA</source>
        <translation>sans SLA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>held by %1</source>
        <translation>réservé par %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA due</source>
        <translation>Échéance SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy flags</source>
        <translation>Signalements de politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>keel::review::ReviewQueueModel</name>
    <message>
        <location filename="../models/review/reviewqueuemodel.cpp" line="+45"/>
        <source>%1: %2 pending, %3 claimed, %4 decided, %5 escalated</source>
        <translation>%1 : %2 en attente, %3 pris en charge, %4 décidés, %5 escaladés</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>none waiting</source>
        <translation>aucun en attente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tier</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest</source>
        <translation>Le plus ancien</translation>
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
        <translation>La réponse de la plateforme à la prise en charge est incompréhensible : %1</translation>
    </message>
    <message>
        <location filename="../models/review/reviewsessiondecisions.cpp" line="+28"/>
        <source>Decisions cannot be saved: the review database is not open.</source>
        <translation>Impossible d&apos;enregistrer les décisions : la base de données de revue n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item is open.</source>
        <translation>Aucun élément n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do not hold this item, so it cannot be decided yet.</source>
        <translation>Vous n&apos;avez pas réservé cet élément : il ne peut pas encore être décidé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The edited output is empty.</source>
        <translation>La sortie modifiée est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edit is the same as the original output: approve it instead.</source>
        <translation>La modification est identique à la sortie d&apos;origine : approuvez-la plutôt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an escalation tier.</source>
        <translation>Choisissez un niveau d&apos;escalade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an escalation reason.</source>
        <translation>Choisissez un motif d&apos;escalade.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a reject reason.</source>
        <translation>Choisissez un motif de rejet.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The decision was not saved on this computer (%1). The item is open again; decide it once more.</source>
        <translation>La décision n&apos;a pas été enregistrée sur cet ordinateur (%1). L&apos;élément est de nouveau ouvert ; décidez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Too late to undo: the decision is already on its way to the platform.</source>
        <translation>Trop tard pour annuler : la décision est déjà en route vers la plateforme.</translation>
    </message>
</context>
<context>
    <name>keel::review::ReviewWorkspace</name>
    <message>
        <location filename="../widgets/review/reviewworkspace.cpp" line="+62"/>
        <source>Decisions cannot be saved on this computer: %1. Reviewing is disabled until this is fixed (check disk space and permissions of the cache folder).</source>
        <translation>Impossible d&apos;enregistrer les décisions sur cet ordinateur : %1. La revue est désactivée tant que ce n&apos;est pas corrigé (vérifiez l&apos;espace disque et les droits du dossier de cache).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Loading review queues…</source>
        <translation>Chargement des files de revue…</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewworkspacelayout.cpp" line="+49"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signed in as %1</source>
        <translation>connecté en tant que %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your account has the roles %1: you can read the review queues, but only reviewers and admins can decide items.</source>
        <translation>Votre compte a les rôles %1 : vous pouvez lire les files de revue, mais seuls les réviseurs et les administrateurs peuvent décider des éléments.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter by model, use case, policy flag or id (Ctrl+F)</source>
        <translation>Filtrer par modèle, cas d&apos;usage, signalement ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any risk</source>
        <translation>Tout risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk ≥ 40%</source>
        <translation>Risque ≥ 40 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk ≥ 70%</source>
        <translation>Risque ≥ 70 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any confidence</source>
        <translation>Toute confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence &lt; 80%</source>
        <translation>Confiance &lt; 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence &lt; 50%</source>
        <translation>Confiance &lt; 50 %</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewworkspace.cpp" line="+67"/>
        <source>Loading items…</source>
        <translation>Chargement des éléments…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There are no review queues on the platform yet. Nothing needs a human right now.</source>
        <translation>Il n&apos;y a pas encore de file de revue sur la plateforme. Rien ne requiert d&apos;humain pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This queue is empty: every item has been decided. Pick another queue on the left; new items appear here as they arrive.</source>
        <translation>Cette file est vide : chaque élément a été décidé. Choisissez une autre file à gauche ; les nouveaux éléments apparaissent ici dès leur arrivée.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No item matches the filter. Clear the filter to see all %n item(s).</source>
        <translation>
            <numerusform>Aucun élément ne correspond au filtre. Effacez le filtre pour voir l&apos;élément (%n).</numerusform>
            <numerusform>Aucun élément ne correspond au filtre. Effacez le filtre pour voir les %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press F5 to try again.</source>
        <translation>Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review queues could not be loaded. Check the connection, then press F5.</source>
        <translation>Les files de revue n&apos;ont pas pu être chargées. Vérifiez la connexion, puis appuyez sur F5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The items of this queue could not be loaded. Press F5 to try again.</source>
        <translation>Les éléments de cette file n&apos;ont pas pu être chargés. Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewworkspacedecisions.cpp" line="+69"/>
        <source>Queue done: nothing left to review here. Pick another queue on the left.</source>
        <translation>File terminée : plus rien à réviser ici. Choisissez une autre file à gauche.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1. Ctrl+Z undoes it for %2 s, then it is sent.</source>
        <translation>%1 enregistré. Ctrl+Z l&apos;annule pendant %2 s, ensuite il est envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1; sending.</source>
        <translation>%1 enregistré ; envoi en cours.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Undone: %1 is open again.</source>
        <translation>Annulé : %1 est de nouveau ouvert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Claiming this item…</source>
        <translation>Prise en charge de l&apos;élément…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You hold this item · lease %1 (renewed automatically while it is open)</source>
        <translation>Vous avez réservé cet élément · réservation %1 (renouvelée automatiquement tant qu&apos;il est ouvert)</translation>
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
            <numerusform>Hors ligne : %n décision enregistrée sur cet ordinateur sera envoyée dès que la plateforme répondra. Continuez ; rien n&apos;est perdu.</numerusform>
            <numerusform>Hors ligne : %n décisions enregistrées sur cet ordinateur seront envoyées dès que la plateforme répondra. Continuez ; rien n&apos;est perdu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Today: %1 decided · median %2 s/item · %3 SLA breach(es) · %4 waiting to send</source>
        <translation>Aujourd&apos;hui : %1 décidé(s) · médiane %2 s/élément · %3 dépassement(s) de SLA · %4 en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo %1 (%2)</source>
        <translation>Annuler %1 (%2)</translation>
    </message>
</context>
<context>
    <name>keel::settings::ConnectionProfile</name>
    <message>
        <location filename="../models/settings/connectionprofile.cpp" line="+53"/>
        <source>Using the token from KEEL_TOKEN.</source>
        <translation>Utilisation du jeton de KEEL_TOKEN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Using the token kept for this session only (no keychain available).</source>
        <translation>Utilisation du jeton conservé pour cette session seulement (aucun trousseau disponible).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No token is stored for %1 yet.</source>
        <translation>Aucun jeton n&apos;est encore enregistré pour %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain could not be read (%1). Enter the token again; it will be kept for this session only.</source>
        <translation>Le trousseau n&apos;a pas pu être lu (%1). Saisissez à nouveau le jeton ; il sera conservé pour cette session seulement.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No keychain is available (%1). The token is kept for this session only and must be entered again next time.</source>
        <translation>Aucun trousseau disponible (%1). Le jeton est conservé pour cette session seulement et devra être saisi à nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>keel::settings::LangfuseCredentials</name>
    <message>
        <location filename="../models/settings/langfusecredentials.cpp" line="+34"/>
        <source>Using the Langfuse keys from KEEL_LANGFUSE_PUBLIC_KEY and KEEL_LANGFUSE_SECRET_KEY.</source>
        <translation>Utilisation des clés Langfuse de KEEL_LANGFUSE_PUBLIC_KEY et KEEL_LANGFUSE_SECRET_KEY.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Using the Langfuse keys kept for this session only (no keychain available).</source>
        <translation>Utilisation des clés Langfuse conservées pour cette session seulement (aucun trousseau disponible).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain entry for %1 is damaged. Enter the keys again.</source>
        <translation>L’entrée du trousseau pour %1 est endommagée. Saisissez à nouveau les clés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Langfuse keys are stored for %1 yet.</source>
        <translation>Aucune clé Langfuse n’est encore enregistrée pour %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain could not be read (%1). Enter the Langfuse keys again; they will be kept for this session.</source>
        <translation>Le trousseau n’a pas pu être lu (%1). Saisissez à nouveau les clés Langfuse ; elles seront conservées pour cette session.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No keychain is available (%1). The Langfuse keys are kept for this session only and must be entered again next time.</source>
        <translation>Aucun trousseau disponible (%1). Les clés Langfuse sont conservées pour cette session seulement et devront être saisies à nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>keel::settings::SourceSecret</name>
    <message>
        <location filename="../models/settings/sourcesecret.cpp" line="+42"/>
        <source>No key is stored for %1 yet. Enter it in File › Connect, or set %2.</source>
        <translation>Aucune clé n&apos;est encore enregistrée pour %1. Saisissez-la dans Fichier › Se connecter, ou définissez %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain could not be read (%1). Enter the key for %2 again, or set %3.</source>
        <translation>Le trousseau n&apos;a pas pu être lu (%1). Saisissez à nouveau la clé pour %2, ou définissez %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No keychain is available (%1). The key for %2 is kept for this session only.</source>
        <translation>Aucun trousseau disponible (%1). La clé pour %2 est conservée pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>keel::slo</name>
    <message>
        <location filename="../models/slo/slodefinition.cpp" line="+34"/>
        <source>%1: is required</source>
        <translation>%1 : est obligatoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: expected a string</source>
        <translation>%1 : chaîne attendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: longer than %2 characters</source>
        <translation>%1 : plus de %2 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: must not be empty</source>
        <translation>%1 : ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: expected a whole number of days such as &quot;30d&quot;, got &quot;%2&quot;</source>
        <translation>%1 : nombre entier de jours attendu, comme « 30d », reçu « %2 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: must be between 1d and 90d, got &quot;%2&quot;</source>
        <translation>%1 : doit être compris entre 1d et 90d, reçu « %2 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: must contain the range placeholder {{.window}}</source>
        <translation>%1 : doit contenir l&apos;espace réservé de plage {{.window}}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unbalanced parentheses</source>
        <translation>%1 : parenthèses non équilibrées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected an object</source>
        <translation>%1 : objet attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.id: use lower-case letters, digits and &apos;-&apos; (at most 64), got &quot;%2&quot;</source>
        <translation>%1.id : utilisez des minuscules, des chiffres et « - » (64 au plus), reçu « %2 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.layer: must be one of %2, got &quot;%3&quot;</source>
        <translation>%1.layer : doit valoir l&apos;un de %2, reçu « %3 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.objective: expected a number between 0 and 1, such as 0.995</source>
        <translation>%1.objective : nombre entre 0 et 1 attendu, par exemple 0.995</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.objective: must be between 0 and 1 (exclusive), got %2</source>
        <translation>%1.objective : doit être strictement compris entre 0 et 1, reçu %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: expected an object with total_query and good_query or error_query</source>
        <translation>%1 : objet attendu avec total_query et good_query ou error_query</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: give exactly one of good_query and error_query</source>
        <translation>%1 : indiquez exactement l&apos;un de good_query et error_query</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a JSON object with &quot;version&quot; and &quot;slos&quot;</source>
        <translation>objet JSON attendu avec « version » et « slos »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version: expected 1</source>
        <translation>version : 1 attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slos: expected an array</source>
        <translation>slos : tableau attendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slos: define at least one SLO</source>
        <translation>slos : définissez au moins un SLO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.id: &quot;%2&quot; is defined twice</source>
        <translation>%1.id : « %2 » est défini deux fois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not valid JSON near byte %1</source>
        <translation>JSON invalide près de l&apos;octet %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected JSON structure</source>
        <translation>structure JSON inattendue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file is larger than %2 bytes</source>
        <translation>%1 : le fichier dépasse %2 octets</translation>
    </message>
    <message>
        <location filename="../widgets/slo/sloreportpainter.cpp" line="+137"/>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no burn-down data</source>
        <translation>aucune donnée de burn-down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error budget remaining over the SLO window (shaded: the reported month).</source>
        <translation>Budget d&apos;erreur restant sur la fenêtre du SLO (grisé : le mois du rapport).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keel SLO report %1</source>
        <translation>Rapport SLO Keel %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SLO report — %1</source>
        <translation>Rapport SLO — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated %1 UTC from %2.</source>
        <translation>Généré le %1 UTC à partir de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — status unavailable: %2</source>
        <translation>%1 — état indisponible : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 [%2] — objective %3, attainment %4, budget left %5, status %6</source>
        <translation>%1 [%2] — objectif %3, atteinte %4, budget restant %5, statut %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review decisions</source>
        <translation>Décisions de revue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review queue counts unavailable: %1</source>
        <translation>Compteurs des files de revue indisponibles : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2 risk, SLA %3 min): %4 decided, %5 escalated, %6 pending, %7 in review</source>
        <translation>%1 (risque %2, SLA %3 min) : %4 décidés, %5 escaladés, %6 en attente, %7 en revue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All queues: %1 decided, %2 escalated, %3 open.</source>
        <translation>Toutes les files : %1 décidés, %2 escaladés, %3 ouverts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLO: %1</source>
        <translation>SLO : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1 · objective %2 over %3 days · id %4</source>
        <translation>Couche %1 · objectif %2 sur %3 jours · ID %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLI: %1</source>
        <translation>SLI : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status unavailable: %1</source>
        <translation>État indisponible : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attainment over the %1 window as of %2 UTC: %3 (%4 good of %5 events)</source>
        <translation>Atteinte sur la fenêtre %1 au %2 UTC : %3 (%4 bons sur %5 événements)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error budget left: %1 · status: %2</source>
        <translation>Budget d&apos;erreur restant : %1 · statut : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget used in %1: %2 of the window&apos;s budget</source>
        <translation>Budget consommé en %1 : %2 du budget de la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used in %1: no data for this month in the current window</source>
        <translation>Budget consommé en %1 : aucune donnée pour ce mois dans la fenêtre actuelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn rates now: %1</source>
        <translation>Rythmes de consommation actuels : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Burn periods in %1 (burn ≥ 1×; incidents reach the page threshold %2×):</source>
        <translation>Périodes de consommation en %1 (consommation ≥ 1× ; les incidents atteignent le seuil d&apos;alerte %2×) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none — the budget was spent no faster than the objective allows.</source>
        <translation>aucune — le budget n&apos;a pas été consommé plus vite que l&apos;objectif ne le permet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%2 – %3 UTC: peak burn %4×, %5 of the budget</source>
        <translation>%1%2 – %3 UTC : pic de consommation %4×, %5 du budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INCIDENT </source>
        <translation>INCIDENT </translation>
    </message>
</context>
<context>
    <name>keel::slo::CachedSliSource</name>
    <message>
        <location filename="../models/slo/cachedslisource.cpp" line="+35"/>
        <source>the local cache</source>
        <translation>le cache local</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cached SLOs could not be read: %1</source>
        <translation>Les SLO en cache sont illisibles : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n cached record(s) could not be read</source>
        <translation>
            <numerusform>%n enregistrement en cache est illisible</numerusform>
            <numerusform>%n enregistrements en cache sont illisibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keel::slo::PlatformSliSource</name>
    <message>
        <location filename="../models/slo/platformslisource.cpp" line="+21"/>
        <source>no SLO source</source>
        <translation>aucune source de SLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform API at %1</source>
        <translation>API de la plateforme à %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This session has no Keel platform, and no Prometheus is set up for SLOs (settings slo/prometheus_url and slo/definitions_file, docs/slo-definitions.md).</source>
        <translation>Cette session n&apos;a pas de plateforme Keel, et aucun Prometheus n&apos;est configuré pour les SLO (réglages slo/prometheus_url et slo/definitions_file, docs/slo-definitions.md).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not load the SLO list: %1</source>
        <translation>Impossible de charger la liste des SLO : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The platform&apos;s SLO list could not be read: %1</source>
        <translation>La liste des SLO de la plateforme est illisible : %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The SLO status could not be read: %1</source>
        <translation>L&apos;état du SLO est illisible : %1</translation>
    </message>
</context>
<context>
    <name>keel::slo::SeriesLoader</name>
    <message>
        <location filename="../models/slo/seriesloader.cpp" line="+63"/>
        <source>The series could not be read: %1</source>
        <translation>La série est illisible : %1</translation>
    </message>
</context>
<context>
    <name>keel::slo::SeriesTableModel</name>
    <message>
        <location filename="../models/slo/seriestablemodel.cpp" line="+95"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
</context>
<context>
    <name>keel::slo::SloDashboard</name>
    <message>
        <location filename="../widgets/slo/slodashboard.cpp" line="+199"/>
        <source>Showing the SLOs cached at the last sync; waiting for %1</source>
        <translation>Affichage des SLO mis en cache lors de la dernière synchronisation ; en attente de %1</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Filter SLOs by name, layer or SLI</source>
        <translation>Filtrer les SLO par nom, couche ou SLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council report (PDF)…</source>
        <translation>Rapport du comité (PDF)…</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No SLOs are defined yet.</source>
        <translation>Aucun SLO n&apos;est encore défini.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Council report</source>
        <translation>Rapport du comité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month (YYYY-MM):</source>
        <translation>Mois (AAAA-MM) :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the SLO report</source>
        <translation>Enregistrer le rapport SLO</translation>
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
        <translation>Chiffres des SLO issus de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SLO %1: %2</source>
        <translation>SLO %1 : %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Showing the SLOs cached at the last sync.</source>
        <translation>Affichage des SLO mis en cache lors de la dernière synchronisation.</translation>
    </message>
</context>
<context>
    <name>keel::slo::SloReport</name>
    <message numerus="yes">
        <location filename="../widgets/slo/sloreportpainter.cpp" line="+7"/>
        <source>… and %n more shorter period(s).</source>
        <translation>
            <numerusform>… et %n autre période plus courte.</numerusform>
            <numerusform>… et %n autres périodes plus courtes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keel::slo::SloReportJob</name>
    <message>
        <location filename="../widgets/slo/sloreportjob.cpp" line="+42"/>
        <source>&quot;%1&quot; is not a month; use YYYY-MM, e.g. 2026-11.</source>
        <translation>« %1 » n&apos;est pas un mois ; utilisez AAAA-MM, par exemple 2026-11.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No output file given.</source>
        <translation>Aucun fichier de sortie indiqué.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>this session has no review source.</source>
        <translation>cette session n&apos;a pas de source de revue.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Wrote the SLO report with %n SLO section(s) to %1.</source>
        <translation>
            <numerusform>Rapport SLO avec %n section SLO écrit dans %1.</numerusform>
            <numerusform>Rapport SLO avec %n sections SLO écrit dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SLO report could not be written: %1</source>
        <translation>Le rapport SLO n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SLO report could not be made: %1</source>
        <translation>Le rapport SLO n&apos;a pas pu être produit : %1</translation>
    </message>
</context>
<context>
    <name>keel::slo::SloTableModel</name>
    <message>
        <location filename="../models/slo/slotablemodel.cpp" line="+171"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PAGE</source>
        <translation>ALERTE</translation>
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
        <translation>Alerte : consommation ≥ %1× sur 1 h et 5 min, ou ≥ %2× sur 6 h et 30 min. Ticket : ≥ %3× sur 3 j et 6 h.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget left</source>
        <translation>Budget restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 5m</source>
        <translation>Conso. 5 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 30m</source>
        <translation>Conso. 30 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 1h</source>
        <translation>Conso. 1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 6h</source>
        <translation>Conso. 6 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 1d</source>
        <translation>Conso. 1 j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn 3d</source>
        <translation>Conso. 3 j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>par route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per model</source>
        <translation>par modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency percentile:</source>
        <translation>Centile de latence :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error budget remaining</source>
        <translation>Budget d&apos;erreur restant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% budget</source>
        <translation>% du budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency (percentile, never averages)</source>
        <translation>Latence (centiles, jamais de moyennes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% errors</source>
        <translation>% d&apos;erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>req/s</source>
        <translation>req./s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tokens/s</source>
        <translation>jetons/s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Latency, error rate, throughput and token charts come from a Keel platform&apos;s request telemetry; this session has no platform. The SLO numbers above are computed from Prometheus.</source>
        <translation>Les graphiques de latence, de taux d&apos;erreur, de débit et de jetons viennent de la télémétrie des requêtes d&apos;une plateforme Keel ; cette session n&apos;en a pas. Les valeurs SLO ci-dessus sont calculées à partir de Prometheus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Telemetry (%1) could not be loaded: %2</source>
        <translation>La télémétrie (%1) n&apos;a pas pu être chargée : %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Latency %1 %2 (never averages)</source>
        <translation>Latence %1 %2 (jamais de moyennes)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Incident: %1 errors %2–%3 UTC</source>
        <translation>Incident : %1 erreurs %2–%3 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident detected on %1: error rate up to %2% (normally %3%) from %4 to %5 UTC. It is shaded in the charts below.</source>
        <translation>Incident détecté le %1 : taux d&apos;erreur jusqu&apos;à %2 % (normalement %3 %) de %4 à %5 UTC. Il est grisé dans les graphiques ci-dessous.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — objective %2% over %3 days</source>
        <translation>%1 — objectif %2 % sur %3 jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error budget remaining — %1</source>
        <translation>Budget d&apos;erreur restant — %1</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>keel::slo::widgets::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/slo/timeserieschart.cpp" line="+120"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>keel::sources</name>
    <message>
        <location filename="../models/sources/platform/platformfeedbacksink.cpp" line="+19"/>
        <location filename="../models/sources/platform/platformreviewfeed.cpp" line="-82"/>
        <location filename="../models/sources/platform/platformtracesource.cpp" line="+26"/>
        <source>Platform API at %1</source>
        <translation>API de la plateforme sur %1</translation>
    </message>
    <message>
        <location filename="../models/sources/reviewsourcefactory.cpp" line="+42"/>
        <source>The Langfuse URL &quot;%1&quot; is not a valid http(s) URL.</source>
        <translation>L’URL Langfuse « %1 » n’est pas une URL http(s) valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: both the public key and the secret key of the Langfuse project are needed.</source>
        <translation>%1 : la clé publique et la clé secrète du projet Langfuse sont toutes deux nécessaires.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unknown review source &quot;%1&quot; (expected platform or langfuse).</source>
        <translation>Source de relecture inconnue « %1 » (attendu : platform ou langfuse).</translation>
    </message>
    <message>
        <location filename="../models/sources/tracesourcefactory.cpp" line="+42"/>
        <source>Unknown trace source &quot;%1&quot; (expected platform or langfuse).</source>
        <translation>Source de traces inconnue « %1 » (attendu : platform ou langfuse).</translation>
    </message>
</context>
<context>
    <name>keel::sources::PlatformTraceSource</name>
    <message>
        <location filename="../models/sources/platform/platformtracesource.cpp" line="+11"/>
        <source>this session is not signed in to a Keel platform</source>
        <translation>cette session n&apos;est connectée à aucune plateforme Keel</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The trace could not be read: %1</source>
        <translation>La trace est illisible : %1</translation>
    </message>
</context>
<context>
    <name>keel::sources::langfuse</name>
    <message>
        <location filename="../models/sources/langfuse/langfuseconnection.cpp" line="+73"/>
        <source>Langfuse at %1</source>
        <translation>Langfuse sur %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no error message in the answer</source>
        <translation>aucun message d’erreur dans la réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the API keys were not accepted (401): %1. Check the public and secret key of the project.</source>
        <translation>les clés d’API n’ont pas été acceptées (401) : %1. Vérifiez la clé publique et la clé secrète du projet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the API keys may not %1 (403): %2. Use a project&apos;s keys, not an organization&apos;s.</source>
        <translation>les clés d’API n’ont pas le droit de : %1 (403) : %2. Utilisez les clés d’un projet, pas celles d’une organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many requests to %1 (429): %2. Keel tries again after the server&apos;s Retry-After.</source>
        <translation>trop de requêtes pour : %1 (429) : %2. Keel réessaie après le Retry-After du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server failed to %1 (HTTP %2): %3. Nothing is lost; Keel tries again.</source>
        <translation>le serveur n’a pas pu : %1 (HTTP %2) : %3. Rien n’est perdu ; Keel réessaie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not %1 (HTTP %2): %3</source>
        <translation>échec : %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not connect to %1 (%2). Is the server running, and is the URL right?</source>
        <translation>connexion impossible pour : %1 (%2). Le serveur tourne-t-il, et l’URL est-elle correcte ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host name could not be resolved (DNS) to %1. Check the URL.</source>
        <translation>le nom d’hôte n’a pas pu être résolu (DNS) pour : %1. Vérifiez l’URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer in time to %1.</source>
        <translation>pas de réponse à temps pour : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secure connection failed to %1 (%2). Check the CA bundle and the server&apos;s certificate.</source>
        <translation>la connexion sécurisée a échoué pour : %1 (%2). Vérifiez le bundle CA et le certificat du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not %1: %2</source>
        <translation>échec : %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer to %1 could not be read: %2</source>
        <translation>la réponse à « %1 » n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/scoreplan.cpp" line="+203"/>
        <source>the queue has no categorical, boolean or numeric score config to record the decision on. Add one to the annotation queue in Langfuse.</source>
        <translation>la file n’a aucune configuration de score catégorielle, booléenne ou numérique pour enregistrer la décision. Ajoutez-en une à la file d’annotation dans Langfuse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sources/langfuse/langfuseprobe.cpp" line="+47"/>
        <source>%1 answered: %n annotation queue(s) visible to these keys.</source>
        <translation>
            <numerusform>%1 a répondu : %n file d’annotation visible avec ces clés.</numerusform>
            <numerusform>%1 a répondu : %n files d’annotation visibles avec ces clés.</numerusform>
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
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/langfusetrace.cpp" line="+129"/>
        <source>[%1 more bytes are in Langfuse]</source>
        <translation>[%1 octets de plus sont dans Langfuse]</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (not in this trace)</source>
        <translation>%1 (absent de cette trace)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>itself</source>
        <translation>elle-même</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (its ancestors form a loop)</source>
        <translation>%1 (ses ancêtres forment une boucle)</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>trace</source>
        <translation>trace</translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/dailymetricspage.cpp" line="+49"/>
        <location filename="../models/sources/langfuse/generationspull.cpp" line="+117"/>
        <location filename="../models/sources/langfuse/metricspage.cpp" line="+56"/>
        <source>neither %1 nor %2 is served here (404). Check the host URL.</source>
        <translation>ni %1 ni %2 n&apos;est servi ici (404). Vérifiez l&apos;URL de l&apos;hôte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../models/sources/langfuse/generationspull.cpp" line="+8"/>
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../models/sources/langfuse/generationspull.cpp" line="+4"/>
        <source>the answer is not {&quot;data&quot;: [...]}</source>
        <translation>la réponse n’a pas la forme {&quot;data&quot;: [...]}</translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/generationspull.cpp" line="-43"/>
        <source>read the generations (GET %1)</source>
        <translation>lecture des générations (GET %1)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>row %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>meta.cursor names this page again</source>
        <translation>meta.cursor désigne de nouveau cette page</translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/metricspage.cpp" line="+8"/>
        <source>%1, query %2</source>
        <translation>%1, requête %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a row for %1, outside the window asked (%2 to %3)</source>
        <translation>une ligne pour %1, hors de la période demandée (%2 à %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the page does not follow the one before it; the next sync reads the day again</source>
        <translation>la page ne fait pas suite à la précédente ; la prochaine synchronisation relit la journée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than %1 rows in one minute; Keel cannot read them without losing some</source>
        <translation>plus de %1 lignes en une minute ; Keel ne peut pas les lire sans en perdre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a piece of a day without its start</source>
        <translation>une partie de journée sans son début</translation>
    </message>
    <message>
        <location filename="../models/sources/langfuse/spendpull.cpp" line="+109"/>
        <source>read the cost roll-ups (GET %1)</source>
        <translation>lecture des cumuls de coûts (GET %1)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The cost roll-ups are not asked for again before %1 UTC.</source>
        <translation>Les cumuls de coûts ne sont pas redemandés avant %1 UTC.</translation>
    </message>
</context>
<context>
    <name>keel::sources::langfuse::LangfuseFeedbackSink</name>
    <message>
        <location filename="../models/sources/langfuse/langfusefeedbacksink.cpp" line="+83"/>
        <source>&quot;%1&quot; is not a Langfuse queue item (expected &lt;queue id&gt;:&lt;item id&gt;).</source>
        <translation>« %1 » n’est pas un élément de file Langfuse (attendu : &lt;id de file&gt;:&lt;id d’élément&gt;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the saved decision could not be read.</source>
        <translation>la décision enregistrée n’a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+5"/>
        <source>read the queue item</source>
        <translation>lire l’élément de la file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the annotation queue</source>
        <translation>lire la file d’annotation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>read the queue&apos;s score config</source>
        <translation>lire la configuration de score de la file</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>find the observation&apos;s trace</source>
        <translation>trouver la trace de l’observation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>observation %1 was not found, so its score has no trace to go on.</source>
        <translation>l’observation %1 est introuvable, son score n’a donc pas de trace.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>check the server version</source>
        <translation>vérifier la version du serveur</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>save the score</source>
        <translation>enregistrer le score</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>mark the queue item completed</source>
        <translation>marquer l’élément de la file comme terminé</translation>
    </message>
</context>
<context>
    <name>keel::sources::langfuse::LangfuseReviewFeed</name>
    <message>
        <location filename="../models/sources/langfuse/langfusereviewfeed.cpp" line="+112"/>
        <location line="+6"/>
        <source>list the annotation queues</source>
        <translation>lister les files d’annotation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>count a queue&apos;s open items</source>
        <translation>compter les éléments ouverts d’une file</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>list the queue&apos;s open items</source>
        <translation>lister les éléments ouverts de la file</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Session %1: this Langfuse server (v3) does not give Keel a session&apos;s content. Open it in Langfuse to read it.</source>
        <translation>Session %1 : ce serveur Langfuse (v3) ne donne pas à Keel le contenu d’une session. Ouvrez-la dans Langfuse pour la lire.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+25"/>
        <source>read a queue item&apos;s trace</source>
        <translation>lire la trace d’un élément de la file</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The %1 %2 this item points at was not found in Langfuse (deleted, or in another project).</source>
        <translation>%1 %2, vers lequel pointe cet élément, est introuvable dans Langfuse (supprimé, ou dans un autre projet).</translation>
    </message>
</context>
<context>
    <name>keel::sources::langfuse::LangfuseTraceSource</name>
    <message numerus="yes">
        <location filename="../models/sources/langfuse/langfusetracesource.cpp" line="+60"/>
        <source>Keel searches the traces that started in the last %n day(s)</source>
        <translation>
            <numerusform>Keel cherche parmi les traces commencées depuis %n jour</numerusform>
            <numerusform>Keel cherche parmi les traces commencées depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the server sent the same page cursor twice</source>
        <translation>le serveur a envoyé deux fois le même curseur de page</translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>too many requests (429): the project&apos;s rate limit is used up; the server asks to wait %n second(s) before the next lookup</source>
        <translation>
            <numerusform>trop de requêtes (429) : la limite de débit du projet est épuisée ; le serveur demande d’attendre %n seconde avant la prochaine recherche</numerusform>
            <numerusform>trop de requêtes (429) : la limite de débit du projet est épuisée ; le serveur demande d’attendre %n secondes avant la prochaine recherche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many requests (429): the project&apos;s rate limit is used up; wait a minute before the next lookup</source>
        <translation>trop de requêtes (429) : la limite de débit du projet est épuisée ; attendez une minute avant la prochaine recherche</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>read trace %1</source>
        <translation>lire la trace %1</translation>
    </message>
</context>
<context>
    <name>keel::sources::litellm</name>
    <message>
        <location filename="../models/sources/litellm/litellmerrors.cpp" line="+77"/>
        <source>no error message in the answer</source>
        <translation>aucun message d&apos;erreur dans la réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key was not accepted (401): %1. Use the proxy&apos;s master key or an admin key.</source>
        <translation>la clé n&apos;a pas été acceptée (401) : %1. Utilisez la clé maître du proxy ou une clé d&apos;administration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key may not read %1 (403): %2. Keel needs a proxy admin key; other keys see only their own spend.</source>
        <translation>la clé n&apos;a pas le droit de lire %1 (403) : %2. Keel a besoin d&apos;une clé d&apos;administration du proxy ; les autres clés ne voient que leurs propres dépenses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not found (404): %2. Is this a LiteLLM proxy, version 1.96 or later, with its database on?</source>
        <translation>%1 est introuvable (404) : %2. S&apos;agit-il d&apos;un proxy LiteLLM 1.96 ou plus récent, avec sa base de données activée ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused Keel&apos;s parameters (422): %2</source>
        <translation>%1 a refusé les paramètres de Keel (422) : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2 : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not connect for %1 (%2). Is the proxy running, and is the URL right?</source>
        <translation>connexion impossible pour %1 (%2). Le proxy tourne-t-il, et l&apos;URL est-elle correcte ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host name could not be resolved (DNS) for %1. Check the URL.</source>
        <translation>le nom d&apos;hôte n&apos;a pas pu être résolu (DNS) pour %1. Vérifiez l&apos;URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection dropped during %1 (%2). The pages before it are kept; sync again to continue.</source>
        <translation>la connexion a été coupée pendant %1 (%2). Les pages précédentes sont conservées ; synchronisez à nouveau pour continuer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secure connection for %1 failed (%2). Check the CA bundle and the proxy&apos;s certificate.</source>
        <translation>la connexion sécurisée pour %1 a échoué (%2). Vérifiez le bundle CA et le certificat du proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../app/sessionservices.cpp" line="+55"/>
        <location filename="../models/sources/litellm/litellmjson.cpp" line="+90"/>
        <location filename="../models/sources/litellm/litellmprobe.cpp" line="+47"/>
        <source>LiteLLM at %1</source>
        <translation>LiteLLM sur %1</translation>
    </message>
</context>
<context>
    <name>keel::sources::litellm::LiteLlmProbe</name>
    <message>
        <location filename="../models/sources/litellm/litellmprobe.cpp" line="+2"/>
        <source>%1 accepted the key.</source>
        <translation>%1 a accepté la clé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted the key &quot;%2&quot;.</source>
        <translation>%1 a accepté la clé « %2 ».</translation>
    </message>
</context>
<context>
    <name>keel::spend</name>
    <message>
        <location filename="../models/spend/spendquery.cpp" line="+96"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer segment</source>
        <translation>Segment client</translation>
    </message>
    <message>
        <location filename="../models/spend/spendinsights.cpp" line="+43"/>
        <source>Spend on %1 was far above the usual for that day.</source>
        <translation>Les dépenses du %1 ont largement dépassé l&apos;habituel pour ce jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend spike on %1, driven by %2</source>
        <translation>Pic de dépenses le %1, dû à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, released %1</source>
        <translation>, publié le %1</translation>
    </message>
</context>
<context>
    <name>keel::spend::BudgetModel</name>
    <message>
        <location filename="../models/spend/budgetmodel.cpp" line="+20"/>
        <source>On track</source>
        <translation>Dans les clous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breached</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn rate</source>
        <translation>Rythme de consommation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs out</source>
        <translation>Épuisé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>keel::spend::DriverModel</name>
    <message>
        <location filename="../models/spend/drivermodel.cpp" line="+43"/>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %</source>
        <translation>Variation %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per request</source>
        <translation>Coût par requête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of spend</source>
        <translation>Part des dépenses</translation>
    </message>
</context>
<context>
    <name>keel::spend::PlatformRequestFetch</name>
    <message>
        <location filename="../models/spend/platformrequestfetch.cpp" line="+82"/>
        <source>Not connected to the platform.</source>
        <translation>Non connecté à la plateforme.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The platform did not return the requests behind this row: %1</source>
        <translation>La plateforme n&apos;a pas renvoyé les requêtes de cette ligne : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The platform&apos;s answer could not be read: %1</source>
        <translation>La réponse de la plateforme est illisible : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The platform sent more than %1 pages for this row; showing the costliest requests of those.</source>
        <translation>La plateforme a envoyé plus de %1 pages pour cette ligne ; les requêtes les plus coûteuses de celles-ci sont affichées.</translation>
    </message>
</context>
<context>
    <name>keel::spend::RequestListModel</name>
    <message>
        <location filename="../models/spend/requestlistmodel.cpp" line="+19"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correlation id</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt template</source>
        <translation>Modèle de prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens</source>
        <translation>Jetons d&apos;entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>keel::spend::SpendDataService</name>
    <message>
        <location filename="../models/spend/spenddataservice.cpp" line="+143"/>
        <source>Loaded from the platform: this day is older than the requests kept in the local cache.</source>
        <translation>Chargé depuis la plateforme : ce jour est plus ancien que les requêtes conservées dans le cache local.</translation>
    </message>
</context>
<context>
    <name>keel::spend::SpendDetailModel</name>
    <message>
        <location filename="../models/spend/spenddetailmodel.cpp" line="+19"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer segment</source>
        <translation>Segment client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
</context>
<context>
    <name>keel::spend::SpendExportJob</name>
    <message>
        <location filename="../models/spend/spendexportjob.cpp" line="+79"/>
        <source>The date range is empty: --from must not be after --to.</source>
        <translation>La plage de dates est vide : --from ne doit pas être postérieur à --to.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keel::spend::SpendRepository</name>
    <message>
        <location filename="../models/spend/spendrepository.cpp" line="+75"/>
        <source>The local cache could not be opened (%1). Connect to the platform and sync to fill it.</source>
        <translation>Le cache local n&apos;a pas pu être ouvert (%1). Connectez-vous à la plateforme et synchronisez pour le remplir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local cache has no spend data yet. Sync from the platform to fill it.</source>
        <translation>Le cache local ne contient encore aucune dépense. Synchronisez avec la plateforme pour le remplir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading spend from the local cache failed: %1</source>
        <translation>La lecture des dépenses dans le cache local a échoué : %1</translation>
    </message>
</context>
<context>
    <name>keel::spend::SpendTableModel</name>
    <message>
        <location filename="../models/spend/spendtablemodel.cpp" line="+26"/>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens</source>
        <translation>Jetons d&apos;entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cached tokens</source>
        <translation>Jetons en cache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cache savings</source>
        <translation>Économies du cache</translation>
    </message>
</context>
<context>
    <name>keel::store</name>
    <message>
        <location filename="../models/store/database.cpp" line="+55"/>
        <source>Could not remove %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
</context>
<context>
    <name>keel::sync::SyncEngine</name>
    <message>
        <location filename="../models/sync/syncengine.cpp" line="+159"/>
        <location line="+1"/>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Everything is up to date.</source>
        <translation>Tout est à jour.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Some data could not be synced: %1</source>
        <translation>Certaines données n&apos;ont pas pu être synchronisées : %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 has no source in this session (no platform); skipped.</source>
        <translation>%1 n&apos;a pas de source dans cette session (aucune plateforme) ; ignoré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not name its next page; stopped. The pages so far are kept.</source>
        <translation>%1 n&apos;a pas pu désigner sa page suivante ; arrêt. Les pages déjà reçues sont conservées.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Could not write to the cache: %1</source>
        <translation>Impossible d&apos;écrire dans le cache : %1</translation>
    </message>
    <message numerus="yes">
        <location line="-123"/>
        <location line="+133"/>
        <location filename="../models/sync/syncslostatus.cpp" line="+50"/>
        <source>%n record(s) synced.</source>
        <translation>
            <numerusform>%n enregistrement synchronisé.</numerusform>
            <numerusform>%n enregistrements synchronisés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The platform sent the same page cursor twice for %1; stopped so as not to page forever. The pages before it are kept. This is a platform bug: report it with the log&apos;s X-Request-Id.</source>
        <translation>La plateforme a envoyé deux fois le même curseur de page pour %1 ; arrêt pour ne pas paginer sans fin. Les pages précédentes sont conservées. C&apos;est un défaut de la plateforme : signalez-le avec le X-Request-Id du journal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needed more than %2 pages in one sync; stopped. The pages so far are kept; check the platform&apos;s paging, or sync again to continue from here.</source>
        <translation>%1 a demandé plus de %2 pages en une synchronisation ; arrêt. Les pages reçues sont conservées ; vérifiez la pagination de la plateforme, ou synchronisez à nouveau pour reprendre ici.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cache reached its budget of %1 while syncing %2; stopped. The pages so far are kept. Raise cache/budgetMb in the settings or wipe old data (keel --wipe-cache).</source>
        <translation>Le cache a atteint son budget de %1 pendant la synchronisation de %2 ; arrêt. Les pages déjà reçues sont conservées. Augmentez cache/budgetMb dans les réglages ou effacez les anciennes données (keel --wipe-cache).</translation>
    </message>
</context>
<context>
    <name>keel::trace::TraceExplorer</name>
    <message>
        <location filename="../widgets/trace/traceexplorer.cpp" line="+42"/>
        <source>Correlation id, e.g. from a review item or a request row</source>
        <translation>ID de corrélation, par exemple issu d&apos;un élément de revue ou d&apos;une ligne de requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace id in %1, e.g. from a review item</source>
        <translation>ID de trace dans %1, par exemple issu d&apos;un élément de revue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation id:</source>
        <translation>ID de corrélation :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trace id:</source>
        <translation>ID de trace :</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Enter a correlation id to follow one request from the edge to the response.</source>
        <translation>Saisissez un ID de corrélation pour suivre une requête de l&apos;entrée jusqu&apos;à la réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a trace id to follow one trace from %1 through its observations.</source>
        <translation>Saisissez un ID de trace pour suivre une trace de %1 à travers ses observations.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a correlation id: ids are letters, digits and - _ . : only, up to 128 characters. Copy it from a review item or a request row.</source>
        <translation>« %1 » n&apos;est pas un ID de corrélation : un ID ne contient que des lettres, des chiffres et - _ . :, 128 caractères au plus. Copiez-le depuis un élément de revue ou une ligne de requête.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a trace id: ids are letters, digits and - _ . : only, up to 128 characters. Copy it from a review item or from %2.</source>
        <translation>« %1 » n&apos;est pas un ID de trace : un ID ne contient que des lettres, des chiffres et - _ . :, au plus 128 caractères. Copiez-le depuis un élément de revue ou depuis %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up %1 in %2…</source>
        <translation>Recherche de %1 dans %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Request %1: %n span(s), %2 ms end to end, status %3.</source>
        <translation>
            <numerusform>Requête %1 : %n span, %2 ms de bout en bout, statut %3.</numerusform>
            <numerusform>Requête %1 : %n spans, %2 ms de bout en bout, statut %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Trace %1 from %2: %n span(s), %3 ms end to end, status %4.</source>
        <translation>
            <numerusform>Trace %1 de %2 : %n span, %3 ms de bout en bout, statut %4.</numerusform>
            <numerusform>Trace %1 de %2 : %n spans, %3 ms de bout en bout, statut %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trace has more observations than Keel fetches: these are its newest ones and its roots.</source>
        <translation>La trace compte plus d&apos;observations que Keel n&apos;en récupère : voici les plus récentes et ses racines.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No request with correlation id %1. Check the id for typos or copy it again from the review item or request row; very old requests may have passed the platform&apos;s retention.</source>
        <translation>Aucune requête avec l&apos;ID de corrélation %1. Vérifiez l&apos;ID ou recopiez-le depuis l&apos;élément de revue ou la ligne de requête ; les requêtes très anciennes peuvent avoir dépassé la durée de conservation de la plateforme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No trace with id %1 in %2.</source>
        <translation>Aucune trace avec l&apos;ID %1 dans %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; an older trace is not found.</source>
        <translation>%1 ; une trace plus ancienne n&apos;est pas trouvée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the id for typos or copy it again; a trace of another project is not visible with these keys.</source>
        <translation>Vérifiez l&apos;ID ou recopiez-le ; la trace d&apos;un autre projet n&apos;est pas visible avec ces clés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot reach the platform to look up %1: %2. Check the connection, then press Look up again.</source>
        <translation>Plateforme injoignable pour rechercher %1 : %2. Vérifiez la connexion, puis cliquez de nouveau sur Rechercher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach %1 to look up %2: %3. Check the connection, then press Look up again.</source>
        <translation>%1 injoignable pour rechercher %2 : %3. Vérifiez la connexion, puis cliquez de nouveau sur Rechercher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lookup of %1 failed: %2. Press Look up to try again.</source>
        <translation>La recherche de %1 a échoué : %2. Cliquez sur Rechercher pour réessayer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>REQUEST</source>
        <translation>REQUÊTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  correlation id: %1</source>
        <translation>  ID de corrélation : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRACE</source>
        <translation>TRACE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  trace id: %1</source>
        <translation>  ID de trace : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  from: %1</source>
        <translation>  source : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  time: %1 UTC</source>
        <translation>  heure : %1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  route: %1   use case: %2   team: %3</source>
        <translation>  route : %1   cas d&apos;usage : %2   équipe : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  name: %1</source>
        <translation>  nom : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  model: %1 (%2)</source>
        <translation>  modèle : %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  model: %1</source>
        <translation>  modèle : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  status: %1%2</source>
        <translation>  statut : %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  latency: %1 ms, first token after %2 ms</source>
        <translation>  latence : %1 ms, premier jeton après %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  duration: %1 ms, first token after %2 ms</source>
        <translation>  durée : %1 ms, premier jeton après %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  duration: %1 ms</source>
        <translation>  durée : %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  tokens: %1 in (%2 cached), %3 out</source>
        <translation>  jetons : %1 en entrée (%2 en cache), %3 en sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  tokens: %1 in, %2 out</source>
        <translation>  jetons : %1 en entrée, %2 en sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  cost: %1%2</source>
        <translation>  coût : %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (response cache hit)</source>
        <translation> (réponse servie par le cache)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  safety flags: %1</source>
        <translation>  signalements de sécurité : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  confidence: %1   risk score: %2</source>
        <translation>  confiance : %1   score de risque : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LINEAGE</source>
        <translation>LIGNAGE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>  prompt template: %1</source>
        <translation>  modèle de prompt : %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>  retrieved chunks (%1):</source>
        <translation>  extraits récupérés (%1) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    %1 from %2, score %3</source>
        <translation>    %1 de %2, score %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  source documents (%1):</source>
        <translation>  documents sources (%1) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    %1 — %2 (version %3)</source>
        <translation>    %1 — %2 (version %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PROMPT</source>
        <translation>PROMPT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>INPUT</source>
        <translation>ENTRÉE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUTPUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REVIEW</source>
        <translation>REVUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  review item: %1</source>
        <translation>  élément de revue : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  decision: %1</source>
        <translation>  décision : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not decided yet</source>
        <translation>pas encore décidé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  not sent to human review</source>
        <translation>  non soumis à une revue humaine</translation>
    </message>
</context>
<context>
    <name>keel::widgets::ConnectionDialog</name>
    <message>
        <location filename="../widgets/shell/connectiondialog.cpp" line="+25"/>
        <source>Sign in to a Keel &amp;platform</source>
        <translation>Se connecter à une &amp;plateforme Keel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>Vérifier le certificat TLS du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to Platform</source>
        <translation>Se connecter à la plateforme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untick to work from Langfuse, a LiteLLM proxy or Prometheus alone: views only the platform serves are then not shown.</source>
        <translation>Décochez pour travailler avec Langfuse, un proxy LiteLLM ou Prometheus seuls : les vues que seule la plateforme fournit ne sont alors pas affichées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform URL</source>
        <translation>URL de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform &amp;URL:</source>
        <translation>&amp;URL de la plateforme :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token from your platform administrator</source>
        <translation>Jeton Bearer fourni par l&apos;administrateur de votre plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the system keychain, never in a settings file or a log.</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier de réglages ni dans un journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oken:</source>
        <translation>J&amp;eton :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System certificates</source>
        <translation>Certificats du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA bundle</source>
        <translation>Bundle CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose CA bundle</source>
        <translation>Choisir le bundle CA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA &amp;bundle (PEM):</source>
        <translation>&amp;Bundle CA (PEM) :</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>CA Bundle</source>
        <translation>Bundle CA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without verification anyone on the network path can read your token and data. Use this only against a test platform.</source>
        <translation>Sans vérification, n&apos;importe qui sur le chemin réseau peut lire votre jeton et vos données. À n&apos;utiliser qu&apos;avec une plateforme de test.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Without a platform, choose Langfuse for review or LiteLLM for spend.</source>
        <translation>Sans plateforme, choisissez Langfuse pour la revue ou LiteLLM pour les dépenses.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running sync (Esc in the status bar)</source>
        <translation>Annuler la synchronisation en cours (Échap dans la barre d&apos;état)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to Platform…</source>
        <translation>Se &amp;connecter à la plateforme…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel S&amp;ync</source>
        <translation>A&amp;nnuler la synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;Screenshot…</source>
        <translation>Enregistrer une ca&amp;pture d&apos;écran…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wipe Local Cache…</source>
        <translation>&amp;Vider le cache local…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Keel</source>
        <translation>À &amp;propos de Keel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Keel</source>
        <translation>À propos de Keel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keel %1 — operations console for an AI platform: review queue, spend and SLOs.</source>
        <translation>Keel %1 — console d&apos;exploitation pour une plateforme d&apos;IA : file de revue, dépenses et SLO.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Nothing to show for this identity</source>
        <translation>Rien à afficher pour cette identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your roles give access to no view. Ask an administrator for the reviewer, finops or council role.</source>
        <translation>Vos rôles ne donnent accès à aucune vue. Demandez à un administrateur le rôle reviewer, finops ou council.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n decision(s) waiting to be delivered</source>
        <translation>
            <numerusform>%n décision en attente de transmission</numerusform>
            <numerusform>%n décisions en attente de transmission</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Screenshot</source>
        <translation>Enregistrer une capture d&apos;écran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screenshot not saved</source>
        <translation>Capture d&apos;écran non enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each view lists its own keys too: press ? in the review workspace.</source>
        <translation>Chaque vue liste aussi ses propres touches : appuyez sur ? dans l&apos;espace de revue.</translation>
    </message>
</context>
<context>
    <name>keel::widgets::ReviewSourceBox</name>
    <message>
        <location filename="../widgets/shell/reviewsourcebox.cpp" line="+18"/>
        <source>Review queues</source>
        <translation>Files de revue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test Lang&amp;fuse</source>
        <translation>Tester Lang&amp;fuse</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>From the platform</source>
        <translation>Depuis la plateforme</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From Langfuse annotation queues</source>
        <translation>Depuis les files d’annotation Langfuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review source</source>
        <translation>Source de la revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;view from:</source>
        <translation>Re&amp;vue depuis :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langfuse URL</source>
        <translation>URL Langfuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langfuse &amp;host:</source>
        <translation>&amp;Hôte Langfuse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pk-lf-…; empty keeps the saved keys</source>
        <translation>pk-lf-… ; vide conserve les clés enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langfuse public key</source>
        <translation>Clé publique Langfuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pub&amp;lic key:</source>
        <translation>C&amp;lé publique :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sk-lf-…</source>
        <translation>sk-lf-…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langfuse secret key</source>
        <translation>Clé secrète Langfuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s API keys (Langfuse › Settings › API Keys). Stored in the system keychain, never in a settings file or a log.</source>
        <translation>Les clés d’API du projet (Langfuse › Settings › API Keys). Conservées dans le trousseau du système, jamais dans un fichier de réglages ni dans un journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secr&amp;et key:</source>
        <translation>Clé s&amp;ecrète :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not used (no platform)</source>
        <translation>Non utilisé (aucune plateforme)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keys are saved for this Langfuse host: paste the project&apos;s public and secret key.</source>
        <translation>Aucune clé n’est enregistrée pour cet hôte Langfuse : collez la clé publique et la clé secrète du projet.</translation>
    </message>
</context>
<context>
    <name>keel::widgets::SpendChartView</name>
    <message>
        <location filename="../widgets/spend/spendchartview.cpp" line="+37"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week starting (UTC)</source>
        <translation>Semaine du (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month (UTC)</source>
        <translation>Mois (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend (US$)</source>
        <translation>Dépenses (US$)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+134"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+79"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Spend anomaly</source>
        <translation>Anomalie de dépenses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spike: %1</source>
        <translation>Pic : %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of period</source>
        <translation>Part de la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cache savings</source>
        <translation>Économies du cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period total</source>
        <translation>Total de la période</translation>
    </message>
</context>
<context>
    <name>keel::widgets::SpendDashboard</name>
    <message>
        <location filename="../widgets/spend/spenddashboard.cpp" line="+45"/>
        <source>This day is older than the requests kept in the local cache, and %1 is not asked for them on demand. Widen the request window (cache/requestWindowDays) to keep more days.</source>
        <translation>Ce jour est plus ancien que les requêtes conservées dans le cache local, et %1 n&apos;est pas interrogé à la demande. Élargissez la fenêtre des requêtes (cache/requestWindowDays) pour garder plus de jours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt template</source>
        <translation>Modèle de prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>all groups</source>
        <translation>tous les groupes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n spend row(s) behind %1 on %2. Double-click a row for its requests.</source>
        <translation>
            <numerusform>%n ligne de dépenses derrière %1 le %2. Double-cliquez sur une ligne pour voir ses requêtes.</numerusform>
            <numerusform>%n lignes de dépenses derrière %1 le %2. Double-cliquez sur une ligne pour voir ses requêtes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n request(s), costliest first (double-click or Enter opens the trace).</source>
        <translation>
            <numerusform>%n requête, la plus coûteuse d&apos;abord (double-clic ou Entrée ouvre la trace).</numerusform>
            <numerusform>%n requêtes, les plus coûteuses d&apos;abord (double-clic ou Entrée ouvre la trace).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../widgets/spend/spenddashboardexport.cpp" line="+123"/>
        <location line="+20"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No budget is set for this month. Budgets are kept by the spend source (%1): set them there and they show here after the next sync.</source>
        <translation>Aucun budget n&apos;est défini pour ce mois. Les budgets sont tenus par la source des dépenses (%1) : définissez-les là-bas, ils apparaîtront ici après la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform</source>
        <translation>la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 keeps no budgets, so none are tracked here. Spend and requests still come from it; for budgets, take spend from a LiteLLM proxy or the Keel platform.</source>
        <translation>%1 ne tient pas de budgets, aucun n&apos;est donc suivi ici. Les dépenses et les requêtes en viennent toujours ; pour les budgets, prenez les dépenses d&apos;un proxy LiteLLM ou de la plateforme Keel.</translation>
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
        <translation>%1 ne tient pas de budgets</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drivers</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit economics</source>
        <translation>Économie unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/spend/spenddashboardexport.cpp" line="+1"/>
        <source>Spend table</source>
        <translation>Tableau des dépenses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a band of the chart to see the spend rows behind it.</source>
        <translation>Cliquez sur une bande du graphique pour voir les lignes de dépenses correspondantes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spend rows</source>
        <translation>Lignes de dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests (double-click or Enter opens the trace)</source>
        <translation>Requêtes (double-clic ou Entrée ouvre la trace)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drill-down</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export table as CSV…</source>
        <translation>Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading spend from the local cache…</source>
        <translation>Chargement des dépenses depuis le cache local…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading the requests behind this row…</source>
        <translation>Chargement des requêtes de cette ligne…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No spend recorded from %1 to %2 with these filters. Widen the date range or set the filters back to &quot;all&quot;.</source>
        <translation>Aucune dépense du %1 au %2 avec ces filtres. Élargissez la plage de dates ou remettez les filtres sur « tous ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache holds spend from %1 to %2.</source>
        <translation>Le cache contient les dépenses du %1 au %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache holds no spend yet: sync from the platform first.</source>
        <translation>Le cache ne contient encore aucune dépense : synchronisez d&apos;abord avec la plateforme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache holds no spend yet: sync from %1 first.</source>
        <translation>Le cache ne contient encore aucune dépense : synchronisez d&apos;abord depuis %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: showing the local cache. Connect to the platform and sync for newer spend.</source>
        <translation>Hors ligne : affichage du cache local. Connectez-vous à la plateforme et synchronisez pour des dépenses plus récentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last synced %1 UTC.</source>
        <translation>Dernière synchronisation %1 UTC.</translation>
    </message>
    <message>
        <location filename="../widgets/spend/spenddashboardexport.cpp" line="+1"/>
        <source>Prompt templates</source>
        <translation>Modèles de prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend per use case</source>
        <translation>Dépenses par cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill-down rows</source>
        <translation>Lignes du détail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill-down requests</source>
        <translation>Requêtes du détail</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not write the image %1.</source>
        <translation>Impossible d&apos;écrire l&apos;image %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keel spend %1 to %2</source>
        <translation>Dépenses Keel du %1 au %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write the PDF %1.</source>
        <translation>Impossible d&apos;écrire le PDF %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>FOCUS export</source>
        <translation>Export FOCUS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export %1 as CSV</source>
        <translation>Exporter %1 en CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export FOCUS CSV</source>
        <translation>Exporter en CSV FOCUS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save dashboard as PDF</source>
        <translation>Enregistrer le tableau de bord en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save dashboard as PNG</source>
        <translation>Enregistrer le tableau de bord en PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table as CSV</source>
        <translation>Tableau en CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FOCUS CSV of spend…</source>
        <translation>CSV FOCUS des dépenses…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard as PNG…</source>
        <translation>Tableau de bord en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard as PDF…</source>
        <translation>Tableau de bord en PDF…</translation>
    </message>
</context>
<context>
    <name>keel::widgets::SpendFilterBar</name>
    <message>
        <location filename="../widgets/spend/spendfilterbar.cpp" line="+34"/>
        <source>Custom range</source>
        <translation>Plage personnalisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick date range</source>
        <translation>Plage de dates rapide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stack by</source>
        <translation>Empiler par</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daily</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: all</source>
        <translation>%1 : tous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1 : %n sélectionné</numerusform>
            <numerusform>%1 : %n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>keel::widgets::SpendKpiHeader</name>
    <message>
        <location filename="../widgets/spend/spendkpiheader.cpp" line="+22"/>
        <source>Spend in range</source>
        <translation>Dépenses sur la période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change vs previous period</source>
        <translation>Variation par rapport à la période précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast for this month</source>
        <translation>Prévision pour ce mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 requests · %2 tokens</source>
        <translation>%1 requêtes · %2 jetons</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 vs %2 in the %n day(s) before</source>
        <translation>
            <numerusform>%1 contre %2 le jour précédent</numerusform>
            <numerusform>%1 contre %2 les %n jours précédents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The cache does not cover the %n day(s) before; pick a later range to compare.</source>
        <translation>
            <numerusform>Le cache ne couvre pas le jour précédent ; choisissez une plage plus tardive pour comparer.</numerusform>
            <numerusform>Le cache ne couvre pas les %n jours précédents ; choisissez une plage plus tardive pour comparer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 so far in %2</source>
        <translation>%1 à ce jour en %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget is set for this month</source>
        <translation>aucun budget n&apos;est défini pour ce mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 breached · %2 at risk</source>
        <translation>%1 dépassé(s) · %2 à risque</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>of %n budget(s) this month</source>
        <translation>
            <numerusform>sur %n budget ce mois-ci</numerusform>
            <numerusform>sur %n budgets ce mois-ci</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keel::widgets::SpendSourceBox</name>
    <message>
        <location filename="../widgets/shell/spendsourcebox.cpp" line="+19"/>
        <source>Spend and budgets</source>
        <translation>Dépenses et budgets</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+106"/>
        <source>Test &amp;Proxy</source>
        <translation>Tester le &amp;proxy</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+38"/>
        <source>From the platform</source>
        <translation>Depuis la plateforme</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>From a LiteLLM proxy</source>
        <translation>Depuis un proxy LiteLLM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a Langfuse project (no budgets)</source>
        <translation>Depuis un projet Langfuse (sans budgets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend source</source>
        <translation>Source des dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend source URL</source>
        <translation>URL de la source des dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;dress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin key (sk-…); empty keeps the saved key</source>
        <translation>Clé d&apos;administration (sk-…) ; vide conserve la clé enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LiteLLM key</source>
        <translation>Clé LiteLLM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy admin key: other keys see only their own spend. Stored in the system keychain, never in a settings file or a log.</source>
        <translation>Une clé d&apos;administration du proxy : les autres clés ne voient que leurs propres dépenses. Conservée dans le trousseau du système, jamais dans un fichier de réglages ni un journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy &amp;key:</source>
        <translation>&amp;Clé du proxy :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pk-lf-…; empty keeps the saved keys</source>
        <translation>pk-lf-… ; vide conserve les clés enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langfuse public key for spend</source>
        <translation>Clé publique Langfuse pour les dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public &amp;key:</source>
        <translation>&amp;Clé publique :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sk-lf-…</source>
        <translation>sk-lf-…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langfuse secret key for spend</source>
        <translation>Clé secrète Langfuse pour les dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s API keys (Langfuse › Settings › API Keys), the same the review queues use for that host. Stored in the system keychain, never in a settings file or a log.</source>
        <translation>Les clés d&apos;API du projet (Langfuse › Settings › API Keys), les mêmes que celles des files de revue pour cet hôte. Conservées dans le trousseau du système, jamais dans un fichier de réglages ni un journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret ke&amp;y:</source>
        <translation>Clé secrè&amp;te :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not used (no platform)</source>
        <translation>Non utilisé (aucune plateforme)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Test Lan&amp;gfuse</source>
        <translation>Tester Lan&amp;gfuse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No keys are saved for this Langfuse host: paste the project&apos;s public and secret key.</source>
        <translation>Aucune clé n&apos;est enregistrée pour cet hôte Langfuse : collez la clé publique et la clé secrète du projet.</translation>
    </message>
</context>
<context>
    <name>keel::widgets::UnitEconomicsPanel</name>
    <message>
        <location filename="../widgets/spend/uniteconomicspanel.cpp" line="+25"/>
        <source>Cost per request</source>
        <translation>Coût par requête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per 1k tokens</source>
        <translation>Coût pour 1 000 jetons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cache savings</source>
        <translation>Économies du cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium models&apos; share of requests</source>
        <translation>Part des modèles premium dans les requêtes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Premium models&apos; share of spend</source>
        <translation>Part des modèles premium dans les dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium models</source>
        <translation>Modèles premium</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Spend per use case</source>
        <translation>Dépenses par cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2 of what the traffic would have cost)</source>
        <translation>%1 (%2 du coût qu&apos;aurait eu le trafic)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>keel::widgets::ValueDelegate</name>
    <message>
        <location filename="../widgets/spend/valuedelegate.cpp" line="+35"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
