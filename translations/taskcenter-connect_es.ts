<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApplyPage</name>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>ya está actualizado</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>Replace the destination in the subaccount with the one from this wizard</source>
        <translation>Sustituir el destino de la subcuenta por el de este asistente</translation>
    </message>
    <message>
        <source>Writing into &quot;%1&quot;…</source>
        <translation>Escribiendo en «%1»…</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>no escrito</translation>
    </message>
    <message>
        <source>exists with other values</source>
        <translation>existe con otros valores</translation>
    </message>
    <message>
        <source>Someone created a destination of this name after the review. Choose Overwrite to replace it with the wizard&apos;s values, or keep it as it is and finish.</source>
        <translation>Alguien ha creado un destino con este nombre después de la revisión. Elija «Sobrescribir» para sustituirlo por los valores del asistente, o déjelo como está y finalice.</translation>
    </message>
    <message>
        <source>Skipped because the destination before it was not written.</source>
        <translation>Omitido porque el destino anterior no se ha escrito.</translation>
    </message>
    <message>
        <source>%1 exists in the subaccount</source>
        <translation>%1 existe en la subcuenta</translation>
    </message>
    <message>
        <source>%1 does not exist in the subaccount</source>
        <translation>%1 no existe en la subcuenta</translation>
    </message>
    <message>
        <source>Not everything was written: %1. Retry, or finish and import the files instead.</source>
        <translation>No se ha escrito todo: %1. Vuelva a intentarlo, o finalice e importe los archivos en su lugar.</translation>
    </message>
    <message>
        <source>Asking the Destination service for a token with &quot;%1&quot;…</source>
        <translation>Solicitando un token al Destination service con «%1»…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop writing; the summary then says which destinations exist</source>
        <translation>Detener la escritura; el resumen indicará entonces qué destinos existen</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <source>&amp;Create under this name</source>
        <translation>&amp;Crear con este nombre</translation>
    </message>
    <message>
        <source>New name of the primary &amp;destination:</source>
        <translation>Nuevo nombre del &amp;destino principal:</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Ca&amp;mbiar nombre…</translation>
    </message>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>Leyendo los destinos de «%1»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Each primary destination first, then the destinations that belong to it.</source>
        <translation>Primero cada destino principal y después los destinos que le pertenecen.</translation>
    </message>
    <message>
        <source>Keep the existing destination and create ours under another name</source>
        <translation>Conservar el destino existente y crear el nuestro con otro nombre</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;. Test the connection now, or finish.</source>
        <translation>Los destinos están en «%1». Pruebe ahora la conexión o finalice.</translation>
    </message>
    <message>
        <source>Ask the Destination service for a token with the primary destination, as SAP Task Center does</source>
        <translation>Solicitar un token al Destination service con el destino principal, como hace SAP Task Center</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;.</source>
        <translation>Los destinos están en «%1».</translation>
    </message>
    <message>
        <source>%1 may exist in the subaccount (its answer was lost)</source>
        <translation>Es posible que %1 exista en la subcuenta (se ha perdido su respuesta)</translation>
    </message>
    <message>
        <source>Someone changed this destination in the subaccount after the review. Choose Overwrite to replace it with the wizard&apos;s values, or keep it as it is and finish.</source>
        <translation>Alguien ha modificado este destino en la subcuenta después de la revisión. Elija «Sobrescribir» para sustituirlo por los valores del asistente, o déjelo como está y finalice.</translation>
    </message>
    <message>
        <source>Write into the subaccount</source>
        <translation>Escribir en la subcuenta</translation>
    </message>
</context>
<context>
    <name>ApplySession</name>
    <message>
        <source>No subaccount is chosen: the destinations go into files only.</source>
        <translation>No se ha elegido ninguna subcuenta: los destinos solo se escriben en archivos.</translation>
    </message>
    <message>
        <source>Reading the subaccount was stopped.</source>
        <translation>Se ha detenido la lectura de la subcuenta.</translation>
    </message>
    <message>
        <source>The destinations cannot be renamed now.</source>
        <translation>Ahora no se puede cambiar el nombre de los destinos.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Se ha cancelado la prueba.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: the Destination service fetched a token with it, as SAP Task Center will.</source>
        <translation>«%1» funciona: el Destination service ha obtenido un token con él, como lo hará SAP Task Center.</translation>
    </message>
    <message>
        <source>%1 now connects %2</source>
        <translation>%1 conecta ahora con %2</translation>
    </message>
    <message>
        <source>The trust certificate this setup used (SHA-256 %1) is not the subaccount&apos;s current one (SHA-256 %2): the provider holds a certificate this subaccount does not sign with. Get the current one on the trust certificate step and give it to the provider again.</source>
        <translation>El certificado de confianza que usó esta configuración (SHA-256 %1) no es el actual de la subcuenta (SHA-256 %2): el proveedor tiene un certificado con el que esta subcuenta no firma. Obtenga el actual en el paso «Certificado de confianza» y vuelva a entregárselo al proveedor.</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation>El archivo %1 no existe. Compruebe el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>%1 is not a file (it is a folder, a device or a pipe). Choose the file itself.</source>
        <translation>%1 no es un archivo (es una carpeta, un dispositivo o una tubería). Elija el propio archivo.</translation>
    </message>
    <message>
        <source>%1 is too large (%2) for what it should hold (at most %3). Check that it is the right file.</source>
        <translation>%1 es demasiado grande (%2) para lo que debe contener (como máximo %3). Compruebe que es el archivo correcto.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check that you may open it.</source>
        <translation>No se puede leer el archivo %1 (%2). Compruebe que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is too large for what it should hold (at most %2). Check that it is the right file.</source>
        <translation>%1 es demasiado grande para lo que debe contener (como máximo %2). Compruebe que es el archivo correcto.</translation>
    </message>
</context>
<context>
    <name>CheckReportPage</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>The worst first. Choose a finding to read how to fix it and where SAP documents it.</source>
        <translation>Los más graves primero. Elija un hallazgo para leer cómo corregirlo y dónde lo documenta SAP.</translation>
    </message>
    <message>
        <source>Destination or finding</source>
        <translation>Destino o hallazgo</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué es incorrecto</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Go Back to choose another source, or try again.</source>
        <translation>Pulse «Atrás» para elegir otro origen, o vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>Configuración completa</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) checked.</source>
        <translation>
            <numerusform>%n destino comprobado.</numerusform>
            <numerusform>%n destinos comprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <translation>%1 error(es), %2 advertencia(s), %3 nota(s).</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>Cómo corregirlo: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation>El informe se ha guardado en %1.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;JSON report (*.json);;Text report (*.txt)</source>
        <translation>Informe PDF (*.pdf);;Informe HTML (*.html);;Informe JSON (*.json);;Informe de texto (*.txt)</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s own destinations</source>
        <translation>Destinos propios de SAP Task Center</translation>
    </message>
    <message>
        <source>Other destinations</source>
        <translation>Otros destinos</translation>
    </message>
    <message>
        <source>Fixing changes a subaccount: check the subaccount instead of files to fix this here.</source>
        <translation>La corrección modifica una subcuenta: compruebe la subcuenta en lugar de archivos para corregir esto aquí.</translation>
    </message>
    <message>
        <source>Fix in the subaccount</source>
        <translation>Corregir en la subcuenta</translation>
    </message>
    <message>
        <source>Make this change in &quot;%1&quot;?</source>
        <translation>¿Realizar este cambio en «%1»?</translation>
    </message>
    <message>
        <source>Changing %1…</source>
        <translation>Modificando %1…</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>Se ha modificado %1.</translation>
    </message>
    <message>
        <source>Set up again in the &amp;wizard…</source>
        <translation>&amp;Volver a configurar en el asistente…</translation>
    </message>
    <message>
        <source>Setting up again writes into a subaccount: check the subaccount instead of files to do it from here.</source>
        <translation>Volver a configurar escribe en una subcuenta: compruebe la subcuenta en lugar de archivos para hacerlo desde aquí.</translation>
    </message>
    <message>
        <source>Walk through the provider&apos;s steps again, filled in from the destinations as they are, and write them as SAP documents them.</source>
        <translation>Volver a recorrer los pasos del proveedor, rellenados a partir de los destinos tal como están, y escribirlos como los documenta SAP.</translation>
    </message>
    <message>
        <source>Fi&amp;x in the subaccount…</source>
        <translation>&amp;Corregir en la subcuenta…</translation>
    </message>
    <message>
        <source>&amp;Open SAP&apos;s page</source>
        <translation>Abrir la &amp;página de SAP</translation>
    </message>
    <message>
        <source>No browser could be opened. SAP&apos;s page is at %1</source>
        <translation>No se ha podido abrir ningún navegador. La página de SAP está en %1</translation>
    </message>
</context>
<context>
    <name>CheckSourcePage</name>
    <message>
        <source>The &amp;demo subaccount on this computer</source>
        <translation>La subcuenta de &amp;demostración de este equipo</translation>
    </message>
    <message>
        <source>A saved &amp;subaccount:</source>
        <translation>Una &amp;subcuenta guardada:</translation>
    </message>
    <message>
        <source>Destination &amp;files exported from the SAP BTP cockpit:</source>
        <translation>Archivos de destino &amp;exportados desde el cockpit de SAP BTP:</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>Añadir a&amp;rchivos…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Compare with a certificate…</source>
        <translation>Comparar con un cer&amp;tificado…</translation>
    </message>
    <message>
        <source>Check an existing configuration</source>
        <translation>Comprobar una configuración existente</translation>
    </message>
    <message>
        <source>Choose what to check: the destinations of a subaccount, or files exported from the cockpit.</source>
        <translation>Elija qué desea comprobar: los destinos de una subcuenta o archivos exportados desde el cockpit.</translation>
    </message>
    <message>
        <source>Saved subaccount</source>
        <translation>Subcuenta guardada</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Archivo de destino</translation>
    </message>
    <message>
        <source>Folder of destination files</source>
        <translation>Carpeta de archivos de destino</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Certificado de confianza</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The demo subaccount could not be started.</source>
        <translation>No se ha podido iniciar la subcuenta de demostración.</translation>
    </message>
    <message>
        <source>No files added yet.</source>
        <translation>Todavía no se ha añadido ningún archivo.</translation>
    </message>
    <message>
        <source>Destination files and zip archives (*.properties *.props *.json *.txt *.zip *);;All files (*)</source>
        <translation>Archivos de destino y archivos zip (*.properties *.props *.json *.txt *.zip *);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The trust certificate a provider holds (the one uploaded to its OAuth clients or admin portal), to compare with the subaccount&apos;s current one</source>
        <translation>El certificado de confianza que tiene un proveedor (el que se cargó en sus clientes OAuth o en su portal de administración), para compararlo con el actual de la subcuenta</translation>
    </message>
    <message>
        <source>Wait until the subaccount has answered.</source>
        <translation>Espere a que la subcuenta haya respondido.</translation>
    </message>
    <message>
        <source>Add the exported files or a folder of them to check.</source>
        <translation>Añada los archivos exportados o una carpeta con ellos para comprobarlos.</translation>
    </message>
    <message>
        <source>Choose a saved subaccount to check.</source>
        <translation>Elija una subcuenta guardada para comprobarla.</translation>
    </message>
    <message>
        <source>Choose what to check.</source>
        <translation>Elija qué comprobar.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>SAP&apos;s guide</source>
        <translation>Guía de SAP</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show the options of this command.</source>
        <translation>Muestra las opciones de este comando.</translation>
    </message>
    <message>
        <source>%1
Run &apos;taskcenter-connect %2 --help&apos; for the options.</source>
        <translation>%1
Ejecute &apos;taskcenter-connect %2 --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>Shows a trust certificate&apos;s subject, issuer, validity, days left and SHA-256 fingerprint.
Exit codes: 0 valid; 1 expired, expiring within %1 days, or not yet valid; 2 not a certificate.</source>
        <translation>Muestra el sujeto, el emisor, la validez, los días restantes y la huella digital SHA-256 de un certificado de confianza.
Códigos de salida: 0 válido; 1 caducado, caduca en %1 días o menos, o todavía no es válido; 2 no es un certificado.</translation>
    </message>
    <message>
        <source>The certificate (PEM, DER or bare base64).</source>
        <translation>El certificado (PEM, DER o base64 sin formato).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Imprimir un objeto JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>inspect-cert takes exactly one FILE.
Run &apos;taskcenter-connect inspect-cert --help&apos; for the options.</source>
        <translation>inspect-cert admite exactamente un FILE.
Ejecute &apos;taskcenter-connect inspect-cert --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Días restantes:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>%1: a secrets file is a JSON object like {&quot;apiKey&quot;: &quot;...&quot;} (%2).</source>
        <translation>%1: un archivo de secretos es un objeto JSON como {&quot;apiKey&quot;: &quot;...&quot;} (%2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a secret of %3 (expected: %4).</source>
        <translation>%1: &quot;%2&quot; no es un secreto de %3 (se esperaba: %4).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation>%1: &quot;%2&quot; debe ser texto.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>The files leave out %1; enter them in the cockpit after the import.</source>
        <translation>Los archivos no incluyen %1; introdúzcalos en el cockpit después de la importación.</translation>
    </message>
    <message>
        <source>Writes the destinations a setup file describes, as the cockpit&apos;s .properties import files and/or the Destination service REST API&apos;s JSON.
Secrets are left out unless --include-secrets is given; they then come from --secrets or, without it, from the keychain.
Exit codes: 0 written; 2 bad input (the problem is printed).</source>
        <translation>Escribe los destinos que describe un archivo de configuración, como archivos de importación .properties del cockpit y/o como JSON de la API REST del Destination service.
Los secretos no se incluyen salvo que se indique --include-secrets; en ese caso proceden de --secrets o, sin esta opción, del llavero.
Códigos de salida: 0 escrito; 2 entrada incorrecta (se imprime el problema).</translation>
    </message>
    <message>
        <source>The setup file (the wizard&apos;s &quot;Save progress&quot;).</source>
        <translation>El archivo de configuración (el de «Guardar progreso» del asistente).</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>La carpeta en la que se escribe.</translation>
    </message>
    <message>
        <source>Write the secrets into the files too (keep them safe).</source>
        <translation>Escribir también los secretos en los archivos (guárdelos en un lugar seguro).</translation>
    </message>
    <message>
        <source>properties, json or both (default).</source>
        <translation>properties, json o both (valor predeterminado).</translation>
    </message>
    <message>
        <source>export takes exactly one SETUP.json.
Run &apos;taskcenter-connect export --help&apos; for the options.</source>
        <translation>export admite exactamente un SETUP.json.
Ejecute &apos;taskcenter-connect export --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>Say where to write with --out DIR.</source>
        <translation>Indique dónde escribir con --out DIR.</translation>
    </message>
    <message>
        <source>--format must be properties, json or both, not &quot;%1&quot;.</source>
        <translation>--format debe ser properties, json o both, no «%1».</translation>
    </message>
    <message>
        <source>Pass the secrets with --secrets SECRETS.json instead.</source>
        <translation>Pase los secretos con --secrets SECRETS.json en su lugar.</translation>
    </message>
    <message>
        <source>No %1 is saved in the keychain for this setup. Pass --secrets SECRETS.json, or save the setup in the wizard first.</source>
        <translation>No se ha guardado %1 en el llavero para esta configuración. Pase --secrets SECRETS.json, o guarde primero la configuración en el asistente.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &apos;taskcenter-connect --help&apos; for the commands.</source>
        <translation>Comando desconocido «%1». Ejecute &apos;taskcenter-connect --help&apos; para ver los comandos.</translation>
    </message>
    <message>
        <source>Serves a built-in SAP BTP subaccount on 127.0.0.1: a token endpoint and the Destination service REST API, for trying the wizard and scripts without a real subaccount. Runs until Ctrl+C (SIGINT) or SIGTERM.
Its trust certificate is kept in %1.
Exit codes: 0 stopped; 2 bad options or the port is in use.</source>
        <translation>Ofrece una subcuenta de SAP BTP integrada en 127.0.0.1: un endpoint de token y la API REST del Destination service, para probar el asistente y los scripts sin una subcuenta real. Se ejecuta hasta Ctrl+C (SIGINT) o SIGTERM.
Su certificado de confianza se guarda en %1.
Códigos de salida: 0 detenido; 2 opciones incorrectas o el puerto ya está en uso.</translation>
    </message>
    <message>
        <source>The port to listen on (default 0: a free port).</source>
        <translation>El puerto de escucha (valor predeterminado 0: un puerto libre).</translation>
    </message>
    <message>
        <source>empty (default) or demo: destinations as consultants meet them, some correct, some with typical mistakes.</source>
        <translation>empty (valor predeterminado) o demo: destinos como los encuentran los consultores, algunos correctos y otros con errores típicos.</translation>
    </message>
    <message>
        <source>Write the Destination service key (JSON) to FILE.</source>
        <translation>Escribir la clave de servicio del Destination service (JSON) en FILE.</translation>
    </message>
    <message>
        <source>sandbox takes no FILE.
Run &apos;taskcenter-connect sandbox --help&apos; for the options.</source>
        <translation>sandbox no admite ningún FILE.
Ejecute &apos;taskcenter-connect sandbox --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port debe ser un número entre 0 y 65535, no «%1».</translation>
    </message>
    <message>
        <source>--seed must be empty or demo, not &quot;%1&quot;.</source>
        <translation>--seed debe ser empty o demo, no «%1».</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use. Choose another with --port, or --port 0 for a free one.</source>
        <translation>El puerto %1 de 127.0.0.1 ya está en uso. Elija otro con --port, o --port 0 para uno libre.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation>El sandbox no se puede iniciar: %1</translation>
    </message>
    <message>
        <source>Cannot handle SIGINT and SIGTERM on this system.</source>
        <translation>No se pueden gestionar SIGINT y SIGTERM en este sistema.</translation>
    </message>
    <message>
        <source>The sandbox subaccount is listening on %1 (this computer only).</source>
        <translation>La subcuenta sandbox escucha en %1 (solo este equipo).</translation>
    </message>
    <message>
        <source>  Token endpoint:      %1/oauth/token</source>
        <translation>  Endpoint de token:   %1/oauth/token</translation>
    </message>
    <message>
        <source>  Destination service: %1/destination-configuration/v1</source>
        <translation>  Destination service: %1/destination-configuration/v1</translation>
    </message>
    <message>
        <source>  Destinations:        %1 (%2 seed)</source>
        <translation>  Destinos:            %1 (datos iniciales %2)</translation>
    </message>
    <message>
        <source>The service key is in %1.</source>
        <translation>La clave de servicio está en %1.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop it.</source>
        <translation>Pulse Ctrl+C para detenerlo.</translation>
    </message>
    <message>
        <source>The sandbox has stopped.</source>
        <translation>El sandbox se ha detenido.</translation>
    </message>
    <message>
        <source>The subaccount&apos;s Destination service key (JSON, with its client secret).</source>
        <translation>La clave de servicio del Destination service de la subcuenta (JSON, con su secreto de cliente).</translation>
    </message>
    <message>
        <source>Say which subaccount with --subaccount DESTINATION-KEY.json.
Run &apos;taskcenter-connect %1 --help&apos; for the options.</source>
        <translation>Indique la subcuenta con --subaccount DESTINATION-KEY.json.
Ejecute &apos;taskcenter-connect %1 --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>unchanged  %1</source>
        <translation>sin cambios      %1</translation>
    </message>
    <message>
        <source>would create  %1</source>
        <translation>se crearía       %1</translation>
    </message>
    <message>
        <source>would update  %1</source>
        <translation>se actualizaría  %1</translation>
    </message>
    <message>
        <source>exists     %1: it differs; --overwrite replaces it</source>
        <translation>existe           %1: es distinto; --overwrite lo sustituye</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>created    %1</source>
        <translation>creado           %1</translation>
    </message>
    <message>
        <source>updated    %1</source>
        <translation>actualizado      %1</translation>
    </message>
    <message>
        <source>FAILED     %1: %2</source>
        <translation>ERROR            %1: %2</translation>
    </message>
    <message>
        <source>Creates or updates, in a subaccount, the destinations a setup file describes, over the SAP BTP Destination service REST API. Destinations that already hold the same values are left alone, so running it again changes nothing.
Secrets come from --secrets or, without it, from the keychain.
Exit codes: 0 applied (or nothing to do); 1 a destination failed, or exists with other values and --overwrite was not given (said which); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Crea o actualiza en una subcuenta los destinos que describe un archivo de configuración, mediante la API REST del Destination service de SAP BTP. Los destinos que ya tienen los mismos valores no se modifican, por lo que volver a ejecutarlo no cambia nada.
Los secretos proceden de --secrets o, sin esta opción, del llavero.
Códigos de salida: 0 aplicado (o nada que hacer); 1 ha fallado un destino, o existe con otros valores y no se ha indicado --overwrite (se indica cuál); 2 entrada incorrecta; 3 no se ha podido acceder a la subcuenta o no ha aceptado la clave.</translation>
    </message>
    <message>
        <source>Replace destinations that exist with other values.</source>
        <translation>Sustituir los destinos que existen con otros valores.</translation>
    </message>
    <message>
        <source>apply takes exactly one SETUP.json.
Run &apos;taskcenter-connect apply --help&apos; for the options.</source>
        <translation>apply admite exactamente un SETUP.json.
Ejecute &apos;taskcenter-connect apply --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>Reads the subaccount&apos;s destination trust certificate (what the cockpit exports under Connectivity &gt; Destination Trust) and writes it as PEM.
Exit codes: 0 written; 1 written, but it expires within %1 days or has expired, or the subaccount has none yet (said); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Lee el certificado de confianza de destinos de la subcuenta (el que el cockpit exporta en Connectivity &gt; Destination Trust) y lo escribe como PEM.
Códigos de salida: 0 escrito; 1 escrito, pero caduca en %1 días o menos o ya ha caducado, o la subcuenta todavía no tiene ninguno (se indica); 2 entrada incorrecta; 3 no se ha podido acceder a la subcuenta o no ha aceptado la clave.</translation>
    </message>
    <message>
        <source>The file to write the certificate to.</source>
        <translation>El archivo en el que se escribe el certificado.</translation>
    </message>
    <message>
        <source>fetch-trust takes no FILE of its own.
Run &apos;taskcenter-connect fetch-trust --help&apos; for the options.</source>
        <translation>fetch-trust no admite ningún FILE propio.
Ejecute &apos;taskcenter-connect fetch-trust --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>Say where to write the certificate with --out FILE.</source>
        <translation>Indique dónde escribir el certificado con --out FILE.</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under Connectivity &gt; Destination Trust, then run this again.</source>
        <translation>La subcuenta todavía no tiene ningún certificado de confianza. Cree uno en el cockpit de SAP BTP en Connectivity &gt; Destination Trust y vuelva a ejecutar este comando.</translation>
    </message>
    <message>
        <source>The subaccount answered with something that is not a certificate: %1</source>
        <translation>La subcuenta ha respondido con algo que no es un certificado: %1</translation>
    </message>
    <message>
        <source>Subject:  %1</source>
        <translation>Sujeto:  %1</translation>
    </message>
    <message>
        <source>Valid until:  %1</source>
        <translation>Válido hasta:  %1</translation>
    </message>
    <message>
        <source>SHA-256:  %1</source>
        <translation>SHA-256:  %1</translation>
    </message>
    <message>
        <source>A JSON file with the secrets, e.g. {&quot;apiKey&quot;: &quot;...&quot;, &quot;ppApiKey&quot;: &quot;...&quot;}. Their names per provider: %1.</source>
        <translation>Un archivo JSON con los secretos, p. ej. {&quot;apiKey&quot;: &quot;...&quot;, &quot;ppApiKey&quot;: &quot;...&quot;}. Sus nombres por proveedor: %1.</translation>
    </message>
    <message>
        <source>warning: the subaccount already has a primary destination to the same system: %1. Two give every user each task twice; delete the old one or set its tc.enabled to false.</source>
        <translation>advertencia: la subcuenta ya tiene un destino principal al mismo sistema: %1. Con dos, cada usuario ve cada tarea dos veces; elimine el antiguo o establezca su tc.enabled en false.</translation>
    </message>
    <message>
        <source>held back  %1: the destination it belongs to exists with other values; --overwrite replaces both</source>
        <translation>retenido         %1: el destino al que pertenece existe con otros valores; --overwrite sustituye ambos</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of the standard output.</source>
        <translation>Escribir el informe en FILE en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>Say what to check: destination files or folders, and/or --subaccount DESTINATION-KEY.json.
Run &apos;taskcenter-connect validate --help&apos; for the options.</source>
        <translation>Indique qué desea comprobar: archivos o carpetas de destinos, y/o --subaccount DESTINATION-KEY.json.
Ejecute &apos;taskcenter-connect validate --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>Check the sandbox subaccount at URL (the address &apos;taskcenter-connect sandbox&apos; prints).</source>
        <translation>Comprobar la subcuenta sandbox en URL (la dirección que imprime &apos;taskcenter-connect sandbox&apos;).</translation>
    </message>
    <message>
        <source>Give either --subaccount or --sandbox, not both.</source>
        <translation>Indique --subaccount o --sandbox, no ambos.</translation>
    </message>
    <message>
        <source>--sandbox takes the address the sandbox prints, such as http://127.0.0.1:8123, not &quot;%1&quot;.</source>
        <translation>--sandbox admite la dirección que imprime el sandbox, como http://127.0.0.1:8123, no «%1».</translation>
    </message>
    <message>
        <source>No sandbox answers at %1 (%2). Start one with &apos;taskcenter-connect sandbox&apos;.</source>
        <translation>Ningún sandbox responde en %1 (%2). Inicie uno con &apos;taskcenter-connect sandbox&apos;.</translation>
    </message>
    <message>
        <source>A trust certificate (PEM or DER) to check; with a subaccount, the one a provider holds, compared with the subaccount&apos;s current one.</source>
        <translation>Un certificado de confianza (PEM o DER) que comprobar; con una subcuenta, el que tiene un proveedor, comparado con el actual de la subcuenta.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: no existe ese archivo o carpeta.</translation>
    </message>
    <message>
        <source>text (default), json, html or pdf (A4, to hand over).</source>
        <translation>text (valor predeterminado), json, html o pdf (A4, para entregar).</translation>
    </message>
    <message>
        <source>--format must be text, json, html or pdf, not &quot;%1&quot;.</source>
        <translation>--format debe ser text, json, html o pdf, no «%1».</translation>
    </message>
    <message>
        <source>Checks an existing SAP Task Center configuration and says what is wrong and how to fix it: destination files (the cockpit&apos;s .properties export, with or without an extension, or JSON; folders and zip archives of them) and/or the destinations of a subaccount. With a subaccount, the Destination service is asked for a token with each destination that can get one without a user, as SAP Task Center does, and without --trust its current trust certificate is checked too.
Exit codes: 0 no errors; 1 errors found; 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Comprueba una configuración existente de SAP Task Center e indica qué es incorrecto y cómo corregirlo: archivos de destino (la exportación .properties del cockpit, con o sin extensión, o JSON; carpetas y archivos zip que los contengan) y/o los destinos de una subcuenta. Con una subcuenta, se solicita al Destination service un token con cada destino que puede obtenerlo sin usuario, como hace SAP Task Center, y sin --trust también se comprueba su certificado de confianza actual.
Códigos de salida: 0 sin errores; 1 errores encontrados; 2 entrada incorrecta; 3 no se ha podido acceder a la subcuenta o no ha aceptado la clave.</translation>
    </message>
    <message>
        <source>Destination files, zip archives or folders.</source>
        <translation>Archivos de destino, archivos zip o carpetas.</translation>
    </message>
    <message>
        <source>This argument is not valid UTF-8 text, so the file it names cannot be found or written as such: %1
Rename the file or folder to a name in UTF-8.</source>
        <translation>Este argumento no es texto UTF-8 válido, por lo que el archivo que nombra no se puede encontrar ni escribir como tal: %1
Cambie el nombre del archivo o de la carpeta a uno en UTF-8.</translation>
    </message>
    <message>
        <source>not compared  %1: %2 (no secret given; pass --secrets to compare them)</source>
        <translation>no comparado     %1: %2 (no se ha indicado ningún secreto; pase --secrets para compararlos)</translation>
    </message>
    <message>
        <source>Show what would change; write nothing. Needs no secrets: those not given are named as not compared.</source>
        <translation>Mostrar lo que cambiaría; no escribir nada. No necesita secretos: los que no se indiquen se mencionan como no comparados.</translation>
    </message>
    <message>
        <source>Wait at most SECONDS (1-3600) for each answer from the subaccount; default 30.</source>
        <translation>Esperar como máximo SECONDS segundos (1-3600) a cada respuesta de la subcuenta; valor predeterminado 30.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout admite un número de segundos entre 1 y 3600, no «%1».</translation>
    </message>
    <message>
        <source>Nothing to write: the setup follows the way &quot;%1&quot; (%2), which writes no destinations.</source>
        <translation>Nada que escribir: la configuración sigue la vía «%1» (%2), que no escribe destinos.</translation>
    </message>
    <message>
        <source>To write them by hand, set %1 in the setup file.</source>
        <translation>Para escribirlos a mano, establezca %1 en el archivo de configuración.</translation>
    </message>
    <message>
        <source>note: secrets are not compared: %1</source>
        <translation>nota: los secretos no se comparan: %1</translation>
    </message>
    <message>
        <source>changed    %1: someone changed it since it was read; --overwrite replaces it</source>
        <translation>modificado       %1: alguien lo ha modificado desde que se leyó; --overwrite lo sustituye</translation>
    </message>
    <message>
        <source>CHANGED    %1: %2</source>
        <translation>MODIFICADO       %1: %2</translation>
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
        <translation>Uso:
  taskcenter-connect [--setup FILE] [--lang CODE]   iniciar el asistente
  taskcenter-connect COMMAND [options]              trabajar sin ventana

Comandos:
  inspect-cert FILE [--json]
      Mostrar los datos de un certificado de confianza. Salida 0 válido, 1 caducado o caduca
      en %1 días o menos, 2 no es un certificado.
  export SETUP.json --out DIR [--secrets SECRETS.json] [--include-secrets]
         [--format properties|json|both]
      Escribir los destinos que describe un archivo de configuración. Salida 0 escrito, 2 entrada incorrecta.
  apply SETUP.json --subaccount DESTINATION-KEY.json [--secrets SECRETS.json]
        [--overwrite] [--dry-run]
      Crear o actualizar los destinos en una subcuenta mediante el Destination service.
      Salida 0 aplicado o nada que hacer, 1 un destino ha fallado o existe con otros valores
      (sin --overwrite), 2 entrada incorrecta, 3 subcuenta inaccesible o clave rechazada.
  fetch-trust --subaccount DESTINATION-KEY.json --out FILE
      Escribir el certificado de confianza de la subcuenta como PEM. Salida 0 escrito, 1 caduca pronto,
      caducado o todavía ninguno, 2 entrada incorrecta, 3 subcuenta inaccesible o clave rechazada.
  validate [SOURCE ...] [--subaccount DESTINATION-KEY.json | --sandbox URL] [--trust FILE]
           [--format text|json|html|pdf] [--out FILE]
      Comprobar destinos existentes (archivos, carpetas, una subcuenta) y el certificado de confianza,
      e indicar qué es incorrecto y cómo corregirlo. Salida 0 sin errores, 1 errores encontrados,
      2 entrada incorrecta, 3 subcuenta inaccesible o clave rechazada.
  providers [--json]
      Listar los proveedores de tareas: el ID que toma «provider» en un archivo de configuración, sus
      vías («path») y los nombres de los valores y secretos que necesita. Exit 0 listado, 2 opciones erróneas.
  sandbox [--port N] [--seed empty|demo] [--write-key FILE]
      Ofrecer una subcuenta integrada (endpoint de token y Destination service) en 127.0.0.1
      hasta Ctrl+C; FILE recibe su clave de servicio. Salida 0 detenido, 2 opciones incorrectas o puerto en uso.

Opciones del asistente:
  --setup FILE   continuar la configuración guardada en FILE
  --lang CODE    idioma de la ventana, p. ej. es

  -h, --help     mostrar esta ayuda; &apos;taskcenter-connect COMMAND --help&apos; muestra las opciones de un comando
  -v, --version  mostrar la versión
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Lists the task providers: the id a setup file&apos;s &quot;provider&quot; takes, the ways (&quot;path&quot;) where SAP documents more than one, and the names of the values a setup file and the secrets a secrets file give for each.
Exit codes: 0 listed; 2 bad options.</source>
        <translation>Lista los proveedores de tareas: el ID que toma «provider» en un archivo de configuración, las vías («path») donde SAP documenta más de una, y los nombres de los valores que da un archivo de configuración y de los secretos que da un archivo de secretos para cada uno.
Códigos de salida: 0 listado; 2 opciones erróneas.</translation>
    </message>
    <message>
        <source>Print one JSON array instead of text.</source>
        <translation>Imprimir un array JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>providers takes no arguments.
Run &apos;taskcenter-connect providers --help&apos; for the options.</source>
        <translation>providers no acepta argumentos.
Ejecute &apos;taskcenter-connect providers --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>path %1: %2</source>
        <translation>vía %1: %2</translation>
    </message>
    <message>
        <source> (writes no destinations)</source>
        <translation> (no escribe destinos)</translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation>valores: %1</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>secretos: %1</translation>
    </message>
</context>
<context>
    <name>ConfigurationCheck</name>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>Leyendo los destinos de «%1»…</translation>
    </message>
    <message>
        <source>Reading the trust certificate of &quot;%1&quot;…</source>
        <translation>Leyendo el certificado de confianza de «%1»…</translation>
    </message>
    <message>
        <source>Testing tokens: %1 of %2 destinations…</source>
        <translation>Probando tokens: %1 de %2 destinos…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Se ha detenido la comprobación.</translation>
    </message>
</context>
<context>
    <name>ConfigurationFix</name>
    <message>
        <source>Set tc.enabled to true on %1 in the subaccount. SAP Task Center then reads its tasks (the first time, those of the last 90 days). Nothing else in the destination changes.</source>
        <translation>Establecer tc.enabled en true en %1 en la subcuenta. SAP Task Center leerá entonces sus tareas (la primera vez, las de los últimos 90 días). No cambia nada más en el destino.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from the secondary destination %1 in the subaccount. Nothing else in the destination changes.</source>
        <translation>Eliminar tc.enabled del destino secundario %1 en la subcuenta. No cambia nada más en el destino.</translation>
    </message>
    <message>
        <source>This finding cannot be fixed here; follow its fix in the SAP BTP cockpit.</source>
        <translation>Este hallazgo no se puede corregir aquí; siga su corrección en el cockpit de SAP BTP.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else in the meantime, so nothing was written. Check again, then fix it.</source>
        <translation>Otra persona ha modificado %1 mientras tanto, por lo que no se ha escrito nada. Vuelva a comprobarlo y después corríjalo.</translation>
    </message>
    <message>
        <source>%1 was changed since the check, so nothing was written. Check again, then fix it.</source>
        <translation>%1 se ha modificado desde la comprobación, por lo que no se ha escrito nada. Vuelva a comprobarlo y después corríjalo.</translation>
    </message>
</context>
<context>
    <name>ConfigurationSource</name>
    <message>
        <source>No destination in this JSON file: it has no object with a &quot;Name&quot;.</source>
        <translation>Este archivo JSON no contiene ningún destino: no tiene ningún objeto con «Name».</translation>
    </message>
    <message>
        <source>This file looks like JSON but cannot be read (%1 at character %2). Export the destination again.</source>
        <translation>Este archivo parece JSON, pero no se puede leer (%1 en el carácter %2). Vuelva a exportar el destino.</translation>
    </message>
    <message>
        <source>Not a destination file: it has no Name property. Export destinations from the SAP BTP cockpit (Connectivity &gt; Destinations &gt; Export).</source>
        <translation>No es un archivo de destino: no tiene la propiedad Name. Exporte los destinos desde el cockpit de SAP BTP («Connectivity &gt; Destinations &gt; Export»).</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>No existe ese archivo o carpeta.</translation>
    </message>
    <message>
        <source>The folder holds no files.</source>
        <translation>La carpeta no contiene archivos.</translation>
    </message>
    <message>
        <source>Too large for a destination file (over 4 MB); skipped.</source>
        <translation>Demasiado grande para un archivo de destino (más de 4 MB); se ha omitido.</translation>
    </message>
    <message>
        <source>This zip archive is damaged (%1); the files before the damage were checked. Export the destinations again.</source>
        <translation>Este archivo zip está dañado (%1); se han comprobado los archivos anteriores al daño. Vuelva a exportar los destinos.</translation>
    </message>
    <message>
        <source>The zip archive holds no files.</source>
        <translation>El archivo zip no contiene archivos.</translation>
    </message>
    <message>
        <source>An archive inside an archive is not read; unpack it and check its files.</source>
        <translation>No se leen archivos comprimidos dentro de otro archivo comprimido; descomprímalo y compruebe sus archivos.</translation>
    </message>
    <message>
        <source>This archive holds more than 64 MB or %1 files; the rest is not checked. Check the destinations in parts.</source>
        <translation>Este archivo comprimido contiene más de 64 MB o de %1 archivos; el resto no se comprueba. Compruebe los destinos por partes.</translation>
    </message>
    <message>
        <source>Cannot be unpacked (%1); skipped.</source>
        <translation>No se puede descomprimir (%1); se ha omitido.</translation>
    </message>
    <message>
        <source>Not a file or folder (a device or a pipe); skipped.</source>
        <translation>No es un archivo ni una carpeta (es un dispositivo o una tubería); se ha omitido.</translation>
    </message>
    <message>
        <source>A link inside the archive, not a file; not read. Export the destinations again.</source>
        <translation>Un enlace dentro del archivo comprimido, no un archivo; no se ha leído. Vuelva a exportar los destinos.</translation>
    </message>
    <message>
        <source>Not a file (a device or a pipe inside the archive); not read.</source>
        <translation>No es un archivo (es un dispositivo o una tubería dentro del archivo comprimido); no se ha leído.</translation>
    </message>
    <message>
        <source>This file is saved as %1 text, but parts of it are not. Save it again as UTF-8, or export the destination again.</source>
        <translation>Este archivo está guardado como texto %1, pero algunas partes no están en ese formato. Vuelva a guardarlo como UTF-8, o vuelva a exportar el destino.</translation>
    </message>
    <message>
        <source>This folder cannot be opened: you have no permission to read it. Check it as a user who may, or copy the files somewhere you may read them.</source>
        <translation>No se puede abrir esta carpeta: no tiene permiso para leerla. Compruébela como un usuario que tenga permiso, o copie los archivos a un lugar donde pueda leerlos.</translation>
    </message>
    <message>
        <source>Its name is not UTF-8 text, so it cannot be opened by that name; not read. Rename it.</source>
        <translation>Su nombre no es texto UTF-8, por lo que no se puede abrir con ese nombre; no se ha leído. Cámbiele el nombre.</translation>
    </message>
    <message>
        <source>Not a file (a device or a pipe); not read.</source>
        <translation>No es un archivo (es un dispositivo o una tubería); no se ha leído.</translation>
    </message>
</context>
<context>
    <name>ConfigurationValidator</name>
    <message>
        <source>%1: %2 not checked, because %3 does not show secrets.</source>
        <translation>%1: %2 no se ha comprobado porque %3 no muestra los secretos.</translation>
    </message>
    <message>
        <source>Check the destination in the subaccount itself to have them tested.</source>
        <translation>Compruebe el destino en la propia subcuenta para que se prueben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check the file; the other files were checked.</source>
        <translation>Compruebe el archivo; los demás archivos se han comprobado.</translation>
    </message>
    <message>
        <source>%1 is given twice (%2 and %3); the later one is checked.</source>
        <translation>%1 aparece dos veces (%2 y %3); se comprueba el último.</translation>
    </message>
    <message>
        <source>%1 is a secondary destination, but its primary destination %2 does not exist. SAP Task Center finds secondaries only by their primary&apos;s name.</source>
        <translation>%1 es un destino secundario, pero su destino principal %2 no existe. SAP Task Center solo encuentra los destinos secundarios por el nombre de su destino principal.</translation>
    </message>
    <message>
        <source>Rename it to &lt;primary name&gt;_PP of an existing primary, or create the primary %1.</source>
        <translation>Cámbiele el nombre a &lt;nombre principal&gt;_PP de un destino principal existente, o cree el destino principal %1.</translation>
    </message>
    <message>
        <source>%1 has no secondary destination %2, so users cannot act on their %3 tasks in SAP Task Center (principal propagation).</source>
        <translation>%1 no tiene el destino secundario %2, por lo que los usuarios no pueden actuar sobre sus tareas de %3 en SAP Task Center (propagación de principal).</translation>
    </message>
    <message>
        <source>Create %1 with the wizard (%2).</source>
        <translation>Cree %1 con el asistente (%2).</translation>
    </message>
    <message>
        <source>%1 and %2 are enabled primary destinations to the same system: every user gets each of its tasks twice.</source>
        <translation>%1 y %2 son destinos principales activados hacia el mismo sistema: cada usuario recibe cada una de sus tareas dos veces.</translation>
    </message>
    <message>
        <source>Keep one. Delete the others, or set their tc.enabled to false.</source>
        <translation>Conserve uno. Elimine los demás o establezca su tc.enabled en false.</translation>
    </message>
    <message>
        <source>every task provider that trusts this subaccount</source>
        <translation>cada proveedor de tareas que confía en esta subcuenta</translation>
    </message>
    <message>
        <source>Task updates stop for %1.</source>
        <translation>Las actualizaciones de tareas se detienen para %1.</translation>
    </message>
    <message>
        <source>Renew the certificate under Connectivity &gt; Destination Trust, then give the new one to %1.</source>
        <translation>Renueve el certificado en «Connectivity &gt; Destination Trust» y después entregue el nuevo a %1.</translation>
    </message>
    <message>
        <source>These need the new certificate: %1.</source>
        <translation>Estos necesitan el nuevo certificado: %1.</translation>
    </message>
    <message>
        <source>Rotate rather than renew: generate a passive certificate under Connectivity &gt; Destination Trust, give it to %1, then rotate. Renewing the active one stops task updates until every provider has it.</source>
        <translation>Rote en lugar de renovar: genere un certificado pasivo en «Connectivity &gt; Destination Trust», entrégueselo a %1 y después rote. Si renueva el activo, las actualizaciones de tareas se detienen hasta que todos los proveedores lo tengan.</translation>
    </message>
    <message>
        <source>Create the destination again under a shorter name made of letters, digits, _ and -; rename its secondary with it.</source>
        <translation>Vuelva a crear el destino con un nombre más corto formado por letras, dígitos, _ y -; cambie también el nombre de su destino secundario.</translation>
    </message>
    <message>
        <source>%1 has %2 characters: its secondary %1_PP would exceed SAP Task Center&apos;s limit of %3.</source>
        <translation>%1 tiene %2 caracteres: su destino secundario %1_PP superaría el límite de %3 de SAP Task Center.</translation>
    </message>
    <message>
        <source>Use at most %1 characters for a primary destination.</source>
        <translation>Utilice como máximo %1 caracteres para un destino principal.</translation>
    </message>
    <message>
        <source>%1 is one of SAP Task Center&apos;s own destinations, not a task provider, but it carries tc.enabled.</source>
        <translation>%1 es uno de los destinos propios de SAP Task Center, no un proveedor de tareas, pero lleva tc.enabled.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1 in the SAP BTP cockpit.</source>
        <translation>Elimine tc.enabled de %1 en el cockpit de SAP BTP.</translation>
    </message>
    <message>
        <source>%1 is a secondary destination (principal propagation) but carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation>%1 es un destino secundario (propagación de principal), pero lleva tc.enabled: SAP Task Center lo leería como otro destino principal.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation>Elimine tc.enabled de %1.</translation>
    </message>
    <message>
        <source>%1 has no tc.enabled property, so SAP Task Center does not read its tasks (booster samples lack it).</source>
        <translation>%1 no tiene la propiedad tc.enabled, por lo que SAP Task Center no lee sus tareas (a los ejemplos de los boosters les falta).</translation>
    </message>
    <message>
        <source>Add the property tc.enabled with the value true.</source>
        <translation>Añada la propiedad tc.enabled con el valor true.</translation>
    </message>
    <message>
        <source>%1 is paused (tc.enabled is false): its tasks are hidden and not updated. SAP Task Center sets it to false by itself when it gets no token for an hour.</source>
        <translation>%1 está en pausa (tc.enabled es false): sus tareas están ocultas y no se actualizan. SAP Task Center lo establece en false por sí mismo cuando no obtiene ningún token durante una hora.</translation>
    </message>
    <message>
        <source>Fix its authentication first (Test connection), then set tc.enabled to true.</source>
        <translation>Corrija primero su autenticación («Probar conexión») y después establezca tc.enabled en true.</translation>
    </message>
    <message>
        <source>tc.enabled of %1 is &quot;%2&quot;; SAP Task Center accepts only true (or false to pause), and puts the connector in Warning otherwise.</source>
        <translation>tc.enabled de %1 es «%2»; SAP Task Center solo acepta true (o false para pausar) y, en caso contrario, pone el conector en «Warning».</translation>
    </message>
    <message>
        <source>Set tc.enabled to exactly true (lower case).</source>
        <translation>Establezca tc.enabled exactamente en true (en minúsculas).</translation>
    </message>
    <message>
        <source>%1 sends credentials (%2) to an http:// address, unencrypted.</source>
        <translation>%1 envía credenciales (%2) a una dirección http://, sin cifrar.</translation>
    </message>
    <message>
        <source>Use the https:// address of the system.</source>
        <translation>Utilice la dirección https:// del sistema.</translation>
    </message>
    <message>
        <source>%1 of %2 still holds a sample value from a booster template.</source>
        <translation>%1 de %2 todavía contiene un valor de ejemplo de una plantilla de booster.</translation>
    </message>
    <message>
        <source>%1 of %2 still holds the sample value &quot;%3&quot; from a booster template.</source>
        <translation>%1 de %2 todavía contiene el valor de ejemplo «%3» de una plantilla de booster.</translation>
    </message>
    <message>
        <source>Enter the real value.</source>
        <translation>Introduzca el valor real.</translation>
    </message>
    <message>
        <source>%1 uses %2 but has no %3, so the Destination service cannot fetch a token with it.</source>
        <translation>%1 utiliza %2, pero no tiene %3, por lo que el Destination service no puede obtener un token con él.</translation>
    </message>
    <message>
        <source>Add %1 as the provider&apos;s guide for SAP Task Center says.</source>
        <translation>Añada %1 como indica la guía del proveedor para SAP Task Center.</translation>
    </message>
    <message>
        <source>%1 lacks the property %2 that SAP&apos;s guide for %3 requires.</source>
        <translation>A %1 le falta la propiedad %2 que exige la guía de SAP para %3.</translation>
    </message>
    <message>
        <source>Add %1 as the guide for %2 says, or set the destination up again with the wizard.</source>
        <translation>Añada %1 como indica la guía para %2, o vuelva a configurar el destino con el asistente.</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; it must be spelled exactly &quot;%4&quot;.</source>
        <translation>%1 de %2 es «%3»; debe escribirse exactamente «%4».</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; SAP&apos;s guide for %4 asks for &quot;%5&quot;.</source>
        <translation>%1 de %2 es «%3»; la guía de SAP para %4 pide «%5».</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>Establezca %1 en %2.</translation>
    </message>
    <message>
        <source>%1 of %2 (&quot;%3&quot;) is not an address of the form SAP&apos;s guide for %4 gives.</source>
        <translation>%1 de %2 («%3») no es una dirección con el formato que indica la guía de SAP para %4.</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; for %4 it must be &quot;%5&quot;.</source>
        <translation>%1 de %2 es «%3»; para %4 debe ser «%5».</translation>
    </message>
    <message>
        <source>Enter the address as the guide for %1 gives it.</source>
        <translation>Introduzca la dirección tal como la indica la guía para %1.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Correct %1 (%2).</source>
        <translation>Corrija %1 (%2).</translation>
    </message>
    <message>
        <source>The certificate the provider holds (SHA-256 %1) is not the subaccount&apos;s current trust certificate (SHA-256 %2), so the provider rejects the subaccount&apos;s assertions. This is what happens when the subaccount&apos;s certificate was renewed.</source>
        <translation>El certificado que tiene el proveedor (SHA-256 %1) no es el certificado de confianza actual de la subcuenta (SHA-256 %2), por lo que el proveedor rechaza las aserciones de la subcuenta. Esto es lo que ocurre cuando se ha renovado el certificado de la subcuenta.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate the provider holds was not compared: the subaccount&apos;s current trust certificate could not be read.</source>
        <translation>No se ha comparado el certificado que tiene el proveedor: no se ha podido leer el certificado de confianza actual de la subcuenta.</translation>
    </message>
    <message>
        <source>Check that the subaccount has a trust certificate (Connectivity &gt; Destination Trust), then check again.</source>
        <translation>Compruebe que la subcuenta tiene un certificado de confianza («Connectivity &gt; Destination Trust») y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>%1 reaches a provider in data center %2, but this subaccount (SAP Task Center) is in %3. Task Center and the provider must be in the same data center.</source>
        <translation>%1 accede a un proveedor del centro de datos %2, pero esta subcuenta (SAP Task Center) está en %3. Task Center y el proveedor deben estar en el mismo centro de datos.</translation>
    </message>
    <message>
        <source>Connect a provider subaccount in %1, or use SAP Task Center in %2.</source>
        <translation>Conecte una subcuenta de proveedor en %1, o utilice SAP Task Center en %2.</translation>
    </message>
    <message>
        <source>The subaccount has no destination %1, which SAP Task Center needs to find users and groups in SAP Cloud Identity Services: no tasks arrive without it.</source>
        <translation>La subcuenta no tiene el destino %1, que SAP Task Center necesita para encontrar usuarios y grupos en SAP Cloud Identity Services: sin él no llega ninguna tarea.</translation>
    </message>
    <message>
        <source>Create %1 with the URL https://&lt;your tenant&gt;.accounts.ondemand.com/scim and BasicAuthentication or ClientCertificateAuthentication.</source>
        <translation>Cree %1 con la URL https://&lt;su tenant&gt;.accounts.ondemand.com/scim y BasicAuthentication o ClientCertificateAuthentication.</translation>
    </message>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP Task Center reads the identity directory with BasicAuthentication or ClientCertificateAuthentication only.</source>
        <translation>%1 utiliza la autenticación «%2»; SAP Task Center solo lee el directorio de identidades con BasicAuthentication o ClientCertificateAuthentication.</translation>
    </message>
    <message>
        <source>Set Authentication to BasicAuthentication (a technical user of the tenant) or ClientCertificateAuthentication.</source>
        <translation>Establezca Authentication en BasicAuthentication (un usuario técnico del tenant) o en ClientCertificateAuthentication.</translation>
    </message>
    <message>
        <source>The URL of %1 is &quot;%2&quot;; SAP documents the tenant&apos;s SCIM address, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>La URL de %1 es «%2»; SAP documenta la dirección SCIM del tenant, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</translation>
    </message>
    <message>
        <source>Set the URL to https://&lt;your tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>Establezca la URL en https://&lt;su tenant&gt;.accounts.ondemand.com/scim.</translation>
    </message>
    <message>
        <source>Check only one export of each destination. Exports of different subaccounts: give each subaccount&apos;s folder or zip archive on its own.</source>
        <translation>Compruebe solo una exportación de cada destino. Exportaciones de distintas subcuentas: indique la carpeta o el archivo zip de cada subcuenta por separado.</translation>
    </message>
    <message>
        <source>%1 %2 here, %3 in %4</source>
        <translation>%1 %2 aquí, %3 en %4</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>%1 and its primary destination %2 name different systems (%3): SAP Task Center reads the tasks from one and acts on them in the other.</source>
        <translation>%1 y su destino principal %2 apuntan a sistemas distintos (%3): SAP Task Center lee las tareas de uno y actúa sobre ellas en el otro.</translation>
    </message>
    <message>
        <source>Set up the pair again with the wizard, so that both name the same system.</source>
        <translation>Vuelva a configurar el par con el asistente, para que ambos apunten al mismo sistema.</translation>
    </message>
    <message>
        <source>%1 has no tc.provider_type: SAP Task Center cannot tell which task provider it reaches.</source>
        <translation>%1 no tiene tc.provider_type: SAP Task Center no puede saber a qué proveedor de tareas accede.</translation>
    </message>
    <message>
        <source>Add tc.provider_type with the value SAP&apos;s guide for the provider gives (%1, …).</source>
        <translation>Añada tc.provider_type con el valor que indica la guía de SAP para el proveedor (%1, …).</translation>
    </message>
    <message>
        <source>Add tc.provider_type with the value %1, as on %2.</source>
        <translation>Añada tc.provider_type con el valor %1, como en %2.</translation>
    </message>
    <message>
        <source>Export the current certificate under Connectivity &gt; Destination Trust and give it to the provider again, where its guide says to upload it.</source>
        <translation>Exporte el certificado actual en «Connectivity &gt; Destination Trust» y vuelva a entregárselo al proveedor: cárguelo donde indique su guía.</translation>
    </message>
    <message>
        <source>%1 uses SystemUser. SAP announced in the Destination service&apos;s documentation (note of 2026-03-18) that SystemUser would be removed by the end of September 2026; SAP Task Center&apos;s guide for %2 still lists it for the primary destination.</source>
        <translation>%1 utiliza SystemUser. SAP anunció en la documentación del Destination service (nota del 18 de marzo de 2026) que SystemUser se eliminaría a finales de septiembre de 2026; la guía de SAP Task Center para %2 todavía lo indica para el destino principal.</translation>
    </message>
    <message>
        <source>Test the connection. A token error &quot;Cannot determine user to propagate&quot; means this subaccount no longer honours SystemUser: check SAP Task Center&apos;s guide for %1 for what replaces it. Other token errors point elsewhere: the certificate the provider holds must be the subaccount&apos;s current one, and the technical user must exist in %1.</source>
        <translation>Pruebe la conexión. El error de token «Cannot determine user to propagate» significa que esta subcuenta ya no admite SystemUser: consulte en la guía de SAP Task Center para %1 qué lo sustituye. Los demás errores de token tienen otra causa: el certificado que tiene el proveedor debe ser el actual de la subcuenta, y el usuario técnico debe existir en %1.</translation>
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
        <translation>&amp;Guardar progreso…</translation>
    </message>
    <message>
        <source>Save what you entered so far, to continue later</source>
        <translation>Guardar lo introducido hasta ahora para continuar más tarde</translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation>Guardar progreso</translation>
    </message>
    <message>
        <source>Setup files (*.json)</source>
        <translation>Archivos de configuración (*.json)</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>No se ha guardado el progreso</translation>
    </message>
    <message>
        <source>Continue a saved setup</source>
        <translation>Continuar una configuración guardada</translation>
    </message>
    <message>
        <source>Setup not opened</source>
        <translation>No se ha abierto la configuración</translation>
    </message>
    <message>
        <source>The setup could not be opened: %1</source>
        <translation>No se ha podido abrir la configuración: %1</translation>
    </message>
    <message>
        <source>Secrets (keys, client secrets, passwords) will be kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Los secretos (claves, secretos de cliente, contraseñas) se guardarán en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Compro&amp;bar de nuevo</translation>
    </message>
    <message>
        <source>Back to the check, to see what is left</source>
        <translation>Volver a la comprobación para ver lo que queda</translation>
    </message>
    <message>
        <source>Progress saved</source>
        <translation>Progreso guardado</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>paso %1 de %2</translation>
    </message>
    <message>
        <source>subaccount %1</source>
        <translation>subcuenta %1</translation>
    </message>
    <message>
        <source>Leave the setup?</source>
        <translation>¿Salir de la configuración?</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Step %1 of %2, current: %3</source>
        <translation>Paso %1 de %2, actual: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2, done: %3</source>
        <translation>Paso %1 de %2, completado: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Task Center Connect – checking a configuration – %1</source>
        <translation>Task Center Connect – comprobación de una configuración – %1</translation>
    </message>
    <message>
        <source>Task Center Connect – %1 – step %2 of %3: %4</source>
        <translation>Task Center Connect – %1 – paso %2 de %3: %4</translation>
    </message>
    <message>
        <source>What this step is for, where to click, and SAP&apos;s guide for it</source>
        <translation>Para qué sirve este paso, dónde hacer clic y la guía de SAP correspondiente</translation>
    </message>
    <message>
        <source>Your setup is saved in %1. To continue it later, choose &quot;Continue a saved setup…&quot; on the first page.</source>
        <translation>Su configuración se ha guardado en %1. Para continuarla más tarde, elija «Continuar una configuración guardada…» en la primera página.</translation>
    </message>
    <message>
        <source>The demo subaccount keeps no secrets.</source>
        <translation>La subcuenta de demostración no guarda secretos.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not give them back.</source>
        <translation>El llavero de este equipo no ha podido devolverlos.</translation>
    </message>
    <message>
        <source>The keychain holds none of these for this setup.</source>
        <translation>El llavero no contiene ninguno de estos valores para esta configuración.</translation>
    </message>
    <message>
        <source>Secrets are not in it, and the demo subaccount keeps none: you enter them again when you continue.</source>
        <translation>Los secretos no están incluidos, y la subcuenta de demostración no guarda ninguno: los volverá a introducir cuando continúe.</translation>
    </message>
    <message>
        <source>Secrets are not in it, and this computer has no keychain to keep them: you enter them again when you continue.</source>
        <translation>Los secretos no están incluidos, y este equipo no tiene ningún llavero para guardarlos: los volverá a introducir cuando continúe.</translation>
    </message>
    <message>
        <source>Secrets are not in it; they are kept in this computer&apos;s keychain.</source>
        <translation>Los secretos no están incluidos; se guardan en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Your saved setup is open again. To go on, give again:</source>
        <translation>Su configuración guardada está abierta de nuevo. Para continuar, vuelva a indicar:</translation>
    </message>
    <message>
        <source>Keep for later: next time, the first page offers to continue where you left off.</source>
        <translation>Guardar para más tarde: la próxima vez, la primera página le ofrecerá continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>Discard: forget this setup.</source>
        <translation>Descartar: se olvida esta configuración.</translation>
    </message>
    <message>
        <source>&amp;Keep for later</source>
        <translation>&amp;Guardar para más tarde</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Seguir en el asistente</translation>
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
        <translation>(resulta de un paso anterior)</translation>
    </message>
    <message>
        <source>Someone else administers %1? Give them a sheet with these values.</source>
        <translation>¿Administra otra persona %1? Entréguele una hoja con estos valores.</translation>
    </message>
    <message>
        <source>Hand-&amp;off sheet…</source>
        <translation>Hoja de &amp;traspaso…</translation>
    </message>
    <message>
        <source>What to enter in %1, value by value, to print or save as PDF; secrets left out</source>
        <translation>Qué introducir en %1, valor por valor, para imprimir o guardar como PDF; sin los secretos</translation>
    </message>
</context>
<context>
    <name>CopyableValue</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copiar %1 en el portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save %1 as a file</source>
        <translation>Guardar %1 como archivo</translation>
    </message>
    <message>
        <source>Save %1 as a file, to upload it</source>
        <translation>Guardar %1 como archivo para cargarlo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
</context>
<context>
    <name>DestinationApplier</name>
    <message>
        <source>Not done: applying was cancelled.</source>
        <translation>No realizado: se ha cancelado la aplicación.</translation>
    </message>
    <message>
        <source>%1 does not exist in the subaccount yet.</source>
        <translation>%1 todavía no existe en la subcuenta.</translation>
    </message>
    <message>
        <source>%1 already exists in the subaccount and was left as it is.</source>
        <translation>%1 ya existe en la subcuenta y se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Not done because %1 failed. %2 Fix the problem with %1 and try again.</source>
        <translation>No realizado porque %1 ha fallado. %2 Corrija el problema de %1 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Not done: the connection to the subaccount was closed.</source>
        <translation>No realizado: se ha cerrado la conexión con la subcuenta.</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount with other values. Check the differences, then overwrite it or choose another name.</source>
        <translation>Ya existe en la subcuenta un destino llamado %1 con otros valores. Compruebe las diferencias y después sobrescríbalo o elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 was deleted from the subaccount meanwhile, and its %2 cannot be kept. Enter them and apply again.</source>
        <translation>%1 se ha eliminado de la subcuenta mientras tanto y no se pueden conservar sus %2. Introdúzcalos y vuelva a aplicar.</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount, and its values could not be read: %2</source>
        <translation>Ya existe en la subcuenta un destino llamado %1 y no se han podido leer sus valores: %2</translation>
    </message>
    <message>
        <source>Not done because %1 exists with other values. %2 Overwrite or rename %1 first.</source>
        <translation>No realizado porque %1 existe con otros valores. %2 Sobrescriba %1 o cámbiele el nombre primero.</translation>
    </message>
    <message>
        <source>Not done: %1 belongs to %2, which is not written with it. A secondary destination is written only together with its primary, so it never joins another system&apos;s pair.</source>
        <translation>No realizado: %1 pertenece a %2, que no se escribe con él. Un destino secundario solo se escribe junto con su destino principal, para que nunca se una al par de otro sistema.</translation>
    </message>
    <message>
        <source>%1: %2 The change may have been made all the same. Apply again: it checks what the subaccount holds first and makes nothing twice.</source>
        <translation>%1: %2 Es posible que el cambio se haya realizado de todos modos. Vuelva a aplicar: primero comprueba lo que contiene la subcuenta y no hace nada dos veces.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Destination service did not say what became of it.</source>
        <translation>El Destination service no ha indicado qué ha sido de él.</translation>
    </message>
    <message>
        <source>Waiting: %1 is writing these destinations in this subaccount…</source>
        <translation>En espera: %1 está escribiendo estos destinos en esta subcuenta…</translation>
    </message>
    <message>
        <source>Not done: %1 was still writing these destinations in this subaccount. Try again when it has finished.</source>
        <translation>No realizado: %1 todavía estaba escribiendo estos destinos en esta subcuenta. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Reading it back…</source>
        <translation>Volviendo a leerlo para comprobarlo…</translation>
    </message>
    <message>
        <source>%1 was written, but is not in the subaccount any more: someone deleted it at the same time. Apply again to write it.</source>
        <translation>%1 se ha escrito, pero ya no está en la subcuenta: alguien lo ha eliminado al mismo tiempo. Vuelva a aplicar para escribirlo.</translation>
    </message>
    <message>
        <source>%1 does not hold what this run wrote: someone changed it at the same time. Apply again to write these values, and check who else changes it.</source>
        <translation>%1 no contiene lo que escribió esta ejecución: alguien lo ha modificado al mismo tiempo. Vuelva a aplicar para escribir estos valores y compruebe quién más lo modifica.</translation>
    </message>
    <message>
        <source>%1 was changed in the subaccount after the review. Check the differences, then overwrite it or leave it as it is.</source>
        <translation>%1 se ha modificado en la subcuenta después de la revisión. Compruebe las diferencias y después sobrescríbalo o déjelo como está.</translation>
    </message>
</context>
<context>
    <name>DestinationChangePlan</name>
    <message>
        <source>added %1: %2</source>
        <translation>añadido %1: %2</translation>
    </message>
    <message>
        <source>changed %1: %2 → %3</source>
        <translation>modificado %1: %2 → %3</translation>
    </message>
    <message>
        <source>removed %1 (was %2)</source>
        <translation>eliminado %1 (era %2)</translation>
    </message>
    <message>
        <source>changed %1 (hidden)</source>
        <translation>modificado %1 (oculto)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
</context>
<context>
    <name>DestinationExporter</name>
    <message>
        <source>The destination name &quot;%1&quot; cannot be a file name. Use letters, digits, _ and -.</source>
        <translation>El nombre de destino «%1» no puede ser un nombre de archivo. Utilice letras, dígitos, _ y -.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
        <translation>No se puede crear la carpeta %1. Elija una carpeta en la que tenga permiso de escritura.</translation>
    </message>
</context>
<context>
    <name>DestinationLock</name>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, proceso %2 en %3</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>another run of this program</source>
        <translation>otra ejecución de este programa</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>&amp;Edit properties (for experts)</source>
        <translation>&amp;Editar propiedades (para expertos)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Añadi&amp;r</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>E&amp;liminar seleccionadas</translation>
    </message>
    <message>
        <source>Reset to documented &amp;values</source>
        <translation>Restablecer los &amp;valores documentados</translation>
    </message>
    <message>
        <source>These are the properties SAP&apos;s guide lists; check them, then continue.</source>
        <translation>Estas son las propiedades que indica la guía de SAP; compruébelas y después continúe.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Destination properties</source>
        <translation>Propiedades del destino</translation>
    </message>
    <message>
        <source>Property, e.g. tc.ui.label</source>
        <translation>Propiedad, p. ej. tc.ui.label</translation>
    </message>
    <message>
        <source>New property name</source>
        <translation>Nombre de la nueva propiedad</translation>
    </message>
    <message>
        <source>New property value</source>
        <translation>Valor de la nueva propiedad</translation>
    </message>
    <message>
        <source>Required by SAP Task Center exactly like this.</source>
        <translation>SAP Task Center la exige exactamente así.</translation>
    </message>
    <message>
        <source>A property name has letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;/&apos; and no spaces, for example tc.ui.label.</source>
        <translation>Un nombre de propiedad contiene letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; o &apos;/&apos; y ningún espacio, por ejemplo tc.ui.label.</translation>
    </message>
    <message>
        <source>%1 cannot be changed here: SAP Task Center requires it as it is, or it follows a field of an earlier step.</source>
        <translation>%1 no se puede modificar aquí: SAP Task Center la exige tal como está, o resulta de un campo de un paso anterior.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: SAP Task Center requires it.</source>
        <translation>%1 no se puede eliminar: SAP Task Center la exige.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>This provider definition has no destination &quot;%1&quot;.</source>
        <translation>Esta definición de proveedor no tiene ningún destino «%1».</translation>
    </message>
    <message>
        <source>(entered in an earlier step; not yet entered)</source>
        <translation>(se introduce en un paso anterior; todavía no se ha introducido)</translation>
    </message>
    <message>
        <source>•••••••• (entered in an earlier step)</source>
        <translation>•••••••• (introducido en un paso anterior)</translation>
    </message>
    <message>
        <source>Secret: it follows the value you entered in an earlier step.</source>
        <translation>Secreto: resulta del valor que ha introducido en un paso anterior.</translation>
    </message>
    <message>
        <source>%1 holds a secret. The wizard takes secrets only from its own fields and never saves them in a setup file: add it in the SAP BTP cockpit once the destination is written.</source>
        <translation>%1 contiene un secreto. El asistente solo toma secretos de sus propios campos y nunca los guarda en un archivo de configuración: añádalo en el cockpit de SAP BTP una vez escrito el destino.</translation>
    </message>
</context>
<context>
    <name>DestinationServiceKey</name>
    <message>
        <source>This is the key of an SAP Task Center instance, not of the Destination service. Open the Destination service instance (service destination, plan lite) in the subaccount and use its service key.</source>
        <translation>Esta es la clave de una instancia de SAP Task Center, no del Destination service. Abra la instancia del Destination service (servicio destination, plan lite) en la subcuenta y utilice su clave de servicio.</translation>
    </message>
    <message>
        <source>The field clientsecret is missing: this key uses an X.509 certificate instead. Only keys with a client secret are supported. In the cockpit, create a new service key for the Destination service instance without parameters (or with {&quot;credential-type&quot;: &quot;binding-secret&quot;}) and use that one.</source>
        <translation>Falta el campo clientsecret: esta clave utiliza un certificado X.509 en su lugar. Solo se admiten claves con secreto de cliente. En el cockpit, cree una nueva clave de servicio para la instancia del Destination service sin parámetros (o con {&quot;credential-type&quot;: &quot;binding-secret&quot;}) y utilice esa.</translation>
    </message>
    <message>
        <source>The field clientsecret is missing. Copy the whole key again from the cockpit.</source>
        <translation>Falta el campo clientsecret. Vuelva a copiar la clave completa desde el cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is missing. Copy the whole key again from the cockpit.</source>
        <translation>Falta el campo %1. Vuelva a copiar la clave completa desde el cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is empty or not text. Copy the whole key again from the cockpit.</source>
        <translation>El campo %1 está vacío o no es texto. Vuelva a copiar la clave completa desde el cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Credentials are sent only over https. Copy the whole key again from the cockpit.</source>
        <translation>El campo %1 no es una dirección https:// («%2»). Las credenciales solo se envían por https. Vuelva a copiar la clave completa desde el cockpit.</translation>
    </message>
    <message>
        <source>Destination service</source>
        <translation>Destination service</translation>
    </message>
</context>
<context>
    <name>DestinationServiceReply</name>
    <message>
        <source>Reading destinations</source>
        <translation>Lectura de destinos</translation>
    </message>
    <message>
        <source>Reading destination %1</source>
        <translation>Lectura del destino %1</translation>
    </message>
    <message>
        <source>Creating destination %1</source>
        <translation>Creación del destino %1</translation>
    </message>
    <message>
        <source>Updating destination %1</source>
        <translation>Actualización del destino %1</translation>
    </message>
    <message>
        <source>Deleting destination %1</source>
        <translation>Eliminación del destino %1</translation>
    </message>
    <message>
        <source>Reading the trust certificate</source>
        <translation>Lectura del certificado de confianza</translation>
    </message>
    <message>
        <source>Checking destination %1</source>
        <translation>Comprobación del destino %1</translation>
    </message>
    <message>
        <source>Getting a token</source>
        <translation>Obtención de un token</translation>
    </message>
    <message>
        <source>The request failed (%1). Check your network connection and try again.</source>
        <translation>La solicitud ha fallado (%1). Compruebe su conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> El servicio ha indicado: «%1».</translation>
    </message>
    <message>
        <source>The request was cancelled. If it was already on its way, the change may have been made; read the destinations again before you repeat it.</source>
        <translation>Se ha cancelado la solicitud. Si ya estaba en curso, es posible que el cambio se haya realizado; vuelva a leer los destinos antes de repetirlo.</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing was changed.</source>
        <translation>Se ha cancelado la solicitud. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Check your network connection (and proxy), then try again.</source>
        <translation>%1 no ha respondido en %2 segundos. Compruebe su conexión de red (y el proxy) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 port %2 (the connection was refused). Check that the service key is complete and current, and that no firewall blocks the connection.</source>
        <translation>Nada responde en %1, puerto %2 (se ha rechazado la conexión). Compruebe que la clave de servicio está completa y es actual, y que ningún cortafuegos bloquea la conexión.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check your network connection and that the service key belongs to an existing subaccount.</source>
        <translation>No se ha encontrado el servidor %1. Compruebe su conexión de red y que la clave de servicio pertenece a una subcuenta existente.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted (%2), so nothing was sent. Check the date and time of this computer and whether a proxy inspects https traffic.</source>
        <translation>No se ha podido confiar en la conexión segura con %1 (%2), por lo que no se ha enviado nada. Compruebe la fecha y la hora de este equipo y si un proxy inspecciona el tráfico https.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Ha fallado el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>The address %1 does not use https, so the service key is not sent there. Use the service key exactly as the SAP BTP cockpit shows it.</source>
        <translation>La dirección %1 no utiliza https, por lo que no se envía la clave de servicio a ella. Utilice la clave de servicio exactamente como la muestra el cockpit de SAP BTP.</translation>
    </message>
    <message>
        <source>The subaccount rejected the service key: its client ID or secret is not (or no longer) valid. Create a new service key for the Destination service instance in the cockpit and paste it here.</source>
        <translation>La subcuenta ha rechazado la clave de servicio: su ID de cliente o su secreto no es válido (o ha dejado de serlo). Cree una nueva clave de servicio para la instancia del Destination service en el cockpit y péguela aquí.</translation>
    </message>
    <message>
        <source>The service key may not do this (access denied).%1 Use the key of a Destination service instance in this subaccount, or ask a subaccount administrator.</source>
        <translation>La clave de servicio no tiene permiso para hacer esto (acceso denegado).%1 Utilice la clave de una instancia del Destination service de esta subcuenta, o consulte a un administrador de la subcuenta.</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. In the SAP BTP cockpit, open Connectivity &gt; Destination Trust, choose Generate Trust, then try again.</source>
        <translation>La subcuenta todavía no tiene ningún certificado de confianza. En el cockpit de SAP BTP, abra «Connectivity &gt; Destination Trust», elija «Generate Trust» y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The destination %1 does not exist in the subaccount.</source>
        <translation>El destino %1 no existe en la subcuenta.</translation>
    </message>
    <message>
        <source>The Destination service was not found at this address.%1 Check the uri field of the service key.</source>
        <translation>No se ha encontrado el Destination service en esta dirección.%1 Compruebe el campo uri de la clave de servicio.</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount. Choose another name or overwrite it.</source>
        <translation>Ya existe en la subcuenta un destino llamado %1. Elija otro nombre o sobrescríbalo.</translation>
    </message>
    <message>
        <source>The destination %1 was changed by someone else in the meantime. Read it again and repeat your change.</source>
        <translation>Otra persona ha modificado el destino %1 mientras tanto. Vuelva a leerlo y repita su cambio.</translation>
    </message>
    <message>
        <source>The Destination service is busy (too many requests) and still was after %1 tries. Wait a minute and try again.</source>
        <translation>El Destination service está ocupado (demasiadas solicitudes) y lo seguía estando después de %1 intentos. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The Destination service had a problem on its side (HTTP %1) and still had after %2 tries. Try again in a few minutes; if it lasts, check the SAP BTP status page.</source>
        <translation>El Destination service ha tenido un problema por su parte (HTTP %1) y lo seguía teniendo después de %2 intentos. Vuelva a intentarlo dentro de unos minutos; si persiste, consulte la página de estado de SAP BTP.</translation>
    </message>
    <message>
        <source>The Destination service refused the request as invalid.%1 Check the values you entered.</source>
        <translation>El Destination service ha rechazado la solicitud por no ser válida.%1 Compruebe los valores que ha introducido.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read. Check that the uri field of the service key points to the Destination service.</source>
        <translation>No se ha podido leer la respuesta de %1. Compruebe que el campo uri de la clave de servicio apunta al Destination service.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).%2 Try again; if it lasts, open Details and pass them to your administrator.</source>
        <translation>La solicitud ha fallado (HTTP %1).%2 Vuelva a intentarlo; si persiste, abra «Detalles» y páselos a su administrador.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Try again; if it keeps happening, check any proxy or firewall between this computer and SAP BTP.</source>
        <translation>%1 ha cerrado la conexión sin responder. Vuelva a intentarlo; si sigue ocurriendo, compruebe los proxies o cortafuegos que haya entre este equipo y SAP BTP.</translation>
    </message>
    <message>
        <source>The destination %1 is stored, but the Destination service could not get a token with it: %2. Check the token service URL, user and password or client key of the destination.</source>
        <translation>El destino %1 está guardado, pero el Destination service no ha podido obtener un token con él: %2. Compruebe la URL del servicio de tokens, el usuario y la contraseña o la clave de cliente del destino.</translation>
    </message>
    <message>
        <source>The answer of %1 was larger than %2 and was not read. Check that the service key points to the Destination service.</source>
        <translation>La respuesta de %1 era mayor que %2 y no se ha leído. Compruebe que la clave de servicio apunta al Destination service.</translation>
    </message>
    <message>
        <source>The Destination service refused this because of a conflict with the subaccount&apos;s current state.%1 Read the subaccount again and try again.</source>
        <translation>El Destination service ha rechazado esto por un conflicto con el estado actual de la subcuenta.%1 Vuelva a leer la subcuenta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Creating %1 destinations at once</source>
        <translation>Creación de %1 destinos a la vez</translation>
    </message>
    <message>
        <source>Updating %1 destinations at once</source>
        <translation>Actualización de %1 destinos a la vez</translation>
    </message>
    <message>
        <source>The Destination service did not say what became of %1. It may have been written: read the subaccount again before you repeat the change.</source>
        <translation>El Destination service no ha indicado qué ha sido de %1. Es posible que se haya escrito: vuelva a leer la subcuenta antes de repetir el cambio.</translation>
    </message>
    <message>
        <source>%1 did not answer within 1 second. Check your network connection (and proxy), then try again.</source>
        <translation>%1 no ha respondido en 1 segundo. Compruebe su conexión de red (y el proxy) y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The Destination service is busy and asked to wait %n second(s) before trying again: longer than this program waits for an answer (%1). Try again after that time.</source>
        <translation>
            <numerusform>El Destination service está ocupado y ha pedido esperar %n segundo antes de volver a intentarlo: más de lo que este programa espera una respuesta (%1). Vuelva a intentarlo una vez transcurrido ese tiempo.</numerusform>
            <numerusform>El Destination service está ocupado y ha pedido esperar %n segundos antes de volver a intentarlo: más de lo que este programa espera una respuesta (%1). Vuelva a intentarlo una vez transcurrido ese tiempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>The file that was there is unchanged.</source>
        <translation>El archivo que había allí no se ha modificado.</translation>
    </message>
    <message>
        <source>No file was made there.</source>
        <translation>No se ha creado ningún archivo allí.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>The disk is full: %1 needs %2, and %3 is free there. %4 Make room on the disk, or choose another folder, and try again.</source>
        <translation>El disco está lleno: %1 necesita %2 y allí solo quedan %3 libres. %4 Libere espacio en el disco o elija otra carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). %3 Check that you may write to that folder, or choose another one.</source>
        <translation>No se ha podido escribir %1 (%2). %3 Compruebe que tiene permiso de escritura en esa carpeta, o elija otra.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Write destination files</source>
        <translation>&amp;Escribir archivos de destino</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>Both: .properties for the cockpit and .json for the REST API</source>
        <translation>Ambos: .properties para el cockpit y .json para la API REST</translation>
    </message>
    <message>
        <source>.properties (the cockpit&apos;s import format)</source>
        <translation>.properties (el formato de importación del cockpit)</translation>
    </message>
    <message>
        <source>.json (the Destination service REST API&apos;s format)</source>
        <translation>.json (el formato de la API REST del Destination service)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Folder for the destination files</source>
        <translation>Carpeta para los archivos de destino</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Elija una carpeta para los archivos.</translation>
    </message>
    <message>
        <source>Something earlier is not complete yet: %1 Go back and correct it.</source>
        <translation>Todavía hay algo incompleto en un paso anterior: %1 Vuelva atrás y corríjalo.</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>¿Sustituir los archivos?</translation>
    </message>
    <message>
        <source>These files exist already and will be replaced:
%1</source>
        <translation>Estos archivos ya existen y se sustituirán:
%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the SAP BTP cockpit, open the subaccount where SAP Task Center runs and choose &lt;b&gt;Connectivity &amp;gt; Destinations&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Create &amp;gt; From File&lt;/b&gt; and import %1, one file at a time.&lt;/li&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hacer a continuación&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;En el cockpit de SAP BTP, abra la subcuenta en la que se ejecuta SAP Task Center y elija &lt;b&gt;Connectivity &amp;gt; Destinations&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Elija &lt;b&gt;Create &amp;gt; From File&lt;/b&gt; e importe %1, un archivo cada vez.&lt;/li&gt;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>&amp;Include the secrets in the files</source>
        <translation>&amp;Incluir los secretos en los archivos</translation>
    </message>
    <message>
        <source>Save the destinations as files, then import them in the SAP BTP cockpit.</source>
        <translation>Guarde los destinos como archivos y después impórtelos en el cockpit de SAP BTP.</translation>
    </message>
    <message>
        <source>Anyone who has these files can use the secrets in them. Keep the files in a safe place and delete them after the import. Without this option the files leave the secrets out, as the cockpit&apos;s own export does, and you type them in after the import.</source>
        <translation>Cualquier persona que tenga estos archivos puede usar los secretos que contienen. Guarde los archivos en un lugar seguro y elimínelos después de la importación. Sin esta opción, los archivos no incluyen los secretos, igual que la exportación del propio cockpit, y usted los introduce después de la importación.</translation>
    </message>
    <message>
        <source>&lt;li&gt;In each imported destination, fill in the secrets the files leave out: &lt;b&gt;%1&lt;/b&gt; (the values you entered in the wizard&apos;s earlier steps).&lt;/li&gt;</source>
        <translation>&lt;li&gt;En cada destino importado, rellene los secretos que no incluyen los archivos: &lt;b&gt;%1&lt;/b&gt; (los valores que ha introducido en los pasos anteriores del asistente).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;. You can also save them as files.</source>
        <translation>Los destinos están en «%1». También puede guardarlos como archivos.</translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation>Escritos:
%1</translation>
    </message>
    <message>
        <source>Write the destination files to finish: they are what you import.</source>
        <translation>Escriba los archivos de destino para finalizar: son lo que usted importa.</translation>
    </message>
    <message>
        <source>Save the destinations as files</source>
        <translation>Guardar los destinos como archivos</translation>
    </message>
    <message>
        <source>&lt;li&gt;Check in SAP Task Center&apos;s &lt;b&gt;Monitoring&lt;/b&gt; that the connector reports no error within the next hour (Task Center turns &lt;i&gt;tc.enabled&lt;/i&gt; off by itself when it cannot fetch a token for an hour).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Compruebe en &lt;b&gt;Monitoring&lt;/b&gt; de SAP Task Center que el conector no notifica ningún error durante la próxima hora (Task Center desactiva &lt;i&gt;tc.enabled&lt;/i&gt; por sí mismo cuando no puede obtener un token durante una hora).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;If you like, check the connection in SAP Task Center&apos;s &lt;b&gt;Monitoring&lt;/b&gt;, as SAP&apos;s guide suggests (the cockpit&apos;s &lt;i&gt;Check Connection&lt;/i&gt; may not show it correctly).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Si lo desea, compruebe la conexión en &lt;b&gt;Monitoring&lt;/b&gt; de SAP Task Center, como sugiere la guía de SAP (&lt;i&gt;Check Connection&lt;/i&gt; del cockpit puede no mostrarla correctamente).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Nothing is left to import: the destinations are in &quot;%1&quot;.&lt;/li&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hacer a continuación&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;No queda nada por importar: los destinos están en «%1».&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Files are optional here, e.g. to set up another subaccount the same way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aquí los archivos son opcionales, p. ej. para configurar otra subcuenta de la misma manera.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Save.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Guarde.&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Hand-off sheet</source>
        <translation>Hoja de traspaso</translation>
    </message>
    <message>
        <source>The hand-off sheet</source>
        <translation>La hoja de traspaso</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) on the sheet are not known yet. Complete the earlier steps, then open the sheet again.</source>
        <translation>
            <numerusform>Todavía no se conoce %n valor de la hoja. Complete los pasos anteriores y vuelva a abrir la hoja.</numerusform>
            <numerusform>Todavía no se conocen %n valores de la hoja. Complete los pasos anteriores y vuelva a abrir la hoja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the hand-off sheet</source>
        <translation>Guardar la hoja de traspaso</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1. Secrets are not in it.</source>
        <translation>Se ha guardado como %1. No contiene ningún secreto.</translation>
    </message>
    <message>
        <source>Saved as %1, with %2 next to it to hand over too. Secrets are not in them.</source>
        <translation>Se ha guardado como %1, junto con %2, que también debe entregar. No contienen ningún secreto.</translation>
    </message>
    <message>
        <source>Print the hand-off sheet</source>
        <translation>Imprimir la hoja de traspaso</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>HandoffSheet</name>
    <message>
        <source>%1 - SAP Task Center hand-off.pdf</source>
        <translation>%1 - Hoja de traspaso de SAP Task Center.pdf</translation>
    </message>
    <message>
        <source>%1: what to enter for SAP Task Center</source>
        <translation>%1: qué introducir para SAP Task Center</translation>
    </message>
    <message>
        <source>For the administrator of %1. Please enter the values below in %1 as each step says, and send the values listed under &quot;To send back&quot; to the person setting up SAP Task Center.</source>
        <translation>Para el administrador de %1. Introduzca los valores siguientes en %1 como indica cada paso y envíe los valores que figuran en «Para devolver» a la persona que configura SAP Task Center.</translation>
    </message>
    <message>
        <source>Prepared on %1 with Task Center Connect.</source>
        <translation>Preparada el %1 con Task Center Connect.</translation>
    </message>
    <message>
        <source>Secrets (passwords, client secrets, keys) are not on this sheet. Where a step needs one, the sheet says where it comes from. Send secrets back only in a way your organization allows for passwords, never in a plain e-mail.</source>
        <translation>Los secretos (contraseñas, secretos de cliente, claves) no figuran en esta hoja. Cuando un paso necesita uno, la hoja indica de dónde procede. Devuelva los secretos solo por un medio que su organización permita para contraseñas, nunca en un simple correo electrónico.</translation>
    </message>
    <message>
        <source>Your %1 system</source>
        <translation>Su sistema %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for this step: %1, %2</source>
        <translation>Guía de SAP para este paso: %1, %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>A secret, not on this sheet: ask the person setting up SAP Task Center for it.</source>
        <translation>Es un secreto y no figura en esta hoja: pídaselo a la persona que configura SAP Task Center.</translation>
    </message>
    <message>
        <source>Not known yet: it follows from an earlier step of the setup.</source>
        <translation>Todavía no se conoce: resulta de un paso anterior de la configuración.</translation>
    </message>
    <message>
        <source>The file %1, handed over with this sheet.</source>
        <translation>El archivo %1, que se entrega con esta hoja.</translation>
    </message>
    <message>
        <source>To send back:</source>
        <translation>Para devolver:</translation>
    </message>
    <message>
        <source>A secret: send it in a way your organization allows for passwords, not on this sheet.</source>
        <translation>Es un secreto: envíelo por un medio que su organización permita para contraseñas, no en esta hoja.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) below are not known yet: complete the earlier steps of the setup and make this sheet again.</source>
        <translation>
            <numerusform>Todavía no se conoce %n de los valores siguientes: complete los pasos anteriores de la configuración y vuelva a generar esta hoja.</numerusform>
            <numerusform>Todavía no se conocen %n de los valores siguientes: complete los pasos anteriores de la configuración y vuelva a generar esta hoja.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this way through the setup, nothing is entered in %1 by hand.</source>
        <translation>Por esta vía de configuración no se introduce nada a mano en %1.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>&amp;Open SAP&apos;s guide</source>
        <translation>&amp;Abrir la guía de SAP</translation>
    </message>
    <message>
        <source>What this step is for</source>
        <translation>Para qué sirve este paso</translation>
    </message>
    <message>
        <source>Where to click</source>
        <translation>Dónde hacer clic</translation>
    </message>
    <message>
        <source>Address of SAP&apos;s guide</source>
        <translation>Dirección de la guía de SAP</translation>
    </message>
    <message>
        <source>Open SAP&apos;s guide in a browser</source>
        <translation>Abrir la guía de SAP en un navegador</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Cerrar la ayuda</translation>
    </message>
    <message>
        <source>SAP&apos;s guide</source>
        <translation>Guía de SAP</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Ayuda: %1</translation>
    </message>
    <message>
        <source>SAP&apos;s guides name no page for this step.</source>
        <translation>Las guías de SAP no indican ninguna página para este paso.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the address below and open it in a browser.</source>
        <translation>No se ha podido abrir ningún navegador. Copie la dirección siguiente y ábrala en un navegador.</translation>
    </message>
</context>
<context>
    <name>InputChecks</name>
    <message>
        <source>Enter a name for the destination.</source>
        <translation>Introduzca un nombre para el destino.</translation>
    </message>
    <message>
        <source>Use only letters (A-Z, a-z), digits, underscores (_) and hyphens (-) in the name; spaces and other characters are not allowed by SAP BTP.</source>
        <translation>Utilice en el nombre solo letras (A-Z, a-z), dígitos, guiones bajos (_) y guiones (-); SAP BTP no admite espacios ni otros caracteres.</translation>
    </message>
    <message>
        <source>The name has %1 characters; SAP BTP allows at most %2.</source>
        <translation>El nombre tiene %1 caracteres; SAP BTP admite como máximo %2.</translation>
    </message>
    <message>
        <source>The name has %1 characters; SAP Task Center stops with an error above %2. Shorten it.</source>
        <translation>El nombre tiene %1 caracteres; SAP Task Center se detiene con un error a partir de más de %2. Acórtelo.</translation>
    </message>
    <message>
        <source>The name has %1 characters; keep it to %2 so that the second destination, %3_PP, stays within SAP Task Center&apos;s limit of %4.</source>
        <translation>El nombre tiene %1 caracteres; limítelo a %2 para que el segundo destino, %3_PP, no supere el límite de %4 de SAP Task Center.</translation>
    </message>
    <message>
        <source>Names ending in _PP are how SAP Task Center recognizes the principal-propagation destination. Choose a name without _PP for the main destination.</source>
        <translation>SAP Task Center reconoce el destino de propagación de principal por los nombres que terminan en _PP. Elija un nombre sin _PP para el destino principal.</translation>
    </message>
    <message>
        <source>The address must start with https://; credentials never travel unencrypted.</source>
        <translation>La dirección debe empezar por https://; las credenciales nunca se transmiten sin cifrar.</translation>
    </message>
    <message>
        <source>This is not a complete web address. Copy it again, starting with https://.</source>
        <translation>Esta no es una dirección web completa. Vuelva a copiarla, empezando por https://.</translation>
    </message>
    <message>
        <source>This value has no spaces or line breaks. Copy it again from where it is shown.</source>
        <translation>Este valor no contiene espacios ni saltos de línea. Vuelva a copiarlo desde donde se muestra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a placeholder from a template. Enter the real value.</source>
        <translation>«%1» es un marcador de posición de una plantilla. Introduzca el valor real.</translation>
    </message>
    <message>
        <source>Enter the address, starting with https://.</source>
        <translation>Introduzca la dirección, empezando por https://.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Introduzca el ID de cliente.</translation>
    </message>
    <message>
        <source>Enter the secret.</source>
        <translation>Introduzca el secreto.</translation>
    </message>
    <message>
        <source>A client is three digits, for example 100.</source>
        <translation>Un mandante tiene tres dígitos, por ejemplo 100.</translation>
    </message>
    <message>
        <source>This is a placeholder from a template. Paste the real API key.</source>
        <translation>Esto es un marcador de posición de una plantilla. Pegue la clave de API real.</translation>
    </message>
    <message>
        <source>A secret is one line. Copy it again from where it is shown.</source>
        <translation>Un secreto ocupa una sola línea. Vuelva a copiarlo desde donde se muestra.</translation>
    </message>
    <message>
        <source>This is a placeholder from a template. Enter the real value.</source>
        <translation>Esto es un marcador de posición de una plantilla. Introduzca el valor real.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name as the system shows it (its user ID).</source>
        <translation>Introduzca el nombre de usuario tal como lo muestra el sistema (su ID de usuario).</translation>
    </message>
    <message>
        <source>A user name has no spaces. Enter the user&apos;s ID, not the person&apos;s name.</source>
        <translation>Un nombre de usuario no contiene espacios. Introduzca el ID de usuario, no el nombre de la persona.</translation>
    </message>
    <message>
        <source>Paste the API key the system shows for this client.</source>
        <translation>Pegue la clave de API que muestra el sistema para este cliente.</translation>
    </message>
    <message>
        <source>An API key has no spaces or line breaks. Copy it again from where it is shown.</source>
        <translation>Una clave de API no contiene espacios ni saltos de línea. Vuelva a copiarla desde donde se muestra.</translation>
    </message>
</context>
<context>
    <name>InputField</name>
    <message>
        <source>Show or hide the value</source>
        <translation>Mostrar u ocultar el valor</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utilizar %1</translation>
    </message>
    <message>
        <source>The value SAP&apos;s guide shows as an example</source>
        <translation>El valor que la guía de SAP muestra como ejemplo</translation>
    </message>
    <message>
        <source>Taken from the subaccount and kept hidden; type a new value to replace it</source>
        <translation>Tomado de la subcuenta y oculto; escriba un valor nuevo para sustituirlo</translation>
    </message>
    <message>
        <source>Use this value instead of the one entered</source>
        <translation>Utilizar este valor en lugar del introducido</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Copiar los detalles</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>Nothing to click in SAP&apos;s consoles yet. You will need the SAP BTP cockpit of the subaccount where SAP Task Center runs, and administrator access to %1; each later step says where to click.</source>
        <translation>Todavía no hay que hacer clic en nada en las consolas de SAP. Necesitará el cockpit de SAP BTP de la subcuenta en la que se ejecuta SAP Task Center y acceso de administrador a %1; cada paso posterior indica dónde hacer clic.</translation>
    </message>
    <message>
        <source>Choose where the destinations go: straight into your SAP BTP subaccount over the Destination service, into the demo subaccount on this computer, or only into files that you import in the SAP BTP cockpit yourself. Nothing is written into a subaccount before you have reviewed the changes and chosen Apply.</source>
        <translation>Elija adónde van los destinos: directamente a su subcuenta de SAP BTP mediante el Destination service, a la subcuenta de demostración de este equipo o solo a archivos que usted mismo importa en el cockpit de SAP BTP. No se escribe nada en una subcuenta antes de que haya revisado los cambios y elegido «Aplicar».</translation>
    </message>
    <message>
        <source>To add a subaccount, you need a key of its Destination service instance: in the SAP BTP cockpit, open Services &gt; Instances and Subscriptions, choose the Destination instance (plan lite; create one if there is none) and open or create a key under Service Keys. Open the downloaded file or paste its text.</source>
        <translation>Para añadir una subcuenta, necesita una clave de su instancia del Destination service: en el cockpit de SAP BTP, abra «Services &gt; Instances and Subscriptions», elija la instancia «Destination» (plan lite; cree una si no hay ninguna) y abra o cree una clave en «Service Keys». Abra el archivo descargado o pegue su texto.</translation>
    </message>
    <message>
        <source>Shows, for each destination, whether applying will create it, update it (with every property that changes; secrets stay hidden) or leave it unchanged, and warns when another primary destination already points to the same system. Nothing has been written yet.</source>
        <translation>Muestra, para cada destino, si al aplicar se creará, se actualizará (con cada propiedad que cambia; los secretos permanecen ocultos) o se dejará sin cambios, y avisa cuando otro destino principal ya apunta al mismo sistema. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Nothing to click in SAP&apos;s consoles. To compare for yourself, the SAP BTP cockpit lists the subaccount&apos;s destinations under Connectivity &gt; Destinations.</source>
        <translation>No hay que hacer clic en nada en las consolas de SAP. Para comparar usted mismo, el cockpit de SAP BTP muestra los destinos de la subcuenta en «Connectivity &gt; Destinations».</translation>
    </message>
    <message>
        <source>Writes each primary destination first, then the destinations that belong to it, and says for each whether it was created, updated, already up to date, or why it failed. Test connection asks the Destination service for a token with the primary destination, as SAP Task Center does.</source>
        <translation>Escribe primero cada destino principal y después los destinos que le pertenecen, e indica para cada uno si se ha creado, si se ha actualizado, si ya estaba actualizado o por qué ha fallado. «Probar conexión» solicita un token al Destination service con el destino principal, como hace SAP Task Center.</translation>
    </message>
    <message>
        <source>The written destinations are listed in the SAP BTP cockpit under Connectivity &gt; Destinations. Afterwards, check in SAP Task Center&apos;s Monitoring that the connector reports no error.</source>
        <translation>Los destinos escritos aparecen en el cockpit de SAP BTP en «Connectivity &gt; Destinations». Después, compruebe en «Monitoring» de SAP Task Center que el conector no notifica ningún error.</translation>
    </message>
    <message>
        <source>The destinations are in the subaccount. Files are optional here, for example to set up another subaccount the same way.</source>
        <translation>Los destinos están en la subcuenta. Aquí los archivos son opcionales, por ejemplo para configurar otra subcuenta de la misma manera.</translation>
    </message>
    <message>
        <source>The SAP BTP cockpit lists the destinations under Connectivity &gt; Destinations. Check in SAP Task Center&apos;s Monitoring that the connector reports no error within the next hour.</source>
        <translation>El cockpit de SAP BTP muestra los destinos en «Connectivity &gt; Destinations». Compruebe en «Monitoring» de SAP Task Center que el conector no notifica ningún error durante la próxima hora.</translation>
    </message>
    <message>
        <source>Saves each destination as a file (.properties for the SAP BTP cockpit, .json for the Destination service REST API) and says what to do next. After Apply, the files are optional.</source>
        <translation>Guarda cada destino como archivo (.properties para el cockpit de SAP BTP, .json para la API REST del Destination service) e indica qué hacer a continuación. Después de «Aplicar», los archivos son opcionales.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose Connectivity &gt; Destinations, then Create &gt; From File, and import the files one at a time. Unless you included them, fill in the secrets the files leave out.</source>
        <translation>En el cockpit de SAP BTP, abra la subcuenta en la que se ejecuta SAP Task Center, elija «Connectivity &gt; Destinations» y después «Create &gt; From File», e importe los archivos de uno en uno. Si no los ha incluido, complete los secretos que faltan en los archivos.</translation>
    </message>
    <message>
        <source>Choose what to check: the destinations of a subaccount (the demo subaccount or a saved one) or files exported from the SAP BTP cockpit; and, if you like, the trust certificate a provider holds, to compare it with the subaccount&apos;s current one.</source>
        <translation>Elija qué desea comprobar: los destinos de una subcuenta (la subcuenta de demostración o una guardada) o archivos exportados desde el cockpit de SAP BTP; y, si lo desea, el certificado de confianza que tiene un proveedor, para compararlo con el actual de la subcuenta.</translation>
    </message>
    <message>
        <source>To export destinations: in the SAP BTP cockpit, open Connectivity &gt; Destinations, select them and choose Export (several come as an archive). The subaccount&apos;s trust certificate: Connectivity &gt; Destination Trust &gt; Export.</source>
        <translation>Para exportar destinos: en el cockpit de SAP BTP, abra «Connectivity &gt; Destinations», selecciónelos y elija «Export» (si son varios, se obtienen en un archivo zip). El certificado de confianza de la subcuenta: «Connectivity &gt; Destination Trust &gt; Export».</translation>
    </message>
    <message>
        <source>Lists what the check found, grouped by provider and destination, the worst first. Choose a finding to read how to fix it, where SAP documents it and its rule; some are fixed from here (Fix in the subaccount…) or by setting the provider up again in the wizard.</source>
        <translation>Enumera lo que ha encontrado la comprobación, agrupado por proveedor y destino, los más graves primero. Elija un hallazgo para leer cómo corregirlo, dónde lo documenta SAP y su regla; algunos se corrigen desde aquí («Corregir en la subcuenta…») o volviendo a configurar el proveedor en el asistente.</translation>
    </message>
    <message>
        <source>Fixes by hand are made in the SAP BTP cockpit under Connectivity &gt; Destinations, in the destination the finding names. Open SAP&apos;s page opens the page a finding cites.</source>
        <translation>Las correcciones manuales se hacen en el cockpit de SAP BTP, en «Connectivity &gt; Destinations», en el destino que indica el hallazgo. «Abrir la página de SAP» abre la página que cita un hallazgo.</translation>
    </message>
    <message>
        <source>Get the subaccount&apos;s trust certificate: from the subaccount itself, from the exported .pem file, or pasted. The wizard shows its validity and fingerprint, and warns when it expires soon.</source>
        <translation>Obtenga el certificado de confianza de la subcuenta: de la propia subcuenta, del archivo .pem exportado o pegándolo. El asistente muestra su validez y su huella digital, y avisa cuando va a caducar pronto.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose Connectivity &gt; Destination Trust and Export the active certificate (a .pem file). Older guides say Connectivity &gt; Destinations &gt; Download Trust; SAP moved it in November 2025.</source>
        <translation>En el cockpit de SAP BTP, abra la subcuenta en la que se ejecuta SAP Task Center, elija «Connectivity &gt; Destination Trust» y exporte el certificado activo con «Export» (un archivo .pem). Las guías más antiguas indican «Connectivity &gt; Destinations &gt; Download Trust»; SAP lo trasladó en noviembre de 2025.</translation>
    </message>
    <message>
        <source>Renew the certificate before it expires, and put the new one into %1 at once: until then, tasks may not come through.</source>
        <translation>Renueve el certificado antes de que caduque y coloque el nuevo en %1 de inmediato: hasta entonces, es posible que las tareas no lleguen.</translation>
    </message>
    <message>
        <source>The SAP Task Center service key says where SAP Task Center is and which OAuth client it uses (uaa.url, uaa.clientid, endpoints.inbox_rest_url); later steps take their values from it.</source>
        <translation>La clave de servicio de SAP Task Center indica dónde está SAP Task Center y qué cliente OAuth utiliza (uaa.url, uaa.clientid, endpoints.inbox_rest_url); los pasos posteriores toman sus valores de ella.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open Services &gt; Instances and Subscriptions, choose the SAP Task Center instance, and under Service Keys open a key (create one if there is none). Download it, or copy its JSON text.</source>
        <translation>En el cockpit de SAP BTP, abra «Services &gt; Instances and Subscriptions», elija la instancia de SAP Task Center y, en «Service Keys», abra una clave (cree una si no hay ninguna). Descárguela, o copie su texto JSON.</translation>
    </message>
    <message>
        <source>Values about %1 that the destinations need. The wizard checks each as you type and makes the addresses SAP&apos;s guide asks for from them.</source>
        <translation>Valores sobre %1 que necesitan los destinos. El asistente comprueba cada uno mientras escribe y genera a partir de ellos las direcciones que pide la guía de SAP.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The values come from %1; its administrator knows them.</source>
        <translation>Los valores proceden de %1; su administrador los conoce.</translation>
    </message>
    <message>
        <source>Things to do in %1 itself. The page shows each value to enter there, with a Copy button, and asks for the values it gives back.</source>
        <translation>Tareas que se realizan en el propio %1. La página muestra cada valor que hay que introducir allí, con un botón «Copiar», y pide los valores que devuelve.</translation>
    </message>
    <message>
        <source>Steps done outside the wizard, in the order SAP documents them; the page says what to check at each one.</source>
        <translation>Pasos que se realizan fuera del asistente, en el orden en que los documenta SAP; la página indica qué comprobar en cada uno.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; as SAP&apos;s guide lists it: its name and properties. The wizard writes it into the subaccount after the review, or into a file for you to import.</source>
        <translation>El destino «%1» tal como lo indica la guía de SAP: su nombre y sus propiedades. El asistente lo escribe en la subcuenta después de la revisión, o en un archivo para que usted lo importe.</translation>
    </message>
    <message>
        <source>The destinations as SAP&apos;s guide lists them. The wizard writes them into the subaccount after the review, or into files for you to import.</source>
        <translation>Los destinos tal como los indica la guía de SAP. El asistente los escribe en la subcuenta después de la revisión, o en archivos para que usted los importe.</translation>
    </message>
    <message>
        <source>The SAP BTP cockpit lists the subaccount&apos;s destinations under Connectivity &gt; Destinations; a file is imported there with Create &gt; From File.</source>
        <translation>El cockpit de SAP BTP muestra los destinos de la subcuenta en «Connectivity &gt; Destinations»; allí se importa un archivo con «Create &gt; From File».</translation>
    </message>
    <message>
        <source>Choose the task provider to connect to SAP Task Center. The page lists the destinations the wizard will set up, what to have at hand and SAP&apos;s guides. From here you can also continue a saved setup, try the demo subaccount, or check a configuration that exists already.</source>
        <translation>Elija el proveedor de tareas que desea conectar a SAP Task Center. La página enumera los destinos que configurará el asistente, lo que debe tener a mano y las guías de SAP. Desde aquí también puede continuar una configuración guardada, probar la subcuenta de demostración o comprobar una configuración ya existente.</translation>
    </message>
    <message>
        <source>For %1, also choose how to connect it (%2).</source>
        <translation>Para %1, elija también la forma de conectarlo (%2).</translation>
    </message>
    <message>
        <source>Nothing is left for the wizard to write on this way. The page says what to check afterwards.</source>
        <translation>Por esta vía, el asistente no tiene nada que escribir. La página indica qué comprobar después.</translation>
    </message>
</context>
<context>
    <name>ProviderDefinition</name>
    <message>
        <source>Unknown task provider &quot;%1&quot;. Known providers: %2.</source>
        <translation>Proveedor de tareas desconocido «%1». Proveedores conocidos: %2.</translation>
    </message>
    <message>
        <source>The provider definition is not valid JSON: %1</source>
        <translation>La definición del proveedor no es JSON válido: %1</translation>
    </message>
    <message>
        <source>The provider definition lacks &quot;id&quot; or &quot;displayName&quot;.</source>
        <translation>A la definición del proveedor le falta &quot;id&quot; o &quot;displayName&quot;.</translation>
    </message>
    <message>
        <source>The provider definition has an unsupported format (expected %1).</source>
        <translation>La definición del proveedor tiene un formato no admitido (se esperaba %1).</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has an unknown kind &quot;%2&quot; (known: %3).</source>
        <translation>El paso «%1» tiene un tipo desconocido «%2» (conocidos: %3).</translation>
    </message>
    <message>
        <source>The provider definition &quot;%1&quot; is not consistent: %2</source>
        <translation>La definición de proveedor «%1» no es coherente: %2</translation>
    </message>
    <message>
        <source>an input has no &quot;id&quot;.</source>
        <translation>una entrada no tiene &quot;id&quot;.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is defined twice.</source>
        <translation>la entrada «%1» está definida dos veces.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; names an unknown check &quot;%2&quot;.</source>
        <translation>la entrada «%1» nombra una comprobación desconocida «%2».</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; must differ from an unknown input &quot;%2&quot;.</source>
        <translation>la entrada «%1» debe ser distinta de una entrada desconocida «%2».</translation>
    </message>
    <message>
        <source>the derived value &quot;%1&quot; comes from an unknown input &quot;%2&quot;.</source>
        <translation>el valor derivado «%1» procede de una entrada desconocida «%2».</translation>
    </message>
    <message>
        <source>a path lacks &quot;id&quot; or &quot;title&quot;.</source>
        <translation>a una ruta le falta &quot;id&quot; o &quot;title&quot;.</translation>
    </message>
    <message>
        <source>it has no steps.</source>
        <translation>no tiene pasos.</translation>
    </message>
    <message>
        <source>a step has no &quot;id&quot; or one used twice (&quot;%1&quot;).</source>
        <translation>un paso no tiene &quot;id&quot; o tiene uno usado dos veces («%1»).</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; names an unknown path &quot;%2&quot;.</source>
        <translation>el paso «%1» nombra una ruta desconocida «%2».</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; reads an unknown document &quot;%2&quot; (trustCertificate or serviceKey).</source>
        <translation>el paso «%1» lee un documento desconocido «%2» (trustCertificate o serviceKey).</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has no title.</source>
        <translation>el paso «%1» no tiene título.</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; shows an unknown value ${%2}.</source>
        <translation>el paso «%1» muestra un valor desconocido ${%2}.</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; asks for an unknown input &quot;%2&quot;.</source>
        <translation>el paso «%1» pide una entrada desconocida «%2».</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; shows an unknown derived value &quot;%2&quot;.</source>
        <translation>el paso «%1» muestra un valor derivado desconocido «%2».</translation>
    </message>
    <message>
        <source>the checklist &quot;%1&quot; has no items.</source>
        <translation>la lista de comprobación «%1» no tiene elementos.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; has no steps.</source>
        <translation>la ruta «%1» no tiene pasos.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; writes destinations but has no destinations step.</source>
        <translation>la ruta «%1» escribe destinos, pero no tiene ningún paso de destinos.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; writes no destinations but has a destinations step.</source>
        <translation>la ruta «%1» no escribe destinos, pero tiene un paso de destinos.</translation>
    </message>
    <message>
        <source>a destination lacks &quot;role&quot;, &quot;name&quot; or &quot;title&quot;.</source>
        <translation>a un destino le falta &quot;role&quot;, &quot;name&quot; o &quot;title&quot;.</translation>
    </message>
    <message>
        <source>the destination role &quot;%1&quot; is used twice.</source>
        <translation>el rol de destino «%1» se usa dos veces.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; belongs to &quot;%2&quot;, which is not a primary destination defined before it.</source>
        <translation>el destino «%1» pertenece a «%2», que no es un destino principal definido antes que él.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; is named by an unknown input &quot;%2&quot;.</source>
        <translation>el destino «%1» recibe su nombre de una entrada desconocida «%2».</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; uses an unknown value ${%2}.</source>
        <translation>el destino «%1» utiliza un valor desconocido ${%2}.</translation>
    </message>
    <message>
        <source>it describes no primary destination.</source>
        <translation>no describe ningún destino principal.</translation>
    </message>
    <message>
        <source>no step asks for the input &quot;%1&quot;.</source>
        <translation>ningún paso pide la entrada «%1».</translation>
    </message>
    <message>
        <source>the guide &quot;%1&quot; documents an unknown step &quot;%2&quot;.</source>
        <translation>la guía «%1» documenta un paso desconocido «%2».</translation>
    </message>
    <message>
        <source>it has destinations but no destinations step to show them.</source>
        <translation>tiene destinos, pero ningún paso de destinos para mostrarlos.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; must be on the same site as an unknown input &quot;%2&quot;, or its warning does not name both sites (the two placeholders for them).</source>
        <translation>la entrada «%1» debe estar en el mismo sitio que una entrada desconocida «%2», o su advertencia no nombra ambos sitios (los dos marcadores de posición para ellos).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values SAP documents here (%2). Choose one of them.</source>
        <translation>«%1» no es uno de los valores que SAP documenta aquí (%2). Elija uno de ellos.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a default value that is not one of its choices.</source>
        <translation>la entrada «%1» tiene un valor predeterminado que no es una de sus opciones.</translation>
    </message>
    <message>
        <source>the example of the input &quot;%1&quot; does not pass its own check.</source>
        <translation>el ejemplo de la entrada «%1» no supera su propia comprobación.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a pattern that is not a valid regular expression with a message.</source>
        <translation>la entrada «%1» tiene un patrón que no es una expresión regular válida con un mensaje.</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; does not set the same values as the way &quot;%2&quot;.</source>
        <translation>la vía «%1» no establece los mismos valores que la vía «%2».</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; sets &quot;%2&quot;, which is already an input or a derived value.</source>
        <translation>la vía «%1» establece «%2», que ya es una entrada o un valor derivado.</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; gives a default for an unknown input &quot;%2&quot;.</source>
        <translation>la vía «%1» da un valor predeterminado para una entrada desconocida «%2».</translation>
    </message>
    <message>
        <source>The provider definition is invalid: the input &quot;%1&quot; is filled in a way that is not understood: %2</source>
        <translation>La definición del proveedor no es válida: la entrada «%1» se rellena de una forma que no se entiende: %2</translation>
    </message>
    <message>
        <source>The provider definition is invalid: a hint of the input &quot;%1&quot; has the severity &quot;%2&quot;; it is &quot;warning&quot; or &quot;error&quot;.</source>
        <translation>La definición del proveedor no es válida: una indicación de la entrada «%1» tiene la gravedad «%2»; debe ser &quot;warning&quot; o &quot;error&quot;.</translation>
    </message>
    <message>
        <source>The provider definition is invalid: the derived value &quot;%1&quot; is made in a way that is not understood: %2</source>
        <translation>La definición del proveedor no es válida: el valor derivado «%1» se construye de una forma que no se entiende: %2</translation>
    </message>
    <message>
        <source>it has neither &quot;take&quot; nor &quot;join&quot;.</source>
        <translation>no tiene ni &quot;take&quot; ni &quot;join&quot;.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a hint that is not a valid regular expression with a message (a hint with a suggestion names it in its message).</source>
        <translation>la entrada «%1» tiene una indicación que no es una expresión regular válida con un mensaje (una indicación con sugerencia la menciona en su mensaje).</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is filled from an unknown input &quot;%2&quot;, or says nothing to &quot;take&quot; of it.</source>
        <translation>la entrada «%1» se rellena a partir de una entrada desconocida «%2», o no indica con &quot;take&quot; qué tomar de ella.</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>API server</source>
        <translation>Servidor de API</translation>
    </message>
    <message>
        <source>The OData API address of your SuccessFactors data center. In SuccessFactors, search for &quot;About HXM Suite OData APIs&quot; and copy the API server URL; the wizard derives the other addresses from it.</source>
        <translation>La dirección de la API OData de su centro de datos de SuccessFactors. En SuccessFactors, busque «About HXM Suite OData APIs» y copie la URL del servidor de API; el asistente deriva de ella las demás direcciones.</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID de empresa</translation>
    </message>
    <message>
        <source>Your SuccessFactors company ID, shown in SuccessFactors under your name &gt; Show version information, and in the login address after company=.</source>
        <translation>Su ID de empresa de SuccessFactors, que se muestra en SuccessFactors en su nombre &gt; «Show version information», y en la dirección de inicio de sesión después de company=.</translation>
    </message>
    <message>
        <source>Technical user</source>
        <translation>Usuario técnico</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Nombre del destino</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 61 characters, so the secondary destination &lt;name&gt;_PP stays within Task Center&apos;s limit of 64.</source>
        <translation>Solo letras, dígitos, _ y -, como máximo 61 caracteres, para que el destino secundario &lt;nombre&gt;_PP no supere el límite de 64 de Task Center.</translation>
    </message>
    <message>
        <source>API key of the technical-user client</source>
        <translation>Clave de API del cliente del usuario técnico</translation>
    </message>
    <message>
        <source>In SuccessFactors, open Admin Center &gt; Manage OAuth2 Client Applications, choose View next to the technical-user client and copy its API Key.</source>
        <translation>En SuccessFactors, abra «Admin Center &gt; Manage OAuth2 Client Applications», elija «View» junto al cliente del usuario técnico y copie su «API Key».</translation>
    </message>
    <message>
        <source>Principal-propagation client&apos;s API key</source>
        <translation>Clave de API del cliente de propagación de principal</translation>
    </message>
    <message>
        <source>The API Key of the second client (the one with Bind to Users switched off).</source>
        <translation>La «API Key» del segundo cliente (el que tiene «Bind to Users» desactivado).</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>URL del destino</translation>
    </message>
    <message>
        <source>Token Service URL</source>
        <translation>Token Service URL</translation>
    </message>
    <message>
        <source>Client for the technical user</source>
        <translation>Cliente para el usuario técnico</translation>
    </message>
    <message>
        <source>Application Name</source>
        <translation>Application Name</translation>
    </message>
    <message>
        <source>Any unique name.</source>
        <translation>Cualquier nombre único.</translation>
    </message>
    <message>
        <source>Application URL</source>
        <translation>Application URL</translation>
    </message>
    <message>
        <source>A unique URL; the documentation uses uaa.url of the Task Center service key.</source>
        <translation>Una URL única; la documentación utiliza uaa.url de la clave de servicio de Task Center.</translation>
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
        <translation>El certificado de confianza sin sus líneas BEGIN y END y sin saltos de línea.</translation>
    </message>
    <message>
        <source>Client for principal propagation</source>
        <translation>Cliente para la propagación de principal</translation>
    </message>
    <message>
        <source>Any unique name, different from the first client&apos;s.</source>
        <translation>Cualquier nombre único, distinto del del primer cliente.</translation>
    </message>
    <message>
        <source>uaa.url followed by /pp, so it differs from the first client&apos;s URL.</source>
        <translation>uaa.url seguido de /pp, para que sea distinta de la URL del primer cliente.</translation>
    </message>
    <message>
        <source>The same trust certificate.</source>
        <translation>El mismo certificado de confianza.</translation>
    </message>
    <message>
        <source>Primary destination (technical user)</source>
        <translation>Destino principal (usuario técnico)</translation>
    </message>
    <message>
        <source>Create only one primary destination for each SuccessFactors system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino principal para cada sistema SuccessFactors en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>Secondary destination (principal propagation)</source>
        <translation>Destino secundario (propagación de principal)</translation>
    </message>
    <message>
        <source>SAP Task Center links this destination to the primary by its name: the primary&apos;s name followed by _PP. If you rename the primary later, rename this one too.</source>
        <translation>SAP Task Center vincula este destino al principal por su nombre: el nombre del principal seguido de _PP. Si más adelante cambia el nombre del principal, cambie también el de este.</translation>
    </message>
    <message>
        <source>SuccessFactors does not accept this subaccount&apos;s signature: the certificate in the OAuth client (Admin Center &gt; Manage OAuth2 Client Applications) is not the subaccount&apos;s current trust certificate. Paste the current one there again, without the BEGIN and END lines.</source>
        <translation>SuccessFactors no acepta la firma de esta subcuenta: el certificado del cliente OAuth («Admin Center &gt; Manage OAuth2 Client Applications») no es el certificado de confianza actual de la subcuenta. Vuelva a pegar allí el actual, sin las líneas BEGIN y END.</translation>
    </message>
    <message>
        <source>SuccessFactors does not know the technical user. Enter its user ID, not the user name or e-mail address, as the technical user and apply again.</source>
        <translation>SuccessFactors no conoce al usuario técnico. Introduzca como usuario técnico su ID de usuario, no el nombre de usuario ni la dirección de correo electrónico, y vuelva a aplicar.</translation>
    </message>
    <message>
        <source>Check in SuccessFactors (Admin Center &gt; Manage OAuth2 Client Applications) that the destination&apos;s API key belongs to an OAuth client registered with this subaccount&apos;s trust certificate: an API key only works for the subaccount whose certificate it was registered with.</source>
        <translation>Compruebe en SuccessFactors («Admin Center &gt; Manage OAuth2 Client Applications») que la clave de API del destino pertenece a un cliente OAuth registrado con el certificado de confianza de esta subcuenta: una clave de API solo funciona para la subcuenta con cuyo certificado se registró.</translation>
    </message>
    <message>
        <source>Approvals from SAP Field Service Management (FSM): a primary destination with FSM&apos;s client credentials and a secondary destination for principal propagation, after uploading the subaccount&apos;s trust certificate in FSM&apos;s Admin portal.</source>
        <translation>Aprobaciones de SAP Field Service Management (FSM): un destino principal con las credenciales de cliente de FSM y un destino secundario para la propagación de principal, tras cargar el certificado de confianza de la subcuenta en el portal de administración de FSM («Admin portal»).</translation>
    </message>
    <message>
        <source>FSM cluster</source>
        <translation>Clúster de FSM</translation>
    </message>
    <message>
        <source>The cluster your FSM account runs on: its name (for example eu) or any address you open FSM with, such as https://eu.fsm.cloud.sap. The wizard makes the addresses SAP&apos;s guide asks for from it.</source>
        <translation>El clúster en el que se ejecuta su cuenta de FSM: su nombre (por ejemplo eu) o cualquier dirección con la que abra FSM, como https://eu.fsm.cloud.sap. A partir de él, el asistente genera las direcciones que pide la guía de SAP.</translation>
    </message>
    <message>
        <source>FSM account ID</source>
        <translation>ID de cuenta de FSM</translation>
    </message>
    <message>
        <source>The ID of your FSM account, shown in FSM&apos;s Admin portal under Account.</source>
        <translation>El ID de su cuenta de FSM, que se muestra en el portal de administración de FSM en «Account».</translation>
    </message>
    <message>
        <source>FSM company ID</source>
        <translation>ID de empresa de FSM</translation>
    </message>
    <message>
        <source>The ID of the company within the account, shown in FSM&apos;s Admin portal under Companies.</source>
        <translation>El ID de la empresa dentro de la cuenta, que se muestra en el portal de administración de FSM en «Companies».</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>The client ID FSM generated for SAP Task Center (Admin portal, Generating Client ID and Secret).</source>
        <translation>El ID de cliente que FSM generó para SAP Task Center (portal de administración, «Generating Client ID and Secret»).</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>The client secret FSM showed with the client ID. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>El secreto de cliente que FSM mostró junto con el ID de cliente. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>SAML metadata URL</source>
        <translation>URL de metadatos SAML</translation>
    </message>
    <message>
        <source>The address of the SAML metadata from FSM&apos;s SAML configuration; it becomes the secondary destination&apos;s Audience.</source>
        <translation>La dirección de los metadatos SAML de la configuración SAML de FSM; se convierte en la «Audience» del destino secundario.</translation>
    </message>
    <message>
        <source>FSM trusts SAP Task Center through this certificate: you upload it in FSM&apos;s Admin portal next.</source>
        <translation>FSM confía en SAP Task Center mediante este certificado: a continuación lo cargará en el portal de administración de FSM.</translation>
    </message>
    <message>
        <source>Upload the trust certificate in FSM</source>
        <translation>Cargar el certificado de confianza en FSM</translation>
    </message>
    <message>
        <source>FSM&apos;s Admin portal: Establish Trust with SAP Destination Service.</source>
        <translation>Portal de administración de FSM: «Establish Trust with SAP Destination Service».</translation>
    </message>
    <message>
        <source>In FSM&apos;s &lt;b&gt;Admin portal&lt;/b&gt;, open the Task Center integration and &lt;b&gt;Establish Trust with SAP Destination Service&lt;/b&gt;: upload the subaccount&apos;s trust certificate there. Save it as a file below, or copy it.</source>
        <translation>En el &lt;b&gt;Admin portal&lt;/b&gt; de FSM, abra la integración de Task Center y &lt;b&gt;Establish Trust with SAP Destination Service&lt;/b&gt;: cargue allí el certificado de confianza de la subcuenta. Guárdelo como archivo a continuación o cópielo.</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Certificado de confianza</translation>
    </message>
    <message>
        <source>Trust certificate (PEM)</source>
        <translation>Certificado de confianza (PEM)</translation>
    </message>
    <message>
        <source>The same .pem file the SAP BTP cockpit exports under Connectivity &gt; Destination Trust. Renew it in FSM too whenever the subaccount&apos;s certificate is renewed.</source>
        <translation>El mismo archivo .pem que exporta el cockpit de SAP BTP en «Connectivity &gt; Destination Trust». Renuévelo también en FSM siempre que se renueve el certificado de la subcuenta.</translation>
    </message>
    <message>
        <source>Certificate name (CN)</source>
        <translation>Nombre del certificado (CN)</translation>
    </message>
    <message>
        <source>To recognize the certificate in FSM&apos;s list.</source>
        <translation>Para reconocer el certificado en la lista de FSM.</translation>
    </message>
    <message>
        <source>Your FSM account</source>
        <translation>Su cuenta de FSM</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches FSM: cluster, account and company.</source>
        <translation>Dónde accede SAP Task Center a FSM: clúster, cuenta y empresa.</translation>
    </message>
    <message>
        <source>FSM&apos;s client for SAP Task Center</source>
        <translation>El cliente de FSM para SAP Task Center</translation>
    </message>
    <message>
        <source>The client ID and secret, and the SAML metadata, from FSM&apos;s Admin portal.</source>
        <translation>El ID y el secreto de cliente, y los metadatos SAML, del portal de administración de FSM.</translation>
    </message>
    <message>
        <source>In FSM&apos;s &lt;b&gt;Admin portal&lt;/b&gt;, generate a client ID and secret for SAP Task Center (&lt;b&gt;Generating Client ID and Secret&lt;/b&gt;) and copy them here. Then copy the address of the &lt;b&gt;SAML metadata&lt;/b&gt; from FSM&apos;s SAML configuration.</source>
        <translation>En el &lt;b&gt;Admin portal&lt;/b&gt; de FSM, genere un ID y un secreto de cliente para SAP Task Center (&lt;b&gt;Generating Client ID and Secret&lt;/b&gt;) y cópielos aquí. Después copie la dirección de los &lt;b&gt;SAML metadata&lt;/b&gt; de la configuración SAML de FSM.</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Credenciales de cliente</translation>
    </message>
    <message>
        <source>SAML metadata</source>
        <translation>Metadatos SAML</translation>
    </message>
    <message>
        <source>FSM does not accept the client ID or secret. Copy both again from FSM&apos;s Admin portal (the client generated for SAP Task Center) and apply again.</source>
        <translation>FSM no acepta el ID o el secreto de cliente. Vuelva a copiar ambos del portal de administración de FSM (el cliente generado para SAP Task Center) y vuelva a aplicar.</translation>
    </message>
    <message>
        <source>Check in FSM&apos;s Admin portal that the client ID and secret belong to the client generated for SAP Task Center, that the account and company IDs are right, and that this subaccount&apos;s current trust certificate is uploaded (Establish Trust with SAP Destination Service).</source>
        <translation>Compruebe en el portal de administración de FSM que el ID y el secreto de cliente pertenecen al cliente generado para SAP Task Center, que los ID de cuenta y de empresa son correctos y que se ha cargado el certificado de confianza actual de esta subcuenta («Establish Trust with SAP Destination Service»).</translation>
    </message>
    <message>
        <source>Create only one primary destination for each FSM account and company in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino principal para cada cuenta y empresa de FSM en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>SAP&apos;s page &quot;Secondary Destination for the Principal Propagation (SAP Field Service Management)&quot; asks for &quot;the API Key for principal propagation&quot; as Client Key, but FSM has no such key; the wizard enters FSM&apos;s client ID, as the rest of the page uses it. If SAP Task Center cannot act as the user, check this value with SAP (Edit properties).</source>
        <translation>La página de SAP «Secondary Destination for the Principal Propagation (SAP Field Service Management)» pide «the API Key for principal propagation» como «Client Key», pero FSM no tiene esa clave; el asistente introduce el ID de cliente de FSM, como lo utiliza el resto de la página. Si SAP Task Center no puede actuar como el usuario, consulte este valor con SAP («Editar propiedades»).</translation>
    </message>
    <message>
        <source>Workflow tasks from SAP S/4HANA Cloud Public Edition: either SAP BTP connects the systems through a formation, or you set up communication arrangement SAP_COM_0501 in S/4HANA Cloud and the wizard writes one destination.</source>
        <translation>Tareas de workflow de SAP S/4HANA Cloud Public Edition: o bien SAP BTP conecta los sistemas mediante una formación, o bien usted configura la disposición de comunicación SAP_COM_0501 en S/4HANA Cloud y el asistente escribe un destino.</translation>
    </message>
    <message>
        <source>Communication user</source>
        <translation>Usuario de comunicación</translation>
    </message>
    <message>
        <source>The user name of the communication user you created in Maintain Communication Users.</source>
        <translation>El nombre de usuario del usuario de comunicación que creó en «Maintain Communication Users».</translation>
    </message>
    <message>
        <source>Communication user&apos;s password</source>
        <translation>Contraseña del usuario de comunicación</translation>
    </message>
    <message>
        <source>The password you gave the communication user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>La contraseña que asignó al usuario de comunicación. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>URL de servicio</translation>
    </message>
    <message>
        <source>The service URL the arrangement shows for its inbound service. The destination uses its server part; the client comes from its sap-client.</source>
        <translation>La URL de servicio que muestra la disposición para su servicio entrante. El destino utiliza su parte del servidor; el mandante procede de su sap-client.</translation>
    </message>
    <message>
        <source>SAML2 Audience</source>
        <translation>SAML2 Audience</translation>
    </message>
    <message>
        <source>From the arrangement&apos;s OAuth 2.0 Details.</source>
        <translation>De «OAuth 2.0 Details» de la disposición.</translation>
    </message>
    <message>
        <source>Client ID (OAuth 2.0 Details)</source>
        <translation>ID de cliente (OAuth 2.0 Details)</translation>
    </message>
    <message>
        <source>Client (sap-client)</source>
        <translation>Mandante (sap-client)</translation>
    </message>
    <message>
        <source>The S/4HANA Cloud client, taken from the service URL&apos;s sap-client when it has one.</source>
        <translation>El mandante de S/4HANA Cloud, tomado del sap-client de la URL de servicio si lo tiene.</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 64 characters (SAP Task Center&apos;s limit).</source>
        <translation>Solo letras, dígitos, _ y -, como máximo 64 caracteres (el límite de SAP Task Center).</translation>
    </message>
    <message>
        <source>Automatically, with a formation in the SAP BTP cockpit</source>
        <translation>Automáticamente, con una formación en el cockpit de SAP BTP</translation>
    </message>
    <message>
        <source>Choose this when your S/4HANA Cloud system is registered in your global account with the communication scenario group &quot;All Communication Scenarios&quot;: SAP BTP then sets up SAP_COM_0501 and the connection itself, and the wizard writes no destination. Not available in the China (Shanghai) and Government Cloud (US) regions.</source>
        <translation>Elija esta opción si su sistema S/4HANA Cloud está registrado en su cuenta global con el grupo de escenarios de comunicación «All Communication Scenarios»: SAP BTP configura entonces SAP_COM_0501 y la conexión por sí mismo, y el asistente no escribe ningún destino. No disponible en las regiones China (Shanghai) y Government Cloud (US).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check in SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the SAP BTP cockpit, open &lt;b&gt;System Landscape &amp;gt; Formations&lt;/b&gt; and check that the formation is listed with the SAP Task Center system and the SAP S/4HANA Cloud system in it.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user who has workflow tasks in SAP S/4HANA Cloud: the tasks appear there.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué comprobar en SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;En el cockpit de SAP BTP, abra &lt;b&gt;System Landscape &amp;gt; Formations&lt;/b&gt; y compruebe que la formación aparece con el sistema SAP Task Center y el sistema SAP S/4HANA Cloud.&lt;/li&gt;&lt;li&gt;Abra la &lt;b&gt;aplicación web de SAP Task Center&lt;/b&gt; como un usuario que tenga tareas de workflow en SAP S/4HANA Cloud: las tareas aparecen allí.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>By hand, with communication arrangement SAP_COM_0501</source>
        <translation>Manualmente, con la disposición de comunicación SAP_COM_0501</translation>
    </message>
    <message>
        <source>Choose this when a formation is not possible (the system is not registered with &quot;All Communication Scenarios&quot;, or your region has no formations): you create a communication user, system and arrangement in S/4HANA Cloud with the values the wizard shows, and the wizard writes the destination.</source>
        <translation>Elija esta opción si no es posible una formación (el sistema no está registrado con «All Communication Scenarios» o su región no tiene formaciones): usted crea un usuario, un sistema y una disposición de comunicación en S/4HANA Cloud con los valores que muestra el asistente, y el asistente escribe el destino.</translation>
    </message>
    <message>
        <source>Set up the formation in the SAP BTP cockpit</source>
        <translation>Configurar la formación en el cockpit de SAP BTP</translation>
    </message>
    <message>
        <source>Tick each step once you have done it; SAP BTP does the rest.</source>
        <translation>Marque cada paso una vez realizado; SAP BTP hace el resto.</translation>
    </message>
    <message>
        <source>You need to be a global account administrator or a system landscape administrator.</source>
        <translation>Debe ser administrador de la cuenta global o administrador del panorama de sistemas.</translation>
    </message>
    <message>
        <source>The SAP S/4HANA Cloud system is listed under &lt;b&gt;System Landscape &amp;gt; Systems&lt;/b&gt;, registered with the communication scenario group &lt;b&gt;All Communication Scenarios&lt;/b&gt; (this is what enables SAP_COM_0501 automatically).</source>
        <translation>El sistema SAP S/4HANA Cloud aparece en &lt;b&gt;System Landscape &amp;gt; Systems&lt;/b&gt;, registrado con el grupo de escenarios de comunicación &lt;b&gt;All Communication Scenarios&lt;/b&gt; (esto es lo que activa SAP_COM_0501 automáticamente).</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the global account: System Landscape &gt; Systems. A missing system: Add System, and get its registration token with &quot;All Communication Scenarios&quot;.</source>
        <translation>Cockpit de SAP BTP de la cuenta global: «System Landscape &gt; Systems». Si falta el sistema: «Add System», y obtenga su token de registro con «All Communication Scenarios».</translation>
    </message>
    <message>
        <source>The &lt;b&gt;SAP Task Center&lt;/b&gt; system you use is not yet part of another formation of type &lt;i&gt;Integration with SAP Task Center&lt;/i&gt; (a Task Center system can be in at most one).</source>
        <translation>El sistema &lt;b&gt;SAP Task Center&lt;/b&gt; que utiliza todavía no forma parte de otra formación del tipo &lt;i&gt;Integration with SAP Task Center&lt;/i&gt; (un sistema Task Center puede estar como máximo en una).</translation>
    </message>
    <message>
        <source>System Landscape &gt; Formations: check the existing formations of that type.</source>
        <translation>«System Landscape &gt; Formations»: compruebe las formaciones existentes de ese tipo.</translation>
    </message>
    <message>
        <source>Create a formation of type &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;, with any name that helps you recognize it.</source>
        <translation>Cree una formación del tipo &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;, con cualquier nombre que le ayude a reconocerla.</translation>
    </message>
    <message>
        <source>System Landscape &gt; Formations &gt; Create Formation; Formation Type: Integration with SAP Task Center.</source>
        <translation>«System Landscape &gt; Formations &gt; Create Formation»; «Formation Type»: «Integration with SAP Task Center».</translation>
    </message>
    <message>
        <source>Include exactly &lt;b&gt;one SAP Task Center&lt;/b&gt; system and the &lt;b&gt;SAP S/4HANA Cloud&lt;/b&gt; system, review your selection and create the formation.</source>
        <translation>Incluya exactamente &lt;b&gt;un sistema SAP Task Center&lt;/b&gt; y el sistema &lt;b&gt;SAP S/4HANA Cloud&lt;/b&gt;, revise su selección y cree la formación.</translation>
    </message>
    <message>
        <source>In the same dialog: select the systems, then Review and Create.</source>
        <translation>En el mismo diálogo: seleccione los sistemas y después «Review and Create».</translation>
    </message>
    <message>
        <source>S/4HANA Cloud trusts SAP Task Center through this certificate: it becomes the communication system&apos;s signing certificate.</source>
        <translation>S/4HANA Cloud confía en SAP Task Center mediante este certificado: se convierte en el certificado de firma del sistema de comunicación.</translation>
    </message>
    <message>
        <source>The communication arrangement needs SAP Task Center&apos;s address and OAuth client from this key, its client secret too.</source>
        <translation>La disposición de comunicación necesita la dirección y el cliente OAuth de SAP Task Center de esta clave, y también su secreto de cliente.</translation>
    </message>
    <message>
        <source>Create the communication user in S/4HANA Cloud</source>
        <translation>Crear el usuario de comunicación en S/4HANA Cloud</translation>
    </message>
    <message>
        <source>SAP Task Center fetches tokens as this user.</source>
        <translation>SAP Task Center obtiene los tokens como este usuario.</translation>
    </message>
    <message>
        <source>In SAP S/4HANA Cloud, open the app &lt;b&gt;Maintain Communication Users&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt;, enter a user name, a description and a password, and choose &lt;b&gt;Create&lt;/b&gt;. Enter the same user name and password here.</source>
        <translation>En SAP S/4HANA Cloud, abra la aplicación &lt;b&gt;Maintain Communication Users&lt;/b&gt;, elija &lt;b&gt;New&lt;/b&gt;, introduzca un nombre de usuario, una descripción y una contraseña, y elija &lt;b&gt;Create&lt;/b&gt;. Introduzca aquí el mismo nombre de usuario y la misma contraseña.</translation>
    </message>
    <message>
        <source>Create the communication system in S/4HANA Cloud</source>
        <translation>Crear el sistema de comunicación en S/4HANA Cloud</translation>
    </message>
    <message>
        <source>It lets S/4HANA Cloud trust the assertions this subaccount signs.</source>
        <translation>Permite que S/4HANA Cloud confíe en las aserciones que firma esta subcuenta.</translation>
    </message>
    <message>
        <source>Open the app &lt;b&gt;Communication Systems&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt; and enter a System ID and System Name. Set &lt;b&gt;Host Name&lt;/b&gt; to your S/4HANA Cloud host (for example my300000.s4hana.ondemand.com) and the values below; under &lt;b&gt;Users for Inbound Communication&lt;/b&gt;, add the communication user with +. Save.</source>
        <translation>Abra la aplicación &lt;b&gt;Communication Systems&lt;/b&gt;, elija &lt;b&gt;New&lt;/b&gt; e introduzca un «System ID» y un «System Name». Establezca &lt;b&gt;Host Name&lt;/b&gt; en su host de S/4HANA Cloud (por ejemplo my300000.s4hana.ondemand.com) y los valores que se indican a continuación; en &lt;b&gt;Users for Inbound Communication&lt;/b&gt;, añada el usuario de comunicación con +. Guarde.</translation>
    </message>
    <message>
        <source>Communication system</source>
        <translation>Sistema de comunicación</translation>
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
        <translation>Elija «Upload Signing Certificate» y cargue este archivo: el certificado de confianza de la subcuenta.</translation>
    </message>
    <message>
        <source>OAuth 2.0 SAML Issuer</source>
        <translation>OAuth 2.0 SAML Issuer</translation>
    </message>
    <message>
        <source>The certificate&apos;s CN (the value after CN=).</source>
        <translation>El CN del certificado (el valor después de CN=).</translation>
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
        <translation>Añada el usuario de comunicación con +.</translation>
    </message>
    <message>
        <source>Create communication arrangement SAP_COM_0501</source>
        <translation>Crear la disposición de comunicación SAP_COM_0501</translation>
    </message>
    <message>
        <source>The arrangement for SAP Task Center, and the values it gives back for the destination.</source>
        <translation>La disposición para SAP Task Center y los valores que devuelve para el destino.</translation>
    </message>
    <message>
        <source>Open the app &lt;b&gt;Communication Arrangements&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt;, select scenario &lt;b&gt;SAP_COM_0501&lt;/b&gt;, enter an arrangement name and choose &lt;b&gt;Create&lt;/b&gt;. Select the communication system you created; the inbound user follows, with authentication method OAuth 2.0. Save.</source>
        <translation>Abra la aplicación &lt;b&gt;Communication Arrangements&lt;/b&gt;, elija &lt;b&gt;New&lt;/b&gt;, seleccione el escenario &lt;b&gt;SAP_COM_0501&lt;/b&gt;, introduzca un nombre para la disposición y elija &lt;b&gt;Create&lt;/b&gt;. Seleccione el sistema de comunicación que ha creado; el usuario entrante se completa a continuación, con el método de autenticación OAuth 2.0. Guarde.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s address and OAuth client</source>
        <translation>Dirección y cliente OAuth de SAP Task Center</translation>
    </message>
    <message>
        <source>Where the arrangement asks for SAP Task Center (to push task updates), enter these values from the service key:</source>
        <translation>Donde la disposición pida SAP Task Center (para enviar las actualizaciones de tareas), introduzca estos valores de la clave de servicio:</translation>
    </message>
    <message>
        <source>Task Center inbox REST URL</source>
        <translation>URL REST del buzón de Task Center</translation>
    </message>
    <message>
        <source>endpoints.inbox_rest_url of the service key.</source>
        <translation>endpoints.inbox_rest_url de la clave de servicio.</translation>
    </message>
    <message>
        <source>Task Center token URL</source>
        <translation>URL de token de Task Center</translation>
    </message>
    <message>
        <source>uaa.url of the service key followed by /oauth/token.</source>
        <translation>uaa.url de la clave de servicio seguido de /oauth/token.</translation>
    </message>
    <message>
        <source>Task Center client ID</source>
        <translation>ID de cliente de Task Center</translation>
    </message>
    <message>
        <source>uaa.clientid of the service key.</source>
        <translation>uaa.clientid de la clave de servicio.</translation>
    </message>
    <message>
        <source>Task Center client secret</source>
        <translation>Secreto de cliente de Task Center</translation>
    </message>
    <message>
        <source>uaa.clientsecret of the service key.</source>
        <translation>uaa.clientsecret de la clave de servicio.</translation>
    </message>
    <message>
        <source>Values for the destination</source>
        <translation>Valores para el destino</translation>
    </message>
    <message>
        <source>Copy these from the saved arrangement: the service URL of its inbound service, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL.</source>
        <translation>Cópielos de la disposición guardada: la URL de servicio de su servicio entrante y, de &lt;b&gt;OAuth 2.0 Details&lt;/b&gt;, «SAML2 Audience», «Client ID» y «Token Service URL».</translation>
    </message>
    <message>
        <source>Check in SAP S/4HANA Cloud that the communication system holds this subaccount&apos;s current trust certificate as signing certificate, that its OAuth 2.0 SAML Issuer is the certificate&apos;s CN, and that the communication user and password in the destination are those of the arrangement.</source>
        <translation>Compruebe en SAP S/4HANA Cloud que el sistema de comunicación tiene como certificado de firma el certificado de confianza actual de esta subcuenta, que su «OAuth 2.0 SAML Issuer» es el CN del certificado y que el usuario de comunicación y la contraseña del destino son los de la disposición.</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA Cloud</source>
        <translation>Destino a SAP S/4HANA Cloud</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user. Check it in the SAP Task Center Web app as a user with S/4HANA Cloud tasks.</source>
        <translation>Este destino no tiene usuario técnico: el Destination service solo obtiene un token con él para un usuario que ha iniciado sesión, como hace SAP Task Center para cada usuario. Compruébelo en la aplicación web de SAP Task Center como un usuario con tareas de S/4HANA Cloud.</translation>
    </message>
    <message>
        <source>Create only one destination for each S/4HANA Cloud system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino para cada sistema y mandante de S/4HANA Cloud en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>Tasks and to-dos from SAP SuccessFactors: a primary destination with the technical user and a secondary destination for principal propagation, after registering two OAuth clients in SuccessFactors.</source>
        <translation>Tareas y pendientes de SAP SuccessFactors: un destino principal con el usuario técnico y un destino secundario para la propagación de principal, tras registrar dos clientes OAuth en SuccessFactors.</translation>
    </message>
    <message>
        <source>The user ID of the technical user SuccessFactors created when you enabled the to-do integration with SAP Task Center (SAP&apos;s guide shows TECHNICAL_USER_INBOX_CEF979F3 as an example; yours may differ). Use the user ID, not the user name or e-mail address.</source>
        <translation>El ID de usuario del usuario técnico que SuccessFactors creó al activar la integración de pendientes con SAP Task Center (la guía de SAP muestra TECHNICAL_USER_INBOX_CEF979F3 como ejemplo; el suyo puede ser distinto). Utilice el ID de usuario, no el nombre de usuario ni la dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>SuccessFactors trusts SAP Task Center through this certificate: it goes into both OAuth clients.</source>
        <translation>SuccessFactors confía en SAP Task Center mediante este certificado: se incluye en ambos clientes OAuth.</translation>
    </message>
    <message>
        <source>The service key tells SuccessFactors where SAP Task Center is: its uaa.url becomes the clients&apos; Application URL.</source>
        <translation>La clave de servicio indica a SuccessFactors dónde está SAP Task Center: su uaa.url se convierte en la «Application URL» de los clientes.</translation>
    </message>
    <message>
        <source>Your SuccessFactors system</source>
        <translation>Su sistema SuccessFactors</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SuccessFactors, and as which user.</source>
        <translation>Dónde accede SAP Task Center a SuccessFactors y con qué usuario.</translation>
    </message>
    <message>
        <source>Register the OAuth clients in SuccessFactors</source>
        <translation>Registrar los clientes OAuth en SuccessFactors</translation>
    </message>
    <message>
        <source>Two clients: one for the technical user that reads tasks, one for each user&apos;s own actions.</source>
        <translation>Dos clientes: uno para el usuario técnico que lee las tareas y otro para las acciones propias de cada usuario.</translation>
    </message>
    <message>
        <source>In SuccessFactors, open &lt;b&gt;Admin Center &amp;gt; Manage OAuth2 Client Applications&lt;/b&gt; and choose &lt;b&gt;Register Client Application&lt;/b&gt;. Enter the values below, save, then choose &lt;b&gt;View&lt;/b&gt; next to the new client and copy its &lt;b&gt;API Key&lt;/b&gt; into the field under it. Do this for both clients.</source>
        <translation>En SuccessFactors, abra &lt;b&gt;Admin Center &amp;gt; Manage OAuth2 Client Applications&lt;/b&gt; y elija &lt;b&gt;Register Client Application&lt;/b&gt;. Introduzca los valores siguientes, guarde, elija &lt;b&gt;View&lt;/b&gt; junto al nuevo cliente y copie su &lt;b&gt;API Key&lt;/b&gt; en el campo que hay debajo. Haga esto para ambos clientes.</translation>
    </message>
    <message>
        <source>SAP BTP connects the systems itself once both are in a formation of type Integration with SAP Task Center: it enables communication scenario SAP_COM_0501 for an SAP S/4HANA Cloud system registered with All Communication Scenarios. The wizard writes no destination on this path.</source>
        <translation>SAP BTP conecta los sistemas por sí mismo en cuanto ambos están en una formación del tipo «Integration with SAP Task Center»: activa el escenario de comunicación SAP_COM_0501 para un sistema SAP S/4HANA Cloud registrado con «All Communication Scenarios». Por esta vía, el asistente no escribe ningún destino.</translation>
    </message>
    <message>
        <source>The first client&apos;s API key goes into the primary destination, the second client&apos;s into the secondary destination for principal propagation. An API key is only valid for the subaccount whose trust certificate the client holds, so register the clients again for another subaccount.</source>
        <translation>La clave de API del primer cliente va en el destino principal; la del segundo cliente, en el destino secundario para la propagación de principal. Una clave de API solo es válida para la subcuenta cuyo certificado de confianza tiene el cliente, así que vuelva a registrar los clientes para otra subcuenta.</translation>
    </message>
    <message>
        <source>This metadata is on the cluster %1, but your account is on %2. Check in FSM&apos;s SAML configuration that it is your account&apos;s metadata: another cluster&apos;s makes every user&apos;s token fail. (SAP&apos;s own examples mix eu and de, so compare with what FSM shows you.)</source>
        <translation>Estos metadatos están en el clúster %1, pero su cuenta está en %2. Compruebe en la configuración SAML de FSM que son los metadatos de su cuenta: los de otro clúster hacen que falle el token de todos los usuarios. (Los propios ejemplos de SAP mezclan eu y de, así que compare con lo que le muestra FSM.)</translation>
    </message>
    <message>
        <source>The Destination service no longer takes the technical user from SystemUser in this subaccount (SAP announced its removal for the end of September 2026). Check SAP Task Center&apos;s SuccessFactors guide for what replaces SystemUser, and set the primary destination up as it says.</source>
        <translation>En esta subcuenta, el Destination service ya no toma el usuario técnico de SystemUser (SAP anunció su eliminación para finales de septiembre de 2026). Consulte en la guía de SuccessFactors de SAP Task Center qué sustituye a SystemUser y configure el destino principal como allí se indica.</translation>
    </message>
    <message>
        <source>SAP announced in the Destination service&apos;s documentation that the SystemUser property would be removed by the end of September 2026, but SAP Task Center&apos;s SuccessFactors guide still lists it. Keep it until SAP Task Center documents a replacement. If Test connection then says &quot;Cannot determine user to propagate&quot;, this subaccount no longer honours SystemUser: check SAP Task Center&apos;s SuccessFactors guide for what replaces it.</source>
        <translation>SAP anunció en la documentación del Destination service que la propiedad SystemUser se eliminaría a finales de septiembre de 2026, pero la guía de SuccessFactors de SAP Task Center todavía la indica. Manténgala hasta que SAP Task Center documente un sustituto. Si después «Probar conexión» indica «Cannot determine user to propagate», esta subcuenta ya no admite SystemUser: consulte en la guía de SuccessFactors de SAP Task Center qué la sustituye.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining steps for S/4HANA Cloud&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;The Task Center app for your users:&lt;/b&gt; in the launchpad your users open (SAP Build Work Zone or another central entry point), create a &lt;b&gt;Task Center&lt;/b&gt; tile and activate the site&apos;s languages, as SAP&apos;s guide &quot;Create a Task Center Tile&quot; says. It uses the destination &lt;i&gt;Task_Center&lt;/i&gt; of this subaccount.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users in S/4HANA Cloud:&lt;/b&gt; each approver&apos;s business user needs a &lt;b&gt;Global User ID&lt;/b&gt; equal to the &lt;b&gt;User UUID&lt;/b&gt; of the same user in SAP Cloud Identity Services (copy it by hand to try it out, or replicate the users with Identity Provisioning, communication scenario SAP_COM_0193). Without it, the tasks reach SAP Task Center but appear in nobody&apos;s list.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user with workflow tasks in S/4HANA Cloud: the tasks appear there.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pasos restantes según SAP para S/4HANA Cloud&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;La aplicación Task Center para sus usuarios:&lt;/b&gt; en el launchpad que abren sus usuarios (SAP Build Work Zone u otro punto de entrada central), cree un mosaico &lt;b&gt;Task Center&lt;/b&gt; y active los idiomas del sitio, como indica la guía de SAP «Create a Task Center Tile». El mosaico utiliza el destino &lt;i&gt;Task_Center&lt;/i&gt; de esta subcuenta.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Usuarios en S/4HANA Cloud:&lt;/b&gt; el usuario empresarial de cada aprobador necesita un &lt;b&gt;Global User ID&lt;/b&gt; igual al &lt;b&gt;User UUID&lt;/b&gt; del mismo usuario en SAP Cloud Identity Services (cópielo a mano para probarlo, o replique los usuarios con Identity Provisioning, escenario de comunicación SAP_COM_0193). Sin él, las tareas llegan a SAP Task Center pero no aparecen en la lista de nadie.&lt;/li&gt;&lt;li&gt;Abra la &lt;b&gt;SAP Task Center Web app&lt;/b&gt; como un usuario con tareas de workflow en S/4HANA Cloud: las tareas aparecen allí.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Workflow tasks from an on-premise SAP S/4HANA system, reached through your SAP Cloud Connector: one destination with the service user of S/4HANA&apos;s task pull service, after preparing the Cloud Connector and S/4HANA as SAP&apos;s guide says.</source>
        <translation>Tareas de workflow de un sistema SAP S/4HANA on-premise, al que se accede a través de su SAP Cloud Connector: un destino con el usuario de servicio del servicio de extracción de tareas de S/4HANA, tras preparar el Cloud Connector y S/4HANA como indica la guía de SAP.</translation>
    </message>
    <message>
        <source>Virtual host and port</source>
        <translation>Host y puerto virtuales</translation>
    </message>
    <message>
        <source>From the Cloud Connector&apos;s access control for your S/4HANA system: the destination&apos;s URL is &lt;Virtual Host&gt;:&lt;Virtual Port&gt;. Start it with the scheme of that access control entry (http:// or https://); SAP&apos;s Task Center guide gives the pattern without one.</source>
        <translation>Del control de acceso del Cloud Connector para su sistema S/4HANA: la URL del destino es &lt;Virtual Host&gt;:&lt;Virtual Port&gt;. Comiéncela con el esquema de esa entrada de control de acceso (http:// o https://); la guía de Task Center de SAP indica el patrón sin esquema.</translation>
    </message>
    <message>
        <source>Enter the virtual host and virtual port of the S/4HANA system&apos;s access control in the Cloud Connector, as an address: http://&lt;virtual host&gt;:&lt;virtual port&gt;, with nothing after the port.</source>
        <translation>Introduzca el host virtual y el puerto virtual del control de acceso del sistema S/4HANA en el Cloud Connector, como dirección: http://&lt;virtual host&gt;:&lt;virtual port&gt;, sin nada después del puerto.</translation>
    </message>
    <message>
        <source>Location ID (optional)</source>
        <translation>ID de ubicación (opcional)</translation>
    </message>
    <message>
        <source>The location ID you configured in the Cloud Connector&apos;s initial configuration. Needed only when more than one Cloud Connector is connected to this subaccount; leave it empty otherwise.</source>
        <translation>El ID de ubicación que configuró en la configuración inicial del Cloud Connector. Solo es necesario si hay más de un Cloud Connector conectado a esta subcuenta; de lo contrario, déjelo vacío.</translation>
    </message>
    <message>
        <source>A location ID is letters, digits, dots, hyphens and underscores, as you configured it in the Cloud Connector.</source>
        <translation>Un ID de ubicación consta de letras, dígitos, puntos, guiones y guiones bajos, tal como lo configuró en el Cloud Connector.</translation>
    </message>
    <message>
        <source>Service user for the task pull service</source>
        <translation>Usuario de servicio para el servicio de extracción de tareas</translation>
    </message>
    <message>
        <source>The user you created in S/4HANA under &quot;Create Service User for Task Pull Service&quot; (Integrating SAP Task Center).</source>
        <translation>El usuario que creó en S/4HANA en «Create Service User for Task Pull Service» («Integrating SAP Task Center»).</translation>
    </message>
    <message>
        <source>Enter the user name of the service user you created for the task pull service in S/4HANA, without spaces.</source>
        <translation>Introduzca el nombre de usuario del usuario de servicio que creó para el servicio de extracción de tareas en S/4HANA, sin espacios.</translation>
    </message>
    <message>
        <source>Service user&apos;s password</source>
        <translation>Contraseña del usuario de servicio</translation>
    </message>
    <message>
        <source>The password of that service user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>La contraseña de ese usuario de servicio. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>The client number of your S/4HANA system.</source>
        <translation>El número de mandante de su sistema S/4HANA.</translation>
    </message>
    <message>
        <source>Client ID for pushed task updates (optional)</source>
        <translation>ID de cliente para las actualizaciones de tareas enviadas (opcional)</translation>
    </message>
    <message>
        <source>Only once you have completed Integrating SAP Task Center in S/4HANA: the uaa &gt; clientid of the service key of the dedicated SAP Task Center service instance you created for pushed updates. Leave it empty until then; SAP warns that tasks may not arrive otherwise.</source>
        <translation>Solo cuando haya completado «Integrating SAP Task Center» en S/4HANA: el valor uaa &gt; clientid de la clave de servicio de la instancia de servicio de SAP Task Center dedicada que creó para las actualizaciones enviadas. Déjelo vacío hasta entonces; SAP advierte de que, de lo contrario, es posible que las tareas no lleguen.</translation>
    </message>
    <message>
        <source>Prepare the Cloud Connector and SAP S/4HANA</source>
        <translation>Preparar el Cloud Connector y SAP S/4HANA</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next page asks for what they give you.</source>
        <translation>Marque cada paso una vez realizado; la página siguiente le pide lo que obtiene de ellos.</translation>
    </message>
    <message>
        <source>SAP Task Center reaches an on-premise S/4HANA system only through an SAP Cloud Connector connected to this subaccount, with the service user of S/4HANA&apos;s task pull service.</source>
        <translation>SAP Task Center accede a un sistema S/4HANA on-premise solo a través de un SAP Cloud Connector conectado a esta subcuenta, con el usuario de servicio del servicio de extracción de tareas de S/4HANA.</translation>
    </message>
    <message>
        <source>The Cloud Connector is connected to this subaccount and its access control exposes your S/4HANA system. Note the &lt;b&gt;virtual host&lt;/b&gt; and &lt;b&gt;virtual port&lt;/b&gt;, and the &lt;b&gt;location ID&lt;/b&gt; if you configured one.</source>
        <translation>El Cloud Connector está conectado a esta subcuenta y su control de acceso expone su sistema S/4HANA. Anote el &lt;b&gt;host virtual&lt;/b&gt; y el &lt;b&gt;puerto virtual&lt;/b&gt;, y el &lt;b&gt;ID de ubicación&lt;/b&gt; si configuró uno.</translation>
    </message>
    <message>
        <source>Follow &quot;Prepare SAP Cloud Connector and SAP S/4HANA for the SAP Task Center Connection&quot; for your S/4HANA version.</source>
        <translation>Siga «Prepare SAP Cloud Connector and SAP S/4HANA for the SAP Task Center Connection» para su versión de S/4HANA.</translation>
    </message>
    <message>
        <source>In S/4HANA, SAP Task Center is integrated and you have the &lt;b&gt;user name and password of the service user for the task pull service&lt;/b&gt;.</source>
        <translation>En S/4HANA, SAP Task Center está integrado y usted tiene el &lt;b&gt;nombre de usuario y la contraseña del usuario de servicio para el servicio de extracción de tareas&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>S/4HANA: Integrating SAP Task Center, &quot;Create Service User for Task Pull Service&quot;.</source>
        <translation>S/4HANA: «Integrating SAP Task Center», «Create Service User for Task Pull Service».</translation>
    </message>
    <message>
        <source>You know the &lt;b&gt;client number&lt;/b&gt; of your S/4HANA system.</source>
        <translation>Conoce el &lt;b&gt;número de mandante&lt;/b&gt; de su sistema S/4HANA.</translation>
    </message>
    <message>
        <source>Your SAP S/4HANA system</source>
        <translation>Su sistema SAP S/4HANA</translation>
    </message>
    <message>
        <source>How SAP Task Center reaches S/4HANA through the Cloud Connector, and as which user.</source>
        <translation>Cómo accede SAP Task Center a S/4HANA a través del Cloud Connector y con qué usuario.</translation>
    </message>
    <message>
        <source>Check in the Cloud Connector that the access control for the virtual host and port is reachable and that the location ID matches, and in S/4HANA that the service user for the task pull service is not locked and its password is the one in the destination.</source>
        <translation>Compruebe en el Cloud Connector que el control de acceso para el host y el puerto virtuales es accesible y que el ID de ubicación coincide, y en S/4HANA que el usuario de servicio para el servicio de extracción de tareas no está bloqueado y que su contraseña es la del destino.</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA</source>
        <translation>Destino a SAP S/4HANA</translation>
    </message>
    <message>
        <source>The Destination service reaches an on-premise system only through your Cloud Connector, and SAP says Check Connection may not tell whether SAP Task Center reaches S/4HANA. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>El Destination service solo accede a un sistema on-premise a través de su Cloud Connector, y SAP indica que «Check Connection» puede no mostrar si SAP Task Center accede a S/4HANA. Compruebe el conector en «Monitoring» de SAP Task Center una vez guardado el destino.</translation>
    </message>
    <message>
        <source>Create only one destination for each S/4HANA system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino para cada sistema y mandante de S/4HANA en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>Workflow tasks from SAP S/4HANA Cloud Private Edition, reached through your SAP Cloud Connector: one destination with the service user of S/4HANA&apos;s task pull service, after preparing the Cloud Connector and S/4HANA as SAP&apos;s guide says.</source>
        <translation>Tareas de workflow de SAP S/4HANA Cloud Private Edition, al que se accede a través de su SAP Cloud Connector: un destino con el usuario de servicio del servicio de extracción de tareas de S/4HANA, tras preparar el Cloud Connector y S/4HANA como indica la guía de SAP.</translation>
    </message>
    <message>
        <source>The user you created in S/4HANA for the task pull service, as &quot;Configuring SAP Task Center Integration&quot; (Integrating SAP Task Center) describes.</source>
        <translation>El usuario que creó en S/4HANA para el servicio de extracción de tareas, como describe «Configuring SAP Task Center Integration» («Integrating SAP Task Center»).</translation>
    </message>
    <message>
        <source>S/4HANA: Integrating SAP Task Center, &quot;Configuring SAP Task Center Integration&quot;.</source>
        <translation>S/4HANA: «Integrating SAP Task Center», «Configuring SAP Task Center Integration».</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA Cloud Private Edition</source>
        <translation>Destino a SAP S/4HANA Cloud Private Edition</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP S/4HANA Cloud Private Edition system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino para cada sistema y mandante de SAP S/4HANA Cloud Private Edition en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>Approvals from SAP Concur Expense or SAP Concur Request: one destination for each product of your SAP Concur entity, with the entity&apos;s Company Request Token, which SAP Task Center exchanges for a refresh token the first time it connects.</source>
        <translation>Aprobaciones de SAP Concur Expense o SAP Concur Request: un destino para cada producto de su entidad de SAP Concur, con el Company Request Token de la entidad, que SAP Task Center cambia por un token de actualización la primera vez que se conecta.</translation>
    </message>
    <message>
        <source>Data center base URI</source>
        <translation>URI base del centro de datos</translation>
    </message>
    <message>
        <source>The base URI of your SAP Concur entity&apos;s data center. SAP&apos;s guide gives https://us2.api.concursolutions.com as an example and says to ask your SAP Concur implementation consultant for the list.</source>
        <translation>La URI base del centro de datos de su entidad de SAP Concur. La guía de SAP indica https://us2.api.concursolutions.com como ejemplo y recomienda pedir la lista a su consultor de implementación de SAP Concur.</translation>
    </message>
    <message>
        <source>Enter the data center&apos;s base URI as your SAP Concur implementation consultant gives it, for example https://us2.api.concursolutions.com, with nothing after the host.</source>
        <translation>Introduzca la URI base del centro de datos tal como se la indique su consultor de implementación de SAP Concur, por ejemplo https://us2.api.concursolutions.com, sin nada después del host.</translation>
    </message>
    <message>
        <source>Data center (tc.concur.dc)</source>
        <translation>Centro de datos (tc.concur.dc)</translation>
    </message>
    <message>
        <source>The data center of the base URI above; SAP documents eu2 and us2.</source>
        <translation>El centro de datos de la URI base anterior; SAP documenta eu2 y us2.</translation>
    </message>
    <message>
        <source>The data center is %1, but the base URI is on %2. Choose the data center of the base URI.</source>
        <translation>El centro de datos es %1, pero la URI base está en %2. Elija el centro de datos de la URI base.</translation>
    </message>
    <message>
        <source>Company UUID</source>
        <translation>Company UUID</translation>
    </message>
    <message>
        <source>The Company UUID you got with the Company Request Token.</source>
        <translation>El Company UUID que obtuvo junto con el Company Request Token.</translation>
    </message>
    <message>
        <source>A Company UUID has the form 8f2c6a1e-4b7d-4e2a-9c3f-1d5e7a9b0c24. Copy it again from where you generated the Company Request Token.</source>
        <translation>Un Company UUID tiene el formato 8f2c6a1e-4b7d-4e2a-9c3f-1d5e7a9b0c24. Vuelva a copiarlo desde donde generó el Company Request Token.</translation>
    </message>
    <message>
        <source>Company Request Token</source>
        <translation>Company Request Token</translation>
    </message>
    <message>
        <source>The Company Request Token you generated for the entity. SAP Task Center replaces it with a refresh token the first time it connects; it is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>El Company Request Token que generó para la entidad. SAP Task Center lo sustituye por un token de actualización la primera vez que se conecta; se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>SAP Concur Expense (expense reports)</source>
        <translation>SAP Concur Expense (informes de gastos)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of expense reports. An entity with both products needs one destination for each: run the wizard again for SAP Concur Request.</source>
        <translation>Elija esta opción para las aprobaciones de informes de gastos. Una entidad con ambos productos necesita un destino para cada uno: vuelva a ejecutar el asistente para SAP Concur Request.</translation>
    </message>
    <message>
        <source>SAP Concur Request (travel requests)</source>
        <translation>SAP Concur Request (solicitudes de viaje)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of travel requests. An entity with both products needs one destination for each: run the wizard again for SAP Concur Expense.</source>
        <translation>Elija esta opción para las aprobaciones de solicitudes de viaje. Una entidad con ambos productos necesita un destino para cada uno: vuelva a ejecutar el asistente para SAP Concur Expense.</translation>
    </message>
    <message>
        <source>Prepare SAP Concur</source>
        <translation>Preparar SAP Concur</translation>
    </message>
    <message>
        <source>SAP Task Center connects to an SAP Concur entity with the entity&apos;s Company Request Token and Company UUID, once the entity&apos;s workflows are enabled for SAP Task Center.</source>
        <translation>SAP Task Center se conecta a una entidad de SAP Concur con el Company Request Token y el Company UUID de la entidad, una vez que los workflows de la entidad están activados para SAP Task Center.</translation>
    </message>
    <message>
        <source>You have generated the &lt;b&gt;Company Request Token&lt;/b&gt; and the &lt;b&gt;Company UUID&lt;/b&gt; of your SAP Concur entity.</source>
        <translation>Ha generado el &lt;b&gt;Company Request Token&lt;/b&gt; y el &lt;b&gt;Company UUID&lt;/b&gt; de su entidad de SAP Concur.</translation>
    </message>
    <message>
        <source>SAP Concur: Company Request Token. Your SAP Concur implementation consultant can help.</source>
        <translation>SAP Concur: «Company Request Token». Su consultor de implementación de SAP Concur puede ayudarle.</translation>
    </message>
    <message>
        <source>The workflows of SAP Concur Expense, SAP Concur Request or both are &lt;b&gt;enabled for SAP Task Center&lt;/b&gt;.</source>
        <translation>Los workflows de SAP Concur Expense, de SAP Concur Request o de ambos están &lt;b&gt;activados para SAP Task Center&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Concur: SAP Task Center Integration with Concur Solutions.</source>
        <translation>SAP Concur: «SAP Task Center Integration with Concur Solutions».</translation>
    </message>
    <message>
        <source>You have opened a ticket to verify your &lt;b&gt;Data Privacy Agreement&lt;/b&gt; version.</source>
        <translation>Ha abierto un ticket para que se verifique la versión de su &lt;b&gt;Data Privacy Agreement&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Support Portal, component BNS-CON-TSK, subject &quot;SAP Concur DPA Version Verification&quot;.</source>
        <translation>SAP Support Portal, componente BNS-CON-TSK, asunto «SAP Concur DPA Version Verification».</translation>
    </message>
    <message>
        <source>Your SAP Concur entity</source>
        <translation>Su entidad de SAP Concur</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Concur, and with which token.</source>
        <translation>Dónde accede SAP Task Center a SAP Concur y con qué token.</translation>
    </message>
    <message>
        <source>Check that the Client Key still holds the refresh token SAP Task Center put there and that tc.concur.auth.req.token.enabled is false. If SAP Concur revoked the token, generate a new Company Request Token and set the destination up again.</source>
        <translation>Compruebe que «Client Key» todavía contiene el token de actualización que SAP Task Center puso allí y que tc.concur.auth.req.token.enabled es false. Si SAP Concur ha revocado el token, genere un nuevo Company Request Token y vuelva a configurar el destino.</translation>
    </message>
    <message>
        <source>Destination to SAP Concur</source>
        <translation>Destino a SAP Concur</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Concur. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>El Destination service solo obtiene un token con él para un usuario que ha iniciado sesión, y SAP indica que «Check Connection» puede no mostrar si SAP Task Center accede a SAP Concur. Compruebe el conector en «Monitoring» de SAP Task Center una vez guardado el destino.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Concur entity and product in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino para cada entidad y producto de SAP Concur en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>SAP Task Center replaces the Client Key with a refresh token and sets tc.concur.auth.req.token.enabled to false the first time it connects. Never change either afterwards: SAP says it can break the connection. Applying again keeps both as they are in the subaccount.</source>
        <translation>La primera vez que se conecta, SAP Task Center sustituye «Client Key» por un token de actualización y establece tc.concur.auth.req.token.enabled en false. No modifique ninguno de los dos después: según SAP, puede interrumpir la conexión. Al volver a aplicar, ambos se conservan tal como están en la subcuenta.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks you to select Use default JDK truststore: the wizard sets no TrustStoreLocation, and without one the Destination service uses the JDK truststore.</source>
        <translation>La guía de SAP le pide que seleccione «Use default JDK truststore»: el asistente no establece ningún TrustStoreLocation y, sin él, el Destination service utiliza el truststore del JDK.</translation>
    </message>
    <message>
        <source>The address must start with https://; credentials never travel unencrypted.</source>
        <translation>La dirección debe empezar por https://; las credenciales nunca se transmiten sin cifrar.</translation>
    </message>
    <message>
        <source>This is neither an FSM cluster name (such as eu or us) nor an address on &lt;cluster&gt;.fsm.cloud.sap. Copy the address you open FSM with, or enter the cluster name.</source>
        <translation>Esto no es ni un nombre de clúster de FSM (como eu o us) ni una dirección en &lt;cluster&gt;.fsm.cloud.sap. Copie la dirección con la que abre FSM o introduzca el nombre del clúster.</translation>
    </message>
    <message>
        <source>FSM shows account and company IDs as numbers (for example 654321). Check that you copied the ID, not the name.</source>
        <translation>FSM muestra los ID de cuenta y de empresa como números (por ejemplo 654321). Compruebe que ha copiado el ID, no el nombre.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the communication user&apos;s user name, as &quot;Maintain Communication Users&quot; shows it.</source>
        <translation>Esto parece una dirección de correo electrónico. Introduzca el nombre de usuario del usuario de comunicación tal como lo muestra «Maintain Communication Users».</translation>
    </message>
    <message>
        <source>This is not the address the arrangement SAP_COM_0501 shows (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation>Esta no es la dirección que muestra la disposición SAP_COM_0501 (contiene api_task_spi_replication). Solo se utiliza su parte del servidor.</translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. The API server is probably %1: check it under &quot;About HXM Suite OData APIs&quot; in SuccessFactors, then use it.</source>
        <translation>Esta es la dirección de las páginas web de SuccessFactors (donde los usuarios inician sesión), no la de su servidor de API. Probablemente el servidor de API sea %1: compruébelo en «About HXM Suite OData APIs» en SuccessFactors y después utilícelo.</translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. Find the API server under &quot;About HXM Suite OData APIs&quot; in SuccessFactors; it usually starts with &quot;api&quot;.</source>
        <translation>Esta es la dirección de las páginas web de SuccessFactors (donde los usuarios inician sesión), no la de su servidor de API. Busque el servidor de API en «About HXM Suite OData APIs» en SuccessFactors; normalmente empieza por «api».</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the rest is ignored.</source>
        <translation>Solo se utiliza la parte del servidor de esta dirección (%1); el resto se ignora.</translation>
    </message>
    <message>
        <source>A company ID has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, without spaces. Copy it from SuccessFactors: your name &gt; Show version information.</source>
        <translation>Un ID de empresa solo contiene letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;, sin espacios. Cópielo de SuccessFactors: su nombre &gt; «Show version information».</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. SuccessFactors expects the user ID here; with an e-mail address the login fails (&quot;invalid user&quot;).</source>
        <translation>Esto parece una dirección de correo electrónico. SuccessFactors espera aquí el ID de usuario; con una dirección de correo electrónico, el inicio de sesión falla («invalid user»).</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Leer de nuevo</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Revisar los cambios</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check what will change, then choose Apply.</source>
        <translation>Todavía no se ha escrito nada. Compruebe lo que va a cambiar y después elija «Aplicar».</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Destination or property</source>
        <translation>Destino o propiedad</translation>
    </message>
    <message>
        <source>Now in the subaccount</source>
        <translation>Ahora en la subcuenta</translation>
    </message>
    <message>
        <source>After applying</source>
        <translation>Después de aplicar</translation>
    </message>
    <message>
        <source>Changes to the subaccount</source>
        <translation>Cambios en la subcuenta</translation>
    </message>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>Leyendo los destinos de «%1»…</translation>
    </message>
    <message>
        <source>Nothing was written. Choose &quot;Read again&quot; when the problem is solved.</source>
        <translation>No se ha escrito nada. Elija «Leer de nuevo» cuando se haya resuelto el problema.</translation>
    </message>
    <message>
        <source>The subaccount already has a primary destination to the same system: %1. Two primary destinations to one system give every user each task twice. After applying, delete the old one in the SAP BTP cockpit (or set its tc.enabled to false).</source>
        <translation>La subcuenta ya tiene un destino principal al mismo sistema: %1. Con dos destinos principales a un mismo sistema, cada usuario recibe cada tarea dos veces. Después de aplicar, elimine el antiguo en el cockpit de SAP BTP (o establezca su tc.enabled en false).</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>will be created</source>
        <translation>se creará</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message numerus="yes">
        <source>will be updated (%n change(s))</source>
        <translation>
            <numerusform>se actualizará (%n cambio)</numerusform>
            <numerusform>se actualizará (%n cambios)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(no establecido)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged. Choose Apply to write them.</source>
        <translation>%1 por crear, %2 por actualizar, %3 sin cambios. Elija «Aplicar» para escribirlos.</translation>
    </message>
    <message>
        <source>To keep the existing destinations as they are, go Back to the primary destination step and choose another name.</source>
        <translation>Para conservar los destinos existentes tal como están, pulse «Atrás» hasta el paso del destino principal y elija otro nombre.</translation>
    </message>
    <message>
        <source>The wizard compares the destinations with what &quot;%1&quot; holds now.</source>
        <translation>El asistente compara los destinos con lo que contiene «%1» ahora.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds the destinations exactly like this. Applying writes nothing.</source>
        <translation>«%1» ya contiene los destinos exactamente así. Al aplicar no se escribe nada.</translation>
    </message>
    <message>
        <source>Applying replaces a connection to another system: %1. Whatever uses it today stops working. To keep it, go Back to the primary destination step and choose another name.</source>
        <translation>Al aplicar se sustituye una conexión a otro sistema: %1. Lo que la utilice actualmente dejará de funcionar. Para conservarla, pulse «Atrás» hasta el paso del destino principal y elija otro nombre.</translation>
    </message>
    <message>
        <source>I mean to replace &amp;it with this setup</source>
        <translation>Quiero &amp;sustituirla por esta configuración</translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation>establecido (oculto)</translation>
    </message>
    <message>
        <source>changed (hidden)</source>
        <translation>modificado (oculto)</translation>
    </message>
    <message>
        <source>Tick that you mean to replace the connections named above to apply.</source>
        <translation>Marque que desea reemplazar las conexiones indicadas arriba para aplicar.</translation>
    </message>
    <message>
        <source>Apply is possible once the subaccount has been read.</source>
        <translation>Podrá aplicar cuando se haya leído la subcuenta.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>SandboxSubaccount</name>
    <message>
        <source>The demo landscape is missing from the program&apos;s resources.</source>
        <translation>Falta el entorno de demostración en los recursos del programa.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s data folder %1.</source>
        <translation>No se puede crear la carpeta de datos del sandbox %1.</translation>
    </message>
    <message>
        <source>Cannot write into the sandbox&apos;s data folder %1.</source>
        <translation>No se puede escribir en la carpeta de datos del sandbox %1.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s token signing key.</source>
        <translation>No se puede crear la clave de firma de tokens del sandbox.</translation>
    </message>
    <message>
        <source>Cannot write the trust certificate into %1.</source>
        <translation>No se puede escribir el certificado de confianza en %1.</translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>El llavero no ha respondido en %1 segundos.</translation>
    </message>
    <message>
        <source>Nothing is saved in the keychain for %1.</source>
        <translation>No hay nada guardado en el llavero para %1.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (the system&apos;s secret storage is locked or not running).</source>
        <translation>No hay ningún llavero disponible en este equipo (el almacén de secretos del sistema está bloqueado o no se está ejecutando).</translation>
    </message>
    <message>
        <source>The keychain did not answer. It may be waiting for you to unlock it in another window.</source>
        <translation>El llavero no ha respondido. Es posible que esté esperando a que lo desbloquee en otra ventana.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero ha notificado un error.</translation>
    </message>
    <message>
        <source>You can continue: the secrets (keys, passwords) are then kept only until you close the program, and you enter them again next time. To keep them, unlock or start your desktop&apos;s keyring and restart the program.</source>
        <translation>Puede continuar: en ese caso, los secretos (claves, contraseñas) solo se guardan hasta que cierre el programa, y tendrá que volver a introducirlos la próxima vez. Para conservarlos, desbloquee o inicie el llavero de su escritorio y reinicie el programa.</translation>
    </message>
    <message>
        <source>You can continue; the secrets (keys, passwords) are then kept only until you close the program.</source>
        <translation>Puede continuar; en ese caso, los secretos (claves, contraseñas) solo se guardan hasta que cierre el programa.</translation>
    </message>
</context>
<context>
    <name>ServiceKeyPage</name>
    <message>
        <source>&amp;Open service key file…</source>
        <translation>Abrir archivo de &amp;clave de servicio…</translation>
    </message>
    <message>
        <source>Service keys (*.json *.txt);;All files (*)</source>
        <translation>Claves de servicio (*.json *.txt);;Todos los archivos (*)</translation>
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
        <translation>Clave de servicio de SAP Task Center</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choose the &lt;b&gt;SAP Task Center&lt;/b&gt; instance, and under &lt;b&gt;Service Keys&lt;/b&gt; open a key (create one if there is none). Download it, or copy its JSON text and paste it below.</source>
        <translation>En el cockpit de SAP BTP, abra &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, elija la instancia de &lt;b&gt;SAP Task Center&lt;/b&gt; y, en &lt;b&gt;Service Keys&lt;/b&gt;, abra una clave (cree una si no hay ninguna). Descárguela, o copie su texto JSON y péguelo a continuación.</translation>
    </message>
    <message>
        <source>Inbox REST URL:</source>
        <translation>URL REST del buzón:</translation>
    </message>
    <message>
        <source>Authentication URL (uaa.url):</source>
        <translation>URL de autenticación (uaa.url):</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>present (kept in the keychain, never in a file)</source>
        <translation>presente (guardado en el llavero, nunca en un archivo)</translation>
    </message>
    <message>
        <source>The service key is complete.</source>
        <translation>La clave de servicio está completa.</translation>
    </message>
    <message>
        <source>not needed for %1, so not kept</source>
        <translation>no se necesita para %1, por lo que no se guarda</translation>
    </message>
</context>
<context>
    <name>ServiceKeyText</name>
    <message>
        <source>The service key is empty. In the SAP BTP cockpit, open the %1 instance, choose its service key and copy the whole JSON text.</source>
        <translation>La clave de servicio está vacía. En el cockpit de SAP BTP, abra la instancia de %1, elija su clave de servicio y copie el texto JSON completo.</translation>
    </message>
    <message>
        <source>The service key is cut off: its closing } is missing. Copy the whole key again, from the first { to the last }.</source>
        <translation>La clave de servicio está cortada: falta su } de cierre. Vuelva a copiar la clave completa, desde la primera { hasta la última }.</translation>
    </message>
    <message>
        <source>This is not a service key: a service key is JSON text that starts with { and ends with }. Copy the whole key from the cockpit (Credentials &gt; JSON).</source>
        <translation>Esto no es una clave de servicio: una clave de servicio es un texto JSON que empieza por { y termina por }. Copie la clave completa desde el cockpit («Credentials &gt; JSON»).</translation>
    </message>
    <message>
        <source>The service key is cut off: it ends before its last } (line %1, column %2). Copy the whole key again, from the first { to the last }.</source>
        <translation>La clave de servicio está cortada: termina antes de su última } (línea %1, columna %2). Vuelva a copiar la clave completa, desde la primera { hasta la última }.</translation>
    </message>
    <message>
        <source>The service key has a mistake at line %1, column %2 (%3). Look there for a comma too many or missing, or a missing quote.</source>
        <translation>La clave de servicio tiene un error en la línea %1, columna %2 (%3). Busque allí una coma de más o que falte, o unas comillas que falten.</translation>
    </message>
</context>
<context>
    <name>SetupFile</name>
    <message>
        <source>%1: not valid JSON (%2 at character %3).</source>
        <translation>%1: no es JSON válido (%2 en el carácter %3).</translation>
    </message>
    <message>
        <source>%1: a setup file is a JSON object ({...}).</source>
        <translation>%1: un archivo de configuración es un objeto JSON ({...}).</translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; must be %2.</source>
        <translation>%1: &quot;format&quot; debe ser %2.</translation>
    </message>
    <message>
        <source>%1: &quot;provider&quot;: %2</source>
        <translation>%1: &quot;provider&quot;: %2</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; must be an object.</source>
        <translation>%1: &quot;values&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; is not a value of %3.</source>
        <translation>%1: &quot;values.%2&quot; no es un valor de %3.</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; is a secret; secrets belong in a secrets file or the keychain, never in the setup file.</source>
        <translation>%1: &quot;values.%2&quot; es un secreto; los secretos van en un archivo de secretos o en el llavero, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; must be text.</source>
        <translation>%1: &quot;values.%2&quot; debe ser texto.</translation>
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
        <translation>%1: &quot;properties.%2&quot;: %3 no tiene ningún destino con ese rol.</translation>
    </message>
    <message>
        <source>%1: &quot;properties.%2.%3&quot; cannot be changed: SAP Task Center requires it as it is.</source>
        <translation>%1: &quot;properties.%2.%3&quot; no se puede modificar: SAP Task Center lo exige tal como está.</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot;: %2 has only one way to set it up; leave &quot;path&quot; out.</source>
        <translation>%1: &quot;path&quot;: %2 solo tiene una forma de configurarse; omita &quot;path&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot; must be one of %2.</source>
        <translation>%1: &quot;path&quot; debe ser uno de %2.</translation>
    </message>
    <message>
        <source>%1: &quot;checked&quot;: &quot;%2&quot; is not a checklist item of %3 (&quot;step/item&quot;).</source>
        <translation>%1: &quot;checked&quot;: &quot;%2&quot; no es un elemento de la lista de comprobación de %3 (&quot;step/item&quot;).</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; gives %2, which the way &quot;%3&quot; does not use, and no &quot;path&quot; chooses another way, so nothing of them would be written. Add %4.</source>
        <translation>%1: &quot;values&quot; indica %2, que la vía «%3» no utiliza, y ningún &quot;path&quot; elige otra vía, por lo que no se escribiría nada de ello. Añada %4.</translation>
    </message>
    <message>
        <source>the &quot;path&quot; that uses them</source>
        <translation>el &quot;path&quot; que los utiliza</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1: &quot;serviceKey&quot; must be the service key&apos;s JSON object.</source>
        <translation>%1: &quot;serviceKey&quot; debe ser el objeto JSON de la clave de servicio.</translation>
    </message>
    <message>
        <source>%1: &quot;serviceKey&quot;: %2</source>
        <translation>%1: &quot;serviceKey&quot;: %2</translation>
    </message>
    <message>
        <source>The service key file %1 that the setup names is not there any more. Open or paste the service key again.</source>
        <translation>El archivo de clave de servicio %1 que indica la configuración ya no existe. Vuelva a abrir o a pegar la clave de servicio.</translation>
    </message>
    <message>
        <source>%1: &quot;trustCertificate&quot; must be the certificate as PEM text: %2</source>
        <translation>%1: &quot;trustCertificate&quot; debe ser el certificado como texto PEM: %2</translation>
    </message>
    <message>
        <source>The trust certificate file %1 that the setup names is not there any more. Open the certificate again, or get it from the subaccount.</source>
        <translation>El archivo de certificado de confianza %1 que indica la configuración ya no existe. Vuelva a abrir el certificado u obténgalo de la subcuenta.</translation>
    </message>
    <message>
        <source>%1: &quot;provider&quot; is missing: add the id of a task provider (taskcenter-connect providers lists them).</source>
        <translation>%1: falta &quot;provider&quot;: añada el ID de un proveedor de tareas (taskcenter-connect providers los enumera).</translation>
    </message>
</context>
<context>
    <name>SetupModel</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 of %2 still holds the template value &quot;%3&quot;.</source>
        <translation>%1 de %2 todavía contiene el valor de plantilla «%3».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; hold the same value. Each has its own; copy each from its own place.</source>
        <translation>«%1» y «%2» contienen el mismo valor. Cada uno tiene el suyo; copie cada uno desde su propio lugar.</translation>
    </message>
    <message>
        <source>Open or paste the subaccount&apos;s trust certificate to continue.</source>
        <translation>Abra o pegue el certificado de confianza de la subcuenta para continuar.</translation>
    </message>
    <message>
        <source>Open or paste the SAP Task Center service key to continue.</source>
        <translation>Abra o pegue la clave de servicio de SAP Task Center para continuar.</translation>
    </message>
    <message numerus="yes">
        <source>Tick each step once you have done it (%n left).</source>
        <translation>
            <numerusform>Marque cada paso una vez realizado (queda %n).</numerusform>
            <numerusform>Marque cada paso una vez realizado (quedan %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupSecrets</name>
    <message>
        <source>The saved secrets were read from this computer&apos;s keychain.</source>
        <translation>Los secretos guardados se han leído del llavero de este equipo.</translation>
    </message>
    <message>
        <source>The secrets are kept in this computer&apos;s keychain.</source>
        <translation>Los secretos se guardan en el llavero de este equipo.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Task Center Connect is open already; its window was brought to the front.</source>
        <translation>Task Center Connect ya está abierto; su ventana se ha traído al primer plano.</translation>
    </message>
    <message>
        <source>Task Center Connect is open already (process %1), but its window did not answer. Switch to it, or close it and start again.</source>
        <translation>Task Center Connect ya está abierto (proceso %1), pero su ventana no ha respondido. Cambie a él, o ciérrelo y vuelva a iniciarlo.</translation>
    </message>
</context>
<context>
    <name>SourceInput</name>
    <message>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <source>…or &amp;paste it here:</source>
        <translation>…o péguelo a&amp;quí:</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <source>The pasted text was read; it is no longer shown.</source>
        <translation>Se ha leído el texto pegado; ya no se muestra.</translation>
    </message>
</context>
<context>
    <name>SubaccountChoice</name>
    <message>
        <source>The demo subaccount runs on this computer only. It already holds a few task providers, some set up correctly and some with common mistakes. Nothing you do here reaches SAP BTP.</source>
        <translation>La subcuenta de demostración solo se ejecuta en este equipo. Ya contiene algunos proveedores de tareas, unos configurados correctamente y otros con errores habituales. Nada de lo que haga aquí llega a SAP BTP.</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Leyendo el secreto de cliente del llavero…</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; is not in this computer&apos;s keychain. Add the subaccount again with its Destination service key.</source>
        <translation>El secreto de cliente de «%1» no está en el llavero de este equipo. Vuelva a añadir la subcuenta con su clave de servicio del Destination service.</translation>
    </message>
    <message>
        <source>The destinations will be written into &quot;%1&quot;.</source>
        <translation>Los destinos se escribirán en «%1».</translation>
    </message>
    <message>
        <source>Wait until the current check has finished.</source>
        <translation>Espere a que termine la comprobación actual.</translation>
    </message>
    <message>
        <source>Open the Destination service key file, or paste the key&apos;s text into the box.</source>
        <translation>Abra el archivo de la clave de servicio del Destination service o pegue el texto de la clave en el cuadro.</translation>
    </message>
    <message>
        <source>Asking the subaccount for a token with this key…</source>
        <translation>Solicitando un token a la subcuenta con esta clave…</translation>
    </message>
    <message>
        <source>The key works. No keychain is available, so &quot;%1&quot; is used until you close the wizard and not saved.</source>
        <translation>La clave funciona. No hay ningún llavero disponible, por lo que «%1» se utiliza hasta que cierre el asistente y no se guarda.</translation>
    </message>
    <message>
        <source>The key works. Saving it in the keychain…</source>
        <translation>La clave funciona. Guardándola en el llavero…</translation>
    </message>
    <message>
        <source>The key works, but it could not be saved: %1 &quot;%2&quot; is used until you close the wizard.</source>
        <translation>La clave funciona, pero no se ha podido guardar: %1 «%2» se utiliza hasta que cierre el asistente.</translation>
    </message>
    <message>
        <source>The key works. &quot;%1&quot; is saved; its client secret is in this computer&apos;s keychain.</source>
        <translation>La clave funciona. «%1» se ha guardado; su secreto de cliente está en el llavero de este equipo.</translation>
    </message>
</context>
<context>
    <name>SubaccountConnection</name>
    <message>
        <source>Demo subaccount</source>
        <translation>Subcuenta de demostración</translation>
    </message>
    <message>
        <source>This program was built without the demo subaccount.</source>
        <translation>Este programa se ha compilado sin la subcuenta de demostración.</translation>
    </message>
</context>
<context>
    <name>SubaccountPage</name>
    <message>
        <source>Into a s&amp;ubaccount, over the Destination service:</source>
        <translation>En una s&amp;ubcuenta, mediante el Destination service:</translation>
    </message>
    <message>
        <source>Into the &amp;demo subaccount on this computer (for demos and trying it out)</source>
        <translation>En la subcuenta de &amp;demostración de este equipo (para demostraciones y pruebas)</translation>
    </message>
    <message>
        <source>Only into &amp;files, to import in the SAP BTP cockpit</source>
        <translation>Solo en a&amp;rchivos, para importarlos en el cockpit de SAP BTP</translation>
    </message>
    <message>
        <source>&amp;Add subaccount…</source>
        <translation>Añadir &amp;subcuenta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Open service key file…</source>
        <translation>Abrir archivo de &amp;clave de servicio…</translation>
    </message>
    <message>
        <source>Service keys (*.json *.txt);;All files (*)</source>
        <translation>Claves de servicio (*.json *.txt);;Todos los archivos (*)</translation>
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
        <translation>&amp;Probar y guardar</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <source>Where the destinations go</source>
        <translation>Adónde van los destinos</translation>
    </message>
    <message>
        <source>Saved subaccount</source>
        <translation>Subcuenta guardada</translation>
    </message>
    <message>
        <source>Forget this subaccount and its client secret on this computer</source>
        <translation>Olvidar esta subcuenta y su secreto de cliente en este equipo</translation>
    </message>
    <message>
        <source>e.g. Production EU10</source>
        <translation>p. ej. Producción EU10</translation>
    </message>
    <message>
        <source>You need a key of the subaccount&apos;s &lt;b&gt;Destination service&lt;/b&gt; instance: in the SAP BTP cockpit open &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choose the &lt;b&gt;Destination&lt;/b&gt; instance (plan &lt;i&gt;lite&lt;/i&gt;; create one if there is none) and open or create a key under &lt;b&gt;Service Keys&lt;/b&gt;. Open the downloaded file or paste its text.</source>
        <translation>Necesita una clave de la instancia del &lt;b&gt;Destination service&lt;/b&gt; de la subcuenta: en el cockpit de SAP BTP, abra &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, elija la instancia &lt;b&gt;Destination&lt;/b&gt; (plan &lt;i&gt;lite&lt;/i&gt;; cree una si no hay ninguna) y abra o cree una clave en &lt;b&gt;Service Keys&lt;/b&gt;. Abra el archivo descargado o pegue su texto.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Remove subaccount</source>
        <translation>Eliminar subcuenta</translation>
    </message>
    <message>
        <source>Forget the subaccount &quot;%1&quot; on this computer? Its destinations stay as they are.</source>
        <translation>¿Olvidar la subcuenta «%1» en este equipo? Sus destinos se quedan como están.</translation>
    </message>
    <message>
        <source>No subaccount saved yet: add one</source>
        <translation>Todavía no se ha guardado ninguna subcuenta: añada una</translation>
    </message>
    <message>
        <source>The demo subaccount could not be started. Choose a subaccount or files instead.</source>
        <translation>No se ha podido iniciar la subcuenta de demostración. Elija una subcuenta o archivos en su lugar.</translation>
    </message>
    <message>
        <source>The key looks right. Choose &quot;Test and save&quot; to check it with the subaccount.</source>
        <translation>La clave parece correcta. Elija «Probar y guardar» para comprobarla con la subcuenta.</translation>
    </message>
    <message>
        <source>The wizard can write the destinations straight into your SAP BTP subaccount, or into files that you import in the cockpit.</source>
        <translation>El asistente puede escribir los destinos directamente en su subcuenta de SAP BTP, o en archivos que usted importa en el cockpit.</translation>
    </message>
    <message>
        <source>Wait until the subaccount has answered.</source>
        <translation>Espere a que la subcuenta haya respondido.</translation>
    </message>
    <message>
        <source>Add a subaccount with its Destination service key to continue, or choose the demo subaccount or files.</source>
        <translation>Añada una subcuenta con su clave de servicio del Destination service para continuar, o elija la subcuenta de demostración o archivos.</translation>
    </message>
    <message>
        <source>Choose a saved subaccount to continue.</source>
        <translation>Elija una subcuenta guardada para continuar.</translation>
    </message>
    <message>
        <source>Choose where the destinations go to continue.</source>
        <translation>Elija adónde van los destinos para continuar.</translation>
    </message>
</context>
<context>
    <name>SubaccountProfiles</name>
    <message>
        <source>Give the subaccount a name you will recognise, e.g. &quot;Production EU10&quot;.</source>
        <translation>Asigne a la subcuenta un nombre que vaya a reconocer, p. ej. «Producción EU10».</translation>
    </message>
    <message>
        <source>A subaccount named &quot;%1&quot; already exists. Choose another name, or pick the existing one.</source>
        <translation>Ya existe una subcuenta llamada «%1». Elija otro nombre o seleccione la existente.</translation>
    </message>
</context>
<context>
    <name>TaskCenterServiceKey</name>
    <message>
        <source>This is the key of a Destination service instance, not of SAP Task Center. Open the SAP Task Center instance (service one-inbox-service) and use its service key.</source>
        <translation>Esta es la clave de una instancia del Destination service, no de SAP Task Center. Abra la instancia de SAP Task Center (servicio one-inbox-service) y utilice su clave de servicio.</translation>
    </message>
    <message>
        <source>The field uaa is missing, so this is not an SAP Task Center service key. Use the key of the SAP Task Center instance (service one-inbox-service).</source>
        <translation>Falta el campo uaa, por lo que esta no es una clave de servicio de SAP Task Center. Utilice la clave de la instancia de SAP Task Center (servicio one-inbox-service).</translation>
    </message>
    <message>
        <source>The field endpoints.inbox_rest_url is missing. This key may belong to another service; use the key of the SAP Task Center instance (service one-inbox-service).</source>
        <translation>Falta el campo endpoints.inbox_rest_url. Puede que esta clave pertenezca a otro servicio; utilice la clave de la instancia de SAP Task Center (servicio one-inbox-service).</translation>
    </message>
    <message>
        <source>The field uaa.clientsecret is missing: this key uses an X.509 certificate instead. Create a service key without the x509 parameter, so it has a client secret.</source>
        <translation>Falta el campo uaa.clientsecret: esta clave utiliza un certificado X.509 en su lugar. Cree una clave de servicio sin el parámetro x509 para que tenga un secreto de cliente.</translation>
    </message>
    <message>
        <source>The field uaa.clientsecret is missing. Copy the whole key again from the cockpit.</source>
        <translation>Falta el campo uaa.clientsecret. Vuelva a copiar la clave completa desde el cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is missing. Copy the whole key again from the cockpit.</source>
        <translation>Falta el campo %1. Vuelva a copiar la clave completa desde el cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is empty or not text. Copy the whole key again from the cockpit.</source>
        <translation>El campo %1 está vacío o no es texto. Vuelva a copiar la clave completa desde el cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Copy the whole key again from the cockpit.</source>
        <translation>El campo %1 no es una dirección https:// («%2»). Vuelva a copiar la clave completa desde el cockpit.</translation>
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
        <translation>No se ha podido probar el token de %1: %2</translation>
    </message>
    <message>
        <source>Check again when the subaccount answers.</source>
        <translation>Vuelva a comprobar cuando la subcuenta responda.</translation>
    </message>
    <message>
        <source>This subaccount no longer honours SystemUser (the Destination service announced its removal by end of September 2026). Follow SAP Task Center&apos;s current guide for technical-user access.</source>
        <translation>Esta subcuenta ya no admite SystemUser (el Destination service anunció su eliminación para finales de septiembre de 2026). Siga la guía actual de SAP Task Center para el acceso con usuario técnico.</translation>
    </message>
    <message>
        <source>One more thing to try, not confirmed by SAP for this provider: the Destination service encodes SAML assertions as base64url since June 2026; the property samlAssertionEncoding=base64 restores the former encoding.</source>
        <translation>Otra cosa que puede probar, no confirmada por SAP para este proveedor: desde junio de 2026, el Destination service codifica las aserciones SAML en base64url; la propiedad samlAssertionEncoding=base64 restablece la codificación anterior.</translation>
    </message>
    <message>
        <source>The Destination service could not fetch a token with %1: %2</source>
        <translation>El Destination service no ha podido obtener un token con %1: %2</translation>
    </message>
    <message>
        <source>Check the destination&apos;s credentials in the provider.</source>
        <translation>Compruebe las credenciales del destino en el proveedor.</translation>
    </message>
</context>
<context>
    <name>TrustCertificate</name>
    <message>
        <source>Export the trust certificate from the SAP BTP cockpit: Connectivity &gt; Destination Trust &gt; Export.</source>
        <translation>Exporte el certificado de confianza desde el cockpit de SAP BTP: «Connectivity &gt; Destination Trust &gt; Export».</translation>
    </message>
    <message>
        <source>The certificate is empty. %1</source>
        <translation>El certificado está vacío. %1</translation>
    </message>
    <message>
        <source>This holds a private key, not a certificate. Never share a private key. %1</source>
        <translation>Esto contiene una clave privada, no un certificado. No comparta nunca una clave privada. %1</translation>
    </message>
    <message>
        <source>The certificate is cut off: its END CERTIFICATE line is missing. Copy or export it again, completely.</source>
        <translation>El certificado está cortado: falta su línea END CERTIFICATE. Vuelva a copiarlo o exportarlo completo.</translation>
    </message>
    <message>
        <source>This is a different kind of file (a public key or a certificate request), not the trust certificate. %1</source>
        <translation>Este es otro tipo de archivo (una clave pública o una solicitud de certificado), no el certificado de confianza. %1</translation>
    </message>
    <message>
        <source>This is not a certificate. %1</source>
        <translation>Esto no es un certificado. %1</translation>
    </message>
    <message>
        <source>The certificate is incomplete: part of it is missing. Copy or export it again, completely.</source>
        <translation>El certificado está incompleto: falta una parte. Vuelva a copiarlo o exportarlo completo.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate is valid for %n more day(s).</source>
        <translation>
            <numerusform>El certificado es válido durante %n día más.</numerusform>
            <numerusform>El certificado es válido durante %n días más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1. Renew it soon in the SAP BTP cockpit (Connectivity &gt; Destination Trust &gt; Rotate, so nothing stops), then update it in every task provider; until then tasks keep working.</source>
        <translation>
            <numerusform>El certificado caduca en %n día, el %1. Renuévelo pronto en el cockpit de SAP BTP («Connectivity &gt; Destination Trust &gt; Rotate», para que nada se detenga) y después actualícelo en cada proveedor de tareas; hasta entonces, las tareas siguen funcionando.</numerusform>
            <numerusform>El certificado caduca en %n días, el %1. Renuévelo pronto en el cockpit de SAP BTP («Connectivity &gt; Destination Trust &gt; Rotate», para que nada se detenga) y después actualícelo en cada proveedor de tareas; hasta entonces, las tareas siguen funcionando.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate expired on %1. SAP Task Center cannot read or update tasks with it. Renew it in the SAP BTP cockpit (Connectivity &gt; Destination Trust), export the new one and open it here.</source>
        <translation>El certificado caducó el %1. SAP Task Center no puede leer ni actualizar tareas con él. Renuévelo en el cockpit de SAP BTP («Connectivity &gt; Destination Trust»), exporte el nuevo y ábralo aquí.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1. Check the date and time of this computer, or export the active certificate again.</source>
        <translation>El certificado no es válido antes del %1. Compruebe la fecha y la hora de este equipo, o vuelva a exportar el certificado activo.</translation>
    </message>
</context>
<context>
    <name>TrustCertificatePage</name>
    <message>
        <source>&amp;Open certificate file…</source>
        <translation>Abrir archivo de &amp;certificado…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
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
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>Trust certificate of your subaccount</source>
        <translation>Certificado de confianza de su subcuenta</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose &lt;b&gt;Connectivity &amp;gt; Destination Trust&lt;/b&gt; and &lt;b&gt;Export&lt;/b&gt; the active certificate. (Older guides call this &lt;i&gt;Destinations &amp;gt; Download Trust&lt;/i&gt;; SAP moved it in November 2025.)</source>
        <translation>En el cockpit de SAP BTP, abra la subcuenta en la que se ejecuta SAP Task Center, elija &lt;b&gt;Connectivity &amp;gt; Destination Trust&lt;/b&gt; y exporte el certificado activo con &lt;b&gt;Export&lt;/b&gt;. (Las guías más antiguas lo llaman &lt;i&gt;Destinations &amp;gt; Download Trust&lt;/i&gt;; SAP lo trasladó en noviembre de 2025).</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Días restantes:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>caducado hace %n día</numerusform>
            <numerusform>caducado hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Get it from the subaccount</source>
        <translation>&amp;Obtenerlo de la subcuenta</translation>
    </message>
    <message>
        <source>Read the active trust certificate of &quot;%1&quot;</source>
        <translation>Leer el certificado de confianza activo de «%1»</translation>
    </message>
    <message>
        <source>Reading the trust certificate of &quot;%1&quot;…</source>
        <translation>Leyendo el certificado de confianza de «%1»…</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Cancelar lectura</translation>
    </message>
    <message>
        <source>Reading the certificate was cancelled.</source>
        <translation>Se ha cancelado la lectura del certificado.</translation>
    </message>
    <message>
        <source>This is not the current trust certificate of &quot;%1&quot; (its SHA-256 is %2). A provider given this one holds a certificate the subaccount does not sign with, and its tokens fail. Choose &quot;Get it from the subaccount&quot; to use the current one.</source>
        <translation>Este no es el certificado de confianza actual de «%1» (su SHA-256 es %2). Un proveedor que reciba este tendrá un certificado con el que la subcuenta no firma, y sus tokens fallarán. Elija «Obtenerlo de la subcuenta» para utilizar el actual.</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Válido desde el %1</translation>
    </message>
    <message>
        <source>Valid until %1, %2 left</source>
        <extracomment>%1 is a date, %2 a number of days (&quot;412 days&quot;)</extracomment>
        <translation>Válido hasta el %1; tiempo restante: %2</translation>
    </message>
    <message>
        <source>Valid until %1, %2</source>
        <translation>Válido hasta el %1, %2</translation>
    </message>
    <message>
        <source>Read from the subaccount &quot;%1&quot;.</source>
        <translation>Leído de la subcuenta «%1».</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) checked: </source>
        <translation>
            <numerusform>%n destino comprobado: </numerusform>
            <numerusform>%n destinos comprobados: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <translation>%1 error(es), %2 advertencia(s), %3 nota(s).</translation>
    </message>
    <message>
        <source>SAP Task Center configuration check</source>
        <translation>Comprobación de la configuración de SAP Task Center</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>Comprobado el %1.</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>Configuración completa</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>advertencias</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>Subaccount</source>
        <translation>Subcuenta</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se ha encontrado ninguno</translation>
    </message>
    <message>
        <source>Authentication types</source>
        <translation>Tipos de autenticación</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Certificado de confianza</translation>
    </message>
    <message>
        <source>valid until %1 (SHA-256 %2)</source>
        <translation>válido hasta el %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Task Center&apos;s own destinations</source>
        <translation>Destinos propios de Task Center</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <source>No task provider destinations were found.</source>
        <translation>No se ha encontrado ningún destino de proveedor de tareas.</translation>
    </message>
    <message>
        <source>SAP Task Center</source>
        <translation>SAP Task Center</translation>
    </message>
    <message>
        <source>reads the tasks through each primary destination; users act on them through its secondary destination</source>
        <translation>lee las tareas a través de cada destino principal; los usuarios actúan sobre ellas a través de su destino secundario</translation>
    </message>
    <message>
        <source>Primary destination</source>
        <translation>Destino principal</translation>
    </message>
    <message>
        <source>Secondary destination</source>
        <translation>Destino secundario</translation>
    </message>
    <message>
        <source>Backend system</source>
        <translation>Sistema backend</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>The PDF could not be written: the file is not open for writing.</source>
        <translation>No se ha podido escribir el PDF: el archivo no está abierto para escritura.</translation>
    </message>
    <message>
        <source>The PDF could not be written: this program was started without its fonts.</source>
        <translation>No se ha podido escribir el PDF: este programa se ha iniciado sin sus fuentes.</translation>
    </message>
    <message>
        <source>Subaccount ID</source>
        <translation>ID de subcuenta</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>open the page</source>
        <translation>abrir la página</translation>
    </message>
</context>
<context>
    <name>ValueDerivation</name>
    <message>
        <source>&quot;take&quot; has a &quot;match&quot; that is not a valid regular expression with a &quot;value&quot;.</source>
        <translation>&quot;take&quot; tiene un &quot;match&quot; que no es una expresión regular válida con un &quot;value&quot;.</translation>
    </message>
    <message>
        <source>&quot;take&quot; is &quot;%1&quot;; it takes &quot;origin&quot;, &quot;query:&lt;name&gt;&quot; or {&quot;match&quot;, &quot;value&quot;}.</source>
        <translation>&quot;take&quot; es «%1»; admite &quot;origin&quot;, &quot;query:&lt;name&gt;&quot; o {&quot;match&quot;, &quot;value&quot;}.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>%1 (derived):</source>
        <translation>%1 (derivado):</translation>
    </message>
    <message>
        <source>(appears when the value above is complete)</source>
        <translation>(aparece cuando el valor anterior está completo)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Continue a saved setup…</source>
        <translation>&amp;Continuar una configuración guardada…</translation>
    </message>
    <message>
        <source>Open a setup file saved with &quot;Save progress&quot;</source>
        <translation>Abrir un archivo de configuración guardado con «Guardar progreso»</translation>
    </message>
    <message>
        <source>Use the &amp;demo subaccount</source>
        <translation>Usar la subcuenta de &amp;demostración</translation>
    </message>
    <message>
        <source>Try the whole setup against a subaccount simulated on this computer: nothing reaches SAP BTP</source>
        <translation>Pruebe toda la configuración con una subcuenta simulada en este equipo: nada llega a SAP BTP</translation>
    </message>
    <message>
        <source>Connect a task provider to SAP Task Center</source>
        <translation>Conectar un proveedor de tareas a SAP Task Center</translation>
    </message>
    <message>
        <source>This wizard walks you through SAP&apos;s documented steps and writes the destinations they need.</source>
        <translation>Este asistente le guía por los pasos que documenta SAP y escribe los destinos que necesitan.</translation>
    </message>
    <message>
        <source>&amp;Task provider:</source>
        <translation>&amp;Proveedor de tareas:</translation>
    </message>
    <message>
        <source>Check an e&amp;xisting configuration…</source>
        <translation>Comprobar una configuración e&amp;xistente…</translation>
    </message>
    <message>
        <source>Check destinations that exist already, in a subaccount or in exported files, and see what is wrong and how to fix it</source>
        <translation>Compruebe destinos que ya existen, en una subcuenta o en archivos exportados, y vea qué es incorrecto y cómo corregirlo</translation>
    </message>
    <message>
        <source>C&amp;ontinue where you left off (%1)</source>
        <translation>C&amp;ontinuar donde lo dejó (%1)</translation>
    </message>
    <message>
        <source>The setup you were working on when the wizard was last closed</source>
        <translation>La configuración en la que estaba trabajando cuando se cerró el asistente por última vez</translation>
    </message>
    <message>
        <source>&amp;Restart in this language</source>
        <translation>&amp;Reiniciar en este idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The wizard speaks %1 from its next start. Restart now to see it at once; the setup so far is kept.</source>
        <translation>El asistente hablará %1 a partir de su próximo inicio. Reinícielo ahora para verlo de inmediato; la configuración realizada hasta ahora se conserva.</translation>
    </message>
    <message>
        <source>You will set up these destinations in the subaccount where SAP Task Center runs:</source>
        <translation>Configurará estos destinos en la subcuenta en la que se ejecuta SAP Task Center:</translation>
    </message>
    <message>
        <source>Have at hand:</source>
        <translation>Tenga a mano:</translation>
    </message>
    <message>
        <source>SAP&apos;s guides for these steps:</source>
        <translation>Guías de SAP para estos pasos:</translation>
    </message>
    <message>
        <source>access to the SAP BTP cockpit of the subaccount where SAP Task Center runs,</source>
        <translation>acceso al cockpit de SAP BTP de la subcuenta en la que se ejecuta SAP Task Center,</translation>
    </message>
    <message>
        <source>administrator access to %1.</source>
        <translation>acceso de administrador a %1.</translation>
    </message>
    <message>
        <source>No browser could be opened. SAP&apos;s guide is at %1</source>
        <translation>No se ha podido abrir ningún navegador. La guía de SAP está en %1</translation>
    </message>
</context>
<context>
    <name>WizardApplication</name>
    <message>
        <source>Task Center Connect wizard</source>
        <translation>Asistente de Task Center Connect</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de or en.</source>
        <translation>Idioma de la ventana, p. ej. es o en.</translation>
    </message>
    <message>
        <source>Continue the setup saved in FILE.</source>
        <translation>Continuar la configuración guardada en FILE.</translation>
    </message>
    <message>
        <source>The wizard needs a screen, and this session has none (no DISPLAY or WAYLAND_DISPLAY). Start it on a desktop or with ssh -X, or use the commands that need no window: taskcenter-connect --help</source>
        <translation>El asistente necesita una pantalla y esta sesión no tiene ninguna (no hay DISPLAY ni WAYLAND_DISPLAY). Inícielo en un escritorio o con ssh -X, o utilice los comandos que no necesitan ventana: taskcenter-connect --help</translation>
    </message>
    <message>
        <source>Run &apos;taskcenter-connect --help&apos; for the options.</source>
        <translation>Ejecute &apos;taskcenter-connect --help&apos; para ver las opciones.</translation>
    </message>
</context>
</TS>
