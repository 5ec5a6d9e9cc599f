<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddressShape</name>
    <message>
        <source>%1 of %2 (&quot;%3&quot;) is not an address of the form SAP&apos;s guide for %4 gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; for %4 it must be &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address as the guide for %1 gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the destination in the subaccount with the one from this wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing into &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists with other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone created a destination of this name after the review. Choose Overwrite to replace it with the wizard&apos;s values, or keep it as it is and finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped because the destination before it was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists in the subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything was written: %1. Retry, or finish and import the files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the Destination service for a token with &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop writing; the summary then says which destinations exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create under this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each primary destination first, then the destinations that belong to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the existing destination and create ours under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;. Test the connection now, or finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Destination service for a token with the primary destination, as SAP Task Center does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may exist in the subaccount (its answer was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the primary &amp;destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this destination in the subaccount after the review. Choose Overwrite to replace it with the wizard&apos;s values, or keep it as it is and finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write into the subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry a destination that names it to upload it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key store %1 was not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplySession</name>
    <message>
        <source>No subaccount is chosen: the destinations go into files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the subaccount was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destinations cannot be renamed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: the Destination service fetched a token with it, as SAP Task Center will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now connects %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust certificate this setup used (SHA-256 %1) is not the subaccount&apos;s current one (SHA-256 %2): the provider holds a certificate this subaccount does not sign with. Get the current one on the trust certificate step and give it to the provider again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service does not find the key store %1 that &quot;%2&quot; names among this subaccount&apos;s destination certificates, so the destination cannot authenticate. Apply again with the key store file chosen, or upload it under Connectivity &gt; Destination Certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is complete: the Destination service hands out its key store %2, which SAP Task Center authenticates with. Whether the provider accepts the certificate shows in SAP Task Center&apos;s monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthenticationPropertyMissing</name>
    <message>
        <source>%1 uses %2 but has no %3, so the Destination service cannot fetch a token with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 as the provider&apos;s guide for SAP Task Center says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file (it is a folder, a device or a pipe). Choose the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2) for what it should hold (at most %3). Check that it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for what it should hold (at most %2). Check that it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateMissing</name>
    <message>
        <source>%1 names the trust store %2 (%3), but the subaccount&apos;s destination certificates hold no file of that name, so the connection cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the key store %2 (%3), but the subaccount&apos;s destination certificates hold no file of that name, so the destination cannot authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open Connectivity &gt; Destination Certificates and upload the file as %1, or change %2 to the name of a file that is there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckReportPage</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst first. Choose a finding to read how to fix it and where SAP documents it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination or finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Back to choose another source, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) checked.</source>
        <translation>
            <numerusform>%n destination checked.</numerusform>
            <numerusform>%n destinations checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;JSON report (*.json);;Text report (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s own destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixing changes a subaccount: check the subaccount instead of files to fix this here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix in the subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this change in &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up again in the &amp;wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up again writes into a subaccount: check the subaccount instead of files to do it from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the provider&apos;s steps again, filled in from the destinations as they are, and write them as SAP documents them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;x in the subaccount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open SAP&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. SAP&apos;s page is at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckSourcePage</name>
    <message>
        <source>The &amp;demo subaccount on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved &amp;subaccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination &amp;files exported from the SAP BTP cockpit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an existing configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to check: the destinations of a subaccount, or files exported from the cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of destination files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo subaccount could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination files and zip archives (*.properties *.props *.json *.txt *.zip *);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust certificate a provider holds (the one uploaded to its OAuth clients or admin portal), to compare with the subaccount&apos;s current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the subaccount has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the exported files or a folder of them to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved subaccount to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>SAP&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show the options of this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Run &apos;taskcenter-connect %2 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a trust certificate&apos;s subject, issuer, validity, days left and SHA-256 fingerprint.
Exit codes: 0 valid; 1 expired, expiring within %1 days, or not yet valid; 2 not a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate (PEM, DER or bare base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect-cert takes exactly one FILE.
Run &apos;taskcenter-connect inspect-cert --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a secrets file is a JSON object like {&quot;apiKey&quot;: &quot;...&quot;} (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a secret of %3 (expected: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files leave out %1; enter them in the cockpit after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the destinations a setup file describes, as the cockpit&apos;s .properties import files and/or the Destination service REST API&apos;s JSON.
Secrets are left out unless --include-secrets is given; they then come from --secrets or, without it, from the keychain.
Exit codes: 0 written; 2 bad input (the problem is printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup file (the wizard&apos;s &quot;Save progress&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the secrets into the files too (keep them safe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>properties, json or both (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes exactly one SETUP.json.
Run &apos;taskcenter-connect export --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be properties, json or both, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the secrets with --secrets SECRETS.json instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is saved in the keychain for this setup. Pass --secrets SECRETS.json, or save the setup in the wizard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &apos;taskcenter-connect --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves a built-in SAP BTP subaccount on 127.0.0.1: a token endpoint and the Destination service REST API, for trying the wizard and scripts without a real subaccount. Runs until Ctrl+C (SIGINT) or SIGTERM.
Its trust certificate is kept in %1.
Exit codes: 0 stopped; 2 bad options or the port is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port to listen on (default 0: a free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (default) or demo: destinations as consultants meet them, some correct, some with typical mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Destination service key (JSON) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox takes no FILE.
Run &apos;taskcenter-connect sandbox --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be empty or demo, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use. Choose another with --port, or --port 0 for a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot handle SIGINT and SIGTERM on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox subaccount is listening on %1 (this computer only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Token endpoint:      %1/oauth/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Destination service: %1/destination-configuration/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Destinations:        %1 (%2 seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount&apos;s Destination service key (JSON, with its client secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which subaccount with --subaccount DESTINATION-KEY.json.
Run &apos;taskcenter-connect %1 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would create  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would update  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists     %1: it differs; --overwrite replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED     %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply takes exactly one SETUP.json.
Run &apos;taskcenter-connect apply --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the subaccount&apos;s destination trust certificate (what the cockpit exports under Connectivity &gt; Destination Trust) and writes it as PEM.
Exit codes: 0 written; 1 written, but it expires within %1 days or has expired, or the subaccount has none yet (said); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write the certificate to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch-trust takes no FILE of its own.
Run &apos;taskcenter-connect fetch-trust --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the certificate with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under Connectivity &gt; Destination Trust, then run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount answered with something that is not a certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file with the secrets, e.g. {&quot;apiKey&quot;: &quot;...&quot;, &quot;ppApiKey&quot;: &quot;...&quot;}. Their names per provider: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the subaccount already has a primary destination to the same system: %1. Two give every user each task twice; delete the old one or set its tc.enabled to false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held back  %1: the destination it belongs to exists with other values; --overwrite replaces both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to FILE instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to check: destination files or folders, and/or --subaccount DESTINATION-KEY.json.
Run &apos;taskcenter-connect validate --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sandbox subaccount at URL (the address &apos;taskcenter-connect sandbox&apos; prints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --subaccount or --sandbox, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox takes the address the sandbox prints, such as http://127.0.0.1:8123, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox answers at %1 (%2). Start one with &apos;taskcenter-connect sandbox&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trust certificate (PEM or DER) to check; with a subaccount, the one a provider holds, compared with the subaccount&apos;s current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default), json, html or pdf (A4, to hand over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, json, html or pdf, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an existing SAP Task Center configuration and says what is wrong and how to fix it: destination files (the cockpit&apos;s .properties export, with or without an extension, or JSON; folders and zip archives of them) and/or the destinations of a subaccount. With a subaccount, the Destination service is asked for a token with each destination that can get one without a user, as SAP Task Center does, and without --trust its current trust certificate is checked too.
Exit codes: 0 no errors; 1 errors found; 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination files, zip archives or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This argument is not valid UTF-8 text, so the file it names cannot be found or written as such: %1
Rename the file or folder to a name in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared  %1: %2 (no secret given; pass --secrets to compare them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would change; write nothing. Needs no secrets: those not given are named as not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at most SECONDS (1-3600) for each answer from the subaccount; default 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to write: the setup follows the way &quot;%1&quot; (%2), which writes no destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To write them by hand, set %1 in the setup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: secrets are not compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed    %1: someone changed it since it was read; --overwrite replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED    %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the task providers: the id a setup file&apos;s &quot;provider&quot; takes, the ways (&quot;path&quot;) where SAP documents more than one, and the names of the values a setup file and the secrets a secrets file give for each.
Exit codes: 0 listed; 2 bad options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON array instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers takes no arguments.
Run &apos;taskcenter-connect providers --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (writes no destinations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (also named by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged  key store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would upload  key store %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would replace  key store %1 from %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists     key store %1: the subaccount has another file under this name%2; --overwrite replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING    key store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held back  %1: the key store it names, %2, exists with other content; --overwrite replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded   key store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced   key store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED     key store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates or updates, in a subaccount, the destinations a setup file describes, over the SAP BTP Destination service REST API. Destinations that already hold the same values are left alone, so running it again changes nothing. A key store the destinations name, chosen as a file on this computer, goes first into the subaccount&apos;s destination certificates under its file name (replaced only with --overwrite).
Secrets come from --secrets or, without it, from the keychain.
Exit codes: 0 applied (or nothing to do); 1 a destination or key store failed or is missing, or exists with other values and --overwrite was not given (said which); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace destinations and key stores that exist with other values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1 to the subaccount&apos;s destination certificates (Connectivity &gt; Destination Certificates) as %2: %3 name it, and the files do not hold it.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  valid until %1 (%n day(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destination in this subaccount signs with the trust certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers that must hold the certificate (destinations signing with it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under Connectivity &gt; Destination Trust (Generate Trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate it: &apos;trust prepare&apos;, give the passive certificate to every provider above, then &apos;trust rotate --yes&apos;. Renewing the active one directly stops task updates until every provider has the new one, which is why SAP advises against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount&apos;s destination trust certificates, rotated without downtime as SAP advises: &apos;prepare&apos; makes a passive certificate (--out FILE writes it for the providers), you give it to every provider listed, &apos;rotate --yes&apos; swaps the two and asks for a token with every destination that can get one alone; when one fails it rotates back (unless --keep). &apos;remove-passive&apos; deletes the passive certificate (after a rotation: the old one). &apos;status&apos; shows both and the providers that hold them.
Actions: status, prepare, rotate, remove-passive.
Exit codes: 0 done (status: valid for more than %1 days); 1 attention (expiring, expired or none; rotate without --yes; a provider refused the new certificate); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare: write the passive certificate (PEM) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate: rotate now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate: keep the new certificate even when a provider refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: trust status, prepare, rotate or remove-passive.
Run &apos;taskcenter-connect trust --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust %1 takes no FILE of its own.
Run &apos;taskcenter-connect trust --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out belongs to &apos;trust prepare&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--yes and --keep belong to &apos;trust rotate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active:  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Once every provider above holds the passive certificate, run &apos;trust rotate --yes&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. There is no passive certificate yet: run &apos;trust prepare&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rotated back: %n destination(s) got no token with the new certificate, so the old one is active again and no task update was lost. Give the passive certificate to those providers, then rotate again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotated. %n destination(s) got a token with the new certificate.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The passive certificate is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the passive certificate to every provider above (where its guide says to upload the trust certificate), then run &apos;trust rotate --yes&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurationCheck</name>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the trust certificate of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing tokens: %1 of %2 destinations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the destination certificates of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurationFix</name>
    <message>
        <source>Set tc.enabled to true on %1 in the subaccount. SAP Task Center then reads its tasks (the first time, those of the last 90 days). Nothing else in the destination changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tc.enabled from the secondary destination %1 in the subaccount. Nothing else in the destination changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding cannot be fixed here; follow its fix in the SAP BTP cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else in the meantime, so nothing was written. Check again, then fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed since the check, so nothing was written. Check again, then fix it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurationSource</name>
    <message>
        <source>No destination in this JSON file: it has no object with a &quot;Name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file looks like JSON but cannot be read (%1 at character %2). Export the destination again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a destination file: it has no Name property. Export destinations from the SAP BTP cockpit (Connectivity &gt; Destinations &gt; Export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large for a destination file (over 4 MB); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This zip archive is damaged (%1); the files before the damage were checked. Export the destinations again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip archive holds no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive inside an archive is not read; unpack it and check its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive holds more than 64 MB or %1 files; the rest is not checked. Check the destinations in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be unpacked (%1); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a file or folder (a device or a pipe); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link inside the archive, not a file; not read. Export the destinations again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a file (a device or a pipe inside the archive); not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is saved as %1 text, but parts of it are not. Save it again as UTF-8, or export the destination again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder cannot be opened: you have no permission to read it. Check it as a user who may, or copy the files somewhere you may read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name is not UTF-8 text, so it cannot be opened by that name; not read. Rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a file (a device or a pipe); not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Task Center Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you entered so far, to continue later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a saved setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the check, to see what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the setup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Center Connect – checking a configuration – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Center Connect – %1 – step %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this step is for, where to click, and SAP&apos;s guide for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your setup is saved in %1. To continue it later, choose &quot;Continue a saved setup…&quot; on the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved setup is open again. To go on, give again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for later: next time, the first page offers to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard: forget this setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(follows from an earlier step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else administers %1? Give them a sheet with these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-&amp;off sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to enter in %1, value by value, to print or save as PDF; secrets left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyableValue</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as a file, to upload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCenterDiffers</name>
    <message>
        <source>%1 reaches a provider in data center %2, but this subaccount (SAP Task Center) is in %3. Task Center and the provider must be in the same data center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a provider subaccount in %1, or use SAP Task Center in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationApplier</name>
    <message>
        <source>Not done: applying was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the subaccount yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in the subaccount and was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done because %1 failed. %2 Fix the problem with %1 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: the connection to the subaccount was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount with other values. Check the differences, then overwrite it or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted from the subaccount meanwhile, and its %2 cannot be kept. Enter them and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount, and its values could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done because %1 exists with other values. %2 Overwrite or rename %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1 belongs to %2, which is not written with it. A secondary destination is written only together with its primary, so it never joins another system&apos;s pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 The change may have been made all the same. Apply again: it checks what the subaccount holds first and makes nothing twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service did not say what became of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1 is writing these destinations in this subaccount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1 was still writing these destinations in this subaccount. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading it back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written, but is not in the subaccount any more: someone deleted it at the same time. Apply again to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold what this run wrote: someone changed it at the same time. Apply again to write these values, and check who else changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed in the subaccount after the review. Check the differences, then overwrite it or leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the key store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the key store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: the key store %1 it names is not in the subaccount. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationChangePlan</name>
    <message>
        <source>added %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among this subaccount&apos;s destination certificates. Choose the key store file on this computer, and it is uploaded with the destinations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationExporter</name>
    <message>
        <source>The destination name &quot;%1&quot; cannot be a file name. Use letters, digits, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationLock</name>
    <message>
        <source>%1, process %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another run of this program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>&amp;Edit properties (for experts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the properties SAP&apos;s guide lists; check them, then continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property, e.g. tc.ui.label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New property value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by SAP Task Center exactly like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A property name has letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;/&apos; and no spaces, for example tc.ui.label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed here: SAP Task Center requires it as it is, or it follows a field of an earlier step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: SAP Task Center requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider definition has no destination &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(entered in an earlier step; not yet entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••••• (entered in an earlier step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: it follows the value you entered in an earlier step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a secret. The wizard takes secrets only from its own fields and never saves them in a setup file: add it in the SAP BTP cockpit once the destination is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to documented &amp;values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationServiceKey</name>
    <message>
        <source>This is the key of an SAP Task Center instance, not of the Destination service. Open the Destination service instance (service destination, plan lite) in the subaccount and use its service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field clientsecret is missing: this key uses an X.509 certificate instead. Only keys with a client secret are supported. In the cockpit, create a new service key for the Destination service instance without parameters (or with {&quot;credential-type&quot;: &quot;binding-secret&quot;}) and use that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field clientsecret is missing. Copy the whole key again from the cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Credentials are sent only over https. Copy the whole key again from the cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationServiceReply</name>
    <message>
        <source>Reading destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the trust certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (%1). Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The service said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled. If it was already on its way, the change may have been made; read the destinations again before you repeat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Check your network connection (and proxy), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1 port %2 (the connection was refused). Check that the service key is complete and current, and that no firewall blocks the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was not found. Check your network connection and that the service key belongs to an existing subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted (%2), so nothing was sent. Check the date and time of this computer and whether a proxy inspects https traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 does not use https, so the service key is not sent there. Use the service key exactly as the SAP BTP cockpit shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount rejected the service key: its client ID or secret is not (or no longer) valid. Create a new service key for the Destination service instance in the cockpit and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key may not do this (access denied).%1 Use the key of a Destination service instance in this subaccount, or ask a subaccount administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. In the SAP BTP cockpit, open Connectivity &gt; Destination Trust, choose Generate Trust, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination %1 does not exist in the subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service was not found at this address.%1 Check the uri field of the service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount. Choose another name or overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination %1 was changed by someone else in the meantime. Read it again and repeat your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service is busy (too many requests) and still was after %1 tries. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service had a problem on its side (HTTP %1) and still had after %2 tries. Try again in a few minutes; if it lasts, check the SAP BTP status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service refused the request as invalid.%1 Check the values you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 could not be read. Check that the uri field of the service key points to the Destination service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).%2 Try again; if it lasts, open Details and pass them to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Try again; if it keeps happening, check any proxy or firewall between this computer and SAP BTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination %1 is stored, but the Destination service could not get a token with it: %2. Check the token service URL, user and password or client key of the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 was larger than %2 and was not read. Check that the service key points to the Destination service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service refused this because of a conflict with the subaccount&apos;s current state.%1 Read the subaccount again and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 destinations at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating %1 destinations at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service did not say what became of %1. It may have been written: read the subaccount again before you repeat the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within 1 second. Check your network connection (and proxy), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Destination service is busy and asked to wait %n second(s) before trying again: longer than this program waits for an answer (%1). Try again after that time.</source>
        <translation>
            <numerusform>The Destination service is busy and asked to wait %n second before trying again: longer than this program waits for an answer (%1). Try again after that time.</numerusform>
            <numerusform>The Destination service is busy and asked to wait %n seconds before trying again: longer than this program waits for an answer (%1). Try again after that time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the destination certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is not among the subaccount&apos;s destination certificates (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate named %1 is already among the subaccount&apos;s destination certificates. Replace it, or give the file another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the passive trust certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the passive trust certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the trust certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the passive trust certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount has no passive trust certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount has no passive trust certificate to rotate to. Prepare one first (trust prepare), give it to every provider, then rotate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>The file that was there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was made there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 needs %2, and %3 is free there. %4 Make room on the disk, or choose another folder, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). %3 Check that you may write to that folder, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>&amp;Write destination files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: .properties for the cockpit and .json for the REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.properties (the cockpit&apos;s import format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.json (the Destination service REST API&apos;s format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the destination files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something earlier is not complete yet: %1 Go back and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files exist already and will be replaced:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the SAP BTP cockpit, open the subaccount where SAP Task Center runs and choose &lt;b&gt;Connectivity &amp;gt; Destinations&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Create &amp;gt; From File&lt;/b&gt; and import %1, one file at a time.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include the secrets in the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the destinations as files, then import them in the SAP BTP cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has these files can use the secrets in them. Keep the files in a safe place and delete them after the import. Without this option the files leave the secrets out, as the cockpit&apos;s own export does, and you type them in after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;In each imported destination, fill in the secrets the files leave out: &lt;b&gt;%1&lt;/b&gt; (the values you entered in the wizard&apos;s earlier steps).&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;. You can also save them as files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the destination files to finish: they are what you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the destinations as files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Check in SAP Task Center&apos;s &lt;b&gt;Monitoring&lt;/b&gt; that the connector reports no error within the next hour (Task Center turns &lt;i&gt;tc.enabled&lt;/i&gt; off by itself when it cannot fetch a token for an hour).&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;If you like, check the connection in SAP Task Center&apos;s &lt;b&gt;Monitoring&lt;/b&gt;, as SAP&apos;s guide suggests (the cockpit&apos;s &lt;i&gt;Check Connection&lt;/i&gt; may not show it correctly).&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Nothing is left to import: the destinations are in &quot;%1&quot;.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Files are optional here, e.g. to set up another subaccount the same way.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Save.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Upload the key store %1 under &lt;b&gt;Connectivity &amp;gt; Destination Certificates&lt;/b&gt; (&lt;b&gt;Create &amp;gt; Import&lt;/b&gt;), keeping its file name: the destinations name it, and the files do not hold it.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) on the sheet are not known yet. Complete the earlier steps, then open the sheet again.</source>
        <translation>
            <numerusform>%n value on the sheet is not known yet. Complete the earlier steps, then open the sheet again.</numerusform>
            <numerusform>%n values on the sheet are not known yet. Complete the earlier steps, then open the sheet again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the hand-off sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. Secrets are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1, with %2 next to it to hand over too. Secrets are not in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the hand-off sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffSheet</name>
    <message>
        <source>%1 - SAP Task Center hand-off.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what to enter for SAP Task Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the administrator of %1. Please enter the values below in %1 as each step says, and send the values listed under &quot;To send back&quot; to the person setting up SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on %1 with Task Center Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (passwords, client secrets, keys) are not on this sheet. Where a step needs one, the sheet says where it comes from. Send secrets back only in a way your organization allows for passwords, never in a plain e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide for this step: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret, not on this sheet: ask the person setting up SAP Task Center for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: it follows from an earlier step of the setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1, handed over with this sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret: send it in a way your organization allows for passwords, not on this sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) below are not known yet: complete the earlier steps of the setup and make this sheet again.</source>
        <translation>
            <numerusform>%n value below is not known yet: complete the earlier steps of the setup and make this sheet again.</numerusform>
            <numerusform>%n values below are not known yet: complete the earlier steps of the setup and make this sheet again.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this way through the setup, nothing is entered in %1 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>&amp;Open SAP&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this step is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of SAP&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SAP&apos;s guide in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guides name no page for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the address below and open it in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpWithCredentials</name>
    <message>
        <source>%1 sends credentials (%2) to an http:// address, unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the https:// address of the system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryAddress</name>
    <message>
        <source>The URL of %1 is &quot;%2&quot;; SAP documents the tenant&apos;s SCIM address, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the URL to https://&lt;your tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryAuthentication</name>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP Task Center reads the identity directory with BasicAuthentication or ClientCertificateAuthentication only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Authentication to BasicAuthentication (a technical user of the tenant) or ClientCertificateAuthentication.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryMissing</name>
    <message>
        <source>The subaccount has no destination %1, which SAP Task Center needs to find users and groups in SAP Cloud Identity Services: no tasks arrive without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1 with the URL https://&lt;your tenant&gt;.accounts.ondemand.com/scim and BasicAuthentication or ClientCertificateAuthentication.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputChecks</name>
    <message>
        <source>Enter a name for the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters (A-Z, a-z), digits, underscores (_) and hyphens (-) in the name; spaces and other characters are not allowed by SAP BTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has %1 characters; SAP BTP allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has %1 characters; SAP Task Center stops with an error above %2. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has %1 characters; keep it to %2 so that the second destination, %3_PP, stays within SAP Task Center&apos;s limit of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names ending in _PP are how SAP Task Center recognizes the principal-propagation destination. Choose a name without _PP for the main destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://; credentials never travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete web address. Copy it again, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value has no spaces or line breaks. Copy it again from where it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a placeholder from a template. Enter the real value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client is three digits, for example 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a placeholder from a template. Paste the real API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is one line. Copy it again from where it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a placeholder from a template. Enter the real value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s name as the system shows it (its user ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has no spaces. Enter the user&apos;s ID, not the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key the system shows for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key has no spaces or line breaks. Copy it again from where it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputField</name>
    <message>
        <source>Show or hide the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value SAP&apos;s guide shows as an example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the subaccount and kept hidden; type a new value to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this value instead of the one entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key store file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stores (*.p12 *.pfx *.jks);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is to be in the subaccount&apos;s destination certificates already: the destinations name it, and nothing is uploaded. To upload it, choose the file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded to the subaccount&apos;s destination certificates as %1 when the wizard writes the destinations. Its certificate: %2, valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded to the subaccount&apos;s destination certificates as %1 when the wizard writes the destinations (a Java key store: the wizard cannot check its password).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStoreFile</name>
    <message>
        <source>The key store file is empty. Export the key store again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a key store (.p12, .pfx or .jks). Choose the key store with the client certificate and its private key, as it was exported for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open this key store. Enter the password it was exported with; it is case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key store holds no client certificate with its private key, which the destination needs to authenticate. Export the certificate together with its private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameLeavesNoRoom</name>
    <message>
        <source>%1 has %2 characters: its secondary %1_PP would exceed SAP Task Center&apos;s limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters for a primary destination.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>Create the destination again under a shorter name made of letters, digits, _ and -; rename its secondary with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameTwice</name>
    <message>
        <source>%1 is given twice (%2 and %3); the later one is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check only one export of each destination. Exports of different subaccounts: give each subaccount&apos;s folder or zip archive on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>Nothing to click in SAP&apos;s consoles yet. You will need the SAP BTP cockpit of the subaccount where SAP Task Center runs, and administrator access to %1; each later step says where to click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the destinations go: straight into your SAP BTP subaccount over the Destination service, into the demo subaccount on this computer, or only into files that you import in the SAP BTP cockpit yourself. Nothing is written into a subaccount before you have reviewed the changes and chosen Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add a subaccount, you need a key of its Destination service instance: in the SAP BTP cockpit, open Services &gt; Instances and Subscriptions, choose the Destination instance (plan lite; create one if there is none) and open or create a key under Service Keys. Open the downloaded file or paste its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows, for each destination, whether applying will create it, update it (with every property that changes; secrets stay hidden) or leave it unchanged, and warns when another primary destination already points to the same system. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to click in SAP&apos;s consoles. To compare for yourself, the SAP BTP cockpit lists the subaccount&apos;s destinations under Connectivity &gt; Destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes each primary destination first, then the destinations that belong to it, and says for each whether it was created, updated, already up to date, or why it failed. Test connection asks the Destination service for a token with the primary destination, as SAP Task Center does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written destinations are listed in the SAP BTP cockpit under Connectivity &gt; Destinations. Afterwards, check in SAP Task Center&apos;s Monitoring that the connector reports no error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destinations are in the subaccount. Files are optional here, for example to set up another subaccount the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAP BTP cockpit lists the destinations under Connectivity &gt; Destinations. Check in SAP Task Center&apos;s Monitoring that the connector reports no error within the next hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves each destination as a file (.properties for the SAP BTP cockpit, .json for the Destination service REST API) and says what to do next. After Apply, the files are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose Connectivity &gt; Destinations, then Create &gt; From File, and import the files one at a time. Unless you included them, fill in the secrets the files leave out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to check: the destinations of a subaccount (the demo subaccount or a saved one) or files exported from the SAP BTP cockpit; and, if you like, the trust certificate a provider holds, to compare it with the subaccount&apos;s current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To export destinations: in the SAP BTP cockpit, open Connectivity &gt; Destinations, select them and choose Export (several come as an archive). The subaccount&apos;s trust certificate: Connectivity &gt; Destination Trust &gt; Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists what the check found, grouped by provider and destination, the worst first. Choose a finding to read how to fix it, where SAP documents it and its rule; some are fixed from here (Fix in the subaccount…) or by setting the provider up again in the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes by hand are made in the SAP BTP cockpit under Connectivity &gt; Destinations, in the destination the finding names. Open SAP&apos;s page opens the page a finding cites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the subaccount&apos;s trust certificate: from the subaccount itself, from the exported .pem file, or pasted. The wizard shows its validity and fingerprint, and warns when it expires soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose Connectivity &gt; Destination Trust and Export the active certificate (a .pem file). Older guides say Connectivity &gt; Destinations &gt; Download Trust; SAP moved it in November 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate before it expires, and put the new one into %1 at once: until then, tasks may not come through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAP Task Center service key says where SAP Task Center is and which OAuth client it uses (uaa.url, uaa.clientid, endpoints.inbox_rest_url); later steps take their values from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open Services &gt; Instances and Subscriptions, choose the SAP Task Center instance, and under Service Keys open a key (create one if there is none). Download it, or copy its JSON text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values about %1 that the destinations need. The wizard checks each as you type and makes the addresses SAP&apos;s guide asks for from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values come from %1; its administrator knows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to do in %1 itself. The page shows each value to enter there, with a Copy button, and asks for the values it gives back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done outside the wizard, in the order SAP documents them; the page says what to check at each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; as SAP&apos;s guide lists it: its name and properties. The wizard writes it into the subaccount after the review, or into a file for you to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destinations as SAP&apos;s guide lists them. The wizard writes them into the subaccount after the review, or into files for you to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAP BTP cockpit lists the subaccount&apos;s destinations under Connectivity &gt; Destinations; a file is imported there with Create &gt; From File.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the task provider to connect to SAP Task Center. The page lists the destinations the wizard will set up, what to have at hand and SAP&apos;s guides. From here you can also continue a saved setup, try the demo subaccount, or check a configuration that exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1, also choose how to connect it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left for the wizard to write on this way. The page says what to check afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairSystemsDiffer</name>
    <message>
        <source>%1 %2 here, %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and its primary destination %2 name different systems (%3): SAP Task Center reads the tasks from one and acts on them in the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the pair again with the wizard, so that both name the same system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrimaryDuplicate</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 are enabled primary destinations to the same system: every user gets each of its tasks twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one. Delete the others, or set their tc.enabled to false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyCheck</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyMissing</name>
    <message>
        <source>%1 lacks the property %2 that SAP&apos;s guide for %3 requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 as the guide for %2 says, or set the destination up again with the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyShape</name>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; SAP&apos;s guide for %4 gives it the form &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in the form %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyValue</name>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; it must be spelled exactly &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; SAP&apos;s guide for %4 asks for &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDefinition</name>
    <message>
        <source>Unknown task provider &quot;%1&quot;. Known providers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider definition is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider definition lacks &quot;id&quot; or &quot;displayName&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider definition has an unsupported format (expected %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has an unknown kind &quot;%2&quot; (known: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider definition &quot;%1&quot; is not consistent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input has no &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; names an unknown check &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; must differ from an unknown input &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the derived value &quot;%1&quot; comes from an unknown input &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path lacks &quot;id&quot; or &quot;title&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step has no &quot;id&quot; or one used twice (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; names an unknown path &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; reads an unknown document &quot;%2&quot; (trustCertificate or serviceKey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; shows an unknown value ${%2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; asks for an unknown input &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; shows an unknown derived value &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist &quot;%1&quot; has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; writes destinations but has no destinations step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; writes no destinations but has a destinations step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a destination lacks &quot;role&quot;, &quot;name&quot; or &quot;title&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination role &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; belongs to &quot;%2&quot;, which is not a primary destination defined before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; is named by an unknown input &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; uses an unknown value ${%2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it describes no primary destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no step asks for the input &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guide &quot;%1&quot; documents an unknown step &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has destinations but no destinations step to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; must be on the same site as an unknown input &quot;%2&quot;, or its warning does not name both sites (the two placeholders for them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values SAP documents here (%2). Choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a default value that is not one of its choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the example of the input &quot;%1&quot; does not pass its own check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a pattern that is not a valid regular expression with a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; does not set the same values as the way &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; sets &quot;%2&quot;, which is already an input or a derived value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; gives a default for an unknown input &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider definition is invalid: the input &quot;%1&quot; is filled in a way that is not understood: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider definition is invalid: a hint of the input &quot;%1&quot; has the severity &quot;%2&quot;; it is &quot;warning&quot; or &quot;error&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider definition is invalid: the derived value &quot;%1&quot; is made in a way that is not understood: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has neither &quot;take&quot; nor &quot;join&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a hint that is not a valid regular expression with a message (a hint with a suggestion names it in its message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is filled from an unknown input &quot;%2&quot;, or says nothing to &quot;take&quot; of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurement and spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP and finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales, service and marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process automation and workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider definition is invalid: its &quot;family&quot; is &quot;%1&quot;; it is one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; names an unknown path &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key store input &quot;%1&quot; names &quot;%2&quot; as its password, which is not a secret input (or the key store itself is marked secret).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Search, e.g. Ariba or procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search task providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task providers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OData API address of your SuccessFactors data center. In SuccessFactors, search for &quot;About HXM Suite OData APIs&quot; and copy the API server URL; the wizard derives the other addresses from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SuccessFactors company ID, shown in SuccessFactors under your name &gt; Show version information, and in the login address after company=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 61 characters, so the secondary destination &lt;name&gt;_PP stays within Task Center&apos;s limit of 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key of the technical-user client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SuccessFactors, open Admin Center &gt; Manage OAuth2 Client Applications, choose View next to the technical-user client and copy its API Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API Key of the second client (the one with Bind to Users switched off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client for the technical user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any unique name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique URL; the documentation uses uaa.url of the Task Center service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind to Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.509 Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust certificate without its BEGIN and END lines and without line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client for principal propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any unique name, different from the first client&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uaa.url followed by /pp, so it differs from the first client&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same trust certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary destination (technical user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one primary destination for each SuccessFactors system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary destination (principal propagation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center links this destination to the primary by its name: the primary&apos;s name followed by _PP. If you rename the primary later, rename this one too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal-propagation client&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuccessFactors does not accept this subaccount&apos;s signature: the certificate in the OAuth client (Admin Center &gt; Manage OAuth2 Client Applications) is not the subaccount&apos;s current trust certificate. Paste the current one there again, without the BEGIN and END lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuccessFactors does not know the technical user. Enter its user ID, not the user name or e-mail address, as the technical user and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in SuccessFactors (Admin Center &gt; Manage OAuth2 Client Applications) that the destination&apos;s API key belongs to an OAuth client registered with this subaccount&apos;s trust certificate: an API key only works for the subaccount whose certificate it was registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals from SAP Field Service Management (FSM): a primary destination with FSM&apos;s client credentials and a secondary destination for principal propagation, after uploading the subaccount&apos;s trust certificate in FSM&apos;s Admin portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSM cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster your FSM account runs on: its name (for example eu) or any address you open FSM with, such as https://eu.fsm.cloud.sap. The wizard makes the addresses SAP&apos;s guide asks for from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSM account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of your FSM account, shown in FSM&apos;s Admin portal under Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSM company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the company within the account, shown in FSM&apos;s Admin portal under Companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID FSM generated for SAP Task Center (Admin portal, Generating Client ID and Secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret FSM showed with the client ID. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the SAML metadata from FSM&apos;s SAML configuration; it becomes the secondary destination&apos;s Audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSM trusts SAP Task Center through this certificate: you upload it in FSM&apos;s Admin portal next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the trust certificate in FSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSM&apos;s Admin portal: Establish Trust with SAP Destination Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In FSM&apos;s &lt;b&gt;Admin portal&lt;/b&gt;, open the Task Center integration and &lt;b&gt;Establish Trust with SAP Destination Service&lt;/b&gt;: upload the subaccount&apos;s trust certificate there. Save it as a file below, or copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same .pem file the SAP BTP cockpit exports under Connectivity &gt; Destination Trust. Renew it in FSM too whenever the subaccount&apos;s certificate is renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate name (CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To recognize the certificate in FSM&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your FSM account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches FSM: cluster, account and company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSM&apos;s client for SAP Task Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID and secret, and the SAML metadata, from FSM&apos;s Admin portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In FSM&apos;s &lt;b&gt;Admin portal&lt;/b&gt;, generate a client ID and secret for SAP Task Center (&lt;b&gt;Generating Client ID and Secret&lt;/b&gt;) and copy them here. Then copy the address of the &lt;b&gt;SAML metadata&lt;/b&gt; from FSM&apos;s SAML configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSM does not accept the client ID or secret. Copy both again from FSM&apos;s Admin portal (the client generated for SAP Task Center) and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in FSM&apos;s Admin portal that the client ID and secret belong to the client generated for SAP Task Center, that the account and company IDs are right, and that this subaccount&apos;s current trust certificate is uploaded (Establish Trust with SAP Destination Service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one primary destination for each FSM account and company in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s page &quot;Secondary Destination for the Principal Propagation (SAP Field Service Management)&quot; asks for &quot;the API Key for principal propagation&quot; as Client Key, but FSM has no such key; the wizard enters FSM&apos;s client ID, as the rest of the page uses it. If SAP Task Center cannot act as the user, check this value with SAP (Edit properties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow tasks from SAP S/4HANA Cloud Public Edition: either SAP BTP connects the systems through a formation, or you set up communication arrangement SAP_COM_0501 in S/4HANA Cloud and the wizard writes one destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name of the communication user you created in Maintain Communication Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password you gave the communication user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service URL the arrangement shows for its inbound service. The destination uses its server part; the client comes from its sap-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML2 Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the arrangement&apos;s OAuth 2.0 Details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID (OAuth 2.0 Details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client (sap-client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S/4HANA Cloud client, taken from the service URL&apos;s sap-client when it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 64 characters (SAP Task Center&apos;s limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically, with a formation in the SAP BTP cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this when your S/4HANA Cloud system is registered in your global account with the communication scenario group &quot;All Communication Scenarios&quot;: SAP BTP then sets up SAP_COM_0501 and the connection itself, and the wizard writes no destination. Not available in the China (Shanghai) and Government Cloud (US) regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check in SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the SAP BTP cockpit, open &lt;b&gt;System Landscape &amp;gt; Formations&lt;/b&gt; and check that the formation is listed with the SAP Task Center system and the SAP S/4HANA Cloud system in it.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user who has workflow tasks in SAP S/4HANA Cloud: the tasks appear there.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand, with communication arrangement SAP_COM_0501</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this when a formation is not possible (the system is not registered with &quot;All Communication Scenarios&quot;, or your region has no formations): you create a communication user, system and arrangement in S/4HANA Cloud with the values the wizard shows, and the wizard writes the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the formation in the SAP BTP cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step once you have done it; SAP BTP does the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to be a global account administrator or a system landscape administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAP S/4HANA Cloud system is listed under &lt;b&gt;System Landscape &amp;gt; Systems&lt;/b&gt;, registered with the communication scenario group &lt;b&gt;All Communication Scenarios&lt;/b&gt; (this is what enables SAP_COM_0501 automatically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the global account: System Landscape &gt; Systems. A missing system: Add System, and get its registration token with &quot;All Communication Scenarios&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;SAP Task Center&lt;/b&gt; system you use is not yet part of another formation of type &lt;i&gt;Integration with SAP Task Center&lt;/i&gt; (a Task Center system can be in at most one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Landscape &gt; Formations: check the existing formations of that type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a formation of type &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;, with any name that helps you recognize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Landscape &gt; Formations &gt; Create Formation; Formation Type: Integration with SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include exactly &lt;b&gt;one SAP Task Center&lt;/b&gt; system and the &lt;b&gt;SAP S/4HANA Cloud&lt;/b&gt; system, review your selection and create the formation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the same dialog: select the systems, then Review and Create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/4HANA Cloud trusts SAP Task Center through this certificate: it becomes the communication system&apos;s signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the communication user in S/4HANA Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center fetches tokens as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SAP S/4HANA Cloud, open the app &lt;b&gt;Maintain Communication Users&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt;, enter a user name, a description and a password, and choose &lt;b&gt;Create&lt;/b&gt;. Enter the same user name and password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the communication system in S/4HANA Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lets S/4HANA Cloud trust the assertions this subaccount signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the app &lt;b&gt;Communication Systems&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt; and enter a System ID and System Name. Set &lt;b&gt;Host Name&lt;/b&gt; to your S/4HANA Cloud host (for example my300000.s4hana.ondemand.com) and the values below; under &lt;b&gt;Users for Inbound Communication&lt;/b&gt;, add the communication user with +. Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 Identity Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Upload Signing Certificate and upload this file: the subaccount&apos;s trust certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 SAML Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s CN (the value after CN=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID Mapping Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users for Inbound Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the communication user with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create communication arrangement SAP_COM_0501</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrangement for SAP Task Center, and the values it gives back for the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the app &lt;b&gt;Communication Arrangements&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt;, select scenario &lt;b&gt;SAP_COM_0501&lt;/b&gt;, enter an arrangement name and choose &lt;b&gt;Create&lt;/b&gt;. Select the communication system you created; the inbound user follows, with authentication method OAuth 2.0. Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s address and OAuth client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the arrangement asks for SAP Task Center (to push task updates), enter these values from the service key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Center inbox REST URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints.inbox_rest_url of the service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Center token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uaa.url of the service key followed by /oauth/token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Center client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uaa.clientid of the service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Center client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uaa.clientsecret of the service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values for the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these from the saved arrangement: the service URL of its inbound service, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in SAP S/4HANA Cloud that the communication system holds this subaccount&apos;s current trust certificate as signing certificate, that its OAuth 2.0 SAML Issuer is the certificate&apos;s CN, and that the communication user and password in the destination are those of the arrangement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user. Check it in the SAP Task Center Web app as a user with S/4HANA Cloud tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one destination for each S/4HANA Cloud system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks and to-dos from SAP SuccessFactors: a primary destination with the technical user and a secondary destination for principal propagation, after registering two OAuth clients in SuccessFactors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user ID of the technical user SuccessFactors created when you enabled the to-do integration with SAP Task Center (SAP&apos;s guide shows TECHNICAL_USER_INBOX_CEF979F3 as an example; yours may differ). Use the user ID, not the user name or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuccessFactors trusts SAP Task Center through this certificate: it goes into both OAuth clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key tells SuccessFactors where SAP Task Center is: its uaa.url becomes the clients&apos; Application URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SuccessFactors system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SuccessFactors, and as which user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the OAuth clients in SuccessFactors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two clients: one for the technical user that reads tasks, one for each user&apos;s own actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SuccessFactors, open &lt;b&gt;Admin Center &amp;gt; Manage OAuth2 Client Applications&lt;/b&gt; and choose &lt;b&gt;Register Client Application&lt;/b&gt;. Enter the values below, save, then choose &lt;b&gt;View&lt;/b&gt; next to the new client and copy its &lt;b&gt;API Key&lt;/b&gt; into the field under it. Do this for both clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP BTP connects the systems itself once both are in a formation of type Integration with SAP Task Center: it enables communication scenario SAP_COM_0501 for an SAP S/4HANA Cloud system registered with All Communication Scenarios. The wizard writes no destination on this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first client&apos;s API key goes into the primary destination, the second client&apos;s into the secondary destination for principal propagation. An API key is only valid for the subaccount whose trust certificate the client holds, so register the clients again for another subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This metadata is on the cluster %1, but your account is on %2. Check in FSM&apos;s SAML configuration that it is your account&apos;s metadata: another cluster&apos;s makes every user&apos;s token fail. (SAP&apos;s own examples mix eu and de, so compare with what FSM shows you.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service no longer takes the technical user from SystemUser in this subaccount (SAP announced its removal for the end of September 2026). Check SAP Task Center&apos;s SuccessFactors guide for what replaces SystemUser, and set the primary destination up as it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP announced in the Destination service&apos;s documentation that the SystemUser property would be removed by the end of September 2026, but SAP Task Center&apos;s SuccessFactors guide still lists it. Keep it until SAP Task Center documents a replacement. If Test connection then says &quot;Cannot determine user to propagate&quot;, this subaccount no longer honours SystemUser: check SAP Task Center&apos;s SuccessFactors guide for what replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining steps for S/4HANA Cloud&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;The Task Center app for your users:&lt;/b&gt; in the launchpad your users open (SAP Build Work Zone or another central entry point), create a &lt;b&gt;Task Center&lt;/b&gt; tile and activate the site&apos;s languages, as SAP&apos;s guide &quot;Create a Task Center Tile&quot; says. It uses the destination &lt;i&gt;Task_Center&lt;/i&gt; of this subaccount.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users in S/4HANA Cloud:&lt;/b&gt; each approver&apos;s business user needs a &lt;b&gt;Global User ID&lt;/b&gt; equal to the &lt;b&gt;User UUID&lt;/b&gt; of the same user in SAP Cloud Identity Services (copy it by hand to try it out, or replicate the users with Identity Provisioning, communication scenario SAP_COM_0193). Without it, the tasks reach SAP Task Center but appear in nobody&apos;s list.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user with workflow tasks in S/4HANA Cloud: the tasks appear there.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow tasks from an on-premise SAP S/4HANA system, reached through your SAP Cloud Connector: one destination with the service user of S/4HANA&apos;s task pull service, after preparing the Cloud Connector and S/4HANA as SAP&apos;s guide says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Cloud Connector&apos;s access control for your S/4HANA system: the destination&apos;s URL is &lt;Virtual Host&gt;:&lt;Virtual Port&gt;. Start it with the scheme of that access control entry (http:// or https://); SAP&apos;s Task Center guide gives the pattern without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the virtual host and virtual port of the S/4HANA system&apos;s access control in the Cloud Connector, as an address: http://&lt;virtual host&gt;:&lt;virtual port&gt;, with nothing after the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location ID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location ID you configured in the Cloud Connector&apos;s initial configuration. Needed only when more than one Cloud Connector is connected to this subaccount; leave it empty otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location ID is letters, digits, dots, hyphens and underscores, as you configured it in the Cloud Connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service user for the task pull service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user you created in S/4HANA under &quot;Create Service User for Task Pull Service&quot; (Integrating SAP Task Center).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name of the service user you created for the task pull service in S/4HANA, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of that service user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client number of your S/4HANA system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID for pushed task updates (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only once you have completed Integrating SAP Task Center in S/4HANA: the uaa &gt; clientid of the service key of the dedicated SAP Task Center service instance you created for pushed updates. Leave it empty until then; SAP warns that tasks may not arrive otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the Cloud Connector and SAP S/4HANA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next page asks for what they give you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center reaches an on-premise S/4HANA system only through an SAP Cloud Connector connected to this subaccount, with the service user of S/4HANA&apos;s task pull service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloud Connector is connected to this subaccount and its access control exposes your S/4HANA system. Note the &lt;b&gt;virtual host&lt;/b&gt; and &lt;b&gt;virtual port&lt;/b&gt;, and the &lt;b&gt;location ID&lt;/b&gt; if you configured one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &quot;Prepare SAP Cloud Connector and SAP S/4HANA for the SAP Task Center Connection&quot; for your S/4HANA version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In S/4HANA, SAP Task Center is integrated and you have the &lt;b&gt;user name and password of the service user for the task pull service&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/4HANA: Integrating SAP Task Center, &quot;Create Service User for Task Pull Service&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You know the &lt;b&gt;client number&lt;/b&gt; of your S/4HANA system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SAP S/4HANA system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How SAP Task Center reaches S/4HANA through the Cloud Connector, and as which user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in the Cloud Connector that the access control for the virtual host and port is reachable and that the location ID matches, and in S/4HANA that the service user for the task pull service is not locked and its password is the one in the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service reaches an on-premise system only through your Cloud Connector, and SAP says Check Connection may not tell whether SAP Task Center reaches S/4HANA. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one destination for each S/4HANA system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow tasks from SAP S/4HANA Cloud Private Edition, reached through your SAP Cloud Connector: one destination with the service user of S/4HANA&apos;s task pull service, after preparing the Cloud Connector and S/4HANA as SAP&apos;s guide says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user you created in S/4HANA for the task pull service, as &quot;Configuring SAP Task Center Integration&quot; (Integrating SAP Task Center) describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/4HANA: Integrating SAP Task Center, &quot;Configuring SAP Task Center Integration&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA Cloud Private Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one destination for each SAP S/4HANA Cloud Private Edition system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals from SAP Concur Expense or SAP Concur Request: one destination for each product of your SAP Concur entity, with the entity&apos;s Company Request Token, which SAP Task Center exchanges for a refresh token the first time it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center base URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URI of your SAP Concur entity&apos;s data center. SAP&apos;s guide gives https://us2.api.concursolutions.com as an example and says to ask your SAP Concur implementation consultant for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the data center&apos;s base URI as your SAP Concur implementation consultant gives it, for example https://us2.api.concursolutions.com, with nothing after the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center (tc.concur.dc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data center of the base URI above; SAP documents eu2 and us2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data center is %1, but the base URI is on %2. Choose the data center of the base URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Company UUID you got with the Company Request Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Company UUID has the form 8f2c6a1e-4b7d-4e2a-9c3f-1d5e7a9b0c24. Copy it again from where you generated the Company Request Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company Request Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Company Request Token you generated for the entity. SAP Task Center replaces it with a refresh token the first time it connects; it is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Concur Expense (expense reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this for the approvals of expense reports. An entity with both products needs one destination for each: run the wizard again for SAP Concur Request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Concur Request (travel requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this for the approvals of travel requests. An entity with both products needs one destination for each: run the wizard again for SAP Concur Expense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare SAP Concur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center connects to an SAP Concur entity with the entity&apos;s Company Request Token and Company UUID, once the entity&apos;s workflows are enabled for SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have generated the &lt;b&gt;Company Request Token&lt;/b&gt; and the &lt;b&gt;Company UUID&lt;/b&gt; of your SAP Concur entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Concur: Company Request Token. Your SAP Concur implementation consultant can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflows of SAP Concur Expense, SAP Concur Request or both are &lt;b&gt;enabled for SAP Task Center&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Concur: SAP Task Center Integration with Concur Solutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have opened a ticket to verify your &lt;b&gt;Data Privacy Agreement&lt;/b&gt; version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Support Portal, component BNS-CON-TSK, subject &quot;SAP Concur DPA Version Verification&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SAP Concur entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Concur, and with which token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Client Key still holds the refresh token SAP Task Center put there and that tc.concur.auth.req.token.enabled is false. If SAP Concur revoked the token, generate a new Company Request Token and set the destination up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination to SAP Concur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Concur. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Concur entity and product in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center replaces the Client Key with a refresh token and sets tc.concur.auth.req.token.enabled to false the first time it connects. Never change either afterwards: SAP says it can break the connection. Applying again keeps both as they are in the subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks you to select Use default JDK truststore: the wizard sets no TrustStoreLocation, and without one the Destination service uses the JDK truststore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://; credentials never travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither an FSM cluster name (such as eu or us) nor an address on &lt;cluster&gt;.fsm.cloud.sap. Copy the address you open FSM with, or enter the cluster name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSM shows account and company IDs as numbers (for example 654321). Check that you copied the ID, not the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the communication user&apos;s user name, as &quot;Maintain Communication Users&quot; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the address the arrangement SAP_COM_0501 shows (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. The API server is probably %1: check it under &quot;About HXM Suite OData APIs&quot; in SuccessFactors, then use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. Find the API server under &quot;About HXM Suite OData APIs&quot; in SuccessFactors; it usually starts with &quot;api&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the rest is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company ID has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, without spaces. Copy it from SuccessFactors: your name &gt; Show version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an e-mail address. SuccessFactors expects the user ID here; with an e-mail address the login fails (&quot;invalid user&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing tasks from SAP Advanced Financial Closing, in the same subaccount as SAP Task Center or in another one: one destination with the OAuth client from the service key of your SAP Advanced Financial Closing instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Center endpoint (endpoints &gt; task-center)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the service key of your SAP Advanced Financial Closing instance, the value of task-center under endpoints. Paste it as it is: the wizard removes /task-provider/v2 from it, as SAP&apos;s guide asks for the destination&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an authentication address (uaa &gt; url), not the Task Center endpoint. Copy the value of endpoints &gt; task-center from the service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of endpoints &gt; task-center ends with /task-provider/v2. Check that you copied that value, not another endpoint of the service key. If you removed /task-provider/v2 yourself, you can go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID (uaa &gt; clientid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the same service key, the value of clientid under uaa. It becomes the destination&apos;s Client Key and Token Service User.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret (uaa &gt; clientsecret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the same service key, the value of clientsecret under uaa. It becomes the Token Service Password and is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication address (uaa &gt; url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the same service key, the value of url under uaa. The wizard fills the Audience and the Token Service URL below from it, as SAP&apos;s guide says: the Audience is this address, the Token Service URL this address followed by /oauth/token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of uaa &gt; url has nothing after the host. Only %1 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing in this subaccount: the value of uaa &gt; url of its service key. In a different subaccount: the entityID of that subaccount&apos;s SAML metadata. Copy it exactly as it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing in this subaccount: uaa &gt; url of its service key followed by /oauth/token. In a different subaccount: the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI, in that subaccount&apos;s SAML metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Token Service URL SAP&apos;s guide describes contains /oauth/token: uaa &gt; url followed by /oauth/token, or the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI. Check that you copied the right value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this when the SAP Advanced Financial Closing instance is in the same subaccount as SAP Task Center. SAP Task Center gets its tokens from the authentication address in the instance&apos;s service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this when the SAP Advanced Financial Closing instance is in another subaccount that logs users on through the same Identity Authentication tenant as this one. SAP Task Center gets its tokens from that subaccount, with the values of its SAML metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare SAP Advanced Financial Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next pages ask for what they give you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing and SAP Task Center are in this subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Advanced Financial Closing with the OAuth client of the instance&apos;s service key, for each user who is logged on. Both need the setup SAP Advanced Financial Closing&apos;s guide describes for SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SAP Advanced Financial Closing, you have completed the setup &lt;b&gt;How to Set Up the SAP Task Center Integration Using the Same Subaccount&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing: SAP Task Center Integration for SAP Advanced Financial Closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Advanced Financial Closing instance open; the next pages ask for values from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP BTP cockpit of this subaccount: Services &gt; Instances and Subscriptions, the SAP Advanced Financial Closing instance, its service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s initial setup is done, and users log on through SAP Cloud Identity Services as the &lt;b&gt;SAP BTP Integration Scenario&lt;/b&gt; describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: SAP BTP Integration Scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing runs in another subaccount than SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks with the OAuth client of the instance&apos;s service key and gets its tokens from the other subaccount, which must trust this one. SAP&apos;s Task Center guide says this trust is needed but describes only the values for the destination; the trust itself is part of SAP Advanced Financial Closing&apos;s setup for different subaccounts (UNCONFIRMED: SAP&apos;s Task Center page does not say which step of that setup establishes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SAP Advanced Financial Closing, you have completed the setup &lt;b&gt;How to Set Up the SAP Task Center Integration Using Different Subaccounts&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount of SAP Advanced Financial Closing logs users on through the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; as this subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP BTP cockpit of each subaccount: Security &gt; Trust Configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Advanced Financial Closing instance open; the next page asks for values from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Advanced Financial Closing: Services &gt; Instances and Subscriptions, the instance, its service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key of SAP Advanced Financial Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Advanced Financial Closing, and with which OAuth client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key of the SAP Advanced Financial Closing instance holds the address SAP Task Center reads tasks from (endpoints &gt; task-center) and the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center gets its tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication address from the same service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; from the service key of SAP Advanced Financial Closing. The Audience and the Token Service URL are filled from it; change them only if SAP&apos;s guide tells you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the same subaccount, SAP Task Center gets each user&apos;s token from the authentication address of SAP Advanced Financial Closing&apos;s service key: the Audience is uaa &gt; url, the Token Service URL uaa &gt; url followed by /oauth/token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML metadata of the other subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Audience and Token Service URL, from the subaccount where SAP Advanced Financial Closing runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount of &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt;, go to &lt;b&gt;Security &amp;gt; Trust Configuration&lt;/b&gt; and choose &lt;b&gt;SAML Metadata&lt;/b&gt; to download its XML file. Open the file and copy the &lt;b&gt;entityID&lt;/b&gt;, then the &lt;b&gt;Location&lt;/b&gt; of the &lt;b&gt;AssertionConsumerService&lt;/b&gt; element whose Binding is &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a different subaccount, SAP Task Center gets each user&apos;s token from the subaccount of SAP Advanced Financial Closing: the Audience is that subaccount&apos;s entityID and the Token Service URL the Location of its AssertionConsumerService with the URI binding, both in its SAML metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination to SAP Advanced Financial Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination SAP Task Center reads the tasks with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the destination the wizard made from your values, then create it in this subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide for the same subaccount lists each property of this destination; the wizard writes them as the table says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the destination the wizard made from your values, then create it in this subaccount, the subaccount of SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide for a different subaccount lists each property of this destination; the wizard writes them as the table says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Client Key, Token Service User and Token Service Password are uaa &gt; clientid and uaa &gt; clientsecret of SAP Advanced Financial Closing&apos;s current service key, and that the Audience and Token Service URL are those of the subaccount where SAP Advanced Financial Closing runs. From a different subaccount, also check that both subaccounts log users on through the same Identity Authentication tenant and that the setup of SAP Advanced Financial Closing for different subaccounts is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Advanced Financial Closing. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Advanced Financial Closing system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals from SAP Ariba Buying or SAP Ariba Sourcing: one destination for each product, with the keys of an application on the SAP Ariba Developer Portal that SAP Ariba Support activates and links to this subaccount&apos;s trust certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The realm name (customer site name) of your SAP Ariba tenant, exactly as SAP Ariba spells it. If you do not know it, see SAP Ariba&apos;s article &quot;How do I find out my realm name?&quot; or ask SAP Ariba Support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an SAP Ariba address, not the realm name. The realm is probably %1: it is the value after realm= in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ariba realm is the one-word name of your SAP Ariba site (also called the customer site name): letters, digits, dots, hyphens and underscores, without spaces. Enter the name only, not an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application key the SAP Ariba Developer Portal generated for the application of this product. Each product has its own application and key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the SPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL the SAP Ariba Developer Portal shows for the SPI of SAP Task Center (the Procurement SPI for SAP Ariba Buying, the Sourcing SPI for SAP Ariba Sourcing). Paste it whole or only its server part: the destination uses the server part with the path of SAP&apos;s example URL for the product you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the address of the token service. Here, enter the URL the developer portal shows for the SPI of SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds the path of SAP&apos;s example URL for the product you chose. If the developer portal shows another path, change URL on the destination&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Token Service URL the SAP Ariba Developer Portal shows with the SPI. SAP says it is the same for SAP Ariba Buying and SAP Ariba Sourcing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the URL of the SPI, not of the token service. Copy the Token Service URL the developer portal shows with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client ID of the application on the SAP Ariba Developer Portal, shown when you generate its OAuth secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth secret you generated for the application (not its Base64 encoded form). It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 64 characters (SAP Task Center&apos;s limit). Each product needs a destination of its own, with its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Ariba API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Ariba Buying (purchase requisitions, invoice approvals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this for the approvals of SAP Ariba Buying, through the Procurement SPI for SAP Task Center. A realm with both products needs one destination for each: run the wizard again for SAP Ariba Sourcing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Ariba Sourcing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this for the tasks of SAP Ariba Sourcing, through the Sourcing SPI for SAP Task Center. A realm with both products needs one destination for each: run the wizard again for SAP Ariba Buying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare SAP Ariba Buying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center and SAP Ariba must both be ready before you create the application for SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Ariba Buying through an application on the SAP Ariba Developer Portal that SAP Ariba Support activates for your realm. Users are matched through SAP Cloud Identity Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;initial setup&lt;/b&gt; of SAP Task Center is complete, including the &lt;b&gt;SAP Ariba integration scenario&lt;/b&gt; of SAP Cloud Identity Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center: Initial Setup; SAP Cloud Identity Services: SAP Ariba Integration Scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You know what the &lt;b&gt;SAP Ariba SCIM API&lt;/b&gt; supports, as SAP Note 3228340 describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP for Me: SAP Note 3228340.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You know the &lt;b&gt;realm name&lt;/b&gt; (customer site name) of your SAP Ariba tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Ariba: How do I find out my realm name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have asked &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt; to enable SAP Task Center for &lt;b&gt;SAP Ariba Buying&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Ariba Buying: SAP Task Center for SAP Ariba Buying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare SAP Ariba Sourcing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Ariba Sourcing through an application on the SAP Ariba Developer Portal that SAP Ariba Support activates for your realm. Users are matched through SAP Cloud Identity Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SAP Ariba, you have completed the steps of &lt;b&gt;Enabling SAP Task Center for SAP Ariba Sourcing&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Ariba Sourcing: Enabling SAP Task Center for SAP Ariba Sourcing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SAP Ariba realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAP Ariba site whose tasks SAP Task Center reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the realm name of your SAP Ariba tenant. SAP Ariba Support needs it for your requests, and the destination sends it with every call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The realm tells SAP Ariba which customer site the tasks come from. The destination sends it as the query parameter realm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the application on the SAP Ariba Developer Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One application for each product, with its application key and the addresses of its SPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;SAP Ariba Developer Portal&lt;/b&gt;, create an application for the product below and generate its &lt;b&gt;application key&lt;/b&gt;, as SAP Ariba&apos;s guide &quot;Creating an Application on the SAP Ariba Developer Portal&quot; says. Copy the key here, then note the &lt;b&gt;URL&lt;/b&gt; and the &lt;b&gt;Token Service URL&lt;/b&gt; of the SPI for SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application key identifies the application in every call SAP Task Center makes: the destination sends it as Client Key and as the apikey header. SAP Ariba Buying and SAP Ariba Sourcing need separate applications, each with its own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for SAP Task Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPI to request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the URL of this SPI for the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Ariba trusts SAP Task Center through this certificate: SAP Ariba Support registers it with your realm next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination signs a SAML assertion for each user with this certificate&apos;s key, and SAP Ariba exchanges it for a token. Renew the certificate before it expires and send the new one to SAP Ariba Support: until they register it, users may not be able to work on tasks nor receive task updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open two service requests with SAP Ariba Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One activates the application, the other registers this subaccount as identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the service requests with &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt;, with the values below. Wait until SAP Ariba confirms both before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Ariba activates the application for your realm and product, and registers this subaccount&apos;s entity ID and trust certificate with SAP Ariba OAuth, so that it accepts the SAML assertions the destination signs. UNCONFIRMED: SAP&apos;s page gives the entity ID only as cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;; the wizard takes it from the trust certificate&apos;s CN, which has this form. Compare it with the Assertion Entity ID under Connectivity &gt; Destination Trust in the SAP BTP cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the activation of the application on the SAP Ariba Developer Portal. Add the data center where your SAP Ariba realm resides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the identity provider on SAP Ariba OAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the IDP registration on SAP Ariba OAuth. Add your Ariba Network ID (ANID), shown in your company profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity ID (entityID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity ID the destination service sends, of the form cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;: the trust certificate&apos;s CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination service certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount&apos;s trust certificate. Attach this file to the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the OAuth secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client ID and secret with which SAP Task Center fetches tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the application is set up with its SPI, generate its &lt;b&gt;OAuth secret&lt;/b&gt; on the SAP Ariba Developer Portal, as SAP Ariba&apos;s guide &quot;How to generate the OAuth Secret and Base64 Encoded Client and secret&quot; says. Copy the &lt;b&gt;OAuth client ID&lt;/b&gt; and the &lt;b&gt;OAuth secret&lt;/b&gt; here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination fetches its tokens as this OAuth client: the client ID is the Token Service User, the secret the Token Service Password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with SAP Ariba Support that the application is activated for your realm and product and that this subaccount is registered as identity provider with its current trust certificate, and that the OAuth client ID and secret belong to the application whose key is in the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination to SAP Ariba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Ariba. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Ariba system and product in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you later change the name or the URL of this destination, SAP Task Center loads its tasks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is the server you entered followed by the path of SAP&apos;s example URL for the product. UNCONFIRMED: SAP&apos;s guide gives the URL only as an example. If the developer portal shows another path for the SPI, use that (Edit properties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks from SAP Cloud for Customer: a primary destination with the technical user of the communication arrangement for SAP Task Center, by user and password or by client certificate, and a secondary destination for principal propagation with an OAuth client registered in SAP Cloud for Customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your SAP Cloud for Customer tenant, the one you open it with, without anything after the host. Both destinations use it, and the secondary destination&apos;s token service URL is made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the tenant&apos;s single sign-on address (its Local Service Provider), which belongs in the Audience later. The tenant URL is probably %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID of the communication user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user ID SAP Cloud for Customer created for the communication arrangement (Inbound Communication, User ID &gt; Edit Credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the user ID that the communication arrangement shows for the communication user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the communication user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password you gave the communication user in the communication arrangement. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the key store. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID SAP Cloud for Customer filled in when you registered the OAuth 2.0 client (Administrator &gt; OAuth 2.0 Client Registration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret you entered when you registered the OAuth 2.0 client. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience (Local Service Provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the Local Service Provider field under Administrator &gt; Common Tasks &gt; Configure Single Sign-On in SAP Cloud for Customer. Copy it exactly as shown: it is case-sensitive and often starts with HTTPS in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical user with user ID and password (Basic Authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this when the communication arrangement for SAP Task Center in SAP Cloud for Customer authenticates its technical user with a user ID and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical user with a client certificate (Using Certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this when SAP Task Center should authenticate to SAP Cloud for Customer with a client certificate: you need the certificate as a .p12 key store and its password. After saving the destinations, you finish the setup in SAP Cloud for Customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining step for the certificate&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In SAP Cloud for Customer, continue with the steps of SAP Cloud for Customer&apos;s guide &lt;b&gt;Using Client Certificate Authentication&lt;/b&gt;, so that SAP Cloud for Customer accepts the certificate of the key store the primary destination uses.&lt;/li&gt;&lt;li&gt;Check the connector in SAP Task Center&apos;s &lt;b&gt;monitoring&lt;/b&gt;: SAP says Check Connection in the destination may not tell whether SAP Task Center reaches SAP Cloud for Customer.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare SAP Cloud for Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the wizard asks for values, make sure SAP Task Center and SAP Cloud for Customer are ready, as SAP&apos;s guide lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Cloud for Customer with a technical user and acts on them as each user (principal propagation). Both need the users of SAP Cloud for Customer and SAP Task Center to be the same people in SAP Cloud Identity Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;initial setup of SAP Task Center&lt;/b&gt; is complete in this subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center: Initial Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Cloud for Customer is integrated with &lt;b&gt;SAP Cloud Identity Services&lt;/b&gt; as the SAP Cloud for Customer Integration Scenario describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: SAP Cloud for Customer Integration Scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, the scoping question &lt;b&gt;Task Center Integration&lt;/b&gt; is selected in your implementation project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Cloud for Customer: Business Configuration &gt; Implementation Projects &gt; Edit Project &gt; Review Questions &gt; Communication and Information Exchange &gt; Business Process Management &gt; Business Task Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SAP Cloud for Customer tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Cloud for Customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your SAP Cloud for Customer tenant. The wizard makes the addresses of both destinations from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guides call this the tenant URL: the primary and the secondary destination both use it, and the secondary destination&apos;s Token Service URL is the same address followed by /sap/bc/sec/oauth2/token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the technical user in SAP Cloud for Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A communication system and a communication arrangement for SAP Task Center, with user ID and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, create a communication system and a communication arrangement as below, then enter the user ID and the password of the communication user here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what SAP Cloud for Customer&apos;s guide &quot;Using Basic Authentication&quot; leads to: a communication user whose user ID and password go into the primary destination. The values below follow SAP&apos;s integration samples for SAP Task Center; the host name of the communication system is not given there (UNCONFIRMED), so follow SAP Cloud for Customer&apos;s guide for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Systems&lt;/b&gt; and choose &lt;b&gt;New&lt;/b&gt;. Enter an ID and a host name, choose &lt;b&gt;Add Row&lt;/b&gt; under &lt;b&gt;System Instances&lt;/b&gt; and enter a System Instance ID. Save, then choose &lt;b&gt;Actions &amp;gt; Set To Active&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Access Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred Application Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Arrangements&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt; and select the communication system by its System Instance ID. On the &lt;b&gt;Inbound&lt;/b&gt; tab, choose &lt;b&gt;Edit Credentials&lt;/b&gt; for the user ID, enter a password and select the service below. Review and finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate&apos;s key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .p12 file with the certificate SAP Task Center authenticates with, and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Cloud for Customer trusts the users SAP Task Center acts for through this certificate: you upload it as an OAuth 2.0 identity provider next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Cloud for Customer accepts a user&apos;s identity from SAP Task Center only when it is signed with this subaccount&apos;s trust certificate. The next page shows the certificate and its CN to enter in SAP Cloud for Customer as an OAuth 2.0 identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up principal propagation in SAP Cloud for Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount as OAuth 2.0 identity provider, an OAuth client for SAP Task Center, and the audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, open &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure OAuth 2.0 Identity Provider&lt;/b&gt; and choose &lt;b&gt;New OAuth 2.0 Provider&lt;/b&gt;. Enter the values below and choose &lt;b&gt;Submit&lt;/b&gt;. Then register the OAuth client and copy the audience, as each section says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secondary destination lets SAP Task Center act in SAP Cloud for Customer as the user who works on a task. SAP Cloud for Customer accepts this because it trusts the subaccount&apos;s certificate and knows the OAuth client. The steps follow SAP Cloud for Customer&apos;s guide &quot;Principal Propagation Flow and Set Up&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing Entity Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust certificate&apos;s CN; it has the form cfapps.&lt;region host&gt;/&lt;subaccount ID&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Signing Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse and upload this file: the subaccount&apos;s trust certificate without its BEGIN and END lines, as SAP&apos;s guide asks. Upload it again whenever the subaccount&apos;s certificate is renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Name ID Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Email Address in addition to User Account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; OAuth 2.0 Client Registration&lt;/b&gt; and choose &lt;b&gt;New&lt;/b&gt;. Enter a client secret and a description, select the identity provider you just created as &lt;b&gt;Issuer Name&lt;/b&gt; and the scope below, and save. Enter the client ID it shows and the client secret here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure Single Sign-On&lt;/b&gt; and copy the value of the &lt;b&gt;Local Service Provider&lt;/b&gt; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service cannot use the key store. Check that the file is uploaded to this subaccount&apos;s destination certificates under exactly the name in KeyStoreLocation, including its extension, and that KeyStorePassword is its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With user and password, check in SAP Cloud for Customer that the communication arrangement for SAP Task Center is active and that the destination holds its communication user&apos;s ID and password. With a client certificate, check that the key store is uploaded to this subaccount under the name in KeyStoreLocation and that SAP Cloud for Customer accepts its certificate (Using Client Certificate Authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one primary destination for each SAP Cloud for Customer system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP says Check Connection may not tell whether SAP Task Center reaches SAP Cloud for Customer. Check the connector in SAP Task Center&apos;s monitoring once the destinations are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Audience is case-sensitive: it must be exactly the Local Service Provider value SAP Cloud for Customer shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks from a system outside SAP that implements SAP Task Center&apos;s task provider SPI: a primary destination with OAuth client credentials for the technical user and a secondary destination for principal propagation with a SAML bearer assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your task provider tenant, as its documentation for SAP Task Center gives it. Both destinations use it. SAP Task Center adds /task-provider/v&lt;version&gt;/&lt;endpoint&gt; to it, so the task provider&apos;s SPI must answer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center adds /task-provider/ and the SPI version to this address itself. Use %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate identity provider tokens (tc.pp.cip.token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Choose true only if your users log on through a corporate identity provider configured in Identity Authentication and the task provider needs that provider&apos;s tokens. Leave it empty otherwise; SAP Task Center then assumes false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center fetches the technical user&apos;s token: the token endpoint of the OAuth server the task provider trusts, as its documentation gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the OAuth client the task provider&apos;s documentation has you register for SAP Task Center&apos;s technical user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of that client. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the task provider&apos;s OAuth server needs a scope for this client: the scopes, separated by spaces, as its documentation gives them. Leave it empty otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Service URL for users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center exchanges a user&apos;s SAML assertion for that user&apos;s token. Filled in with the technical user&apos;s Token Service URL, which is usually the same; change it if the task provider&apos;s documentation gives another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience the task provider&apos;s OAuth server expects in a SAML assertion, as its documentation or its SAML settings give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the OAuth client that accepts SAML assertions from this subaccount (the one that holds the trust certificate). Some task providers use the technical user&apos;s client for this too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Service User (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the OAuth server wants the client to log on when SAP Task Center fetches a user&apos;s token: the user for that logon, usually the client key. Leave it empty otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Service Password (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for the Token Service User, usually the client&apos;s secret. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name ID format (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the assertion names the user: emailAddress sends the user&apos;s e-mail address, unspecified (or empty) the user name. Choose what the task provider uses to find its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AuthnContextClassRef of the SAML assertion. PreviousSession is what most SAP Task Center providers use; choose X509 only if the task provider&apos;s documentation asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the task provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third-party task provider works with SAP Task Center only if it serves SAP Task Center&apos;s task provider SPI. What it supports and how it authenticates is up to the provider: its documentation for SAP Task Center says it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task provider must implement the task provider SPI that SAP Note 3462266 defines, at &lt;tenant URL&gt;/task-provider/v&lt;version&gt;/&lt;endpoint&gt;. SAP Task Center calls it with the primary destination&apos;s token to pull tasks and task definitions, and with each user&apos;s token from the secondary destination (&lt;name&gt;_PP) to read task details and to act on tasks. Which SAP Task Center features work depends on that implementation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial setup of SAP Task Center is complete, and you have followed the &lt;b&gt;Third-Party Scenarios&lt;/b&gt; of SAP Cloud Identity Services for the task provider&apos;s users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: System Integration Guide, Third-Party Scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your task provider tenant implements SAP Task Center&apos;s &lt;b&gt;task provider SPI&lt;/b&gt; as SAP Note 3462266 defines it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Note 3462266 (SAP for Me; an S-user is needed). Ask the task provider&apos;s vendor or developers if you are not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the task provider&apos;s &lt;b&gt;documentation for SAP Task Center&lt;/b&gt;: its tenant URL, and how it accepts tokens for SAP Task Center&apos;s technical user and for each user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task provider&apos;s own documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your task provider tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches the task provider&apos;s SPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant URL as the task provider&apos;s documentation gives it, without /task-provider/ and what follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both destinations use the same tenant URL. SAP Task Center adds /task-provider/v&lt;version&gt;/&lt;endpoint&gt; to it. UNCONFIRMED: SAP&apos;s example for the primary destination ends in /v2 and the one for the secondary does not; the wizard writes the same address to both, as both pages describe it the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client for SAP Task Center&apos;s technical user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center pulls tasks and task definitions with this client&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the task provider, or in the OAuth server it trusts, register an OAuth client for SAP Task Center that may fetch tokens with its client ID and secret (client credentials), as the task provider&apos;s documentation says. Copy its values here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP only asks that the primary destination returns a valid token; the wizard writes OAuth client credentials, the usual way for a technical user. UNCONFIRMED: whether your task provider accepts them, and which scope it needs, is for its documentation to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client for the technical user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust certificate of your subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task provider trusts each user&apos;s SAML assertion through this certificate: you give it to the task provider next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service signs each user&apos;s SAML assertion with this subaccount&apos;s trust certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate in the task provider too whenever the subaccount&apos;s certificate is renewed; until then, users cannot open or act on their tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust for each user&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center reads task details and acts on tasks with each user&apos;s own token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the task provider, or in the OAuth server it trusts, upload the trust certificate below and allow an OAuth client to exchange SAML assertions signed with it for a user&apos;s token (SAML 2.0 bearer assertion), as the task provider&apos;s documentation says. Copy its values here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP allows any authentication for the secondary destination that returns a token for the user; the wizard writes a SAML bearer assertion, which the Destination service signs with this subaccount&apos;s trust certificate. UNCONFIRMED: whether your task provider accepts it, its audience, and whether it finds users by e-mail address or user name are for its documentation to say. If it needs another kind of user token, create the secondary destination by hand as its documentation says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same .pem file the SAP BTP cockpit exports under Connectivity &gt; Destination Trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To recognize the certificate in the task provider&apos;s list. UNCONFIRMED: whether the task provider also wants it as the assertion&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client for users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations to the task provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary destination and its secondary destination (the primary&apos;s name followed by _PP), as SAP&apos;s guides list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guides list only the name, type, URL and SAP Task Center&apos;s own properties; the authentication properties are those of SAP BTP Connectivity for OAuth client credentials and for the SAML bearer assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task provider&apos;s OAuth server does not accept the client. Copy the client ID and secret (or the client key and Token Service User and Password) again from where you registered the client for SAP Task Center, and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task provider does not accept this subaccount&apos;s signature: the certificate it trusts is not the subaccount&apos;s current trust certificate. Give it the current one again (Connectivity &gt; Destination Trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check against the task provider&apos;s documentation for SAP Task Center that the Token Service URLs, clients and audience are right, and that the task provider trusts this subaccount&apos;s current trust certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one primary destination for each task provider system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center calls the task provider&apos;s SPI at the URL followed by /task-provider/v&lt;version&gt;/&lt;endpoint&gt;, with this destination&apos;s token, to pull tasks and task definitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP lets the task provider choose how SAP Task Center authenticates, as long as this destination returns a valid token. The wizard writes OAuth client credentials. UNCONFIRMED: whether your task provider accepts them; if its documentation asks for another authentication, change this destination as it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user. Check it in the SAP Task Center Web app as a user with tasks from the task provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP lets the task provider choose how each user authenticates, as long as this destination returns a valid token for the user. The wizard writes a SAML bearer assertion signed with this subaccount&apos;s trust certificate. UNCONFIRMED: whether your task provider accepts it; if its documentation asks for another authentication, change this destination as it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals from SAP Fieldglass: one destination with the API application key of your SAP Fieldglass company, after SAP Fieldglass holds this subaccount&apos;s trust certificate and pushes task updates to SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Fieldglass tenant URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address you sign in to SAP Fieldglass with, or the one SAP Fieldglass support gave you (SAP&apos;s guide names https://www.fieldglass.net for the US data center and https://www.fieldglass.eu for the EU data center). The wizard adds /api/v1 for the destination URL and /api/oauth2/v2.0/token for the token service URL. UNCONFIRMED: SAP&apos;s guide writes the US and EU token service URLs with http:// and without www; the wizard uses https and the host you enter, as in SAP&apos;s example for a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds /api/v1 and the token path itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience of the SAML assertion. SAP&apos;s guide gives Fieldglass as its example and names no other value: keep it unless SAP Fieldglass support gives you another one. UNCONFIRMED whether a tenant can need another value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Application Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API Application Key of the key you created for SAP Task Center, shown on View Application Keys in SAP Fieldglass Configuration Manager. It goes into the destination twice: as Client Key and as the header X-ApplicationKey. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client ID of the same application key, from View Application Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client Secret of the same application key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual Person Name (Username)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Web Services section of View Application Keys; it becomes the destination&apos;s Token Service User.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Web Services section of View Application Keys; it becomes the destination&apos;s Token Service Password. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare SAP Fieldglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step once it is done; the pages after it rely on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need an SAP Fieldglass tenant and a Configuration Manager user in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center reads tasks from SAP Fieldglass once SAP Fieldglass knows your users through SAP Cloud Identity Services, SAP Task Center is enabled in SAP Fieldglass, and SAP Fieldglass may push task updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s initial setup is complete, and SAP Fieldglass is connected to SAP Cloud Identity Services as the &lt;b&gt;SAP Fieldglass Integration Scenario&lt;/b&gt; describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: System Integration Guide, SAP Fieldglass Integration Scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SAP Task Center is enabled in SAP Fieldglass&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Fieldglass: Enable SAP Task Center in SAP Fieldglass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Fieldglass support has enabled the &lt;b&gt;push capability&lt;/b&gt; (SAP_TASK_PUSH_CAPABILITY) for your company and refreshed its cache; otherwise Manage SAP Task Center stops with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Fieldglass Customer Support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Fieldglass trusts SAP Task Center through this certificate: it goes into your tenant&apos;s truststore next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the subaccount&apos;s trust certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Fieldglass checks the SAML assertions this subaccount signs against this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the trust certificate uploaded to SAP Fieldglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SAP Fieldglass representative puts it into your tenant&apos;s truststore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate below as a file and send it to your &lt;b&gt;SAP Fieldglass representative&lt;/b&gt;, asking them to upload it to the &lt;b&gt;truststore&lt;/b&gt; of your SAP Fieldglass tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate in SAP Fieldglass too whenever the subaccount&apos;s certificate is renewed: until then, you may not be able to work on tasks nor receive task updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s mission saves it as a .cer file for SAP Fieldglass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To recognize the certificate in your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center service key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new SAP Task Center service instance for the task updates SAP Fieldglass pushes, and a service key for it; open that key here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the service key of the new instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Fieldglass needs the key&apos;s address and OAuth client, its client secret too. The key&apos;s uaa.clientid also becomes the destination&apos;s tc.clientId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable pushed task updates in SAP Fieldglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Fieldglass sends task updates to SAP Task Center with these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to SAP Fieldglass as the &lt;b&gt;Configuration Manager&lt;/b&gt; user. Under &lt;b&gt;Integration Tools&lt;/b&gt;, choose &lt;b&gt;Manage SAP Task Center&lt;/b&gt;, then &lt;b&gt;Configure&lt;/b&gt;. In the &lt;b&gt;Setup&lt;/b&gt; dialog, enter the values below and choose &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values come from the service key of the new instance. When you rotate its client secret later, create a new service key and enter its client secret in the same Setup dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uaa.url of the service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the API application key in SAP Fieldglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center calls SAP Fieldglass&apos;s API with this key and fetches its tokens with these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SAP Fieldglass Configuration Manager, create an API application key for SAP Task Center (&lt;b&gt;Create API Application Key&lt;/b&gt;). Then open &lt;b&gt;View Application Keys&lt;/b&gt; and copy the values below; the user name and license key are in its &lt;b&gt;Web Services&lt;/b&gt; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an API application key already exists for SAP Task Center, you need access to the Web Services section of View Application Keys to copy its values. If that section is blank, ask SAP Fieldglass Customer Support for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Application Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SAP Fieldglass tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Fieldglass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address you sign in to SAP Fieldglass with; the wizard makes the destination&apos;s addresses from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you change the URL of a destination that already has tasks in SAP Task Center&apos;s task cache, SAP Task Center loads them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination to SAP Fieldglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination as SAP&apos;s guide lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the destination&apos;s name and properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard writes the destination into the subaccount after the review, or into a file for you to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in SAP Fieldglass Configuration Manager (View Application Keys) that the destination&apos;s API application key, client ID and secret, virtual person name and license key are those of the key created for SAP Task Center, and ask your SAP Fieldglass representative whether this subaccount&apos;s current trust certificate is in your tenant&apos;s truststore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Fieldglass. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Fieldglass system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tc.clientId is the client ID of the service key you opened for pushed task updates. SAP says to set it only once SAP Fieldglass pushes task updates (Manage SAP Task Center); otherwise tasks may not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks from SAP Marketing Cloud: one destination with the OAuth 2.0 details of the communication arrangement you create for SAP Task Center in SAP Marketing Cloud, and its technical communication user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name you created for the technical communication user. It becomes the destination&apos;s Token Service User.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the user name you created for the technical communication user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password you gave the technical communication user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Service URL/Service Interface the communication arrangement shows. The destination uses its server part, as SAP&apos;s guide says (it removes everything from sap/opu/odata4/ on); the client comes from its sap-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the address SAP&apos;s guide shows for the arrangement (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client number of the SAP Marketing Cloud system, taken from the service URL&apos;s sap-client when it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Marketing Cloud must trust the SAML assertions this subaccount signs; keep the certificate at hand for Integrating SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNCONFIRMED: SAP&apos;s page for SAP Marketing Cloud does not mention the trust certificate. The guide it links, Integrating SAP Task Center, is the one SAP&apos;s page for SAP S/4HANA Cloud Public Edition links too, and there the communication system holds this certificate (SAP Task Center, Renew Destination Trust Certificates). If Integrating SAP Task Center asks for no certificate, you need not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up SAP Task Center in SAP Marketing Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technical communication user and the communication arrangement, and the values they give back for the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SAP Marketing Cloud, follow &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: create the technical communication user and the communication arrangement for SAP Task Center (&lt;b&gt;Create a Communication Arrangement&lt;/b&gt;). Then enter the values below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s page for SAP Marketing Cloud names only the values the destination needs; how to create the user and the arrangement is in Integrating SAP Task Center. UNCONFIRMED: SAP&apos;s page links the guides Integrating SAP Task Center and Create a Communication Arrangement of SAP S/4HANA Cloud&apos;s documentation, not of SAP Marketing Cloud&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if Integrating SAP Task Center asks for the certificate of SAP Task Center&apos;s subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical communication user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name and password you created for the technical communication user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these from the communication arrangement: its &lt;b&gt;Service URL/Service Interface&lt;/b&gt;, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination to SAP Marketing Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard writes the destination into the subaccount after the review, or into a file for you to import. Afterwards, perform the steps of SAP Marketing Cloud&apos;s guide &quot;SAP Task Center&quot;, as SAP&apos;s page asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in SAP Marketing Cloud that the destination&apos;s Audience, Client Key and Token Service URL are those of the communication arrangement&apos;s OAuth 2.0 Details, that the Token Service User and Password are the technical communication user&apos;s, and that SAP Marketing Cloud trusts this subaccount&apos;s current trust certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Marketing Cloud. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Marketing Cloud system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the destination is saved, perform the steps of SAP Marketing Cloud&apos;s guide &quot;SAP Task Center&quot;, as SAP&apos;s page asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks from SAP Build Process Automation: one destination with the values of the SAP Build Process Automation service key, for an instance in this subaccount or, through SAML trust or an Identity Authentication dependency, in another subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint (endpoints &gt; api)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the service key of your SAP Build Process Automation instance, the value of api under endpoints. The wizard adds /internal/workflow/rest/v1 to it, as SAP&apos;s guide asks for the destination&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an authentication address (uaa &gt; url), not the API endpoint. Copy the value of api under endpoints from the service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds /internal/workflow/rest/v1 to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an address, not a client ID. Copy the value of clientid under uaa from the service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Build Process Automation in this subaccount, or in another one with an Identity Authentication dependency: the value of uaa &gt; url of its service key. In another subaccount with SAML trust: the entityID of that subaccount&apos;s SAML metadata. Copy it exactly as it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a token address. The Audience is the address without /oauth/token: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Build Process Automation in this subaccount, or in another one with an Identity Authentication dependency: uaa &gt; url of its service key followed by /oauth/token. In another subaccount with SAML trust: the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI, in that subaccount&apos;s SAML metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks for the address followed by /oauth/token: %1. For another subaccount with SAML trust, copy the Location from its SAML metadata instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the dependency you created from the SAP Task Center application to SAP Build Process Automation in the administration console for SAP Cloud Identity Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name has a space. Check that you copied the dependency name exactly as the administration console shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the dependency name on one line, exactly as the administration console for SAP Cloud Identity Services shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Inbox address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of My Inbox in the SAP Build Process Automation Lobby, as your browser shows it. The wizard replaces inbox.html with taskui.html, as SAP&apos;s guide says, so that users open SAP Build Process Automation tasks from SAP Task Center without another launchpad. Leave it empty if you use SAP Build Process Automation on SAP Build Work Zone, standard edition: SAP says the property is not needed then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide gives this address as https://&lt;root_url&gt;/comsapspaprocessautomation.comsapspainbox/taskui.html. Check that you copied My Inbox of the SAP Build Process Automation Lobby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address of My Inbox from the SAP Build Process Automation Lobby: it contains inbox.html. Anything after inbox.html is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task UI address (tc.task.ui.url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this when SAP Build Process Automation and SAP Task Center are in the same subaccount. SAP Task Center gets its tokens from the authentication address in the SAP Build Process Automation service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check in SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Task Center Administration app&lt;/b&gt;, check the status of this destination&apos;s connector: SAP says Check Connection in the SAP BTP cockpit may not tell whether SAP Task Center reaches SAP Build Process Automation.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user with SAP Build Process Automation tasks: the tasks appear there.&lt;/li&gt;&lt;li&gt;Optional: for &lt;b&gt;Intelligent Recommendations&lt;/b&gt;, create one more destination named like this one followed by _AI, as SAP&apos;s guide &quot;Configure the Intelligent Recommendations Destination&quot; says.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this when SAP Build Process Automation runs in another subaccount that logs users on through the same Identity Authentication tenant as this one, and you have set up principal propagation between the subaccounts. SAP Task Center gets its tokens from that subaccount, with the values of its SAML metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this when both subaccounts are in the same global account, trust the same Identity Authentication tenant with OpenID Connect, and you use SAP Build Process Automation with the build-default service plan. You create a dependency in SAP Cloud Identity Services, and the destination names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare SAP Build Process Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether SAP Build Process Automation runs in this subaccount or in another one, its subaccount and its service key come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Build Process Automation with the OAuth client of the SAP Build Process Automation service key, for each user who is logged on. SAP Build Process Automation&apos;s subaccount needs the setup its own guide describes for SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the subaccount of SAP Build Process Automation, you have done the steps of &lt;b&gt;Configure the SAP Build Process Automation Subaccount for SAP Task Center&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Build Process Automation: Configure the SAP Build Process Automation Subaccount for SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Build Process Automation instance in the Cloud Foundry environment open (not SAP Task Center&apos;s own service key); the next pages ask for values from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Services &gt; Instances and Subscriptions, the SAP Build Process Automation instance, its service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust between the subaccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Build Process Automation runs in another subaccount than SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center gets each user&apos;s token from the subaccount of SAP Build Process Automation, which must trust this subaccount. SAP&apos;s Task Center guide sends you to SAP Build Process Automation&apos;s guide for this trust and then asks for two values of that subaccount&apos;s SAML metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount of SAP Build Process Automation logs users on through the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; as this subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have done the steps of &lt;b&gt;Set Up Principal Propagation Between Subaccounts&lt;/b&gt; in SAP Build Process Automation&apos;s guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Build Process Automation: Set Up Principal Propagation Between Subaccounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have downloaded the &lt;b&gt;SAML metadata&lt;/b&gt; XML file of the subaccount of SAP Build Process Automation; the next pages ask for two values from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Security &gt; Trust Configuration &gt; SAML Metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare both subaccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center and SAP Build Process Automation run in two subaccounts of the same global account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a dependency in SAP Cloud Identity Services, SAP Task Center reaches SAP Build Process Automation in another subaccount through the Identity Authentication tenant both subaccounts trust. SAP says this works only with the build-default service plan of SAP Build Process Automation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You use the subscription to SAP Build Process Automation with the &lt;b&gt;build-default&lt;/b&gt; service plan, and you have an instance of SAP Build Process Automation in its subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Services &gt; Instances and Subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both subaccounts trust the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; with a trust of type &lt;b&gt;OpenID Connect&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center is connected with your SAP Build Work Zone by an &lt;b&gt;integration between the two applications&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center: Connect SAP Task Center and SAP Build Work Zone in Different Subaccounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the dependency in SAP Cloud Identity Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lets SAP Task Center call SAP Build Process Automation in the other subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the administration console for SAP Cloud Identity Services, open &lt;b&gt;Applications and Resources &amp;gt; Applications&lt;/b&gt;. Under &lt;b&gt;Bundled Applications&lt;/b&gt;, each subaccount has an application named after the product, followed by the subaccount&apos;s name in parentheses. Choose the SAP Task Center application and configure a &lt;b&gt;dependency&lt;/b&gt; to the SAP Build Process Automation application. Enter the name of the new dependency here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination names this dependency in tc.ias.dependency_name, so that SAP Task Center uses it to reach SAP Build Process Automation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency to SAP Build Process Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key of SAP Build Process Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Build Process Automation, with which OAuth client, and where it gets its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Build Process Automation&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key). The Audience and the Token Service URL are filled from &lt;b&gt;uaa &amp;gt; url&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key of the SAP Build Process Automation instance holds the address SAP Task Center reads tasks from (endpoints &gt; api), the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret) and the authentication address it gets each user&apos;s token from (uaa &gt; url): the Audience is uaa &gt; url, the Token Service URL uaa &gt; url followed by /oauth/token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Build Process Automation, and with which OAuth client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Build Process Automation&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key of the SAP Build Process Automation instance holds the address SAP Task Center reads tasks from (endpoints &gt; api) and the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Audience and Token Service URL, from the subaccount where SAP Build Process Automation runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the SAML metadata XML file of the subaccount of &lt;b&gt;SAP Build Process Automation&lt;/b&gt;. Copy the &lt;b&gt;entityID&lt;/b&gt; into Audience, then the &lt;b&gt;Location&lt;/b&gt; of the &lt;b&gt;AssertionConsumerService&lt;/b&gt; element whose Binding is &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; into Token Service URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From another subaccount, SAP Task Center gets each user&apos;s token from the subaccount of SAP Build Process Automation: the Audience is that subaccount&apos;s entityID and the Token Service URL the Location of its AssertionConsumerService with the URI binding, both in its SAML metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening tasks in SAP Build Process Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: lets users open SAP Build Process Automation tasks from SAP Task Center without another launchpad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;b&gt;My Inbox&lt;/b&gt; in the SAP Build Process Automation Lobby and copy its address from your browser. Leave the field empty if you use SAP Build Process Automation on SAP Build Work Zone, standard edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s tc.task.ui.url is the address of My Inbox with inbox.html replaced by taskui.html. SAP says it is not needed if you use SAP Build Process Automation on SAP Build Work Zone, standard edition, and that custom themes are not supported for showing task UIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination to SAP Build Process Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide for the same subaccount lists each property of this destination; the wizard writes them as its table says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide for a different subaccount lists each property of this destination; the wizard writes them as its table says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication server of SAP Build Process Automation does not accept the client ID or secret. Copy uaa &gt; clientid and uaa &gt; clientsecret again from the service key of the SAP Build Process Automation instance and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Client Key, Token Service User and Token Service Password are uaa &gt; clientid and uaa &gt; clientsecret of one SAP Build Process Automation service key, and that the Audience and Token Service URL belong to the subaccount of SAP Build Process Automation. For another subaccount, check the trust between the subaccounts or the dependency in SAP Cloud Identity Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Build Process Automation. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Build Process Automation system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s automatic setup creates the sample destinations SAPBuildPA (same subaccount) and SAPBuildPA_rem (another subaccount) without tc.enabled, which SAP Task Center needs. Keep the sample&apos;s name here to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard does not set tc.notifications.enabled. SAP recommends leaving it false when SAP Build Process Automation sends its own notifications through the destination Alert_Notification_Connectivity_ANS; otherwise users may be notified twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks from UiPath Action Center: one destination with the OAuth client UiPath gives you, after connecting UiPath to a new SAP Task Center service instance so that it pushes task updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task SPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Task SPI address UiPath&apos;s guide gives you for SAP Task Center. It becomes the destination&apos;s URL, and SAP Task Center reads UiPath&apos;s tasks there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the Service URL (it ends in orchestrator_), which belongs in the last field of this page. The Task SPI is the other address UiPath gives you; in SAP&apos;s example it ends in /orchestrator/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client Id UiPath gives you for SAP Task Center. The destination uses it as Client ID and as Token Service User.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client Secret that belongs to the client ID. The destination uses it as Client Secret and as Token Service Password. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Token Service URL UiPath gives you: where SAP Task Center fetches its token with the client ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SAP&apos;s example, UiPath&apos;s Token Service URL ends in /identity_/connect/token. Check that you copied the Token Service URL and not another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service URL (URL.headers.ServiceUrl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value UiPath&apos;s guide lists as URL.headers.ServiceUrl. SAP&apos;s guide puts it into the destination property URL.headers.X-ApplicationKey, which SAP Task Center sends with every call to the Task SPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the Task SPI, which belongs in the first field of this page. The Service URL is the other address UiPath gives you; in SAP&apos;s example it ends in /orchestrator_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare SAP Task Center for UiPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next pages use what they give you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center needs to know UiPath&apos;s users, and UiPath needs an SAP Task Center service instance of its own to push task updates to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center reads UiPath&apos;s tasks through the destination this wizard writes, and UiPath pushes changes to a separate SAP Task Center service instance. Both need the users in SAP Cloud Identity Services, set up as SAP&apos;s Third-Party Scenarios describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial setup of SAP Task Center is complete, and you have followed the &lt;b&gt;Third-Party Scenarios&lt;/b&gt; of SAP Cloud Identity Services for UiPath&apos;s users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have created a &lt;b&gt;new SAP Task Center service instance&lt;/b&gt; for UiPath&apos;s task updates, and a &lt;b&gt;service key&lt;/b&gt; for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP BTP cockpit: your space &gt; Service Marketplace &gt; SAP Task Center &gt; Create; then the new instance &gt; Service Keys &gt; Create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service key for UiPath&apos;s task updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the service key of the new service instance you created for UiPath, not the key of another instance: UiPath pushes its task updates with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UiPath needs the key&apos;s endpoints.inbox_rest_url, uaa.url, uaa.clientid and uaa.clientsecret; the destination needs its uaa.clientid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s client secret goes into UiPath and is kept in this computer&apos;s keychain, never in a file. The key&apos;s uaa.clientid also becomes the destination&apos;s tc.clientId, which tells SAP Task Center that UiPath pushes its updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect UiPath Action Center to SAP Task Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In UiPath: enable the push of task updates, and copy the values UiPath gives you for the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow UiPath&apos;s guide &lt;b&gt;Connecting SAP Task Center to UiPath Action Center&lt;/b&gt;, section &lt;b&gt;Enabling the push of task updates&lt;/b&gt;. Where it asks for SAP Task Center&apos;s values, enter those below. Then copy the values it gives you for the destination into the fields under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks you to enable UiPath&apos;s pushed updates before you create the destination: with tc.clientId set and no updates pushed, tasks may not arrive from UiPath. UNCONFIRMED: the names UiPath&apos;s screens use for these values; SAP&apos;s guide names them as shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s values for UiPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the service key of the new service instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox REST URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints &gt; inbox_rest_url of the service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uaa &gt; url of the service key, as SAP&apos;s guide lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uaa &gt; clientid of the service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uaa &gt; clientsecret of the service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UiPath&apos;s values for the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UiPath&apos;s guide gives you these five values: Task SPI, Client Id, Client Secret, Token Service URL and URL.headers.ServiceUrl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination to UiPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One destination, as SAP&apos;s guide lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center fetches a token with UiPath&apos;s client ID and secret, with the scope OR.Tasks, and reads the tasks of UiPath Action Center with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UiPath does not grant the scope OR.Tasks to this client. Check in UiPath that the client UiPath gave you for SAP Task Center has the scope OR.Tasks, and that the destination&apos;s tokenService.body.scope is OR.Tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UiPath does not accept the client ID or secret. Copy the Client Id and Client Secret again from what UiPath gave you for SAP Task Center, and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Token Service URL, Client Id and Client Secret are the ones UiPath gave you for SAP Task Center, and that the client still exists in UiPath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one destination for each UiPath system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tc.clientId is the uaa.clientid of the service key you opened. SAP says to set it only once UiPath pushes task updates to SAP Task Center; without them, tasks may not arrive from UiPath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide names this property URL.headers.X-ApplicationKey and fills it with the value UiPath calls URL.headers.ServiceUrl, an address. The wizard writes it as SAP&apos;s table says. UNCONFIRMED: whether UiPath&apos;s guide expects a header of another name; if SAP Task Center&apos;s monitoring reports errors for UiPath, compare the header with UiPath&apos;s guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center shows the translatable texts of UiPath&apos;s tasks and task definitions in English only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks from SAP Build Work Zone, advanced edition or SAP SuccessFactors Work Zone in the same subaccount as SAP Task Center: one destination, the same for both products, with the values Work Zone gives for its integration with SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API endpoint Work Zone shows for its integration with SAP Task Center. The wizard appends /api/v2 to it for the destination&apos;s URL, as SAP&apos;s guide says; if you paste an address that already ends with /api/v2, it is used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the Token Service URL. The API endpoint is probably %1: check it in Work Zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Audience Work Zone shows for its integration with SAP Task Center. Copy it exactly, with the / at the end if Work Zone shows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client Key Work Zone shows for its integration with SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Token Service URL Work Zone shows for its integration with SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Service User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Token Service User Work Zone shows for its integration with SAP Task Center. In SAP&apos;s example it is the same as the Client Key, so the field is filled with the Client Key: change it if Work Zone shows another value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Service Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Token Service Password Work Zone shows for its integration with SAP Task Center. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare Work Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same steps serve SAP Build Work Zone, advanced edition and SAP SuccessFactors Work Zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Build Work Zone, advanced edition or SAP SuccessFactors Work Zone for each user who is logged on, with the values Work Zone gives when you set up its integration with SAP Task Center. SAP&apos;s guide covers a Work Zone instance in the same subaccount as SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Work Zone, you have done the steps of &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; and have its values at hand: API endpoint, Audience, Client Key, Token Service URL, Token Service User and Token Service Password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Build Work Zone, advanced edition: Integration with SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Work Zone instance is in &lt;b&gt;this subaccount&lt;/b&gt;, the one of SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP BTP cockpit of this subaccount: Services &gt; Instances and Subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &lt;b&gt;one&lt;/b&gt; of the two products is connected to SAP Task Center in this subaccount: SAP does not support SAP Build Work Zone, advanced edition and SAP SuccessFactors Work Zone as task providers in the same subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Zone&apos;s values for SAP Task Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches Work Zone, and where it gets each user&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the values Work Zone gave you in &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;. Copy each one exactly as Work Zone shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide takes the destination&apos;s URL from the API endpoint (followed by /api/v2) and every other value as Work Zone gives it. Where Work Zone shows these values is described in Work Zone&apos;s own guide, Integration with SAP Task Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination to Work Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guide lists each property of this destination; the wizard writes them as the table says, for either product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Audience, Client Key, Token Service URL, Token Service User and Token Service Password are still the values Work Zone shows for its integration with SAP Task Center, and that users log on to SAP Task Center and Work Zone through the same Identity Authentication tenant (SAP BTP Integration Scenario).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches Work Zone. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only one destination for each Work Zone system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a different subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In another subaccount, with SAML trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In another subaccount, with an Identity Authentication dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound.p12 is the file S/4HANA Cloud uses to reach SAP Task Center (made from the service key with certificate). The destination needs the other key store, the one SAP&apos;s guide calls inbound.p12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Service Key Store Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID of the service key with certificate (uaa.clientid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uaa &gt; clientid of the service key with certificate you created for the dedicated SAP Task Center instance. It becomes the destination&apos;s tc.clientId, which lets S/4HANA Cloud push task updates to SAP Task Center. SAP says to set it only once you have completed Integrating SAP Task Center in S/4HANA Cloud; otherwise tasks may not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand, with certificates instead of a password (mTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this when SAP Task Center should get its tokens from S/4HANA Cloud with a client certificate (mTLS) instead of a communication user&apos;s password, as SAP&apos;s section &quot;Connect SAP S/4HANA Cloud Public Edition and SAP Task Center Using mTLS&quot; describes. You need a service key with a certificate for a dedicated SAP Task Center instance, and a .p12 key store with its password. You set up the communication system and arrangement in S/4HANA Cloud with these certificates, and the wizard writes the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining steps for S/4HANA Cloud with mTLS&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Check the connection&lt;/b&gt; with the &lt;b&gt;monitoring&lt;/b&gt; of SAP Task Center: SAP says Check Connection in the destination may not tell whether SAP Task Center reaches SAP S/4HANA Cloud.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The Task Center app for your users:&lt;/b&gt; in the launchpad your users open (SAP Build Work Zone or another central entry point), create a &lt;b&gt;Task Center&lt;/b&gt; tile and activate the site&apos;s languages, as SAP&apos;s guide &quot;Create a Task Center Tile&quot; says. It uses the destination &lt;i&gt;Task_Center&lt;/i&gt; of this subaccount.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users in S/4HANA Cloud:&lt;/b&gt; each approver&apos;s business user needs a &lt;b&gt;Global User ID&lt;/b&gt; equal to the &lt;b&gt;User UUID&lt;/b&gt; of the same user in SAP Cloud Identity Services (copy it by hand to try it out, or replicate the users with Identity Provisioning, communication scenario SAP_COM_0193). Without it, the tasks reach SAP Task Center but appear in nobody&apos;s list.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Certificates expire:&lt;/b&gt; the certificate of the service key, which outbound.p12 holds, is valid for at most one year (SAP). Note when it and the certificate of inbound.p12 expire.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a service key with a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dedicated SAP Task Center instance whose service key has a certificate, and the file outbound.p12 made from it for S/4HANA Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this subaccount, where your SAP Task Center instance was created, create a dedicated SAP Task Center service instance and a service key &lt;b&gt;with certificate&lt;/b&gt; for it. Then make outbound.p12 from the key, as below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/4HANA Cloud pushes task updates to SAP Task Center with the certificate of this key instead of a client secret. SAP&apos;s guide &quot;Create a Service Instance Using the SAP BTP Cockpit&quot; gives the parameters below; the certificate is valid for at most one year. The wizard does not read this key: you copy its client ID on a later page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service key with certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Instances&lt;/b&gt; page, open the &lt;b&gt;Actions&lt;/b&gt; menu of the new instance, choose &lt;b&gt;Create Service Key&lt;/b&gt;, enter a name and these parameters in JSON format, and choose &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s sample: a certificate valid for one year, the longest SAP allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound.p12 for S/4HANA Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the JSON of the service key. Copy the value of &lt;b&gt;uaa &amp;gt; certificate&lt;/b&gt;, without the quotation marks, into a new text file, and append the value of &lt;b&gt;uaa &amp;gt; key&lt;/b&gt;, without the quotation marks. Replace every \n with a line feed: the file then holds the certificates (BEGIN CERTIFICATE … END CERTIFICATE) followed by the private key (BEGIN RSA PRIVATE KEY … END RSA PRIVATE KEY). Save it as outbound.p12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s name for it: S/4HANA Cloud uses it to reach SAP Task Center (Users for Outbound Communication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store for S/4HANA Cloud&apos;s token service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .p12 file with the certificate SAP Task Center gets its tokens from S/4HANA Cloud with (SAP calls it inbound.p12), and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination names this key store in tokenService.KeyStoreLocation and unlocks it with tokenService.KeyStorePassword (the cockpit&apos;s Token Service Key Store Location and Token Service Key Store Password). SAP&apos;s guide also asks you to select Use mTLS for token retrieval. UNCONFIRMED: SAP names no property for that checkbox; SAP BTP Connectivity says the Destination service uses mTLS towards the token service whenever tokenService.KeyStoreLocation is set, so the wizard writes only that property. If the cockpit shows the checkbox cleared, select it and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrate SAP Task Center in S/4HANA Cloud using mTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communication system with both certificates, the communication arrangement, and the values it gives back for the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SAP S/4HANA Cloud, perform the steps of &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: use inbound.p12 for the communication system&apos;s &lt;b&gt;Users for Inbound Communication&lt;/b&gt; and outbound.p12 for its &lt;b&gt;Users for Outbound Communication&lt;/b&gt;, and create the communication arrangement as &lt;b&gt;Create a Communication Arrangement Using mTLS&lt;/b&gt; describes. Then enter the values below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s mTLS section asks you to download the subaccount&apos;s trust certificate and then to follow Integrating SAP Task Center in SAP S/4HANA Cloud&apos;s documentation; it names the values the destination needs, which this page asks for. SAP&apos;s page on credentials rotation says S/4HANA Cloud&apos;s communication system holds the trust certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNCONFIRMED for mTLS: SAP&apos;s mTLS section does not list the communication system&apos;s fields. SAP&apos;s sample sets the values below on the way with a password; use them unless Integrating SAP Task Center says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP: use this key store (inbound.p12) when you set up Users for Inbound Communication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users for Outbound Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP: use outbound.p12, made from the service key with certificate, when you set up Users for Outbound Communication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these from the saved arrangement: the service URL of its inbound service, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL. Then the uaa &amp;gt; clientid of the service key with certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service cannot use the key store for S/4HANA Cloud&apos;s token service. Check that the file is uploaded to this subaccount&apos;s destination certificates under exactly the name in tokenService.KeyStoreLocation, including its extension, that tokenService.KeyStorePassword is its password, and that S/4HANA Cloud&apos;s communication system accepts its certificate (Users for Inbound Communication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store (.p12 file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store (.p12) with the client certificate for SAP Cloud for Customer. The primary destination names it by its file name in KeyStoreLocation. SAP&apos;s guide uses c4c.p12 as an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store&apos;s file name must end in .p12, .pfx or .jks and hold only letters, digits, dots, _ and - (for example c4c.p12): the subaccount lists it under that name. Rename the file if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the .p12 certificate you already have for SAP Cloud for Customer (its guide &quot;Using Client Certificate Authentication&quot; explains how to extract it): choose the file on this computer, and when the wizard writes the destinations into the subaccount, it uploads the file to the subaccount&apos;s destination certificates under its file name. If you generated the key store under the subaccount&apos;s destination certificates instead, enter its name as the list shows it. When you save the destinations as files for the cockpit instead, upload the key store yourself under Connectivity &amp;gt; Destination Certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary destination names the key store by its file name (KeyStoreLocation) and unlocks it with its password (KeyStorePassword). The Destination service finds the file only among this subaccount&apos;s destination certificates under exactly that name: the wizard uploads the file you choose there before it writes the destinations, and does not write them when it cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Service Key Store (.p12 file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store (.p12) with the client certificate SAP Task Center gets its tokens from S/4HANA Cloud with; SAP&apos;s guide calls it inbound.p12. The destination names it by its file name in tokenService.KeyStoreLocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store&apos;s file name must end in .p12, .pfx or .jks and hold only letters, digits, dots, _ and - (for example inbound.p12): the subaccount lists it under that name. Rename the file if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the .p12 file on this computer: when the wizard writes the destination into the subaccount, it uploads the file to the subaccount&apos;s destination certificates under its file name. If you generated the key store under the subaccount&apos;s destination certificates instead, enter its name as the list shows it; S/4HANA Cloud needs the file too, so download it with the Destination service REST API, as SAP&apos;s guide &quot;Use Destination Certificates&quot; says. When you save the destination as files for the cockpit instead, upload the key store yourself under Connectivity &amp;gt; Destination Certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the dedicated SAP Task Center instance: the communication arrangement takes its address and OAuth client, the destination its client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP asks for a dedicated SAP Task Center service instance in this subaccount for S/4HANA Cloud. Its key gives the communication arrangement SAP Task Center&apos;s address, OAuth client and client secret, and the destination names its client ID in tc.clientId, which lets S/4HANA Cloud push task updates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderTypeMissing</name>
    <message>
        <source>%1 has no tc.provider_type: SAP Task Center cannot tell which task provider it reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tc.provider_type with the value SAP&apos;s guide for the provider gives (%1, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tc.provider_type with the value %1, as on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationsAuthentication</name>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP&apos;s guide for Intelligent Recommendations asks for OAuth2ClientCredentials with the client of SAP Build Process Automation&apos;s service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Authentication to OAuth2ClientCredentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationsDynamicDestination</name>
    <message>
        <source>%1 lacks HTML5.DynamicDestination=true, which SAP&apos;s guide for Intelligent Recommendations asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the property HTML5.DynamicDestination with the value true.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationsPrimaryMissing</name>
    <message>
        <source>%1 looks like an Intelligent Recommendations destination, but there is no primary destination %2: SAP Task Center finds it by the primary&apos;s name followed by _AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to the name of its SAP Build Process Automation primary destination followed by _AI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationsTcEnabled</name>
    <message>
        <source>%1 is the Intelligent Recommendations destination, not a task provider, but it carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationsUrlOutdated</name>
    <message>
        <source>The URL of %1 is &quot;%2&quot;. Since July 2025 SAP&apos;s guide asks for SAP Build Process Automation&apos;s API endpoint followed by %3; a destination made before must be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the URL to the endpoints &gt; api value of the service key followed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the URL to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check what will change, then choose Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination or property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in the subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Choose &quot;Read again&quot; when the problem is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subaccount already has a primary destination to the same system: %1. Two primary destinations to one system give every user each task twice. After applying, delete the old one in the SAP BTP cockpit (or set its tc.enabled to false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>will be updated (%n change(s))</source>
        <translation>
            <numerusform>will be updated (%n change)</numerusform>
            <numerusform>will be updated (%n changes)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged. Choose Apply to write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep the existing destinations as they are, go Back to the primary destination step and choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard compares the destinations with what &quot;%1&quot; holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds the destinations exactly like this. Applying writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying replaces a connection to another system: %1. Whatever uses it today stops working. To keep it, go Back to the primary destination step and choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I mean to replace &amp;it with this setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply is possible once the subaccount has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key store file on this computer (go Back to its step) to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick that you mean to replace what is named above to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key store %1 (also named by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying replaces %1 with the file you chose: those destinations then authenticate with its certificate. To keep the key store, give your file another name and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists, another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: nothing to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also named by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Back to the key store&apos;s step and choose the file; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key store(s) go to the subaccount&apos;s destination certificates first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleValue</name>
    <message>
        <source>%1 of %2 still holds a sample value from a booster template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 still holds the sample value &quot;%3&quot; from a booster template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the real value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxSubaccount</name>
    <message>
        <source>The demo landscape is missing from the program&apos;s resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into the sandbox&apos;s data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s token signing key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxTrust</name>
    <message>
        <source>Cannot write the trust certificate into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondaryMissing</name>
    <message>
        <source>%1 has no secondary destination %2, so users cannot act on their %3 tasks in SAP Task Center (principal propagation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1 with the wizard (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondaryTcEnabled</name>
    <message>
        <source>%1 is a secondary destination (principal propagation) but carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondaryWithoutPrimary</name>
    <message>
        <source>%1 is a secondary destination, but its primary destination %2 does not exist. SAP Task Center finds secondaries only by their primary&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename it to &lt;primary name&gt;_PP of an existing primary, or create the primary %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved in the keychain for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer (the system&apos;s secret storage is locked or not running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer. It may be waiting for you to unlock it in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can continue: the secrets (keys, passwords) are then kept only until you close the program, and you enter them again next time. To keep them, unlock or start your desktop&apos;s keyring and restart the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can continue; the secrets (keys, passwords) are then kept only until you close the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsNotChecked</name>
    <message>
        <source>%1: %2 not checked, because %3 does not show secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the destination in the subaccount itself to have them tested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDestinationTcEnabled</name>
    <message>
        <source>%1 is one of SAP Task Center&apos;s own destinations, not a task provider, but it carries tc.enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1 in the SAP BTP cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceKey</name>
    <message>
        <source>The field %1 is missing. Copy the whole key again from the cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is empty or not text. Copy the whole key again from the cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceKeyPage</name>
    <message>
        <source>&amp;Open service key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service keys (*.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{
  &quot;endpoints&quot;: { &quot;inbox_rest_url&quot;: &quot;…&quot; },
  &quot;uaa&quot;: { … }
}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center service key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choose the &lt;b&gt;SAP Task Center&lt;/b&gt; instance, and under &lt;b&gt;Service Keys&lt;/b&gt; open a key (create one if there is none). Download it, or copy its JSON text and paste it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox REST URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication URL (uaa.url):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present (kept in the keychain, never in a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed for %1, so not kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceKeyText</name>
    <message>
        <source>The service key is empty. In the SAP BTP cockpit, open the %1 instance, choose its service key and copy the whole JSON text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key is cut off: its closing } is missing. Copy the whole key again, from the first { to the last }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a service key: a service key is JSON text that starts with { and ends with }. Copy the whole key from the cockpit (Credentials &gt; JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key is cut off: it ends before its last } (line %1, column %2). Copy the whole key again, from the first { to the last }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key has a mistake at line %1, column %2 (%3). Look there for a comma too many or missing, or a missing quote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupChecks</name>
    <message>
        <source>Open or paste the subaccount&apos;s trust certificate to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or paste the SAP Task Center service key to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 still holds the template value &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tick each step once you have done it (%n left).</source>
        <translation type="unfinished">
            <numerusform>Tick each step once you have done it (%n left).</numerusform>
            <numerusform>Tick each step once you have done it (%n left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupFile</name>
    <message>
        <source>%1: not valid JSON (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a setup file is a JSON object ({...}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;provider&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; is not a value of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; is a secret; secrets belong in a secrets file or the keychain, never in the setup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;serviceKeyFile&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;trustCertificateFile&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;properties.%2&quot;: %3 has no destination of that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;properties.%2.%3&quot; cannot be changed: SAP Task Center requires it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;path&quot;: %2 has only one way to set it up; leave &quot;path&quot; out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;path&quot; must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;checked&quot;: &quot;%2&quot; is not a checklist item of %3 (&quot;step/item&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; gives %2, which the way &quot;%3&quot; does not use, and no &quot;path&quot; chooses another way, so nothing of them would be written. Add %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;path&quot; that uses them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;serviceKey&quot; must be the service key&apos;s JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;serviceKey&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key file %1 that the setup names is not there any more. Open or paste the service key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;trustCertificate&quot; must be the certificate as PEM text: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust certificate file %1 that the setup names is not there any more. Open the certificate again, or get it from the subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;provider&quot; is missing: add the id of a task provider (taskcenter-connect providers lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;setupId&quot; names this setup&apos;s keychain entries: letters, digits and &quot;-&quot; (at most 64), as the wizard wrote it. Leave it as it is, or take it out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupFlow</name>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subaccount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo subaccount keeps no secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not give them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds none of these for this setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (keys, client secrets, passwords) will be kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are not in it, and the demo subaccount keeps none: you enter them again when you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are not in it, and this computer has no keychain to keep them: you enter them again when you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are not in it; they are kept in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupModel</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; hold the same value. Each has its own; copy each from its own place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupSecrets</name>
    <message>
        <source>The saved secrets were read from this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets are kept in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Task Center Connect is open already; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Center Connect is open already (process %1), but its window did not answer. Switch to it, or close it and start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceInput</name>
    <message>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or &amp;paste it here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text was read; it is no longer shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceUnreadable</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file; the other files were checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2, current: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2, done: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubaccountChoice</name>
    <message>
        <source>The demo subaccount runs on this computer only. It already holds a few task providers, some set up correctly and some with common mistakes. Nothing you do here reaches SAP BTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; is not in this computer&apos;s keychain. Add the subaccount again with its Destination service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destinations will be written into &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the current check has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Destination service key file, or paste the key&apos;s text into the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the subaccount for a token with this key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works. No keychain is available, so &quot;%1&quot; is used until you close the wizard and not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works. Saving it in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works, but it could not be saved: %1 &quot;%2&quot; is used until you close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works. &quot;%1&quot; is saved; its client secret is in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubaccountConnection</name>
    <message>
        <source>Demo subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program was built without the demo subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubaccountPage</name>
    <message>
        <source>Into the &amp;demo subaccount on this computer (for demos and trying it out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only into &amp;files, to import in the SAP BTP cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add subaccount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open service key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service keys (*.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{
  &quot;clientid&quot;: &quot;…&quot;,
  &quot;clientsecret&quot;: &quot;…&quot;,
  &quot;url&quot;: &quot;https://…authentication…&quot;,
  &quot;uri&quot;: &quot;https://destination-configuration…&quot;
}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the destinations go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this subaccount and its client secret on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production EU10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need a key of the subaccount&apos;s &lt;b&gt;Destination service&lt;/b&gt; instance: in the SAP BTP cockpit open &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choose the &lt;b&gt;Destination&lt;/b&gt; instance (plan &lt;i&gt;lite&lt;/i&gt;; create one if there is none) and open or create a key under &lt;b&gt;Service Keys&lt;/b&gt;. Open the downloaded file or paste its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the subaccount &quot;%1&quot; on this computer? Its destinations stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subaccount saved yet: add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo subaccount could not be started. Choose a subaccount or files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key looks right. Choose &quot;Test and save&quot; to check it with the subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard can write the destinations straight into your SAP BTP subaccount, or into files that you import in the cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a s&amp;ubaccount, over the Destination service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the subaccount has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subaccount with its Destination service key to continue, or choose the demo subaccount or files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved subaccount to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the destinations go to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubaccountProfiles</name>
    <message>
        <source>Give the subaccount a name you will recognise, e.g. &quot;Production EU10&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subaccount named &quot;%1&quot; already exists. Choose another name, or pick the existing one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemUserDeprecated</name>
    <message>
        <source>%1 uses SystemUser. SAP announced in the Destination service&apos;s documentation (note of 2026-03-18) that SystemUser would be removed by the end of September 2026; SAP Task Center&apos;s guide for %2 still lists it for the primary destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection. A token error &quot;Cannot determine user to propagate&quot; means this subaccount no longer honours SystemUser: check SAP Task Center&apos;s guide for %1 for what replaces it. Other token errors point elsewhere: the certificate the provider holds must be the subaccount&apos;s current one, and the technical user must exist in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCenterServiceKey</name>
    <message>
        <source>This is the key of a Destination service instance, not of SAP Task Center. Open the SAP Task Center instance (service one-inbox-service) and use its service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field uaa is missing, so this is not an SAP Task Center service key. Use the key of the SAP Task Center instance (service one-inbox-service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field endpoints.inbox_rest_url is missing. This key may belong to another service; use the key of the SAP Task Center instance (service one-inbox-service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field uaa.clientsecret is missing: this key uses an X.509 certificate instead. Create a service key without the x509 parameter, so it has a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field uaa.clientsecret is missing. Copy the whole key again from the cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Copy the whole key again from the cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Center</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcEnabledFalse</name>
    <message>
        <source>%1 is paused (tc.enabled is false): its tasks are hidden and not updated. SAP Task Center sets it to false by itself when it gets no token for an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix its authentication first (Test connection), then set tc.enabled to true.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcEnabledMissing</name>
    <message>
        <source>%1 has no tc.enabled property, so SAP Task Center does not read its tasks (booster samples lack it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the property tc.enabled with the value true.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcEnabledValue</name>
    <message>
        <source>tc.enabled of %1 is &quot;%2&quot;; SAP Task Center accepts only true (or false to pause), and puts the connector in Warning otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tc.enabled to exactly true (lower case).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenChecks</name>
    <message>
        <source>The token of %1 could not be tested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again when the subaccount answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This subaccount no longer honours SystemUser (the Destination service announced its removal by end of September 2026). Follow SAP Task Center&apos;s current guide for technical-user access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more thing to try, not confirmed by SAP for this provider: the Destination service encodes SAML assertions as base64url since June 2026; the property samlAssertionEncoding=base64 restores the former encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Destination service could not fetch a token with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the destination&apos;s credentials in the provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustCertificate</name>
    <message>
        <source>Export the trust certificate from the SAP BTP cockpit: Connectivity &gt; Destination Trust &gt; Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is empty. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holds a private key, not a certificate. Never share a private key. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is cut off: its END CERTIFICATE line is missing. Copy or export it again, completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a different kind of file (a public key or a certificate request), not the trust certificate. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a certificate. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is incomplete: part of it is missing. Copy or export it again, completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate is valid for %n more day(s).</source>
        <translation>
            <numerusform>The certificate is valid for %n more day.</numerusform>
            <numerusform>The certificate is valid for %n more days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1. Renew it soon in the SAP BTP cockpit (Connectivity &gt; Destination Trust &gt; Rotate, so nothing stops), then update it in every task provider; until then tasks keep working.</source>
        <translation>
            <numerusform>The certificate expires in %n day, on %1. Renew it soon in the SAP BTP cockpit (Connectivity &gt; Destination Trust &gt; Rotate, so nothing stops), then update it in every task provider; until then tasks keep working.</numerusform>
            <numerusform>The certificate expires in %n days, on %1. Renew it soon in the SAP BTP cockpit (Connectivity &gt; Destination Trust &gt; Rotate, so nothing stops), then update it in every task provider; until then tasks keep working.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate expired on %1. SAP Task Center cannot read or update tasks with it. Renew it in the SAP BTP cockpit (Connectivity &gt; Destination Trust), export the new one and open it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid before %1. Check the date and time of this computer, or export the active certificate again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustCertificatePage</name>
    <message>
        <source>&amp;Open certificate file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----
…
-----END CERTIFICATE-----</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust certificate of your subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose &lt;b&gt;Connectivity &amp;gt; Destination Trust&lt;/b&gt; and &lt;b&gt;Export&lt;/b&gt; the active certificate. (Older guides call this &lt;i&gt;Destinations &amp;gt; Download Trust&lt;/i&gt;; SAP moved it in November 2025.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Get it from the subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the active trust certificate of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the trust certificate of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificate was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the current trust certificate of &quot;%1&quot; (its SHA-256 is %2). A provider given this one holds a certificate the subaccount does not sign with, and its tokens fail. Choose &quot;Get it from the subaccount&quot; to use the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1, %2 left</source>
        <extracomment>%1 is a date, %2 a number of days (&quot;412 days&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the subaccount &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustExpired</name>
    <message>
        <source>Task updates stop for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate under Connectivity &gt; Destination Trust, then give the new one to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustExpiring</name>
    <message>
        <source>These need the new certificate: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate rather than renew: generate a passive certificate under Connectivity &gt; Destination Trust, give it to %1, then rotate. Renewing the active one stops task updates until every provider has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustMismatch</name>
    <message>
        <source>The certificate the provider holds (SHA-256 %1) is not the subaccount&apos;s current trust certificate (SHA-256 %2), so the provider rejects the subaccount&apos;s assertions. This is what happens when the subaccount&apos;s certificate was renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current certificate under Connectivity &gt; Destination Trust and give it to the provider again, where its guide says to upload it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustNotCompared</name>
    <message>
        <source>The certificate the provider holds was not compared: the subaccount&apos;s current trust certificate could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the subaccount has a trust certificate (Connectivity &gt; Destination Trust), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustRotation</name>
    <message>
        <source>Asking for a token with each destination, signed with the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating back: a provider does not accept the new certificate yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustRules</name>
    <message>
        <source>every task provider that trusts this subaccount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) checked: </source>
        <translation>
            <numerusform>%n destination checked: </numerusform>
            <numerusform>%n destinations checked: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center configuration check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Center&apos;s own destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task provider destinations were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Task Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads the tasks through each primary destination; users act on them through its secondary destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: the file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: this program was started without its fonts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subaccount ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueDerivation</name>
    <message>
        <source>&quot;take&quot; has a &quot;match&quot; that is not a valid regular expression with a &quot;value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;take&quot; is &quot;%1&quot;; it takes &quot;origin&quot;, &quot;query:&lt;name&gt;&quot; or {&quot;match&quot;, &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>%1 (derived):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(appears when the value above is complete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Continue a saved setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a setup file saved with &quot;Save progress&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;demo subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the whole setup against a subaccount simulated on this computer: nothing reaches SAP BTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a task provider to SAP Task Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard walks you through SAP&apos;s documented steps and writes the destinations they need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an e&amp;xisting configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check destinations that exist already, in a subaccount or in exported files, and see what is wrong and how to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue where you left off (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup you were working on when the wizard was last closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard speaks %1 from its next start. Restart now to see it at once; the setup so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will set up these destinations in the subaccount where SAP Task Center runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have at hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP&apos;s guides for these steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the SAP BTP cockpit of the subaccount where SAP Task Center runs,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator access to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. SAP&apos;s guide is at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardApplication</name>
    <message>
        <source>Task Center Connect wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window, e.g. de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the setup saved in FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard needs a screen, and this session has none (no DISPLAY or WAYLAND_DISPLAY). Start it on a desktop or with ssh -X, or use the commands that need no window: taskcenter-connect --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;taskcenter-connect --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
