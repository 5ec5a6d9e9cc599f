<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddressShape</name>
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
        <source>Set %1 to %2.</source>
        <translation>Définissez %1 sur %2.</translation>
    </message>
</context>
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
    <message>
        <source>Key store %1</source>
        <translation>Keystore %1</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>already in the subaccount</source>
        <translation>déjà dans le sous-compte</translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <source>Retry a destination that names it to upload it again.</source>
        <translation>Pour le charger de nouveau, choisissez «&#xa0;Réessayer&#xa0;» pour une destination qui le désigne.</translation>
    </message>
    <message>
        <source>the key store %1 was not uploaded</source>
        <translation>le keystore %1 n&apos;a pas été chargé</translation>
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
    <message>
        <source>The Destination service does not find the key store %1 that &quot;%2&quot; names among this subaccount&apos;s destination certificates, so the destination cannot authenticate. Apply again with the key store file chosen, or upload it under Connectivity &gt; Destination Certificates.</source>
        <translation>Le service Destination ne trouve pas le keystore %1 que «&#xa0;%2&#xa0;» désigne parmi les certificats de destination de ce sous-compte&#xa0;: la destination ne peut donc pas s&apos;authentifier. Appliquez de nouveau en choisissant le fichier keystore, ou chargez-le sous Connectivity &gt; Destination Certificates.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is complete: the Destination service hands out its key store %2, which SAP Task Center authenticates with. Whether the provider accepts the certificate shows in SAP Task Center&apos;s monitoring.</source>
        <translation>«&#xa0;%1&#xa0;» est complète&#xa0;: le service Destination fournit son keystore %2, avec lequel SAP Task Center s&apos;authentifie. Le monitoring de SAP Task Center indique si le fournisseur accepte le certificat.</translation>
    </message>
</context>
<context>
    <name>AuthenticationPropertyMissing</name>
    <message>
        <source>%1 uses %2 but has no %3, so the Destination service cannot fetch a token with it.</source>
        <translation>%1 utilise %2 mais n&apos;a pas de propriété %3&#xa0;: le service Destination ne peut donc pas obtenir de jeton avec cette destination.</translation>
    </message>
    <message>
        <source>Add %1 as the provider&apos;s guide for SAP Task Center says.</source>
        <translation>Ajoutez %1 comme l&apos;indique le guide du fournisseur pour SAP Task Center.</translation>
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
    <name>CertificateMissing</name>
    <message>
        <source>%1 names the trust store %2 (%3), but the subaccount&apos;s destination certificates hold no file of that name, so the connection cannot be made.</source>
        <translation>%1 indique le truststore %2 (%3), mais les certificats de destination du sous-compte ne contiennent aucun fichier de ce nom&#xa0;: la connexion ne peut pas être établie.</translation>
    </message>
    <message>
        <source>%1 names the key store %2 (%3), but the subaccount&apos;s destination certificates hold no file of that name, so the destination cannot authenticate.</source>
        <translation>%1 indique le keystore %2 (%3), mais les certificats de destination du sous-compte ne contiennent aucun fichier de ce nom&#xa0;: la destination ne peut pas s’authentifier.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open Connectivity &gt; Destination Certificates and upload the file as %1, or change %2 to the name of a file that is there.</source>
        <translation>Dans le cockpit SAP BTP, ouvrez «&#xa0;Connectivity &gt; Destination Certificates&#xa0;» et chargez le fichier sous le nom %1, ou remplacez %2 par le nom d’un fichier qui s’y trouve.</translation>
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
    <message>
        <source> (also named by %1)</source>
        <translation> (également désigné par %1)</translation>
    </message>
    <message>
        <source>unchanged  key store %1</source>
        <translation>inchangé      keystore %1</translation>
    </message>
    <message>
        <source>would upload  key store %1 from %2</source>
        <translation>serait chargé  keystore %1 depuis %2</translation>
    </message>
    <message>
        <source>would replace  key store %1 from %2%3</source>
        <translation>serait remplacé  keystore %1 depuis %2%3</translation>
    </message>
    <message>
        <source>exists     key store %1: the subaccount has another file under this name%2; --overwrite replaces it</source>
        <translation>existe        keystore %1&#xa0;: le sous-compte contient un autre fichier sous ce nom%2&#xa0;; --overwrite le remplace</translation>
    </message>
    <message>
        <source>MISSING    key store %1: %2</source>
        <translation>MANQUANT      keystore %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>held back  %1: the key store it names, %2, exists with other content; --overwrite replaces it</source>
        <translation>retenue       %1&#xa0;: le keystore qu&apos;elle désigne, %2, existe avec un autre contenu&#xa0;; --overwrite le remplace</translation>
    </message>
    <message>
        <source>uploaded   key store %1</source>
        <translation>chargé        keystore %1</translation>
    </message>
    <message>
        <source>replaced   key store %1</source>
        <translation>remplacé      keystore %1</translation>
    </message>
    <message>
        <source>FAILED     key store %1: %2</source>
        <translation>ÉCHEC         keystore %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Creates or updates, in a subaccount, the destinations a setup file describes, over the SAP BTP Destination service REST API. Destinations that already hold the same values are left alone, so running it again changes nothing. A key store the destinations name, chosen as a file on this computer, goes first into the subaccount&apos;s destination certificates under its file name (replaced only with --overwrite).
Secrets come from --secrets or, without it, from the keychain.
Exit codes: 0 applied (or nothing to do); 1 a destination or key store failed or is missing, or exists with other values and --overwrite was not given (said which); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Crée ou met à jour, dans un sous-compte, les destinations décrites par un fichier de paramétrage, via l&apos;API REST du service Destination de SAP BTP. Les destinations qui contiennent déjà les mêmes valeurs ne sont pas modifiées&#xa0;: une nouvelle exécution ne change donc rien. Un keystore que désignent les destinations, choisi sous forme de fichier sur cet ordinateur, est d&apos;abord chargé dans les certificats de destination du sous-compte sous son nom de fichier (il n&apos;est remplacé qu&apos;avec --overwrite).
Les secrets proviennent de --secrets ou, sans cette option, du trousseau.
Codes de sortie&#xa0;: 0 appliqué (ou rien à faire)&#xa0;; 1 une destination ou un keystore a échoué ou est manquant, ou existe avec d&apos;autres valeurs sans que --overwrite ait été indiqué (c&apos;est précisé)&#xa0;; 2 entrée incorrecte&#xa0;; 3 le sous-compte n&apos;a pas pu être joint ou n&apos;a pas accepté la clé.</translation>
    </message>
    <message>
        <source>Replace destinations and key stores that exist with other values.</source>
        <translation>Remplacer les destinations et les keystores qui existent avec d&apos;autres valeurs.</translation>
    </message>
    <message>
        <source>Upload %1 to the subaccount&apos;s destination certificates (Connectivity &gt; Destination Certificates) as %2: %3 name it, and the files do not hold it.</source>
        <translation>Chargez %1 dans les certificats de destination du sous-compte (Connectivity &gt; Destination Certificates) sous le nom %2&#xa0;: %3 le désignent, et les fichiers ne le contiennent pas.</translation>
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
  trust status|prepare|rotate|remove-passive --subaccount DESTINATION-KEY.json
        [--out FILE] [--yes] [--keep]
      Effectuer la rotation du certificat de confiance du sous-compte sans interruption&#xa0;:
      préparer un certificat passif (--out l&apos;écrit pour les fournisseurs), le transmettre à
      chaque fournisseur listé, rotate --yes (rotation annulée si un fournisseur le refuse, sauf
      avec --keep), remove-passive. Sortie 0 fait, 1 attention (expire bientôt ou aucun&#xa0;;
      rotate sans --yes&#xa0;; un fournisseur refuse), 2 entrée incorrecte, 3 injoignable.
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
        <source>not readable: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>  valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>  valide jusqu&apos;au %1 (encore %n jour)</numerusform>
            <numerusform>  valide jusqu&apos;au %1 (encore %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>  SHA-256 %1</source>
        <translation>  SHA-256 %1</translation>
    </message>
    <message>
        <source>No destination in this subaccount signs with the trust certificate.</source>
        <translation>Aucune destination de ce sous-compte ne signe avec le certificat de confiance.</translation>
    </message>
    <message>
        <source>Providers that must hold the certificate (destinations signing with it):</source>
        <translation>Fournisseurs qui doivent détenir le certificat (destinations qui signent avec ce certificat)&#xa0;:</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under Connectivity &gt; Destination Trust (Generate Trust).</source>
        <translation>Le sous-compte n&apos;a pas encore de certificat de confiance. Créez-en un dans le cockpit SAP BTP sous «&#xa0;Connectivity &gt; Destination Trust&#xa0;» («&#xa0;Generate Trust&#xa0;»).</translation>
    </message>
    <message>
        <source>Rotate it: &apos;trust prepare&apos;, give the passive certificate to every provider above, then &apos;trust rotate --yes&apos;. Renewing the active one directly stops task updates until every provider has the new one, which is why SAP advises against it.</source>
        <translation>Effectuez une rotation&#xa0;: &apos;trust prepare&apos;, transmettez le certificat passif à chaque fournisseur ci-dessus, puis &apos;trust rotate --yes&apos;. Si vous renouvelez directement le certificat actif, les tâches ne sont plus mises à jour tant que chaque fournisseur n&apos;a pas le nouveau certificat&#xa0;; c&apos;est pourquoi SAP le déconseille.</translation>
    </message>
    <message>
        <source>The subaccount&apos;s destination trust certificates, rotated without downtime as SAP advises: &apos;prepare&apos; makes a passive certificate (--out FILE writes it for the providers), you give it to every provider listed, &apos;rotate --yes&apos; swaps the two and asks for a token with every destination that can get one alone; when one fails it rotates back (unless --keep). &apos;remove-passive&apos; deletes the passive certificate (after a rotation: the old one). &apos;status&apos; shows both and the providers that hold them.
Actions: status, prepare, rotate, remove-passive.
Exit codes: 0 done (status: valid for more than %1 days); 1 attention (expiring, expired or none; rotate without --yes; a provider refused the new certificate); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Les certificats de confiance des destinations du sous-compte, avec une rotation sans interruption comme le conseille SAP&#xa0;: &apos;prepare&apos; crée un certificat passif (--out FILE l&apos;écrit pour les fournisseurs), vous le transmettez à chaque fournisseur listé, &apos;rotate --yes&apos; permute les deux certificats et demande un jeton avec chaque destination qui peut en obtenir un sans utilisateur&#xa0;; si l&apos;une échoue, la rotation est annulée (sauf avec --keep). &apos;remove-passive&apos; supprime le certificat passif (après une rotation&#xa0;: l&apos;ancien). &apos;status&apos; affiche les deux certificats et les fournisseurs qui les détiennent.
Actions&#xa0;: status, prepare, rotate, remove-passive.
Codes de sortie&#xa0;: 0 fait (status&#xa0;: valide encore plus de %1 jours)&#xa0;; 1 attention (expire bientôt, expiré ou aucun&#xa0;; rotate sans --yes&#xa0;; un fournisseur a refusé le nouveau certificat)&#xa0;; 2 entrée incorrecte&#xa0;; 3 le sous-compte n&apos;a pas pu être joint ou n&apos;a pas accepté la clé.</translation>
    </message>
    <message>
        <source>prepare: write the passive certificate (PEM) to FILE.</source>
        <translation>prepare&#xa0;: écrire le certificat passif (PEM) dans FILE.</translation>
    </message>
    <message>
        <source>rotate: rotate now.</source>
        <translation>rotate&#xa0;: effectuer la rotation maintenant.</translation>
    </message>
    <message>
        <source>rotate: keep the new certificate even when a provider refuses it.</source>
        <translation>rotate&#xa0;: conserver le nouveau certificat même si un fournisseur le refuse.</translation>
    </message>
    <message>
        <source>Say what to do: trust status, prepare, rotate or remove-passive.
Run &apos;taskcenter-connect trust --help&apos; for the options.</source>
        <translation>Indiquez l&apos;action à effectuer&#xa0;: trust status, prepare, rotate ou remove-passive.
Exécutez &apos;taskcenter-connect trust --help&apos; pour afficher les options.</translation>
    </message>
    <message>
        <source>trust %1 takes no FILE of its own.
Run &apos;taskcenter-connect trust --help&apos; for the options.</source>
        <translation>trust %1 n&apos;attend pas de fichier (FILE) propre.
Exécutez &apos;taskcenter-connect trust --help&apos; pour afficher les options.</translation>
    </message>
    <message>
        <source>--out belongs to &apos;trust prepare&apos;.</source>
        <translation>--out est une option de &apos;trust prepare&apos;.</translation>
    </message>
    <message>
        <source>--yes and --keep belong to &apos;trust rotate&apos;.</source>
        <translation>--yes et --keep sont des options de &apos;trust rotate&apos;.</translation>
    </message>
    <message>
        <source>Active:  </source>
        <translation>Actif&#xa0;:  </translation>
    </message>
    <message>
        <source>Passive: </source>
        <translation>Passif&#xa0;: </translation>
    </message>
    <message>
        <source>Nothing was changed. Once every provider above holds the passive certificate, run &apos;trust rotate --yes&apos;.</source>
        <translation>Rien n&apos;a été modifié. Lorsque chaque fournisseur ci-dessus détient le certificat passif, exécutez &apos;trust rotate --yes&apos;.</translation>
    </message>
    <message>
        <source>Nothing was changed. There is no passive certificate yet: run &apos;trust prepare&apos; first.</source>
        <translation>Rien n&apos;a été modifié. Il n&apos;y a pas encore de certificat passif&#xa0;: exécutez d&apos;abord &apos;trust prepare&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Rotated back: %n destination(s) got no token with the new certificate, so the old one is active again and no task update was lost. Give the passive certificate to those providers, then rotate again.</source>
        <translation>
            <numerusform>Rotation annulée&#xa0;: %n destination n&apos;a pas obtenu de jeton avec le nouveau certificat&#xa0;; l&apos;ancien est donc de nouveau actif et aucune mise à jour de tâche n&apos;a été perdue. Transmettez le certificat passif aux fournisseurs concernés, puis effectuez de nouveau la rotation.</numerusform>
            <numerusform>Rotation annulée&#xa0;: %n destinations n&apos;ont pas obtenu de jeton avec le nouveau certificat&#xa0;; l&apos;ancien est donc de nouveau actif et aucune mise à jour de tâche n&apos;a été perdue. Transmettez le certificat passif aux fournisseurs concernés, puis effectuez de nouveau la rotation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotated. %n destination(s) got a token with the new certificate.</source>
        <translation>
            <numerusform>Rotation effectuée. %n destination a obtenu un jeton avec le nouveau certificat.</numerusform>
            <numerusform>Rotation effectuée. %n destinations ont obtenu un jeton avec le nouveau certificat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passive certificate is in %1.</source>
        <translation>Le certificat passif se trouve dans %1.</translation>
    </message>
    <message>
        <source>Give the passive certificate to every provider above (where its guide says to upload the trust certificate), then run &apos;trust rotate --yes&apos;.</source>
        <translation>Transmettez le certificat passif à chaque fournisseur ci-dessus (à l&apos;endroit où son guide indique de charger le certificat de confiance), puis exécutez &apos;trust rotate --yes&apos;.</translation>
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
    <message>
        <source>Reading the destination certificates of &quot;%1&quot;…</source>
        <translation>Lecture des certificats de destination de «&#xa0;%1&#xa0;»…</translation>
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
        <source>Leave the setup?</source>
        <translation>Quitter le paramétrage&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
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
    <name>DataCenterDiffers</name>
    <message>
        <source>%1 reaches a provider in data center %2, but this subaccount (SAP Task Center) is in %3. Task Center and the provider must be in the same data center.</source>
        <translation>%1 atteint un fournisseur dans le centre de données %2, mais ce sous-compte (SAP Task Center) se trouve dans %3. Task Center et le fournisseur doivent se trouver dans le même centre de données.</translation>
    </message>
    <message>
        <source>Connect a provider subaccount in %1, or use SAP Task Center in %2.</source>
        <translation>Connectez un sous-compte du fournisseur situé dans %1, ou utilisez SAP Task Center dans %2.</translation>
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
    <message>
        <source>Uploading the key store…</source>
        <translation>Chargement du keystore…</translation>
    </message>
    <message>
        <source>Replacing the key store…</source>
        <translation>Remplacement du keystore…</translation>
    </message>
    <message>
        <source>Not done: the key store %1 it names is not in the subaccount. %2</source>
        <translation>Non effectué&#xa0;: le keystore %1 qu&apos;elle désigne ne se trouve pas dans le sous-compte. %2</translation>
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
    <message>
        <source>%1 is not among this subaccount&apos;s destination certificates. Choose the key store file on this computer, and it is uploaded with the destinations.</source>
        <translation>%1 ne figure pas parmi les certificats de destination de ce sous-compte. Choisissez le fichier keystore sur cet ordinateur&#xa0;: il sera chargé avec les destinations.</translation>
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
    <message>
        <source>Reading the destination certificates</source>
        <translation>Lecture des certificats de destination</translation>
    </message>
    <message>
        <source>Uploading certificate %1</source>
        <translation>Chargement du certificat %1</translation>
    </message>
    <message>
        <source>Replacing certificate %1</source>
        <translation>Remplacement du certificat %1</translation>
    </message>
    <message>
        <source>The certificate %1 is not among the subaccount&apos;s destination certificates (any more).</source>
        <translation>Le certificat %1 ne figure pas (ou plus) parmi les certificats de destination du sous-compte.</translation>
    </message>
    <message>
        <source>A certificate named %1 is already among the subaccount&apos;s destination certificates. Replace it, or give the file another name.</source>
        <translation>Un certificat nommé %1 figure déjà parmi les certificats de destination du sous-compte. Remplacez-le ou donnez un autre nom au fichier.</translation>
    </message>
    <message>
        <source>Reading the passive trust certificate</source>
        <translation>Lecture du certificat de confiance passif</translation>
    </message>
    <message>
        <source>Making the passive trust certificate</source>
        <translation>Création du certificat de confiance passif</translation>
    </message>
    <message>
        <source>Rotating the trust certificates</source>
        <translation>Rotation des certificats de confiance</translation>
    </message>
    <message>
        <source>Deleting the passive trust certificate</source>
        <translation>Suppression du certificat de confiance passif</translation>
    </message>
    <message>
        <source>The subaccount has no passive trust certificate.</source>
        <translation>Le sous-compte n&apos;a pas de certificat de confiance passif.</translation>
    </message>
    <message>
        <source>The subaccount has no passive trust certificate to rotate to. Prepare one first (trust prepare), give it to every provider, then rotate.</source>
        <translation>Le sous-compte n&apos;a pas de certificat de confiance passif vers lequel effectuer la rotation. Préparez-en d&apos;abord un (trust prepare), transmettez-le à chaque fournisseur, puis effectuez la rotation.</translation>
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
    <message>
        <source>&lt;li&gt;Upload the key store %1 under &lt;b&gt;Connectivity &amp;gt; Destination Certificates&lt;/b&gt; (&lt;b&gt;Create &amp;gt; Import&lt;/b&gt;), keeping its file name: the destinations name it, and the files do not hold it.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Chargez le keystore %1 sous &lt;b&gt;Connectivity &amp;gt; Destination Certificates&lt;/b&gt; (&lt;b&gt;Create &amp;gt; Import&lt;/b&gt;) en gardant son nom de fichier&#xa0;: les destinations le désignent, et les fichiers ne le contiennent pas.&lt;/li&gt;</translation>
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
    <name>HttpWithCredentials</name>
    <message>
        <source>%1 sends credentials (%2) to an http:// address, unencrypted.</source>
        <translation>%1 envoie des identifiants (%2) à une adresse http://, sans chiffrement.</translation>
    </message>
    <message>
        <source>Use the https:// address of the system.</source>
        <translation>Utilisez l&apos;adresse https:// du système.</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryAddress</name>
    <message>
        <source>The URL of %1 is &quot;%2&quot;; SAP documents the tenant&apos;s SCIM address, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>L&apos;URL de %1 est «&#xa0;%2&#xa0;»&#xa0;; SAP documente l&apos;adresse SCIM du tenant, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</translation>
    </message>
    <message>
        <source>Set the URL to https://&lt;your tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>Définissez l&apos;URL sur https://&lt;votre tenant&gt;.accounts.ondemand.com/scim.</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryAuthentication</name>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP Task Center reads the identity directory with BasicAuthentication or ClientCertificateAuthentication only.</source>
        <translation>%1 utilise l&apos;authentification «&#xa0;%2&#xa0;»&#xa0;; SAP Task Center lit l&apos;annuaire des identités uniquement avec BasicAuthentication ou ClientCertificateAuthentication.</translation>
    </message>
    <message>
        <source>Set Authentication to BasicAuthentication (a technical user of the tenant) or ClientCertificateAuthentication.</source>
        <translation>Définissez Authentication sur BasicAuthentication (un utilisateur technique du tenant) ou ClientCertificateAuthentication.</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryMissing</name>
    <message>
        <source>The subaccount has no destination %1, which SAP Task Center needs to find users and groups in SAP Cloud Identity Services: no tasks arrive without it.</source>
        <translation>Le sous-compte n&apos;a pas de destination %1, dont SAP Task Center a besoin pour trouver les utilisateurs et les groupes dans SAP Cloud Identity Services&#xa0;: sans elle, aucune tâche n&apos;arrive.</translation>
    </message>
    <message>
        <source>Create %1 with the URL https://&lt;your tenant&gt;.accounts.ondemand.com/scim and BasicAuthentication or ClientCertificateAuthentication.</source>
        <translation>Créez %1 avec l&apos;URL https://&lt;votre tenant&gt;.accounts.ondemand.com/scim et BasicAuthentication ou ClientCertificateAuthentication.</translation>
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
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose the key store file for %1</source>
        <translation>Choisir le fichier keystore pour %1</translation>
    </message>
    <message>
        <source>Choose the key store</source>
        <translation>Choisir le keystore</translation>
    </message>
    <message>
        <source>Key stores (*.p12 *.pfx *.jks);;All files (*)</source>
        <translation>Keystores (*.p12 *.pfx *.jks);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is to be in the subaccount&apos;s destination certificates already: the destinations name it, and nothing is uploaded. To upload it, choose the file on this computer.</source>
        <translation>%1 doit déjà se trouver dans les certificats de destination du sous-compte&#xa0;: les destinations le désignent, et rien n&apos;est chargé. Pour le charger, choisissez le fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Uploaded to the subaccount&apos;s destination certificates as %1 when the wizard writes the destinations. Its certificate: %2, valid until %3.</source>
        <translation>Sera chargé dans les certificats de destination du sous-compte sous le nom %1 lorsque l&apos;assistant écrira les destinations. Son certificat&#xa0;: %2, valide jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>Uploaded to the subaccount&apos;s destination certificates as %1 when the wizard writes the destinations (a Java key store: the wizard cannot check its password).</source>
        <translation>Sera chargé dans les certificats de destination du sous-compte sous le nom %1 lorsque l&apos;assistant écrira les destinations (un keystore Java&#xa0;: l&apos;assistant ne peut pas vérifier son mot de passe).</translation>
    </message>
</context>
<context>
    <name>KeyStoreFile</name>
    <message>
        <source>The key store file is empty. Export the key store again.</source>
        <translation>Le fichier keystore est vide. Exportez à nouveau le keystore.</translation>
    </message>
    <message>
        <source>This file is not a key store (.p12, .pfx or .jks). Choose the key store with the client certificate and its private key, as it was exported for this connection.</source>
        <translation>Ce fichier n’est pas un keystore (.p12, .pfx ou .jks). Choisissez le keystore contenant le certificat client et sa clé privée, tel qu’il a été exporté pour cette connexion.</translation>
    </message>
    <message>
        <source>The password does not open this key store. Enter the password it was exported with; it is case-sensitive.</source>
        <translation>Le mot de passe n’ouvre pas ce keystore. Saisissez le mot de passe utilisé lors de l’export&#xa0;; il tient compte des majuscules et minuscules.</translation>
    </message>
    <message>
        <source>This key store holds no client certificate with its private key, which the destination needs to authenticate. Export the certificate together with its private key.</source>
        <translation>Ce keystore ne contient aucun certificat client avec sa clé privée, dont la destination a besoin pour s’authentifier. Exportez le certificat avec sa clé privée.</translation>
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
    <name>NameLeavesNoRoom</name>
    <message>
        <source>%1 has %2 characters: its secondary %1_PP would exceed SAP Task Center&apos;s limit of %3.</source>
        <translation>%1 compte %2 caractères&#xa0;: sa destination secondaire %1_PP dépasserait la limite de SAP Task Center (%3).</translation>
    </message>
    <message>
        <source>Use at most %1 characters for a primary destination.</source>
        <translation>Utilisez au plus %1 caractères pour une destination principale.</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>Create the destination again under a shorter name made of letters, digits, _ and -; rename its secondary with it.</source>
        <translation>Recréez la destination sous un nom plus court composé de lettres, de chiffres, de _ et de -&#xa0;; renommez sa destination secondaire en conséquence.</translation>
    </message>
</context>
<context>
    <name>NameTwice</name>
    <message>
        <source>%1 is given twice (%2 and %3); the later one is checked.</source>
        <translation>%1 est indiquée deux fois (%2 et %3)&#xa0;; c&apos;est la dernière qui est vérifiée.</translation>
    </message>
    <message>
        <source>Check only one export of each destination. Exports of different subaccounts: give each subaccount&apos;s folder or zip archive on its own.</source>
        <translation>Ne vérifiez qu&apos;un seul export de chaque destination. Exports de sous-comptes différents&#xa0;: indiquez séparément le dossier ou l&apos;archive zip de chaque sous-compte.</translation>
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
    <name>PairSystemsDiffer</name>
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
</context>
<context>
    <name>PrimaryDuplicate</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 are enabled primary destinations to the same system: every user gets each of its tasks twice.</source>
        <translation>%1 et %2 sont des destinations principales activées vers le même système&#xa0;: chaque utilisateur reçoit chacune de ses tâches en double.</translation>
    </message>
    <message>
        <source>Keep one. Delete the others, or set their tc.enabled to false.</source>
        <translation>Conservez-en une. Supprimez les autres ou définissez leur tc.enabled sur false.</translation>
    </message>
</context>
<context>
    <name>PropertyCheck</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Correct %1 (%2).</source>
        <translation>Corrigez %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PropertyMissing</name>
    <message>
        <source>%1 lacks the property %2 that SAP&apos;s guide for %3 requires.</source>
        <translation>Il manque à %1 la propriété %2 qu&apos;exige le guide SAP pour %3.</translation>
    </message>
    <message>
        <source>Add %1 as the guide for %2 says, or set the destination up again with the wizard.</source>
        <translation>Ajoutez %1 comme l&apos;indique le guide pour %2, ou reparamétrez la destination avec l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>PropertyShape</name>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; SAP&apos;s guide for %4 gives it the form &quot;%5&quot;.</source>
        <translation>%1 de %2 vaut «&#xa0;%3&#xa0;»&#xa0;; le guide SAP pour %4 lui donne la forme «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>Set %1 in the form %2.</source>
        <translation>Définissez %1 sous la forme %2.</translation>
    </message>
</context>
<context>
    <name>PropertyValue</name>
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
    <message>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <source>Procurement and spend</source>
        <translation>Achats et dépenses</translation>
    </message>
    <message>
        <source>ERP and finance</source>
        <translation>ERP et finance</translation>
    </message>
    <message>
        <source>Sales, service and marketing</source>
        <translation>Ventes, service et marketing</translation>
    </message>
    <message>
        <source>Process automation and workplace</source>
        <translation>Automatisation des processus et espace de travail</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>The provider definition is invalid: its &quot;family&quot; is &quot;%1&quot;; it is one of %2.</source>
        <translation>La définition du fournisseur n&apos;est pas valide&#xa0;: sa valeur &quot;family&quot; est «&#xa0;%1&#xa0;»&#xa0;; les valeurs possibles sont %2.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; names an unknown path &quot;%2&quot;.</source>
        <translation>la destination «&#xa0;%1&#xa0;» désigne un chemin inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the key store input &quot;%1&quot; names &quot;%2&quot; as its password, which is not a secret input (or the key store itself is marked secret).</source>
        <translation>l&apos;entrée de keystore «&#xa0;%1&#xa0;» indique «&#xa0;%2&#xa0;» comme mot de passe, or ce n&apos;est pas une entrée secrète (ou le keystore lui-même est marqué comme secret).</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Search, e.g. Ariba or procurement</source>
        <translation>Rechercher, p. ex. Ariba ou achats</translation>
    </message>
    <message>
        <source>Search task providers</source>
        <translation>Rechercher des fournisseurs de tâches</translation>
    </message>
    <message>
        <source>Task providers</source>
        <translation>Fournisseurs de tâches</translation>
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
        <translation>L&apos;adresse doit commencer par https://&#xa0;; les identifiants ne circulent jamais sans chiffrement.</translation>
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
        <translation>Cela ressemble à une adresse e-mail. Saisissez le nom d&apos;utilisateur de l&apos;utilisateur de communication, tel que l&apos;affiche «&#xa0;Maintain Communication Users&#xa0;».</translation>
    </message>
    <message>
        <source>This is not the address the arrangement SAP_COM_0501 shows (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation>Ce n&apos;est pas l&apos;adresse qu&apos;affiche l&apos;accord de communication SAP_COM_0501 (elle contient api_task_spi_replication). Seule la partie serveur de cette adresse est utilisée.</translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. The API server is probably %1: check it under &quot;About HXM Suite OData APIs&quot; in SuccessFactors, then use it.</source>
        <translation>Il s&apos;agit de l&apos;adresse des pages Web de SuccessFactors (où les utilisateurs se connectent), et non de son serveur d&apos;API. Le serveur d&apos;API est probablement %1&#xa0;: vérifiez-le sous «&#xa0;About HXM Suite OData APIs&#xa0;» dans SuccessFactors, puis utilisez-le.</translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. Find the API server under &quot;About HXM Suite OData APIs&quot; in SuccessFactors; it usually starts with &quot;api&quot;.</source>
        <translation>Il s&apos;agit de l&apos;adresse des pages Web de SuccessFactors (où les utilisateurs se connectent), et non de son serveur d&apos;API. Vous trouverez le serveur d&apos;API sous «&#xa0;About HXM Suite OData APIs&#xa0;» dans SuccessFactors&#xa0;; son adresse commence généralement par «&#xa0;api&#xa0;».</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the rest is ignored.</source>
        <translation>Seule la partie serveur de cette adresse est utilisée (%1)&#xa0;; le reste est ignoré.</translation>
    </message>
    <message>
        <source>A company ID has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, without spaces. Copy it from SuccessFactors: your name &gt; Show version information.</source>
        <translation>Un ID de société ne contient que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, sans espace. Copiez-le depuis SuccessFactors&#xa0;: votre nom &gt; «&#xa0;Show version information&#xa0;».</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. SuccessFactors expects the user ID here; with an e-mail address the login fails (&quot;invalid user&quot;).</source>
        <translation>Cela ressemble à une adresse e-mail. SuccessFactors attend ici l&apos;ID utilisateur&#xa0;; avec une adresse e-mail, la connexion échoue («&#xa0;invalid user&#xa0;»).</translation>
    </message>
    <message>
        <source>Closing tasks from SAP Advanced Financial Closing, in the same subaccount as SAP Task Center or in another one: one destination with the OAuth client from the service key of your SAP Advanced Financial Closing instance.</source>
        <translation>Tâches de clôture de SAP Advanced Financial Closing, dans le même sous-compte que SAP Task Center ou dans un autre&#xa0;: une destination avec le client OAuth issu de la clé de service de votre instance SAP Advanced Financial Closing.</translation>
    </message>
    <message>
        <source>Task Center endpoint (endpoints &gt; task-center)</source>
        <translation>Point de terminaison Task Center (endpoints &gt; task-center)</translation>
    </message>
    <message>
        <source>In the service key of your SAP Advanced Financial Closing instance, the value of task-center under endpoints. Paste it as it is: the wizard removes /task-provider/v2 from it, as SAP&apos;s guide asks for the destination&apos;s URL.</source>
        <translation>Dans la clé de service de votre instance SAP Advanced Financial Closing, la valeur de task-center sous endpoints. Collez-la telle quelle&#xa0;: l&apos;assistant en retire /task-provider/v2, comme le demande le guide SAP pour l&apos;URL de la destination.</translation>
    </message>
    <message>
        <source>This is an authentication address (uaa &gt; url), not the Task Center endpoint. Copy the value of endpoints &gt; task-center from the service key.</source>
        <translation>Il s&apos;agit d&apos;une adresse d&apos;authentification (uaa &gt; url), et non du point de terminaison Task Center. Copiez la valeur de endpoints &gt; task-center depuis la clé de service.</translation>
    </message>
    <message>
        <source>The value of endpoints &gt; task-center ends with /task-provider/v2. Check that you copied that value, not another endpoint of the service key. If you removed /task-provider/v2 yourself, you can go on.</source>
        <translation>La valeur de endpoints &gt; task-center se termine par /task-provider/v2. Vérifiez que vous avez copié cette valeur, et non un autre point de terminaison de la clé de service. Si vous avez retiré /task-provider/v2 vous-même, vous pouvez continuer.</translation>
    </message>
    <message>
        <source>Client ID (uaa &gt; clientid)</source>
        <translation>ID client (uaa &gt; clientid)</translation>
    </message>
    <message>
        <source>In the same service key, the value of clientid under uaa. It becomes the destination&apos;s Client Key and Token Service User.</source>
        <translation>Dans la même clé de service, la valeur de clientid sous uaa. Elle devient le Client Key et le Token Service User de la destination.</translation>
    </message>
    <message>
        <source>Client secret (uaa &gt; clientsecret)</source>
        <translation>Secret client (uaa &gt; clientsecret)</translation>
    </message>
    <message>
        <source>In the same service key, the value of clientsecret under uaa. It becomes the Token Service Password and is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Dans la même clé de service, la valeur de clientsecret sous uaa. Elle devient le Token Service Password et est conservée dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Authentication address (uaa &gt; url)</source>
        <translation>Adresse d&apos;authentification (uaa &gt; url)</translation>
    </message>
    <message>
        <source>In the same service key, the value of url under uaa. The wizard fills the Audience and the Token Service URL below from it, as SAP&apos;s guide says: the Audience is this address, the Token Service URL this address followed by /oauth/token.</source>
        <translation>Dans la même clé de service, la valeur de url sous uaa. L&apos;assistant en déduit l&apos;Audience et la Token Service URL ci-dessous, comme l&apos;indique le guide SAP&#xa0;: l&apos;Audience est cette adresse, la Token Service URL cette adresse suivie de /oauth/token.</translation>
    </message>
    <message>
        <source>The value of uaa &gt; url has nothing after the host. Only %1 is used.</source>
        <translation>La valeur de uaa &gt; url ne comporte rien après l&apos;hôte. Seul %1 est utilisé.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing in this subaccount: the value of uaa &gt; url of its service key. In a different subaccount: the entityID of that subaccount&apos;s SAML metadata. Copy it exactly as it is shown.</source>
        <translation>SAP Advanced Financial Closing dans ce sous-compte&#xa0;: la valeur de uaa &gt; url de sa clé de service. Dans un autre sous-compte&#xa0;: l&apos;entityID des métadonnées SAML de ce sous-compte. Copiez-la exactement telle qu&apos;elle est affichée.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing in this subaccount: uaa &gt; url of its service key followed by /oauth/token. In a different subaccount: the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI, in that subaccount&apos;s SAML metadata.</source>
        <translation>SAP Advanced Financial Closing dans ce sous-compte&#xa0;: uaa &gt; url de sa clé de service suivi de /oauth/token. Dans un autre sous-compte&#xa0;: la Location de l&apos;AssertionConsumerService dont le Binding est urn:oasis:names:tc:SAML:2.0:bindings:URI, dans les métadonnées SAML de ce sous-compte.</translation>
    </message>
    <message>
        <source>The Token Service URL SAP&apos;s guide describes contains /oauth/token: uaa &gt; url followed by /oauth/token, or the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI. Check that you copied the right value.</source>
        <translation>La Token Service URL que décrit le guide SAP contient /oauth/token&#xa0;: uaa &gt; url suivi de /oauth/token, ou la Location de l&apos;AssertionConsumerService dont le Binding est urn:oasis:names:tc:SAML:2.0:bindings:URI. Vérifiez que vous avez copié la bonne valeur.</translation>
    </message>
    <message>
        <source>Choose this when the SAP Advanced Financial Closing instance is in the same subaccount as SAP Task Center. SAP Task Center gets its tokens from the authentication address in the instance&apos;s service key.</source>
        <translation>Choisissez cette option si l&apos;instance SAP Advanced Financial Closing se trouve dans le même sous-compte que SAP Task Center. SAP Task Center obtient ses jetons auprès de l&apos;adresse d&apos;authentification figurant dans la clé de service de l&apos;instance.</translation>
    </message>
    <message>
        <source>Choose this when the SAP Advanced Financial Closing instance is in another subaccount that logs users on through the same Identity Authentication tenant as this one. SAP Task Center gets its tokens from that subaccount, with the values of its SAML metadata.</source>
        <translation>Choisissez cette option si l&apos;instance SAP Advanced Financial Closing se trouve dans un autre sous-compte qui authentifie les utilisateurs via le même tenant Identity Authentication que celui-ci. SAP Task Center obtient ses jetons auprès de ce sous-compte, avec les valeurs de ses métadonnées SAML.</translation>
    </message>
    <message>
        <source>Prepare SAP Advanced Financial Closing</source>
        <translation>Préparer SAP Advanced Financial Closing</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next pages ask for what they give you.</source>
        <translation>Cochez chaque étape une fois qu&apos;elle est effectuée&#xa0;; les pages suivantes demandent ce qu&apos;elles vous fournissent.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing and SAP Task Center are in this subaccount.</source>
        <translation>SAP Advanced Financial Closing et SAP Task Center se trouvent dans ce sous-compte.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Advanced Financial Closing with the OAuth client of the instance&apos;s service key, for each user who is logged on. Both need the setup SAP Advanced Financial Closing&apos;s guide describes for SAP Task Center.</source>
        <translation>SAP Task Center lit les tâches de SAP Advanced Financial Closing avec le client OAuth de la clé de service de l&apos;instance, pour chaque utilisateur connecté. Tous deux nécessitent le paramétrage que décrit le guide de SAP Advanced Financial Closing pour SAP Task Center.</translation>
    </message>
    <message>
        <source>In SAP Advanced Financial Closing, you have completed the setup &lt;b&gt;How to Set Up the SAP Task Center Integration Using the Same Subaccount&lt;/b&gt;.</source>
        <translation>Dans SAP Advanced Financial Closing, vous avez effectué le paramétrage &lt;b&gt;How to Set Up the SAP Task Center Integration Using the Same Subaccount&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing: SAP Task Center Integration for SAP Advanced Financial Closing.</source>
        <translation>SAP Advanced Financial Closing&#xa0;: «&#xa0;SAP Task Center Integration for SAP Advanced Financial Closing&#xa0;».</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Advanced Financial Closing instance open; the next pages ask for values from it.</source>
        <translation>Vous avez ouvert la &lt;b&gt;clé de service&lt;/b&gt; de l&apos;instance SAP Advanced Financial Closing&#xa0;; les pages suivantes vous demandent des valeurs qui s&apos;y trouvent.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of this subaccount: Services &gt; Instances and Subscriptions, the SAP Advanced Financial Closing instance, its service key.</source>
        <translation>Cockpit SAP BTP de ce sous-compte&#xa0;: «&#xa0;Services &gt; Instances and Subscriptions&#xa0;», l&apos;instance SAP Advanced Financial Closing, sa clé de service.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s initial setup is done, and users log on through SAP Cloud Identity Services as the &lt;b&gt;SAP BTP Integration Scenario&lt;/b&gt; describes.</source>
        <translation>Le paramétrage initial de SAP Task Center est effectué, et les utilisateurs se connectent via SAP Cloud Identity Services comme le décrit le &lt;b&gt;SAP BTP Integration Scenario&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: SAP BTP Integration Scenario.</source>
        <translation>SAP Cloud Identity Services&#xa0;: «&#xa0;SAP BTP Integration Scenario&#xa0;».</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing runs in another subaccount than SAP Task Center.</source>
        <translation>SAP Advanced Financial Closing s&apos;exécute dans un autre sous-compte que SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks with the OAuth client of the instance&apos;s service key and gets its tokens from the other subaccount, which must trust this one. SAP&apos;s Task Center guide says this trust is needed but describes only the values for the destination; the trust itself is part of SAP Advanced Financial Closing&apos;s setup for different subaccounts (UNCONFIRMED: SAP&apos;s Task Center page does not say which step of that setup establishes it).</source>
        <translation>SAP Task Center lit les tâches avec le client OAuth de la clé de service de l&apos;instance et obtient ses jetons auprès de l&apos;autre sous-compte, qui doit faire confiance à celui-ci. Le guide Task Center de SAP indique que cette relation de confiance est nécessaire, mais ne décrit que les valeurs de la destination&#xa0;; la relation de confiance elle-même fait partie du paramétrage de SAP Advanced Financial Closing pour des sous-comptes différents (UNCONFIRMED&#xa0;: la page Task Center de SAP n&apos;indique pas quelle étape de ce paramétrage l&apos;établit).</translation>
    </message>
    <message>
        <source>In SAP Advanced Financial Closing, you have completed the setup &lt;b&gt;How to Set Up the SAP Task Center Integration Using Different Subaccounts&lt;/b&gt;.</source>
        <translation>Dans SAP Advanced Financial Closing, vous avez effectué le paramétrage &lt;b&gt;How to Set Up the SAP Task Center Integration Using Different Subaccounts&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The subaccount of SAP Advanced Financial Closing logs users on through the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; as this subaccount.</source>
        <translation>Le sous-compte de SAP Advanced Financial Closing authentifie les utilisateurs via le &lt;b&gt;même tenant Identity Authentication&lt;/b&gt; que ce sous-compte.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of each subaccount: Security &gt; Trust Configuration.</source>
        <translation>Cockpit SAP BTP de chaque sous-compte&#xa0;: «&#xa0;Security &gt; Trust Configuration&#xa0;».</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Advanced Financial Closing instance open; the next page asks for values from it.</source>
        <translation>Vous avez ouvert la &lt;b&gt;clé de service&lt;/b&gt; de l&apos;instance SAP Advanced Financial Closing&#xa0;; la page suivante vous demande des valeurs qui s&apos;y trouvent.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Advanced Financial Closing: Services &gt; Instances and Subscriptions, the instance, its service key.</source>
        <translation>Cockpit SAP BTP du sous-compte de SAP Advanced Financial Closing&#xa0;: «&#xa0;Services &gt; Instances and Subscriptions&#xa0;», l&apos;instance, sa clé de service.</translation>
    </message>
    <message>
        <source>The service key of SAP Advanced Financial Closing</source>
        <translation>La clé de service de SAP Advanced Financial Closing</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Advanced Financial Closing, and with which OAuth client.</source>
        <translation>Où SAP Task Center atteint SAP Advanced Financial Closing, et avec quel client OAuth.</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key).</source>
        <translation>Copiez ces valeurs depuis la clé de service de votre instance &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt; (et non depuis la clé de service propre à SAP Task Center).</translation>
    </message>
    <message>
        <source>The service key of the SAP Advanced Financial Closing instance holds the address SAP Task Center reads tasks from (endpoints &gt; task-center) and the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret).</source>
        <translation>La clé de service de l&apos;instance SAP Advanced Financial Closing contient l&apos;adresse à partir de laquelle SAP Task Center lit les tâches (endpoints &gt; task-center) et le client OAuth qu&apos;il utilise (uaa &gt; clientid et uaa &gt; clientsecret).</translation>
    </message>
    <message>
        <source>Where SAP Task Center gets its tokens</source>
        <translation>Où SAP Task Center obtient ses jetons</translation>
    </message>
    <message>
        <source>The authentication address from the same service key.</source>
        <translation>L&apos;adresse d&apos;authentification issue de la même clé de service.</translation>
    </message>
    <message>
        <source>Copy &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; from the service key of SAP Advanced Financial Closing. The Audience and the Token Service URL are filled from it; change them only if SAP&apos;s guide tells you to.</source>
        <translation>Copiez &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; depuis la clé de service de SAP Advanced Financial Closing. L&apos;Audience et la Token Service URL en sont déduites&#xa0;; ne les modifiez que si le guide SAP vous le demande.</translation>
    </message>
    <message>
        <source>In the same subaccount, SAP Task Center gets each user&apos;s token from the authentication address of SAP Advanced Financial Closing&apos;s service key: the Audience is uaa &gt; url, the Token Service URL uaa &gt; url followed by /oauth/token.</source>
        <translation>Dans le même sous-compte, SAP Task Center obtient le jeton de chaque utilisateur auprès de l&apos;adresse d&apos;authentification de la clé de service de SAP Advanced Financial Closing&#xa0;: l&apos;Audience est uaa &gt; url, la Token Service URL uaa &gt; url suivi de /oauth/token.</translation>
    </message>
    <message>
        <source>SAML metadata of the other subaccount</source>
        <translation>Métadonnées SAML de l&apos;autre sous-compte</translation>
    </message>
    <message>
        <source>The Audience and Token Service URL, from the subaccount where SAP Advanced Financial Closing runs.</source>
        <translation>L&apos;Audience et la Token Service URL, issues du sous-compte dans lequel s&apos;exécute SAP Advanced Financial Closing.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount of &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt;, go to &lt;b&gt;Security &amp;gt; Trust Configuration&lt;/b&gt; and choose &lt;b&gt;SAML Metadata&lt;/b&gt; to download its XML file. Open the file and copy the &lt;b&gt;entityID&lt;/b&gt;, then the &lt;b&gt;Location&lt;/b&gt; of the &lt;b&gt;AssertionConsumerService&lt;/b&gt; element whose Binding is &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt;.</source>
        <translation>Dans le cockpit SAP BTP, ouvrez le sous-compte de &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt;, accédez à &lt;b&gt;Security &amp;gt; Trust Configuration&lt;/b&gt; et choisissez &lt;b&gt;SAML Metadata&lt;/b&gt; pour télécharger son fichier XML. Ouvrez le fichier et copiez l&apos;&lt;b&gt;entityID&lt;/b&gt;, puis la &lt;b&gt;Location&lt;/b&gt; de l&apos;élément &lt;b&gt;AssertionConsumerService&lt;/b&gt; dont le Binding est &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>From a different subaccount, SAP Task Center gets each user&apos;s token from the subaccount of SAP Advanced Financial Closing: the Audience is that subaccount&apos;s entityID and the Token Service URL the Location of its AssertionConsumerService with the URI binding, both in its SAML metadata.</source>
        <translation>Depuis un autre sous-compte, SAP Task Center obtient le jeton de chaque utilisateur auprès du sous-compte de SAP Advanced Financial Closing&#xa0;: l&apos;Audience est l&apos;entityID de ce sous-compte et la Token Service URL la Location de son AssertionConsumerService avec le binding URI, toutes deux issues de ses métadonnées SAML.</translation>
    </message>
    <message>
        <source>Destination to SAP Advanced Financial Closing</source>
        <translation>Destination vers SAP Advanced Financial Closing</translation>
    </message>
    <message>
        <source>The destination SAP Task Center reads the tasks with.</source>
        <translation>La destination avec laquelle SAP Task Center lit les tâches.</translation>
    </message>
    <message>
        <source>Check the destination the wizard made from your values, then create it in this subaccount.</source>
        <translation>Vérifiez la destination que l&apos;assistant a construite à partir de vos valeurs, puis créez-la dans ce sous-compte.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for the same subaccount lists each property of this destination; the wizard writes them as the table says.</source>
        <translation>Le guide SAP pour le même sous-compte répertorie chaque propriété de cette destination&#xa0;; l&apos;assistant les écrit comme l&apos;indique le tableau.</translation>
    </message>
    <message>
        <source>Check the destination the wizard made from your values, then create it in this subaccount, the subaccount of SAP Task Center.</source>
        <translation>Vérifiez la destination que l&apos;assistant a construite à partir de vos valeurs, puis créez-la dans ce sous-compte, celui de SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for a different subaccount lists each property of this destination; the wizard writes them as the table says.</source>
        <translation>Le guide SAP pour un autre sous-compte répertorie chaque propriété de cette destination&#xa0;; l&apos;assistant les écrit comme l&apos;indique le tableau.</translation>
    </message>
    <message>
        <source>Check that the Client Key, Token Service User and Token Service Password are uaa &gt; clientid and uaa &gt; clientsecret of SAP Advanced Financial Closing&apos;s current service key, and that the Audience and Token Service URL are those of the subaccount where SAP Advanced Financial Closing runs. From a different subaccount, also check that both subaccounts log users on through the same Identity Authentication tenant and that the setup of SAP Advanced Financial Closing for different subaccounts is complete.</source>
        <translation>Vérifiez que le Client Key, le Token Service User et le Token Service Password sont les valeurs uaa &gt; clientid et uaa &gt; clientsecret de la clé de service actuelle de SAP Advanced Financial Closing, et que l&apos;Audience et la Token Service URL sont celles du sous-compte dans lequel s&apos;exécute SAP Advanced Financial Closing. Depuis un autre sous-compte, vérifiez également que les deux sous-comptes authentifient les utilisateurs via le même tenant Identity Authentication et que le paramétrage de SAP Advanced Financial Closing pour des sous-comptes différents est terminé.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Advanced Financial Closing. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Cette destination n&apos;a pas d&apos;utilisateur technique&#xa0;: le service Destination n&apos;obtient un jeton avec elle que pour un utilisateur connecté, et selon SAP, «&#xa0;Check Connection&#xa0;» peut ne pas indiquer si SAP Task Center atteint SAP Advanced Financial Closing. Vérifiez le connecteur dans le «&#xa0;Monitoring&#xa0;» de SAP Task Center une fois la destination enregistrée.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Advanced Financial Closing system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination par système SAP Advanced Financial Closing dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>Approvals from SAP Ariba Buying or SAP Ariba Sourcing: one destination for each product, with the keys of an application on the SAP Ariba Developer Portal that SAP Ariba Support activates and links to this subaccount&apos;s trust certificate.</source>
        <translation>Approbations de SAP Ariba Buying ou de SAP Ariba Sourcing&#xa0;: une destination par produit, avec les clés d&apos;une application du SAP Ariba Developer Portal que le support SAP Ariba active et associe au certificat de confiance de ce sous-compte.</translation>
    </message>
    <message>
        <source>Realm name</source>
        <translation>Nom du realm</translation>
    </message>
    <message>
        <source>The realm name (customer site name) of your SAP Ariba tenant, exactly as SAP Ariba spells it. If you do not know it, see SAP Ariba&apos;s article &quot;How do I find out my realm name?&quot; or ask SAP Ariba Support.</source>
        <translation>Le nom du realm (nom du site client) de votre tenant SAP Ariba, orthographié exactement comme SAP Ariba l&apos;écrit. Si vous ne le connaissez pas, consultez l&apos;article SAP Ariba «&#xa0;How do I find out my realm name?&#xa0;» ou demandez-le au support SAP Ariba.</translation>
    </message>
    <message>
        <source>This is an SAP Ariba address, not the realm name. The realm is probably %1: it is the value after realm= in the address.</source>
        <translation>Il s&apos;agit d&apos;une adresse SAP Ariba, et non du nom du realm. Le realm est probablement %1&#xa0;: c&apos;est la valeur qui suit realm= dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>An Ariba realm is the one-word name of your SAP Ariba site (also called the customer site name): letters, digits, dots, hyphens and underscores, without spaces. Enter the name only, not an address.</source>
        <translation>Un realm Ariba est le nom en un seul mot de votre site SAP Ariba (également appelé nom du site client)&#xa0;: lettres, chiffres, points, traits d&apos;union et traits de soulignement, sans espaces. Saisissez uniquement le nom, et non une adresse.</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Clé d&apos;application</translation>
    </message>
    <message>
        <source>The application key the SAP Ariba Developer Portal generated for the application of this product. Each product has its own application and key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>La clé d&apos;application que le SAP Ariba Developer Portal a générée pour l&apos;application de ce produit. Chaque produit a sa propre application et sa propre clé. Elle est conservée dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>URL of the SPI</source>
        <translation>URL du SPI</translation>
    </message>
    <message>
        <source>The URL the SAP Ariba Developer Portal shows for the SPI of SAP Task Center (the Procurement SPI for SAP Ariba Buying, the Sourcing SPI for SAP Ariba Sourcing). Paste it whole or only its server part: the destination uses the server part with the path of SAP&apos;s example URL for the product you chose.</source>
        <translation>L&apos;URL qu&apos;affiche le SAP Ariba Developer Portal pour le SPI de SAP Task Center (le Procurement SPI pour SAP Ariba Buying, le Sourcing SPI pour SAP Ariba Sourcing). Collez-la en entier ou seulement sa partie serveur&#xa0;: la destination utilise la partie serveur avec le chemin de l&apos;URL d&apos;exemple de SAP pour le produit que vous avez choisi.</translation>
    </message>
    <message>
        <source>This is the address of the token service. Here, enter the URL the developer portal shows for the SPI of SAP Task Center.</source>
        <translation>Il s&apos;agit de l&apos;adresse du service de jetons. Saisissez ici l&apos;URL qu&apos;affiche le Developer Portal pour le SPI de SAP Task Center.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds the path of SAP&apos;s example URL for the product you chose. If the developer portal shows another path, change URL on the destination&apos;s page.</source>
        <translation>Seule la partie serveur de cette adresse est utilisée (%1)&#xa0;; l&apos;assistant ajoute le chemin de l&apos;URL d&apos;exemple de SAP pour le produit que vous avez choisi. Si le Developer Portal affiche un autre chemin, modifiez la propriété URL sur la page de la destination.</translation>
    </message>
    <message>
        <source>The Token Service URL the SAP Ariba Developer Portal shows with the SPI. SAP says it is the same for SAP Ariba Buying and SAP Ariba Sourcing.</source>
        <translation>La Token Service URL qu&apos;affiche le SAP Ariba Developer Portal avec le SPI. Selon SAP, elle est la même pour SAP Ariba Buying et SAP Ariba Sourcing.</translation>
    </message>
    <message>
        <source>This is the URL of the SPI, not of the token service. Copy the Token Service URL the developer portal shows with it.</source>
        <translation>Il s&apos;agit de l&apos;URL du SPI, et non du service de jetons. Copiez la Token Service URL que le Developer Portal affiche avec elle.</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <source>The OAuth client ID of the application on the SAP Ariba Developer Portal, shown when you generate its OAuth secret.</source>
        <translation>L&apos;ID client OAuth de l&apos;application sur le SAP Ariba Developer Portal, affiché lorsque vous générez son secret OAuth.</translation>
    </message>
    <message>
        <source>OAuth secret</source>
        <translation>Secret OAuth</translation>
    </message>
    <message>
        <source>The OAuth secret you generated for the application (not its Base64 encoded form). It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le secret OAuth que vous avez généré pour l&apos;application (et non sa forme encodée en Base64). Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 64 characters (SAP Task Center&apos;s limit). Each product needs a destination of its own, with its own name.</source>
        <translation>Uniquement des lettres, des chiffres, _ et -, 64 caractères au maximum (limite de SAP Task Center). Chaque produit a besoin de sa propre destination, avec son propre nom.</translation>
    </message>
    <message>
        <source>SAP Ariba API server</source>
        <translation>Serveur d&apos;API SAP Ariba</translation>
    </message>
    <message>
        <source>SAP Ariba Buying (purchase requisitions, invoice approvals)</source>
        <translation>SAP Ariba Buying (demandes d&apos;achat, approbations de factures)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of SAP Ariba Buying, through the Procurement SPI for SAP Task Center. A realm with both products needs one destination for each: run the wizard again for SAP Ariba Sourcing.</source>
        <translation>Choisissez cette option pour les approbations de SAP Ariba Buying, via le Procurement SPI pour SAP Task Center. Un realm qui utilise les deux produits a besoin d&apos;une destination pour chacun&#xa0;: exécutez de nouveau l&apos;assistant pour SAP Ariba Sourcing.</translation>
    </message>
    <message>
        <source>SAP Ariba Sourcing</source>
        <translation>SAP Ariba Sourcing</translation>
    </message>
    <message>
        <source>Choose this for the tasks of SAP Ariba Sourcing, through the Sourcing SPI for SAP Task Center. A realm with both products needs one destination for each: run the wizard again for SAP Ariba Buying.</source>
        <translation>Choisissez cette option pour les tâches de SAP Ariba Sourcing, via le Sourcing SPI pour SAP Task Center. Un realm qui utilise les deux produits a besoin d&apos;une destination pour chacun&#xa0;: exécutez de nouveau l&apos;assistant pour SAP Ariba Buying.</translation>
    </message>
    <message>
        <source>Prepare SAP Ariba Buying</source>
        <translation>Préparer SAP Ariba Buying</translation>
    </message>
    <message>
        <source>SAP Task Center and SAP Ariba must both be ready before you create the application for SAP Task Center.</source>
        <translation>SAP Task Center et SAP Ariba doivent tous deux être prêts avant que vous ne créiez l&apos;application pour SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Ariba Buying through an application on the SAP Ariba Developer Portal that SAP Ariba Support activates for your realm. Users are matched through SAP Cloud Identity Services.</source>
        <translation>SAP Task Center lit les tâches de SAP Ariba Buying via une application du SAP Ariba Developer Portal que le support SAP Ariba active pour votre realm. Les utilisateurs sont mis en correspondance via SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;initial setup&lt;/b&gt; of SAP Task Center is complete, including the &lt;b&gt;SAP Ariba integration scenario&lt;/b&gt; of SAP Cloud Identity Services.</source>
        <translation>Le &lt;b&gt;paramétrage initial&lt;/b&gt; de SAP Task Center est terminé, y compris le &lt;b&gt;scénario d&apos;intégration SAP Ariba&lt;/b&gt; de SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>SAP Task Center: Initial Setup; SAP Cloud Identity Services: SAP Ariba Integration Scenario.</source>
        <translation>SAP Task Center&#xa0;: «&#xa0;Initial Setup&#xa0;»&#xa0;; SAP Cloud Identity Services&#xa0;: «&#xa0;SAP Ariba Integration Scenario&#xa0;».</translation>
    </message>
    <message>
        <source>You know what the &lt;b&gt;SAP Ariba SCIM API&lt;/b&gt; supports, as SAP Note 3228340 describes.</source>
        <translation>Vous savez ce que prend en charge l&apos;&lt;b&gt;API SCIM de SAP Ariba&lt;/b&gt;, comme le décrit la note SAP 3228340.</translation>
    </message>
    <message>
        <source>SAP for Me: SAP Note 3228340.</source>
        <translation>SAP for Me&#xa0;: note SAP 3228340.</translation>
    </message>
    <message>
        <source>You know the &lt;b&gt;realm name&lt;/b&gt; (customer site name) of your SAP Ariba tenant.</source>
        <translation>Vous connaissez le &lt;b&gt;nom du realm&lt;/b&gt; (nom du site client) de votre tenant SAP Ariba.</translation>
    </message>
    <message>
        <source>SAP Ariba: How do I find out my realm name?</source>
        <translation>SAP Ariba&#xa0;: «&#xa0;How do I find out my realm name?&#xa0;»</translation>
    </message>
    <message>
        <source>You have asked &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt; to enable SAP Task Center for &lt;b&gt;SAP Ariba Buying&lt;/b&gt;.</source>
        <translation>Vous avez demandé au &lt;b&gt;support technique SAP Ariba&lt;/b&gt; d&apos;activer SAP Task Center pour &lt;b&gt;SAP Ariba Buying&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Ariba Buying: SAP Task Center for SAP Ariba Buying.</source>
        <translation>SAP Ariba Buying&#xa0;: «&#xa0;SAP Task Center for SAP Ariba Buying&#xa0;».</translation>
    </message>
    <message>
        <source>Prepare SAP Ariba Sourcing</source>
        <translation>Préparer SAP Ariba Sourcing</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Ariba Sourcing through an application on the SAP Ariba Developer Portal that SAP Ariba Support activates for your realm. Users are matched through SAP Cloud Identity Services.</source>
        <translation>SAP Task Center lit les tâches de SAP Ariba Sourcing via une application du SAP Ariba Developer Portal que le support SAP Ariba active pour votre realm. Les utilisateurs sont mis en correspondance via SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>In SAP Ariba, you have completed the steps of &lt;b&gt;Enabling SAP Task Center for SAP Ariba Sourcing&lt;/b&gt;.</source>
        <translation>Dans SAP Ariba, vous avez effectué les étapes de &lt;b&gt;Enabling SAP Task Center for SAP Ariba Sourcing&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Ariba Sourcing: Enabling SAP Task Center for SAP Ariba Sourcing.</source>
        <translation>SAP Ariba Sourcing&#xa0;: «&#xa0;Enabling SAP Task Center for SAP Ariba Sourcing&#xa0;».</translation>
    </message>
    <message>
        <source>Your SAP Ariba realm</source>
        <translation>Votre realm SAP Ariba</translation>
    </message>
    <message>
        <source>The SAP Ariba site whose tasks SAP Task Center reads.</source>
        <translation>Le site SAP Ariba dont SAP Task Center lit les tâches.</translation>
    </message>
    <message>
        <source>Enter the realm name of your SAP Ariba tenant. SAP Ariba Support needs it for your requests, and the destination sends it with every call.</source>
        <translation>Saisissez le nom du realm de votre tenant SAP Ariba. Le support SAP Ariba en a besoin pour vos demandes, et la destination l&apos;envoie à chaque appel.</translation>
    </message>
    <message>
        <source>The realm tells SAP Ariba which customer site the tasks come from. The destination sends it as the query parameter realm.</source>
        <translation>Le realm indique à SAP Ariba de quel site client proviennent les tâches. La destination l&apos;envoie dans le paramètre de requête realm.</translation>
    </message>
    <message>
        <source>Create the application on the SAP Ariba Developer Portal</source>
        <translation>Créer l&apos;application sur le SAP Ariba Developer Portal</translation>
    </message>
    <message>
        <source>One application for each product, with its application key and the addresses of its SPI.</source>
        <translation>Une application par produit, avec sa clé d&apos;application et les adresses de son SPI.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;SAP Ariba Developer Portal&lt;/b&gt;, create an application for the product below and generate its &lt;b&gt;application key&lt;/b&gt;, as SAP Ariba&apos;s guide &quot;Creating an Application on the SAP Ariba Developer Portal&quot; says. Copy the key here, then note the &lt;b&gt;URL&lt;/b&gt; and the &lt;b&gt;Token Service URL&lt;/b&gt; of the SPI for SAP Task Center.</source>
        <translation>Sur le &lt;b&gt;SAP Ariba Developer Portal&lt;/b&gt;, créez une application pour le produit ci-dessous et générez sa &lt;b&gt;clé d&apos;application&lt;/b&gt;, comme l&apos;indique le guide SAP Ariba «&#xa0;Creating an Application on the SAP Ariba Developer Portal&#xa0;». Copiez la clé ici, puis notez l&apos;&lt;b&gt;URL&lt;/b&gt; et la &lt;b&gt;Token Service URL&lt;/b&gt; du SPI pour SAP Task Center.</translation>
    </message>
    <message>
        <source>The application key identifies the application in every call SAP Task Center makes: the destination sends it as Client Key and as the apikey header. SAP Ariba Buying and SAP Ariba Sourcing need separate applications, each with its own key.</source>
        <translation>La clé d&apos;application identifie l&apos;application dans chaque appel de SAP Task Center&#xa0;: la destination l&apos;envoie comme Client Key et dans l&apos;en-tête apikey. SAP Ariba Buying et SAP Ariba Sourcing nécessitent des applications distinctes, chacune avec sa propre clé.</translation>
    </message>
    <message>
        <source>Application for SAP Task Center</source>
        <translation>Application pour SAP Task Center</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>SPI to request</source>
        <translation>SPI à demander</translation>
    </message>
    <message>
        <source>Request the URL of this SPI for the application.</source>
        <translation>Demandez l&apos;URL de ce SPI pour l&apos;application.</translation>
    </message>
    <message>
        <source>SAP Ariba trusts SAP Task Center through this certificate: SAP Ariba Support registers it with your realm next.</source>
        <translation>SAP Ariba fait confiance à SAP Task Center grâce à ce certificat&#xa0;: le support SAP Ariba l&apos;enregistre ensuite pour votre realm.</translation>
    </message>
    <message>
        <source>The destination signs a SAML assertion for each user with this certificate&apos;s key, and SAP Ariba exchanges it for a token. Renew the certificate before it expires and send the new one to SAP Ariba Support: until they register it, users may not be able to work on tasks nor receive task updates.</source>
        <translation>La destination signe une assertion SAML pour chaque utilisateur avec la clé de ce certificat, et SAP Ariba l&apos;échange contre un jeton. Renouvelez le certificat avant son expiration et envoyez le nouveau au support SAP Ariba&#xa0;: tant qu&apos;il ne l&apos;a pas enregistré, les utilisateurs risquent de ne pas pouvoir traiter leurs tâches ni recevoir les mises à jour des tâches.</translation>
    </message>
    <message>
        <source>Open two service requests with SAP Ariba Support</source>
        <translation>Ouvrir deux demandes de service auprès du support SAP Ariba</translation>
    </message>
    <message>
        <source>One activates the application, the other registers this subaccount as identity provider.</source>
        <translation>L&apos;une active l&apos;application, l&apos;autre enregistre ce sous-compte comme fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>Create the service requests with &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt;, with the values below. Wait until SAP Ariba confirms both before you continue.</source>
        <translation>Créez les demandes de service auprès du &lt;b&gt;support technique SAP Ariba&lt;/b&gt;, avec les valeurs ci-dessous. Attendez que SAP Ariba ait confirmé les deux avant de continuer.</translation>
    </message>
    <message>
        <source>SAP Ariba activates the application for your realm and product, and registers this subaccount&apos;s entity ID and trust certificate with SAP Ariba OAuth, so that it accepts the SAML assertions the destination signs. UNCONFIRMED: SAP&apos;s page gives the entity ID only as cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;; the wizard takes it from the trust certificate&apos;s CN, which has this form. Compare it with the Assertion Entity ID under Connectivity &gt; Destination Trust in the SAP BTP cockpit.</source>
        <translation>SAP Ariba active l&apos;application pour votre realm et votre produit, et enregistre l&apos;ID d&apos;entité et le certificat de confiance de ce sous-compte auprès de SAP Ariba OAuth, afin qu&apos;il accepte les assertions SAML que signe la destination. UNCONFIRMED&#xa0;: la page SAP n&apos;indique l&apos;ID d&apos;entité que sous la forme cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;&#xa0;; l&apos;assistant le reprend du CN du certificat de confiance, qui a cette forme. Comparez-le avec l&apos;Assertion Entity ID sous «&#xa0;Connectivity &gt; Destination Trust&#xa0;» dans le cockpit SAP BTP.</translation>
    </message>
    <message>
        <source>Activate the application</source>
        <translation>Activer l&apos;application</translation>
    </message>
    <message>
        <source>Request the activation of the application on the SAP Ariba Developer Portal. Add the data center where your SAP Ariba realm resides.</source>
        <translation>Demandez l&apos;activation de l&apos;application sur le SAP Ariba Developer Portal. Indiquez le centre de données dans lequel se trouve votre realm SAP Ariba.</translation>
    </message>
    <message>
        <source>Register the identity provider on SAP Ariba OAuth</source>
        <translation>Enregistrer le fournisseur d&apos;identité auprès de SAP Ariba OAuth</translation>
    </message>
    <message>
        <source>Request the IDP registration on SAP Ariba OAuth. Add your Ariba Network ID (ANID), shown in your company profile.</source>
        <translation>Demandez l&apos;enregistrement de l&apos;IDP auprès de SAP Ariba OAuth. Indiquez votre Ariba Network ID (ANID), affiché dans le profil de votre société.</translation>
    </message>
    <message>
        <source>Entity ID (entityID)</source>
        <translation>ID d&apos;entité (entityID)</translation>
    </message>
    <message>
        <source>The entity ID the destination service sends, of the form cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;: the trust certificate&apos;s CN.</source>
        <translation>L&apos;ID d&apos;entité qu&apos;envoie le service Destination, de la forme cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;&#xa0;: le CN du certificat de confiance.</translation>
    </message>
    <message>
        <source>Destination service certificate</source>
        <translation>Certificat du service Destination</translation>
    </message>
    <message>
        <source>The subaccount&apos;s trust certificate. Attach this file to the request.</source>
        <translation>Le certificat de confiance du sous-compte. Joignez ce fichier à la demande.</translation>
    </message>
    <message>
        <source>Generate the OAuth secret</source>
        <translation>Générer le secret OAuth</translation>
    </message>
    <message>
        <source>The OAuth client ID and secret with which SAP Task Center fetches tokens.</source>
        <translation>L&apos;ID client et le secret OAuth avec lesquels SAP Task Center obtient des jetons.</translation>
    </message>
    <message>
        <source>Once the application is set up with its SPI, generate its &lt;b&gt;OAuth secret&lt;/b&gt; on the SAP Ariba Developer Portal, as SAP Ariba&apos;s guide &quot;How to generate the OAuth Secret and Base64 Encoded Client and secret&quot; says. Copy the &lt;b&gt;OAuth client ID&lt;/b&gt; and the &lt;b&gt;OAuth secret&lt;/b&gt; here.</source>
        <translation>Une fois l&apos;application configurée avec son SPI, générez son &lt;b&gt;secret OAuth&lt;/b&gt; sur le SAP Ariba Developer Portal, comme l&apos;indique le guide SAP Ariba «&#xa0;How to generate the OAuth Secret and Base64 Encoded Client and secret&#xa0;». Copiez ici l&apos;&lt;b&gt;ID client OAuth&lt;/b&gt; et le &lt;b&gt;secret OAuth&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The destination fetches its tokens as this OAuth client: the client ID is the Token Service User, the secret the Token Service Password.</source>
        <translation>La destination obtient ses jetons en tant que ce client OAuth&#xa0;: l&apos;ID client est le Token Service User, le secret le Token Service Password.</translation>
    </message>
    <message>
        <source>OAuth client of the application</source>
        <translation>Client OAuth de l&apos;application</translation>
    </message>
    <message>
        <source>Check with SAP Ariba Support that the application is activated for your realm and product and that this subaccount is registered as identity provider with its current trust certificate, and that the OAuth client ID and secret belong to the application whose key is in the destination.</source>
        <translation>Vérifiez auprès du support SAP Ariba que l&apos;application est activée pour votre realm et votre produit, que ce sous-compte est enregistré comme fournisseur d&apos;identité avec son certificat de confiance actuel, et que l&apos;ID client et le secret OAuth appartiennent à l&apos;application dont la clé figure dans la destination.</translation>
    </message>
    <message>
        <source>Destination to SAP Ariba</source>
        <translation>Destination vers SAP Ariba</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Ariba. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Le service Destination n&apos;obtient un jeton avec elle que pour un utilisateur connecté, et selon SAP, «&#xa0;Check Connection&#xa0;» peut ne pas indiquer si SAP Task Center atteint SAP Ariba. Vérifiez le connecteur dans le «&#xa0;Monitoring&#xa0;» de SAP Task Center une fois la destination enregistrée.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Ariba system and product in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination par système et produit SAP Ariba dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>If you later change the name or the URL of this destination, SAP Task Center loads its tasks again.</source>
        <translation>Si vous modifiez ultérieurement le nom ou l&apos;URL de cette destination, SAP Task Center charge de nouveau ses tâches.</translation>
    </message>
    <message>
        <source>The URL is the server you entered followed by the path of SAP&apos;s example URL for the product. UNCONFIRMED: SAP&apos;s guide gives the URL only as an example. If the developer portal shows another path for the SPI, use that (Edit properties).</source>
        <translation>L&apos;URL est le serveur que vous avez saisi suivi du chemin de l&apos;URL d&apos;exemple de SAP pour le produit. UNCONFIRMED&#xa0;: le guide SAP ne donne l&apos;URL qu&apos;à titre d&apos;exemple. Si le Developer Portal affiche un autre chemin pour le SPI, utilisez-le («&#xa0;Modifier les propriétés&#xa0;»).</translation>
    </message>
    <message>
        <source>Tasks from SAP Cloud for Customer: a primary destination with the technical user of the communication arrangement for SAP Task Center, by user and password or by client certificate, and a secondary destination for principal propagation with an OAuth client registered in SAP Cloud for Customer.</source>
        <translation>Tâches de SAP Cloud for Customer&#xa0;: une destination principale avec l&apos;utilisateur technique de l&apos;accord de communication pour SAP Task Center, par utilisateur et mot de passe ou par certificat client, et une destination secondaire pour la propagation de principal avec un client OAuth enregistré dans SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>URL du tenant</translation>
    </message>
    <message>
        <source>The address of your SAP Cloud for Customer tenant, the one you open it with, without anything after the host. Both destinations use it, and the secondary destination&apos;s token service URL is made from it.</source>
        <translation>L&apos;adresse de votre tenant SAP Cloud for Customer, celle avec laquelle vous l&apos;ouvrez, sans rien après l&apos;hôte. Les deux destinations l&apos;utilisent, et la Token Service URL de la destination secondaire en est déduite.</translation>
    </message>
    <message>
        <source>This looks like the tenant&apos;s single sign-on address (its Local Service Provider), which belongs in the Audience later. The tenant URL is probably %1.</source>
        <translation>Cela ressemble à l&apos;adresse d&apos;authentification unique du tenant (son Local Service Provider), qui doit figurer plus tard dans l&apos;Audience. L&apos;URL du tenant est probablement %1.</translation>
    </message>
    <message>
        <source>User ID of the communication user</source>
        <translation>ID utilisateur de l&apos;utilisateur de communication</translation>
    </message>
    <message>
        <source>The user ID SAP Cloud for Customer created for the communication arrangement (Inbound Communication, User ID &gt; Edit Credentials).</source>
        <translation>L&apos;ID utilisateur que SAP Cloud for Customer a créé pour l&apos;accord de communication («&#xa0;Inbound Communication&#xa0;», «&#xa0;User ID &gt; Edit Credentials&#xa0;»).</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the user ID that the communication arrangement shows for the communication user.</source>
        <translation>Cela ressemble à une adresse e-mail. Saisissez l&apos;ID utilisateur qu&apos;affiche l&apos;accord de communication pour l&apos;utilisateur de communication.</translation>
    </message>
    <message>
        <source>Password of the communication user</source>
        <translation>Mot de passe de l&apos;utilisateur de communication</translation>
    </message>
    <message>
        <source>The password you gave the communication user in the communication arrangement. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le mot de passe que vous avez attribué à l&apos;utilisateur de communication dans l&apos;accord de communication. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Key store password</source>
        <translation>Mot de passe du keystore</translation>
    </message>
    <message>
        <source>The password of the key store. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le mot de passe du keystore. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The client ID SAP Cloud for Customer filled in when you registered the OAuth 2.0 client (Administrator &gt; OAuth 2.0 Client Registration).</source>
        <translation>L&apos;ID client que SAP Cloud for Customer a renseigné lorsque vous avez enregistré le client OAuth 2.0 («&#xa0;Administrator &gt; OAuth 2.0 Client Registration&#xa0;»).</translation>
    </message>
    <message>
        <source>The client secret you entered when you registered the OAuth 2.0 client. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le secret client que vous avez saisi lors de l&apos;enregistrement du client OAuth 2.0. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Audience (Local Service Provider)</source>
        <translation>Audience (Local Service Provider)</translation>
    </message>
    <message>
        <source>The value of the Local Service Provider field under Administrator &gt; Common Tasks &gt; Configure Single Sign-On in SAP Cloud for Customer. Copy it exactly as shown: it is case-sensitive and often starts with HTTPS in capitals.</source>
        <translation>La valeur du champ «&#xa0;Local Service Provider&#xa0;» sous «&#xa0;Administrator &gt; Common Tasks &gt; Configure Single Sign-On&#xa0;» dans SAP Cloud for Customer. Copiez-la exactement telle qu&apos;elle est affichée&#xa0;: elle est sensible à la casse et commence souvent par HTTPS en majuscules.</translation>
    </message>
    <message>
        <source>Technical user with user ID and password (Basic Authentication)</source>
        <translation>Utilisateur technique avec ID utilisateur et mot de passe (Basic Authentication)</translation>
    </message>
    <message>
        <source>Choose this when the communication arrangement for SAP Task Center in SAP Cloud for Customer authenticates its technical user with a user ID and password.</source>
        <translation>Choisissez cette option si l&apos;accord de communication pour SAP Task Center dans SAP Cloud for Customer authentifie son utilisateur technique avec un ID utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>Technical user with a client certificate (Using Certificates)</source>
        <translation>Utilisateur technique avec un certificat client (Using Certificates)</translation>
    </message>
    <message>
        <source>Choose this when SAP Task Center should authenticate to SAP Cloud for Customer with a client certificate: you need the certificate as a .p12 key store and its password. After saving the destinations, you finish the setup in SAP Cloud for Customer.</source>
        <translation>Choisissez cette option si SAP Task Center doit s&apos;authentifier auprès de SAP Cloud for Customer avec un certificat client&#xa0;: vous avez besoin du certificat sous forme de keystore .p12 et de son mot de passe. Après l&apos;enregistrement des destinations, vous terminez le paramétrage dans SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining step for the certificate&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In SAP Cloud for Customer, continue with the steps of SAP Cloud for Customer&apos;s guide &lt;b&gt;Using Client Certificate Authentication&lt;/b&gt;, so that SAP Cloud for Customer accepts the certificate of the key store the primary destination uses.&lt;/li&gt;&lt;li&gt;Check the connector in SAP Task Center&apos;s &lt;b&gt;monitoring&lt;/b&gt;: SAP says Check Connection in the destination may not tell whether SAP Task Center reaches SAP Cloud for Customer.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Étape restante selon SAP pour le certificat&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Dans SAP Cloud for Customer, poursuivez avec les étapes du guide de SAP Cloud for Customer &lt;b&gt;Using Client Certificate Authentication&lt;/b&gt;, afin que SAP Cloud for Customer accepte le certificat du keystore qu&apos;utilise la destination principale.&lt;/li&gt;&lt;li&gt;Vérifiez le connecteur dans le &lt;b&gt;Monitoring&lt;/b&gt; de SAP Task Center&#xa0;: selon SAP, «&#xa0;Check Connection&#xa0;» dans la destination peut ne pas indiquer si SAP Task Center atteint SAP Cloud for Customer.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Prepare SAP Cloud for Customer</source>
        <translation>Préparer SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>Before the wizard asks for values, make sure SAP Task Center and SAP Cloud for Customer are ready, as SAP&apos;s guide lists it.</source>
        <translation>Avant que l&apos;assistant ne vous demande des valeurs, assurez-vous que SAP Task Center et SAP Cloud for Customer sont prêts, comme l&apos;indique le guide SAP.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Cloud for Customer with a technical user and acts on them as each user (principal propagation). Both need the users of SAP Cloud for Customer and SAP Task Center to be the same people in SAP Cloud Identity Services.</source>
        <translation>SAP Task Center lit les tâches de SAP Cloud for Customer avec un utilisateur technique et les traite au nom de chaque utilisateur (propagation de principal). Pour cela, les utilisateurs de SAP Cloud for Customer et de SAP Task Center doivent être les mêmes personnes dans SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;initial setup of SAP Task Center&lt;/b&gt; is complete in this subaccount.</source>
        <translation>Le &lt;b&gt;paramétrage initial de SAP Task Center&lt;/b&gt; est terminé dans ce sous-compte.</translation>
    </message>
    <message>
        <source>SAP Task Center: Initial Setup.</source>
        <translation>SAP Task Center&#xa0;: «&#xa0;Initial Setup&#xa0;».</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer is integrated with &lt;b&gt;SAP Cloud Identity Services&lt;/b&gt; as the SAP Cloud for Customer Integration Scenario describes.</source>
        <translation>SAP Cloud for Customer est intégré à &lt;b&gt;SAP Cloud Identity Services&lt;/b&gt; comme le décrit le «&#xa0;SAP Cloud for Customer Integration Scenario&#xa0;».</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: SAP Cloud for Customer Integration Scenario.</source>
        <translation>SAP Cloud Identity Services&#xa0;: «&#xa0;SAP Cloud for Customer Integration Scenario&#xa0;».</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, the scoping question &lt;b&gt;Task Center Integration&lt;/b&gt; is selected in your implementation project.</source>
        <translation>Dans SAP Cloud for Customer, la question de définition du périmètre &lt;b&gt;Task Center Integration&lt;/b&gt; est sélectionnée dans votre projet d&apos;implémentation.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer: Business Configuration &gt; Implementation Projects &gt; Edit Project &gt; Review Questions &gt; Communication and Information Exchange &gt; Business Process Management &gt; Business Task Management.</source>
        <translation>SAP Cloud for Customer&#xa0;: «&#xa0;Business Configuration &gt; Implementation Projects &gt; Edit Project &gt; Review Questions &gt; Communication and Information Exchange &gt; Business Process Management &gt; Business Task Management&#xa0;».</translation>
    </message>
    <message>
        <source>Your SAP Cloud for Customer tenant</source>
        <translation>Votre tenant SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Cloud for Customer.</source>
        <translation>Où SAP Task Center atteint SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>Enter the address of your SAP Cloud for Customer tenant. The wizard makes the addresses of both destinations from it.</source>
        <translation>Saisissez l&apos;adresse de votre tenant SAP Cloud for Customer. L&apos;assistant en déduit les adresses des deux destinations.</translation>
    </message>
    <message>
        <source>SAP&apos;s guides call this the tenant URL: the primary and the secondary destination both use it, and the secondary destination&apos;s Token Service URL is the same address followed by /sap/bc/sec/oauth2/token.</source>
        <translation>Les guides SAP l&apos;appellent l&apos;URL du tenant&#xa0;: la destination principale et la destination secondaire l&apos;utilisent toutes deux, et la Token Service URL de la destination secondaire est cette même adresse suivie de /sap/bc/sec/oauth2/token.</translation>
    </message>
    <message>
        <source>Create the technical user in SAP Cloud for Customer</source>
        <translation>Créer l&apos;utilisateur technique dans SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>A communication system and a communication arrangement for SAP Task Center, with user ID and password.</source>
        <translation>Un système de communication et un accord de communication pour SAP Task Center, avec ID utilisateur et mot de passe.</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, create a communication system and a communication arrangement as below, then enter the user ID and the password of the communication user here.</source>
        <translation>Dans SAP Cloud for Customer, créez un système de communication et un accord de communication comme indiqué ci-dessous, puis saisissez ici l&apos;ID utilisateur et le mot de passe de l&apos;utilisateur de communication.</translation>
    </message>
    <message>
        <source>This is what SAP Cloud for Customer&apos;s guide &quot;Using Basic Authentication&quot; leads to: a communication user whose user ID and password go into the primary destination. The values below follow SAP&apos;s integration samples for SAP Task Center; the host name of the communication system is not given there (UNCONFIRMED), so follow SAP Cloud for Customer&apos;s guide for it.</source>
        <translation>C&apos;est ce à quoi aboutit le guide de SAP Cloud for Customer «&#xa0;Using Basic Authentication&#xa0;»&#xa0;: un utilisateur de communication dont l&apos;ID utilisateur et le mot de passe vont dans la destination principale. Les valeurs ci-dessous suivent les exemples d&apos;intégration de SAP pour SAP Task Center&#xa0;; le nom d&apos;hôte du système de communication n&apos;y figure pas (UNCONFIRMED)&#xa0;: pour celui-ci, suivez le guide de SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Systems&lt;/b&gt; and choose &lt;b&gt;New&lt;/b&gt;. Enter an ID and a host name, choose &lt;b&gt;Add Row&lt;/b&gt; under &lt;b&gt;System Instances&lt;/b&gt; and enter a System Instance ID. Save, then choose &lt;b&gt;Actions &amp;gt; Set To Active&lt;/b&gt;.</source>
        <translation>Ouvrez &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Systems&lt;/b&gt; et choisissez &lt;b&gt;New&lt;/b&gt;. Saisissez un ID et un nom d&apos;hôte, choisissez &lt;b&gt;Add Row&lt;/b&gt; sous &lt;b&gt;System Instances&lt;/b&gt; et saisissez un System Instance ID. Enregistrez, puis choisissez &lt;b&gt;Actions &amp;gt; Set To Active&lt;/b&gt;.</translation>
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
        <translation>Accord de communication</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Arrangements&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt; and select the communication system by its System Instance ID. On the &lt;b&gt;Inbound&lt;/b&gt; tab, choose &lt;b&gt;Edit Credentials&lt;/b&gt; for the user ID, enter a password and select the service below. Review and finish.</source>
        <translation>Ouvrez &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Arrangements&lt;/b&gt;, choisissez &lt;b&gt;New&lt;/b&gt; et sélectionnez le système de communication par son System Instance ID. Dans l&apos;onglet &lt;b&gt;Inbound&lt;/b&gt;, choisissez &lt;b&gt;Edit Credentials&lt;/b&gt; pour l&apos;ID utilisateur, saisissez un mot de passe et sélectionnez le service ci-dessous. Vérifiez et terminez.</translation>
    </message>
    <message>
        <source>Communication scenario</source>
        <translation>Scénario de communication</translation>
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
        <translation>Le keystore du certificat client</translation>
    </message>
    <message>
        <source>The .p12 file with the certificate SAP Task Center authenticates with, and its password.</source>
        <translation>Le fichier .p12 contenant le certificat avec lequel SAP Task Center s&apos;authentifie, et son mot de passe.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer trusts the users SAP Task Center acts for through this certificate: you upload it as an OAuth 2.0 identity provider next.</source>
        <translation>SAP Cloud for Customer fait confiance aux utilisateurs au nom desquels agit SAP Task Center grâce à ce certificat&#xa0;: vous le chargez ensuite en tant que fournisseur d&apos;identité OAuth 2.0.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer accepts a user&apos;s identity from SAP Task Center only when it is signed with this subaccount&apos;s trust certificate. The next page shows the certificate and its CN to enter in SAP Cloud for Customer as an OAuth 2.0 identity provider.</source>
        <translation>SAP Cloud for Customer n&apos;accepte l&apos;identité d&apos;un utilisateur transmise par SAP Task Center que si elle est signée avec le certificat de confiance de ce sous-compte. La page suivante affiche le certificat et son CN à saisir dans SAP Cloud for Customer en tant que fournisseur d&apos;identité OAuth 2.0.</translation>
    </message>
    <message>
        <source>Set up principal propagation in SAP Cloud for Customer</source>
        <translation>Configurer la propagation de principal dans SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>The subaccount as OAuth 2.0 identity provider, an OAuth client for SAP Task Center, and the audience.</source>
        <translation>Le sous-compte en tant que fournisseur d&apos;identité OAuth 2.0, un client OAuth pour SAP Task Center, et l&apos;audience.</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, open &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure OAuth 2.0 Identity Provider&lt;/b&gt; and choose &lt;b&gt;New OAuth 2.0 Provider&lt;/b&gt;. Enter the values below and choose &lt;b&gt;Submit&lt;/b&gt;. Then register the OAuth client and copy the audience, as each section says.</source>
        <translation>Dans SAP Cloud for Customer, ouvrez &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure OAuth 2.0 Identity Provider&lt;/b&gt; et choisissez &lt;b&gt;New OAuth 2.0 Provider&lt;/b&gt;. Saisissez les valeurs ci-dessous et choisissez &lt;b&gt;Submit&lt;/b&gt;. Enregistrez ensuite le client OAuth et copiez l&apos;audience, comme l&apos;indique chaque section.</translation>
    </message>
    <message>
        <source>The secondary destination lets SAP Task Center act in SAP Cloud for Customer as the user who works on a task. SAP Cloud for Customer accepts this because it trusts the subaccount&apos;s certificate and knows the OAuth client. The steps follow SAP Cloud for Customer&apos;s guide &quot;Principal Propagation Flow and Set Up&quot;.</source>
        <translation>La destination secondaire permet à SAP Task Center d&apos;agir dans SAP Cloud for Customer au nom de l&apos;utilisateur qui traite une tâche. SAP Cloud for Customer l&apos;accepte, car il fait confiance au certificat du sous-compte et connaît le client OAuth. Les étapes suivent le guide de SAP Cloud for Customer «&#xa0;Principal Propagation Flow and Set Up&#xa0;».</translation>
    </message>
    <message>
        <source>OAuth 2.0 identity provider</source>
        <translation>Fournisseur d&apos;identité OAuth 2.0</translation>
    </message>
    <message>
        <source>Issuing Entity Name</source>
        <translation>Issuing Entity Name</translation>
    </message>
    <message>
        <source>The trust certificate&apos;s CN; it has the form cfapps.&lt;region host&gt;/&lt;subaccount ID&gt;.</source>
        <translation>Le CN du certificat de confiance&#xa0;; il a la forme cfapps.&lt;region host&gt;/&lt;subaccount ID&gt;.</translation>
    </message>
    <message>
        <source>Primary Signing Certificate</source>
        <translation>Primary Signing Certificate</translation>
    </message>
    <message>
        <source>Browse and upload this file: the subaccount&apos;s trust certificate without its BEGIN and END lines, as SAP&apos;s guide asks. Upload it again whenever the subaccount&apos;s certificate is renewed.</source>
        <translation>Avec «&#xa0;Browse&#xa0;», chargez ce fichier&#xa0;: le certificat de confiance du sous-compte sans ses lignes BEGIN et END, comme le demande le guide SAP. Chargez-le de nouveau chaque fois que le certificat du sous-compte est renouvelé.</translation>
    </message>
    <message>
        <source>Select Name ID Formats</source>
        <translation>Select Name ID Formats</translation>
    </message>
    <message>
        <source>Select Email Address in addition to User Account ID.</source>
        <translation>Sélectionnez Email Address en plus de User Account ID.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client</source>
        <translation>Client OAuth 2.0</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; OAuth 2.0 Client Registration&lt;/b&gt; and choose &lt;b&gt;New&lt;/b&gt;. Enter a client secret and a description, select the identity provider you just created as &lt;b&gt;Issuer Name&lt;/b&gt; and the scope below, and save. Enter the client ID it shows and the client secret here.</source>
        <translation>Ouvrez &lt;b&gt;Administrator &amp;gt; OAuth 2.0 Client Registration&lt;/b&gt; et choisissez &lt;b&gt;New&lt;/b&gt;. Saisissez un secret client et une description, sélectionnez comme &lt;b&gt;Issuer Name&lt;/b&gt; le fournisseur d&apos;identité que vous venez de créer ainsi que le scope ci-dessous, puis enregistrez. Saisissez ici l&apos;ID client affiché et le secret client.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure Single Sign-On&lt;/b&gt; and copy the value of the &lt;b&gt;Local Service Provider&lt;/b&gt; field.</source>
        <translation>Ouvrez &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure Single Sign-On&lt;/b&gt; et copiez la valeur du champ &lt;b&gt;Local Service Provider&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The Destination service cannot use the key store. Check that the file is uploaded to this subaccount&apos;s destination certificates under exactly the name in KeyStoreLocation, including its extension, and that KeyStorePassword is its password.</source>
        <translation>Le service Destination ne peut pas utiliser le keystore. Vérifiez que le fichier est chargé dans les certificats de destination de ce sous-compte exactement sous le nom indiqué dans KeyStoreLocation, extension comprise, et que KeyStorePassword est son mot de passe.</translation>
    </message>
    <message>
        <source>With user and password, check in SAP Cloud for Customer that the communication arrangement for SAP Task Center is active and that the destination holds its communication user&apos;s ID and password. With a client certificate, check that the key store is uploaded to this subaccount under the name in KeyStoreLocation and that SAP Cloud for Customer accepts its certificate (Using Client Certificate Authentication).</source>
        <translation>Avec utilisateur et mot de passe, vérifiez dans SAP Cloud for Customer que l&apos;accord de communication pour SAP Task Center est actif et que la destination contient l&apos;ID et le mot de passe de son utilisateur de communication. Avec un certificat client, vérifiez que le keystore est chargé dans ce sous-compte sous le nom indiqué dans KeyStoreLocation et que SAP Cloud for Customer accepte son certificat («&#xa0;Using Client Certificate Authentication&#xa0;»).</translation>
    </message>
    <message>
        <source>Create only one primary destination for each SAP Cloud for Customer system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination principale par système SAP Cloud for Customer dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>SAP says Check Connection may not tell whether SAP Task Center reaches SAP Cloud for Customer. Check the connector in SAP Task Center&apos;s monitoring once the destinations are saved.</source>
        <translation>Selon SAP, «&#xa0;Check Connection&#xa0;» peut ne pas indiquer si SAP Task Center atteint SAP Cloud for Customer. Vérifiez le connecteur dans le «&#xa0;Monitoring&#xa0;» de SAP Task Center une fois les destinations enregistrées.</translation>
    </message>
    <message>
        <source>The Audience is case-sensitive: it must be exactly the Local Service Provider value SAP Cloud for Customer shows.</source>
        <translation>L&apos;Audience est sensible à la casse&#xa0;: elle doit correspondre exactement à la valeur Local Service Provider qu&apos;affiche SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>Tasks from a system outside SAP that implements SAP Task Center&apos;s task provider SPI: a primary destination with OAuth client credentials for the technical user and a secondary destination for principal propagation with a SAML bearer assertion.</source>
        <translation>Tâches d&apos;un système non SAP qui implémente le SPI de fournisseur de tâches de SAP Task Center&#xa0;: une destination principale avec des identifiants client OAuth pour l&apos;utilisateur technique et une destination secondaire pour la propagation de principal avec une assertion SAML bearer.</translation>
    </message>
    <message>
        <source>The address of your task provider tenant, as its documentation for SAP Task Center gives it. Both destinations use it. SAP Task Center adds /task-provider/v&lt;version&gt;/&lt;endpoint&gt; to it, so the task provider&apos;s SPI must answer there.</source>
        <translation>L&apos;adresse de votre tenant du fournisseur de tâches, telle que l&apos;indique sa documentation pour SAP Task Center. Les deux destinations l&apos;utilisent. SAP Task Center y ajoute /task-provider/v&lt;version&gt;/&lt;endpoint&gt;&#xa0;: le SPI du fournisseur de tâches doit donc répondre à cette adresse.</translation>
    </message>
    <message>
        <source>SAP Task Center adds /task-provider/ and the SPI version to this address itself. Use %1 instead.</source>
        <translation>SAP Task Center ajoute lui-même /task-provider/ et la version du SPI à cette adresse. Utilisez plutôt %1.</translation>
    </message>
    <message>
        <source>Corporate identity provider tokens (tc.pp.cip.token)</source>
        <translation>Jetons du fournisseur d&apos;identité d&apos;entreprise (tc.pp.cip.token)</translation>
    </message>
    <message>
        <source>Optional. Choose true only if your users log on through a corporate identity provider configured in Identity Authentication and the task provider needs that provider&apos;s tokens. Leave it empty otherwise; SAP Task Center then assumes false.</source>
        <translation>Facultatif. Choisissez true uniquement si vos utilisateurs se connectent via un fournisseur d&apos;identité d&apos;entreprise configuré dans Identity Authentication et que le fournisseur de tâches a besoin des jetons de ce fournisseur. Sinon, laissez le champ vide&#xa0;; SAP Task Center suppose alors false.</translation>
    </message>
    <message>
        <source>Where SAP Task Center fetches the technical user&apos;s token: the token endpoint of the OAuth server the task provider trusts, as its documentation gives it.</source>
        <translation>L&apos;adresse à laquelle SAP Task Center obtient le jeton de l&apos;utilisateur technique&#xa0;: le point de terminaison de jetons du serveur OAuth auquel fait confiance le fournisseur de tâches, tel que l&apos;indique sa documentation.</translation>
    </message>
    <message>
        <source>The ID of the OAuth client the task provider&apos;s documentation has you register for SAP Task Center&apos;s technical user.</source>
        <translation>L&apos;ID du client OAuth que la documentation du fournisseur de tâches vous fait enregistrer pour l&apos;utilisateur technique de SAP Task Center.</translation>
    </message>
    <message>
        <source>The secret of that client. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le secret de ce client. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Scope (optional)</source>
        <translation>Scope (facultatif)</translation>
    </message>
    <message>
        <source>Only if the task provider&apos;s OAuth server needs a scope for this client: the scopes, separated by spaces, as its documentation gives them. Leave it empty otherwise.</source>
        <translation>Uniquement si le serveur OAuth du fournisseur de tâches a besoin d&apos;un scope pour ce client&#xa0;: les scopes, séparés par des espaces, tels que les indique sa documentation. Sinon, laissez le champ vide.</translation>
    </message>
    <message>
        <source>Token Service URL for users</source>
        <translation>Token Service URL pour les utilisateurs</translation>
    </message>
    <message>
        <source>Where SAP Task Center exchanges a user&apos;s SAML assertion for that user&apos;s token. Filled in with the technical user&apos;s Token Service URL, which is usually the same; change it if the task provider&apos;s documentation gives another.</source>
        <translation>L&apos;adresse à laquelle SAP Task Center échange l&apos;assertion SAML d&apos;un utilisateur contre le jeton de cet utilisateur. Renseignée avec la Token Service URL de l&apos;utilisateur technique, qui est généralement la même&#xa0;; modifiez-la si la documentation du fournisseur de tâches en indique une autre.</translation>
    </message>
    <message>
        <source>The audience the task provider&apos;s OAuth server expects in a SAML assertion, as its documentation or its SAML settings give it.</source>
        <translation>L&apos;audience qu&apos;attend le serveur OAuth du fournisseur de tâches dans une assertion SAML, telle que l&apos;indiquent sa documentation ou ses paramètres SAML.</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client Key</translation>
    </message>
    <message>
        <source>The ID of the OAuth client that accepts SAML assertions from this subaccount (the one that holds the trust certificate). Some task providers use the technical user&apos;s client for this too.</source>
        <translation>L&apos;ID du client OAuth qui accepte les assertions SAML de ce sous-compte (celui qui détient le certificat de confiance). Certains fournisseurs de tâches utilisent également pour cela le client de l&apos;utilisateur technique.</translation>
    </message>
    <message>
        <source>Token Service User (optional)</source>
        <translation>Token Service User (facultatif)</translation>
    </message>
    <message>
        <source>Only if the OAuth server wants the client to log on when SAP Task Center fetches a user&apos;s token: the user for that logon, usually the client key. Leave it empty otherwise.</source>
        <translation>Uniquement si le serveur OAuth veut que le client se connecte lorsque SAP Task Center obtient le jeton d&apos;un utilisateur&#xa0;: l&apos;utilisateur pour cette connexion, généralement la valeur du Client Key. Sinon, laissez le champ vide.</translation>
    </message>
    <message>
        <source>Token Service Password (optional)</source>
        <translation>Token Service Password (facultatif)</translation>
    </message>
    <message>
        <source>The password for the Token Service User, usually the client&apos;s secret. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le mot de passe du Token Service User, généralement le secret du client. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Name ID format (optional)</source>
        <translation>Format du Name ID (facultatif)</translation>
    </message>
    <message>
        <source>How the assertion names the user: emailAddress sends the user&apos;s e-mail address, unspecified (or empty) the user name. Choose what the task provider uses to find its users.</source>
        <translation>La manière dont l&apos;assertion désigne l&apos;utilisateur&#xa0;: emailAddress envoie l&apos;adresse e-mail de l&apos;utilisateur, unspecified (ou vide) le nom d&apos;utilisateur. Choisissez ce qu&apos;utilise le fournisseur de tâches pour trouver ses utilisateurs.</translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation>Classe de contexte d&apos;authentification</translation>
    </message>
    <message>
        <source>The AuthnContextClassRef of the SAML assertion. PreviousSession is what most SAP Task Center providers use; choose X509 only if the task provider&apos;s documentation asks for it.</source>
        <translation>L&apos;AuthnContextClassRef de l&apos;assertion SAML. PreviousSession est la valeur qu&apos;utilisent la plupart des fournisseurs de SAP Task Center&#xa0;; ne choisissez X509 que si la documentation du fournisseur de tâches le demande.</translation>
    </message>
    <message>
        <source>Prepare the task provider</source>
        <translation>Préparer le fournisseur de tâches</translation>
    </message>
    <message>
        <source>A third-party task provider works with SAP Task Center only if it serves SAP Task Center&apos;s task provider SPI. What it supports and how it authenticates is up to the provider: its documentation for SAP Task Center says it.</source>
        <translation>Un fournisseur de tâches tiers ne fonctionne avec SAP Task Center que s&apos;il met à disposition le SPI de fournisseur de tâches de SAP Task Center. Ce qu&apos;il prend en charge et la manière dont il s&apos;authentifie dépendent du fournisseur&#xa0;: sa documentation pour SAP Task Center l&apos;indique.</translation>
    </message>
    <message>
        <source>The task provider must implement the task provider SPI that SAP Note 3462266 defines, at &lt;tenant URL&gt;/task-provider/v&lt;version&gt;/&lt;endpoint&gt;. SAP Task Center calls it with the primary destination&apos;s token to pull tasks and task definitions, and with each user&apos;s token from the secondary destination (&lt;name&gt;_PP) to read task details and to act on tasks. Which SAP Task Center features work depends on that implementation.</source>
        <translation>Le fournisseur de tâches doit implémenter le SPI de fournisseur de tâches que définit la note SAP 3462266, à l&apos;adresse &lt;tenant URL&gt;/task-provider/v&lt;version&gt;/&lt;endpoint&gt;. SAP Task Center l&apos;appelle avec le jeton de la destination principale pour extraire les tâches et les définitions de tâches, et avec le jeton de chaque utilisateur issu de la destination secondaire (&lt;name&gt;_PP) pour lire le détail des tâches et traiter les tâches. Les fonctionnalités de SAP Task Center qui fonctionnent dépendent de cette implémentation.</translation>
    </message>
    <message>
        <source>The initial setup of SAP Task Center is complete, and you have followed the &lt;b&gt;Third-Party Scenarios&lt;/b&gt; of SAP Cloud Identity Services for the task provider&apos;s users.</source>
        <translation>Le paramétrage initial de SAP Task Center est terminé, et vous avez suivi les &lt;b&gt;Third-Party Scenarios&lt;/b&gt; de SAP Cloud Identity Services pour les utilisateurs du fournisseur de tâches.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: System Integration Guide, Third-Party Scenarios.</source>
        <translation>SAP Cloud Identity Services&#xa0;: «&#xa0;System Integration Guide&#xa0;», «&#xa0;Third-Party Scenarios&#xa0;».</translation>
    </message>
    <message>
        <source>Your task provider tenant implements SAP Task Center&apos;s &lt;b&gt;task provider SPI&lt;/b&gt; as SAP Note 3462266 defines it.</source>
        <translation>Votre tenant du fournisseur de tâches implémente le &lt;b&gt;SPI de fournisseur de tâches&lt;/b&gt; de SAP Task Center tel que le définit la note SAP 3462266.</translation>
    </message>
    <message>
        <source>SAP Note 3462266 (SAP for Me; an S-user is needed). Ask the task provider&apos;s vendor or developers if you are not sure.</source>
        <translation>Note SAP 3462266 (SAP for Me&#xa0;; un S-user est nécessaire). En cas de doute, demandez à l&apos;éditeur ou aux développeurs du fournisseur de tâches.</translation>
    </message>
    <message>
        <source>You have the task provider&apos;s &lt;b&gt;documentation for SAP Task Center&lt;/b&gt;: its tenant URL, and how it accepts tokens for SAP Task Center&apos;s technical user and for each user.</source>
        <translation>Vous disposez de la &lt;b&gt;documentation pour SAP Task Center&lt;/b&gt; du fournisseur de tâches&#xa0;: l&apos;URL de son tenant, et la manière dont il accepte les jetons pour l&apos;utilisateur technique de SAP Task Center et pour chaque utilisateur.</translation>
    </message>
    <message>
        <source>The task provider&apos;s own documentation.</source>
        <translation>La documentation propre au fournisseur de tâches.</translation>
    </message>
    <message>
        <source>Your task provider tenant</source>
        <translation>Votre tenant du fournisseur de tâches</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches the task provider&apos;s SPI.</source>
        <translation>Où SAP Task Center atteint le SPI du fournisseur de tâches.</translation>
    </message>
    <message>
        <source>Enter the tenant URL as the task provider&apos;s documentation gives it, without /task-provider/ and what follows.</source>
        <translation>Saisissez l&apos;URL du tenant telle que l&apos;indique la documentation du fournisseur de tâches, sans /task-provider/ ni ce qui suit.</translation>
    </message>
    <message>
        <source>Both destinations use the same tenant URL. SAP Task Center adds /task-provider/v&lt;version&gt;/&lt;endpoint&gt; to it. UNCONFIRMED: SAP&apos;s example for the primary destination ends in /v2 and the one for the secondary does not; the wizard writes the same address to both, as both pages describe it the same way.</source>
        <translation>Les deux destinations utilisent la même URL de tenant. SAP Task Center y ajoute /task-provider/v&lt;version&gt;/&lt;endpoint&gt;. UNCONFIRMED&#xa0;: l&apos;exemple de SAP pour la destination principale se termine par /v2 et celui pour la destination secondaire non&#xa0;; l&apos;assistant écrit la même adresse dans les deux, car les deux pages la décrivent de la même manière.</translation>
    </message>
    <message>
        <source>Client for SAP Task Center&apos;s technical user</source>
        <translation>Client pour l&apos;utilisateur technique de SAP Task Center</translation>
    </message>
    <message>
        <source>SAP Task Center pulls tasks and task definitions with this client&apos;s token.</source>
        <translation>SAP Task Center extrait les tâches et les définitions de tâches avec le jeton de ce client.</translation>
    </message>
    <message>
        <source>In the task provider, or in the OAuth server it trusts, register an OAuth client for SAP Task Center that may fetch tokens with its client ID and secret (client credentials), as the task provider&apos;s documentation says. Copy its values here.</source>
        <translation>Dans le fournisseur de tâches, ou dans le serveur OAuth auquel il fait confiance, enregistrez pour SAP Task Center un client OAuth autorisé à obtenir des jetons avec son ID client et son secret (client credentials), comme l&apos;indique la documentation du fournisseur de tâches. Copiez ses valeurs ici.</translation>
    </message>
    <message>
        <source>SAP only asks that the primary destination returns a valid token; the wizard writes OAuth client credentials, the usual way for a technical user. UNCONFIRMED: whether your task provider accepts them, and which scope it needs, is for its documentation to say.</source>
        <translation>SAP demande uniquement que la destination principale renvoie un jeton valide&#xa0;; l&apos;assistant écrit des identifiants client OAuth, la méthode habituelle pour un utilisateur technique. UNCONFIRMED&#xa0;: c&apos;est à la documentation de votre fournisseur de tâches d&apos;indiquer s&apos;il les accepte et de quel scope il a besoin.</translation>
    </message>
    <message>
        <source>OAuth client for the technical user</source>
        <translation>Client OAuth pour l&apos;utilisateur technique</translation>
    </message>
    <message>
        <source>Trust certificate of your subaccount</source>
        <translation>Certificat de confiance de votre sous-compte</translation>
    </message>
    <message>
        <source>The task provider trusts each user&apos;s SAML assertion through this certificate: you give it to the task provider next.</source>
        <translation>Le fournisseur de tâches fait confiance à l&apos;assertion SAML de chaque utilisateur grâce à ce certificat&#xa0;: vous le transmettez ensuite au fournisseur de tâches.</translation>
    </message>
    <message>
        <source>The Destination service signs each user&apos;s SAML assertion with this subaccount&apos;s trust certificate.</source>
        <translation>Le service Destination signe l&apos;assertion SAML de chaque utilisateur avec le certificat de confiance de ce sous-compte.</translation>
    </message>
    <message>
        <source>Renew the certificate in the task provider too whenever the subaccount&apos;s certificate is renewed; until then, users cannot open or act on their tasks.</source>
        <translation>Renouvelez aussi le certificat dans le fournisseur de tâches chaque fois que le certificat du sous-compte est renouvelé&#xa0;; d&apos;ici là, les utilisateurs ne peuvent ni ouvrir ni traiter leurs tâches.</translation>
    </message>
    <message>
        <source>Trust for each user&apos;s token</source>
        <translation>Confiance pour le jeton de chaque utilisateur</translation>
    </message>
    <message>
        <source>SAP Task Center reads task details and acts on tasks with each user&apos;s own token.</source>
        <translation>SAP Task Center lit le détail des tâches et traite les tâches avec le jeton propre à chaque utilisateur.</translation>
    </message>
    <message>
        <source>In the task provider, or in the OAuth server it trusts, upload the trust certificate below and allow an OAuth client to exchange SAML assertions signed with it for a user&apos;s token (SAML 2.0 bearer assertion), as the task provider&apos;s documentation says. Copy its values here.</source>
        <translation>Dans le fournisseur de tâches, ou dans le serveur OAuth auquel il fait confiance, chargez le certificat de confiance ci-dessous et autorisez un client OAuth à échanger les assertions SAML signées avec ce certificat contre le jeton d&apos;un utilisateur (SAML 2.0 bearer assertion), comme l&apos;indique la documentation du fournisseur de tâches. Copiez ses valeurs ici.</translation>
    </message>
    <message>
        <source>SAP allows any authentication for the secondary destination that returns a token for the user; the wizard writes a SAML bearer assertion, which the Destination service signs with this subaccount&apos;s trust certificate. UNCONFIRMED: whether your task provider accepts it, its audience, and whether it finds users by e-mail address or user name are for its documentation to say. If it needs another kind of user token, create the secondary destination by hand as its documentation says.</source>
        <translation>SAP autorise pour la destination secondaire toute authentification qui renvoie un jeton pour l&apos;utilisateur&#xa0;; l&apos;assistant écrit une assertion SAML bearer, que le service Destination signe avec le certificat de confiance de ce sous-compte. UNCONFIRMED&#xa0;: c&apos;est à la documentation de votre fournisseur de tâches d&apos;indiquer s&apos;il l&apos;accepte, quelle est son audience et s&apos;il trouve les utilisateurs par adresse e-mail ou par nom d&apos;utilisateur. S&apos;il a besoin d&apos;un autre type de jeton utilisateur, créez la destination secondaire manuellement comme l&apos;indique sa documentation.</translation>
    </message>
    <message>
        <source>The same .pem file the SAP BTP cockpit exports under Connectivity &gt; Destination Trust.</source>
        <translation>Le même fichier .pem que celui qu&apos;exporte le cockpit SAP BTP sous «&#xa0;Connectivity &gt; Destination Trust&#xa0;».</translation>
    </message>
    <message>
        <source>To recognize the certificate in the task provider&apos;s list. UNCONFIRMED: whether the task provider also wants it as the assertion&apos;s issuer.</source>
        <translation>Pour reconnaître le certificat dans la liste du fournisseur de tâches. UNCONFIRMED&#xa0;: reste à savoir si le fournisseur de tâches le veut également comme émetteur de l&apos;assertion.</translation>
    </message>
    <message>
        <source>OAuth client for users</source>
        <translation>Client OAuth pour les utilisateurs</translation>
    </message>
    <message>
        <source>Destinations to the task provider</source>
        <translation>Destinations vers le fournisseur de tâches</translation>
    </message>
    <message>
        <source>The primary destination and its secondary destination (the primary&apos;s name followed by _PP), as SAP&apos;s guides list them.</source>
        <translation>La destination principale et sa destination secondaire (le nom de la principale suivi de _PP), telles que les répertorient les guides SAP.</translation>
    </message>
    <message>
        <source>SAP&apos;s guides list only the name, type, URL and SAP Task Center&apos;s own properties; the authentication properties are those of SAP BTP Connectivity for OAuth client credentials and for the SAML bearer assertion.</source>
        <translation>Les guides SAP ne répertorient que le nom, le type, l&apos;URL et les propriétés propres à SAP Task Center&#xa0;; les propriétés d&apos;authentification sont celles de SAP BTP Connectivity pour les identifiants client OAuth et pour l&apos;assertion SAML bearer.</translation>
    </message>
    <message>
        <source>The task provider&apos;s OAuth server does not accept the client. Copy the client ID and secret (or the client key and Token Service User and Password) again from where you registered the client for SAP Task Center, and apply again.</source>
        <translation>Le serveur OAuth du fournisseur de tâches n&apos;accepte pas le client. Copiez de nouveau l&apos;ID client et le secret (ou le Client Key, le Token Service User et le Token Service Password) depuis l&apos;endroit où vous avez enregistré le client pour SAP Task Center, et appliquez de nouveau.</translation>
    </message>
    <message>
        <source>The task provider does not accept this subaccount&apos;s signature: the certificate it trusts is not the subaccount&apos;s current trust certificate. Give it the current one again (Connectivity &gt; Destination Trust).</source>
        <translation>Le fournisseur de tâches n&apos;accepte pas la signature de ce sous-compte&#xa0;: le certificat auquel il fait confiance n&apos;est pas le certificat de confiance actuel du sous-compte. Transmettez-lui de nouveau le certificat actuel («&#xa0;Connectivity &gt; Destination Trust&#xa0;»).</translation>
    </message>
    <message>
        <source>Check against the task provider&apos;s documentation for SAP Task Center that the Token Service URLs, clients and audience are right, and that the task provider trusts this subaccount&apos;s current trust certificate.</source>
        <translation>Vérifiez à l&apos;aide de la documentation du fournisseur de tâches pour SAP Task Center que les Token Service URL, les clients et l&apos;audience sont corrects, et que le fournisseur de tâches fait confiance au certificat de confiance actuel de ce sous-compte.</translation>
    </message>
    <message>
        <source>Create only one primary destination for each task provider system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination principale par système du fournisseur de tâches dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>SAP Task Center calls the task provider&apos;s SPI at the URL followed by /task-provider/v&lt;version&gt;/&lt;endpoint&gt;, with this destination&apos;s token, to pull tasks and task definitions.</source>
        <translation>SAP Task Center appelle le SPI du fournisseur de tâches à l&apos;URL suivie de /task-provider/v&lt;version&gt;/&lt;endpoint&gt;, avec le jeton de cette destination, pour extraire les tâches et les définitions de tâches.</translation>
    </message>
    <message>
        <source>SAP lets the task provider choose how SAP Task Center authenticates, as long as this destination returns a valid token. The wizard writes OAuth client credentials. UNCONFIRMED: whether your task provider accepts them; if its documentation asks for another authentication, change this destination as it says.</source>
        <translation>SAP laisse le fournisseur de tâches choisir la manière dont SAP Task Center s&apos;authentifie, pour autant que cette destination renvoie un jeton valide. L&apos;assistant écrit des identifiants client OAuth. UNCONFIRMED&#xa0;: reste à savoir si votre fournisseur de tâches les accepte&#xa0;; si sa documentation demande une autre authentification, modifiez cette destination comme elle l&apos;indique.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user. Check it in the SAP Task Center Web app as a user with tasks from the task provider.</source>
        <translation>Cette destination n&apos;a pas d&apos;utilisateur technique&#xa0;: le service Destination n&apos;obtient un jeton avec elle que pour un utilisateur connecté, comme le fait SAP Task Center pour chaque utilisateur. Vérifiez-la dans la SAP Task Center Web app en tant qu&apos;utilisateur ayant des tâches du fournisseur de tâches.</translation>
    </message>
    <message>
        <source>SAP lets the task provider choose how each user authenticates, as long as this destination returns a valid token for the user. The wizard writes a SAML bearer assertion signed with this subaccount&apos;s trust certificate. UNCONFIRMED: whether your task provider accepts it; if its documentation asks for another authentication, change this destination as it says.</source>
        <translation>SAP laisse le fournisseur de tâches choisir la manière dont chaque utilisateur s&apos;authentifie, pour autant que cette destination renvoie un jeton valide pour l&apos;utilisateur. L&apos;assistant écrit une assertion SAML bearer signée avec le certificat de confiance de ce sous-compte. UNCONFIRMED&#xa0;: reste à savoir si votre fournisseur de tâches l&apos;accepte&#xa0;; si sa documentation demande une autre authentification, modifiez cette destination comme elle l&apos;indique.</translation>
    </message>
    <message>
        <source>Approvals from SAP Fieldglass: one destination with the API application key of your SAP Fieldglass company, after SAP Fieldglass holds this subaccount&apos;s trust certificate and pushes task updates to SAP Task Center.</source>
        <translation>Approbations de SAP Fieldglass&#xa0;: une destination avec la clé d&apos;application API de votre société SAP Fieldglass, une fois que SAP Fieldglass détient le certificat de confiance de ce sous-compte et transmet les mises à jour des tâches à SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Fieldglass tenant URL</source>
        <translation>URL du tenant SAP Fieldglass</translation>
    </message>
    <message>
        <source>The address you sign in to SAP Fieldglass with, or the one SAP Fieldglass support gave you (SAP&apos;s guide names https://www.fieldglass.net for the US data center and https://www.fieldglass.eu for the EU data center). The wizard adds /api/v1 for the destination URL and /api/oauth2/v2.0/token for the token service URL. UNCONFIRMED: SAP&apos;s guide writes the US and EU token service URLs with http:// and without www; the wizard uses https and the host you enter, as in SAP&apos;s example for a tenant.</source>
        <translation>L&apos;adresse avec laquelle vous vous connectez à SAP Fieldglass, ou celle que vous a fournie le support SAP Fieldglass (le guide SAP cite https://www.fieldglass.net pour le centre de données des États-Unis et https://www.fieldglass.eu pour le centre de données de l&apos;UE). L&apos;assistant ajoute /api/v1 pour l&apos;URL de la destination et /api/oauth2/v2.0/token pour la Token Service URL. UNCONFIRMED&#xa0;: le guide SAP écrit les Token Service URL des États-Unis et de l&apos;UE avec http:// et sans www&#xa0;; l&apos;assistant utilise https et l&apos;hôte que vous saisissez, comme dans l&apos;exemple de SAP pour un tenant.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds /api/v1 and the token path itself.</source>
        <translation>Seule la partie serveur de cette adresse est utilisée (%1)&#xa0;; l&apos;assistant ajoute lui-même /api/v1 et le chemin du service de jetons.</translation>
    </message>
    <message>
        <source>The audience of the SAML assertion. SAP&apos;s guide gives Fieldglass as its example and names no other value: keep it unless SAP Fieldglass support gives you another one. UNCONFIRMED whether a tenant can need another value.</source>
        <translation>L&apos;audience de l&apos;assertion SAML. Le guide SAP donne Fieldglass en exemple et n&apos;indique aucune autre valeur&#xa0;: conservez-la, sauf si le support SAP Fieldglass vous en fournit une autre. UNCONFIRMED&#xa0;: reste à savoir si un tenant peut nécessiter une autre valeur.</translation>
    </message>
    <message>
        <source>API Application Key</source>
        <translation>API Application Key</translation>
    </message>
    <message>
        <source>The API Application Key of the key you created for SAP Task Center, shown on View Application Keys in SAP Fieldglass Configuration Manager. It goes into the destination twice: as Client Key and as the header X-ApplicationKey. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>L&apos;API Application Key de la clé que vous avez créée pour SAP Task Center, affichée sous «&#xa0;View Application Keys&#xa0;» dans SAP Fieldglass Configuration Manager. Elle figure deux fois dans la destination&#xa0;: comme Client Key et dans l&apos;en-tête X-ApplicationKey. Elle est conservée dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The Client ID of the same application key, from View Application Keys.</source>
        <translation>Le Client ID de la même clé d&apos;application, issu de «&#xa0;View Application Keys&#xa0;».</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>The Client Secret of the same application key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le Client Secret de la même clé d&apos;application. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Virtual Person Name (Username)</source>
        <translation>Virtual Person Name (Username)</translation>
    </message>
    <message>
        <source>From the Web Services section of View Application Keys; it becomes the destination&apos;s Token Service User.</source>
        <translation>Issu de la section «&#xa0;Web Services&#xa0;» de «&#xa0;View Application Keys&#xa0;»&#xa0;; il devient le Token Service User de la destination.</translation>
    </message>
    <message>
        <source>License Key</source>
        <translation>License Key</translation>
    </message>
    <message>
        <source>From the Web Services section of View Application Keys; it becomes the destination&apos;s Token Service Password. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Issue de la section «&#xa0;Web Services&#xa0;» de «&#xa0;View Application Keys&#xa0;»&#xa0;; elle devient le Token Service Password de la destination. Elle est conservée dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Prepare SAP Fieldglass</source>
        <translation>Préparer SAP Fieldglass</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the pages after it rely on them.</source>
        <translation>Cochez chaque étape une fois qu&apos;elle est effectuée&#xa0;; les pages suivantes en dépendent.</translation>
    </message>
    <message>
        <source>You need an SAP Fieldglass tenant and a Configuration Manager user in it.</source>
        <translation>Vous avez besoin d&apos;un tenant SAP Fieldglass et d&apos;un utilisateur Configuration Manager dans ce tenant.</translation>
    </message>
    <message>
        <source>SAP Task Center reads tasks from SAP Fieldglass once SAP Fieldglass knows your users through SAP Cloud Identity Services, SAP Task Center is enabled in SAP Fieldglass, and SAP Fieldglass may push task updates.</source>
        <translation>SAP Task Center lit les tâches de SAP Fieldglass une fois que SAP Fieldglass connaît vos utilisateurs via SAP Cloud Identity Services, que SAP Task Center est activé dans SAP Fieldglass et que SAP Fieldglass est autorisé à transmettre les mises à jour des tâches.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s initial setup is complete, and SAP Fieldglass is connected to SAP Cloud Identity Services as the &lt;b&gt;SAP Fieldglass Integration Scenario&lt;/b&gt; describes.</source>
        <translation>Le paramétrage initial de SAP Task Center est terminé, et SAP Fieldglass est connecté à SAP Cloud Identity Services comme le décrit le &lt;b&gt;SAP Fieldglass Integration Scenario&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: System Integration Guide, SAP Fieldglass Integration Scenario.</source>
        <translation>SAP Cloud Identity Services&#xa0;: «&#xa0;System Integration Guide&#xa0;», «&#xa0;SAP Fieldglass Integration Scenario&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;b&gt;SAP Task Center is enabled in SAP Fieldglass&lt;/b&gt;.</source>
        <translation>&lt;b&gt;SAP Task Center est activé dans SAP Fieldglass&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Fieldglass: Enable SAP Task Center in SAP Fieldglass.</source>
        <translation>SAP Fieldglass&#xa0;: «&#xa0;Enable SAP Task Center in SAP Fieldglass&#xa0;».</translation>
    </message>
    <message>
        <source>SAP Fieldglass support has enabled the &lt;b&gt;push capability&lt;/b&gt; (SAP_TASK_PUSH_CAPABILITY) for your company and refreshed its cache; otherwise Manage SAP Task Center stops with an error.</source>
        <translation>Le support SAP Fieldglass a activé la &lt;b&gt;fonction de transmission&lt;/b&gt; (SAP_TASK_PUSH_CAPABILITY) pour votre société et actualisé son cache&#xa0;; sinon, «&#xa0;Manage SAP Task Center&#xa0;» s&apos;arrête avec une erreur.</translation>
    </message>
    <message>
        <source>SAP Fieldglass Customer Support.</source>
        <translation>Support client SAP Fieldglass.</translation>
    </message>
    <message>
        <source>SAP Fieldglass trusts SAP Task Center through this certificate: it goes into your tenant&apos;s truststore next.</source>
        <translation>SAP Fieldglass fait confiance à SAP Task Center grâce à ce certificat&#xa0;: il est ensuite ajouté au truststore de votre tenant.</translation>
    </message>
    <message>
        <source>Get the subaccount&apos;s trust certificate.</source>
        <translation>Récupérez le certificat de confiance du sous-compte.</translation>
    </message>
    <message>
        <source>SAP Fieldglass checks the SAML assertions this subaccount signs against this certificate.</source>
        <translation>SAP Fieldglass vérifie les assertions SAML que signe ce sous-compte à l&apos;aide de ce certificat.</translation>
    </message>
    <message>
        <source>Have the trust certificate uploaded to SAP Fieldglass</source>
        <translation>Faire charger le certificat de confiance dans SAP Fieldglass</translation>
    </message>
    <message>
        <source>Your SAP Fieldglass representative puts it into your tenant&apos;s truststore.</source>
        <translation>Votre représentant SAP Fieldglass l&apos;ajoute au truststore de votre tenant.</translation>
    </message>
    <message>
        <source>Save the certificate below as a file and send it to your &lt;b&gt;SAP Fieldglass representative&lt;/b&gt;, asking them to upload it to the &lt;b&gt;truststore&lt;/b&gt; of your SAP Fieldglass tenant.</source>
        <translation>Enregistrez le certificat ci-dessous dans un fichier et envoyez-le à votre &lt;b&gt;représentant SAP Fieldglass&lt;/b&gt; en lui demandant de le charger dans le &lt;b&gt;truststore&lt;/b&gt; de votre tenant SAP Fieldglass.</translation>
    </message>
    <message>
        <source>Renew the certificate in SAP Fieldglass too whenever the subaccount&apos;s certificate is renewed: until then, you may not be able to work on tasks nor receive task updates.</source>
        <translation>Renouvelez aussi le certificat dans SAP Fieldglass chaque fois que le certificat du sous-compte est renouvelé&#xa0;: d&apos;ici là, vous risquez de ne pas pouvoir traiter les tâches ni recevoir les mises à jour des tâches.</translation>
    </message>
    <message>
        <source>SAP&apos;s mission saves it as a .cer file for SAP Fieldglass.</source>
        <translation>La mission SAP l&apos;enregistre sous forme de fichier .cer pour SAP Fieldglass.</translation>
    </message>
    <message>
        <source>To recognize the certificate in your request.</source>
        <translation>Pour reconnaître le certificat dans votre demande.</translation>
    </message>
    <message>
        <source>SAP Task Center service key</source>
        <translation>Clé de service de SAP Task Center</translation>
    </message>
    <message>
        <source>Create a new SAP Task Center service instance for the task updates SAP Fieldglass pushes, and a service key for it; open that key here.</source>
        <translation>Créez une nouvelle instance de service SAP Task Center pour les mises à jour de tâches que transmet SAP Fieldglass, ainsi qu&apos;une clé de service pour celle-ci&#xa0;; ouvrez cette clé ici.</translation>
    </message>
    <message>
        <source>Open the service key of the new instance.</source>
        <translation>Ouvrez la clé de service de la nouvelle instance.</translation>
    </message>
    <message>
        <source>SAP Fieldglass needs the key&apos;s address and OAuth client, its client secret too. The key&apos;s uaa.clientid also becomes the destination&apos;s tc.clientId.</source>
        <translation>SAP Fieldglass a besoin de l&apos;adresse et du client OAuth de la clé, ainsi que de son secret client. L&apos;uaa.clientid de la clé devient également le tc.clientId de la destination.</translation>
    </message>
    <message>
        <source>Enable pushed task updates in SAP Fieldglass</source>
        <translation>Activer les mises à jour de tâches transmises dans SAP Fieldglass</translation>
    </message>
    <message>
        <source>SAP Fieldglass sends task updates to SAP Task Center with these values.</source>
        <translation>SAP Fieldglass envoie les mises à jour des tâches à SAP Task Center avec ces valeurs.</translation>
    </message>
    <message>
        <source>Sign in to SAP Fieldglass as the &lt;b&gt;Configuration Manager&lt;/b&gt; user. Under &lt;b&gt;Integration Tools&lt;/b&gt;, choose &lt;b&gt;Manage SAP Task Center&lt;/b&gt;, then &lt;b&gt;Configure&lt;/b&gt;. In the &lt;b&gt;Setup&lt;/b&gt; dialog, enter the values below and choose &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Connectez-vous à SAP Fieldglass avec l&apos;utilisateur &lt;b&gt;Configuration Manager&lt;/b&gt;. Sous &lt;b&gt;Integration Tools&lt;/b&gt;, choisissez &lt;b&gt;Manage SAP Task Center&lt;/b&gt;, puis &lt;b&gt;Configure&lt;/b&gt;. Dans la boîte de dialogue &lt;b&gt;Setup&lt;/b&gt;, saisissez les valeurs ci-dessous et choisissez &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The values come from the service key of the new instance. When you rotate its client secret later, create a new service key and enter its client secret in the same Setup dialog.</source>
        <translation>Les valeurs proviennent de la clé de service de la nouvelle instance. Lorsque vous effectuerez ultérieurement une rotation de son secret client, créez une nouvelle clé de service et saisissez son secret client dans la même boîte de dialogue «&#xa0;Setup&#xa0;».</translation>
    </message>
    <message>
        <source>Setup dialog</source>
        <translation>Boîte de dialogue Setup</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>OAuth URL</translation>
    </message>
    <message>
        <source>uaa.url of the service key.</source>
        <translation>uaa.url de la clé de service.</translation>
    </message>
    <message>
        <source>Create the API application key in SAP Fieldglass</source>
        <translation>Créer la clé d&apos;application API dans SAP Fieldglass</translation>
    </message>
    <message>
        <source>SAP Task Center calls SAP Fieldglass&apos;s API with this key and fetches its tokens with these values.</source>
        <translation>SAP Task Center appelle l&apos;API de SAP Fieldglass avec cette clé et obtient ses jetons avec ces valeurs.</translation>
    </message>
    <message>
        <source>In SAP Fieldglass Configuration Manager, create an API application key for SAP Task Center (&lt;b&gt;Create API Application Key&lt;/b&gt;). Then open &lt;b&gt;View Application Keys&lt;/b&gt; and copy the values below; the user name and license key are in its &lt;b&gt;Web Services&lt;/b&gt; section.</source>
        <translation>Dans SAP Fieldglass Configuration Manager, créez une clé d&apos;application API pour SAP Task Center (&lt;b&gt;Create API Application Key&lt;/b&gt;). Ouvrez ensuite &lt;b&gt;View Application Keys&lt;/b&gt; et copiez les valeurs ci-dessous&#xa0;; le nom d&apos;utilisateur et la clé de licence se trouvent dans sa section &lt;b&gt;Web Services&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>If an API application key already exists for SAP Task Center, you need access to the Web Services section of View Application Keys to copy its values. If that section is blank, ask SAP Fieldglass Customer Support for them.</source>
        <translation>Si une clé d&apos;application API existe déjà pour SAP Task Center, vous devez avoir accès à la section «&#xa0;Web Services&#xa0;» de «&#xa0;View Application Keys&#xa0;» pour copier ses valeurs. Si cette section est vide, demandez-les au support client SAP Fieldglass.</translation>
    </message>
    <message>
        <source>View Application Keys</source>
        <translation>View Application Keys</translation>
    </message>
    <message>
        <source>Your SAP Fieldglass tenant</source>
        <translation>Votre tenant SAP Fieldglass</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Fieldglass.</source>
        <translation>Où SAP Task Center atteint SAP Fieldglass.</translation>
    </message>
    <message>
        <source>Enter the address you sign in to SAP Fieldglass with; the wizard makes the destination&apos;s addresses from it.</source>
        <translation>Saisissez l&apos;adresse avec laquelle vous vous connectez à SAP Fieldglass&#xa0;; l&apos;assistant en déduit les adresses de la destination.</translation>
    </message>
    <message>
        <source>If you change the URL of a destination that already has tasks in SAP Task Center&apos;s task cache, SAP Task Center loads them again.</source>
        <translation>Si vous modifiez l&apos;URL d&apos;une destination dont les tâches se trouvent déjà dans le cache de tâches de SAP Task Center, SAP Task Center les charge de nouveau.</translation>
    </message>
    <message>
        <source>Destination to SAP Fieldglass</source>
        <translation>Destination vers SAP Fieldglass</translation>
    </message>
    <message>
        <source>The destination as SAP&apos;s guide lists it.</source>
        <translation>La destination telle que l&apos;indique le guide SAP.</translation>
    </message>
    <message>
        <source>Check the destination&apos;s name and properties.</source>
        <translation>Vérifiez le nom et les propriétés de la destination.</translation>
    </message>
    <message>
        <source>The wizard writes the destination into the subaccount after the review, or into a file for you to import.</source>
        <translation>L&apos;assistant écrit la destination dans le sous-compte après la vérification, ou dans un fichier que vous importez.</translation>
    </message>
    <message>
        <source>Check in SAP Fieldglass Configuration Manager (View Application Keys) that the destination&apos;s API application key, client ID and secret, virtual person name and license key are those of the key created for SAP Task Center, and ask your SAP Fieldglass representative whether this subaccount&apos;s current trust certificate is in your tenant&apos;s truststore.</source>
        <translation>Vérifiez dans SAP Fieldglass Configuration Manager («&#xa0;View Application Keys&#xa0;») que la clé d&apos;application API, l&apos;ID client et le secret, le Virtual Person Name et la License Key de la destination sont ceux de la clé créée pour SAP Task Center, et demandez à votre représentant SAP Fieldglass si le certificat de confiance actuel de ce sous-compte se trouve dans le truststore de votre tenant.</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Fieldglass. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Le service Destination n&apos;obtient un jeton avec elle que pour un utilisateur connecté, et selon SAP, «&#xa0;Check Connection&#xa0;» peut ne pas indiquer si SAP Task Center atteint SAP Fieldglass. Vérifiez le connecteur dans le «&#xa0;Monitoring&#xa0;» de SAP Task Center une fois la destination enregistrée.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Fieldglass system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination par système SAP Fieldglass dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>tc.clientId is the client ID of the service key you opened for pushed task updates. SAP says to set it only once SAP Fieldglass pushes task updates (Manage SAP Task Center); otherwise tasks may not arrive.</source>
        <translation>tc.clientId est l&apos;ID client de la clé de service que vous avez ouverte pour les mises à jour de tâches transmises. Selon SAP, ne le définissez qu&apos;une fois que SAP Fieldglass transmet les mises à jour des tâches («&#xa0;Manage SAP Task Center&#xa0;»)&#xa0;; sinon, les tâches risquent de ne pas arriver.</translation>
    </message>
    <message>
        <source>Tasks from SAP Marketing Cloud: one destination with the OAuth 2.0 details of the communication arrangement you create for SAP Task Center in SAP Marketing Cloud, and its technical communication user.</source>
        <translation>Tâches de SAP Marketing Cloud&#xa0;: une destination avec les «&#xa0;OAuth 2.0 Details&#xa0;» de l&apos;accord de communication que vous créez pour SAP Task Center dans SAP Marketing Cloud, et son utilisateur de communication technique.</translation>
    </message>
    <message>
        <source>The user name you created for the technical communication user. It becomes the destination&apos;s Token Service User.</source>
        <translation>Le nom d&apos;utilisateur que vous avez créé pour l&apos;utilisateur de communication technique. Il devient le Token Service User de la destination.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the user name you created for the technical communication user.</source>
        <translation>Cela ressemble à une adresse e-mail. Saisissez le nom d&apos;utilisateur que vous avez créé pour l&apos;utilisateur de communication technique.</translation>
    </message>
    <message>
        <source>The password you gave the technical communication user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le mot de passe que vous avez attribué à l&apos;utilisateur de communication technique. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The Service URL/Service Interface the communication arrangement shows. The destination uses its server part, as SAP&apos;s guide says (it removes everything from sap/opu/odata4/ on); the client comes from its sap-client.</source>
        <translation>La valeur «&#xa0;Service URL/Service Interface&#xa0;» qu&apos;affiche l&apos;accord de communication. La destination utilise sa partie serveur, comme l&apos;indique le guide SAP (elle supprime tout à partir de sap/opu/odata4/)&#xa0;; le mandant provient de son sap-client.</translation>
    </message>
    <message>
        <source>This is not the address SAP&apos;s guide shows for the arrangement (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation>Ce n&apos;est pas l&apos;adresse que le guide SAP indique pour l&apos;accord de communication (elle contient api_task_spi_replication). Seule la partie serveur de cette adresse est utilisée.</translation>
    </message>
    <message>
        <source>The client number of the SAP Marketing Cloud system, taken from the service URL&apos;s sap-client when it has one.</source>
        <translation>Le numéro de mandant du système SAP Marketing Cloud, repris du sap-client de l&apos;URL de service lorsqu&apos;elle en contient un.</translation>
    </message>
    <message>
        <source>SAP Marketing Cloud must trust the SAML assertions this subaccount signs; keep the certificate at hand for Integrating SAP Task Center.</source>
        <translation>SAP Marketing Cloud doit faire confiance aux assertions SAML que signe ce sous-compte&#xa0;; gardez le certificat à portée de main pour «&#xa0;Integrating SAP Task Center&#xa0;».</translation>
    </message>
    <message>
        <source>UNCONFIRMED: SAP&apos;s page for SAP Marketing Cloud does not mention the trust certificate. The guide it links, Integrating SAP Task Center, is the one SAP&apos;s page for SAP S/4HANA Cloud Public Edition links too, and there the communication system holds this certificate (SAP Task Center, Renew Destination Trust Certificates). If Integrating SAP Task Center asks for no certificate, you need not use it.</source>
        <translation>UNCONFIRMED&#xa0;: la page SAP pour SAP Marketing Cloud ne mentionne pas le certificat de confiance. Le guide vers lequel elle renvoie, «&#xa0;Integrating SAP Task Center&#xa0;», est celui vers lequel renvoie également la page SAP pour SAP S/4HANA Cloud Public Edition, et là, le système de communication contient ce certificat (SAP Task Center, «&#xa0;Renew Destination Trust Certificates&#xa0;»). Si «&#xa0;Integrating SAP Task Center&#xa0;» ne demande aucun certificat, vous n&apos;avez pas besoin de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Set up SAP Task Center in SAP Marketing Cloud</source>
        <translation>Configurer SAP Task Center dans SAP Marketing Cloud</translation>
    </message>
    <message>
        <source>The technical communication user and the communication arrangement, and the values they give back for the destination.</source>
        <translation>L&apos;utilisateur de communication technique et l&apos;accord de communication, ainsi que les valeurs qu&apos;ils renvoient pour la destination.</translation>
    </message>
    <message>
        <source>In SAP Marketing Cloud, follow &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: create the technical communication user and the communication arrangement for SAP Task Center (&lt;b&gt;Create a Communication Arrangement&lt;/b&gt;). Then enter the values below.</source>
        <translation>Dans SAP Marketing Cloud, suivez &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;&#xa0;: créez l&apos;utilisateur de communication technique et l&apos;accord de communication pour SAP Task Center (&lt;b&gt;Create a Communication Arrangement&lt;/b&gt;). Saisissez ensuite les valeurs ci-dessous.</translation>
    </message>
    <message>
        <source>SAP&apos;s page for SAP Marketing Cloud names only the values the destination needs; how to create the user and the arrangement is in Integrating SAP Task Center. UNCONFIRMED: SAP&apos;s page links the guides Integrating SAP Task Center and Create a Communication Arrangement of SAP S/4HANA Cloud&apos;s documentation, not of SAP Marketing Cloud&apos;s.</source>
        <translation>La page SAP pour SAP Marketing Cloud ne cite que les valeurs dont la destination a besoin&#xa0;; la création de l&apos;utilisateur et de l&apos;accord de communication est décrite dans «&#xa0;Integrating SAP Task Center&#xa0;». UNCONFIRMED&#xa0;: la page SAP renvoie aux guides «&#xa0;Integrating SAP Task Center&#xa0;» et «&#xa0;Create a Communication Arrangement&#xa0;» de la documentation de SAP S/4HANA Cloud, et non de celle de SAP Marketing Cloud.</translation>
    </message>
    <message>
        <source>Only if Integrating SAP Task Center asks for the certificate of SAP Task Center&apos;s subaccount.</source>
        <translation>Uniquement si «&#xa0;Integrating SAP Task Center&#xa0;» demande le certificat du sous-compte de SAP Task Center.</translation>
    </message>
    <message>
        <source>Technical communication user</source>
        <translation>Utilisateur de communication technique</translation>
    </message>
    <message>
        <source>The user name and password you created for the technical communication user.</source>
        <translation>Le nom d&apos;utilisateur et le mot de passe que vous avez créés pour l&apos;utilisateur de communication technique.</translation>
    </message>
    <message>
        <source>Copy these from the communication arrangement: its &lt;b&gt;Service URL/Service Interface&lt;/b&gt;, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL.</source>
        <translation>Copiez-les depuis l&apos;accord de communication&#xa0;: son &lt;b&gt;Service URL/Service Interface&lt;/b&gt; et, dans &lt;b&gt;OAuth 2.0 Details&lt;/b&gt;, les valeurs SAML2 Audience, Client ID et Token Service URL.</translation>
    </message>
    <message>
        <source>Destination to SAP Marketing Cloud</source>
        <translation>Destination vers SAP Marketing Cloud</translation>
    </message>
    <message>
        <source>The wizard writes the destination into the subaccount after the review, or into a file for you to import. Afterwards, perform the steps of SAP Marketing Cloud&apos;s guide &quot;SAP Task Center&quot;, as SAP&apos;s page asks.</source>
        <translation>L&apos;assistant écrit la destination dans le sous-compte après la vérification, ou dans un fichier que vous importez. Effectuez ensuite les étapes du guide de SAP Marketing Cloud «&#xa0;SAP Task Center&#xa0;», comme le demande la page SAP.</translation>
    </message>
    <message>
        <source>Check in SAP Marketing Cloud that the destination&apos;s Audience, Client Key and Token Service URL are those of the communication arrangement&apos;s OAuth 2.0 Details, that the Token Service User and Password are the technical communication user&apos;s, and that SAP Marketing Cloud trusts this subaccount&apos;s current trust certificate.</source>
        <translation>Vérifiez dans SAP Marketing Cloud que l&apos;Audience, le Client Key et la Token Service URL de la destination sont ceux des «&#xa0;OAuth 2.0 Details&#xa0;» de l&apos;accord de communication, que le Token Service User et le Token Service Password sont ceux de l&apos;utilisateur de communication technique, et que SAP Marketing Cloud fait confiance au certificat de confiance actuel de ce sous-compte.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Marketing Cloud. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Cette destination n&apos;a pas d&apos;utilisateur technique&#xa0;: le service Destination n&apos;obtient un jeton avec elle que pour un utilisateur connecté, comme le fait SAP Task Center pour chaque utilisateur, et selon SAP, «&#xa0;Check Connection&#xa0;» peut ne pas indiquer si SAP Task Center atteint SAP Marketing Cloud. Vérifiez le connecteur dans le «&#xa0;Monitoring&#xa0;» de SAP Task Center une fois la destination enregistrée.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Marketing Cloud system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination par système et mandant SAP Marketing Cloud dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>Once the destination is saved, perform the steps of SAP Marketing Cloud&apos;s guide &quot;SAP Task Center&quot;, as SAP&apos;s page asks.</source>
        <translation>Une fois la destination enregistrée, effectuez les étapes du guide de SAP Marketing Cloud «&#xa0;SAP Task Center&#xa0;», comme le demande la page SAP.</translation>
    </message>
    <message>
        <source>Tasks from SAP Build Process Automation: one destination with the values of the SAP Build Process Automation service key, for an instance in this subaccount or, through SAML trust or an Identity Authentication dependency, in another subaccount.</source>
        <translation>Tâches de SAP Build Process Automation&#xa0;: une destination avec les valeurs de la clé de service de SAP Build Process Automation, pour une instance de ce sous-compte ou, via une relation de confiance SAML ou une dépendance Identity Authentication, d&apos;un autre sous-compte.</translation>
    </message>
    <message>
        <source>API endpoint (endpoints &gt; api)</source>
        <translation>Point de terminaison d&apos;API (endpoints &gt; api)</translation>
    </message>
    <message>
        <source>In the service key of your SAP Build Process Automation instance, the value of api under endpoints. The wizard adds /internal/workflow/rest/v1 to it, as SAP&apos;s guide asks for the destination&apos;s URL.</source>
        <translation>Dans la clé de service de votre instance SAP Build Process Automation, la valeur de api sous endpoints. L&apos;assistant y ajoute /internal/workflow/rest/v1, comme le demande le guide SAP pour l&apos;URL de la destination.</translation>
    </message>
    <message>
        <source>This is an authentication address (uaa &gt; url), not the API endpoint. Copy the value of api under endpoints from the service key.</source>
        <translation>Il s&apos;agit d&apos;une adresse d&apos;authentification (uaa &gt; url), et non du point de terminaison d&apos;API. Copiez la valeur de api sous endpoints depuis la clé de service.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds /internal/workflow/rest/v1 to it.</source>
        <translation>Seule la partie serveur de cette adresse est utilisée (%1)&#xa0;; l&apos;assistant y ajoute /internal/workflow/rest/v1.</translation>
    </message>
    <message>
        <source>This is an address, not a client ID. Copy the value of clientid under uaa from the service key.</source>
        <translation>Il s&apos;agit d&apos;une adresse, et non d&apos;un ID client. Copiez la valeur de clientid sous uaa depuis la clé de service.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation in this subaccount, or in another one with an Identity Authentication dependency: the value of uaa &gt; url of its service key. In another subaccount with SAML trust: the entityID of that subaccount&apos;s SAML metadata. Copy it exactly as it is shown.</source>
        <translation>SAP Build Process Automation dans ce sous-compte, ou dans un autre avec une dépendance Identity Authentication&#xa0;: la valeur de uaa &gt; url de sa clé de service. Dans un autre sous-compte avec une relation de confiance SAML&#xa0;: l&apos;entityID des métadonnées SAML de ce sous-compte. Copiez-la exactement telle qu&apos;elle est affichée.</translation>
    </message>
    <message>
        <source>This is a token address. The Audience is the address without /oauth/token: %1.</source>
        <translation>Il s&apos;agit d&apos;une adresse de jeton. L&apos;Audience est l&apos;adresse sans /oauth/token&#xa0;: %1.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation in this subaccount, or in another one with an Identity Authentication dependency: uaa &gt; url of its service key followed by /oauth/token. In another subaccount with SAML trust: the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI, in that subaccount&apos;s SAML metadata.</source>
        <translation>SAP Build Process Automation dans ce sous-compte, ou dans un autre avec une dépendance Identity Authentication&#xa0;: uaa &gt; url de sa clé de service suivi de /oauth/token. Dans un autre sous-compte avec une relation de confiance SAML&#xa0;: la Location de l&apos;AssertionConsumerService dont le Binding est urn:oasis:names:tc:SAML:2.0:bindings:URI, dans les métadonnées SAML de ce sous-compte.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks for the address followed by /oauth/token: %1. For another subaccount with SAML trust, copy the Location from its SAML metadata instead.</source>
        <translation>Le guide SAP demande l&apos;adresse suivie de /oauth/token&#xa0;: %1. Pour un autre sous-compte avec une relation de confiance SAML, copiez plutôt la Location depuis ses métadonnées SAML.</translation>
    </message>
    <message>
        <source>Dependency name</source>
        <translation>Nom de la dépendance</translation>
    </message>
    <message>
        <source>The name of the dependency you created from the SAP Task Center application to SAP Build Process Automation in the administration console for SAP Cloud Identity Services.</source>
        <translation>Le nom de la dépendance que vous avez créée de l&apos;application SAP Task Center vers SAP Build Process Automation dans la console d&apos;administration de SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>This name has a space. Check that you copied the dependency name exactly as the administration console shows it.</source>
        <translation>Ce nom contient un espace. Vérifiez que vous avez copié le nom de la dépendance exactement tel que l&apos;affiche la console d&apos;administration.</translation>
    </message>
    <message>
        <source>Enter the dependency name on one line, exactly as the administration console for SAP Cloud Identity Services shows it.</source>
        <translation>Saisissez le nom de la dépendance sur une seule ligne, exactement tel que l&apos;affiche la console d&apos;administration de SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>My Inbox address (optional)</source>
        <translation>Adresse de My Inbox (facultatif)</translation>
    </message>
    <message>
        <source>The address of My Inbox in the SAP Build Process Automation Lobby, as your browser shows it. The wizard replaces inbox.html with taskui.html, as SAP&apos;s guide says, so that users open SAP Build Process Automation tasks from SAP Task Center without another launchpad. Leave it empty if you use SAP Build Process Automation on SAP Build Work Zone, standard edition: SAP says the property is not needed then.</source>
        <translation>L&apos;adresse de My Inbox dans le SAP Build Process Automation Lobby, telle que l&apos;affiche votre navigateur. L&apos;assistant remplace inbox.html par taskui.html, comme l&apos;indique le guide SAP, afin que les utilisateurs ouvrent les tâches SAP Build Process Automation depuis SAP Task Center sans autre launchpad. Laissez le champ vide si vous utilisez SAP Build Process Automation sur SAP Build Work Zone, standard edition&#xa0;: selon SAP, la propriété n&apos;est alors pas nécessaire.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide gives this address as https://&lt;root_url&gt;/comsapspaprocessautomation.comsapspainbox/taskui.html. Check that you copied My Inbox of the SAP Build Process Automation Lobby.</source>
        <translation>Le guide SAP indique cette adresse sous la forme https://&lt;root_url&gt;/comsapspaprocessautomation.comsapspainbox/taskui.html. Vérifiez que vous avez copié l&apos;adresse de My Inbox du SAP Build Process Automation Lobby.</translation>
    </message>
    <message>
        <source>Copy the address of My Inbox from the SAP Build Process Automation Lobby: it contains inbox.html. Anything after inbox.html is left out.</source>
        <translation>Copiez l&apos;adresse de My Inbox depuis le SAP Build Process Automation Lobby&#xa0;: elle contient inbox.html. Tout ce qui suit inbox.html est ignoré.</translation>
    </message>
    <message>
        <source>Task UI address (tc.task.ui.url)</source>
        <translation>Adresse de l&apos;interface utilisateur des tâches (tc.task.ui.url)</translation>
    </message>
    <message>
        <source>Choose this when SAP Build Process Automation and SAP Task Center are in the same subaccount. SAP Task Center gets its tokens from the authentication address in the SAP Build Process Automation service key.</source>
        <translation>Choisissez cette option si SAP Build Process Automation et SAP Task Center se trouvent dans le même sous-compte. SAP Task Center obtient ses jetons auprès de l&apos;adresse d&apos;authentification figurant dans la clé de service de SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check in SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Task Center Administration app&lt;/b&gt;, check the status of this destination&apos;s connector: SAP says Check Connection in the SAP BTP cockpit may not tell whether SAP Task Center reaches SAP Build Process Automation.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user with SAP Build Process Automation tasks: the tasks appear there.&lt;/li&gt;&lt;li&gt;Optional: for &lt;b&gt;Intelligent Recommendations&lt;/b&gt;, create one more destination named like this one followed by _AI, as SAP&apos;s guide &quot;Configure the Intelligent Recommendations Destination&quot; says.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce qu&apos;il faut vérifier dans SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Dans la &lt;b&gt;Task Center Administration app&lt;/b&gt;, vérifiez l&apos;état du connecteur de cette destination&#xa0;: selon SAP, «&#xa0;Check Connection&#xa0;» dans le cockpit SAP BTP peut ne pas indiquer si SAP Task Center atteint SAP Build Process Automation.&lt;/li&gt;&lt;li&gt;Ouvrez la &lt;b&gt;SAP Task Center Web app&lt;/b&gt; en tant qu&apos;utilisateur ayant des tâches SAP Build Process Automation&#xa0;: les tâches y apparaissent.&lt;/li&gt;&lt;li&gt;Facultatif&#xa0;: pour les &lt;b&gt;Intelligent Recommendations&lt;/b&gt;, créez une destination supplémentaire portant le nom de celle-ci suivi de _AI, comme l&apos;indique le guide SAP «&#xa0;Configure the Intelligent Recommendations Destination&#xa0;».&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Choose this when SAP Build Process Automation runs in another subaccount that logs users on through the same Identity Authentication tenant as this one, and you have set up principal propagation between the subaccounts. SAP Task Center gets its tokens from that subaccount, with the values of its SAML metadata.</source>
        <translation>Choisissez cette option si SAP Build Process Automation s&apos;exécute dans un autre sous-compte qui authentifie les utilisateurs via le même tenant Identity Authentication que celui-ci, et que vous avez configuré la propagation de principal entre les sous-comptes. SAP Task Center obtient ses jetons auprès de ce sous-compte, avec les valeurs de ses métadonnées SAML.</translation>
    </message>
    <message>
        <source>Choose this when both subaccounts are in the same global account, trust the same Identity Authentication tenant with OpenID Connect, and you use SAP Build Process Automation with the build-default service plan. You create a dependency in SAP Cloud Identity Services, and the destination names it.</source>
        <translation>Choisissez cette option si les deux sous-comptes se trouvent dans le même compte global et font confiance au même tenant Identity Authentication avec OpenID Connect, et que vous utilisez SAP Build Process Automation avec le plan de service build-default. Vous créez une dépendance dans SAP Cloud Identity Services, et la destination la désigne.</translation>
    </message>
    <message>
        <source>Prepare SAP Build Process Automation</source>
        <translation>Préparer SAP Build Process Automation</translation>
    </message>
    <message>
        <source>Whether SAP Build Process Automation runs in this subaccount or in another one, its subaccount and its service key come first.</source>
        <translation>Que SAP Build Process Automation s&apos;exécute dans ce sous-compte ou dans un autre, son sous-compte et sa clé de service passent en premier.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Build Process Automation with the OAuth client of the SAP Build Process Automation service key, for each user who is logged on. SAP Build Process Automation&apos;s subaccount needs the setup its own guide describes for SAP Task Center.</source>
        <translation>SAP Task Center lit les tâches de SAP Build Process Automation avec le client OAuth de la clé de service de SAP Build Process Automation, pour chaque utilisateur connecté. Le sous-compte de SAP Build Process Automation nécessite le paramétrage que décrit son propre guide pour SAP Task Center.</translation>
    </message>
    <message>
        <source>In the subaccount of SAP Build Process Automation, you have done the steps of &lt;b&gt;Configure the SAP Build Process Automation Subaccount for SAP Task Center&lt;/b&gt;.</source>
        <translation>Dans le sous-compte de SAP Build Process Automation, vous avez effectué les étapes de &lt;b&gt;Configure the SAP Build Process Automation Subaccount for SAP Task Center&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation: Configure the SAP Build Process Automation Subaccount for SAP Task Center.</source>
        <translation>SAP Build Process Automation&#xa0;: «&#xa0;Configure the SAP Build Process Automation Subaccount for SAP Task Center&#xa0;».</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Build Process Automation instance in the Cloud Foundry environment open (not SAP Task Center&apos;s own service key); the next pages ask for values from it.</source>
        <translation>Vous avez ouvert la &lt;b&gt;clé de service&lt;/b&gt; de l&apos;instance SAP Build Process Automation dans l&apos;environnement Cloud Foundry (et non la clé de service propre à SAP Task Center)&#xa0;; les pages suivantes vous demandent des valeurs qui s&apos;y trouvent.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Services &gt; Instances and Subscriptions, the SAP Build Process Automation instance, its service key.</source>
        <translation>Cockpit SAP BTP du sous-compte de SAP Build Process Automation&#xa0;: «&#xa0;Services &gt; Instances and Subscriptions&#xa0;», l&apos;instance SAP Build Process Automation, sa clé de service.</translation>
    </message>
    <message>
        <source>Trust between the subaccounts</source>
        <translation>Relation de confiance entre les sous-comptes</translation>
    </message>
    <message>
        <source>SAP Build Process Automation runs in another subaccount than SAP Task Center.</source>
        <translation>SAP Build Process Automation s&apos;exécute dans un autre sous-compte que SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Task Center gets each user&apos;s token from the subaccount of SAP Build Process Automation, which must trust this subaccount. SAP&apos;s Task Center guide sends you to SAP Build Process Automation&apos;s guide for this trust and then asks for two values of that subaccount&apos;s SAML metadata.</source>
        <translation>SAP Task Center obtient le jeton de chaque utilisateur auprès du sous-compte de SAP Build Process Automation, qui doit faire confiance à ce sous-compte. Le guide Task Center de SAP vous renvoie au guide de SAP Build Process Automation pour cette relation de confiance, puis demande deux valeurs des métadonnées SAML de ce sous-compte.</translation>
    </message>
    <message>
        <source>The subaccount of SAP Build Process Automation logs users on through the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; as this subaccount.</source>
        <translation>Le sous-compte de SAP Build Process Automation authentifie les utilisateurs via le &lt;b&gt;même tenant Identity Authentication&lt;/b&gt; que ce sous-compte.</translation>
    </message>
    <message>
        <source>You have done the steps of &lt;b&gt;Set Up Principal Propagation Between Subaccounts&lt;/b&gt; in SAP Build Process Automation&apos;s guide.</source>
        <translation>Vous avez effectué les étapes de &lt;b&gt;Set Up Principal Propagation Between Subaccounts&lt;/b&gt; du guide de SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation: Set Up Principal Propagation Between Subaccounts.</source>
        <translation>SAP Build Process Automation&#xa0;: «&#xa0;Set Up Principal Propagation Between Subaccounts&#xa0;».</translation>
    </message>
    <message>
        <source>You have downloaded the &lt;b&gt;SAML metadata&lt;/b&gt; XML file of the subaccount of SAP Build Process Automation; the next pages ask for two values from it.</source>
        <translation>Vous avez téléchargé le fichier XML des &lt;b&gt;métadonnées SAML&lt;/b&gt; du sous-compte de SAP Build Process Automation&#xa0;; les pages suivantes vous demandent deux valeurs qui s&apos;y trouvent.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Security &gt; Trust Configuration &gt; SAML Metadata.</source>
        <translation>Cockpit SAP BTP du sous-compte de SAP Build Process Automation&#xa0;: «&#xa0;Security &gt; Trust Configuration &gt; SAML Metadata&#xa0;».</translation>
    </message>
    <message>
        <source>Prepare both subaccounts</source>
        <translation>Préparer les deux sous-comptes</translation>
    </message>
    <message>
        <source>Tick each step once it is done.</source>
        <translation>Cochez chaque étape une fois qu&apos;elle est effectuée.</translation>
    </message>
    <message>
        <source>SAP Task Center and SAP Build Process Automation run in two subaccounts of the same global account.</source>
        <translation>SAP Task Center et SAP Build Process Automation s&apos;exécutent dans deux sous-comptes du même compte global.</translation>
    </message>
    <message>
        <source>With a dependency in SAP Cloud Identity Services, SAP Task Center reaches SAP Build Process Automation in another subaccount through the Identity Authentication tenant both subaccounts trust. SAP says this works only with the build-default service plan of SAP Build Process Automation.</source>
        <translation>Avec une dépendance dans SAP Cloud Identity Services, SAP Task Center atteint SAP Build Process Automation dans un autre sous-compte via le tenant Identity Authentication auquel les deux sous-comptes font confiance. Selon SAP, cela ne fonctionne qu&apos;avec le plan de service build-default de SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>You use the subscription to SAP Build Process Automation with the &lt;b&gt;build-default&lt;/b&gt; service plan, and you have an instance of SAP Build Process Automation in its subaccount.</source>
        <translation>Vous utilisez l&apos;abonnement à SAP Build Process Automation avec le plan de service &lt;b&gt;build-default&lt;/b&gt;, et vous disposez d&apos;une instance de SAP Build Process Automation dans son sous-compte.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Services &gt; Instances and Subscriptions.</source>
        <translation>Cockpit SAP BTP du sous-compte de SAP Build Process Automation&#xa0;: «&#xa0;Services &gt; Instances and Subscriptions&#xa0;».</translation>
    </message>
    <message>
        <source>Both subaccounts trust the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; with a trust of type &lt;b&gt;OpenID Connect&lt;/b&gt;.</source>
        <translation>Les deux sous-comptes font confiance au &lt;b&gt;même tenant Identity Authentication&lt;/b&gt; avec une relation de confiance de type &lt;b&gt;OpenID Connect&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Task Center is connected with your SAP Build Work Zone by an &lt;b&gt;integration between the two applications&lt;/b&gt;.</source>
        <translation>SAP Task Center est connecté à votre SAP Build Work Zone par une &lt;b&gt;intégration entre les deux applications&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Task Center: Connect SAP Task Center and SAP Build Work Zone in Different Subaccounts.</source>
        <translation>SAP Task Center&#xa0;: «&#xa0;Connect SAP Task Center and SAP Build Work Zone in Different Subaccounts&#xa0;».</translation>
    </message>
    <message>
        <source>Create the dependency in SAP Cloud Identity Services</source>
        <translation>Créer la dépendance dans SAP Cloud Identity Services</translation>
    </message>
    <message>
        <source>It lets SAP Task Center call SAP Build Process Automation in the other subaccount.</source>
        <translation>Elle permet à SAP Task Center d&apos;appeler SAP Build Process Automation dans l&apos;autre sous-compte.</translation>
    </message>
    <message>
        <source>In the administration console for SAP Cloud Identity Services, open &lt;b&gt;Applications and Resources &amp;gt; Applications&lt;/b&gt;. Under &lt;b&gt;Bundled Applications&lt;/b&gt;, each subaccount has an application named after the product, followed by the subaccount&apos;s name in parentheses. Choose the SAP Task Center application and configure a &lt;b&gt;dependency&lt;/b&gt; to the SAP Build Process Automation application. Enter the name of the new dependency here.</source>
        <translation>Dans la console d&apos;administration de SAP Cloud Identity Services, ouvrez &lt;b&gt;Applications and Resources &amp;gt; Applications&lt;/b&gt;. Sous &lt;b&gt;Bundled Applications&lt;/b&gt;, chaque sous-compte a une application portant le nom du produit, suivi du nom du sous-compte entre parenthèses. Choisissez l&apos;application SAP Task Center et configurez une &lt;b&gt;dépendance&lt;/b&gt; vers l&apos;application SAP Build Process Automation. Saisissez ici le nom de la nouvelle dépendance.</translation>
    </message>
    <message>
        <source>The destination names this dependency in tc.ias.dependency_name, so that SAP Task Center uses it to reach SAP Build Process Automation.</source>
        <translation>La destination désigne cette dépendance dans tc.ias.dependency_name, afin que SAP Task Center l&apos;utilise pour atteindre SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>Dependency to SAP Build Process Automation</source>
        <translation>Dépendance vers SAP Build Process Automation</translation>
    </message>
    <message>
        <source>The service key of SAP Build Process Automation</source>
        <translation>La clé de service de SAP Build Process Automation</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Build Process Automation, with which OAuth client, and where it gets its tokens.</source>
        <translation>Où SAP Task Center atteint SAP Build Process Automation, avec quel client OAuth, et où il obtient ses jetons.</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Build Process Automation&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key). The Audience and the Token Service URL are filled from &lt;b&gt;uaa &amp;gt; url&lt;/b&gt;.</source>
        <translation>Copiez ces valeurs depuis la clé de service de votre instance &lt;b&gt;SAP Build Process Automation&lt;/b&gt; (et non depuis la clé de service propre à SAP Task Center). L&apos;Audience et la Token Service URL sont déduites de &lt;b&gt;uaa &amp;gt; url&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The service key of the SAP Build Process Automation instance holds the address SAP Task Center reads tasks from (endpoints &gt; api), the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret) and the authentication address it gets each user&apos;s token from (uaa &gt; url): the Audience is uaa &gt; url, the Token Service URL uaa &gt; url followed by /oauth/token.</source>
        <translation>La clé de service de l&apos;instance SAP Build Process Automation contient l&apos;adresse à partir de laquelle SAP Task Center lit les tâches (endpoints &gt; api), le client OAuth qu&apos;il utilise (uaa &gt; clientid et uaa &gt; clientsecret) et l&apos;adresse d&apos;authentification auprès de laquelle il obtient le jeton de chaque utilisateur (uaa &gt; url)&#xa0;: l&apos;Audience est uaa &gt; url, la Token Service URL uaa &gt; url suivi de /oauth/token.</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Build Process Automation, and with which OAuth client.</source>
        <translation>Où SAP Task Center atteint SAP Build Process Automation, et avec quel client OAuth.</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Build Process Automation&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key).</source>
        <translation>Copiez ces valeurs depuis la clé de service de votre instance &lt;b&gt;SAP Build Process Automation&lt;/b&gt; (et non depuis la clé de service propre à SAP Task Center).</translation>
    </message>
    <message>
        <source>The service key of the SAP Build Process Automation instance holds the address SAP Task Center reads tasks from (endpoints &gt; api) and the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret).</source>
        <translation>La clé de service de l&apos;instance SAP Build Process Automation contient l&apos;adresse à partir de laquelle SAP Task Center lit les tâches (endpoints &gt; api) et le client OAuth qu&apos;il utilise (uaa &gt; clientid et uaa &gt; clientsecret).</translation>
    </message>
    <message>
        <source>The Audience and Token Service URL, from the subaccount where SAP Build Process Automation runs.</source>
        <translation>L&apos;Audience et la Token Service URL, issues du sous-compte dans lequel s&apos;exécute SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>Open the SAML metadata XML file of the subaccount of &lt;b&gt;SAP Build Process Automation&lt;/b&gt;. Copy the &lt;b&gt;entityID&lt;/b&gt; into Audience, then the &lt;b&gt;Location&lt;/b&gt; of the &lt;b&gt;AssertionConsumerService&lt;/b&gt; element whose Binding is &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; into Token Service URL.</source>
        <translation>Ouvrez le fichier XML des métadonnées SAML du sous-compte de &lt;b&gt;SAP Build Process Automation&lt;/b&gt;. Copiez l&apos;&lt;b&gt;entityID&lt;/b&gt; dans Audience, puis la &lt;b&gt;Location&lt;/b&gt; de l&apos;élément &lt;b&gt;AssertionConsumerService&lt;/b&gt; dont le Binding est &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; dans Token Service URL.</translation>
    </message>
    <message>
        <source>From another subaccount, SAP Task Center gets each user&apos;s token from the subaccount of SAP Build Process Automation: the Audience is that subaccount&apos;s entityID and the Token Service URL the Location of its AssertionConsumerService with the URI binding, both in its SAML metadata.</source>
        <translation>Depuis un autre sous-compte, SAP Task Center obtient le jeton de chaque utilisateur auprès du sous-compte de SAP Build Process Automation&#xa0;: l&apos;Audience est l&apos;entityID de ce sous-compte et la Token Service URL la Location de son AssertionConsumerService avec le binding URI, toutes deux issues de ses métadonnées SAML.</translation>
    </message>
    <message>
        <source>Opening tasks in SAP Build Process Automation</source>
        <translation>Ouverture des tâches dans SAP Build Process Automation</translation>
    </message>
    <message>
        <source>Optional: lets users open SAP Build Process Automation tasks from SAP Task Center without another launchpad.</source>
        <translation>Facultatif&#xa0;: permet aux utilisateurs d&apos;ouvrir les tâches SAP Build Process Automation depuis SAP Task Center sans autre launchpad.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;My Inbox&lt;/b&gt; in the SAP Build Process Automation Lobby and copy its address from your browser. Leave the field empty if you use SAP Build Process Automation on SAP Build Work Zone, standard edition.</source>
        <translation>Ouvrez &lt;b&gt;My Inbox&lt;/b&gt; dans le SAP Build Process Automation Lobby et copiez son adresse depuis votre navigateur. Laissez le champ vide si vous utilisez SAP Build Process Automation sur SAP Build Work Zone, standard edition.</translation>
    </message>
    <message>
        <source>The destination&apos;s tc.task.ui.url is the address of My Inbox with inbox.html replaced by taskui.html. SAP says it is not needed if you use SAP Build Process Automation on SAP Build Work Zone, standard edition, and that custom themes are not supported for showing task UIs.</source>
        <translation>Le tc.task.ui.url de la destination est l&apos;adresse de My Inbox dans laquelle inbox.html est remplacé par taskui.html. Selon SAP, il n&apos;est pas nécessaire si vous utilisez SAP Build Process Automation sur SAP Build Work Zone, standard edition, et les thèmes personnalisés ne sont pas pris en charge pour l&apos;affichage des interfaces utilisateur des tâches.</translation>
    </message>
    <message>
        <source>Destination to SAP Build Process Automation</source>
        <translation>Destination vers SAP Build Process Automation</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for the same subaccount lists each property of this destination; the wizard writes them as its table says.</source>
        <translation>Le guide SAP pour le même sous-compte répertorie chaque propriété de cette destination&#xa0;; l&apos;assistant les écrit comme l&apos;indique son tableau.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for a different subaccount lists each property of this destination; the wizard writes them as its table says.</source>
        <translation>Le guide SAP pour un autre sous-compte répertorie chaque propriété de cette destination&#xa0;; l&apos;assistant les écrit comme l&apos;indique son tableau.</translation>
    </message>
    <message>
        <source>The authentication server of SAP Build Process Automation does not accept the client ID or secret. Copy uaa &gt; clientid and uaa &gt; clientsecret again from the service key of the SAP Build Process Automation instance and apply again.</source>
        <translation>Le serveur d&apos;authentification de SAP Build Process Automation n&apos;accepte pas l&apos;ID client ou le secret. Copiez de nouveau uaa &gt; clientid et uaa &gt; clientsecret depuis la clé de service de l&apos;instance SAP Build Process Automation et appliquez de nouveau.</translation>
    </message>
    <message>
        <source>Check that the Client Key, Token Service User and Token Service Password are uaa &gt; clientid and uaa &gt; clientsecret of one SAP Build Process Automation service key, and that the Audience and Token Service URL belong to the subaccount of SAP Build Process Automation. For another subaccount, check the trust between the subaccounts or the dependency in SAP Cloud Identity Services.</source>
        <translation>Vérifiez que le Client Key, le Token Service User et le Token Service Password sont les valeurs uaa &gt; clientid et uaa &gt; clientsecret d&apos;une même clé de service SAP Build Process Automation, et que l&apos;Audience et la Token Service URL appartiennent au sous-compte de SAP Build Process Automation. Pour un autre sous-compte, vérifiez la relation de confiance entre les sous-comptes ou la dépendance dans SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Build Process Automation. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Cette destination n&apos;a pas d&apos;utilisateur technique&#xa0;: le service Destination n&apos;obtient un jeton avec elle que pour un utilisateur connecté, et selon SAP, «&#xa0;Check Connection&#xa0;» peut ne pas indiquer si SAP Task Center atteint SAP Build Process Automation. Vérifiez le connecteur dans le «&#xa0;Monitoring&#xa0;» de SAP Task Center une fois la destination enregistrée.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Build Process Automation system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination par système SAP Build Process Automation dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s automatic setup creates the sample destinations SAPBuildPA (same subaccount) and SAPBuildPA_rem (another subaccount) without tc.enabled, which SAP Task Center needs. Keep the sample&apos;s name here to update it.</source>
        <translation>Le paramétrage automatique de SAP Task Center crée les destinations d&apos;exemple SAPBuildPA (même sous-compte) et SAPBuildPA_rem (autre sous-compte) sans tc.enabled, dont SAP Task Center a besoin. Conservez ici le nom de l&apos;exemple pour le mettre à jour.</translation>
    </message>
    <message>
        <source>The wizard does not set tc.notifications.enabled. SAP recommends leaving it false when SAP Build Process Automation sends its own notifications through the destination Alert_Notification_Connectivity_ANS; otherwise users may be notified twice.</source>
        <translation>L&apos;assistant ne définit pas tc.notifications.enabled. SAP recommande de le laisser sur false lorsque SAP Build Process Automation envoie ses propres notifications via la destination Alert_Notification_Connectivity_ANS&#xa0;; sinon, les utilisateurs risquent d&apos;être notifiés deux fois.</translation>
    </message>
    <message>
        <source>Tasks from UiPath Action Center: one destination with the OAuth client UiPath gives you, after connecting UiPath to a new SAP Task Center service instance so that it pushes task updates.</source>
        <translation>Tâches d&apos;UiPath Action Center&#xa0;: une destination avec le client OAuth que vous fournit UiPath, après la connexion d&apos;UiPath à une nouvelle instance de service SAP Task Center afin qu&apos;il y transmette les mises à jour des tâches.</translation>
    </message>
    <message>
        <source>Task SPI</source>
        <translation>Task SPI</translation>
    </message>
    <message>
        <source>The Task SPI address UiPath&apos;s guide gives you for SAP Task Center. It becomes the destination&apos;s URL, and SAP Task Center reads UiPath&apos;s tasks there.</source>
        <translation>L&apos;adresse Task SPI que vous donne le guide d&apos;UiPath pour SAP Task Center. Elle devient l&apos;URL de la destination, et SAP Task Center y lit les tâches d&apos;UiPath.</translation>
    </message>
    <message>
        <source>This looks like the Service URL (it ends in orchestrator_), which belongs in the last field of this page. The Task SPI is the other address UiPath gives you; in SAP&apos;s example it ends in /orchestrator/api.</source>
        <translation>Cela ressemble à la Service URL (elle se termine par orchestrator_), qui doit figurer dans le dernier champ de cette page. Le Task SPI est l&apos;autre adresse que vous donne UiPath&#xa0;; dans l&apos;exemple de SAP, elle se termine par /orchestrator/api.</translation>
    </message>
    <message>
        <source>The Client Id UiPath gives you for SAP Task Center. The destination uses it as Client ID and as Token Service User.</source>
        <translation>Le Client Id que vous donne UiPath pour SAP Task Center. La destination l&apos;utilise comme Client ID et comme Token Service User.</translation>
    </message>
    <message>
        <source>The Client Secret that belongs to the client ID. The destination uses it as Client Secret and as Token Service Password. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le Client Secret qui appartient à l&apos;ID client. La destination l&apos;utilise comme Client Secret et comme Token Service Password. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The Token Service URL UiPath gives you: where SAP Task Center fetches its token with the client ID and secret.</source>
        <translation>La Token Service URL que vous donne UiPath&#xa0;: l&apos;adresse à laquelle SAP Task Center obtient son jeton avec l&apos;ID client et le secret.</translation>
    </message>
    <message>
        <source>In SAP&apos;s example, UiPath&apos;s Token Service URL ends in /identity_/connect/token. Check that you copied the Token Service URL and not another address.</source>
        <translation>Dans l&apos;exemple de SAP, la Token Service URL d&apos;UiPath se termine par /identity_/connect/token. Vérifiez que vous avez copié la Token Service URL et non une autre adresse.</translation>
    </message>
    <message>
        <source>Service URL (URL.headers.ServiceUrl)</source>
        <translation>Service URL (URL.headers.ServiceUrl)</translation>
    </message>
    <message>
        <source>The value UiPath&apos;s guide lists as URL.headers.ServiceUrl. SAP&apos;s guide puts it into the destination property URL.headers.X-ApplicationKey, which SAP Task Center sends with every call to the Task SPI.</source>
        <translation>La valeur que le guide d&apos;UiPath indique comme URL.headers.ServiceUrl. Le guide SAP la place dans la propriété de destination URL.headers.X-ApplicationKey, que SAP Task Center envoie avec chaque appel au Task SPI.</translation>
    </message>
    <message>
        <source>This looks like the Task SPI, which belongs in the first field of this page. The Service URL is the other address UiPath gives you; in SAP&apos;s example it ends in /orchestrator_.</source>
        <translation>Cela ressemble au Task SPI, qui doit figurer dans le premier champ de cette page. La Service URL est l&apos;autre adresse que vous donne UiPath&#xa0;; dans l&apos;exemple de SAP, elle se termine par /orchestrator_.</translation>
    </message>
    <message>
        <source>Prepare SAP Task Center for UiPath</source>
        <translation>Préparer SAP Task Center pour UiPath</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next pages use what they give you.</source>
        <translation>Cochez chaque étape une fois qu&apos;elle est effectuée&#xa0;; les pages suivantes utilisent ce qu&apos;elles vous fournissent.</translation>
    </message>
    <message>
        <source>SAP Task Center needs to know UiPath&apos;s users, and UiPath needs an SAP Task Center service instance of its own to push task updates to.</source>
        <translation>SAP Task Center doit connaître les utilisateurs d&apos;UiPath, et UiPath a besoin de sa propre instance de service SAP Task Center à laquelle transmettre les mises à jour des tâches.</translation>
    </message>
    <message>
        <source>SAP Task Center reads UiPath&apos;s tasks through the destination this wizard writes, and UiPath pushes changes to a separate SAP Task Center service instance. Both need the users in SAP Cloud Identity Services, set up as SAP&apos;s Third-Party Scenarios describe.</source>
        <translation>SAP Task Center lit les tâches d&apos;UiPath via la destination qu&apos;écrit cet assistant, et UiPath transmet les modifications à une instance de service SAP Task Center distincte. Tous deux ont besoin des utilisateurs dans SAP Cloud Identity Services, configurés comme le décrivent les «&#xa0;Third-Party Scenarios&#xa0;» de SAP.</translation>
    </message>
    <message>
        <source>The initial setup of SAP Task Center is complete, and you have followed the &lt;b&gt;Third-Party Scenarios&lt;/b&gt; of SAP Cloud Identity Services for UiPath&apos;s users.</source>
        <translation>Le paramétrage initial de SAP Task Center est terminé, et vous avez suivi les &lt;b&gt;Third-Party Scenarios&lt;/b&gt; de SAP Cloud Identity Services pour les utilisateurs d&apos;UiPath.</translation>
    </message>
    <message>
        <source>You have created a &lt;b&gt;new SAP Task Center service instance&lt;/b&gt; for UiPath&apos;s task updates, and a &lt;b&gt;service key&lt;/b&gt; for it.</source>
        <translation>Vous avez créé une &lt;b&gt;nouvelle instance de service SAP Task Center&lt;/b&gt; pour les mises à jour des tâches d&apos;UiPath, ainsi qu&apos;une &lt;b&gt;clé de service&lt;/b&gt; pour celle-ci.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit: your space &gt; Service Marketplace &gt; SAP Task Center &gt; Create; then the new instance &gt; Service Keys &gt; Create.</source>
        <translation>Cockpit SAP BTP&#xa0;: votre espace &gt; «&#xa0;Service Marketplace &gt; SAP Task Center &gt; Create&#xa0;»&#xa0;; puis la nouvelle instance &gt; «&#xa0;Service Keys &gt; Create&#xa0;».</translation>
    </message>
    <message>
        <source>Service key for UiPath&apos;s task updates</source>
        <translation>Clé de service pour les mises à jour des tâches d&apos;UiPath</translation>
    </message>
    <message>
        <source>Open the service key of the new service instance you created for UiPath, not the key of another instance: UiPath pushes its task updates with it.</source>
        <translation>Ouvrez la clé de service de la nouvelle instance de service que vous avez créée pour UiPath, et non la clé d&apos;une autre instance&#xa0;: UiPath transmet ses mises à jour des tâches avec elle.</translation>
    </message>
    <message>
        <source>UiPath needs the key&apos;s endpoints.inbox_rest_url, uaa.url, uaa.clientid and uaa.clientsecret; the destination needs its uaa.clientid.</source>
        <translation>UiPath a besoin des valeurs endpoints.inbox_rest_url, uaa.url, uaa.clientid et uaa.clientsecret de la clé&#xa0;; la destination a besoin de son uaa.clientid.</translation>
    </message>
    <message>
        <source>The key&apos;s client secret goes into UiPath and is kept in this computer&apos;s keychain, never in a file. The key&apos;s uaa.clientid also becomes the destination&apos;s tc.clientId, which tells SAP Task Center that UiPath pushes its updates.</source>
        <translation>Le secret client de la clé va dans UiPath et est conservé dans le trousseau de cet ordinateur, jamais dans un fichier. L&apos;uaa.clientid de la clé devient également le tc.clientId de la destination, qui indique à SAP Task Center qu&apos;UiPath transmet ses mises à jour.</translation>
    </message>
    <message>
        <source>Connect UiPath Action Center to SAP Task Center</source>
        <translation>Connecter UiPath Action Center à SAP Task Center</translation>
    </message>
    <message>
        <source>In UiPath: enable the push of task updates, and copy the values UiPath gives you for the destination.</source>
        <translation>Dans UiPath&#xa0;: activez la transmission des mises à jour des tâches, et copiez les valeurs que vous donne UiPath pour la destination.</translation>
    </message>
    <message>
        <source>Follow UiPath&apos;s guide &lt;b&gt;Connecting SAP Task Center to UiPath Action Center&lt;/b&gt;, section &lt;b&gt;Enabling the push of task updates&lt;/b&gt;. Where it asks for SAP Task Center&apos;s values, enter those below. Then copy the values it gives you for the destination into the fields under them.</source>
        <translation>Suivez le guide d&apos;UiPath &lt;b&gt;Connecting SAP Task Center to UiPath Action Center&lt;/b&gt;, section &lt;b&gt;Enabling the push of task updates&lt;/b&gt;. Lorsqu&apos;il demande les valeurs de SAP Task Center, saisissez celles ci-dessous. Copiez ensuite les valeurs qu&apos;il vous donne pour la destination dans les champs situés en dessous.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks you to enable UiPath&apos;s pushed updates before you create the destination: with tc.clientId set and no updates pushed, tasks may not arrive from UiPath. UNCONFIRMED: the names UiPath&apos;s screens use for these values; SAP&apos;s guide names them as shown here.</source>
        <translation>Le guide SAP vous demande d&apos;activer les mises à jour transmises d&apos;UiPath avant de créer la destination&#xa0;: si tc.clientId est défini et qu&apos;aucune mise à jour n&apos;est transmise, les tâches d&apos;UiPath risquent de ne pas arriver. UNCONFIRMED&#xa0;: les noms qu&apos;utilisent les écrans d&apos;UiPath pour ces valeurs&#xa0;; le guide SAP les nomme comme indiqué ici.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s values for UiPath</source>
        <translation>Valeurs de SAP Task Center pour UiPath</translation>
    </message>
    <message>
        <source>From the service key of the new service instance:</source>
        <translation>Issues de la clé de service de la nouvelle instance de service&#xa0;:</translation>
    </message>
    <message>
        <source>Inbox REST URL</source>
        <translation>URL REST de la boîte de réception</translation>
    </message>
    <message>
        <source>endpoints &gt; inbox_rest_url of the service key.</source>
        <translation>endpoints &gt; inbox_rest_url de la clé de service.</translation>
    </message>
    <message>
        <source>Authentication URL</source>
        <translation>URL d&apos;authentification</translation>
    </message>
    <message>
        <source>uaa &gt; url of the service key, as SAP&apos;s guide lists it.</source>
        <translation>uaa &gt; url de la clé de service, tel que l&apos;indique le guide SAP.</translation>
    </message>
    <message>
        <source>uaa &gt; clientid of the service key.</source>
        <translation>uaa &gt; clientid de la clé de service.</translation>
    </message>
    <message>
        <source>uaa &gt; clientsecret of the service key.</source>
        <translation>uaa &gt; clientsecret de la clé de service.</translation>
    </message>
    <message>
        <source>UiPath&apos;s values for the destination</source>
        <translation>Valeurs d&apos;UiPath pour la destination</translation>
    </message>
    <message>
        <source>UiPath&apos;s guide gives you these five values: Task SPI, Client Id, Client Secret, Token Service URL and URL.headers.ServiceUrl.</source>
        <translation>Le guide d&apos;UiPath vous donne ces cinq valeurs&#xa0;: Task SPI, Client Id, Client Secret, Token Service URL et URL.headers.ServiceUrl.</translation>
    </message>
    <message>
        <source>Destination to UiPath</source>
        <translation>Destination vers UiPath</translation>
    </message>
    <message>
        <source>One destination, as SAP&apos;s guide lists it.</source>
        <translation>Une destination, telle que l&apos;indique le guide SAP.</translation>
    </message>
    <message>
        <source>SAP Task Center fetches a token with UiPath&apos;s client ID and secret, with the scope OR.Tasks, and reads the tasks of UiPath Action Center with it.</source>
        <translation>SAP Task Center obtient un jeton avec l&apos;ID client et le secret d&apos;UiPath, avec le scope OR.Tasks, et lit avec lui les tâches d&apos;UiPath Action Center.</translation>
    </message>
    <message>
        <source>UiPath does not grant the scope OR.Tasks to this client. Check in UiPath that the client UiPath gave you for SAP Task Center has the scope OR.Tasks, and that the destination&apos;s tokenService.body.scope is OR.Tasks.</source>
        <translation>UiPath n&apos;accorde pas le scope OR.Tasks à ce client. Vérifiez dans UiPath que le client qu&apos;UiPath vous a donné pour SAP Task Center dispose du scope OR.Tasks, et que le tokenService.body.scope de la destination est OR.Tasks.</translation>
    </message>
    <message>
        <source>UiPath does not accept the client ID or secret. Copy the Client Id and Client Secret again from what UiPath gave you for SAP Task Center, and apply again.</source>
        <translation>UiPath n&apos;accepte pas l&apos;ID client ou le secret. Copiez de nouveau le Client Id et le Client Secret depuis ce qu&apos;UiPath vous a donné pour SAP Task Center, et appliquez de nouveau.</translation>
    </message>
    <message>
        <source>Check that the Token Service URL, Client Id and Client Secret are the ones UiPath gave you for SAP Task Center, and that the client still exists in UiPath.</source>
        <translation>Vérifiez que la Token Service URL, le Client Id et le Client Secret sont ceux qu&apos;UiPath vous a donnés pour SAP Task Center, et que le client existe toujours dans UiPath.</translation>
    </message>
    <message>
        <source>Create only one destination for each UiPath system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination par système UiPath dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>tc.clientId is the uaa.clientid of the service key you opened. SAP says to set it only once UiPath pushes task updates to SAP Task Center; without them, tasks may not arrive from UiPath.</source>
        <translation>tc.clientId est l&apos;uaa.clientid de la clé de service que vous avez ouverte. Selon SAP, ne le définissez qu&apos;une fois qu&apos;UiPath transmet les mises à jour des tâches à SAP Task Center&#xa0;; sans elles, les tâches d&apos;UiPath risquent de ne pas arriver.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide names this property URL.headers.X-ApplicationKey and fills it with the value UiPath calls URL.headers.ServiceUrl, an address. The wizard writes it as SAP&apos;s table says. UNCONFIRMED: whether UiPath&apos;s guide expects a header of another name; if SAP Task Center&apos;s monitoring reports errors for UiPath, compare the header with UiPath&apos;s guide.</source>
        <translation>Le guide SAP nomme cette propriété URL.headers.X-ApplicationKey et la renseigne avec la valeur qu&apos;UiPath appelle URL.headers.ServiceUrl, une adresse. L&apos;assistant l&apos;écrit comme l&apos;indique le tableau SAP. UNCONFIRMED&#xa0;: reste à savoir si le guide d&apos;UiPath attend un en-tête portant un autre nom&#xa0;; si le «&#xa0;Monitoring&#xa0;» de SAP Task Center signale des erreurs pour UiPath, comparez l&apos;en-tête avec le guide d&apos;UiPath.</translation>
    </message>
    <message>
        <source>SAP Task Center shows the translatable texts of UiPath&apos;s tasks and task definitions in English only.</source>
        <translation>SAP Task Center affiche les textes traduisibles des tâches et des définitions de tâches d&apos;UiPath uniquement en anglais.</translation>
    </message>
    <message>
        <source>Tasks from SAP Build Work Zone, advanced edition or SAP SuccessFactors Work Zone in the same subaccount as SAP Task Center: one destination, the same for both products, with the values Work Zone gives for its integration with SAP Task Center.</source>
        <translation>Tâches de SAP Build Work Zone, advanced edition ou de SAP SuccessFactors Work Zone dans le même sous-compte que SAP Task Center&#xa0;: une destination, la même pour les deux produits, avec les valeurs que fournit Work Zone pour son intégration avec SAP Task Center.</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Point de terminaison d&apos;API</translation>
    </message>
    <message>
        <source>The API endpoint Work Zone shows for its integration with SAP Task Center. The wizard appends /api/v2 to it for the destination&apos;s URL, as SAP&apos;s guide says; if you paste an address that already ends with /api/v2, it is used as it is.</source>
        <translation>Le point de terminaison d&apos;API qu&apos;affiche Work Zone pour son intégration avec SAP Task Center. L&apos;assistant y ajoute /api/v2 pour l&apos;URL de la destination, comme l&apos;indique le guide SAP&#xa0;; si vous collez une adresse qui se termine déjà par /api/v2, elle est utilisée telle quelle.</translation>
    </message>
    <message>
        <source>This looks like the Token Service URL. The API endpoint is probably %1: check it in Work Zone.</source>
        <translation>Cela ressemble à la Token Service URL. Le point de terminaison d&apos;API est probablement %1&#xa0;: vérifiez-le dans Work Zone.</translation>
    </message>
    <message>
        <source>The Audience Work Zone shows for its integration with SAP Task Center. Copy it exactly, with the / at the end if Work Zone shows one.</source>
        <translation>L&apos;Audience qu&apos;affiche Work Zone pour son intégration avec SAP Task Center. Copiez-la exactement, avec le / final si Work Zone en affiche un.</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Client Key</translation>
    </message>
    <message>
        <source>The Client Key Work Zone shows for its integration with SAP Task Center.</source>
        <translation>Le Client Key qu&apos;affiche Work Zone pour son intégration avec SAP Task Center.</translation>
    </message>
    <message>
        <source>The Token Service URL Work Zone shows for its integration with SAP Task Center.</source>
        <translation>La Token Service URL qu&apos;affiche Work Zone pour son intégration avec SAP Task Center.</translation>
    </message>
    <message>
        <source>Token Service User</source>
        <translation>Token Service User</translation>
    </message>
    <message>
        <source>The Token Service User Work Zone shows for its integration with SAP Task Center. In SAP&apos;s example it is the same as the Client Key, so the field is filled with the Client Key: change it if Work Zone shows another value.</source>
        <translation>Le Token Service User qu&apos;affiche Work Zone pour son intégration avec SAP Task Center. Dans l&apos;exemple de SAP, il est identique au Client Key&#xa0;: le champ est donc renseigné avec le Client Key. Modifiez-le si Work Zone affiche une autre valeur.</translation>
    </message>
    <message>
        <source>Token Service Password</source>
        <translation>Token Service Password</translation>
    </message>
    <message>
        <source>The Token Service Password Work Zone shows for its integration with SAP Task Center. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Le Token Service Password qu&apos;affiche Work Zone pour son intégration avec SAP Task Center. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Prepare Work Zone</source>
        <translation>Préparer Work Zone</translation>
    </message>
    <message>
        <source>The same steps serve SAP Build Work Zone, advanced edition and SAP SuccessFactors Work Zone.</source>
        <translation>Les mêmes étapes valent pour SAP Build Work Zone, advanced edition et SAP SuccessFactors Work Zone.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Build Work Zone, advanced edition or SAP SuccessFactors Work Zone for each user who is logged on, with the values Work Zone gives when you set up its integration with SAP Task Center. SAP&apos;s guide covers a Work Zone instance in the same subaccount as SAP Task Center.</source>
        <translation>SAP Task Center lit les tâches de SAP Build Work Zone, advanced edition ou de SAP SuccessFactors Work Zone pour chaque utilisateur connecté, avec les valeurs que fournit Work Zone lorsque vous configurez son intégration avec SAP Task Center. Le guide SAP couvre une instance Work Zone située dans le même sous-compte que SAP Task Center.</translation>
    </message>
    <message>
        <source>In Work Zone, you have done the steps of &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; and have its values at hand: API endpoint, Audience, Client Key, Token Service URL, Token Service User and Token Service Password.</source>
        <translation>Dans Work Zone, vous avez effectué les étapes de &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; et vous avez ses valeurs à portée de main&#xa0;: point de terminaison d&apos;API, Audience, Client Key, Token Service URL, Token Service User et Token Service Password.</translation>
    </message>
    <message>
        <source>SAP Build Work Zone, advanced edition: Integration with SAP Task Center.</source>
        <translation>SAP Build Work Zone, advanced edition&#xa0;: «&#xa0;Integration with SAP Task Center&#xa0;».</translation>
    </message>
    <message>
        <source>The Work Zone instance is in &lt;b&gt;this subaccount&lt;/b&gt;, the one of SAP Task Center.</source>
        <translation>L&apos;instance Work Zone se trouve dans &lt;b&gt;ce sous-compte&lt;/b&gt;, celui de SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of this subaccount: Services &gt; Instances and Subscriptions.</source>
        <translation>Cockpit SAP BTP de ce sous-compte&#xa0;: «&#xa0;Services &gt; Instances and Subscriptions&#xa0;».</translation>
    </message>
    <message>
        <source>Only &lt;b&gt;one&lt;/b&gt; of the two products is connected to SAP Task Center in this subaccount: SAP does not support SAP Build Work Zone, advanced edition and SAP SuccessFactors Work Zone as task providers in the same subaccount.</source>
        <translation>Seul &lt;b&gt;un&lt;/b&gt; des deux produits est connecté à SAP Task Center dans ce sous-compte&#xa0;: SAP ne prend pas en charge SAP Build Work Zone, advanced edition et SAP SuccessFactors Work Zone comme fournisseurs de tâches dans le même sous-compte.</translation>
    </message>
    <message>
        <source>Work Zone&apos;s values for SAP Task Center</source>
        <translation>Valeurs de Work Zone pour SAP Task Center</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches Work Zone, and where it gets each user&apos;s token.</source>
        <translation>Où SAP Task Center atteint Work Zone, et où il obtient le jeton de chaque utilisateur.</translation>
    </message>
    <message>
        <source>Enter the values Work Zone gave you in &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;. Copy each one exactly as Work Zone shows it.</source>
        <translation>Saisissez les valeurs que Work Zone vous a fournies dans &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;. Copiez chacune d&apos;elles exactement telle que l&apos;affiche Work Zone.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide takes the destination&apos;s URL from the API endpoint (followed by /api/v2) and every other value as Work Zone gives it. Where Work Zone shows these values is described in Work Zone&apos;s own guide, Integration with SAP Task Center.</source>
        <translation>Le guide SAP reprend l&apos;URL de la destination du point de terminaison d&apos;API (suivi de /api/v2) et toutes les autres valeurs telles que Work Zone les fournit. L&apos;endroit où Work Zone affiche ces valeurs est décrit dans le propre guide de Work Zone, «&#xa0;Integration with SAP Task Center&#xa0;».</translation>
    </message>
    <message>
        <source>Destination to Work Zone</source>
        <translation>Destination vers Work Zone</translation>
    </message>
    <message>
        <source>SAP&apos;s guide lists each property of this destination; the wizard writes them as the table says, for either product.</source>
        <translation>Le guide SAP répertorie chaque propriété de cette destination&#xa0;; l&apos;assistant les écrit comme l&apos;indique le tableau, pour l&apos;un ou l&apos;autre produit.</translation>
    </message>
    <message>
        <source>Check that the Audience, Client Key, Token Service URL, Token Service User and Token Service Password are still the values Work Zone shows for its integration with SAP Task Center, and that users log on to SAP Task Center and Work Zone through the same Identity Authentication tenant (SAP BTP Integration Scenario).</source>
        <translation>Vérifiez que l&apos;Audience, le Client Key, la Token Service URL, le Token Service User et le Token Service Password sont toujours les valeurs qu&apos;affiche Work Zone pour son intégration avec SAP Task Center, et que les utilisateurs se connectent à SAP Task Center et à Work Zone via le même tenant Identity Authentication («&#xa0;SAP BTP Integration Scenario&#xa0;»).</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches Work Zone. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Cette destination n&apos;a pas d&apos;utilisateur technique&#xa0;: le service Destination n&apos;obtient un jeton avec elle que pour un utilisateur connecté, et selon SAP, «&#xa0;Check Connection&#xa0;» peut ne pas indiquer si SAP Task Center atteint Work Zone. Vérifiez le connecteur dans le «&#xa0;Monitoring&#xa0;» de SAP Task Center une fois la destination enregistrée.</translation>
    </message>
    <message>
        <source>Create only one destination for each Work Zone system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Ne créez qu&apos;une seule destination par système Work Zone dans un Task Center&#xa0;; avec une deuxième, chaque utilisateur reçoit ses tâches en double.</translation>
    </message>
    <message>
        <source>In this subaccount</source>
        <translation>Dans ce sous-compte</translation>
    </message>
    <message>
        <source>In a different subaccount</source>
        <translation>Dans un autre sous-compte</translation>
    </message>
    <message>
        <source>In another subaccount, with SAML trust</source>
        <translation>Dans un autre sous-compte, avec une relation de confiance SAML</translation>
    </message>
    <message>
        <source>In another subaccount, with an Identity Authentication dependency</source>
        <translation>Dans un autre sous-compte, avec une dépendance Identity Authentication</translation>
    </message>
    <message>
        <source>outbound.p12 is the file S/4HANA Cloud uses to reach SAP Task Center (made from the service key with certificate). The destination needs the other key store, the one SAP&apos;s guide calls inbound.p12.</source>
        <translation>outbound.p12 est le fichier qu&apos;utilise S/4HANA Cloud pour atteindre SAP Task Center (créé à partir de la clé de service avec certificat). La destination a besoin de l&apos;autre keystore, celui que le guide SAP appelle inbound.p12.</translation>
    </message>
    <message>
        <source>Token Service Key Store Password</source>
        <translation>Token Service Key Store Password</translation>
    </message>
    <message>
        <source>Client ID of the service key with certificate (uaa.clientid)</source>
        <translation>ID client de la clé de service avec certificat (uaa.clientid)</translation>
    </message>
    <message>
        <source>The uaa &gt; clientid of the service key with certificate you created for the dedicated SAP Task Center instance. It becomes the destination&apos;s tc.clientId, which lets S/4HANA Cloud push task updates to SAP Task Center. SAP says to set it only once you have completed Integrating SAP Task Center in S/4HANA Cloud; otherwise tasks may not arrive.</source>
        <translation>La valeur uaa &gt; clientid de la clé de service avec certificat que vous avez créée pour l&apos;instance SAP Task Center dédiée. Elle devient le tc.clientId de la destination, qui permet à S/4HANA Cloud de transmettre les mises à jour des tâches à SAP Task Center. Selon SAP, ne la définissez qu&apos;une fois que vous avez terminé «&#xa0;Integrating SAP Task Center&#xa0;» dans S/4HANA Cloud&#xa0;; sinon, les tâches risquent de ne pas arriver.</translation>
    </message>
    <message>
        <source>By hand, with certificates instead of a password (mTLS)</source>
        <translation>Manuellement, avec des certificats au lieu d&apos;un mot de passe (mTLS)</translation>
    </message>
    <message>
        <source>Choose this when SAP Task Center should get its tokens from S/4HANA Cloud with a client certificate (mTLS) instead of a communication user&apos;s password, as SAP&apos;s section &quot;Connect SAP S/4HANA Cloud Public Edition and SAP Task Center Using mTLS&quot; describes. You need a service key with a certificate for a dedicated SAP Task Center instance, and a .p12 key store with its password. You set up the communication system and arrangement in S/4HANA Cloud with these certificates, and the wizard writes the destination.</source>
        <translation>Choisissez cette option si SAP Task Center doit obtenir ses jetons auprès de S/4HANA Cloud avec un certificat client (mTLS) au lieu du mot de passe d&apos;un utilisateur de communication, comme le décrit la section SAP «&#xa0;Connect SAP S/4HANA Cloud Public Edition and SAP Task Center Using mTLS&#xa0;». Vous avez besoin d&apos;une clé de service avec certificat pour une instance SAP Task Center dédiée, et d&apos;un keystore .p12 avec son mot de passe. Vous configurez le système et l&apos;accord de communication dans S/4HANA Cloud avec ces certificats, et l&apos;assistant écrit la destination.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining steps for S/4HANA Cloud with mTLS&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Check the connection&lt;/b&gt; with the &lt;b&gt;monitoring&lt;/b&gt; of SAP Task Center: SAP says Check Connection in the destination may not tell whether SAP Task Center reaches SAP S/4HANA Cloud.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The Task Center app for your users:&lt;/b&gt; in the launchpad your users open (SAP Build Work Zone or another central entry point), create a &lt;b&gt;Task Center&lt;/b&gt; tile and activate the site&apos;s languages, as SAP&apos;s guide &quot;Create a Task Center Tile&quot; says. It uses the destination &lt;i&gt;Task_Center&lt;/i&gt; of this subaccount.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users in S/4HANA Cloud:&lt;/b&gt; each approver&apos;s business user needs a &lt;b&gt;Global User ID&lt;/b&gt; equal to the &lt;b&gt;User UUID&lt;/b&gt; of the same user in SAP Cloud Identity Services (copy it by hand to try it out, or replicate the users with Identity Provisioning, communication scenario SAP_COM_0193). Without it, the tasks reach SAP Task Center but appear in nobody&apos;s list.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Certificates expire:&lt;/b&gt; the certificate of the service key, which outbound.p12 holds, is valid for at most one year (SAP). Note when it and the certificate of inbound.p12 expire.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Étapes restantes selon SAP pour S/4HANA Cloud avec mTLS&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Vérifiez la connexion&lt;/b&gt; avec le &lt;b&gt;Monitoring&lt;/b&gt; de SAP Task Center&#xa0;: selon SAP, «&#xa0;Check Connection&#xa0;» dans la destination peut ne pas indiquer si SAP Task Center atteint SAP S/4HANA Cloud.&lt;/li&gt;&lt;li&gt;&lt;b&gt;L&apos;application Task Center pour vos utilisateurs&#xa0;:&lt;/b&gt; dans le launchpad qu&apos;ouvrent vos utilisateurs (SAP Build Work Zone ou un autre point d&apos;entrée central), créez une vignette &lt;b&gt;Task Center&lt;/b&gt; et activez les langues du site, comme l&apos;indique le guide SAP «&#xa0;Create a Task Center Tile&#xa0;». Cette vignette utilise la destination &lt;i&gt;Task_Center&lt;/i&gt; de ce sous-compte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Utilisateurs dans S/4HANA Cloud&#xa0;:&lt;/b&gt; l&apos;utilisateur métier de chaque approbateur doit avoir un &lt;b&gt;Global User ID&lt;/b&gt; égal au &lt;b&gt;User UUID&lt;/b&gt; du même utilisateur dans SAP Cloud Identity Services (copiez-le manuellement pour faire un essai, ou répliquez les utilisateurs avec Identity Provisioning, scénario de communication SAP_COM_0193). Sans cela, les tâches parviennent à SAP Task Center mais n&apos;apparaissent dans la liste d&apos;aucun utilisateur.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Les certificats expirent&#xa0;:&lt;/b&gt; le certificat de la clé de service, que contient outbound.p12, est valide un an au maximum (SAP). Notez la date d&apos;expiration de ce certificat et de celui d&apos;inbound.p12.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Create a service key with a certificate</source>
        <translation>Créer une clé de service avec certificat</translation>
    </message>
    <message>
        <source>A dedicated SAP Task Center instance whose service key has a certificate, and the file outbound.p12 made from it for S/4HANA Cloud.</source>
        <translation>Une instance SAP Task Center dédiée dont la clé de service contient un certificat, et le fichier outbound.p12 créé à partir de celle-ci pour S/4HANA Cloud.</translation>
    </message>
    <message>
        <source>In this subaccount, where your SAP Task Center instance was created, create a dedicated SAP Task Center service instance and a service key &lt;b&gt;with certificate&lt;/b&gt; for it. Then make outbound.p12 from the key, as below.</source>
        <translation>Dans ce sous-compte, où votre instance SAP Task Center a été créée, créez une instance de service SAP Task Center dédiée et une clé de service &lt;b&gt;avec certificat&lt;/b&gt; pour celle-ci. Créez ensuite outbound.p12 à partir de la clé, comme indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>S/4HANA Cloud pushes task updates to SAP Task Center with the certificate of this key instead of a client secret. SAP&apos;s guide &quot;Create a Service Instance Using the SAP BTP Cockpit&quot; gives the parameters below; the certificate is valid for at most one year. The wizard does not read this key: you copy its client ID on a later page.</source>
        <translation>S/4HANA Cloud transmet les mises à jour des tâches à SAP Task Center avec le certificat de cette clé au lieu d&apos;un secret client. Le guide SAP «&#xa0;Create a Service Instance Using the SAP BTP Cockpit&#xa0;» donne les paramètres ci-dessous&#xa0;; le certificat est valide un an au maximum. L&apos;assistant ne lit pas cette clé&#xa0;: vous copiez son ID client sur une page ultérieure.</translation>
    </message>
    <message>
        <source>Service key with certificate</source>
        <translation>Clé de service avec certificat</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Instances&lt;/b&gt; page, open the &lt;b&gt;Actions&lt;/b&gt; menu of the new instance, choose &lt;b&gt;Create Service Key&lt;/b&gt;, enter a name and these parameters in JSON format, and choose &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>Sur la page &lt;b&gt;Instances&lt;/b&gt;, ouvrez le menu &lt;b&gt;Actions&lt;/b&gt; de la nouvelle instance, choisissez &lt;b&gt;Create Service Key&lt;/b&gt;, saisissez un nom et ces paramètres au format JSON, puis choisissez &lt;b&gt;Create&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>Paramètres (JSON)</translation>
    </message>
    <message>
        <source>SAP&apos;s sample: a certificate valid for one year, the longest SAP allows.</source>
        <translation>Exemple de SAP&#xa0;: un certificat valide un an, la durée maximale qu&apos;autorise SAP.</translation>
    </message>
    <message>
        <source>outbound.p12 for S/4HANA Cloud</source>
        <translation>outbound.p12 pour S/4HANA Cloud</translation>
    </message>
    <message>
        <source>Open the JSON of the service key. Copy the value of &lt;b&gt;uaa &amp;gt; certificate&lt;/b&gt;, without the quotation marks, into a new text file, and append the value of &lt;b&gt;uaa &amp;gt; key&lt;/b&gt;, without the quotation marks. Replace every \n with a line feed: the file then holds the certificates (BEGIN CERTIFICATE … END CERTIFICATE) followed by the private key (BEGIN RSA PRIVATE KEY … END RSA PRIVATE KEY). Save it as outbound.p12.</source>
        <translation>Ouvrez le JSON de la clé de service. Copiez la valeur de &lt;b&gt;uaa &amp;gt; certificate&lt;/b&gt;, sans les guillemets, dans un nouveau fichier texte, puis ajoutez à la suite la valeur de &lt;b&gt;uaa &amp;gt; key&lt;/b&gt;, sans les guillemets. Remplacez chaque 
 par un saut de ligne&#xa0;: le fichier contient alors les certificats (BEGIN CERTIFICATE … END CERTIFICATE) suivis de la clé privée (BEGIN RSA PRIVATE KEY … END RSA PRIVATE KEY). Enregistrez-le sous le nom outbound.p12.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>SAP&apos;s name for it: S/4HANA Cloud uses it to reach SAP Task Center (Users for Outbound Communication).</source>
        <translation>Nom que lui donne SAP&#xa0;: S/4HANA Cloud l&apos;utilise pour atteindre SAP Task Center («&#xa0;Users for Outbound Communication&#xa0;»).</translation>
    </message>
    <message>
        <source>The key store for S/4HANA Cloud&apos;s token service</source>
        <translation>Le keystore pour le service de jetons de S/4HANA Cloud</translation>
    </message>
    <message>
        <source>The .p12 file with the certificate SAP Task Center gets its tokens from S/4HANA Cloud with (SAP calls it inbound.p12), and its password.</source>
        <translation>Le fichier .p12 contenant le certificat avec lequel SAP Task Center obtient ses jetons auprès de S/4HANA Cloud (SAP l&apos;appelle inbound.p12), et son mot de passe.</translation>
    </message>
    <message>
        <source>The destination names this key store in tokenService.KeyStoreLocation and unlocks it with tokenService.KeyStorePassword (the cockpit&apos;s Token Service Key Store Location and Token Service Key Store Password). SAP&apos;s guide also asks you to select Use mTLS for token retrieval. UNCONFIRMED: SAP names no property for that checkbox; SAP BTP Connectivity says the Destination service uses mTLS towards the token service whenever tokenService.KeyStoreLocation is set, so the wizard writes only that property. If the cockpit shows the checkbox cleared, select it and save.</source>
        <translation>La destination désigne ce keystore dans tokenService.KeyStoreLocation et le déverrouille avec tokenService.KeyStorePassword (les champs Token Service Key Store Location et Token Service Key Store Password du cockpit). Le guide SAP vous demande également de sélectionner «&#xa0;Use mTLS for token retrieval&#xa0;». UNCONFIRMED&#xa0;: SAP n&apos;indique aucune propriété pour cette case à cocher&#xa0;; selon SAP BTP Connectivity, le service Destination utilise mTLS vers le service de jetons dès que tokenService.KeyStoreLocation est défini, c&apos;est pourquoi l&apos;assistant n&apos;écrit que cette propriété. Si le cockpit affiche la case décochée, cochez-la et enregistrez.</translation>
    </message>
    <message>
        <source>Integrate SAP Task Center in S/4HANA Cloud using mTLS</source>
        <translation>Intégrer SAP Task Center dans S/4HANA Cloud avec mTLS</translation>
    </message>
    <message>
        <source>The communication system with both certificates, the communication arrangement, and the values it gives back for the destination.</source>
        <translation>Le système de communication avec les deux certificats, l&apos;accord de communication, et les valeurs qu&apos;il renvoie pour la destination.</translation>
    </message>
    <message>
        <source>In SAP S/4HANA Cloud, perform the steps of &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: use inbound.p12 for the communication system&apos;s &lt;b&gt;Users for Inbound Communication&lt;/b&gt; and outbound.p12 for its &lt;b&gt;Users for Outbound Communication&lt;/b&gt;, and create the communication arrangement as &lt;b&gt;Create a Communication Arrangement Using mTLS&lt;/b&gt; describes. Then enter the values below.</source>
        <translation>Dans SAP S/4HANA Cloud, effectuez les étapes de &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;&#xa0;: utilisez inbound.p12 pour les &lt;b&gt;Users for Inbound Communication&lt;/b&gt; du système de communication et outbound.p12 pour ses &lt;b&gt;Users for Outbound Communication&lt;/b&gt;, et créez l&apos;accord de communication comme le décrit &lt;b&gt;Create a Communication Arrangement Using mTLS&lt;/b&gt;. Saisissez ensuite les valeurs ci-dessous.</translation>
    </message>
    <message>
        <source>SAP&apos;s mTLS section asks you to download the subaccount&apos;s trust certificate and then to follow Integrating SAP Task Center in SAP S/4HANA Cloud&apos;s documentation; it names the values the destination needs, which this page asks for. SAP&apos;s page on credentials rotation says S/4HANA Cloud&apos;s communication system holds the trust certificate.</source>
        <translation>La section mTLS de SAP vous demande de télécharger le certificat de confiance du sous-compte, puis de suivre «&#xa0;Integrating SAP Task Center&#xa0;» dans la documentation de SAP S/4HANA Cloud&#xa0;; ce guide cite les valeurs dont la destination a besoin, que cette page vous demande. La page SAP sur la rotation des identifiants indique que le système de communication de S/4HANA Cloud contient le certificat de confiance.</translation>
    </message>
    <message>
        <source>UNCONFIRMED for mTLS: SAP&apos;s mTLS section does not list the communication system&apos;s fields. SAP&apos;s sample sets the values below on the way with a password; use them unless Integrating SAP Task Center says otherwise.</source>
        <translation>UNCONFIRMED pour mTLS&#xa0;: la section mTLS de SAP ne répertorie pas les champs du système de communication. L&apos;exemple de SAP définit les valeurs ci-dessous pour la méthode avec mot de passe&#xa0;; utilisez-les, sauf si «&#xa0;Integrating SAP Task Center&#xa0;» indique autre chose.</translation>
    </message>
    <message>
        <source>SAP: use this key store (inbound.p12) when you set up Users for Inbound Communication.</source>
        <translation>SAP&#xa0;: utilisez ce keystore (inbound.p12) lorsque vous configurez «&#xa0;Users for Inbound Communication&#xa0;».</translation>
    </message>
    <message>
        <source>Users for Outbound Communication</source>
        <translation>Users for Outbound Communication</translation>
    </message>
    <message>
        <source>SAP: use outbound.p12, made from the service key with certificate, when you set up Users for Outbound Communication.</source>
        <translation>SAP&#xa0;: utilisez outbound.p12, créé à partir de la clé de service avec certificat, lorsque vous configurez «&#xa0;Users for Outbound Communication&#xa0;».</translation>
    </message>
    <message>
        <source>Copy these from the saved arrangement: the service URL of its inbound service, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL. Then the uaa &amp;gt; clientid of the service key with certificate.</source>
        <translation>Copiez-les depuis l&apos;accord de communication enregistré&#xa0;: l&apos;URL de service de son service entrant et, dans &lt;b&gt;OAuth 2.0 Details&lt;/b&gt;, les valeurs SAML2 Audience, Client ID et Token Service URL. Copiez ensuite la valeur uaa &amp;gt; clientid de la clé de service avec certificat.</translation>
    </message>
    <message>
        <source>The Destination service cannot use the key store for S/4HANA Cloud&apos;s token service. Check that the file is uploaded to this subaccount&apos;s destination certificates under exactly the name in tokenService.KeyStoreLocation, including its extension, that tokenService.KeyStorePassword is its password, and that S/4HANA Cloud&apos;s communication system accepts its certificate (Users for Inbound Communication).</source>
        <translation>Le service Destination ne peut pas utiliser le keystore pour le service de jetons de S/4HANA Cloud. Vérifiez que le fichier est chargé dans les certificats de destination de ce sous-compte exactement sous le nom indiqué dans tokenService.KeyStoreLocation, extension comprise, que tokenService.KeyStorePassword est son mot de passe, et que le système de communication de S/4HANA Cloud accepte son certificat («&#xa0;Users for Inbound Communication&#xa0;»).</translation>
    </message>
    <message>
        <source>Key store (.p12 file)</source>
        <translation>Keystore (fichier .p12)</translation>
    </message>
    <message>
        <source>The key store (.p12) with the client certificate for SAP Cloud for Customer. The primary destination names it by its file name in KeyStoreLocation. SAP&apos;s guide uses c4c.p12 as an example.</source>
        <translation>Le keystore (.p12) contenant le certificat client pour SAP Cloud for Customer. La destination principale le désigne par son nom de fichier dans KeyStoreLocation. Le guide SAP utilise c4c.p12 comme exemple.</translation>
    </message>
    <message>
        <source>The key store&apos;s file name must end in .p12, .pfx or .jks and hold only letters, digits, dots, _ and - (for example c4c.p12): the subaccount lists it under that name. Rename the file if needed.</source>
        <translation>Le nom de fichier du keystore doit se terminer par .p12, .pfx ou .jks et ne contenir que des lettres, des chiffres, des points, _ et - (par exemple c4c.p12)&#xa0;: le sous-compte le répertorie sous ce nom. Renommez le fichier si nécessaire.</translation>
    </message>
    <message>
        <source>Use the .p12 certificate you already have for SAP Cloud for Customer (its guide &quot;Using Client Certificate Authentication&quot; explains how to extract it): choose the file on this computer, and when the wizard writes the destinations into the subaccount, it uploads the file to the subaccount&apos;s destination certificates under its file name. If you generated the key store under the subaccount&apos;s destination certificates instead, enter its name as the list shows it. When you save the destinations as files for the cockpit instead, upload the key store yourself under Connectivity &amp;gt; Destination Certificates.</source>
        <translation>Utilisez le certificat .p12 dont vous disposez déjà pour SAP Cloud for Customer (son guide «&#xa0;Using Client Certificate Authentication&#xa0;» explique comment l&apos;extraire)&#xa0;: choisissez le fichier sur cet ordinateur&#xa0;; lorsque l&apos;assistant écrit les destinations dans le sous-compte, il charge le fichier dans les certificats de destination du sous-compte sous son nom de fichier. Si vous avez plutôt généré le keystore dans les certificats de destination du sous-compte, saisissez son nom tel que la liste l&apos;affiche. Si vous enregistrez plutôt les destinations sous forme de fichiers pour le cockpit, chargez vous-même le keystore sous «&#xa0;Connectivity &amp;gt; Destination Certificates&#xa0;».</translation>
    </message>
    <message>
        <source>The primary destination names the key store by its file name (KeyStoreLocation) and unlocks it with its password (KeyStorePassword). The Destination service finds the file only among this subaccount&apos;s destination certificates under exactly that name: the wizard uploads the file you choose there before it writes the destinations, and does not write them when it cannot.</source>
        <translation>La destination principale désigne le keystore par son nom de fichier (KeyStoreLocation) et le déverrouille avec son mot de passe (KeyStorePassword). Le service Destination ne trouve le fichier que parmi les certificats de destination de ce sous-compte, sous exactement ce nom&#xa0;: l&apos;assistant y charge le fichier que vous choisissez avant d&apos;écrire les destinations, et ne les écrit pas s&apos;il n&apos;y parvient pas.</translation>
    </message>
    <message>
        <source>Token Service Key Store (.p12 file)</source>
        <translation>Token Service Key Store (fichier .p12)</translation>
    </message>
    <message>
        <source>The key store (.p12) with the client certificate SAP Task Center gets its tokens from S/4HANA Cloud with; SAP&apos;s guide calls it inbound.p12. The destination names it by its file name in tokenService.KeyStoreLocation.</source>
        <translation>Le keystore (.p12) contenant le certificat client avec lequel SAP Task Center obtient ses jetons auprès de S/4HANA Cloud&#xa0;; le guide SAP l&apos;appelle inbound.p12. La destination le désigne par son nom de fichier dans tokenService.KeyStoreLocation.</translation>
    </message>
    <message>
        <source>The key store&apos;s file name must end in .p12, .pfx or .jks and hold only letters, digits, dots, _ and - (for example inbound.p12): the subaccount lists it under that name. Rename the file if needed.</source>
        <translation>Le nom de fichier du keystore doit se terminer par .p12, .pfx ou .jks et ne contenir que des lettres, des chiffres, des points, _ et - (par exemple inbound.p12)&#xa0;: le sous-compte le répertorie sous ce nom. Renommez le fichier si nécessaire.</translation>
    </message>
    <message>
        <source>Choose the .p12 file on this computer: when the wizard writes the destination into the subaccount, it uploads the file to the subaccount&apos;s destination certificates under its file name. If you generated the key store under the subaccount&apos;s destination certificates instead, enter its name as the list shows it; S/4HANA Cloud needs the file too, so download it with the Destination service REST API, as SAP&apos;s guide &quot;Use Destination Certificates&quot; says. When you save the destination as files for the cockpit instead, upload the key store yourself under Connectivity &amp;gt; Destination Certificates.</source>
        <translation>Choisissez le fichier .p12 sur cet ordinateur&#xa0;: lorsque l&apos;assistant écrit la destination dans le sous-compte, il charge le fichier dans les certificats de destination du sous-compte sous son nom de fichier. Si vous avez plutôt généré le keystore dans les certificats de destination du sous-compte, saisissez son nom tel que la liste l&apos;affiche&#xa0;; S/4HANA Cloud a aussi besoin du fichier, téléchargez-le donc avec l&apos;API REST du service Destination, comme l&apos;indique le guide SAP «&#xa0;Use Destination Certificates&#xa0;». Si vous enregistrez plutôt la destination sous forme de fichiers pour le cockpit, chargez vous-même le keystore sous «&#xa0;Connectivity &amp;gt; Destination Certificates&#xa0;».</translation>
    </message>
    <message>
        <source>The key of the dedicated SAP Task Center instance: the communication arrangement takes its address and OAuth client, the destination its client ID.</source>
        <translation>La clé de l&apos;instance SAP Task Center dédiée&#xa0;: l&apos;accord de communication en reprend l&apos;adresse et le client OAuth, la destination son ID client.</translation>
    </message>
    <message>
        <source>SAP asks for a dedicated SAP Task Center service instance in this subaccount for S/4HANA Cloud. Its key gives the communication arrangement SAP Task Center&apos;s address, OAuth client and client secret, and the destination names its client ID in tc.clientId, which lets S/4HANA Cloud push task updates.</source>
        <translation>SAP demande une instance de service SAP Task Center dédiée à S/4HANA Cloud dans ce sous-compte. Sa clé donne à l&apos;accord de communication l&apos;adresse, le client OAuth et le secret client de SAP Task Center, et la destination indique son ID client dans tc.clientId, ce qui permet à S/4HANA Cloud d&apos;envoyer les mises à jour des tâches.</translation>
    </message>
</context>
<context>
    <name>ProviderTypeMissing</name>
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
</context>
<context>
    <name>RecommendationsAuthentication</name>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP&apos;s guide for Intelligent Recommendations asks for OAuth2ClientCredentials with the client of SAP Build Process Automation&apos;s service key.</source>
        <translation>%1 utilise l&apos;authentification «&#xa0;%2&#xa0;»&#xa0;; le guide SAP pour les Intelligent Recommendations demande OAuth2ClientCredentials avec le client de la clé de service de SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>Set Authentication to OAuth2ClientCredentials.</source>
        <translation>Définissez Authentication sur OAuth2ClientCredentials.</translation>
    </message>
</context>
<context>
    <name>RecommendationsDynamicDestination</name>
    <message>
        <source>%1 lacks HTML5.DynamicDestination=true, which SAP&apos;s guide for Intelligent Recommendations asks for.</source>
        <translation>Il manque à %1 HTML5.DynamicDestination=true, que demande le guide SAP pour les Intelligent Recommendations.</translation>
    </message>
    <message>
        <source>Add the property HTML5.DynamicDestination with the value true.</source>
        <translation>Ajoutez la propriété HTML5.DynamicDestination avec la valeur true.</translation>
    </message>
</context>
<context>
    <name>RecommendationsPrimaryMissing</name>
    <message>
        <source>%1 looks like an Intelligent Recommendations destination, but there is no primary destination %2: SAP Task Center finds it by the primary&apos;s name followed by _AI.</source>
        <translation>%1 ressemble à une destination pour les Intelligent Recommendations, mais la destination principale %2 n&apos;existe pas&#xa0;: SAP Task Center la trouve par le nom de la destination principale suivi de _AI.</translation>
    </message>
    <message>
        <source>Rename %1 to the name of its SAP Build Process Automation primary destination followed by _AI.</source>
        <translation>Renommez %1 en lui donnant le nom de sa destination principale SAP Build Process Automation suivi de _AI.</translation>
    </message>
</context>
<context>
    <name>RecommendationsTcEnabled</name>
    <message>
        <source>%1 is the Intelligent Recommendations destination, not a task provider, but it carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation>%1 est la destination pour les Intelligent Recommendations, et non un fournisseur de tâches, mais elle contient tc.enabled&#xa0;: SAP Task Center la lirait comme une autre destination principale.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation>Supprimez tc.enabled de %1.</translation>
    </message>
</context>
<context>
    <name>RecommendationsUrlOutdated</name>
    <message>
        <source>The URL of %1 is &quot;%2&quot;. Since July 2025 SAP&apos;s guide asks for SAP Build Process Automation&apos;s API endpoint followed by %3; a destination made before must be changed.</source>
        <translation>L&apos;URL de %1 est «&#xa0;%2&#xa0;». Depuis juillet 2025, le guide SAP demande le point de terminaison d&apos;API de SAP Build Process Automation suivi de %3&#xa0;; une destination créée auparavant doit être modifiée.</translation>
    </message>
    <message>
        <source>Set the URL to the endpoints &gt; api value of the service key followed by %1.</source>
        <translation>Définissez l&apos;URL sur la valeur de endpoints &gt; api de la clé de service suivie de %1.</translation>
    </message>
    <message>
        <source>Set the URL to %1.</source>
        <translation>Définissez l&apos;URL sur %1.</translation>
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
        <source>Apply is possible once the subaccount has been read.</source>
        <translation>Vous pourrez appliquer une fois le sous-compte lu.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Choose the key store file on this computer (go Back to its step) to apply.</source>
        <translation>Pour appliquer, choisissez le fichier keystore sur cet ordinateur (revenez avec «&#xa0;Précédent&#xa0;» à son étape).</translation>
    </message>
    <message>
        <source>Tick that you mean to replace what is named above to apply.</source>
        <translation>Pour appliquer, cochez la case indiquant que vous souhaitez remplacer ce qui est mentionné ci-dessus.</translation>
    </message>
    <message>
        <source>the key store %1 (also named by %2)</source>
        <translation>le keystore %1 (également désigné par %2)</translation>
    </message>
    <message>
        <source>Applying replaces %1 with the file you chose: those destinations then authenticate with its certificate. To keep the key store, give your file another name and choose it again.</source>
        <translation>Si vous appliquez, %1 sera remplacé par le fichier que vous avez choisi&#xa0;: ces destinations s&apos;authentifieront alors avec son certificat. Pour conserver le keystore, donnez un autre nom à votre fichier et choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Key store %1</source>
        <translation>Keystore %1</translation>
    </message>
    <message>
        <source>will be uploaded</source>
        <translation>sera chargé</translation>
    </message>
    <message>
        <source>exists, another file</source>
        <translation>existe, autre fichier</translation>
    </message>
    <message>
        <source>will be replaced</source>
        <translation>sera remplacé</translation>
    </message>
    <message>
        <source>missing: nothing to upload</source>
        <translation>manquant&#xa0;: rien à charger</translation>
    </message>
    <message>
        <source>File on this computer</source>
        <translation>Fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Also named by</source>
        <translation>Également désigné par</translation>
    </message>
    <message>
        <source>Go Back to the key store&apos;s step and choose the file; nothing was written.</source>
        <translation>Revenez avec «&#xa0;Précédent&#xa0;» à l&apos;étape du keystore et choisissez le fichier&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n key store(s) go to the subaccount&apos;s destination certificates first.</source>
        <translation>
            <numerusform>%n keystore va d&apos;abord dans les certificats de destination du sous-compte.</numerusform>
            <numerusform>%n keystores vont d&apos;abord dans les certificats de destination du sous-compte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleValue</name>
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
</context>
<context>
    <name>SandboxTrust</name>
    <message>
        <source>Cannot write the trust certificate into %1.</source>
        <translation>Impossible d&apos;écrire le certificat de confiance dans %1.</translation>
    </message>
</context>
<context>
    <name>SecondaryMissing</name>
    <message>
        <source>%1 has no secondary destination %2, so users cannot act on their %3 tasks in SAP Task Center (principal propagation).</source>
        <translation>%1 n&apos;a pas de destination secondaire %2&#xa0;: les utilisateurs ne peuvent donc pas traiter leurs tâches %3 dans SAP Task Center (propagation de principal).</translation>
    </message>
    <message>
        <source>Create %1 with the wizard (%2).</source>
        <translation>Créez %1 avec l&apos;assistant (%2).</translation>
    </message>
</context>
<context>
    <name>SecondaryTcEnabled</name>
    <message>
        <source>%1 is a secondary destination (principal propagation) but carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation>%1 est une destination secondaire (propagation de principal), mais elle contient tc.enabled&#xa0;: SAP Task Center la lirait comme une autre destination principale.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation>Supprimez tc.enabled de %1.</translation>
    </message>
</context>
<context>
    <name>SecondaryWithoutPrimary</name>
    <message>
        <source>%1 is a secondary destination, but its primary destination %2 does not exist. SAP Task Center finds secondaries only by their primary&apos;s name.</source>
        <translation>%1 est une destination secondaire, mais sa destination principale %2 n&apos;existe pas. SAP Task Center ne trouve les destinations secondaires que par le nom de leur destination principale.</translation>
    </message>
    <message>
        <source>Rename it to &lt;primary name&gt;_PP of an existing primary, or create the primary %1.</source>
        <translation>Renommez-la en &lt;nom de la principale&gt;_PP d&apos;une destination principale existante, ou créez la destination principale %1.</translation>
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
    <name>SecretsNotChecked</name>
    <message>
        <source>%1: %2 not checked, because %3 does not show secrets.</source>
        <translation>%1&#xa0;: %2 non vérifié, car %3 n&apos;affiche pas les secrets.</translation>
    </message>
    <message>
        <source>Check the destination in the subaccount itself to have them tested.</source>
        <translation>Vérifiez la destination directement dans le sous-compte pour que ces valeurs soient également testées.</translation>
    </message>
</context>
<context>
    <name>ServiceDestinationTcEnabled</name>
    <message>
        <source>%1 is one of SAP Task Center&apos;s own destinations, not a task provider, but it carries tc.enabled.</source>
        <translation>%1 est l&apos;une des destinations propres à SAP Task Center, et non un fournisseur de tâches, mais elle contient tc.enabled.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1 in the SAP BTP cockpit.</source>
        <translation>Supprimez tc.enabled de %1 dans le cockpit SAP BTP.</translation>
    </message>
</context>
<context>
    <name>ServiceKey</name>
    <message>
        <source>The field %1 is missing. Copy the whole key again from the cockpit.</source>
        <translation>Le champ %1 est absent. Copiez de nouveau la clé complète depuis le cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is empty or not text. Copy the whole key again from the cockpit.</source>
        <translation>Le champ %1 est vide ou n&apos;est pas du texte. Copiez de nouveau la clé complète depuis le cockpit.</translation>
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
    <name>SetupChecks</name>
    <message>
        <source>Open or paste the subaccount&apos;s trust certificate to continue.</source>
        <translation>Ouvrez ou collez le certificat de confiance du sous-compte pour continuer.</translation>
    </message>
    <message>
        <source>Open or paste the SAP Task Center service key to continue.</source>
        <translation>Ouvrez ou collez la clé de service SAP Task Center pour continuer.</translation>
    </message>
    <message>
        <source>%1 of %2 still holds the template value &quot;%3&quot;.</source>
        <translation>%1 de %2 contient encore la valeur de modèle «&#xa0;%3&#xa0;».</translation>
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
    <message>
        <source>%1: &quot;setupId&quot; names this setup&apos;s keychain entries: letters, digits and &quot;-&quot; (at most 64), as the wizard wrote it. Leave it as it is, or take it out.</source>
        <translation>%1&#xa0;: &quot;setupId&quot; nomme les entrées de trousseau de cette configuration&#xa0;: lettres, chiffres et &quot;-&quot; (64 au plus), tel que l&apos;assistant l&apos;a écrit. Laissez-le tel quel, ou retirez-le.</translation>
    </message>
</context>
<context>
    <name>SetupFlow</name>
    <message>
        <source>step %1 of %2</source>
        <translation>étape %1 sur %2</translation>
    </message>
    <message>
        <source>subaccount %1</source>
        <translation>sous-compte %1</translation>
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
        <source>Secrets (keys, client secrets, passwords) will be kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Les secrets (clés, secrets client, mots de passe) seront conservés dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
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
</context>
<context>
    <name>SetupModel</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; hold the same value. Each has its own; copy each from its own place.</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» contiennent la même valeur. Chacun a sa propre valeur&#xa0;; copiez chacune depuis son propre emplacement.</translation>
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
    <name>SourceUnreadable</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the file; the other files were checked.</source>
        <translation>Vérifiez le fichier&#xa0;; les autres fichiers ont été vérifiés.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
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
    <name>SystemUserDeprecated</name>
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
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Copy the whole key again from the cockpit.</source>
        <translation>Le champ %1 n&apos;est pas une adresse https:// («&#xa0;%2&#xa0;»). Copiez de nouveau la clé complète depuis le cockpit.</translation>
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
        <translation>%1 est en pause (tc.enabled vaut false)&#xa0;: ses tâches sont masquées et ne sont pas mises à jour. SAP Task Center définit lui-même cette valeur sur false lorsqu&apos;il n&apos;obtient aucun jeton pendant une heure.</translation>
    </message>
    <message>
        <source>Fix its authentication first (Test connection), then set tc.enabled to true.</source>
        <translation>Corrigez d&apos;abord l&apos;authentification («&#xa0;Tester la connexion&#xa0;»), puis définissez tc.enabled sur true.</translation>
    </message>
</context>
<context>
    <name>TcEnabledMissing</name>
    <message>
        <source>%1 has no tc.enabled property, so SAP Task Center does not read its tasks (booster samples lack it).</source>
        <translation>%1 n&apos;a pas de propriété tc.enabled&#xa0;: SAP Task Center ne lit donc pas ses tâches (elle manque dans les exemples des boosters).</translation>
    </message>
    <message>
        <source>Add the property tc.enabled with the value true.</source>
        <translation>Ajoutez la propriété tc.enabled avec la valeur true.</translation>
    </message>
</context>
<context>
    <name>TcEnabledValue</name>
    <message>
        <source>tc.enabled of %1 is &quot;%2&quot;; SAP Task Center accepts only true (or false to pause), and puts the connector in Warning otherwise.</source>
        <translation>tc.enabled de %1 vaut «&#xa0;%2&#xa0;»&#xa0;; SAP Task Center n&apos;accepte que true (ou false pour mettre en pause) et, sinon, place le connecteur dans l&apos;état Warning.</translation>
    </message>
    <message>
        <source>Set tc.enabled to exactly true (lower case).</source>
        <translation>Définissez tc.enabled exactement sur true (en minuscules).</translation>
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
    <name>TrustExpired</name>
    <message>
        <source>Task updates stop for %1.</source>
        <translation>Les tâches ne sont plus mises à jour pour %1.</translation>
    </message>
    <message>
        <source>Renew the certificate under Connectivity &gt; Destination Trust, then give the new one to %1.</source>
        <translation>Renouvelez le certificat sous «&#xa0;Connectivity &gt; Destination Trust&#xa0;», puis transmettez le nouveau à %1.</translation>
    </message>
</context>
<context>
    <name>TrustExpiring</name>
    <message>
        <source>These need the new certificate: %1.</source>
        <translation>Ceux-ci ont besoin du nouveau certificat&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Rotate rather than renew: generate a passive certificate under Connectivity &gt; Destination Trust, give it to %1, then rotate. Renewing the active one stops task updates until every provider has it.</source>
        <translation>Effectuez une rotation plutôt qu&apos;un renouvellement&#xa0;: générez un certificat passif sous «&#xa0;Connectivity &gt; Destination Trust&#xa0;», transmettez-le à %1, puis effectuez la rotation. Si vous renouvelez le certificat actif, les tâches ne sont plus mises à jour tant que chaque fournisseur n&apos;a pas le nouveau certificat.</translation>
    </message>
</context>
<context>
    <name>TrustMismatch</name>
    <message>
        <source>The certificate the provider holds (SHA-256 %1) is not the subaccount&apos;s current trust certificate (SHA-256 %2), so the provider rejects the subaccount&apos;s assertions. This is what happens when the subaccount&apos;s certificate was renewed.</source>
        <translation>Le certificat que détient le fournisseur (SHA-256 %1) n&apos;est pas le certificat de confiance actuel du sous-compte (SHA-256 %2)&#xa0;: le fournisseur rejette donc les assertions du sous-compte. C&apos;est ce qui se produit lorsque le certificat du sous-compte a été renouvelé.</translation>
    </message>
    <message>
        <source>Export the current certificate under Connectivity &gt; Destination Trust and give it to the provider again, where its guide says to upload it.</source>
        <translation>Exportez le certificat actuel sous «&#xa0;Connectivity &gt; Destination Trust&#xa0;» et transmettez-le à nouveau au fournisseur, à l&apos;endroit où son guide indique de le charger.</translation>
    </message>
</context>
<context>
    <name>TrustNotCompared</name>
    <message>
        <source>The certificate the provider holds was not compared: the subaccount&apos;s current trust certificate could not be read.</source>
        <translation>Le certificat que détient le fournisseur n&apos;a pas été comparé&#xa0;: le certificat de confiance actuel du sous-compte n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Check that the subaccount has a trust certificate (Connectivity &gt; Destination Trust), then check again.</source>
        <translation>Vérifiez que le sous-compte a un certificat de confiance («&#xa0;Connectivity &gt; Destination Trust&#xa0;»), puis vérifiez de nouveau.</translation>
    </message>
</context>
<context>
    <name>TrustRotation</name>
    <message>
        <source>Asking for a token with each destination, signed with the new certificate</source>
        <translation>Demande d&apos;un jeton avec chaque destination, signé avec le nouveau certificat</translation>
    </message>
    <message>
        <source>Rotating back: a provider does not accept the new certificate yet</source>
        <translation>Annulation de la rotation&#xa0;: un fournisseur n&apos;accepte pas encore le nouveau certificat</translation>
    </message>
</context>
<context>
    <name>TrustRules</name>
    <message>
        <source>every task provider that trusts this subaccount</source>
        <translation>tous les fournisseurs de tâches qui font confiance à ce sous-compte</translation>
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
