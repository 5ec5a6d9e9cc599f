<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddressShape</name>
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
        <source>Set %1 to %2.</source>
        <translation>Establezca %1 en %2.</translation>
    </message>
</context>
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
    <message>
        <source>Key store %1</source>
        <translation>Almacén de claves %1</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>cargado</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <source>already in the subaccount</source>
        <translation>ya está en la subcuenta</translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation>no cargado</translation>
    </message>
    <message>
        <source>Retry a destination that names it to upload it again.</source>
        <translation>Reintente un destino que lo nombre para volver a cargarlo.</translation>
    </message>
    <message>
        <source>the key store %1 was not uploaded</source>
        <translation>el almacén de claves %1 no se ha cargado</translation>
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
    <message>
        <source>The Destination service does not find the key store %1 that &quot;%2&quot; names among this subaccount&apos;s destination certificates, so the destination cannot authenticate. Apply again with the key store file chosen, or upload it under Connectivity &gt; Destination Certificates.</source>
        <translation>El Destination service no encuentra el almacén de claves %1 que indica «%2» entre los certificados de destino de esta subcuenta, por lo que el destino no puede autenticarse. Vuelva a aplicar eligiendo el archivo del almacén de claves o súbalo en Connectivity &gt; Destination Certificates.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is complete: the Destination service hands out its key store %2, which SAP Task Center authenticates with. Whether the provider accepts the certificate shows in SAP Task Center&apos;s monitoring.</source>
        <translation>«%1» está completo: el Destination service entrega su almacén de claves %2, con el que SAP Task Center se autentica. El «Monitoring» de SAP Task Center muestra si el proveedor acepta el certificado.</translation>
    </message>
</context>
<context>
    <name>AuthenticationPropertyMissing</name>
    <message>
        <source>%1 uses %2 but has no %3, so the Destination service cannot fetch a token with it.</source>
        <translation>%1 utiliza %2, pero no tiene %3, por lo que el Destination service no puede obtener un token con él.</translation>
    </message>
    <message>
        <source>Add %1 as the provider&apos;s guide for SAP Task Center says.</source>
        <translation>Añada %1 como indica la guía del proveedor para SAP Task Center.</translation>
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
    <name>CertificateMissing</name>
    <message>
        <source>%1 names the trust store %2 (%3), but the subaccount&apos;s destination certificates hold no file of that name, so the connection cannot be made.</source>
        <translation>%1 indica el truststore %2 (%3), pero los certificados de destino de la subcuenta no contienen ningún archivo con ese nombre, por lo que no se puede establecer la conexión.</translation>
    </message>
    <message>
        <source>%1 names the key store %2 (%3), but the subaccount&apos;s destination certificates hold no file of that name, so the destination cannot authenticate.</source>
        <translation>%1 indica el almacén de claves %2 (%3), pero los certificados de destino de la subcuenta no contienen ningún archivo con ese nombre, por lo que el destino no puede autenticarse.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open Connectivity &gt; Destination Certificates and upload the file as %1, or change %2 to the name of a file that is there.</source>
        <translation>En el cockpit de SAP BTP, abra «Connectivity &gt; Destination Certificates» y suba el archivo como %1, o cambie %2 al nombre de un archivo que esté allí.</translation>
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
    <message>
        <source> (also named by %1)</source>
        <translation> (también nombrado en %1)</translation>
    </message>
    <message>
        <source>unchanged  key store %1</source>
        <translation>sin cambios      almacén de claves %1</translation>
    </message>
    <message>
        <source>would upload  key store %1 from %2</source>
        <translation>se cargaría      almacén de claves %1 desde %2</translation>
    </message>
    <message>
        <source>would replace  key store %1 from %2%3</source>
        <translation>se sustituiría   almacén de claves %1 desde %2%3</translation>
    </message>
    <message>
        <source>exists     key store %1: the subaccount has another file under this name%2; --overwrite replaces it</source>
        <translation>existe           almacén de claves %1: la subcuenta tiene otro archivo con este nombre%2; --overwrite lo sustituye</translation>
    </message>
    <message>
        <source>MISSING    key store %1: %2</source>
        <translation>FALTA            almacén de claves %1: %2</translation>
    </message>
    <message>
        <source>held back  %1: the key store it names, %2, exists with other content; --overwrite replaces it</source>
        <translation>retenido         %1: el almacén de claves que nombra, %2, existe con otro contenido; --overwrite lo sustituye</translation>
    </message>
    <message>
        <source>uploaded   key store %1</source>
        <translation>cargado          almacén de claves %1</translation>
    </message>
    <message>
        <source>replaced   key store %1</source>
        <translation>sustituido       almacén de claves %1</translation>
    </message>
    <message>
        <source>FAILED     key store %1: %2</source>
        <translation>ERROR            almacén de claves %1: %2</translation>
    </message>
    <message>
        <source>Creates or updates, in a subaccount, the destinations a setup file describes, over the SAP BTP Destination service REST API. Destinations that already hold the same values are left alone, so running it again changes nothing. A key store the destinations name, chosen as a file on this computer, goes first into the subaccount&apos;s destination certificates under its file name (replaced only with --overwrite).
Secrets come from --secrets or, without it, from the keychain.
Exit codes: 0 applied (or nothing to do); 1 a destination or key store failed or is missing, or exists with other values and --overwrite was not given (said which); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Crea o actualiza en una subcuenta los destinos que describe un archivo de configuración, mediante la API REST del Destination service de SAP BTP. Los destinos que ya tienen los mismos valores no se modifican, por lo que volver a ejecutarlo no cambia nada. Un almacén de claves que nombran los destinos, elegido como archivo de este equipo, se carga primero en los certificados de destino de la subcuenta con su nombre de archivo (solo se sustituye con --overwrite).
Los secretos proceden de --secrets o, sin esta opción, del llavero.
Códigos de salida: 0 aplicado (o nada que hacer); 1 ha fallado o falta un destino o un almacén de claves, o existe con otros valores y no se ha indicado --overwrite (se indica cuál); 2 entrada incorrecta; 3 no se ha podido acceder a la subcuenta o no ha aceptado la clave.</translation>
    </message>
    <message>
        <source>Replace destinations and key stores that exist with other values.</source>
        <translation>Sustituir los destinos y los almacenes de claves que existen con otros valores.</translation>
    </message>
    <message>
        <source>Upload %1 to the subaccount&apos;s destination certificates (Connectivity &gt; Destination Certificates) as %2: %3 name it, and the files do not hold it.</source>
        <translation>Suba %1 a los certificados de destino de la subcuenta (Connectivity &gt; Destination Certificates) como %2: %3 lo indican y los archivos no lo contienen.</translation>
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
  trust status|prepare|rotate|remove-passive --subaccount DESTINATION-KEY.json
        [--out FILE] [--yes] [--keep]
      Rotar el certificado de confianza de la subcuenta sin interrupción: preparar uno pasivo
      (--out lo escribe para los proveedores), entregarlo a cada proveedor de la lista, rotate --yes
      (se revierte si un proveedor lo rechaza, salvo con --keep), remove-passive. Salida 0 hecho,
      1 atención (caduca pronto o ninguno; rotate sin --yes; un proveedor lo rechaza),
      2 entrada incorrecta, 3 inaccesible.
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
        <source>not readable: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message numerus="yes">
        <source>  valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>  válido hasta el %1 (queda %n día)</numerusform>
            <numerusform>  válido hasta el %1 (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>  SHA-256 %1</source>
        <translation>  SHA-256 %1</translation>
    </message>
    <message>
        <source>No destination in this subaccount signs with the trust certificate.</source>
        <translation>Ningún destino de esta subcuenta firma con el certificado de confianza.</translation>
    </message>
    <message>
        <source>Providers that must hold the certificate (destinations signing with it):</source>
        <translation>Proveedores que deben tener el certificado (destinos que firman con él):</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under Connectivity &gt; Destination Trust (Generate Trust).</source>
        <translation>La subcuenta todavía no tiene ningún certificado de confianza. Cree uno en el cockpit de SAP BTP, en «Connectivity &gt; Destination Trust» («Generate Trust»).</translation>
    </message>
    <message>
        <source>Rotate it: &apos;trust prepare&apos;, give the passive certificate to every provider above, then &apos;trust rotate --yes&apos;. Renewing the active one directly stops task updates until every provider has the new one, which is why SAP advises against it.</source>
        <translation>Rótelo: &apos;trust prepare&apos;, entregue el certificado pasivo a cada proveedor de la lista anterior y después &apos;trust rotate --yes&apos;. Si renueva directamente el certificado activo, las actualizaciones de tareas se detienen hasta que todos los proveedores tengan el nuevo; por eso SAP lo desaconseja.</translation>
    </message>
    <message>
        <source>The subaccount&apos;s destination trust certificates, rotated without downtime as SAP advises: &apos;prepare&apos; makes a passive certificate (--out FILE writes it for the providers), you give it to every provider listed, &apos;rotate --yes&apos; swaps the two and asks for a token with every destination that can get one alone; when one fails it rotates back (unless --keep). &apos;remove-passive&apos; deletes the passive certificate (after a rotation: the old one). &apos;status&apos; shows both and the providers that hold them.
Actions: status, prepare, rotate, remove-passive.
Exit codes: 0 done (status: valid for more than %1 days); 1 attention (expiring, expired or none; rotate without --yes; a provider refused the new certificate); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Los certificados de confianza de destinos de la subcuenta, rotados sin interrupción como recomienda SAP: &apos;prepare&apos; crea un certificado pasivo (--out FILE lo escribe para los proveedores), usted se lo entrega a cada proveedor de la lista, &apos;rotate --yes&apos; intercambia los dos y solicita un token con cada destino que puede obtenerlo sin usuario; si alguno falla, revierte la rotación (salvo con --keep). &apos;remove-passive&apos; elimina el certificado pasivo (después de una rotación: el antiguo). &apos;status&apos; muestra los dos y los proveedores que los tienen.
Acciones: status, prepare, rotate, remove-passive.
Códigos de salida: 0 hecho (status: válido durante más de %1 días); 1 atención (caduca pronto, caducado o ninguno; rotate sin --yes; un proveedor ha rechazado el certificado nuevo); 2 entrada incorrecta; 3 no se ha podido acceder a la subcuenta o no ha aceptado la clave.</translation>
    </message>
    <message>
        <source>prepare: write the passive certificate (PEM) to FILE.</source>
        <translation>prepare: escribir el certificado pasivo (PEM) en FILE.</translation>
    </message>
    <message>
        <source>rotate: rotate now.</source>
        <translation>rotate: rotar ahora.</translation>
    </message>
    <message>
        <source>rotate: keep the new certificate even when a provider refuses it.</source>
        <translation>rotate: conservar el certificado nuevo aunque un proveedor lo rechace.</translation>
    </message>
    <message>
        <source>Say what to do: trust status, prepare, rotate or remove-passive.
Run &apos;taskcenter-connect trust --help&apos; for the options.</source>
        <translation>Indique qué desea hacer: trust status, prepare, rotate o remove-passive.
Ejecute &apos;taskcenter-connect trust --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>trust %1 takes no FILE of its own.
Run &apos;taskcenter-connect trust --help&apos; for the options.</source>
        <translation>trust %1 no admite ningún FILE propio.
Ejecute &apos;taskcenter-connect trust --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>--out belongs to &apos;trust prepare&apos;.</source>
        <translation>--out es una opción de &apos;trust prepare&apos;.</translation>
    </message>
    <message>
        <source>--yes and --keep belong to &apos;trust rotate&apos;.</source>
        <translation>--yes y --keep son opciones de &apos;trust rotate&apos;.</translation>
    </message>
    <message>
        <source>Active:  </source>
        <translation>Activo:  </translation>
    </message>
    <message>
        <source>Passive: </source>
        <translation>Pasivo:  </translation>
    </message>
    <message>
        <source>Nothing was changed. Once every provider above holds the passive certificate, run &apos;trust rotate --yes&apos;.</source>
        <translation>No se ha modificado nada. Cuando todos los proveedores de la lista anterior tengan el certificado pasivo, ejecute &apos;trust rotate --yes&apos;.</translation>
    </message>
    <message>
        <source>Nothing was changed. There is no passive certificate yet: run &apos;trust prepare&apos; first.</source>
        <translation>No se ha modificado nada. Todavía no hay ningún certificado pasivo: ejecute primero &apos;trust prepare&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Rotated back: %n destination(s) got no token with the new certificate, so the old one is active again and no task update was lost. Give the passive certificate to those providers, then rotate again.</source>
        <translation>
            <numerusform>Rotación revertida: %n destino no ha obtenido ningún token con el certificado nuevo, así que el antiguo vuelve a estar activo y no se ha perdido ninguna actualización de tareas. Entregue el certificado pasivo a los proveedores afectados y después vuelva a rotar.</numerusform>
            <numerusform>Rotación revertida: %n destinos no han obtenido ningún token con el certificado nuevo, así que el antiguo vuelve a estar activo y no se ha perdido ninguna actualización de tareas. Entregue el certificado pasivo a los proveedores afectados y después vuelva a rotar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotated. %n destination(s) got a token with the new certificate.</source>
        <translation>
            <numerusform>Rotado. %n destino ha obtenido un token con el certificado nuevo.</numerusform>
            <numerusform>Rotado. %n destinos han obtenido un token con el certificado nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passive certificate is in %1.</source>
        <translation>El certificado pasivo está en %1.</translation>
    </message>
    <message>
        <source>Give the passive certificate to every provider above (where its guide says to upload the trust certificate), then run &apos;trust rotate --yes&apos;.</source>
        <translation>Entregue el certificado pasivo a cada proveedor de la lista anterior (donde su guía indique cargar el certificado de confianza) y después ejecute &apos;trust rotate --yes&apos;.</translation>
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
    <message>
        <source>Reading the destination certificates of &quot;%1&quot;…</source>
        <translation>Leyendo los certificados de destino de «%1»…</translation>
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
        <source>Leave the setup?</source>
        <translation>¿Salir de la configuración?</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
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
    <name>DataCenterDiffers</name>
    <message>
        <source>%1 reaches a provider in data center %2, but this subaccount (SAP Task Center) is in %3. Task Center and the provider must be in the same data center.</source>
        <translation>%1 accede a un proveedor del centro de datos %2, pero esta subcuenta (SAP Task Center) está en %3. Task Center y el proveedor deben estar en el mismo centro de datos.</translation>
    </message>
    <message>
        <source>Connect a provider subaccount in %1, or use SAP Task Center in %2.</source>
        <translation>Conecte una subcuenta de proveedor en %1, o utilice SAP Task Center en %2.</translation>
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
    <message>
        <source>Uploading the key store…</source>
        <translation>Cargando el almacén de claves…</translation>
    </message>
    <message>
        <source>Replacing the key store…</source>
        <translation>Sustituyendo el almacén de claves…</translation>
    </message>
    <message>
        <source>Not done: the key store %1 it names is not in the subaccount. %2</source>
        <translation>No realizado: el almacén de claves %1 que nombra no está en la subcuenta. %2</translation>
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
    <message>
        <source>%1 is not among this subaccount&apos;s destination certificates. Choose the key store file on this computer, and it is uploaded with the destinations.</source>
        <translation>%1 no está entre los certificados de destino de esta subcuenta. Elija el archivo del almacén de claves en este equipo y se cargará con los destinos.</translation>
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
    <message>
        <source>Reading the destination certificates</source>
        <translation>Leyendo los certificados de destino</translation>
    </message>
    <message>
        <source>Uploading certificate %1</source>
        <translation>Subiendo el certificado %1</translation>
    </message>
    <message>
        <source>Replacing certificate %1</source>
        <translation>Sustituyendo el certificado %1</translation>
    </message>
    <message>
        <source>The certificate %1 is not among the subaccount&apos;s destination certificates (any more).</source>
        <translation>El certificado %1 no está (o ya no está) entre los certificados de destino de la subcuenta.</translation>
    </message>
    <message>
        <source>A certificate named %1 is already among the subaccount&apos;s destination certificates. Replace it, or give the file another name.</source>
        <translation>Ya hay un certificado llamado %1 entre los certificados de destino de la subcuenta. Sustitúyalo o dé otro nombre al archivo.</translation>
    </message>
    <message>
        <source>Reading the passive trust certificate</source>
        <translation>Lectura del certificado de confianza pasivo</translation>
    </message>
    <message>
        <source>Making the passive trust certificate</source>
        <translation>Creación del certificado de confianza pasivo</translation>
    </message>
    <message>
        <source>Rotating the trust certificates</source>
        <translation>Rotación de los certificados de confianza</translation>
    </message>
    <message>
        <source>Deleting the passive trust certificate</source>
        <translation>Eliminación del certificado de confianza pasivo</translation>
    </message>
    <message>
        <source>The subaccount has no passive trust certificate.</source>
        <translation>La subcuenta no tiene ningún certificado de confianza pasivo.</translation>
    </message>
    <message>
        <source>The subaccount has no passive trust certificate to rotate to. Prepare one first (trust prepare), give it to every provider, then rotate.</source>
        <translation>La subcuenta no tiene ningún certificado de confianza pasivo al que rotar. Prepare primero uno (trust prepare), entrégueselo a cada proveedor y después rote.</translation>
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
    <message>
        <source>&lt;li&gt;Upload the key store %1 under &lt;b&gt;Connectivity &amp;gt; Destination Certificates&lt;/b&gt; (&lt;b&gt;Create &amp;gt; Import&lt;/b&gt;), keeping its file name: the destinations name it, and the files do not hold it.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Suba el almacén de claves %1 en &lt;b&gt;Connectivity &amp;gt; Destination Certificates&lt;/b&gt; (&lt;b&gt;Create &amp;gt; Import&lt;/b&gt;) con su mismo nombre de archivo: los destinos lo indican y los archivos no lo contienen.&lt;/li&gt;</translation>
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
    <name>HttpWithCredentials</name>
    <message>
        <source>%1 sends credentials (%2) to an http:// address, unencrypted.</source>
        <translation>%1 envía credenciales (%2) a una dirección http://, sin cifrar.</translation>
    </message>
    <message>
        <source>Use the https:// address of the system.</source>
        <translation>Utilice la dirección https:// del sistema.</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryAddress</name>
    <message>
        <source>The URL of %1 is &quot;%2&quot;; SAP documents the tenant&apos;s SCIM address, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>La URL de %1 es «%2»; SAP documenta la dirección SCIM del tenant, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</translation>
    </message>
    <message>
        <source>Set the URL to https://&lt;your tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>Establezca la URL en https://&lt;su tenant&gt;.accounts.ondemand.com/scim.</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryAuthentication</name>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP Task Center reads the identity directory with BasicAuthentication or ClientCertificateAuthentication only.</source>
        <translation>%1 utiliza la autenticación «%2»; SAP Task Center solo lee el directorio de identidades con BasicAuthentication o ClientCertificateAuthentication.</translation>
    </message>
    <message>
        <source>Set Authentication to BasicAuthentication (a technical user of the tenant) or ClientCertificateAuthentication.</source>
        <translation>Establezca Authentication en BasicAuthentication (un usuario técnico del tenant) o en ClientCertificateAuthentication.</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryMissing</name>
    <message>
        <source>The subaccount has no destination %1, which SAP Task Center needs to find users and groups in SAP Cloud Identity Services: no tasks arrive without it.</source>
        <translation>La subcuenta no tiene el destino %1, que SAP Task Center necesita para encontrar usuarios y grupos en SAP Cloud Identity Services: sin él no llega ninguna tarea.</translation>
    </message>
    <message>
        <source>Create %1 with the URL https://&lt;your tenant&gt;.accounts.ondemand.com/scim and BasicAuthentication or ClientCertificateAuthentication.</source>
        <translation>Cree %1 con la URL https://&lt;su tenant&gt;.accounts.ondemand.com/scim y BasicAuthentication o ClientCertificateAuthentication.</translation>
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
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the key store file for %1</source>
        <translation>Elegir el archivo del almacén de claves para %1</translation>
    </message>
    <message>
        <source>Choose the key store</source>
        <translation>Elegir el almacén de claves</translation>
    </message>
    <message>
        <source>Key stores (*.p12 *.pfx *.jks);;All files (*)</source>
        <translation>Almacenes de claves (*.p12 *.pfx *.jks);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is to be in the subaccount&apos;s destination certificates already: the destinations name it, and nothing is uploaded. To upload it, choose the file on this computer.</source>
        <translation>%1 ya debe estar en los certificados de destino de la subcuenta: los destinos lo nombran y no se carga nada. Para cargarlo, elija el archivo en este equipo.</translation>
    </message>
    <message>
        <source>Uploaded to the subaccount&apos;s destination certificates as %1 when the wizard writes the destinations. Its certificate: %2, valid until %3.</source>
        <translation>Se carga en los certificados de destino de la subcuenta como %1 cuando el asistente escribe los destinos. Su certificado: %2, válido hasta el %3.</translation>
    </message>
    <message>
        <source>Uploaded to the subaccount&apos;s destination certificates as %1 when the wizard writes the destinations (a Java key store: the wizard cannot check its password).</source>
        <translation>Se carga en los certificados de destino de la subcuenta como %1 cuando el asistente escribe los destinos (es un almacén de claves Java: el asistente no puede comprobar su contraseña).</translation>
    </message>
</context>
<context>
    <name>KeyStoreFile</name>
    <message>
        <source>The key store file is empty. Export the key store again.</source>
        <translation>El archivo del almacén de claves está vacío. Vuelva a exportar el almacén de claves.</translation>
    </message>
    <message>
        <source>This file is not a key store (.p12, .pfx or .jks). Choose the key store with the client certificate and its private key, as it was exported for this connection.</source>
        <translation>Este archivo no es un almacén de claves (.p12, .pfx o .jks). Elija el almacén de claves con el certificado de cliente y su clave privada, tal como se exportó para esta conexión.</translation>
    </message>
    <message>
        <source>The password does not open this key store. Enter the password it was exported with; it is case-sensitive.</source>
        <translation>La contraseña no abre este almacén de claves. Introduzca la contraseña con la que se exportó; distingue entre mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>This key store holds no client certificate with its private key, which the destination needs to authenticate. Export the certificate together with its private key.</source>
        <translation>Este almacén de claves no contiene ningún certificado de cliente con su clave privada, que el destino necesita para autenticarse. Exporte el certificado junto con su clave privada.</translation>
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
    <name>NameLeavesNoRoom</name>
    <message>
        <source>%1 has %2 characters: its secondary %1_PP would exceed SAP Task Center&apos;s limit of %3.</source>
        <translation>%1 tiene %2 caracteres: su destino secundario %1_PP superaría el límite de %3 de SAP Task Center.</translation>
    </message>
    <message>
        <source>Use at most %1 characters for a primary destination.</source>
        <translation>Utilice como máximo %1 caracteres para un destino principal.</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>Create the destination again under a shorter name made of letters, digits, _ and -; rename its secondary with it.</source>
        <translation>Vuelva a crear el destino con un nombre más corto formado por letras, dígitos, _ y -; cambie también el nombre de su destino secundario.</translation>
    </message>
</context>
<context>
    <name>NameTwice</name>
    <message>
        <source>%1 is given twice (%2 and %3); the later one is checked.</source>
        <translation>%1 aparece dos veces (%2 y %3); se comprueba el último.</translation>
    </message>
    <message>
        <source>Check only one export of each destination. Exports of different subaccounts: give each subaccount&apos;s folder or zip archive on its own.</source>
        <translation>Compruebe solo una exportación de cada destino. Exportaciones de distintas subcuentas: indique la carpeta o el archivo zip de cada subcuenta por separado.</translation>
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
    <name>PairSystemsDiffer</name>
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
</context>
<context>
    <name>PrimaryDuplicate</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 are enabled primary destinations to the same system: every user gets each of its tasks twice.</source>
        <translation>%1 y %2 son destinos principales activados hacia el mismo sistema: cada usuario recibe cada una de sus tareas dos veces.</translation>
    </message>
    <message>
        <source>Keep one. Delete the others, or set their tc.enabled to false.</source>
        <translation>Conserve uno. Elimine los demás o establezca su tc.enabled en false.</translation>
    </message>
</context>
<context>
    <name>PropertyCheck</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Correct %1 (%2).</source>
        <translation>Corrija %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PropertyMissing</name>
    <message>
        <source>%1 lacks the property %2 that SAP&apos;s guide for %3 requires.</source>
        <translation>A %1 le falta la propiedad %2 que exige la guía de SAP para %3.</translation>
    </message>
    <message>
        <source>Add %1 as the guide for %2 says, or set the destination up again with the wizard.</source>
        <translation>Añada %1 como indica la guía para %2, o vuelva a configurar el destino con el asistente.</translation>
    </message>
</context>
<context>
    <name>PropertyShape</name>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; SAP&apos;s guide for %4 gives it the form &quot;%5&quot;.</source>
        <translation>%1 de %2 es «%3»; la guía de SAP para %4 le da el formato «%5».</translation>
    </message>
    <message>
        <source>Set %1 in the form %2.</source>
        <translation>Establezca %1 con el formato %2.</translation>
    </message>
</context>
<context>
    <name>PropertyValue</name>
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
    <message>
        <source>HR</source>
        <translation>RR. HH.</translation>
    </message>
    <message>
        <source>Procurement and spend</source>
        <translation>Compras y gastos</translation>
    </message>
    <message>
        <source>ERP and finance</source>
        <translation>ERP y finanzas</translation>
    </message>
    <message>
        <source>Sales, service and marketing</source>
        <translation>Ventas, servicio y marketing</translation>
    </message>
    <message>
        <source>Process automation and workplace</source>
        <translation>Automatización de procesos y lugar de trabajo</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Terceros</translation>
    </message>
    <message>
        <source>The provider definition is invalid: its &quot;family&quot; is &quot;%1&quot;; it is one of %2.</source>
        <translation>La definición del proveedor no es válida: su &quot;family&quot; es «%1»; debe ser uno de %2.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; names an unknown path &quot;%2&quot;.</source>
        <translation>el destino «%1» nombra una ruta desconocida «%2».</translation>
    </message>
    <message>
        <source>the key store input &quot;%1&quot; names &quot;%2&quot; as its password, which is not a secret input (or the key store itself is marked secret).</source>
        <translation>la entrada de almacén de claves «%1» nombra «%2» como su contraseña, que no es una entrada secreta (o el propio almacén de claves está marcado como secreto).</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Search, e.g. Ariba or procurement</source>
        <translation>Buscar, p. ej. Ariba o compras</translation>
    </message>
    <message>
        <source>Search task providers</source>
        <translation>Buscar proveedores de tareas</translation>
    </message>
    <message>
        <source>Task providers</source>
        <translation>Proveedores de tareas</translation>
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
    <message>
        <source>Closing tasks from SAP Advanced Financial Closing, in the same subaccount as SAP Task Center or in another one: one destination with the OAuth client from the service key of your SAP Advanced Financial Closing instance.</source>
        <translation>Tareas de cierre de SAP Advanced Financial Closing, en la misma subcuenta que SAP Task Center o en otra: un destino con el cliente OAuth de la clave de servicio de su instancia de SAP Advanced Financial Closing.</translation>
    </message>
    <message>
        <source>Task Center endpoint (endpoints &gt; task-center)</source>
        <translation>Endpoint de Task Center (endpoints &gt; task-center)</translation>
    </message>
    <message>
        <source>In the service key of your SAP Advanced Financial Closing instance, the value of task-center under endpoints. Paste it as it is: the wizard removes /task-provider/v2 from it, as SAP&apos;s guide asks for the destination&apos;s URL.</source>
        <translation>En la clave de servicio de su instancia de SAP Advanced Financial Closing, el valor de task-center en endpoints. Péguelo tal cual: el asistente le quita /task-provider/v2, como pide la guía de SAP para la URL del destino.</translation>
    </message>
    <message>
        <source>This is an authentication address (uaa &gt; url), not the Task Center endpoint. Copy the value of endpoints &gt; task-center from the service key.</source>
        <translation>Esta es una dirección de autenticación (uaa &gt; url), no el endpoint de Task Center. Copie el valor de endpoints &gt; task-center de la clave de servicio.</translation>
    </message>
    <message>
        <source>The value of endpoints &gt; task-center ends with /task-provider/v2. Check that you copied that value, not another endpoint of the service key. If you removed /task-provider/v2 yourself, you can go on.</source>
        <translation>El valor de endpoints &gt; task-center termina en /task-provider/v2. Compruebe que ha copiado ese valor y no otro endpoint de la clave de servicio. Si ha quitado /task-provider/v2 usted mismo, puede continuar.</translation>
    </message>
    <message>
        <source>Client ID (uaa &gt; clientid)</source>
        <translation>ID de cliente (uaa &gt; clientid)</translation>
    </message>
    <message>
        <source>In the same service key, the value of clientid under uaa. It becomes the destination&apos;s Client Key and Token Service User.</source>
        <translation>En la misma clave de servicio, el valor de clientid en uaa. Se convierte en la «Client Key» y el «Token Service User» del destino.</translation>
    </message>
    <message>
        <source>Client secret (uaa &gt; clientsecret)</source>
        <translation>Secreto de cliente (uaa &gt; clientsecret)</translation>
    </message>
    <message>
        <source>In the same service key, the value of clientsecret under uaa. It becomes the Token Service Password and is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>En la misma clave de servicio, el valor de clientsecret en uaa. Se convierte en la «Token Service Password» y se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Authentication address (uaa &gt; url)</source>
        <translation>Dirección de autenticación (uaa &gt; url)</translation>
    </message>
    <message>
        <source>In the same service key, the value of url under uaa. The wizard fills the Audience and the Token Service URL below from it, as SAP&apos;s guide says: the Audience is this address, the Token Service URL this address followed by /oauth/token.</source>
        <translation>En la misma clave de servicio, el valor de url en uaa. A partir de él, el asistente rellena los campos «Audience» y «Token Service URL» que aparecen más abajo, como indica la guía de SAP: la «Audience» es esta dirección, y la «Token Service URL», esta dirección seguida de /oauth/token.</translation>
    </message>
    <message>
        <source>The value of uaa &gt; url has nothing after the host. Only %1 is used.</source>
        <translation>El valor de uaa &gt; url no lleva nada después del host. Solo se utiliza %1.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing in this subaccount: the value of uaa &gt; url of its service key. In a different subaccount: the entityID of that subaccount&apos;s SAML metadata. Copy it exactly as it is shown.</source>
        <translation>SAP Advanced Financial Closing en esta subcuenta: el valor de uaa &gt; url de su clave de servicio. En otra subcuenta: el entityID de los metadatos SAML de esa subcuenta. Cópielo exactamente tal como se muestra.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing in this subaccount: uaa &gt; url of its service key followed by /oauth/token. In a different subaccount: the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI, in that subaccount&apos;s SAML metadata.</source>
        <translation>SAP Advanced Financial Closing en esta subcuenta: uaa &gt; url de su clave de servicio seguido de /oauth/token. En otra subcuenta: el valor de Location del AssertionConsumerService cuyo Binding es urn:oasis:names:tc:SAML:2.0:bindings:URI, en los metadatos SAML de esa subcuenta.</translation>
    </message>
    <message>
        <source>The Token Service URL SAP&apos;s guide describes contains /oauth/token: uaa &gt; url followed by /oauth/token, or the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI. Check that you copied the right value.</source>
        <translation>La «Token Service URL» que describe la guía de SAP contiene /oauth/token: uaa &gt; url seguido de /oauth/token, o el valor de Location del AssertionConsumerService cuyo Binding es urn:oasis:names:tc:SAML:2.0:bindings:URI. Compruebe que ha copiado el valor correcto.</translation>
    </message>
    <message>
        <source>Choose this when the SAP Advanced Financial Closing instance is in the same subaccount as SAP Task Center. SAP Task Center gets its tokens from the authentication address in the instance&apos;s service key.</source>
        <translation>Elija esta opción si la instancia de SAP Advanced Financial Closing está en la misma subcuenta que SAP Task Center. SAP Task Center obtiene sus tokens de la dirección de autenticación de la clave de servicio de la instancia.</translation>
    </message>
    <message>
        <source>Choose this when the SAP Advanced Financial Closing instance is in another subaccount that logs users on through the same Identity Authentication tenant as this one. SAP Task Center gets its tokens from that subaccount, with the values of its SAML metadata.</source>
        <translation>Elija esta opción si la instancia de SAP Advanced Financial Closing está en otra subcuenta cuyos usuarios inician sesión a través del mismo tenant de Identity Authentication que esta. SAP Task Center obtiene sus tokens de esa subcuenta, con los valores de sus metadatos SAML.</translation>
    </message>
    <message>
        <source>Prepare SAP Advanced Financial Closing</source>
        <translation>Preparar SAP Advanced Financial Closing</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next pages ask for what they give you.</source>
        <translation>Marque cada paso una vez realizado; las páginas siguientes le piden lo que obtiene de ellos.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing and SAP Task Center are in this subaccount.</source>
        <translation>SAP Advanced Financial Closing y SAP Task Center están en esta subcuenta.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Advanced Financial Closing with the OAuth client of the instance&apos;s service key, for each user who is logged on. Both need the setup SAP Advanced Financial Closing&apos;s guide describes for SAP Task Center.</source>
        <translation>SAP Task Center lee las tareas de SAP Advanced Financial Closing con el cliente OAuth de la clave de servicio de la instancia, para cada usuario que ha iniciado sesión. Ambos necesitan la configuración que describe la guía de SAP Advanced Financial Closing para SAP Task Center.</translation>
    </message>
    <message>
        <source>In SAP Advanced Financial Closing, you have completed the setup &lt;b&gt;How to Set Up the SAP Task Center Integration Using the Same Subaccount&lt;/b&gt;.</source>
        <translation>En SAP Advanced Financial Closing, ha completado la configuración &lt;b&gt;How to Set Up the SAP Task Center Integration Using the Same Subaccount&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing: SAP Task Center Integration for SAP Advanced Financial Closing.</source>
        <translation>SAP Advanced Financial Closing: «SAP Task Center Integration for SAP Advanced Financial Closing».</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Advanced Financial Closing instance open; the next pages ask for values from it.</source>
        <translation>Tiene abierta la &lt;b&gt;clave de servicio&lt;/b&gt; de la instancia de SAP Advanced Financial Closing; las páginas siguientes le piden valores de ella.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of this subaccount: Services &gt; Instances and Subscriptions, the SAP Advanced Financial Closing instance, its service key.</source>
        <translation>Cockpit de SAP BTP de esta subcuenta: «Services &gt; Instances and Subscriptions», la instancia de SAP Advanced Financial Closing, su clave de servicio.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s initial setup is done, and users log on through SAP Cloud Identity Services as the &lt;b&gt;SAP BTP Integration Scenario&lt;/b&gt; describes.</source>
        <translation>La configuración inicial de SAP Task Center está realizada y los usuarios inician sesión a través de SAP Cloud Identity Services como describe el &lt;b&gt;SAP BTP Integration Scenario&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: SAP BTP Integration Scenario.</source>
        <translation>SAP Cloud Identity Services: «SAP BTP Integration Scenario».</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing runs in another subaccount than SAP Task Center.</source>
        <translation>SAP Advanced Financial Closing se ejecuta en una subcuenta distinta de la de SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks with the OAuth client of the instance&apos;s service key and gets its tokens from the other subaccount, which must trust this one. SAP&apos;s Task Center guide says this trust is needed but describes only the values for the destination; the trust itself is part of SAP Advanced Financial Closing&apos;s setup for different subaccounts (UNCONFIRMED: SAP&apos;s Task Center page does not say which step of that setup establishes it).</source>
        <translation>SAP Task Center lee las tareas con el cliente OAuth de la clave de servicio de la instancia y obtiene sus tokens de la otra subcuenta, que debe confiar en esta. La guía de Task Center de SAP indica que esta confianza es necesaria, pero solo describe los valores para el destino; la confianza en sí forma parte de la configuración de SAP Advanced Financial Closing para subcuentas distintas (UNCONFIRMED: la página de Task Center de SAP no indica qué paso de esa configuración la establece).</translation>
    </message>
    <message>
        <source>In SAP Advanced Financial Closing, you have completed the setup &lt;b&gt;How to Set Up the SAP Task Center Integration Using Different Subaccounts&lt;/b&gt;.</source>
        <translation>En SAP Advanced Financial Closing, ha completado la configuración &lt;b&gt;How to Set Up the SAP Task Center Integration Using Different Subaccounts&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The subaccount of SAP Advanced Financial Closing logs users on through the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; as this subaccount.</source>
        <translation>Los usuarios de la subcuenta de SAP Advanced Financial Closing inician sesión a través del &lt;b&gt;mismo tenant de Identity Authentication&lt;/b&gt; que los de esta subcuenta.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of each subaccount: Security &gt; Trust Configuration.</source>
        <translation>Cockpit de SAP BTP de cada subcuenta: «Security &gt; Trust Configuration».</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Advanced Financial Closing instance open; the next page asks for values from it.</source>
        <translation>Tiene abierta la &lt;b&gt;clave de servicio&lt;/b&gt; de la instancia de SAP Advanced Financial Closing; la página siguiente le pide valores de ella.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Advanced Financial Closing: Services &gt; Instances and Subscriptions, the instance, its service key.</source>
        <translation>Cockpit de SAP BTP de la subcuenta de SAP Advanced Financial Closing: «Services &gt; Instances and Subscriptions», la instancia, su clave de servicio.</translation>
    </message>
    <message>
        <source>The service key of SAP Advanced Financial Closing</source>
        <translation>La clave de servicio de SAP Advanced Financial Closing</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Advanced Financial Closing, and with which OAuth client.</source>
        <translation>Dónde accede SAP Task Center a SAP Advanced Financial Closing y con qué cliente OAuth.</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key).</source>
        <translation>Copie estos valores de la clave de servicio de su instancia de &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt; (no de la clave de servicio propia de SAP Task Center).</translation>
    </message>
    <message>
        <source>The service key of the SAP Advanced Financial Closing instance holds the address SAP Task Center reads tasks from (endpoints &gt; task-center) and the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret).</source>
        <translation>La clave de servicio de la instancia de SAP Advanced Financial Closing contiene la dirección de la que SAP Task Center lee las tareas (endpoints &gt; task-center) y el cliente OAuth que utiliza (uaa &gt; clientid y uaa &gt; clientsecret).</translation>
    </message>
    <message>
        <source>Where SAP Task Center gets its tokens</source>
        <translation>Dónde obtiene SAP Task Center sus tokens</translation>
    </message>
    <message>
        <source>The authentication address from the same service key.</source>
        <translation>La dirección de autenticación de la misma clave de servicio.</translation>
    </message>
    <message>
        <source>Copy &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; from the service key of SAP Advanced Financial Closing. The Audience and the Token Service URL are filled from it; change them only if SAP&apos;s guide tells you to.</source>
        <translation>Copie &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; de la clave de servicio de SAP Advanced Financial Closing. La «Audience» y la «Token Service URL» se rellenan a partir de ella; modifíquelas solo si la guía de SAP se lo indica.</translation>
    </message>
    <message>
        <source>In the same subaccount, SAP Task Center gets each user&apos;s token from the authentication address of SAP Advanced Financial Closing&apos;s service key: the Audience is uaa &gt; url, the Token Service URL uaa &gt; url followed by /oauth/token.</source>
        <translation>En la misma subcuenta, SAP Task Center obtiene el token de cada usuario de la dirección de autenticación de la clave de servicio de SAP Advanced Financial Closing: la «Audience» es uaa &gt; url, y la «Token Service URL», uaa &gt; url seguido de /oauth/token.</translation>
    </message>
    <message>
        <source>SAML metadata of the other subaccount</source>
        <translation>Metadatos SAML de la otra subcuenta</translation>
    </message>
    <message>
        <source>The Audience and Token Service URL, from the subaccount where SAP Advanced Financial Closing runs.</source>
        <translation>La «Audience» y la «Token Service URL», de la subcuenta en la que se ejecuta SAP Advanced Financial Closing.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount of &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt;, go to &lt;b&gt;Security &amp;gt; Trust Configuration&lt;/b&gt; and choose &lt;b&gt;SAML Metadata&lt;/b&gt; to download its XML file. Open the file and copy the &lt;b&gt;entityID&lt;/b&gt;, then the &lt;b&gt;Location&lt;/b&gt; of the &lt;b&gt;AssertionConsumerService&lt;/b&gt; element whose Binding is &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt;.</source>
        <translation>En el cockpit de SAP BTP, abra la subcuenta de &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt;, vaya a &lt;b&gt;Security &amp;gt; Trust Configuration&lt;/b&gt; y elija &lt;b&gt;SAML Metadata&lt;/b&gt; para descargar su archivo XML. Abra el archivo y copie el &lt;b&gt;entityID&lt;/b&gt; y después el valor de &lt;b&gt;Location&lt;/b&gt; del elemento &lt;b&gt;AssertionConsumerService&lt;/b&gt; cuyo Binding es &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>From a different subaccount, SAP Task Center gets each user&apos;s token from the subaccount of SAP Advanced Financial Closing: the Audience is that subaccount&apos;s entityID and the Token Service URL the Location of its AssertionConsumerService with the URI binding, both in its SAML metadata.</source>
        <translation>Desde otra subcuenta, SAP Task Center obtiene el token de cada usuario de la subcuenta de SAP Advanced Financial Closing: la «Audience» es el entityID de esa subcuenta, y la «Token Service URL», el valor de Location de su AssertionConsumerService con el binding URI, ambos en sus metadatos SAML.</translation>
    </message>
    <message>
        <source>Destination to SAP Advanced Financial Closing</source>
        <translation>Destino a SAP Advanced Financial Closing</translation>
    </message>
    <message>
        <source>The destination SAP Task Center reads the tasks with.</source>
        <translation>El destino con el que SAP Task Center lee las tareas.</translation>
    </message>
    <message>
        <source>Check the destination the wizard made from your values, then create it in this subaccount.</source>
        <translation>Compruebe el destino que el asistente ha creado a partir de sus valores y después créelo en esta subcuenta.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for the same subaccount lists each property of this destination; the wizard writes them as the table says.</source>
        <translation>La guía de SAP para la misma subcuenta enumera cada propiedad de este destino; el asistente las escribe tal como indica la tabla.</translation>
    </message>
    <message>
        <source>Check the destination the wizard made from your values, then create it in this subaccount, the subaccount of SAP Task Center.</source>
        <translation>Compruebe el destino que el asistente ha creado a partir de sus valores y después créelo en esta subcuenta, la subcuenta de SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for a different subaccount lists each property of this destination; the wizard writes them as the table says.</source>
        <translation>La guía de SAP para otra subcuenta enumera cada propiedad de este destino; el asistente las escribe tal como indica la tabla.</translation>
    </message>
    <message>
        <source>Check that the Client Key, Token Service User and Token Service Password are uaa &gt; clientid and uaa &gt; clientsecret of SAP Advanced Financial Closing&apos;s current service key, and that the Audience and Token Service URL are those of the subaccount where SAP Advanced Financial Closing runs. From a different subaccount, also check that both subaccounts log users on through the same Identity Authentication tenant and that the setup of SAP Advanced Financial Closing for different subaccounts is complete.</source>
        <translation>Compruebe que la «Client Key», el «Token Service User» y la «Token Service Password» son uaa &gt; clientid y uaa &gt; clientsecret de la clave de servicio actual de SAP Advanced Financial Closing, y que la «Audience» y la «Token Service URL» son las de la subcuenta en la que se ejecuta SAP Advanced Financial Closing. Desde otra subcuenta, compruebe también que los usuarios de ambas subcuentas inician sesión a través del mismo tenant de Identity Authentication y que la configuración de SAP Advanced Financial Closing para subcuentas distintas está completa.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Advanced Financial Closing. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Este destino no tiene usuario técnico: el Destination service solo obtiene un token con él para un usuario que ha iniciado sesión, y SAP indica que «Check Connection» puede no mostrar si SAP Task Center accede a SAP Advanced Financial Closing. Compruebe el conector en «Monitoring» de SAP Task Center una vez guardado el destino.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Advanced Financial Closing system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino para cada sistema SAP Advanced Financial Closing en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>Approvals from SAP Ariba Buying or SAP Ariba Sourcing: one destination for each product, with the keys of an application on the SAP Ariba Developer Portal that SAP Ariba Support activates and links to this subaccount&apos;s trust certificate.</source>
        <translation>Aprobaciones de SAP Ariba Buying o SAP Ariba Sourcing: un destino para cada producto, con las claves de una aplicación del SAP Ariba Developer Portal que el soporte de SAP Ariba activa y vincula al certificado de confianza de esta subcuenta.</translation>
    </message>
    <message>
        <source>Realm name</source>
        <translation>Nombre del realm</translation>
    </message>
    <message>
        <source>The realm name (customer site name) of your SAP Ariba tenant, exactly as SAP Ariba spells it. If you do not know it, see SAP Ariba&apos;s article &quot;How do I find out my realm name?&quot; or ask SAP Ariba Support.</source>
        <translation>El nombre del realm (nombre del sitio del cliente) de su tenant de SAP Ariba, escrito exactamente como lo escribe SAP Ariba. Si no lo conoce, consulte el artículo de SAP Ariba «How do I find out my realm name?» o pregunte al soporte de SAP Ariba.</translation>
    </message>
    <message>
        <source>This is an SAP Ariba address, not the realm name. The realm is probably %1: it is the value after realm= in the address.</source>
        <translation>Esta es una dirección de SAP Ariba, no el nombre del realm. Probablemente el realm sea %1: es el valor que sigue a realm= en la dirección.</translation>
    </message>
    <message>
        <source>An Ariba realm is the one-word name of your SAP Ariba site (also called the customer site name): letters, digits, dots, hyphens and underscores, without spaces. Enter the name only, not an address.</source>
        <translation>Un realm de Ariba es el nombre de una sola palabra de su sitio de SAP Ariba (también llamado nombre del sitio del cliente): letras, dígitos, puntos, guiones y guiones bajos, sin espacios. Introduzca solo el nombre, no una dirección.</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Clave de aplicación</translation>
    </message>
    <message>
        <source>The application key the SAP Ariba Developer Portal generated for the application of this product. Each product has its own application and key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>La clave de aplicación que generó el SAP Ariba Developer Portal para la aplicación de este producto. Cada producto tiene su propia aplicación y su propia clave. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>URL of the SPI</source>
        <translation>URL de la SPI</translation>
    </message>
    <message>
        <source>The URL the SAP Ariba Developer Portal shows for the SPI of SAP Task Center (the Procurement SPI for SAP Ariba Buying, the Sourcing SPI for SAP Ariba Sourcing). Paste it whole or only its server part: the destination uses the server part with the path of SAP&apos;s example URL for the product you chose.</source>
        <translation>La URL que muestra el SAP Ariba Developer Portal para la SPI de SAP Task Center (la Procurement SPI para SAP Ariba Buying, la Sourcing SPI para SAP Ariba Sourcing). Péguela entera o solo la parte del servidor: el destino utiliza la parte del servidor con la ruta de la URL de ejemplo de SAP para el producto que ha elegido.</translation>
    </message>
    <message>
        <source>This is the address of the token service. Here, enter the URL the developer portal shows for the SPI of SAP Task Center.</source>
        <translation>Esta es la dirección del servicio de tokens. Aquí, introduzca la URL que muestra el Developer Portal para la SPI de SAP Task Center.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds the path of SAP&apos;s example URL for the product you chose. If the developer portal shows another path, change URL on the destination&apos;s page.</source>
        <translation>Solo se utiliza la parte del servidor de esta dirección (%1); el asistente añade la ruta de la URL de ejemplo de SAP para el producto que ha elegido. Si el Developer Portal muestra otra ruta, modifique «URL» en la página del destino.</translation>
    </message>
    <message>
        <source>The Token Service URL the SAP Ariba Developer Portal shows with the SPI. SAP says it is the same for SAP Ariba Buying and SAP Ariba Sourcing.</source>
        <translation>La «Token Service URL» que muestra el SAP Ariba Developer Portal con la SPI. Según SAP, es la misma para SAP Ariba Buying y SAP Ariba Sourcing.</translation>
    </message>
    <message>
        <source>This is the URL of the SPI, not of the token service. Copy the Token Service URL the developer portal shows with it.</source>
        <translation>Esta es la URL de la SPI, no la del servicio de tokens. Copie la «Token Service URL» que muestra el Developer Portal junto a ella.</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID de cliente OAuth</translation>
    </message>
    <message>
        <source>The OAuth client ID of the application on the SAP Ariba Developer Portal, shown when you generate its OAuth secret.</source>
        <translation>El ID de cliente OAuth de la aplicación en el SAP Ariba Developer Portal, que se muestra al generar su secreto OAuth.</translation>
    </message>
    <message>
        <source>OAuth secret</source>
        <translation>Secreto OAuth</translation>
    </message>
    <message>
        <source>The OAuth secret you generated for the application (not its Base64 encoded form). It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>El secreto OAuth que generó para la aplicación (no su forma codificada en Base64). Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 64 characters (SAP Task Center&apos;s limit). Each product needs a destination of its own, with its own name.</source>
        <translation>Solo letras, dígitos, _ y -, como máximo 64 caracteres (el límite de SAP Task Center). Cada producto necesita su propio destino, con su propio nombre.</translation>
    </message>
    <message>
        <source>SAP Ariba API server</source>
        <translation>Servidor de API de SAP Ariba</translation>
    </message>
    <message>
        <source>SAP Ariba Buying (purchase requisitions, invoice approvals)</source>
        <translation>SAP Ariba Buying (solicitudes de pedido, aprobaciones de facturas)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of SAP Ariba Buying, through the Procurement SPI for SAP Task Center. A realm with both products needs one destination for each: run the wizard again for SAP Ariba Sourcing.</source>
        <translation>Elija esta opción para las aprobaciones de SAP Ariba Buying, a través de la Procurement SPI para SAP Task Center. Un realm con ambos productos necesita un destino para cada uno: vuelva a ejecutar el asistente para SAP Ariba Sourcing.</translation>
    </message>
    <message>
        <source>SAP Ariba Sourcing</source>
        <translation>SAP Ariba Sourcing</translation>
    </message>
    <message>
        <source>Choose this for the tasks of SAP Ariba Sourcing, through the Sourcing SPI for SAP Task Center. A realm with both products needs one destination for each: run the wizard again for SAP Ariba Buying.</source>
        <translation>Elija esta opción para las tareas de SAP Ariba Sourcing, a través de la Sourcing SPI para SAP Task Center. Un realm con ambos productos necesita un destino para cada uno: vuelva a ejecutar el asistente para SAP Ariba Buying.</translation>
    </message>
    <message>
        <source>Prepare SAP Ariba Buying</source>
        <translation>Preparar SAP Ariba Buying</translation>
    </message>
    <message>
        <source>SAP Task Center and SAP Ariba must both be ready before you create the application for SAP Task Center.</source>
        <translation>SAP Task Center y SAP Ariba deben estar listos antes de que cree la aplicación para SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Ariba Buying through an application on the SAP Ariba Developer Portal that SAP Ariba Support activates for your realm. Users are matched through SAP Cloud Identity Services.</source>
        <translation>SAP Task Center lee las tareas de SAP Ariba Buying a través de una aplicación del SAP Ariba Developer Portal que el soporte de SAP Ariba activa para su realm. Los usuarios se correlacionan a través de SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;initial setup&lt;/b&gt; of SAP Task Center is complete, including the &lt;b&gt;SAP Ariba integration scenario&lt;/b&gt; of SAP Cloud Identity Services.</source>
        <translation>La &lt;b&gt;configuración inicial&lt;/b&gt; de SAP Task Center está completa, incluido el &lt;b&gt;escenario de integración de SAP Ariba&lt;/b&gt; de SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>SAP Task Center: Initial Setup; SAP Cloud Identity Services: SAP Ariba Integration Scenario.</source>
        <translation>SAP Task Center: «Initial Setup»; SAP Cloud Identity Services: «SAP Ariba Integration Scenario».</translation>
    </message>
    <message>
        <source>You know what the &lt;b&gt;SAP Ariba SCIM API&lt;/b&gt; supports, as SAP Note 3228340 describes.</source>
        <translation>Sabe lo que admite la &lt;b&gt;SAP Ariba SCIM API&lt;/b&gt;, como describe la Nota SAP 3228340.</translation>
    </message>
    <message>
        <source>SAP for Me: SAP Note 3228340.</source>
        <translation>SAP for Me: Nota SAP 3228340.</translation>
    </message>
    <message>
        <source>You know the &lt;b&gt;realm name&lt;/b&gt; (customer site name) of your SAP Ariba tenant.</source>
        <translation>Conoce el &lt;b&gt;nombre del realm&lt;/b&gt; (nombre del sitio del cliente) de su tenant de SAP Ariba.</translation>
    </message>
    <message>
        <source>SAP Ariba: How do I find out my realm name?</source>
        <translation>SAP Ariba: «How do I find out my realm name?»</translation>
    </message>
    <message>
        <source>You have asked &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt; to enable SAP Task Center for &lt;b&gt;SAP Ariba Buying&lt;/b&gt;.</source>
        <translation>Ha pedido al &lt;b&gt;soporte técnico de SAP Ariba&lt;/b&gt; que active SAP Task Center para &lt;b&gt;SAP Ariba Buying&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Ariba Buying: SAP Task Center for SAP Ariba Buying.</source>
        <translation>SAP Ariba Buying: «SAP Task Center for SAP Ariba Buying».</translation>
    </message>
    <message>
        <source>Prepare SAP Ariba Sourcing</source>
        <translation>Preparar SAP Ariba Sourcing</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Ariba Sourcing through an application on the SAP Ariba Developer Portal that SAP Ariba Support activates for your realm. Users are matched through SAP Cloud Identity Services.</source>
        <translation>SAP Task Center lee las tareas de SAP Ariba Sourcing a través de una aplicación del SAP Ariba Developer Portal que el soporte de SAP Ariba activa para su realm. Los usuarios se correlacionan a través de SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>In SAP Ariba, you have completed the steps of &lt;b&gt;Enabling SAP Task Center for SAP Ariba Sourcing&lt;/b&gt;.</source>
        <translation>En SAP Ariba, ha completado los pasos de &lt;b&gt;Enabling SAP Task Center for SAP Ariba Sourcing&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Ariba Sourcing: Enabling SAP Task Center for SAP Ariba Sourcing.</source>
        <translation>SAP Ariba Sourcing: «Enabling SAP Task Center for SAP Ariba Sourcing».</translation>
    </message>
    <message>
        <source>Your SAP Ariba realm</source>
        <translation>Su realm de SAP Ariba</translation>
    </message>
    <message>
        <source>The SAP Ariba site whose tasks SAP Task Center reads.</source>
        <translation>El sitio de SAP Ariba cuyas tareas lee SAP Task Center.</translation>
    </message>
    <message>
        <source>Enter the realm name of your SAP Ariba tenant. SAP Ariba Support needs it for your requests, and the destination sends it with every call.</source>
        <translation>Introduzca el nombre del realm de su tenant de SAP Ariba. El soporte de SAP Ariba lo necesita para sus solicitudes, y el destino lo envía en cada llamada.</translation>
    </message>
    <message>
        <source>The realm tells SAP Ariba which customer site the tasks come from. The destination sends it as the query parameter realm.</source>
        <translation>El realm indica a SAP Ariba de qué sitio del cliente proceden las tareas. El destino lo envía como parámetro de consulta realm.</translation>
    </message>
    <message>
        <source>Create the application on the SAP Ariba Developer Portal</source>
        <translation>Crear la aplicación en el SAP Ariba Developer Portal</translation>
    </message>
    <message>
        <source>One application for each product, with its application key and the addresses of its SPI.</source>
        <translation>Una aplicación para cada producto, con su clave de aplicación y las direcciones de su SPI.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;SAP Ariba Developer Portal&lt;/b&gt;, create an application for the product below and generate its &lt;b&gt;application key&lt;/b&gt;, as SAP Ariba&apos;s guide &quot;Creating an Application on the SAP Ariba Developer Portal&quot; says. Copy the key here, then note the &lt;b&gt;URL&lt;/b&gt; and the &lt;b&gt;Token Service URL&lt;/b&gt; of the SPI for SAP Task Center.</source>
        <translation>En el &lt;b&gt;SAP Ariba Developer Portal&lt;/b&gt;, cree una aplicación para el producto siguiente y genere su &lt;b&gt;clave de aplicación&lt;/b&gt;, como indica la guía de SAP Ariba «Creating an Application on the SAP Ariba Developer Portal». Copie aquí la clave y después anote la &lt;b&gt;URL&lt;/b&gt; y la &lt;b&gt;Token Service URL&lt;/b&gt; de la SPI para SAP Task Center.</translation>
    </message>
    <message>
        <source>The application key identifies the application in every call SAP Task Center makes: the destination sends it as Client Key and as the apikey header. SAP Ariba Buying and SAP Ariba Sourcing need separate applications, each with its own key.</source>
        <translation>La clave de aplicación identifica la aplicación en cada llamada que hace SAP Task Center: el destino la envía como «Client Key» y como cabecera apikey. SAP Ariba Buying y SAP Ariba Sourcing necesitan aplicaciones separadas, cada una con su propia clave.</translation>
    </message>
    <message>
        <source>Application for SAP Task Center</source>
        <translation>Aplicación para SAP Task Center</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>SPI to request</source>
        <translation>SPI que debe solicitar</translation>
    </message>
    <message>
        <source>Request the URL of this SPI for the application.</source>
        <translation>Solicite la URL de esta SPI para la aplicación.</translation>
    </message>
    <message>
        <source>SAP Ariba trusts SAP Task Center through this certificate: SAP Ariba Support registers it with your realm next.</source>
        <translation>SAP Ariba confía en SAP Task Center mediante este certificado: a continuación, el soporte de SAP Ariba lo registra para su realm.</translation>
    </message>
    <message>
        <source>The destination signs a SAML assertion for each user with this certificate&apos;s key, and SAP Ariba exchanges it for a token. Renew the certificate before it expires and send the new one to SAP Ariba Support: until they register it, users may not be able to work on tasks nor receive task updates.</source>
        <translation>El destino firma una aserción SAML para cada usuario con la clave de este certificado, y SAP Ariba la cambia por un token. Renueve el certificado antes de que caduque y envíe el nuevo al soporte de SAP Ariba: hasta que lo registren, es posible que los usuarios no puedan trabajar en las tareas ni recibir actualizaciones de tareas.</translation>
    </message>
    <message>
        <source>Open two service requests with SAP Ariba Support</source>
        <translation>Abrir dos solicitudes de servicio con el soporte de SAP Ariba</translation>
    </message>
    <message>
        <source>One activates the application, the other registers this subaccount as identity provider.</source>
        <translation>Una activa la aplicación y la otra registra esta subcuenta como proveedor de identidad.</translation>
    </message>
    <message>
        <source>Create the service requests with &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt;, with the values below. Wait until SAP Ariba confirms both before you continue.</source>
        <translation>Cree las solicitudes de servicio con el &lt;b&gt;soporte técnico de SAP Ariba&lt;/b&gt;, con los valores siguientes. Espere a que SAP Ariba confirme ambas antes de continuar.</translation>
    </message>
    <message>
        <source>SAP Ariba activates the application for your realm and product, and registers this subaccount&apos;s entity ID and trust certificate with SAP Ariba OAuth, so that it accepts the SAML assertions the destination signs. UNCONFIRMED: SAP&apos;s page gives the entity ID only as cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;; the wizard takes it from the trust certificate&apos;s CN, which has this form. Compare it with the Assertion Entity ID under Connectivity &gt; Destination Trust in the SAP BTP cockpit.</source>
        <translation>SAP Ariba activa la aplicación para su realm y su producto, y registra el ID de entidad y el certificado de confianza de esta subcuenta en SAP Ariba OAuth, para que acepte las aserciones SAML que firma el destino. UNCONFIRMED: la página de SAP solo indica el ID de entidad como cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;; el asistente lo toma del CN del certificado de confianza, que tiene este formato. Compárelo con el «Assertion Entity ID» en «Connectivity &gt; Destination Trust» del cockpit de SAP BTP.</translation>
    </message>
    <message>
        <source>Activate the application</source>
        <translation>Activar la aplicación</translation>
    </message>
    <message>
        <source>Request the activation of the application on the SAP Ariba Developer Portal. Add the data center where your SAP Ariba realm resides.</source>
        <translation>Solicite la activación de la aplicación en el SAP Ariba Developer Portal. Indique el centro de datos en el que reside su realm de SAP Ariba.</translation>
    </message>
    <message>
        <source>Register the identity provider on SAP Ariba OAuth</source>
        <translation>Registrar el proveedor de identidad en SAP Ariba OAuth</translation>
    </message>
    <message>
        <source>Request the IDP registration on SAP Ariba OAuth. Add your Ariba Network ID (ANID), shown in your company profile.</source>
        <translation>Solicite el registro del IDP en SAP Ariba OAuth. Indique su Ariba Network ID (ANID), que se muestra en el perfil de su empresa.</translation>
    </message>
    <message>
        <source>Entity ID (entityID)</source>
        <translation>ID de entidad (entityID)</translation>
    </message>
    <message>
        <source>The entity ID the destination service sends, of the form cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;: the trust certificate&apos;s CN.</source>
        <translation>El ID de entidad que envía el Destination service, con el formato cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;: el CN del certificado de confianza.</translation>
    </message>
    <message>
        <source>Destination service certificate</source>
        <translation>Certificado del Destination service</translation>
    </message>
    <message>
        <source>The subaccount&apos;s trust certificate. Attach this file to the request.</source>
        <translation>El certificado de confianza de la subcuenta. Adjunte este archivo a la solicitud.</translation>
    </message>
    <message>
        <source>Generate the OAuth secret</source>
        <translation>Generar el secreto OAuth</translation>
    </message>
    <message>
        <source>The OAuth client ID and secret with which SAP Task Center fetches tokens.</source>
        <translation>El ID de cliente y el secreto OAuth con los que SAP Task Center obtiene los tokens.</translation>
    </message>
    <message>
        <source>Once the application is set up with its SPI, generate its &lt;b&gt;OAuth secret&lt;/b&gt; on the SAP Ariba Developer Portal, as SAP Ariba&apos;s guide &quot;How to generate the OAuth Secret and Base64 Encoded Client and secret&quot; says. Copy the &lt;b&gt;OAuth client ID&lt;/b&gt; and the &lt;b&gt;OAuth secret&lt;/b&gt; here.</source>
        <translation>Una vez configurada la aplicación con su SPI, genere su &lt;b&gt;secreto OAuth&lt;/b&gt; en el SAP Ariba Developer Portal, como indica la guía de SAP Ariba «How to generate the OAuth Secret and Base64 Encoded Client and secret». Copie aquí el &lt;b&gt;ID de cliente OAuth&lt;/b&gt; y el &lt;b&gt;secreto OAuth&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The destination fetches its tokens as this OAuth client: the client ID is the Token Service User, the secret the Token Service Password.</source>
        <translation>El destino obtiene sus tokens como este cliente OAuth: el ID de cliente es el «Token Service User», y el secreto, la «Token Service Password».</translation>
    </message>
    <message>
        <source>OAuth client of the application</source>
        <translation>Cliente OAuth de la aplicación</translation>
    </message>
    <message>
        <source>Check with SAP Ariba Support that the application is activated for your realm and product and that this subaccount is registered as identity provider with its current trust certificate, and that the OAuth client ID and secret belong to the application whose key is in the destination.</source>
        <translation>Compruebe con el soporte de SAP Ariba que la aplicación está activada para su realm y su producto, que esta subcuenta está registrada como proveedor de identidad con su certificado de confianza actual y que el ID de cliente y el secreto OAuth pertenecen a la aplicación cuya clave figura en el destino.</translation>
    </message>
    <message>
        <source>Destination to SAP Ariba</source>
        <translation>Destino a SAP Ariba</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Ariba. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>El Destination service solo obtiene un token con él para un usuario que ha iniciado sesión, y SAP indica que «Check Connection» puede no mostrar si SAP Task Center accede a SAP Ariba. Compruebe el conector en «Monitoring» de SAP Task Center una vez guardado el destino.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Ariba system and product in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino para cada sistema y producto de SAP Ariba en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>If you later change the name or the URL of this destination, SAP Task Center loads its tasks again.</source>
        <translation>Si más adelante cambia el nombre o la URL de este destino, SAP Task Center vuelve a cargar sus tareas.</translation>
    </message>
    <message>
        <source>The URL is the server you entered followed by the path of SAP&apos;s example URL for the product. UNCONFIRMED: SAP&apos;s guide gives the URL only as an example. If the developer portal shows another path for the SPI, use that (Edit properties).</source>
        <translation>La URL es el servidor que ha introducido seguido de la ruta de la URL de ejemplo de SAP para el producto. UNCONFIRMED: la guía de SAP solo indica la URL como ejemplo. Si el Developer Portal muestra otra ruta para la SPI, utilice esa («Editar propiedades»).</translation>
    </message>
    <message>
        <source>Tasks from SAP Cloud for Customer: a primary destination with the technical user of the communication arrangement for SAP Task Center, by user and password or by client certificate, and a secondary destination for principal propagation with an OAuth client registered in SAP Cloud for Customer.</source>
        <translation>Tareas de SAP Cloud for Customer: un destino principal con el usuario técnico de la disposición de comunicación para SAP Task Center, mediante usuario y contraseña o mediante certificado de cliente, y un destino secundario para la propagación de principal con un cliente OAuth registrado en SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>URL del tenant</translation>
    </message>
    <message>
        <source>The address of your SAP Cloud for Customer tenant, the one you open it with, without anything after the host. Both destinations use it, and the secondary destination&apos;s token service URL is made from it.</source>
        <translation>La dirección de su tenant de SAP Cloud for Customer, la que utiliza para abrirlo, sin nada después del host. Ambos destinos la utilizan, y la «Token Service URL» del destino secundario se genera a partir de ella.</translation>
    </message>
    <message>
        <source>This looks like the tenant&apos;s single sign-on address (its Local Service Provider), which belongs in the Audience later. The tenant URL is probably %1.</source>
        <translation>Esta parece la dirección de inicio de sesión único del tenant (su «Local Service Provider»), que corresponde más adelante a la «Audience». Probablemente la URL del tenant sea %1.</translation>
    </message>
    <message>
        <source>User ID of the communication user</source>
        <translation>ID de usuario del usuario de comunicación</translation>
    </message>
    <message>
        <source>The user ID SAP Cloud for Customer created for the communication arrangement (Inbound Communication, User ID &gt; Edit Credentials).</source>
        <translation>El ID de usuario que SAP Cloud for Customer creó para la disposición de comunicación («Inbound Communication, User ID &gt; Edit Credentials»).</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the user ID that the communication arrangement shows for the communication user.</source>
        <translation>Esto parece una dirección de correo electrónico. Introduzca el ID de usuario que muestra la disposición de comunicación para el usuario de comunicación.</translation>
    </message>
    <message>
        <source>Password of the communication user</source>
        <translation>Contraseña del usuario de comunicación</translation>
    </message>
    <message>
        <source>The password you gave the communication user in the communication arrangement. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>La contraseña que asignó al usuario de comunicación en la disposición de comunicación. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Key store password</source>
        <translation>Contraseña del almacén de claves</translation>
    </message>
    <message>
        <source>The password of the key store. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>La contraseña del almacén de claves. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>The client ID SAP Cloud for Customer filled in when you registered the OAuth 2.0 client (Administrator &gt; OAuth 2.0 Client Registration).</source>
        <translation>El ID de cliente que SAP Cloud for Customer rellenó al registrar el cliente OAuth 2.0 («Administrator &gt; OAuth 2.0 Client Registration»).</translation>
    </message>
    <message>
        <source>The client secret you entered when you registered the OAuth 2.0 client. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>El secreto de cliente que introdujo al registrar el cliente OAuth 2.0. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Audience (Local Service Provider)</source>
        <translation>Audience (Local Service Provider)</translation>
    </message>
    <message>
        <source>The value of the Local Service Provider field under Administrator &gt; Common Tasks &gt; Configure Single Sign-On in SAP Cloud for Customer. Copy it exactly as shown: it is case-sensitive and often starts with HTTPS in capitals.</source>
        <translation>El valor del campo «Local Service Provider» en «Administrator &gt; Common Tasks &gt; Configure Single Sign-On» de SAP Cloud for Customer. Cópielo exactamente como se muestra: distingue entre mayúsculas y minúsculas y a menudo empieza por HTTPS en mayúsculas.</translation>
    </message>
    <message>
        <source>Technical user with user ID and password (Basic Authentication)</source>
        <translation>Usuario técnico con ID de usuario y contraseña (Basic Authentication)</translation>
    </message>
    <message>
        <source>Choose this when the communication arrangement for SAP Task Center in SAP Cloud for Customer authenticates its technical user with a user ID and password.</source>
        <translation>Elija esta opción si la disposición de comunicación para SAP Task Center en SAP Cloud for Customer autentica a su usuario técnico con un ID de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>Technical user with a client certificate (Using Certificates)</source>
        <translation>Usuario técnico con un certificado de cliente (Using Certificates)</translation>
    </message>
    <message>
        <source>Choose this when SAP Task Center should authenticate to SAP Cloud for Customer with a client certificate: you need the certificate as a .p12 key store and its password. After saving the destinations, you finish the setup in SAP Cloud for Customer.</source>
        <translation>Elija esta opción si SAP Task Center debe autenticarse en SAP Cloud for Customer con un certificado de cliente: necesita el certificado como almacén de claves .p12 y su contraseña. Después de guardar los destinos, finalice la configuración en SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining step for the certificate&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In SAP Cloud for Customer, continue with the steps of SAP Cloud for Customer&apos;s guide &lt;b&gt;Using Client Certificate Authentication&lt;/b&gt;, so that SAP Cloud for Customer accepts the certificate of the key store the primary destination uses.&lt;/li&gt;&lt;li&gt;Check the connector in SAP Task Center&apos;s &lt;b&gt;monitoring&lt;/b&gt;: SAP says Check Connection in the destination may not tell whether SAP Task Center reaches SAP Cloud for Customer.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Paso restante según SAP para el certificado&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;En SAP Cloud for Customer, continúe con los pasos de la guía de SAP Cloud for Customer &lt;b&gt;Using Client Certificate Authentication&lt;/b&gt;, para que SAP Cloud for Customer acepte el certificado del almacén de claves que utiliza el destino principal.&lt;/li&gt;&lt;li&gt;Compruebe el conector en &lt;b&gt;Monitoring&lt;/b&gt; de SAP Task Center: SAP indica que «Check Connection» en el destino puede no mostrar si SAP Task Center accede a SAP Cloud for Customer.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Prepare SAP Cloud for Customer</source>
        <translation>Preparar SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>Before the wizard asks for values, make sure SAP Task Center and SAP Cloud for Customer are ready, as SAP&apos;s guide lists it.</source>
        <translation>Antes de que el asistente le pida valores, asegúrese de que SAP Task Center y SAP Cloud for Customer están listos, tal como lo enumera la guía de SAP.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Cloud for Customer with a technical user and acts on them as each user (principal propagation). Both need the users of SAP Cloud for Customer and SAP Task Center to be the same people in SAP Cloud Identity Services.</source>
        <translation>SAP Task Center lee las tareas de SAP Cloud for Customer con un usuario técnico y actúa sobre ellas en nombre de cada usuario (propagación de principal). Para ambas cosas, los usuarios de SAP Cloud for Customer y de SAP Task Center deben ser las mismas personas en SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;initial setup of SAP Task Center&lt;/b&gt; is complete in this subaccount.</source>
        <translation>La &lt;b&gt;configuración inicial de SAP Task Center&lt;/b&gt; está completa en esta subcuenta.</translation>
    </message>
    <message>
        <source>SAP Task Center: Initial Setup.</source>
        <translation>SAP Task Center: «Initial Setup».</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer is integrated with &lt;b&gt;SAP Cloud Identity Services&lt;/b&gt; as the SAP Cloud for Customer Integration Scenario describes.</source>
        <translation>SAP Cloud for Customer está integrado con &lt;b&gt;SAP Cloud Identity Services&lt;/b&gt; como describe el «SAP Cloud for Customer Integration Scenario».</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: SAP Cloud for Customer Integration Scenario.</source>
        <translation>SAP Cloud Identity Services: «SAP Cloud for Customer Integration Scenario».</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, the scoping question &lt;b&gt;Task Center Integration&lt;/b&gt; is selected in your implementation project.</source>
        <translation>En SAP Cloud for Customer, la pregunta de definición del alcance &lt;b&gt;Task Center Integration&lt;/b&gt; está seleccionada en su proyecto de implementación.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer: Business Configuration &gt; Implementation Projects &gt; Edit Project &gt; Review Questions &gt; Communication and Information Exchange &gt; Business Process Management &gt; Business Task Management.</source>
        <translation>SAP Cloud for Customer: «Business Configuration &gt; Implementation Projects &gt; Edit Project &gt; Review Questions &gt; Communication and Information Exchange &gt; Business Process Management &gt; Business Task Management».</translation>
    </message>
    <message>
        <source>Your SAP Cloud for Customer tenant</source>
        <translation>Su tenant de SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Cloud for Customer.</source>
        <translation>Dónde accede SAP Task Center a SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>Enter the address of your SAP Cloud for Customer tenant. The wizard makes the addresses of both destinations from it.</source>
        <translation>Introduzca la dirección de su tenant de SAP Cloud for Customer. El asistente genera a partir de ella las direcciones de ambos destinos.</translation>
    </message>
    <message>
        <source>SAP&apos;s guides call this the tenant URL: the primary and the secondary destination both use it, and the secondary destination&apos;s Token Service URL is the same address followed by /sap/bc/sec/oauth2/token.</source>
        <translation>Las guías de SAP la llaman URL del tenant: la utilizan tanto el destino principal como el secundario, y la «Token Service URL» del destino secundario es la misma dirección seguida de /sap/bc/sec/oauth2/token.</translation>
    </message>
    <message>
        <source>Create the technical user in SAP Cloud for Customer</source>
        <translation>Crear el usuario técnico en SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>A communication system and a communication arrangement for SAP Task Center, with user ID and password.</source>
        <translation>Un sistema de comunicación y una disposición de comunicación para SAP Task Center, con ID de usuario y contraseña.</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, create a communication system and a communication arrangement as below, then enter the user ID and the password of the communication user here.</source>
        <translation>En SAP Cloud for Customer, cree un sistema de comunicación y una disposición de comunicación como se indica a continuación y después introduzca aquí el ID de usuario y la contraseña del usuario de comunicación.</translation>
    </message>
    <message>
        <source>This is what SAP Cloud for Customer&apos;s guide &quot;Using Basic Authentication&quot; leads to: a communication user whose user ID and password go into the primary destination. The values below follow SAP&apos;s integration samples for SAP Task Center; the host name of the communication system is not given there (UNCONFIRMED), so follow SAP Cloud for Customer&apos;s guide for it.</source>
        <translation>A esto lleva la guía de SAP Cloud for Customer «Using Basic Authentication»: un usuario de comunicación cuyo ID de usuario y contraseña van en el destino principal. Los valores siguientes siguen los ejemplos de integración de SAP para SAP Task Center; allí no se indica el nombre de host del sistema de comunicación (UNCONFIRMED), así que siga para él la guía de SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Systems&lt;/b&gt; and choose &lt;b&gt;New&lt;/b&gt;. Enter an ID and a host name, choose &lt;b&gt;Add Row&lt;/b&gt; under &lt;b&gt;System Instances&lt;/b&gt; and enter a System Instance ID. Save, then choose &lt;b&gt;Actions &amp;gt; Set To Active&lt;/b&gt;.</source>
        <translation>Abra &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Systems&lt;/b&gt; y elija &lt;b&gt;New&lt;/b&gt;. Introduzca un ID y un nombre de host, elija &lt;b&gt;Add Row&lt;/b&gt; en &lt;b&gt;System Instances&lt;/b&gt; e introduzca un «System Instance ID». Guarde y después elija &lt;b&gt;Actions &amp;gt; Set To Active&lt;/b&gt;.</translation>
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
        <translation>Disposición de comunicación</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Arrangements&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt; and select the communication system by its System Instance ID. On the &lt;b&gt;Inbound&lt;/b&gt; tab, choose &lt;b&gt;Edit Credentials&lt;/b&gt; for the user ID, enter a password and select the service below. Review and finish.</source>
        <translation>Abra &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Arrangements&lt;/b&gt;, elija &lt;b&gt;New&lt;/b&gt; y seleccione el sistema de comunicación por su «System Instance ID». En la pestaña &lt;b&gt;Inbound&lt;/b&gt;, elija &lt;b&gt;Edit Credentials&lt;/b&gt; para el ID de usuario, introduzca una contraseña y seleccione el servicio indicado a continuación. Revise y finalice.</translation>
    </message>
    <message>
        <source>Communication scenario</source>
        <translation>Escenario de comunicación</translation>
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
        <translation>El almacén de claves del certificado de cliente</translation>
    </message>
    <message>
        <source>The .p12 file with the certificate SAP Task Center authenticates with, and its password.</source>
        <translation>El archivo .p12 con el certificado con el que se autentica SAP Task Center, y su contraseña.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer trusts the users SAP Task Center acts for through this certificate: you upload it as an OAuth 2.0 identity provider next.</source>
        <translation>SAP Cloud for Customer confía, mediante este certificado, en los usuarios en cuyo nombre actúa SAP Task Center: a continuación lo cargará como proveedor de identidad OAuth 2.0.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer accepts a user&apos;s identity from SAP Task Center only when it is signed with this subaccount&apos;s trust certificate. The next page shows the certificate and its CN to enter in SAP Cloud for Customer as an OAuth 2.0 identity provider.</source>
        <translation>SAP Cloud for Customer solo acepta la identidad de un usuario procedente de SAP Task Center si está firmada con el certificado de confianza de esta subcuenta. La página siguiente muestra el certificado y su CN, que debe introducir en SAP Cloud for Customer como proveedor de identidad OAuth 2.0.</translation>
    </message>
    <message>
        <source>Set up principal propagation in SAP Cloud for Customer</source>
        <translation>Configurar la propagación de principal en SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>The subaccount as OAuth 2.0 identity provider, an OAuth client for SAP Task Center, and the audience.</source>
        <translation>La subcuenta como proveedor de identidad OAuth 2.0, un cliente OAuth para SAP Task Center y la «Audience».</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, open &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure OAuth 2.0 Identity Provider&lt;/b&gt; and choose &lt;b&gt;New OAuth 2.0 Provider&lt;/b&gt;. Enter the values below and choose &lt;b&gt;Submit&lt;/b&gt;. Then register the OAuth client and copy the audience, as each section says.</source>
        <translation>En SAP Cloud for Customer, abra &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure OAuth 2.0 Identity Provider&lt;/b&gt; y elija &lt;b&gt;New OAuth 2.0 Provider&lt;/b&gt;. Introduzca los valores siguientes y elija &lt;b&gt;Submit&lt;/b&gt;. Después registre el cliente OAuth y copie la «Audience», como indica cada sección.</translation>
    </message>
    <message>
        <source>The secondary destination lets SAP Task Center act in SAP Cloud for Customer as the user who works on a task. SAP Cloud for Customer accepts this because it trusts the subaccount&apos;s certificate and knows the OAuth client. The steps follow SAP Cloud for Customer&apos;s guide &quot;Principal Propagation Flow and Set Up&quot;.</source>
        <translation>El destino secundario permite que SAP Task Center actúe en SAP Cloud for Customer como el usuario que trabaja en una tarea. SAP Cloud for Customer lo acepta porque confía en el certificado de la subcuenta y conoce el cliente OAuth. Los pasos siguen la guía de SAP Cloud for Customer «Principal Propagation Flow and Set Up».</translation>
    </message>
    <message>
        <source>OAuth 2.0 identity provider</source>
        <translation>Proveedor de identidad OAuth 2.0</translation>
    </message>
    <message>
        <source>Issuing Entity Name</source>
        <translation>Issuing Entity Name</translation>
    </message>
    <message>
        <source>The trust certificate&apos;s CN; it has the form cfapps.&lt;region host&gt;/&lt;subaccount ID&gt;.</source>
        <translation>El CN del certificado de confianza; tiene el formato cfapps.&lt;region host&gt;/&lt;subaccount ID&gt;.</translation>
    </message>
    <message>
        <source>Primary Signing Certificate</source>
        <translation>Primary Signing Certificate</translation>
    </message>
    <message>
        <source>Browse and upload this file: the subaccount&apos;s trust certificate without its BEGIN and END lines, as SAP&apos;s guide asks. Upload it again whenever the subaccount&apos;s certificate is renewed.</source>
        <translation>Elija «Browse» y cargue este archivo: el certificado de confianza de la subcuenta sin sus líneas BEGIN y END, como pide la guía de SAP. Vuelva a cargarlo siempre que se renueve el certificado de la subcuenta.</translation>
    </message>
    <message>
        <source>Select Name ID Formats</source>
        <translation>Select Name ID Formats</translation>
    </message>
    <message>
        <source>Select Email Address in addition to User Account ID.</source>
        <translation>Seleccione «Email Address» además de «User Account ID».</translation>
    </message>
    <message>
        <source>OAuth 2.0 client</source>
        <translation>Cliente OAuth 2.0</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; OAuth 2.0 Client Registration&lt;/b&gt; and choose &lt;b&gt;New&lt;/b&gt;. Enter a client secret and a description, select the identity provider you just created as &lt;b&gt;Issuer Name&lt;/b&gt; and the scope below, and save. Enter the client ID it shows and the client secret here.</source>
        <translation>Abra &lt;b&gt;Administrator &amp;gt; OAuth 2.0 Client Registration&lt;/b&gt; y elija &lt;b&gt;New&lt;/b&gt;. Introduzca un secreto de cliente y una descripción, seleccione como &lt;b&gt;Issuer Name&lt;/b&gt; el proveedor de identidad que acaba de crear, seleccione el ámbito indicado a continuación y guarde. Introduzca aquí el ID de cliente que se muestra y el secreto de cliente.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure Single Sign-On&lt;/b&gt; and copy the value of the &lt;b&gt;Local Service Provider&lt;/b&gt; field.</source>
        <translation>Abra &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure Single Sign-On&lt;/b&gt; y copie el valor del campo &lt;b&gt;Local Service Provider&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The Destination service cannot use the key store. Check that the file is uploaded to this subaccount&apos;s destination certificates under exactly the name in KeyStoreLocation, including its extension, and that KeyStorePassword is its password.</source>
        <translation>El Destination service no puede utilizar el almacén de claves. Compruebe que el archivo se ha cargado en los certificados de destino de esta subcuenta exactamente con el nombre de KeyStoreLocation, incluida su extensión, y que KeyStorePassword es su contraseña.</translation>
    </message>
    <message>
        <source>With user and password, check in SAP Cloud for Customer that the communication arrangement for SAP Task Center is active and that the destination holds its communication user&apos;s ID and password. With a client certificate, check that the key store is uploaded to this subaccount under the name in KeyStoreLocation and that SAP Cloud for Customer accepts its certificate (Using Client Certificate Authentication).</source>
        <translation>Con usuario y contraseña, compruebe en SAP Cloud for Customer que la disposición de comunicación para SAP Task Center está activa y que el destino contiene el ID y la contraseña de su usuario de comunicación. Con un certificado de cliente, compruebe que el almacén de claves se ha cargado en esta subcuenta con el nombre de KeyStoreLocation y que SAP Cloud for Customer acepta su certificado («Using Client Certificate Authentication»).</translation>
    </message>
    <message>
        <source>Create only one primary destination for each SAP Cloud for Customer system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino principal para cada sistema SAP Cloud for Customer en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>SAP says Check Connection may not tell whether SAP Task Center reaches SAP Cloud for Customer. Check the connector in SAP Task Center&apos;s monitoring once the destinations are saved.</source>
        <translation>SAP indica que «Check Connection» puede no mostrar si SAP Task Center accede a SAP Cloud for Customer. Compruebe el conector en «Monitoring» de SAP Task Center una vez guardados los destinos.</translation>
    </message>
    <message>
        <source>The Audience is case-sensitive: it must be exactly the Local Service Provider value SAP Cloud for Customer shows.</source>
        <translation>La «Audience» distingue entre mayúsculas y minúsculas: debe ser exactamente el valor de «Local Service Provider» que muestra SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>Tasks from a system outside SAP that implements SAP Task Center&apos;s task provider SPI: a primary destination with OAuth client credentials for the technical user and a secondary destination for principal propagation with a SAML bearer assertion.</source>
        <translation>Tareas de un sistema ajeno a SAP que implementa la SPI de proveedor de tareas de SAP Task Center: un destino principal con credenciales de cliente OAuth para el usuario técnico y un destino secundario para la propagación de principal con una aserción SAML bearer.</translation>
    </message>
    <message>
        <source>The address of your task provider tenant, as its documentation for SAP Task Center gives it. Both destinations use it. SAP Task Center adds /task-provider/v&lt;version&gt;/&lt;endpoint&gt; to it, so the task provider&apos;s SPI must answer there.</source>
        <translation>La dirección del tenant de su proveedor de tareas, tal como la indica su documentación para SAP Task Center. Ambos destinos la utilizan. SAP Task Center le añade /task-provider/v&lt;version&gt;/&lt;endpoint&gt;, así que la SPI del proveedor de tareas debe responder allí.</translation>
    </message>
    <message>
        <source>SAP Task Center adds /task-provider/ and the SPI version to this address itself. Use %1 instead.</source>
        <translation>SAP Task Center añade por sí mismo /task-provider/ y la versión de la SPI a esta dirección. Utilice %1 en su lugar.</translation>
    </message>
    <message>
        <source>Corporate identity provider tokens (tc.pp.cip.token)</source>
        <translation>Tokens del proveedor de identidad corporativo (tc.pp.cip.token)</translation>
    </message>
    <message>
        <source>Optional. Choose true only if your users log on through a corporate identity provider configured in Identity Authentication and the task provider needs that provider&apos;s tokens. Leave it empty otherwise; SAP Task Center then assumes false.</source>
        <translation>Opcional. Elija true solo si sus usuarios inician sesión a través de un proveedor de identidad corporativo configurado en Identity Authentication y el proveedor de tareas necesita los tokens de ese proveedor. De lo contrario, déjelo vacío; SAP Task Center supone entonces false.</translation>
    </message>
    <message>
        <source>Where SAP Task Center fetches the technical user&apos;s token: the token endpoint of the OAuth server the task provider trusts, as its documentation gives it.</source>
        <translation>Dónde obtiene SAP Task Center el token del usuario técnico: el endpoint de tokens del servidor OAuth en el que confía el proveedor de tareas, tal como lo indica su documentación.</translation>
    </message>
    <message>
        <source>The ID of the OAuth client the task provider&apos;s documentation has you register for SAP Task Center&apos;s technical user.</source>
        <translation>El ID del cliente OAuth que la documentación del proveedor de tareas le indica registrar para el usuario técnico de SAP Task Center.</translation>
    </message>
    <message>
        <source>The secret of that client. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>El secreto de ese cliente. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Scope (optional)</source>
        <translation>Ámbito (opcional)</translation>
    </message>
    <message>
        <source>Only if the task provider&apos;s OAuth server needs a scope for this client: the scopes, separated by spaces, as its documentation gives them. Leave it empty otherwise.</source>
        <translation>Solo si el servidor OAuth del proveedor de tareas necesita un ámbito para este cliente: los ámbitos, separados por espacios, tal como los indica su documentación. De lo contrario, déjelo vacío.</translation>
    </message>
    <message>
        <source>Token Service URL for users</source>
        <translation>Token Service URL para los usuarios</translation>
    </message>
    <message>
        <source>Where SAP Task Center exchanges a user&apos;s SAML assertion for that user&apos;s token. Filled in with the technical user&apos;s Token Service URL, which is usually the same; change it if the task provider&apos;s documentation gives another.</source>
        <translation>Dónde cambia SAP Task Center la aserción SAML de un usuario por el token de ese usuario. Se rellena con la «Token Service URL» del usuario técnico, que suele ser la misma; modifíquela si la documentación del proveedor de tareas indica otra.</translation>
    </message>
    <message>
        <source>The audience the task provider&apos;s OAuth server expects in a SAML assertion, as its documentation or its SAML settings give it.</source>
        <translation>La «Audience» que el servidor OAuth del proveedor de tareas espera en una aserción SAML, tal como la indican su documentación o su configuración SAML.</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>The ID of the OAuth client that accepts SAML assertions from this subaccount (the one that holds the trust certificate). Some task providers use the technical user&apos;s client for this too.</source>
        <translation>El ID del cliente OAuth que acepta aserciones SAML de esta subcuenta (la que tiene el certificado de confianza). Algunos proveedores de tareas también utilizan para esto el cliente del usuario técnico.</translation>
    </message>
    <message>
        <source>Token Service User (optional)</source>
        <translation>Token Service User (opcional)</translation>
    </message>
    <message>
        <source>Only if the OAuth server wants the client to log on when SAP Task Center fetches a user&apos;s token: the user for that logon, usually the client key. Leave it empty otherwise.</source>
        <translation>Solo si el servidor OAuth requiere que el cliente inicie sesión cuando SAP Task Center obtiene el token de un usuario: el usuario para ese inicio de sesión, normalmente la clave de cliente. De lo contrario, déjelo vacío.</translation>
    </message>
    <message>
        <source>Token Service Password (optional)</source>
        <translation>Token Service Password (opcional)</translation>
    </message>
    <message>
        <source>The password for the Token Service User, usually the client&apos;s secret. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>La contraseña del «Token Service User», normalmente el secreto del cliente. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Name ID format (optional)</source>
        <translation>Formato de Name ID (opcional)</translation>
    </message>
    <message>
        <source>How the assertion names the user: emailAddress sends the user&apos;s e-mail address, unspecified (or empty) the user name. Choose what the task provider uses to find its users.</source>
        <translation>Cómo identifica la aserción al usuario: emailAddress envía la dirección de correo electrónico del usuario; unspecified (o vacío), el nombre de usuario. Elija lo que utiliza el proveedor de tareas para encontrar a sus usuarios.</translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation>Clase de contexto de autenticación</translation>
    </message>
    <message>
        <source>The AuthnContextClassRef of the SAML assertion. PreviousSession is what most SAP Task Center providers use; choose X509 only if the task provider&apos;s documentation asks for it.</source>
        <translation>El AuthnContextClassRef de la aserción SAML. PreviousSession es lo que utilizan la mayoría de los proveedores de SAP Task Center; elija X509 solo si la documentación del proveedor de tareas lo pide.</translation>
    </message>
    <message>
        <source>Prepare the task provider</source>
        <translation>Preparar el proveedor de tareas</translation>
    </message>
    <message>
        <source>A third-party task provider works with SAP Task Center only if it serves SAP Task Center&apos;s task provider SPI. What it supports and how it authenticates is up to the provider: its documentation for SAP Task Center says it.</source>
        <translation>Un proveedor de tareas de terceros solo funciona con SAP Task Center si ofrece la SPI de proveedor de tareas de SAP Task Center. Lo que admite y cómo se autentica depende del proveedor: lo indica su documentación para SAP Task Center.</translation>
    </message>
    <message>
        <source>The task provider must implement the task provider SPI that SAP Note 3462266 defines, at &lt;tenant URL&gt;/task-provider/v&lt;version&gt;/&lt;endpoint&gt;. SAP Task Center calls it with the primary destination&apos;s token to pull tasks and task definitions, and with each user&apos;s token from the secondary destination (&lt;name&gt;_PP) to read task details and to act on tasks. Which SAP Task Center features work depends on that implementation.</source>
        <translation>El proveedor de tareas debe implementar la SPI de proveedor de tareas que define la Nota SAP 3462266, en &lt;tenant URL&gt;/task-provider/v&lt;version&gt;/&lt;endpoint&gt;. SAP Task Center la llama con el token del destino principal para extraer tareas y definiciones de tareas, y con el token de cada usuario del destino secundario (&lt;name&gt;_PP) para leer los detalles de las tareas y actuar sobre ellas. Qué funciones de SAP Task Center funcionan depende de esa implementación.</translation>
    </message>
    <message>
        <source>The initial setup of SAP Task Center is complete, and you have followed the &lt;b&gt;Third-Party Scenarios&lt;/b&gt; of SAP Cloud Identity Services for the task provider&apos;s users.</source>
        <translation>La configuración inicial de SAP Task Center está completa y ha seguido los &lt;b&gt;Third-Party Scenarios&lt;/b&gt; de SAP Cloud Identity Services para los usuarios del proveedor de tareas.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: System Integration Guide, Third-Party Scenarios.</source>
        <translation>SAP Cloud Identity Services: «System Integration Guide», «Third-Party Scenarios».</translation>
    </message>
    <message>
        <source>Your task provider tenant implements SAP Task Center&apos;s &lt;b&gt;task provider SPI&lt;/b&gt; as SAP Note 3462266 defines it.</source>
        <translation>El tenant de su proveedor de tareas implementa la &lt;b&gt;SPI de proveedor de tareas&lt;/b&gt; de SAP Task Center tal como la define la Nota SAP 3462266.</translation>
    </message>
    <message>
        <source>SAP Note 3462266 (SAP for Me; an S-user is needed). Ask the task provider&apos;s vendor or developers if you are not sure.</source>
        <translation>Nota SAP 3462266 (SAP for Me; se necesita un usuario S). Pregunte al fabricante o a los desarrolladores del proveedor de tareas si no está seguro.</translation>
    </message>
    <message>
        <source>You have the task provider&apos;s &lt;b&gt;documentation for SAP Task Center&lt;/b&gt;: its tenant URL, and how it accepts tokens for SAP Task Center&apos;s technical user and for each user.</source>
        <translation>Tiene la &lt;b&gt;documentación para SAP Task Center&lt;/b&gt; del proveedor de tareas: su URL del tenant y cómo acepta tokens para el usuario técnico de SAP Task Center y para cada usuario.</translation>
    </message>
    <message>
        <source>The task provider&apos;s own documentation.</source>
        <translation>La documentación propia del proveedor de tareas.</translation>
    </message>
    <message>
        <source>Your task provider tenant</source>
        <translation>El tenant de su proveedor de tareas</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches the task provider&apos;s SPI.</source>
        <translation>Dónde accede SAP Task Center a la SPI del proveedor de tareas.</translation>
    </message>
    <message>
        <source>Enter the tenant URL as the task provider&apos;s documentation gives it, without /task-provider/ and what follows.</source>
        <translation>Introduzca la URL del tenant tal como la indica la documentación del proveedor de tareas, sin /task-provider/ ni lo que sigue.</translation>
    </message>
    <message>
        <source>Both destinations use the same tenant URL. SAP Task Center adds /task-provider/v&lt;version&gt;/&lt;endpoint&gt; to it. UNCONFIRMED: SAP&apos;s example for the primary destination ends in /v2 and the one for the secondary does not; the wizard writes the same address to both, as both pages describe it the same way.</source>
        <translation>Ambos destinos utilizan la misma URL del tenant. SAP Task Center le añade /task-provider/v&lt;version&gt;/&lt;endpoint&gt;. UNCONFIRMED: el ejemplo de SAP para el destino principal termina en /v2 y el del secundario no; el asistente escribe la misma dirección en ambos, ya que las dos páginas la describen del mismo modo.</translation>
    </message>
    <message>
        <source>Client for SAP Task Center&apos;s technical user</source>
        <translation>Cliente para el usuario técnico de SAP Task Center</translation>
    </message>
    <message>
        <source>SAP Task Center pulls tasks and task definitions with this client&apos;s token.</source>
        <translation>SAP Task Center extrae las tareas y las definiciones de tareas con el token de este cliente.</translation>
    </message>
    <message>
        <source>In the task provider, or in the OAuth server it trusts, register an OAuth client for SAP Task Center that may fetch tokens with its client ID and secret (client credentials), as the task provider&apos;s documentation says. Copy its values here.</source>
        <translation>En el proveedor de tareas, o en el servidor OAuth en el que confía, registre un cliente OAuth para SAP Task Center que pueda obtener tokens con su ID de cliente y su secreto (credenciales de cliente), como indica la documentación del proveedor de tareas. Copie aquí sus valores.</translation>
    </message>
    <message>
        <source>SAP only asks that the primary destination returns a valid token; the wizard writes OAuth client credentials, the usual way for a technical user. UNCONFIRMED: whether your task provider accepts them, and which scope it needs, is for its documentation to say.</source>
        <translation>SAP solo pide que el destino principal devuelva un token válido; el asistente escribe credenciales de cliente OAuth, la forma habitual para un usuario técnico. UNCONFIRMED: si su proveedor de tareas las acepta, y qué ámbito necesita, lo debe indicar su documentación.</translation>
    </message>
    <message>
        <source>OAuth client for the technical user</source>
        <translation>Cliente OAuth para el usuario técnico</translation>
    </message>
    <message>
        <source>Trust certificate of your subaccount</source>
        <translation>Certificado de confianza de su subcuenta</translation>
    </message>
    <message>
        <source>The task provider trusts each user&apos;s SAML assertion through this certificate: you give it to the task provider next.</source>
        <translation>El proveedor de tareas confía en la aserción SAML de cada usuario mediante este certificado: a continuación se lo entregará al proveedor de tareas.</translation>
    </message>
    <message>
        <source>The Destination service signs each user&apos;s SAML assertion with this subaccount&apos;s trust certificate.</source>
        <translation>El Destination service firma la aserción SAML de cada usuario con el certificado de confianza de esta subcuenta.</translation>
    </message>
    <message>
        <source>Renew the certificate in the task provider too whenever the subaccount&apos;s certificate is renewed; until then, users cannot open or act on their tasks.</source>
        <translation>Renueve el certificado también en el proveedor de tareas siempre que se renueve el certificado de la subcuenta; hasta entonces, los usuarios no pueden abrir sus tareas ni actuar sobre ellas.</translation>
    </message>
    <message>
        <source>Trust for each user&apos;s token</source>
        <translation>Confianza para el token de cada usuario</translation>
    </message>
    <message>
        <source>SAP Task Center reads task details and acts on tasks with each user&apos;s own token.</source>
        <translation>SAP Task Center lee los detalles de las tareas y actúa sobre ellas con el token propio de cada usuario.</translation>
    </message>
    <message>
        <source>In the task provider, or in the OAuth server it trusts, upload the trust certificate below and allow an OAuth client to exchange SAML assertions signed with it for a user&apos;s token (SAML 2.0 bearer assertion), as the task provider&apos;s documentation says. Copy its values here.</source>
        <translation>En el proveedor de tareas, o en el servidor OAuth en el que confía, cargue el certificado de confianza siguiente y permita que un cliente OAuth cambie las aserciones SAML firmadas con él por el token de un usuario (SAML 2.0 bearer assertion), como indica la documentación del proveedor de tareas. Copie aquí sus valores.</translation>
    </message>
    <message>
        <source>SAP allows any authentication for the secondary destination that returns a token for the user; the wizard writes a SAML bearer assertion, which the Destination service signs with this subaccount&apos;s trust certificate. UNCONFIRMED: whether your task provider accepts it, its audience, and whether it finds users by e-mail address or user name are for its documentation to say. If it needs another kind of user token, create the secondary destination by hand as its documentation says.</source>
        <translation>SAP admite para el destino secundario cualquier autenticación que devuelva un token para el usuario; el asistente escribe una aserción SAML bearer, que el Destination service firma con el certificado de confianza de esta subcuenta. UNCONFIRMED: si su proveedor de tareas la acepta, cuál es su «Audience» y si encuentra a los usuarios por dirección de correo electrónico o por nombre de usuario lo debe indicar su documentación. Si necesita otro tipo de token de usuario, cree el destino secundario a mano como indica su documentación.</translation>
    </message>
    <message>
        <source>The same .pem file the SAP BTP cockpit exports under Connectivity &gt; Destination Trust.</source>
        <translation>El mismo archivo .pem que exporta el cockpit de SAP BTP en «Connectivity &gt; Destination Trust».</translation>
    </message>
    <message>
        <source>To recognize the certificate in the task provider&apos;s list. UNCONFIRMED: whether the task provider also wants it as the assertion&apos;s issuer.</source>
        <translation>Para reconocer el certificado en la lista del proveedor de tareas. UNCONFIRMED: si el proveedor de tareas también lo quiere como emisor de la aserción.</translation>
    </message>
    <message>
        <source>OAuth client for users</source>
        <translation>Cliente OAuth para los usuarios</translation>
    </message>
    <message>
        <source>Destinations to the task provider</source>
        <translation>Destinos al proveedor de tareas</translation>
    </message>
    <message>
        <source>The primary destination and its secondary destination (the primary&apos;s name followed by _PP), as SAP&apos;s guides list them.</source>
        <translation>El destino principal y su destino secundario (el nombre del principal seguido de _PP), tal como los indican las guías de SAP.</translation>
    </message>
    <message>
        <source>SAP&apos;s guides list only the name, type, URL and SAP Task Center&apos;s own properties; the authentication properties are those of SAP BTP Connectivity for OAuth client credentials and for the SAML bearer assertion.</source>
        <translation>Las guías de SAP solo indican el nombre, el tipo, la URL y las propiedades propias de SAP Task Center; las propiedades de autenticación son las de SAP BTP Connectivity para las credenciales de cliente OAuth y para la aserción SAML bearer.</translation>
    </message>
    <message>
        <source>The task provider&apos;s OAuth server does not accept the client. Copy the client ID and secret (or the client key and Token Service User and Password) again from where you registered the client for SAP Task Center, and apply again.</source>
        <translation>El servidor OAuth del proveedor de tareas no acepta el cliente. Vuelva a copiar el ID de cliente y el secreto (o la clave de cliente, el «Token Service User» y la «Token Service Password») desde donde registró el cliente para SAP Task Center, y vuelva a aplicar.</translation>
    </message>
    <message>
        <source>The task provider does not accept this subaccount&apos;s signature: the certificate it trusts is not the subaccount&apos;s current trust certificate. Give it the current one again (Connectivity &gt; Destination Trust).</source>
        <translation>El proveedor de tareas no acepta la firma de esta subcuenta: el certificado en el que confía no es el certificado de confianza actual de la subcuenta. Vuelva a entregarle el actual («Connectivity &gt; Destination Trust»).</translation>
    </message>
    <message>
        <source>Check against the task provider&apos;s documentation for SAP Task Center that the Token Service URLs, clients and audience are right, and that the task provider trusts this subaccount&apos;s current trust certificate.</source>
        <translation>Compruebe con la documentación para SAP Task Center del proveedor de tareas que las «Token Service URL», los clientes y la «Audience» son correctos y que el proveedor de tareas confía en el certificado de confianza actual de esta subcuenta.</translation>
    </message>
    <message>
        <source>Create only one primary destination for each task provider system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino principal para cada sistema del proveedor de tareas en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>SAP Task Center calls the task provider&apos;s SPI at the URL followed by /task-provider/v&lt;version&gt;/&lt;endpoint&gt;, with this destination&apos;s token, to pull tasks and task definitions.</source>
        <translation>SAP Task Center llama a la SPI del proveedor de tareas en la URL seguida de /task-provider/v&lt;version&gt;/&lt;endpoint&gt;, con el token de este destino, para extraer tareas y definiciones de tareas.</translation>
    </message>
    <message>
        <source>SAP lets the task provider choose how SAP Task Center authenticates, as long as this destination returns a valid token. The wizard writes OAuth client credentials. UNCONFIRMED: whether your task provider accepts them; if its documentation asks for another authentication, change this destination as it says.</source>
        <translation>SAP deja que el proveedor de tareas elija cómo se autentica SAP Task Center, siempre que este destino devuelva un token válido. El asistente escribe credenciales de cliente OAuth. UNCONFIRMED: si su proveedor de tareas las acepta; si su documentación pide otra autenticación, modifique este destino como allí se indica.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user. Check it in the SAP Task Center Web app as a user with tasks from the task provider.</source>
        <translation>Este destino no tiene usuario técnico: el Destination service solo obtiene un token con él para un usuario que ha iniciado sesión, como hace SAP Task Center para cada usuario. Compruébelo en la aplicación web de SAP Task Center como un usuario con tareas del proveedor de tareas.</translation>
    </message>
    <message>
        <source>SAP lets the task provider choose how each user authenticates, as long as this destination returns a valid token for the user. The wizard writes a SAML bearer assertion signed with this subaccount&apos;s trust certificate. UNCONFIRMED: whether your task provider accepts it; if its documentation asks for another authentication, change this destination as it says.</source>
        <translation>SAP deja que el proveedor de tareas elija cómo se autentica cada usuario, siempre que este destino devuelva un token válido para el usuario. El asistente escribe una aserción SAML bearer firmada con el certificado de confianza de esta subcuenta. UNCONFIRMED: si su proveedor de tareas la acepta; si su documentación pide otra autenticación, modifique este destino como allí se indica.</translation>
    </message>
    <message>
        <source>Approvals from SAP Fieldglass: one destination with the API application key of your SAP Fieldglass company, after SAP Fieldglass holds this subaccount&apos;s trust certificate and pushes task updates to SAP Task Center.</source>
        <translation>Aprobaciones de SAP Fieldglass: un destino con la clave de aplicación de API de su empresa de SAP Fieldglass, después de que SAP Fieldglass tenga el certificado de confianza de esta subcuenta y envíe las actualizaciones de tareas a SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Fieldglass tenant URL</source>
        <translation>URL del tenant de SAP Fieldglass</translation>
    </message>
    <message>
        <source>The address you sign in to SAP Fieldglass with, or the one SAP Fieldglass support gave you (SAP&apos;s guide names https://www.fieldglass.net for the US data center and https://www.fieldglass.eu for the EU data center). The wizard adds /api/v1 for the destination URL and /api/oauth2/v2.0/token for the token service URL. UNCONFIRMED: SAP&apos;s guide writes the US and EU token service URLs with http:// and without www; the wizard uses https and the host you enter, as in SAP&apos;s example for a tenant.</source>
        <translation>La dirección con la que inicia sesión en SAP Fieldglass, o la que le indicó el soporte de SAP Fieldglass (la guía de SAP menciona https://www.fieldglass.net para el centro de datos de EE. UU. y https://www.fieldglass.eu para el centro de datos de la UE). El asistente añade /api/v1 para la URL del destino y /api/oauth2/v2.0/token para la «Token Service URL». UNCONFIRMED: la guía de SAP escribe las «Token Service URL» de EE. UU. y de la UE con http:// y sin www; el asistente utiliza https y el host que usted introduce, como en el ejemplo de SAP para un tenant.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds /api/v1 and the token path itself.</source>
        <translation>Solo se utiliza la parte del servidor de esta dirección (%1); el asistente añade por sí mismo /api/v1 y la ruta del token.</translation>
    </message>
    <message>
        <source>The audience of the SAML assertion. SAP&apos;s guide gives Fieldglass as its example and names no other value: keep it unless SAP Fieldglass support gives you another one. UNCONFIRMED whether a tenant can need another value.</source>
        <translation>La «Audience» de la aserción SAML. La guía de SAP indica Fieldglass como ejemplo y no menciona ningún otro valor: manténgalo a menos que el soporte de SAP Fieldglass le indique otro. UNCONFIRMED si un tenant puede necesitar otro valor.</translation>
    </message>
    <message>
        <source>API Application Key</source>
        <translation>API Application Key</translation>
    </message>
    <message>
        <source>The API Application Key of the key you created for SAP Task Center, shown on View Application Keys in SAP Fieldglass Configuration Manager. It goes into the destination twice: as Client Key and as the header X-ApplicationKey. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>La «API Application Key» de la clave que creó para SAP Task Center, que se muestra en «View Application Keys» de SAP Fieldglass Configuration Manager. Va dos veces en el destino: como «Client Key» y como cabecera X-ApplicationKey. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>The Client ID of the same application key, from View Application Keys.</source>
        <translation>El ID de cliente de la misma clave de aplicación, de «View Application Keys».</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>The Client Secret of the same application key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>El secreto de cliente de la misma clave de aplicación. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Virtual Person Name (Username)</source>
        <translation>Virtual Person Name (Username)</translation>
    </message>
    <message>
        <source>From the Web Services section of View Application Keys; it becomes the destination&apos;s Token Service User.</source>
        <translation>De la sección «Web Services» de «View Application Keys»; se convierte en el «Token Service User» del destino.</translation>
    </message>
    <message>
        <source>License Key</source>
        <translation>License Key</translation>
    </message>
    <message>
        <source>From the Web Services section of View Application Keys; it becomes the destination&apos;s Token Service Password. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>De la sección «Web Services» de «View Application Keys»; se convierte en la «Token Service Password» del destino. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Prepare SAP Fieldglass</source>
        <translation>Preparar SAP Fieldglass</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the pages after it rely on them.</source>
        <translation>Marque cada paso una vez realizado; las páginas siguientes dependen de ellos.</translation>
    </message>
    <message>
        <source>You need an SAP Fieldglass tenant and a Configuration Manager user in it.</source>
        <translation>Necesita un tenant de SAP Fieldglass y un usuario de Configuration Manager en él.</translation>
    </message>
    <message>
        <source>SAP Task Center reads tasks from SAP Fieldglass once SAP Fieldglass knows your users through SAP Cloud Identity Services, SAP Task Center is enabled in SAP Fieldglass, and SAP Fieldglass may push task updates.</source>
        <translation>SAP Task Center lee las tareas de SAP Fieldglass una vez que SAP Fieldglass conoce a sus usuarios a través de SAP Cloud Identity Services, SAP Task Center está activado en SAP Fieldglass y SAP Fieldglass puede enviar actualizaciones de tareas.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s initial setup is complete, and SAP Fieldglass is connected to SAP Cloud Identity Services as the &lt;b&gt;SAP Fieldglass Integration Scenario&lt;/b&gt; describes.</source>
        <translation>La configuración inicial de SAP Task Center está completa y SAP Fieldglass está conectado a SAP Cloud Identity Services como describe el &lt;b&gt;SAP Fieldglass Integration Scenario&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: System Integration Guide, SAP Fieldglass Integration Scenario.</source>
        <translation>SAP Cloud Identity Services: «System Integration Guide», «SAP Fieldglass Integration Scenario».</translation>
    </message>
    <message>
        <source>&lt;b&gt;SAP Task Center is enabled in SAP Fieldglass&lt;/b&gt;.</source>
        <translation>&lt;b&gt;SAP Task Center está activado en SAP Fieldglass&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Fieldglass: Enable SAP Task Center in SAP Fieldglass.</source>
        <translation>SAP Fieldglass: «Enable SAP Task Center in SAP Fieldglass».</translation>
    </message>
    <message>
        <source>SAP Fieldglass support has enabled the &lt;b&gt;push capability&lt;/b&gt; (SAP_TASK_PUSH_CAPABILITY) for your company and refreshed its cache; otherwise Manage SAP Task Center stops with an error.</source>
        <translation>El soporte de SAP Fieldglass ha activado la &lt;b&gt;capacidad de envío&lt;/b&gt; (SAP_TASK_PUSH_CAPABILITY) para su empresa y ha actualizado su caché; de lo contrario, «Manage SAP Task Center» se detiene con un error.</translation>
    </message>
    <message>
        <source>SAP Fieldglass Customer Support.</source>
        <translation>Soporte al cliente de SAP Fieldglass.</translation>
    </message>
    <message>
        <source>SAP Fieldglass trusts SAP Task Center through this certificate: it goes into your tenant&apos;s truststore next.</source>
        <translation>SAP Fieldglass confía en SAP Task Center mediante este certificado: a continuación se incluirá en el truststore de su tenant.</translation>
    </message>
    <message>
        <source>Get the subaccount&apos;s trust certificate.</source>
        <translation>Obtenga el certificado de confianza de la subcuenta.</translation>
    </message>
    <message>
        <source>SAP Fieldglass checks the SAML assertions this subaccount signs against this certificate.</source>
        <translation>SAP Fieldglass comprueba con este certificado las aserciones SAML que firma esta subcuenta.</translation>
    </message>
    <message>
        <source>Have the trust certificate uploaded to SAP Fieldglass</source>
        <translation>Hacer que se cargue el certificado de confianza en SAP Fieldglass</translation>
    </message>
    <message>
        <source>Your SAP Fieldglass representative puts it into your tenant&apos;s truststore.</source>
        <translation>Su representante de SAP Fieldglass lo incluye en el truststore de su tenant.</translation>
    </message>
    <message>
        <source>Save the certificate below as a file and send it to your &lt;b&gt;SAP Fieldglass representative&lt;/b&gt;, asking them to upload it to the &lt;b&gt;truststore&lt;/b&gt; of your SAP Fieldglass tenant.</source>
        <translation>Guarde el certificado siguiente como archivo y envíelo a su &lt;b&gt;representante de SAP Fieldglass&lt;/b&gt;, pidiéndole que lo cargue en el &lt;b&gt;truststore&lt;/b&gt; de su tenant de SAP Fieldglass.</translation>
    </message>
    <message>
        <source>Renew the certificate in SAP Fieldglass too whenever the subaccount&apos;s certificate is renewed: until then, you may not be able to work on tasks nor receive task updates.</source>
        <translation>Renueve el certificado también en SAP Fieldglass siempre que se renueve el certificado de la subcuenta: hasta entonces, es posible que no pueda trabajar en las tareas ni recibir actualizaciones de tareas.</translation>
    </message>
    <message>
        <source>SAP&apos;s mission saves it as a .cer file for SAP Fieldglass.</source>
        <translation>La misión de SAP lo guarda como archivo .cer para SAP Fieldglass.</translation>
    </message>
    <message>
        <source>To recognize the certificate in your request.</source>
        <translation>Para reconocer el certificado en su solicitud.</translation>
    </message>
    <message>
        <source>SAP Task Center service key</source>
        <translation>Clave de servicio de SAP Task Center</translation>
    </message>
    <message>
        <source>Create a new SAP Task Center service instance for the task updates SAP Fieldglass pushes, and a service key for it; open that key here.</source>
        <translation>Cree una nueva instancia de servicio de SAP Task Center para las actualizaciones de tareas que envía SAP Fieldglass, y una clave de servicio para ella; abra aquí esa clave.</translation>
    </message>
    <message>
        <source>Open the service key of the new instance.</source>
        <translation>Abra la clave de servicio de la nueva instancia.</translation>
    </message>
    <message>
        <source>SAP Fieldglass needs the key&apos;s address and OAuth client, its client secret too. The key&apos;s uaa.clientid also becomes the destination&apos;s tc.clientId.</source>
        <translation>SAP Fieldglass necesita la dirección y el cliente OAuth de la clave, y también su secreto de cliente. El uaa.clientid de la clave también se convierte en el tc.clientId del destino.</translation>
    </message>
    <message>
        <source>Enable pushed task updates in SAP Fieldglass</source>
        <translation>Activar las actualizaciones de tareas enviadas en SAP Fieldglass</translation>
    </message>
    <message>
        <source>SAP Fieldglass sends task updates to SAP Task Center with these values.</source>
        <translation>SAP Fieldglass envía las actualizaciones de tareas a SAP Task Center con estos valores.</translation>
    </message>
    <message>
        <source>Sign in to SAP Fieldglass as the &lt;b&gt;Configuration Manager&lt;/b&gt; user. Under &lt;b&gt;Integration Tools&lt;/b&gt;, choose &lt;b&gt;Manage SAP Task Center&lt;/b&gt;, then &lt;b&gt;Configure&lt;/b&gt;. In the &lt;b&gt;Setup&lt;/b&gt; dialog, enter the values below and choose &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Inicie sesión en SAP Fieldglass como el usuario &lt;b&gt;Configuration Manager&lt;/b&gt;. En &lt;b&gt;Integration Tools&lt;/b&gt;, elija &lt;b&gt;Manage SAP Task Center&lt;/b&gt; y después &lt;b&gt;Configure&lt;/b&gt;. En el diálogo &lt;b&gt;Setup&lt;/b&gt;, introduzca los valores siguientes y elija &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The values come from the service key of the new instance. When you rotate its client secret later, create a new service key and enter its client secret in the same Setup dialog.</source>
        <translation>Los valores proceden de la clave de servicio de la nueva instancia. Cuando más adelante rote su secreto de cliente, cree una nueva clave de servicio e introduzca su secreto de cliente en el mismo diálogo «Setup».</translation>
    </message>
    <message>
        <source>Setup dialog</source>
        <translation>Diálogo «Setup»</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>OAuth URL</translation>
    </message>
    <message>
        <source>uaa.url of the service key.</source>
        <translation>uaa.url de la clave de servicio.</translation>
    </message>
    <message>
        <source>Create the API application key in SAP Fieldglass</source>
        <translation>Crear la clave de aplicación de API en SAP Fieldglass</translation>
    </message>
    <message>
        <source>SAP Task Center calls SAP Fieldglass&apos;s API with this key and fetches its tokens with these values.</source>
        <translation>SAP Task Center llama a la API de SAP Fieldglass con esta clave y obtiene sus tokens con estos valores.</translation>
    </message>
    <message>
        <source>In SAP Fieldglass Configuration Manager, create an API application key for SAP Task Center (&lt;b&gt;Create API Application Key&lt;/b&gt;). Then open &lt;b&gt;View Application Keys&lt;/b&gt; and copy the values below; the user name and license key are in its &lt;b&gt;Web Services&lt;/b&gt; section.</source>
        <translation>En SAP Fieldglass Configuration Manager, cree una clave de aplicación de API para SAP Task Center (&lt;b&gt;Create API Application Key&lt;/b&gt;). Después abra &lt;b&gt;View Application Keys&lt;/b&gt; y copie los valores siguientes; el nombre de usuario y la «License Key» están en su sección &lt;b&gt;Web Services&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>If an API application key already exists for SAP Task Center, you need access to the Web Services section of View Application Keys to copy its values. If that section is blank, ask SAP Fieldglass Customer Support for them.</source>
        <translation>Si ya existe una clave de aplicación de API para SAP Task Center, necesita acceso a la sección «Web Services» de «View Application Keys» para copiar sus valores. Si esa sección está vacía, pídaselos al soporte al cliente de SAP Fieldglass.</translation>
    </message>
    <message>
        <source>View Application Keys</source>
        <translation>View Application Keys</translation>
    </message>
    <message>
        <source>Your SAP Fieldglass tenant</source>
        <translation>Su tenant de SAP Fieldglass</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Fieldglass.</source>
        <translation>Dónde accede SAP Task Center a SAP Fieldglass.</translation>
    </message>
    <message>
        <source>Enter the address you sign in to SAP Fieldglass with; the wizard makes the destination&apos;s addresses from it.</source>
        <translation>Introduzca la dirección con la que inicia sesión en SAP Fieldglass; el asistente genera a partir de ella las direcciones del destino.</translation>
    </message>
    <message>
        <source>If you change the URL of a destination that already has tasks in SAP Task Center&apos;s task cache, SAP Task Center loads them again.</source>
        <translation>Si cambia la URL de un destino que ya tiene tareas en la caché de tareas de SAP Task Center, SAP Task Center vuelve a cargarlas.</translation>
    </message>
    <message>
        <source>Destination to SAP Fieldglass</source>
        <translation>Destino a SAP Fieldglass</translation>
    </message>
    <message>
        <source>The destination as SAP&apos;s guide lists it.</source>
        <translation>El destino tal como lo indica la guía de SAP.</translation>
    </message>
    <message>
        <source>Check the destination&apos;s name and properties.</source>
        <translation>Compruebe el nombre y las propiedades del destino.</translation>
    </message>
    <message>
        <source>The wizard writes the destination into the subaccount after the review, or into a file for you to import.</source>
        <translation>El asistente escribe el destino en la subcuenta después de la revisión, o en un archivo para que usted lo importe.</translation>
    </message>
    <message>
        <source>Check in SAP Fieldglass Configuration Manager (View Application Keys) that the destination&apos;s API application key, client ID and secret, virtual person name and license key are those of the key created for SAP Task Center, and ask your SAP Fieldglass representative whether this subaccount&apos;s current trust certificate is in your tenant&apos;s truststore.</source>
        <translation>Compruebe en SAP Fieldglass Configuration Manager («View Application Keys») que la clave de aplicación de API, el ID y el secreto de cliente, el «Virtual Person Name» y la «License Key» del destino son los de la clave creada para SAP Task Center, y pregunte a su representante de SAP Fieldglass si el certificado de confianza actual de esta subcuenta está en el truststore de su tenant.</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Fieldglass. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>El Destination service solo obtiene un token con él para un usuario que ha iniciado sesión, y SAP indica que «Check Connection» puede no mostrar si SAP Task Center accede a SAP Fieldglass. Compruebe el conector en «Monitoring» de SAP Task Center una vez guardado el destino.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Fieldglass system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino para cada sistema SAP Fieldglass en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>tc.clientId is the client ID of the service key you opened for pushed task updates. SAP says to set it only once SAP Fieldglass pushes task updates (Manage SAP Task Center); otherwise tasks may not arrive.</source>
        <translation>tc.clientId es el ID de cliente de la clave de servicio que abrió para las actualizaciones de tareas enviadas. SAP indica que solo se debe establecer una vez que SAP Fieldglass envía actualizaciones de tareas («Manage SAP Task Center»); de lo contrario, es posible que las tareas no lleguen.</translation>
    </message>
    <message>
        <source>Tasks from SAP Marketing Cloud: one destination with the OAuth 2.0 details of the communication arrangement you create for SAP Task Center in SAP Marketing Cloud, and its technical communication user.</source>
        <translation>Tareas de SAP Marketing Cloud: un destino con los datos de OAuth 2.0 de la disposición de comunicación que cree para SAP Task Center en SAP Marketing Cloud, y su usuario de comunicación técnico.</translation>
    </message>
    <message>
        <source>The user name you created for the technical communication user. It becomes the destination&apos;s Token Service User.</source>
        <translation>El nombre de usuario que creó para el usuario de comunicación técnico. Se convierte en el «Token Service User» del destino.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the user name you created for the technical communication user.</source>
        <translation>Esto parece una dirección de correo electrónico. Introduzca el nombre de usuario que creó para el usuario de comunicación técnico.</translation>
    </message>
    <message>
        <source>The password you gave the technical communication user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>La contraseña que asignó al usuario de comunicación técnico. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>The Service URL/Service Interface the communication arrangement shows. The destination uses its server part, as SAP&apos;s guide says (it removes everything from sap/opu/odata4/ on); the client comes from its sap-client.</source>
        <translation>La «Service URL/Service Interface» que muestra la disposición de comunicación. El destino utiliza su parte del servidor, como indica la guía de SAP (elimina todo a partir de sap/opu/odata4/); el mandante procede de su sap-client.</translation>
    </message>
    <message>
        <source>This is not the address SAP&apos;s guide shows for the arrangement (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation>Esta no es la dirección que la guía de SAP muestra para la disposición (contiene api_task_spi_replication). Solo se utiliza su parte del servidor.</translation>
    </message>
    <message>
        <source>The client number of the SAP Marketing Cloud system, taken from the service URL&apos;s sap-client when it has one.</source>
        <translation>El número de mandante del sistema SAP Marketing Cloud, tomado del sap-client de la URL de servicio si lo tiene.</translation>
    </message>
    <message>
        <source>SAP Marketing Cloud must trust the SAML assertions this subaccount signs; keep the certificate at hand for Integrating SAP Task Center.</source>
        <translation>SAP Marketing Cloud debe confiar en las aserciones SAML que firma esta subcuenta; tenga el certificado a mano para «Integrating SAP Task Center».</translation>
    </message>
    <message>
        <source>UNCONFIRMED: SAP&apos;s page for SAP Marketing Cloud does not mention the trust certificate. The guide it links, Integrating SAP Task Center, is the one SAP&apos;s page for SAP S/4HANA Cloud Public Edition links too, and there the communication system holds this certificate (SAP Task Center, Renew Destination Trust Certificates). If Integrating SAP Task Center asks for no certificate, you need not use it.</source>
        <translation>UNCONFIRMED: la página de SAP para SAP Marketing Cloud no menciona el certificado de confianza. La guía a la que enlaza, «Integrating SAP Task Center», es la misma a la que enlaza la página de SAP para SAP S/4HANA Cloud Public Edition, y allí el sistema de comunicación contiene este certificado («SAP Task Center», «Renew Destination Trust Certificates»). Si «Integrating SAP Task Center» no pide ningún certificado, no necesita utilizarlo.</translation>
    </message>
    <message>
        <source>Set up SAP Task Center in SAP Marketing Cloud</source>
        <translation>Configurar SAP Task Center en SAP Marketing Cloud</translation>
    </message>
    <message>
        <source>The technical communication user and the communication arrangement, and the values they give back for the destination.</source>
        <translation>El usuario de comunicación técnico y la disposición de comunicación, y los valores que devuelven para el destino.</translation>
    </message>
    <message>
        <source>In SAP Marketing Cloud, follow &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: create the technical communication user and the communication arrangement for SAP Task Center (&lt;b&gt;Create a Communication Arrangement&lt;/b&gt;). Then enter the values below.</source>
        <translation>En SAP Marketing Cloud, siga &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: cree el usuario de comunicación técnico y la disposición de comunicación para SAP Task Center (&lt;b&gt;Create a Communication Arrangement&lt;/b&gt;). Después introduzca los valores siguientes.</translation>
    </message>
    <message>
        <source>SAP&apos;s page for SAP Marketing Cloud names only the values the destination needs; how to create the user and the arrangement is in Integrating SAP Task Center. UNCONFIRMED: SAP&apos;s page links the guides Integrating SAP Task Center and Create a Communication Arrangement of SAP S/4HANA Cloud&apos;s documentation, not of SAP Marketing Cloud&apos;s.</source>
        <translation>La página de SAP para SAP Marketing Cloud solo menciona los valores que necesita el destino; cómo crear el usuario y la disposición se explica en «Integrating SAP Task Center». UNCONFIRMED: la página de SAP enlaza las guías «Integrating SAP Task Center» y «Create a Communication Arrangement» de la documentación de SAP S/4HANA Cloud, no de la de SAP Marketing Cloud.</translation>
    </message>
    <message>
        <source>Only if Integrating SAP Task Center asks for the certificate of SAP Task Center&apos;s subaccount.</source>
        <translation>Solo si «Integrating SAP Task Center» pide el certificado de la subcuenta de SAP Task Center.</translation>
    </message>
    <message>
        <source>Technical communication user</source>
        <translation>Usuario de comunicación técnico</translation>
    </message>
    <message>
        <source>The user name and password you created for the technical communication user.</source>
        <translation>El nombre de usuario y la contraseña que creó para el usuario de comunicación técnico.</translation>
    </message>
    <message>
        <source>Copy these from the communication arrangement: its &lt;b&gt;Service URL/Service Interface&lt;/b&gt;, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL.</source>
        <translation>Cópielos de la disposición de comunicación: su &lt;b&gt;Service URL/Service Interface&lt;/b&gt; y, de &lt;b&gt;OAuth 2.0 Details&lt;/b&gt;, «SAML2 Audience», «Client ID» y «Token Service URL».</translation>
    </message>
    <message>
        <source>Destination to SAP Marketing Cloud</source>
        <translation>Destino a SAP Marketing Cloud</translation>
    </message>
    <message>
        <source>The wizard writes the destination into the subaccount after the review, or into a file for you to import. Afterwards, perform the steps of SAP Marketing Cloud&apos;s guide &quot;SAP Task Center&quot;, as SAP&apos;s page asks.</source>
        <translation>El asistente escribe el destino en la subcuenta después de la revisión, o en un archivo para que usted lo importe. Después, realice los pasos de la guía de SAP Marketing Cloud «SAP Task Center», como pide la página de SAP.</translation>
    </message>
    <message>
        <source>Check in SAP Marketing Cloud that the destination&apos;s Audience, Client Key and Token Service URL are those of the communication arrangement&apos;s OAuth 2.0 Details, that the Token Service User and Password are the technical communication user&apos;s, and that SAP Marketing Cloud trusts this subaccount&apos;s current trust certificate.</source>
        <translation>Compruebe en SAP Marketing Cloud que la «Audience», la «Client Key» y la «Token Service URL» del destino son las de «OAuth 2.0 Details» de la disposición de comunicación, que el «Token Service User» y la «Token Service Password» son los del usuario de comunicación técnico y que SAP Marketing Cloud confía en el certificado de confianza actual de esta subcuenta.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Marketing Cloud. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Este destino no tiene usuario técnico: el Destination service solo obtiene un token con él para un usuario que ha iniciado sesión, como hace SAP Task Center para cada usuario, y SAP indica que «Check Connection» puede no mostrar si SAP Task Center accede a SAP Marketing Cloud. Compruebe el conector en «Monitoring» de SAP Task Center una vez guardado el destino.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Marketing Cloud system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino para cada sistema y mandante de SAP Marketing Cloud en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>Once the destination is saved, perform the steps of SAP Marketing Cloud&apos;s guide &quot;SAP Task Center&quot;, as SAP&apos;s page asks.</source>
        <translation>Una vez guardado el destino, realice los pasos de la guía de SAP Marketing Cloud «SAP Task Center», como pide la página de SAP.</translation>
    </message>
    <message>
        <source>Tasks from SAP Build Process Automation: one destination with the values of the SAP Build Process Automation service key, for an instance in this subaccount or, through SAML trust or an Identity Authentication dependency, in another subaccount.</source>
        <translation>Tareas de SAP Build Process Automation: un destino con los valores de la clave de servicio de SAP Build Process Automation, para una instancia en esta subcuenta o, mediante confianza SAML o una dependencia de Identity Authentication, en otra subcuenta.</translation>
    </message>
    <message>
        <source>API endpoint (endpoints &gt; api)</source>
        <translation>Endpoint de API (endpoints &gt; api)</translation>
    </message>
    <message>
        <source>In the service key of your SAP Build Process Automation instance, the value of api under endpoints. The wizard adds /internal/workflow/rest/v1 to it, as SAP&apos;s guide asks for the destination&apos;s URL.</source>
        <translation>En la clave de servicio de su instancia de SAP Build Process Automation, el valor de api en endpoints. El asistente le añade /internal/workflow/rest/v1, como pide la guía de SAP para la URL del destino.</translation>
    </message>
    <message>
        <source>This is an authentication address (uaa &gt; url), not the API endpoint. Copy the value of api under endpoints from the service key.</source>
        <translation>Esta es una dirección de autenticación (uaa &gt; url), no el endpoint de API. Copie el valor de api en endpoints de la clave de servicio.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds /internal/workflow/rest/v1 to it.</source>
        <translation>Solo se utiliza la parte del servidor de esta dirección (%1); el asistente le añade /internal/workflow/rest/v1.</translation>
    </message>
    <message>
        <source>This is an address, not a client ID. Copy the value of clientid under uaa from the service key.</source>
        <translation>Esta es una dirección, no un ID de cliente. Copie el valor de clientid en uaa de la clave de servicio.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation in this subaccount, or in another one with an Identity Authentication dependency: the value of uaa &gt; url of its service key. In another subaccount with SAML trust: the entityID of that subaccount&apos;s SAML metadata. Copy it exactly as it is shown.</source>
        <translation>SAP Build Process Automation en esta subcuenta, o en otra con una dependencia de Identity Authentication: el valor de uaa &gt; url de su clave de servicio. En otra subcuenta con confianza SAML: el entityID de los metadatos SAML de esa subcuenta. Cópielo exactamente tal como se muestra.</translation>
    </message>
    <message>
        <source>This is a token address. The Audience is the address without /oauth/token: %1.</source>
        <translation>Esta es una dirección de token. La «Audience» es la dirección sin /oauth/token: %1.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation in this subaccount, or in another one with an Identity Authentication dependency: uaa &gt; url of its service key followed by /oauth/token. In another subaccount with SAML trust: the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI, in that subaccount&apos;s SAML metadata.</source>
        <translation>SAP Build Process Automation en esta subcuenta, o en otra con una dependencia de Identity Authentication: uaa &gt; url de su clave de servicio seguido de /oauth/token. En otra subcuenta con confianza SAML: el valor de Location del AssertionConsumerService cuyo Binding es urn:oasis:names:tc:SAML:2.0:bindings:URI, en los metadatos SAML de esa subcuenta.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks for the address followed by /oauth/token: %1. For another subaccount with SAML trust, copy the Location from its SAML metadata instead.</source>
        <translation>La guía de SAP pide la dirección seguida de /oauth/token: %1. Para otra subcuenta con confianza SAML, copie en su lugar el valor de Location de sus metadatos SAML.</translation>
    </message>
    <message>
        <source>Dependency name</source>
        <translation>Nombre de la dependencia</translation>
    </message>
    <message>
        <source>The name of the dependency you created from the SAP Task Center application to SAP Build Process Automation in the administration console for SAP Cloud Identity Services.</source>
        <translation>El nombre de la dependencia que creó desde la aplicación SAP Task Center hacia SAP Build Process Automation en la consola de administración de SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>This name has a space. Check that you copied the dependency name exactly as the administration console shows it.</source>
        <translation>Este nombre contiene un espacio. Compruebe que ha copiado el nombre de la dependencia exactamente como lo muestra la consola de administración.</translation>
    </message>
    <message>
        <source>Enter the dependency name on one line, exactly as the administration console for SAP Cloud Identity Services shows it.</source>
        <translation>Introduzca el nombre de la dependencia en una sola línea, exactamente como lo muestra la consola de administración de SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>My Inbox address (optional)</source>
        <translation>Dirección de My Inbox (opcional)</translation>
    </message>
    <message>
        <source>The address of My Inbox in the SAP Build Process Automation Lobby, as your browser shows it. The wizard replaces inbox.html with taskui.html, as SAP&apos;s guide says, so that users open SAP Build Process Automation tasks from SAP Task Center without another launchpad. Leave it empty if you use SAP Build Process Automation on SAP Build Work Zone, standard edition: SAP says the property is not needed then.</source>
        <translation>La dirección de My Inbox en el SAP Build Process Automation Lobby, tal como la muestra su navegador. El asistente sustituye inbox.html por taskui.html, como indica la guía de SAP, para que los usuarios abran las tareas de SAP Build Process Automation desde SAP Task Center sin otro launchpad. Déjela vacía si utiliza SAP Build Process Automation en SAP Build Work Zone, standard edition: según SAP, la propiedad no es necesaria en ese caso.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide gives this address as https://&lt;root_url&gt;/comsapspaprocessautomation.comsapspainbox/taskui.html. Check that you copied My Inbox of the SAP Build Process Automation Lobby.</source>
        <translation>La guía de SAP indica esta dirección como https://&lt;root_url&gt;/comsapspaprocessautomation.comsapspainbox/taskui.html. Compruebe que ha copiado My Inbox del SAP Build Process Automation Lobby.</translation>
    </message>
    <message>
        <source>Copy the address of My Inbox from the SAP Build Process Automation Lobby: it contains inbox.html. Anything after inbox.html is left out.</source>
        <translation>Copie la dirección de My Inbox del SAP Build Process Automation Lobby: contiene inbox.html. Todo lo que sigue a inbox.html se omite.</translation>
    </message>
    <message>
        <source>Task UI address (tc.task.ui.url)</source>
        <translation>Dirección de la interfaz de usuario de tareas (tc.task.ui.url)</translation>
    </message>
    <message>
        <source>Choose this when SAP Build Process Automation and SAP Task Center are in the same subaccount. SAP Task Center gets its tokens from the authentication address in the SAP Build Process Automation service key.</source>
        <translation>Elija esta opción si SAP Build Process Automation y SAP Task Center están en la misma subcuenta. SAP Task Center obtiene sus tokens de la dirección de autenticación de la clave de servicio de SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check in SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Task Center Administration app&lt;/b&gt;, check the status of this destination&apos;s connector: SAP says Check Connection in the SAP BTP cockpit may not tell whether SAP Task Center reaches SAP Build Process Automation.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user with SAP Build Process Automation tasks: the tasks appear there.&lt;/li&gt;&lt;li&gt;Optional: for &lt;b&gt;Intelligent Recommendations&lt;/b&gt;, create one more destination named like this one followed by _AI, as SAP&apos;s guide &quot;Configure the Intelligent Recommendations Destination&quot; says.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué comprobar en SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;En la aplicación &lt;b&gt;Task Center Administration&lt;/b&gt;, compruebe el estado del conector de este destino: SAP indica que «Check Connection» en el cockpit de SAP BTP puede no mostrar si SAP Task Center accede a SAP Build Process Automation.&lt;/li&gt;&lt;li&gt;Abra la &lt;b&gt;aplicación web de SAP Task Center&lt;/b&gt; como un usuario con tareas de SAP Build Process Automation: las tareas aparecen allí.&lt;/li&gt;&lt;li&gt;Opcional: para &lt;b&gt;Intelligent Recommendations&lt;/b&gt;, cree un destino más con el nombre de este seguido de _AI, como indica la guía de SAP «Configure the Intelligent Recommendations Destination».&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Choose this when SAP Build Process Automation runs in another subaccount that logs users on through the same Identity Authentication tenant as this one, and you have set up principal propagation between the subaccounts. SAP Task Center gets its tokens from that subaccount, with the values of its SAML metadata.</source>
        <translation>Elija esta opción si SAP Build Process Automation se ejecuta en otra subcuenta cuyos usuarios inician sesión a través del mismo tenant de Identity Authentication que esta, y ha configurado la propagación de principal entre las subcuentas. SAP Task Center obtiene sus tokens de esa subcuenta, con los valores de sus metadatos SAML.</translation>
    </message>
    <message>
        <source>Choose this when both subaccounts are in the same global account, trust the same Identity Authentication tenant with OpenID Connect, and you use SAP Build Process Automation with the build-default service plan. You create a dependency in SAP Cloud Identity Services, and the destination names it.</source>
        <translation>Elija esta opción si ambas subcuentas están en la misma cuenta global y confían en el mismo tenant de Identity Authentication con OpenID Connect, y utiliza SAP Build Process Automation con el plan de servicio build-default. Usted crea una dependencia en SAP Cloud Identity Services, y el destino la nombra.</translation>
    </message>
    <message>
        <source>Prepare SAP Build Process Automation</source>
        <translation>Preparar SAP Build Process Automation</translation>
    </message>
    <message>
        <source>Whether SAP Build Process Automation runs in this subaccount or in another one, its subaccount and its service key come first.</source>
        <translation>Tanto si SAP Build Process Automation se ejecuta en esta subcuenta como en otra, lo primero son su subcuenta y su clave de servicio.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Build Process Automation with the OAuth client of the SAP Build Process Automation service key, for each user who is logged on. SAP Build Process Automation&apos;s subaccount needs the setup its own guide describes for SAP Task Center.</source>
        <translation>SAP Task Center lee las tareas de SAP Build Process Automation con el cliente OAuth de la clave de servicio de SAP Build Process Automation, para cada usuario que ha iniciado sesión. La subcuenta de SAP Build Process Automation necesita la configuración que describe su propia guía para SAP Task Center.</translation>
    </message>
    <message>
        <source>In the subaccount of SAP Build Process Automation, you have done the steps of &lt;b&gt;Configure the SAP Build Process Automation Subaccount for SAP Task Center&lt;/b&gt;.</source>
        <translation>En la subcuenta de SAP Build Process Automation, ha realizado los pasos de &lt;b&gt;Configure the SAP Build Process Automation Subaccount for SAP Task Center&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation: Configure the SAP Build Process Automation Subaccount for SAP Task Center.</source>
        <translation>SAP Build Process Automation: «Configure the SAP Build Process Automation Subaccount for SAP Task Center».</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Build Process Automation instance in the Cloud Foundry environment open (not SAP Task Center&apos;s own service key); the next pages ask for values from it.</source>
        <translation>Tiene abierta la &lt;b&gt;clave de servicio&lt;/b&gt; de la instancia de SAP Build Process Automation en el entorno Cloud Foundry (no la clave de servicio propia de SAP Task Center); las páginas siguientes le piden valores de ella.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Services &gt; Instances and Subscriptions, the SAP Build Process Automation instance, its service key.</source>
        <translation>Cockpit de SAP BTP de la subcuenta de SAP Build Process Automation: «Services &gt; Instances and Subscriptions», la instancia de SAP Build Process Automation, su clave de servicio.</translation>
    </message>
    <message>
        <source>Trust between the subaccounts</source>
        <translation>Confianza entre las subcuentas</translation>
    </message>
    <message>
        <source>SAP Build Process Automation runs in another subaccount than SAP Task Center.</source>
        <translation>SAP Build Process Automation se ejecuta en una subcuenta distinta de la de SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Task Center gets each user&apos;s token from the subaccount of SAP Build Process Automation, which must trust this subaccount. SAP&apos;s Task Center guide sends you to SAP Build Process Automation&apos;s guide for this trust and then asks for two values of that subaccount&apos;s SAML metadata.</source>
        <translation>SAP Task Center obtiene el token de cada usuario de la subcuenta de SAP Build Process Automation, que debe confiar en esta subcuenta. La guía de Task Center de SAP remite a la guía de SAP Build Process Automation para esta confianza y después pide dos valores de los metadatos SAML de esa subcuenta.</translation>
    </message>
    <message>
        <source>The subaccount of SAP Build Process Automation logs users on through the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; as this subaccount.</source>
        <translation>Los usuarios de la subcuenta de SAP Build Process Automation inician sesión a través del &lt;b&gt;mismo tenant de Identity Authentication&lt;/b&gt; que los de esta subcuenta.</translation>
    </message>
    <message>
        <source>You have done the steps of &lt;b&gt;Set Up Principal Propagation Between Subaccounts&lt;/b&gt; in SAP Build Process Automation&apos;s guide.</source>
        <translation>Ha realizado los pasos de &lt;b&gt;Set Up Principal Propagation Between Subaccounts&lt;/b&gt; de la guía de SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation: Set Up Principal Propagation Between Subaccounts.</source>
        <translation>SAP Build Process Automation: «Set Up Principal Propagation Between Subaccounts».</translation>
    </message>
    <message>
        <source>You have downloaded the &lt;b&gt;SAML metadata&lt;/b&gt; XML file of the subaccount of SAP Build Process Automation; the next pages ask for two values from it.</source>
        <translation>Ha descargado el archivo XML de &lt;b&gt;metadatos SAML&lt;/b&gt; de la subcuenta de SAP Build Process Automation; las páginas siguientes le piden dos valores de él.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Security &gt; Trust Configuration &gt; SAML Metadata.</source>
        <translation>Cockpit de SAP BTP de la subcuenta de SAP Build Process Automation: «Security &gt; Trust Configuration &gt; SAML Metadata».</translation>
    </message>
    <message>
        <source>Prepare both subaccounts</source>
        <translation>Preparar ambas subcuentas</translation>
    </message>
    <message>
        <source>Tick each step once it is done.</source>
        <translation>Marque cada paso una vez realizado.</translation>
    </message>
    <message>
        <source>SAP Task Center and SAP Build Process Automation run in two subaccounts of the same global account.</source>
        <translation>SAP Task Center y SAP Build Process Automation se ejecutan en dos subcuentas de la misma cuenta global.</translation>
    </message>
    <message>
        <source>With a dependency in SAP Cloud Identity Services, SAP Task Center reaches SAP Build Process Automation in another subaccount through the Identity Authentication tenant both subaccounts trust. SAP says this works only with the build-default service plan of SAP Build Process Automation.</source>
        <translation>Con una dependencia en SAP Cloud Identity Services, SAP Task Center accede a SAP Build Process Automation en otra subcuenta a través del tenant de Identity Authentication en el que confían ambas subcuentas. Según SAP, esto solo funciona con el plan de servicio build-default de SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>You use the subscription to SAP Build Process Automation with the &lt;b&gt;build-default&lt;/b&gt; service plan, and you have an instance of SAP Build Process Automation in its subaccount.</source>
        <translation>Utiliza la suscripción a SAP Build Process Automation con el plan de servicio &lt;b&gt;build-default&lt;/b&gt; y tiene una instancia de SAP Build Process Automation en su subcuenta.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Services &gt; Instances and Subscriptions.</source>
        <translation>Cockpit de SAP BTP de la subcuenta de SAP Build Process Automation: «Services &gt; Instances and Subscriptions».</translation>
    </message>
    <message>
        <source>Both subaccounts trust the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; with a trust of type &lt;b&gt;OpenID Connect&lt;/b&gt;.</source>
        <translation>Ambas subcuentas confían en el &lt;b&gt;mismo tenant de Identity Authentication&lt;/b&gt; con una confianza del tipo &lt;b&gt;OpenID Connect&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Task Center is connected with your SAP Build Work Zone by an &lt;b&gt;integration between the two applications&lt;/b&gt;.</source>
        <translation>SAP Task Center está conectado con su SAP Build Work Zone mediante una &lt;b&gt;integración entre las dos aplicaciones&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Task Center: Connect SAP Task Center and SAP Build Work Zone in Different Subaccounts.</source>
        <translation>SAP Task Center: «Connect SAP Task Center and SAP Build Work Zone in Different Subaccounts».</translation>
    </message>
    <message>
        <source>Create the dependency in SAP Cloud Identity Services</source>
        <translation>Crear la dependencia en SAP Cloud Identity Services</translation>
    </message>
    <message>
        <source>It lets SAP Task Center call SAP Build Process Automation in the other subaccount.</source>
        <translation>Permite que SAP Task Center llame a SAP Build Process Automation en la otra subcuenta.</translation>
    </message>
    <message>
        <source>In the administration console for SAP Cloud Identity Services, open &lt;b&gt;Applications and Resources &amp;gt; Applications&lt;/b&gt;. Under &lt;b&gt;Bundled Applications&lt;/b&gt;, each subaccount has an application named after the product, followed by the subaccount&apos;s name in parentheses. Choose the SAP Task Center application and configure a &lt;b&gt;dependency&lt;/b&gt; to the SAP Build Process Automation application. Enter the name of the new dependency here.</source>
        <translation>En la consola de administración de SAP Cloud Identity Services, abra &lt;b&gt;Applications and Resources &amp;gt; Applications&lt;/b&gt;. En &lt;b&gt;Bundled Applications&lt;/b&gt;, cada subcuenta tiene una aplicación con el nombre del producto seguido del nombre de la subcuenta entre paréntesis. Elija la aplicación SAP Task Center y configure una &lt;b&gt;dependencia&lt;/b&gt; con la aplicación SAP Build Process Automation. Introduzca aquí el nombre de la nueva dependencia.</translation>
    </message>
    <message>
        <source>The destination names this dependency in tc.ias.dependency_name, so that SAP Task Center uses it to reach SAP Build Process Automation.</source>
        <translation>El destino nombra esta dependencia en tc.ias.dependency_name, para que SAP Task Center la utilice para acceder a SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>Dependency to SAP Build Process Automation</source>
        <translation>Dependencia con SAP Build Process Automation</translation>
    </message>
    <message>
        <source>The service key of SAP Build Process Automation</source>
        <translation>La clave de servicio de SAP Build Process Automation</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Build Process Automation, with which OAuth client, and where it gets its tokens.</source>
        <translation>Dónde accede SAP Task Center a SAP Build Process Automation, con qué cliente OAuth y dónde obtiene sus tokens.</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Build Process Automation&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key). The Audience and the Token Service URL are filled from &lt;b&gt;uaa &amp;gt; url&lt;/b&gt;.</source>
        <translation>Copie estos valores de la clave de servicio de su instancia de &lt;b&gt;SAP Build Process Automation&lt;/b&gt; (no de la clave de servicio propia de SAP Task Center). La «Audience» y la «Token Service URL» se rellenan a partir de &lt;b&gt;uaa &amp;gt; url&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The service key of the SAP Build Process Automation instance holds the address SAP Task Center reads tasks from (endpoints &gt; api), the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret) and the authentication address it gets each user&apos;s token from (uaa &gt; url): the Audience is uaa &gt; url, the Token Service URL uaa &gt; url followed by /oauth/token.</source>
        <translation>La clave de servicio de la instancia de SAP Build Process Automation contiene la dirección de la que SAP Task Center lee las tareas (endpoints &gt; api), el cliente OAuth que utiliza (uaa &gt; clientid y uaa &gt; clientsecret) y la dirección de autenticación de la que obtiene el token de cada usuario (uaa &gt; url): la «Audience» es uaa &gt; url, y la «Token Service URL», uaa &gt; url seguido de /oauth/token.</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Build Process Automation, and with which OAuth client.</source>
        <translation>Dónde accede SAP Task Center a SAP Build Process Automation y con qué cliente OAuth.</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Build Process Automation&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key).</source>
        <translation>Copie estos valores de la clave de servicio de su instancia de &lt;b&gt;SAP Build Process Automation&lt;/b&gt; (no de la clave de servicio propia de SAP Task Center).</translation>
    </message>
    <message>
        <source>The service key of the SAP Build Process Automation instance holds the address SAP Task Center reads tasks from (endpoints &gt; api) and the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret).</source>
        <translation>La clave de servicio de la instancia de SAP Build Process Automation contiene la dirección de la que SAP Task Center lee las tareas (endpoints &gt; api) y el cliente OAuth que utiliza (uaa &gt; clientid y uaa &gt; clientsecret).</translation>
    </message>
    <message>
        <source>The Audience and Token Service URL, from the subaccount where SAP Build Process Automation runs.</source>
        <translation>La «Audience» y la «Token Service URL», de la subcuenta en la que se ejecuta SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>Open the SAML metadata XML file of the subaccount of &lt;b&gt;SAP Build Process Automation&lt;/b&gt;. Copy the &lt;b&gt;entityID&lt;/b&gt; into Audience, then the &lt;b&gt;Location&lt;/b&gt; of the &lt;b&gt;AssertionConsumerService&lt;/b&gt; element whose Binding is &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; into Token Service URL.</source>
        <translation>Abra el archivo XML de metadatos SAML de la subcuenta de &lt;b&gt;SAP Build Process Automation&lt;/b&gt;. Copie el &lt;b&gt;entityID&lt;/b&gt; en «Audience» y después el valor de &lt;b&gt;Location&lt;/b&gt; del elemento &lt;b&gt;AssertionConsumerService&lt;/b&gt; cuyo Binding es &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; en «Token Service URL».</translation>
    </message>
    <message>
        <source>From another subaccount, SAP Task Center gets each user&apos;s token from the subaccount of SAP Build Process Automation: the Audience is that subaccount&apos;s entityID and the Token Service URL the Location of its AssertionConsumerService with the URI binding, both in its SAML metadata.</source>
        <translation>Desde otra subcuenta, SAP Task Center obtiene el token de cada usuario de la subcuenta de SAP Build Process Automation: la «Audience» es el entityID de esa subcuenta, y la «Token Service URL», el valor de Location de su AssertionConsumerService con el binding URI, ambos en sus metadatos SAML.</translation>
    </message>
    <message>
        <source>Opening tasks in SAP Build Process Automation</source>
        <translation>Abrir las tareas en SAP Build Process Automation</translation>
    </message>
    <message>
        <source>Optional: lets users open SAP Build Process Automation tasks from SAP Task Center without another launchpad.</source>
        <translation>Opcional: permite a los usuarios abrir tareas de SAP Build Process Automation desde SAP Task Center sin otro launchpad.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;My Inbox&lt;/b&gt; in the SAP Build Process Automation Lobby and copy its address from your browser. Leave the field empty if you use SAP Build Process Automation on SAP Build Work Zone, standard edition.</source>
        <translation>Abra &lt;b&gt;My Inbox&lt;/b&gt; en el SAP Build Process Automation Lobby y copie su dirección del navegador. Deje el campo vacío si utiliza SAP Build Process Automation en SAP Build Work Zone, standard edition.</translation>
    </message>
    <message>
        <source>The destination&apos;s tc.task.ui.url is the address of My Inbox with inbox.html replaced by taskui.html. SAP says it is not needed if you use SAP Build Process Automation on SAP Build Work Zone, standard edition, and that custom themes are not supported for showing task UIs.</source>
        <translation>El tc.task.ui.url del destino es la dirección de My Inbox con inbox.html sustituido por taskui.html. Según SAP, no es necesario si utiliza SAP Build Process Automation en SAP Build Work Zone, standard edition, y los temas personalizados no se admiten para mostrar las interfaces de usuario de las tareas.</translation>
    </message>
    <message>
        <source>Destination to SAP Build Process Automation</source>
        <translation>Destino a SAP Build Process Automation</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for the same subaccount lists each property of this destination; the wizard writes them as its table says.</source>
        <translation>La guía de SAP para la misma subcuenta enumera cada propiedad de este destino; el asistente las escribe tal como indica su tabla.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for a different subaccount lists each property of this destination; the wizard writes them as its table says.</source>
        <translation>La guía de SAP para otra subcuenta enumera cada propiedad de este destino; el asistente las escribe tal como indica su tabla.</translation>
    </message>
    <message>
        <source>The authentication server of SAP Build Process Automation does not accept the client ID or secret. Copy uaa &gt; clientid and uaa &gt; clientsecret again from the service key of the SAP Build Process Automation instance and apply again.</source>
        <translation>El servidor de autenticación de SAP Build Process Automation no acepta el ID o el secreto de cliente. Vuelva a copiar uaa &gt; clientid y uaa &gt; clientsecret de la clave de servicio de la instancia de SAP Build Process Automation y vuelva a aplicar.</translation>
    </message>
    <message>
        <source>Check that the Client Key, Token Service User and Token Service Password are uaa &gt; clientid and uaa &gt; clientsecret of one SAP Build Process Automation service key, and that the Audience and Token Service URL belong to the subaccount of SAP Build Process Automation. For another subaccount, check the trust between the subaccounts or the dependency in SAP Cloud Identity Services.</source>
        <translation>Compruebe que la «Client Key», el «Token Service User» y la «Token Service Password» son uaa &gt; clientid y uaa &gt; clientsecret de una misma clave de servicio de SAP Build Process Automation, y que la «Audience» y la «Token Service URL» pertenecen a la subcuenta de SAP Build Process Automation. Para otra subcuenta, compruebe la confianza entre las subcuentas o la dependencia en SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Build Process Automation. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Este destino no tiene usuario técnico: el Destination service solo obtiene un token con él para un usuario que ha iniciado sesión, y SAP indica que «Check Connection» puede no mostrar si SAP Task Center accede a SAP Build Process Automation. Compruebe el conector en «Monitoring» de SAP Task Center una vez guardado el destino.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Build Process Automation system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino para cada sistema SAP Build Process Automation en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s automatic setup creates the sample destinations SAPBuildPA (same subaccount) and SAPBuildPA_rem (another subaccount) without tc.enabled, which SAP Task Center needs. Keep the sample&apos;s name here to update it.</source>
        <translation>La configuración automática de SAP Task Center crea los destinos de ejemplo SAPBuildPA (misma subcuenta) y SAPBuildPA_rem (otra subcuenta) sin tc.enabled, que SAP Task Center necesita. Mantenga aquí el nombre del ejemplo para actualizarlo.</translation>
    </message>
    <message>
        <source>The wizard does not set tc.notifications.enabled. SAP recommends leaving it false when SAP Build Process Automation sends its own notifications through the destination Alert_Notification_Connectivity_ANS; otherwise users may be notified twice.</source>
        <translation>El asistente no establece tc.notifications.enabled. SAP recomienda dejarlo en false si SAP Build Process Automation envía sus propias notificaciones a través del destino Alert_Notification_Connectivity_ANS; de lo contrario, es posible que los usuarios reciban las notificaciones dos veces.</translation>
    </message>
    <message>
        <source>Tasks from UiPath Action Center: one destination with the OAuth client UiPath gives you, after connecting UiPath to a new SAP Task Center service instance so that it pushes task updates.</source>
        <translation>Tareas de UiPath Action Center: un destino con el cliente OAuth que le proporciona UiPath, después de conectar UiPath a una nueva instancia de servicio de SAP Task Center para que envíe las actualizaciones de tareas.</translation>
    </message>
    <message>
        <source>Task SPI</source>
        <translation>Task SPI</translation>
    </message>
    <message>
        <source>The Task SPI address UiPath&apos;s guide gives you for SAP Task Center. It becomes the destination&apos;s URL, and SAP Task Center reads UiPath&apos;s tasks there.</source>
        <translation>La dirección de la Task SPI que le proporciona la guía de UiPath para SAP Task Center. Se convierte en la URL del destino, y SAP Task Center lee allí las tareas de UiPath.</translation>
    </message>
    <message>
        <source>This looks like the Service URL (it ends in orchestrator_), which belongs in the last field of this page. The Task SPI is the other address UiPath gives you; in SAP&apos;s example it ends in /orchestrator/api.</source>
        <translation>Esto parece la «Service URL» (termina en orchestrator_), que corresponde al último campo de esta página. La Task SPI es la otra dirección que le proporciona UiPath; en el ejemplo de SAP termina en /orchestrator/api.</translation>
    </message>
    <message>
        <source>The Client Id UiPath gives you for SAP Task Center. The destination uses it as Client ID and as Token Service User.</source>
        <translation>El «Client Id» que le proporciona UiPath para SAP Task Center. El destino lo utiliza como «Client ID» y como «Token Service User».</translation>
    </message>
    <message>
        <source>The Client Secret that belongs to the client ID. The destination uses it as Client Secret and as Token Service Password. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>El «Client Secret» que corresponde al ID de cliente. El destino lo utiliza como «Client Secret» y como «Token Service Password». Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>The Token Service URL UiPath gives you: where SAP Task Center fetches its token with the client ID and secret.</source>
        <translation>La «Token Service URL» que le proporciona UiPath: donde SAP Task Center obtiene su token con el ID y el secreto de cliente.</translation>
    </message>
    <message>
        <source>In SAP&apos;s example, UiPath&apos;s Token Service URL ends in /identity_/connect/token. Check that you copied the Token Service URL and not another address.</source>
        <translation>En el ejemplo de SAP, la «Token Service URL» de UiPath termina en /identity_/connect/token. Compruebe que ha copiado la «Token Service URL» y no otra dirección.</translation>
    </message>
    <message>
        <source>Service URL (URL.headers.ServiceUrl)</source>
        <translation>Service URL (URL.headers.ServiceUrl)</translation>
    </message>
    <message>
        <source>The value UiPath&apos;s guide lists as URL.headers.ServiceUrl. SAP&apos;s guide puts it into the destination property URL.headers.X-ApplicationKey, which SAP Task Center sends with every call to the Task SPI.</source>
        <translation>El valor que la guía de UiPath indica como URL.headers.ServiceUrl. La guía de SAP lo coloca en la propiedad del destino URL.headers.X-ApplicationKey, que SAP Task Center envía en cada llamada a la Task SPI.</translation>
    </message>
    <message>
        <source>This looks like the Task SPI, which belongs in the first field of this page. The Service URL is the other address UiPath gives you; in SAP&apos;s example it ends in /orchestrator_.</source>
        <translation>Esto parece la Task SPI, que corresponde al primer campo de esta página. La «Service URL» es la otra dirección que le proporciona UiPath; en el ejemplo de SAP termina en /orchestrator_.</translation>
    </message>
    <message>
        <source>Prepare SAP Task Center for UiPath</source>
        <translation>Preparar SAP Task Center para UiPath</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next pages use what they give you.</source>
        <translation>Marque cada paso una vez realizado; las páginas siguientes utilizan lo que obtiene de ellos.</translation>
    </message>
    <message>
        <source>SAP Task Center needs to know UiPath&apos;s users, and UiPath needs an SAP Task Center service instance of its own to push task updates to.</source>
        <translation>SAP Task Center necesita conocer a los usuarios de UiPath, y UiPath necesita una instancia de servicio de SAP Task Center propia a la que enviar las actualizaciones de tareas.</translation>
    </message>
    <message>
        <source>SAP Task Center reads UiPath&apos;s tasks through the destination this wizard writes, and UiPath pushes changes to a separate SAP Task Center service instance. Both need the users in SAP Cloud Identity Services, set up as SAP&apos;s Third-Party Scenarios describe.</source>
        <translation>SAP Task Center lee las tareas de UiPath a través del destino que escribe este asistente, y UiPath envía los cambios a una instancia de servicio de SAP Task Center separada. Para ambas cosas, los usuarios deben estar en SAP Cloud Identity Services, configurados como describen los «Third-Party Scenarios» de SAP.</translation>
    </message>
    <message>
        <source>The initial setup of SAP Task Center is complete, and you have followed the &lt;b&gt;Third-Party Scenarios&lt;/b&gt; of SAP Cloud Identity Services for UiPath&apos;s users.</source>
        <translation>La configuración inicial de SAP Task Center está completa y ha seguido los &lt;b&gt;Third-Party Scenarios&lt;/b&gt; de SAP Cloud Identity Services para los usuarios de UiPath.</translation>
    </message>
    <message>
        <source>You have created a &lt;b&gt;new SAP Task Center service instance&lt;/b&gt; for UiPath&apos;s task updates, and a &lt;b&gt;service key&lt;/b&gt; for it.</source>
        <translation>Ha creado una &lt;b&gt;nueva instancia de servicio de SAP Task Center&lt;/b&gt; para las actualizaciones de tareas de UiPath, y una &lt;b&gt;clave de servicio&lt;/b&gt; para ella.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit: your space &gt; Service Marketplace &gt; SAP Task Center &gt; Create; then the new instance &gt; Service Keys &gt; Create.</source>
        <translation>Cockpit de SAP BTP: su espacio &gt; «Service Marketplace &gt; SAP Task Center &gt; Create»; después, la nueva instancia &gt; «Service Keys &gt; Create».</translation>
    </message>
    <message>
        <source>Service key for UiPath&apos;s task updates</source>
        <translation>Clave de servicio para las actualizaciones de tareas de UiPath</translation>
    </message>
    <message>
        <source>Open the service key of the new service instance you created for UiPath, not the key of another instance: UiPath pushes its task updates with it.</source>
        <translation>Abra la clave de servicio de la nueva instancia de servicio que creó para UiPath, no la clave de otra instancia: UiPath envía sus actualizaciones de tareas con ella.</translation>
    </message>
    <message>
        <source>UiPath needs the key&apos;s endpoints.inbox_rest_url, uaa.url, uaa.clientid and uaa.clientsecret; the destination needs its uaa.clientid.</source>
        <translation>UiPath necesita endpoints.inbox_rest_url, uaa.url, uaa.clientid y uaa.clientsecret de la clave; el destino necesita su uaa.clientid.</translation>
    </message>
    <message>
        <source>The key&apos;s client secret goes into UiPath and is kept in this computer&apos;s keychain, never in a file. The key&apos;s uaa.clientid also becomes the destination&apos;s tc.clientId, which tells SAP Task Center that UiPath pushes its updates.</source>
        <translation>El secreto de cliente de la clave va a UiPath y se guarda en el llavero de este equipo, nunca en un archivo. El uaa.clientid de la clave también se convierte en el tc.clientId del destino, que indica a SAP Task Center que UiPath envía sus actualizaciones.</translation>
    </message>
    <message>
        <source>Connect UiPath Action Center to SAP Task Center</source>
        <translation>Conectar UiPath Action Center a SAP Task Center</translation>
    </message>
    <message>
        <source>In UiPath: enable the push of task updates, and copy the values UiPath gives you for the destination.</source>
        <translation>En UiPath: active el envío de actualizaciones de tareas y copie los valores que le proporciona UiPath para el destino.</translation>
    </message>
    <message>
        <source>Follow UiPath&apos;s guide &lt;b&gt;Connecting SAP Task Center to UiPath Action Center&lt;/b&gt;, section &lt;b&gt;Enabling the push of task updates&lt;/b&gt;. Where it asks for SAP Task Center&apos;s values, enter those below. Then copy the values it gives you for the destination into the fields under them.</source>
        <translation>Siga la guía de UiPath &lt;b&gt;Connecting SAP Task Center to UiPath Action Center&lt;/b&gt;, sección &lt;b&gt;Enabling the push of task updates&lt;/b&gt;. Donde pida los valores de SAP Task Center, introduzca los siguientes. Después copie los valores que le proporciona para el destino en los campos que hay debajo.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks you to enable UiPath&apos;s pushed updates before you create the destination: with tc.clientId set and no updates pushed, tasks may not arrive from UiPath. UNCONFIRMED: the names UiPath&apos;s screens use for these values; SAP&apos;s guide names them as shown here.</source>
        <translation>La guía de SAP le pide que active las actualizaciones enviadas de UiPath antes de crear el destino: con tc.clientId establecido y sin actualizaciones enviadas, es posible que las tareas de UiPath no lleguen. UNCONFIRMED: los nombres que utilizan las pantallas de UiPath para estos valores; la guía de SAP los nombra tal como se muestran aquí.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s values for UiPath</source>
        <translation>Valores de SAP Task Center para UiPath</translation>
    </message>
    <message>
        <source>From the service key of the new service instance:</source>
        <translation>De la clave de servicio de la nueva instancia de servicio:</translation>
    </message>
    <message>
        <source>Inbox REST URL</source>
        <translation>Inbox REST URL</translation>
    </message>
    <message>
        <source>endpoints &gt; inbox_rest_url of the service key.</source>
        <translation>endpoints &gt; inbox_rest_url de la clave de servicio.</translation>
    </message>
    <message>
        <source>Authentication URL</source>
        <translation>Authentication URL</translation>
    </message>
    <message>
        <source>uaa &gt; url of the service key, as SAP&apos;s guide lists it.</source>
        <translation>uaa &gt; url de la clave de servicio, tal como lo indica la guía de SAP.</translation>
    </message>
    <message>
        <source>uaa &gt; clientid of the service key.</source>
        <translation>uaa &gt; clientid de la clave de servicio.</translation>
    </message>
    <message>
        <source>uaa &gt; clientsecret of the service key.</source>
        <translation>uaa &gt; clientsecret de la clave de servicio.</translation>
    </message>
    <message>
        <source>UiPath&apos;s values for the destination</source>
        <translation>Valores de UiPath para el destino</translation>
    </message>
    <message>
        <source>UiPath&apos;s guide gives you these five values: Task SPI, Client Id, Client Secret, Token Service URL and URL.headers.ServiceUrl.</source>
        <translation>La guía de UiPath le proporciona estos cinco valores: Task SPI, Client Id, Client Secret, Token Service URL y URL.headers.ServiceUrl.</translation>
    </message>
    <message>
        <source>Destination to UiPath</source>
        <translation>Destino a UiPath</translation>
    </message>
    <message>
        <source>One destination, as SAP&apos;s guide lists it.</source>
        <translation>Un destino, tal como lo indica la guía de SAP.</translation>
    </message>
    <message>
        <source>SAP Task Center fetches a token with UiPath&apos;s client ID and secret, with the scope OR.Tasks, and reads the tasks of UiPath Action Center with it.</source>
        <translation>SAP Task Center obtiene un token con el ID y el secreto de cliente de UiPath, con el ámbito OR.Tasks, y lee con él las tareas de UiPath Action Center.</translation>
    </message>
    <message>
        <source>UiPath does not grant the scope OR.Tasks to this client. Check in UiPath that the client UiPath gave you for SAP Task Center has the scope OR.Tasks, and that the destination&apos;s tokenService.body.scope is OR.Tasks.</source>
        <translation>UiPath no concede el ámbito OR.Tasks a este cliente. Compruebe en UiPath que el cliente que UiPath le proporcionó para SAP Task Center tiene el ámbito OR.Tasks, y que el tokenService.body.scope del destino es OR.Tasks.</translation>
    </message>
    <message>
        <source>UiPath does not accept the client ID or secret. Copy the Client Id and Client Secret again from what UiPath gave you for SAP Task Center, and apply again.</source>
        <translation>UiPath no acepta el ID o el secreto de cliente. Vuelva a copiar el «Client Id» y el «Client Secret» de lo que UiPath le proporcionó para SAP Task Center, y vuelva a aplicar.</translation>
    </message>
    <message>
        <source>Check that the Token Service URL, Client Id and Client Secret are the ones UiPath gave you for SAP Task Center, and that the client still exists in UiPath.</source>
        <translation>Compruebe que la «Token Service URL», el «Client Id» y el «Client Secret» son los que UiPath le proporcionó para SAP Task Center, y que el cliente todavía existe en UiPath.</translation>
    </message>
    <message>
        <source>Create only one destination for each UiPath system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino para cada sistema UiPath en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>tc.clientId is the uaa.clientid of the service key you opened. SAP says to set it only once UiPath pushes task updates to SAP Task Center; without them, tasks may not arrive from UiPath.</source>
        <translation>tc.clientId es el uaa.clientid de la clave de servicio que abrió. SAP indica que solo se debe establecer una vez que UiPath envía actualizaciones de tareas a SAP Task Center; sin ellas, es posible que las tareas de UiPath no lleguen.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide names this property URL.headers.X-ApplicationKey and fills it with the value UiPath calls URL.headers.ServiceUrl, an address. The wizard writes it as SAP&apos;s table says. UNCONFIRMED: whether UiPath&apos;s guide expects a header of another name; if SAP Task Center&apos;s monitoring reports errors for UiPath, compare the header with UiPath&apos;s guide.</source>
        <translation>La guía de SAP llama a esta propiedad URL.headers.X-ApplicationKey y la rellena con el valor que UiPath llama URL.headers.ServiceUrl, una dirección. El asistente la escribe tal como indica la tabla de SAP. UNCONFIRMED: si la guía de UiPath espera una cabecera con otro nombre; si «Monitoring» de SAP Task Center notifica errores para UiPath, compare la cabecera con la guía de UiPath.</translation>
    </message>
    <message>
        <source>SAP Task Center shows the translatable texts of UiPath&apos;s tasks and task definitions in English only.</source>
        <translation>SAP Task Center muestra los textos traducibles de las tareas y definiciones de tareas de UiPath solo en inglés.</translation>
    </message>
    <message>
        <source>Tasks from SAP Build Work Zone, advanced edition or SAP SuccessFactors Work Zone in the same subaccount as SAP Task Center: one destination, the same for both products, with the values Work Zone gives for its integration with SAP Task Center.</source>
        <translation>Tareas de SAP Build Work Zone, advanced edition o SAP SuccessFactors Work Zone en la misma subcuenta que SAP Task Center: un destino, el mismo para ambos productos, con los valores que Work Zone proporciona para su integración con SAP Task Center.</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Endpoint de API</translation>
    </message>
    <message>
        <source>The API endpoint Work Zone shows for its integration with SAP Task Center. The wizard appends /api/v2 to it for the destination&apos;s URL, as SAP&apos;s guide says; if you paste an address that already ends with /api/v2, it is used as it is.</source>
        <translation>El endpoint de API que muestra Work Zone para su integración con SAP Task Center. El asistente le añade /api/v2 para la URL del destino, como indica la guía de SAP; si pega una dirección que ya termina en /api/v2, se utiliza tal cual.</translation>
    </message>
    <message>
        <source>This looks like the Token Service URL. The API endpoint is probably %1: check it in Work Zone.</source>
        <translation>Esto parece la «Token Service URL». Probablemente el endpoint de API sea %1: compruébelo en Work Zone.</translation>
    </message>
    <message>
        <source>The Audience Work Zone shows for its integration with SAP Task Center. Copy it exactly, with the / at the end if Work Zone shows one.</source>
        <translation>La «Audience» que muestra Work Zone para su integración con SAP Task Center. Cópiela exactamente, con la / al final si Work Zone la muestra.</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Client Key</translation>
    </message>
    <message>
        <source>The Client Key Work Zone shows for its integration with SAP Task Center.</source>
        <translation>La «Client Key» que muestra Work Zone para su integración con SAP Task Center.</translation>
    </message>
    <message>
        <source>The Token Service URL Work Zone shows for its integration with SAP Task Center.</source>
        <translation>La «Token Service URL» que muestra Work Zone para su integración con SAP Task Center.</translation>
    </message>
    <message>
        <source>Token Service User</source>
        <translation>Token Service User</translation>
    </message>
    <message>
        <source>The Token Service User Work Zone shows for its integration with SAP Task Center. In SAP&apos;s example it is the same as the Client Key, so the field is filled with the Client Key: change it if Work Zone shows another value.</source>
        <translation>El «Token Service User» que muestra Work Zone para su integración con SAP Task Center. En el ejemplo de SAP es el mismo que la «Client Key», así que el campo se rellena con la «Client Key»: modifíquelo si Work Zone muestra otro valor.</translation>
    </message>
    <message>
        <source>Token Service Password</source>
        <translation>Token Service Password</translation>
    </message>
    <message>
        <source>The Token Service Password Work Zone shows for its integration with SAP Task Center. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>La «Token Service Password» que muestra Work Zone para su integración con SAP Task Center. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Prepare Work Zone</source>
        <translation>Preparar Work Zone</translation>
    </message>
    <message>
        <source>The same steps serve SAP Build Work Zone, advanced edition and SAP SuccessFactors Work Zone.</source>
        <translation>Los mismos pasos sirven para SAP Build Work Zone, advanced edition y SAP SuccessFactors Work Zone.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Build Work Zone, advanced edition or SAP SuccessFactors Work Zone for each user who is logged on, with the values Work Zone gives when you set up its integration with SAP Task Center. SAP&apos;s guide covers a Work Zone instance in the same subaccount as SAP Task Center.</source>
        <translation>SAP Task Center lee las tareas de SAP Build Work Zone, advanced edition o SAP SuccessFactors Work Zone para cada usuario que ha iniciado sesión, con los valores que proporciona Work Zone al configurar su integración con SAP Task Center. La guía de SAP trata una instancia de Work Zone en la misma subcuenta que SAP Task Center.</translation>
    </message>
    <message>
        <source>In Work Zone, you have done the steps of &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; and have its values at hand: API endpoint, Audience, Client Key, Token Service URL, Token Service User and Token Service Password.</source>
        <translation>En Work Zone, ha realizado los pasos de &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; y tiene a mano sus valores: endpoint de API, «Audience», «Client Key», «Token Service URL», «Token Service User» y «Token Service Password».</translation>
    </message>
    <message>
        <source>SAP Build Work Zone, advanced edition: Integration with SAP Task Center.</source>
        <translation>SAP Build Work Zone, advanced edition: «Integration with SAP Task Center».</translation>
    </message>
    <message>
        <source>The Work Zone instance is in &lt;b&gt;this subaccount&lt;/b&gt;, the one of SAP Task Center.</source>
        <translation>La instancia de Work Zone está en &lt;b&gt;esta subcuenta&lt;/b&gt;, la de SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of this subaccount: Services &gt; Instances and Subscriptions.</source>
        <translation>Cockpit de SAP BTP de esta subcuenta: «Services &gt; Instances and Subscriptions».</translation>
    </message>
    <message>
        <source>Only &lt;b&gt;one&lt;/b&gt; of the two products is connected to SAP Task Center in this subaccount: SAP does not support SAP Build Work Zone, advanced edition and SAP SuccessFactors Work Zone as task providers in the same subaccount.</source>
        <translation>Solo &lt;b&gt;uno&lt;/b&gt; de los dos productos está conectado a SAP Task Center en esta subcuenta: SAP no admite SAP Build Work Zone, advanced edition y SAP SuccessFactors Work Zone como proveedores de tareas en la misma subcuenta.</translation>
    </message>
    <message>
        <source>Work Zone&apos;s values for SAP Task Center</source>
        <translation>Valores de Work Zone para SAP Task Center</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches Work Zone, and where it gets each user&apos;s token.</source>
        <translation>Dónde accede SAP Task Center a Work Zone y dónde obtiene el token de cada usuario.</translation>
    </message>
    <message>
        <source>Enter the values Work Zone gave you in &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;. Copy each one exactly as Work Zone shows it.</source>
        <translation>Introduzca los valores que Work Zone le proporcionó en &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;. Copie cada uno exactamente como lo muestra Work Zone.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide takes the destination&apos;s URL from the API endpoint (followed by /api/v2) and every other value as Work Zone gives it. Where Work Zone shows these values is described in Work Zone&apos;s own guide, Integration with SAP Task Center.</source>
        <translation>La guía de SAP toma la URL del destino del endpoint de API (seguido de /api/v2) y todos los demás valores tal como los proporciona Work Zone. Dónde muestra Work Zone estos valores se describe en la propia guía de Work Zone, «Integration with SAP Task Center».</translation>
    </message>
    <message>
        <source>Destination to Work Zone</source>
        <translation>Destino a Work Zone</translation>
    </message>
    <message>
        <source>SAP&apos;s guide lists each property of this destination; the wizard writes them as the table says, for either product.</source>
        <translation>La guía de SAP enumera cada propiedad de este destino; el asistente las escribe tal como indica la tabla, para cualquiera de los dos productos.</translation>
    </message>
    <message>
        <source>Check that the Audience, Client Key, Token Service URL, Token Service User and Token Service Password are still the values Work Zone shows for its integration with SAP Task Center, and that users log on to SAP Task Center and Work Zone through the same Identity Authentication tenant (SAP BTP Integration Scenario).</source>
        <translation>Compruebe que la «Audience», la «Client Key», la «Token Service URL», el «Token Service User» y la «Token Service Password» siguen siendo los valores que muestra Work Zone para su integración con SAP Task Center, y que los usuarios inician sesión en SAP Task Center y en Work Zone a través del mismo tenant de Identity Authentication («SAP BTP Integration Scenario»).</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches Work Zone. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Este destino no tiene usuario técnico: el Destination service solo obtiene un token con él para un usuario que ha iniciado sesión, y SAP indica que «Check Connection» puede no mostrar si SAP Task Center accede a Work Zone. Compruebe el conector en «Monitoring» de SAP Task Center una vez guardado el destino.</translation>
    </message>
    <message>
        <source>Create only one destination for each Work Zone system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Cree solo un destino para cada sistema Work Zone en un Task Center; con un segundo, cada usuario recibe tareas duplicadas.</translation>
    </message>
    <message>
        <source>In this subaccount</source>
        <translation>En esta subcuenta</translation>
    </message>
    <message>
        <source>In a different subaccount</source>
        <translation>En otra subcuenta</translation>
    </message>
    <message>
        <source>In another subaccount, with SAML trust</source>
        <translation>En otra subcuenta, con confianza SAML</translation>
    </message>
    <message>
        <source>In another subaccount, with an Identity Authentication dependency</source>
        <translation>En otra subcuenta, con una dependencia de Identity Authentication</translation>
    </message>
    <message>
        <source>outbound.p12 is the file S/4HANA Cloud uses to reach SAP Task Center (made from the service key with certificate). The destination needs the other key store, the one SAP&apos;s guide calls inbound.p12.</source>
        <translation>outbound.p12 es el archivo que utiliza S/4HANA Cloud para acceder a SAP Task Center (creado a partir de la clave de servicio con certificado). El destino necesita el otro almacén de claves, el que la guía de SAP llama inbound.p12.</translation>
    </message>
    <message>
        <source>Token Service Key Store Password</source>
        <translation>Token Service Key Store Password</translation>
    </message>
    <message>
        <source>Client ID of the service key with certificate (uaa.clientid)</source>
        <translation>ID de cliente de la clave de servicio con certificado (uaa.clientid)</translation>
    </message>
    <message>
        <source>The uaa &gt; clientid of the service key with certificate you created for the dedicated SAP Task Center instance. It becomes the destination&apos;s tc.clientId, which lets S/4HANA Cloud push task updates to SAP Task Center. SAP says to set it only once you have completed Integrating SAP Task Center in S/4HANA Cloud; otherwise tasks may not arrive.</source>
        <translation>El valor uaa &gt; clientid de la clave de servicio con certificado que creó para la instancia de SAP Task Center dedicada. Se convierte en el tc.clientId del destino, que permite a S/4HANA Cloud enviar actualizaciones de tareas a SAP Task Center. SAP indica que solo se debe establecer una vez que haya completado «Integrating SAP Task Center» en S/4HANA Cloud; de lo contrario, es posible que las tareas no lleguen.</translation>
    </message>
    <message>
        <source>By hand, with certificates instead of a password (mTLS)</source>
        <translation>Manualmente, con certificados en lugar de una contraseña (mTLS)</translation>
    </message>
    <message>
        <source>Choose this when SAP Task Center should get its tokens from S/4HANA Cloud with a client certificate (mTLS) instead of a communication user&apos;s password, as SAP&apos;s section &quot;Connect SAP S/4HANA Cloud Public Edition and SAP Task Center Using mTLS&quot; describes. You need a service key with a certificate for a dedicated SAP Task Center instance, and a .p12 key store with its password. You set up the communication system and arrangement in S/4HANA Cloud with these certificates, and the wizard writes the destination.</source>
        <translation>Elija esta opción si SAP Task Center debe obtener sus tokens de S/4HANA Cloud con un certificado de cliente (mTLS) en lugar de con la contraseña de un usuario de comunicación, como describe la sección de SAP «Connect SAP S/4HANA Cloud Public Edition and SAP Task Center Using mTLS». Necesita una clave de servicio con certificado para una instancia de SAP Task Center dedicada, y un almacén de claves .p12 con su contraseña. Usted configura el sistema y la disposición de comunicación en S/4HANA Cloud con estos certificados, y el asistente escribe el destino.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining steps for S/4HANA Cloud with mTLS&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Check the connection&lt;/b&gt; with the &lt;b&gt;monitoring&lt;/b&gt; of SAP Task Center: SAP says Check Connection in the destination may not tell whether SAP Task Center reaches SAP S/4HANA Cloud.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The Task Center app for your users:&lt;/b&gt; in the launchpad your users open (SAP Build Work Zone or another central entry point), create a &lt;b&gt;Task Center&lt;/b&gt; tile and activate the site&apos;s languages, as SAP&apos;s guide &quot;Create a Task Center Tile&quot; says. It uses the destination &lt;i&gt;Task_Center&lt;/i&gt; of this subaccount.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users in S/4HANA Cloud:&lt;/b&gt; each approver&apos;s business user needs a &lt;b&gt;Global User ID&lt;/b&gt; equal to the &lt;b&gt;User UUID&lt;/b&gt; of the same user in SAP Cloud Identity Services (copy it by hand to try it out, or replicate the users with Identity Provisioning, communication scenario SAP_COM_0193). Without it, the tasks reach SAP Task Center but appear in nobody&apos;s list.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Certificates expire:&lt;/b&gt; the certificate of the service key, which outbound.p12 holds, is valid for at most one year (SAP). Note when it and the certificate of inbound.p12 expire.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pasos restantes según SAP para S/4HANA Cloud con mTLS&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Compruebe la conexión&lt;/b&gt; en &lt;b&gt;Monitoring&lt;/b&gt; de SAP Task Center: SAP indica que «Check Connection» en el destino puede no mostrar si SAP Task Center accede a SAP S/4HANA Cloud.&lt;/li&gt;&lt;li&gt;&lt;b&gt;La aplicación Task Center para sus usuarios:&lt;/b&gt; en el launchpad que abren sus usuarios (SAP Build Work Zone u otro punto de entrada central), cree un mosaico &lt;b&gt;Task Center&lt;/b&gt; y active los idiomas del sitio, como indica la guía de SAP «Create a Task Center Tile». El mosaico utiliza el destino &lt;i&gt;Task_Center&lt;/i&gt; de esta subcuenta.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Usuarios en S/4HANA Cloud:&lt;/b&gt; el usuario empresarial de cada aprobador necesita un &lt;b&gt;Global User ID&lt;/b&gt; igual al &lt;b&gt;User UUID&lt;/b&gt; del mismo usuario en SAP Cloud Identity Services (cópielo a mano para probarlo, o replique los usuarios con Identity Provisioning, escenario de comunicación SAP_COM_0193). Sin él, las tareas llegan a SAP Task Center pero no aparecen en la lista de nadie.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Los certificados caducan:&lt;/b&gt; el certificado de la clave de servicio, que contiene outbound.p12, es válido como máximo un año (SAP). Anote cuándo caducan este certificado y el de inbound.p12.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Create a service key with a certificate</source>
        <translation>Crear una clave de servicio con certificado</translation>
    </message>
    <message>
        <source>A dedicated SAP Task Center instance whose service key has a certificate, and the file outbound.p12 made from it for S/4HANA Cloud.</source>
        <translation>Una instancia de SAP Task Center dedicada cuya clave de servicio tiene un certificado, y el archivo outbound.p12 creado a partir de ella para S/4HANA Cloud.</translation>
    </message>
    <message>
        <source>In this subaccount, where your SAP Task Center instance was created, create a dedicated SAP Task Center service instance and a service key &lt;b&gt;with certificate&lt;/b&gt; for it. Then make outbound.p12 from the key, as below.</source>
        <translation>En esta subcuenta, en la que se creó su instancia de SAP Task Center, cree una instancia de servicio de SAP Task Center dedicada y una clave de servicio &lt;b&gt;con certificado&lt;/b&gt; para ella. Después, cree outbound.p12 a partir de la clave, como se indica a continuación.</translation>
    </message>
    <message>
        <source>S/4HANA Cloud pushes task updates to SAP Task Center with the certificate of this key instead of a client secret. SAP&apos;s guide &quot;Create a Service Instance Using the SAP BTP Cockpit&quot; gives the parameters below; the certificate is valid for at most one year. The wizard does not read this key: you copy its client ID on a later page.</source>
        <translation>S/4HANA Cloud envía las actualizaciones de tareas a SAP Task Center con el certificado de esta clave en lugar de con un secreto de cliente. La guía de SAP «Create a Service Instance Using the SAP BTP Cockpit» indica los parámetros siguientes; el certificado es válido como máximo un año. El asistente no lee esta clave: copiará su ID de cliente en una página posterior.</translation>
    </message>
    <message>
        <source>Service key with certificate</source>
        <translation>Clave de servicio con certificado</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Instances&lt;/b&gt; page, open the &lt;b&gt;Actions&lt;/b&gt; menu of the new instance, choose &lt;b&gt;Create Service Key&lt;/b&gt;, enter a name and these parameters in JSON format, and choose &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>En la página &lt;b&gt;Instances&lt;/b&gt;, abra el menú &lt;b&gt;Actions&lt;/b&gt; de la nueva instancia, elija &lt;b&gt;Create Service Key&lt;/b&gt;, introduzca un nombre y estos parámetros en formato JSON, y elija &lt;b&gt;Create&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>Parámetros (JSON)</translation>
    </message>
    <message>
        <source>SAP&apos;s sample: a certificate valid for one year, the longest SAP allows.</source>
        <translation>Ejemplo de SAP: un certificado válido durante un año, el máximo que permite SAP.</translation>
    </message>
    <message>
        <source>outbound.p12 for S/4HANA Cloud</source>
        <translation>outbound.p12 para S/4HANA Cloud</translation>
    </message>
    <message>
        <source>Open the JSON of the service key. Copy the value of &lt;b&gt;uaa &amp;gt; certificate&lt;/b&gt;, without the quotation marks, into a new text file, and append the value of &lt;b&gt;uaa &amp;gt; key&lt;/b&gt;, without the quotation marks. Replace every \n with a line feed: the file then holds the certificates (BEGIN CERTIFICATE … END CERTIFICATE) followed by the private key (BEGIN RSA PRIVATE KEY … END RSA PRIVATE KEY). Save it as outbound.p12.</source>
        <translation>Abra el JSON de la clave de servicio. Copie el valor de &lt;b&gt;uaa &amp;gt; certificate&lt;/b&gt;, sin las comillas, en un nuevo archivo de texto y añada a continuación el valor de &lt;b&gt;uaa &amp;gt; key&lt;/b&gt;, sin las comillas. Sustituya cada 
 por un salto de línea: el archivo contiene entonces los certificados (BEGIN CERTIFICATE … END CERTIFICATE) seguidos de la clave privada (BEGIN RSA PRIVATE KEY … END RSA PRIVATE KEY). Guárdelo como outbound.p12.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>SAP&apos;s name for it: S/4HANA Cloud uses it to reach SAP Task Center (Users for Outbound Communication).</source>
        <translation>Nombre que le da SAP: S/4HANA Cloud lo utiliza para acceder a SAP Task Center («Users for Outbound Communication»).</translation>
    </message>
    <message>
        <source>The key store for S/4HANA Cloud&apos;s token service</source>
        <translation>El almacén de claves para el servicio de tokens de S/4HANA Cloud</translation>
    </message>
    <message>
        <source>The .p12 file with the certificate SAP Task Center gets its tokens from S/4HANA Cloud with (SAP calls it inbound.p12), and its password.</source>
        <translation>El archivo .p12 con el certificado con el que SAP Task Center obtiene sus tokens de S/4HANA Cloud (SAP lo llama inbound.p12), y su contraseña.</translation>
    </message>
    <message>
        <source>The destination names this key store in tokenService.KeyStoreLocation and unlocks it with tokenService.KeyStorePassword (the cockpit&apos;s Token Service Key Store Location and Token Service Key Store Password). SAP&apos;s guide also asks you to select Use mTLS for token retrieval. UNCONFIRMED: SAP names no property for that checkbox; SAP BTP Connectivity says the Destination service uses mTLS towards the token service whenever tokenService.KeyStoreLocation is set, so the wizard writes only that property. If the cockpit shows the checkbox cleared, select it and save.</source>
        <translation>El destino nombra este almacén de claves en tokenService.KeyStoreLocation y lo desbloquea con tokenService.KeyStorePassword («Token Service Key Store Location» y «Token Service Key Store Password» en el cockpit). La guía de SAP también le pide que seleccione «Use mTLS for token retrieval». UNCONFIRMED: SAP no indica ninguna propiedad para esa casilla; según SAP BTP Connectivity, el Destination service utiliza mTLS con el servicio de tokens siempre que tokenService.KeyStoreLocation está establecido, por lo que el asistente solo escribe esa propiedad. Si el cockpit muestra la casilla sin marcar, márquela y guarde.</translation>
    </message>
    <message>
        <source>Integrate SAP Task Center in S/4HANA Cloud using mTLS</source>
        <translation>Integrar SAP Task Center en S/4HANA Cloud mediante mTLS</translation>
    </message>
    <message>
        <source>The communication system with both certificates, the communication arrangement, and the values it gives back for the destination.</source>
        <translation>El sistema de comunicación con ambos certificados, la disposición de comunicación y los valores que esta devuelve para el destino.</translation>
    </message>
    <message>
        <source>In SAP S/4HANA Cloud, perform the steps of &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: use inbound.p12 for the communication system&apos;s &lt;b&gt;Users for Inbound Communication&lt;/b&gt; and outbound.p12 for its &lt;b&gt;Users for Outbound Communication&lt;/b&gt;, and create the communication arrangement as &lt;b&gt;Create a Communication Arrangement Using mTLS&lt;/b&gt; describes. Then enter the values below.</source>
        <translation>En SAP S/4HANA Cloud, realice los pasos de &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: utilice inbound.p12 para &lt;b&gt;Users for Inbound Communication&lt;/b&gt; del sistema de comunicación y outbound.p12 para &lt;b&gt;Users for Outbound Communication&lt;/b&gt;, y cree la disposición de comunicación como describe &lt;b&gt;Create a Communication Arrangement Using mTLS&lt;/b&gt;. Después, introduzca los valores siguientes.</translation>
    </message>
    <message>
        <source>SAP&apos;s mTLS section asks you to download the subaccount&apos;s trust certificate and then to follow Integrating SAP Task Center in SAP S/4HANA Cloud&apos;s documentation; it names the values the destination needs, which this page asks for. SAP&apos;s page on credentials rotation says S/4HANA Cloud&apos;s communication system holds the trust certificate.</source>
        <translation>La sección de SAP sobre mTLS le pide que descargue el certificado de confianza de la subcuenta y que después siga «Integrating SAP Task Center» de la documentación de SAP S/4HANA Cloud; esa guía indica los valores que necesita el destino, que son los que pide esta página. La página de SAP sobre la rotación de credenciales indica que el sistema de comunicación de S/4HANA Cloud contiene el certificado de confianza.</translation>
    </message>
    <message>
        <source>UNCONFIRMED for mTLS: SAP&apos;s mTLS section does not list the communication system&apos;s fields. SAP&apos;s sample sets the values below on the way with a password; use them unless Integrating SAP Task Center says otherwise.</source>
        <translation>UNCONFIRMED para mTLS: la sección de SAP sobre mTLS no indica los campos del sistema de comunicación. El ejemplo de SAP establece los valores siguientes en la vía con contraseña; utilícelos salvo que «Integrating SAP Task Center» indique otra cosa.</translation>
    </message>
    <message>
        <source>SAP: use this key store (inbound.p12) when you set up Users for Inbound Communication.</source>
        <translation>SAP: utilice este almacén de claves (inbound.p12) al configurar «Users for Inbound Communication».</translation>
    </message>
    <message>
        <source>Users for Outbound Communication</source>
        <translation>Users for Outbound Communication</translation>
    </message>
    <message>
        <source>SAP: use outbound.p12, made from the service key with certificate, when you set up Users for Outbound Communication.</source>
        <translation>SAP: utilice outbound.p12, creado a partir de la clave de servicio con certificado, al configurar «Users for Outbound Communication».</translation>
    </message>
    <message>
        <source>Copy these from the saved arrangement: the service URL of its inbound service, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL. Then the uaa &amp;gt; clientid of the service key with certificate.</source>
        <translation>Cópielos de la disposición guardada: la URL de servicio de su servicio entrante y, de &lt;b&gt;OAuth 2.0 Details&lt;/b&gt;, «SAML2 Audience», «Client ID» y «Token Service URL». Después, el valor uaa &amp;gt; clientid de la clave de servicio con certificado.</translation>
    </message>
    <message>
        <source>The Destination service cannot use the key store for S/4HANA Cloud&apos;s token service. Check that the file is uploaded to this subaccount&apos;s destination certificates under exactly the name in tokenService.KeyStoreLocation, including its extension, that tokenService.KeyStorePassword is its password, and that S/4HANA Cloud&apos;s communication system accepts its certificate (Users for Inbound Communication).</source>
        <translation>El Destination service no puede utilizar el almacén de claves para el servicio de tokens de S/4HANA Cloud. Compruebe que el archivo se ha cargado en los certificados de destino de esta subcuenta exactamente con el nombre de tokenService.KeyStoreLocation, incluida su extensión, que tokenService.KeyStorePassword es su contraseña y que el sistema de comunicación de S/4HANA Cloud acepta su certificado («Users for Inbound Communication»).</translation>
    </message>
    <message>
        <source>Key store (.p12 file)</source>
        <translation>Almacén de claves (archivo .p12)</translation>
    </message>
    <message>
        <source>The key store (.p12) with the client certificate for SAP Cloud for Customer. The primary destination names it by its file name in KeyStoreLocation. SAP&apos;s guide uses c4c.p12 as an example.</source>
        <translation>El almacén de claves (.p12) con el certificado de cliente para SAP Cloud for Customer. El destino principal lo nombra por su nombre de archivo en KeyStoreLocation. La guía de SAP utiliza c4c.p12 como ejemplo.</translation>
    </message>
    <message>
        <source>The key store&apos;s file name must end in .p12, .pfx or .jks and hold only letters, digits, dots, _ and - (for example c4c.p12): the subaccount lists it under that name. Rename the file if needed.</source>
        <translation>El nombre de archivo del almacén de claves debe terminar en .p12, .pfx o .jks y contener solo letras, dígitos, puntos, _ y - (por ejemplo, c4c.p12): la subcuenta lo muestra con ese nombre. Cambie el nombre del archivo si es necesario.</translation>
    </message>
    <message>
        <source>Use the .p12 certificate you already have for SAP Cloud for Customer (its guide &quot;Using Client Certificate Authentication&quot; explains how to extract it): choose the file on this computer, and when the wizard writes the destinations into the subaccount, it uploads the file to the subaccount&apos;s destination certificates under its file name. If you generated the key store under the subaccount&apos;s destination certificates instead, enter its name as the list shows it. When you save the destinations as files for the cockpit instead, upload the key store yourself under Connectivity &amp;gt; Destination Certificates.</source>
        <translation>Utilice el certificado .p12 que ya tiene para SAP Cloud for Customer (su guía «Using Client Certificate Authentication» explica cómo extraerlo): elija el archivo en este equipo y, cuando el asistente escriba los destinos en la subcuenta, cargará el archivo en los certificados de destino de la subcuenta con su nombre de archivo. Si, en cambio, generó el almacén de claves en los certificados de destino de la subcuenta, introduzca su nombre tal como lo muestra la lista. Si, en cambio, guarda los destinos como archivos para el cockpit, cargue usted mismo el almacén de claves en «Connectivity &amp;gt; Destination Certificates».</translation>
    </message>
    <message>
        <source>The primary destination names the key store by its file name (KeyStoreLocation) and unlocks it with its password (KeyStorePassword). The Destination service finds the file only among this subaccount&apos;s destination certificates under exactly that name: the wizard uploads the file you choose there before it writes the destinations, and does not write them when it cannot.</source>
        <translation>El destino principal nombra el almacén de claves por su nombre de archivo (KeyStoreLocation) y lo desbloquea con su contraseña (KeyStorePassword). El Destination service solo encuentra el archivo entre los certificados de destino de esta subcuenta con exactamente ese nombre: el asistente carga allí el archivo que elija antes de escribir los destinos, y no los escribe si no puede hacerlo.</translation>
    </message>
    <message>
        <source>Token Service Key Store (.p12 file)</source>
        <translation>Token Service Key Store (archivo .p12)</translation>
    </message>
    <message>
        <source>The key store (.p12) with the client certificate SAP Task Center gets its tokens from S/4HANA Cloud with; SAP&apos;s guide calls it inbound.p12. The destination names it by its file name in tokenService.KeyStoreLocation.</source>
        <translation>El almacén de claves (.p12) con el certificado de cliente con el que SAP Task Center obtiene sus tokens de S/4HANA Cloud; la guía de SAP lo llama inbound.p12. El destino lo nombra por su nombre de archivo en tokenService.KeyStoreLocation.</translation>
    </message>
    <message>
        <source>The key store&apos;s file name must end in .p12, .pfx or .jks and hold only letters, digits, dots, _ and - (for example inbound.p12): the subaccount lists it under that name. Rename the file if needed.</source>
        <translation>El nombre de archivo del almacén de claves debe terminar en .p12, .pfx o .jks y contener solo letras, dígitos, puntos, _ y - (por ejemplo, inbound.p12): la subcuenta lo muestra con ese nombre. Cambie el nombre del archivo si es necesario.</translation>
    </message>
    <message>
        <source>Choose the .p12 file on this computer: when the wizard writes the destination into the subaccount, it uploads the file to the subaccount&apos;s destination certificates under its file name. If you generated the key store under the subaccount&apos;s destination certificates instead, enter its name as the list shows it; S/4HANA Cloud needs the file too, so download it with the Destination service REST API, as SAP&apos;s guide &quot;Use Destination Certificates&quot; says. When you save the destination as files for the cockpit instead, upload the key store yourself under Connectivity &amp;gt; Destination Certificates.</source>
        <translation>Elija el archivo .p12 en este equipo: cuando el asistente escriba el destino en la subcuenta, cargará el archivo en los certificados de destino de la subcuenta con su nombre de archivo. Si, en cambio, generó el almacén de claves en los certificados de destino de la subcuenta, introduzca su nombre tal como lo muestra la lista; S/4HANA Cloud también necesita el archivo, así que descárguelo con la API REST del Destination service, como indica la guía de SAP «Use Destination Certificates». Si, en cambio, guarda el destino como archivos para el cockpit, cargue usted mismo el almacén de claves en «Connectivity &amp;gt; Destination Certificates».</translation>
    </message>
    <message>
        <source>The key of the dedicated SAP Task Center instance: the communication arrangement takes its address and OAuth client, the destination its client ID.</source>
        <translation>La clave de la instancia de SAP Task Center dedicada: la disposición de comunicación toma su dirección y su cliente OAuth; el destino, su ID de cliente.</translation>
    </message>
    <message>
        <source>SAP asks for a dedicated SAP Task Center service instance in this subaccount for S/4HANA Cloud. Its key gives the communication arrangement SAP Task Center&apos;s address, OAuth client and client secret, and the destination names its client ID in tc.clientId, which lets S/4HANA Cloud push task updates.</source>
        <translation>SAP pide una instancia de servicio de SAP Task Center dedicada a S/4HANA Cloud en esta subcuenta. Su clave da a la disposición de comunicación la dirección, el cliente OAuth y el secreto de cliente de SAP Task Center, y el destino indica su ID de cliente en tc.clientId, lo que permite a S/4HANA Cloud enviar actualizaciones de tareas.</translation>
    </message>
</context>
<context>
    <name>ProviderTypeMissing</name>
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
</context>
<context>
    <name>RecommendationsAuthentication</name>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP&apos;s guide for Intelligent Recommendations asks for OAuth2ClientCredentials with the client of SAP Build Process Automation&apos;s service key.</source>
        <translation>%1 utiliza la autenticación «%2»; la guía de SAP para Intelligent Recommendations pide OAuth2ClientCredentials con el cliente de la clave de servicio de SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>Set Authentication to OAuth2ClientCredentials.</source>
        <translation>Establezca Authentication en OAuth2ClientCredentials.</translation>
    </message>
</context>
<context>
    <name>RecommendationsDynamicDestination</name>
    <message>
        <source>%1 lacks HTML5.DynamicDestination=true, which SAP&apos;s guide for Intelligent Recommendations asks for.</source>
        <translation>A %1 le falta HTML5.DynamicDestination=true, que pide la guía de SAP para Intelligent Recommendations.</translation>
    </message>
    <message>
        <source>Add the property HTML5.DynamicDestination with the value true.</source>
        <translation>Añada la propiedad HTML5.DynamicDestination con el valor true.</translation>
    </message>
</context>
<context>
    <name>RecommendationsPrimaryMissing</name>
    <message>
        <source>%1 looks like an Intelligent Recommendations destination, but there is no primary destination %2: SAP Task Center finds it by the primary&apos;s name followed by _AI.</source>
        <translation>%1 parece un destino para Intelligent Recommendations, pero el destino principal %2 no existe: SAP Task Center lo encuentra por el nombre del destino principal seguido de _AI.</translation>
    </message>
    <message>
        <source>Rename %1 to the name of its SAP Build Process Automation primary destination followed by _AI.</source>
        <translation>Cámbiele el nombre a %1 por el de su destino principal de SAP Build Process Automation seguido de _AI.</translation>
    </message>
</context>
<context>
    <name>RecommendationsTcEnabled</name>
    <message>
        <source>%1 is the Intelligent Recommendations destination, not a task provider, but it carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation>%1 es el destino para Intelligent Recommendations, no un proveedor de tareas, pero lleva tc.enabled: SAP Task Center lo leería como otro destino principal.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation>Elimine tc.enabled de %1.</translation>
    </message>
</context>
<context>
    <name>RecommendationsUrlOutdated</name>
    <message>
        <source>The URL of %1 is &quot;%2&quot;. Since July 2025 SAP&apos;s guide asks for SAP Build Process Automation&apos;s API endpoint followed by %3; a destination made before must be changed.</source>
        <translation>La URL de %1 es «%2». Desde julio de 2025, la guía de SAP pide el endpoint de API de SAP Build Process Automation seguido de %3; un destino creado antes debe modificarse.</translation>
    </message>
    <message>
        <source>Set the URL to the endpoints &gt; api value of the service key followed by %1.</source>
        <translation>Establezca la URL en el valor de endpoints &gt; api de la clave de servicio seguido de %1.</translation>
    </message>
    <message>
        <source>Set the URL to %1.</source>
        <translation>Establezca la URL en %1.</translation>
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
        <source>Apply is possible once the subaccount has been read.</source>
        <translation>Podrá aplicar cuando se haya leído la subcuenta.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Choose the key store file on this computer (go Back to its step) to apply.</source>
        <translation>Elija el archivo del almacén de claves en este equipo (pulse «Atrás» hasta su paso) para aplicar.</translation>
    </message>
    <message>
        <source>Tick that you mean to replace what is named above to apply.</source>
        <translation>Marque que quiere sustituir lo indicado arriba para aplicar.</translation>
    </message>
    <message>
        <source>the key store %1 (also named by %2)</source>
        <translation>el almacén de claves %1 (también nombrado en %2)</translation>
    </message>
    <message>
        <source>Applying replaces %1 with the file you chose: those destinations then authenticate with its certificate. To keep the key store, give your file another name and choose it again.</source>
        <translation>Al aplicar se sustituye %1 por el archivo que ha elegido: esos destinos se autenticarán entonces con su certificado. Para conservar el almacén de claves, dé otro nombre a su archivo y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>Key store %1</source>
        <translation>Almacén de claves %1</translation>
    </message>
    <message>
        <source>will be uploaded</source>
        <translation>se cargará</translation>
    </message>
    <message>
        <source>exists, another file</source>
        <translation>existe, otro archivo</translation>
    </message>
    <message>
        <source>will be replaced</source>
        <translation>se sustituirá</translation>
    </message>
    <message>
        <source>missing: nothing to upload</source>
        <translation>falta: no hay nada que cargar</translation>
    </message>
    <message>
        <source>File on this computer</source>
        <translation>Archivo en este equipo</translation>
    </message>
    <message>
        <source>Also named by</source>
        <translation>También nombrado en</translation>
    </message>
    <message>
        <source>Go Back to the key store&apos;s step and choose the file; nothing was written.</source>
        <translation>Pulse «Atrás» hasta el paso del almacén de claves y elija el archivo; no se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n key store(s) go to the subaccount&apos;s destination certificates first.</source>
        <translation>
            <numerusform>%n almacén de claves va primero a los certificados de destino de la subcuenta.</numerusform>
            <numerusform>%n almacenes de claves van primero a los certificados de destino de la subcuenta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleValue</name>
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
</context>
<context>
    <name>SandboxTrust</name>
    <message>
        <source>Cannot write the trust certificate into %1.</source>
        <translation>No se puede escribir el certificado de confianza en %1.</translation>
    </message>
</context>
<context>
    <name>SecondaryMissing</name>
    <message>
        <source>%1 has no secondary destination %2, so users cannot act on their %3 tasks in SAP Task Center (principal propagation).</source>
        <translation>%1 no tiene el destino secundario %2, por lo que los usuarios no pueden actuar sobre sus tareas de %3 en SAP Task Center (propagación de principal).</translation>
    </message>
    <message>
        <source>Create %1 with the wizard (%2).</source>
        <translation>Cree %1 con el asistente (%2).</translation>
    </message>
</context>
<context>
    <name>SecondaryTcEnabled</name>
    <message>
        <source>%1 is a secondary destination (principal propagation) but carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation>%1 es un destino secundario (propagación de principal), pero lleva tc.enabled: SAP Task Center lo leería como otro destino principal.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation>Elimine tc.enabled de %1.</translation>
    </message>
</context>
<context>
    <name>SecondaryWithoutPrimary</name>
    <message>
        <source>%1 is a secondary destination, but its primary destination %2 does not exist. SAP Task Center finds secondaries only by their primary&apos;s name.</source>
        <translation>%1 es un destino secundario, pero su destino principal %2 no existe. SAP Task Center solo encuentra los destinos secundarios por el nombre de su destino principal.</translation>
    </message>
    <message>
        <source>Rename it to &lt;primary name&gt;_PP of an existing primary, or create the primary %1.</source>
        <translation>Cámbiele el nombre a &lt;nombre principal&gt;_PP de un destino principal existente, o cree el destino principal %1.</translation>
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
    <name>SecretsNotChecked</name>
    <message>
        <source>%1: %2 not checked, because %3 does not show secrets.</source>
        <translation>%1: %2 no se ha comprobado porque %3 no muestra los secretos.</translation>
    </message>
    <message>
        <source>Check the destination in the subaccount itself to have them tested.</source>
        <translation>Compruebe el destino en la propia subcuenta para que se prueben.</translation>
    </message>
</context>
<context>
    <name>ServiceDestinationTcEnabled</name>
    <message>
        <source>%1 is one of SAP Task Center&apos;s own destinations, not a task provider, but it carries tc.enabled.</source>
        <translation>%1 es uno de los destinos propios de SAP Task Center, no un proveedor de tareas, pero lleva tc.enabled.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1 in the SAP BTP cockpit.</source>
        <translation>Elimine tc.enabled de %1 en el cockpit de SAP BTP.</translation>
    </message>
</context>
<context>
    <name>ServiceKey</name>
    <message>
        <source>The field %1 is missing. Copy the whole key again from the cockpit.</source>
        <translation>Falta el campo %1. Vuelva a copiar la clave completa desde el cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is empty or not text. Copy the whole key again from the cockpit.</source>
        <translation>El campo %1 está vacío o no es texto. Vuelva a copiar la clave completa desde el cockpit.</translation>
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
    <name>SetupChecks</name>
    <message>
        <source>Open or paste the subaccount&apos;s trust certificate to continue.</source>
        <translation>Abra o pegue el certificado de confianza de la subcuenta para continuar.</translation>
    </message>
    <message>
        <source>Open or paste the SAP Task Center service key to continue.</source>
        <translation>Abra o pegue la clave de servicio de SAP Task Center para continuar.</translation>
    </message>
    <message>
        <source>%1 of %2 still holds the template value &quot;%3&quot;.</source>
        <translation>%1 de %2 todavía contiene el valor de plantilla «%3».</translation>
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
    <message>
        <source>%1: &quot;setupId&quot; names this setup&apos;s keychain entries: letters, digits and &quot;-&quot; (at most 64), as the wizard wrote it. Leave it as it is, or take it out.</source>
        <translation>%1: &quot;setupId&quot; da nombre a las entradas del llavero de esta configuración: letras, dígitos y &quot;-&quot; (64 como máximo), tal como lo escribió el asistente. Déjelo como está o quítelo.</translation>
    </message>
</context>
<context>
    <name>SetupFlow</name>
    <message>
        <source>step %1 of %2</source>
        <translation>paso %1 de %2</translation>
    </message>
    <message>
        <source>subaccount %1</source>
        <translation>subcuenta %1</translation>
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
        <source>Secrets (keys, client secrets, passwords) will be kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Los secretos (claves, secretos de cliente, contraseñas) se guardarán en el llavero de este equipo, nunca en un archivo.</translation>
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
</context>
<context>
    <name>SetupModel</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; hold the same value. Each has its own; copy each from its own place.</source>
        <translation>«%1» y «%2» contienen el mismo valor. Cada uno tiene el suyo; copie cada uno desde su propio lugar.</translation>
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
    <name>SourceUnreadable</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check the file; the other files were checked.</source>
        <translation>Compruebe el archivo; los demás archivos se han comprobado.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
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
    <name>SystemUserDeprecated</name>
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
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Copy the whole key again from the cockpit.</source>
        <translation>El campo %1 no es una dirección https:// («%2»). Vuelva a copiar la clave completa desde el cockpit.</translation>
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
        <translation>%1 está en pausa (tc.enabled es false): sus tareas están ocultas y no se actualizan. SAP Task Center lo establece en false por sí mismo cuando no obtiene ningún token durante una hora.</translation>
    </message>
    <message>
        <source>Fix its authentication first (Test connection), then set tc.enabled to true.</source>
        <translation>Corrija primero su autenticación («Probar conexión») y después establezca tc.enabled en true.</translation>
    </message>
</context>
<context>
    <name>TcEnabledMissing</name>
    <message>
        <source>%1 has no tc.enabled property, so SAP Task Center does not read its tasks (booster samples lack it).</source>
        <translation>%1 no tiene la propiedad tc.enabled, por lo que SAP Task Center no lee sus tareas (a los ejemplos de los boosters les falta).</translation>
    </message>
    <message>
        <source>Add the property tc.enabled with the value true.</source>
        <translation>Añada la propiedad tc.enabled con el valor true.</translation>
    </message>
</context>
<context>
    <name>TcEnabledValue</name>
    <message>
        <source>tc.enabled of %1 is &quot;%2&quot;; SAP Task Center accepts only true (or false to pause), and puts the connector in Warning otherwise.</source>
        <translation>tc.enabled de %1 es «%2»; SAP Task Center solo acepta true (o false para pausar) y, en caso contrario, pone el conector en «Warning».</translation>
    </message>
    <message>
        <source>Set tc.enabled to exactly true (lower case).</source>
        <translation>Establezca tc.enabled exactamente en true (en minúsculas).</translation>
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
    <name>TrustExpired</name>
    <message>
        <source>Task updates stop for %1.</source>
        <translation>Las actualizaciones de tareas se detienen para %1.</translation>
    </message>
    <message>
        <source>Renew the certificate under Connectivity &gt; Destination Trust, then give the new one to %1.</source>
        <translation>Renueve el certificado en «Connectivity &gt; Destination Trust» y después entregue el nuevo a %1.</translation>
    </message>
</context>
<context>
    <name>TrustExpiring</name>
    <message>
        <source>These need the new certificate: %1.</source>
        <translation>Estos necesitan el nuevo certificado: %1.</translation>
    </message>
    <message>
        <source>Rotate rather than renew: generate a passive certificate under Connectivity &gt; Destination Trust, give it to %1, then rotate. Renewing the active one stops task updates until every provider has it.</source>
        <translation>Rote en lugar de renovar: genere un certificado pasivo en «Connectivity &gt; Destination Trust», entrégueselo a %1 y después rote. Si renueva el activo, las actualizaciones de tareas se detienen hasta que todos los proveedores lo tengan.</translation>
    </message>
</context>
<context>
    <name>TrustMismatch</name>
    <message>
        <source>The certificate the provider holds (SHA-256 %1) is not the subaccount&apos;s current trust certificate (SHA-256 %2), so the provider rejects the subaccount&apos;s assertions. This is what happens when the subaccount&apos;s certificate was renewed.</source>
        <translation>El certificado que tiene el proveedor (SHA-256 %1) no es el certificado de confianza actual de la subcuenta (SHA-256 %2), por lo que el proveedor rechaza las aserciones de la subcuenta. Esto es lo que ocurre cuando se ha renovado el certificado de la subcuenta.</translation>
    </message>
    <message>
        <source>Export the current certificate under Connectivity &gt; Destination Trust and give it to the provider again, where its guide says to upload it.</source>
        <translation>Exporte el certificado actual en «Connectivity &gt; Destination Trust» y vuelva a entregárselo al proveedor: cárguelo donde indique su guía.</translation>
    </message>
</context>
<context>
    <name>TrustNotCompared</name>
    <message>
        <source>The certificate the provider holds was not compared: the subaccount&apos;s current trust certificate could not be read.</source>
        <translation>No se ha comparado el certificado que tiene el proveedor: no se ha podido leer el certificado de confianza actual de la subcuenta.</translation>
    </message>
    <message>
        <source>Check that the subaccount has a trust certificate (Connectivity &gt; Destination Trust), then check again.</source>
        <translation>Compruebe que la subcuenta tiene un certificado de confianza («Connectivity &gt; Destination Trust») y vuelva a comprobar.</translation>
    </message>
</context>
<context>
    <name>TrustRotation</name>
    <message>
        <source>Asking for a token with each destination, signed with the new certificate</source>
        <translation>Solicitud de un token con cada destino, firmado con el certificado nuevo</translation>
    </message>
    <message>
        <source>Rotating back: a provider does not accept the new certificate yet</source>
        <translation>Reversión de la rotación: un proveedor todavía no acepta el certificado nuevo</translation>
    </message>
</context>
<context>
    <name>TrustRules</name>
    <message>
        <source>every task provider that trusts this subaccount</source>
        <translation>cada proveedor de tareas que confía en esta subcuenta</translation>
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
