<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation>Exporter les enregistrements</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>The current filtered view</source>
        <translation>La vue filtrée actuelle</translation>
    </message>
    <message>
        <source>The whole model</source>
        <translation>Le modèle entier</translation>
    </message>
    <message>
        <source>Include deleted records (tombstones)</source>
        <translation>Inclure les enregistrements supprimés (pierres tombales)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>&amp;Séparateur</translation>
    </message>
    <message>
        <source>First line is a header with the column names</source>
        <translation>La première ligne est un en-tête avec les noms des colonnes</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte-order mark (for Excel)</source>
        <translation>Commencer par un indicateur d'ordre des octets UTF-8 (pour Excel)</translation>
    </message>
    <message>
        <source>Neutralise cells that start with = + - @ (formula injection)</source>
        <translation>Neutraliser les cellules qui commencent par = + - @ (injection de formules)</translation>
    </message>
</context>
<context>
    <name>FrequencyDialog</name>
    <message>
        <source>Change sync frequency</source>
        <translation>Modifier la fréquence de synchronisation</translation>
    </message>
    <message>
        <source>every 30 minutes</source>
        <translation>every 30 minutes</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Go back to the frequency set in the sync's configuration</source>
        <translation>Revenir à la fréquence définie dans la configuration de la synchronisation</translation>
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
        <translation>Profil et environnement</translation>
    </message>
    <message>
        <source>Keep keys for this session only</source>
        <translation>Conserver les clés pour cette session uniquement</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Nango Desk</source>
        <translation>À &amp;propos de Nango Desk</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %L2 records</source>
        <translation>%1 — %L2 enregistrements</translation>
    </message>
</context>
<context>
    <name>ResyncDialog</name>
    <message>
        <source>Trigger a sync run</source>
        <translation>Déclencher une exécution de la synchronisation</translation>
    </message>
    <message>
        <source>Resync the entire dataset (reset)</source>
        <translation>Resynchroniser l'ensemble des données (réinitialisation)</translation>
    </message>
    <message>
        <source>Resync the entire dataset</source>
        <translation>Resynchroniser l'ensemble des données</translation>
    </message>
    <message>
        <source>Nango forgets the sync's checkpoint and fetches everything from the provider again. Records that did not change keep their cursor position.</source>
        <translation>Nango oublie le point de contrôle de la synchronisation et récupère à nouveau tout auprès du fournisseur. Les enregistrements qui n'ont pas changé conservent leur position de curseur.</translation>
    </message>
    <message>
        <source>Also empty Nango's cache of these records</source>
        <translation>Vider aussi le cache de Nango pour ces enregistrements</translation>
    </message>
    <message>
        <source>Empty Nango's cache</source>
        <translation>Vider le cache de Nango</translation>
    </message>
    <message>
        <source>&lt;b&gt;Destructive.&lt;/b&gt; Nango deletes its stored records and saves them again as new rows: every cursor held by any consumer (your production backend too) becomes meaningless, and every record is reported as added. Nango Desk keeps its local copy until the new pull completes, then drops the records that did not come back.</source>
        <translation>&lt;b&gt;Destructif.&lt;/b&gt; Nango supprime ses enregistrements stockés puis les stocke à nouveau comme nouvelles lignes : les curseurs détenus par tous les consommateurs (y compris votre backend de production) perdent leur sens, et chaque enregistrement est signalé comme ajouté. Nango Desk conserve sa copie locale jusqu'à la fin de la nouvelle récupération, puis supprime les enregistrements qui ne sont pas revenus.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop administration for Nango.</source>
        <translation>Administration de bureau pour Nango.</translation>
    </message>
    <message>
        <source>Start on the built-in demo environment.</source>
        <translation>Démarrer sur l'environnement de démonstration intégré.</translation>
    </message>
    <message>
        <source>Profile to open.</source>
        <translation>Profil à ouvrir.</translation>
    </message>
    <message>
        <source>Records per model in the demo (default 10000).</source>
        <translation>Enregistrements par modèle dans la démo (par défaut : 10000).</translation>
    </message>
    <message>
        <source>Save a screenshot of every panel, then quit.</source>
        <translation>Enregistrer une capture d'écran de chaque panneau, puis quitter.</translation>
    </message>
</context>
<context>
    <name>nd</name>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>text ("%1")</source>
        <translation>du texte (« %1 »)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>l’entrée</translation>
    </message>
    <message>
        <source>the records page is not JSON</source>
        <translation>la page d’enregistrements n’est pas du JSON</translation>
    </message>
    <message>
        <source>the records page is not a JSON object</source>
        <translation>la page d’enregistrements n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the records page is malformed</source>
        <translation>la page d’enregistrements est mal formée</translation>
    </message>
    <message>
        <source>next_cursor is neither a string nor null</source>
        <translation>next_cursor n’est ni une chaîne ni null</translation>
    </message>
    <message>
        <source>records is not an array</source>
        <translation>records n’est pas un tableau</translation>
    </message>
    <message>
        <source>a record is not a JSON object</source>
        <translation>un enregistrement n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>a record is malformed</source>
        <translation>un enregistrement est mal formé</translation>
    </message>
    <message>
        <source>a record id is neither a string nor a number</source>
        <translation>un identifiant d’enregistrement n’est ni une chaîne ni un nombre</translation>
    </message>
    <message>
        <source>a record's _nango_metadata is malformed</source>
        <translation>le _nango_metadata d’un enregistrement est mal formé</translation>
    </message>
    <message>
        <source>a record lacks its id or _nango_metadata.cursor</source>
        <translation>il manque à un enregistrement son id ou _nango_metadata.cursor</translation>
    </message>
    <message>
        <source>a record's last_modified_at is not a timestamp: %1</source>
        <translation>le last_modified_at d’un enregistrement n’est pas un horodatage : %1</translation>
    </message>
    <message>
        <source>the answer has no records array</source>
        <translation>la réponse n’a pas de tableau records</translation>
    </message>
    <message>
        <source>No API key for profile "%1": %2 Set NANGO_SECRET_KEY, or save the key in Nango Desk's Settings.</source>
        <translation>Pas de clé API pour le profil « %1 » : %2 Définissez NANGO_SECRET_KEY, ou enregistrez la clé dans les Paramètres de Nango Desk.</translation>
    </message>
    <message>
        <source>No webhook signing key for profile "%1": %2 Set NANGO_WEBHOOK_SIGNING_KEY (Nango dashboard: Environment settings &gt; Webhooks), or save it in Nango Desk's Settings.</source>
        <translation>Pas de clé de signature des webhooks pour le profil « %1 » : %2 Définissez NANGO_WEBHOOK_SIGNING_KEY (tableau de bord Nango : Environment settings &gt; Webhooks), ou enregistrez-la dans les Paramètres de Nango Desk.</translation>
    </message>
    <message>
        <source>No database password for profile "%1": %2 Set PGPASSWORD or NANGO_DESK_DB_PASSWORD, use ~/.pgpass, or save it in Nango Desk's Settings.</source>
        <translation>Pas de mot de passe de base pour le profil « %1 » : %2 Définissez PGPASSWORD ou NANGO_DESK_DB_PASSWORD, utilisez ~/.pgpass, ou enregistrez-le dans les Paramètres de Nango Desk.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for a password prompt. Unlock it, or keep the keys for this session only.</source>
        <translation>Le trousseau du système n’a pas répondu. Il est peut-être verrouillé et attend un mot de passe. Déverrouillez-le, ou gardez les clés pour cette session seulement.</translation>
    </message>
    <message>
        <source>The profile's certificate authority file cannot be used: %1 Choose another one in Settings &gt; Network (or --ca-file).</source>
        <translation>Le fichier d'autorités de certification du profil est inutilisable : %1 Choisissez-en un autre dans Paramètres &gt; Réseau (ou --ca-file).</translation>
    </message>
    <message>
        <source>%1 did not complete a TLS handshake (%2). Does the server speak HTTPS on that port? A self-hosted Nango without TLS is reached with http://; otherwise the server and Nango Desk share no TLS version.</source>
        <translation>%1 n'a pas terminé la négociation TLS (%2). Le serveur parle-t-il HTTPS sur ce port ? Un Nango auto-hébergé sans TLS se joint en http:// ; sinon, le serveur et Nango Desk n'ont aucune version de TLS en commun.</translation>
    </message>
    <message>
        <source>The certificate of %1 changed since you trusted it for this profile: you trusted %2, the server now shows %3.
%4
If the server's administrator replaced the certificate, check the new fingerprint with them and trust it (Settings &gt; Network, or nango-desk-cli trust). Otherwise someone may be intercepting the connection: do not trust it.</source>
        <translation>Le certificat de %1 a changé depuis que vous lui avez fait confiance pour ce profil : vous faisiez confiance à %2, le serveur présente maintenant %3.
%4
Si l'administrateur du serveur a remplacé le certificat, vérifiez avec lui la nouvelle empreinte et faites-lui confiance (Paramètres &gt; Réseau, ou nango-desk-cli trust). Sinon, quelqu'un intercepte peut-être la connexion : ne lui faites pas confiance.</translation>
    </message>
    <message>
        <source>it is self-signed</source>
        <translation>il est auto-signé</translation>
    </message>
    <message>
        <source>If this is your own server, compare the fingerprint with the server's certificate and trust it for this profile (Settings &gt; Network, or nango-desk-cli trust).</source>
        <translation>S'il s'agit de votre propre serveur, comparez l'empreinte avec le certificat du serveur et faites-lui confiance pour ce profil (Paramètres &gt; Réseau, ou nango-desk-cli trust).</translation>
    </message>
    <message>
        <source>it was issued by %1, an authority this computer does not trust</source>
        <translation>il a été émis par %1, une autorité à laquelle cet ordinateur ne fait pas confiance</translation>
    </message>
    <message>
        <source>If your company runs its own certificate authority, add the authority's certificate to this profile (Settings &gt; Network, or --ca-file).</source>
        <translation>Si votre entreprise a sa propre autorité de certification, ajoutez le certificat de cette autorité à ce profil (Paramètres &gt; Réseau, ou --ca-file).</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>il a expiré le %1</translation>
    </message>
    <message>
        <source>The server's administrator must renew it (or this computer's clock is wrong).</source>
        <translation>L'administrateur du serveur doit le renouveler (ou l'horloge de cet ordinateur est fausse).</translation>
    </message>
    <message>
        <source>it is valid only from %1</source>
        <translation>il n'est valide qu'à partir du %1</translation>
    </message>
    <message>
        <source>Check this computer's date and time.</source>
        <translation>Vérifiez la date et l'heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2</source>
        <translation>il a été émis pour %1, pas pour %2</translation>
    </message>
    <message>
        <source>Use a name the certificate lists in the server URL, or ask the administrator for a certificate that names %1.</source>
        <translation>Utilisez dans l'URL du serveur un nom que le certificat mentionne, ou demandez à l'administrateur un certificat qui nomme %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2.</source>
        <translation>Le certificat de %1 n'est pas reconnu : %2.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password (407) before it lets requests to %2 through. Enter them in Settings &gt; Network (the password is kept in the keychain), or for the command line put the user in the proxy URL and the password in NANGO_DESK_PROXY_PASSWORD.</source>
        <translation>Le proxy %1 demande un nom d'utilisateur et un mot de passe (407) avant de laisser passer les requêtes vers %2. Saisissez-les dans Paramètres &gt; Réseau (le mot de passe est gardé dans le trousseau) ou, en ligne de commande, mettez l'utilisateur dans l'URL du proxy et le mot de passe dans NANGO_DESK_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password it was given for requests to %2. Correct them in Settings &gt; Network (or the user in the proxy URL and NANGO_DESK_PROXY_PASSWORD).</source>
        <translation>Le proxy %1 n'a pas accepté le nom d'utilisateur et le mot de passe donnés pour les requêtes vers %2. Corrigez-les dans Paramètres &gt; Réseau (ou l'utilisateur dans l'URL du proxy et NANGO_DESK_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>The proxy %1 refused to open a connection to %2 (%3). Ask its administrator to allow that host and port, or add the host to no_proxy if it can be reached directly.</source>
        <translation>Le proxy %1 a refusé d'ouvrir une connexion vers %2 (%3). Demandez à son administrateur d'autoriser cet hôte et ce port, ou ajoutez l'hôte à no_proxy s'il est joignable directement.</translation>
    </message>
    <message>
        <source>Cannot use the proxy %1 to reach %2: %3. Check the proxy setting (Settings &gt; Network, --proxy, or https_proxy in the environment).</source>
        <translation>Impossible d'utiliser le proxy %1 pour joindre %2 : %3. Vérifiez le réglage du proxy (Paramètres &gt; Réseau, --proxy, ou https_proxy dans l'environnement).</translation>
    </message>
    <message>
        <source>The proxy setting cannot be used: %1</source>
        <translation>Le réglage du proxy est inutilisable : %1</translation>
    </message>
    <message>
        <source>No proxy password for profile "%1": %2 Set NANGO_DESK_PROXY_PASSWORD, or enter it in Nango Desk's Settings &gt; Network.</source>
        <translation>Aucun mot de passe de proxy pour le profil « %1 » : %2 Définissez NANGO_DESK_PROXY_PASSWORD, ou saisissez-le dans Paramètres &gt; Réseau de Nango Desk.</translation>
    </message>
    <message>
        <source>the search's matches are from an older snapshot of the cache: search again</source>
        <translation>les résultats de la recherche viennent d’un état plus ancien du cache : relancez la recherche</translation>
    </message>
</context>
<context>
    <name>nd::ActionInputForm</name>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text (%1)</source>
        <translation>texte (%1)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai (true)</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux (false)</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(non envoyé)</translation>
    </message>
    <message>
        <source>JSON list, e.g. ["a", "b"]</source>
        <translation>Liste JSON, par ex. ["a", "b"]</translation>
    </message>
    <message>
        <source>JSON object, e.g. {"key": "value"}</source>
        <translation>Objet JSON, par ex. {"key": "value"}</translation>
    </message>
    <message>
        <source>any JSON value</source>
        <translation>toute valeur JSON</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Obligatoire. %1</translation>
    </message>
    <message>
        <source>"%1" is not valid JSON: %2</source>
        <translation>« %1 » n'est pas du JSON valide : %2</translation>
    </message>
</context>
<context>
    <name>nd::ActionInputView</name>
    <message>
        <source>Raw JSON input</source>
        <translation>Entrée en JSON brut</translation>
    </message>
    <message>
        <source>The input as JSON, e.g. {"email": "ada@example.com"}. Empty: no input.</source>
        <translation>L'entrée en JSON, par ex. {"email": "ada@example.com"}. Vide : aucune entrée.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>This action takes no input.</source>
        <translation>Cette action ne prend aucune entrée.</translation>
    </message>
    <message>
        <source>Nango sent no schema for %1: type the input in Raw JSON. Nango checks it.</source>
        <translation>Nango n'a envoyé aucun schéma pour %1 : saisissez l'entrée dans « JSON brut ». Nango la vérifie.</translation>
    </message>
    <message>
        <source>The input of this action is not an object with fields: type it in Raw JSON.</source>
        <translation>L'entrée de cette action n'est pas un objet avec des champs : saisissez-la dans « JSON brut ».</translation>
    </message>
    <message>
        <source>The raw input is not valid JSON.</source>
        <translation>L'entrée brute n'est pas du JSON valide.</translation>
    </message>
    <message>
        <source>Not sent: the input does not fit what %1 expects.</source>
        <translation>Non envoyé : l’entrée ne correspond pas à ce qu’attend %1.</translation>
    </message>
</context>
<context>
    <name>nd::ActionRunner</name>
    <message>
        <source>The input does not fit what the action "%1" expects, so it was not sent:
  - %2</source>
        <translation>L’entrée ne correspond pas à ce qu’attend l’action « %1 », elle n’a donc pas été envoyée :
  - %2</translation>
    </message>
    <message>
        <source>The action "%1" did not finish within %2 s. </source>
        <translation>L’action « %1 » ne s’est pas terminée en %2 s. </translation>
    </message>
    <message>
        <source>Stopped waiting for the action "%1". </source>
        <translation>Attente de l’action « %1 » arrêtée. </translation>
    </message>
    <message>
        <source>Nango keeps running it: its result will be at GET /action/%1.</source>
        <translation>Nango continue de l’exécuter : son résultat sera à GET /action/%1.</translation>
    </message>
    <message>
        <source>Nango did not answer within %2 s while running the action "%1". </source>
        <translation>Nango n’a pas répondu en %2 s pendant l’exécution de l’action « %1 ». </translation>
    </message>
    <message>
        <source>It may still run on Nango; check the logs in the Nango dashboard before running it again. Long actions are better run with --async (X-Async).</source>
        <translation>Elle tourne peut-être encore chez Nango ; vérifiez les journaux dans le tableau de bord Nango avant de la relancer. Les actions longues se lancent mieux avec --async (X-Async).</translation>
    </message>
    <message>
        <source>The action "%1" answered %2 with something that is not JSON: %3</source>
        <translation>L’action « %1 » a répondu %2 avec quelque chose qui n’est pas du JSON : %3</translation>
    </message>
    <message>
        <source>The action %1 ran, and its script failed: %2
The request reached Nango; the script (or the data it was given) needs a look. The run's logs are in the Nango dashboard (Logs).</source>
        <translation>L’action %1 s’est exécutée et son script a échoué : %2
La requête a atteint Nango ; le script (ou les données qu’il a reçues) est à examiner. Les journaux de l’exécution sont dans le tableau de bord Nango (Logs).</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(pas de corps)</translation>
    </message>
    <message>
        <source>The action %1 called the provider's API, and the provider answered %2: %3
Nango reports this as 424 (failed dependency). Fix the data or the connection on the provider's side, then run it again.</source>
        <translation>L’action %1 a appelé l’API du fournisseur, qui a répondu %2 : %3
Nango le signale comme 424 (failed dependency). Corrigez les données ou la connexion côté fournisseur, puis relancez-la.</translation>
    </message>
    <message>
        <source>The action %1 called the provider's API, and the provider answered with an error (Nango sent no details; see the run's logs in the Nango dashboard).</source>
        <translation>L’action %1 a appelé l’API du fournisseur, qui a répondu par une erreur (Nango n’a pas envoyé de détails ; voir les journaux de l’exécution dans le tableau de bord Nango).</translation>
    </message>
    <message>
        <source>Nango knows no connection "%1" for the integration %2. Check the connection id; if it exists in the dashboard, this API key probably belongs to another environment (dev or prod).</source>
        <translation>Nango ne connaît pas de connexion « %1 » pour l’intégration %2. Vérifiez l’identifiant de la connexion ; s’il existe dans le tableau de bord, cette clé API appartient probablement à un autre environnement (dev ou prod).</translation>
    </message>
    <message>
        <source>Nango knows no integration %1 in this environment. Check the integration's unique key (Integrations in the Nango dashboard).</source>
        <translation>Nango ne connaît pas d’intégration %1 dans cet environnement. Vérifiez la clé unique de l’intégration (Integrations dans le tableau de bord Nango).</translation>
    </message>
    <message>
        <source>The action %1 is disabled in Nango for the integration %2. Enable it in the Nango dashboard (Integrations &gt; %3 &gt; Endpoints), then run it again.</source>
        <translation>L’action %1 est désactivée dans Nango pour l’intégration %2. Activez-la dans le tableau de bord Nango (Integrations &gt; %3 &gt; Endpoints), puis relancez-la.</translation>
    </message>
    <message>
        <source>Nango has no action %1 deployed for the integration %2. Check the name (the actions are listed under Integrations &gt; %3 &gt; Endpoints), or deploy it with the Nango CLI.</source>
        <translation>Nango n’a pas d’action %1 déployée pour l’intégration %2. Vérifiez le nom (les actions sont listées sous Integrations &gt; %3 &gt; Endpoints), ou déployez-la avec la CLI Nango.</translation>
    </message>
    <message>
        <source>Nango refused the input of the action %1: it does not fit the action's input model</source>
        <translation>Nango a refusé l’entrée de l’action %1 : elle ne correspond pas au modèle d’entrée de l’action</translation>
    </message>
    <message>
        <source>The action %1 failed: %2</source>
        <translation>L’action %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The action %1 could not reach the provider's API (a network error inside Nango)%2. Try again later.</source>
        <translation>L’action %1 n’a pas pu joindre l’API du fournisseur (une erreur réseau chez Nango)%2. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Nango had an internal error (%1 %2) running the action %3%4. It was not retried, since an action may have side effects: check the logs in the Nango dashboard before running it again.</source>
        <translation>Nango a eu une erreur interne (%1 %2) en exécutant l’action %3%4. Elle n’a pas été relancée, car une action peut avoir des effets de bord : vérifiez les journaux dans le tableau de bord Nango avant de la relancer.</translation>
    </message>
</context>
<context>
    <name>nd::ActionsPanel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions&lt;/b&gt; — run an action deployed on Nango for one connection. The input is checked before it is sent; every run is kept in the history.</source>
        <translation>&lt;b&gt;Actions&lt;/b&gt; — exécutez une action déployée sur Nango pour une connexion. L'entrée est vérifiée avant l'envoi ; chaque exécution est conservée dans l'historique.</translation>
    </message>
    <message>
        <source>Reloa&amp;d actions</source>
        <translation>&amp;Recharger les actions</translation>
    </message>
    <message>
        <source>Ask Nango again which actions are deployed (GET /scripts/config)</source>
        <translation>Redemander à Nango quelles actions sont déployées (GET /scripts/config)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Run the action and wait for its output</source>
        <translation>Exécuter l'action et attendre sa sortie</translation>
    </message>
    <message>
        <source>Run &amp;asynchronously</source>
        <translation>Exécuter en &amp;asynchrone</translation>
    </message>
    <message>
        <source>Nango queues the run (X-Async) and Nango Desk asks for the result every second; better for long actions</source>
        <translation>Nango met l'exécution en file d'attente (X-Async) et Nango Desk demande le résultat chaque seconde ; préférable pour les actions longues</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop waiting. An action Nango already started keeps running there.</source>
        <translation>Cesser d'attendre. Une action déjà lancée par Nango continue de s'y exécuter.</translation>
    </message>
    <message>
        <source>Action running</source>
        <translation>Action en cours</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Action output</source>
        <translation>Sortie de l'action</translation>
    </message>
    <message>
        <source>&amp;Copy output</source>
        <translation>&amp;Copier la sortie</translation>
    </message>
    <message>
        <source>Copy the output as JSON</source>
        <translation>Copier la sortie en JSON</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Action history</source>
        <translation>Historique des actions</translation>
    </message>
    <message>
        <source>Choose a run to see its input and output.</source>
        <translation>Choisissez une exécution pour voir son entrée et sa sortie.</translation>
    </message>
    <message>
        <source>Input of the chosen run</source>
        <translation>Entrée de l'exécution choisie</translation>
    </message>
    <message>
        <source>&amp;Use this input</source>
        <translation>&amp;Utiliser cette entrée</translation>
    </message>
    <message>
        <source>Choose this run's integration, connection and action, and put its input in the form</source>
        <translation>Choisir l'intégration, la connexion et l'action de cette exécution, et reprendre son entrée dans le formulaire</translation>
    </message>
    <message>
        <source>Nango accepted the run as %1; waiting for the result…</source>
        <translation>Nango a accepté l'exécution sous l'identifiant %1 ; attente du résultat…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the result: asked Nango %n time(s) so far…</source>
        <translation>
            <numerusform>Attente du résultat : Nango interrogé %n fois jusqu'ici…</numerusform>
            <numerusform>Attente du résultat : Nango interrogé %n fois jusqu'ici…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Nango which actions are deployed…</source>
        <translation>Interrogation de Nango sur les actions déployées…</translation>
    </message>
    <message>
        <source>Could not list the actions: %1</source>
        <translation>Impossible de lister les actions : %1</translation>
    </message>
    <message>
        <source>Nango lists these actions under %1 (same provider); they may belong to that integration only.</source>
        <translation>Nango range ces actions sous %1 (même fournisseur) ; elles n'appartiennent peut-être qu'à cette intégration.</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <source>actions not loaded</source>
        <translation>actions non chargées</translation>
    </message>
    <message>
        <source>no actions deployed</source>
        <translation>aucune action déployée</translation>
    </message>
    <message>
        <source>This integration has no actions deployed.</source>
        <translation>Aucune action n'est déployée pour cette intégration.</translation>
    </message>
    <message>
        <source>The actions come from Nango once Nango Desk is connected.</source>
        <translation>Les actions viennent de Nango dès que Nango Desk est connecté.</translation>
    </message>
    <message>
        <source>No input.</source>
        <translation>Aucune entrée.</translation>
    </message>
    <message>
        <source>Input: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Entrée : &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Output: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Sortie : &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disabled&lt;/b&gt; in Nango: running it will be refused.</source>
        <translation>&lt;b&gt;Désactivée&lt;/b&gt; dans Nango : son exécution sera refusée.</translation>
    </message>
    <message>
        <source>Choose an integration, a connection and an action first.</source>
        <translation>Choisissez d'abord une intégration, une connexion et une action.</translation>
    </message>
    <message>
        <source>Run on production?</source>
        <translation>Exécuter en production ?</translation>
    </message>
    <message>
        <source>%1 runs on the production environment for %2 / %3 and may change data at the provider.</source>
        <translation>%1 s'exécute dans l'environnement de production pour %2 / %3 et peut modifier des données chez le fournisseur.</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>L'exécuter</translation>
    </message>
    <message>
        <source>Nango Desk is not connected to a Nango server yet: save a server and an API key in Settings first.</source>
        <translation>Nango Desk n'est encore connecté à aucun serveur Nango : enregistrez d'abord un serveur et une clé API dans les paramètres.</translation>
    </message>
    <message>
        <source>Sending %1 to Nango to run asynchronously…</source>
        <translation>Envoi de %1 à Nango pour une exécution asynchrone…</translation>
    </message>
    <message>
        <source>Running %1; Nango answers when it is done…</source>
        <translation>Exécution de %1 ; Nango répond quand elle est terminée…</translation>
    </message>
    <message numerus="yes">
        <source>Done in %1 s (asked %n time(s)).</source>
        <translation>
            <numerusform>Terminé en %1 s (interrogé %n fois).</numerusform>
            <numerusform>Terminé en %1 s (interrogé %n fois).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
    <message>
        <source>Cancelled after %1 s.</source>
        <translation>Annulé après %1 s.</translation>
    </message>
    <message>
        <source>Failed after %1 s.</source>
        <translation>Échec après %1 s.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>async</source>
        <translation>asynchrone</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>synchrone</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Run #%1: %2 on %3 / %4, %5</source>
        <translation>Exécution n° %1 : %2 sur %3 / %4, %5</translation>
    </message>
    <message>
        <source>(no input)</source>
        <translation>(aucune entrée)</translation>
    </message>
    <message>
        <source>Showing run #%1 from the history.</source>
        <translation>Affichage de l'exécution n° %1 de l'historique.</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 is not available any more.</source>
        <translation>%1 / %2 / %3 n'est plus disponible.</translation>
    </message>
    <message>
        <source>The input of run #%1 is ready; run it again when it is right.</source>
        <translation>L'entrée de l'exécution n° %1 est prête ; relancez-la quand elle convient.</translation>
    </message>
</context>
<context>
    <name>nd::ActivityPanel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Type d'activité</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Pulls</source>
        <translation>Récupérations</translation>
    </message>
    <message>
        <source>Admin actions</source>
        <translation>Actions d'administration</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Open logs in Nango</source>
        <translation>Ouvrir les journaux dans Nango</translation>
    </message>
    <message>
        <source>Nango keeps execution logs for 15 days in its dashboard; there is no public logs API.</source>
        <translation>Nango conserve les journaux d'exécution pendant 15 jours dans son tableau de bord ; il n'existe pas d'API publique pour les journaux.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activity&lt;/b&gt; — what Nango Desk received and did, kept locally.</source>
        <translation>&lt;b&gt;Activité&lt;/b&gt; — ce que Nango Desk a reçu et fait, conservé localement.</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>récupération</translation>
    </message>
    <message>
        <source>admin action</source>
        <translation>action d'administration</translation>
    </message>
    <message>
        <source>%1 (variant %2)</source>
        <translation>%1 (variante %2)</translation>
    </message>
    <message>
        <source>&amp;Replay webhook</source>
        <translation>&amp;Rejouer le webhook</translation>
    </message>
    <message>
        <source>Process the selected verified webhook again, as if Nango had just sent it (its pull runs)</source>
        <translation>Traiter de nouveau le webhook vérifié choisi, comme si Nango venait de l'envoyer (sa récupération s'exécute)</translation>
    </message>
    <message>
        <source>Webhook #%1 replayed: what it asks for is queued.</source>
        <translation>Webhook n°%1 rejoué : ce qu'il demande est en file d'attente.</translation>
    </message>
    <message>
        <source>Missed webhooks</source>
        <translation>Webhooks manqués</translation>
    </message>
</context>
<context>
    <name>nd::AdminActions</name>
    <message>
        <source>all syncs</source>
        <translation>toutes les synchronisations</translation>
    </message>
    <message>
        <source>This role may only read the shared cache: admin actions are for whoever runs its watcher.</source>
        <translation>Ce rôle ne peut que lire le cache partagé : les actions d’administration sont réservées à qui exécute son watcher.</translation>
    </message>
    <message>
        <source>webhooks to the environment's URLs</source>
        <translation>webhooks vers les URL de l'environnement</translation>
    </message>
    <message>
        <source>webhooks to %1</source>
        <translation>webhooks vers %1</translation>
    </message>
</context>
<context>
    <name>nd::ApiError</name>
    <message>
        <source> (Nango said: %1)</source>
        <translation> (Nango a dit : %1)</translation>
    </message>
    <message>
        <source>Nango knows no such connection for this integration%1. If it exists in the dashboard, this API key probably belongs to another environment (dev or prod).</source>
        <translation>Nango ne connaît pas cette connexion pour cette intégration%1. Si elle existe dans le tableau de bord, cette clé API appartient probablement à un autre environnement (dev ou prod).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the server URL and your network connection.</source>
        <translation>Impossible de joindre %1 : %2. Vérifiez l’URL du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The server may be overloaded or unreachable; Nango Desk will try again.</source>
        <translation>%1 n’a pas répondu à temps. Le serveur est peut-être surchargé ou injoignable ; Nango Desk réessaiera.</translation>
    </message>
    <message>
        <source>The server at %1 answered with a web page, not Nango's API. Check the server URL: Nango Cloud is https://api.nango.dev; a self-hosted Nango serves its API on port 3003 by default, not the dashboard's port.</source>
        <translation>Le serveur à %1 a répondu par une page web, pas par l’API de Nango. Vérifiez l’URL du serveur : Nango Cloud est https://api.nango.dev ; un Nango auto-hébergé sert son API sur le port 3003 par défaut, pas sur celui du tableau de bord.</translation>
    </message>
    <message>
        <source>%1 answered %2 with data Nango Desk does not understand. Is this a Nango server, and a recent version?</source>
        <translation>%1 a répondu à %2 avec des données que Nango Desk ne comprend pas. Est-ce un serveur Nango, et une version récente ?</translation>
    </message>
    <message>
        <source>Nango rejected the API key: it is not a UUID. Copy the environment API key from the Nango dashboard (Environment settings &gt; API keys).</source>
        <translation>Nango a refusé la clé API : ce n’est pas un UUID. Copiez la clé API de l’environnement depuis le tableau de bord Nango (Environment settings &gt; API keys).</translation>
    </message>
    <message>
        <source>Nango did not receive an API key. Add the environment API key to this profile.</source>
        <translation>Nango n’a reçu aucune clé API. Ajoutez la clé API de l’environnement à ce profil.</translation>
    </message>
    <message>
        <source>Nango rejected the API key%1: it is wrong, revoked, or belongs to another environment or account. Copy the API key of this environment from the Nango dashboard (Environment settings &gt; API keys).</source>
        <translation>Nango a refusé la clé API%1 : elle est fausse, révoquée, ou appartient à un autre environnement ou compte. Copiez la clé API de cet environnement depuis le tableau de bord Nango (Environment settings &gt; API keys).</translation>
    </message>
    <message>
        <source>needed for this call</source>
        <translation>nécessaire à cet appel</translation>
    </message>
    <message>
        <source>The API key lacks the scope %1. Give the key that scope in the Nango dashboard (Environment settings &gt; API keys), or use a key with full access.</source>
        <translation>Il manque à la clé API le scope %1. Donnez ce scope à la clé dans le tableau de bord Nango (Environment settings &gt; API keys), ou utilisez une clé à accès complet.</translation>
    </message>
    <message>
        <source>Nango found nothing at %1%2. If it exists in the dashboard, check that the key belongs to the same environment.</source>
        <translation>Nango n’a rien trouvé à %1%2. Si cela existe dans le tableau de bord, vérifiez que la clé appartient au même environnement.</translation>
    </message>
    <message>
        <source>Nango refused the request (%1 %2)%3.</source>
        <translation>Nango a refusé la requête (%1 %2)%3.</translation>
    </message>
    <message>
        <source>Nango's rate limit for this account is used up (the limit is shared with your production backend). Nango Desk slows down and retries; consider a longer poll interval.</source>
        <translation>La limite de débit de Nango pour ce compte est épuisée (elle est partagée avec votre backend de production). Nango Desk ralentit et réessaie ; envisagez un intervalle d’interrogation plus long.</translation>
    </message>
    <message>
        <source>Nango had an internal error (%1 %2)%3. It will be retried later.</source>
        <translation>Nango a eu une erreur interne (%1 %2)%3. Ce sera réessayé plus tard.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than Nango Desk takes in one (%2 MB): it was stopped there. Ask for smaller pages (the page size in Settings, or --page-size).</source>
        <translation>%1 a envoyé une réponse plus grande que ce que Nango Desk accepte en une fois (%2 Mo) : elle a été arrêtée là. Demandez des pages plus petites (la taille de page dans les Paramètres, ou --page-size).</translation>
    </message>
</context>
<context>
    <name>nd::AppContext</name>
    <message>
        <source>The listener is not running; add the webhook signing key and save.</source>
        <translation>L'écouteur n'est pas actif ; ajoutez la clé de signature des webhooks et enregistrez.</translation>
    </message>
    <message>
        <source>Nango Desk is still starting; try again in a moment.</source>
        <translation>Nango Desk est encore en cours de démarrage ; réessayez dans un instant.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the key works and sees %n integration(s).</source>
        <translation>
            <numerusform>Connecté à %1 : la clé fonctionne et voit %n intégration.</numerusform>
            <numerusform>Connecté à %1 : la clé fonctionne et voit %n intégrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers and its certificate is trusted. Type this environment's API key to test the key too.</source>
        <translation>%1 répond et son certificat est reconnu. Saisissez la clé d'API de cet environnement pour tester aussi la clé.</translation>
    </message>
    <message>
        <source>%1 answers. Type this environment's API key to test the key too.</source>
        <translation>%1 répond. Saisissez la clé d'API de cet environnement pour tester aussi la clé.</translation>
    </message>
</context>
<context>
    <name>nd::Application</name>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>Le serveur de démonstration n'a pas démarré : %1</translation>
    </message>
    <message>
        <source>Keys you type now stay in memory until Nango Desk quits.</source>
        <translation>Les clés saisies maintenant restent en mémoire jusqu'à la fermeture de Nango Desk.</translation>
    </message>
    <message>
        <source>The server URL must be an http(s) address, e.g. http://localhost:3003.</source>
        <translation>L'URL du serveur doit être une adresse http(s), par ex. http://localhost:3003.</translation>
    </message>
    <message>
        <source>A shared cache is a postgresql:// URI, e.g. postgresql://nangodesk@db.example.com:5432/nangodesk.</source>
        <translation>Un cache partagé est une URI postgresql://, par ex. postgresql://nangodesk@db.example.com:5432/nangodesk.</translation>
    </message>
</context>
<context>
    <name>nd::CacheCheck</name>
    <message>
        <source>The cache file %1 can be used.</source>
        <translation>Le fichier de cache %1 est utilisable.</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be written here.</source>
        <translation>Le fichier de cache %1 ne peut pas être écrit ici.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2. The database is empty: Nango Desk creates its tables when it starts with this cache.</source>
        <translation>Connecté à %1 en tant que %2. La base est vide : Nango Desk crée ses tables au démarrage avec ce cache.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but the database is empty and %2 may not create tables in it. Ask its owner to run: GRANT CREATE ON SCHEMA public TO %2; or to start Nango Desk once as the owner.</source>
        <translation>Connecté à %1 en tant que %2, mais la base est vide et %2 ne peut pas y créer de tables. Demandez à son propriétaire d’exécuter : GRANT CREATE ON SCHEMA public TO %2; ou de démarrer Nango Desk une fois en tant que propriétaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n sync stream(s)</source>
        <translation>
            <numerusform>%n flux de synchronisation</numerusform>
            <numerusform>%n flux de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 as %2: schema %3, %4. %2 may only read it: this window shows the cache but neither pulls nor changes syncs.</source>
        <translation>Connecté à %1 en tant que %2 : schéma %3, %4. %2 ne peut que le lire : cette fenêtre montre le cache mais ne récupère rien et ne modifie pas les synchronisations.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2: schema %3, %4. Several Nango Desks and watch services may share it; each stream is pulled by one of them at a time.</source>
        <translation>Connecté à %1 en tant que %2 : schéma %3, %4. Plusieurs Nango Desk et services watch peuvent le partager ; chaque flux est récupéré par un seul d’entre eux à la fois.</translation>
    </message>
</context>
<context>
    <name>nd::CatalogSync</name>
    <message>
        <source>Nango's last run of this sync failed.</source>
        <translation>La dernière exécution de cette synchronisation chez Nango a échoué.</translation>
    </message>
    <message>
        <source>Nango finished a run</source>
        <translation>Nango a terminé une exécution</translation>
    </message>
    <message>
        <source>Nango's count differs from the cache's</source>
        <translation>le décompte de Nango diffère de celui du cache</translation>
    </message>
    <message>
        <source>never pulled</source>
        <translation>jamais récupéré</translation>
    </message>
</context>
<context>
    <name>nd::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificat de %1</translation>
    </message>
    <message>
        <source>This computer trusts the certificate of %1.</source>
        <translation>Cet ordinateur reconnaît le certificat de %1.</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Émis pour</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>%1 (itself: self-signed)</source>
        <translation>%1 (lui-même : auto-signé)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu'au</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Trusted before</source>
        <translation>Reconnu jusqu'ici</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for profile "%1"</source>
        <translation>&amp;Faire confiance à ce certificat pour le profil « %1 »</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server's administrator gives you first. Only this certificate is trusted, and only for this profile.</source>
        <translation>Comparez d'abord l'empreinte avec celle que vous donne l'administrateur du serveur. Seul ce certificat est reconnu, et seulement pour ce profil.</translation>
    </message>
</context>
<context>
    <name>nd::CertificateInfo</name>
    <message>
        <source>Issued to: %1</source>
        <translation>Émis pour : %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Noms : %1</translation>
    </message>
    <message>
        <source>Issued by: %1 (self-signed)</source>
        <translation>Émis par : %1 (auto-signé)</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Émis par : %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Valide : du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
</context>
<context>
    <name>nd::ConnectionsPanel</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Search connection id, customer name or email</source>
        <translation>Rechercher un ID de connexion, un nom de client ou un e-mail</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Rechercher des connexions</translation>
    </message>
    <message>
        <source>Filter by integration</source>
        <translation>Filtrer par intégration</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Auth error</source>
        <translation>Erreur d'authentification</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Erreur de synchronisation</translation>
    </message>
    <message>
        <source>Paused syncs</source>
        <translation>Synchronisations en pause</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connections&lt;/b&gt; — one customer's account at one provider. Double-click one to see its syncs.</source>
        <translation>&lt;b&gt;Connexions&lt;/b&gt; — le compte d'un client chez un fournisseur. Double-cliquez sur une connexion pour voir ses synchronisations.</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Toutes les intégrations</translation>
    </message>
    <message>
        <source>auth error</source>
        <translation>erreur d'authentification</translation>
    </message>
    <message>
        <source>sync error</source>
        <translation>erreur de synchronisation</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>Nango reports an authorization problem: the customer must reconnect.</source>
        <translation>Nango signale un problème d'autorisation : le client doit se reconnecter.</translation>
    </message>
    <message>
        <source>pulls failing</source>
        <translation>récupérations en échec</translation>
    </message>
    <message>
        <source>%1 of %2 syncs paused</source>
        <translation>%1 synchronisations sur %2 en pause</translation>
    </message>
    <message>
        <source>Route &amp;webhooks…</source>
        <translation>Router les &amp;webhooks…</translation>
    </message>
    <message>
        <source>Where Nango sends the selected connection's webhooks: the environment's URLs, or a tunnel to this desktop</source>
        <translation>Où Nango envoie les webhooks de la connexion choisie : aux URL de l'environnement, ou par un tunnel vers ce bureau</translation>
    </message>
    <message numerus="yes">
        <source>%n missed webhook(s)</source>
        <translation>
            <numerusform>%n webhook manqué</numerusform>
            <numerusform>%n webhooks manqués</numerusform>
        </translation>
    </message>
    <message>
        <source>Nango finished runs whose webhooks never came: Activity &gt; Missed webhooks says which.</source>
        <translation>Nango a terminé des exécutions dont les webhooks ne sont jamais arrivés : Activité &gt; Webhooks manqués dit lesquelles.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>routed to %1</source>
        <translation>redirigés vers %1</translation>
    </message>
    <message>
        <source>Nango sends this connection's webhooks to %1 only (set from Nango Desk %2). Route webhooks… shows what Nango has now.</source>
        <translation>Nango envoie les webhooks de cette connexion uniquement à %1 (réglé depuis Nango Desk %2). « Rediriger les webhooks… » montre ce que Nango a maintenant.</translation>
    </message>
</context>
<context>
    <name>nd::ConsoleModel</name>
    <message>
        <source>NULL: no value</source>
        <translation>NULL : aucune valeur</translation>
    </message>
</context>
<context>
    <name>nd::ConsoleRunner</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>nd::Database</name>
    <message>
        <source>The file or its folder is read-only or not accessible: make it writable, or choose another cache (--db).</source>
        <translation>Le fichier ou son dossier est en lecture seule ou inaccessible : rendez-le accessible en écriture, ou choisissez un autre cache (--db).</translation>
    </message>
    <message>
        <source>The disk is full: free some space.</source>
        <translation>Le disque est plein : libérez de l'espace.</translation>
    </message>
    <message>
        <source>Another program holds the cache locked; close it and try again.</source>
        <translation>Un autre programme verrouille le cache ; fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Check the disk and the file.</source>
        <translation>Vérifiez le disque et le fichier.</translation>
    </message>
    <message>
        <source>Cannot read the cache %1: %2. %3</source>
        <translation>Impossible de lire le cache %1 : %2. %3</translation>
    </message>
    <message>
        <source>Cannot use the cache %1: %2. %3</source>
        <translation>Impossible d'utiliser le cache %1 : %2. %3</translation>
    </message>
    <message>
        <source>Cannot upgrade the cache %1: %2</source>
        <translation>Impossible de mettre à jour le cache %1 : %2</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer Nango Desk (schema %2; this one knows %3). Update Nango Desk, or point it at another cache file.</source>
        <translation>Le cache %1 a été écrit par un Nango Desk plus récent (schéma %2 ; celui-ci connaît %3). Mettez Nango Desk à jour ou utilisez un autre fichier de cache.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Impossible d’ouvrir le cache %1 : %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot be read: %2. If it is damaged, start Nango Desk or run nango-desk-cli check: they keep what can be read and fetch the rest from Nango.</source>
        <translation>Le cache %1 ne peut pas être lu : %2. S’il est endommagé, démarrez Nango Desk ou lancez nango-desk-cli check : ils gardent ce qui peut être lu et récupèrent le reste auprès de Nango.</translation>
    </message>
    <message>
        <source>The cache %1 has no tables yet: Nango Desk creates them when it starts.</source>
        <translation>Le cache %1 n’a pas encore de tables : Nango Desk les crée au démarrage.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2). Run nango-desk-cli check, or start Nango Desk: they keep what can be read and fetch the rest from Nango.</source>
        <translation>Le cache %1 est endommagé (%2). Lancez nango-desk-cli check, ou démarrez Nango Desk : ils gardent ce qui peut être lu et récupèrent le reste depuis Nango.</translation>
    </message>
    <message>
        <source>Cannot upgrade the cache %1 to schema %2: %3 %4</source>
        <translation>Impossible de mettre à jour le cache %1 vers le schéma %2 : %3 %4</translation>
    </message>
</context>
<context>
    <name>nd::Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>Impossible de lire le cache : %1</translation>
    </message>
    <message>
        <source>The cache file is damaged: run nango-desk-cli check, or start Nango Desk; they keep what can be read and fetch the rest from Nango.</source>
        <translation>Le fichier de cache est endommagé : lancez nango-desk-cli check, ou démarrez Nango Desk ; ils gardent ce qui peut être lu et récupèrent le reste depuis Nango.</translation>
    </message>
</context>
<context>
    <name>nd::ExportDialog</name>
    <message>
        <source>CSV (one column per field)</source>
        <translation>CSV (une colonne par champ)</translation>
    </message>
    <message>
        <source>JSON Lines (each record as Nango returned it)</source>
        <translation>JSON Lines (chaque enregistrement tel que Nango l'a renvoyé)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exporter les enregistrements</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Wrote %L1 records to %2.</source>
        <translation>%L1 enregistrements écrits dans %2.</translation>
    </message>
    <message>
        <source>Export &lt;b&gt;%L1 records&lt;/b&gt; of %2 from the local cache.</source>
        <translation>Exporter &lt;b&gt;%L1 enregistrements&lt;/b&gt; de %2 depuis le cache local.</translation>
    </message>
</context>
<context>
    <name>nd::FieldFilters</name>
    <message>
        <source>Add a field filter</source>
        <translation>Ajouter un filtre de champ</translation>
    </message>
    <message>
        <source>Field to filter</source>
        <translation>Champ à filtrer</translation>
    </message>
    <message>
        <source>field contains…</source>
        <translation>le champ contient…</translation>
    </message>
    <message>
        <source>Field filter</source>
        <translation>Filtre de champ</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
</context>
<context>
    <name>nd::FrequencyDialog</name>
    <message>
        <source>How often Nango runs &lt;b&gt;%1&lt;/b&gt; for this connection (now: %2). The minimum is 30 seconds.</source>
        <translation>Fréquence à laquelle Nango exécute &lt;b&gt;%1&lt;/b&gt; pour cette connexion (actuellement : %2). Le minimum est de 30 secondes.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
</context>
<context>
    <name>nd::GuardedTcpServer</name>
    <message>
        <source>body of %1 bytes is over the %2-byte limit</source>
        <translation>corps de %1 octets au-delà de la limite de %2 octets</translation>
    </message>
</context>
<context>
    <name>nd::HistoryChart</name>
    <message>
        <source>Records changed per pull</source>
        <translation>Enregistrements modifiés par récupération</translation>
    </message>
    <message>
        <source>No pulls yet</source>
        <translation>Aucune récupération pour l'instant</translation>
    </message>
    <message>
        <source>records added (green), updated (blue), deleted (red) per pull, on a logarithmic scale; orange: failed or interrupted</source>
        <translation>enregistrements ajoutés (vert), mis à jour (bleu), supprimés (rouge) par récupération, sur une échelle logarithmique ; orange : échec ou interruption</translation>
    </message>
</context>
<context>
    <name>nd::HistoryPanel</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Cursor before</source>
        <translation>Curseur avant</translation>
    </message>
    <message>
        <source>Cursor after</source>
        <translation>Curseur après</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Cursor history</source>
        <translation>Historique du curseur</translation>
    </message>
    <message>
        <source>No cursor yet: the next pull starts from the beginning.</source>
        <translation>Pas encore de curseur : la prochaine récupération partira du début.</translation>
    </message>
    <message>
        <source>The cursor stands at %1 (record %2), moved %3.</source>
        <translation>Le curseur est à %1 (enregistrement %2), déplacé %3.</translation>
    </message>
    <message>
        <source>The cursor is opaque to Nango Desk (%1…).</source>
        <translation>Le curseur est opaque pour Nango Desk (%1…).</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(début)</translation>
    </message>
    <message>
        <source>(opaque)</source>
        <translation>(opaque)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Connection and model</source>
        <translation>Connexion et modèle</translation>
    </message>
    <message>
        <source>No stream yet: the first pull creates one per connection and model.</source>
        <translation>Pas encore de flux : la première récupération en crée un par connexion et modèle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cursor history&lt;/b&gt; of %1 — generation %2, %L3 live records, %L4 deleted, %L5 pruned</source>
        <translation>&lt;b&gt;Historique du curseur&lt;/b&gt; de %1 — génération %2, %L3 enregistrements actifs, %L4 supprimés, %L5 élagués</translation>
    </message>
</context>
<context>
    <name>nd::InputValidator</name>
    <message>
        <source>the action needs an input (%1)</source>
        <translation>l’action a besoin d’une entrée (%1)</translation>
    </message>
    <message>
        <source>%1 does not match any of the allowed shapes</source>
        <translation>%1 ne correspond à aucune des formes permises</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 doit être %2, pas %3</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 must be one of %2, not %3</source>
        <translation>%1 doit être l’un de %2, pas %3</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 doit être %2</translation>
    </message>
    <message>
        <source>"%1" is required</source>
        <translation>« %1 » est obligatoire</translation>
    </message>
    <message>
        <source>"%1" is not a field of this input (allowed: %2)</source>
        <translation>« %1 » n’est pas un champ de cette entrée (permis : %2)</translation>
    </message>
</context>
<context>
    <name>nd::IntegrationsPanel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d'affichage</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Récupéré</translation>
    </message>
    <message>
        <source>&lt;b&gt;Integrations&lt;/b&gt; — the providers this environment is set up for. Double-click one to see its connections.</source>
        <translation>&lt;b&gt;Intégrations&lt;/b&gt; — les fournisseurs pour lesquels cet environnement est configuré. Double-cliquez sur une intégration pour voir ses connexions.</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>Rechercher des intégrations</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
</context>
<context>
    <name>nd::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>nd::KeyLoader</name>
    <message>
        <source>%1 names %2, which does not exist.</source>
        <translation>%1 désigne %2, qui n’existe pas.</translation>
    </message>
    <message>
        <source>%1 may be read by other users: make it readable by its owner only (chmod 600 %1).</source>
        <translation>%1 peut être lu par d’autres utilisateurs : rendez-le lisible par son seul propriétaire (chmod 600 %1).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>nothing in the environment.</source>
        <translation>rien dans l’environnement.</translation>
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
        <translation>Chaque profil contient un environnement Nango : son serveur, ses clés et son cache.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Name of the profile (e.g. the environment: dev, prod):</source>
        <translation>Nom du profil (par ex. l'environnement : dev, prod) :</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Synchronisations</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Cursor history</source>
        <translation>Historique du curseur</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Profile &lt;b&gt;%1&lt;/b&gt;%2 — %3</source>
        <translation>Profil &lt;b&gt;%1&lt;/b&gt;%2 — %3</translation>
    </message>
    <message>
        <source>, environment &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>, environnement &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>built-in demo server</source>
        <translation>serveur de démonstration intégré</translation>
    </message>
    <message>
        <source>PRODUCTION — </source>
        <translation>PRODUCTION — </translation>
    </message>
    <message>
        <source>About Nango Desk</source>
        <translation>À propos de Nango Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nango Desk %1&lt;/h3&gt;&lt;p&gt;A desktop administration tool and headless client for Nango.&lt;/p&gt;&lt;p&gt;Built on Qt %2 (LGPL-3.0), QtKeychain (BSD-3-Clause), SQLite %3 (public domain) and simdjson (Apache-2.0).&lt;/p&gt;&lt;p&gt;Nango Desk is MIT licensed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nango Desk %1&lt;/h3&gt;&lt;p&gt;Un outil d'administration de bureau et un client sans interface pour Nango.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2 (LGPL-3.0), QtKeychain (BSD-3-Clause), SQLite %3 (domaine public) et simdjson (Apache-2.0).&lt;/p&gt;&lt;p&gt;Nango Desk est distribué sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Proxy console</source>
        <translation>Console proxy</translation>
    </message>
    <message>
        <source>PRODUCTION environment %1 — </source>
        <translation>Environnement de PRODUCTION %1 — </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION</source>
        <translation>%1 — PRODUCTION</translation>
    </message>
    <message>
        <source> — shared cache &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> — cache partagé &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Read-only: this database role may read the shared cache but neither pull nor change syncs, run actions or send proxy requests. Whoever runs its watcher does.</source>
        <translation>Lecture seule : ce rôle de base de données peut lire le cache partagé, mais ni récupérer, ni modifier les synchronisations, ni lancer d’actions, ni envoyer de requêtes proxy. C’est le rôle de qui exécute son watcher.</translation>
    </message>
    <message>
        <source>SQL console</source>
        <translation>Console SQL</translation>
    </message>
</context>
<context>
    <name>nd::MissedWebhooks</name>
    <message numerus="yes">
        <source>Nango finished a run of %1 at %2 with %n change(s); no verified webhook for it came within %3 s. Check the environment's webhook URL and signing key in Nango (or the connection's override); the poll pulled the changes.</source>
        <translation>
            <numerusform>Nango a terminé à %2 une exécution de %1 avec %n changement ; aucun webhook vérifié n'est arrivé pour elle en %3 s. Vérifiez l'URL de webhook et la clé de signature de l'environnement dans Nango (ou l'URL propre à la connexion) ; le sondage a récupéré les changements.</numerusform>
            <numerusform>Nango a terminé à %2 une exécution de %1 avec %n changements ; aucun webhook vérifié n'est arrivé pour elle en %3 s. Vérifiez l'URL de webhook et la clé de signature de l'environnement dans Nango (ou l'URL propre à la connexion) ; le sondage a récupéré les changements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::NetworkBox</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Certificate authorities file</source>
        <translation>Fichier d'autorités de certification</translation>
    </message>
    <message>
        <source>none: the system's authorities only</source>
        <translation>aucun : seulement les autorités du système</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>A PEM file with your company's certificate authority</source>
        <translation>Un fichier PEM avec l'autorité de certification de votre entreprise</translation>
    </message>
    <message>
        <source>Certificate authorities (PEM)</source>
        <translation>Autorités de certification (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Also trust</source>
        <translation>Reconnaître aussi</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Stop trusting this certificate for this profile</source>
        <translation>Ne plus reconnaître ce certificat pour ce profil</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificat reconnu</translation>
    </message>
    <message>
        <source>Show the server's &amp;certificate…</source>
        <translation>Afficher le &amp;certificat du serveur…</translation>
    </message>
    <message>
        <source>Who the server's certificate is for, who issued it, and whether it is trusted; a self-signed one can be trusted for this profile</source>
        <translation>Pour qui le certificat du serveur est émis, qui l'a émis et s'il est reconnu ; un certificat auto-signé peut être reconnu pour ce profil</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>The system's (https_proxy, no_proxy, or the desktop's setting)</source>
        <translation>Celui du système (https_proxy, no_proxy, ou le réglage du bureau)</translation>
    </message>
    <message>
        <source>None: straight to the server</source>
        <translation>Aucun : directement au serveur</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Ce proxy :</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL du proxy</translation>
    </message>
    <message>
        <source>only for a proxy that asks</source>
        <translation>seulement pour un proxy qui le demande</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Proxy user and password</source>
        <translation>Utilisateur et mot de passe du proxy</translation>
    </message>
    <message>
        <source>A company's own authority or a self-signed server is trusted for this profile only; there is no switch that ignores certificate errors. The proxy's password is kept in the keychain. no_proxy names what goes straight, as curl reads it.</source>
        <translation>L'autorité propre à une entreprise ou un serveur auto-signé n'est reconnu que pour ce profil ; aucun réglage n'ignore les erreurs de certificat. Le mot de passe du proxy est gardé dans le trousseau. no_proxy désigne ce qui passe en direct, tel que curl le lit.</translation>
    </message>
    <message>
        <source>stored in the %1; type to replace</source>
        <translation>enregistré dans le %1 ; tapez pour remplacer</translation>
    </message>
    <message>
        <source>none (the system's authorities decide)</source>
        <translation>aucun (les autorités du système décident)</translation>
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
        <translation>Le proxy doit être « system », « none » ou une URL avec un port, comme http://proxy.example.com:3128.</translation>
    </message>
    <message>
        <source>Nango Desk cannot speak TLS to a proxy: use its http:// address (requests to Nango stay encrypted end to end through it).</source>
        <translation>Nango Desk ne sait pas parler TLS à un proxy : utilisez son adresse http:// (les requêtes vers Nango restent chiffrées de bout en bout à travers lui).</translation>
    </message>
    <message>
        <source>The proxy's address must start with http://, socks5:// or socks5h://.</source>
        <translation>L'adresse du proxy doit commencer par http://, socks5:// ou socks5h://.</translation>
    </message>
    <message>
        <source>Leave the password out of the proxy's URL: Nango Desk asks for it and keeps it in the keychain (or reads NANGO_DESK_PROXY_PASSWORD).</source>
        <translation>Ne mettez pas le mot de passe dans l'URL du proxy : Nango Desk le demande et le garde dans le trousseau (ou lit NANGO_DESK_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>The proxy's URL has no path: give only http://host:port.</source>
        <translation>L'URL du proxy n'a pas de chemin : indiquez seulement http://hôte:port.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 does not exist.</source>
        <translation>Le fichier d'autorités de certification %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>Le fichier d'autorités de certification %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate ("-----BEGIN CERTIFICATE-----"); export your authority's certificate in PEM form.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM (« -----BEGIN CERTIFICATE----- ») ; exportez le certificat de votre autorité au format PEM.</translation>
    </message>
</context>
<context>
    <name>nd::PgConsole</name>
    <message>
        <source>would write (%1)</source>
        <translation>écrirait (%1)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Stopped after the time limit of %1 s. Narrow the question (a WHERE on an indexed column, a LIMIT) or raise the limit.</source>
        <translation>Arrêtée après la limite de temps de %1 s. Restreignez la question (un WHERE sur une colonne indexée, un LIMIT) ou augmentez la limite.</translation>
    </message>
    <message>
        <source>There is no statement to run.</source>
        <translation>Il n'y a aucune instruction à exécuter.</translation>
    </message>
    <message>
        <source>is %1, not a question (SELECT, WITH, VALUES, TABLE, EXPLAIN or SHOW)</source>
        <translation>est %1, pas une question (SELECT, WITH, VALUES, TABLE, EXPLAIN ou SHOW)</translation>
    </message>
</context>
<context>
    <name>nd::PgDb</name>
    <message>
        <source>%1 is not a PostgreSQL URI: %2</source>
        <translation>%1 n’est pas une URI PostgreSQL : %2</translation>
    </message>
    <message>
        <source>The PostgreSQL URI carries a password. Leave it out: Nango Desk takes it from the keychain (Settings), PGPASSWORD or ~/.pgpass, so it never shows on a command line or in a log.</source>
        <translation>L’URI PostgreSQL contient un mot de passe. Retirez-le : Nango Desk le prend dans le trousseau (Paramètres), dans PGPASSWORD ou ~/.pgpass, pour qu’il n’apparaisse jamais sur une ligne de commande ni dans un journal.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer Nango Desk (schema %2; this one knows %3). Update Nango Desk, or point it at another cache.</source>
        <translation>Le cache %1 a été écrit par un Nango Desk plus récent (schéma %2 ; celui-ci connaît %3). Mettez Nango Desk à jour ou utilisez un autre cache.</translation>
    </message>
    <message>
        <source>Cannot use the cache %1</source>
        <translation>Impossible d’utiliser le cache %1</translation>
    </message>
    <message>
        <source>Cannot prepare the cache %1</source>
        <translation>Impossible de préparer le cache %1</translation>
    </message>
    <message>
        <source>Cannot upgrade the cache %1 to schema %2</source>
        <translation>Impossible de mettre à jour le cache %1 vers le schéma %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the cache %1</source>
        <translation>Impossible de mettre à jour le cache %1</translation>
    </message>
    <message>
        <source>PostgreSQL refused the credentials for %1. Save the right password in Settings (it is kept in the keychain), or give it with PGPASSWORD or ~/.pgpass; it is never taken from the command line.</source>
        <translation>PostgreSQL a refusé les identifiants pour %1. Enregistrez le bon mot de passe dans les Paramètres (il est gardé dans le trousseau) ou donnez-le avec PGPASSWORD ou ~/.pgpass ; il n’est jamais pris sur la ligne de commande.</translation>
    </message>
    <message>
        <source>The database of %1 does not exist. Create it (createdb NAME, as a role allowed to) or point Nango Desk at another one.</source>
        <translation>La base de %1 n’existe pas. Créez-la (createdb NOM, avec un rôle qui en a le droit) ou indiquez-en une autre à Nango Desk.</translation>
    </message>
    <message>
        <source>The role of %1 does not exist on that server. Check the user name in the URI.</source>
        <translation>Le rôle de %1 n’existe pas sur ce serveur. Vérifiez le nom d’utilisateur dans l’URI.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed. Check sslmode and sslrootcert in the URI (for example sslmode=verify-full&amp;sslrootcert=/path/ca.pem).</source>
        <translation>La connexion TLS à %1 a échoué. Vérifiez sslmode et sslrootcert dans l’URI (par exemple sslmode=verify-full&amp;sslrootcert=/chemin/ca.pem).</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server of %1. Check the host and port, and that the server accepts TCP connections from this computer.</source>
        <translation>Impossible de joindre le serveur PostgreSQL de %1. Vérifiez l’hôte et le port, et que le serveur accepte les connexions TCP de cet ordinateur.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the connection to %1.</source>
        <translation>PostgreSQL a refusé la connexion à %1.</translation>
    </message>
    <message>
        <source>The role %1 may not create tables here. As the database's owner: GRANT CREATE ON SCHEMA public TO %1; (or run Nango Desk once as a role that may, then GRANT SELECT, INSERT, UPDATE, DELETE on its tables).</source>
        <translation>Le rôle %1 ne peut pas créer de tables ici. En tant que propriétaire de la base : GRANT CREATE ON SCHEMA public TO %1; (ou lancez Nango Desk une fois avec un rôle qui le peut, puis GRANT SELECT, INSERT, UPDATE, DELETE sur ses tables).</translation>
    </message>
    <message>
        <source>The role %1 lacks a grant on the cache's tables: GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1; and USAGE on its sequences, or use this cache read-only.</source>
        <translation>Il manque au rôle %1 un droit sur les tables du cache : GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1; et USAGE sur ses séquences, ou utilisez ce cache en lecture seule.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost in the middle of a transaction; nothing of it was kept.</source>
        <translation>La connexion à %1 a été perdue au milieu d’une transaction ; rien n’en a été conservé.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before the commit; nothing of the transaction was kept.</source>
        <translation>La connexion à %1 a été perdue avant la validation ; rien de la transaction n’a été conservé.</translation>
    </message>
    <message>
        <source>%1 asks to check the server's certificate (sslmode=verify-ca or verify-full) but names no authority to check it with. Add sslrootcert=/path/ca.pem (your database's certificate authority, PEM) to the URI, or put it in ~/.postgresql/root.crt.</source>
        <translation>%1 demande de vérifier le certificat du serveur (sslmode=verify-ca ou verify-full) mais ne nomme aucune autorité pour le faire. Ajoutez sslrootcert=/chemin/ca.pem (l'autorité de certification de votre base, PEM) à l'URI, ou placez-la dans ~/.postgresql/root.crt.</translation>
    </message>
    <message>
        <source>The certificate of the PostgreSQL server of %1 was not issued by the authority in sslrootcert (or it is self-signed or expired). Point sslrootcert at the authority that issued the server's certificate.</source>
        <translation>Le certificat du serveur PostgreSQL de %1 n'a pas été émis par l'autorité de sslrootcert (ou il est auto-signé ou expiré). Faites pointer sslrootcert vers l'autorité qui a émis le certificat du serveur.</translation>
    </message>
    <message>
        <source>The certificate of the PostgreSQL server of %1 was issued for another host name. Use the name it was issued for in the URI, or sslmode=verify-ca (which checks the authority but not the name).</source>
        <translation>Le certificat du serveur PostgreSQL de %1 a été émis pour un autre nom d'hôte. Utilisez dans l'URI le nom pour lequel il a été émis, ou sslmode=verify-ca (qui vérifie l'autorité mais pas le nom).</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 does not speak TLS, and the URI's sslmode requires it. Turn on ssl in the server's configuration, or lower sslmode if the network is trusted.</source>
        <translation>Le serveur PostgreSQL de %1 ne parle pas TLS, et le sslmode de l'URI l'exige. Activez ssl dans la configuration du serveur, ou abaissez sslmode si le réseau est de confiance.</translation>
    </message>
</context>
<context>
    <name>nd::ProxyLoginDialog</name>
    <message>
        <source>The proxy asks for a password</source>
        <translation>Le proxy demande un mot de passe</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password is kept in the keychain, never in the settings.</source>
        <translation>Le mot de passe est gardé dans le trousseau, jamais dans les paramètres.</translation>
    </message>
    <message>
        <source>&amp;Save and try again</source>
        <translation>&amp;Enregistrer et réessayer</translation>
    </message>
</context>
<context>
    <name>nd::ProxyPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proxy console&lt;/b&gt; — send a request to the provider's API through Nango, authenticated as the connection. It really reaches the provider.</source>
        <translation>&lt;b&gt;Console proxy&lt;/b&gt; — envoyez une requête à l'API du fournisseur via Nango, authentifiée en tant que la connexion. Elle atteint réellement le fournisseur.</translation>
    </message>
    <message>
        <source>Provider path and query</source>
        <translation>Chemin et paramètres chez le fournisseur</translation>
    </message>
    <message>
        <source>The provider's path and query, e.g. /crm/v3/objects/contacts?limit=10</source>
        <translation>Chemin et paramètres chez le fournisseur, par ex. /crm/v3/objects/contacts?limit=10</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>Send the request through Nango's proxy</source>
        <translation>Envoyer la requête via le proxy de Nango</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop waiting. If Nango already received the request, the provider call may still happen.</source>
        <translation>Cesser d'attendre. Si Nango a déjà reçu la requête, l'appel au fournisseur peut encore avoir lieu.</translation>
    </message>
    <message>
        <source>Request in flight</source>
        <translation>Requête en cours</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Headers for the provider</source>
        <translation>En-têtes pour le fournisseur</translation>
    </message>
    <message>
        <source>Sent to the provider as Nango-Proxy-&lt;name&gt;. Values that look like credentials are stored in the history as ***.</source>
        <translation>Envoyés au fournisseur sous la forme Nango-Proxy-&lt;name&gt;. Les valeurs qui ressemblent à des identifiants sont enregistrées dans l'historique sous la forme ***.</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>&amp;Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Add a header row</source>
        <translation>Ajouter une ligne d'en-tête</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>&amp;Supprimer l'en-tête</translation>
    </message>
    <message>
        <source>Remove the chosen header row</source>
        <translation>Supprimer la ligne d'en-tête choisie</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>A JSON body, sent as application/json. Empty: no body.</source>
        <translation>Un corps JSON, envoyé en application/json. Vide : aucun corps.</translation>
    </message>
    <message>
        <source>not sent (Nango's default: no retry)</source>
        <translation>non envoyé (par défaut chez Nango : aucune nouvelle tentative)</translation>
    </message>
    <message>
        <source>Retries: how many times Nango retries the provider call on 5xx and 429</source>
        <translation>Retries : combien de fois Nango retente l'appel au fournisseur en cas de 5xx et 429</translation>
    </message>
    <message>
        <source>status codes, e.g. 409,423</source>
        <translation>codes de statut, par ex. 409,423</translation>
    </message>
    <message>
        <source>Retry-On: more statuses Nango retries on</source>
        <translation>Retry-On : autres statuts sur lesquels Nango retente</translation>
    </message>
    <message>
        <source>e.g. https://api.eu1.hubapi.com</source>
        <translation>par ex. https://api.eu1.hubapi.com</translation>
    </message>
    <message>
        <source>Base-Url-Override: send to this base URL instead of the provider's</source>
        <translation>Base-Url-Override : envoyer à cette URL de base au lieu de celle du fournisseur</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Retries :</translation>
    </message>
    <message>
        <source>Retry-On:</source>
        <translation>Retry-On :</translation>
    </message>
    <message>
        <source>Base-Url-Override:</source>
        <translation>Base-Url-Override :</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copier en c&amp;url</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; the key is left to the shell as $NANGO_SECRET_KEY</source>
        <translation>Copier la requête en commande curl ; la clé est laissée au shell sous la forme $NANGO_SECRET_KEY</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Aucune requête envoyée pour l'instant.</translation>
    </message>
    <message>
        <source>&amp;Pretty JSON</source>
        <translation>JSON &amp;lisible</translation>
    </message>
    <message>
        <source>Indent a JSON body; off: the body as it came</source>
        <translation>Indenter un corps JSON ; désactivé : le corps tel qu'il est arrivé</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Proxy history</source>
        <translation>Historique du proxy</translation>
    </message>
    <message>
        <source>Loa&amp;d this request</source>
        <translation>&amp;Charger cette requête</translation>
    </message>
    <message>
        <source>Put the chosen request back in the form (values stored as *** must be typed again)</source>
        <translation>Remettre la requête choisie dans le formulaire (les valeurs enregistrées sous la forme *** doivent être saisies à nouveau)</translation>
    </message>
    <message>
        <source>the header in row %1 has a value but no name</source>
        <translation>l'en-tête de la ligne %1 a une valeur mais pas de nom</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Non envoyé : %1.</translation>
    </message>
    <message>
        <source>Send to production?</source>
        <translation>Envoyer en production ?</translation>
    </message>
    <message>
        <source>%1 %2 goes to the provider as %3 / %4 on the production environment and may change data there.</source>
        <translation>%1 %2 part vers le fournisseur en tant que %3 / %4 dans l'environnement de production et peut y modifier des données.</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>L'envoyer</translation>
    </message>
    <message>
        <source>Nango Desk is not connected to a Nango server yet: save a server and an API key in Settings first.</source>
        <translation>Nango Desk n'est encore connecté à aucun serveur Nango : enregistrez d'abord un serveur et une clé API dans les paramètres.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>Envoi de %1 %2…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 en %2 ms</translation>
    </message>
    <message>
        <source>after %1 ms</source>
        <translation>après %1 ms</translation>
    </message>
    <message>
        <source>(the history keeps the first %1)</source>
        <translation>(l'historique conserve les premiers %1)</translation>
    </message>
    <message>
        <source>Nango's own error, not the provider's: %1</source>
        <translation>Une erreur de Nango lui-même, pas du fournisseur : %1</translation>
    </message>
    <message>
        <source>[… %1 more not shown]</source>
        <translation>[… %1 de plus non affichés]</translation>
    </message>
    <message>
        <source>Not copied: %1.</source>
        <translation>Non copié : %1.</translation>
    </message>
    <message>
        <source>Copied as a curl command. The key is left to the shell: set NANGO_SECRET_KEY before running it.</source>
        <translation>Copié en commande curl. La clé est laissée au shell : définissez NANGO_SECRET_KEY avant de l'exécuter.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Showing request #%1 from the history (%2).</source>
        <translation>Affichage de la requête n° %1 de l'historique (%2).</translation>
    </message>
    <message>
        <source>%1 / %2 is not available any more.</source>
        <translation>%1 / %2 n'est plus disponible.</translation>
    </message>
</context>
<context>
    <name>nd::ProxyResult</name>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
</context>
<context>
    <name>nd::ProxyRunner</name>
    <message>
        <source>Not sent: %1.</source>
        <translation>Non envoyé : %1.</translation>
    </message>
    <message>
        <source>Cancelled. If Nango had received the request, the provider call may still happen.</source>
        <translation>Annulé. Si Nango avait reçu la requête, l’appel au fournisseur peut encore avoir lieu.</translation>
    </message>
    <message>
        <source>The provider answered %1.</source>
        <translation>Le fournisseur a répondu %1.</translation>
    </message>
    <message>
        <source>Nango answered 500 with an empty body: it could not complete the call to the provider (a network error or a timeout inside Nango, or an unexpected failure). The details are in the Nango dashboard (Logs).</source>
        <translation>Nango a répondu 500 avec un corps vide : il n’a pas pu terminer l’appel au fournisseur (une erreur réseau ou un délai dépassé chez Nango, ou une panne inattendue). Les détails sont dans le tableau de bord Nango (Logs).</translation>
    </message>
    <message>
        <source> (Nango said: %1)</source>
        <translation> (Nango a dit : %1)</translation>
    </message>
    <message>
        <source>Nango refused the request (%1)%2%3</source>
        <translation>Nango a refusé la requête (%1)%2%3</translation>
    </message>
    <message>
        <source>Nango knows no integration "%1" in this environment. Check the integration's unique key (Integrations in the Nango dashboard).</source>
        <translation>Nango ne connaît pas d’intégration « %1 » dans cet environnement. Vérifiez la clé unique de l’intégration (Integrations dans le tableau de bord Nango).</translation>
    </message>
    <message>
        <source>Nango could not get the connection "%1" of the integration "%2"%3. Check the connection id; if it exists in the dashboard, this API key probably belongs to another environment (dev or prod).</source>
        <translation>Nango n’a pas pu obtenir la connexion « %1 » de l’intégration « %2 »%3. Vérifiez l’identifiant de la connexion ; s’il existe dans le tableau de bord, cette clé API appartient probablement à un autre environnement (dev ou prod).</translation>
    </message>
    <message>
        <source>Nango cannot refresh the credentials of the connection "%1"%2: recent refreshes failed and it is backing off. The end user probably has to reconnect (Connections in the Nango dashboard).</source>
        <translation>Nango ne peut pas renouveler les identifiants de la connexion « %1 »%2 : les derniers renouvellements ont échoué et il temporise. L’utilisateur final doit probablement se reconnecter (Connections dans le tableau de bord Nango).</translation>
    </message>
    <message>
        <source>The Nango plan of this account does not allow this proxy request%1.</source>
        <translation>L’offre Nango de ce compte ne permet pas cette requête proxy%1.</translation>
    </message>
    <message>
        <source>Nango had an internal error (%1)%2. The request may not have reached the provider.</source>
        <translation>Nango a eu une erreur interne (%1)%2. La requête n’a peut-être pas atteint le fournisseur.</translation>
    </message>
    <message>
        <source>The Nango server's configuration does not allow requests to this outbound URL%1: Nango refuses private, loopback and metadata addresses unless its administrator allows them. Check the integration's base URL, or ask whoever runs the Nango server.</source>
        <translation>La configuration du serveur Nango n'autorise pas les requêtes vers cette URL sortante%1 : Nango refuse les adresses privées, de bouclage et de métadonnées sauf si son administrateur les autorise. Vérifiez l'URL de base de l'intégration, ou demandez à qui gère le serveur Nango.</translation>
    </message>
    <message>
        <source>Nango does not allow this Base-Url-Override%1. Leave it out, or allow it in the integration's settings (a self-hosted server's administrator may also have to allow the address).</source>
        <translation>Nango n'autorise pas ce Base-Url-Override%1. Omettez-le, ou autorisez-le dans les paramètres de l'intégration (l'administrateur d'un serveur auto-hébergé devra peut-être aussi autoriser l'adresse).</translation>
    </message>
</context>
<context>
    <name>nd::ProxySpec</name>
    <message>
        <source>the integration is missing</source>
        <translation>l’intégration manque</translation>
    </message>
    <message>
        <source>the connection is missing</source>
        <translation>la connexion manque</translation>
    </message>
    <message>
        <source>the method "%1" is not one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS</source>
        <translation>la méthode « %1 » n’est pas l’une de GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS</translation>
    </message>
    <message>
        <source>the provider path is missing (e.g. /crm/v3/objects/contacts)</source>
        <translation>le chemin chez le fournisseur manque (par ex. /crm/v3/objects/contacts)</translation>
    </message>
    <message>
        <source>Retries must be 0 or more</source>
        <translation>Retries doit valoir 0 ou plus</translation>
    </message>
    <message>
        <source>the header name "%1" is not valid</source>
        <translation>le nom d’en-tête « %1 » n’est pas valide</translation>
    </message>
    <message>
        <source>the header "%1" has a line break in its value</source>
        <translation>l’en-tête « %1 » contient un saut de ligne dans sa valeur</translation>
    </message>
    <message>
        <source>the body is not JSON: %1</source>
        <translation>le corps n’est pas du JSON : %1</translation>
    </message>
    <message>
        <source>a header must look like 'Name: value' (got "%1")</source>
        <translation>un en-tête doit avoir la forme 'Nom: valeur' (reçu « %1 »)</translation>
    </message>
</context>
<context>
    <name>nd::PullJob</name>
    <message>
        <source>repair since %1; the cursor does not move</source>
        <translation>réparation depuis %1 ; le curseur ne bouge pas</translation>
    </message>
    <message>
        <source>The cache could not start the pull's history: %1.</source>
        <translation>Le cache n'a pas pu créer l'entrée d'historique de la récupération : %1.</translation>
    </message>
    <message>
        <source>Nango's records answer could not be read: %1.</source>
        <translation>La réponse de Nango contenant les enregistrements n'a pas pu être lue : %1.</translation>
    </message>
    <message>
        <source>The cache could not store a page: %1.</source>
        <translation>Le cache n'a pas pu stocker une page : %1.</translation>
    </message>
    <message>
        <source>emptyCache resync complete: generation %1; %2 records that did not come back were dropped</source>
        <translation>resynchronisation emptyCache terminée : génération %1 ; %2 enregistrements qui ne sont pas revenus ont été rejetés</translation>
    </message>
    <message>
        <source>Nango's emptyCache resync has not finished yet; old records are kept until it has</source>
        <translation>La resynchronisation emptyCache de Nango n'est pas encore terminée ; les anciens enregistrements sont conservés jusque-là</translation>
    </message>
    <message>
        <source>The cache could not record the completed pull: %1.</source>
        <translation>Le cache n'a pas pu enregistrer la récupération terminée : %1.</translation>
    </message>
    <message>
        <source>Free some disk space where the cache lives; the pull resumes from its stored cursor and nothing is lost.</source>
        <translation>Libérez de l'espace disque là où se trouve le cache ; la récupération reprend à partir de son curseur enregistré et rien n'est perdu.</translation>
    </message>
    <message>
        <source>The cache file or its folder is read-only: make it writable, or choose another cache.</source>
        <translation>Le fichier du cache ou son dossier est en lecture seule : rendez-le accessible en écriture, ou choisissez un autre cache.</translation>
    </message>
    <message>
        <source>Another program holds the cache locked; close it, and the pull is retried.</source>
        <translation>Un autre programme verrouille le cache ; fermez-le et la récupération sera relancée.</translation>
    </message>
    <message>
        <source>Check the disk and the cache file; the pull resumes from its stored cursor.</source>
        <translation>Vérifiez le disque et le fichier du cache ; la récupération reprend à partir de son curseur enregistré.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Stopped at a page boundary; the next pull goes on from the stored cursor.</source>
        <translation>Arrêté à une limite de page ; la prochaine récupération repart du curseur enregistré.</translation>
    </message>
    <message>
        <source>Nango refused the stored cursor twice: re-read since %1 for a fresh one</source>
        <translation>Nango a refusé deux fois le curseur enregistré : relecture depuis %1 pour en obtenir un nouveau</translation>
    </message>
    <message>
        <source>Nango refused the stored cursor twice: re-read from the start for a fresh one</source>
        <translation>Nango a refusé deux fois le curseur enregistré : relecture depuis le début pour en obtenir un nouveau</translation>
    </message>
    <message>
        <source>Nango sent the record %1 with a cursor that is not Nango's ("%2"). Nothing of the page was stored; the next pull goes on from the last good cursor. If it keeps coming, the sync's records need a look in the Nango dashboard.</source>
        <translation>Nango a envoyé l'enregistrement %1 avec un curseur qui n'est pas de Nango (« %2 »). Rien de la page n'a été enregistré ; la prochaine récupération repart du dernier bon curseur. Si cela se répète, les enregistrements de la synchronisation sont à examiner dans le tableau de bord Nango.</translation>
    </message>
    <message>
        <source>Nango sent a next_cursor that is not Nango's ("%1"); the pull stops here.</source>
        <translation>Nango a envoyé un next_cursor qui n'est pas de Nango (« %1 ») ; la récupération s'arrête ici.</translation>
    </message>
    <message>
        <source>Nango sent a cursor already asked with in this pull (page %1): its pages would come round again for ever, so the pull stops. Nothing is lost; the next pull goes on from the last stored page.</source>
        <translation>Nango a envoyé un curseur déjà utilisé dans cette récupération (page %1) : ses pages reviendraient sans fin, donc la récupération s'arrête. Rien n'est perdu ; la prochaine récupération repart de la dernière page enregistrée.</translation>
    </message>
    <message>
        <source>This pull has asked for %1 pages, more than the records Nango counts for this model can fill; it stops rather than page without end. The next pull goes on from here.</source>
        <translation>Cette récupération a demandé %1 pages, plus que les enregistrements comptés par Nango pour ce modèle ne peuvent en remplir ; elle s'arrête plutôt que de paginer sans fin. La prochaine récupération reprend d'ici.</translation>
    </message>
    <message>
        <source>Two writers to the shared cache waited on each other and PostgreSQL stopped this one; the page was rolled back and the pull is retried from its stored cursor. Nothing is lost.</source>
        <translation>Deux écrivains du cache partagé se sont attendus mutuellement et PostgreSQL a arrêté celui-ci ; la page a été annulée et la récupération est relancée depuis son curseur enregistré. Rien n'est perdu.</translation>
    </message>
    <message>
        <source>mass delete: %1 of %2 live records (%3%) removed by this pull</source>
        <translation>suppression massive : %1 des %2 enregistrements vivants (%3 %) retirés par cette récupération</translation>
    </message>
</context>
<context>
    <name>nd::QueryConsole</name>
    <message>
        <source>Refused: this console only reads the cache, and this statement %1. Nothing was run; the cache is unchanged.</source>
        <translation>Refusé : cette console ne fait que lire le cache, et cette instruction %1. Rien n'a été exécuté ; le cache est inchangé.</translation>
    </message>
    <message>
        <source>Records per integration, connection and model</source>
        <translation>Enregistrements par intégration, connexion et modèle</translation>
    </message>
    <message>
        <source>A field of each record (filter on a value inside the payload)</source>
        <translation>Un champ de chaque enregistrement (filtre sur une valeur du payload)</translation>
    </message>
    <message>
        <source>The fields each model's records have, with their types</source>
        <translation>Les champs des enregistrements de chaque modèle, avec leurs types</translation>
    </message>
    <message>
        <source>Records changed per day</source>
        <translation>Enregistrements modifiés par jour</translation>
    </message>
    <message>
        <source>Records deleted in the last seven days</source>
        <translation>Enregistrements supprimés ces sept derniers jours</translation>
    </message>
    <message>
        <source>Each stream: cursor, counts, last pull</source>
        <translation>Chaque flux : curseur, nombres, dernière récupération</translation>
    </message>
    <message>
        <source>Pulls that did not succeed</source>
        <translation>Récupérations qui n'ont pas abouti</translation>
    </message>
    <message>
        <source>Webhooks that never came (missed)</source>
        <translation>Webhooks jamais arrivés (manqués)</translation>
    </message>
    <message>
        <source>This statement was ended by a newer one.</source>
        <translation>Cette instruction a été arrêtée par une plus récente.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>nd::QueryPanel</name>
    <message>
        <source>&lt;b&gt;SQL console&lt;/b&gt; — ask the cache your own questions. It only reads: a statement that would change anything is refused, and the cache stays as it was.</source>
        <translation>&lt;b&gt;Console SQL&lt;/b&gt; — posez vos propres questions au cache. Elle ne fait que lire : une instruction qui modifierait quoi que ce soit est refusée, et le cache reste tel quel.</translation>
    </message>
    <message>
        <source>SQL statement</source>
        <translation>Instruction SQL</translation>
    </message>
    <message>
        <source>SELECT model, count(*) AS records FROM live_records GROUP BY model;

Ctrl+Enter runs the statement (or the selected text). Examples lists questions to start from.</source>
        <translation>SELECT model, count(*) AS records FROM live_records GROUP BY model;

Ctrl+Entrée exécute l'instruction (ou le texte sélectionné). Exemples propose des questions pour commencer.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Run the statement, or the selected text (Ctrl+Enter)</source>
        <translation>Exécuter l'instruction, ou le texte sélectionné (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Stop the statement that runs</source>
        <translation>Arrêter l'instruction en cours</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;xemples</translation>
    </message>
    <message>
        <source>Questions to start from</source>
        <translation>Des questions pour commencer</translation>
    </message>
    <message>
        <source>&amp;Saved</source>
        <translation>&amp;Enregistrées</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <source>Recen&amp;t</source>
        <translation>Récen&amp;tes</translation>
    </message>
    <message>
        <source>The statements run lately</source>
        <translation>Les instructions exécutées récemment</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Limite de temps :</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>Limite de temps en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A statement that works longer than this without an answer is stopped</source>
        <translation>Une instruction qui travaille plus longtemps sans réponse est arrêtée</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <source>Write every row of the result (not only those shown) to a CSV file</source>
        <translation>Écrire chaque ligne du résultat (pas seulement celles affichées) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Views: %1. Payloads are JSON: %2.</source>
        <translation>Vues : %1. Les payloads sont du JSON : %2.</translation>
    </message>
    <message>
        <source>payload-&gt;&gt;'field' and the json functions (PostgreSQL)</source>
        <translation>payload-&gt;&gt;'champ' et les fonctions json (PostgreSQL)</translation>
    </message>
    <message>
        <source>json_extract(payload, '$.field') and json_each(payload) (SQLite)</source>
        <translation>json_extract(payload, '$.champ') et json_each(payload) (SQLite)</translation>
    </message>
    <message>
        <source>Write a statement first, or pick one from Examples.</source>
        <translation>Écrivez d'abord une instruction, ou choisissez-en une dans Exemples.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at %Ln row(s).</source>
        <translation>
            <numerusform>Arrêtée à %Ln ligne.</numerusform>
            <numerusform>Arrêtée à %Ln lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>Exporter le résultat</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>%1 row(s) in %2 ms.</source>
        <translation>%1 ligne(s) en %2 ms.</translation>
    </message>
    <message>
        <source>The first %1 rows in %2 ms; more load as you scroll.</source>
        <translation>Les %1 premières lignes en %2 ms ; la suite se charge en faisant défiler.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln row(s): %1</source>
        <translation>
            <numerusform>Arrêtée après %Ln ligne : %1</numerusform>
            <numerusform>Arrêtée après %Ln lignes : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln row(s). The statement was ended after a minute without scrolling, so that it does not hold the cache back; run it again for more, or export every row to CSV.</source>
        <translation>
            <numerusform>Affichage de la première ligne (%Ln). L'instruction a été arrêtée après une minute sans défilement, pour ne pas retenir le cache ; exécutez-la à nouveau pour en voir plus, ou exportez toutes les lignes en CSV.</numerusform>
            <numerusform>Affichage des %Ln premières lignes. L'instruction a été arrêtée après une minute sans défilement, pour ne pas retenir le cache ; exécutez-la à nouveau pour en voir plus, ou exportez toutes les lignes en CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>No statement run yet</source>
        <translation>Aucune instruction exécutée pour l'instant</translation>
    </message>
    <message>
        <source>Save this statement…</source>
        <translation>Enregistrer cette instruction…</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Write a statement first.</source>
        <translation>Écrivez d'abord une instruction.</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Enregistrer l'instruction</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Saved as "%1".</source>
        <translation>Enregistrée sous « %1 ».</translation>
    </message>
</context>
<context>
    <name>nd::RecordHistoryView</name>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Show the record as it &amp;was</source>
        <translation>Afficher l'enregistrement &amp;tel qu'il était</translation>
    </message>
    <message>
        <source>Show the whole record as it was at the chosen version</source>
        <translation>Afficher l'enregistrement entier tel qu'il était à la version choisie</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>as it was at %1 (%2)</source>
        <translation>tel qu'il était le %1 (%2)</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Lecture de l'historique de %1…</translation>
    </message>
    <message>
        <source>deleted; its last whole payload is the version before</source>
        <translation>supprimé ; son dernier payload complet est la version précédente</translation>
    </message>
    <message>
        <source>the first version the cache has</source>
        <translation>la première version que le cache possède</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s): %1</source>
        <translation>
            <numerusform>%n champ : %1</numerusform>
            <numerusform>%n champs : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Modified %1 (as Nango said); cursor %2; cache generation %3</source>
        <translation>Modifié le %1 (selon Nango) ; curseur %2 ; génération du cache %3</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (maintenant)</translation>
    </message>
    <message>
        <source>No earlier version is kept: the record has not changed since the cache first pulled it (or its versions were trimmed).</source>
        <translation>Aucune version antérieure n'est conservée : l'enregistrement n'a pas changé depuis que le cache l'a récupéré pour la première fois (ou ses versions ont été élaguées).</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) kept, newest first. Choose one to see what changed.</source>
        <translation>
            <numerusform>%n version conservée, la plus récente d'abord. Choisissez-en une pour voir ce qui a changé.</numerusform>
            <numerusform>%n versions conservées, la plus récente d'abord. Choisissez-en une pour voir ce qui a changé.</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(retiré)</translation>
    </message>
</context>
<context>
    <name>nd::RecordStore</name>
    <message>
        <source>cannot record the fields: %1</source>
        <translation>impossible d’enregistrer les champs : %1</translation>
    </message>
    <message>
        <source>cannot advance the cursor: %1</source>
        <translation>impossible d’avancer le curseur : %1</translation>
    </message>
</context>
<context>
    <name>nd::RecordsModel</name>
    <message>
        <source>Deleted at the provider on %1 (a tombstone: Nango keeps the last payload).</source>
        <translation>Supprimé chez le fournisseur le %1 (pierre tombale : Nango conserve le dernier contenu).</translation>
    </message>
    <message>
        <source>Pruned by Nango on %1: Nango emptied its copy; this is the last payload Nango Desk saw.</source>
        <translation>Élagué par Nango le %1 : Nango a vidé sa copie ; voici le dernier contenu vu par Nango Desk.</translation>
    </message>
</context>
<context>
    <name>nd::RecordsPanel</name>
    <message>
        <source>Connection and model</source>
        <translation>Connexion et modèle</translation>
    </message>
    <message>
        <source>Search in records (Ctrl+F)</source>
        <translation>Rechercher dans les enregistrements (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search in records</source>
        <translation>Rechercher dans les enregistrements</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Any last action</source>
        <translation>Dernière action : toutes</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Afficher les supprimés</translation>
    </message>
    <message>
        <source>Pruned only</source>
        <translation>Élagués uniquement</translation>
    </message>
    <message>
        <source>Modified since</source>
        <translation>Modifié depuis</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Oldest change first</source>
        <translation>Modification la plus ancienne d'abord</translation>
    </message>
    <message>
        <source>Newest change first</source>
        <translation>Modification la plus récente d'abord</translation>
    </message>
    <message>
        <source>By id</source>
        <translation>Par ID</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Record detail</source>
        <translation>Détail de l'enregistrement</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>Copier la cellule</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Copier la ligne</translation>
    </message>
    <message>
        <source>Copy record as JSON</source>
        <translation>Copier l'enregistrement en JSON</translation>
    </message>
    <message>
        <source>%L1 records</source>
        <translation>%L1 enregistrements</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>Impossible de lire les enregistrements : %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Record — %1</source>
        <translation>Enregistrement — %1</translation>
    </message>
</context>
<context>
    <name>nd::ResyncDialog</name>
    <message>
        <source>Run &lt;b&gt;%1&lt;/b&gt; now on Nango's side. When the run ends, Nango sends a webhook and Nango Desk pulls the changes.</source>
        <translation>Exécuter &lt;b&gt;%1&lt;/b&gt; maintenant côté Nango. À la fin de l'exécution, Nango envoie un webhook et Nango Desk récupère les modifications.</translation>
    </message>
</context>
<context>
    <name>nd::SalvageReport</name>
    <message>
        <source>The cache was damaged; the damaged file is kept as %1.</source>
        <translation>Le cache était endommagé ; le fichier endommagé est conservé sous %1.</translation>
    </message>
    <message>
        <source>Nothing could be read back from it.</source>
        <translation>Rien n'a pu en être relu.</translation>
    </message>
    <message>
        <source>Read back into a new cache: %1.</source>
        <translation>Relu dans un nouveau cache : %1.</translation>
    </message>
    <message>
        <source>Every row could be read.</source>
        <translation>Chaque ligne a pu être lue.</translation>
    </message>
    <message>
        <source>Some rows could not be read in: %1; they are lost.</source>
        <translation>Certaines lignes n'ont pas pu être lues dans : %1 ; elles sont perdues.</translation>
    </message>
    <message>
        <source>Every stream goes on from its stored cursor.</source>
        <translation>Chaque flux reprend depuis son curseur enregistré.</translation>
    </message>
    <message>
        <source>Every stream is read again from the start: what Nango still has comes back; what it has pruned or deleted is kept only where it was read back.</source>
        <translation>Chaque flux est relu depuis le début : ce que Nango a encore revient ; ce qu'il a élagué ou supprimé n'est gardé que là où il a été relu.</translation>
    </message>
</context>
<context>
    <name>nd::ScriptsConfig</name>
    <message>
        <source>the scripts config is not JSON: %1</source>
        <translation>la configuration des scripts n’est pas du JSON : %1</translation>
    </message>
    <message>
        <source>the scripts config is not a list of integrations</source>
        <translation>la configuration des scripts n’est pas une liste d’intégrations</translation>
    </message>
</context>
<context>
    <name>nd::SecretStore</name>
    <message>
        <source>No key is stored in the keychain for this profile yet.</source>
        <translation>Aucune clé n’est encore enregistrée dans le trousseau pour ce profil.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Start or unlock your keyring (e.g. GNOME Keyring or KWallet), or keep the keys for this session only.</source>
        <translation>Le trousseau du système n’est pas disponible (%1). Démarrez ou déverrouillez votre trousseau (par ex. GNOME Keyring ou KWallet), ou gardez les clés pour cette session seulement.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué : %1</translation>
    </message>
</context>
<context>
    <name>nd::SettingsPanel</name>
    <message>
        <source>Nango server</source>
        <translation>Serveur Nango</translation>
    </message>
    <message>
        <source>Nango Cloud (https://api.nango.dev)</source>
        <translation>Nango Cloud (https://api.nango.dev)</translation>
    </message>
    <message>
        <source>Self-hosted Nango at:</source>
        <translation>Nango auto-hébergé à l'adresse :</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>e.g. dev or prod (shown on every screen)</source>
        <translation>par ex. dev ou prod (affiché sur chaque écran)</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Nom de l'environnement</translation>
    </message>
    <message>
        <source>The demo runs its own Nango-compatible server inside Nango Desk.</source>
        <translation>La démo exécute son propre serveur compatible Nango au sein de Nango Desk.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Environment API key</source>
        <translation>Clé API de l'environnement</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <translation>Clé de signature des webhooks</translation>
    </message>
    <message>
        <source>From the Nango dashboard: Environment settings &gt; API keys, and &gt; Webhooks &gt; Signing key. Since 2026-04 the two differ. Keys are kept in the system keychain and never shown again.</source>
        <translation>Depuis le tableau de bord Nango : Environment settings &gt; API keys, et &gt; Webhooks &gt; Signing key. Depuis 2026-04, les deux sont différentes. Les clés sont conservées dans le trousseau du système et ne sont plus jamais affichées.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Webhook listener</source>
        <translation>Écouteur de webhooks</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts only this computer. Another address exposes the listener to your network: use it only behind a tunnel you trust.</source>
        <translation>127.0.0.1 n'accepte que cet ordinateur. Une autre adresse expose l'écouteur à votre réseau : ne l'utilisez que derrière un tunnel de confiance.</translation>
    </message>
    <message>
        <source>Send a test &amp;webhook</source>
        <translation>Envoyer un &amp;webhook de test</translation>
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
        <translation>URL à donner à Nango</translation>
    </message>
    <message>
        <source>Sync loop</source>
        <translation>Boucle de synchronisation</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often /sync/status is read to catch missed webhooks (0: never).</source>
        <translation>Fréquence de lecture de /sync/status pour rattraper les webhooks manqués (0 : jamais).</translation>
    </message>
    <message>
        <source>Records per request. The rate limit (200 requests a minute on the free plan) is shared with your production backend.</source>
        <translation>Enregistrements par requête. La limite de débit (200 requêtes par minute avec l'offre gratuite) est partagée avec votre backend de production.</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>Interroger toutes les</translation>
    </message>
    <message>
        <source>Records per request</source>
        <translation>Enregistrements par requête</translation>
    </message>
    <message>
        <source>&amp;Save and restart the sync</source>
        <translation>&amp;Enregistrer et redémarrer la synchronisation</translation>
    </message>
    <message>
        <source>Not listening (add the webhook signing key first).</source>
        <translation>Pas à l'écoute (ajoutez d'abord la clé de signature des webhooks).</translation>
    </message>
    <message>
        <source>%1 — Nango Cloud cannot reach this computer: give Nango a tunnel's URL (e.g. a connection's webhook URL override) that forwards here.</source>
        <translation>%1 — Nango Cloud ne peut pas joindre cet ordinateur : donnez à Nango l'URL d'un tunnel qui redirige ici (par ex. comme URL de webhook spécifique à une connexion).</translation>
    </message>
    <message>
        <source>stored in the %1; type to replace</source>
        <translation>enregistrée dans %1 ; saisissez-en une autre pour la remplacer</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>not set: webhooks cannot be verified</source>
        <translation>non définie : les webhooks ne peuvent pas être vérifiés</translation>
    </message>
    <message>
        <source>The listener is not running; add the webhook signing key and save.</source>
        <translation>L'écouteur n'est pas actif ; ajoutez la clé de signature des webhooks et enregistrez.</translation>
    </message>
    <message>
        <source>Production environment (a red banner; every action is confirmed)</source>
        <translation>Environnement de production (bandeau rouge ; chaque action doit être confirmée)</translation>
    </message>
    <message>
        <source>Keys for this session only (nothing is written anywhere)</source>
        <translation>Clés pour cette session uniquement (rien n'est écrit nulle part)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n'importe quel port libre</translation>
    </message>
    <message>
        <source>Also accept the legacy X-Nango-Signature</source>
        <translation>Accepter aussi l'ancienne signature X-Nango-Signature</translation>
    </message>
    <message>
        <source>The old signature, SHA-256 of key and body, open to length extension.</source>
        <translation>L'ancienne signature, SHA-256 de la clé et du corps, vulnérable aux attaques par extension de longueur.</translation>
    </message>
    <message>
        <source>The server URL must be an http(s) address, e.g. http://localhost:3003.</source>
        <translation>L'URL du serveur doit être une adresse http(s), par ex. http://localhost:3003.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>Pas à l'écoute : %1</translation>
    </message>
    <message>
        <source>The listener runs on port %1; save the settings to move it to %2, then test again.</source>
        <translation>L'écouteur fonctionne sur le port %1 ; enregistrez les paramètres pour le déplacer sur %2, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Sending a signed test webhook to %1…</source>
        <translation>Envoi d'un webhook de test signé à %1…</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>On this computer: %1</source>
        <translation>Sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Shared PostgreSQL database:</source>
        <translation>Base PostgreSQL partagée :</translation>
    </message>
    <message>
        <source>Shared cache URI</source>
        <translation>URI du cache partagé</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <source>none: PGPASSWORD or ~/.pgpass</source>
        <translation>aucun : PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>Test the &amp;shared cache</source>
        <translation>&amp;Tester le cache partagé</translation>
    </message>
    <message>
        <source>A team shares one cache: several Nango Desks and nango-desk-cli watch services use it, and each stream is pulled by one of them at a time. The URI never carries the password; it is kept in the keychain. A role that may only read sees the records but neither pulls nor changes syncs.</source>
        <translation>Une équipe partage un cache : plusieurs Nango Desk et services nango-desk-cli watch l’utilisent, et chaque flux est récupéré par un seul d’entre eux à la fois. L’URI ne contient jamais le mot de passe ; il est gardé dans le trousseau. Un rôle en lecture seule voit les enregistrements mais ne récupère rien et ne modifie pas les synchronisations.</translation>
    </message>
    <message>
        <source>A shared cache is a postgresql:// URI, e.g. postgresql://nangodesk@db.example.com:5432/nangodesk.</source>
        <translation>Un cache partagé est une URI postgresql://, par ex. postgresql://nangodesk@db.example.com:5432/nangodesk.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Welcome to Nango Desk. Choose the Nango server, paste this environment's API key and webhook signing key, then save. Or start the built-in demo with nango-desk --demo.</source>
        <translation>Bienvenue dans Nango Desk. Choisissez le serveur Nango, collez la clé API et la clé de signature des webhooks de cet environnement, puis enregistrez. Ou lancez la démo intégrée avec nango-desk --demo.</translation>
    </message>
    <message>
        <source>any free port (now %1)</source>
        <translation>n’importe quel port libre (actuellement %1)</translation>
    </message>
    <message>
        <source>Accept webhooks from other machines</source>
        <translation>Accepter les webhooks d’autres machines</translation>
    </message>
    <message>
        <source>Needed for an address other than 127.0.0.1. Anyone who reaches that address may post to the listener: every post is checked against the signing key, but keep it behind a firewall or a tunnel you trust.</source>
        <translation>Nécessaire pour une adresse autre que 127.0.0.1. Quiconque joint cette adresse peut envoyer au récepteur : chaque envoi est vérifié avec la clé de signature, mais gardez-le derrière un pare-feu ou un tunnel de confiance.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Refused deliveries (a bad signature, a wrong path) are kept in Activity up to this size, oldest dropped first; a burst from one address is counted on one row. Verified webhooks are all kept.</source>
        <translation>Les livraisons refusées (mauvaise signature, mauvais chemin) sont gardées dans l'Activité jusqu'à cette taille, les plus anciennes supprimées en premier ; une rafale venant d'une adresse est comptée sur une ligne. Les webhooks vérifiés sont tous gardés.</translation>
    </message>
    <message>
        <source>Keep refused deliveries up to</source>
        <translation>Garder les livraisons refusées jusqu'à</translation>
    </message>
    <message>
        <source>%1 is plain HTTP: there is no certificate to look at.</source>
        <translation>%1 est en HTTP simple : il n'y a pas de certificat à examiner.</translation>
    </message>
    <message>
        <source>Looking at the certificate of %1…</source>
        <translation>Examen du certificat de %1…</translation>
    </message>
    <message>
        <source>This certificate is trusted for profile "%1" now; saving.</source>
        <translation>Ce certificat est désormais reconnu pour le profil « %1 » ; enregistrement.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>A pull that removes more than this share of a model's records is flagged on its row, in the cursor history and as a notification: a wrong cursor or a bug has deleted records by mistake before.</source>
        <translation>Une récupération qui retire plus que cette part des enregistrements d'un modèle est signalée sur sa ligne, dans l'historique du curseur et par une notification : un curseur erroné ou un bogue a déjà supprimé des enregistrements par erreur.</translation>
    </message>
    <message>
        <source>Flag a pull that deletes more than</source>
        <translation>Signaler une récupération qui supprime plus de</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Earlier versions kept of each record, with the fields each change touched (the record's History tab). About 180 bytes a version, up to 700 when an update changes every field.</source>
        <translation>Versions antérieures conservées de chaque enregistrement, avec les champs touchés par chaque modification (l'onglet Historique de l'enregistrement). Environ 180 octets par version, jusqu'à 700 quand une modification touche chaque champ.</translation>
    </message>
    <message>
        <source>Versions kept per record</source>
        <translation>Versions conservées par enregistrement</translation>
    </message>
</context>
<context>
    <name>nd::SqlReadStore</name>
    <message>
        <source>%1 webhook, signature %2%3</source>
        <translation>webhook %1, signature %2%3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>pull (%1): %2 added, %3 updated, %4 deleted in %5 page(s)%6</source>
        <translation>récupération (%1) : %2 ajoutés, %3 mis à jour, %4 supprimés en %5 page(s)%6</translation>
    </message>
    <message>
        <source>, %1 dropped</source>
        <translation>, %1 rejetés</translation>
    </message>
    <message>
        <source> (verified with the signing key replaced minutes ago)</source>
        <translation> (vérifié avec la clé de signature remplacée il y a quelques minutes)</translation>
    </message>
    <message>
        <source>%1 — %2 times from %3, the last at %4</source>
        <translation>%1 — %2 fois depuis %3, la dernière à %4</translation>
    </message>
</context>
<context>
    <name>nd::SqliteConsole</name>
    <message>
        <source>cannot open the cache %1 for reading: %2</source>
        <translation>impossible d'ouvrir le cache %1 en lecture : %2</translation>
    </message>
    <message>
        <source>cannot read the cache %1: %2</source>
        <translation>impossible de lire le cache %1 : %2</translation>
    </message>
    <message>
        <source>Stopped after the time limit of %1 s. Narrow the question (a WHERE on an indexed column, a LIMIT) or raise the limit.</source>
        <translation>Arrêtée après la limite de temps de %1 s. Restreignez la question (un WHERE sur une colonne indexée, un LIMIT) ou augmentez la limite.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>would load an extension</source>
        <translation>chargerait une extension</translation>
    </message>
    <message>
        <source>would change the setting PRAGMA %1</source>
        <translation>modifierait le réglage PRAGMA %1</translation>
    </message>
    <message>
        <source>uses PRAGMA %1, which this console does not run</source>
        <translation>utilise PRAGMA %1, que cette console n'exécute pas</translation>
    </message>
    <message>
        <source>would change the table %1</source>
        <translation>modifierait la table %1</translation>
    </message>
    <message>
        <source>would attach or write another database file (ATTACH, DETACH or VACUUM)</source>
        <translation>attacherait ou écrirait un autre fichier de base de données (ATTACH, DETACH ou VACUUM)</translation>
    </message>
    <message>
        <source>starts or ends a transaction (each statement here reads one snapshot by itself)</source>
        <translation>commence ou termine une transaction (chaque instruction lit ici un instantané par elle-même)</translation>
    </message>
    <message>
        <source>would change the cache's schema, indexes or statistics</source>
        <translation>modifierait le schéma, les index ou les statistiques du cache</translation>
    </message>
    <message>
        <source>There is no statement to run.</source>
        <translation>Il n'y a aucune instruction à exécuter.</translation>
    </message>
    <message>
        <source>Run one statement at a time: only the first may be given.</source>
        <translation>Exécutez une instruction à la fois : seule la première peut être donnée.</translation>
    </message>
    <message>
        <source>would write</source>
        <translation>écrirait</translation>
    </message>
</context>
<context>
    <name>nd::SqlitePageWriter</name>
    <message>
        <source>cannot store record %1: %2</source>
        <translation>impossible d’enregistrer l’enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>cannot keep the history of record %1: %2</source>
        <translation>impossible de conserver l'historique de l'enregistrement %1 : %2</translation>
    </message>
</context>
<context>
    <name>nd::SqliteSearchHits</name>
    <message>
        <source>cannot read the search index (%1): search again; if it keeps failing, run nango-desk-cli check</source>
        <translation>impossible de lire l’index de recherche (%1) : relancez la recherche ; si l’échec persiste, lancez nango-desk-cli check</translation>
    </message>
</context>
<context>
    <name>nd::Status</name>
    <message>
        <source>a pull is queued</source>
        <translation>une récupération est en file d'attente</translation>
    </message>
    <message>
        <source>never pulled</source>
        <translation>jamais récupéré</translation>
    </message>
    <message>
        <source>Nango finished a run at %1, after the last pull began</source>
        <translation>Nango a terminé une exécution à %1, après le début de la dernière récupération</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Récupération en cours</translation>
    </message>
    <message>
        <source>Pull due</source>
        <translation>Récupération due</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Failed on Nango</source>
        <translation>Échec chez Nango</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais exécutée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>dans %n s</numerusform>
            <numerusform>dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>the last pull ended at %1</source>
        <translation>la dernière récupération s'est terminée à %1</translation>
    </message>
    <message>
        <source>Nango's status from %1</source>
        <translation>statut de Nango à %1</translation>
    </message>
    <message>
        <source>no status from Nango yet</source>
        <translation>pas encore de statut de Nango</translation>
    </message>
    <message>
        <source>Up to date: %1; %2.</source>
        <translation>À jour : %1 ; %2.</translation>
    </message>
    <message>
        <source>Nango counts %L1 records, the cache holds %L2: a webhook may have been missed, or Nango's count lags (it is not updated for every delete).</source>
        <translation>Nango compte %L1 enregistrements, le cache en contient %L2 : un webhook a peut-être été manqué, ou le décompte de Nango est en retard (il n'est pas mis à jour à chaque suppression).</translation>
    </message>
    <message numerus="yes">
        <source>Pulling: %n page(s), %L1 records so far.</source>
        <translation>
            <numerusform>Récupération en cours : %n page, %L1 enregistrements jusqu'ici.</numerusform>
            <numerusform>Récupération en cours : %n pages, %L1 enregistrements jusqu'ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>A pull is due (%1); %2.</source>
        <translation>Une récupération est due (%1) ; %2.</translation>
    </message>
    <message>
        <source>The last pull failed at %1: %2</source>
        <translation>La dernière récupération a échoué à %1 : %2</translation>
    </message>
    <message>
        <source>Nango Desk tries again %1 (at %2); "Pull now" tries at once.</source>
        <translation>Nango Desk réessaie %1 (à %2) ; « Récupérer maintenant » réessaie immédiatement.</translation>
    </message>
    <message>
        <source>Nango's schedule is paused: no new runs until it is resumed. The cache holds what Nango had (%1).</source>
        <translation>La planification de Nango est en pause : aucune nouvelle exécution jusqu'à sa reprise. Le cache contient ce que Nango avait (%1).</translation>
    </message>
    <message>
        <source>Nango's last run failed (the dashboard's logs say why). The cache holds what Nango has (%1).</source>
        <translation>La dernière exécution chez Nango a échoué (les journaux du tableau de bord indiquent pourquoi). Le cache contient ce que Nango a (%1).</translation>
    </message>
    <message>
        <source>Nango's last run failed: %1. The cache holds what Nango has (%2).</source>
        <translation>La dernière exécution chez Nango a échoué : %1. Le cache contient ce que Nango a (%2).</translation>
    </message>
    <message>
        <source>Nango has not run this sync yet (%1).</source>
        <translation>Nango n'a pas encore exécuté cette synchronisation (%1).</translation>
    </message>
    <message>
        <source>No status from Nango yet: the state is not known.</source>
        <translation>Pas encore de statut de Nango : l'état est inconnu.</translation>
    </message>
    <message>
        <source>Connecting to Nango…</source>
        <translation>Connexion à Nango…</translation>
    </message>
    <message>
        <source>Connected to Nango.</source>
        <translation>Connecté à Nango.</translation>
    </message>
    <message>
        <source>No API key: add this environment's key in Settings.</source>
        <translation>Aucune clé API : ajoutez la clé de cet environnement dans les paramètres.</translation>
    </message>
    <message>
        <source>Trying again %1.</source>
        <translation>Nouvel essai %1.</translation>
    </message>
    <message>
        <source>One pull removed %L1 of %L2 records (%3%) at %4: Nango deleted them, or a wrong cursor or a bug made it say so. The deleted records are kept here: look at them (Records, "Show deleted"), and check the sync's logs in Nango.</source>
        <translation>Une récupération a retiré %L1 des %L2 enregistrements (%3 %) à %4 : Nango les a supprimés, ou un curseur erroné ou un bogue le lui a fait dire. Les enregistrements supprimés sont gardés ici : examinez-les (Enregistrements, « Afficher les supprimés ») et vérifiez les journaux de la synchronisation dans Nango.</translation>
    </message>
</context>
<context>
    <name>nd::StatusIndicators</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>Nango Desk</source>
        <translation>Nango Desk</translation>
    </message>
    <message>
        <source>A sync failed on Nango</source>
        <translation>Une synchronisation a échoué chez Nango</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Authorization problem</source>
        <translation>Problème d'autorisation</translation>
    </message>
    <message>
        <source>%1 needs to reconnect: %2</source>
        <translation>%1 doit se reconnecter : %2</translation>
    </message>
    <message>
        <source>Nango cannot be reached</source>
        <translation>Nango est injoignable</translation>
    </message>
    <message>
        <source>A pull failed</source>
        <translation>Une récupération a échoué</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nango cannot be used.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nango est inutilisable.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No API key.&lt;/b&gt; Add this environment's API key in Settings; nothing is sent to Nango until then.</source>
        <translation>&lt;b&gt;Aucune clé API.&lt;/b&gt; Ajoutez la clé API de cet environnement dans les paramètres ; rien n'est envoyé à Nango d'ici là.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 retrying</source>
        <translation>%1 en nouvel essai</translation>
    </message>
    <message>
        <source>%1 failed on Nango</source>
        <translation>%1 en échec chez Nango</translation>
    </message>
    <message>
        <source>%1 pulling</source>
        <translation>%1 en récupération</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 à récupérer</translation>
    </message>
    <message>
        <source>%1 up to date</source>
        <translation>%1 à jour</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 en pause</translation>
    </message>
    <message>
        <source>%1 never run</source>
        <translation>%1 sans exécution</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 à l'état inconnu</translation>
    </message>
    <message>
        <source>No streams yet</source>
        <translation>Aucun flux pour l'instant</translation>
    </message>
    <message>
        <source>Streams: %1 · last good pull %2</source>
        <translation>Flux : %1 · dernière récupération réussie : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s), %L2 records)</source>
        <translation>
            <numerusform>%1 (%n page, %L2 enregistrements)</numerusform>
            <numerusform>%1 (%n pages, %L2 enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <source>No pull running</source>
        <translation>Aucune récupération en cours</translation>
    </message>
    <message>
        <source>Pulling %1</source>
        <translation>Récupération de %1</translation>
    </message>
    <message numerus="yes">
        <source>Pulling %n streams</source>
        <translation>
            <numerusform>Récupération de %n flux</numerusform>
            <numerusform>Récupération de %n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate budget: unknown</source>
        <translation>Budget de requêtes : inconnu</translation>
    </message>
    <message>
        <source>Rate budget: %1 of %2 left</source>
        <translation>Budget de requêtes : %1 restantes sur %2</translation>
    </message>
    <message>
        <source>Webhooks: not listening (%1)</source>
        <translation>Webhooks : pas à l'écoute (%1)</translation>
    </message>
    <message>
        <source>Webhooks: not listening</source>
        <translation>Webhooks : pas à l'écoute</translation>
    </message>
    <message>
        <source>Webhooks: %1</source>
        <translation>Webhooks : %1</translation>
    </message>
    <message>
        <source>Nango Desk: %1</source>
        <translation>Nango Desk : %1</translation>
    </message>
    <message>
        <source>Nango Desk — %1</source>
        <translation>Nango Desk — %1</translation>
    </message>
    <message>
        <source>Webhooks: received by the shared cache's watcher</source>
        <translation>Webhooks : reçus par le watcher du cache partagé</translation>
    </message>
    <message>
        <source>Nango cannot be used</source>
        <translation>Nango ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>Mass delete</source>
        <translation>Suppression massive</translation>
    </message>
    <message>
        <source>Proxy &amp;password…</source>
        <translation>Mot de passe du &amp;proxy…</translation>
    </message>
</context>
<context>
    <name>nd::Store</name>
    <message>
        <source>The shared cache %1 has no tables yet: Nango Desk creates them when it starts on it with a role that may.</source>
        <translation>Le cache partagé %1 n’a pas encore de tables : Nango Desk les crée quand il démarre dessus avec un rôle qui en a le droit.</translation>
    </message>
    <message>
        <source>A shared cache is a postgresql:// URI (postgresql://user@host:port/dbname), not %1.</source>
        <translation>Un cache partagé est une URI postgresql:// (postgresql://utilisateur@hôte:port/base), pas %1.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the cache file inside it, e.g. %1/cache.sqlite</source>
        <translation>%1 est un dossier : indiquez le fichier de cache qu’il contient, par ex. %1/cache.sqlite</translation>
    </message>
</context>
<context>
    <name>nd::SyncEngine</name>
    <message>
        <source>Cannot create the profile "%1" in the cache %2.</source>
        <translation>Impossible de créer le profil « %1 » dans le cache %2.</translation>
    </message>
    <message>
        <source>the server answers again</source>
        <translation>le serveur répond à nouveau</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>a repair since %1</source>
        <translation>une réparation depuis %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the pause after a failure is over</source>
        <translation>la pause après un échec est terminée</translation>
    </message>
    <message>
        <source>records changed during the last pull</source>
        <translation>des enregistrements ont changé pendant la dernière récupération</translation>
    </message>
    <message>
        <source>The shared cache %1 has no profile "%2" yet, and this role may not create it. Ask whoever runs the watcher for the profile's name.</source>
        <translation>Le cache partagé %1 n’a pas encore de profil « %2 », et ce rôle ne peut pas le créer. Demandez le nom du profil à qui exécute le watcher.</translation>
    </message>
    <message>
        <source>The shared cache %1 holds the profile "%2" for %3, not for %4. Give this server a profile of its own (--profile, or a new profile in the app), or point this one at %3.</source>
        <translation>Le cache partagé %1 contient le profil « %2 » pour %3, pas pour %4. Donnez à ce serveur un profil à lui (--profile, ou un nouveau profil dans l’application), ou pointez celui-ci vers %3.</translation>
    </message>
    <message>
        <source>The cache cannot be used: %1</source>
        <translation>Le cache ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>Nango refused the stored cursor</source>
        <translation>Nango a refusé le curseur enregistré</translation>
    </message>
    <message>
        <source>stopped after its page to let a pull of a mirrored stream go first; it goes on from here</source>
        <translation>arrêtée après sa page pour laisser passer d'abord la récupération d'un flux déjà reflété ; elle reprend d'ici</translation>
    </message>
    <message>
        <source>goes on after the pulls that went first</source>
        <translation>reprend après les récupérations passées en premier</translation>
    </message>
    <message>
        <source>There is no webhook #%1 in this profile's log.</source>
        <translation>Le journal de ce profil n'a pas de webhook n°%1.</translation>
    </message>
    <message>
        <source>This role may only read the shared cache: replays are for whoever runs its watcher.</source>
        <translation>Ce rôle ne peut que lire le cache partagé : les rejeux reviennent à qui fait tourner son watcher.</translation>
    </message>
    <message>
        <source>Webhook #%1 was refused when it came (%2): only a verified delivery is replayed, or a body nobody signed would be trusted.</source>
        <translation>Le webhook n°%1 a été refusé à son arrivée (%2) : seule une livraison vérifiée est rejouée, sinon un contenu que personne n'a signé serait cru.</translation>
    </message>
    <message>
        <source>Webhook #%1 was not kept whole (%2 of %3 bytes): it cannot be replayed.</source>
        <translation>Le webhook n°%1 n'a pas été gardé en entier (%2 octets sur %3) : il ne peut pas être rejoué.</translation>
    </message>
</context>
<context>
    <name>nd::SyncsPanel</name>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Server records</source>
        <translation>Enregistrements (serveur)</translation>
    </message>
    <message>
        <source>Local records</source>
        <translation>Enregistrements (locaux)</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Status fetched</source>
        <translation>Statut récupéré</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Synchronisations</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>Récupérer &amp;maintenant</translation>
    </message>
    <message>
        <source>Fetch what changed since our cursor (no server run)</source>
        <translation>Récupérer ce qui a changé depuis notre curseur (sans exécution sur le serveur)</translation>
    </message>
    <message>
        <source>&amp;Trigger run…</source>
        <translation>&amp;Lancer une exécution…</translation>
    </message>
    <message>
        <source>Ask Nango to run the sync now</source>
        <translation>Demander à Nango d'exécuter la synchronisation maintenant</translation>
    </message>
    <message>
        <source>Full &amp;resync…</source>
        <translation>&amp;Resynchronisation complète…</translation>
    </message>
    <message>
        <source>Ask Nango to fetch everything again</source>
        <translation>Demander à Nango de tout récupérer à nouveau</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>Stop the schedule (a running execution finishes)</source>
        <translation>Arrêter la planification (une exécution en cours va jusqu'à son terme)</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>Restart the schedule; Nango runs the sync at once</source>
        <translation>Relancer la planification ; Nango exécute la synchronisation immédiatement</translation>
    </message>
    <message>
        <source>&amp;Frequency…</source>
        <translation>&amp;Fréquence…</translation>
    </message>
    <message>
        <source>Change how often Nango runs this sync for this connection</source>
        <translation>Modifier la fréquence à laquelle Nango exécute cette synchronisation pour cette connexion</translation>
    </message>
    <message>
        <source>Re&amp;pair since…</source>
        <translation>Réparer &amp;depuis…</translation>
    </message>
    <message>
        <source>Re-read records modified since a date; the cursor stays</source>
        <translation>Relire les enregistrements modifiés depuis une date ; le curseur ne bouge pas</translation>
    </message>
    <message>
        <source>Recor&amp;ds</source>
        <translation>&amp;Enregistrements</translation>
    </message>
    <message>
        <source>Browse this model's cached records</source>
        <translation>Parcourir les enregistrements de ce modèle en cache</translation>
    </message>
    <message>
        <source>Cursor &amp;history</source>
        <translation>&amp;Historique du curseur</translation>
    </message>
    <message>
        <source>Every pull of this model and where the cursor went</source>
        <translation>Chaque récupération de ce modèle et la position atteinte par le curseur</translation>
    </message>
    <message>
        <source>schedule paused</source>
        <translation>planification en pause</translation>
    </message>
    <message>
        <source>%1: done. It is in the activity journal.</source>
        <translation>%1 : terminé. L'opération figure dans le journal d'activité.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Empty Nango's cache?</source>
        <translation>Vider le cache de Nango ?</translation>
    </message>
    <message>
        <source>Nango will delete every stored record of %1 for %2 and save them again. Every cursor held by every consumer of this sync becomes meaningless: your production backend must start over too.</source>
        <translation>Nango va supprimer tous les enregistrements stockés de %1 pour %2 puis les stocker à nouveau. Les curseurs détenus par tous les consommateurs de cette synchronisation perdent leur sens : votre backend de production doit lui aussi repartir de zéro.</translation>
    </message>
    <message>
        <source>Empty the cache and resync</source>
        <translation>Vider le cache et resynchroniser</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencher</translation>
    </message>
    <message>
        <source>Full resync</source>
        <translation>Resynchronisation complète</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1 : envoi…</translation>
    </message>
    <message>
        <source>Pause the schedule?</source>
        <translation>Suspendre la planification ?</translation>
    </message>
    <message>
        <source>Nango stops running %1 for %2 until it is resumed. A run in progress finishes.</source>
        <translation>Nango cesse d'exécuter %1 pour %2 jusqu'à la reprise. Une exécution en cours va jusqu'à son terme.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Frequency change</source>
        <translation>Modification de la fréquence</translation>
    </message>
    <message>
        <source>Repair since a date</source>
        <translation>Réparer depuis une date</translation>
    </message>
    <message>
        <source>Re-read every record Nango modified since this moment and update the cache. The cursor does not move. Nango accepts dates within the last 12 months.</source>
        <translation>Relire tous les enregistrements modifiés par Nango depuis ce moment et mettre à jour le cache. Le curseur ne bouge pas. Nango accepte les dates des 12 derniers mois.</translation>
    </message>
    <message>
        <source>Repair pull started; see the cursor history.</source>
        <translation>Récupération de réparation lancée ; voir l'historique du curseur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s)</source>
        <translation>
            <numerusform>%1 · %n page</numerusform>
            <numerusform>%1 · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · retry %2</source>
        <translation>%1 · nouvel essai %2</translation>
    </message>
    <message>
        <source>%1 · counts differ</source>
        <translation>%1 · décomptes différents</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>échec %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>late (was due %1)</source>
        <translation>en retard (prévue à %1)</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Dernière récupération</translation>
    </message>
    <message>
        <source>Nango's last run</source>
        <translation>Dernière exécution chez Nango</translation>
    </message>
    <message>
        <source>&lt;b&gt;Syncs&lt;/b&gt; of every connection. Double-click a connection in Connections to see only its syncs.</source>
        <translation>&lt;b&gt;Synchronisations&lt;/b&gt; de toutes les connexions. Double-cliquez sur une connexion dans « Connexions » pour ne voir que ses synchronisations.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Syncs&lt;/b&gt; of %1 / %2 — &lt;a href="all"&gt;show every connection&lt;/a&gt;</source>
        <translation>&lt;b&gt;Synchronisations&lt;/b&gt; de %1 / %2 — &lt;a href="all"&gt;afficher toutes les connexions&lt;/a&gt;</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 (running now)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message>
        <source>Nango counts a variant's records under its base model: the server count is not this variant's.</source>
        <translation>Nango compte les enregistrements d'une variante sous son modèle de base : le décompte du serveur n'est pas celui de cette variante.</translation>
    </message>
    <message>
        <source>Our cursor stands at %1.</source>
        <translation>Notre curseur est à %1.</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>%1 · mass delete</source>
        <translation>%1 · suppression massive</translation>
    </message>
    <message>
        <source>D&amp;eleted records</source>
        <translation>Enregistrements supprim&amp;és</translation>
    </message>
    <message>
        <source>The records a pull flagged as a mass delete removed; opening them clears the flag</source>
        <translation>Les enregistrements retirés par une récupération signalée comme suppression massive ; les ouvrir retire le signalement</translation>
    </message>
</context>
<context>
    <name>nd::TargetPicker</name>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>nd::TestWebhook</name>
    <message>
        <source>The listener accepted a signed test webhook: point Nango's webhook URL here (through a tunnel for Nango Cloud).</source>
        <translation>L'écouteur a accepté un webhook de test signé : faites pointer l'URL de webhook de Nango ici (via un tunnel pour Nango Cloud).</translation>
    </message>
    <message>
        <source>The listener refused the signature: the signing key typed here is not the one it uses. Save the settings first, or clear the field to test the saved key.</source>
        <translation>L'écouteur a refusé la signature : la clé de signature saisie ici n'est pas celle qu'il utilise. Enregistrez d'abord les paramètres, ou videz le champ pour tester la clé enregistrée.</translation>
    </message>
    <message>
        <source>The test webhook failed: %1</source>
        <translation>Le webhook de test a échoué : %1</translation>
    </message>
</context>
<context>
    <name>nd::WebhookListener</name>
    <message>
        <source>Cannot listen for webhooks on %1:%2: %3</source>
        <translation>Impossible d’écouter les webhooks sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>Listening on %1 lets any machine that reaches this one post webhooks here. Keep the listener on 127.0.0.1 behind a tunnel (Nango Cloud cannot reach a desktop anyway), or ask for it: --allow-remote, or "Accept webhooks from other machines" in Settings.</source>
        <translation>Écouter sur %1 permet à toute machine qui joint celle-ci d’y envoyer des webhooks. Gardez le récepteur sur 127.0.0.1 derrière un tunnel (Nango Cloud ne peut de toute façon pas joindre un poste de travail), ou demandez-le : --allow-remote, ou « Accepter les webhooks d’autres machines » dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>nd::WebhookRouteDialog</name>
    <message>
        <source>Webhooks of %1 / %2</source>
        <translation>Webhooks de %1 / %2</translation>
    </message>
    <message>
        <source>Asking Nango where they go…</source>
        <translation>Nango est interrogé sur leur destination…</translation>
    </message>
    <message>
        <source>Nango Cloud cannot reach this computer, and Nango refuses loopback and private addresses. Run a tunnel or a public reverse proxy that forwards to this desktop's listener (%1; it stays on loopback) and give its public URL here. Routing a connection here replaces BOTH of the environment's webhook URLs (primary and secondary) for that connection, until you send them back.</source>
        <translation>Nango Cloud ne peut pas joindre cet ordinateur, et Nango refuse les adresses loopback et privées. Faites tourner un tunnel ou un proxy inverse public qui transmet au récepteur de ce bureau (%1 ; il reste en loopback) et donnez ici son URL publique. Router une connexion ici remplace LES DEUX URL de webhook de l'environnement (primaire et secondaire) pour cette connexion, jusqu'à ce que vous les renvoyiez.</translation>
    </message>
    <message>
        <source>not listening yet</source>
        <translation>n'écoute pas encore</translation>
    </message>
    <message>
        <source>Public URL that leads to this desktop</source>
        <translation>URL publique qui mène à ce bureau</translation>
    </message>
    <message>
        <source>&amp;Send this connection's webhooks here</source>
        <translation>&amp;Envoyer ici les webhooks de cette connexion</translation>
    </message>
    <message>
        <source>Set the connection's webhook URL override in Nango</source>
        <translation>Définir dans Nango l'URL de webhook propre à la connexion</translation>
    </message>
    <message>
        <source>&amp;Check with a test webhook</source>
        <translation>&amp;Vérifier avec un webhook de test</translation>
    </message>
    <message>
        <source>Post a signed test webhook to the URL and see whether this listener accepts it</source>
        <translation>Envoyer un webhook de test signé à l'URL et voir si ce récepteur l'accepte</translation>
    </message>
    <message>
        <source>Back to the &amp;environment's URLs</source>
        <translation>Retour aux URL de l'&amp;environnement</translation>
    </message>
    <message>
        <source>Clear the override: Nango sends to the environment's webhook URLs again</source>
        <translation>Supprimer l'URL propre : Nango envoie de nouveau aux URL de webhook de l'environnement</translation>
    </message>
    <message>
        <source>Give the public http(s) URL of a tunnel or reverse proxy that leads here.</source>
        <translation>Donnez l'URL http(s) publique d'un tunnel ou d'un proxy inverse qui mène ici.</translation>
    </message>
    <message>
        <source>Route webhooks here</source>
        <translation>Router les webhooks ici</translation>
    </message>
    <message>
        <source>Nango will send the webhooks of %1 / %2 to %3 only. Your backend at the environment's webhook URLs stops receiving them until you send them back.</source>
        <translation>Nango enverra les webhooks de %1 / %2 uniquement à %3. Votre backend aux URL de webhook de l'environnement ne les recevra plus jusqu'à ce que vous les renvoyiez.</translation>
    </message>
    <message>
        <source>Route them here</source>
        <translation>Les router ici</translation>
    </message>
    <message>
        <source>Type the public URL to check first.</source>
        <translation>Saisissez d'abord l'URL publique à vérifier.</translation>
    </message>
    <message>
        <source>Posting a signed test webhook to %1…</source>
        <translation>Envoi d'un webhook de test signé à %1…</translation>
    </message>
    <message>
        <source>Nango did not say where they go: %1</source>
        <translation>Nango n'a pas dit où ils vont : %1</translation>
    </message>
    <message>
        <source>Now: to the environment's webhook URLs.</source>
        <translation>Actuellement : aux URL de webhook de l'environnement.</translation>
    </message>
    <message>
        <source>Now: to %1 only (the connection's override).</source>
        <translation>Actuellement : uniquement à %1 (l'URL propre à la connexion).</translation>
    </message>
    <message>
        <source>Sending them back to the environment's URLs…</source>
        <translation>Renvoi vers les URL de l'environnement…</translation>
    </message>
    <message>
        <source>Routing them to %1…</source>
        <translation>Routage vers %1…</translation>
    </message>
    <message>
        <source>Done: the environment's webhook URLs receive them again.</source>
        <translation>Fait : les URL de webhook de l'environnement les reçoivent de nouveau.</translation>
    </message>
    <message>
        <source>Done: Nango sends them to %1 only. Check it with a test webhook.</source>
        <translation>Fait : Nango les envoie uniquement à %1. Vérifiez-le avec un webhook de test.</translation>
    </message>
</context>
<context>
    <name>nd::WebhookRouter</name>
    <message>
        <source>test webhook: the signature was verified; nothing is pulled</source>
        <translation>webhook de test : la signature a été vérifiée ; rien n'est récupéré</translation>
    </message>
    <message>
        <source>pull %1</source>
        <translation>récupération de %1</translation>
    </message>
    <message>
        <source>a webhook announced new records</source>
        <translation>un webhook a annoncé de nouveaux enregistrements</translation>
    </message>
    <message>
        <source>sync status refresh</source>
        <translation>actualisation du statut de synchronisation</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>aucune description</translation>
    </message>
    <message>
        <source>catalog refresh</source>
        <translation>actualisation du catalogue</translation>
    </message>
    <message>
        <source>the connection was authorized again</source>
        <translation>la connexion a été autorisée à nouveau</translation>
    </message>
    <message>
        <source>logged only</source>
        <translation>journalisé uniquement</translation>
    </message>
    <message>
        <source>replay of #%1: pull %2</source>
        <translation>rejeu du n°%1 : récupération %2</translation>
    </message>
</context>
<context>
    <name>nd::WriteBack</name>
    <message>
        <source>Another action is still running; wait for it or cancel it.</source>
        <translation>Une autre action est encore en cours ; attendez-la ou annulez-la.</translation>
    </message>
    <message>
        <source>Another request is still running; wait for it or cancel it.</source>
        <translation>Une autre requête est encore en cours ; attendez-la ou annulez-la.</translation>
    </message>
    <message>
        <source>Nango Desk is not connected to a Nango server yet: save a server and an API key in Settings first.</source>
        <translation>Nango Desk n'est encore connecté à aucun serveur Nango : enregistrez d'abord un serveur et une clé API dans les paramètres.</translation>
    </message>
    <message>
        <source>The local cache could not be opened, so nothing can be run or recorded. See the message in the banner.</source>
        <translation>Le cache local n'a pas pu être ouvert : rien ne peut être exécuté ni enregistré. Voir le message dans le bandeau.</translation>
    </message>
    <message>
        <source>The connection to Nango was restarted while the action ran, so Nango Desk stopped waiting. The action may still have run on Nango: check its logs before running it again.</source>
        <translation>La connexion à Nango a redémarré pendant l'exécution de l'action, Nango Desk a donc cessé d'attendre. L'action a peut-être quand même été exécutée sur Nango : consultez ses journaux avant de la relancer.</translation>
    </message>
    <message>
        <source>The connection to Nango was restarted while the request was in flight; it may still have reached the provider.</source>
        <translation>La connexion à Nango a redémarré pendant que la requête était en cours ; elle a peut-être quand même atteint le fournisseur.</translation>
    </message>
    <message>
        <source>This role may only read the shared cache: actions and proxy requests are run by roles that may write it, where every run is recorded.</source>
        <translation>Ce rôle ne peut que lire le cache partagé : les actions et requêtes proxy sont lancées par les rôles qui peuvent l’écrire, où chaque exécution est enregistrée.</translation>
    </message>
</context>
</TS>
