<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApplyPage</name>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>déjà à jour</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace the destination in the subaccount with the one from this wizard</source>
        <translation>Remplacer la destination du sous-compte par celle de cet assistant</translation>
    </message>
    <message>
        <source>Writing into &quot;%1&quot;…</source>
        <translation>Écriture dans «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrite</translation>
    </message>
    <message>
        <source>exists with other values</source>
        <translation>existe avec d&apos;autres valeurs</translation>
    </message>
    <message>
        <source>Someone created a destination of this name after the review. Choose Overwrite to replace it with the wizard&apos;s values, or keep it as it is and finish.</source>
        <translation>Quelqu&apos;un a créé une destination portant ce nom après la vérification. Choisissez «&#xa0;Remplacer&#xa0;» pour la remplacer par les valeurs de l&apos;assistant, ou laissez-la telle quelle et terminez.</translation>
    </message>
    <message>
        <source>Skipped because the destination before it was not written.</source>
        <translation>Ignorée, car la destination précédente n&apos;a pas été écrite.</translation>
    </message>
    <message>
        <source>%1 exists in the subaccount</source>
        <translation>%1 existe dans le sous-compte</translation>
    </message>
    <message>
        <source>%1 does not exist in the subaccount</source>
        <translation>%1 n&apos;existe pas dans le sous-compte</translation>
    </message>
    <message>
        <source>Not everything was written: %1. Retry, or finish and import the files instead.</source>
        <translation>Tout n&apos;a pas été écrit&#xa0;: %1. Réessayez, ou terminez et importez plutôt les fichiers.</translation>
    </message>
    <message>
        <source>Asking the Destination service for a token with &quot;%1&quot;…</source>
        <translation>Demande d&apos;un jeton au service Destination avec «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop writing; the summary then says which destinations exist</source>
        <translation>Arrêter l&apos;écriture&#xa0;; le récapitulatif indique alors quelles destinations existent</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>&amp;Create under this name</source>
        <translation>Créer sous ce &amp;nom</translation>
    </message>
    <message>
        <source>New name of the primary &amp;destination:</source>
        <translation>Nouveau nom de la &amp;destination principale&#xa0;:</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>Lecture des destinations de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Each primary destination first, then the destinations that belong to it.</source>
        <translation>D&apos;abord chaque destination principale, puis les destinations qui lui appartiennent.</translation>
    </message>
    <message>
        <source>Keep the existing destination and create ours under another name</source>
        <translation>Conserver la destination existante et créer la nôtre sous un autre nom</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;. Test the connection now, or finish.</source>
        <translation>Les destinations se trouvent dans «&#xa0;%1&#xa0;». Testez maintenant la connexion, ou terminez.</translation>
    </message>
    <message>
        <source>Ask the Destination service for a token with the primary destination, as SAP Task Center does</source>
        <translation>Demander un jeton au service Destination avec la destination principale, comme le fait SAP Task Center</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;.</source>
        <translation>Les destinations se trouvent dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 may exist in the subaccount (its answer was lost)</source>
        <translation>%1 existe peut-être dans le sous-compte (sa réponse a été perdue)</translation>
    </message>
    <message>
        <source>Someone changed this destination in the subaccount after the review. Choose Overwrite to replace it with the wizard&apos;s values, or keep it as it is and finish.</source>
        <translation>Quelqu&apos;un a modifié cette destination dans le sous-compte après la vérification. Choisissez «&#xa0;Remplacer&#xa0;» pour la remplacer par les valeurs de l&apos;assistant, ou laissez-la telle quelle et terminez.</translation>
    </message>
    <message>
        <source>Write into the subaccount</source>
        <translation>Écrire dans le sous-compte</translation>
    </message>
</context>
<context>
    <name>ApplySession</name>
    <message>
        <source>No subaccount is chosen: the destinations go into files only.</source>
        <translation>Aucun sous-compte n&apos;est sélectionné&#xa0;: les destinations sont écrites uniquement dans des fichiers.</translation>
    </message>
    <message>
        <source>Reading the subaccount was stopped.</source>
        <translation>La lecture du sous-compte a été arrêtée.</translation>
    </message>
    <message>
        <source>The destinations cannot be renamed now.</source>
        <translation>Les destinations ne peuvent pas être renommées pour le moment.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: the Destination service fetched a token with it, as SAP Task Center will.</source>
        <translation>«&#xa0;%1&#xa0;» fonctionne&#xa0;: le service Destination a obtenu un jeton avec cette destination, comme le fera SAP Task Center.</translation>
    </message>
    <message>
        <source>%1 now connects %2</source>
        <translation>%1 connecte actuellement %2</translation>
    </message>
    <message>
        <source>The trust certificate this setup used (SHA-256 %1) is not the subaccount&apos;s current one (SHA-256 %2): the provider holds a certificate this subaccount does not sign with. Get the current one on the trust certificate step and give it to the provider again.</source>
        <translation>Le certificat de confiance utilisé par ce paramétrage (SHA-256 %1) n&apos;est pas le certificat actuel du sous-compte (SHA-256 %2)&#xa0;: le fournisseur détient un certificat avec lequel ce sous-compte ne signe pas. Récupérez le certificat actuel à l&apos;étape «&#xa0;Certificat de confiance&#xa0;» et transmettez-le à nouveau au fournisseur.</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation>Le fichier %1 n&apos;existe pas. Vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <source>%1 is not a file (it is a folder, a device or a pipe). Choose the file itself.</source>
        <translation>%1 n&apos;est pas un fichier (c&apos;est un dossier, un périphérique ou un tube). Choisissez le fichier lui-même.</translation>
    </message>
    <message>
        <source>%1 is too large (%2) for what it should hold (at most %3). Check that it is the right file.</source>
        <translation>%1 est trop volumineux (%2) pour ce qu&apos;il doit contenir (%3 au maximum). Vérifiez qu&apos;il s&apos;agit du bon fichier.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check that you may open it.</source>
        <translation>Le fichier %1 ne peut pas être lu (%2). Vérifiez que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is too large for what it should hold (at most %2). Check that it is the right file.</source>
        <translation>%1 est trop volumineux pour ce qu&apos;il doit contenir (%2 au maximum). Vérifiez qu&apos;il s&apos;agit du bon fichier.</translation>
    </message>
</context>
<context>
    <name>CheckReportPage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>The worst first. Choose a finding to read how to fix it and where SAP documents it.</source>
        <translation>Les plus graves en premier. Choisissez un constat pour savoir comment le corriger et où SAP le documente.</translation>
    </message>
    <message>
        <source>Destination or finding</source>
        <translation>Destination ou constat</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Go Back to choose another source, or try again.</source>
        <translation>Choisissez «&#xa0;Précédent&#xa0;» pour sélectionner une autre source, ou réessayez.</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>Configuration complète</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) checked.</source>
        <translation>
            <numerusform>%n destination vérifiée.</numerusform>
            <numerusform>%n destinations vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <translation>Erreurs&#xa0;: %1, avertissements&#xa0;: %2, remarques&#xa0;: %3.</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation>Le rapport est enregistré dans %1.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;JSON report (*.json);;Text report (*.txt)</source>
        <translation>Rapport PDF (*.pdf);;Rapport HTML (*.html);;Rapport JSON (*.json);;Rapport texte (*.txt)</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s own destinations</source>
        <translation>Destinations propres à SAP Task Center</translation>
    </message>
    <message>
        <source>Other destinations</source>
        <translation>Autres destinations</translation>
    </message>
    <message>
        <source>Fixing changes a subaccount: check the subaccount instead of files to fix this here.</source>
        <translation>La correction modifie un sous-compte&#xa0;: pour corriger ce point ici, vérifiez le sous-compte plutôt que des fichiers.</translation>
    </message>
    <message>
        <source>Fix in the subaccount</source>
        <translation>Corriger dans le sous-compte</translation>
    </message>
    <message>
        <source>Make this change in &quot;%1&quot;?</source>
        <translation>Effectuer cette modification dans «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Changing %1…</source>
        <translation>Modification de %1…</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1 a été modifiée.</translation>
    </message>
    <message>
        <source>Set up again in the &amp;wizard…</source>
        <translation>Refaire le paramétrage dans l&apos;ass&amp;istant…</translation>
    </message>
    <message>
        <source>Setting up again writes into a subaccount: check the subaccount instead of files to do it from here.</source>
        <translation>Refaire le paramétrage écrit dans un sous-compte&#xa0;: pour le faire d&apos;ici, vérifiez le sous-compte plutôt que des fichiers.</translation>
    </message>
    <message>
        <source>Walk through the provider&apos;s steps again, filled in from the destinations as they are, and write them as SAP documents them.</source>
        <translation>Reprendre les étapes du fournisseur, préremplies à partir des destinations telles qu&apos;elles sont, et les écrire comme SAP les documente.</translation>
    </message>
    <message>
        <source>Fi&amp;x in the subaccount…</source>
        <translation>&amp;Corriger dans le sous-compte…</translation>
    </message>
    <message>
        <source>&amp;Open SAP&apos;s page</source>
        <translation>&amp;Ouvrir la page SAP</translation>
    </message>
    <message>
        <source>No browser could be opened. SAP&apos;s page is at %1</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. La page SAP se trouve à l&apos;adresse %1</translation>
    </message>
</context>
<context>
    <name>CheckSourcePage</name>
    <message>
        <source>The &amp;demo subaccount on this computer</source>
        <translation>Le sous-compte de &amp;démonstration sur cet ordinateur</translation>
    </message>
    <message>
        <source>A saved &amp;subaccount:</source>
        <translation>Un sous-compte &amp;enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Destination &amp;files exported from the SAP BTP cockpit:</source>
        <translation>&amp;Fichiers de destination exportés depuis le cockpit SAP BTP&#xa0;:</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>Ajouter des fic&amp;hiers…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Ajouter un d&amp;ossier…</translation>
    </message>
    <message>
        <source>&amp;Compare with a certificate…</source>
        <translation>&amp;Comparer avec un certificat…</translation>
    </message>
    <message>
        <source>Check an existing configuration</source>
        <translation>Vérifier une configuration existante</translation>
    </message>
    <message>
        <source>Choose what to check: the destinations of a subaccount, or files exported from the cockpit.</source>
        <translation>Choisissez ce qu&apos;il faut vérifier&#xa0;: les destinations d&apos;un sous-compte, ou des fichiers exportés depuis le cockpit.</translation>
    </message>
    <message>
        <source>Saved subaccount</source>
        <translation>Sous-compte enregistré</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Fichier de destination</translation>
    </message>
    <message>
        <source>Folder of destination files</source>
        <translation>Dossier de fichiers de destination</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The demo subaccount could not be started.</source>
        <translation>Le sous-compte de démonstration n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>No files added yet.</source>
        <translation>Aucun fichier ajouté pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Destination files and zip archives (*.properties *.props *.json *.txt *.zip *);;All files (*)</source>
        <translation>Fichiers de destination et archives zip (*.properties *.props *.json *.txt *.zip *);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The trust certificate a provider holds (the one uploaded to its OAuth clients or admin portal), to compare with the subaccount&apos;s current one</source>
        <translation>Le certificat de confiance que détient un fournisseur (celui chargé dans ses clients OAuth ou son portail d&apos;administration), à comparer avec le certificat actuel du sous-compte</translation>
    </message>
    <message>
        <source>Wait until the subaccount has answered.</source>
        <translation>Attendez que le sous-compte ait répondu.</translation>
    </message>
    <message>
        <source>Add the exported files or a folder of them to check.</source>
        <translation>Ajoutez les fichiers exportés, ou un dossier qui les contient, pour les vérifier.</translation>
    </message>
    <message>
        <source>Choose a saved subaccount to check.</source>
        <translation>Choisissez un sous-compte enregistré à vérifier.</translation>
    </message>
    <message>
        <source>Choose what to check.</source>
        <translation>Choisissez ce qu&apos;il faut vérifier.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>SAP&apos;s guide</source>
        <translation>Guide SAP</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show the options of this command.</source>
        <translation>Affiche les options de cette commande.</translation>
    </message>
    <message>
        <source>%1
Run &apos;taskcenter-connect %2 --help&apos; for the options.</source>
        <translation>%1
Exécutez &apos;taskcenter-connect %2 --help&apos; pour afficher les options.</translation>
    </message>
    <message>
        <source>Shows a trust certificate&apos;s subject, issuer, validity, days left and SHA-256 fingerprint.
Exit codes: 0 valid; 1 expired, expiring within %1 days, or not yet valid; 2 not a certificate.</source>
        <translation>Affiche le sujet, l&apos;émetteur, la validité, les jours restants et l&apos;empreinte SHA-256 d&apos;un certificat de confiance.
Codes de sortie&#xa0;: 0 valide&#xa0;; 1 expiré, expirant dans les %1 jours ou pas encore valide&#xa0;; 2 pas un certificat.</translation>
    </message>
    <message>
        <source>The certificate (PEM, DER or bare base64).</source>
        <translation>Le certificat (PEM, DER ou base64 brut).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Afficher un objet JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>inspect-cert takes exactly one FILE.
Run &apos;taskcenter-connect inspect-cert --help&apos; for the options.</source>
        <translation>inspect-cert attend exactement un fichier (FILE).
Exécutez &apos;taskcenter-connect inspect-cert --help&apos; pour afficher les options.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide du&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Jours restants&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>%1: a secrets file is a JSON object like {&quot;apiKey&quot;: &quot;...&quot;} (%2).</source>
        <translation>%1&#xa0;: un fichier de secrets est un objet JSON tel que {&quot;apiKey&quot;: &quot;...&quot;} (%2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a secret of %3 (expected: %4).</source>
        <translation>%1&#xa0;: &quot;%2&quot; n&apos;est pas un secret de %3 (attendu&#xa0;: %4).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être du texte.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>The files leave out %1; enter them in the cockpit after the import.</source>
        <translation>Les fichiers ne contiennent pas %1&#xa0;; saisissez ces valeurs dans le cockpit après l&apos;importation.</translation>
    </message>
    <message>
        <source>Writes the destinations a setup file describes, as the cockpit&apos;s .properties import files and/or the Destination service REST API&apos;s JSON.
Secrets are left out unless --include-secrets is given; they then come from --secrets or, without it, from the keychain.
Exit codes: 0 written; 2 bad input (the problem is printed).</source>
        <translation>Écrit les destinations décrites par un fichier de paramétrage, sous forme de fichiers d&apos;importation .properties pour le cockpit et/ou de JSON pour l&apos;API REST du service Destination.
Les secrets ne sont écrits qu&apos;avec --include-secrets&#xa0;; ils proviennent alors de --secrets ou, sans cette option, du trousseau.
Codes de sortie&#xa0;: 0 écrit&#xa0;; 2 entrée incorrecte (le problème est affiché).</translation>
    </message>
    <message>
        <source>The setup file (the wizard&apos;s &quot;Save progress&quot;).</source>
        <translation>Le fichier de paramétrage (créé avec «&#xa0;Enregistrer la progression&#xa0;» dans l&apos;assistant).</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>Le dossier dans lequel écrire.</translation>
    </message>
    <message>
        <source>Write the secrets into the files too (keep them safe).</source>
        <translation>Écrire également les secrets dans les fichiers (conservez-les en lieu sûr).</translation>
    </message>
    <message>
        <source>properties, json or both (default).</source>
        <translation>properties, json ou both (par défaut).</translation>
    </message>
    <message>
        <source>export takes exactly one SETUP.json.
Run &apos;taskcenter-connect export --help&apos; for the options.</source>
        <translation>export attend exactement un fichier SETUP.json.
Exécutez &apos;taskcenter-connect export --help&apos; pour afficher les options.</translation>
    </message>
    <message>
        <source>Say where to write with --out DIR.</source>
        <translation>Indiquez avec --out DIR où écrire.</translation>
    </message>
    <message>
        <source>--format must be properties, json or both, not &quot;%1&quot;.</source>
        <translation>--format doit valoir properties, json ou both, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Pass the secrets with --secrets SECRETS.json instead.</source>
        <translation>Transmettez plutôt les secrets avec --secrets SECRETS.json.</translation>
    </message>
    <message>
        <source>No %1 is saved in the keychain for this setup. Pass --secrets SECRETS.json, or save the setup in the wizard first.</source>
        <translation>Aucun %1 n&apos;est enregistré dans le trousseau pour ce paramétrage. Indiquez --secrets SECRETS.json, ou enregistrez d&apos;abord le paramétrage dans l&apos;assistant.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &apos;taskcenter-connect --help&apos; for the commands.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Exécutez &apos;taskcenter-connect --help&apos; pour afficher les commandes.</translation>
    </message>
    <message>
        <source>Serves a built-in SAP BTP subaccount on 127.0.0.1: a token endpoint and the Destination service REST API, for trying the wizard and scripts without a real subaccount. Runs until Ctrl+C (SIGINT) or SIGTERM.
Its trust certificate is kept in %1.
Exit codes: 0 stopped; 2 bad options or the port is in use.</source>
        <translation>Fournit sur 127.0.0.1 un sous-compte SAP BTP intégré&#xa0;: un point de terminaison de jeton et l&apos;API REST du service Destination, pour essayer l&apos;assistant et des scripts sans véritable sous-compte. S&apos;exécute jusqu&apos;à Ctrl+C (SIGINT) ou SIGTERM.
Son certificat de confiance est conservé dans %1.
Codes de sortie&#xa0;: 0 arrêté&#xa0;; 2 options incorrectes ou port déjà utilisé.</translation>
    </message>
    <message>
        <source>The port to listen on (default 0: a free port).</source>
        <translation>Le port d&apos;écoute (par défaut 0&#xa0;: un port libre).</translation>
    </message>
    <message>
        <source>empty (default) or demo: destinations as consultants meet them, some correct, some with typical mistakes.</source>
        <translation>empty (par défaut) ou demo&#xa0;: des destinations telles que les consultants les rencontrent, certaines correctes, d&apos;autres avec des erreurs typiques.</translation>
    </message>
    <message>
        <source>Write the Destination service key (JSON) to FILE.</source>
        <translation>Écrire la clé de service du service Destination (JSON) dans FILE.</translation>
    </message>
    <message>
        <source>sandbox takes no FILE.
Run &apos;taskcenter-connect sandbox --help&apos; for the options.</source>
        <translation>sandbox n&apos;attend aucun fichier (FILE).
Exécutez &apos;taskcenter-connect sandbox --help&apos; pour afficher les options.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port doit être un nombre compris entre 0 et 65535, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed must be empty or demo, not &quot;%1&quot;.</source>
        <translation>--seed doit valoir empty ou demo, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use. Choose another with --port, or --port 0 for a free one.</source>
        <translation>Le port %1 sur 127.0.0.1 est déjà utilisé. Choisissez-en un autre avec --port, ou un port libre avec --port 0.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation>Le bac à sable ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot handle SIGINT and SIGTERM on this system.</source>
        <translation>Impossible de traiter SIGINT et SIGTERM sur ce système.</translation>
    </message>
    <message>
        <source>The sandbox subaccount is listening on %1 (this computer only).</source>
        <translation>Le sous-compte bac à sable écoute sur %1 (cet ordinateur uniquement).</translation>
    </message>
    <message>
        <source>  Token endpoint:      %1/oauth/token</source>
        <translation>  Point de terminaison de jeton&#xa0;: %1/oauth/token</translation>
    </message>
    <message>
        <source>  Destination service: %1/destination-configuration/v1</source>
        <translation>  Service Destination&#xa0;:           %1/destination-configuration/v1</translation>
    </message>
    <message>
        <source>  Destinations:        %1 (%2 seed)</source>
        <translation>  Destinations&#xa0;:                  %1 (jeu initial %2)</translation>
    </message>
    <message>
        <source>The service key is in %1.</source>
        <translation>La clé de service se trouve dans %1.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop it.</source>
        <translation>Appuyez sur Ctrl+C pour l&apos;arrêter.</translation>
    </message>
    <message>
        <source>The sandbox has stopped.</source>
        <translation>Le bac à sable s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The subaccount&apos;s Destination service key (JSON, with its client secret).</source>
        <translation>La clé de service du service Destination du sous-compte (JSON, avec son secret client).</translation>
    </message>
    <message>
        <source>Say which subaccount with --subaccount DESTINATION-KEY.json.
Run &apos;taskcenter-connect %1 --help&apos; for the options.</source>
        <translation>Indiquez le sous-compte avec --subaccount DESTINATION-KEY.json.
Exécutez &apos;taskcenter-connect %1 --help&apos; pour afficher les options.</translation>
    </message>
    <message>
        <source>unchanged  %1</source>
        <translation>inchangée     %1</translation>
    </message>
    <message>
        <source>would create  %1</source>
        <translation>serait créée  %1</translation>
    </message>
    <message>
        <source>would update  %1</source>
        <translation>serait mise à jour  %1</translation>
    </message>
    <message>
        <source>exists     %1: it differs; --overwrite replaces it</source>
        <translation>existe        %1&#xa0;: elle diffère&#xa0;; --overwrite la remplace</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>created    %1</source>
        <translation>créée         %1</translation>
    </message>
    <message>
        <source>updated    %1</source>
        <translation>mise à jour   %1</translation>
    </message>
    <message>
        <source>FAILED     %1: %2</source>
        <translation>ÉCHEC         %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Creates or updates, in a subaccount, the destinations a setup file describes, over the SAP BTP Destination service REST API. Destinations that already hold the same values are left alone, so running it again changes nothing.
Secrets come from --secrets or, without it, from the keychain.
Exit codes: 0 applied (or nothing to do); 1 a destination failed, or exists with other values and --overwrite was not given (said which); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Crée ou met à jour, dans un sous-compte, les destinations décrites par un fichier de paramétrage, via l&apos;API REST du service Destination de SAP BTP. Les destinations qui ont déjà les mêmes valeurs ne sont pas modifiées&#xa0;: une nouvelle exécution ne change donc rien.
Les secrets proviennent de --secrets ou, sans cette option, du trousseau.
Codes de sortie&#xa0;: 0 appliqué (ou rien à faire)&#xa0;; 1 une destination a échoué, ou existe avec d&apos;autres valeurs et --overwrite n&apos;a pas été indiqué (laquelle est affichée)&#xa0;; 2 entrée incorrecte&#xa0;; 3 le sous-compte n&apos;a pas pu être joint ou n&apos;a pas accepté la clé.</translation>
    </message>
    <message>
        <source>Replace destinations that exist with other values.</source>
        <translation>Remplacer les destinations qui existent avec d&apos;autres valeurs.</translation>
    </message>
    <message>
        <source>apply takes exactly one SETUP.json.
Run &apos;taskcenter-connect apply --help&apos; for the options.</source>
        <translation>apply attend exactement un fichier SETUP.json.
Exécutez &apos;taskcenter-connect apply --help&apos; pour afficher les options.</translation>
    </message>
    <message>
        <source>Reads the subaccount&apos;s destination trust certificate (what the cockpit exports under Connectivity &gt; Destination Trust) and writes it as PEM.
Exit codes: 0 written; 1 written, but it expires within %1 days or has expired, or the subaccount has none yet (said); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Lit le certificat de confiance des destinations du sous-compte (ce que le cockpit exporte sous «&#xa0;Connectivity &gt; Destination Trust&#xa0;») et l&apos;écrit au format PEM.
Codes de sortie&#xa0;: 0 écrit&#xa0;; 1 écrit, mais il expire dans les %1 jours ou a expiré, ou le sous-compte n&apos;en a pas encore (c&apos;est indiqué)&#xa0;; 2 entrée incorrecte&#xa0;; 3 le sous-compte n&apos;a pas pu être joint ou n&apos;a pas accepté la clé.</translation>
    </message>
    <message>
        <source>The file to write the certificate to.</source>
        <translation>Le fichier dans lequel écrire le certificat.</translation>
    </message>
    <message>
        <source>fetch-trust takes no FILE of its own.
Run &apos;taskcenter-connect fetch-trust --help&apos; for the options.</source>
        <translation>fetch-trust n&apos;attend pas de fichier (FILE) propre.
Exécutez &apos;taskcenter-connect fetch-trust --help&apos; pour afficher les options.</translation>
    </message>
    <message>
        <source>Say where to write the certificate with --out FILE.</source>
        <translation>Indiquez avec --out FILE où écrire le certificat.</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under Connectivity &gt; Destination Trust, then run this again.</source>
        <translation>Le sous-compte n&apos;a pas encore de certificat de confiance. Créez-en un dans le cockpit SAP BTP sous «&#xa0;Connectivity &gt; Destination Trust&#xa0;», puis relancez cette commande.</translation>
    </message>
    <message>
        <source>The subaccount answered with something that is not a certificate: %1</source>
        <translation>La réponse du sous-compte n&apos;est pas un certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject:  %1</source>
        <translation>Sujet&#xa0;:          %1</translation>
    </message>
    <message>
        <source>Valid until:  %1</source>
        <translation>Valide jusqu&apos;au&#xa0;:  %1</translation>
    </message>
    <message>
        <source>SHA-256:  %1</source>
        <translation>SHA-256&#xa0;:        %1</translation>
    </message>
    <message>
        <source>A JSON file with the secrets, e.g. {&quot;apiKey&quot;: &quot;...&quot;, &quot;ppApiKey&quot;: &quot;...&quot;}. Their names per provider: %1.</source>
        <translation>Un fichier JSON contenant les secrets, p. ex. {&quot;apiKey&quot;: &quot;...&quot;, &quot;ppApiKey&quot;: &quot;...&quot;}. Leurs noms par fournisseur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>warning: the subaccount already has a primary destination to the same system: %1. Two give every user each task twice; delete the old one or set its tc.enabled to false.</source>
        <translation>avertissement&#xa0;: le sous-compte a déjà une destination principale vers le même système&#xa0;: %1. Avec deux destinations, chaque utilisateur voit chaque tâche en double&#xa0;; supprimez l&apos;ancienne ou définissez son tc.enabled sur false.</translation>
    </message>
    <message>
        <source>held back  %1: the destination it belongs to exists with other values; --overwrite replaces both</source>
        <translation>retenue       %1&#xa0;: la destination à laquelle elle appartient existe avec d&apos;autres valeurs&#xa0;; --overwrite remplace les deux</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of the standard output.</source>
        <translation>Écrire le rapport dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Say what to check: destination files or folders, and/or --subaccount DESTINATION-KEY.json.
Run &apos;taskcenter-connect validate --help&apos; for the options.</source>
        <translation>Indiquez ce qu&apos;il faut vérifier&#xa0;: des fichiers ou dossiers de destinations, et/ou --subaccount DESTINATION-KEY.json.
Exécutez &apos;taskcenter-connect validate --help&apos; pour afficher les options.</translation>
    </message>
    <message>
        <source>Check the sandbox subaccount at URL (the address &apos;taskcenter-connect sandbox&apos; prints).</source>
        <translation>Vérifier le sous-compte bac à sable à l&apos;adresse URL (l&apos;adresse qu&apos;affiche &apos;taskcenter-connect sandbox&apos;).</translation>
    </message>
    <message>
        <source>Give either --subaccount or --sandbox, not both.</source>
        <translation>Indiquez soit --subaccount, soit --sandbox, mais pas les deux.</translation>
    </message>
    <message>
        <source>--sandbox takes the address the sandbox prints, such as http://127.0.0.1:8123, not &quot;%1&quot;.</source>
        <translation>--sandbox attend l&apos;adresse qu&apos;affiche le bac à sable, par exemple http://127.0.0.1:8123, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No sandbox answers at %1 (%2). Start one with &apos;taskcenter-connect sandbox&apos;.</source>
        <translation>Aucun bac à sable ne répond à l&apos;adresse %1 (%2). Démarrez-en un avec &apos;taskcenter-connect sandbox&apos;.</translation>
    </message>
    <message>
        <source>A trust certificate (PEM or DER) to check; with a subaccount, the one a provider holds, compared with the subaccount&apos;s current one.</source>
        <translation>Un certificat de confiance (PEM ou DER) à vérifier&#xa0;; avec un sous-compte, celui que détient un fournisseur, comparé au certificat actuel du sous-compte.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1&#xa0;: fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>text (default), json, html or pdf (A4, to hand over).</source>
        <translation>text (par défaut), json, html ou pdf (A4, à remettre).</translation>
    </message>
    <message>
        <source>--format must be text, json, html or pdf, not &quot;%1&quot;.</source>
        <translation>--format doit valoir text, json, html ou pdf, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Checks an existing SAP Task Center configuration and says what is wrong and how to fix it: destination files (the cockpit&apos;s .properties export, with or without an extension, or JSON; folders and zip archives of them) and/or the destinations of a subaccount. With a subaccount, the Destination service is asked for a token with each destination that can get one without a user, as SAP Task Center does, and without --trust its current trust certificate is checked too.
Exit codes: 0 no errors; 1 errors found; 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Vérifie une configuration SAP Task Center existante et indique ce qui ne va pas et comment le corriger&#xa0;: des fichiers de destination (l&apos;export .properties du cockpit, avec ou sans extension, ou JSON&#xa0;; des dossiers et archives zip de ces fichiers) et/ou les destinations d&apos;un sous-compte. Avec un sous-compte, un jeton est demandé au service Destination avec chaque destination qui peut en obtenir un sans utilisateur, comme le fait SAP Task Center, et, sans --trust, son certificat de confiance actuel est également vérifié.
Codes de sortie&#xa0;: 0 aucune erreur&#xa0;; 1 erreurs trouvées&#xa0;; 2 entrée incorrecte&#xa0;; 3 le sous-compte n&apos;a pas pu être joint ou n&apos;a pas accepté la clé.</translation>
    </message>
    <message>
        <source>Destination files, zip archives or folders.</source>
        <translation>Fichiers de destination, archives zip ou dossiers.</translation>
    </message>
    <message>
        <source>This argument is not valid UTF-8 text, so the file it names cannot be found or written as such: %1
Rename the file or folder to a name in UTF-8.</source>
        <translation>Cet argument n&apos;est pas un texte UTF-8 valide&#xa0;; le fichier qu&apos;il désigne ne peut donc pas être trouvé ni écrit tel quel&#xa0;: %1
Renommez le fichier ou le dossier avec un nom en UTF-8.</translation>
    </message>
    <message>
        <source>not compared  %1: %2 (no secret given; pass --secrets to compare them)</source>
        <translation>non comparé  %1&#xa0;: %2 (aucun secret indiqué&#xa0;; indiquez --secrets pour les comparer)</translation>
    </message>
    <message>
        <source>Show what would change; write nothing. Needs no secrets: those not given are named as not compared.</source>
        <translation>Afficher ce qui changerait, sans rien écrire. Aucun secret n&apos;est nécessaire&#xa0;: ceux qui ne sont pas indiqués sont signalés comme non comparés.</translation>
    </message>
    <message>
        <source>Wait at most SECONDS (1-3600) for each answer from the subaccount; default 30.</source>
        <translation>Attendre au plus SECONDS secondes (1-3600) chaque réponse du sous-compte&#xa0;; 30 par défaut.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout attend un nombre de secondes compris entre 1 et 3600, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing to write: the setup follows the way &quot;%1&quot; (%2), which writes no destinations.</source>
        <translation>Rien à écrire&#xa0;: le paramétrage suit la méthode «&#xa0;%1&#xa0;» (%2), qui n&apos;écrit aucune destination.</translation>
    </message>
    <message>
        <source>To write them by hand, set %1 in the setup file.</source>
        <translation>Pour les écrire manuellement, définissez %1 dans le fichier de paramétrage.</translation>
    </message>
    <message>
        <source>note: secrets are not compared: %1</source>
        <translation>remarque&#xa0;: les secrets ne sont pas comparés&#xa0;: %1</translation>
    </message>
    <message>
        <source>changed    %1: someone changed it since it was read; --overwrite replaces it</source>
        <translation>modifiée      %1&#xa0;: quelqu&apos;un l&apos;a modifiée depuis sa lecture&#xa0;; --overwrite la remplace</translation>
    </message>
    <message>
        <source>CHANGED    %1: %2</source>
        <translation>MODIFIÉE      %1&#xa0;: %2</translation>
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
        <translation>Utilisation&#xa0;:
  taskcenter-connect [--setup FILE] [--lang CODE]   démarrer l&apos;assistant
  taskcenter-connect COMMAND [options]              travailler sans fenêtre

Commandes&#xa0;:
  inspect-cert FILE [--json]
      Afficher les informations d&apos;un certificat de confiance. Sortie 0 valide, 1 expiré ou
      expirant dans les %1 jours, 2 pas un certificat.
  export SETUP.json --out DIR [--secrets SECRETS.json] [--include-secrets]
         [--format properties|json|both]
      Écrire les destinations décrites par un fichier de paramétrage. Sortie 0 écrit, 2 entrée incorrecte.
  apply SETUP.json --subaccount DESTINATION-KEY.json [--secrets SECRETS.json]
        [--overwrite] [--dry-run]
      Créer ou mettre à jour les destinations dans un sous-compte via le service Destination.
      Sortie 0 appliqué ou rien à faire, 1 une destination a échoué ou existe avec d&apos;autres
      valeurs (sans --overwrite), 2 entrée incorrecte, 3 sous-compte injoignable ou clé refusée.
  fetch-trust --subaccount DESTINATION-KEY.json --out FILE
      Écrire le certificat de confiance du sous-compte au format PEM. Sortie 0 écrit, 1 expire bientôt,
      expiré ou aucun pour l&apos;instant, 2 entrée incorrecte, 3 sous-compte injoignable ou clé refusée.
  validate [SOURCE ...] [--subaccount DESTINATION-KEY.json | --sandbox URL] [--trust FILE]
           [--format text|json|html|pdf] [--out FILE]
      Vérifier des destinations existantes (fichiers, dossiers, un sous-compte) et le certificat
      de confiance, et indiquer ce qui ne va pas et comment le corriger. Sortie 0 aucune erreur,
      1 erreurs trouvées, 2 entrée incorrecte, 3 sous-compte injoignable ou clé refusée.
  providers [--json]
      Lister les fournisseurs de tâches&#xa0;: l&apos;ID que prend «&#xa0;provider&#xa0;» d&apos;un fichier de configuration,
      ses voies («&#xa0;path&#xa0;») et les noms des valeurs et secrets requis. Exit 0 listé, 2 options erronées.
  sandbox [--port N] [--seed empty|demo] [--write-key FILE]
      Fournir un sous-compte intégré (point de terminaison de jeton et service Destination) sur 127.0.0.1
      jusqu&apos;à Ctrl+C&#xa0;; FILE reçoit sa clé de service. Sortie 0 arrêté, 2 options incorrectes ou port utilisé.

Options de l&apos;assistant&#xa0;:
  --setup FILE   reprendre le paramétrage enregistré dans FILE
  --lang CODE    langue de la fenêtre, p. ex. fr

  -h, --help     afficher cette aide&#xa0;; &apos;taskcenter-connect COMMAND --help&apos; affiche les options d&apos;une commande
  -v, --version  afficher la version
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Lists the task providers: the id a setup file&apos;s &quot;provider&quot; takes, the ways (&quot;path&quot;) where SAP documents more than one, and the names of the values a setup file and the secrets a secrets file give for each.
Exit codes: 0 listed; 2 bad options.</source>
        <translation>Liste les fournisseurs de tâches&#xa0;: l&apos;ID que prend «&#xa0;provider&#xa0;» dans un fichier de configuration, les voies («&#xa0;path&#xa0;») là où SAP en documente plusieurs, et les noms des valeurs qu&apos;un fichier de configuration et des secrets qu&apos;un fichier de secrets donnent pour chacun.
Codes de sortie&#xa0;: 0 listé&#xa0;; 2 options erronées.</translation>
    </message>
    <message>
        <source>Print one JSON array instead of text.</source>
        <translation>Afficher un tableau JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>providers takes no arguments.
Run &apos;taskcenter-connect providers --help&apos; for the options.</source>
        <translation>providers ne prend aucun argument.
Exécutez &apos;taskcenter-connect providers --help&apos; pour voir les options.</translation>
    </message>
    <message>
        <source>path %1: %2</source>
        <translation>voie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> (writes no destinations)</source>
        <translation> (n&apos;écrit aucune destination)</translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation>valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>secrets&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConfigurationCheck</name>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>Lecture des destinations de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Reading the trust certificate of &quot;%1&quot;…</source>
        <translation>Lecture du certificat de confiance de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Testing tokens: %1 of %2 destinations…</source>
        <translation>Test des jetons&#xa0;: %1 destinations sur %2…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>ConfigurationFix</name>
    <message>
        <source>Set tc.enabled to true on %1 in the subaccount. SAP Task Center then reads its tasks (the first time, those of the last 90 days). Nothing else in the destination changes.</source>
        <translation>Définir tc.enabled sur true pour %1 dans le sous-compte. SAP Task Center lit alors ses tâches (la première fois, celles des 90 derniers jours). Rien d&apos;autre ne change dans la destination.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from the secondary destination %1 in the subaccount. Nothing else in the destination changes.</source>
        <translation>Supprimer tc.enabled de la destination secondaire %1 dans le sous-compte. Rien d&apos;autre ne change dans la destination.</translation>
    </message>
    <message>
        <source>This finding cannot be fixed here; follow its fix in the SAP BTP cockpit.</source>
        <translation>Ce constat ne peut pas être corrigé ici&#xa0;; appliquez sa correction dans le cockpit SAP BTP.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else in the meantime, so nothing was written. Check again, then fix it.</source>
        <translation>%1 a été modifiée entre-temps par quelqu&apos;un d&apos;autre&#xa0;; rien n&apos;a donc été écrit. Vérifiez de nouveau, puis corrigez.</translation>
    </message>
    <message>
        <source>%1 was changed since the check, so nothing was written. Check again, then fix it.</source>
        <translation>%1 a été modifiée depuis la vérification&#xa0;; rien n&apos;a donc été écrit. Vérifiez de nouveau, puis corrigez.</translation>
    </message>
</context>
<context>
    <name>ConfigurationSource</name>
    <message>
        <source>No destination in this JSON file: it has no object with a &quot;Name&quot;.</source>
        <translation>Aucune destination dans ce fichier JSON&#xa0;: il ne contient aucun objet avec &quot;Name&quot;.</translation>
    </message>
    <message>
        <source>This file looks like JSON but cannot be read (%1 at character %2). Export the destination again.</source>
        <translation>Ce fichier semble être du JSON, mais il ne peut pas être lu (%1 au caractère %2). Exportez de nouveau la destination.</translation>
    </message>
    <message>
        <source>Not a destination file: it has no Name property. Export destinations from the SAP BTP cockpit (Connectivity &gt; Destinations &gt; Export).</source>
        <translation>Ce n&apos;est pas un fichier de destination&#xa0;: il n&apos;a pas de propriété Name. Exportez les destinations depuis le cockpit SAP BTP («&#xa0;Connectivity &gt; Destinations &gt; Export&#xa0;»).</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>Fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>The folder holds no files.</source>
        <translation>Le dossier ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>Too large for a destination file (over 4 MB); skipped.</source>
        <translation>Trop volumineux pour un fichier de destination (plus de 4 Mo)&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>This zip archive is damaged (%1); the files before the damage were checked. Export the destinations again.</source>
        <translation>Cette archive zip est endommagée (%1)&#xa0;; les fichiers situés avant la partie endommagée ont été vérifiés. Exportez de nouveau les destinations.</translation>
    </message>
    <message>
        <source>The zip archive holds no files.</source>
        <translation>L&apos;archive zip ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>An archive inside an archive is not read; unpack it and check its files.</source>
        <translation>Une archive contenue dans une archive n&apos;est pas lue&#xa0;; décompressez-la et vérifiez ses fichiers.</translation>
    </message>
    <message>
        <source>This archive holds more than 64 MB or %1 files; the rest is not checked. Check the destinations in parts.</source>
        <translation>Cette archive contient plus de 64 Mo ou de %1 fichiers&#xa0;; le reste n&apos;est pas vérifié. Vérifiez les destinations en plusieurs fois.</translation>
    </message>
    <message>
        <source>Cannot be unpacked (%1); skipped.</source>
        <translation>Impossible de décompresser (%1)&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>Not a file or folder (a device or a pipe); skipped.</source>
        <translation>Ni un fichier ni un dossier (un périphérique ou un tube)&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>A link inside the archive, not a file; not read. Export the destinations again.</source>
        <translation>Un lien dans l&apos;archive, pas un fichier&#xa0;; non lu. Exportez de nouveau les destinations.</translation>
    </message>
    <message>
        <source>Not a file (a device or a pipe inside the archive); not read.</source>
        <translation>Pas un fichier (un périphérique ou un tube dans l&apos;archive)&#xa0;; non lu.</translation>
    </message>
    <message>
        <source>This file is saved as %1 text, but parts of it are not. Save it again as UTF-8, or export the destination again.</source>
        <translation>Ce fichier est enregistré en texte %1, mais certaines de ses parties ne sont pas dans ce format. Enregistrez-le de nouveau en UTF-8, ou exportez de nouveau la destination.</translation>
    </message>
    <message>
        <source>This folder cannot be opened: you have no permission to read it. Check it as a user who may, or copy the files somewhere you may read them.</source>
        <translation>Ce dossier ne peut pas être ouvert&#xa0;: vous n&apos;avez pas l&apos;autorisation de le lire. Vérifiez-le avec un utilisateur qui en a le droit, ou copiez les fichiers à un endroit où vous pouvez les lire.</translation>
    </message>
    <message>
        <source>Its name is not UTF-8 text, so it cannot be opened by that name; not read. Rename it.</source>
        <translation>Son nom n&apos;est pas un texte UTF-8&#xa0;: il ne peut donc pas être ouvert sous ce nom&#xa0;; non lu. Renommez-le.</translation>
    </message>
    <message>
        <source>Not a file (a device or a pipe); not read.</source>
        <translation>Pas un fichier (un périphérique ou un tube)&#xa0;; non lu.</translation>
    </message>
</context>
<context>
    <name>ConfigurationValidator</name>
    <message>
        <source>%1: %2 not checked, because %3 does not show secrets.</source>
        <translation>%1&#xa0;: %2 non vérifié, car %3 n&apos;affiche pas les secrets.</translation>
    </message>
    <message>
        <source>Check the destination in the subaccount itself to have them tested.</source>
        <translation>Vérifiez la destination directement dans le sous-compte pour que ces valeurs soient également testées.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the file; the other files were checked.</source>
        <translation>Vérifiez le fichier&#xa0;; les autres fichiers ont été vérifiés.</translation>
    </message>
    <message>
        <source>%1 is given twice (%2 and %3); the later one is checked.</source>
        <translation>%1 est indiquée deux fois (%2 et %3)&#xa0;; c&apos;est la dernière qui est vérifiée.</translation>
    </message>
    <message>
        <source>%1 is a secondary destination, but its primary destination %2 does not exist. SAP Task Center finds secondaries only by their primary&apos;s name.</source>
        <translation>%1 est une destination secondaire, mais sa destination principale %2 n&apos;existe pas. SAP Task Center ne trouve les destinations secondaires que par le nom de leur destination principale.</translation>
    </message>
    <message>
        <source>Rename it to &lt;primary name&gt;_PP of an existing primary, or create the primary %1.</source>
        <translation>Renommez-la en &lt;nom de la principale&gt;_PP d&apos;une destination principale existante, ou créez la destination principale %1.</translation>
    </message>
    <message>
        <source>%1 has no secondary destination %2, so users cannot act on their %3 tasks in SAP Task Center (principal propagation).</source>
        <translation>%1 n&apos;a pas de destination secondaire %2&#xa0;: les utilisateurs ne peuvent donc pas traiter leurs tâches %3 dans SAP Task Center (propagation de principal).</translation>
    </message>
    <message>
        <source>Create %1 with the wizard (%2).</source>
        <translation>Créez %1 avec l&apos;assistant (%2).</translation>
    </message>
    <message>
        <source>%1 and %2 are enabled primary destinations to the same system: every user gets each of its tasks twice.</source>
        <translation>%1 et %2 sont des destinations principales activées vers le même système&#xa0;: chaque utilisateur reçoit chacune de ses tâches en double.</translation>
    </message>
    <message>
        <source>Keep one. Delete the others, or set their tc.enabled to false.</source>
        <translation>Conservez-en une. Supprimez les autres ou définissez leur tc.enabled sur false.</translation>
    </message>
    <message>
        <source>every task provider that trusts this subaccount</source>
        <translation>tous les fournisseurs de tâches qui font confiance à ce sous-compte</translation>
    </message>
    <message>
        <source>Task updates stop for %1.</source>
        <translation>Les tâches ne sont plus mises à jour pour %1.</translation>
    </message>
    <message>
        <source>Renew the certificate under Connectivity &gt; Destination Trust, then give the new one to %1.</source>
        <translation>Renouvelez le certificat sous «&#xa0;Connectivity &gt; Destination Trust&#xa0;», puis transmettez le nouveau à %1.</translation>
    </message>
    <message>
        <source>These need the new certificate: %1.</source>
        <translation>Ceux-ci ont besoin du nouveau certificat&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Rotate rather than renew: generate a passive certificate under Connectivity &gt; Destination Trust, give it to %1, then rotate. Renewing the active one stops task updates until every provider has it.</source>
        <translation>Effectuez une rotation plutôt qu&apos;un renouvellement&#xa0;: générez un certificat passif sous «&#xa0;Connectivity &gt; Destination Trust&#xa0;», transmettez-le à %1, puis effectuez la rotation. Si vous renouvelez le certificat actif, les tâches ne sont plus mises à jour tant que chaque fournisseur n&apos;a pas le nouveau certificat.</translation>
    </message>
    <message>
        <source>Create the destination again under a shorter name made of letters, digits, _ and -; rename its secondary with it.</source>
        <translation>Recréez la destination sous un nom plus court composé de lettres, de chiffres, de _ et de -&#xa0;; renommez sa destination secondaire en conséquence.</translation>
    </message>
    <message>
        <source>%1 has %2 characters: its secondary %1_PP would exceed SAP Task Center&apos;s limit of %3.</source>
        <translation>%1 compte %2 caractères&#xa0;: sa destination secondaire %1_PP dépasserait la limite de SAP Task Center (%3).</translation>
    </message>
    <message>
        <source>Use at most %1 characters for a primary destination.</source>
        <translation>Utilisez au plus %1 caractères pour une destination principale.</translation>
    </message>
    <message>
        <source>%1 is one of SAP Task Center&apos;s own destinations, not a task provider, but it carries tc.enabled.</source>
        <translation>%1 est l&apos;une des destinations propres à SAP Task Center, et non un fournisseur de tâches, mais elle contient tc.enabled.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1 in the SAP BTP cockpit.</source>
        <translation>Supprimez tc.enabled de %1 dans le cockpit SAP BTP.</translation>
    </message>
    <message>
        <source>%1 is a secondary destination (principal propagation) but carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation>%1 est une destination secondaire (propagation de principal), mais elle contient tc.enabled&#xa0;: SAP Task Center la lirait comme une autre destination principale.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation>Supprimez tc.enabled de %1.</translation>
    </message>
    <message>
        <source>%1 has no tc.enabled property, so SAP Task Center does not read its tasks (booster samples lack it).</source>
        <translation>%1 n&apos;a pas de propriété tc.enabled&#xa0;: SAP Task Center ne lit donc pas ses tâches (elle manque dans les exemples des boosters).</translation>
    </message>
    <message>
        <source>Add the property tc.enabled with the value true.</source>
        <translation>Ajoutez la propriété tc.enabled avec la valeur true.</translation>
    </message>
    <message>
        <source>%1 is paused (tc.enabled is false): its tasks are hidden and not updated. SAP Task Center sets it to false by itself when it gets no token for an hour.</source>
        <translation>%1 est en pause (tc.enabled vaut false)&#xa0;: ses tâches sont masquées et ne sont pas mises à jour. SAP Task Center définit lui-même cette valeur sur false lorsqu&apos;il n&apos;obtient aucun jeton pendant une heure.</translation>
    </message>
    <message>
        <source>Fix its authentication first (Test connection), then set tc.enabled to true.</source>
        <translation>Corrigez d&apos;abord l&apos;authentification («&#xa0;Tester la connexion&#xa0;»), puis définissez tc.enabled sur true.</translation>
    </message>
    <message>
        <source>tc.enabled of %1 is &quot;%2&quot;; SAP Task Center accepts only true (or false to pause), and puts the connector in Warning otherwise.</source>
        <translation>tc.enabled de %1 vaut «&#xa0;%2&#xa0;»&#xa0;; SAP Task Center n&apos;accepte que true (ou false pour mettre en pause) et, sinon, place le connecteur dans l&apos;état Warning.</translation>
    </message>
    <message>
        <source>Set tc.enabled to exactly true (lower case).</source>
        <translation>Définissez tc.enabled exactement sur true (en minuscules).</translation>
    </message>
    <message>
        <source>%1 sends credentials (%2) to an http:// address, unencrypted.</source>
        <translation>%1 envoie des identifiants (%2) à une adresse http://, sans chiffrement.</translation>
    </message>
    <message>
        <source>Use the https:// address of the system.</source>
        <translation>Utilisez l&apos;adresse https:// du système.</translation>
    </message>
    <message>
        <source>%1 of %2 still holds a sample value from a booster template.</source>
        <translation>%1 de %2 contient encore une valeur d&apos;exemple issue d&apos;un modèle de booster.</translation>
    </message>
    <message>
        <source>%1 of %2 still holds the sample value &quot;%3&quot; from a booster template.</source>
        <translation>%1 de %2 contient encore la valeur d&apos;exemple «&#xa0;%3&#xa0;» issue d&apos;un modèle de booster.</translation>
    </message>
    <message>
        <source>Enter the real value.</source>
        <translation>Saisissez la valeur réelle.</translation>
    </message>
    <message>
        <source>%1 uses %2 but has no %3, so the Destination service cannot fetch a token with it.</source>
        <translation>%1 utilise %2 mais n&apos;a pas de propriété %3&#xa0;: le service Destination ne peut donc pas obtenir de jeton avec cette destination.</translation>
    </message>
    <message>
        <source>Add %1 as the provider&apos;s guide for SAP Task Center says.</source>
        <translation>Ajoutez %1 comme l&apos;indique le guide du fournisseur pour SAP Task Center.</translation>
    </message>
    <message>
        <source>%1 lacks the property %2 that SAP&apos;s guide for %3 requires.</source>
        <translation>Il manque à %1 la propriété %2 qu&apos;exige le guide SAP pour %3.</translation>
    </message>
    <message>
        <source>Add %1 as the guide for %2 says, or set the destination up again with the wizard.</source>
        <translation>Ajoutez %1 comme l&apos;indique le guide pour %2, ou reparamétrez la destination avec l&apos;assistant.</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; it must be spelled exactly &quot;%4&quot;.</source>
        <translation>%1 de %2 vaut «&#xa0;%3&#xa0;»&#xa0;; la valeur doit s&apos;écrire exactement «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; SAP&apos;s guide for %4 asks for &quot;%5&quot;.</source>
        <translation>%1 de %2 vaut «&#xa0;%3&#xa0;»&#xa0;; le guide SAP pour %4 demande «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>Définissez %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 of %2 (&quot;%3&quot;) is not an address of the form SAP&apos;s guide for %4 gives.</source>
        <translation>%1 de %2 («&#xa0;%3&#xa0;») n&apos;est pas une adresse de la forme indiquée par le guide SAP pour %4.</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; for %4 it must be &quot;%5&quot;.</source>
        <translation>%1 de %2 vaut «&#xa0;%3&#xa0;»&#xa0;; pour %4, la valeur doit être «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the address as the guide for %1 gives it.</source>
        <translation>Saisissez l&apos;adresse telle que l&apos;indique le guide pour %1.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Correct %1 (%2).</source>
        <translation>Corrigez %1 (%2).</translation>
    </message>
    <message>
        <source>The certificate the provider holds (SHA-256 %1) is not the subaccount&apos;s current trust certificate (SHA-256 %2), so the provider rejects the subaccount&apos;s assertions. This is what happens when the subaccount&apos;s certificate was renewed.</source>
        <translation>Le certificat que détient le fournisseur (SHA-256 %1) n&apos;est pas le certificat de confiance actuel du sous-compte (SHA-256 %2)&#xa0;: le fournisseur rejette donc les assertions du sous-compte. C&apos;est ce qui se produit lorsque le certificat du sous-compte a été renouvelé.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate the provider holds was not compared: the subaccount&apos;s current trust certificate could not be read.</source>
        <translation>Le certificat que détient le fournisseur n&apos;a pas été comparé&#xa0;: le certificat de confiance actuel du sous-compte n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Check that the subaccount has a trust certificate (Connectivity &gt; Destination Trust), then check again.</source>
        <translation>Vérifiez que le sous-compte a un certificat de confiance («&#xa0;Connectivity &gt; Destination Trust&#xa0;»), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>%1 reaches a provider in data center %2, but this subaccount (SAP Task Center) is in %3. Task Center and the provider must be in the same data center.</source>
        <translation>%1 atteint un fournisseur dans le centre de données %2, mais ce sous-compte (SAP Task Center) se trouve dans %3. Task Center et le fournisseur doivent se trouver dans le même centre de données.</translation>
    </message>
    <message>
        <source>Connect a provider subaccount in %1, or use SAP Task Center in %2.</source>
        <translation>Connectez un sous-compte du fournisseur situé dans %1, ou utilisez SAP Task Center dans %2.</translation>
    </message>
    <message>
        <source>The subaccount has no destination %1, which SAP Task Center needs to find users and groups in SAP Cloud Identity Services: no tasks arrive without it.</source>
        <translation>Le sous-compte n&apos;a pas de destination %1, dont SAP Task Center a besoin pour trouver les utilisateurs et les groupes dans SAP Cloud Identity Services&#xa0;: sans elle, aucune tâche n&apos;arrive.</translation>
    </message>
    <message>
        <source>Create %1 with the URL https://&lt;your tenant&gt;.accounts.ondemand.com/scim and BasicAuthentication or ClientCertificateAuthentication.</source>
        <translation>Créez %1 avec l&apos;URL https://&lt;votre tenant&gt;.accounts.ondemand.com/scim et BasicAuthentication ou ClientCertificateAuthentication.</translation>
    </message>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP Task Center reads the identity directory with BasicAuthentication or ClientCertificateAuthentication only.</source>
        <translation>%1 utilise l&apos;authentification «&#xa0;%2&#xa0;»&#xa0;; SAP Task Center lit l&apos;annuaire des identités uniquement avec BasicAuthentication ou ClientCertificateAuthentication.</translation>
    </message>
    <message>
        <source>Set Authentication to BasicAuthentication (a technical user of the tenant) or ClientCertificateAuthentication.</source>
        <translation>Définissez Authentication sur BasicAuthentication (un utilisateur technique du tenant) ou ClientCertificateAuthentication.</translation>
    </message>
    <message>
        <source>The URL of %1 is &quot;%2&quot;; SAP documents the tenant&apos;s SCIM address, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>L&apos;URL de %1 est «&#xa0;%2&#xa0;»&#xa0;; SAP documente l&apos;adresse SCIM du tenant, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</translation>
    </message>
    <message>
        <source>Set the URL to https://&lt;your tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>Définissez l&apos;URL sur https://&lt;votre tenant&gt;.accounts.ondemand.com/scim.</translation>
    </message>
    <message>
        <source>Check only one export of each destination. Exports of different subaccounts: give each subaccount&apos;s folder or zip archive on its own.</source>
        <translation>Ne vérifiez qu&apos;un seul export de chaque destination. Exports de sous-comptes différents&#xa0;: indiquez séparément le dossier ou l&apos;archive zip de chaque sous-compte.</translation>
    </message>
    <message>
        <source>%1 %2 here, %3 in %4</source>
        <translation>%1 %2 ici, %3 dans %4</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>%1 and its primary destination %2 name different systems (%3): SAP Task Center reads the tasks from one and acts on them in the other.</source>
        <translation>%1 et sa destination principale %2 désignent des systèmes différents (%3)&#xa0;: SAP Task Center lit les tâches dans l&apos;un et les traite dans l&apos;autre.</translation>
    </message>
    <message>
        <source>Set up the pair again with the wizard, so that both name the same system.</source>
        <translation>Reparamétrez la paire avec l&apos;assistant, afin que les deux désignent le même système.</translation>
    </message>
    <message>
        <source>%1 has no tc.provider_type: SAP Task Center cannot tell which task provider it reaches.</source>
        <translation>%1 n&apos;a pas de tc.provider_type&#xa0;: SAP Task Center ne peut pas savoir quel fournisseur de tâches elle atteint.</translation>
    </message>
    <message>
        <source>Add tc.provider_type with the value SAP&apos;s guide for the provider gives (%1, …).</source>
        <translation>Ajoutez tc.provider_type avec la valeur qu&apos;indique le guide SAP du fournisseur (%1, …).</translation>
    </message>
    <message>
        <source>Add tc.provider_type with the value %1, as on %2.</source>
        <translation>Ajoutez tc.provider_type avec la valeur %1, comme sur %2.</translation>
    </message>
    <message>
        <source>Export the current certificate under Connectivity &gt; Destination Trust and give it to the provider again, where its guide says to upload it.</source>
        <translation>Exportez le certificat actuel sous «&#xa0;Connectivity &gt; Destination Trust&#xa0;» et transmettez-le à nouveau au fournisseur, à l&apos;endroit où son guide indique de le charger.</translation>
    </message>
    <message>
        <source>%1 uses SystemUser. SAP announced in the Destination service&apos;s documentation (note of 2026-03-18) that SystemUser would be removed by the end of September 2026; SAP Task Center&apos;s guide for %2 still lists it for the primary destination.</source>
        <translation>%1 utilise SystemUser. SAP a annoncé dans la documentation du service Destination (note du 18 mars 2026) que SystemUser serait supprimé d&apos;ici fin septembre 2026&#xa0;; le guide de SAP Task Center pour %2 l&apos;indique pourtant toujours pour la destination principale.</translation>
    </message>
    <message>
        <source>Test the connection. A token error &quot;Cannot determine user to propagate&quot; means this subaccount no longer honours SystemUser: check SAP Task Center&apos;s guide for %1 for what replaces it. Other token errors point elsewhere: the certificate the provider holds must be the subaccount&apos;s current one, and the technical user must exist in %1.</source>
        <translation>Testez la connexion. L&apos;erreur de jeton «&#xa0;Cannot determine user to propagate&#xa0;» signifie que ce sous-compte ne prend plus en compte SystemUser&#xa0;: consultez le guide de SAP Task Center pour %1 pour savoir ce qui le remplace. Les autres erreurs de jeton ont une autre cause&#xa0;: le certificat que détient le fournisseur doit être le certificat actuel du sous-compte, et l&apos;utilisateur technique doit exister dans %1.</translation>
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
        <translation>Enregistrer la pro&amp;gression…</translation>
    </message>
    <message>
        <source>Save what you entered so far, to continue later</source>
        <translation>Enregistrer ce que vous avez saisi jusqu&apos;ici, pour reprendre plus tard</translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation>Enregistrer la progression</translation>
    </message>
    <message>
        <source>Setup files (*.json)</source>
        <translation>Fichiers de paramétrage (*.json)</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>Progression non enregistrée</translation>
    </message>
    <message>
        <source>Continue a saved setup</source>
        <translation>Reprendre un paramétrage enregistré</translation>
    </message>
    <message>
        <source>Setup not opened</source>
        <translation>Paramétrage non ouvert</translation>
    </message>
    <message>
        <source>The setup could not be opened: %1</source>
        <translation>Le paramétrage n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secrets (keys, client secrets, passwords) will be kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Les secrets (clés, secrets client, mots de passe) seront conservés dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Back to the check, to see what is left</source>
        <translation>Revenir à la vérification pour voir ce qui reste à faire</translation>
    </message>
    <message>
        <source>Progress saved</source>
        <translation>Progression enregistrée</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>étape %1 sur %2</translation>
    </message>
    <message>
        <source>subaccount %1</source>
        <translation>sous-compte %1</translation>
    </message>
    <message>
        <source>Leave the setup?</source>
        <translation>Quitter le paramétrage&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Step %1 of %2, current: %3</source>
        <translation>Étape %1 sur %2, en cours&#xa0;: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2, done: %3</source>
        <translation>Étape %1 sur %2, terminée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Task Center Connect – checking a configuration – %1</source>
        <translation>Task Center Connect – vérification d&apos;une configuration – %1</translation>
    </message>
    <message>
        <source>Task Center Connect – %1 – step %2 of %3: %4</source>
        <translation>Task Center Connect – %1 – étape %2 sur %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>What this step is for, where to click, and SAP&apos;s guide for it</source>
        <translation>À quoi sert cette étape, où cliquer, et le guide SAP correspondant</translation>
    </message>
    <message>
        <source>Your setup is saved in %1. To continue it later, choose &quot;Continue a saved setup…&quot; on the first page.</source>
        <translation>Votre paramétrage est enregistré dans %1. Pour le reprendre plus tard, choisissez «&#xa0;Reprendre un paramétrage enregistré…&#xa0;» sur la première page.</translation>
    </message>
    <message>
        <source>The demo subaccount keeps no secrets.</source>
        <translation>Le sous-compte de démonstration ne conserve aucun secret.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not give them back.</source>
        <translation>Le trousseau de cet ordinateur n&apos;a pas pu les restituer.</translation>
    </message>
    <message>
        <source>The keychain holds none of these for this setup.</source>
        <translation>Le trousseau ne contient aucune de ces valeurs pour ce paramétrage.</translation>
    </message>
    <message>
        <source>Secrets are not in it, and the demo subaccount keeps none: you enter them again when you continue.</source>
        <translation>Les secrets n&apos;y figurent pas, et le sous-compte de démonstration n&apos;en conserve aucun&#xa0;: vous les saisirez de nouveau en reprenant.</translation>
    </message>
    <message>
        <source>Secrets are not in it, and this computer has no keychain to keep them: you enter them again when you continue.</source>
        <translation>Les secrets n&apos;y figurent pas, et cet ordinateur n&apos;a pas de trousseau pour les conserver&#xa0;: vous les saisirez de nouveau en reprenant.</translation>
    </message>
    <message>
        <source>Secrets are not in it; they are kept in this computer&apos;s keychain.</source>
        <translation>Les secrets n&apos;y figurent pas&#xa0;; ils sont conservés dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Your saved setup is open again. To go on, give again:</source>
        <translation>Votre paramétrage enregistré est de nouveau ouvert. Pour continuer, indiquez de nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Keep for later: next time, the first page offers to continue where you left off.</source>
        <translation>Garder pour plus tard&#xa0;: la prochaine fois, la première page vous proposera de reprendre là où vous vous étiez arrêté.</translation>
    </message>
    <message>
        <source>Discard: forget this setup.</source>
        <translation>Abandonner&#xa0;: ce paramétrage est oublié.</translation>
    </message>
    <message>
        <source>&amp;Keep for later</source>
        <translation>&amp;Garder pour plus tard</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Aban&amp;donner</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Rester</translation>
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
        <translation>(découle d&apos;une étape précédente)</translation>
    </message>
    <message>
        <source>Someone else administers %1? Give them a sheet with these values.</source>
        <translation>Quelqu&apos;un d&apos;autre administre %1&#xa0;? Remettez-lui une fiche avec ces valeurs.</translation>
    </message>
    <message>
        <source>Hand-&amp;off sheet…</source>
        <translation>&amp;Fiche de transmission…</translation>
    </message>
    <message>
        <source>What to enter in %1, value by value, to print or save as PDF; secrets left out</source>
        <translation>Ce qu&apos;il faut saisir dans %1, valeur par valeur, à imprimer ou à enregistrer en PDF&#xa0;; sans les secrets</translation>
    </message>
</context>
<context>
    <name>CopyableValue</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save %1 as a file</source>
        <translation>Enregistrer %1 dans un fichier</translation>
    </message>
    <message>
        <source>Save %1 as a file, to upload it</source>
        <translation>Enregistrer %1 dans un fichier, pour le charger</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
</context>
<context>
    <name>DestinationApplier</name>
    <message>
        <source>Not done: applying was cancelled.</source>
        <translation>Non effectué&#xa0;: l&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>%1 does not exist in the subaccount yet.</source>
        <translation>%1 n&apos;existe pas encore dans le sous-compte.</translation>
    </message>
    <message>
        <source>%1 already exists in the subaccount and was left as it is.</source>
        <translation>%1 existe déjà dans le sous-compte et a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>Not done because %1 failed. %2 Fix the problem with %1 and try again.</source>
        <translation>Non effectué, car %1 a échoué. %2 Corrigez le problème de %1 et réessayez.</translation>
    </message>
    <message>
        <source>Not done: the connection to the subaccount was closed.</source>
        <translation>Non effectué&#xa0;: la connexion au sous-compte a été fermée.</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount with other values. Check the differences, then overwrite it or choose another name.</source>
        <translation>Une destination nommée %1 existe déjà dans le sous-compte avec d&apos;autres valeurs. Vérifiez les différences, puis remplacez-la ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 was deleted from the subaccount meanwhile, and its %2 cannot be kept. Enter them and apply again.</source>
        <translation>%1 a été supprimée du sous-compte entre-temps, et ses valeurs de %2 ne peuvent pas être conservées. Saisissez-les et appliquez de nouveau.</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount, and its values could not be read: %2</source>
        <translation>Une destination nommée %1 existe déjà dans le sous-compte, et ses valeurs n&apos;ont pas pu être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not done because %1 exists with other values. %2 Overwrite or rename %1 first.</source>
        <translation>Non effectué, car %1 existe avec d&apos;autres valeurs. %2 Remplacez ou renommez d&apos;abord %1.</translation>
    </message>
    <message>
        <source>Not done: %1 belongs to %2, which is not written with it. A secondary destination is written only together with its primary, so it never joins another system&apos;s pair.</source>
        <translation>Non effectué&#xa0;: %1 appartient à %2, qui n&apos;est pas écrite avec elle. Une destination secondaire n&apos;est écrite qu&apos;avec sa destination principale, afin qu&apos;elle ne rejoigne jamais la paire d&apos;un autre système.</translation>
    </message>
    <message>
        <source>%1: %2 The change may have been made all the same. Apply again: it checks what the subaccount holds first and makes nothing twice.</source>
        <translation>%1&#xa0;: %2 La modification a peut-être été effectuée malgré tout. Appliquez de nouveau&#xa0;: le contenu du sous-compte est d&apos;abord vérifié, et rien n&apos;est créé en double.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Destination service did not say what became of it.</source>
        <translation>Le service Destination n&apos;a pas indiqué ce qu&apos;il en est advenu.</translation>
    </message>
    <message>
        <source>Waiting: %1 is writing these destinations in this subaccount…</source>
        <translation>En attente&#xa0;: %1 écrit actuellement ces destinations dans ce sous-compte…</translation>
    </message>
    <message>
        <source>Not done: %1 was still writing these destinations in this subaccount. Try again when it has finished.</source>
        <translation>Non effectué&#xa0;: %1 était encore en train d&apos;écrire ces destinations dans ce sous-compte. Réessayez lorsque l&apos;opération sera terminée.</translation>
    </message>
    <message>
        <source>Reading it back…</source>
        <translation>Relecture pour vérification…</translation>
    </message>
    <message>
        <source>%1 was written, but is not in the subaccount any more: someone deleted it at the same time. Apply again to write it.</source>
        <translation>%1 a été écrite, mais ne se trouve plus dans le sous-compte&#xa0;: quelqu&apos;un l&apos;a supprimée au même moment. Appliquez de nouveau pour l&apos;écrire.</translation>
    </message>
    <message>
        <source>%1 does not hold what this run wrote: someone changed it at the same time. Apply again to write these values, and check who else changes it.</source>
        <translation>%1 ne contient pas ce que cette exécution a écrit&#xa0;: quelqu&apos;un l&apos;a modifiée au même moment. Appliquez de nouveau pour écrire ces valeurs, et vérifiez qui d&apos;autre la modifie.</translation>
    </message>
    <message>
        <source>%1 was changed in the subaccount after the review. Check the differences, then overwrite it or leave it as it is.</source>
        <translation>%1 a été modifiée dans le sous-compte après la vérification. Vérifiez les différences, puis remplacez-la ou laissez-la telle quelle.</translation>
    </message>
</context>
<context>
    <name>DestinationChangePlan</name>
    <message>
        <source>added %1: %2</source>
        <translation>ajouté %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>changed %1: %2 → %3</source>
        <translation>modifié %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>removed %1 (was %2)</source>
        <translation>supprimé %1 (était %2)</translation>
    </message>
    <message>
        <source>changed %1 (hidden)</source>
        <translation>modifié %1 (masqué)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
</context>
<context>
    <name>DestinationExporter</name>
    <message>
        <source>The destination name &quot;%1&quot; cannot be a file name. Use letters, digits, _ and -.</source>
        <translation>Le nom de destination «&#xa0;%1&#xa0;» ne peut pas servir de nom de fichier. Utilisez des lettres, des chiffres, _ et -.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
        <translation>Le dossier %1 ne peut pas être créé. Choisissez un dossier dans lequel vous avez le droit d&apos;écrire.</translation>
    </message>
</context>
<context>
    <name>DestinationLock</name>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, processus %2 sur %3</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>another run of this program</source>
        <translation>une autre exécution de ce programme</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>&amp;Edit properties (for experts)</source>
        <translation>&amp;Modifier les propriétés (pour les experts)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ajo&amp;uter</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Supprimer la sé&amp;lection</translation>
    </message>
    <message>
        <source>Reset to documented &amp;values</source>
        <translation>Rétablir les &amp;valeurs documentées</translation>
    </message>
    <message>
        <source>These are the properties SAP&apos;s guide lists; check them, then continue.</source>
        <translation>Voici les propriétés indiquées dans le guide SAP&#xa0;; vérifiez-les, puis continuez.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Destination properties</source>
        <translation>Propriétés de la destination</translation>
    </message>
    <message>
        <source>Property, e.g. tc.ui.label</source>
        <translation>Propriété, p. ex. tc.ui.label</translation>
    </message>
    <message>
        <source>New property name</source>
        <translation>Nom de la nouvelle propriété</translation>
    </message>
    <message>
        <source>New property value</source>
        <translation>Valeur de la nouvelle propriété</translation>
    </message>
    <message>
        <source>Required by SAP Task Center exactly like this.</source>
        <translation>Exigée telle quelle par SAP Task Center.</translation>
    </message>
    <message>
        <source>A property name has letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;/&apos; and no spaces, for example tc.ui.label.</source>
        <translation>Un nom de propriété se compose de lettres, de chiffres, de &apos;.&apos;, &apos;_&apos;, &apos;-&apos; ou &apos;/&apos;, sans espace, par exemple tc.ui.label.</translation>
    </message>
    <message>
        <source>%1 cannot be changed here: SAP Task Center requires it as it is, or it follows a field of an earlier step.</source>
        <translation>%1 ne peut pas être modifiée ici&#xa0;: SAP Task Center l&apos;exige telle quelle, ou elle découle d&apos;un champ d&apos;une étape précédente.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: SAP Task Center requires it.</source>
        <translation>%1 ne peut pas être supprimée&#xa0;: SAP Task Center l&apos;exige.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>This provider definition has no destination &quot;%1&quot;.</source>
        <translation>Cette définition de fournisseur n&apos;a pas de destination «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>(entered in an earlier step; not yet entered)</source>
        <translation>(saisie à une étape précédente&#xa0;; pas encore saisie)</translation>
    </message>
    <message>
        <source>•••••••• (entered in an earlier step)</source>
        <translation>•••••••• (saisi à une étape précédente)</translation>
    </message>
    <message>
        <source>Secret: it follows the value you entered in an earlier step.</source>
        <translation>Secret&#xa0;: il découle de la valeur que vous avez saisie à une étape précédente.</translation>
    </message>
    <message>
        <source>%1 holds a secret. The wizard takes secrets only from its own fields and never saves them in a setup file: add it in the SAP BTP cockpit once the destination is written.</source>
        <translation>%1 contient un secret. L&apos;assistant ne reprend les secrets que depuis ses propres champs et ne les enregistre jamais dans un fichier de paramétrage&#xa0;: ajoutez-le dans le cockpit SAP BTP une fois la destination écrite.</translation>
    </message>
</context>
<context>
    <name>DestinationServiceKey</name>
    <message>
        <source>This is the key of an SAP Task Center instance, not of the Destination service. Open the Destination service instance (service destination, plan lite) in the subaccount and use its service key.</source>
        <translation>Il s&apos;agit de la clé d&apos;une instance SAP Task Center, et non du service Destination. Ouvrez l&apos;instance du service Destination (service destination, plan lite) dans le sous-compte et utilisez sa clé de service.</translation>
    </message>
    <message>
        <source>The field clientsecret is missing: this key uses an X.509 certificate instead. Only keys with a client secret are supported. In the cockpit, create a new service key for the Destination service instance without parameters (or with {&quot;credential-type&quot;: &quot;binding-secret&quot;}) and use that one.</source>
        <translation>Le champ clientsecret est absent&#xa0;: cette clé utilise un certificat X.509 à la place. Seules les clés avec un secret client sont prises en charge. Dans le cockpit, créez pour l&apos;instance du service Destination une nouvelle clé de service sans paramètres (ou avec {&quot;credential-type&quot;: &quot;binding-secret&quot;}) et utilisez-la.</translation>
    </message>
    <message>
        <source>The field clientsecret is missing. Copy the whole key again from the cockpit.</source>
        <translation>Le champ clientsecret est absent. Copiez de nouveau la clé complète depuis le cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is missing. Copy the whole key again from the cockpit.</source>
        <translation>Le champ %1 est absent. Copiez de nouveau la clé complète depuis le cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is empty or not text. Copy the whole key again from the cockpit.</source>
        <translation>Le champ %1 est vide ou n&apos;est pas du texte. Copiez de nouveau la clé complète depuis le cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Credentials are sent only over https. Copy the whole key again from the cockpit.</source>
        <translation>Le champ %1 n&apos;est pas une adresse https:// («&#xa0;%2&#xa0;»). Les identifiants ne sont envoyés que via https. Copiez de nouveau la clé complète depuis le cockpit.</translation>
    </message>
    <message>
        <source>Destination service</source>
        <translation>Service Destination</translation>
    </message>
</context>
<context>
    <name>DestinationServiceReply</name>
    <message>
        <source>Reading destinations</source>
        <translation>Lecture des destinations</translation>
    </message>
    <message>
        <source>Reading destination %1</source>
        <translation>Lecture de la destination %1</translation>
    </message>
    <message>
        <source>Creating destination %1</source>
        <translation>Création de la destination %1</translation>
    </message>
    <message>
        <source>Updating destination %1</source>
        <translation>Mise à jour de la destination %1</translation>
    </message>
    <message>
        <source>Deleting destination %1</source>
        <translation>Suppression de la destination %1</translation>
    </message>
    <message>
        <source>Reading the trust certificate</source>
        <translation>Lecture du certificat de confiance</translation>
    </message>
    <message>
        <source>Checking destination %1</source>
        <translation>Vérification de la destination %1</translation>
    </message>
    <message>
        <source>Getting a token</source>
        <translation>Obtention d&apos;un jeton</translation>
    </message>
    <message>
        <source>The request failed (%1). Check your network connection and try again.</source>
        <translation>La requête a échoué (%1). Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> Le service a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The request was cancelled. If it was already on its way, the change may have been made; read the destinations again before you repeat it.</source>
        <translation>La requête a été annulée. Si elle était déjà partie, la modification a peut-être été effectuée&#xa0;; relisez les destinations avant de la répéter.</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing was changed.</source>
        <translation>La requête a été annulée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Check your network connection (and proxy), then try again.</source>
        <translation>%1 n&apos;a pas répondu dans les %2 secondes. Vérifiez votre connexion réseau (et le proxy), puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 port %2 (the connection was refused). Check that the service key is complete and current, and that no firewall blocks the connection.</source>
        <translation>Rien ne répond à l&apos;adresse %1, port %2 (la connexion a été refusée). Vérifiez que la clé de service est complète et à jour, et qu&apos;aucun pare-feu ne bloque la connexion.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check your network connection and that the service key belongs to an existing subaccount.</source>
        <translation>Le serveur %1 est introuvable. Vérifiez votre connexion réseau et que la clé de service appartient à un sous-compte existant.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted (%2), so nothing was sent. Check the date and time of this computer and whether a proxy inspects https traffic.</source>
        <translation>La connexion sécurisée à %1 n&apos;a pas pu être considérée comme fiable (%2)&#xa0;; rien n&apos;a donc été envoyé. Vérifiez la date et l&apos;heure de cet ordinateur, et si un proxy inspecte le trafic https.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Échec de la négociation TLS</translation>
    </message>
    <message>
        <source>The address %1 does not use https, so the service key is not sent there. Use the service key exactly as the SAP BTP cockpit shows it.</source>
        <translation>L&apos;adresse %1 n&apos;utilise pas https&#xa0;; la clé de service n&apos;y est donc pas envoyée. Utilisez la clé de service exactement telle que l&apos;affiche le cockpit SAP BTP.</translation>
    </message>
    <message>
        <source>The subaccount rejected the service key: its client ID or secret is not (or no longer) valid. Create a new service key for the Destination service instance in the cockpit and paste it here.</source>
        <translation>Le sous-compte a refusé la clé de service&#xa0;: son ID client ou son secret n&apos;est pas (ou plus) valide. Créez dans le cockpit une nouvelle clé de service pour l&apos;instance du service Destination et collez-la ici.</translation>
    </message>
    <message>
        <source>The service key may not do this (access denied).%1 Use the key of a Destination service instance in this subaccount, or ask a subaccount administrator.</source>
        <translation>La clé de service n&apos;autorise pas cette opération (accès refusé).%1 Utilisez la clé d&apos;une instance du service Destination de ce sous-compte, ou adressez-vous à un administrateur du sous-compte.</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. In the SAP BTP cockpit, open Connectivity &gt; Destination Trust, choose Generate Trust, then try again.</source>
        <translation>Le sous-compte n&apos;a pas encore de certificat de confiance. Dans le cockpit SAP BTP, ouvrez «&#xa0;Connectivity &gt; Destination Trust&#xa0;», choisissez «&#xa0;Generate Trust&#xa0;», puis réessayez.</translation>
    </message>
    <message>
        <source>The destination %1 does not exist in the subaccount.</source>
        <translation>La destination %1 n&apos;existe pas dans le sous-compte.</translation>
    </message>
    <message>
        <source>The Destination service was not found at this address.%1 Check the uri field of the service key.</source>
        <translation>Le service Destination est introuvable à cette adresse.%1 Vérifiez le champ uri de la clé de service.</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount. Choose another name or overwrite it.</source>
        <translation>Une destination nommée %1 existe déjà dans le sous-compte. Choisissez un autre nom ou remplacez-la.</translation>
    </message>
    <message>
        <source>The destination %1 was changed by someone else in the meantime. Read it again and repeat your change.</source>
        <translation>La destination %1 a été modifiée entre-temps par quelqu&apos;un d&apos;autre. Relisez-la et répétez votre modification.</translation>
    </message>
    <message>
        <source>The Destination service is busy (too many requests) and still was after %1 tries. Wait a minute and try again.</source>
        <translation>Le service Destination est surchargé (trop de requêtes), et l&apos;était encore après %1 tentatives. Attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>The Destination service had a problem on its side (HTTP %1) and still had after %2 tries. Try again in a few minutes; if it lasts, check the SAP BTP status page.</source>
        <translation>Le service Destination a rencontré un problème de son côté (HTTP %1), et c&apos;était encore le cas après %2 tentatives. Réessayez dans quelques minutes&#xa0;; si le problème persiste, consultez la page d&apos;état de SAP BTP.</translation>
    </message>
    <message>
        <source>The Destination service refused the request as invalid.%1 Check the values you entered.</source>
        <translation>Le service Destination a refusé la requête comme non valide.%1 Vérifiez les valeurs que vous avez saisies.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read. Check that the uri field of the service key points to the Destination service.</source>
        <translation>La réponse de %1 n&apos;a pas pu être lue. Vérifiez que le champ uri de la clé de service pointe vers le service Destination.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).%2 Try again; if it lasts, open Details and pass them to your administrator.</source>
        <translation>La requête a échoué (HTTP %1).%2 Réessayez&#xa0;; si le problème persiste, ouvrez «&#xa0;Détails&#xa0;» et transmettez-les à votre administrateur.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Try again; if it keeps happening, check any proxy or firewall between this computer and SAP BTP.</source>
        <translation>%1 a fermé la connexion sans répondre. Réessayez&#xa0;; si cela se reproduit, vérifiez les éventuels proxys ou pare-feu entre cet ordinateur et SAP BTP.</translation>
    </message>
    <message>
        <source>The destination %1 is stored, but the Destination service could not get a token with it: %2. Check the token service URL, user and password or client key of the destination.</source>
        <translation>La destination %1 est enregistrée, mais le service Destination n&apos;a pas pu obtenir de jeton avec elle&#xa0;: %2. Vérifiez dans la destination l&apos;URL du service de jetons, l&apos;utilisateur et le mot de passe ou la clé client.</translation>
    </message>
    <message>
        <source>The answer of %1 was larger than %2 and was not read. Check that the service key points to the Destination service.</source>
        <translation>La réponse de %1 dépassait %2 et n&apos;a pas été lue. Vérifiez que la clé de service pointe vers le service Destination.</translation>
    </message>
    <message>
        <source>The Destination service refused this because of a conflict with the subaccount&apos;s current state.%1 Read the subaccount again and try again.</source>
        <translation>Le service Destination a refusé cette opération en raison d&apos;un conflit avec l&apos;état actuel du sous-compte.%1 Relisez le sous-compte et réessayez.</translation>
    </message>
    <message>
        <source>Creating %1 destinations at once</source>
        <translation>Création de %1 destinations en une seule fois</translation>
    </message>
    <message>
        <source>Updating %1 destinations at once</source>
        <translation>Mise à jour de %1 destinations en une seule fois</translation>
    </message>
    <message>
        <source>The Destination service did not say what became of %1. It may have been written: read the subaccount again before you repeat the change.</source>
        <translation>Le service Destination n&apos;a pas indiqué ce qu&apos;il est advenu de %1. Elle a peut-être été écrite&#xa0;: relisez le sous-compte avant de répéter la modification.</translation>
    </message>
    <message>
        <source>%1 did not answer within 1 second. Check your network connection (and proxy), then try again.</source>
        <translation>%1 n&apos;a pas répondu dans un délai d&apos;une seconde. Vérifiez votre connexion réseau (et le proxy), puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The Destination service is busy and asked to wait %n second(s) before trying again: longer than this program waits for an answer (%1). Try again after that time.</source>
        <translation>
            <numerusform>Le service Destination est surchargé et a demandé d&apos;attendre %n seconde avant de réessayer&#xa0;: c&apos;est plus long que le temps pendant lequel ce programme attend une réponse (%1). Réessayez une fois ce délai écoulé.</numerusform>
            <numerusform>Le service Destination est surchargé et a demandé d&apos;attendre %n secondes avant de réessayer&#xa0;: c&apos;est plus long que le temps pendant lequel ce programme attend une réponse (%1). Réessayez une fois ce délai écoulé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>The file that was there is unchanged.</source>
        <translation>Le fichier qui s&apos;y trouvait est inchangé.</translation>
    </message>
    <message>
        <source>No file was made there.</source>
        <translation>Aucun fichier n&apos;y a été créé.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>son dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>The disk is full: %1 needs %2, and %3 is free there. %4 Make room on the disk, or choose another folder, and try again.</source>
        <translation>Le disque est plein&#xa0;: %1 nécessite %2, et il n&apos;y reste que %3 d&apos;espace libre. %4 Libérez de l&apos;espace sur le disque ou choisissez un autre dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). %3 Check that you may write to that folder, or choose another one.</source>
        <translation>%1 n&apos;a pas pu être écrit (%2). %3 Vérifiez que vous avez le droit d&apos;écrire dans ce dossier, ou choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Write destination files</source>
        <translation>Écrire les &amp;fichiers de destination</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Both: .properties for the cockpit and .json for the REST API</source>
        <translation>Les deux&#xa0;: .properties pour le cockpit et .json pour l&apos;API REST</translation>
    </message>
    <message>
        <source>.properties (the cockpit&apos;s import format)</source>
        <translation>.properties (format d&apos;importation du cockpit)</translation>
    </message>
    <message>
        <source>.json (the Destination service REST API&apos;s format)</source>
        <translation>.json (format de l&apos;API REST du service Destination)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for the destination files</source>
        <translation>Dossier des fichiers de destination</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Choisissez un dossier pour les fichiers.</translation>
    </message>
    <message>
        <source>Something earlier is not complete yet: %1 Go back and correct it.</source>
        <translation>Une étape précédente n&apos;est pas encore complète&#xa0;: %1 Revenez en arrière et corrigez-la.</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>These files exist already and will be replaced:
%1</source>
        <translation>Ces fichiers existent déjà et seront remplacés&#xa0;:
%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the SAP BTP cockpit, open the subaccount where SAP Task Center runs and choose &lt;b&gt;Connectivity &amp;gt; Destinations&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Create &amp;gt; From File&lt;/b&gt; and import %1, one file at a time.&lt;/li&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Étapes suivantes&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Dans le cockpit SAP BTP, ouvrez le sous-compte dans lequel SAP Task Center s&apos;exécute et choisissez &lt;b&gt;Connectivity &amp;gt; Destinations&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choisissez &lt;b&gt;Create &amp;gt; From File&lt;/b&gt; et importez %1, un fichier à la fois.&lt;/li&gt;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>&amp;Include the secrets in the files</source>
        <translation>&amp;Inclure les secrets dans les fichiers</translation>
    </message>
    <message>
        <source>Save the destinations as files, then import them in the SAP BTP cockpit.</source>
        <translation>Enregistrez les destinations sous forme de fichiers, puis importez-les dans le cockpit SAP BTP.</translation>
    </message>
    <message>
        <source>Anyone who has these files can use the secrets in them. Keep the files in a safe place and delete them after the import. Without this option the files leave the secrets out, as the cockpit&apos;s own export does, and you type them in after the import.</source>
        <translation>Toute personne qui possède ces fichiers peut utiliser les secrets qu&apos;ils contiennent. Conservez les fichiers en lieu sûr et supprimez-les après l&apos;importation. Sans cette option, les fichiers ne contiennent pas les secrets, comme l&apos;export du cockpit lui-même, et vous les saisissez après l&apos;importation.</translation>
    </message>
    <message>
        <source>&lt;li&gt;In each imported destination, fill in the secrets the files leave out: &lt;b&gt;%1&lt;/b&gt; (the values you entered in the wizard&apos;s earlier steps).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Dans chaque destination importée, renseignez les secrets que les fichiers ne contiennent pas&#xa0;: &lt;b&gt;%1&lt;/b&gt; (les valeurs que vous avez saisies aux étapes précédentes de l&apos;assistant).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;. You can also save them as files.</source>
        <translation>Les destinations se trouvent dans «&#xa0;%1&#xa0;». Vous pouvez aussi les enregistrer sous forme de fichiers.</translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation>Écrits&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Write the destination files to finish: they are what you import.</source>
        <translation>Écrivez les fichiers de destination pour terminer&#xa0;: ce sont eux que vous importez.</translation>
    </message>
    <message>
        <source>Save the destinations as files</source>
        <translation>Enregistrer les destinations sous forme de fichiers</translation>
    </message>
    <message>
        <source>&lt;li&gt;Check in SAP Task Center&apos;s &lt;b&gt;Monitoring&lt;/b&gt; that the connector reports no error within the next hour (Task Center turns &lt;i&gt;tc.enabled&lt;/i&gt; off by itself when it cannot fetch a token for an hour).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Vérifiez dans le &lt;b&gt;Monitoring&lt;/b&gt; de SAP Task Center que le connecteur ne signale aucune erreur au cours de l&apos;heure qui suit (Task Center désactive lui-même &lt;i&gt;tc.enabled&lt;/i&gt; lorsqu&apos;il ne peut obtenir aucun jeton pendant une heure).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;If you like, check the connection in SAP Task Center&apos;s &lt;b&gt;Monitoring&lt;/b&gt;, as SAP&apos;s guide suggests (the cockpit&apos;s &lt;i&gt;Check Connection&lt;/i&gt; may not show it correctly).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Si vous le souhaitez, vérifiez la connexion dans le &lt;b&gt;Monitoring&lt;/b&gt; de SAP Task Center, comme le suggère le guide SAP (le &lt;i&gt;Check Connection&lt;/i&gt; du cockpit peut ne pas l&apos;afficher correctement).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Nothing is left to import: the destinations are in &quot;%1&quot;.&lt;/li&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Étapes suivantes&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Il ne reste rien à importer&#xa0;: les destinations se trouvent dans «&#xa0;%1&#xa0;».&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Files are optional here, e.g. to set up another subaccount the same way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les fichiers sont ici facultatifs, p. ex. pour paramétrer un autre sous-compte de la même manière.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Save.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Enregistrez.&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Hand-off sheet</source>
        <translation>Fiche de transmission</translation>
    </message>
    <message>
        <source>The hand-off sheet</source>
        <translation>La fiche de transmission</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) on the sheet are not known yet. Complete the earlier steps, then open the sheet again.</source>
        <translation>
            <numerusform>%n valeur de la fiche n&apos;est pas encore connue. Terminez les étapes précédentes, puis rouvrez la fiche.</numerusform>
            <numerusform>%n valeurs de la fiche ne sont pas encore connues. Terminez les étapes précédentes, puis rouvrez la fiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the hand-off sheet</source>
        <translation>Enregistrer la fiche de transmission</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1. Secrets are not in it.</source>
        <translation>La fiche est enregistrée sous %1. Elle ne contient aucun secret.</translation>
    </message>
    <message>
        <source>Saved as %1, with %2 next to it to hand over too. Secrets are not in them.</source>
        <translation>La fiche est enregistrée sous %1, avec %2 à côté, à remettre également. Ces fichiers ne contiennent aucun secret.</translation>
    </message>
    <message>
        <source>Print the hand-off sheet</source>
        <translation>Imprimer la fiche de transmission</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>HandoffSheet</name>
    <message>
        <source>%1 - SAP Task Center hand-off.pdf</source>
        <translation>%1 - Fiche de transmission SAP Task Center.pdf</translation>
    </message>
    <message>
        <source>%1: what to enter for SAP Task Center</source>
        <translation>%1&#xa0;: ce qu&apos;il faut saisir pour SAP Task Center</translation>
    </message>
    <message>
        <source>For the administrator of %1. Please enter the values below in %1 as each step says, and send the values listed under &quot;To send back&quot; to the person setting up SAP Task Center.</source>
        <translation>À l&apos;attention de l&apos;administrateur de %1. Veuillez saisir les valeurs ci-dessous dans %1 comme l&apos;indique chaque étape, et envoyer les valeurs indiquées sous «&#xa0;À renvoyer&#xa0;» à la personne qui paramètre SAP Task Center.</translation>
    </message>
    <message>
        <source>Prepared on %1 with Task Center Connect.</source>
        <translation>Fiche préparée le %1 avec Task Center Connect.</translation>
    </message>
    <message>
        <source>Secrets (passwords, client secrets, keys) are not on this sheet. Where a step needs one, the sheet says where it comes from. Send secrets back only in a way your organization allows for passwords, never in a plain e-mail.</source>
        <translation>Les secrets (mots de passe, secrets client, clés) ne figurent pas sur cette fiche. Lorsqu&apos;une étape en nécessite un, la fiche indique d&apos;où il provient. Ne renvoyez les secrets que par un moyen que votre organisation autorise pour les mots de passe, jamais dans un simple e-mail.</translation>
    </message>
    <message>
        <source>Your %1 system</source>
        <translation>Votre système %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for this step: %1, %2</source>
        <translation>Guide SAP pour cette étape&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>A secret, not on this sheet: ask the person setting up SAP Task Center for it.</source>
        <translation>Un secret, qui ne figure pas sur cette fiche&#xa0;: demandez-le à la personne qui paramètre SAP Task Center.</translation>
    </message>
    <message>
        <source>Not known yet: it follows from an earlier step of the setup.</source>
        <translation>Pas encore connue&#xa0;: cette valeur découle d&apos;une étape précédente du paramétrage.</translation>
    </message>
    <message>
        <source>The file %1, handed over with this sheet.</source>
        <translation>Le fichier %1, remis avec cette fiche.</translation>
    </message>
    <message>
        <source>To send back:</source>
        <translation>À renvoyer&#xa0;:</translation>
    </message>
    <message>
        <source>A secret: send it in a way your organization allows for passwords, not on this sheet.</source>
        <translation>Un secret&#xa0;: envoyez-le par un moyen que votre organisation autorise pour les mots de passe, et non sur cette fiche.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) below are not known yet: complete the earlier steps of the setup and make this sheet again.</source>
        <translation>
            <numerusform>%n valeur ci-dessous n&apos;est pas encore connue&#xa0;: terminez les étapes précédentes du paramétrage et créez de nouveau cette fiche.</numerusform>
            <numerusform>%n valeurs ci-dessous ne sont pas encore connues&#xa0;: terminez les étapes précédentes du paramétrage et créez de nouveau cette fiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this way through the setup, nothing is entered in %1 by hand.</source>
        <translation>Avec cette méthode de paramétrage, rien n&apos;est saisi manuellement dans %1.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>&amp;Open SAP&apos;s guide</source>
        <translation>&amp;Ouvrir le guide SAP</translation>
    </message>
    <message>
        <source>What this step is for</source>
        <translation>À quoi sert cette étape</translation>
    </message>
    <message>
        <source>Where to click</source>
        <translation>Où cliquer</translation>
    </message>
    <message>
        <source>Address of SAP&apos;s guide</source>
        <translation>Adresse du guide SAP</translation>
    </message>
    <message>
        <source>Open SAP&apos;s guide in a browser</source>
        <translation>Ouvrir le guide SAP dans un navigateur</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Fermer l&apos;aide</translation>
    </message>
    <message>
        <source>SAP&apos;s guide</source>
        <translation>Guide SAP</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Aide&#xa0;: %1</translation>
    </message>
    <message>
        <source>SAP&apos;s guides name no page for this step.</source>
        <translation>Les guides SAP n&apos;indiquent aucune page pour cette étape.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the address below and open it in a browser.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Copiez l&apos;adresse ci-dessous et ouvrez-la dans un navigateur.</translation>
    </message>
</context>
<context>
    <name>InputChecks</name>
    <message>
        <source>Enter a name for the destination.</source>
        <translation>Saisissez un nom pour la destination.</translation>
    </message>
    <message>
        <source>Use only letters (A-Z, a-z), digits, underscores (_) and hyphens (-) in the name; spaces and other characters are not allowed by SAP BTP.</source>
        <translation>N&apos;utilisez dans le nom que des lettres (A-Z, a-z), des chiffres, des traits de soulignement (_) et des traits d&apos;union (-)&#xa0;; SAP BTP n&apos;autorise ni les espaces ni les autres caractères.</translation>
    </message>
    <message>
        <source>The name has %1 characters; SAP BTP allows at most %2.</source>
        <translation>Le nom compte %1 caractères&#xa0;; SAP BTP en autorise au plus %2.</translation>
    </message>
    <message>
        <source>The name has %1 characters; SAP Task Center stops with an error above %2. Shorten it.</source>
        <translation>Le nom compte %1 caractères&#xa0;; au-delà de %2, SAP Task Center s&apos;arrête avec une erreur. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The name has %1 characters; keep it to %2 so that the second destination, %3_PP, stays within SAP Task Center&apos;s limit of %4.</source>
        <translation>Le nom compte %1 caractères&#xa0;; limitez-le à %2 pour que la deuxième destination, %3_PP, reste dans la limite de SAP Task Center (%4).</translation>
    </message>
    <message>
        <source>Names ending in _PP are how SAP Task Center recognizes the principal-propagation destination. Choose a name without _PP for the main destination.</source>
        <translation>C&apos;est à la terminaison _PP que SAP Task Center reconnaît la destination de propagation de principal. Choisissez pour la destination principale un nom sans _PP.</translation>
    </message>
    <message>
        <source>The address must start with https://; credentials never travel unencrypted.</source>
        <translation>L&apos;adresse doit commencer par https://&#xa0;; les identifiants ne circulent jamais sans chiffrement.</translation>
    </message>
    <message>
        <source>This is not a complete web address. Copy it again, starting with https://.</source>
        <translation>Ce n&apos;est pas une adresse Web complète. Copiez-la de nouveau, en commençant par https://.</translation>
    </message>
    <message>
        <source>This value has no spaces or line breaks. Copy it again from where it is shown.</source>
        <translation>Cette valeur ne contient ni espaces ni sauts de ligne. Copiez-la de nouveau depuis l&apos;endroit où elle est affichée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a placeholder from a template. Enter the real value.</source>
        <translation>«&#xa0;%1&#xa0;» est un espace réservé issu d&apos;un modèle. Saisissez la valeur réelle.</translation>
    </message>
    <message>
        <source>Enter the address, starting with https://.</source>
        <translation>Saisissez l&apos;adresse, en commençant par https://.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Saisissez l&apos;ID client.</translation>
    </message>
    <message>
        <source>Enter the secret.</source>
        <translation>Saisissez le secret.</translation>
    </message>
    <message>
        <source>A client is three digits, for example 100.</source>
        <translation>Un mandant se compose de trois chiffres, par exemple 100.</translation>
    </message>
    <message>
        <source>This is a placeholder from a template. Paste the real API key.</source>
        <translation>Il s&apos;agit d&apos;un espace réservé issu d&apos;un modèle. Collez la véritable clé d&apos;API.</translation>
    </message>
    <message>
        <source>A secret is one line. Copy it again from where it is shown.</source>
        <translation>Un secret tient sur une seule ligne. Copiez-le de nouveau depuis l&apos;endroit où il est affiché.</translation>
    </message>
    <message>
        <source>This is a placeholder from a template. Enter the real value.</source>
        <translation>Il s&apos;agit d&apos;un espace réservé issu d&apos;un modèle. Saisissez la valeur réelle.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name as the system shows it (its user ID).</source>
        <translation>Saisissez le nom d&apos;utilisateur tel que le système l&apos;affiche (l&apos;ID utilisateur).</translation>
    </message>
    <message>
        <source>A user name has no spaces. Enter the user&apos;s ID, not the person&apos;s name.</source>
        <translation>Un nom d&apos;utilisateur ne contient pas d&apos;espace. Saisissez l&apos;ID utilisateur, et non le nom de la personne.</translation>
    </message>
    <message>
        <source>Paste the API key the system shows for this client.</source>
        <translation>Collez la clé d&apos;API que le système affiche pour ce client.</translation>
    </message>
    <message>
        <source>An API key has no spaces or line breaks. Copy it again from where it is shown.</source>
        <translation>Une clé d&apos;API ne contient ni espaces ni sauts de ligne. Copiez-la de nouveau depuis l&apos;endroit où elle est affichée.</translation>
    </message>
</context>
<context>
    <name>InputField</name>
    <message>
        <source>Show or hide the value</source>
        <translation>Afficher ou masquer la valeur</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>The value SAP&apos;s guide shows as an example</source>
        <translation>La valeur que le guide SAP donne en exemple</translation>
    </message>
    <message>
        <source>Taken from the subaccount and kept hidden; type a new value to replace it</source>
        <translation>Reprise du sous-compte et masquée&#xa0;; saisissez une nouvelle valeur pour la remplacer</translation>
    </message>
    <message>
        <source>Use this value instead of the one entered</source>
        <translation>Utiliser cette valeur au lieu de celle saisie</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>Nothing to click in SAP&apos;s consoles yet. You will need the SAP BTP cockpit of the subaccount where SAP Task Center runs, and administrator access to %1; each later step says where to click.</source>
        <translation>Rien à cliquer dans les consoles SAP pour l&apos;instant. Vous aurez besoin du cockpit SAP BTP du sous-compte dans lequel SAP Task Center s&apos;exécute, et d&apos;un accès administrateur à %1&#xa0;; chaque étape suivante indique où cliquer.</translation>
    </message>
    <message>
        <source>Choose where the destinations go: straight into your SAP BTP subaccount over the Destination service, into the demo subaccount on this computer, or only into files that you import in the SAP BTP cockpit yourself. Nothing is written into a subaccount before you have reviewed the changes and chosen Apply.</source>
        <translation>Choisissez où écrire les destinations&#xa0;: directement dans votre sous-compte SAP BTP via le service Destination, dans le sous-compte de démonstration sur cet ordinateur, ou uniquement dans des fichiers que vous importez vous-même dans le cockpit SAP BTP. Rien n&apos;est écrit dans un sous-compte avant que vous ayez vérifié les modifications et choisi «&#xa0;Appliquer&#xa0;».</translation>
    </message>
    <message>
        <source>To add a subaccount, you need a key of its Destination service instance: in the SAP BTP cockpit, open Services &gt; Instances and Subscriptions, choose the Destination instance (plan lite; create one if there is none) and open or create a key under Service Keys. Open the downloaded file or paste its text.</source>
        <translation>Pour ajouter un sous-compte, vous avez besoin d&apos;une clé de l&apos;instance de son service Destination&#xa0;: dans le cockpit SAP BTP, ouvrez «&#xa0;Services &gt; Instances and Subscriptions&#xa0;», choisissez l&apos;instance Destination (plan lite&#xa0;; créez-en une s&apos;il n&apos;y en a pas) et ouvrez ou créez une clé sous «&#xa0;Service Keys&#xa0;». Ouvrez le fichier téléchargé ou collez son texte.</translation>
    </message>
    <message>
        <source>Shows, for each destination, whether applying will create it, update it (with every property that changes; secrets stay hidden) or leave it unchanged, and warns when another primary destination already points to the same system. Nothing has been written yet.</source>
        <translation>Indique, pour chaque destination, si l&apos;application des modifications va la créer, la mettre à jour (avec chaque propriété qui change&#xa0;; les secrets restent masqués) ou la laisser inchangée, et avertit lorsqu&apos;une autre destination principale pointe déjà vers le même système. Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <source>Nothing to click in SAP&apos;s consoles. To compare for yourself, the SAP BTP cockpit lists the subaccount&apos;s destinations under Connectivity &gt; Destinations.</source>
        <translation>Rien à cliquer dans les consoles SAP. Pour comparer vous-même, le cockpit SAP BTP répertorie les destinations du sous-compte sous «&#xa0;Connectivity &gt; Destinations&#xa0;».</translation>
    </message>
    <message>
        <source>Writes each primary destination first, then the destinations that belong to it, and says for each whether it was created, updated, already up to date, or why it failed. Test connection asks the Destination service for a token with the primary destination, as SAP Task Center does.</source>
        <translation>Écrit d&apos;abord chaque destination principale, puis les destinations qui lui appartiennent, et indique pour chacune si elle a été créée, mise à jour ou était déjà à jour, ou pourquoi elle a échoué. «&#xa0;Tester la connexion&#xa0;» demande un jeton au service Destination avec la destination principale, comme le fait SAP Task Center.</translation>
    </message>
    <message>
        <source>The written destinations are listed in the SAP BTP cockpit under Connectivity &gt; Destinations. Afterwards, check in SAP Task Center&apos;s Monitoring that the connector reports no error.</source>
        <translation>Les destinations écrites sont répertoriées dans le cockpit SAP BTP sous «&#xa0;Connectivity &gt; Destinations&#xa0;». Vérifiez ensuite dans le «&#xa0;Monitoring&#xa0;» de SAP Task Center que le connecteur ne signale aucune erreur.</translation>
    </message>
    <message>
        <source>The destinations are in the subaccount. Files are optional here, for example to set up another subaccount the same way.</source>
        <translation>Les destinations se trouvent dans le sous-compte. Les fichiers sont ici facultatifs, par exemple pour paramétrer un autre sous-compte de la même manière.</translation>
    </message>
    <message>
        <source>The SAP BTP cockpit lists the destinations under Connectivity &gt; Destinations. Check in SAP Task Center&apos;s Monitoring that the connector reports no error within the next hour.</source>
        <translation>Le cockpit SAP BTP répertorie les destinations sous «&#xa0;Connectivity &gt; Destinations&#xa0;». Vérifiez dans le «&#xa0;Monitoring&#xa0;» de SAP Task Center que le connecteur ne signale aucune erreur au cours de l&apos;heure qui suit.</translation>
    </message>
    <message>
        <source>Saves each destination as a file (.properties for the SAP BTP cockpit, .json for the Destination service REST API) and says what to do next. After Apply, the files are optional.</source>
        <translation>Enregistre chaque destination dans un fichier (.properties pour le cockpit SAP BTP, .json pour l&apos;API REST du service Destination) et indique les étapes suivantes. Après «&#xa0;Appliquer&#xa0;», les fichiers sont facultatifs.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose Connectivity &gt; Destinations, then Create &gt; From File, and import the files one at a time. Unless you included them, fill in the secrets the files leave out.</source>
        <translation>Dans le cockpit SAP BTP, ouvrez le sous-compte dans lequel SAP Task Center s&apos;exécute, choisissez «&#xa0;Connectivity &gt; Destinations&#xa0;», puis «&#xa0;Create &gt; From File&#xa0;», et importez les fichiers un par un. Si vous ne les avez pas inclus, renseignez les secrets que les fichiers ne contiennent pas.</translation>
    </message>
    <message>
        <source>Choose what to check: the destinations of a subaccount (the demo subaccount or a saved one) or files exported from the SAP BTP cockpit; and, if you like, the trust certificate a provider holds, to compare it with the subaccount&apos;s current one.</source>
        <translation>Choisissez ce qu&apos;il faut vérifier&#xa0;: les destinations d&apos;un sous-compte (le sous-compte de démonstration ou un sous-compte enregistré) ou des fichiers exportés depuis le cockpit SAP BTP&#xa0;; et, si vous le souhaitez, le certificat de confiance que détient un fournisseur, pour le comparer avec le certificat actuel du sous-compte.</translation>
    </message>
    <message>
        <source>To export destinations: in the SAP BTP cockpit, open Connectivity &gt; Destinations, select them and choose Export (several come as an archive). The subaccount&apos;s trust certificate: Connectivity &gt; Destination Trust &gt; Export.</source>
        <translation>Pour exporter des destinations&#xa0;: dans le cockpit SAP BTP, ouvrez «&#xa0;Connectivity &gt; Destinations&#xa0;», sélectionnez-les et choisissez «&#xa0;Export&#xa0;» (plusieurs destinations sont exportées sous forme d&apos;archive). Pour le certificat de confiance du sous-compte&#xa0;: «&#xa0;Connectivity &gt; Destination Trust &gt; Export&#xa0;».</translation>
    </message>
    <message>
        <source>Lists what the check found, grouped by provider and destination, the worst first. Choose a finding to read how to fix it, where SAP documents it and its rule; some are fixed from here (Fix in the subaccount…) or by setting the provider up again in the wizard.</source>
        <translation>Répertorie les constats de la vérification, regroupés par fournisseur et par destination, les plus graves en premier. Choisissez un constat pour savoir comment le corriger, où SAP le documente et quelle est sa règle&#xa0;; certains se corrigent d&apos;ici («&#xa0;Corriger dans le sous-compte…&#xa0;») ou en refaisant le paramétrage du fournisseur dans l&apos;assistant.</translation>
    </message>
    <message>
        <source>Fixes by hand are made in the SAP BTP cockpit under Connectivity &gt; Destinations, in the destination the finding names. Open SAP&apos;s page opens the page a finding cites.</source>
        <translation>Les corrections manuelles se font dans le cockpit SAP BTP sous «&#xa0;Connectivity &gt; Destinations&#xa0;», dans la destination que nomme le constat. «&#xa0;Ouvrir la page SAP&#xa0;» ouvre la page que cite un constat.</translation>
    </message>
    <message>
        <source>Get the subaccount&apos;s trust certificate: from the subaccount itself, from the exported .pem file, or pasted. The wizard shows its validity and fingerprint, and warns when it expires soon.</source>
        <translation>Récupérez le certificat de confiance du sous-compte&#xa0;: depuis le sous-compte lui-même, depuis le fichier .pem exporté, ou en le collant. L&apos;assistant affiche sa validité et son empreinte, et avertit lorsqu&apos;il expire bientôt.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose Connectivity &gt; Destination Trust and Export the active certificate (a .pem file). Older guides say Connectivity &gt; Destinations &gt; Download Trust; SAP moved it in November 2025.</source>
        <translation>Dans le cockpit SAP BTP, ouvrez le sous-compte dans lequel SAP Task Center s&apos;exécute, choisissez «&#xa0;Connectivity &gt; Destination Trust&#xa0;» et exportez le certificat actif avec «&#xa0;Export&#xa0;» (un fichier .pem). Les guides plus anciens indiquent «&#xa0;Connectivity &gt; Destinations &gt; Download Trust&#xa0;»&#xa0;; SAP l&apos;a déplacé en novembre 2025.</translation>
    </message>
    <message>
        <source>Renew the certificate before it expires, and put the new one into %1 at once: until then, tasks may not come through.</source>
        <translation>Renouvelez le certificat avant son expiration et placez aussitôt le nouveau dans %1&#xa0;: d&apos;ici là, les tâches risquent de ne pas arriver.</translation>
    </message>
    <message>
        <source>The SAP Task Center service key says where SAP Task Center is and which OAuth client it uses (uaa.url, uaa.clientid, endpoints.inbox_rest_url); later steps take their values from it.</source>
        <translation>La clé de service SAP Task Center indique où se trouve SAP Task Center et quel client OAuth il utilise (uaa.url, uaa.clientid, endpoints.inbox_rest_url)&#xa0;; les étapes suivantes y reprennent leurs valeurs.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open Services &gt; Instances and Subscriptions, choose the SAP Task Center instance, and under Service Keys open a key (create one if there is none). Download it, or copy its JSON text.</source>
        <translation>Dans le cockpit SAP BTP, ouvrez «&#xa0;Services &gt; Instances and Subscriptions&#xa0;», choisissez l&apos;instance SAP Task Center et, sous «&#xa0;Service Keys&#xa0;», ouvrez une clé (créez-en une s&apos;il n&apos;y en a pas). Téléchargez-la, ou copiez son texte JSON.</translation>
    </message>
    <message>
        <source>Values about %1 that the destinations need. The wizard checks each as you type and makes the addresses SAP&apos;s guide asks for from them.</source>
        <translation>Les valeurs relatives à %1 dont les destinations ont besoin. L&apos;assistant vérifie chacune pendant la saisie et en déduit les adresses demandées par le guide SAP.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The values come from %1; its administrator knows them.</source>
        <translation>Les valeurs proviennent de %1&#xa0;; son administrateur les connaît.</translation>
    </message>
    <message>
        <source>Things to do in %1 itself. The page shows each value to enter there, with a Copy button, and asks for the values it gives back.</source>
        <translation>Ce qu&apos;il faut faire dans %1 lui-même. La page affiche chaque valeur à y saisir, avec un bouton «&#xa0;Copier&#xa0;», et demande les valeurs que ce système renvoie.</translation>
    </message>
    <message>
        <source>Steps done outside the wizard, in the order SAP documents them; the page says what to check at each one.</source>
        <translation>Étapes effectuées en dehors de l&apos;assistant, dans l&apos;ordre où SAP les documente&#xa0;; la page indique ce qu&apos;il faut vérifier à chacune d&apos;elles.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; as SAP&apos;s guide lists it: its name and properties. The wizard writes it into the subaccount after the review, or into a file for you to import.</source>
        <translation>La destination «&#xa0;%1&#xa0;» telle que l&apos;indique le guide SAP&#xa0;: son nom et ses propriétés. L&apos;assistant l&apos;écrit dans le sous-compte après la vérification, ou dans un fichier que vous importez.</translation>
    </message>
    <message>
        <source>The destinations as SAP&apos;s guide lists them. The wizard writes them into the subaccount after the review, or into files for you to import.</source>
        <translation>Les destinations telles que les indique le guide SAP. L&apos;assistant les écrit dans le sous-compte après la vérification, ou dans des fichiers que vous importez.</translation>
    </message>
    <message>
        <source>The SAP BTP cockpit lists the subaccount&apos;s destinations under Connectivity &gt; Destinations; a file is imported there with Create &gt; From File.</source>
        <translation>Le cockpit SAP BTP répertorie les destinations du sous-compte sous «&#xa0;Connectivity &gt; Destinations&#xa0;»&#xa0;; un fichier s&apos;y importe avec «&#xa0;Create &gt; From File&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the task provider to connect to SAP Task Center. The page lists the destinations the wizard will set up, what to have at hand and SAP&apos;s guides. From here you can also continue a saved setup, try the demo subaccount, or check a configuration that exists already.</source>
        <translation>Choisissez le fournisseur de tâches à connecter à SAP Task Center. La page indique les destinations que l&apos;assistant va paramétrer, ce qu&apos;il faut avoir à portée de main et les guides SAP. À partir d&apos;ici, vous pouvez aussi reprendre un paramétrage enregistré, essayer le sous-compte de démonstration ou vérifier une configuration existante.</translation>
    </message>
    <message>
        <source>For %1, also choose how to connect it (%2).</source>
        <translation>Pour %1, choisissez aussi la méthode de connexion (%2).</translation>
    </message>
    <message>
        <source>Nothing is left for the wizard to write on this way. The page says what to check afterwards.</source>
        <translation>Avec cette méthode, il ne reste rien à écrire pour l&apos;assistant. La page indique ce qu&apos;il faut vérifier ensuite.</translation>
    </message>
</context>
<context>
    <name>ProviderDefinition</name>
    <message>
        <source>Unknown task provider &quot;%1&quot;. Known providers: %2.</source>
        <translation>Fournisseur de tâches inconnu «&#xa0;%1&#xa0;». Fournisseurs connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The provider definition is not valid JSON: %1</source>
        <translation>La définition du fournisseur n&apos;est pas un JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider definition lacks &quot;id&quot; or &quot;displayName&quot;.</source>
        <translation>Il manque &quot;id&quot; ou &quot;displayName&quot; dans la définition du fournisseur.</translation>
    </message>
    <message>
        <source>The provider definition has an unsupported format (expected %1).</source>
        <translation>La définition du fournisseur a un format non pris en charge (attendu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has an unknown kind &quot;%2&quot; (known: %3).</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» a un type inconnu «&#xa0;%2&#xa0;» (connus&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The provider definition &quot;%1&quot; is not consistent: %2</source>
        <translation>La définition du fournisseur «&#xa0;%1&#xa0;» n&apos;est pas cohérente&#xa0;: %2</translation>
    </message>
    <message>
        <source>an input has no &quot;id&quot;.</source>
        <translation>une entrée n&apos;a pas d&apos;&quot;id&quot;.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is defined twice.</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» est définie deux fois.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; names an unknown check &quot;%2&quot;.</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» désigne une vérification inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; must differ from an unknown input &quot;%2&quot;.</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» doit différer d&apos;une entrée inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the derived value &quot;%1&quot; comes from an unknown input &quot;%2&quot;.</source>
        <translation>la valeur dérivée «&#xa0;%1&#xa0;» provient d&apos;une entrée inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>a path lacks &quot;id&quot; or &quot;title&quot;.</source>
        <translation>il manque &quot;id&quot; ou &quot;title&quot; à un chemin.</translation>
    </message>
    <message>
        <source>it has no steps.</source>
        <translation>elle n&apos;a aucune étape.</translation>
    </message>
    <message>
        <source>a step has no &quot;id&quot; or one used twice (&quot;%1&quot;).</source>
        <translation>une étape n&apos;a pas d&apos;&quot;id&quot; ou en a un utilisé deux fois («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; names an unknown path &quot;%2&quot;.</source>
        <translation>l&apos;étape «&#xa0;%1&#xa0;» désigne un chemin inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; reads an unknown document &quot;%2&quot; (trustCertificate or serviceKey).</source>
        <translation>l&apos;étape «&#xa0;%1&#xa0;» lit un document inconnu «&#xa0;%2&#xa0;» (trustCertificate ou serviceKey).</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has no title.</source>
        <translation>l&apos;étape «&#xa0;%1&#xa0;» n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; shows an unknown value ${%2}.</source>
        <translation>l&apos;étape «&#xa0;%1&#xa0;» affiche une valeur inconnue ${%2}.</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; asks for an unknown input &quot;%2&quot;.</source>
        <translation>l&apos;étape «&#xa0;%1&#xa0;» demande une entrée inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; shows an unknown derived value &quot;%2&quot;.</source>
        <translation>l&apos;étape «&#xa0;%1&#xa0;» affiche une valeur dérivée inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the checklist &quot;%1&quot; has no items.</source>
        <translation>la liste de contrôle «&#xa0;%1&#xa0;» n&apos;a aucun élément.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; has no steps.</source>
        <translation>le chemin «&#xa0;%1&#xa0;» n&apos;a aucune étape.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; writes destinations but has no destinations step.</source>
        <translation>le chemin «&#xa0;%1&#xa0;» écrit des destinations mais n&apos;a pas d&apos;étape de destinations.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; writes no destinations but has a destinations step.</source>
        <translation>le chemin «&#xa0;%1&#xa0;» n&apos;écrit aucune destination mais a une étape de destinations.</translation>
    </message>
    <message>
        <source>a destination lacks &quot;role&quot;, &quot;name&quot; or &quot;title&quot;.</source>
        <translation>il manque &quot;role&quot;, &quot;name&quot; ou &quot;title&quot; à une destination.</translation>
    </message>
    <message>
        <source>the destination role &quot;%1&quot; is used twice.</source>
        <translation>le rôle de destination «&#xa0;%1&#xa0;» est utilisé deux fois.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; belongs to &quot;%2&quot;, which is not a primary destination defined before it.</source>
        <translation>la destination «&#xa0;%1&#xa0;» appartient à «&#xa0;%2&#xa0;», qui n&apos;est pas une destination principale définie avant elle.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; is named by an unknown input &quot;%2&quot;.</source>
        <translation>la destination «&#xa0;%1&#xa0;» tire son nom d&apos;une entrée inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; uses an unknown value ${%2}.</source>
        <translation>la destination «&#xa0;%1&#xa0;» utilise une valeur inconnue ${%2}.</translation>
    </message>
    <message>
        <source>it describes no primary destination.</source>
        <translation>elle ne décrit aucune destination principale.</translation>
    </message>
    <message>
        <source>no step asks for the input &quot;%1&quot;.</source>
        <translation>aucune étape ne demande l&apos;entrée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the guide &quot;%1&quot; documents an unknown step &quot;%2&quot;.</source>
        <translation>le guide «&#xa0;%1&#xa0;» documente une étape inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>it has destinations but no destinations step to show them.</source>
        <translation>elle a des destinations mais aucune étape pour les afficher.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; must be on the same site as an unknown input &quot;%2&quot;, or its warning does not name both sites (the two placeholders for them).</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» doit se trouver sur le même site qu&apos;une entrée inconnue «&#xa0;%2&#xa0;», ou son avertissement ne nomme pas les deux sites (les deux espaces réservés correspondants).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values SAP documents here (%2). Choose one of them.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs documentées ici par SAP (%2). Choisissez-en une.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a default value that is not one of its choices.</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» a une valeur par défaut qui ne fait pas partie de ses choix.</translation>
    </message>
    <message>
        <source>the example of the input &quot;%1&quot; does not pass its own check.</source>
        <translation>l&apos;exemple de l&apos;entrée «&#xa0;%1&#xa0;» ne passe pas sa propre vérification.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a pattern that is not a valid regular expression with a message.</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» a un modèle qui n&apos;est pas une expression régulière valide accompagnée d&apos;un message.</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; does not set the same values as the way &quot;%2&quot;.</source>
        <translation>la méthode «&#xa0;%1&#xa0;» ne définit pas les mêmes valeurs que la méthode «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; sets &quot;%2&quot;, which is already an input or a derived value.</source>
        <translation>la méthode «&#xa0;%1&#xa0;» définit «&#xa0;%2&#xa0;», qui est déjà une entrée ou une valeur dérivée.</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; gives a default for an unknown input &quot;%2&quot;.</source>
        <translation>la méthode «&#xa0;%1&#xa0;» donne une valeur par défaut pour une entrée inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The provider definition is invalid: the input &quot;%1&quot; is filled in a way that is not understood: %2</source>
        <translation>La définition du fournisseur n&apos;est pas valide&#xa0;: l&apos;entrée «&#xa0;%1&#xa0;» est remplie d&apos;une manière qui n&apos;est pas comprise&#xa0;: %2</translation>
    </message>
    <message>
        <source>The provider definition is invalid: a hint of the input &quot;%1&quot; has the severity &quot;%2&quot;; it is &quot;warning&quot; or &quot;error&quot;.</source>
        <translation>La définition du fournisseur n&apos;est pas valide&#xa0;: une indication de l&apos;entrée «&#xa0;%1&#xa0;» a la gravité «&#xa0;%2&#xa0;»&#xa0;; les valeurs possibles sont &quot;warning&quot; ou &quot;error&quot;.</translation>
    </message>
    <message>
        <source>The provider definition is invalid: the derived value &quot;%1&quot; is made in a way that is not understood: %2</source>
        <translation>La définition du fournisseur n&apos;est pas valide&#xa0;: la valeur dérivée «&#xa0;%1&#xa0;» est construite d&apos;une manière qui n&apos;est pas comprise&#xa0;: %2</translation>
    </message>
    <message>
        <source>it has neither &quot;take&quot; nor &quot;join&quot;.</source>
        <translation>elle n&apos;a ni &quot;take&quot; ni &quot;join&quot;.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a hint that is not a valid regular expression with a message (a hint with a suggestion names it in its message).</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» a une indication qui n&apos;est pas une expression régulière valide accompagnée d&apos;un message (une indication avec une suggestion la mentionne dans son message).</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is filled from an unknown input &quot;%2&quot;, or says nothing to &quot;take&quot; of it.</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» est remplie à partir d&apos;une entrée inconnue «&#xa0;%2&#xa0;», ou n&apos;indique pas avec &quot;take&quot; ce qu&apos;il faut en prendre.</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>API server</source>
        <translation>Serveur d&apos;API</translation>
    </message>
    <message>
        <source>The OData API address of your SuccessFactors data center. In SuccessFactors, search for &quot;About HXM Suite OData APIs&quot; and copy the API server URL; the wizard derives the other addresses from it.</source>
        <translation>L&apos;adresse de l&apos;API OData du centre de données de votre SuccessFactors. Dans SuccessFactors, recherchez «&#xa0;About HXM Suite OData APIs&#xa0;» et copiez l&apos;URL du serveur d&apos;API&#xa0;; l&apos;assistant en déduit les autres adresses.</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID de société</translation>
    </message>
    <message>
        <source>Your SuccessFactors company ID, shown in SuccessFactors under your name &gt; Show version information, and in the login address after company=.</source>
        <translation>Votre ID de société SuccessFactors, affiché dans SuccessFactors sous votre nom &gt; «&#xa0;Show version information&#xa0;», et dans l&apos;adresse de connexion après company=.</translation>
    </message>
    <message>
        <source>Technical user</source>
        <translation>Utilisateur technique</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Nom de la destination</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 61 characters, so the secondary destination &lt;name&gt;_PP stays within Task Center&apos;s limit of 64.</source>
        <translation>Uniquement des lettres, des chiffres, _ et -, 61 caractères au maximum, pour que la destination secondaire &lt;nom&gt;_PP reste dans la limite de Task Center (64).</translation>
    </message>
    <message>
        <source>API key of the technical-user client</source>
        <translation>Clé d&apos;API du client de l&apos;utilisateur technique</translation>
    </message>
    <message>
        <source>In SuccessFactors, open Admin Center &gt; Manage OAuth2 Client Applications, choose View next to the technical-user client and copy its API Key.</source>
        <translation>Dans SuccessFactors, ouvrez «&#xa0;Admin Center &gt; Manage OAuth2 Client Applications&#xa0;», choisissez «&#xa0;View&#xa0;» à côté du client de l&apos;utilisateur technique et copiez son «&#xa0;API Key&#xa0;».</translation>
    </message>
    <message>
        <source>Principal-propagation client&apos;s API key</source>
        <translation>Clé d&apos;API du client de propagation de principal</translation>
    </message>
    <message>
        <source>The API Key of the second client (the one with Bind to Users switched off).</source>
        <translation>L&apos;«&#xa0;API Key&#xa0;» du deuxième client (celui pour lequel «&#xa0;Bind to Users&#xa0;» est désactivé).</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>URL de la destination</translation>
    </message>
    <message>
        <source>Token Service URL</source>
        <translation>Token Service URL</translation>
    </message>
    <message>
        <source>Client for the technical user</source>
        <translation>Client pour l&apos;utilisateur technique</translation>
    </message>
    <message>
        <source>Application Name</source>
        <translation>Application Name</translation>
    </message>
    <message>
        <source>Any unique name.</source>
        <translation>Un nom unique quelconque.</translation>
    </message>
    <message>
        <source>Application URL</source>
        <translation>Application URL</translation>
    </message>
    <message>
        <source>A unique URL; the documentation uses uaa.url of the Task Center service key.</source>
        <translation>Une URL unique&#xa0;; la documentation utilise uaa.url de la clé de service de Task Center.</translation>
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
        <translation>Le certificat de confiance sans ses lignes BEGIN et END et sans sauts de ligne.</translation>
    </message>
    <message>
        <source>Client for principal propagation</source>
        <translation>Client pour la propagation de principal</translation>
    </message>
    <message>
        <source>Any unique name, different from the first client&apos;s.</source>
        <translation>Un nom unique quelconque, différent de celui du premier client.</translation>
    </message>
    <message>
        <source>uaa.url followed by /pp, so it differs from the first client&apos;s URL.</source>
        <translation>uaa.url suivi de /pp, pour qu&apos;elle diffère de l&apos;URL du premier client.</translation>
    </message>
    <message>
        <source>The same trust certificate.</source>
        <translation>Le même certificat de confiance.</translation>
    </message>
    <message>
        <source>Primary destination (technical user)</source>
        <translation>Destination principale (utilisateur technique)</translation>
    </message>
    <message>
        <source>Create only one primary destination for each SuccessFactors system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination principale par système SuccessFactors dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>Secondary destination (principal propagation)</source>
        <translation>Destination secondaire (propagation de principal)</translation>
    </message>
    <message>
        <source>SAP Task Center links this destination to the primary by its name: the primary&apos;s name followed by _PP. If you rename the primary later, rename this one too.</source>
        <translation>SAP Task Center relie cette destination à la destination principale par son nom&#xa0;: le nom de la principale suivi de _PP. Si vous renommez ultérieurement la principale, renommez également celle-ci.</translation>
    </message>
    <message>
        <source>SuccessFactors does not accept this subaccount&apos;s signature: the certificate in the OAuth client (Admin Center &gt; Manage OAuth2 Client Applications) is not the subaccount&apos;s current trust certificate. Paste the current one there again, without the BEGIN and END lines.</source>
        <translation>SuccessFactors n&apos;accepte pas la signature de ce sous-compte&#xa0;: le certificat du client OAuth («&#xa0;Admin Center &gt; Manage OAuth2 Client Applications&#xa0;») n&apos;est pas le certificat de confiance actuel du sous-compte. Collez-y de nouveau le certificat actuel, sans les lignes BEGIN et END.</translation>
    </message>
    <message>
        <source>SuccessFactors does not know the technical user. Enter its user ID, not the user name or e-mail address, as the technical user and apply again.</source>
        <translation>SuccessFactors ne connaît pas l&apos;utilisateur technique. Saisissez comme utilisateur technique son ID utilisateur, et non le nom d&apos;utilisateur ou l&apos;adresse e-mail, puis appliquez de nouveau.</translation>
    </message>
    <message>
        <source>Check in SuccessFactors (Admin Center &gt; Manage OAuth2 Client Applications) that the destination&apos;s API key belongs to an OAuth client registered with this subaccount&apos;s trust certificate: an API key only works for the subaccount whose certificate it was registered with.</source>
        <translation>Vérifiez dans SuccessFactors («&#xa0;Admin Center &gt; Manage OAuth2 Client Applications&#xa0;») que la clé d&apos;API de la destination appartient à un client OAuth enregistré avec le certificat de confiance de ce sous-compte&#xa0;: une clé d&apos;API ne fonctionne que pour le sous-compte avec le certificat duquel elle a été enregistrée.</translation>
    </message>
    <message>
        <source>Approvals from SAP Field Service Management (FSM): a primary destination with FSM&apos;s client credentials and a secondary destination for principal propagation, after uploading the subaccount&apos;s trust certificate in FSM&apos;s Admin portal.</source>
        <translation>Approbations de SAP Field Service Management (FSM)&#xa0;: une destination principale avec les identifiants client de FSM et une destination secondaire pour la propagation de principal, après le chargement du certificat de confiance du sous-compte dans l&apos;«&#xa0;Admin portal&#xa0;» de FSM.</translation>
    </message>
    <message>
        <source>FSM cluster</source>
        <translation>Cluster FSM</translation>
    </message>
    <message>
        <source>The cluster your FSM account runs on: its name (for example eu) or any address you open FSM with, such as https://eu.fsm.cloud.sap. The wizard makes the addresses SAP&apos;s guide asks for from it.</source>
        <translation>Le cluster sur lequel s&apos;exécute votre compte FSM&#xa0;: son nom (par exemple eu) ou toute adresse avec laquelle vous ouvrez FSM, comme https://eu.fsm.cloud.sap. L&apos;assistant en déduit les adresses demandées par le guide SAP.</translation>
    </message>
    <message>
        <source>FSM account ID</source>
        <translation>ID de compte FSM</translation>
    </message>
    <message>
        <source>The ID of your FSM account, shown in FSM&apos;s Admin portal under Account.</source>
        <translation>L&apos;ID de votre compte FSM, affiché dans l&apos;«&#xa0;Admin portal&#xa0;» de FSM sous «&#xa0;Account&#xa0;».</translation>
    </message>
    <message>
        <source>FSM company ID</source>
        <translation>ID de société FSM</translation>
    </message>
    <message>
        <source>The ID of the company within the account, shown in FSM&apos;s Admin portal under Companies.</source>
        <translation>L&apos;ID de la société au sein du compte, affiché dans l&apos;«&#xa0;Admin portal&#xa0;» de FSM sous «&#xa0;Companies&#xa0;».</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The client ID FSM generated for SAP Task Center (Admin portal, Generating Client ID and Secret).</source>
        <translation>L&apos;ID client que FSM a généré pour SAP Task Center («&#xa0;Admin portal&#xa0;», «&#xa0;Generating Client ID and Secret&#xa0;»).</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>The client secret FSM showed with the client ID. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le secret client que FSM a affiché avec l&apos;ID client. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>SAML metadata URL</source>
        <translation>URL des métadonnées SAML</translation>
    </message>
    <message>
        <source>The address of the SAML metadata from FSM&apos;s SAML configuration; it becomes the secondary destination&apos;s Audience.</source>
        <translation>L&apos;adresse des métadonnées SAML issue de la configuration SAML de FSM&#xa0;; elle devient l&apos;Audience de la destination secondaire.</translation>
    </message>
    <message>
        <source>FSM trusts SAP Task Center through this certificate: you upload it in FSM&apos;s Admin portal next.</source>
        <translation>FSM fait confiance à SAP Task Center grâce à ce certificat&#xa0;: vous le chargez ensuite dans l&apos;«&#xa0;Admin portal&#xa0;» de FSM.</translation>
    </message>
    <message>
        <source>Upload the trust certificate in FSM</source>
        <translation>Charger le certificat de confiance dans FSM</translation>
    </message>
    <message>
        <source>FSM&apos;s Admin portal: Establish Trust with SAP Destination Service.</source>
        <translation>«&#xa0;Admin portal&#xa0;» de FSM&#xa0;: «&#xa0;Establish Trust with SAP Destination Service&#xa0;».</translation>
    </message>
    <message>
        <source>In FSM&apos;s &lt;b&gt;Admin portal&lt;/b&gt;, open the Task Center integration and &lt;b&gt;Establish Trust with SAP Destination Service&lt;/b&gt;: upload the subaccount&apos;s trust certificate there. Save it as a file below, or copy it.</source>
        <translation>Dans l&apos;&lt;b&gt;Admin portal&lt;/b&gt; de FSM, ouvrez l&apos;intégration Task Center et &lt;b&gt;Establish Trust with SAP Destination Service&lt;/b&gt;&#xa0;: chargez-y le certificat de confiance du sous-compte. Enregistrez-le ci-dessous dans un fichier, ou copiez-le.</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <source>Trust certificate (PEM)</source>
        <translation>Certificat de confiance (PEM)</translation>
    </message>
    <message>
        <source>The same .pem file the SAP BTP cockpit exports under Connectivity &gt; Destination Trust. Renew it in FSM too whenever the subaccount&apos;s certificate is renewed.</source>
        <translation>Le même fichier .pem que celui qu&apos;exporte le cockpit SAP BTP sous «&#xa0;Connectivity &gt; Destination Trust&#xa0;». Renouvelez-le aussi dans FSM chaque fois que le certificat du sous-compte est renouvelé.</translation>
    </message>
    <message>
        <source>Certificate name (CN)</source>
        <translation>Nom du certificat (CN)</translation>
    </message>
    <message>
        <source>To recognize the certificate in FSM&apos;s list.</source>
        <translation>Pour reconnaître le certificat dans la liste de FSM.</translation>
    </message>
    <message>
        <source>Your FSM account</source>
        <translation>Votre compte FSM</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches FSM: cluster, account and company.</source>
        <translation>Où SAP Task Center atteint FSM&#xa0;: cluster, compte et société.</translation>
    </message>
    <message>
        <source>FSM&apos;s client for SAP Task Center</source>
        <translation>Client de FSM pour SAP Task Center</translation>
    </message>
    <message>
        <source>The client ID and secret, and the SAML metadata, from FSM&apos;s Admin portal.</source>
        <translation>L&apos;ID client et le secret, ainsi que les métadonnées SAML, issus de l&apos;«&#xa0;Admin portal&#xa0;» de FSM.</translation>
    </message>
    <message>
        <source>In FSM&apos;s &lt;b&gt;Admin portal&lt;/b&gt;, generate a client ID and secret for SAP Task Center (&lt;b&gt;Generating Client ID and Secret&lt;/b&gt;) and copy them here. Then copy the address of the &lt;b&gt;SAML metadata&lt;/b&gt; from FSM&apos;s SAML configuration.</source>
        <translation>Dans l&apos;&lt;b&gt;Admin portal&lt;/b&gt; de FSM, générez un ID client et un secret pour SAP Task Center (&lt;b&gt;Generating Client ID and Secret&lt;/b&gt;) et copiez-les ici. Copiez ensuite l&apos;adresse des &lt;b&gt;métadonnées SAML&lt;/b&gt; depuis la configuration SAML de FSM.</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Identifiants client</translation>
    </message>
    <message>
        <source>SAML metadata</source>
        <translation>Métadonnées SAML</translation>
    </message>
    <message>
        <source>FSM does not accept the client ID or secret. Copy both again from FSM&apos;s Admin portal (the client generated for SAP Task Center) and apply again.</source>
        <translation>FSM n&apos;accepte pas l&apos;ID client ou le secret. Copiez-les de nouveau depuis l&apos;«&#xa0;Admin portal&#xa0;» de FSM (le client généré pour SAP Task Center) et appliquez de nouveau.</translation>
    </message>
    <message>
        <source>Check in FSM&apos;s Admin portal that the client ID and secret belong to the client generated for SAP Task Center, that the account and company IDs are right, and that this subaccount&apos;s current trust certificate is uploaded (Establish Trust with SAP Destination Service).</source>
        <translation>Vérifiez dans l&apos;«&#xa0;Admin portal&#xa0;» de FSM que l&apos;ID client et le secret appartiennent au client généré pour SAP Task Center, que les ID de compte et de société sont corrects et que le certificat de confiance actuel de ce sous-compte est chargé («&#xa0;Establish Trust with SAP Destination Service&#xa0;»).</translation>
    </message>
    <message>
        <source>Create only one primary destination for each FSM account and company in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination principale par compte et société FSM dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>SAP&apos;s page &quot;Secondary Destination for the Principal Propagation (SAP Field Service Management)&quot; asks for &quot;the API Key for principal propagation&quot; as Client Key, but FSM has no such key; the wizard enters FSM&apos;s client ID, as the rest of the page uses it. If SAP Task Center cannot act as the user, check this value with SAP (Edit properties).</source>
        <translation>La page SAP «&#xa0;Secondary Destination for the Principal Propagation (SAP Field Service Management)&#xa0;» demande comme Client Key «&#xa0;the API Key for principal propagation&#xa0;», mais FSM n&apos;a pas de telle clé&#xa0;; l&apos;assistant saisit l&apos;ID client de FSM, comme le fait le reste de la page. Si SAP Task Center ne peut pas agir au nom de l&apos;utilisateur, vérifiez cette valeur auprès de SAP («&#xa0;Modifier les propriétés&#xa0;»).</translation>
    </message>
    <message>
        <source>Workflow tasks from SAP S/4HANA Cloud Public Edition: either SAP BTP connects the systems through a formation, or you set up communication arrangement SAP_COM_0501 in S/4HANA Cloud and the wizard writes one destination.</source>
        <translation>Tâches de workflow de SAP S/4HANA Cloud Public Edition&#xa0;: soit SAP BTP connecte les systèmes via une formation, soit vous configurez l&apos;accord de communication SAP_COM_0501 dans S/4HANA Cloud et l&apos;assistant écrit une destination.</translation>
    </message>
    <message>
        <source>Communication user</source>
        <translation>Utilisateur de communication</translation>
    </message>
    <message>
        <source>The user name of the communication user you created in Maintain Communication Users.</source>
        <translation>Le nom d&apos;utilisateur de l&apos;utilisateur de communication que vous avez créé dans «&#xa0;Maintain Communication Users&#xa0;».</translation>
    </message>
    <message>
        <source>Communication user&apos;s password</source>
        <translation>Mot de passe de l&apos;utilisateur de communication</translation>
    </message>
    <message>
        <source>The password you gave the communication user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le mot de passe que vous avez attribué à l&apos;utilisateur de communication. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>URL de service</translation>
    </message>
    <message>
        <source>The service URL the arrangement shows for its inbound service. The destination uses its server part; the client comes from its sap-client.</source>
        <translation>L&apos;URL de service qu&apos;affiche l&apos;accord de communication pour son service entrant. La destination utilise sa partie serveur&#xa0;; le mandant provient de son sap-client.</translation>
    </message>
    <message>
        <source>SAML2 Audience</source>
        <translation>SAML2 Audience</translation>
    </message>
    <message>
        <source>From the arrangement&apos;s OAuth 2.0 Details.</source>
        <translation>Issue des «&#xa0;OAuth 2.0 Details&#xa0;» de l&apos;accord de communication.</translation>
    </message>
    <message>
        <source>Client ID (OAuth 2.0 Details)</source>
        <translation>ID client (OAuth 2.0 Details)</translation>
    </message>
    <message>
        <source>Client (sap-client)</source>
        <translation>Mandant (sap-client)</translation>
    </message>
    <message>
        <source>The S/4HANA Cloud client, taken from the service URL&apos;s sap-client when it has one.</source>
        <translation>Le mandant S/4HANA Cloud, repris du sap-client de l&apos;URL de service lorsqu&apos;elle en contient un.</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 64 characters (SAP Task Center&apos;s limit).</source>
        <translation>Uniquement des lettres, des chiffres, _ et -, 64 caractères au maximum (limite de SAP Task Center).</translation>
    </message>
    <message>
        <source>Automatically, with a formation in the SAP BTP cockpit</source>
        <translation>Automatiquement, avec une formation dans le cockpit SAP BTP</translation>
    </message>
    <message>
        <source>Choose this when your S/4HANA Cloud system is registered in your global account with the communication scenario group &quot;All Communication Scenarios&quot;: SAP BTP then sets up SAP_COM_0501 and the connection itself, and the wizard writes no destination. Not available in the China (Shanghai) and Government Cloud (US) regions.</source>
        <translation>Choisissez cette option si votre système S/4HANA Cloud est enregistré dans votre compte global avec le groupe de scénarios de communication «&#xa0;All Communication Scenarios&#xa0;»&#xa0;: SAP BTP configure alors lui-même SAP_COM_0501 et la connexion, et l&apos;assistant n&apos;écrit aucune destination. Non disponible dans les régions China (Shanghai) et Government Cloud (US).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check in SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the SAP BTP cockpit, open &lt;b&gt;System Landscape &amp;gt; Formations&lt;/b&gt; and check that the formation is listed with the SAP Task Center system and the SAP S/4HANA Cloud system in it.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user who has workflow tasks in SAP S/4HANA Cloud: the tasks appear there.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce qu&apos;il faut vérifier dans SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Dans le cockpit SAP BTP, ouvrez &lt;b&gt;System Landscape &amp;gt; Formations&lt;/b&gt; et vérifiez que la formation est répertoriée avec le système SAP Task Center et le système SAP S/4HANA Cloud.&lt;/li&gt;&lt;li&gt;Ouvrez la &lt;b&gt;SAP Task Center Web app&lt;/b&gt; en tant qu&apos;utilisateur ayant des tâches de workflow dans SAP S/4HANA Cloud&#xa0;: les tâches y apparaissent.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>By hand, with communication arrangement SAP_COM_0501</source>
        <translation>Manuellement, avec l&apos;accord de communication SAP_COM_0501</translation>
    </message>
    <message>
        <source>Choose this when a formation is not possible (the system is not registered with &quot;All Communication Scenarios&quot;, or your region has no formations): you create a communication user, system and arrangement in S/4HANA Cloud with the values the wizard shows, and the wizard writes the destination.</source>
        <translation>Choisissez cette option si une formation n&apos;est pas possible (le système n&apos;est pas enregistré avec «&#xa0;All Communication Scenarios&#xa0;», ou votre région ne propose pas de formations)&#xa0;: vous créez dans S/4HANA Cloud un utilisateur, un système et un accord de communication avec les valeurs qu&apos;affiche l&apos;assistant, et l&apos;assistant écrit la destination.</translation>
    </message>
    <message>
        <source>Set up the formation in the SAP BTP cockpit</source>
        <translation>Configurer la formation dans le cockpit SAP BTP</translation>
    </message>
    <message>
        <source>Tick each step once you have done it; SAP BTP does the rest.</source>
        <translation>Cochez chaque étape une fois que vous l&apos;avez effectuée&#xa0;; SAP BTP se charge du reste.</translation>
    </message>
    <message>
        <source>You need to be a global account administrator or a system landscape administrator.</source>
        <translation>Vous devez être administrateur du compte global ou administrateur du paysage système.</translation>
    </message>
    <message>
        <source>The SAP S/4HANA Cloud system is listed under &lt;b&gt;System Landscape &amp;gt; Systems&lt;/b&gt;, registered with the communication scenario group &lt;b&gt;All Communication Scenarios&lt;/b&gt; (this is what enables SAP_COM_0501 automatically).</source>
        <translation>Le système SAP S/4HANA Cloud est répertorié sous &lt;b&gt;System Landscape &amp;gt; Systems&lt;/b&gt;, enregistré avec le groupe de scénarios de communication &lt;b&gt;All Communication Scenarios&lt;/b&gt; (c&apos;est ce qui active automatiquement SAP_COM_0501).</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the global account: System Landscape &gt; Systems. A missing system: Add System, and get its registration token with &quot;All Communication Scenarios&quot;.</source>
        <translation>Cockpit SAP BTP du compte global&#xa0;: «&#xa0;System Landscape &gt; Systems&#xa0;». Si le système manque, choisissez «&#xa0;Add System&#xa0;» et obtenez son jeton d&apos;enregistrement avec «&#xa0;All Communication Scenarios&#xa0;».</translation>
    </message>
    <message>
        <source>The &lt;b&gt;SAP Task Center&lt;/b&gt; system you use is not yet part of another formation of type &lt;i&gt;Integration with SAP Task Center&lt;/i&gt; (a Task Center system can be in at most one).</source>
        <translation>Le système &lt;b&gt;SAP Task Center&lt;/b&gt; que vous utilisez ne fait pas encore partie d&apos;une autre formation de type &lt;i&gt;Integration with SAP Task Center&lt;/i&gt; (un système Task Center peut appartenir à une seule formation au maximum).</translation>
    </message>
    <message>
        <source>System Landscape &gt; Formations: check the existing formations of that type.</source>
        <translation>«&#xa0;System Landscape &gt; Formations&#xa0;»&#xa0;: vérifiez les formations existantes de ce type.</translation>
    </message>
    <message>
        <source>Create a formation of type &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;, with any name that helps you recognize it.</source>
        <translation>Créez une formation de type &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;, avec un nom quelconque qui vous permet de la reconnaître.</translation>
    </message>
    <message>
        <source>System Landscape &gt; Formations &gt; Create Formation; Formation Type: Integration with SAP Task Center.</source>
        <translation>«&#xa0;System Landscape &gt; Formations &gt; Create Formation&#xa0;»&#xa0;; «&#xa0;Formation Type&#xa0;»&#xa0;: «&#xa0;Integration with SAP Task Center&#xa0;».</translation>
    </message>
    <message>
        <source>Include exactly &lt;b&gt;one SAP Task Center&lt;/b&gt; system and the &lt;b&gt;SAP S/4HANA Cloud&lt;/b&gt; system, review your selection and create the formation.</source>
        <translation>Incluez exactement &lt;b&gt;un système SAP Task Center&lt;/b&gt; et le système &lt;b&gt;SAP S/4HANA Cloud&lt;/b&gt;, vérifiez votre sélection et créez la formation.</translation>
    </message>
    <message>
        <source>In the same dialog: select the systems, then Review and Create.</source>
        <translation>Dans la même boîte de dialogue&#xa0;: sélectionnez les systèmes, puis «&#xa0;Review and Create&#xa0;».</translation>
    </message>
    <message>
        <source>S/4HANA Cloud trusts SAP Task Center through this certificate: it becomes the communication system&apos;s signing certificate.</source>
        <translation>S/4HANA Cloud fait confiance à SAP Task Center grâce à ce certificat&#xa0;: il devient le certificat de signature du système de communication.</translation>
    </message>
    <message>
        <source>The communication arrangement needs SAP Task Center&apos;s address and OAuth client from this key, its client secret too.</source>
        <translation>L&apos;accord de communication a besoin de l&apos;adresse et du client OAuth de SAP Task Center issus de cette clé, ainsi que de son secret client.</translation>
    </message>
    <message>
        <source>Create the communication user in S/4HANA Cloud</source>
        <translation>Créer l&apos;utilisateur de communication dans S/4HANA Cloud</translation>
    </message>
    <message>
        <source>SAP Task Center fetches tokens as this user.</source>
        <translation>SAP Task Center obtient des jetons en tant que cet utilisateur.</translation>
    </message>
    <message>
        <source>In SAP S/4HANA Cloud, open the app &lt;b&gt;Maintain Communication Users&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt;, enter a user name, a description and a password, and choose &lt;b&gt;Create&lt;/b&gt;. Enter the same user name and password here.</source>
        <translation>Dans SAP S/4HANA Cloud, ouvrez l&apos;application &lt;b&gt;Maintain Communication Users&lt;/b&gt;, choisissez &lt;b&gt;New&lt;/b&gt;, saisissez un nom d&apos;utilisateur, une description et un mot de passe, puis choisissez &lt;b&gt;Create&lt;/b&gt;. Saisissez ici le même nom d&apos;utilisateur et le même mot de passe.</translation>
    </message>
    <message>
        <source>Create the communication system in S/4HANA Cloud</source>
        <translation>Créer le système de communication dans S/4HANA Cloud</translation>
    </message>
    <message>
        <source>It lets S/4HANA Cloud trust the assertions this subaccount signs.</source>
        <translation>Il permet à S/4HANA Cloud de faire confiance aux assertions que signe ce sous-compte.</translation>
    </message>
    <message>
        <source>Open the app &lt;b&gt;Communication Systems&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt; and enter a System ID and System Name. Set &lt;b&gt;Host Name&lt;/b&gt; to your S/4HANA Cloud host (for example my300000.s4hana.ondemand.com) and the values below; under &lt;b&gt;Users for Inbound Communication&lt;/b&gt;, add the communication user with +. Save.</source>
        <translation>Ouvrez l&apos;application &lt;b&gt;Communication Systems&lt;/b&gt;, choisissez &lt;b&gt;New&lt;/b&gt; et saisissez un System ID et un System Name. Définissez &lt;b&gt;Host Name&lt;/b&gt; sur votre hôte S/4HANA Cloud (par exemple my300000.s4hana.ondemand.com) et les champs ci-dessous sur les valeurs affichées&#xa0;; sous &lt;b&gt;Users for Inbound Communication&lt;/b&gt;, ajoutez l&apos;utilisateur de communication avec +. Enregistrez.</translation>
    </message>
    <message>
        <source>Communication system</source>
        <translation>Système de communication</translation>
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
        <translation>Choisissez «&#xa0;Upload Signing Certificate&#xa0;» et chargez ce fichier&#xa0;: le certificat de confiance du sous-compte.</translation>
    </message>
    <message>
        <source>OAuth 2.0 SAML Issuer</source>
        <translation>OAuth 2.0 SAML Issuer</translation>
    </message>
    <message>
        <source>The certificate&apos;s CN (the value after CN=).</source>
        <translation>Le CN du certificat (la valeur après CN=).</translation>
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
        <translation>Ajoutez l&apos;utilisateur de communication avec +.</translation>
    </message>
    <message>
        <source>Create communication arrangement SAP_COM_0501</source>
        <translation>Créer l&apos;accord de communication SAP_COM_0501</translation>
    </message>
    <message>
        <source>The arrangement for SAP Task Center, and the values it gives back for the destination.</source>
        <translation>L&apos;accord de communication pour SAP Task Center, et les valeurs qu&apos;il renvoie pour la destination.</translation>
    </message>
    <message>
        <source>Open the app &lt;b&gt;Communication Arrangements&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt;, select scenario &lt;b&gt;SAP_COM_0501&lt;/b&gt;, enter an arrangement name and choose &lt;b&gt;Create&lt;/b&gt;. Select the communication system you created; the inbound user follows, with authentication method OAuth 2.0. Save.</source>
        <translation>Ouvrez l&apos;application &lt;b&gt;Communication Arrangements&lt;/b&gt;, choisissez &lt;b&gt;New&lt;/b&gt;, sélectionnez le scénario &lt;b&gt;SAP_COM_0501&lt;/b&gt;, saisissez un nom d&apos;accord et choisissez &lt;b&gt;Create&lt;/b&gt;. Sélectionnez le système de communication que vous avez créé&#xa0;; l&apos;utilisateur entrant suit, avec la méthode d&apos;authentification OAuth 2.0. Enregistrez.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s address and OAuth client</source>
        <translation>Adresse et client OAuth de SAP Task Center</translation>
    </message>
    <message>
        <source>Where the arrangement asks for SAP Task Center (to push task updates), enter these values from the service key:</source>
        <translation>Là où l&apos;accord de communication demande SAP Task Center (pour transmettre les mises à jour des tâches), saisissez ces valeurs issues de la clé de service&#xa0;:</translation>
    </message>
    <message>
        <source>Task Center inbox REST URL</source>
        <translation>URL REST de la boîte de réception Task Center</translation>
    </message>
    <message>
        <source>endpoints.inbox_rest_url of the service key.</source>
        <translation>endpoints.inbox_rest_url de la clé de service.</translation>
    </message>
    <message>
        <source>Task Center token URL</source>
        <translation>URL de jeton de Task Center</translation>
    </message>
    <message>
        <source>uaa.url of the service key followed by /oauth/token.</source>
        <translation>uaa.url de la clé de service suivi de /oauth/token.</translation>
    </message>
    <message>
        <source>Task Center client ID</source>
        <translation>ID client de Task Center</translation>
    </message>
    <message>
        <source>uaa.clientid of the service key.</source>
        <translation>uaa.clientid de la clé de service.</translation>
    </message>
    <message>
        <source>Task Center client secret</source>
        <translation>Secret client de Task Center</translation>
    </message>
    <message>
        <source>uaa.clientsecret of the service key.</source>
        <translation>uaa.clientsecret de la clé de service.</translation>
    </message>
    <message>
        <source>Values for the destination</source>
        <translation>Valeurs pour la destination</translation>
    </message>
    <message>
        <source>Copy these from the saved arrangement: the service URL of its inbound service, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL.</source>
        <translation>Copiez-les depuis l&apos;accord de communication enregistré&#xa0;: l&apos;URL de service de son service entrant et, dans &lt;b&gt;OAuth 2.0 Details&lt;/b&gt;, les valeurs SAML2 Audience, Client ID et Token Service URL.</translation>
    </message>
    <message>
        <source>Check in SAP S/4HANA Cloud that the communication system holds this subaccount&apos;s current trust certificate as signing certificate, that its OAuth 2.0 SAML Issuer is the certificate&apos;s CN, and that the communication user and password in the destination are those of the arrangement.</source>
        <translation>Vérifiez dans SAP S/4HANA Cloud que le système de communication contient le certificat de confiance actuel de ce sous-compte comme certificat de signature, que son OAuth 2.0 SAML Issuer est le CN du certificat, et que l&apos;utilisateur de communication et le mot de passe de la destination sont ceux de l&apos;accord de communication.</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA Cloud</source>
        <translation>Destination vers SAP S/4HANA Cloud</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user. Check it in the SAP Task Center Web app as a user with S/4HANA Cloud tasks.</source>
        <translation>Cette destination n&apos;a pas d&apos;utilisateur technique&#xa0;: le service Destination n&apos;obtient un jeton avec elle que pour un utilisateur connecté, comme le fait SAP Task Center pour chaque utilisateur. Vérifiez-la dans la SAP Task Center Web app en tant qu&apos;utilisateur ayant des tâches S/4HANA Cloud.</translation>
    </message>
    <message>
        <source>Create only one destination for each S/4HANA Cloud system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination par système et mandant S/4HANA Cloud dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>Tasks and to-dos from SAP SuccessFactors: a primary destination with the technical user and a secondary destination for principal propagation, after registering two OAuth clients in SuccessFactors.</source>
        <translation>Tâches et to-dos de SAP SuccessFactors&#xa0;: une destination principale avec l&apos;utilisateur technique et une destination secondaire pour la propagation de principal, après l&apos;enregistrement de deux clients OAuth dans SuccessFactors.</translation>
    </message>
    <message>
        <source>The user ID of the technical user SuccessFactors created when you enabled the to-do integration with SAP Task Center (SAP&apos;s guide shows TECHNICAL_USER_INBOX_CEF979F3 as an example; yours may differ). Use the user ID, not the user name or e-mail address.</source>
        <translation>L&apos;ID utilisateur de l&apos;utilisateur technique que SuccessFactors a créé lorsque vous avez activé l&apos;intégration des to-dos avec SAP Task Center (le guide SAP donne TECHNICAL_USER_INBOX_CEF979F3 en exemple&#xa0;; le vôtre peut être différent). Utilisez l&apos;ID utilisateur, et non le nom d&apos;utilisateur ou l&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>SuccessFactors trusts SAP Task Center through this certificate: it goes into both OAuth clients.</source>
        <translation>SuccessFactors fait confiance à SAP Task Center grâce à ce certificat&#xa0;: il est ajouté aux deux clients OAuth.</translation>
    </message>
    <message>
        <source>The service key tells SuccessFactors where SAP Task Center is: its uaa.url becomes the clients&apos; Application URL.</source>
        <translation>La clé de service indique à SuccessFactors où se trouve SAP Task Center&#xa0;: son uaa.url devient l&apos;«&#xa0;Application URL&#xa0;» des clients.</translation>
    </message>
    <message>
        <source>Your SuccessFactors system</source>
        <translation>Votre système SuccessFactors</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SuccessFactors, and as which user.</source>
        <translation>Où SAP Task Center atteint SuccessFactors, et sous quel utilisateur.</translation>
    </message>
    <message>
        <source>Register the OAuth clients in SuccessFactors</source>
        <translation>Enregistrer les clients OAuth dans SuccessFactors</translation>
    </message>
    <message>
        <source>Two clients: one for the technical user that reads tasks, one for each user&apos;s own actions.</source>
        <translation>Deux clients&#xa0;: l&apos;un pour l&apos;utilisateur technique qui lit les tâches, l&apos;autre pour les actions propres à chaque utilisateur.</translation>
    </message>
    <message>
        <source>In SuccessFactors, open &lt;b&gt;Admin Center &amp;gt; Manage OAuth2 Client Applications&lt;/b&gt; and choose &lt;b&gt;Register Client Application&lt;/b&gt;. Enter the values below, save, then choose &lt;b&gt;View&lt;/b&gt; next to the new client and copy its &lt;b&gt;API Key&lt;/b&gt; into the field under it. Do this for both clients.</source>
        <translation>Dans SuccessFactors, ouvrez &lt;b&gt;Admin Center &amp;gt; Manage OAuth2 Client Applications&lt;/b&gt; et choisissez &lt;b&gt;Register Client Application&lt;/b&gt;. Saisissez les valeurs ci-dessous, enregistrez, puis choisissez &lt;b&gt;View&lt;/b&gt; à côté du nouveau client et copiez son &lt;b&gt;API Key&lt;/b&gt; dans le champ situé en dessous. Procédez ainsi pour les deux clients.</translation>
    </message>
    <message>
        <source>SAP BTP connects the systems itself once both are in a formation of type Integration with SAP Task Center: it enables communication scenario SAP_COM_0501 for an SAP S/4HANA Cloud system registered with All Communication Scenarios. The wizard writes no destination on this path.</source>
        <translation>SAP BTP connecte lui-même les systèmes dès que tous deux font partie d&apos;une formation de type «&#xa0;Integration with SAP Task Center&#xa0;»&#xa0;: il active le scénario de communication SAP_COM_0501 pour un système SAP S/4HANA Cloud enregistré avec «&#xa0;All Communication Scenarios&#xa0;». Avec cette méthode, l&apos;assistant n&apos;écrit aucune destination.</translation>
    </message>
    <message>
        <source>The first client&apos;s API key goes into the primary destination, the second client&apos;s into the secondary destination for principal propagation. An API key is only valid for the subaccount whose trust certificate the client holds, so register the clients again for another subaccount.</source>
        <translation>La clé d&apos;API du premier client va dans la destination principale, celle du deuxième client dans la destination secondaire pour la propagation de principal. Une clé d&apos;API n&apos;est valide que pour le sous-compte dont le client détient le certificat de confiance&#xa0;: pour un autre sous-compte, enregistrez donc de nouveau les clients.</translation>
    </message>
    <message>
        <source>This metadata is on the cluster %1, but your account is on %2. Check in FSM&apos;s SAML configuration that it is your account&apos;s metadata: another cluster&apos;s makes every user&apos;s token fail. (SAP&apos;s own examples mix eu and de, so compare with what FSM shows you.)</source>
        <translation>Ces métadonnées se trouvent sur le cluster %1, mais votre compte est sur %2. Vérifiez dans la configuration SAML de FSM qu&apos;il s&apos;agit bien des métadonnées de votre compte&#xa0;: celles d&apos;un autre cluster font échouer le jeton de chaque utilisateur. (Les exemples de SAP eux-mêmes mélangent eu et de&#xa0;; comparez donc avec ce que FSM vous affiche.)</translation>
    </message>
    <message>
        <source>The Destination service no longer takes the technical user from SystemUser in this subaccount (SAP announced its removal for the end of September 2026). Check SAP Task Center&apos;s SuccessFactors guide for what replaces SystemUser, and set the primary destination up as it says.</source>
        <translation>Dans ce sous-compte, le service Destination ne prend plus l&apos;utilisateur technique dans SystemUser (SAP a annoncé sa suppression pour fin septembre 2026). Consultez le guide SuccessFactors de SAP Task Center pour savoir ce qui remplace SystemUser, et paramétrez la destination principale comme il l&apos;indique.</translation>
    </message>
    <message>
        <source>SAP announced in the Destination service&apos;s documentation that the SystemUser property would be removed by the end of September 2026, but SAP Task Center&apos;s SuccessFactors guide still lists it. Keep it until SAP Task Center documents a replacement. If Test connection then says &quot;Cannot determine user to propagate&quot;, this subaccount no longer honours SystemUser: check SAP Task Center&apos;s SuccessFactors guide for what replaces it.</source>
        <translation>SAP a annoncé dans la documentation du service Destination que la propriété SystemUser serait supprimée d&apos;ici fin septembre 2026, mais le guide SuccessFactors de SAP Task Center l&apos;indique toujours. Conservez-la jusqu&apos;à ce que SAP Task Center documente un remplacement. Si «&#xa0;Tester la connexion&#xa0;» indique alors «&#xa0;Cannot determine user to propagate&#xa0;», ce sous-compte ne prend plus en compte SystemUser&#xa0;: consultez le guide SuccessFactors de SAP Task Center pour savoir ce qui la remplace.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining steps for S/4HANA Cloud&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;The Task Center app for your users:&lt;/b&gt; in the launchpad your users open (SAP Build Work Zone or another central entry point), create a &lt;b&gt;Task Center&lt;/b&gt; tile and activate the site&apos;s languages, as SAP&apos;s guide &quot;Create a Task Center Tile&quot; says. It uses the destination &lt;i&gt;Task_Center&lt;/i&gt; of this subaccount.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users in S/4HANA Cloud:&lt;/b&gt; each approver&apos;s business user needs a &lt;b&gt;Global User ID&lt;/b&gt; equal to the &lt;b&gt;User UUID&lt;/b&gt; of the same user in SAP Cloud Identity Services (copy it by hand to try it out, or replicate the users with Identity Provisioning, communication scenario SAP_COM_0193). Without it, the tasks reach SAP Task Center but appear in nobody&apos;s list.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user with workflow tasks in S/4HANA Cloud: the tasks appear there.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Étapes restantes selon SAP pour S/4HANA Cloud&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;L&apos;application Task Center pour vos utilisateurs&#xa0;:&lt;/b&gt; dans le launchpad qu&apos;ouvrent vos utilisateurs (SAP Build Work Zone ou un autre point d&apos;entrée central), créez une vignette &lt;b&gt;Task Center&lt;/b&gt; et activez les langues du site, comme l&apos;indique le guide SAP «&#xa0;Create a Task Center Tile&#xa0;». Cette vignette utilise la destination &lt;i&gt;Task_Center&lt;/i&gt; de ce sous-compte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Utilisateurs dans S/4HANA Cloud&#xa0;:&lt;/b&gt; l&apos;utilisateur métier de chaque approbateur doit avoir un &lt;b&gt;Global User ID&lt;/b&gt; égal au &lt;b&gt;User UUID&lt;/b&gt; du même utilisateur dans SAP Cloud Identity Services (copiez-le manuellement pour faire un essai, ou répliquez les utilisateurs avec Identity Provisioning, scénario de communication SAP_COM_0193). Sans cela, les tâches parviennent à SAP Task Center mais n&apos;apparaissent dans la liste d&apos;aucun utilisateur.&lt;/li&gt;&lt;li&gt;Ouvrez la &lt;b&gt;SAP Task Center Web app&lt;/b&gt; en tant qu&apos;utilisateur ayant des tâches de workflow dans S/4HANA Cloud&#xa0;: les tâches y apparaissent.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Workflow tasks from an on-premise SAP S/4HANA system, reached through your SAP Cloud Connector: one destination with the service user of S/4HANA&apos;s task pull service, after preparing the Cloud Connector and S/4HANA as SAP&apos;s guide says.</source>
        <translation>Tâches de workflow d&apos;un système SAP S/4HANA sur site, atteint via votre SAP Cloud Connector&#xa0;: une destination avec l&apos;utilisateur de service du service d&apos;extraction des tâches de S/4HANA, après la préparation du Cloud Connector et de S/4HANA comme l&apos;indique le guide SAP.</translation>
    </message>
    <message>
        <source>Virtual host and port</source>
        <translation>Hôte et port virtuels</translation>
    </message>
    <message>
        <source>From the Cloud Connector&apos;s access control for your S/4HANA system: the destination&apos;s URL is &lt;Virtual Host&gt;:&lt;Virtual Port&gt;. Start it with the scheme of that access control entry (http:// or https://); SAP&apos;s Task Center guide gives the pattern without one.</source>
        <translation>Provient du contrôle d&apos;accès du Cloud Connector pour votre système S/4HANA&#xa0;: l&apos;URL de la destination est &lt;Virtual Host&gt;:&lt;Virtual Port&gt;. Commencez-la par le schéma de cette entrée de contrôle d&apos;accès (http:// ou https://)&#xa0;; le guide Task Center de SAP donne le modèle sans schéma.</translation>
    </message>
    <message>
        <source>Enter the virtual host and virtual port of the S/4HANA system&apos;s access control in the Cloud Connector, as an address: http://&lt;virtual host&gt;:&lt;virtual port&gt;, with nothing after the port.</source>
        <translation>Saisissez l&apos;hôte virtuel et le port virtuel du contrôle d&apos;accès du système S/4HANA dans le Cloud Connector, sous forme d&apos;adresse&#xa0;: http://&lt;virtual host&gt;:&lt;virtual port&gt;, sans rien après le port.</translation>
    </message>
    <message>
        <source>Location ID (optional)</source>
        <translation>ID d&apos;emplacement (facultatif)</translation>
    </message>
    <message>
        <source>The location ID you configured in the Cloud Connector&apos;s initial configuration. Needed only when more than one Cloud Connector is connected to this subaccount; leave it empty otherwise.</source>
        <translation>L&apos;ID d&apos;emplacement que vous avez défini lors de la configuration initiale du Cloud Connector. Nécessaire uniquement si plusieurs Cloud Connectors sont connectés à ce sous-compte&#xa0;; sinon, laissez-le vide.</translation>
    </message>
    <message>
        <source>A location ID is letters, digits, dots, hyphens and underscores, as you configured it in the Cloud Connector.</source>
        <translation>Un ID d&apos;emplacement se compose de lettres, de chiffres, de points, de traits d&apos;union et de traits de soulignement, tel que vous l&apos;avez défini dans le Cloud Connector.</translation>
    </message>
    <message>
        <source>Service user for the task pull service</source>
        <translation>Utilisateur de service du service d&apos;extraction des tâches</translation>
    </message>
    <message>
        <source>The user you created in S/4HANA under &quot;Create Service User for Task Pull Service&quot; (Integrating SAP Task Center).</source>
        <translation>L&apos;utilisateur que vous avez créé dans S/4HANA sous «&#xa0;Create Service User for Task Pull Service&#xa0;» («&#xa0;Integrating SAP Task Center&#xa0;»).</translation>
    </message>
    <message>
        <source>Enter the user name of the service user you created for the task pull service in S/4HANA, without spaces.</source>
        <translation>Saisissez le nom d&apos;utilisateur de l&apos;utilisateur de service que vous avez créé dans S/4HANA pour le service d&apos;extraction des tâches, sans espaces.</translation>
    </message>
    <message>
        <source>Service user&apos;s password</source>
        <translation>Mot de passe de l&apos;utilisateur de service</translation>
    </message>
    <message>
        <source>The password of that service user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le mot de passe de cet utilisateur de service. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The client number of your S/4HANA system.</source>
        <translation>Le numéro de mandant de votre système S/4HANA.</translation>
    </message>
    <message>
        <source>Client ID for pushed task updates (optional)</source>
        <translation>ID client pour les mises à jour de tâches transmises (facultatif)</translation>
    </message>
    <message>
        <source>Only once you have completed Integrating SAP Task Center in S/4HANA: the uaa &gt; clientid of the service key of the dedicated SAP Task Center service instance you created for pushed updates. Leave it empty until then; SAP warns that tasks may not arrive otherwise.</source>
        <translation>Uniquement une fois que vous avez terminé «&#xa0;Integrating SAP Task Center&#xa0;» dans S/4HANA&#xa0;: la valeur uaa &gt; clientid de la clé de service de l&apos;instance de service SAP Task Center dédiée que vous avez créée pour les mises à jour transmises. D&apos;ici là, laissez-le vide&#xa0;; SAP avertit que, sinon, les tâches risquent de ne pas arriver.</translation>
    </message>
    <message>
        <source>Prepare the Cloud Connector and SAP S/4HANA</source>
        <translation>Préparer le Cloud Connector et SAP S/4HANA</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next page asks for what they give you.</source>
        <translation>Cochez chaque étape une fois qu&apos;elle est effectuée&#xa0;; la page suivante demande ce qu&apos;elles vous fournissent.</translation>
    </message>
    <message>
        <source>SAP Task Center reaches an on-premise S/4HANA system only through an SAP Cloud Connector connected to this subaccount, with the service user of S/4HANA&apos;s task pull service.</source>
        <translation>SAP Task Center n&apos;atteint un système S/4HANA sur site que via un SAP Cloud Connector connecté à ce sous-compte, avec l&apos;utilisateur de service du service d&apos;extraction des tâches de S/4HANA.</translation>
    </message>
    <message>
        <source>The Cloud Connector is connected to this subaccount and its access control exposes your S/4HANA system. Note the &lt;b&gt;virtual host&lt;/b&gt; and &lt;b&gt;virtual port&lt;/b&gt;, and the &lt;b&gt;location ID&lt;/b&gt; if you configured one.</source>
        <translation>Le Cloud Connector est connecté à ce sous-compte et son contrôle d&apos;accès expose votre système S/4HANA. Notez l&apos;&lt;b&gt;hôte virtuel&lt;/b&gt; et le &lt;b&gt;port virtuel&lt;/b&gt;, ainsi que l&apos;&lt;b&gt;ID d&apos;emplacement&lt;/b&gt; si vous en avez configuré un.</translation>
    </message>
    <message>
        <source>Follow &quot;Prepare SAP Cloud Connector and SAP S/4HANA for the SAP Task Center Connection&quot; for your S/4HANA version.</source>
        <translation>Suivez «&#xa0;Prepare SAP Cloud Connector and SAP S/4HANA for the SAP Task Center Connection&#xa0;» pour votre version de S/4HANA.</translation>
    </message>
    <message>
        <source>In S/4HANA, SAP Task Center is integrated and you have the &lt;b&gt;user name and password of the service user for the task pull service&lt;/b&gt;.</source>
        <translation>Dans S/4HANA, SAP Task Center est intégré et vous disposez du &lt;b&gt;nom d&apos;utilisateur et du mot de passe de l&apos;utilisateur de service du service d&apos;extraction des tâches&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>S/4HANA: Integrating SAP Task Center, &quot;Create Service User for Task Pull Service&quot;.</source>
        <translation>S/4HANA&#xa0;: «&#xa0;Integrating SAP Task Center&#xa0;», «&#xa0;Create Service User for Task Pull Service&#xa0;».</translation>
    </message>
    <message>
        <source>You know the &lt;b&gt;client number&lt;/b&gt; of your S/4HANA system.</source>
        <translation>Vous connaissez le &lt;b&gt;numéro de mandant&lt;/b&gt; de votre système S/4HANA.</translation>
    </message>
    <message>
        <source>Your SAP S/4HANA system</source>
        <translation>Votre système SAP S/4HANA</translation>
    </message>
    <message>
        <source>How SAP Task Center reaches S/4HANA through the Cloud Connector, and as which user.</source>
        <translation>Comment SAP Task Center atteint S/4HANA via le Cloud Connector, et sous quel utilisateur.</translation>
    </message>
    <message>
        <source>Check in the Cloud Connector that the access control for the virtual host and port is reachable and that the location ID matches, and in S/4HANA that the service user for the task pull service is not locked and its password is the one in the destination.</source>
        <translation>Vérifiez dans le Cloud Connector que le contrôle d&apos;accès pour l&apos;hôte et le port virtuels est joignable et que l&apos;ID d&apos;emplacement correspond, et dans S/4HANA que l&apos;utilisateur de service du service d&apos;extraction des tâches n&apos;est pas verrouillé et que son mot de passe est celui de la destination.</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA</source>
        <translation>Destination vers SAP S/4HANA</translation>
    </message>
    <message>
        <source>The Destination service reaches an on-premise system only through your Cloud Connector, and SAP says Check Connection may not tell whether SAP Task Center reaches S/4HANA. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Le service Destination n&apos;atteint un système sur site que via votre Cloud Connector, et selon SAP, «&#xa0;Check Connection&#xa0;» peut ne pas indiquer si SAP Task Center atteint S/4HANA. Vérifiez le connecteur dans le «&#xa0;Monitoring&#xa0;» de SAP Task Center une fois la destination enregistrée.</translation>
    </message>
    <message>
        <source>Create only one destination for each S/4HANA system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination par système et mandant S/4HANA dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>Workflow tasks from SAP S/4HANA Cloud Private Edition, reached through your SAP Cloud Connector: one destination with the service user of S/4HANA&apos;s task pull service, after preparing the Cloud Connector and S/4HANA as SAP&apos;s guide says.</source>
        <translation>Tâches de workflow de SAP S/4HANA Cloud Private Edition, atteint via votre SAP Cloud Connector&#xa0;: une destination avec l&apos;utilisateur de service du service d&apos;extraction des tâches de S/4HANA, après la préparation du Cloud Connector et de S/4HANA comme l&apos;indique le guide SAP.</translation>
    </message>
    <message>
        <source>The user you created in S/4HANA for the task pull service, as &quot;Configuring SAP Task Center Integration&quot; (Integrating SAP Task Center) describes.</source>
        <translation>L&apos;utilisateur que vous avez créé dans S/4HANA pour le service d&apos;extraction des tâches, comme le décrit «&#xa0;Configuring SAP Task Center Integration&#xa0;» («&#xa0;Integrating SAP Task Center&#xa0;»).</translation>
    </message>
    <message>
        <source>S/4HANA: Integrating SAP Task Center, &quot;Configuring SAP Task Center Integration&quot;.</source>
        <translation>S/4HANA&#xa0;: «&#xa0;Integrating SAP Task Center&#xa0;», «&#xa0;Configuring SAP Task Center Integration&#xa0;».</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA Cloud Private Edition</source>
        <translation>Destination vers SAP S/4HANA Cloud Private Edition</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP S/4HANA Cloud Private Edition system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination par système et mandant SAP S/4HANA Cloud Private Edition dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>Approvals from SAP Concur Expense or SAP Concur Request: one destination for each product of your SAP Concur entity, with the entity&apos;s Company Request Token, which SAP Task Center exchanges for a refresh token the first time it connects.</source>
        <translation>Approbations de SAP Concur Expense ou de SAP Concur Request&#xa0;: une destination par produit de votre entité SAP Concur, avec le Company Request Token de l&apos;entité, que SAP Task Center échange contre un jeton d&apos;actualisation lors de sa première connexion.</translation>
    </message>
    <message>
        <source>Data center base URI</source>
        <translation>URI de base du centre de données</translation>
    </message>
    <message>
        <source>The base URI of your SAP Concur entity&apos;s data center. SAP&apos;s guide gives https://us2.api.concursolutions.com as an example and says to ask your SAP Concur implementation consultant for the list.</source>
        <translation>L&apos;URI de base du centre de données de votre entité SAP Concur. Le guide SAP donne https://us2.api.concursolutions.com en exemple et indique de demander la liste à votre consultant en implémentation SAP Concur.</translation>
    </message>
    <message>
        <source>Enter the data center&apos;s base URI as your SAP Concur implementation consultant gives it, for example https://us2.api.concursolutions.com, with nothing after the host.</source>
        <translation>Saisissez l&apos;URI de base du centre de données telle que votre consultant en implémentation SAP Concur la fournit, par exemple https://us2.api.concursolutions.com, sans rien après l&apos;hôte.</translation>
    </message>
    <message>
        <source>Data center (tc.concur.dc)</source>
        <translation>Centre de données (tc.concur.dc)</translation>
    </message>
    <message>
        <source>The data center of the base URI above; SAP documents eu2 and us2.</source>
        <translation>Le centre de données de l&apos;URI de base ci-dessus&#xa0;; SAP documente eu2 et us2.</translation>
    </message>
    <message>
        <source>The data center is %1, but the base URI is on %2. Choose the data center of the base URI.</source>
        <translation>Le centre de données est %1, mais l&apos;URI de base se trouve dans %2. Choisissez le centre de données de l&apos;URI de base.</translation>
    </message>
    <message>
        <source>Company UUID</source>
        <translation>Company UUID</translation>
    </message>
    <message>
        <source>The Company UUID you got with the Company Request Token.</source>
        <translation>Le Company UUID que vous avez obtenu avec le Company Request Token.</translation>
    </message>
    <message>
        <source>A Company UUID has the form 8f2c6a1e-4b7d-4e2a-9c3f-1d5e7a9b0c24. Copy it again from where you generated the Company Request Token.</source>
        <translation>Un Company UUID a la forme 8f2c6a1e-4b7d-4e2a-9c3f-1d5e7a9b0c24. Copiez-le de nouveau depuis l&apos;endroit où vous avez généré le Company Request Token.</translation>
    </message>
    <message>
        <source>Company Request Token</source>
        <translation>Company Request Token</translation>
    </message>
    <message>
        <source>The Company Request Token you generated for the entity. SAP Task Center replaces it with a refresh token the first time it connects; it is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le Company Request Token que vous avez généré pour l&apos;entité. SAP Task Center le remplace par un jeton d&apos;actualisation lors de sa première connexion&#xa0;; il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>SAP Concur Expense (expense reports)</source>
        <translation>SAP Concur Expense (notes de frais)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of expense reports. An entity with both products needs one destination for each: run the wizard again for SAP Concur Request.</source>
        <translation>Choisissez cette option pour les approbations de notes de frais. Une entité qui utilise les deux produits a besoin d&apos;une destination pour chacun&#xa0;: exécutez de nouveau l&apos;assistant pour SAP Concur Request.</translation>
    </message>
    <message>
        <source>SAP Concur Request (travel requests)</source>
        <translation>SAP Concur Request (demandes de voyage)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of travel requests. An entity with both products needs one destination for each: run the wizard again for SAP Concur Expense.</source>
        <translation>Choisissez cette option pour les approbations de demandes de voyage. Une entité qui utilise les deux produits a besoin d&apos;une destination pour chacun&#xa0;: exécutez de nouveau l&apos;assistant pour SAP Concur Expense.</translation>
    </message>
    <message>
        <source>Prepare SAP Concur</source>
        <translation>Préparer SAP Concur</translation>
    </message>
    <message>
        <source>SAP Task Center connects to an SAP Concur entity with the entity&apos;s Company Request Token and Company UUID, once the entity&apos;s workflows are enabled for SAP Task Center.</source>
        <translation>SAP Task Center se connecte à une entité SAP Concur avec le Company Request Token et le Company UUID de l&apos;entité, une fois que les workflows de l&apos;entité sont activés pour SAP Task Center.</translation>
    </message>
    <message>
        <source>You have generated the &lt;b&gt;Company Request Token&lt;/b&gt; and the &lt;b&gt;Company UUID&lt;/b&gt; of your SAP Concur entity.</source>
        <translation>Vous avez généré le &lt;b&gt;Company Request Token&lt;/b&gt; et le &lt;b&gt;Company UUID&lt;/b&gt; de votre entité SAP Concur.</translation>
    </message>
    <message>
        <source>SAP Concur: Company Request Token. Your SAP Concur implementation consultant can help.</source>
        <translation>SAP Concur&#xa0;: «&#xa0;Company Request Token&#xa0;». Votre consultant en implémentation SAP Concur peut vous aider.</translation>
    </message>
    <message>
        <source>The workflows of SAP Concur Expense, SAP Concur Request or both are &lt;b&gt;enabled for SAP Task Center&lt;/b&gt;.</source>
        <translation>Les workflows de SAP Concur Expense, de SAP Concur Request ou des deux sont &lt;b&gt;activés pour SAP Task Center&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Concur: SAP Task Center Integration with Concur Solutions.</source>
        <translation>SAP Concur&#xa0;: «&#xa0;SAP Task Center Integration with Concur Solutions&#xa0;».</translation>
    </message>
    <message>
        <source>You have opened a ticket to verify your &lt;b&gt;Data Privacy Agreement&lt;/b&gt; version.</source>
        <translation>Vous avez ouvert un ticket pour faire vérifier la version de votre &lt;b&gt;Data Privacy Agreement&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Support Portal, component BNS-CON-TSK, subject &quot;SAP Concur DPA Version Verification&quot;.</source>
        <translation>SAP Support Portal, composant BNS-CON-TSK, objet «&#xa0;SAP Concur DPA Version Verification&#xa0;».</translation>
    </message>
    <message>
        <source>Your SAP Concur entity</source>
        <translation>Votre entité SAP Concur</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Concur, and with which token.</source>
        <translation>Où SAP Task Center atteint SAP Concur, et avec quel jeton.</translation>
    </message>
    <message>
        <source>Check that the Client Key still holds the refresh token SAP Task Center put there and that tc.concur.auth.req.token.enabled is false. If SAP Concur revoked the token, generate a new Company Request Token and set the destination up again.</source>
        <translation>Vérifiez que le Client Key contient toujours le jeton d&apos;actualisation que SAP Task Center y a placé et que tc.concur.auth.req.token.enabled vaut false. Si SAP Concur a révoqué le jeton, générez un nouveau Company Request Token et reparamétrez la destination.</translation>
    </message>
    <message>
        <source>Destination to SAP Concur</source>
        <translation>Destination vers SAP Concur</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Concur. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Le service Destination n&apos;obtient un jeton avec elle que pour un utilisateur connecté, et selon SAP, «&#xa0;Check Connection&#xa0;» peut ne pas indiquer si SAP Task Center atteint SAP Concur. Vérifiez le connecteur dans le «&#xa0;Monitoring&#xa0;» de SAP Task Center une fois la destination enregistrée.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Concur entity and product in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination par entité et produit SAP Concur dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>SAP Task Center replaces the Client Key with a refresh token and sets tc.concur.auth.req.token.enabled to false the first time it connects. Never change either afterwards: SAP says it can break the connection. Applying again keeps both as they are in the subaccount.</source>
        <translation>Lors de sa première connexion, SAP Task Center remplace le Client Key par un jeton d&apos;actualisation et définit tc.concur.auth.req.token.enabled sur false. Ne modifiez ensuite ni l&apos;un ni l&apos;autre&#xa0;: selon SAP, cela peut interrompre la connexion. Si vous appliquez de nouveau, les deux restent tels qu&apos;ils sont dans le sous-compte.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks you to select Use default JDK truststore: the wizard sets no TrustStoreLocation, and without one the Destination service uses the JDK truststore.</source>
        <translation>Le guide SAP vous demande de sélectionner «&#xa0;Use default JDK truststore&#xa0;»&#xa0;: l&apos;assistant ne définit pas de TrustStoreLocation, et sans cette propriété, le service Destination utilise le truststore du JDK.</translation>
    </message>
    <message>
        <source>The address must start with https://; credentials never travel unencrypted.</source>
        <translation>L&apos;adresse doit commencer par https:// ; les identifiants ne circulent jamais sans chiffrement.</translation>
    </message>
    <message>
        <source>This is neither an FSM cluster name (such as eu or us) nor an address on &lt;cluster&gt;.fsm.cloud.sap. Copy the address you open FSM with, or enter the cluster name.</source>
        <translation>Ce n&apos;est ni un nom de cluster FSM (comme eu ou us) ni une adresse sur &lt;cluster&gt;.fsm.cloud.sap. Copiez l&apos;adresse avec laquelle vous ouvrez FSM, ou saisissez le nom du cluster.</translation>
    </message>
    <message>
        <source>FSM shows account and company IDs as numbers (for example 654321). Check that you copied the ID, not the name.</source>
        <translation>FSM affiche les ID de compte et de société sous forme de nombres (par exemple 654321). Vérifiez que vous avez copié l&apos;ID, et non le nom.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the communication user&apos;s user name, as &quot;Maintain Communication Users&quot; shows it.</source>
        <translation>Cela ressemble à une adresse e-mail. Saisissez le nom d&apos;utilisateur de l&apos;utilisateur de communication, tel que l&apos;affiche « Maintain Communication Users ».</translation>
    </message>
    <message>
        <source>This is not the address the arrangement SAP_COM_0501 shows (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation>Ce n&apos;est pas l&apos;adresse qu&apos;affiche l&apos;accord de communication SAP_COM_0501 (elle contient api_task_spi_replication). Seule la partie serveur de cette adresse est utilisée.</translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. The API server is probably %1: check it under &quot;About HXM Suite OData APIs&quot; in SuccessFactors, then use it.</source>
        <translation>Il s&apos;agit de l&apos;adresse des pages Web de SuccessFactors (où les utilisateurs se connectent), et non de son serveur d&apos;API. Le serveur d&apos;API est probablement %1 : vérifiez-le sous « About HXM Suite OData APIs » dans SuccessFactors, puis utilisez-le.</translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. Find the API server under &quot;About HXM Suite OData APIs&quot; in SuccessFactors; it usually starts with &quot;api&quot;.</source>
        <translation>Il s&apos;agit de l&apos;adresse des pages Web de SuccessFactors (où les utilisateurs se connectent), et non de son serveur d&apos;API. Vous trouverez le serveur d&apos;API sous « About HXM Suite OData APIs » dans SuccessFactors ; son adresse commence généralement par « api ».</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the rest is ignored.</source>
        <translation>Seule la partie serveur de cette adresse est utilisée (%1)&#xa0;; le reste est ignoré.</translation>
    </message>
    <message>
        <source>A company ID has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, without spaces. Copy it from SuccessFactors: your name &gt; Show version information.</source>
        <translation>Un ID de société ne contient que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, sans espace. Copiez-le depuis SuccessFactors : votre nom &gt; « Show version information ».</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. SuccessFactors expects the user ID here; with an e-mail address the login fails (&quot;invalid user&quot;).</source>
        <translation>Cela ressemble à une adresse e-mail. SuccessFactors attend ici l&apos;ID utilisateur ; avec une adresse e-mail, la connexion échoue (« invalid user »).</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check what will change, then choose Apply.</source>
        <translation>Rien n&apos;a encore été écrit. Vérifiez ce qui va changer, puis choisissez «&#xa0;Appliquer&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>App&amp;liquer</translation>
    </message>
    <message>
        <source>Destination or property</source>
        <translation>Destination ou propriété</translation>
    </message>
    <message>
        <source>Now in the subaccount</source>
        <translation>Actuellement dans le sous-compte</translation>
    </message>
    <message>
        <source>After applying</source>
        <translation>Après application</translation>
    </message>
    <message>
        <source>Changes to the subaccount</source>
        <translation>Modifications du sous-compte</translation>
    </message>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>Lecture des destinations de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Nothing was written. Choose &quot;Read again&quot; when the problem is solved.</source>
        <translation>Rien n&apos;a été écrit. Choisissez «&#xa0;Relire&#xa0;» une fois le problème résolu.</translation>
    </message>
    <message>
        <source>The subaccount already has a primary destination to the same system: %1. Two primary destinations to one system give every user each task twice. After applying, delete the old one in the SAP BTP cockpit (or set its tc.enabled to false).</source>
        <translation>Le sous-compte a déjà une destination principale vers le même système&#xa0;: %1. Avec deux destinations principales vers un même système, chaque utilisateur reçoit chaque tâche en double. Une fois les modifications appliquées, supprimez l&apos;ancienne dans le cockpit SAP BTP (ou définissez son tc.enabled sur false).</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>will be created</source>
        <translation>sera créée</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message numerus="yes">
        <source>will be updated (%n change(s))</source>
        <translation>
            <numerusform>sera mise à jour (%n modification)</numerusform>
            <numerusform>sera mise à jour (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged. Choose Apply to write them.</source>
        <translation>À créer&#xa0;: %1, à mettre à jour&#xa0;: %2, inchangées&#xa0;: %3. Choisissez «&#xa0;Appliquer&#xa0;» pour les écrire.</translation>
    </message>
    <message>
        <source>To keep the existing destinations as they are, go Back to the primary destination step and choose another name.</source>
        <translation>Pour conserver les destinations existantes telles quelles, revenez avec «&#xa0;Précédent&#xa0;» à l&apos;étape de la destination principale et choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The wizard compares the destinations with what &quot;%1&quot; holds now.</source>
        <translation>L&apos;assistant compare les destinations avec le contenu actuel de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds the destinations exactly like this. Applying writes nothing.</source>
        <translation>«&#xa0;%1&#xa0;» contient déjà exactement ces destinations. Si vous appliquez, rien ne sera écrit.</translation>
    </message>
    <message>
        <source>Applying replaces a connection to another system: %1. Whatever uses it today stops working. To keep it, go Back to the primary destination step and choose another name.</source>
        <translation>Si vous appliquez, une connexion à un autre système sera remplacée&#xa0;: %1. Tout ce qui l&apos;utilise aujourd&apos;hui cessera de fonctionner. Pour la conserver, revenez avec «&#xa0;Précédent&#xa0;» à l&apos;étape de la destination principale et choisissez un autre nom.</translation>
    </message>
    <message>
        <source>I mean to replace &amp;it with this setup</source>
        <translation>Je souhaite la re&amp;mplacer par ce paramétrage</translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation>défini (masqué)</translation>
    </message>
    <message>
        <source>changed (hidden)</source>
        <translation>modifié (masqué)</translation>
    </message>
    <message>
        <source>Tick that you mean to replace the connections named above to apply.</source>
        <translation>Cochez la case confirmant que vous voulez remplacer les connexions indiquées ci-dessus pour appliquer.</translation>
    </message>
    <message>
        <source>Apply is possible once the subaccount has been read.</source>
        <translation>Vous pourrez appliquer une fois le sous-compte lu.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>SandboxSubaccount</name>
    <message>
        <source>The demo landscape is missing from the program&apos;s resources.</source>
        <translation>Le paysage de démonstration est absent des ressources du programme.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1 du bac à sable.</translation>
    </message>
    <message>
        <source>Cannot write into the sandbox&apos;s data folder %1.</source>
        <translation>Impossible d&apos;écrire dans le dossier de données %1 du bac à sable.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s token signing key.</source>
        <translation>Impossible de créer la clé avec laquelle le bac à sable signe les jetons.</translation>
    </message>
    <message>
        <source>Cannot write the trust certificate into %1.</source>
        <translation>Impossible d&apos;écrire le certificat de confiance dans %1.</translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Le trousseau n&apos;a pas répondu dans les %1 secondes.</translation>
    </message>
    <message>
        <source>Nothing is saved in the keychain for %1.</source>
        <translation>Rien n&apos;est enregistré dans le trousseau pour %1.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (the system&apos;s secret storage is locked or not running).</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur (le stockage des secrets du système est verrouillé ou ne fonctionne pas).</translation>
    </message>
    <message>
        <source>The keychain did not answer. It may be waiting for you to unlock it in another window.</source>
        <translation>Le trousseau n&apos;a pas répondu. Il attend peut-être que vous le déverrouilliez dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <source>You can continue: the secrets (keys, passwords) are then kept only until you close the program, and you enter them again next time. To keep them, unlock or start your desktop&apos;s keyring and restart the program.</source>
        <translation>Vous pouvez continuer&#xa0;: les secrets (clés, mots de passe) ne sont alors conservés que jusqu&apos;à la fermeture du programme, et vous devrez les saisir de nouveau la prochaine fois. Pour les conserver, déverrouillez ou démarrez le trousseau de votre bureau, puis redémarrez le programme.</translation>
    </message>
    <message>
        <source>You can continue; the secrets (keys, passwords) are then kept only until you close the program.</source>
        <translation>Vous pouvez continuer&#xa0;; les secrets (clés, mots de passe) ne sont alors conservés que jusqu&apos;à la fermeture du programme.</translation>
    </message>
</context>
<context>
    <name>ServiceKeyPage</name>
    <message>
        <source>&amp;Open service key file…</source>
        <translation>&amp;Ouvrir le fichier de clé de service…</translation>
    </message>
    <message>
        <source>Service keys (*.json *.txt);;All files (*)</source>
        <translation>Clés de service (*.json *.txt);;Tous les fichiers (*)</translation>
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
        <translation>Clé de service SAP Task Center</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choose the &lt;b&gt;SAP Task Center&lt;/b&gt; instance, and under &lt;b&gt;Service Keys&lt;/b&gt; open a key (create one if there is none). Download it, or copy its JSON text and paste it below.</source>
        <translation>Dans le cockpit SAP BTP, ouvrez &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choisissez l&apos;instance &lt;b&gt;SAP Task Center&lt;/b&gt; et, sous &lt;b&gt;Service Keys&lt;/b&gt;, ouvrez une clé (créez-en une s&apos;il n&apos;y en a pas). Téléchargez-la, ou copiez son texte JSON et collez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Inbox REST URL:</source>
        <translation>URL REST de la boîte de réception&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication URL (uaa.url):</source>
        <translation>URL d&apos;authentification (uaa.url)&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>present (kept in the keychain, never in a file)</source>
        <translation>présent (conservé dans le trousseau, jamais dans un fichier)</translation>
    </message>
    <message>
        <source>The service key is complete.</source>
        <translation>La clé de service est complète.</translation>
    </message>
    <message>
        <source>not needed for %1, so not kept</source>
        <translation>non nécessaire pour %1, donc non conservé</translation>
    </message>
</context>
<context>
    <name>ServiceKeyText</name>
    <message>
        <source>The service key is empty. In the SAP BTP cockpit, open the %1 instance, choose its service key and copy the whole JSON text.</source>
        <translation>La clé de service est vide. Dans le cockpit SAP BTP, ouvrez l&apos;instance %1, choisissez sa clé de service et copiez tout le texte JSON.</translation>
    </message>
    <message>
        <source>The service key is cut off: its closing } is missing. Copy the whole key again, from the first { to the last }.</source>
        <translation>La clé de service est tronquée&#xa0;: l&apos;accolade fermante } manque. Copiez de nouveau la clé complète, de la première { à la dernière }.</translation>
    </message>
    <message>
        <source>This is not a service key: a service key is JSON text that starts with { and ends with }. Copy the whole key from the cockpit (Credentials &gt; JSON).</source>
        <translation>Ce n&apos;est pas une clé de service&#xa0;: une clé de service est un texte JSON qui commence par { et se termine par }. Copiez la clé complète depuis le cockpit («&#xa0;Credentials &gt; JSON&#xa0;»).</translation>
    </message>
    <message>
        <source>The service key is cut off: it ends before its last } (line %1, column %2). Copy the whole key again, from the first { to the last }.</source>
        <translation>La clé de service est tronquée&#xa0;: elle se termine avant sa dernière } (ligne %1, colonne %2). Copiez de nouveau la clé complète, de la première { à la dernière }.</translation>
    </message>
    <message>
        <source>The service key has a mistake at line %1, column %2 (%3). Look there for a comma too many or missing, or a missing quote.</source>
        <translation>La clé de service contient une erreur à la ligne %1, colonne %2 (%3). Cherchez à cet endroit une virgule en trop ou manquante, ou un guillemet manquant.</translation>
    </message>
</context>
<context>
    <name>SetupFile</name>
    <message>
        <source>%1: not valid JSON (%2 at character %3).</source>
        <translation>%1&#xa0;: JSON non valide (%2 au caractère %3).</translation>
    </message>
    <message>
        <source>%1: a setup file is a JSON object ({...}).</source>
        <translation>%1&#xa0;: un fichier de paramétrage est un objet JSON ({...}).</translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; must be %2.</source>
        <translation>%1&#xa0;: &quot;format&quot; doit valoir %2.</translation>
    </message>
    <message>
        <source>%1: &quot;provider&quot;: %2</source>
        <translation>%1&#xa0;: &quot;provider&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; must be an object.</source>
        <translation>%1&#xa0;: &quot;values&quot; doit être un objet.</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; is not a value of %3.</source>
        <translation>%1&#xa0;: &quot;values.%2&quot; n&apos;est pas une valeur de %3.</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; is a secret; secrets belong in a secrets file or the keychain, never in the setup file.</source>
        <translation>%1&#xa0;: &quot;values.%2&quot; est un secret&#xa0;; les secrets vont dans un fichier de secrets ou dans le trousseau, jamais dans le fichier de paramétrage.</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; must be text.</source>
        <translation>%1&#xa0;: &quot;values.%2&quot; doit être du texte.</translation>
    </message>
    <message>
        <source>%1: &quot;serviceKeyFile&quot; (%2): %3</source>
        <translation>%1&#xa0;: &quot;serviceKeyFile&quot; (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: &quot;trustCertificateFile&quot; (%2): %3</source>
        <translation>%1&#xa0;: &quot;trustCertificateFile&quot; (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: &quot;properties.%2&quot;: %3 has no destination of that role.</source>
        <translation>%1&#xa0;: &quot;properties.%2&quot;&#xa0;: %3 n&apos;a pas de destination ayant ce rôle.</translation>
    </message>
    <message>
        <source>%1: &quot;properties.%2.%3&quot; cannot be changed: SAP Task Center requires it as it is.</source>
        <translation>%1&#xa0;: &quot;properties.%2.%3&quot; ne peut pas être modifié&#xa0;: SAP Task Center l&apos;exige tel quel.</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot;: %2 has only one way to set it up; leave &quot;path&quot; out.</source>
        <translation>%1&#xa0;: &quot;path&quot;&#xa0;: %2 ne peut être paramétré que d&apos;une seule manière&#xa0;; omettez &quot;path&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot; must be one of %2.</source>
        <translation>%1&#xa0;: &quot;path&quot; doit être l&apos;une des valeurs %2.</translation>
    </message>
    <message>
        <source>%1: &quot;checked&quot;: &quot;%2&quot; is not a checklist item of %3 (&quot;step/item&quot;).</source>
        <translation>%1&#xa0;: &quot;checked&quot;&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un élément de liste de contrôle de %3 (&quot;step/item&quot;).</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; gives %2, which the way &quot;%3&quot; does not use, and no &quot;path&quot; chooses another way, so nothing of them would be written. Add %4.</source>
        <translation>%1&#xa0;: &quot;values&quot; fournit %2, que la méthode «&#xa0;%3&#xa0;» n&apos;utilise pas, et aucun &quot;path&quot; ne choisit une autre méthode&#xa0;: rien de tout cela ne serait donc écrit. Ajoutez %4.</translation>
    </message>
    <message>
        <source>the &quot;path&quot; that uses them</source>
        <translation>le &quot;path&quot; qui les utilise</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1: &quot;serviceKey&quot; must be the service key&apos;s JSON object.</source>
        <translation>%1&#xa0;: &quot;serviceKey&quot; doit être l&apos;objet JSON de la clé de service.</translation>
    </message>
    <message>
        <source>%1: &quot;serviceKey&quot;: %2</source>
        <translation>%1&#xa0;: &quot;serviceKey&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>The service key file %1 that the setup names is not there any more. Open or paste the service key again.</source>
        <translation>Le fichier de clé de service %1 indiqué par le paramétrage n&apos;existe plus. Ouvrez ou collez de nouveau la clé de service.</translation>
    </message>
    <message>
        <source>%1: &quot;trustCertificate&quot; must be the certificate as PEM text: %2</source>
        <translation>%1&#xa0;: &quot;trustCertificate&quot; doit être le certificat sous forme de texte PEM&#xa0;: %2</translation>
    </message>
    <message>
        <source>The trust certificate file %1 that the setup names is not there any more. Open the certificate again, or get it from the subaccount.</source>
        <translation>Le fichier de certificat de confiance %1 indiqué par le paramétrage n&apos;existe plus. Ouvrez de nouveau le certificat, ou récupérez-le depuis le sous-compte.</translation>
    </message>
    <message>
        <source>%1: &quot;provider&quot; is missing: add the id of a task provider (taskcenter-connect providers lists them).</source>
        <translation>%1&#xa0;: &quot;provider&quot; est absent&#xa0;: ajoutez l&apos;ID d&apos;un fournisseur de tâches (taskcenter-connect providers les liste).</translation>
    </message>
</context>
<context>
    <name>SetupModel</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 of %2 still holds the template value &quot;%3&quot;.</source>
        <translation>%1 de %2 contient encore la valeur de modèle «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; hold the same value. Each has its own; copy each from its own place.</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» contiennent la même valeur. Chacun a sa propre valeur&#xa0;; copiez chacune depuis son propre emplacement.</translation>
    </message>
    <message>
        <source>Open or paste the subaccount&apos;s trust certificate to continue.</source>
        <translation>Ouvrez ou collez le certificat de confiance du sous-compte pour continuer.</translation>
    </message>
    <message>
        <source>Open or paste the SAP Task Center service key to continue.</source>
        <translation>Ouvrez ou collez la clé de service SAP Task Center pour continuer.</translation>
    </message>
    <message numerus="yes">
        <source>Tick each step once you have done it (%n left).</source>
        <translation>
            <numerusform>Cochez chaque étape une fois que vous l&apos;avez effectuée (encore %n étape).</numerusform>
            <numerusform>Cochez chaque étape une fois que vous l&apos;avez effectuée (encore %n étapes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupSecrets</name>
    <message>
        <source>The saved secrets were read from this computer&apos;s keychain.</source>
        <translation>Les secrets enregistrés ont été lus depuis le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>The secrets are kept in this computer&apos;s keychain.</source>
        <translation>Les secrets sont conservés dans le trousseau de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Task Center Connect is open already; its window was brought to the front.</source>
        <translation>Task Center Connect est déjà ouvert&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Task Center Connect is open already (process %1), but its window did not answer. Switch to it, or close it and start again.</source>
        <translation>Task Center Connect est déjà ouvert (processus %1), mais sa fenêtre n&apos;a pas répondu. Basculez vers celle-ci, ou fermez-le et relancez-le.</translation>
    </message>
</context>
<context>
    <name>SourceInput</name>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>…or &amp;paste it here:</source>
        <translation>…ou co&amp;llez le texte ici&#xa0;:</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>The pasted text was read; it is no longer shown.</source>
        <translation>Le texte collé a été lu&#xa0;; il n&apos;est plus affiché.</translation>
    </message>
</context>
<context>
    <name>SubaccountChoice</name>
    <message>
        <source>The demo subaccount runs on this computer only. It already holds a few task providers, some set up correctly and some with common mistakes. Nothing you do here reaches SAP BTP.</source>
        <translation>Le sous-compte de démonstration s&apos;exécute uniquement sur cet ordinateur. Il contient déjà quelques fournisseurs de tâches, certains correctement paramétrés, d&apos;autres avec des erreurs courantes. Rien de ce que vous faites ici n&apos;atteint SAP BTP.</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Lecture du secret client depuis le trousseau…</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; is not in this computer&apos;s keychain. Add the subaccount again with its Destination service key.</source>
        <translation>Le secret client de «&#xa0;%1&#xa0;» ne se trouve pas dans le trousseau de cet ordinateur. Ajoutez de nouveau le sous-compte avec la clé de service de son service Destination.</translation>
    </message>
    <message>
        <source>The destinations will be written into &quot;%1&quot;.</source>
        <translation>Les destinations seront écrites dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Wait until the current check has finished.</source>
        <translation>Attendez la fin de la vérification en cours.</translation>
    </message>
    <message>
        <source>Open the Destination service key file, or paste the key&apos;s text into the box.</source>
        <translation>Ouvrez le fichier de clé de service du service Destination, ou collez le texte de la clé dans le champ.</translation>
    </message>
    <message>
        <source>Asking the subaccount for a token with this key…</source>
        <translation>Demande d&apos;un jeton au sous-compte avec cette clé…</translation>
    </message>
    <message>
        <source>The key works. No keychain is available, so &quot;%1&quot; is used until you close the wizard and not saved.</source>
        <translation>La clé fonctionne. Aucun trousseau n&apos;est disponible&#xa0;: «&#xa0;%1&#xa0;» est donc utilisé jusqu&apos;à la fermeture de l&apos;assistant, sans être enregistré.</translation>
    </message>
    <message>
        <source>The key works. Saving it in the keychain…</source>
        <translation>La clé fonctionne. Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <source>The key works, but it could not be saved: %1 &quot;%2&quot; is used until you close the wizard.</source>
        <translation>La clé fonctionne, mais elle n&apos;a pas pu être enregistrée&#xa0;: %1 «&#xa0;%2&#xa0;» est utilisé jusqu&apos;à la fermeture de l&apos;assistant.</translation>
    </message>
    <message>
        <source>The key works. &quot;%1&quot; is saved; its client secret is in this computer&apos;s keychain.</source>
        <translation>La clé fonctionne. «&#xa0;%1&#xa0;» est enregistré&#xa0;; son secret client se trouve dans le trousseau de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SubaccountConnection</name>
    <message>
        <source>Demo subaccount</source>
        <translation>Sous-compte de démonstration</translation>
    </message>
    <message>
        <source>This program was built without the demo subaccount.</source>
        <translation>Ce programme a été compilé sans le sous-compte de démonstration.</translation>
    </message>
</context>
<context>
    <name>SubaccountPage</name>
    <message>
        <source>Into a s&amp;ubaccount, over the Destination service:</source>
        <translation>Dans un so&amp;us-compte, via le service Destination&#xa0;:</translation>
    </message>
    <message>
        <source>Into the &amp;demo subaccount on this computer (for demos and trying it out)</source>
        <translation>Dans le sous-compte de &amp;démonstration sur cet ordinateur (pour les démonstrations et les essais)</translation>
    </message>
    <message>
        <source>Only into &amp;files, to import in the SAP BTP cockpit</source>
        <translation>Uniquement dans des &amp;fichiers, à importer dans le cockpit SAP BTP</translation>
    </message>
    <message>
        <source>&amp;Add subaccount…</source>
        <translation>Ajouter un sous-&amp;compte…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Open service key file…</source>
        <translation>&amp;Ouvrir le fichier de clé de service…</translation>
    </message>
    <message>
        <source>Service keys (*.json *.txt);;All files (*)</source>
        <translation>Clés de service (*.json *.txt);;Tous les fichiers (*)</translation>
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
        <translation>Tester et &amp;enregistrer</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Where the destinations go</source>
        <translation>Où écrire les destinations</translation>
    </message>
    <message>
        <source>Saved subaccount</source>
        <translation>Sous-compte enregistré</translation>
    </message>
    <message>
        <source>Forget this subaccount and its client secret on this computer</source>
        <translation>Oublier ce sous-compte et son secret client sur cet ordinateur</translation>
    </message>
    <message>
        <source>e.g. Production EU10</source>
        <translation>p. ex. Production EU10</translation>
    </message>
    <message>
        <source>You need a key of the subaccount&apos;s &lt;b&gt;Destination service&lt;/b&gt; instance: in the SAP BTP cockpit open &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choose the &lt;b&gt;Destination&lt;/b&gt; instance (plan &lt;i&gt;lite&lt;/i&gt;; create one if there is none) and open or create a key under &lt;b&gt;Service Keys&lt;/b&gt;. Open the downloaded file or paste its text.</source>
        <translation>Vous avez besoin d&apos;une clé de l&apos;instance du &lt;b&gt;service Destination&lt;/b&gt; du sous-compte&#xa0;: dans le cockpit SAP BTP, ouvrez &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choisissez l&apos;instance &lt;b&gt;Destination&lt;/b&gt; (plan &lt;i&gt;lite&lt;/i&gt;&#xa0;; créez-en une s&apos;il n&apos;y en a pas) et ouvrez ou créez une clé sous &lt;b&gt;Service Keys&lt;/b&gt;. Ouvrez le fichier téléchargé ou collez son texte.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Remove subaccount</source>
        <translation>Retirer le sous-compte</translation>
    </message>
    <message>
        <source>Forget the subaccount &quot;%1&quot; on this computer? Its destinations stay as they are.</source>
        <translation>Oublier le sous-compte «&#xa0;%1&#xa0;» sur cet ordinateur&#xa0;? Ses destinations restent telles qu&apos;elles sont.</translation>
    </message>
    <message>
        <source>No subaccount saved yet: add one</source>
        <translation>Aucun sous-compte enregistré pour l&apos;instant&#xa0;: ajoutez-en un</translation>
    </message>
    <message>
        <source>The demo subaccount could not be started. Choose a subaccount or files instead.</source>
        <translation>Le sous-compte de démonstration n&apos;a pas pu être démarré. Choisissez plutôt un sous-compte ou des fichiers.</translation>
    </message>
    <message>
        <source>The key looks right. Choose &quot;Test and save&quot; to check it with the subaccount.</source>
        <translation>La clé semble correcte. Choisissez «&#xa0;Tester et enregistrer&#xa0;» pour la vérifier auprès du sous-compte.</translation>
    </message>
    <message>
        <source>The wizard can write the destinations straight into your SAP BTP subaccount, or into files that you import in the cockpit.</source>
        <translation>L&apos;assistant peut écrire les destinations directement dans votre sous-compte SAP BTP, ou dans des fichiers que vous importez dans le cockpit.</translation>
    </message>
    <message>
        <source>Wait until the subaccount has answered.</source>
        <translation>Attendez que le sous-compte ait répondu.</translation>
    </message>
    <message>
        <source>Add a subaccount with its Destination service key to continue, or choose the demo subaccount or files.</source>
        <translation>Ajoutez un sous-compte avec sa clé de service du service Destination pour continuer, ou choisissez le sous-compte de démonstration ou des fichiers.</translation>
    </message>
    <message>
        <source>Choose a saved subaccount to continue.</source>
        <translation>Choisissez un sous-compte enregistré pour continuer.</translation>
    </message>
    <message>
        <source>Choose where the destinations go to continue.</source>
        <translation>Choisissez où vont les destinations pour continuer.</translation>
    </message>
</context>
<context>
    <name>SubaccountProfiles</name>
    <message>
        <source>Give the subaccount a name you will recognise, e.g. &quot;Production EU10&quot;.</source>
        <translation>Donnez au sous-compte un nom que vous reconnaîtrez, p. ex. «&#xa0;Production EU10&#xa0;».</translation>
    </message>
    <message>
        <source>A subaccount named &quot;%1&quot; already exists. Choose another name, or pick the existing one.</source>
        <translation>Un sous-compte nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom, ou sélectionnez le sous-compte existant.</translation>
    </message>
</context>
<context>
    <name>TaskCenterServiceKey</name>
    <message>
        <source>This is the key of a Destination service instance, not of SAP Task Center. Open the SAP Task Center instance (service one-inbox-service) and use its service key.</source>
        <translation>Il s&apos;agit de la clé d&apos;une instance du service Destination, et non de SAP Task Center. Ouvrez l&apos;instance SAP Task Center (service one-inbox-service) et utilisez sa clé de service.</translation>
    </message>
    <message>
        <source>The field uaa is missing, so this is not an SAP Task Center service key. Use the key of the SAP Task Center instance (service one-inbox-service).</source>
        <translation>Le champ uaa est absent&#xa0;: ce n&apos;est donc pas une clé de service SAP Task Center. Utilisez la clé de l&apos;instance SAP Task Center (service one-inbox-service).</translation>
    </message>
    <message>
        <source>The field endpoints.inbox_rest_url is missing. This key may belong to another service; use the key of the SAP Task Center instance (service one-inbox-service).</source>
        <translation>Le champ endpoints.inbox_rest_url est absent. Cette clé appartient peut-être à un autre service&#xa0;; utilisez la clé de l&apos;instance SAP Task Center (service one-inbox-service).</translation>
    </message>
    <message>
        <source>The field uaa.clientsecret is missing: this key uses an X.509 certificate instead. Create a service key without the x509 parameter, so it has a client secret.</source>
        <translation>Le champ uaa.clientsecret est absent&#xa0;: cette clé utilise un certificat X.509 à la place. Créez une clé de service sans le paramètre x509, afin qu&apos;elle ait un secret client.</translation>
    </message>
    <message>
        <source>The field uaa.clientsecret is missing. Copy the whole key again from the cockpit.</source>
        <translation>Le champ uaa.clientsecret est absent. Copiez de nouveau la clé complète depuis le cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is missing. Copy the whole key again from the cockpit.</source>
        <translation>Le champ %1 est absent. Copiez de nouveau la clé complète depuis le cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is empty or not text. Copy the whole key again from the cockpit.</source>
        <translation>Le champ %1 est vide ou n&apos;est pas du texte. Copiez de nouveau la clé complète depuis le cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Copy the whole key again from the cockpit.</source>
        <translation>Le champ %1 n&apos;est pas une adresse https:// («&#xa0;%2&#xa0;»). Copiez de nouveau la clé complète depuis le cockpit.</translation>
    </message>
    <message>
        <source>Task Center</source>
        <translation>Task Center</translation>
    </message>
</context>
<context>
    <name>TokenChecks</name>
    <message>
        <source>The token of %1 could not be tested: %2</source>
        <translation>Le jeton de %1 n&apos;a pas pu être testé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check again when the subaccount answers.</source>
        <translation>Vérifiez de nouveau lorsque le sous-compte répondra.</translation>
    </message>
    <message>
        <source>This subaccount no longer honours SystemUser (the Destination service announced its removal by end of September 2026). Follow SAP Task Center&apos;s current guide for technical-user access.</source>
        <translation>Ce sous-compte ne prend plus en compte SystemUser (le service Destination a annoncé sa suppression d&apos;ici fin septembre 2026). Suivez le guide actuel de SAP Task Center pour l&apos;accès par utilisateur technique.</translation>
    </message>
    <message>
        <source>One more thing to try, not confirmed by SAP for this provider: the Destination service encodes SAML assertions as base64url since June 2026; the property samlAssertionEncoding=base64 restores the former encoding.</source>
        <translation>Une autre piste, non confirmée par SAP pour ce fournisseur&#xa0;: depuis juin 2026, le service Destination encode les assertions SAML en base64url&#xa0;; la propriété samlAssertionEncoding=base64 rétablit l&apos;ancien encodage.</translation>
    </message>
    <message>
        <source>The Destination service could not fetch a token with %1: %2</source>
        <translation>Le service Destination n&apos;a pas pu obtenir de jeton avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the destination&apos;s credentials in the provider.</source>
        <translation>Vérifiez les identifiants de la destination dans le système du fournisseur.</translation>
    </message>
</context>
<context>
    <name>TrustCertificate</name>
    <message>
        <source>Export the trust certificate from the SAP BTP cockpit: Connectivity &gt; Destination Trust &gt; Export.</source>
        <translation>Exportez le certificat de confiance depuis le cockpit SAP BTP&#xa0;: «&#xa0;Connectivity &gt; Destination Trust &gt; Export&#xa0;».</translation>
    </message>
    <message>
        <source>The certificate is empty. %1</source>
        <translation>Le certificat est vide. %1</translation>
    </message>
    <message>
        <source>This holds a private key, not a certificate. Never share a private key. %1</source>
        <translation>Ce contenu est une clé privée, et non un certificat. Ne transmettez jamais une clé privée. %1</translation>
    </message>
    <message>
        <source>The certificate is cut off: its END CERTIFICATE line is missing. Copy or export it again, completely.</source>
        <translation>Le certificat est tronqué&#xa0;: la ligne END CERTIFICATE manque. Copiez-le ou exportez-le de nouveau, en entier.</translation>
    </message>
    <message>
        <source>This is a different kind of file (a public key or a certificate request), not the trust certificate. %1</source>
        <translation>Il s&apos;agit d&apos;un autre type de fichier (une clé publique ou une demande de certificat), et non du certificat de confiance. %1</translation>
    </message>
    <message>
        <source>This is not a certificate. %1</source>
        <translation>Ce n&apos;est pas un certificat. %1</translation>
    </message>
    <message>
        <source>The certificate is incomplete: part of it is missing. Copy or export it again, completely.</source>
        <translation>Le certificat est incomplet&#xa0;: une partie manque. Copiez-le ou exportez-le de nouveau, en entier.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate is valid for %n more day(s).</source>
        <translation>
            <numerusform>Le certificat est encore valide pendant %n jour.</numerusform>
            <numerusform>Le certificat est encore valide pendant %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1. Renew it soon in the SAP BTP cockpit (Connectivity &gt; Destination Trust &gt; Rotate, so nothing stops), then update it in every task provider; until then tasks keep working.</source>
        <translation>
            <numerusform>Le certificat expire dans %n jour, le %1. Renouvelez-le bientôt dans le cockpit SAP BTP («&#xa0;Connectivity &gt; Destination Trust &gt; Rotate&#xa0;», pour que rien ne s&apos;interrompe), puis mettez-le à jour dans chaque fournisseur de tâches&#xa0;; d&apos;ici là, les tâches continuent de fonctionner.</numerusform>
            <numerusform>Le certificat expire dans %n jours, le %1. Renouvelez-le bientôt dans le cockpit SAP BTP («&#xa0;Connectivity &gt; Destination Trust &gt; Rotate&#xa0;», pour que rien ne s&apos;interrompe), puis mettez-le à jour dans chaque fournisseur de tâches&#xa0;; d&apos;ici là, les tâches continuent de fonctionner.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate expired on %1. SAP Task Center cannot read or update tasks with it. Renew it in the SAP BTP cockpit (Connectivity &gt; Destination Trust), export the new one and open it here.</source>
        <translation>Le certificat a expiré le %1. SAP Task Center ne peut plus lire ni mettre à jour les tâches avec ce certificat. Renouvelez-le dans le cockpit SAP BTP («&#xa0;Connectivity &gt; Destination Trust&#xa0;»), exportez le nouveau certificat et ouvrez-le ici.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1. Check the date and time of this computer, or export the active certificate again.</source>
        <translation>Le certificat n&apos;est pas valide avant le %1. Vérifiez la date et l&apos;heure de cet ordinateur, ou exportez de nouveau le certificat actif.</translation>
    </message>
</context>
<context>
    <name>TrustCertificatePage</name>
    <message>
        <source>&amp;Open certificate file…</source>
        <translation>&amp;Ouvrir le fichier de certificat…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
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
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Trust certificate of your subaccount</source>
        <translation>Certificat de confiance de votre sous-compte</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose &lt;b&gt;Connectivity &amp;gt; Destination Trust&lt;/b&gt; and &lt;b&gt;Export&lt;/b&gt; the active certificate. (Older guides call this &lt;i&gt;Destinations &amp;gt; Download Trust&lt;/i&gt;; SAP moved it in November 2025.)</source>
        <translation>Dans le cockpit SAP BTP, ouvrez le sous-compte dans lequel SAP Task Center s&apos;exécute, choisissez &lt;b&gt;Connectivity &amp;gt; Destination Trust&lt;/b&gt; et exportez le certificat actif avec &lt;b&gt;Export&lt;/b&gt;. (Les guides plus anciens appellent cela &lt;i&gt;Destinations &amp;gt; Download Trust&lt;/i&gt;&#xa0;; SAP l&apos;a déplacé en novembre 2025.)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide du&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Jours restants&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré depuis %n jour</numerusform>
            <numerusform>expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Get it from the subaccount</source>
        <translation>&amp;Récupérer depuis le sous-compte</translation>
    </message>
    <message>
        <source>Read the active trust certificate of &quot;%1&quot;</source>
        <translation>Lire le certificat de confiance actif de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reading the trust certificate of &quot;%1&quot;…</source>
        <translation>Lecture du certificat de confiance de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Annuler la lecture</translation>
    </message>
    <message>
        <source>Reading the certificate was cancelled.</source>
        <translation>La lecture du certificat a été annulée.</translation>
    </message>
    <message>
        <source>This is not the current trust certificate of &quot;%1&quot; (its SHA-256 is %2). A provider given this one holds a certificate the subaccount does not sign with, and its tokens fail. Choose &quot;Get it from the subaccount&quot; to use the current one.</source>
        <translation>Ce n&apos;est pas le certificat de confiance actuel de «&#xa0;%1&#xa0;» (son SHA-256 est %2). Un fournisseur qui reçoit celui-ci détient un certificat avec lequel le sous-compte ne signe pas, et ses jetons échouent. Choisissez «&#xa0;Récupérer depuis le sous-compte&#xa0;» pour utiliser le certificat actuel.</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Valide à partir du %1</translation>
    </message>
    <message>
        <source>Valid until %1, %2 left</source>
        <extracomment>%1 is a date, %2 a number of days (&quot;412 days&quot;)</extracomment>
        <translation>Valide jusqu&apos;au %1, encore %2</translation>
    </message>
    <message>
        <source>Valid until %1, %2</source>
        <translation>Valide jusqu&apos;au %1, %2</translation>
    </message>
    <message>
        <source>Read from the subaccount &quot;%1&quot;.</source>
        <translation>Lu depuis le sous-compte «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) checked: </source>
        <translation>
            <numerusform>%n destination vérifiée&#xa0;: </numerusform>
            <numerusform>%n destinations vérifiées&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <translation>Erreurs&#xa0;: %1, avertissements&#xa0;: %2, remarques&#xa0;: %3.</translation>
    </message>
    <message>
        <source>SAP Task Center configuration check</source>
        <translation>Vérification de la configuration SAP Task Center</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>Vérifié le %1.</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>Configuration complète</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avertissements</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>Subaccount</source>
        <translation>Sous-compte</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>Authentication types</source>
        <translation>Types d&apos;authentification</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <source>valid until %1 (SHA-256 %2)</source>
        <translation>valide jusqu&apos;au %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Task Center&apos;s own destinations</source>
        <translation>Destinations propres à Task Center</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Données clés</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>No task provider destinations were found.</source>
        <translation>Aucune destination de fournisseur de tâches n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>SAP Task Center</source>
        <translation>SAP Task Center</translation>
    </message>
    <message>
        <source>reads the tasks through each primary destination; users act on them through its secondary destination</source>
        <translation>lit les tâches via chaque destination principale&#xa0;; les utilisateurs les traitent via sa destination secondaire</translation>
    </message>
    <message>
        <source>Primary destination</source>
        <translation>Destination principale</translation>
    </message>
    <message>
        <source>Secondary destination</source>
        <translation>Destination secondaire</translation>
    </message>
    <message>
        <source>Backend system</source>
        <translation>Système back-end</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>The PDF could not be written: the file is not open for writing.</source>
        <translation>Le PDF n&apos;a pas pu être écrit&#xa0;: le fichier n&apos;est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>The PDF could not be written: this program was started without its fonts.</source>
        <translation>Le PDF n&apos;a pas pu être écrit&#xa0;: ce programme a été démarré sans ses polices.</translation>
    </message>
    <message>
        <source>Subaccount ID</source>
        <translation>ID du sous-compte</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>open the page</source>
        <translation>ouvrir la page</translation>
    </message>
</context>
<context>
    <name>ValueDerivation</name>
    <message>
        <source>&quot;take&quot; has a &quot;match&quot; that is not a valid regular expression with a &quot;value&quot;.</source>
        <translation>&quot;take&quot; a un &quot;match&quot; qui n&apos;est pas une expression régulière valide accompagnée de &quot;value&quot;.</translation>
    </message>
    <message>
        <source>&quot;take&quot; is &quot;%1&quot;; it takes &quot;origin&quot;, &quot;query:&lt;name&gt;&quot; or {&quot;match&quot;, &quot;value&quot;}.</source>
        <translation>&quot;take&quot; vaut «&#xa0;%1&#xa0;»&#xa0;; il accepte &quot;origin&quot;, &quot;query:&lt;name&gt;&quot; ou {&quot;match&quot;, &quot;value&quot;}.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>%1 (derived):</source>
        <translation>%1 (dérivé)&#xa0;:</translation>
    </message>
    <message>
        <source>(appears when the value above is complete)</source>
        <translation>(apparaît dès que la valeur ci-dessus est complète)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Continue a saved setup…</source>
        <translation>&amp;Reprendre un paramétrage enregistré…</translation>
    </message>
    <message>
        <source>Open a setup file saved with &quot;Save progress&quot;</source>
        <translation>Ouvrir un fichier de paramétrage enregistré avec «&#xa0;Enregistrer la progression&#xa0;»</translation>
    </message>
    <message>
        <source>Use the &amp;demo subaccount</source>
        <translation>Utiliser le sous-compte de &amp;démonstration</translation>
    </message>
    <message>
        <source>Try the whole setup against a subaccount simulated on this computer: nothing reaches SAP BTP</source>
        <translation>Essayer tout le paramétrage avec un sous-compte simulé sur cet ordinateur&#xa0;: rien n&apos;atteint SAP BTP</translation>
    </message>
    <message>
        <source>Connect a task provider to SAP Task Center</source>
        <translation>Connecter un fournisseur de tâches à SAP Task Center</translation>
    </message>
    <message>
        <source>This wizard walks you through SAP&apos;s documented steps and writes the destinations they need.</source>
        <translation>Cet assistant vous guide à travers les étapes documentées par SAP et écrit les destinations dont elles ont besoin.</translation>
    </message>
    <message>
        <source>&amp;Task provider:</source>
        <translation>&amp;Fournisseur de tâches&#xa0;:</translation>
    </message>
    <message>
        <source>Check an e&amp;xisting configuration…</source>
        <translation>&amp;Vérifier une configuration existante…</translation>
    </message>
    <message>
        <source>Check destinations that exist already, in a subaccount or in exported files, and see what is wrong and how to fix it</source>
        <translation>Vérifier des destinations qui existent déjà, dans un sous-compte ou dans des fichiers exportés, et voir ce qui ne va pas et comment le corriger</translation>
    </message>
    <message>
        <source>C&amp;ontinue where you left off (%1)</source>
        <translation>Contin&amp;uer là où vous vous étiez arrêté (%1)</translation>
    </message>
    <message>
        <source>The setup you were working on when the wizard was last closed</source>
        <translation>Le paramétrage sur lequel vous travailliez lors de la dernière fermeture de l&apos;assistant</translation>
    </message>
    <message>
        <source>&amp;Restart in this language</source>
        <translation>Redé&amp;marrer dans cette langue</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The wizard speaks %1 from its next start. Restart now to see it at once; the setup so far is kept.</source>
        <translation>L&apos;assistant parlera %1 à partir de son prochain démarrage. Redémarrez maintenant pour le voir tout de suite&#xa0;; le paramétrage en cours est conservé.</translation>
    </message>
    <message>
        <source>You will set up these destinations in the subaccount where SAP Task Center runs:</source>
        <translation>Vous allez paramétrer ces destinations dans le sous-compte dans lequel SAP Task Center s&apos;exécute&#xa0;:</translation>
    </message>
    <message>
        <source>Have at hand:</source>
        <translation>Ayez à portée de main&#xa0;:</translation>
    </message>
    <message>
        <source>SAP&apos;s guides for these steps:</source>
        <translation>Les guides SAP pour ces étapes&#xa0;:</translation>
    </message>
    <message>
        <source>access to the SAP BTP cockpit of the subaccount where SAP Task Center runs,</source>
        <translation>l&apos;accès au cockpit SAP BTP du sous-compte dans lequel SAP Task Center s&apos;exécute,</translation>
    </message>
    <message>
        <source>administrator access to %1.</source>
        <translation>un accès administrateur à %1.</translation>
    </message>
    <message>
        <source>No browser could be opened. SAP&apos;s guide is at %1</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Le guide SAP se trouve à l&apos;adresse %1</translation>
    </message>
</context>
<context>
    <name>WizardApplication</name>
    <message>
        <source>Task Center Connect wizard</source>
        <translation>Assistant Task Center Connect</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de or en.</source>
        <translation>Langue de la fenêtre, p. ex. fr ou en.</translation>
    </message>
    <message>
        <source>Continue the setup saved in FILE.</source>
        <translation>Reprendre le paramétrage enregistré dans FILE.</translation>
    </message>
    <message>
        <source>The wizard needs a screen, and this session has none (no DISPLAY or WAYLAND_DISPLAY). Start it on a desktop or with ssh -X, or use the commands that need no window: taskcenter-connect --help</source>
        <translation>L&apos;assistant a besoin d&apos;un écran, et cette session n&apos;en a pas (ni DISPLAY ni WAYLAND_DISPLAY). Démarrez-le sur un bureau ou avec ssh -X, ou utilisez les commandes qui ne nécessitent pas de fenêtre&#xa0;: taskcenter-connect --help</translation>
    </message>
    <message>
        <source>Run &apos;taskcenter-connect --help&apos; for the options.</source>
        <translation>Exécutez &apos;taskcenter-connect --help&apos; pour afficher les options.</translation>
    </message>
</context>
</TS>
