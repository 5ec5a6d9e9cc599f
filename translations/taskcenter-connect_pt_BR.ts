<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AddressShape</name>
    <message>
        <source>%1 of %2 (&quot;%3&quot;) is not an address of the form SAP&apos;s guide for %4 gives.</source>
        <translation>%1 de %2 (“%3”) não é um endereço no formato que o guia da SAP para %4 indica.</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; for %4 it must be &quot;%5&quot;.</source>
        <translation>%1 de %2 é “%3”; para %4, deve ser “%5”.</translation>
    </message>
    <message>
        <source>Enter the address as the guide for %1 gives it.</source>
        <translation>Insira o endereço como o guia para %1 o indica.</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>Defina %1 como %2.</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>created</source>
        <translation>criado</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>já está atualizado</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Tentar &amp;novamente</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>So&amp;brescrever</translation>
    </message>
    <message>
        <source>Replace the destination in the subaccount with the one from this wizard</source>
        <translation>Substituir o destino na subconta pelo destino deste assistente</translation>
    </message>
    <message>
        <source>Writing into &quot;%1&quot;…</source>
        <translation>Gravando em “%1”…</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>não gravado</translation>
    </message>
    <message>
        <source>exists with other values</source>
        <translation>existe com outros valores</translation>
    </message>
    <message>
        <source>Someone created a destination of this name after the review. Choose Overwrite to replace it with the wizard&apos;s values, or keep it as it is and finish.</source>
        <translation>Alguém criou um destino com este nome depois da revisão. Escolha “Sobrescrever” para substituí-lo pelos valores do assistente, ou mantenha-o como está e conclua.</translation>
    </message>
    <message>
        <source>Skipped because the destination before it was not written.</source>
        <translation>Ignorado porque o destino anterior não foi gravado.</translation>
    </message>
    <message>
        <source>%1 exists in the subaccount</source>
        <translation>%1 existe na subconta</translation>
    </message>
    <message>
        <source>%1 does not exist in the subaccount</source>
        <translation>%1 não existe na subconta</translation>
    </message>
    <message>
        <source>Not everything was written: %1. Retry, or finish and import the files instead.</source>
        <translation>Nem tudo foi gravado: %1. Tente novamente, ou conclua e importe os arquivos.</translation>
    </message>
    <message>
        <source>Asking the Destination service for a token with &quot;%1&quot;…</source>
        <translation>Solicitando um token ao Destination service com “%1”…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop writing; the summary then says which destinations exist</source>
        <translation>Parar a gravação; o resumo indicará quais destinos existem</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar teste</translation>
    </message>
    <message>
        <source>&amp;Create under this name</source>
        <translation>&amp;Criar com este nome</translation>
    </message>
    <message>
        <source>New name of the primary &amp;destination:</source>
        <translation>Novo nome do &amp;destino primário:</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mear…</translation>
    </message>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>Lendo os destinos de “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Each primary destination first, then the destinations that belong to it.</source>
        <translation>Primeiro cada destino primário, depois os destinos que pertencem a ele.</translation>
    </message>
    <message>
        <source>Keep the existing destination and create ours under another name</source>
        <translation>Manter o destino existente e criar o nosso com outro nome</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;. Test the connection now, or finish.</source>
        <translation>Os destinos estão em “%1”. Teste a conexão agora ou conclua.</translation>
    </message>
    <message>
        <source>Ask the Destination service for a token with the primary destination, as SAP Task Center does</source>
        <translation>Solicitar um token ao Destination service com o destino primário, como o SAP Task Center faz</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;.</source>
        <translation>Os destinos estão em “%1”.</translation>
    </message>
    <message>
        <source>%1 may exist in the subaccount (its answer was lost)</source>
        <translation>%1 talvez exista na subconta (a resposta foi perdida)</translation>
    </message>
    <message>
        <source>Someone changed this destination in the subaccount after the review. Choose Overwrite to replace it with the wizard&apos;s values, or keep it as it is and finish.</source>
        <translation>Alguém alterou este destino na subconta depois da revisão. Escolha “Sobrescrever” para substituí-lo pelos valores do assistente, ou mantenha-o como está e conclua.</translation>
    </message>
    <message>
        <source>Write into the subaccount</source>
        <translation>Gravar na subconta</translation>
    </message>
    <message>
        <source>Key store %1</source>
        <translation>Keystore %1</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>carregado</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>substituído</translation>
    </message>
    <message>
        <source>already in the subaccount</source>
        <translation>já está na subconta</translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation>não carregado</translation>
    </message>
    <message>
        <source>Retry a destination that names it to upload it again.</source>
        <translation>Tente novamente com um destino que o indique para carregá-lo de novo.</translation>
    </message>
    <message>
        <source>the key store %1 was not uploaded</source>
        <translation>o keystore %1 não foi carregado</translation>
    </message>
</context>
<context>
    <name>ApplySession</name>
    <message>
        <source>No subaccount is chosen: the destinations go into files only.</source>
        <translation>Nenhuma subconta foi escolhida: os destinos serão gravados somente em arquivos.</translation>
    </message>
    <message>
        <source>Reading the subaccount was stopped.</source>
        <translation>A leitura da subconta foi interrompida.</translation>
    </message>
    <message>
        <source>The destinations cannot be renamed now.</source>
        <translation>Não é possível renomear os destinos agora.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>O teste foi cancelado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: the Destination service fetched a token with it, as SAP Task Center will.</source>
        <translation>“%1” funciona: o Destination service obteve um token com ele, como o SAP Task Center fará.</translation>
    </message>
    <message>
        <source>%1 now connects %2</source>
        <translation>%1 agora conecta %2</translation>
    </message>
    <message>
        <source>The trust certificate this setup used (SHA-256 %1) is not the subaccount&apos;s current one (SHA-256 %2): the provider holds a certificate this subaccount does not sign with. Get the current one on the trust certificate step and give it to the provider again.</source>
        <translation>O certificado de confiança usado nesta configuração (SHA-256 %1) não é o atual da subconta (SHA-256 %2): o provedor tem um certificado com o qual esta subconta não assina. Obtenha o certificado atual na etapa “Certificado de confiança” e entregue-o novamente ao provedor.</translation>
    </message>
    <message>
        <source>The Destination service does not find the key store %1 that &quot;%2&quot; names among this subaccount&apos;s destination certificates, so the destination cannot authenticate. Apply again with the key store file chosen, or upload it under Connectivity &gt; Destination Certificates.</source>
        <translation>O Destination service não encontra o keystore %1 que “%2” indica entre os certificados de destino desta subconta, portanto o destino não consegue se autenticar. Aplique novamente escolhendo o arquivo do keystore, ou carregue-o em Connectivity &gt; Destination Certificates.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is complete: the Destination service hands out its key store %2, which SAP Task Center authenticates with. Whether the provider accepts the certificate shows in SAP Task Center&apos;s monitoring.</source>
        <translation>“%1” está completo: o Destination service entrega o keystore %2, com o qual o SAP Task Center se autentica. O monitoramento do SAP Task Center mostra se o provedor aceita o certificado.</translation>
    </message>
</context>
<context>
    <name>AuthenticationPropertyMissing</name>
    <message>
        <source>%1 uses %2 but has no %3, so the Destination service cannot fetch a token with it.</source>
        <translation>%1 usa %2, mas não tem %3, portanto o Destination service não consegue obter um token com ele.</translation>
    </message>
    <message>
        <source>Add %1 as the provider&apos;s guide for SAP Task Center says.</source>
        <translation>Adicione %1 como indica o guia do provedor para o SAP Task Center.</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation>O arquivo %1 não existe. Verifique o nome e a pasta.</translation>
    </message>
    <message>
        <source>%1 is not a file (it is a folder, a device or a pipe). Choose the file itself.</source>
        <translation>%1 não é um arquivo (é uma pasta, um dispositivo ou um pipe). Escolha o próprio arquivo.</translation>
    </message>
    <message>
        <source>%1 is too large (%2) for what it should hold (at most %3). Check that it is the right file.</source>
        <translation>%1 é grande demais (%2) para o que deveria conter (no máximo %3). Verifique se é o arquivo certo.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check that you may open it.</source>
        <translation>Não é possível ler o arquivo %1 (%2). Verifique se você tem permissão para abri-lo.</translation>
    </message>
    <message>
        <source>%1 is too large for what it should hold (at most %2). Check that it is the right file.</source>
        <translation>%1 é grande demais para o que deveria conter (no máximo %2). Verifique se é o arquivo certo.</translation>
    </message>
</context>
<context>
    <name>CertificateMissing</name>
    <message>
        <source>%1 names the trust store %2 (%3), but the subaccount&apos;s destination certificates hold no file of that name, so the connection cannot be made.</source>
        <translation>%1 indica o truststore %2 (%3), mas os certificados de destino da subconta não têm nenhum arquivo com esse nome, então a conexão não pode ser estabelecida.</translation>
    </message>
    <message>
        <source>%1 names the key store %2 (%3), but the subaccount&apos;s destination certificates hold no file of that name, so the destination cannot authenticate.</source>
        <translation>%1 indica o keystore %2 (%3), mas os certificados de destino da subconta não têm nenhum arquivo com esse nome, então o destino não consegue se autenticar.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open Connectivity &gt; Destination Certificates and upload the file as %1, or change %2 to the name of a file that is there.</source>
        <translation>No cockpit do SAP BTP, abra “Connectivity &gt; Destination Certificates” e carregue o arquivo como %1, ou altere %2 para o nome de um arquivo que esteja lá.</translation>
    </message>
</context>
<context>
    <name>CheckReportPage</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Salvar &amp;relatório…</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>O que a verificação encontrou</translation>
    </message>
    <message>
        <source>The worst first. Choose a finding to read how to fix it and where SAP documents it.</source>
        <translation>Os mais graves primeiro. Escolha uma constatação para ler como corrigi-la e onde a SAP a documenta.</translation>
    </message>
    <message>
        <source>Destination or finding</source>
        <translation>Destino ou constatação</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>O que está errado</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Go Back to choose another source, or try again.</source>
        <translation>Use “Voltar” para escolher outra origem, ou tente novamente.</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>Configuração inteira</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constatação</numerusform>
            <numerusform>%n constatações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) checked.</source>
        <translation>
            <numerusform>%n destino verificado.</numerusform>
            <numerusform>%n destinos verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <translation>%1 erro(s), %2 aviso(s), %3 observação(ões).</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>Como corrigir: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origem: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regra: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salvar relatório</translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation>O relatório foi salvo em %1.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;JSON report (*.json);;Text report (*.txt)</source>
        <translation>Relatório PDF (*.pdf);;Relatório HTML (*.html);;Relatório JSON (*.json);;Relatório de texto (*.txt)</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s own destinations</source>
        <translation>Destinos do próprio SAP Task Center</translation>
    </message>
    <message>
        <source>Other destinations</source>
        <translation>Outros destinos</translation>
    </message>
    <message>
        <source>Fixing changes a subaccount: check the subaccount instead of files to fix this here.</source>
        <translation>A correção altera uma subconta: para corrigir isto aqui, verifique a subconta em vez de arquivos.</translation>
    </message>
    <message>
        <source>Fix in the subaccount</source>
        <translation>Corrigir na subconta</translation>
    </message>
    <message>
        <source>Make this change in &quot;%1&quot;?</source>
        <translation>Fazer esta alteração em “%1”?</translation>
    </message>
    <message>
        <source>Changing %1…</source>
        <translation>Alterando %1…</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1 foi alterado.</translation>
    </message>
    <message>
        <source>Set up again in the &amp;wizard…</source>
        <translation>Configurar novamente no &amp;assistente…</translation>
    </message>
    <message>
        <source>Setting up again writes into a subaccount: check the subaccount instead of files to do it from here.</source>
        <translation>A nova configuração grava em uma subconta: para fazê-la a partir daqui, verifique a subconta em vez de arquivos.</translation>
    </message>
    <message>
        <source>Walk through the provider&apos;s steps again, filled in from the destinations as they are, and write them as SAP documents them.</source>
        <translation>Percorrer novamente as etapas do provedor, preenchidas a partir dos destinos como estão, e gravá-los como a SAP os documenta.</translation>
    </message>
    <message>
        <source>Fi&amp;x in the subaccount…</source>
        <translation>&amp;Corrigir na subconta…</translation>
    </message>
    <message>
        <source>&amp;Open SAP&apos;s page</source>
        <translation>Abrir a pá&amp;gina da SAP</translation>
    </message>
    <message>
        <source>No browser could be opened. SAP&apos;s page is at %1</source>
        <translation>Não foi possível abrir nenhum navegador. A página da SAP está em %1</translation>
    </message>
</context>
<context>
    <name>CheckSourcePage</name>
    <message>
        <source>The &amp;demo subaccount on this computer</source>
        <translation>A subconta de &amp;demonstração neste computador</translation>
    </message>
    <message>
        <source>A saved &amp;subaccount:</source>
        <translation>Uma s&amp;ubconta salva:</translation>
    </message>
    <message>
        <source>Destination &amp;files exported from the SAP BTP cockpit:</source>
        <translation>&amp;Arquivos de destino exportados do cockpit do SAP BTP:</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>Adicionar arqu&amp;ivos…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Adicionar pas&amp;ta…</translation>
    </message>
    <message>
        <source>&amp;Compare with a certificate…</source>
        <translation>&amp;Comparar com um certificado…</translation>
    </message>
    <message>
        <source>Check an existing configuration</source>
        <translation>Verificar uma configuração existente</translation>
    </message>
    <message>
        <source>Choose what to check: the destinations of a subaccount, or files exported from the cockpit.</source>
        <translation>Escolha o que verificar: os destinos de uma subconta ou arquivos exportados do cockpit.</translation>
    </message>
    <message>
        <source>Saved subaccount</source>
        <translation>Subconta salva</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Arquivo de destino</translation>
    </message>
    <message>
        <source>Folder of destination files</source>
        <translation>Pasta de arquivos de destino</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Certificado de confiança</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The demo subaccount could not be started.</source>
        <translation>Não foi possível iniciar a subconta de demonstração.</translation>
    </message>
    <message>
        <source>No files added yet.</source>
        <translation>Nenhum arquivo adicionado ainda.</translation>
    </message>
    <message>
        <source>Destination files and zip archives (*.properties *.props *.json *.txt *.zip *);;All files (*)</source>
        <translation>Arquivos de destino e arquivos zip (*.properties *.props *.json *.txt *.zip *);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The trust certificate a provider holds (the one uploaded to its OAuth clients or admin portal), to compare with the subaccount&apos;s current one</source>
        <translation>O certificado de confiança que um provedor tem (o que foi carregado nos clientes OAuth ou no portal de administração dele), para comparar com o certificado atual da subconta</translation>
    </message>
    <message>
        <source>Wait until the subaccount has answered.</source>
        <translation>Aguarde até que a subconta tenha respondido.</translation>
    </message>
    <message>
        <source>Add the exported files or a folder of them to check.</source>
        <translation>Adicione os arquivos exportados ou uma pasta com eles para verificá-los.</translation>
    </message>
    <message>
        <source>Choose a saved subaccount to check.</source>
        <translation>Escolha uma subconta salva para verificar.</translation>
    </message>
    <message>
        <source>Choose what to check.</source>
        <translation>Escolha o que verificar.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>SAP&apos;s guide</source>
        <translation>Guia da SAP</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show the options of this command.</source>
        <translation>Mostra as opções deste comando.</translation>
    </message>
    <message>
        <source>%1
Run &apos;taskcenter-connect %2 --help&apos; for the options.</source>
        <translation>%1
Para ver as opções, execute &apos;taskcenter-connect %2 --help&apos;.</translation>
    </message>
    <message>
        <source>Shows a trust certificate&apos;s subject, issuer, validity, days left and SHA-256 fingerprint.
Exit codes: 0 valid; 1 expired, expiring within %1 days, or not yet valid; 2 not a certificate.</source>
        <translation>Mostra o titular, o emissor, a validade, os dias restantes e a impressão digital SHA-256 de um certificado de confiança.
Códigos de saída: 0 válido; 1 expirado, expirando em até %1 dias ou ainda não válido; 2 não é um certificado.</translation>
    </message>
    <message>
        <source>The certificate (PEM, DER or bare base64).</source>
        <translation>O certificado (PEM, DER ou base64 simples).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Imprimir um objeto JSON em vez de texto.</translation>
    </message>
    <message>
        <source>inspect-cert takes exactly one FILE.
Run &apos;taskcenter-connect inspect-cert --help&apos; for the options.</source>
        <translation>inspect-cert aceita exatamente um arquivo (FILE).
Para ver as opções, execute &apos;taskcenter-connect inspect-cert --help&apos;.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emissor:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido até:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Dias restantes:</translation>
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
        <translation>%1: um arquivo de segredos é um objeto JSON como {&quot;apiKey&quot;: &quot;...&quot;} (%2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a secret of %3 (expected: %4).</source>
        <translation>%1: &quot;%2&quot; não é um segredo de %3 (esperado: %4).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation>%1: &quot;%2&quot; deve ser texto.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>The files leave out %1; enter them in the cockpit after the import.</source>
        <translation>Os arquivos não incluem %1; insira esses valores no cockpit depois da importação.</translation>
    </message>
    <message>
        <source>Writes the destinations a setup file describes, as the cockpit&apos;s .properties import files and/or the Destination service REST API&apos;s JSON.
Secrets are left out unless --include-secrets is given; they then come from --secrets or, without it, from the keychain.
Exit codes: 0 written; 2 bad input (the problem is printed).</source>
        <translation>Grava os destinos descritos por um arquivo de configuração, como arquivos de importação .properties do cockpit e/ou como JSON da API REST do Destination service.
Os segredos ficam de fora, a menos que --include-secrets seja informado; nesse caso, eles vêm de --secrets ou, sem essa opção, do chaveiro.
Códigos de saída: 0 gravado; 2 entrada inválida (o problema é impresso).</translation>
    </message>
    <message>
        <source>The setup file (the wizard&apos;s &quot;Save progress&quot;).</source>
        <translation>O arquivo de configuração (“Salvar progresso” do assistente).</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>A pasta em que gravar.</translation>
    </message>
    <message>
        <source>Write the secrets into the files too (keep them safe).</source>
        <translation>Gravar também os segredos nos arquivos (guarde-os em local seguro).</translation>
    </message>
    <message>
        <source>properties, json or both (default).</source>
        <translation>properties, json ou both (padrão).</translation>
    </message>
    <message>
        <source>export takes exactly one SETUP.json.
Run &apos;taskcenter-connect export --help&apos; for the options.</source>
        <translation>export aceita exatamente um SETUP.json.
Para ver as opções, execute &apos;taskcenter-connect export --help&apos;.</translation>
    </message>
    <message>
        <source>Say where to write with --out DIR.</source>
        <translation>Informe onde gravar com --out DIR.</translation>
    </message>
    <message>
        <source>--format must be properties, json or both, not &quot;%1&quot;.</source>
        <translation>--format deve ser properties, json ou both, e não “%1”.</translation>
    </message>
    <message>
        <source>Pass the secrets with --secrets SECRETS.json instead.</source>
        <translation>Em vez disso, passe os segredos com --secrets SECRETS.json.</translation>
    </message>
    <message>
        <source>No %1 is saved in the keychain for this setup. Pass --secrets SECRETS.json, or save the setup in the wizard first.</source>
        <translation>Nenhum %1 está salvo no chaveiro para esta configuração. Passe --secrets SECRETS.json ou salve primeiro a configuração no assistente.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &apos;taskcenter-connect --help&apos; for the commands.</source>
        <translation>Comando desconhecido “%1”. Para ver os comandos, execute &apos;taskcenter-connect --help&apos;.</translation>
    </message>
    <message>
        <source>Serves a built-in SAP BTP subaccount on 127.0.0.1: a token endpoint and the Destination service REST API, for trying the wizard and scripts without a real subaccount. Runs until Ctrl+C (SIGINT) or SIGTERM.
Its trust certificate is kept in %1.
Exit codes: 0 stopped; 2 bad options or the port is in use.</source>
        <translation>Disponibiliza uma subconta do SAP BTP integrada em 127.0.0.1: um endpoint de token e a API REST do Destination service, para testar o assistente e scripts sem uma subconta real. É executada até Ctrl+C (SIGINT) ou SIGTERM.
O certificado de confiança dela fica em %1.
Códigos de saída: 0 parada; 2 opções inválidas ou a porta está em uso.</translation>
    </message>
    <message>
        <source>The port to listen on (default 0: a free port).</source>
        <translation>A porta em que escutar (padrão 0: uma porta livre).</translation>
    </message>
    <message>
        <source>empty (default) or demo: destinations as consultants meet them, some correct, some with typical mistakes.</source>
        <translation>empty (padrão) ou demo: destinos como os consultores os encontram, alguns corretos, outros com erros típicos.</translation>
    </message>
    <message>
        <source>Write the Destination service key (JSON) to FILE.</source>
        <translation>Gravar a chave de serviço do Destination service (JSON) em FILE.</translation>
    </message>
    <message>
        <source>sandbox takes no FILE.
Run &apos;taskcenter-connect sandbox --help&apos; for the options.</source>
        <translation>sandbox não aceita nenhum arquivo (FILE).
Para ver as opções, execute &apos;taskcenter-connect sandbox --help&apos;.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port deve ser um número de 0 a 65535, e não “%1”.</translation>
    </message>
    <message>
        <source>--seed must be empty or demo, not &quot;%1&quot;.</source>
        <translation>--seed deve ser empty ou demo, e não “%1”.</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use. Choose another with --port, or --port 0 for a free one.</source>
        <translation>A porta %1 em 127.0.0.1 já está em uso. Escolha outra com --port, ou --port 0 para uma porta livre.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation>Não é possível iniciar o sandbox: %1</translation>
    </message>
    <message>
        <source>Cannot handle SIGINT and SIGTERM on this system.</source>
        <translation>Não é possível tratar SIGINT e SIGTERM neste sistema.</translation>
    </message>
    <message>
        <source>The sandbox subaccount is listening on %1 (this computer only).</source>
        <translation>A subconta sandbox está escutando em %1 (somente neste computador).</translation>
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
        <translation>  Destinos:            %1 (conteúdo inicial %2)</translation>
    </message>
    <message>
        <source>The service key is in %1.</source>
        <translation>A chave de serviço está em %1.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop it.</source>
        <translation>Pressione Ctrl+C para parar.</translation>
    </message>
    <message>
        <source>The sandbox has stopped.</source>
        <translation>O sandbox parou.</translation>
    </message>
    <message>
        <source>The subaccount&apos;s Destination service key (JSON, with its client secret).</source>
        <translation>A chave de serviço do Destination service da subconta (JSON, com o segredo do cliente).</translation>
    </message>
    <message>
        <source>Say which subaccount with --subaccount DESTINATION-KEY.json.
Run &apos;taskcenter-connect %1 --help&apos; for the options.</source>
        <translation>Informe a subconta com --subaccount DESTINATION-KEY.json.
Para ver as opções, execute &apos;taskcenter-connect %1 --help&apos;.</translation>
    </message>
    <message>
        <source>unchanged  %1</source>
        <translation>inalterado %1</translation>
    </message>
    <message>
        <source>would create  %1</source>
        <translation>criaria     %1</translation>
    </message>
    <message>
        <source>would update  %1</source>
        <translation>atualizaria %1</translation>
    </message>
    <message>
        <source>exists     %1: it differs; --overwrite replaces it</source>
        <translation>existe     %1: é diferente; --overwrite o substitui</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulação: nada foi gravado.</translation>
    </message>
    <message>
        <source>created    %1</source>
        <translation>criado     %1</translation>
    </message>
    <message>
        <source>updated    %1</source>
        <translation>atualizado %1</translation>
    </message>
    <message>
        <source>FAILED     %1: %2</source>
        <translation>FALHOU     %1: %2</translation>
    </message>
    <message>
        <source>apply takes exactly one SETUP.json.
Run &apos;taskcenter-connect apply --help&apos; for the options.</source>
        <translation>apply aceita exatamente um SETUP.json.
Para ver as opções, execute &apos;taskcenter-connect apply --help&apos;.</translation>
    </message>
    <message>
        <source>Reads the subaccount&apos;s destination trust certificate (what the cockpit exports under Connectivity &gt; Destination Trust) and writes it as PEM.
Exit codes: 0 written; 1 written, but it expires within %1 days or has expired, or the subaccount has none yet (said); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Lê o certificado de confiança de destino da subconta (o que o cockpit exporta em “Connectivity &gt; Destination Trust”) e o grava como PEM.
Códigos de saída: 0 gravado; 1 gravado, mas expira em até %1 dias ou já expirou, ou a subconta ainda não tem nenhum (isso é indicado); 2 entrada inválida; 3 não foi possível acessar a subconta ou ela não aceitou a chave.</translation>
    </message>
    <message>
        <source>The file to write the certificate to.</source>
        <translation>O arquivo em que gravar o certificado.</translation>
    </message>
    <message>
        <source>fetch-trust takes no FILE of its own.
Run &apos;taskcenter-connect fetch-trust --help&apos; for the options.</source>
        <translation>fetch-trust não aceita um arquivo (FILE) próprio.
Para ver as opções, execute &apos;taskcenter-connect fetch-trust --help&apos;.</translation>
    </message>
    <message>
        <source>Say where to write the certificate with --out FILE.</source>
        <translation>Informe onde gravar o certificado com --out FILE.</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under Connectivity &gt; Destination Trust, then run this again.</source>
        <translation>A subconta ainda não tem certificado de confiança. Crie um no cockpit do SAP BTP em “Connectivity &gt; Destination Trust” e execute este comando novamente.</translation>
    </message>
    <message>
        <source>The subaccount answered with something that is not a certificate: %1</source>
        <translation>A subconta respondeu com algo que não é um certificado: %1</translation>
    </message>
    <message>
        <source>Subject:  %1</source>
        <translation>Titular:     %1</translation>
    </message>
    <message>
        <source>Valid until:  %1</source>
        <translation>Válido até:  %1</translation>
    </message>
    <message>
        <source>SHA-256:  %1</source>
        <translation>SHA-256:  %1</translation>
    </message>
    <message>
        <source>A JSON file with the secrets, e.g. {&quot;apiKey&quot;: &quot;...&quot;, &quot;ppApiKey&quot;: &quot;...&quot;}. Their names per provider: %1.</source>
        <translation>Um arquivo JSON com os segredos, por exemplo {&quot;apiKey&quot;: &quot;...&quot;, &quot;ppApiKey&quot;: &quot;...&quot;}. Os nomes deles por provedor: %1.</translation>
    </message>
    <message>
        <source>warning: the subaccount already has a primary destination to the same system: %1. Two give every user each task twice; delete the old one or set its tc.enabled to false.</source>
        <translation>aviso: a subconta já tem um destino primário para o mesmo sistema: %1. Com dois, cada usuário recebe cada tarefa duas vezes; exclua o antigo ou defina tc.enabled dele como false.</translation>
    </message>
    <message>
        <source>held back  %1: the destination it belongs to exists with other values; --overwrite replaces both</source>
        <translation>retido     %1: o destino ao qual ele pertence existe com outros valores; --overwrite substitui ambos</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of the standard output.</source>
        <translation>Gravar o relatório em FILE em vez da saída padrão.</translation>
    </message>
    <message>
        <source>Say what to check: destination files or folders, and/or --subaccount DESTINATION-KEY.json.
Run &apos;taskcenter-connect validate --help&apos; for the options.</source>
        <translation>Informe o que verificar: arquivos ou pastas de destino e/ou --subaccount DESTINATION-KEY.json.
Para ver as opções, execute &apos;taskcenter-connect validate --help&apos;.</translation>
    </message>
    <message>
        <source>Check the sandbox subaccount at URL (the address &apos;taskcenter-connect sandbox&apos; prints).</source>
        <translation>Verificar a subconta sandbox em URL (o endereço que &apos;taskcenter-connect sandbox&apos; imprime).</translation>
    </message>
    <message>
        <source>Give either --subaccount or --sandbox, not both.</source>
        <translation>Informe --subaccount ou --sandbox, não os dois.</translation>
    </message>
    <message>
        <source>--sandbox takes the address the sandbox prints, such as http://127.0.0.1:8123, not &quot;%1&quot;.</source>
        <translation>--sandbox aceita o endereço que o sandbox imprime, como http://127.0.0.1:8123, e não “%1”.</translation>
    </message>
    <message>
        <source>No sandbox answers at %1 (%2). Start one with &apos;taskcenter-connect sandbox&apos;.</source>
        <translation>Nenhum sandbox responde em %1 (%2). Inicie um com &apos;taskcenter-connect sandbox&apos;.</translation>
    </message>
    <message>
        <source>A trust certificate (PEM or DER) to check; with a subaccount, the one a provider holds, compared with the subaccount&apos;s current one.</source>
        <translation>Um certificado de confiança (PEM ou DER) a verificar; com uma subconta, o certificado que um provedor tem, comparado com o certificado atual da subconta.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: arquivo ou pasta não encontrado.</translation>
    </message>
    <message>
        <source>text (default), json, html or pdf (A4, to hand over).</source>
        <translation>text (padrão), json, html ou pdf (A4, para entregar).</translation>
    </message>
    <message>
        <source>--format must be text, json, html or pdf, not &quot;%1&quot;.</source>
        <translation>--format deve ser text, json, html ou pdf, e não “%1”.</translation>
    </message>
    <message>
        <source>Checks an existing SAP Task Center configuration and says what is wrong and how to fix it: destination files (the cockpit&apos;s .properties export, with or without an extension, or JSON; folders and zip archives of them) and/or the destinations of a subaccount. With a subaccount, the Destination service is asked for a token with each destination that can get one without a user, as SAP Task Center does, and without --trust its current trust certificate is checked too.
Exit codes: 0 no errors; 1 errors found; 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Verifica uma configuração existente do SAP Task Center e diz o que está errado e como corrigir: arquivos de destino (a exportação .properties do cockpit, com ou sem extensão, ou JSON; pastas e arquivos zip desses arquivos) e/ou os destinos de uma subconta. Com uma subconta, o Destination service é solicitado a obter um token com cada destino que pode obter um sem usuário, como o SAP Task Center faz, e, sem --trust, o certificado de confiança atual da subconta também é verificado.
Códigos de saída: 0 sem erros; 1 erros encontrados; 2 entrada inválida; 3 não foi possível acessar a subconta ou ela não aceitou a chave.</translation>
    </message>
    <message>
        <source>Destination files, zip archives or folders.</source>
        <translation>Arquivos de destino, arquivos zip ou pastas.</translation>
    </message>
    <message>
        <source>This argument is not valid UTF-8 text, so the file it names cannot be found or written as such: %1
Rename the file or folder to a name in UTF-8.</source>
        <translation>Este argumento não é um texto UTF-8 válido, portanto o arquivo que ele indica não pode ser encontrado nem gravado como tal: %1
Renomeie o arquivo ou a pasta com um nome em UTF-8.</translation>
    </message>
    <message>
        <source>not compared  %1: %2 (no secret given; pass --secrets to compare them)</source>
        <translation>não comparado  %1: %2 (nenhum segredo informado; passe --secrets para compará-los)</translation>
    </message>
    <message>
        <source>Show what would change; write nothing. Needs no secrets: those not given are named as not compared.</source>
        <translation>Mostrar o que mudaria; não gravar nada. Não precisa de segredos: os não informados são indicados como não comparados.</translation>
    </message>
    <message>
        <source>Wait at most SECONDS (1-3600) for each answer from the subaccount; default 30.</source>
        <translation>Aguardar no máximo SECONDS (1-3600) segundos por cada resposta da subconta; padrão 30.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout aceita um número de segundos de 1 a 3600, e não “%1”.</translation>
    </message>
    <message>
        <source>Nothing to write: the setup follows the way &quot;%1&quot; (%2), which writes no destinations.</source>
        <translation>Nada a gravar: a configuração segue o caminho “%1” (%2), que não grava destinos.</translation>
    </message>
    <message>
        <source>To write them by hand, set %1 in the setup file.</source>
        <translation>Para gravá-los manualmente, defina %1 no arquivo de configuração.</translation>
    </message>
    <message>
        <source>note: secrets are not compared: %1</source>
        <translation>observação: os segredos não são comparados: %1</translation>
    </message>
    <message>
        <source>changed    %1: someone changed it since it was read; --overwrite replaces it</source>
        <translation>alterado   %1: alguém o alterou depois que foi lido; --overwrite o substitui</translation>
    </message>
    <message>
        <source>CHANGED    %1: %2</source>
        <translation>ALTERADO   %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Lists the task providers: the id a setup file&apos;s &quot;provider&quot; takes, the ways (&quot;path&quot;) where SAP documents more than one, and the names of the values a setup file and the secrets a secrets file give for each.
Exit codes: 0 listed; 2 bad options.</source>
        <translation>Lista os provedores de tarefas: o ID que o “provider” de um arquivo de configuração recebe, os caminhos (“path”) onde a SAP documenta mais de um, e os nomes dos valores que um arquivo de configuração e dos segredos que um arquivo de segredos informam para cada um.
Códigos de saída: 0 listado; 2 opções inválidas.</translation>
    </message>
    <message>
        <source>Print one JSON array instead of text.</source>
        <translation>Imprimir um array JSON em vez de texto.</translation>
    </message>
    <message>
        <source>providers takes no arguments.
Run &apos;taskcenter-connect providers --help&apos; for the options.</source>
        <translation>providers não aceita argumentos.
Execute &apos;taskcenter-connect providers --help&apos; para ver as opções.</translation>
    </message>
    <message>
        <source>path %1: %2</source>
        <translation>caminho %1: %2</translation>
    </message>
    <message>
        <source> (writes no destinations)</source>
        <translation> (não grava destinos)</translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation>valores: %1</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>segredos: %1</translation>
    </message>
    <message>
        <source> (also named by %1)</source>
        <translation> (também indicado por %1)</translation>
    </message>
    <message>
        <source>unchanged  key store %1</source>
        <translation>inalterado keystore %1</translation>
    </message>
    <message>
        <source>would upload  key store %1 from %2</source>
        <translation>carregaria  keystore %1 de %2</translation>
    </message>
    <message>
        <source>would replace  key store %1 from %2%3</source>
        <translation>substituiria keystore %1 de %2%3</translation>
    </message>
    <message>
        <source>exists     key store %1: the subaccount has another file under this name%2; --overwrite replaces it</source>
        <translation>existe     keystore %1: a subconta tem outro arquivo com este nome%2; --overwrite o substitui</translation>
    </message>
    <message>
        <source>MISSING    key store %1: %2</source>
        <translation>AUSENTE    keystore %1: %2</translation>
    </message>
    <message>
        <source>held back  %1: the key store it names, %2, exists with other content; --overwrite replaces it</source>
        <translation>retido     %1: o keystore que ele indica, %2, existe com outro conteúdo; --overwrite o substitui</translation>
    </message>
    <message>
        <source>uploaded   key store %1</source>
        <translation>carregado  keystore %1</translation>
    </message>
    <message>
        <source>replaced   key store %1</source>
        <translation>substituído keystore %1</translation>
    </message>
    <message>
        <source>FAILED     key store %1: %2</source>
        <translation>FALHOU     keystore %1: %2</translation>
    </message>
    <message>
        <source>Creates or updates, in a subaccount, the destinations a setup file describes, over the SAP BTP Destination service REST API. Destinations that already hold the same values are left alone, so running it again changes nothing. A key store the destinations name, chosen as a file on this computer, goes first into the subaccount&apos;s destination certificates under its file name (replaced only with --overwrite).
Secrets come from --secrets or, without it, from the keychain.
Exit codes: 0 applied (or nothing to do); 1 a destination or key store failed or is missing, or exists with other values and --overwrite was not given (said which); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Cria ou atualiza, em uma subconta, os destinos descritos por um arquivo de configuração, por meio da API REST do Destination service do SAP BTP. Destinos que já têm os mesmos valores não são alterados; portanto, executar o comando novamente não muda nada. Um keystore indicado pelos destinos, escolhido como arquivo neste computador, vai primeiro para os certificados de destino da subconta com o nome do arquivo (só é substituído com --overwrite).
Os segredos vêm de --secrets ou, sem essa opção, do chaveiro.
Códigos de saída: 0 aplicado (ou nada a fazer); 1 um destino ou keystore falhou ou está ausente, ou existe com outros valores e --overwrite não foi informado (isso é indicado); 2 entrada inválida; 3 não foi possível acessar a subconta ou ela não aceitou a chave.</translation>
    </message>
    <message>
        <source>Replace destinations and key stores that exist with other values.</source>
        <translation>Substituir destinos e keystores que existem com outros valores.</translation>
    </message>
    <message>
        <source>Upload %1 to the subaccount&apos;s destination certificates (Connectivity &gt; Destination Certificates) as %2: %3 name it, and the files do not hold it.</source>
        <translation>Carregue %1 nos certificados de destino da subconta (Connectivity &gt; Destination Certificates) como %2: %3 o indicam, e os arquivos não o contêm.</translation>
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
  taskcenter-connect [--setup FILE] [--lang CODE]   iniciar o assistente
  taskcenter-connect COMMAND [options]              trabalhar sem janela

Comandos:
  inspect-cert FILE [--json]
      Mostrar os dados de um certificado de confiança. Saída 0 válido, 1 expirado ou expirando
      em até %1 dias, 2 não é um certificado.
  export SETUP.json --out DIR [--secrets SECRETS.json] [--include-secrets]
         [--format properties|json|both]
      Gravar os destinos descritos por um arquivo de configuração. Saída 0 gravado, 2 entrada inválida.
  apply SETUP.json --subaccount DESTINATION-KEY.json [--secrets SECRETS.json]
        [--overwrite] [--dry-run]
      Criar ou atualizar os destinos em uma subconta por meio do Destination service.
      Saída 0 aplicado ou nada a fazer, 1 um destino falhou ou existe com outros valores
      (sem --overwrite), 2 entrada inválida, 3 subconta inacessível ou chave rejeitada.
  fetch-trust --subaccount DESTINATION-KEY.json --out FILE
      Gravar o certificado de confiança da subconta como PEM. Saída 0 gravado, 1 expirando,
      expirado ou ainda inexistente, 2 entrada inválida, 3 subconta inacessível ou chave rejeitada.
  validate [SOURCE ...] [--subaccount DESTINATION-KEY.json | --sandbox URL] [--trust FILE]
           [--format text|json|html|pdf] [--out FILE]
      Verificar destinos existentes (arquivos, pastas, uma subconta) e o certificado de confiança,
      e dizer o que está errado e como corrigir. Saída 0 sem erros, 1 erros encontrados,
      2 entrada inválida, 3 subconta inacessível ou chave rejeitada.
  trust status|prepare|rotate|remove-passive --subaccount DESTINATION-KEY.json
        [--out FILE] [--yes] [--keep]
      Fazer a rotação do certificado de confiança da subconta sem interrupção: preparar um passivo
      (--out o grava para os provedores), entregá-lo a cada provedor listado, rotate --yes
      (rotação desfeita se um provedor o recusar, exceto com --keep), remove-passive. Saída 0 feito,
      1 atenção (expirando ou nenhum; rotate sem --yes; um provedor recusa), 2 entrada
      inválida, 3 inacessível.
  providers [--json]
      Listar os provedores de tarefas: o ID que o “provider” de um arquivo de configuração recebe, seus
      caminhos (“path”) e os nomes dos valores e segredos necessários. Exit 0 listado, 2 opções inválidas.
  sandbox [--port N] [--seed empty|demo] [--write-key FILE]
      Disponibilizar uma subconta integrada (endpoint de token e Destination service) em 127.0.0.1
      até Ctrl+C; FILE recebe a chave de serviço dela. Saída 0 parada, 2 opções inválidas ou porta em uso.

Opções do assistente:
  --setup FILE   continuar a configuração salva em FILE
  --lang CODE    idioma da janela, por exemplo pt_BR

  -h, --help     mostrar esta ajuda; &apos;taskcenter-connect COMMAND --help&apos; mostra as opções de um comando
  -v, --version  mostrar a versão
</translation>
    </message>
    <message>
        <source>not readable: %1</source>
        <translation>ilegível: %1</translation>
    </message>
    <message numerus="yes">
        <source>  valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>  válido até %1 (resta %n dia)</numerusform>
            <numerusform>  válido até %1 (restam %n dias)</numerusform>
        </translation>
    </message>
    <message>
        <source>  SHA-256 %1</source>
        <translation>  SHA-256 %1</translation>
    </message>
    <message>
        <source>No destination in this subaccount signs with the trust certificate.</source>
        <translation>Nenhum destino desta subconta assina com o certificado de confiança.</translation>
    </message>
    <message>
        <source>Providers that must hold the certificate (destinations signing with it):</source>
        <translation>Provedores que precisam ter o certificado (destinos que assinam com ele):</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under Connectivity &gt; Destination Trust (Generate Trust).</source>
        <translation>A subconta ainda não tem certificado de confiança. Crie um no cockpit do SAP BTP em “Connectivity &gt; Destination Trust” (“Generate Trust”).</translation>
    </message>
    <message>
        <source>Rotate it: &apos;trust prepare&apos;, give the passive certificate to every provider above, then &apos;trust rotate --yes&apos;. Renewing the active one directly stops task updates until every provider has the new one, which is why SAP advises against it.</source>
        <translation>Faça a rotação: &apos;trust prepare&apos;, entregue o certificado passivo a cada provedor acima e depois &apos;trust rotate --yes&apos;. Renovar diretamente o certificado ativo interrompe as atualizações de tarefas até que todos os provedores tenham o novo; por isso a SAP não recomenda essa opção.</translation>
    </message>
    <message>
        <source>The subaccount&apos;s destination trust certificates, rotated without downtime as SAP advises: &apos;prepare&apos; makes a passive certificate (--out FILE writes it for the providers), you give it to every provider listed, &apos;rotate --yes&apos; swaps the two and asks for a token with every destination that can get one alone; when one fails it rotates back (unless --keep). &apos;remove-passive&apos; deletes the passive certificate (after a rotation: the old one). &apos;status&apos; shows both and the providers that hold them.
Actions: status, prepare, rotate, remove-passive.
Exit codes: 0 done (status: valid for more than %1 days); 1 attention (expiring, expired or none; rotate without --yes; a provider refused the new certificate); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>Os certificados de confiança de destino da subconta, com rotação sem interrupção, como a SAP recomenda: &apos;prepare&apos; cria um certificado passivo (--out FILE o grava para os provedores), você o entrega a cada provedor listado, &apos;rotate --yes&apos; troca os dois e solicita um token com cada destino que pode obter um sem usuário; se algum falhar, a rotação é desfeita (exceto com --keep). &apos;remove-passive&apos; exclui o certificado passivo (após uma rotação: o antigo). &apos;status&apos; mostra os dois e os provedores que os têm.
Ações: status, prepare, rotate, remove-passive.
Códigos de saída: 0 feito (status: válido por mais de %1 dias); 1 atenção (expirando, expirado ou nenhum; rotate sem --yes; um provedor recusou o novo certificado); 2 entrada inválida; 3 não foi possível acessar a subconta ou ela não aceitou a chave.</translation>
    </message>
    <message>
        <source>prepare: write the passive certificate (PEM) to FILE.</source>
        <translation>prepare: gravar o certificado passivo (PEM) em FILE.</translation>
    </message>
    <message>
        <source>rotate: rotate now.</source>
        <translation>rotate: fazer a rotação agora.</translation>
    </message>
    <message>
        <source>rotate: keep the new certificate even when a provider refuses it.</source>
        <translation>rotate: manter o novo certificado mesmo se um provedor o recusar.</translation>
    </message>
    <message>
        <source>Say what to do: trust status, prepare, rotate or remove-passive.
Run &apos;taskcenter-connect trust --help&apos; for the options.</source>
        <translation>Informe o que fazer: trust status, prepare, rotate ou remove-passive.
Para ver as opções, execute &apos;taskcenter-connect trust --help&apos;.</translation>
    </message>
    <message>
        <source>trust %1 takes no FILE of its own.
Run &apos;taskcenter-connect trust --help&apos; for the options.</source>
        <translation>trust %1 não aceita um arquivo (FILE) próprio.
Para ver as opções, execute &apos;taskcenter-connect trust --help&apos;.</translation>
    </message>
    <message>
        <source>--out belongs to &apos;trust prepare&apos;.</source>
        <translation>--out é uma opção de &apos;trust prepare&apos;.</translation>
    </message>
    <message>
        <source>--yes and --keep belong to &apos;trust rotate&apos;.</source>
        <translation>--yes e --keep são opções de &apos;trust rotate&apos;.</translation>
    </message>
    <message>
        <source>Active:  </source>
        <translation>Ativo:   </translation>
    </message>
    <message>
        <source>Passive: </source>
        <translation>Passivo: </translation>
    </message>
    <message>
        <source>Nothing was changed. Once every provider above holds the passive certificate, run &apos;trust rotate --yes&apos;.</source>
        <translation>Nada foi alterado. Quando todos os provedores acima tiverem o certificado passivo, execute &apos;trust rotate --yes&apos;.</translation>
    </message>
    <message>
        <source>Nothing was changed. There is no passive certificate yet: run &apos;trust prepare&apos; first.</source>
        <translation>Nada foi alterado. Ainda não há certificado passivo: execute primeiro &apos;trust prepare&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Rotated back: %n destination(s) got no token with the new certificate, so the old one is active again and no task update was lost. Give the passive certificate to those providers, then rotate again.</source>
        <translation>
            <numerusform>Rotação desfeita: %n destino não obteve token com o novo certificado; por isso o antigo está ativo de novo e nenhuma atualização de tarefa foi perdida. Entregue o certificado passivo aos provedores afetados e depois faça a rotação novamente.</numerusform>
            <numerusform>Rotação desfeita: %n destinos não obtiveram token com o novo certificado; por isso o antigo está ativo de novo e nenhuma atualização de tarefa foi perdida. Entregue o certificado passivo aos provedores afetados e depois faça a rotação novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotated. %n destination(s) got a token with the new certificate.</source>
        <translation>
            <numerusform>Rotação feita. %n destino obteve um token com o novo certificado.</numerusform>
            <numerusform>Rotação feita. %n destinos obtiveram um token com o novo certificado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passive certificate is in %1.</source>
        <translation>O certificado passivo está em %1.</translation>
    </message>
    <message>
        <source>Give the passive certificate to every provider above (where its guide says to upload the trust certificate), then run &apos;trust rotate --yes&apos;.</source>
        <translation>Entregue o certificado passivo a cada provedor acima (onde o guia dele indicar carregar o certificado de confiança) e depois execute &apos;trust rotate --yes&apos;.</translation>
    </message>
</context>
<context>
    <name>ConfigurationCheck</name>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>Lendo os destinos de “%1”…</translation>
    </message>
    <message>
        <source>Reading the trust certificate of &quot;%1&quot;…</source>
        <translation>Lendo o certificado de confiança de “%1”…</translation>
    </message>
    <message>
        <source>Testing tokens: %1 of %2 destinations…</source>
        <translation>Testando tokens: %1 de %2 destinos…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>A verificação foi interrompida.</translation>
    </message>
    <message>
        <source>Reading the destination certificates of &quot;%1&quot;…</source>
        <translation>Lendo os certificados de destino de “%1”…</translation>
    </message>
</context>
<context>
    <name>ConfigurationFix</name>
    <message>
        <source>Set tc.enabled to true on %1 in the subaccount. SAP Task Center then reads its tasks (the first time, those of the last 90 days). Nothing else in the destination changes.</source>
        <translation>tc.enabled será definido como true em %1 na subconta. O SAP Task Center então lerá as tarefas dele (na primeira vez, as dos últimos 90 dias). Nada mais muda no destino.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from the secondary destination %1 in the subaccount. Nothing else in the destination changes.</source>
        <translation>tc.enabled será removido do destino secundário %1 na subconta. Nada mais muda no destino.</translation>
    </message>
    <message>
        <source>This finding cannot be fixed here; follow its fix in the SAP BTP cockpit.</source>
        <translation>Esta constatação não pode ser corrigida aqui; siga a correção indicada no cockpit do SAP BTP.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Não alterado: %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else in the meantime, so nothing was written. Check again, then fix it.</source>
        <translation>%1 foi alterado por outra pessoa nesse meio-tempo, portanto nada foi gravado. Verifique novamente e depois corrija.</translation>
    </message>
    <message>
        <source>%1 was changed since the check, so nothing was written. Check again, then fix it.</source>
        <translation>%1 foi alterado desde a verificação, portanto nada foi gravado. Verifique novamente e depois corrija.</translation>
    </message>
</context>
<context>
    <name>ConfigurationSource</name>
    <message>
        <source>No destination in this JSON file: it has no object with a &quot;Name&quot;.</source>
        <translation>Nenhum destino neste arquivo JSON: ele não tem nenhum objeto com &quot;Name&quot;.</translation>
    </message>
    <message>
        <source>This file looks like JSON but cannot be read (%1 at character %2). Export the destination again.</source>
        <translation>Este arquivo parece JSON, mas não pode ser lido (%1 no caractere %2). Exporte o destino novamente.</translation>
    </message>
    <message>
        <source>Not a destination file: it has no Name property. Export destinations from the SAP BTP cockpit (Connectivity &gt; Destinations &gt; Export).</source>
        <translation>Não é um arquivo de destino: ele não tem a propriedade Name. Exporte os destinos do cockpit do SAP BTP (“Connectivity &gt; Destinations &gt; Export”).</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>Arquivo ou pasta não encontrado.</translation>
    </message>
    <message>
        <source>The folder holds no files.</source>
        <translation>A pasta não contém arquivos.</translation>
    </message>
    <message>
        <source>Too large for a destination file (over 4 MB); skipped.</source>
        <translation>Grande demais para um arquivo de destino (mais de 4 MB); ignorado.</translation>
    </message>
    <message>
        <source>This zip archive is damaged (%1); the files before the damage were checked. Export the destinations again.</source>
        <translation>Este arquivo zip está danificado (%1); os arquivos anteriores ao dano foram verificados. Exporte os destinos novamente.</translation>
    </message>
    <message>
        <source>The zip archive holds no files.</source>
        <translation>O arquivo zip não contém arquivos.</translation>
    </message>
    <message>
        <source>An archive inside an archive is not read; unpack it and check its files.</source>
        <translation>Um arquivo compactado dentro de outro não é lido; descompacte-o e verifique os arquivos dele.</translation>
    </message>
    <message>
        <source>This archive holds more than 64 MB or %1 files; the rest is not checked. Check the destinations in parts.</source>
        <translation>Este arquivo compactado contém mais de 64 MB ou %1 arquivos; o restante não é verificado. Verifique os destinos em partes.</translation>
    </message>
    <message>
        <source>Cannot be unpacked (%1); skipped.</source>
        <translation>Não é possível descompactar (%1); ignorado.</translation>
    </message>
    <message>
        <source>Not a file or folder (a device or a pipe); skipped.</source>
        <translation>Não é um arquivo nem uma pasta (é um dispositivo ou um pipe); ignorado.</translation>
    </message>
    <message>
        <source>A link inside the archive, not a file; not read. Export the destinations again.</source>
        <translation>Um link dentro do arquivo compactado, não um arquivo; não lido. Exporte os destinos novamente.</translation>
    </message>
    <message>
        <source>Not a file (a device or a pipe inside the archive); not read.</source>
        <translation>Não é um arquivo (é um dispositivo ou um pipe dentro do arquivo compactado); não lido.</translation>
    </message>
    <message>
        <source>This file is saved as %1 text, but parts of it are not. Save it again as UTF-8, or export the destination again.</source>
        <translation>Este arquivo está salvo como texto %1, mas partes dele não estão nesse formato. Salve-o novamente como UTF-8 ou exporte o destino novamente.</translation>
    </message>
    <message>
        <source>This folder cannot be opened: you have no permission to read it. Check it as a user who may, or copy the files somewhere you may read them.</source>
        <translation>Esta pasta não pode ser aberta: você não tem permissão para lê-la. Verifique-a como um usuário que tenha permissão, ou copie os arquivos para um local em que você possa lê-los.</translation>
    </message>
    <message>
        <source>Its name is not UTF-8 text, so it cannot be opened by that name; not read. Rename it.</source>
        <translation>O nome não é um texto UTF-8, portanto o item não pode ser aberto por esse nome; não lido. Renomeie-o.</translation>
    </message>
    <message>
        <source>Not a file (a device or a pipe); not read.</source>
        <translation>Não é um arquivo (é um dispositivo ou um pipe); não lido.</translation>
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
        <translation>&amp;Salvar progresso…</translation>
    </message>
    <message>
        <source>Save what you entered so far, to continue later</source>
        <translation>Salvar o que você inseriu até agora, para continuar depois</translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation>Salvar progresso</translation>
    </message>
    <message>
        <source>Setup files (*.json)</source>
        <translation>Arquivos de configuração (*.json)</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>Progresso não salvo</translation>
    </message>
    <message>
        <source>Continue a saved setup</source>
        <translation>Continuar uma configuração salva</translation>
    </message>
    <message>
        <source>Setup not opened</source>
        <translation>Configuração não aberta</translation>
    </message>
    <message>
        <source>The setup could not be opened: %1</source>
        <translation>Não foi possível abrir a configuração: %1</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Veri&amp;ficar novamente</translation>
    </message>
    <message>
        <source>Back to the check, to see what is left</source>
        <translation>Voltar à verificação, para ver o que falta</translation>
    </message>
    <message>
        <source>Progress saved</source>
        <translation>Progresso salvo</translation>
    </message>
    <message>
        <source>Leave the setup?</source>
        <translation>Sair da configuração?</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Task Center Connect – checking a configuration – %1</source>
        <translation>Task Center Connect – verificação de uma configuração – %1</translation>
    </message>
    <message>
        <source>Task Center Connect – %1 – step %2 of %3: %4</source>
        <translation>Task Center Connect – %1 – etapa %2 de %3: %4</translation>
    </message>
    <message>
        <source>What this step is for, where to click, and SAP&apos;s guide for it</source>
        <translation>Para que serve esta etapa, onde clicar e o guia da SAP para ela</translation>
    </message>
    <message>
        <source>Your setup is saved in %1. To continue it later, choose &quot;Continue a saved setup…&quot; on the first page.</source>
        <translation>Sua configuração foi salva em %1. Para continuá-la depois, escolha “Continuar uma configuração salva…” na primeira página.</translation>
    </message>
    <message>
        <source>Your saved setup is open again. To go on, give again:</source>
        <translation>Sua configuração salva está aberta novamente. Para continuar, informe novamente:</translation>
    </message>
    <message>
        <source>Keep for later: next time, the first page offers to continue where you left off.</source>
        <translation>Guardar para depois: da próxima vez, a primeira página oferece continuar de onde você parou.</translation>
    </message>
    <message>
        <source>Discard: forget this setup.</source>
        <translation>Descartar: esta configuração é esquecida.</translation>
    </message>
    <message>
        <source>&amp;Keep for later</source>
        <translation>&amp;Guardar para depois</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Permanecer no assistente</translation>
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
        <translation>(resulta de uma etapa anterior)</translation>
    </message>
    <message>
        <source>Someone else administers %1? Give them a sheet with these values.</source>
        <translation>Outra pessoa administra %1? Entregue a ela uma folha com estes valores.</translation>
    </message>
    <message>
        <source>Hand-&amp;off sheet…</source>
        <translation>Folha de &amp;repasse…</translation>
    </message>
    <message>
        <source>What to enter in %1, value by value, to print or save as PDF; secrets left out</source>
        <translation>O que inserir em %1, valor por valor, para imprimir ou salvar como PDF; sem os segredos</translation>
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
        <translation>Copiar %1 para a área de transferência</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Save %1 as a file</source>
        <translation>Salvar %1 como arquivo</translation>
    </message>
    <message>
        <source>Save %1 as a file, to upload it</source>
        <translation>Salvar %1 como arquivo, para carregá-lo</translation>
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
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Salvo como %1</translation>
    </message>
</context>
<context>
    <name>DataCenterDiffers</name>
    <message>
        <source>%1 reaches a provider in data center %2, but this subaccount (SAP Task Center) is in %3. Task Center and the provider must be in the same data center.</source>
        <translation>%1 acessa um provedor no data center %2, mas esta subconta (SAP Task Center) está em %3. O Task Center e o provedor devem estar no mesmo data center.</translation>
    </message>
    <message>
        <source>Connect a provider subaccount in %1, or use SAP Task Center in %2.</source>
        <translation>Conecte uma subconta do provedor em %1, ou use o SAP Task Center em %2.</translation>
    </message>
</context>
<context>
    <name>DestinationApplier</name>
    <message>
        <source>Not done: applying was cancelled.</source>
        <translation>Não executado: a aplicação foi cancelada.</translation>
    </message>
    <message>
        <source>%1 does not exist in the subaccount yet.</source>
        <translation>%1 ainda não existe na subconta.</translation>
    </message>
    <message>
        <source>%1 already exists in the subaccount and was left as it is.</source>
        <translation>%1 já existe na subconta e foi mantido como está.</translation>
    </message>
    <message>
        <source>Not done because %1 failed. %2 Fix the problem with %1 and try again.</source>
        <translation>Não executado porque %1 falhou. %2 Corrija o problema com %1 e tente novamente.</translation>
    </message>
    <message>
        <source>Not done: the connection to the subaccount was closed.</source>
        <translation>Não executado: a conexão com a subconta foi encerrada.</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount with other values. Check the differences, then overwrite it or choose another name.</source>
        <translation>Já existe na subconta um destino chamado %1 com outros valores. Verifique as diferenças e depois sobrescreva-o ou escolha outro nome.</translation>
    </message>
    <message>
        <source>%1 was deleted from the subaccount meanwhile, and its %2 cannot be kept. Enter them and apply again.</source>
        <translation>%1 foi excluído da subconta nesse meio-tempo, e os valores de %2 dele não podem ser mantidos. Insira-os e aplique novamente.</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount, and its values could not be read: %2</source>
        <translation>Já existe na subconta um destino chamado %1, e não foi possível ler os valores dele: %2</translation>
    </message>
    <message>
        <source>Not done because %1 exists with other values. %2 Overwrite or rename %1 first.</source>
        <translation>Não executado porque %1 existe com outros valores. %2 Primeiro sobrescreva ou renomeie %1.</translation>
    </message>
    <message>
        <source>Not done: %1 belongs to %2, which is not written with it. A secondary destination is written only together with its primary, so it never joins another system&apos;s pair.</source>
        <translation>Não executado: %1 pertence a %2, que não é gravado junto com ele. Um destino secundário só é gravado junto com o primário dele, para que nunca passe a fazer parte do par de outro sistema.</translation>
    </message>
    <message>
        <source>%1: %2 The change may have been made all the same. Apply again: it checks what the subaccount holds first and makes nothing twice.</source>
        <translation>%1: %2 A alteração pode ter sido feita mesmo assim. Aplique novamente: primeiro é verificado o que a subconta contém, e nada é feito duas vezes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Destination service did not say what became of it.</source>
        <translation>O Destination service não informou o resultado.</translation>
    </message>
    <message>
        <source>Waiting: %1 is writing these destinations in this subaccount…</source>
        <translation>Aguardando: %1 está gravando estes destinos nesta subconta…</translation>
    </message>
    <message>
        <source>Not done: %1 was still writing these destinations in this subaccount. Try again when it has finished.</source>
        <translation>Não executado: %1 ainda estava gravando estes destinos nesta subconta. Tente novamente quando terminar.</translation>
    </message>
    <message>
        <source>Reading it back…</source>
        <translation>Lendo novamente para conferir…</translation>
    </message>
    <message>
        <source>%1 was written, but is not in the subaccount any more: someone deleted it at the same time. Apply again to write it.</source>
        <translation>%1 foi gravado, mas não está mais na subconta: alguém o excluiu ao mesmo tempo. Aplique novamente para gravá-lo.</translation>
    </message>
    <message>
        <source>%1 does not hold what this run wrote: someone changed it at the same time. Apply again to write these values, and check who else changes it.</source>
        <translation>%1 não contém o que esta execução gravou: alguém o alterou ao mesmo tempo. Aplique novamente para gravar estes valores e verifique quem mais o altera.</translation>
    </message>
    <message>
        <source>%1 was changed in the subaccount after the review. Check the differences, then overwrite it or leave it as it is.</source>
        <translation>%1 foi alterado na subconta depois da revisão. Verifique as diferenças e depois sobrescreva-o ou mantenha-o como está.</translation>
    </message>
    <message>
        <source>Uploading the key store…</source>
        <translation>Carregando o keystore…</translation>
    </message>
    <message>
        <source>Replacing the key store…</source>
        <translation>Substituindo o keystore…</translation>
    </message>
    <message>
        <source>Not done: the key store %1 it names is not in the subaccount. %2</source>
        <translation>Não executado: o keystore %1 que ele indica não está na subconta. %2</translation>
    </message>
</context>
<context>
    <name>DestinationChangePlan</name>
    <message>
        <source>added %1: %2</source>
        <translation>adicionado %1: %2</translation>
    </message>
    <message>
        <source>changed %1: %2 → %3</source>
        <translation>alterado %1: %2 → %3</translation>
    </message>
    <message>
        <source>removed %1 (was %2)</source>
        <translation>removido %1 (era %2)</translation>
    </message>
    <message>
        <source>changed %1 (hidden)</source>
        <translation>alterado %1 (oculto)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sem endereço</translation>
    </message>
    <message>
        <source>%1 is not among this subaccount&apos;s destination certificates. Choose the key store file on this computer, and it is uploaded with the destinations.</source>
        <translation>%1 não está entre os certificados de destino desta subconta. Escolha o arquivo do keystore neste computador, e ele será carregado com os destinos.</translation>
    </message>
</context>
<context>
    <name>DestinationExporter</name>
    <message>
        <source>The destination name &quot;%1&quot; cannot be a file name. Use letters, digits, _ and -.</source>
        <translation>O nome de destino “%1” não pode ser um nome de arquivo. Use letras, dígitos, _ e -.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
        <translation>Não é possível criar a pasta %1. Escolha uma pasta em que você possa gravar.</translation>
    </message>
</context>
<context>
    <name>DestinationLock</name>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, processo %2 em %3</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>outro programa</translation>
    </message>
    <message>
        <source>another run of this program</source>
        <translation>outra execução deste programa</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>&amp;Edit properties (for experts)</source>
        <translation>&amp;Editar propriedades (para especialistas)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remover selecionadas</translation>
    </message>
    <message>
        <source>Reset to documented &amp;values</source>
        <translation>Redefinir para os valores &amp;documentados</translation>
    </message>
    <message>
        <source>These are the properties SAP&apos;s guide lists; check them, then continue.</source>
        <translation>Estas são as propriedades que o guia da SAP lista; verifique-as e depois continue.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Destination properties</source>
        <translation>Propriedades do destino</translation>
    </message>
    <message>
        <source>Property, e.g. tc.ui.label</source>
        <translation>Propriedade, por exemplo tc.ui.label</translation>
    </message>
    <message>
        <source>New property name</source>
        <translation>Nome da nova propriedade</translation>
    </message>
    <message>
        <source>New property value</source>
        <translation>Valor da nova propriedade</translation>
    </message>
    <message>
        <source>Required by SAP Task Center exactly like this.</source>
        <translation>Exigido pelo SAP Task Center exatamente assim.</translation>
    </message>
    <message>
        <source>A property name has letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;/&apos; and no spaces, for example tc.ui.label.</source>
        <translation>Um nome de propriedade tem letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; ou &apos;/&apos; e nenhum espaço, por exemplo tc.ui.label.</translation>
    </message>
    <message>
        <source>%1 cannot be changed here: SAP Task Center requires it as it is, or it follows a field of an earlier step.</source>
        <translation>%1 não pode ser alterado aqui: o SAP Task Center o exige como está, ou ele resulta de um campo de uma etapa anterior.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: SAP Task Center requires it.</source>
        <translation>%1 não pode ser removido: o SAP Task Center o exige.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>This provider definition has no destination &quot;%1&quot;.</source>
        <translation>Esta definição de provedor não tem o destino “%1”.</translation>
    </message>
    <message>
        <source>(entered in an earlier step; not yet entered)</source>
        <translation>(inserido em uma etapa anterior; ainda não inserido)</translation>
    </message>
    <message>
        <source>•••••••• (entered in an earlier step)</source>
        <translation>•••••••• (inserido em uma etapa anterior)</translation>
    </message>
    <message>
        <source>Secret: it follows the value you entered in an earlier step.</source>
        <translation>Segredo: segue o valor que você inseriu em uma etapa anterior.</translation>
    </message>
    <message>
        <source>%1 holds a secret. The wizard takes secrets only from its own fields and never saves them in a setup file: add it in the SAP BTP cockpit once the destination is written.</source>
        <translation>%1 contém um segredo. O assistente só aceita segredos dos próprios campos e nunca os salva em um arquivo de configuração: adicione-o no cockpit do SAP BTP assim que o destino for gravado.</translation>
    </message>
</context>
<context>
    <name>DestinationServiceKey</name>
    <message>
        <source>This is the key of an SAP Task Center instance, not of the Destination service. Open the Destination service instance (service destination, plan lite) in the subaccount and use its service key.</source>
        <translation>Esta é a chave de uma instância do SAP Task Center, e não do Destination service. Abra na subconta a instância do Destination service (serviço “destination”, plano “lite”) e use a chave de serviço dela.</translation>
    </message>
    <message>
        <source>The field clientsecret is missing: this key uses an X.509 certificate instead. Only keys with a client secret are supported. In the cockpit, create a new service key for the Destination service instance without parameters (or with {&quot;credential-type&quot;: &quot;binding-secret&quot;}) and use that one.</source>
        <translation>O campo clientsecret está faltando: esta chave usa um certificado X.509 em vez dele. Somente chaves com segredo do cliente são suportadas. No cockpit, crie uma nova chave de serviço para a instância do Destination service sem parâmetros (ou com {&quot;credential-type&quot;: &quot;binding-secret&quot;}) e use essa chave.</translation>
    </message>
    <message>
        <source>The field clientsecret is missing. Copy the whole key again from the cockpit.</source>
        <translation>O campo clientsecret está faltando. Copie novamente a chave inteira do cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Credentials are sent only over https. Copy the whole key again from the cockpit.</source>
        <translation>O campo %1 não é um endereço https:// (“%2”). As credenciais só são enviadas por https. Copie novamente a chave inteira do cockpit.</translation>
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
        <translation>Lendo destinos</translation>
    </message>
    <message>
        <source>Reading destination %1</source>
        <translation>Lendo o destino %1</translation>
    </message>
    <message>
        <source>Creating destination %1</source>
        <translation>Criando o destino %1</translation>
    </message>
    <message>
        <source>Updating destination %1</source>
        <translation>Atualizando o destino %1</translation>
    </message>
    <message>
        <source>Deleting destination %1</source>
        <translation>Excluindo o destino %1</translation>
    </message>
    <message>
        <source>Reading the trust certificate</source>
        <translation>Lendo o certificado de confiança</translation>
    </message>
    <message>
        <source>Checking destination %1</source>
        <translation>Verificando o destino %1</translation>
    </message>
    <message>
        <source>Getting a token</source>
        <translation>Obtendo um token</translation>
    </message>
    <message>
        <source>The request failed (%1). Check your network connection and try again.</source>
        <translation>A solicitação falhou (%1). Verifique sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> O serviço respondeu: “%1”.</translation>
    </message>
    <message>
        <source>The request was cancelled. If it was already on its way, the change may have been made; read the destinations again before you repeat it.</source>
        <translation>A solicitação foi cancelada. Se ela já estava a caminho, a alteração pode ter sido feita; leia os destinos novamente antes de repeti-la.</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing was changed.</source>
        <translation>A solicitação foi cancelada. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Check your network connection (and proxy), then try again.</source>
        <translation>%1 não respondeu em %2 segundos. Verifique sua conexão de rede (e o proxy) e tente novamente.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 port %2 (the connection was refused). Check that the service key is complete and current, and that no firewall blocks the connection.</source>
        <translation>Nada responde em %1, porta %2 (a conexão foi recusada). Verifique se a chave de serviço está completa e atualizada e se nenhum firewall bloqueia a conexão.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check your network connection and that the service key belongs to an existing subaccount.</source>
        <translation>O servidor %1 não foi encontrado. Verifique sua conexão de rede e se a chave de serviço pertence a uma subconta existente.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted (%2), so nothing was sent. Check the date and time of this computer and whether a proxy inspects https traffic.</source>
        <translation>Não foi possível confiar na conexão segura com %1 (%2), portanto nada foi enviado. Verifique a data e a hora deste computador e se um proxy inspeciona o tráfego https.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Falha no handshake TLS</translation>
    </message>
    <message>
        <source>The address %1 does not use https, so the service key is not sent there. Use the service key exactly as the SAP BTP cockpit shows it.</source>
        <translation>O endereço %1 não usa https, portanto a chave de serviço não é enviada para lá. Use a chave de serviço exatamente como o cockpit do SAP BTP a mostra.</translation>
    </message>
    <message>
        <source>The subaccount rejected the service key: its client ID or secret is not (or no longer) valid. Create a new service key for the Destination service instance in the cockpit and paste it here.</source>
        <translation>A subconta rejeitou a chave de serviço: o ID do cliente ou o segredo dela não é (ou não é mais) válido. Crie no cockpit uma nova chave de serviço para a instância do Destination service e cole-a aqui.</translation>
    </message>
    <message>
        <source>The service key may not do this (access denied).%1 Use the key of a Destination service instance in this subaccount, or ask a subaccount administrator.</source>
        <translation>A chave de serviço não tem permissão para fazer isso (acesso negado).%1 Use a chave de uma instância do Destination service nesta subconta ou peça ajuda a um administrador da subconta.</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. In the SAP BTP cockpit, open Connectivity &gt; Destination Trust, choose Generate Trust, then try again.</source>
        <translation>A subconta ainda não tem certificado de confiança. No cockpit do SAP BTP, abra “Connectivity &gt; Destination Trust”, escolha “Generate Trust” e tente novamente.</translation>
    </message>
    <message>
        <source>The destination %1 does not exist in the subaccount.</source>
        <translation>O destino %1 não existe na subconta.</translation>
    </message>
    <message>
        <source>The Destination service was not found at this address.%1 Check the uri field of the service key.</source>
        <translation>O Destination service não foi encontrado neste endereço.%1 Verifique o campo uri da chave de serviço.</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount. Choose another name or overwrite it.</source>
        <translation>Já existe na subconta um destino chamado %1. Escolha outro nome ou sobrescreva-o.</translation>
    </message>
    <message>
        <source>The destination %1 was changed by someone else in the meantime. Read it again and repeat your change.</source>
        <translation>O destino %1 foi alterado por outra pessoa nesse meio-tempo. Leia-o novamente e repita sua alteração.</translation>
    </message>
    <message>
        <source>The Destination service is busy (too many requests) and still was after %1 tries. Wait a minute and try again.</source>
        <translation>O Destination service está sobrecarregado (solicitações demais) e continuava assim após %1 tentativas. Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>The Destination service had a problem on its side (HTTP %1) and still had after %2 tries. Try again in a few minutes; if it lasts, check the SAP BTP status page.</source>
        <translation>O Destination service teve um problema do lado dele (HTTP %1) e continuava assim após %2 tentativas. Tente novamente em alguns minutos; se persistir, consulte a página de status do SAP BTP.</translation>
    </message>
    <message>
        <source>The Destination service refused the request as invalid.%1 Check the values you entered.</source>
        <translation>O Destination service recusou a solicitação como inválida.%1 Verifique os valores que você inseriu.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read. Check that the uri field of the service key points to the Destination service.</source>
        <translation>A resposta de %1 não pode ser lida. Verifique se o campo uri da chave de serviço aponta para o Destination service.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).%2 Try again; if it lasts, open Details and pass them to your administrator.</source>
        <translation>A solicitação falhou (HTTP %1).%2 Tente novamente; se persistir, abra “Detalhes” e envie-os ao seu administrador.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Try again; if it keeps happening, check any proxy or firewall between this computer and SAP BTP.</source>
        <translation>%1 encerrou a conexão sem responder. Tente novamente; se continuar acontecendo, verifique os proxies e firewalls entre este computador e o SAP BTP.</translation>
    </message>
    <message>
        <source>The destination %1 is stored, but the Destination service could not get a token with it: %2. Check the token service URL, user and password or client key of the destination.</source>
        <translation>O destino %1 está armazenado, mas o Destination service não conseguiu obter um token com ele: %2. Verifique no destino a URL do serviço de token, o usuário e a senha ou a chave do cliente.</translation>
    </message>
    <message>
        <source>The answer of %1 was larger than %2 and was not read. Check that the service key points to the Destination service.</source>
        <translation>A resposta de %1 era maior que %2 e não foi lida. Verifique se a chave de serviço aponta para o Destination service.</translation>
    </message>
    <message>
        <source>The Destination service refused this because of a conflict with the subaccount&apos;s current state.%1 Read the subaccount again and try again.</source>
        <translation>O Destination service recusou isto por causa de um conflito com o estado atual da subconta.%1 Leia a subconta novamente e tente outra vez.</translation>
    </message>
    <message>
        <source>Creating %1 destinations at once</source>
        <translation>Criando %1 destinos de uma vez</translation>
    </message>
    <message>
        <source>Updating %1 destinations at once</source>
        <translation>Atualizando %1 destinos de uma vez</translation>
    </message>
    <message>
        <source>The Destination service did not say what became of %1. It may have been written: read the subaccount again before you repeat the change.</source>
        <translation>O Destination service não informou o que aconteceu com %1. Ele pode ter sido gravado: leia a subconta novamente antes de repetir a alteração.</translation>
    </message>
    <message>
        <source>%1 did not answer within 1 second. Check your network connection (and proxy), then try again.</source>
        <translation>%1 não respondeu em 1 segundo. Verifique sua conexão de rede (e o proxy) e tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>The Destination service is busy and asked to wait %n second(s) before trying again: longer than this program waits for an answer (%1). Try again after that time.</source>
        <translation>
            <numerusform>O Destination service está sobrecarregado e pediu para aguardar %n segundo antes de tentar novamente: mais do que este programa aguarda por uma resposta (%1). Tente novamente depois desse tempo.</numerusform>
            <numerusform>O Destination service está sobrecarregado e pediu para aguardar %n segundos antes de tentar novamente: mais do que este programa aguarda por uma resposta (%1). Tente novamente depois desse tempo.</numerusform>
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
        <translation>Lendo os certificados de destino</translation>
    </message>
    <message>
        <source>Uploading certificate %1</source>
        <translation>Carregando o certificado %1</translation>
    </message>
    <message>
        <source>Replacing certificate %1</source>
        <translation>Substituindo o certificado %1</translation>
    </message>
    <message>
        <source>The certificate %1 is not among the subaccount&apos;s destination certificates (any more).</source>
        <translation>O certificado %1 não está (ou não está mais) entre os certificados de destino da subconta.</translation>
    </message>
    <message>
        <source>A certificate named %1 is already among the subaccount&apos;s destination certificates. Replace it, or give the file another name.</source>
        <translation>Já existe um certificado chamado %1 entre os certificados de destino da subconta. Substitua-o ou dê outro nome ao arquivo.</translation>
    </message>
    <message>
        <source>Reading the passive trust certificate</source>
        <translation>Lendo o certificado de confiança passivo</translation>
    </message>
    <message>
        <source>Making the passive trust certificate</source>
        <translation>Criando o certificado de confiança passivo</translation>
    </message>
    <message>
        <source>Rotating the trust certificates</source>
        <translation>Fazendo a rotação dos certificados de confiança</translation>
    </message>
    <message>
        <source>Deleting the passive trust certificate</source>
        <translation>Excluindo o certificado de confiança passivo</translation>
    </message>
    <message>
        <source>The subaccount has no passive trust certificate.</source>
        <translation>A subconta não tem certificado de confiança passivo.</translation>
    </message>
    <message>
        <source>The subaccount has no passive trust certificate to rotate to. Prepare one first (trust prepare), give it to every provider, then rotate.</source>
        <translation>A subconta não tem certificado de confiança passivo para a rotação. Prepare um primeiro (trust prepare), entregue-o a cada provedor e depois faça a rotação.</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>The file that was there is unchanged.</source>
        <translation>O arquivo que estava lá não foi alterado.</translation>
    </message>
    <message>
        <source>No file was made there.</source>
        <translation>Nenhum arquivo foi criado lá.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>a pasta não pode ser criada</translation>
    </message>
    <message>
        <source>The disk is full: %1 needs %2, and %3 is free there. %4 Make room on the disk, or choose another folder, and try again.</source>
        <translation>O disco está cheio: %1 precisa de %2, e há apenas %3 livres lá. %4 Libere espaço no disco ou escolha outra pasta e tente novamente.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). %3 Check that you may write to that folder, or choose another one.</source>
        <translation>Não foi possível gravar %1 (%2). %3 Verifique se você pode gravar nessa pasta ou escolha outra.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>&amp;Write destination files</source>
        <translation>&amp;Gravar arquivos de destino</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Escolher a pasta</translation>
    </message>
    <message>
        <source>Both: .properties for the cockpit and .json for the REST API</source>
        <translation>Ambos: .properties para o cockpit e .json para a API REST</translation>
    </message>
    <message>
        <source>.properties (the cockpit&apos;s import format)</source>
        <translation>.properties (o formato de importação do cockpit)</translation>
    </message>
    <message>
        <source>.json (the Destination service REST API&apos;s format)</source>
        <translation>.json (o formato da API REST do Destination service)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Pas&amp;ta:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message>
        <source>Folder for the destination files</source>
        <translation>Pasta para os arquivos de destino</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Escolha uma pasta para os arquivos.</translation>
    </message>
    <message>
        <source>Something earlier is not complete yet: %1 Go back and correct it.</source>
        <translation>Algo em uma etapa anterior ainda não está completo: %1 Volte e corrija.</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Substituir arquivos?</translation>
    </message>
    <message>
        <source>These files exist already and will be replaced:
%1</source>
        <translation>Estes arquivos já existem e serão substituídos:
%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the SAP BTP cockpit, open the subaccount where SAP Task Center runs and choose &lt;b&gt;Connectivity &amp;gt; Destinations&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Create &amp;gt; From File&lt;/b&gt; and import %1, one file at a time.&lt;/li&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Próximos passos&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;No cockpit do SAP BTP, abra a subconta em que o SAP Task Center é executado e escolha &lt;b&gt;Connectivity &amp;gt; Destinations&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Escolha &lt;b&gt;Create &amp;gt; From File&lt;/b&gt; e importe %1, um arquivo de cada vez.&lt;/li&gt;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>&amp;Include the secrets in the files</source>
        <translation>&amp;Incluir os segredos nos arquivos</translation>
    </message>
    <message>
        <source>Save the destinations as files, then import them in the SAP BTP cockpit.</source>
        <translation>Salve os destinos como arquivos e depois importe-os no cockpit do SAP BTP.</translation>
    </message>
    <message>
        <source>Anyone who has these files can use the secrets in them. Keep the files in a safe place and delete them after the import. Without this option the files leave the secrets out, as the cockpit&apos;s own export does, and you type them in after the import.</source>
        <translation>Qualquer pessoa que tenha estes arquivos pode usar os segredos contidos neles. Guarde os arquivos em local seguro e exclua-os depois da importação. Sem esta opção, os arquivos não incluem os segredos, como a própria exportação do cockpit, e você os digita depois da importação.</translation>
    </message>
    <message>
        <source>&lt;li&gt;In each imported destination, fill in the secrets the files leave out: &lt;b&gt;%1&lt;/b&gt; (the values you entered in the wizard&apos;s earlier steps).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Em cada destino importado, preencha os segredos que os arquivos não incluem: &lt;b&gt;%1&lt;/b&gt; (os valores que você inseriu nas etapas anteriores do assistente).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;. You can also save them as files.</source>
        <translation>Os destinos estão em “%1”. Você também pode salvá-los como arquivos.</translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation>Gravados:
%1</translation>
    </message>
    <message>
        <source>Write the destination files to finish: they are what you import.</source>
        <translation>Grave os arquivos de destino para concluir: são eles que você importa.</translation>
    </message>
    <message>
        <source>Save the destinations as files</source>
        <translation>Salvar os destinos como arquivos</translation>
    </message>
    <message>
        <source>&lt;li&gt;Check in SAP Task Center&apos;s &lt;b&gt;Monitoring&lt;/b&gt; that the connector reports no error within the next hour (Task Center turns &lt;i&gt;tc.enabled&lt;/i&gt; off by itself when it cannot fetch a token for an hour).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Verifique no &lt;b&gt;Monitoring&lt;/b&gt; do SAP Task Center se o conector não informa nenhum erro na próxima hora (o Task Center desativa &lt;i&gt;tc.enabled&lt;/i&gt; sozinho quando não consegue obter um token por uma hora).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;If you like, check the connection in SAP Task Center&apos;s &lt;b&gt;Monitoring&lt;/b&gt;, as SAP&apos;s guide suggests (the cockpit&apos;s &lt;i&gt;Check Connection&lt;/i&gt; may not show it correctly).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Se quiser, verifique a conexão no &lt;b&gt;Monitoring&lt;/b&gt; do SAP Task Center, como sugere o guia da SAP (o &lt;i&gt;Check Connection&lt;/i&gt; do cockpit pode não mostrá-la corretamente).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Nothing is left to import: the destinations are in &quot;%1&quot;.&lt;/li&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Próximos passos&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Não há mais nada a importar: os destinos estão em “%1”.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Files are optional here, e.g. to set up another subaccount the same way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aqui os arquivos são opcionais, por exemplo para configurar outra subconta da mesma forma.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Save.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Salve.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Upload the key store %1 under &lt;b&gt;Connectivity &amp;gt; Destination Certificates&lt;/b&gt; (&lt;b&gt;Create &amp;gt; Import&lt;/b&gt;), keeping its file name: the destinations name it, and the files do not hold it.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Carregue o keystore %1 em &lt;b&gt;Connectivity &amp;gt; Destination Certificates&lt;/b&gt; (&lt;b&gt;Create &amp;gt; Import&lt;/b&gt;), mantendo o nome do arquivo: os destinos o indicam, e os arquivos não o contêm.&lt;/li&gt;</translation>
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
        <translation>Folha de repasse</translation>
    </message>
    <message>
        <source>The hand-off sheet</source>
        <translation>A folha de repasse</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) on the sheet are not known yet. Complete the earlier steps, then open the sheet again.</source>
        <translation>
            <numerusform>%n valor da folha ainda não é conhecido. Conclua as etapas anteriores e depois abra a folha novamente.</numerusform>
            <numerusform>%n valores da folha ainda não são conhecidos. Conclua as etapas anteriores e depois abra a folha novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the hand-off sheet</source>
        <translation>Salvar a folha de repasse</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1. Secrets are not in it.</source>
        <translation>Salvo como %1. Os segredos não estão nele.</translation>
    </message>
    <message>
        <source>Saved as %1, with %2 next to it to hand over too. Secrets are not in them.</source>
        <translation>Salvo como %1, com %2 ao lado, para entregar junto. Os segredos não estão neles.</translation>
    </message>
    <message>
        <source>Print the hand-off sheet</source>
        <translation>Imprimir a folha de repasse</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Salvar como &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>HandoffSheet</name>
    <message>
        <source>%1 - SAP Task Center hand-off.pdf</source>
        <translation>%1 - Folha de repasse SAP Task Center.pdf</translation>
    </message>
    <message>
        <source>%1: what to enter for SAP Task Center</source>
        <translation>%1: o que inserir para o SAP Task Center</translation>
    </message>
    <message>
        <source>For the administrator of %1. Please enter the values below in %1 as each step says, and send the values listed under &quot;To send back&quot; to the person setting up SAP Task Center.</source>
        <translation>Para o administrador de %1. Insira os valores abaixo em %1 conforme cada etapa indica e envie os valores listados em &quot;Para enviar de volta&quot; à pessoa que está configurando o SAP Task Center.</translation>
    </message>
    <message>
        <source>Prepared on %1 with Task Center Connect.</source>
        <translation>Preparada em %1 com o Task Center Connect.</translation>
    </message>
    <message>
        <source>Secrets (passwords, client secrets, keys) are not on this sheet. Where a step needs one, the sheet says where it comes from. Send secrets back only in a way your organization allows for passwords, never in a plain e-mail.</source>
        <translation>Os segredos (senhas, segredos do cliente, chaves) não estão nesta folha. Quando uma etapa precisa de um, a folha diz de onde ele vem. Envie segredos de volta somente de uma forma que a sua organização permita para senhas, nunca em um e-mail comum.</translation>
    </message>
    <message>
        <source>Your %1 system</source>
        <translation>Seu sistema %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Etapa %1: %2</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for this step: %1, %2</source>
        <translation>Guia da SAP para esta etapa: %1, %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>A secret, not on this sheet: ask the person setting up SAP Task Center for it.</source>
        <translation>Um segredo, que não está nesta folha: peça-o à pessoa que está configurando o SAP Task Center.</translation>
    </message>
    <message>
        <source>Not known yet: it follows from an earlier step of the setup.</source>
        <translation>Ainda não conhecido: resulta de uma etapa anterior da configuração.</translation>
    </message>
    <message>
        <source>The file %1, handed over with this sheet.</source>
        <translation>O arquivo %1, entregue junto com esta folha.</translation>
    </message>
    <message>
        <source>To send back:</source>
        <translation>Para enviar de volta:</translation>
    </message>
    <message>
        <source>A secret: send it in a way your organization allows for passwords, not on this sheet.</source>
        <translation>Um segredo: envie-o de uma forma que a sua organização permita para senhas, e não nesta folha.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) below are not known yet: complete the earlier steps of the setup and make this sheet again.</source>
        <translation>
            <numerusform>%n valor abaixo ainda não é conhecido: conclua as etapas anteriores da configuração e gere esta folha novamente.</numerusform>
            <numerusform>%n valores abaixo ainda não são conhecidos: conclua as etapas anteriores da configuração e gere esta folha novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this way through the setup, nothing is entered in %1 by hand.</source>
        <translation>Neste caminho da configuração, nada é inserido manualmente em %1.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>&amp;Open SAP&apos;s guide</source>
        <translation>&amp;Abrir o guia da SAP</translation>
    </message>
    <message>
        <source>What this step is for</source>
        <translation>Para que serve esta etapa</translation>
    </message>
    <message>
        <source>Where to click</source>
        <translation>Onde clicar</translation>
    </message>
    <message>
        <source>Address of SAP&apos;s guide</source>
        <translation>Endereço do guia da SAP</translation>
    </message>
    <message>
        <source>Open SAP&apos;s guide in a browser</source>
        <translation>Abrir o guia da SAP em um navegador</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Fechar a ajuda</translation>
    </message>
    <message>
        <source>SAP&apos;s guide</source>
        <translation>Guia da SAP</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Ajuda: %1</translation>
    </message>
    <message>
        <source>SAP&apos;s guides name no page for this step.</source>
        <translation>Os guias da SAP não indicam nenhuma página para esta etapa.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the address below and open it in a browser.</source>
        <translation>Não foi possível abrir nenhum navegador. Copie o endereço abaixo e abra-o em um navegador.</translation>
    </message>
</context>
<context>
    <name>HttpWithCredentials</name>
    <message>
        <source>%1 sends credentials (%2) to an http:// address, unencrypted.</source>
        <translation>%1 envia credenciais (%2) para um endereço http://, sem criptografia.</translation>
    </message>
    <message>
        <source>Use the https:// address of the system.</source>
        <translation>Use o endereço https:// do sistema.</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryAddress</name>
    <message>
        <source>The URL of %1 is &quot;%2&quot;; SAP documents the tenant&apos;s SCIM address, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>A URL de %1 é “%2”; a SAP documenta o endereço SCIM do tenant, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</translation>
    </message>
    <message>
        <source>Set the URL to https://&lt;your tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>Defina a URL como https://&lt;seu tenant&gt;.accounts.ondemand.com/scim.</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryAuthentication</name>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP Task Center reads the identity directory with BasicAuthentication or ClientCertificateAuthentication only.</source>
        <translation>%1 usa a autenticação “%2”; o SAP Task Center lê o diretório de identidades somente com BasicAuthentication ou ClientCertificateAuthentication.</translation>
    </message>
    <message>
        <source>Set Authentication to BasicAuthentication (a technical user of the tenant) or ClientCertificateAuthentication.</source>
        <translation>Defina Authentication como BasicAuthentication (um usuário técnico do tenant) ou ClientCertificateAuthentication.</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryMissing</name>
    <message>
        <source>The subaccount has no destination %1, which SAP Task Center needs to find users and groups in SAP Cloud Identity Services: no tasks arrive without it.</source>
        <translation>A subconta não tem o destino %1, de que o SAP Task Center precisa para encontrar usuários e grupos no SAP Cloud Identity Services: sem ele, nenhuma tarefa chega.</translation>
    </message>
    <message>
        <source>Create %1 with the URL https://&lt;your tenant&gt;.accounts.ondemand.com/scim and BasicAuthentication or ClientCertificateAuthentication.</source>
        <translation>Crie %1 com a URL https://&lt;seu tenant&gt;.accounts.ondemand.com/scim e BasicAuthentication ou ClientCertificateAuthentication.</translation>
    </message>
</context>
<context>
    <name>InputChecks</name>
    <message>
        <source>Enter a name for the destination.</source>
        <translation>Insira um nome para o destino.</translation>
    </message>
    <message>
        <source>Use only letters (A-Z, a-z), digits, underscores (_) and hyphens (-) in the name; spaces and other characters are not allowed by SAP BTP.</source>
        <translation>Use no nome somente letras (A-Z, a-z), dígitos, sublinhados (_) e hifens (-); o SAP BTP não permite espaços nem outros caracteres.</translation>
    </message>
    <message>
        <source>The name has %1 characters; SAP BTP allows at most %2.</source>
        <translation>O nome tem %1 caracteres; o SAP BTP permite no máximo %2.</translation>
    </message>
    <message>
        <source>The name has %1 characters; SAP Task Center stops with an error above %2. Shorten it.</source>
        <translation>O nome tem %1 caracteres; acima de %2, o SAP Task Center para com um erro. Encurte-o.</translation>
    </message>
    <message>
        <source>The name has %1 characters; keep it to %2 so that the second destination, %3_PP, stays within SAP Task Center&apos;s limit of %4.</source>
        <translation>O nome tem %1 caracteres; use no máximo %2 para que o segundo destino, %3_PP, fique dentro do limite de %4 do SAP Task Center.</translation>
    </message>
    <message>
        <source>Names ending in _PP are how SAP Task Center recognizes the principal-propagation destination. Choose a name without _PP for the main destination.</source>
        <translation>É pelo final _PP que o SAP Task Center reconhece o destino de propagação de principal. Escolha um nome sem _PP para o destino principal.</translation>
    </message>
    <message>
        <source>The address must start with https://; credentials never travel unencrypted.</source>
        <translation>O endereço deve começar com https://; as credenciais nunca trafegam sem criptografia.</translation>
    </message>
    <message>
        <source>This is not a complete web address. Copy it again, starting with https://.</source>
        <translation>Este não é um endereço da Web completo. Copie-o novamente, começando com https://.</translation>
    </message>
    <message>
        <source>This value has no spaces or line breaks. Copy it again from where it is shown.</source>
        <translation>Este valor não tem espaços nem quebras de linha. Copie-o novamente de onde ele é mostrado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a placeholder from a template. Enter the real value.</source>
        <translation>“%1” é um espaço reservado de um modelo. Insira o valor real.</translation>
    </message>
    <message>
        <source>Enter the address, starting with https://.</source>
        <translation>Insira o endereço, começando com https://.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Insira o ID do cliente.</translation>
    </message>
    <message>
        <source>Enter the secret.</source>
        <translation>Insira o segredo.</translation>
    </message>
    <message>
        <source>A client is three digits, for example 100.</source>
        <translation>Um mandante tem três dígitos, por exemplo 100.</translation>
    </message>
    <message>
        <source>This is a placeholder from a template. Paste the real API key.</source>
        <translation>Isto é um espaço reservado de um modelo. Cole a chave de API real.</translation>
    </message>
    <message>
        <source>A secret is one line. Copy it again from where it is shown.</source>
        <translation>Um segredo tem uma só linha. Copie-o novamente de onde ele é mostrado.</translation>
    </message>
    <message>
        <source>This is a placeholder from a template. Enter the real value.</source>
        <translation>Isto é um espaço reservado de um modelo. Insira o valor real.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name as the system shows it (its user ID).</source>
        <translation>Insira o nome de usuário como o sistema o mostra (o ID de usuário).</translation>
    </message>
    <message>
        <source>A user name has no spaces. Enter the user&apos;s ID, not the person&apos;s name.</source>
        <translation>Um nome de usuário não tem espaços. Insira o ID de usuário, e não o nome da pessoa.</translation>
    </message>
    <message>
        <source>Paste the API key the system shows for this client.</source>
        <translation>Cole a chave de API que o sistema mostra para este cliente.</translation>
    </message>
    <message>
        <source>An API key has no spaces or line breaks. Copy it again from where it is shown.</source>
        <translation>Uma chave de API não tem espaços nem quebras de linha. Copie-a novamente de onde ela é mostrada.</translation>
    </message>
</context>
<context>
    <name>InputField</name>
    <message>
        <source>Show or hide the value</source>
        <translation>Mostrar ou ocultar o valor</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>The value SAP&apos;s guide shows as an example</source>
        <translation>O valor que o guia da SAP mostra como exemplo</translation>
    </message>
    <message>
        <source>Taken from the subaccount and kept hidden; type a new value to replace it</source>
        <translation>Obtido da subconta e mantido oculto; digite um novo valor para substituí-lo</translation>
    </message>
    <message>
        <source>Use this value instead of the one entered</source>
        <translation>Usar este valor em vez do inserido</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <source>Choose the key store file for %1</source>
        <translation>Escolher o arquivo do keystore para %1</translation>
    </message>
    <message>
        <source>Choose the key store</source>
        <translation>Escolher o keystore</translation>
    </message>
    <message>
        <source>Key stores (*.p12 *.pfx *.jks);;All files (*)</source>
        <translation>Keystores (*.p12 *.pfx *.jks);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 is to be in the subaccount&apos;s destination certificates already: the destinations name it, and nothing is uploaded. To upload it, choose the file on this computer.</source>
        <translation>%1 já deve estar nos certificados de destino da subconta: os destinos o indicam, e nada é carregado. Para carregá-lo, escolha o arquivo neste computador.</translation>
    </message>
    <message>
        <source>Uploaded to the subaccount&apos;s destination certificates as %1 when the wizard writes the destinations. Its certificate: %2, valid until %3.</source>
        <translation>Carregado nos certificados de destino da subconta como %1 quando o assistente gravar os destinos. O certificado dele: %2, válido até %3.</translation>
    </message>
    <message>
        <source>Uploaded to the subaccount&apos;s destination certificates as %1 when the wizard writes the destinations (a Java key store: the wizard cannot check its password).</source>
        <translation>Carregado nos certificados de destino da subconta como %1 quando o assistente gravar os destinos (um keystore Java: o assistente não consegue verificar a senha dele).</translation>
    </message>
</context>
<context>
    <name>KeyStoreFile</name>
    <message>
        <source>The key store file is empty. Export the key store again.</source>
        <translation>O arquivo do keystore está vazio. Exporte o keystore novamente.</translation>
    </message>
    <message>
        <source>This file is not a key store (.p12, .pfx or .jks). Choose the key store with the client certificate and its private key, as it was exported for this connection.</source>
        <translation>Este arquivo não é um keystore (.p12, .pfx ou .jks). Escolha o keystore com o certificado de cliente e sua chave privada, como foi exportado para esta conexão.</translation>
    </message>
    <message>
        <source>The password does not open this key store. Enter the password it was exported with; it is case-sensitive.</source>
        <translation>A senha não abre este keystore. Digite a senha com que ele foi exportado; ela diferencia maiúsculas de minúsculas.</translation>
    </message>
    <message>
        <source>This key store holds no client certificate with its private key, which the destination needs to authenticate. Export the certificate together with its private key.</source>
        <translation>Este keystore não contém nenhum certificado de cliente com sua chave privada, de que o destino precisa para se autenticar. Exporte o certificado junto com sua chave privada.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Copiar os detalhes</translation>
    </message>
</context>
<context>
    <name>NameLeavesNoRoom</name>
    <message>
        <source>%1 has %2 characters: its secondary %1_PP would exceed SAP Task Center&apos;s limit of %3.</source>
        <translation>%1 tem %2 caracteres: o destino secundário %1_PP dele ultrapassaria o limite de %3 do SAP Task Center.</translation>
    </message>
    <message>
        <source>Use at most %1 characters for a primary destination.</source>
        <translation>Use no máximo %1 caracteres para um destino primário.</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>Create the destination again under a shorter name made of letters, digits, _ and -; rename its secondary with it.</source>
        <translation>Crie o destino novamente com um nome mais curto, formado por letras, dígitos, _ e -; renomeie o destino secundário da mesma forma.</translation>
    </message>
</context>
<context>
    <name>NameTwice</name>
    <message>
        <source>%1 is given twice (%2 and %3); the later one is checked.</source>
        <translation>%1 foi informado duas vezes (%2 e %3); o posterior é verificado.</translation>
    </message>
    <message>
        <source>Check only one export of each destination. Exports of different subaccounts: give each subaccount&apos;s folder or zip archive on its own.</source>
        <translation>Verifique somente uma exportação de cada destino. Exportações de subcontas diferentes: informe a pasta ou o arquivo zip de cada subconta separadamente.</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>Nothing to click in SAP&apos;s consoles yet. You will need the SAP BTP cockpit of the subaccount where SAP Task Center runs, and administrator access to %1; each later step says where to click.</source>
        <translation>Ainda não há nada para clicar nos consoles da SAP. Você precisará do cockpit do SAP BTP da subconta em que o SAP Task Center é executado e de acesso de administrador a %1; cada etapa seguinte diz onde clicar.</translation>
    </message>
    <message>
        <source>Choose where the destinations go: straight into your SAP BTP subaccount over the Destination service, into the demo subaccount on this computer, or only into files that you import in the SAP BTP cockpit yourself. Nothing is written into a subaccount before you have reviewed the changes and chosen Apply.</source>
        <translation>Escolha para onde vão os destinos: diretamente para a sua subconta do SAP BTP por meio do Destination service, para a subconta de demonstração neste computador ou somente para arquivos que você mesmo importa no cockpit do SAP BTP. Nada é gravado em uma subconta antes que você tenha revisado as alterações e escolhido “Aplicar”.</translation>
    </message>
    <message>
        <source>To add a subaccount, you need a key of its Destination service instance: in the SAP BTP cockpit, open Services &gt; Instances and Subscriptions, choose the Destination instance (plan lite; create one if there is none) and open or create a key under Service Keys. Open the downloaded file or paste its text.</source>
        <translation>Para adicionar uma subconta, você precisa de uma chave da instância do Destination service dela: no cockpit do SAP BTP, abra “Services &gt; Instances and Subscriptions”, escolha a instância “Destination” (plano “lite”; crie uma se não houver nenhuma) e abra ou crie uma chave em “Service Keys”. Abra o arquivo baixado ou cole o texto dele.</translation>
    </message>
    <message>
        <source>Shows, for each destination, whether applying will create it, update it (with every property that changes; secrets stay hidden) or leave it unchanged, and warns when another primary destination already points to the same system. Nothing has been written yet.</source>
        <translation>Mostra, para cada destino, se a aplicação vai criá-lo, atualizá-lo (com cada propriedade que muda; os segredos ficam ocultos) ou deixá-lo inalterado, e avisa quando outro destino primário já aponta para o mesmo sistema. Nada foi gravado ainda.</translation>
    </message>
    <message>
        <source>Nothing to click in SAP&apos;s consoles. To compare for yourself, the SAP BTP cockpit lists the subaccount&apos;s destinations under Connectivity &gt; Destinations.</source>
        <translation>Não há nada para clicar nos consoles da SAP. Para comparar por conta própria, veja os destinos da subconta no cockpit do SAP BTP, em “Connectivity &gt; Destinations”.</translation>
    </message>
    <message>
        <source>Writes each primary destination first, then the destinations that belong to it, and says for each whether it was created, updated, already up to date, or why it failed. Test connection asks the Destination service for a token with the primary destination, as SAP Task Center does.</source>
        <translation>Grava primeiro cada destino primário, depois os destinos que pertencem a ele, e informa para cada um se foi criado, atualizado, se já estava atualizado ou por que falhou. “Testar conexão” solicita um token ao Destination service com o destino primário, como o SAP Task Center faz.</translation>
    </message>
    <message>
        <source>The written destinations are listed in the SAP BTP cockpit under Connectivity &gt; Destinations. Afterwards, check in SAP Task Center&apos;s Monitoring that the connector reports no error.</source>
        <translation>Os destinos gravados estão listados no cockpit do SAP BTP em “Connectivity &gt; Destinations”. Depois, verifique no “Monitoring” do SAP Task Center se o conector não informa nenhum erro.</translation>
    </message>
    <message>
        <source>The destinations are in the subaccount. Files are optional here, for example to set up another subaccount the same way.</source>
        <translation>Os destinos estão na subconta. Aqui os arquivos são opcionais, por exemplo para configurar outra subconta da mesma forma.</translation>
    </message>
    <message>
        <source>The SAP BTP cockpit lists the destinations under Connectivity &gt; Destinations. Check in SAP Task Center&apos;s Monitoring that the connector reports no error within the next hour.</source>
        <translation>O cockpit do SAP BTP lista os destinos em “Connectivity &gt; Destinations”. Verifique no “Monitoring” do SAP Task Center se o conector não informa nenhum erro na próxima hora.</translation>
    </message>
    <message>
        <source>Saves each destination as a file (.properties for the SAP BTP cockpit, .json for the Destination service REST API) and says what to do next. After Apply, the files are optional.</source>
        <translation>Salva cada destino como um arquivo (.properties para o cockpit do SAP BTP, .json para a API REST do Destination service) e diz o que fazer em seguida. Depois de “Aplicar”, os arquivos são opcionais.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose Connectivity &gt; Destinations, then Create &gt; From File, and import the files one at a time. Unless you included them, fill in the secrets the files leave out.</source>
        <translation>No cockpit do SAP BTP, abra a subconta em que o SAP Task Center é executado, escolha “Connectivity &gt; Destinations” e depois “Create &gt; From File”, e importe os arquivos um de cada vez. Se você não os incluiu, preencha os segredos que os arquivos não contêm.</translation>
    </message>
    <message>
        <source>Choose what to check: the destinations of a subaccount (the demo subaccount or a saved one) or files exported from the SAP BTP cockpit; and, if you like, the trust certificate a provider holds, to compare it with the subaccount&apos;s current one.</source>
        <translation>Escolha o que verificar: os destinos de uma subconta (a subconta de demonstração ou uma subconta salva) ou arquivos exportados do cockpit do SAP BTP; e, se quiser, o certificado de confiança que um provedor tem, para compará-lo com o certificado atual da subconta.</translation>
    </message>
    <message>
        <source>To export destinations: in the SAP BTP cockpit, open Connectivity &gt; Destinations, select them and choose Export (several come as an archive). The subaccount&apos;s trust certificate: Connectivity &gt; Destination Trust &gt; Export.</source>
        <translation>Para exportar destinos: no cockpit do SAP BTP, abra “Connectivity &gt; Destinations”, selecione-os e escolha “Export” (vários destinos vêm em um arquivo compactado). O certificado de confiança da subconta: “Connectivity &gt; Destination Trust &gt; Export”.</translation>
    </message>
    <message>
        <source>Lists what the check found, grouped by provider and destination, the worst first. Choose a finding to read how to fix it, where SAP documents it and its rule; some are fixed from here (Fix in the subaccount…) or by setting the provider up again in the wizard.</source>
        <translation>Lista o que a verificação encontrou, agrupado por provedor e destino, os mais graves primeiro. Escolha uma constatação para ler como corrigi-la, onde a SAP a documenta e qual é a regra dela; algumas são corrigidas a partir daqui (“Corrigir na subconta…”) ou configurando o provedor novamente no assistente.</translation>
    </message>
    <message>
        <source>Fixes by hand are made in the SAP BTP cockpit under Connectivity &gt; Destinations, in the destination the finding names. Open SAP&apos;s page opens the page a finding cites.</source>
        <translation>As correções manuais são feitas no cockpit do SAP BTP em “Connectivity &gt; Destinations”, no destino que a constatação indica. “Abrir a página da SAP” abre a página que uma constatação cita.</translation>
    </message>
    <message>
        <source>Get the subaccount&apos;s trust certificate: from the subaccount itself, from the exported .pem file, or pasted. The wizard shows its validity and fingerprint, and warns when it expires soon.</source>
        <translation>Obtenha o certificado de confiança da subconta: da própria subconta, do arquivo .pem exportado ou colando o texto dele. O assistente mostra a validade e a impressão digital do certificado e avisa quando ele está perto de expirar.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose Connectivity &gt; Destination Trust and Export the active certificate (a .pem file). Older guides say Connectivity &gt; Destinations &gt; Download Trust; SAP moved it in November 2025.</source>
        <translation>No cockpit do SAP BTP, abra a subconta em que o SAP Task Center é executado, escolha “Connectivity &gt; Destination Trust” e exporte o certificado ativo com “Export” (um arquivo .pem). Guias mais antigos indicam “Connectivity &gt; Destinations &gt; Download Trust”; a SAP mudou esse local em novembro de 2025.</translation>
    </message>
    <message>
        <source>Renew the certificate before it expires, and put the new one into %1 at once: until then, tasks may not come through.</source>
        <translation>Renove o certificado antes que ele expire e coloque o novo em %1 imediatamente: até lá, as tarefas podem não chegar.</translation>
    </message>
    <message>
        <source>The SAP Task Center service key says where SAP Task Center is and which OAuth client it uses (uaa.url, uaa.clientid, endpoints.inbox_rest_url); later steps take their values from it.</source>
        <translation>A chave de serviço do SAP Task Center informa onde o SAP Task Center está e qual cliente OAuth ele usa (uaa.url, uaa.clientid, endpoints.inbox_rest_url); as etapas seguintes obtêm seus valores dela.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open Services &gt; Instances and Subscriptions, choose the SAP Task Center instance, and under Service Keys open a key (create one if there is none). Download it, or copy its JSON text.</source>
        <translation>No cockpit do SAP BTP, abra “Services &gt; Instances and Subscriptions”, escolha a instância do SAP Task Center e, em “Service Keys”, abra uma chave (crie uma se não houver nenhuma). Faça o download dela ou copie o texto JSON dela.</translation>
    </message>
    <message>
        <source>Values about %1 that the destinations need. The wizard checks each as you type and makes the addresses SAP&apos;s guide asks for from them.</source>
        <translation>Valores sobre %1 de que os destinos precisam. O assistente verifica cada um enquanto você digita e, a partir deles, monta os endereços que o guia da SAP pede.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The values come from %1; its administrator knows them.</source>
        <translation>Os valores vêm de %1; o administrador desse sistema os conhece.</translation>
    </message>
    <message>
        <source>Things to do in %1 itself. The page shows each value to enter there, with a Copy button, and asks for the values it gives back.</source>
        <translation>O que fazer no próprio %1. A página mostra cada valor a inserir lá, com um botão “Copiar”, e pede os valores que o sistema retorna.</translation>
    </message>
    <message>
        <source>Steps done outside the wizard, in the order SAP documents them; the page says what to check at each one.</source>
        <translation>Etapas feitas fora do assistente, na ordem em que a SAP as documenta; a página diz o que verificar em cada uma.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; as SAP&apos;s guide lists it: its name and properties. The wizard writes it into the subaccount after the review, or into a file for you to import.</source>
        <translation>O destino &quot;%1&quot; como o guia da SAP o lista: o nome e as propriedades dele. O assistente o grava na subconta após a revisão, ou em um arquivo para você importar.</translation>
    </message>
    <message>
        <source>The destinations as SAP&apos;s guide lists them. The wizard writes them into the subaccount after the review, or into files for you to import.</source>
        <translation>Os destinos como o guia da SAP os lista. O assistente os grava na subconta após a revisão, ou em arquivos para você importar.</translation>
    </message>
    <message>
        <source>The SAP BTP cockpit lists the subaccount&apos;s destinations under Connectivity &gt; Destinations; a file is imported there with Create &gt; From File.</source>
        <translation>O cockpit do SAP BTP lista os destinos da subconta em “Connectivity &gt; Destinations”; lá, um arquivo é importado com “Create &gt; From File”.</translation>
    </message>
    <message>
        <source>Choose the task provider to connect to SAP Task Center. The page lists the destinations the wizard will set up, what to have at hand and SAP&apos;s guides. From here you can also continue a saved setup, try the demo subaccount, or check a configuration that exists already.</source>
        <translation>Escolha o provedor de tarefas a conectar ao SAP Task Center. A página lista os destinos que o assistente vai configurar, o que ter à mão e os guias da SAP. A partir daqui, você também pode continuar uma configuração salva, testar a subconta de demonstração ou verificar uma configuração existente.</translation>
    </message>
    <message>
        <source>For %1, also choose how to connect it (%2).</source>
        <translation>Para %1, escolha também a forma de conectar (%2).</translation>
    </message>
    <message>
        <source>Nothing is left for the wizard to write on this way. The page says what to check afterwards.</source>
        <translation>Por esta forma, não resta nada para o assistente gravar. A página diz o que verificar depois.</translation>
    </message>
</context>
<context>
    <name>PairSystemsDiffer</name>
    <message>
        <source>%1 %2 here, %3 in %4</source>
        <translation>%1 %2 aqui, %3 em %4</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>%1 and its primary destination %2 name different systems (%3): SAP Task Center reads the tasks from one and acts on them in the other.</source>
        <translation>%1 e o destino primário dele, %2, apontam para sistemas diferentes (%3): o SAP Task Center lê as tarefas de um e as processa no outro.</translation>
    </message>
    <message>
        <source>Set up the pair again with the wizard, so that both name the same system.</source>
        <translation>Configure o par novamente com o assistente, para que ambos apontem para o mesmo sistema.</translation>
    </message>
</context>
<context>
    <name>PrimaryDuplicate</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>mais %n</numerusform>
            <numerusform>mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 are enabled primary destinations to the same system: every user gets each of its tasks twice.</source>
        <translation>%1 e %2 são destinos primários habilitados para o mesmo sistema: cada usuário recebe cada tarefa desse sistema duas vezes.</translation>
    </message>
    <message>
        <source>Keep one. Delete the others, or set their tc.enabled to false.</source>
        <translation>Mantenha um. Exclua os outros ou defina tc.enabled deles como false.</translation>
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
        <translation>Falta em %1 a propriedade %2 que o guia da SAP para %3 exige.</translation>
    </message>
    <message>
        <source>Add %1 as the guide for %2 says, or set the destination up again with the wizard.</source>
        <translation>Adicione %1 como indica o guia para %2, ou configure o destino novamente com o assistente.</translation>
    </message>
</context>
<context>
    <name>PropertyShape</name>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; SAP&apos;s guide for %4 gives it the form &quot;%5&quot;.</source>
        <translation>%1 de %2 é “%3”; o guia da SAP para %4 o indica no formato “%5”.</translation>
    </message>
    <message>
        <source>Set %1 in the form %2.</source>
        <translation>Defina %1 no formato %2.</translation>
    </message>
</context>
<context>
    <name>PropertyValue</name>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; it must be spelled exactly &quot;%4&quot;.</source>
        <translation>%1 de %2 é “%3”; o valor deve ser escrito exatamente “%4”.</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; SAP&apos;s guide for %4 asks for &quot;%5&quot;.</source>
        <translation>%1 de %2 é “%3”; o guia da SAP para %4 pede “%5”.</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>Defina %1 como %2.</translation>
    </message>
</context>
<context>
    <name>ProviderDefinition</name>
    <message>
        <source>Unknown task provider &quot;%1&quot;. Known providers: %2.</source>
        <translation>Provedor de tarefas desconhecido “%1”. Provedores conhecidos: %2.</translation>
    </message>
    <message>
        <source>The provider definition is not valid JSON: %1</source>
        <translation>A definição do provedor não é um JSON válido: %1</translation>
    </message>
    <message>
        <source>The provider definition lacks &quot;id&quot; or &quot;displayName&quot;.</source>
        <translation>Falta &quot;id&quot; ou &quot;displayName&quot; na definição do provedor.</translation>
    </message>
    <message>
        <source>The provider definition has an unsupported format (expected %1).</source>
        <translation>A definição do provedor tem um formato não suportado (esperado: %1).</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has an unknown kind &quot;%2&quot; (known: %3).</source>
        <translation>A etapa “%1” tem um tipo desconhecido “%2” (conhecidos: %3).</translation>
    </message>
    <message>
        <source>The provider definition &quot;%1&quot; is not consistent: %2</source>
        <translation>A definição do provedor “%1” não é consistente: %2</translation>
    </message>
    <message>
        <source>an input has no &quot;id&quot;.</source>
        <translation>uma entrada não tem &quot;id&quot;.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is defined twice.</source>
        <translation>a entrada “%1” está definida duas vezes.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; names an unknown check &quot;%2&quot;.</source>
        <translation>a entrada “%1” indica uma verificação desconhecida “%2”.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; must differ from an unknown input &quot;%2&quot;.</source>
        <translation>a entrada “%1” deve ser diferente de uma entrada desconhecida “%2”.</translation>
    </message>
    <message>
        <source>the derived value &quot;%1&quot; comes from an unknown input &quot;%2&quot;.</source>
        <translation>o valor derivado “%1” vem de uma entrada desconhecida “%2”.</translation>
    </message>
    <message>
        <source>a path lacks &quot;id&quot; or &quot;title&quot;.</source>
        <translation>falta &quot;id&quot; ou &quot;title&quot; em um caminho.</translation>
    </message>
    <message>
        <source>it has no steps.</source>
        <translation>ela não tem etapas.</translation>
    </message>
    <message>
        <source>a step has no &quot;id&quot; or one used twice (&quot;%1&quot;).</source>
        <translation>uma etapa não tem &quot;id&quot; ou tem um usado duas vezes (“%1”).</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; names an unknown path &quot;%2&quot;.</source>
        <translation>a etapa “%1” indica um caminho desconhecido “%2”.</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; reads an unknown document &quot;%2&quot; (trustCertificate or serviceKey).</source>
        <translation>a etapa “%1” lê um documento desconhecido “%2” (trustCertificate ou serviceKey).</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has no title.</source>
        <translation>a etapa “%1” não tem título.</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; shows an unknown value ${%2}.</source>
        <translation>a etapa “%1” mostra um valor desconhecido ${%2}.</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; asks for an unknown input &quot;%2&quot;.</source>
        <translation>a etapa “%1” pede uma entrada desconhecida “%2”.</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; shows an unknown derived value &quot;%2&quot;.</source>
        <translation>a etapa “%1” mostra um valor derivado desconhecido “%2”.</translation>
    </message>
    <message>
        <source>the checklist &quot;%1&quot; has no items.</source>
        <translation>a lista de verificação “%1” não tem itens.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; has no steps.</source>
        <translation>o caminho “%1” não tem etapas.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; writes destinations but has no destinations step.</source>
        <translation>o caminho “%1” grava destinos, mas não tem uma etapa de destinos.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; writes no destinations but has a destinations step.</source>
        <translation>o caminho “%1” não grava destinos, mas tem uma etapa de destinos.</translation>
    </message>
    <message>
        <source>a destination lacks &quot;role&quot;, &quot;name&quot; or &quot;title&quot;.</source>
        <translation>falta &quot;role&quot;, &quot;name&quot; ou &quot;title&quot; em um destino.</translation>
    </message>
    <message>
        <source>the destination role &quot;%1&quot; is used twice.</source>
        <translation>a função de destino “%1” é usada duas vezes.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; belongs to &quot;%2&quot;, which is not a primary destination defined before it.</source>
        <translation>o destino “%1” pertence a “%2”, que não é um destino primário definido antes dele.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; is named by an unknown input &quot;%2&quot;.</source>
        <translation>o destino “%1” recebe o nome de uma entrada desconhecida “%2”.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; uses an unknown value ${%2}.</source>
        <translation>o destino “%1” usa um valor desconhecido ${%2}.</translation>
    </message>
    <message>
        <source>it describes no primary destination.</source>
        <translation>ela não descreve nenhum destino primário.</translation>
    </message>
    <message>
        <source>no step asks for the input &quot;%1&quot;.</source>
        <translation>nenhuma etapa pede a entrada “%1”.</translation>
    </message>
    <message>
        <source>the guide &quot;%1&quot; documents an unknown step &quot;%2&quot;.</source>
        <translation>o guia “%1” documenta uma etapa desconhecida “%2”.</translation>
    </message>
    <message>
        <source>it has destinations but no destinations step to show them.</source>
        <translation>ela tem destinos, mas nenhuma etapa que os mostre.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; must be on the same site as an unknown input &quot;%2&quot;, or its warning does not name both sites (the two placeholders for them).</source>
        <translation>a entrada “%1” deve estar no mesmo site que uma entrada desconhecida “%2”, ou o aviso dela não indica os dois sites (os dois espaços reservados para eles).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values SAP documents here (%2). Choose one of them.</source>
        <translation>“%1” não é um dos valores que a SAP documenta aqui (%2). Escolha um deles.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a default value that is not one of its choices.</source>
        <translation>a entrada “%1” tem um valor padrão que não é uma de suas opções.</translation>
    </message>
    <message>
        <source>the example of the input &quot;%1&quot; does not pass its own check.</source>
        <translation>o exemplo da entrada “%1” não passa na sua própria verificação.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a pattern that is not a valid regular expression with a message.</source>
        <translation>a entrada “%1” tem um padrão que não é uma expressão regular válida com uma mensagem.</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; does not set the same values as the way &quot;%2&quot;.</source>
        <translation>o caminho “%1” não define os mesmos valores que o caminho “%2”.</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; sets &quot;%2&quot;, which is already an input or a derived value.</source>
        <translation>o caminho “%1” define “%2”, que já é uma entrada ou um valor derivado.</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; gives a default for an unknown input &quot;%2&quot;.</source>
        <translation>o caminho “%1” dá um valor padrão para uma entrada desconhecida “%2”.</translation>
    </message>
    <message>
        <source>The provider definition is invalid: the input &quot;%1&quot; is filled in a way that is not understood: %2</source>
        <translation>A definição do provedor é inválida: a entrada “%1” é preenchida de um modo que não é compreendido: %2</translation>
    </message>
    <message>
        <source>The provider definition is invalid: a hint of the input &quot;%1&quot; has the severity &quot;%2&quot;; it is &quot;warning&quot; or &quot;error&quot;.</source>
        <translation>A definição do provedor é inválida: uma dica da entrada “%1” tem a gravidade “%2”; os valores válidos são &quot;warning&quot; ou &quot;error&quot;.</translation>
    </message>
    <message>
        <source>The provider definition is invalid: the derived value &quot;%1&quot; is made in a way that is not understood: %2</source>
        <translation>A definição do provedor é inválida: o valor derivado “%1” é construído de um modo que não é compreendido: %2</translation>
    </message>
    <message>
        <source>it has neither &quot;take&quot; nor &quot;join&quot;.</source>
        <translation>ele não tem nem &quot;take&quot; nem &quot;join&quot;.</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a hint that is not a valid regular expression with a message (a hint with a suggestion names it in its message).</source>
        <translation>a entrada “%1” tem uma dica que não é uma expressão regular válida com uma mensagem (uma dica com sugestão a menciona em sua mensagem).</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is filled from an unknown input &quot;%2&quot;, or says nothing to &quot;take&quot; of it.</source>
        <translation>a entrada “%1” é preenchida a partir de uma entrada desconhecida “%2”, ou não indica com &quot;take&quot; o que tirar dela.</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <source>Procurement and spend</source>
        <translation>Compras e gastos</translation>
    </message>
    <message>
        <source>ERP and finance</source>
        <translation>ERP e finanças</translation>
    </message>
    <message>
        <source>Sales, service and marketing</source>
        <translation>Vendas, serviços e marketing</translation>
    </message>
    <message>
        <source>Process automation and workplace</source>
        <translation>Automação de processos e ambiente de trabalho</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Terceiros</translation>
    </message>
    <message>
        <source>The provider definition is invalid: its &quot;family&quot; is &quot;%1&quot;; it is one of %2.</source>
        <translation>A definição do provedor é inválida: o valor de &quot;family&quot; é “%1”; os valores válidos são %2.</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; names an unknown path &quot;%2&quot;.</source>
        <translation>o destino “%1” indica um caminho desconhecido “%2”.</translation>
    </message>
    <message>
        <source>the key store input &quot;%1&quot; names &quot;%2&quot; as its password, which is not a secret input (or the key store itself is marked secret).</source>
        <translation>a entrada de keystore “%1” indica “%2” como senha, mas essa não é uma entrada secreta (ou o próprio keystore está marcado como secreto).</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Search, e.g. Ariba or procurement</source>
        <translation>Pesquisar, por exemplo Ariba ou compras</translation>
    </message>
    <message>
        <source>Search task providers</source>
        <translation>Pesquisar provedores de tarefas</translation>
    </message>
    <message>
        <source>Task providers</source>
        <translation>Provedores de tarefas</translation>
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
        <translation>O endereço da API OData do data center do seu SuccessFactors. No SuccessFactors, pesquise “About HXM Suite OData APIs” e copie a URL do servidor de API; o assistente deriva os outros endereços dela.</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID da empresa</translation>
    </message>
    <message>
        <source>Your SuccessFactors company ID, shown in SuccessFactors under your name &gt; Show version information, and in the login address after company=.</source>
        <translation>O ID da empresa do seu SuccessFactors, mostrado no SuccessFactors em seu nome &gt; “Show version information” e no endereço de logon depois de company=.</translation>
    </message>
    <message>
        <source>Technical user</source>
        <translation>Usuário técnico</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Nome do destino</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 61 characters, so the secondary destination &lt;name&gt;_PP stays within Task Center&apos;s limit of 64.</source>
        <translation>Somente letras, dígitos, _ e -, no máximo 61 caracteres, para que o destino secundário &lt;nome&gt;_PP fique dentro do limite de 64 do Task Center.</translation>
    </message>
    <message>
        <source>API key of the technical-user client</source>
        <translation>Chave de API do cliente do usuário técnico</translation>
    </message>
    <message>
        <source>In SuccessFactors, open Admin Center &gt; Manage OAuth2 Client Applications, choose View next to the technical-user client and copy its API Key.</source>
        <translation>No SuccessFactors, abra “Admin Center &gt; Manage OAuth2 Client Applications”, escolha “View” ao lado do cliente do usuário técnico e copie a “API Key” dele.</translation>
    </message>
    <message>
        <source>Principal-propagation client&apos;s API key</source>
        <translation>Chave de API do cliente de propagação de principal</translation>
    </message>
    <message>
        <source>The API Key of the second client (the one with Bind to Users switched off).</source>
        <translation>A “API Key” do segundo cliente (aquele com “Bind to Users” desativado).</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>URL do destino</translation>
    </message>
    <message>
        <source>Token Service URL</source>
        <translation>Token Service URL</translation>
    </message>
    <message>
        <source>Client for the technical user</source>
        <translation>Cliente para o usuário técnico</translation>
    </message>
    <message>
        <source>Application Name</source>
        <translation>Application Name</translation>
    </message>
    <message>
        <source>Any unique name.</source>
        <translation>Qualquer nome exclusivo.</translation>
    </message>
    <message>
        <source>Application URL</source>
        <translation>Application URL</translation>
    </message>
    <message>
        <source>A unique URL; the documentation uses uaa.url of the Task Center service key.</source>
        <translation>Uma URL exclusiva; a documentação usa uaa.url da chave de serviço do Task Center.</translation>
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
        <translation>O certificado de confiança sem as linhas BEGIN e END e sem quebras de linha.</translation>
    </message>
    <message>
        <source>Client for principal propagation</source>
        <translation>Cliente para a propagação de principal</translation>
    </message>
    <message>
        <source>Any unique name, different from the first client&apos;s.</source>
        <translation>Qualquer nome exclusivo, diferente do nome do primeiro cliente.</translation>
    </message>
    <message>
        <source>uaa.url followed by /pp, so it differs from the first client&apos;s URL.</source>
        <translation>uaa.url seguido de /pp, para que seja diferente da URL do primeiro cliente.</translation>
    </message>
    <message>
        <source>The same trust certificate.</source>
        <translation>O mesmo certificado de confiança.</translation>
    </message>
    <message>
        <source>Primary destination (technical user)</source>
        <translation>Destino primário (usuário técnico)</translation>
    </message>
    <message>
        <source>Create only one primary destination for each SuccessFactors system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino primário para cada sistema SuccessFactors em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>Secondary destination (principal propagation)</source>
        <translation>Destino secundário (propagação de principal)</translation>
    </message>
    <message>
        <source>SAP Task Center links this destination to the primary by its name: the primary&apos;s name followed by _PP. If you rename the primary later, rename this one too.</source>
        <translation>O SAP Task Center vincula este destino ao primário pelo nome: o nome do primário seguido de _PP. Se você renomear o primário depois, renomeie este também.</translation>
    </message>
    <message>
        <source>SuccessFactors does not accept this subaccount&apos;s signature: the certificate in the OAuth client (Admin Center &gt; Manage OAuth2 Client Applications) is not the subaccount&apos;s current trust certificate. Paste the current one there again, without the BEGIN and END lines.</source>
        <translation>O SuccessFactors não aceita a assinatura desta subconta: o certificado no cliente OAuth (“Admin Center &gt; Manage OAuth2 Client Applications”) não é o certificado de confiança atual da subconta. Cole lá novamente o certificado atual, sem as linhas BEGIN e END.</translation>
    </message>
    <message>
        <source>SuccessFactors does not know the technical user. Enter its user ID, not the user name or e-mail address, as the technical user and apply again.</source>
        <translation>O SuccessFactors não conhece o usuário técnico. Insira como usuário técnico o ID de usuário dele, e não o nome de usuário ou o endereço de e-mail, e aplique novamente.</translation>
    </message>
    <message>
        <source>Check in SuccessFactors (Admin Center &gt; Manage OAuth2 Client Applications) that the destination&apos;s API key belongs to an OAuth client registered with this subaccount&apos;s trust certificate: an API key only works for the subaccount whose certificate it was registered with.</source>
        <translation>Verifique no SuccessFactors (“Admin Center &gt; Manage OAuth2 Client Applications”) se a chave de API do destino pertence a um cliente OAuth registrado com o certificado de confiança desta subconta: uma chave de API só funciona para a subconta com cujo certificado ela foi registrada.</translation>
    </message>
    <message>
        <source>Approvals from SAP Field Service Management (FSM): a primary destination with FSM&apos;s client credentials and a secondary destination for principal propagation, after uploading the subaccount&apos;s trust certificate in FSM&apos;s Admin portal.</source>
        <translation>Aprovações do SAP Field Service Management (FSM): um destino primário com as credenciais de cliente do FSM e um destino secundário para a propagação de principal, depois de carregar o certificado de confiança da subconta no “Admin portal” do FSM.</translation>
    </message>
    <message>
        <source>FSM cluster</source>
        <translation>Cluster do FSM</translation>
    </message>
    <message>
        <source>The cluster your FSM account runs on: its name (for example eu) or any address you open FSM with, such as https://eu.fsm.cloud.sap. The wizard makes the addresses SAP&apos;s guide asks for from it.</source>
        <translation>O cluster em que sua conta do FSM é executada: o nome dele (por exemplo eu) ou qualquer endereço com o qual você abre o FSM, como https://eu.fsm.cloud.sap. A partir dele, o assistente monta os endereços que o guia da SAP pede.</translation>
    </message>
    <message>
        <source>FSM account ID</source>
        <translation>ID da conta do FSM</translation>
    </message>
    <message>
        <source>The ID of your FSM account, shown in FSM&apos;s Admin portal under Account.</source>
        <translation>O ID da sua conta do FSM, mostrado no “Admin portal” do FSM em “Account”.</translation>
    </message>
    <message>
        <source>FSM company ID</source>
        <translation>ID da empresa do FSM</translation>
    </message>
    <message>
        <source>The ID of the company within the account, shown in FSM&apos;s Admin portal under Companies.</source>
        <translation>O ID da empresa dentro da conta, mostrado no “Admin portal” do FSM em “Companies”.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>The client ID FSM generated for SAP Task Center (Admin portal, Generating Client ID and Secret).</source>
        <translation>O ID do cliente que o FSM gerou para o SAP Task Center (“Admin portal”, “Generating Client ID and Secret”).</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segredo do cliente</translation>
    </message>
    <message>
        <source>The client secret FSM showed with the client ID. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>O segredo do cliente que o FSM mostrou junto com o ID do cliente. Ele é guardado no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>SAML metadata URL</source>
        <translation>URL dos metadados SAML</translation>
    </message>
    <message>
        <source>The address of the SAML metadata from FSM&apos;s SAML configuration; it becomes the secondary destination&apos;s Audience.</source>
        <translation>O endereço dos metadados SAML da configuração SAML do FSM; ele se torna o Audience do destino secundário.</translation>
    </message>
    <message>
        <source>FSM trusts SAP Task Center through this certificate: you upload it in FSM&apos;s Admin portal next.</source>
        <translation>O FSM confia no SAP Task Center por meio deste certificado: em seguida, você o carrega no “Admin portal” do FSM.</translation>
    </message>
    <message>
        <source>Upload the trust certificate in FSM</source>
        <translation>Carregar o certificado de confiança no FSM</translation>
    </message>
    <message>
        <source>FSM&apos;s Admin portal: Establish Trust with SAP Destination Service.</source>
        <translation>“Admin portal” do FSM: “Establish Trust with SAP Destination Service”.</translation>
    </message>
    <message>
        <source>In FSM&apos;s &lt;b&gt;Admin portal&lt;/b&gt;, open the Task Center integration and &lt;b&gt;Establish Trust with SAP Destination Service&lt;/b&gt;: upload the subaccount&apos;s trust certificate there. Save it as a file below, or copy it.</source>
        <translation>No &lt;b&gt;Admin portal&lt;/b&gt; do FSM, abra a integração com o Task Center e &lt;b&gt;Establish Trust with SAP Destination Service&lt;/b&gt;: carregue lá o certificado de confiança da subconta. Salve-o como arquivo abaixo ou copie-o.</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Certificado de confiança</translation>
    </message>
    <message>
        <source>Trust certificate (PEM)</source>
        <translation>Certificado de confiança (PEM)</translation>
    </message>
    <message>
        <source>The same .pem file the SAP BTP cockpit exports under Connectivity &gt; Destination Trust. Renew it in FSM too whenever the subaccount&apos;s certificate is renewed.</source>
        <translation>O mesmo arquivo .pem que o cockpit do SAP BTP exporta em “Connectivity &gt; Destination Trust”. Renove-o também no FSM sempre que o certificado da subconta for renovado.</translation>
    </message>
    <message>
        <source>Certificate name (CN)</source>
        <translation>Nome do certificado (CN)</translation>
    </message>
    <message>
        <source>To recognize the certificate in FSM&apos;s list.</source>
        <translation>Para reconhecer o certificado na lista do FSM.</translation>
    </message>
    <message>
        <source>Your FSM account</source>
        <translation>Sua conta do FSM</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches FSM: cluster, account and company.</source>
        <translation>Onde o SAP Task Center acessa o FSM: cluster, conta e empresa.</translation>
    </message>
    <message>
        <source>FSM&apos;s client for SAP Task Center</source>
        <translation>Cliente do FSM para o SAP Task Center</translation>
    </message>
    <message>
        <source>The client ID and secret, and the SAML metadata, from FSM&apos;s Admin portal.</source>
        <translation>O ID e o segredo do cliente e os metadados SAML, do “Admin portal” do FSM.</translation>
    </message>
    <message>
        <source>In FSM&apos;s &lt;b&gt;Admin portal&lt;/b&gt;, generate a client ID and secret for SAP Task Center (&lt;b&gt;Generating Client ID and Secret&lt;/b&gt;) and copy them here. Then copy the address of the &lt;b&gt;SAML metadata&lt;/b&gt; from FSM&apos;s SAML configuration.</source>
        <translation>No &lt;b&gt;Admin portal&lt;/b&gt; do FSM, gere um ID e um segredo de cliente para o SAP Task Center (&lt;b&gt;Generating Client ID and Secret&lt;/b&gt;) e copie-os aqui. Depois, copie o endereço dos &lt;b&gt;metadados SAML&lt;/b&gt; da configuração SAML do FSM.</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Credenciais do cliente</translation>
    </message>
    <message>
        <source>SAML metadata</source>
        <translation>Metadados SAML</translation>
    </message>
    <message>
        <source>FSM does not accept the client ID or secret. Copy both again from FSM&apos;s Admin portal (the client generated for SAP Task Center) and apply again.</source>
        <translation>O FSM não aceita o ID ou o segredo do cliente. Copie os dois novamente do “Admin portal” do FSM (do cliente gerado para o SAP Task Center) e aplique novamente.</translation>
    </message>
    <message>
        <source>Check in FSM&apos;s Admin portal that the client ID and secret belong to the client generated for SAP Task Center, that the account and company IDs are right, and that this subaccount&apos;s current trust certificate is uploaded (Establish Trust with SAP Destination Service).</source>
        <translation>Verifique no “Admin portal” do FSM se o ID e o segredo do cliente pertencem ao cliente gerado para o SAP Task Center, se os IDs da conta e da empresa estão corretos e se o certificado de confiança atual desta subconta foi carregado (“Establish Trust with SAP Destination Service”).</translation>
    </message>
    <message>
        <source>Create only one primary destination for each FSM account and company in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino primário para cada conta e empresa do FSM em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>SAP&apos;s page &quot;Secondary Destination for the Principal Propagation (SAP Field Service Management)&quot; asks for &quot;the API Key for principal propagation&quot; as Client Key, but FSM has no such key; the wizard enters FSM&apos;s client ID, as the rest of the page uses it. If SAP Task Center cannot act as the user, check this value with SAP (Edit properties).</source>
        <translation>A página da SAP “Secondary Destination for the Principal Propagation (SAP Field Service Management)” pede “the API Key for principal propagation” como Client Key, mas o FSM não tem essa chave; o assistente insere o ID do cliente do FSM, como o restante da página o usa. Se o SAP Task Center não conseguir agir em nome do usuário, confirme esse valor com a SAP (“Editar propriedades”).</translation>
    </message>
    <message>
        <source>Workflow tasks from SAP S/4HANA Cloud Public Edition: either SAP BTP connects the systems through a formation, or you set up communication arrangement SAP_COM_0501 in S/4HANA Cloud and the wizard writes one destination.</source>
        <translation>Tarefas de workflow do SAP S/4HANA Cloud Public Edition: ou o SAP BTP conecta os sistemas por meio de uma formação, ou você configura o acordo de comunicação SAP_COM_0501 no S/4HANA Cloud e o assistente grava um destino.</translation>
    </message>
    <message>
        <source>Communication user</source>
        <translation>Usuário de comunicação</translation>
    </message>
    <message>
        <source>The user name of the communication user you created in Maintain Communication Users.</source>
        <translation>O nome do usuário de comunicação que você criou no app “Maintain Communication Users”.</translation>
    </message>
    <message>
        <source>Communication user&apos;s password</source>
        <translation>Senha do usuário de comunicação</translation>
    </message>
    <message>
        <source>The password you gave the communication user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>A senha que você definiu para o usuário de comunicação. Ela é guardada no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>URL de serviço</translation>
    </message>
    <message>
        <source>The service URL the arrangement shows for its inbound service. The destination uses its server part; the client comes from its sap-client.</source>
        <translation>A URL de serviço que o acordo de comunicação mostra para o serviço de entrada. O destino usa a parte do servidor; o mandante vem do sap-client dela.</translation>
    </message>
    <message>
        <source>SAML2 Audience</source>
        <translation>SAML2 Audience</translation>
    </message>
    <message>
        <source>From the arrangement&apos;s OAuth 2.0 Details.</source>
        <translation>Dos “OAuth 2.0 Details” do acordo de comunicação.</translation>
    </message>
    <message>
        <source>Client ID (OAuth 2.0 Details)</source>
        <translation>ID do cliente (OAuth 2.0 Details)</translation>
    </message>
    <message>
        <source>Client (sap-client)</source>
        <translation>Mandante (sap-client)</translation>
    </message>
    <message>
        <source>The S/4HANA Cloud client, taken from the service URL&apos;s sap-client when it has one.</source>
        <translation>O mandante do S/4HANA Cloud, obtido do sap-client da URL de serviço quando ela tem um.</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 64 characters (SAP Task Center&apos;s limit).</source>
        <translation>Somente letras, dígitos, _ e -, no máximo 64 caracteres (o limite do SAP Task Center).</translation>
    </message>
    <message>
        <source>Automatically, with a formation in the SAP BTP cockpit</source>
        <translation>Automaticamente, com uma formação no cockpit do SAP BTP</translation>
    </message>
    <message>
        <source>Choose this when your S/4HANA Cloud system is registered in your global account with the communication scenario group &quot;All Communication Scenarios&quot;: SAP BTP then sets up SAP_COM_0501 and the connection itself, and the wizard writes no destination. Not available in the China (Shanghai) and Government Cloud (US) regions.</source>
        <translation>Escolha esta opção quando o seu sistema S/4HANA Cloud estiver registrado na sua conta global com o grupo de cenários de comunicação “All Communication Scenarios”: o SAP BTP então configura o SAP_COM_0501 e a própria conexão, e o assistente não grava nenhum destino. Não disponível nas regiões China (Shanghai) e Government Cloud (US).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check in SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the SAP BTP cockpit, open &lt;b&gt;System Landscape &amp;gt; Formations&lt;/b&gt; and check that the formation is listed with the SAP Task Center system and the SAP S/4HANA Cloud system in it.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user who has workflow tasks in SAP S/4HANA Cloud: the tasks appear there.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;O que verificar no SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;No cockpit do SAP BTP, abra &lt;b&gt;System Landscape &amp;gt; Formations&lt;/b&gt; e verifique se a formação está listada com o sistema SAP Task Center e o sistema SAP S/4HANA Cloud.&lt;/li&gt;&lt;li&gt;Abra o &lt;b&gt;SAP Task Center Web app&lt;/b&gt; como um usuário que tem tarefas de workflow no SAP S/4HANA Cloud: as tarefas aparecem lá.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>By hand, with communication arrangement SAP_COM_0501</source>
        <translation>Manualmente, com o acordo de comunicação SAP_COM_0501</translation>
    </message>
    <message>
        <source>Choose this when a formation is not possible (the system is not registered with &quot;All Communication Scenarios&quot;, or your region has no formations): you create a communication user, system and arrangement in S/4HANA Cloud with the values the wizard shows, and the wizard writes the destination.</source>
        <translation>Escolha esta opção quando uma formação não for possível (o sistema não está registrado com “All Communication Scenarios”, ou a sua região não tem formações): você cria um usuário, um sistema e um acordo de comunicação no S/4HANA Cloud com os valores que o assistente mostra, e o assistente grava o destino.</translation>
    </message>
    <message>
        <source>Set up the formation in the SAP BTP cockpit</source>
        <translation>Configurar a formação no cockpit do SAP BTP</translation>
    </message>
    <message>
        <source>Tick each step once you have done it; SAP BTP does the rest.</source>
        <translation>Marque cada etapa assim que a concluir; o SAP BTP faz o resto.</translation>
    </message>
    <message>
        <source>You need to be a global account administrator or a system landscape administrator.</source>
        <translation>Você precisa ser administrador da conta global ou administrador do cenário de sistemas.</translation>
    </message>
    <message>
        <source>The SAP S/4HANA Cloud system is listed under &lt;b&gt;System Landscape &amp;gt; Systems&lt;/b&gt;, registered with the communication scenario group &lt;b&gt;All Communication Scenarios&lt;/b&gt; (this is what enables SAP_COM_0501 automatically).</source>
        <translation>O sistema SAP S/4HANA Cloud está listado em &lt;b&gt;System Landscape &amp;gt; Systems&lt;/b&gt;, registrado com o grupo de cenários de comunicação &lt;b&gt;All Communication Scenarios&lt;/b&gt; (é isso que habilita o SAP_COM_0501 automaticamente).</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the global account: System Landscape &gt; Systems. A missing system: Add System, and get its registration token with &quot;All Communication Scenarios&quot;.</source>
        <translation>Cockpit do SAP BTP da conta global: “System Landscape &gt; Systems”. Se o sistema estiver faltando: “Add System”, e obtenha o token de registro dele com “All Communication Scenarios”.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;SAP Task Center&lt;/b&gt; system you use is not yet part of another formation of type &lt;i&gt;Integration with SAP Task Center&lt;/i&gt; (a Task Center system can be in at most one).</source>
        <translation>O sistema &lt;b&gt;SAP Task Center&lt;/b&gt; que você usa ainda não faz parte de outra formação do tipo &lt;i&gt;Integration with SAP Task Center&lt;/i&gt; (um sistema Task Center pode estar em no máximo uma).</translation>
    </message>
    <message>
        <source>System Landscape &gt; Formations: check the existing formations of that type.</source>
        <translation>“System Landscape &gt; Formations”: verifique as formações existentes desse tipo.</translation>
    </message>
    <message>
        <source>Create a formation of type &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;, with any name that helps you recognize it.</source>
        <translation>Crie uma formação do tipo &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;, com qualquer nome que ajude você a reconhecê-la.</translation>
    </message>
    <message>
        <source>System Landscape &gt; Formations &gt; Create Formation; Formation Type: Integration with SAP Task Center.</source>
        <translation>“System Landscape &gt; Formations &gt; Create Formation”; “Formation Type”: “Integration with SAP Task Center”.</translation>
    </message>
    <message>
        <source>Include exactly &lt;b&gt;one SAP Task Center&lt;/b&gt; system and the &lt;b&gt;SAP S/4HANA Cloud&lt;/b&gt; system, review your selection and create the formation.</source>
        <translation>Inclua exatamente &lt;b&gt;um sistema SAP Task Center&lt;/b&gt; e o sistema &lt;b&gt;SAP S/4HANA Cloud&lt;/b&gt;, revise sua seleção e crie a formação.</translation>
    </message>
    <message>
        <source>In the same dialog: select the systems, then Review and Create.</source>
        <translation>Na mesma caixa de diálogo: selecione os sistemas e depois “Review and Create”.</translation>
    </message>
    <message>
        <source>S/4HANA Cloud trusts SAP Task Center through this certificate: it becomes the communication system&apos;s signing certificate.</source>
        <translation>O S/4HANA Cloud confia no SAP Task Center por meio deste certificado: ele se torna o certificado de assinatura do sistema de comunicação.</translation>
    </message>
    <message>
        <source>Create the communication user in S/4HANA Cloud</source>
        <translation>Criar o usuário de comunicação no S/4HANA Cloud</translation>
    </message>
    <message>
        <source>SAP Task Center fetches tokens as this user.</source>
        <translation>O SAP Task Center obtém tokens como este usuário.</translation>
    </message>
    <message>
        <source>In SAP S/4HANA Cloud, open the app &lt;b&gt;Maintain Communication Users&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt;, enter a user name, a description and a password, and choose &lt;b&gt;Create&lt;/b&gt;. Enter the same user name and password here.</source>
        <translation>No SAP S/4HANA Cloud, abra o app &lt;b&gt;Maintain Communication Users&lt;/b&gt;, escolha &lt;b&gt;New&lt;/b&gt;, insira um nome de usuário, uma descrição e uma senha e escolha &lt;b&gt;Create&lt;/b&gt;. Insira aqui o mesmo nome de usuário e a mesma senha.</translation>
    </message>
    <message>
        <source>Create the communication system in S/4HANA Cloud</source>
        <translation>Criar o sistema de comunicação no S/4HANA Cloud</translation>
    </message>
    <message>
        <source>It lets S/4HANA Cloud trust the assertions this subaccount signs.</source>
        <translation>Ele permite que o S/4HANA Cloud confie nas asserções que esta subconta assina.</translation>
    </message>
    <message>
        <source>Open the app &lt;b&gt;Communication Systems&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt; and enter a System ID and System Name. Set &lt;b&gt;Host Name&lt;/b&gt; to your S/4HANA Cloud host (for example my300000.s4hana.ondemand.com) and the values below; under &lt;b&gt;Users for Inbound Communication&lt;/b&gt;, add the communication user with +. Save.</source>
        <translation>Abra o app &lt;b&gt;Communication Systems&lt;/b&gt;, escolha &lt;b&gt;New&lt;/b&gt; e insira um “System ID” e um “System Name”. Defina &lt;b&gt;Host Name&lt;/b&gt; como o host do seu S/4HANA Cloud (por exemplo my300000.s4hana.ondemand.com) e os campos abaixo com os valores mostrados; em &lt;b&gt;Users for Inbound Communication&lt;/b&gt;, adicione o usuário de comunicação com +. Salve.</translation>
    </message>
    <message>
        <source>Communication system</source>
        <translation>Sistema de comunicação</translation>
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
        <translation>Escolha “Upload Signing Certificate” e carregue este arquivo: o certificado de confiança da subconta.</translation>
    </message>
    <message>
        <source>OAuth 2.0 SAML Issuer</source>
        <translation>OAuth 2.0 SAML Issuer</translation>
    </message>
    <message>
        <source>The certificate&apos;s CN (the value after CN=).</source>
        <translation>O CN do certificado (o valor depois de CN=).</translation>
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
        <translation>Adicione o usuário de comunicação com +.</translation>
    </message>
    <message>
        <source>Create communication arrangement SAP_COM_0501</source>
        <translation>Criar o acordo de comunicação SAP_COM_0501</translation>
    </message>
    <message>
        <source>The arrangement for SAP Task Center, and the values it gives back for the destination.</source>
        <translation>O acordo de comunicação para o SAP Task Center e os valores que ele devolve para o destino.</translation>
    </message>
    <message>
        <source>Open the app &lt;b&gt;Communication Arrangements&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt;, select scenario &lt;b&gt;SAP_COM_0501&lt;/b&gt;, enter an arrangement name and choose &lt;b&gt;Create&lt;/b&gt;. Select the communication system you created; the inbound user follows, with authentication method OAuth 2.0. Save.</source>
        <translation>Abra o app &lt;b&gt;Communication Arrangements&lt;/b&gt;, escolha &lt;b&gt;New&lt;/b&gt;, selecione o cenário &lt;b&gt;SAP_COM_0501&lt;/b&gt;, insira um nome para o acordo e escolha &lt;b&gt;Create&lt;/b&gt;. Selecione o sistema de comunicação que você criou; o usuário de entrada é incluído, com o método de autenticação OAuth 2.0. Salve.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s address and OAuth client</source>
        <translation>Endereço e cliente OAuth do SAP Task Center</translation>
    </message>
    <message>
        <source>Where the arrangement asks for SAP Task Center (to push task updates), enter these values from the service key:</source>
        <translation>Onde o acordo de comunicação pede o SAP Task Center (para enviar atualizações de tarefas), insira estes valores da chave de serviço:</translation>
    </message>
    <message>
        <source>Task Center inbox REST URL</source>
        <translation>URL REST da caixa de entrada do Task Center</translation>
    </message>
    <message>
        <source>endpoints.inbox_rest_url of the service key.</source>
        <translation>endpoints.inbox_rest_url da chave de serviço.</translation>
    </message>
    <message>
        <source>Task Center token URL</source>
        <translation>URL de token do Task Center</translation>
    </message>
    <message>
        <source>uaa.url of the service key followed by /oauth/token.</source>
        <translation>uaa.url da chave de serviço seguido de /oauth/token.</translation>
    </message>
    <message>
        <source>Task Center client ID</source>
        <translation>ID do cliente do Task Center</translation>
    </message>
    <message>
        <source>uaa.clientid of the service key.</source>
        <translation>uaa.clientid da chave de serviço.</translation>
    </message>
    <message>
        <source>Task Center client secret</source>
        <translation>Segredo do cliente do Task Center</translation>
    </message>
    <message>
        <source>uaa.clientsecret of the service key.</source>
        <translation>uaa.clientsecret da chave de serviço.</translation>
    </message>
    <message>
        <source>Values for the destination</source>
        <translation>Valores para o destino</translation>
    </message>
    <message>
        <source>Copy these from the saved arrangement: the service URL of its inbound service, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL.</source>
        <translation>Copie estes valores do acordo de comunicação salvo: a URL de serviço do serviço de entrada e, de &lt;b&gt;OAuth 2.0 Details&lt;/b&gt;, os valores SAML2 Audience, Client ID e Token Service URL.</translation>
    </message>
    <message>
        <source>Check in SAP S/4HANA Cloud that the communication system holds this subaccount&apos;s current trust certificate as signing certificate, that its OAuth 2.0 SAML Issuer is the certificate&apos;s CN, and that the communication user and password in the destination are those of the arrangement.</source>
        <translation>Verifique no SAP S/4HANA Cloud se o sistema de comunicação contém o certificado de confiança atual desta subconta como certificado de assinatura, se o “OAuth 2.0 SAML Issuer” dele é o CN do certificado e se o usuário de comunicação e a senha no destino são os do acordo de comunicação.</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA Cloud</source>
        <translation>Destino para o SAP S/4HANA Cloud</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user. Check it in the SAP Task Center Web app as a user with S/4HANA Cloud tasks.</source>
        <translation>Este destino não tem usuário técnico: o Destination service só obtém um token com ele para um usuário conectado, como o SAP Task Center faz para cada usuário. Verifique-o no SAP Task Center Web app como um usuário com tarefas do S/4HANA Cloud.</translation>
    </message>
    <message>
        <source>Create only one destination for each S/4HANA Cloud system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino para cada sistema e mandante do S/4HANA Cloud em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>Tasks and to-dos from SAP SuccessFactors: a primary destination with the technical user and a secondary destination for principal propagation, after registering two OAuth clients in SuccessFactors.</source>
        <translation>Tarefas e pendências do SAP SuccessFactors: um destino primário com o usuário técnico e um destino secundário para a propagação de principal, depois de registrar dois clientes OAuth no SuccessFactors.</translation>
    </message>
    <message>
        <source>The user ID of the technical user SuccessFactors created when you enabled the to-do integration with SAP Task Center (SAP&apos;s guide shows TECHNICAL_USER_INBOX_CEF979F3 as an example; yours may differ). Use the user ID, not the user name or e-mail address.</source>
        <translation>O ID de usuário do usuário técnico que o SuccessFactors criou quando você ativou a integração de pendências com o SAP Task Center (o guia da SAP mostra TECHNICAL_USER_INBOX_CEF979F3 como exemplo; o seu pode ser diferente). Use o ID de usuário, e não o nome de usuário ou o endereço de e-mail.</translation>
    </message>
    <message>
        <source>SuccessFactors trusts SAP Task Center through this certificate: it goes into both OAuth clients.</source>
        <translation>O SuccessFactors confia no SAP Task Center por meio deste certificado: ele é usado nos dois clientes OAuth.</translation>
    </message>
    <message>
        <source>The service key tells SuccessFactors where SAP Task Center is: its uaa.url becomes the clients&apos; Application URL.</source>
        <translation>A chave de serviço informa ao SuccessFactors onde está o SAP Task Center: a uaa.url dela se torna a “Application URL” dos clientes.</translation>
    </message>
    <message>
        <source>Your SuccessFactors system</source>
        <translation>Seu sistema SuccessFactors</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SuccessFactors, and as which user.</source>
        <translation>Onde o SAP Task Center acessa o SuccessFactors e como qual usuário.</translation>
    </message>
    <message>
        <source>Register the OAuth clients in SuccessFactors</source>
        <translation>Registrar os clientes OAuth no SuccessFactors</translation>
    </message>
    <message>
        <source>Two clients: one for the technical user that reads tasks, one for each user&apos;s own actions.</source>
        <translation>Dois clientes: um para o usuário técnico que lê as tarefas, outro para as ações de cada usuário.</translation>
    </message>
    <message>
        <source>In SuccessFactors, open &lt;b&gt;Admin Center &amp;gt; Manage OAuth2 Client Applications&lt;/b&gt; and choose &lt;b&gt;Register Client Application&lt;/b&gt;. Enter the values below, save, then choose &lt;b&gt;View&lt;/b&gt; next to the new client and copy its &lt;b&gt;API Key&lt;/b&gt; into the field under it. Do this for both clients.</source>
        <translation>No SuccessFactors, abra &lt;b&gt;Admin Center &amp;gt; Manage OAuth2 Client Applications&lt;/b&gt; e escolha &lt;b&gt;Register Client Application&lt;/b&gt;. Insira os valores abaixo e salve; depois escolha &lt;b&gt;View&lt;/b&gt; ao lado do novo cliente e copie a &lt;b&gt;API Key&lt;/b&gt; dele para o campo abaixo. Faça isso para os dois clientes.</translation>
    </message>
    <message>
        <source>SAP BTP connects the systems itself once both are in a formation of type Integration with SAP Task Center: it enables communication scenario SAP_COM_0501 for an SAP S/4HANA Cloud system registered with All Communication Scenarios. The wizard writes no destination on this path.</source>
        <translation>O próprio SAP BTP conecta os sistemas assim que ambos estão em uma formação do tipo “Integration with SAP Task Center”: ele habilita o cenário de comunicação SAP_COM_0501 para um sistema SAP S/4HANA Cloud registrado com “All Communication Scenarios”. Neste caminho, o assistente não grava nenhum destino.</translation>
    </message>
    <message>
        <source>The first client&apos;s API key goes into the primary destination, the second client&apos;s into the secondary destination for principal propagation. An API key is only valid for the subaccount whose trust certificate the client holds, so register the clients again for another subaccount.</source>
        <translation>A chave de API do primeiro cliente vai para o destino primário; a do segundo cliente, para o destino secundário da propagação de principal. Uma chave de API só é válida para a subconta cujo certificado de confiança o cliente tem; por isso, registre os clientes novamente para outra subconta.</translation>
    </message>
    <message>
        <source>This metadata is on the cluster %1, but your account is on %2. Check in FSM&apos;s SAML configuration that it is your account&apos;s metadata: another cluster&apos;s makes every user&apos;s token fail. (SAP&apos;s own examples mix eu and de, so compare with what FSM shows you.)</source>
        <translation>Estes metadados estão no cluster %1, mas sua conta está em %2. Verifique na configuração SAML do FSM se são os metadados da sua conta: os de outro cluster fazem o token de todos os usuários falhar. (Os próprios exemplos da SAP misturam eu e de, então compare com o que o FSM mostra a você.)</translation>
    </message>
    <message>
        <source>The Destination service no longer takes the technical user from SystemUser in this subaccount (SAP announced its removal for the end of September 2026). Check SAP Task Center&apos;s SuccessFactors guide for what replaces SystemUser, and set the primary destination up as it says.</source>
        <translation>O Destination service não obtém mais o usuário técnico de SystemUser nesta subconta (a SAP anunciou a remoção para o fim de setembro de 2026). Consulte no guia do SuccessFactors do SAP Task Center o que substitui SystemUser e configure o destino primário como ele indica.</translation>
    </message>
    <message>
        <source>SAP announced in the Destination service&apos;s documentation that the SystemUser property would be removed by the end of September 2026, but SAP Task Center&apos;s SuccessFactors guide still lists it. Keep it until SAP Task Center documents a replacement. If Test connection then says &quot;Cannot determine user to propagate&quot;, this subaccount no longer honours SystemUser: check SAP Task Center&apos;s SuccessFactors guide for what replaces it.</source>
        <translation>A SAP anunciou na documentação do Destination service que a propriedade SystemUser seria removida até o fim de setembro de 2026, mas o guia do SuccessFactors do SAP Task Center ainda a lista. Mantenha-a até que o SAP Task Center documente uma substituição. Se depois “Testar conexão” indicar “Cannot determine user to propagate”, esta subconta não aceita mais SystemUser: consulte no guia do SuccessFactors do SAP Task Center o que a substitui.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining steps for S/4HANA Cloud&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;The Task Center app for your users:&lt;/b&gt; in the launchpad your users open (SAP Build Work Zone or another central entry point), create a &lt;b&gt;Task Center&lt;/b&gt; tile and activate the site&apos;s languages, as SAP&apos;s guide &quot;Create a Task Center Tile&quot; says. It uses the destination &lt;i&gt;Task_Center&lt;/i&gt; of this subaccount.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users in S/4HANA Cloud:&lt;/b&gt; each approver&apos;s business user needs a &lt;b&gt;Global User ID&lt;/b&gt; equal to the &lt;b&gt;User UUID&lt;/b&gt; of the same user in SAP Cloud Identity Services (copy it by hand to try it out, or replicate the users with Identity Provisioning, communication scenario SAP_COM_0193). Without it, the tasks reach SAP Task Center but appear in nobody&apos;s list.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user with workflow tasks in S/4HANA Cloud: the tasks appear there.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Etapas restantes segundo a SAP para o S/4HANA Cloud&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;O app do Task Center para os seus usuários:&lt;/b&gt; no launchpad que os seus usuários abrem (SAP Build Work Zone ou outro ponto de entrada central), crie um bloco &lt;b&gt;Task Center&lt;/b&gt; e ative os idiomas do site, como diz o guia da SAP “Create a Task Center Tile”. O bloco usa o destino &lt;i&gt;Task_Center&lt;/i&gt; desta subconta.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Usuários no S/4HANA Cloud:&lt;/b&gt; o usuário empresarial de cada aprovador precisa de um &lt;b&gt;Global User ID&lt;/b&gt; igual ao &lt;b&gt;User UUID&lt;/b&gt; do mesmo usuário no SAP Cloud Identity Services (copie-o manualmente para testar, ou replique os usuários com o Identity Provisioning, cenário de comunicação SAP_COM_0193). Sem isso, as tarefas chegam ao SAP Task Center, mas não aparecem na lista de ninguém.&lt;/li&gt;&lt;li&gt;Abra o &lt;b&gt;SAP Task Center Web app&lt;/b&gt; como um usuário com tarefas de workflow no S/4HANA Cloud: as tarefas aparecem lá.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Workflow tasks from an on-premise SAP S/4HANA system, reached through your SAP Cloud Connector: one destination with the service user of S/4HANA&apos;s task pull service, after preparing the Cloud Connector and S/4HANA as SAP&apos;s guide says.</source>
        <translation>Tarefas de workflow de um sistema SAP S/4HANA on-premise, acessado por meio do seu SAP Cloud Connector: um destino com o usuário de serviço do serviço de extração de tarefas do S/4HANA, depois de preparar o Cloud Connector e o S/4HANA conforme o guia da SAP.</translation>
    </message>
    <message>
        <source>Virtual host and port</source>
        <translation>Host e porta virtuais</translation>
    </message>
    <message>
        <source>From the Cloud Connector&apos;s access control for your S/4HANA system: the destination&apos;s URL is &lt;Virtual Host&gt;:&lt;Virtual Port&gt;. Start it with the scheme of that access control entry (http:// or https://); SAP&apos;s Task Center guide gives the pattern without one.</source>
        <translation>Do controle de acesso do Cloud Connector para o seu sistema S/4HANA: a URL do destino é &lt;Virtual Host&gt;:&lt;Virtual Port&gt;. Comece-a com o esquema dessa entrada de controle de acesso (http:// ou https://); o guia do Task Center da SAP mostra o padrão sem esquema.</translation>
    </message>
    <message>
        <source>Enter the virtual host and virtual port of the S/4HANA system&apos;s access control in the Cloud Connector, as an address: http://&lt;virtual host&gt;:&lt;virtual port&gt;, with nothing after the port.</source>
        <translation>Insira o host virtual e a porta virtual do controle de acesso do sistema S/4HANA no Cloud Connector, como um endereço: http://&lt;virtual host&gt;:&lt;virtual port&gt;, sem nada depois da porta.</translation>
    </message>
    <message>
        <source>Location ID (optional)</source>
        <translation>ID de localização (opcional)</translation>
    </message>
    <message>
        <source>The location ID you configured in the Cloud Connector&apos;s initial configuration. Needed only when more than one Cloud Connector is connected to this subaccount; leave it empty otherwise.</source>
        <translation>O ID de localização que você configurou na configuração inicial do Cloud Connector. Necessário somente quando mais de um Cloud Connector está conectado a esta subconta; caso contrário, deixe-o vazio.</translation>
    </message>
    <message>
        <source>A location ID is letters, digits, dots, hyphens and underscores, as you configured it in the Cloud Connector.</source>
        <translation>Um ID de localização tem letras, dígitos, pontos, hifens e sublinhados, conforme você o configurou no Cloud Connector.</translation>
    </message>
    <message>
        <source>Service user for the task pull service</source>
        <translation>Usuário de serviço do serviço de extração de tarefas</translation>
    </message>
    <message>
        <source>The user you created in S/4HANA under &quot;Create Service User for Task Pull Service&quot; (Integrating SAP Task Center).</source>
        <translation>O usuário que você criou no S/4HANA em “Create Service User for Task Pull Service” (“Integrating SAP Task Center”).</translation>
    </message>
    <message>
        <source>Enter the user name of the service user you created for the task pull service in S/4HANA, without spaces.</source>
        <translation>Insira o nome do usuário de serviço que você criou para o serviço de extração de tarefas no S/4HANA, sem espaços.</translation>
    </message>
    <message>
        <source>Service user&apos;s password</source>
        <translation>Senha do usuário de serviço</translation>
    </message>
    <message>
        <source>The password of that service user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>A senha desse usuário de serviço. Ela é guardada no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>The client number of your S/4HANA system.</source>
        <translation>O número do mandante do seu sistema S/4HANA.</translation>
    </message>
    <message>
        <source>Client ID for pushed task updates (optional)</source>
        <translation>ID do cliente para atualizações de tarefas enviadas (opcional)</translation>
    </message>
    <message>
        <source>Only once you have completed Integrating SAP Task Center in S/4HANA: the uaa &gt; clientid of the service key of the dedicated SAP Task Center service instance you created for pushed updates. Leave it empty until then; SAP warns that tasks may not arrive otherwise.</source>
        <translation>Somente depois de concluir “Integrating SAP Task Center” no S/4HANA: o valor uaa &gt; clientid da chave de serviço da instância de serviço dedicada do SAP Task Center que você criou para as atualizações enviadas. Até lá, deixe-o vazio; a SAP avisa que, caso contrário, as tarefas podem não chegar.</translation>
    </message>
    <message>
        <source>Prepare the Cloud Connector and SAP S/4HANA</source>
        <translation>Preparar o Cloud Connector e o SAP S/4HANA</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next page asks for what they give you.</source>
        <translation>Marque cada etapa assim que ela for concluída; a próxima página pede o que elas fornecem a você.</translation>
    </message>
    <message>
        <source>SAP Task Center reaches an on-premise S/4HANA system only through an SAP Cloud Connector connected to this subaccount, with the service user of S/4HANA&apos;s task pull service.</source>
        <translation>O SAP Task Center só acessa um sistema S/4HANA on-premise por meio de um SAP Cloud Connector conectado a esta subconta, com o usuário de serviço do serviço de extração de tarefas do S/4HANA.</translation>
    </message>
    <message>
        <source>The Cloud Connector is connected to this subaccount and its access control exposes your S/4HANA system. Note the &lt;b&gt;virtual host&lt;/b&gt; and &lt;b&gt;virtual port&lt;/b&gt;, and the &lt;b&gt;location ID&lt;/b&gt; if you configured one.</source>
        <translation>O Cloud Connector está conectado a esta subconta, e o controle de acesso dele expõe o seu sistema S/4HANA. Anote o &lt;b&gt;host virtual&lt;/b&gt; e a &lt;b&gt;porta virtual&lt;/b&gt;, e o &lt;b&gt;ID de localização&lt;/b&gt;, se você tiver configurado um.</translation>
    </message>
    <message>
        <source>Follow &quot;Prepare SAP Cloud Connector and SAP S/4HANA for the SAP Task Center Connection&quot; for your S/4HANA version.</source>
        <translation>Siga “Prepare SAP Cloud Connector and SAP S/4HANA for the SAP Task Center Connection” para a sua versão do S/4HANA.</translation>
    </message>
    <message>
        <source>In S/4HANA, SAP Task Center is integrated and you have the &lt;b&gt;user name and password of the service user for the task pull service&lt;/b&gt;.</source>
        <translation>No S/4HANA, o SAP Task Center está integrado e você tem o &lt;b&gt;nome de usuário e a senha do usuário de serviço do serviço de extração de tarefas&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>S/4HANA: Integrating SAP Task Center, &quot;Create Service User for Task Pull Service&quot;.</source>
        <translation>S/4HANA: “Integrating SAP Task Center”, “Create Service User for Task Pull Service”.</translation>
    </message>
    <message>
        <source>You know the &lt;b&gt;client number&lt;/b&gt; of your S/4HANA system.</source>
        <translation>Você sabe o &lt;b&gt;número do mandante&lt;/b&gt; do seu sistema S/4HANA.</translation>
    </message>
    <message>
        <source>Your SAP S/4HANA system</source>
        <translation>Seu sistema SAP S/4HANA</translation>
    </message>
    <message>
        <source>How SAP Task Center reaches S/4HANA through the Cloud Connector, and as which user.</source>
        <translation>Como o SAP Task Center acessa o S/4HANA por meio do Cloud Connector e como qual usuário.</translation>
    </message>
    <message>
        <source>Check in the Cloud Connector that the access control for the virtual host and port is reachable and that the location ID matches, and in S/4HANA that the service user for the task pull service is not locked and its password is the one in the destination.</source>
        <translation>Verifique no Cloud Connector se o controle de acesso para o host e a porta virtuais está acessível e se o ID de localização corresponde, e no S/4HANA se o usuário de serviço do serviço de extração de tarefas não está bloqueado e se a senha dele é a que está no destino.</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA</source>
        <translation>Destino para o SAP S/4HANA</translation>
    </message>
    <message>
        <source>The Destination service reaches an on-premise system only through your Cloud Connector, and SAP says Check Connection may not tell whether SAP Task Center reaches S/4HANA. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>O Destination service só acessa um sistema on-premise por meio do seu Cloud Connector, e a SAP diz que o “Check Connection” pode não mostrar se o SAP Task Center acessa o S/4HANA. Verifique o conector no “Monitoring” do SAP Task Center depois que o destino for salvo.</translation>
    </message>
    <message>
        <source>Create only one destination for each S/4HANA system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino para cada sistema e mandante do S/4HANA em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>Workflow tasks from SAP S/4HANA Cloud Private Edition, reached through your SAP Cloud Connector: one destination with the service user of S/4HANA&apos;s task pull service, after preparing the Cloud Connector and S/4HANA as SAP&apos;s guide says.</source>
        <translation>Tarefas de workflow do SAP S/4HANA Cloud Private Edition, acessado por meio do seu SAP Cloud Connector: um destino com o usuário de serviço do serviço de extração de tarefas do S/4HANA, depois de preparar o Cloud Connector e o S/4HANA conforme o guia da SAP.</translation>
    </message>
    <message>
        <source>The user you created in S/4HANA for the task pull service, as &quot;Configuring SAP Task Center Integration&quot; (Integrating SAP Task Center) describes.</source>
        <translation>O usuário que você criou no S/4HANA para o serviço de extração de tarefas, conforme descrito em “Configuring SAP Task Center Integration” (“Integrating SAP Task Center”).</translation>
    </message>
    <message>
        <source>S/4HANA: Integrating SAP Task Center, &quot;Configuring SAP Task Center Integration&quot;.</source>
        <translation>S/4HANA: “Integrating SAP Task Center”, “Configuring SAP Task Center Integration”.</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA Cloud Private Edition</source>
        <translation>Destino para o SAP S/4HANA Cloud Private Edition</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP S/4HANA Cloud Private Edition system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino para cada sistema e mandante do SAP S/4HANA Cloud Private Edition em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>Approvals from SAP Concur Expense or SAP Concur Request: one destination for each product of your SAP Concur entity, with the entity&apos;s Company Request Token, which SAP Task Center exchanges for a refresh token the first time it connects.</source>
        <translation>Aprovações do SAP Concur Expense ou do SAP Concur Request: um destino para cada produto da sua entidade do SAP Concur, com o Company Request Token da entidade, que o SAP Task Center troca por um token de atualização na primeira vez que se conecta.</translation>
    </message>
    <message>
        <source>Data center base URI</source>
        <translation>URI base do data center</translation>
    </message>
    <message>
        <source>The base URI of your SAP Concur entity&apos;s data center. SAP&apos;s guide gives https://us2.api.concursolutions.com as an example and says to ask your SAP Concur implementation consultant for the list.</source>
        <translation>A URI base do data center da sua entidade do SAP Concur. O guia da SAP dá https://us2.api.concursolutions.com como exemplo e diz para pedir a lista ao seu consultor de implementação do SAP Concur.</translation>
    </message>
    <message>
        <source>Enter the data center&apos;s base URI as your SAP Concur implementation consultant gives it, for example https://us2.api.concursolutions.com, with nothing after the host.</source>
        <translation>Insira a URI base do data center conforme o seu consultor de implementação do SAP Concur a informar, por exemplo https://us2.api.concursolutions.com, sem nada depois do host.</translation>
    </message>
    <message>
        <source>Data center (tc.concur.dc)</source>
        <translation>Data center (tc.concur.dc)</translation>
    </message>
    <message>
        <source>The data center of the base URI above; SAP documents eu2 and us2.</source>
        <translation>O data center da URI base acima; a SAP documenta eu2 e us2.</translation>
    </message>
    <message>
        <source>The data center is %1, but the base URI is on %2. Choose the data center of the base URI.</source>
        <translation>O data center é %1, mas a URI base está em %2. Escolha o data center da URI base.</translation>
    </message>
    <message>
        <source>Company UUID</source>
        <translation>Company UUID</translation>
    </message>
    <message>
        <source>The Company UUID you got with the Company Request Token.</source>
        <translation>O Company UUID que você recebeu junto com o Company Request Token.</translation>
    </message>
    <message>
        <source>A Company UUID has the form 8f2c6a1e-4b7d-4e2a-9c3f-1d5e7a9b0c24. Copy it again from where you generated the Company Request Token.</source>
        <translation>Um Company UUID tem o formato 8f2c6a1e-4b7d-4e2a-9c3f-1d5e7a9b0c24. Copie-o novamente de onde você gerou o Company Request Token.</translation>
    </message>
    <message>
        <source>Company Request Token</source>
        <translation>Company Request Token</translation>
    </message>
    <message>
        <source>The Company Request Token you generated for the entity. SAP Task Center replaces it with a refresh token the first time it connects; it is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>O Company Request Token que você gerou para a entidade. O SAP Task Center o substitui por um token de atualização na primeira vez que se conecta; ele é guardado no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>SAP Concur Expense (expense reports)</source>
        <translation>SAP Concur Expense (relatórios de despesas)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of expense reports. An entity with both products needs one destination for each: run the wizard again for SAP Concur Request.</source>
        <translation>Escolha esta opção para as aprovações de relatórios de despesas. Uma entidade com os dois produtos precisa de um destino para cada um: execute o assistente novamente para o SAP Concur Request.</translation>
    </message>
    <message>
        <source>SAP Concur Request (travel requests)</source>
        <translation>SAP Concur Request (solicitações de viagem)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of travel requests. An entity with both products needs one destination for each: run the wizard again for SAP Concur Expense.</source>
        <translation>Escolha esta opção para as aprovações de solicitações de viagem. Uma entidade com os dois produtos precisa de um destino para cada um: execute o assistente novamente para o SAP Concur Expense.</translation>
    </message>
    <message>
        <source>Prepare SAP Concur</source>
        <translation>Preparar o SAP Concur</translation>
    </message>
    <message>
        <source>SAP Task Center connects to an SAP Concur entity with the entity&apos;s Company Request Token and Company UUID, once the entity&apos;s workflows are enabled for SAP Task Center.</source>
        <translation>O SAP Task Center se conecta a uma entidade do SAP Concur com o Company Request Token e o Company UUID da entidade, assim que os workflows da entidade estiverem habilitados para o SAP Task Center.</translation>
    </message>
    <message>
        <source>You have generated the &lt;b&gt;Company Request Token&lt;/b&gt; and the &lt;b&gt;Company UUID&lt;/b&gt; of your SAP Concur entity.</source>
        <translation>Você gerou o &lt;b&gt;Company Request Token&lt;/b&gt; e o &lt;b&gt;Company UUID&lt;/b&gt; da sua entidade do SAP Concur.</translation>
    </message>
    <message>
        <source>SAP Concur: Company Request Token. Your SAP Concur implementation consultant can help.</source>
        <translation>SAP Concur: “Company Request Token”. O seu consultor de implementação do SAP Concur pode ajudar.</translation>
    </message>
    <message>
        <source>The workflows of SAP Concur Expense, SAP Concur Request or both are &lt;b&gt;enabled for SAP Task Center&lt;/b&gt;.</source>
        <translation>Os workflows do SAP Concur Expense, do SAP Concur Request ou de ambos estão &lt;b&gt;habilitados para o SAP Task Center&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Concur: SAP Task Center Integration with Concur Solutions.</source>
        <translation>SAP Concur: “SAP Task Center Integration with Concur Solutions”.</translation>
    </message>
    <message>
        <source>You have opened a ticket to verify your &lt;b&gt;Data Privacy Agreement&lt;/b&gt; version.</source>
        <translation>Você abriu um chamado para verificar a versão do seu &lt;b&gt;Data Privacy Agreement&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Support Portal, component BNS-CON-TSK, subject &quot;SAP Concur DPA Version Verification&quot;.</source>
        <translation>SAP Support Portal, componente BNS-CON-TSK, assunto “SAP Concur DPA Version Verification”.</translation>
    </message>
    <message>
        <source>Your SAP Concur entity</source>
        <translation>Sua entidade do SAP Concur</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Concur, and with which token.</source>
        <translation>Onde o SAP Task Center acessa o SAP Concur e com qual token.</translation>
    </message>
    <message>
        <source>Check that the Client Key still holds the refresh token SAP Task Center put there and that tc.concur.auth.req.token.enabled is false. If SAP Concur revoked the token, generate a new Company Request Token and set the destination up again.</source>
        <translation>Verifique se o Client Key ainda contém o token de atualização que o SAP Task Center colocou lá e se tc.concur.auth.req.token.enabled é false. Se o SAP Concur revogou o token, gere um novo Company Request Token e configure o destino novamente.</translation>
    </message>
    <message>
        <source>Destination to SAP Concur</source>
        <translation>Destino para o SAP Concur</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Concur. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>O Destination service só obtém um token com ele para um usuário conectado, e a SAP diz que o “Check Connection” pode não mostrar se o SAP Task Center acessa o SAP Concur. Verifique o conector no “Monitoring” do SAP Task Center depois que o destino for salvo.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Concur entity and product in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino para cada entidade e produto do SAP Concur em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>SAP Task Center replaces the Client Key with a refresh token and sets tc.concur.auth.req.token.enabled to false the first time it connects. Never change either afterwards: SAP says it can break the connection. Applying again keeps both as they are in the subaccount.</source>
        <translation>Na primeira vez que se conecta, o SAP Task Center substitui o Client Key por um token de atualização e define tc.concur.auth.req.token.enabled como false. Nunca altere nenhum dos dois depois: segundo a SAP, isso pode interromper a conexão. Ao aplicar novamente, os dois são mantidos como estão na subconta.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks you to select Use default JDK truststore: the wizard sets no TrustStoreLocation, and without one the Destination service uses the JDK truststore.</source>
        <translation>O guia da SAP pede que você selecione “Use default JDK truststore”: o assistente não define nenhum TrustStoreLocation e, sem ele, o Destination service usa o truststore do JDK.</translation>
    </message>
    <message>
        <source>The address must start with https://; credentials never travel unencrypted.</source>
        <translation>O endereço deve começar com https://; as credenciais nunca trafegam sem criptografia.</translation>
    </message>
    <message>
        <source>This is neither an FSM cluster name (such as eu or us) nor an address on &lt;cluster&gt;.fsm.cloud.sap. Copy the address you open FSM with, or enter the cluster name.</source>
        <translation>Isto não é um nome de cluster do FSM (como eu ou us) nem um endereço em &lt;cluster&gt;.fsm.cloud.sap. Copie o endereço com o qual você abre o FSM, ou insira o nome do cluster.</translation>
    </message>
    <message>
        <source>FSM shows account and company IDs as numbers (for example 654321). Check that you copied the ID, not the name.</source>
        <translation>O FSM mostra os IDs de conta e de empresa como números (por exemplo 654321). Verifique se você copiou o ID, e não o nome.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the communication user&apos;s user name, as &quot;Maintain Communication Users&quot; shows it.</source>
        <translation>Isto parece um endereço de e-mail. Insira o nome de usuário do usuário de comunicação, como o app “Maintain Communication Users” o mostra.</translation>
    </message>
    <message>
        <source>This is not the address the arrangement SAP_COM_0501 shows (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation>Este não é o endereço que o acordo de comunicação SAP_COM_0501 mostra (ele contém api_task_spi_replication). Somente a parte do servidor é usada.</translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. The API server is probably %1: check it under &quot;About HXM Suite OData APIs&quot; in SuccessFactors, then use it.</source>
        <translation>Este é o endereço das páginas Web do SuccessFactors (onde as pessoas fazem logon), e não do servidor de API. O servidor de API provavelmente é %1: confira em “About HXM Suite OData APIs” no SuccessFactors e depois use-o.</translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. Find the API server under &quot;About HXM Suite OData APIs&quot; in SuccessFactors; it usually starts with &quot;api&quot;.</source>
        <translation>Este é o endereço das páginas Web do SuccessFactors (onde as pessoas fazem logon), e não do servidor de API. Encontre o servidor de API em “About HXM Suite OData APIs” no SuccessFactors; normalmente o endereço começa com “api”.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the rest is ignored.</source>
        <translation>Somente a parte do servidor deste endereço é usada (%1); o restante é ignorado.</translation>
    </message>
    <message>
        <source>A company ID has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, without spaces. Copy it from SuccessFactors: your name &gt; Show version information.</source>
        <translation>Um ID da empresa tem somente letras, dígitos, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;, sem espaços. Copie-o do SuccessFactors: seu nome &gt; “Show version information”.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. SuccessFactors expects the user ID here; with an e-mail address the login fails (&quot;invalid user&quot;).</source>
        <translation>Isto parece um endereço de e-mail. O SuccessFactors espera aqui o ID de usuário; com um endereço de e-mail, o logon falha (“invalid user”).</translation>
    </message>
    <message>
        <source>Closing tasks from SAP Advanced Financial Closing, in the same subaccount as SAP Task Center or in another one: one destination with the OAuth client from the service key of your SAP Advanced Financial Closing instance.</source>
        <translation>Tarefas de fechamento do SAP Advanced Financial Closing, na mesma subconta que o SAP Task Center ou em outra: um destino com o cliente OAuth da chave de serviço da sua instância do SAP Advanced Financial Closing.</translation>
    </message>
    <message>
        <source>Task Center endpoint (endpoints &gt; task-center)</source>
        <translation>Endpoint do Task Center (endpoints &gt; task-center)</translation>
    </message>
    <message>
        <source>In the service key of your SAP Advanced Financial Closing instance, the value of task-center under endpoints. Paste it as it is: the wizard removes /task-provider/v2 from it, as SAP&apos;s guide asks for the destination&apos;s URL.</source>
        <translation>Na chave de serviço da sua instância do SAP Advanced Financial Closing, o valor de task-center em endpoints. Cole-o como está: o assistente remove /task-provider/v2 dele, como o guia da SAP pede para a URL do destino.</translation>
    </message>
    <message>
        <source>This is an authentication address (uaa &gt; url), not the Task Center endpoint. Copy the value of endpoints &gt; task-center from the service key.</source>
        <translation>Este é um endereço de autenticação (uaa &gt; url), e não o endpoint do Task Center. Copie o valor de endpoints &gt; task-center da chave de serviço.</translation>
    </message>
    <message>
        <source>The value of endpoints &gt; task-center ends with /task-provider/v2. Check that you copied that value, not another endpoint of the service key. If you removed /task-provider/v2 yourself, you can go on.</source>
        <translation>O valor de endpoints &gt; task-center termina com /task-provider/v2. Verifique se você copiou esse valor, e não outro endpoint da chave de serviço. Se você mesmo removeu /task-provider/v2, pode continuar.</translation>
    </message>
    <message>
        <source>Client ID (uaa &gt; clientid)</source>
        <translation>ID do cliente (uaa &gt; clientid)</translation>
    </message>
    <message>
        <source>In the same service key, the value of clientid under uaa. It becomes the destination&apos;s Client Key and Token Service User.</source>
        <translation>Na mesma chave de serviço, o valor de clientid em uaa. Ele se torna o Client Key e o Token Service User do destino.</translation>
    </message>
    <message>
        <source>Client secret (uaa &gt; clientsecret)</source>
        <translation>Segredo do cliente (uaa &gt; clientsecret)</translation>
    </message>
    <message>
        <source>In the same service key, the value of clientsecret under uaa. It becomes the Token Service Password and is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Na mesma chave de serviço, o valor de clientsecret em uaa. Ele se torna o Token Service Password e é guardado no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Authentication address (uaa &gt; url)</source>
        <translation>Endereço de autenticação (uaa &gt; url)</translation>
    </message>
    <message>
        <source>In the same service key, the value of url under uaa. The wizard fills the Audience and the Token Service URL below from it, as SAP&apos;s guide says: the Audience is this address, the Token Service URL this address followed by /oauth/token.</source>
        <translation>Na mesma chave de serviço, o valor de url em uaa. A partir dele, o assistente preenche o Audience e o Token Service URL abaixo, como diz o guia da SAP: o Audience é este endereço, e o Token Service URL é este endereço seguido de /oauth/token.</translation>
    </message>
    <message>
        <source>The value of uaa &gt; url has nothing after the host. Only %1 is used.</source>
        <translation>O valor de uaa &gt; url não tem nada depois do host. Somente %1 é usado.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing in this subaccount: the value of uaa &gt; url of its service key. In a different subaccount: the entityID of that subaccount&apos;s SAML metadata. Copy it exactly as it is shown.</source>
        <translation>SAP Advanced Financial Closing nesta subconta: o valor de uaa &gt; url da chave de serviço dele. Em uma subconta diferente: o entityID dos metadados SAML dessa subconta. Copie-o exatamente como é mostrado.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing in this subaccount: uaa &gt; url of its service key followed by /oauth/token. In a different subaccount: the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI, in that subaccount&apos;s SAML metadata.</source>
        <translation>SAP Advanced Financial Closing nesta subconta: uaa &gt; url da chave de serviço dele seguido de /oauth/token. Em uma subconta diferente: o Location do AssertionConsumerService cujo Binding é urn:oasis:names:tc:SAML:2.0:bindings:URI, nos metadados SAML dessa subconta.</translation>
    </message>
    <message>
        <source>The Token Service URL SAP&apos;s guide describes contains /oauth/token: uaa &gt; url followed by /oauth/token, or the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI. Check that you copied the right value.</source>
        <translation>O Token Service URL que o guia da SAP descreve contém /oauth/token: uaa &gt; url seguido de /oauth/token, ou o Location do AssertionConsumerService cujo Binding é urn:oasis:names:tc:SAML:2.0:bindings:URI. Verifique se você copiou o valor correto.</translation>
    </message>
    <message>
        <source>Choose this when the SAP Advanced Financial Closing instance is in the same subaccount as SAP Task Center. SAP Task Center gets its tokens from the authentication address in the instance&apos;s service key.</source>
        <translation>Escolha esta opção quando a instância do SAP Advanced Financial Closing estiver na mesma subconta que o SAP Task Center. O SAP Task Center obtém os tokens dele do endereço de autenticação na chave de serviço da instância.</translation>
    </message>
    <message>
        <source>Choose this when the SAP Advanced Financial Closing instance is in another subaccount that logs users on through the same Identity Authentication tenant as this one. SAP Task Center gets its tokens from that subaccount, with the values of its SAML metadata.</source>
        <translation>Escolha esta opção quando a instância do SAP Advanced Financial Closing estiver em outra subconta que faz o logon dos usuários por meio do mesmo tenant do Identity Authentication que esta. O SAP Task Center obtém os tokens dele dessa subconta, com os valores dos metadados SAML dela.</translation>
    </message>
    <message>
        <source>Prepare SAP Advanced Financial Closing</source>
        <translation>Preparar o SAP Advanced Financial Closing</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next pages ask for what they give you.</source>
        <translation>Marque cada etapa assim que ela for concluída; as próximas páginas pedem o que elas fornecem a você.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing and SAP Task Center are in this subaccount.</source>
        <translation>O SAP Advanced Financial Closing e o SAP Task Center estão nesta subconta.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Advanced Financial Closing with the OAuth client of the instance&apos;s service key, for each user who is logged on. Both need the setup SAP Advanced Financial Closing&apos;s guide describes for SAP Task Center.</source>
        <translation>O SAP Task Center lê as tarefas do SAP Advanced Financial Closing com o cliente OAuth da chave de serviço da instância, para cada usuário conectado. Ambos precisam da configuração que o guia do SAP Advanced Financial Closing descreve para o SAP Task Center.</translation>
    </message>
    <message>
        <source>In SAP Advanced Financial Closing, you have completed the setup &lt;b&gt;How to Set Up the SAP Task Center Integration Using the Same Subaccount&lt;/b&gt;.</source>
        <translation>No SAP Advanced Financial Closing, você concluiu a configuração &lt;b&gt;How to Set Up the SAP Task Center Integration Using the Same Subaccount&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing: SAP Task Center Integration for SAP Advanced Financial Closing.</source>
        <translation>SAP Advanced Financial Closing: “SAP Task Center Integration for SAP Advanced Financial Closing”.</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Advanced Financial Closing instance open; the next pages ask for values from it.</source>
        <translation>Você está com a &lt;b&gt;chave de serviço&lt;/b&gt; da instância do SAP Advanced Financial Closing aberta; as próximas páginas pedem valores dela.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of this subaccount: Services &gt; Instances and Subscriptions, the SAP Advanced Financial Closing instance, its service key.</source>
        <translation>Cockpit do SAP BTP desta subconta: “Services &gt; Instances and Subscriptions”, a instância do SAP Advanced Financial Closing, a chave de serviço dela.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s initial setup is done, and users log on through SAP Cloud Identity Services as the &lt;b&gt;SAP BTP Integration Scenario&lt;/b&gt; describes.</source>
        <translation>A configuração inicial do SAP Task Center está concluída, e os usuários fazem logon por meio do SAP Cloud Identity Services, como descreve o &lt;b&gt;SAP BTP Integration Scenario&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: SAP BTP Integration Scenario.</source>
        <translation>SAP Cloud Identity Services: “SAP BTP Integration Scenario”.</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing runs in another subaccount than SAP Task Center.</source>
        <translation>O SAP Advanced Financial Closing é executado em uma subconta diferente da do SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks with the OAuth client of the instance&apos;s service key and gets its tokens from the other subaccount, which must trust this one. SAP&apos;s Task Center guide says this trust is needed but describes only the values for the destination; the trust itself is part of SAP Advanced Financial Closing&apos;s setup for different subaccounts (UNCONFIRMED: SAP&apos;s Task Center page does not say which step of that setup establishes it).</source>
        <translation>O SAP Task Center lê as tarefas com o cliente OAuth da chave de serviço da instância e obtém os tokens dele da outra subconta, que deve confiar nesta. O guia do Task Center da SAP diz que essa confiança é necessária, mas descreve somente os valores para o destino; a confiança em si faz parte da configuração do SAP Advanced Financial Closing para subcontas diferentes (UNCONFIRMED: a página do Task Center da SAP não diz qual etapa dessa configuração a estabelece).</translation>
    </message>
    <message>
        <source>In SAP Advanced Financial Closing, you have completed the setup &lt;b&gt;How to Set Up the SAP Task Center Integration Using Different Subaccounts&lt;/b&gt;.</source>
        <translation>No SAP Advanced Financial Closing, você concluiu a configuração &lt;b&gt;How to Set Up the SAP Task Center Integration Using Different Subaccounts&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The subaccount of SAP Advanced Financial Closing logs users on through the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; as this subaccount.</source>
        <translation>A subconta do SAP Advanced Financial Closing faz o logon dos usuários por meio do &lt;b&gt;mesmo tenant do Identity Authentication&lt;/b&gt; que esta subconta.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of each subaccount: Security &gt; Trust Configuration.</source>
        <translation>Cockpit do SAP BTP de cada subconta: “Security &gt; Trust Configuration”.</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Advanced Financial Closing instance open; the next page asks for values from it.</source>
        <translation>Você está com a &lt;b&gt;chave de serviço&lt;/b&gt; da instância do SAP Advanced Financial Closing aberta; a próxima página pede valores dela.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Advanced Financial Closing: Services &gt; Instances and Subscriptions, the instance, its service key.</source>
        <translation>Cockpit do SAP BTP da subconta do SAP Advanced Financial Closing: “Services &gt; Instances and Subscriptions”, a instância, a chave de serviço dela.</translation>
    </message>
    <message>
        <source>The service key of SAP Advanced Financial Closing</source>
        <translation>A chave de serviço do SAP Advanced Financial Closing</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Advanced Financial Closing, and with which OAuth client.</source>
        <translation>Onde o SAP Task Center acessa o SAP Advanced Financial Closing e com qual cliente OAuth.</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key).</source>
        <translation>Copie estes valores da chave de serviço da sua instância do &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt; (e não da chave de serviço do próprio SAP Task Center).</translation>
    </message>
    <message>
        <source>The service key of the SAP Advanced Financial Closing instance holds the address SAP Task Center reads tasks from (endpoints &gt; task-center) and the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret).</source>
        <translation>A chave de serviço da instância do SAP Advanced Financial Closing contém o endereço do qual o SAP Task Center lê as tarefas (endpoints &gt; task-center) e o cliente OAuth que ele usa (uaa &gt; clientid e uaa &gt; clientsecret).</translation>
    </message>
    <message>
        <source>Where SAP Task Center gets its tokens</source>
        <translation>Onde o SAP Task Center obtém os tokens dele</translation>
    </message>
    <message>
        <source>The authentication address from the same service key.</source>
        <translation>O endereço de autenticação da mesma chave de serviço.</translation>
    </message>
    <message>
        <source>Copy &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; from the service key of SAP Advanced Financial Closing. The Audience and the Token Service URL are filled from it; change them only if SAP&apos;s guide tells you to.</source>
        <translation>Copie &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; da chave de serviço do SAP Advanced Financial Closing. O Audience e o Token Service URL são preenchidos a partir dele; altere-os somente se o guia da SAP mandar.</translation>
    </message>
    <message>
        <source>In the same subaccount, SAP Task Center gets each user&apos;s token from the authentication address of SAP Advanced Financial Closing&apos;s service key: the Audience is uaa &gt; url, the Token Service URL uaa &gt; url followed by /oauth/token.</source>
        <translation>Na mesma subconta, o SAP Task Center obtém o token de cada usuário do endereço de autenticação da chave de serviço do SAP Advanced Financial Closing: o Audience é uaa &gt; url, e o Token Service URL é uaa &gt; url seguido de /oauth/token.</translation>
    </message>
    <message>
        <source>SAML metadata of the other subaccount</source>
        <translation>Metadados SAML da outra subconta</translation>
    </message>
    <message>
        <source>The Audience and Token Service URL, from the subaccount where SAP Advanced Financial Closing runs.</source>
        <translation>O Audience e o Token Service URL, da subconta em que o SAP Advanced Financial Closing é executado.</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount of &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt;, go to &lt;b&gt;Security &amp;gt; Trust Configuration&lt;/b&gt; and choose &lt;b&gt;SAML Metadata&lt;/b&gt; to download its XML file. Open the file and copy the &lt;b&gt;entityID&lt;/b&gt;, then the &lt;b&gt;Location&lt;/b&gt; of the &lt;b&gt;AssertionConsumerService&lt;/b&gt; element whose Binding is &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt;.</source>
        <translation>No cockpit do SAP BTP, abra a subconta do &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt;, vá para &lt;b&gt;Security &amp;gt; Trust Configuration&lt;/b&gt; e escolha &lt;b&gt;SAML Metadata&lt;/b&gt; para fazer o download do arquivo XML dela. Abra o arquivo e copie o &lt;b&gt;entityID&lt;/b&gt; e depois o &lt;b&gt;Location&lt;/b&gt; do elemento &lt;b&gt;AssertionConsumerService&lt;/b&gt; cujo Binding é &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>From a different subaccount, SAP Task Center gets each user&apos;s token from the subaccount of SAP Advanced Financial Closing: the Audience is that subaccount&apos;s entityID and the Token Service URL the Location of its AssertionConsumerService with the URI binding, both in its SAML metadata.</source>
        <translation>A partir de uma subconta diferente, o SAP Task Center obtém o token de cada usuário da subconta do SAP Advanced Financial Closing: o Audience é o entityID dessa subconta, e o Token Service URL é o Location do AssertionConsumerService dela com o binding URI, ambos nos metadados SAML dela.</translation>
    </message>
    <message>
        <source>Destination to SAP Advanced Financial Closing</source>
        <translation>Destino para o SAP Advanced Financial Closing</translation>
    </message>
    <message>
        <source>The destination SAP Task Center reads the tasks with.</source>
        <translation>O destino com o qual o SAP Task Center lê as tarefas.</translation>
    </message>
    <message>
        <source>Check the destination the wizard made from your values, then create it in this subaccount.</source>
        <translation>Verifique o destino que o assistente montou a partir dos seus valores e depois crie-o nesta subconta.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for the same subaccount lists each property of this destination; the wizard writes them as the table says.</source>
        <translation>O guia da SAP para a mesma subconta lista cada propriedade deste destino; o assistente as grava como a tabela indica.</translation>
    </message>
    <message>
        <source>Check the destination the wizard made from your values, then create it in this subaccount, the subaccount of SAP Task Center.</source>
        <translation>Verifique o destino que o assistente montou a partir dos seus valores e depois crie-o nesta subconta, a subconta do SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for a different subaccount lists each property of this destination; the wizard writes them as the table says.</source>
        <translation>O guia da SAP para uma subconta diferente lista cada propriedade deste destino; o assistente as grava como a tabela indica.</translation>
    </message>
    <message>
        <source>Check that the Client Key, Token Service User and Token Service Password are uaa &gt; clientid and uaa &gt; clientsecret of SAP Advanced Financial Closing&apos;s current service key, and that the Audience and Token Service URL are those of the subaccount where SAP Advanced Financial Closing runs. From a different subaccount, also check that both subaccounts log users on through the same Identity Authentication tenant and that the setup of SAP Advanced Financial Closing for different subaccounts is complete.</source>
        <translation>Verifique se o Client Key, o Token Service User e o Token Service Password são uaa &gt; clientid e uaa &gt; clientsecret da chave de serviço atual do SAP Advanced Financial Closing e se o Audience e o Token Service URL são os da subconta em que o SAP Advanced Financial Closing é executado. A partir de uma subconta diferente, verifique também se as duas subcontas fazem o logon dos usuários por meio do mesmo tenant do Identity Authentication e se a configuração do SAP Advanced Financial Closing para subcontas diferentes está concluída.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Advanced Financial Closing. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Este destino não tem usuário técnico: o Destination service só obtém um token com ele para um usuário conectado, e a SAP diz que o “Check Connection” pode não mostrar se o SAP Task Center acessa o SAP Advanced Financial Closing. Verifique o conector no “Monitoring” do SAP Task Center depois que o destino for salvo.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Advanced Financial Closing system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino para cada sistema SAP Advanced Financial Closing em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>Approvals from SAP Ariba Buying or SAP Ariba Sourcing: one destination for each product, with the keys of an application on the SAP Ariba Developer Portal that SAP Ariba Support activates and links to this subaccount&apos;s trust certificate.</source>
        <translation>Aprovações do SAP Ariba Buying ou do SAP Ariba Sourcing: um destino para cada produto, com as chaves de um aplicativo no SAP Ariba Developer Portal que o suporte do SAP Ariba ativa e vincula ao certificado de confiança desta subconta.</translation>
    </message>
    <message>
        <source>Realm name</source>
        <translation>Nome do realm</translation>
    </message>
    <message>
        <source>The realm name (customer site name) of your SAP Ariba tenant, exactly as SAP Ariba spells it. If you do not know it, see SAP Ariba&apos;s article &quot;How do I find out my realm name?&quot; or ask SAP Ariba Support.</source>
        <translation>O nome do realm (nome do site do cliente) do seu tenant do SAP Ariba, exatamente como o SAP Ariba o escreve. Se você não o souber, consulte o artigo do SAP Ariba “How do I find out my realm name?” ou pergunte ao suporte do SAP Ariba.</translation>
    </message>
    <message>
        <source>This is an SAP Ariba address, not the realm name. The realm is probably %1: it is the value after realm= in the address.</source>
        <translation>Este é um endereço do SAP Ariba, e não o nome do realm. O realm provavelmente é %1: é o valor depois de realm= no endereço.</translation>
    </message>
    <message>
        <source>An Ariba realm is the one-word name of your SAP Ariba site (also called the customer site name): letters, digits, dots, hyphens and underscores, without spaces. Enter the name only, not an address.</source>
        <translation>Um realm do Ariba é o nome de uma só palavra do seu site do SAP Ariba (também chamado de nome do site do cliente): letras, dígitos, pontos, hifens e sublinhados, sem espaços. Insira somente o nome, e não um endereço.</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Chave de aplicativo</translation>
    </message>
    <message>
        <source>The application key the SAP Ariba Developer Portal generated for the application of this product. Each product has its own application and key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>A chave de aplicativo que o SAP Ariba Developer Portal gerou para o aplicativo deste produto. Cada produto tem o próprio aplicativo e a própria chave. Ela é guardada no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>URL of the SPI</source>
        <translation>URL da SPI</translation>
    </message>
    <message>
        <source>The URL the SAP Ariba Developer Portal shows for the SPI of SAP Task Center (the Procurement SPI for SAP Ariba Buying, the Sourcing SPI for SAP Ariba Sourcing). Paste it whole or only its server part: the destination uses the server part with the path of SAP&apos;s example URL for the product you chose.</source>
        <translation>A URL que o SAP Ariba Developer Portal mostra para a SPI do SAP Task Center (a Procurement SPI para o SAP Ariba Buying, a Sourcing SPI para o SAP Ariba Sourcing). Cole-a inteira ou somente a parte do servidor: o destino usa a parte do servidor com o caminho da URL de exemplo da SAP para o produto que você escolheu.</translation>
    </message>
    <message>
        <source>This is the address of the token service. Here, enter the URL the developer portal shows for the SPI of SAP Task Center.</source>
        <translation>Este é o endereço do serviço de token. Aqui, insira a URL que o portal do desenvolvedor mostra para a SPI do SAP Task Center.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds the path of SAP&apos;s example URL for the product you chose. If the developer portal shows another path, change URL on the destination&apos;s page.</source>
        <translation>Somente a parte do servidor deste endereço é usada (%1); o assistente adiciona o caminho da URL de exemplo da SAP para o produto que você escolheu. Se o portal do desenvolvedor mostrar outro caminho, altere URL na página do destino.</translation>
    </message>
    <message>
        <source>The Token Service URL the SAP Ariba Developer Portal shows with the SPI. SAP says it is the same for SAP Ariba Buying and SAP Ariba Sourcing.</source>
        <translation>O Token Service URL que o SAP Ariba Developer Portal mostra com a SPI. Segundo a SAP, ele é o mesmo para o SAP Ariba Buying e o SAP Ariba Sourcing.</translation>
    </message>
    <message>
        <source>This is the URL of the SPI, not of the token service. Copy the Token Service URL the developer portal shows with it.</source>
        <translation>Esta é a URL da SPI, e não do serviço de token. Copie o Token Service URL que o portal do desenvolvedor mostra com ela.</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID do cliente OAuth</translation>
    </message>
    <message>
        <source>The OAuth client ID of the application on the SAP Ariba Developer Portal, shown when you generate its OAuth secret.</source>
        <translation>O ID do cliente OAuth do aplicativo no SAP Ariba Developer Portal, mostrado quando você gera o segredo OAuth dele.</translation>
    </message>
    <message>
        <source>OAuth secret</source>
        <translation>Segredo OAuth</translation>
    </message>
    <message>
        <source>The OAuth secret you generated for the application (not its Base64 encoded form). It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>O segredo OAuth que você gerou para o aplicativo (e não a forma codificada em Base64 dele). Ele é guardado no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 64 characters (SAP Task Center&apos;s limit). Each product needs a destination of its own, with its own name.</source>
        <translation>Somente letras, dígitos, _ e -, no máximo 64 caracteres (o limite do SAP Task Center). Cada produto precisa de um destino próprio, com um nome próprio.</translation>
    </message>
    <message>
        <source>SAP Ariba API server</source>
        <translation>Servidor de API do SAP Ariba</translation>
    </message>
    <message>
        <source>SAP Ariba Buying (purchase requisitions, invoice approvals)</source>
        <translation>SAP Ariba Buying (requisições de compra, aprovações de faturas)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of SAP Ariba Buying, through the Procurement SPI for SAP Task Center. A realm with both products needs one destination for each: run the wizard again for SAP Ariba Sourcing.</source>
        <translation>Escolha esta opção para as aprovações do SAP Ariba Buying, por meio da Procurement SPI para o SAP Task Center. Um realm com os dois produtos precisa de um destino para cada um: execute o assistente novamente para o SAP Ariba Sourcing.</translation>
    </message>
    <message>
        <source>SAP Ariba Sourcing</source>
        <translation>SAP Ariba Sourcing</translation>
    </message>
    <message>
        <source>Choose this for the tasks of SAP Ariba Sourcing, through the Sourcing SPI for SAP Task Center. A realm with both products needs one destination for each: run the wizard again for SAP Ariba Buying.</source>
        <translation>Escolha esta opção para as tarefas do SAP Ariba Sourcing, por meio da Sourcing SPI para o SAP Task Center. Um realm com os dois produtos precisa de um destino para cada um: execute o assistente novamente para o SAP Ariba Buying.</translation>
    </message>
    <message>
        <source>Prepare SAP Ariba Buying</source>
        <translation>Preparar o SAP Ariba Buying</translation>
    </message>
    <message>
        <source>SAP Task Center and SAP Ariba must both be ready before you create the application for SAP Task Center.</source>
        <translation>O SAP Task Center e o SAP Ariba precisam estar prontos antes que você crie o aplicativo para o SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Ariba Buying through an application on the SAP Ariba Developer Portal that SAP Ariba Support activates for your realm. Users are matched through SAP Cloud Identity Services.</source>
        <translation>O SAP Task Center lê as tarefas do SAP Ariba Buying por meio de um aplicativo no SAP Ariba Developer Portal que o suporte do SAP Ariba ativa para o seu realm. Os usuários são associados por meio do SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;initial setup&lt;/b&gt; of SAP Task Center is complete, including the &lt;b&gt;SAP Ariba integration scenario&lt;/b&gt; of SAP Cloud Identity Services.</source>
        <translation>A &lt;b&gt;configuração inicial&lt;/b&gt; do SAP Task Center está concluída, incluindo o &lt;b&gt;cenário de integração do SAP Ariba&lt;/b&gt; do SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>SAP Task Center: Initial Setup; SAP Cloud Identity Services: SAP Ariba Integration Scenario.</source>
        <translation>SAP Task Center: “Initial Setup”; SAP Cloud Identity Services: “SAP Ariba Integration Scenario”.</translation>
    </message>
    <message>
        <source>You know what the &lt;b&gt;SAP Ariba SCIM API&lt;/b&gt; supports, as SAP Note 3228340 describes.</source>
        <translation>Você sabe o que a &lt;b&gt;SAP Ariba SCIM API&lt;/b&gt; suporta, conforme descrito na nota SAP 3228340.</translation>
    </message>
    <message>
        <source>SAP for Me: SAP Note 3228340.</source>
        <translation>SAP for Me: nota SAP 3228340.</translation>
    </message>
    <message>
        <source>You know the &lt;b&gt;realm name&lt;/b&gt; (customer site name) of your SAP Ariba tenant.</source>
        <translation>Você sabe o &lt;b&gt;nome do realm&lt;/b&gt; (nome do site do cliente) do seu tenant do SAP Ariba.</translation>
    </message>
    <message>
        <source>SAP Ariba: How do I find out my realm name?</source>
        <translation>SAP Ariba: “How do I find out my realm name?”</translation>
    </message>
    <message>
        <source>You have asked &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt; to enable SAP Task Center for &lt;b&gt;SAP Ariba Buying&lt;/b&gt;.</source>
        <translation>Você pediu ao &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt; que habilite o SAP Task Center para o &lt;b&gt;SAP Ariba Buying&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Ariba Buying: SAP Task Center for SAP Ariba Buying.</source>
        <translation>SAP Ariba Buying: “SAP Task Center for SAP Ariba Buying”.</translation>
    </message>
    <message>
        <source>Prepare SAP Ariba Sourcing</source>
        <translation>Preparar o SAP Ariba Sourcing</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Ariba Sourcing through an application on the SAP Ariba Developer Portal that SAP Ariba Support activates for your realm. Users are matched through SAP Cloud Identity Services.</source>
        <translation>O SAP Task Center lê as tarefas do SAP Ariba Sourcing por meio de um aplicativo no SAP Ariba Developer Portal que o suporte do SAP Ariba ativa para o seu realm. Os usuários são associados por meio do SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>In SAP Ariba, you have completed the steps of &lt;b&gt;Enabling SAP Task Center for SAP Ariba Sourcing&lt;/b&gt;.</source>
        <translation>No SAP Ariba, você concluiu as etapas de &lt;b&gt;Enabling SAP Task Center for SAP Ariba Sourcing&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Ariba Sourcing: Enabling SAP Task Center for SAP Ariba Sourcing.</source>
        <translation>SAP Ariba Sourcing: “Enabling SAP Task Center for SAP Ariba Sourcing”.</translation>
    </message>
    <message>
        <source>Your SAP Ariba realm</source>
        <translation>Seu realm do SAP Ariba</translation>
    </message>
    <message>
        <source>The SAP Ariba site whose tasks SAP Task Center reads.</source>
        <translation>O site do SAP Ariba cujas tarefas o SAP Task Center lê.</translation>
    </message>
    <message>
        <source>Enter the realm name of your SAP Ariba tenant. SAP Ariba Support needs it for your requests, and the destination sends it with every call.</source>
        <translation>Insira o nome do realm do seu tenant do SAP Ariba. O suporte do SAP Ariba precisa dele para as suas solicitações, e o destino o envia em cada chamada.</translation>
    </message>
    <message>
        <source>The realm tells SAP Ariba which customer site the tasks come from. The destination sends it as the query parameter realm.</source>
        <translation>O realm informa ao SAP Ariba de qual site do cliente as tarefas vêm. O destino o envia como o parâmetro de consulta realm.</translation>
    </message>
    <message>
        <source>Create the application on the SAP Ariba Developer Portal</source>
        <translation>Criar o aplicativo no SAP Ariba Developer Portal</translation>
    </message>
    <message>
        <source>One application for each product, with its application key and the addresses of its SPI.</source>
        <translation>Um aplicativo para cada produto, com a chave de aplicativo e os endereços da SPI dele.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;SAP Ariba Developer Portal&lt;/b&gt;, create an application for the product below and generate its &lt;b&gt;application key&lt;/b&gt;, as SAP Ariba&apos;s guide &quot;Creating an Application on the SAP Ariba Developer Portal&quot; says. Copy the key here, then note the &lt;b&gt;URL&lt;/b&gt; and the &lt;b&gt;Token Service URL&lt;/b&gt; of the SPI for SAP Task Center.</source>
        <translation>No &lt;b&gt;SAP Ariba Developer Portal&lt;/b&gt;, crie um aplicativo para o produto abaixo e gere a &lt;b&gt;chave de aplicativo&lt;/b&gt; dele, como diz o guia do SAP Ariba “Creating an Application on the SAP Ariba Developer Portal”. Copie a chave aqui e depois anote a &lt;b&gt;URL&lt;/b&gt; e o &lt;b&gt;Token Service URL&lt;/b&gt; da SPI para o SAP Task Center.</translation>
    </message>
    <message>
        <source>The application key identifies the application in every call SAP Task Center makes: the destination sends it as Client Key and as the apikey header. SAP Ariba Buying and SAP Ariba Sourcing need separate applications, each with its own key.</source>
        <translation>A chave de aplicativo identifica o aplicativo em cada chamada que o SAP Task Center faz: o destino a envia como Client Key e como o cabeçalho apikey. O SAP Ariba Buying e o SAP Ariba Sourcing precisam de aplicativos separados, cada um com a própria chave.</translation>
    </message>
    <message>
        <source>Application for SAP Task Center</source>
        <translation>Aplicativo para o SAP Task Center</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>SPI to request</source>
        <translation>SPI a solicitar</translation>
    </message>
    <message>
        <source>Request the URL of this SPI for the application.</source>
        <translation>Solicite a URL desta SPI para o aplicativo.</translation>
    </message>
    <message>
        <source>SAP Ariba trusts SAP Task Center through this certificate: SAP Ariba Support registers it with your realm next.</source>
        <translation>O SAP Ariba confia no SAP Task Center por meio deste certificado: em seguida, o suporte do SAP Ariba o registra no seu realm.</translation>
    </message>
    <message>
        <source>The destination signs a SAML assertion for each user with this certificate&apos;s key, and SAP Ariba exchanges it for a token. Renew the certificate before it expires and send the new one to SAP Ariba Support: until they register it, users may not be able to work on tasks nor receive task updates.</source>
        <translation>O destino assina uma asserção SAML para cada usuário com a chave deste certificado, e o SAP Ariba a troca por um token. Renove o certificado antes que ele expire e envie o novo ao suporte do SAP Ariba: até que ele seja registrado, os usuários podem não conseguir processar tarefas nem receber atualizações de tarefas.</translation>
    </message>
    <message>
        <source>Open two service requests with SAP Ariba Support</source>
        <translation>Abrir duas solicitações de serviço com o suporte do SAP Ariba</translation>
    </message>
    <message>
        <source>One activates the application, the other registers this subaccount as identity provider.</source>
        <translation>Uma ativa o aplicativo; a outra registra esta subconta como provedor de identidade.</translation>
    </message>
    <message>
        <source>Create the service requests with &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt;, with the values below. Wait until SAP Ariba confirms both before you continue.</source>
        <translation>Crie as solicitações de serviço com o &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt;, com os valores abaixo. Aguarde até que o SAP Ariba confirme as duas antes de continuar.</translation>
    </message>
    <message>
        <source>SAP Ariba activates the application for your realm and product, and registers this subaccount&apos;s entity ID and trust certificate with SAP Ariba OAuth, so that it accepts the SAML assertions the destination signs. UNCONFIRMED: SAP&apos;s page gives the entity ID only as cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;; the wizard takes it from the trust certificate&apos;s CN, which has this form. Compare it with the Assertion Entity ID under Connectivity &gt; Destination Trust in the SAP BTP cockpit.</source>
        <translation>O SAP Ariba ativa o aplicativo para o seu realm e produto e registra o ID da entidade e o certificado de confiança desta subconta no SAP Ariba OAuth, para que ele aceite as asserções SAML que o destino assina. UNCONFIRMED: a página da SAP dá o ID da entidade somente como cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;; o assistente o obtém do CN do certificado de confiança, que tem esse formato. Compare-o com o “Assertion Entity ID” em “Connectivity &gt; Destination Trust” no cockpit do SAP BTP.</translation>
    </message>
    <message>
        <source>Activate the application</source>
        <translation>Ativar o aplicativo</translation>
    </message>
    <message>
        <source>Request the activation of the application on the SAP Ariba Developer Portal. Add the data center where your SAP Ariba realm resides.</source>
        <translation>Solicite a ativação do aplicativo no SAP Ariba Developer Portal. Informe o data center em que o seu realm do SAP Ariba está.</translation>
    </message>
    <message>
        <source>Register the identity provider on SAP Ariba OAuth</source>
        <translation>Registrar o provedor de identidade no SAP Ariba OAuth</translation>
    </message>
    <message>
        <source>Request the IDP registration on SAP Ariba OAuth. Add your Ariba Network ID (ANID), shown in your company profile.</source>
        <translation>Solicite o registro do IDP no SAP Ariba OAuth. Informe o seu Ariba Network ID (ANID), mostrado no perfil da sua empresa.</translation>
    </message>
    <message>
        <source>Entity ID (entityID)</source>
        <translation>ID da entidade (entityID)</translation>
    </message>
    <message>
        <source>The entity ID the destination service sends, of the form cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;: the trust certificate&apos;s CN.</source>
        <translation>O ID da entidade que o Destination service envia, no formato cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;: o CN do certificado de confiança.</translation>
    </message>
    <message>
        <source>Destination service certificate</source>
        <translation>Certificado do Destination service</translation>
    </message>
    <message>
        <source>The subaccount&apos;s trust certificate. Attach this file to the request.</source>
        <translation>O certificado de confiança da subconta. Anexe este arquivo à solicitação.</translation>
    </message>
    <message>
        <source>Generate the OAuth secret</source>
        <translation>Gerar o segredo OAuth</translation>
    </message>
    <message>
        <source>The OAuth client ID and secret with which SAP Task Center fetches tokens.</source>
        <translation>O ID e o segredo do cliente OAuth com os quais o SAP Task Center obtém tokens.</translation>
    </message>
    <message>
        <source>Once the application is set up with its SPI, generate its &lt;b&gt;OAuth secret&lt;/b&gt; on the SAP Ariba Developer Portal, as SAP Ariba&apos;s guide &quot;How to generate the OAuth Secret and Base64 Encoded Client and secret&quot; says. Copy the &lt;b&gt;OAuth client ID&lt;/b&gt; and the &lt;b&gt;OAuth secret&lt;/b&gt; here.</source>
        <translation>Quando o aplicativo estiver configurado com a SPI dele, gere o &lt;b&gt;segredo OAuth&lt;/b&gt; dele no SAP Ariba Developer Portal, como diz o guia do SAP Ariba “How to generate the OAuth Secret and Base64 Encoded Client and secret”. Copie aqui o &lt;b&gt;ID do cliente OAuth&lt;/b&gt; e o &lt;b&gt;segredo OAuth&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The destination fetches its tokens as this OAuth client: the client ID is the Token Service User, the secret the Token Service Password.</source>
        <translation>O destino obtém os tokens como este cliente OAuth: o ID do cliente é o Token Service User, e o segredo é o Token Service Password.</translation>
    </message>
    <message>
        <source>OAuth client of the application</source>
        <translation>Cliente OAuth do aplicativo</translation>
    </message>
    <message>
        <source>Check with SAP Ariba Support that the application is activated for your realm and product and that this subaccount is registered as identity provider with its current trust certificate, and that the OAuth client ID and secret belong to the application whose key is in the destination.</source>
        <translation>Confirme com o suporte do SAP Ariba se o aplicativo está ativado para o seu realm e produto, se esta subconta está registrada como provedor de identidade com o certificado de confiança atual dela e se o ID e o segredo do cliente OAuth pertencem ao aplicativo cuja chave está no destino.</translation>
    </message>
    <message>
        <source>Destination to SAP Ariba</source>
        <translation>Destino para o SAP Ariba</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Ariba. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>O Destination service só obtém um token com ele para um usuário conectado, e a SAP diz que o “Check Connection” pode não mostrar se o SAP Task Center acessa o SAP Ariba. Verifique o conector no “Monitoring” do SAP Task Center depois que o destino for salvo.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Ariba system and product in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino para cada sistema e produto do SAP Ariba em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>If you later change the name or the URL of this destination, SAP Task Center loads its tasks again.</source>
        <translation>Se depois você alterar o nome ou a URL deste destino, o SAP Task Center carrega as tarefas dele novamente.</translation>
    </message>
    <message>
        <source>The URL is the server you entered followed by the path of SAP&apos;s example URL for the product. UNCONFIRMED: SAP&apos;s guide gives the URL only as an example. If the developer portal shows another path for the SPI, use that (Edit properties).</source>
        <translation>A URL é o servidor que você inseriu seguido do caminho da URL de exemplo da SAP para o produto. UNCONFIRMED: o guia da SAP dá a URL somente como exemplo. Se o portal do desenvolvedor mostrar outro caminho para a SPI, use esse caminho (“Editar propriedades”).</translation>
    </message>
    <message>
        <source>Tasks from SAP Cloud for Customer: a primary destination with the technical user of the communication arrangement for SAP Task Center, by user and password or by client certificate, and a secondary destination for principal propagation with an OAuth client registered in SAP Cloud for Customer.</source>
        <translation>Tarefas do SAP Cloud for Customer: um destino primário com o usuário técnico do acordo de comunicação para o SAP Task Center, por usuário e senha ou por certificado de cliente, e um destino secundário para a propagação de principal com um cliente OAuth registrado no SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>URL do tenant</translation>
    </message>
    <message>
        <source>The address of your SAP Cloud for Customer tenant, the one you open it with, without anything after the host. Both destinations use it, and the secondary destination&apos;s token service URL is made from it.</source>
        <translation>O endereço do seu tenant do SAP Cloud for Customer, aquele com o qual você o abre, sem nada depois do host. Os dois destinos o usam, e o Token Service URL do destino secundário é montado a partir dele.</translation>
    </message>
    <message>
        <source>This looks like the tenant&apos;s single sign-on address (its Local Service Provider), which belongs in the Audience later. The tenant URL is probably %1.</source>
        <translation>Este parece ser o endereço de single sign-on do tenant (o Local Service Provider dele), que deve ir no Audience mais adiante. A URL do tenant provavelmente é %1.</translation>
    </message>
    <message>
        <source>User ID of the communication user</source>
        <translation>ID de usuário do usuário de comunicação</translation>
    </message>
    <message>
        <source>The user ID SAP Cloud for Customer created for the communication arrangement (Inbound Communication, User ID &gt; Edit Credentials).</source>
        <translation>O ID de usuário que o SAP Cloud for Customer criou para o acordo de comunicação (“Inbound Communication”, “User ID &gt; Edit Credentials”).</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the user ID that the communication arrangement shows for the communication user.</source>
        <translation>Isto parece um endereço de e-mail. Insira o ID de usuário que o acordo de comunicação mostra para o usuário de comunicação.</translation>
    </message>
    <message>
        <source>Password of the communication user</source>
        <translation>Senha do usuário de comunicação</translation>
    </message>
    <message>
        <source>The password you gave the communication user in the communication arrangement. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>A senha que você definiu para o usuário de comunicação no acordo de comunicação. Ela é guardada no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Key store password</source>
        <translation>Senha do keystore</translation>
    </message>
    <message>
        <source>The password of the key store. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>A senha do keystore. Ela é guardada no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>The client ID SAP Cloud for Customer filled in when you registered the OAuth 2.0 client (Administrator &gt; OAuth 2.0 Client Registration).</source>
        <translation>O ID do cliente que o SAP Cloud for Customer preencheu quando você registrou o cliente OAuth 2.0 (“Administrator &gt; OAuth 2.0 Client Registration”).</translation>
    </message>
    <message>
        <source>The client secret you entered when you registered the OAuth 2.0 client. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>O segredo do cliente que você inseriu quando registrou o cliente OAuth 2.0. Ele é guardado no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Audience (Local Service Provider)</source>
        <translation>Audience (Local Service Provider)</translation>
    </message>
    <message>
        <source>The value of the Local Service Provider field under Administrator &gt; Common Tasks &gt; Configure Single Sign-On in SAP Cloud for Customer. Copy it exactly as shown: it is case-sensitive and often starts with HTTPS in capitals.</source>
        <translation>O valor do campo “Local Service Provider” em “Administrator &gt; Common Tasks &gt; Configure Single Sign-On” no SAP Cloud for Customer. Copie-o exatamente como é mostrado: ele diferencia maiúsculas de minúsculas e muitas vezes começa com HTTPS em maiúsculas.</translation>
    </message>
    <message>
        <source>Technical user with user ID and password (Basic Authentication)</source>
        <translation>Usuário técnico com ID de usuário e senha (Basic Authentication)</translation>
    </message>
    <message>
        <source>Choose this when the communication arrangement for SAP Task Center in SAP Cloud for Customer authenticates its technical user with a user ID and password.</source>
        <translation>Escolha esta opção quando o acordo de comunicação para o SAP Task Center no SAP Cloud for Customer autentica o usuário técnico dele com um ID de usuário e uma senha.</translation>
    </message>
    <message>
        <source>Technical user with a client certificate (Using Certificates)</source>
        <translation>Usuário técnico com um certificado de cliente (Using Certificates)</translation>
    </message>
    <message>
        <source>Choose this when SAP Task Center should authenticate to SAP Cloud for Customer with a client certificate: you need the certificate as a .p12 key store and its password. After saving the destinations, you finish the setup in SAP Cloud for Customer.</source>
        <translation>Escolha esta opção quando o SAP Task Center deve se autenticar no SAP Cloud for Customer com um certificado de cliente: você precisa do certificado como um keystore .p12 e da senha dele. Depois de salvar os destinos, você conclui a configuração no SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining step for the certificate&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In SAP Cloud for Customer, continue with the steps of SAP Cloud for Customer&apos;s guide &lt;b&gt;Using Client Certificate Authentication&lt;/b&gt;, so that SAP Cloud for Customer accepts the certificate of the key store the primary destination uses.&lt;/li&gt;&lt;li&gt;Check the connector in SAP Task Center&apos;s &lt;b&gt;monitoring&lt;/b&gt;: SAP says Check Connection in the destination may not tell whether SAP Task Center reaches SAP Cloud for Customer.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Etapa restante segundo a SAP para o certificado&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;No SAP Cloud for Customer, continue com as etapas do guia do SAP Cloud for Customer &lt;b&gt;Using Client Certificate Authentication&lt;/b&gt;, para que o SAP Cloud for Customer aceite o certificado do keystore que o destino primário usa.&lt;/li&gt;&lt;li&gt;Verifique o conector no &lt;b&gt;Monitoring&lt;/b&gt; do SAP Task Center: a SAP diz que o “Check Connection” no destino pode não mostrar se o SAP Task Center acessa o SAP Cloud for Customer.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Prepare SAP Cloud for Customer</source>
        <translation>Preparar o SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>Before the wizard asks for values, make sure SAP Task Center and SAP Cloud for Customer are ready, as SAP&apos;s guide lists it.</source>
        <translation>Antes que o assistente peça valores, verifique se o SAP Task Center e o SAP Cloud for Customer estão prontos, conforme a lista do guia da SAP.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Cloud for Customer with a technical user and acts on them as each user (principal propagation). Both need the users of SAP Cloud for Customer and SAP Task Center to be the same people in SAP Cloud Identity Services.</source>
        <translation>O SAP Task Center lê as tarefas do SAP Cloud for Customer com um usuário técnico e as processa em nome de cada usuário (propagação de principal). Para as duas coisas, os usuários do SAP Cloud for Customer e do SAP Task Center precisam ser as mesmas pessoas no SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;initial setup of SAP Task Center&lt;/b&gt; is complete in this subaccount.</source>
        <translation>A &lt;b&gt;configuração inicial do SAP Task Center&lt;/b&gt; está concluída nesta subconta.</translation>
    </message>
    <message>
        <source>SAP Task Center: Initial Setup.</source>
        <translation>SAP Task Center: “Initial Setup”.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer is integrated with &lt;b&gt;SAP Cloud Identity Services&lt;/b&gt; as the SAP Cloud for Customer Integration Scenario describes.</source>
        <translation>O SAP Cloud for Customer está integrado ao &lt;b&gt;SAP Cloud Identity Services&lt;/b&gt; como descreve o “SAP Cloud for Customer Integration Scenario”.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: SAP Cloud for Customer Integration Scenario.</source>
        <translation>SAP Cloud Identity Services: “SAP Cloud for Customer Integration Scenario”.</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, the scoping question &lt;b&gt;Task Center Integration&lt;/b&gt; is selected in your implementation project.</source>
        <translation>No SAP Cloud for Customer, a pergunta de definição de escopo &lt;b&gt;Task Center Integration&lt;/b&gt; está selecionada no seu projeto de implementação.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer: Business Configuration &gt; Implementation Projects &gt; Edit Project &gt; Review Questions &gt; Communication and Information Exchange &gt; Business Process Management &gt; Business Task Management.</source>
        <translation>SAP Cloud for Customer: “Business Configuration &gt; Implementation Projects &gt; Edit Project &gt; Review Questions &gt; Communication and Information Exchange &gt; Business Process Management &gt; Business Task Management”.</translation>
    </message>
    <message>
        <source>Your SAP Cloud for Customer tenant</source>
        <translation>Seu tenant do SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Cloud for Customer.</source>
        <translation>Onde o SAP Task Center acessa o SAP Cloud for Customer.</translation>
    </message>
    <message>
        <source>Enter the address of your SAP Cloud for Customer tenant. The wizard makes the addresses of both destinations from it.</source>
        <translation>Insira o endereço do seu tenant do SAP Cloud for Customer. O assistente monta os endereços dos dois destinos a partir dele.</translation>
    </message>
    <message>
        <source>SAP&apos;s guides call this the tenant URL: the primary and the secondary destination both use it, and the secondary destination&apos;s Token Service URL is the same address followed by /sap/bc/sec/oauth2/token.</source>
        <translation>Os guias da SAP chamam isto de URL do tenant: o destino primário e o secundário a usam, e o Token Service URL do destino secundário é o mesmo endereço seguido de /sap/bc/sec/oauth2/token.</translation>
    </message>
    <message>
        <source>Create the technical user in SAP Cloud for Customer</source>
        <translation>Criar o usuário técnico no SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>A communication system and a communication arrangement for SAP Task Center, with user ID and password.</source>
        <translation>Um sistema de comunicação e um acordo de comunicação para o SAP Task Center, com ID de usuário e senha.</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, create a communication system and a communication arrangement as below, then enter the user ID and the password of the communication user here.</source>
        <translation>No SAP Cloud for Customer, crie um sistema de comunicação e um acordo de comunicação conforme abaixo e depois insira aqui o ID de usuário e a senha do usuário de comunicação.</translation>
    </message>
    <message>
        <source>This is what SAP Cloud for Customer&apos;s guide &quot;Using Basic Authentication&quot; leads to: a communication user whose user ID and password go into the primary destination. The values below follow SAP&apos;s integration samples for SAP Task Center; the host name of the communication system is not given there (UNCONFIRMED), so follow SAP Cloud for Customer&apos;s guide for it.</source>
        <translation>É a isto que leva o guia do SAP Cloud for Customer “Using Basic Authentication”: um usuário de comunicação cujo ID de usuário e senha vão para o destino primário. Os valores abaixo seguem os exemplos de integração da SAP para o SAP Task Center; o nome do host do sistema de comunicação não é informado lá (UNCONFIRMED), então siga o guia do SAP Cloud for Customer para ele.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Systems&lt;/b&gt; and choose &lt;b&gt;New&lt;/b&gt;. Enter an ID and a host name, choose &lt;b&gt;Add Row&lt;/b&gt; under &lt;b&gt;System Instances&lt;/b&gt; and enter a System Instance ID. Save, then choose &lt;b&gt;Actions &amp;gt; Set To Active&lt;/b&gt;.</source>
        <translation>Abra &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Systems&lt;/b&gt; e escolha &lt;b&gt;New&lt;/b&gt;. Insira um ID e um nome de host, escolha &lt;b&gt;Add Row&lt;/b&gt; em &lt;b&gt;System Instances&lt;/b&gt; e insira um “System Instance ID”. Salve e depois escolha &lt;b&gt;Actions &amp;gt; Set To Active&lt;/b&gt;.</translation>
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
        <translation>Acordo de comunicação</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Arrangements&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt; and select the communication system by its System Instance ID. On the &lt;b&gt;Inbound&lt;/b&gt; tab, choose &lt;b&gt;Edit Credentials&lt;/b&gt; for the user ID, enter a password and select the service below. Review and finish.</source>
        <translation>Abra &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Arrangements&lt;/b&gt;, escolha &lt;b&gt;New&lt;/b&gt; e selecione o sistema de comunicação pelo “System Instance ID” dele. Na aba &lt;b&gt;Inbound&lt;/b&gt;, escolha &lt;b&gt;Edit Credentials&lt;/b&gt; para o ID de usuário, insira uma senha e selecione o serviço abaixo. Revise e conclua.</translation>
    </message>
    <message>
        <source>Communication scenario</source>
        <translation>Cenário de comunicação</translation>
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
        <translation>O keystore do certificado de cliente</translation>
    </message>
    <message>
        <source>The .p12 file with the certificate SAP Task Center authenticates with, and its password.</source>
        <translation>O arquivo .p12 com o certificado com o qual o SAP Task Center se autentica, e a senha dele.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer trusts the users SAP Task Center acts for through this certificate: you upload it as an OAuth 2.0 identity provider next.</source>
        <translation>O SAP Cloud for Customer confia nos usuários em nome dos quais o SAP Task Center age por meio deste certificado: em seguida, você o carrega como provedor de identidade OAuth 2.0.</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer accepts a user&apos;s identity from SAP Task Center only when it is signed with this subaccount&apos;s trust certificate. The next page shows the certificate and its CN to enter in SAP Cloud for Customer as an OAuth 2.0 identity provider.</source>
        <translation>O SAP Cloud for Customer só aceita a identidade de um usuário vinda do SAP Task Center quando ela é assinada com o certificado de confiança desta subconta. A próxima página mostra o certificado e o CN dele para inserir no SAP Cloud for Customer como provedor de identidade OAuth 2.0.</translation>
    </message>
    <message>
        <source>Set up principal propagation in SAP Cloud for Customer</source>
        <translation>Configurar a propagação de principal no SAP Cloud for Customer</translation>
    </message>
    <message>
        <source>The subaccount as OAuth 2.0 identity provider, an OAuth client for SAP Task Center, and the audience.</source>
        <translation>A subconta como provedor de identidade OAuth 2.0, um cliente OAuth para o SAP Task Center e o Audience.</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, open &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure OAuth 2.0 Identity Provider&lt;/b&gt; and choose &lt;b&gt;New OAuth 2.0 Provider&lt;/b&gt;. Enter the values below and choose &lt;b&gt;Submit&lt;/b&gt;. Then register the OAuth client and copy the audience, as each section says.</source>
        <translation>No SAP Cloud for Customer, abra &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure OAuth 2.0 Identity Provider&lt;/b&gt; e escolha &lt;b&gt;New OAuth 2.0 Provider&lt;/b&gt;. Insira os valores abaixo e escolha &lt;b&gt;Submit&lt;/b&gt;. Depois, registre o cliente OAuth e copie o Audience, como cada seção indica.</translation>
    </message>
    <message>
        <source>The secondary destination lets SAP Task Center act in SAP Cloud for Customer as the user who works on a task. SAP Cloud for Customer accepts this because it trusts the subaccount&apos;s certificate and knows the OAuth client. The steps follow SAP Cloud for Customer&apos;s guide &quot;Principal Propagation Flow and Set Up&quot;.</source>
        <translation>O destino secundário permite que o SAP Task Center aja no SAP Cloud for Customer como o usuário que processa uma tarefa. O SAP Cloud for Customer aceita isso porque confia no certificado da subconta e conhece o cliente OAuth. As etapas seguem o guia do SAP Cloud for Customer “Principal Propagation Flow and Set Up”.</translation>
    </message>
    <message>
        <source>OAuth 2.0 identity provider</source>
        <translation>Provedor de identidade OAuth 2.0</translation>
    </message>
    <message>
        <source>Issuing Entity Name</source>
        <translation>Issuing Entity Name</translation>
    </message>
    <message>
        <source>The trust certificate&apos;s CN; it has the form cfapps.&lt;region host&gt;/&lt;subaccount ID&gt;.</source>
        <translation>O CN do certificado de confiança; ele tem o formato cfapps.&lt;region host&gt;/&lt;subaccount ID&gt;.</translation>
    </message>
    <message>
        <source>Primary Signing Certificate</source>
        <translation>Primary Signing Certificate</translation>
    </message>
    <message>
        <source>Browse and upload this file: the subaccount&apos;s trust certificate without its BEGIN and END lines, as SAP&apos;s guide asks. Upload it again whenever the subaccount&apos;s certificate is renewed.</source>
        <translation>Procure e carregue este arquivo: o certificado de confiança da subconta sem as linhas BEGIN e END, como o guia da SAP pede. Carregue-o novamente sempre que o certificado da subconta for renovado.</translation>
    </message>
    <message>
        <source>Select Name ID Formats</source>
        <translation>Select Name ID Formats</translation>
    </message>
    <message>
        <source>Select Email Address in addition to User Account ID.</source>
        <translation>Selecione “Email Address” além de “User Account ID”.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client</source>
        <translation>Cliente OAuth 2.0</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; OAuth 2.0 Client Registration&lt;/b&gt; and choose &lt;b&gt;New&lt;/b&gt;. Enter a client secret and a description, select the identity provider you just created as &lt;b&gt;Issuer Name&lt;/b&gt; and the scope below, and save. Enter the client ID it shows and the client secret here.</source>
        <translation>Abra &lt;b&gt;Administrator &amp;gt; OAuth 2.0 Client Registration&lt;/b&gt; e escolha &lt;b&gt;New&lt;/b&gt;. Insira um segredo do cliente e uma descrição, selecione o provedor de identidade que você acabou de criar como &lt;b&gt;Issuer Name&lt;/b&gt; e o escopo abaixo, e salve. Insira aqui o ID do cliente que ele mostra e o segredo do cliente.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure Single Sign-On&lt;/b&gt; and copy the value of the &lt;b&gt;Local Service Provider&lt;/b&gt; field.</source>
        <translation>Abra &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure Single Sign-On&lt;/b&gt; e copie o valor do campo &lt;b&gt;Local Service Provider&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The Destination service cannot use the key store. Check that the file is uploaded to this subaccount&apos;s destination certificates under exactly the name in KeyStoreLocation, including its extension, and that KeyStorePassword is its password.</source>
        <translation>O Destination service não consegue usar o keystore. Verifique se o arquivo foi carregado nos certificados de destino desta subconta exatamente com o nome em KeyStoreLocation, incluindo a extensão, e se KeyStorePassword é a senha dele.</translation>
    </message>
    <message>
        <source>With user and password, check in SAP Cloud for Customer that the communication arrangement for SAP Task Center is active and that the destination holds its communication user&apos;s ID and password. With a client certificate, check that the key store is uploaded to this subaccount under the name in KeyStoreLocation and that SAP Cloud for Customer accepts its certificate (Using Client Certificate Authentication).</source>
        <translation>Com usuário e senha, verifique no SAP Cloud for Customer se o acordo de comunicação para o SAP Task Center está ativo e se o destino contém o ID e a senha do usuário de comunicação dele. Com um certificado de cliente, verifique se o keystore foi carregado nesta subconta com o nome em KeyStoreLocation e se o SAP Cloud for Customer aceita o certificado dele (“Using Client Certificate Authentication”).</translation>
    </message>
    <message>
        <source>Create only one primary destination for each SAP Cloud for Customer system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino primário para cada sistema SAP Cloud for Customer em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>SAP says Check Connection may not tell whether SAP Task Center reaches SAP Cloud for Customer. Check the connector in SAP Task Center&apos;s monitoring once the destinations are saved.</source>
        <translation>A SAP diz que o “Check Connection” pode não mostrar se o SAP Task Center acessa o SAP Cloud for Customer. Verifique o conector no “Monitoring” do SAP Task Center depois que os destinos forem salvos.</translation>
    </message>
    <message>
        <source>The Audience is case-sensitive: it must be exactly the Local Service Provider value SAP Cloud for Customer shows.</source>
        <translation>O Audience diferencia maiúsculas de minúsculas: ele deve ser exatamente o valor de “Local Service Provider” que o SAP Cloud for Customer mostra.</translation>
    </message>
    <message>
        <source>Tasks from a system outside SAP that implements SAP Task Center&apos;s task provider SPI: a primary destination with OAuth client credentials for the technical user and a secondary destination for principal propagation with a SAML bearer assertion.</source>
        <translation>Tarefas de um sistema fora da SAP que implementa a SPI de provedor de tarefas do SAP Task Center: um destino primário com credenciais de cliente OAuth para o usuário técnico e um destino secundário para a propagação de principal com uma asserção SAML bearer.</translation>
    </message>
    <message>
        <source>The address of your task provider tenant, as its documentation for SAP Task Center gives it. Both destinations use it. SAP Task Center adds /task-provider/v&lt;version&gt;/&lt;endpoint&gt; to it, so the task provider&apos;s SPI must answer there.</source>
        <translation>O endereço do seu tenant do provedor de tarefas, como a documentação dele para o SAP Task Center o indica. Os dois destinos o usam. O SAP Task Center adiciona /task-provider/v&lt;version&gt;/&lt;endpoint&gt; a ele, portanto a SPI do provedor de tarefas deve responder lá.</translation>
    </message>
    <message>
        <source>SAP Task Center adds /task-provider/ and the SPI version to this address itself. Use %1 instead.</source>
        <translation>O próprio SAP Task Center adiciona /task-provider/ e a versão da SPI a este endereço. Use %1 em vez dele.</translation>
    </message>
    <message>
        <source>Corporate identity provider tokens (tc.pp.cip.token)</source>
        <translation>Tokens do provedor de identidade corporativo (tc.pp.cip.token)</translation>
    </message>
    <message>
        <source>Optional. Choose true only if your users log on through a corporate identity provider configured in Identity Authentication and the task provider needs that provider&apos;s tokens. Leave it empty otherwise; SAP Task Center then assumes false.</source>
        <translation>Opcional. Escolha true somente se os seus usuários fizerem logon por meio de um provedor de identidade corporativo configurado no Identity Authentication e o provedor de tarefas precisar dos tokens desse provedor. Caso contrário, deixe vazio; o SAP Task Center então assume false.</translation>
    </message>
    <message>
        <source>Where SAP Task Center fetches the technical user&apos;s token: the token endpoint of the OAuth server the task provider trusts, as its documentation gives it.</source>
        <translation>Onde o SAP Task Center obtém o token do usuário técnico: o endpoint de token do servidor OAuth em que o provedor de tarefas confia, como a documentação dele o indica.</translation>
    </message>
    <message>
        <source>The ID of the OAuth client the task provider&apos;s documentation has you register for SAP Task Center&apos;s technical user.</source>
        <translation>O ID do cliente OAuth que a documentação do provedor de tarefas manda você registrar para o usuário técnico do SAP Task Center.</translation>
    </message>
    <message>
        <source>The secret of that client. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>O segredo desse cliente. Ele é guardado no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Scope (optional)</source>
        <translation>Escopo (opcional)</translation>
    </message>
    <message>
        <source>Only if the task provider&apos;s OAuth server needs a scope for this client: the scopes, separated by spaces, as its documentation gives them. Leave it empty otherwise.</source>
        <translation>Somente se o servidor OAuth do provedor de tarefas precisar de um escopo para este cliente: os escopos, separados por espaços, como a documentação dele os indica. Caso contrário, deixe vazio.</translation>
    </message>
    <message>
        <source>Token Service URL for users</source>
        <translation>Token Service URL para os usuários</translation>
    </message>
    <message>
        <source>Where SAP Task Center exchanges a user&apos;s SAML assertion for that user&apos;s token. Filled in with the technical user&apos;s Token Service URL, which is usually the same; change it if the task provider&apos;s documentation gives another.</source>
        <translation>Onde o SAP Task Center troca a asserção SAML de um usuário pelo token desse usuário. Preenchido com o Token Service URL do usuário técnico, que normalmente é o mesmo; altere-o se a documentação do provedor de tarefas indicar outro.</translation>
    </message>
    <message>
        <source>The audience the task provider&apos;s OAuth server expects in a SAML assertion, as its documentation or its SAML settings give it.</source>
        <translation>O Audience que o servidor OAuth do provedor de tarefas espera em uma asserção SAML, como a documentação ou as configurações SAML dele o indicam.</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client Key</translation>
    </message>
    <message>
        <source>The ID of the OAuth client that accepts SAML assertions from this subaccount (the one that holds the trust certificate). Some task providers use the technical user&apos;s client for this too.</source>
        <translation>O ID do cliente OAuth que aceita asserções SAML desta subconta (a que contém o certificado de confiança). Alguns provedores de tarefas também usam o cliente do usuário técnico para isso.</translation>
    </message>
    <message>
        <source>Token Service User (optional)</source>
        <translation>Token Service User (opcional)</translation>
    </message>
    <message>
        <source>Only if the OAuth server wants the client to log on when SAP Task Center fetches a user&apos;s token: the user for that logon, usually the client key. Leave it empty otherwise.</source>
        <translation>Somente se o servidor OAuth exigir que o cliente faça logon quando o SAP Task Center obtém o token de um usuário: o usuário desse logon, normalmente o Client Key. Caso contrário, deixe vazio.</translation>
    </message>
    <message>
        <source>Token Service Password (optional)</source>
        <translation>Token Service Password (opcional)</translation>
    </message>
    <message>
        <source>The password for the Token Service User, usually the client&apos;s secret. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>A senha do Token Service User, normalmente o segredo do cliente. Ela é guardada no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Name ID format (optional)</source>
        <translation>Formato do Name ID (opcional)</translation>
    </message>
    <message>
        <source>How the assertion names the user: emailAddress sends the user&apos;s e-mail address, unspecified (or empty) the user name. Choose what the task provider uses to find its users.</source>
        <translation>Como a asserção identifica o usuário: emailAddress envia o endereço de e-mail do usuário; unspecified (ou vazio), o nome de usuário. Escolha o que o provedor de tarefas usa para encontrar os usuários dele.</translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation>Classe de contexto de autenticação</translation>
    </message>
    <message>
        <source>The AuthnContextClassRef of the SAML assertion. PreviousSession is what most SAP Task Center providers use; choose X509 only if the task provider&apos;s documentation asks for it.</source>
        <translation>O AuthnContextClassRef da asserção SAML. PreviousSession é o que a maioria dos provedores do SAP Task Center usa; escolha X509 somente se a documentação do provedor de tarefas pedir.</translation>
    </message>
    <message>
        <source>Prepare the task provider</source>
        <translation>Preparar o provedor de tarefas</translation>
    </message>
    <message>
        <source>A third-party task provider works with SAP Task Center only if it serves SAP Task Center&apos;s task provider SPI. What it supports and how it authenticates is up to the provider: its documentation for SAP Task Center says it.</source>
        <translation>Um provedor de tarefas de terceiros só funciona com o SAP Task Center se disponibilizar a SPI de provedor de tarefas do SAP Task Center. O que ele suporta e como se autentica cabe ao provedor: a documentação dele para o SAP Task Center informa isso.</translation>
    </message>
    <message>
        <source>The task provider must implement the task provider SPI that SAP Note 3462266 defines, at &lt;tenant URL&gt;/task-provider/v&lt;version&gt;/&lt;endpoint&gt;. SAP Task Center calls it with the primary destination&apos;s token to pull tasks and task definitions, and with each user&apos;s token from the secondary destination (&lt;name&gt;_PP) to read task details and to act on tasks. Which SAP Task Center features work depends on that implementation.</source>
        <translation>O provedor de tarefas deve implementar a SPI de provedor de tarefas que a nota SAP 3462266 define, em &lt;tenant URL&gt;/task-provider/v&lt;version&gt;/&lt;endpoint&gt;. O SAP Task Center a chama com o token do destino primário para extrair tarefas e definições de tarefas, e com o token de cada usuário obtido do destino secundário (&lt;name&gt;_PP) para ler detalhes de tarefas e processar tarefas. Quais recursos do SAP Task Center funcionam depende dessa implementação.</translation>
    </message>
    <message>
        <source>The initial setup of SAP Task Center is complete, and you have followed the &lt;b&gt;Third-Party Scenarios&lt;/b&gt; of SAP Cloud Identity Services for the task provider&apos;s users.</source>
        <translation>A configuração inicial do SAP Task Center está concluída, e você seguiu os &lt;b&gt;Third-Party Scenarios&lt;/b&gt; do SAP Cloud Identity Services para os usuários do provedor de tarefas.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: System Integration Guide, Third-Party Scenarios.</source>
        <translation>SAP Cloud Identity Services: “System Integration Guide”, “Third-Party Scenarios”.</translation>
    </message>
    <message>
        <source>Your task provider tenant implements SAP Task Center&apos;s &lt;b&gt;task provider SPI&lt;/b&gt; as SAP Note 3462266 defines it.</source>
        <translation>O seu tenant do provedor de tarefas implementa a &lt;b&gt;SPI de provedor de tarefas&lt;/b&gt; do SAP Task Center conforme definida na nota SAP 3462266.</translation>
    </message>
    <message>
        <source>SAP Note 3462266 (SAP for Me; an S-user is needed). Ask the task provider&apos;s vendor or developers if you are not sure.</source>
        <translation>Nota SAP 3462266 (SAP for Me; é necessário um S-user). Pergunte ao fornecedor ou aos desenvolvedores do provedor de tarefas se você não tiver certeza.</translation>
    </message>
    <message>
        <source>You have the task provider&apos;s &lt;b&gt;documentation for SAP Task Center&lt;/b&gt;: its tenant URL, and how it accepts tokens for SAP Task Center&apos;s technical user and for each user.</source>
        <translation>Você tem a &lt;b&gt;documentação do provedor de tarefas para o SAP Task Center&lt;/b&gt;: a URL do tenant dele e como ele aceita tokens para o usuário técnico do SAP Task Center e para cada usuário.</translation>
    </message>
    <message>
        <source>The task provider&apos;s own documentation.</source>
        <translation>A documentação do próprio provedor de tarefas.</translation>
    </message>
    <message>
        <source>Your task provider tenant</source>
        <translation>Seu tenant do provedor de tarefas</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches the task provider&apos;s SPI.</source>
        <translation>Onde o SAP Task Center acessa a SPI do provedor de tarefas.</translation>
    </message>
    <message>
        <source>Enter the tenant URL as the task provider&apos;s documentation gives it, without /task-provider/ and what follows.</source>
        <translation>Insira a URL do tenant como a documentação do provedor de tarefas a indica, sem /task-provider/ e o que vem depois.</translation>
    </message>
    <message>
        <source>Both destinations use the same tenant URL. SAP Task Center adds /task-provider/v&lt;version&gt;/&lt;endpoint&gt; to it. UNCONFIRMED: SAP&apos;s example for the primary destination ends in /v2 and the one for the secondary does not; the wizard writes the same address to both, as both pages describe it the same way.</source>
        <translation>Os dois destinos usam a mesma URL do tenant. O SAP Task Center adiciona /task-provider/v&lt;version&gt;/&lt;endpoint&gt; a ela. UNCONFIRMED: o exemplo da SAP para o destino primário termina em /v2 e o do secundário não; o assistente grava o mesmo endereço nos dois, pois as duas páginas o descrevem da mesma forma.</translation>
    </message>
    <message>
        <source>Client for SAP Task Center&apos;s technical user</source>
        <translation>Cliente para o usuário técnico do SAP Task Center</translation>
    </message>
    <message>
        <source>SAP Task Center pulls tasks and task definitions with this client&apos;s token.</source>
        <translation>O SAP Task Center extrai tarefas e definições de tarefas com o token deste cliente.</translation>
    </message>
    <message>
        <source>In the task provider, or in the OAuth server it trusts, register an OAuth client for SAP Task Center that may fetch tokens with its client ID and secret (client credentials), as the task provider&apos;s documentation says. Copy its values here.</source>
        <translation>No provedor de tarefas, ou no servidor OAuth em que ele confia, registre um cliente OAuth para o SAP Task Center que possa obter tokens com o ID e o segredo do cliente (client credentials), como diz a documentação do provedor de tarefas. Copie os valores dele aqui.</translation>
    </message>
    <message>
        <source>SAP only asks that the primary destination returns a valid token; the wizard writes OAuth client credentials, the usual way for a technical user. UNCONFIRMED: whether your task provider accepts them, and which scope it needs, is for its documentation to say.</source>
        <translation>A SAP só exige que o destino primário retorne um token válido; o assistente grava credenciais de cliente OAuth, a forma usual para um usuário técnico. UNCONFIRMED: se o seu provedor de tarefas as aceita, e de qual escopo ele precisa, cabe à documentação dele dizer.</translation>
    </message>
    <message>
        <source>OAuth client for the technical user</source>
        <translation>Cliente OAuth para o usuário técnico</translation>
    </message>
    <message>
        <source>Trust certificate of your subaccount</source>
        <translation>Certificado de confiança da sua subconta</translation>
    </message>
    <message>
        <source>The task provider trusts each user&apos;s SAML assertion through this certificate: you give it to the task provider next.</source>
        <translation>O provedor de tarefas confia na asserção SAML de cada usuário por meio deste certificado: em seguida, você o entrega ao provedor de tarefas.</translation>
    </message>
    <message>
        <source>The Destination service signs each user&apos;s SAML assertion with this subaccount&apos;s trust certificate.</source>
        <translation>O Destination service assina a asserção SAML de cada usuário com o certificado de confiança desta subconta.</translation>
    </message>
    <message>
        <source>Renew the certificate in the task provider too whenever the subaccount&apos;s certificate is renewed; until then, users cannot open or act on their tasks.</source>
        <translation>Renove o certificado também no provedor de tarefas sempre que o certificado da subconta for renovado; até lá, os usuários não conseguem abrir nem processar as tarefas deles.</translation>
    </message>
    <message>
        <source>Trust for each user&apos;s token</source>
        <translation>Confiança para o token de cada usuário</translation>
    </message>
    <message>
        <source>SAP Task Center reads task details and acts on tasks with each user&apos;s own token.</source>
        <translation>O SAP Task Center lê detalhes de tarefas e processa tarefas com o próprio token de cada usuário.</translation>
    </message>
    <message>
        <source>In the task provider, or in the OAuth server it trusts, upload the trust certificate below and allow an OAuth client to exchange SAML assertions signed with it for a user&apos;s token (SAML 2.0 bearer assertion), as the task provider&apos;s documentation says. Copy its values here.</source>
        <translation>No provedor de tarefas, ou no servidor OAuth em que ele confia, carregue o certificado de confiança abaixo e permita que um cliente OAuth troque asserções SAML assinadas com ele pelo token de um usuário (SAML 2.0 bearer assertion), como diz a documentação do provedor de tarefas. Copie os valores dele aqui.</translation>
    </message>
    <message>
        <source>SAP allows any authentication for the secondary destination that returns a token for the user; the wizard writes a SAML bearer assertion, which the Destination service signs with this subaccount&apos;s trust certificate. UNCONFIRMED: whether your task provider accepts it, its audience, and whether it finds users by e-mail address or user name are for its documentation to say. If it needs another kind of user token, create the secondary destination by hand as its documentation says.</source>
        <translation>A SAP permite qualquer autenticação para o destino secundário que retorne um token para o usuário; o assistente grava uma asserção SAML bearer, que o Destination service assina com o certificado de confiança desta subconta. UNCONFIRMED: se o seu provedor de tarefas a aceita, qual é o Audience dele e se ele encontra os usuários por endereço de e-mail ou por nome de usuário, cabe à documentação dele dizer. Se ele precisar de outro tipo de token de usuário, crie o destino secundário manualmente como a documentação dele indica.</translation>
    </message>
    <message>
        <source>The same .pem file the SAP BTP cockpit exports under Connectivity &gt; Destination Trust.</source>
        <translation>O mesmo arquivo .pem que o cockpit do SAP BTP exporta em “Connectivity &gt; Destination Trust”.</translation>
    </message>
    <message>
        <source>To recognize the certificate in the task provider&apos;s list. UNCONFIRMED: whether the task provider also wants it as the assertion&apos;s issuer.</source>
        <translation>Para reconhecer o certificado na lista do provedor de tarefas. UNCONFIRMED: se o provedor de tarefas também o quer como emissor da asserção.</translation>
    </message>
    <message>
        <source>OAuth client for users</source>
        <translation>Cliente OAuth para os usuários</translation>
    </message>
    <message>
        <source>Destinations to the task provider</source>
        <translation>Destinos para o provedor de tarefas</translation>
    </message>
    <message>
        <source>The primary destination and its secondary destination (the primary&apos;s name followed by _PP), as SAP&apos;s guides list them.</source>
        <translation>O destino primário e o destino secundário dele (o nome do primário seguido de _PP), como os guias da SAP os listam.</translation>
    </message>
    <message>
        <source>SAP&apos;s guides list only the name, type, URL and SAP Task Center&apos;s own properties; the authentication properties are those of SAP BTP Connectivity for OAuth client credentials and for the SAML bearer assertion.</source>
        <translation>Os guias da SAP listam somente o nome, o tipo, a URL e as propriedades do próprio SAP Task Center; as propriedades de autenticação são as do SAP BTP Connectivity para credenciais de cliente OAuth e para a asserção SAML bearer.</translation>
    </message>
    <message>
        <source>The task provider&apos;s OAuth server does not accept the client. Copy the client ID and secret (or the client key and Token Service User and Password) again from where you registered the client for SAP Task Center, and apply again.</source>
        <translation>O servidor OAuth do provedor de tarefas não aceita o cliente. Copie novamente o ID e o segredo do cliente (ou o Client Key, o Token Service User e o Token Service Password) de onde você registrou o cliente para o SAP Task Center e aplique novamente.</translation>
    </message>
    <message>
        <source>The task provider does not accept this subaccount&apos;s signature: the certificate it trusts is not the subaccount&apos;s current trust certificate. Give it the current one again (Connectivity &gt; Destination Trust).</source>
        <translation>O provedor de tarefas não aceita a assinatura desta subconta: o certificado em que ele confia não é o certificado de confiança atual da subconta. Entregue-lhe novamente o atual (“Connectivity &gt; Destination Trust”).</translation>
    </message>
    <message>
        <source>Check against the task provider&apos;s documentation for SAP Task Center that the Token Service URLs, clients and audience are right, and that the task provider trusts this subaccount&apos;s current trust certificate.</source>
        <translation>Verifique, com base na documentação do provedor de tarefas para o SAP Task Center, se os Token Service URLs, os clientes e o Audience estão corretos e se o provedor de tarefas confia no certificado de confiança atual desta subconta.</translation>
    </message>
    <message>
        <source>Create only one primary destination for each task provider system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino primário para cada sistema do provedor de tarefas em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>SAP Task Center calls the task provider&apos;s SPI at the URL followed by /task-provider/v&lt;version&gt;/&lt;endpoint&gt;, with this destination&apos;s token, to pull tasks and task definitions.</source>
        <translation>O SAP Task Center chama a SPI do provedor de tarefas na URL seguida de /task-provider/v&lt;version&gt;/&lt;endpoint&gt;, com o token deste destino, para extrair tarefas e definições de tarefas.</translation>
    </message>
    <message>
        <source>SAP lets the task provider choose how SAP Task Center authenticates, as long as this destination returns a valid token. The wizard writes OAuth client credentials. UNCONFIRMED: whether your task provider accepts them; if its documentation asks for another authentication, change this destination as it says.</source>
        <translation>A SAP deixa o provedor de tarefas escolher como o SAP Task Center se autentica, desde que este destino retorne um token válido. O assistente grava credenciais de cliente OAuth. UNCONFIRMED: se o seu provedor de tarefas as aceita; se a documentação dele pedir outra autenticação, altere este destino como ela indica.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user. Check it in the SAP Task Center Web app as a user with tasks from the task provider.</source>
        <translation>Este destino não tem usuário técnico: o Destination service só obtém um token com ele para um usuário conectado, como o SAP Task Center faz para cada usuário. Verifique-o no SAP Task Center Web app como um usuário com tarefas do provedor de tarefas.</translation>
    </message>
    <message>
        <source>SAP lets the task provider choose how each user authenticates, as long as this destination returns a valid token for the user. The wizard writes a SAML bearer assertion signed with this subaccount&apos;s trust certificate. UNCONFIRMED: whether your task provider accepts it; if its documentation asks for another authentication, change this destination as it says.</source>
        <translation>A SAP deixa o provedor de tarefas escolher como cada usuário se autentica, desde que este destino retorne um token válido para o usuário. O assistente grava uma asserção SAML bearer assinada com o certificado de confiança desta subconta. UNCONFIRMED: se o seu provedor de tarefas a aceita; se a documentação dele pedir outra autenticação, altere este destino como ela indica.</translation>
    </message>
    <message>
        <source>Approvals from SAP Fieldglass: one destination with the API application key of your SAP Fieldglass company, after SAP Fieldglass holds this subaccount&apos;s trust certificate and pushes task updates to SAP Task Center.</source>
        <translation>Aprovações do SAP Fieldglass: um destino com a chave de aplicativo de API da sua empresa no SAP Fieldglass, depois que o SAP Fieldglass tiver o certificado de confiança desta subconta e enviar atualizações de tarefas ao SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Fieldglass tenant URL</source>
        <translation>URL do tenant do SAP Fieldglass</translation>
    </message>
    <message>
        <source>The address you sign in to SAP Fieldglass with, or the one SAP Fieldglass support gave you (SAP&apos;s guide names https://www.fieldglass.net for the US data center and https://www.fieldglass.eu for the EU data center). The wizard adds /api/v1 for the destination URL and /api/oauth2/v2.0/token for the token service URL. UNCONFIRMED: SAP&apos;s guide writes the US and EU token service URLs with http:// and without www; the wizard uses https and the host you enter, as in SAP&apos;s example for a tenant.</source>
        <translation>O endereço com o qual você entra no SAP Fieldglass, ou o que o suporte do SAP Fieldglass lhe informou (o guia da SAP indica https://www.fieldglass.net para o data center dos EUA e https://www.fieldglass.eu para o data center da UE). O assistente adiciona /api/v1 para a URL do destino e /api/oauth2/v2.0/token para o Token Service URL. UNCONFIRMED: o guia da SAP escreve os Token Service URLs dos EUA e da UE com http:// e sem www; o assistente usa https e o host que você inserir, como no exemplo da SAP para um tenant.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds /api/v1 and the token path itself.</source>
        <translation>Somente a parte do servidor deste endereço é usada (%1); o próprio assistente adiciona /api/v1 e o caminho do token.</translation>
    </message>
    <message>
        <source>The audience of the SAML assertion. SAP&apos;s guide gives Fieldglass as its example and names no other value: keep it unless SAP Fieldglass support gives you another one. UNCONFIRMED whether a tenant can need another value.</source>
        <translation>O Audience da asserção SAML. O guia da SAP dá Fieldglass como exemplo e não indica nenhum outro valor: mantenha-o, a menos que o suporte do SAP Fieldglass lhe informe outro. UNCONFIRMED se um tenant pode precisar de outro valor.</translation>
    </message>
    <message>
        <source>API Application Key</source>
        <translation>API Application Key</translation>
    </message>
    <message>
        <source>The API Application Key of the key you created for SAP Task Center, shown on View Application Keys in SAP Fieldglass Configuration Manager. It goes into the destination twice: as Client Key and as the header X-ApplicationKey. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>O “API Application Key” da chave que você criou para o SAP Task Center, mostrado em “View Application Keys” no SAP Fieldglass Configuration Manager. Ele vai para o destino duas vezes: como Client Key e como o cabeçalho X-ApplicationKey. Ele é guardado no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>The Client ID of the same application key, from View Application Keys.</source>
        <translation>O “Client ID” da mesma chave de aplicativo, de “View Application Keys”.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>The Client Secret of the same application key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>O “Client Secret” da mesma chave de aplicativo. Ele é guardado no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Virtual Person Name (Username)</source>
        <translation>Virtual Person Name (Username)</translation>
    </message>
    <message>
        <source>From the Web Services section of View Application Keys; it becomes the destination&apos;s Token Service User.</source>
        <translation>Da seção “Web Services” de “View Application Keys”; ele se torna o Token Service User do destino.</translation>
    </message>
    <message>
        <source>License Key</source>
        <translation>License Key</translation>
    </message>
    <message>
        <source>From the Web Services section of View Application Keys; it becomes the destination&apos;s Token Service Password. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Da seção “Web Services” de “View Application Keys”; ela se torna o Token Service Password do destino. Ela é guardada no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Prepare SAP Fieldglass</source>
        <translation>Preparar o SAP Fieldglass</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the pages after it rely on them.</source>
        <translation>Marque cada etapa assim que ela for concluída; as páginas seguintes dependem delas.</translation>
    </message>
    <message>
        <source>You need an SAP Fieldglass tenant and a Configuration Manager user in it.</source>
        <translation>Você precisa de um tenant do SAP Fieldglass e de um usuário Configuration Manager nele.</translation>
    </message>
    <message>
        <source>SAP Task Center reads tasks from SAP Fieldglass once SAP Fieldglass knows your users through SAP Cloud Identity Services, SAP Task Center is enabled in SAP Fieldglass, and SAP Fieldglass may push task updates.</source>
        <translation>O SAP Task Center lê tarefas do SAP Fieldglass quando o SAP Fieldglass conhece os seus usuários por meio do SAP Cloud Identity Services, o SAP Task Center está habilitado no SAP Fieldglass e o SAP Fieldglass tem permissão para enviar atualizações de tarefas.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s initial setup is complete, and SAP Fieldglass is connected to SAP Cloud Identity Services as the &lt;b&gt;SAP Fieldglass Integration Scenario&lt;/b&gt; describes.</source>
        <translation>A configuração inicial do SAP Task Center está concluída, e o SAP Fieldglass está conectado ao SAP Cloud Identity Services como descreve o &lt;b&gt;SAP Fieldglass Integration Scenario&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: System Integration Guide, SAP Fieldglass Integration Scenario.</source>
        <translation>SAP Cloud Identity Services: “System Integration Guide”, “SAP Fieldglass Integration Scenario”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;SAP Task Center is enabled in SAP Fieldglass&lt;/b&gt;.</source>
        <translation>&lt;b&gt;O SAP Task Center está habilitado no SAP Fieldglass&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Fieldglass: Enable SAP Task Center in SAP Fieldglass.</source>
        <translation>SAP Fieldglass: “Enable SAP Task Center in SAP Fieldglass”.</translation>
    </message>
    <message>
        <source>SAP Fieldglass support has enabled the &lt;b&gt;push capability&lt;/b&gt; (SAP_TASK_PUSH_CAPABILITY) for your company and refreshed its cache; otherwise Manage SAP Task Center stops with an error.</source>
        <translation>O suporte do SAP Fieldglass habilitou a &lt;b&gt;capacidade de push&lt;/b&gt; (SAP_TASK_PUSH_CAPABILITY) para a sua empresa e atualizou o cache dela; caso contrário, “Manage SAP Task Center” para com um erro.</translation>
    </message>
    <message>
        <source>SAP Fieldglass Customer Support.</source>
        <translation>SAP Fieldglass Customer Support.</translation>
    </message>
    <message>
        <source>SAP Fieldglass trusts SAP Task Center through this certificate: it goes into your tenant&apos;s truststore next.</source>
        <translation>O SAP Fieldglass confia no SAP Task Center por meio deste certificado: em seguida, ele vai para o truststore do seu tenant.</translation>
    </message>
    <message>
        <source>Get the subaccount&apos;s trust certificate.</source>
        <translation>Obtenha o certificado de confiança da subconta.</translation>
    </message>
    <message>
        <source>SAP Fieldglass checks the SAML assertions this subaccount signs against this certificate.</source>
        <translation>O SAP Fieldglass verifica as asserções SAML que esta subconta assina com base neste certificado.</translation>
    </message>
    <message>
        <source>Have the trust certificate uploaded to SAP Fieldglass</source>
        <translation>Solicitar o carregamento do certificado de confiança no SAP Fieldglass</translation>
    </message>
    <message>
        <source>Your SAP Fieldglass representative puts it into your tenant&apos;s truststore.</source>
        <translation>O seu representante do SAP Fieldglass o coloca no truststore do seu tenant.</translation>
    </message>
    <message>
        <source>Save the certificate below as a file and send it to your &lt;b&gt;SAP Fieldglass representative&lt;/b&gt;, asking them to upload it to the &lt;b&gt;truststore&lt;/b&gt; of your SAP Fieldglass tenant.</source>
        <translation>Salve o certificado abaixo como arquivo e envie-o ao seu &lt;b&gt;representante do SAP Fieldglass&lt;/b&gt;, pedindo que ele o carregue no &lt;b&gt;truststore&lt;/b&gt; do seu tenant do SAP Fieldglass.</translation>
    </message>
    <message>
        <source>Renew the certificate in SAP Fieldglass too whenever the subaccount&apos;s certificate is renewed: until then, you may not be able to work on tasks nor receive task updates.</source>
        <translation>Renove o certificado também no SAP Fieldglass sempre que o certificado da subconta for renovado: até lá, você pode não conseguir processar tarefas nem receber atualizações de tarefas.</translation>
    </message>
    <message>
        <source>SAP&apos;s mission saves it as a .cer file for SAP Fieldglass.</source>
        <translation>A missão da SAP o salva como arquivo .cer para o SAP Fieldglass.</translation>
    </message>
    <message>
        <source>To recognize the certificate in your request.</source>
        <translation>Para reconhecer o certificado na sua solicitação.</translation>
    </message>
    <message>
        <source>SAP Task Center service key</source>
        <translation>Chave de serviço do SAP Task Center</translation>
    </message>
    <message>
        <source>Create a new SAP Task Center service instance for the task updates SAP Fieldglass pushes, and a service key for it; open that key here.</source>
        <translation>Crie uma nova instância de serviço do SAP Task Center para as atualizações de tarefas que o SAP Fieldglass envia, e uma chave de serviço para ela; abra essa chave aqui.</translation>
    </message>
    <message>
        <source>Open the service key of the new instance.</source>
        <translation>Abra a chave de serviço da nova instância.</translation>
    </message>
    <message>
        <source>SAP Fieldglass needs the key&apos;s address and OAuth client, its client secret too. The key&apos;s uaa.clientid also becomes the destination&apos;s tc.clientId.</source>
        <translation>O SAP Fieldglass precisa do endereço e do cliente OAuth da chave, incluindo o segredo do cliente. O uaa.clientid da chave também se torna o tc.clientId do destino.</translation>
    </message>
    <message>
        <source>Enable pushed task updates in SAP Fieldglass</source>
        <translation>Habilitar as atualizações de tarefas enviadas no SAP Fieldglass</translation>
    </message>
    <message>
        <source>SAP Fieldglass sends task updates to SAP Task Center with these values.</source>
        <translation>O SAP Fieldglass envia atualizações de tarefas ao SAP Task Center com estes valores.</translation>
    </message>
    <message>
        <source>Sign in to SAP Fieldglass as the &lt;b&gt;Configuration Manager&lt;/b&gt; user. Under &lt;b&gt;Integration Tools&lt;/b&gt;, choose &lt;b&gt;Manage SAP Task Center&lt;/b&gt;, then &lt;b&gt;Configure&lt;/b&gt;. In the &lt;b&gt;Setup&lt;/b&gt; dialog, enter the values below and choose &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Entre no SAP Fieldglass como o usuário &lt;b&gt;Configuration Manager&lt;/b&gt;. Em &lt;b&gt;Integration Tools&lt;/b&gt;, escolha &lt;b&gt;Manage SAP Task Center&lt;/b&gt; e depois &lt;b&gt;Configure&lt;/b&gt;. Na caixa de diálogo &lt;b&gt;Setup&lt;/b&gt;, insira os valores abaixo e escolha &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The values come from the service key of the new instance. When you rotate its client secret later, create a new service key and enter its client secret in the same Setup dialog.</source>
        <translation>Os valores vêm da chave de serviço da nova instância. Quando, mais tarde, você fizer a rotação do segredo do cliente dela, crie uma nova chave de serviço e insira o segredo do cliente dela na mesma caixa de diálogo “Setup”.</translation>
    </message>
    <message>
        <source>Setup dialog</source>
        <translation>Caixa de diálogo “Setup”</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>OAuth URL</translation>
    </message>
    <message>
        <source>uaa.url of the service key.</source>
        <translation>uaa.url da chave de serviço.</translation>
    </message>
    <message>
        <source>Create the API application key in SAP Fieldglass</source>
        <translation>Criar a chave de aplicativo de API no SAP Fieldglass</translation>
    </message>
    <message>
        <source>SAP Task Center calls SAP Fieldglass&apos;s API with this key and fetches its tokens with these values.</source>
        <translation>O SAP Task Center chama a API do SAP Fieldglass com esta chave e obtém os tokens dele com estes valores.</translation>
    </message>
    <message>
        <source>In SAP Fieldglass Configuration Manager, create an API application key for SAP Task Center (&lt;b&gt;Create API Application Key&lt;/b&gt;). Then open &lt;b&gt;View Application Keys&lt;/b&gt; and copy the values below; the user name and license key are in its &lt;b&gt;Web Services&lt;/b&gt; section.</source>
        <translation>No SAP Fieldglass Configuration Manager, crie uma chave de aplicativo de API para o SAP Task Center (&lt;b&gt;Create API Application Key&lt;/b&gt;). Depois, abra &lt;b&gt;View Application Keys&lt;/b&gt; e copie os valores abaixo; o nome de usuário e a chave de licença estão na seção &lt;b&gt;Web Services&lt;/b&gt; dessa página.</translation>
    </message>
    <message>
        <source>If an API application key already exists for SAP Task Center, you need access to the Web Services section of View Application Keys to copy its values. If that section is blank, ask SAP Fieldglass Customer Support for them.</source>
        <translation>Se já existir uma chave de aplicativo de API para o SAP Task Center, você precisa de acesso à seção “Web Services” de “View Application Keys” para copiar os valores dela. Se essa seção estiver vazia, peça-os ao SAP Fieldglass Customer Support.</translation>
    </message>
    <message>
        <source>View Application Keys</source>
        <translation>View Application Keys</translation>
    </message>
    <message>
        <source>Your SAP Fieldglass tenant</source>
        <translation>Seu tenant do SAP Fieldglass</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Fieldglass.</source>
        <translation>Onde o SAP Task Center acessa o SAP Fieldglass.</translation>
    </message>
    <message>
        <source>Enter the address you sign in to SAP Fieldglass with; the wizard makes the destination&apos;s addresses from it.</source>
        <translation>Insira o endereço com o qual você entra no SAP Fieldglass; o assistente monta os endereços do destino a partir dele.</translation>
    </message>
    <message>
        <source>If you change the URL of a destination that already has tasks in SAP Task Center&apos;s task cache, SAP Task Center loads them again.</source>
        <translation>Se você alterar a URL de um destino que já tem tarefas no cache de tarefas do SAP Task Center, o SAP Task Center as carrega novamente.</translation>
    </message>
    <message>
        <source>Destination to SAP Fieldglass</source>
        <translation>Destino para o SAP Fieldglass</translation>
    </message>
    <message>
        <source>The destination as SAP&apos;s guide lists it.</source>
        <translation>O destino como o guia da SAP o lista.</translation>
    </message>
    <message>
        <source>Check the destination&apos;s name and properties.</source>
        <translation>Verifique o nome e as propriedades do destino.</translation>
    </message>
    <message>
        <source>The wizard writes the destination into the subaccount after the review, or into a file for you to import.</source>
        <translation>O assistente grava o destino na subconta após a revisão, ou em um arquivo para você importar.</translation>
    </message>
    <message>
        <source>Check in SAP Fieldglass Configuration Manager (View Application Keys) that the destination&apos;s API application key, client ID and secret, virtual person name and license key are those of the key created for SAP Task Center, and ask your SAP Fieldglass representative whether this subaccount&apos;s current trust certificate is in your tenant&apos;s truststore.</source>
        <translation>Verifique no SAP Fieldglass Configuration Manager (“View Application Keys”) se a chave de aplicativo de API, o ID e o segredo do cliente, o Virtual Person Name e a License Key do destino são os da chave criada para o SAP Task Center, e pergunte ao seu representante do SAP Fieldglass se o certificado de confiança atual desta subconta está no truststore do seu tenant.</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Fieldglass. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>O Destination service só obtém um token com ele para um usuário conectado, e a SAP diz que o “Check Connection” pode não mostrar se o SAP Task Center acessa o SAP Fieldglass. Verifique o conector no “Monitoring” do SAP Task Center depois que o destino for salvo.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Fieldglass system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino para cada sistema SAP Fieldglass em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>tc.clientId is the client ID of the service key you opened for pushed task updates. SAP says to set it only once SAP Fieldglass pushes task updates (Manage SAP Task Center); otherwise tasks may not arrive.</source>
        <translation>tc.clientId é o ID do cliente da chave de serviço que você abriu para as atualizações de tarefas enviadas. A SAP diz para defini-lo somente quando o SAP Fieldglass já enviar atualizações de tarefas (“Manage SAP Task Center”); caso contrário, as tarefas podem não chegar.</translation>
    </message>
    <message>
        <source>Tasks from SAP Marketing Cloud: one destination with the OAuth 2.0 details of the communication arrangement you create for SAP Task Center in SAP Marketing Cloud, and its technical communication user.</source>
        <translation>Tarefas do SAP Marketing Cloud: um destino com os “OAuth 2.0 Details” do acordo de comunicação que você cria para o SAP Task Center no SAP Marketing Cloud, e o usuário de comunicação técnico dele.</translation>
    </message>
    <message>
        <source>The user name you created for the technical communication user. It becomes the destination&apos;s Token Service User.</source>
        <translation>O nome de usuário que você criou para o usuário de comunicação técnico. Ele se torna o Token Service User do destino.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the user name you created for the technical communication user.</source>
        <translation>Isto parece um endereço de e-mail. Insira o nome de usuário que você criou para o usuário de comunicação técnico.</translation>
    </message>
    <message>
        <source>The password you gave the technical communication user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>A senha que você definiu para o usuário de comunicação técnico. Ela é guardada no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>The Service URL/Service Interface the communication arrangement shows. The destination uses its server part, as SAP&apos;s guide says (it removes everything from sap/opu/odata4/ on); the client comes from its sap-client.</source>
        <translation>O “Service URL/Service Interface” que o acordo de comunicação mostra. O destino usa a parte do servidor dele, como diz o guia da SAP (remove tudo a partir de sap/opu/odata4/); o mandante vem do sap-client dele.</translation>
    </message>
    <message>
        <source>This is not the address SAP&apos;s guide shows for the arrangement (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation>Este não é o endereço que o guia da SAP mostra para o acordo de comunicação (ele contém api_task_spi_replication). Somente a parte do servidor é usada.</translation>
    </message>
    <message>
        <source>The client number of the SAP Marketing Cloud system, taken from the service URL&apos;s sap-client when it has one.</source>
        <translation>O número do mandante do sistema SAP Marketing Cloud, obtido do sap-client da URL de serviço quando ela tem um.</translation>
    </message>
    <message>
        <source>SAP Marketing Cloud must trust the SAML assertions this subaccount signs; keep the certificate at hand for Integrating SAP Task Center.</source>
        <translation>O SAP Marketing Cloud deve confiar nas asserções SAML que esta subconta assina; mantenha o certificado à mão para o “Integrating SAP Task Center”.</translation>
    </message>
    <message>
        <source>UNCONFIRMED: SAP&apos;s page for SAP Marketing Cloud does not mention the trust certificate. The guide it links, Integrating SAP Task Center, is the one SAP&apos;s page for SAP S/4HANA Cloud Public Edition links too, and there the communication system holds this certificate (SAP Task Center, Renew Destination Trust Certificates). If Integrating SAP Task Center asks for no certificate, you need not use it.</source>
        <translation>UNCONFIRMED: a página da SAP para o SAP Marketing Cloud não menciona o certificado de confiança. O guia para o qual ela aponta, “Integrating SAP Task Center”, é o mesmo para o qual aponta a página da SAP para o SAP S/4HANA Cloud Public Edition, e lá o sistema de comunicação contém este certificado (“SAP Task Center”, “Renew Destination Trust Certificates”). Se o “Integrating SAP Task Center” não pedir nenhum certificado, você não precisa usá-lo.</translation>
    </message>
    <message>
        <source>Set up SAP Task Center in SAP Marketing Cloud</source>
        <translation>Configurar o SAP Task Center no SAP Marketing Cloud</translation>
    </message>
    <message>
        <source>The technical communication user and the communication arrangement, and the values they give back for the destination.</source>
        <translation>O usuário de comunicação técnico e o acordo de comunicação, e os valores que eles devolvem para o destino.</translation>
    </message>
    <message>
        <source>In SAP Marketing Cloud, follow &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: create the technical communication user and the communication arrangement for SAP Task Center (&lt;b&gt;Create a Communication Arrangement&lt;/b&gt;). Then enter the values below.</source>
        <translation>No SAP Marketing Cloud, siga &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: crie o usuário de comunicação técnico e o acordo de comunicação para o SAP Task Center (&lt;b&gt;Create a Communication Arrangement&lt;/b&gt;). Depois, insira os valores abaixo.</translation>
    </message>
    <message>
        <source>SAP&apos;s page for SAP Marketing Cloud names only the values the destination needs; how to create the user and the arrangement is in Integrating SAP Task Center. UNCONFIRMED: SAP&apos;s page links the guides Integrating SAP Task Center and Create a Communication Arrangement of SAP S/4HANA Cloud&apos;s documentation, not of SAP Marketing Cloud&apos;s.</source>
        <translation>A página da SAP para o SAP Marketing Cloud indica somente os valores de que o destino precisa; como criar o usuário e o acordo de comunicação está descrito em “Integrating SAP Task Center”. UNCONFIRMED: a página da SAP aponta para os guias “Integrating SAP Task Center” e “Create a Communication Arrangement” da documentação do SAP S/4HANA Cloud, e não da documentação do SAP Marketing Cloud.</translation>
    </message>
    <message>
        <source>Only if Integrating SAP Task Center asks for the certificate of SAP Task Center&apos;s subaccount.</source>
        <translation>Somente se o “Integrating SAP Task Center” pedir o certificado da subconta do SAP Task Center.</translation>
    </message>
    <message>
        <source>Technical communication user</source>
        <translation>Usuário de comunicação técnico</translation>
    </message>
    <message>
        <source>The user name and password you created for the technical communication user.</source>
        <translation>O nome de usuário e a senha que você criou para o usuário de comunicação técnico.</translation>
    </message>
    <message>
        <source>Copy these from the communication arrangement: its &lt;b&gt;Service URL/Service Interface&lt;/b&gt;, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL.</source>
        <translation>Copie estes valores do acordo de comunicação: o &lt;b&gt;Service URL/Service Interface&lt;/b&gt; dele e, de &lt;b&gt;OAuth 2.0 Details&lt;/b&gt;, os valores SAML2 Audience, Client ID e Token Service URL.</translation>
    </message>
    <message>
        <source>Destination to SAP Marketing Cloud</source>
        <translation>Destino para o SAP Marketing Cloud</translation>
    </message>
    <message>
        <source>The wizard writes the destination into the subaccount after the review, or into a file for you to import. Afterwards, perform the steps of SAP Marketing Cloud&apos;s guide &quot;SAP Task Center&quot;, as SAP&apos;s page asks.</source>
        <translation>O assistente grava o destino na subconta após a revisão, ou em um arquivo para você importar. Depois, execute as etapas do guia do SAP Marketing Cloud “SAP Task Center”, como a página da SAP pede.</translation>
    </message>
    <message>
        <source>Check in SAP Marketing Cloud that the destination&apos;s Audience, Client Key and Token Service URL are those of the communication arrangement&apos;s OAuth 2.0 Details, that the Token Service User and Password are the technical communication user&apos;s, and that SAP Marketing Cloud trusts this subaccount&apos;s current trust certificate.</source>
        <translation>Verifique no SAP Marketing Cloud se o Audience, o Client Key e o Token Service URL do destino são os dos “OAuth 2.0 Details” do acordo de comunicação, se o Token Service User e o Token Service Password são os do usuário de comunicação técnico e se o SAP Marketing Cloud confia no certificado de confiança atual desta subconta.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Marketing Cloud. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Este destino não tem usuário técnico: o Destination service só obtém um token com ele para um usuário conectado, como o SAP Task Center faz para cada usuário, e a SAP diz que o “Check Connection” pode não mostrar se o SAP Task Center acessa o SAP Marketing Cloud. Verifique o conector no “Monitoring” do SAP Task Center depois que o destino for salvo.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Marketing Cloud system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino para cada sistema e mandante do SAP Marketing Cloud em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>Once the destination is saved, perform the steps of SAP Marketing Cloud&apos;s guide &quot;SAP Task Center&quot;, as SAP&apos;s page asks.</source>
        <translation>Depois que o destino for salvo, execute as etapas do guia do SAP Marketing Cloud “SAP Task Center”, como a página da SAP pede.</translation>
    </message>
    <message>
        <source>Tasks from SAP Build Process Automation: one destination with the values of the SAP Build Process Automation service key, for an instance in this subaccount or, through SAML trust or an Identity Authentication dependency, in another subaccount.</source>
        <translation>Tarefas do SAP Build Process Automation: um destino com os valores da chave de serviço do SAP Build Process Automation, para uma instância nesta subconta ou, por meio de confiança SAML ou de uma dependência do Identity Authentication, em outra subconta.</translation>
    </message>
    <message>
        <source>API endpoint (endpoints &gt; api)</source>
        <translation>Endpoint de API (endpoints &gt; api)</translation>
    </message>
    <message>
        <source>In the service key of your SAP Build Process Automation instance, the value of api under endpoints. The wizard adds /internal/workflow/rest/v1 to it, as SAP&apos;s guide asks for the destination&apos;s URL.</source>
        <translation>Na chave de serviço da sua instância do SAP Build Process Automation, o valor de api em endpoints. O assistente adiciona /internal/workflow/rest/v1 a ele, como o guia da SAP pede para a URL do destino.</translation>
    </message>
    <message>
        <source>This is an authentication address (uaa &gt; url), not the API endpoint. Copy the value of api under endpoints from the service key.</source>
        <translation>Este é um endereço de autenticação (uaa &gt; url), e não o endpoint de API. Copie o valor de api em endpoints da chave de serviço.</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds /internal/workflow/rest/v1 to it.</source>
        <translation>Somente a parte do servidor deste endereço é usada (%1); o assistente adiciona /internal/workflow/rest/v1 a ela.</translation>
    </message>
    <message>
        <source>This is an address, not a client ID. Copy the value of clientid under uaa from the service key.</source>
        <translation>Este é um endereço, e não um ID do cliente. Copie o valor de clientid em uaa da chave de serviço.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation in this subaccount, or in another one with an Identity Authentication dependency: the value of uaa &gt; url of its service key. In another subaccount with SAML trust: the entityID of that subaccount&apos;s SAML metadata. Copy it exactly as it is shown.</source>
        <translation>SAP Build Process Automation nesta subconta, ou em outra com uma dependência do Identity Authentication: o valor de uaa &gt; url da chave de serviço dele. Em outra subconta com confiança SAML: o entityID dos metadados SAML dessa subconta. Copie-o exatamente como é mostrado.</translation>
    </message>
    <message>
        <source>This is a token address. The Audience is the address without /oauth/token: %1.</source>
        <translation>Este é um endereço de token. O Audience é o endereço sem /oauth/token: %1.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation in this subaccount, or in another one with an Identity Authentication dependency: uaa &gt; url of its service key followed by /oauth/token. In another subaccount with SAML trust: the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI, in that subaccount&apos;s SAML metadata.</source>
        <translation>SAP Build Process Automation nesta subconta, ou em outra com uma dependência do Identity Authentication: uaa &gt; url da chave de serviço dele seguido de /oauth/token. Em outra subconta com confiança SAML: o Location do AssertionConsumerService cujo Binding é urn:oasis:names:tc:SAML:2.0:bindings:URI, nos metadados SAML dessa subconta.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks for the address followed by /oauth/token: %1. For another subaccount with SAML trust, copy the Location from its SAML metadata instead.</source>
        <translation>O guia da SAP pede o endereço seguido de /oauth/token: %1. Para outra subconta com confiança SAML, copie em vez disso o Location dos metadados SAML dela.</translation>
    </message>
    <message>
        <source>Dependency name</source>
        <translation>Nome da dependência</translation>
    </message>
    <message>
        <source>The name of the dependency you created from the SAP Task Center application to SAP Build Process Automation in the administration console for SAP Cloud Identity Services.</source>
        <translation>O nome da dependência que você criou do aplicativo SAP Task Center para o SAP Build Process Automation no console de administração do SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>This name has a space. Check that you copied the dependency name exactly as the administration console shows it.</source>
        <translation>Este nome tem um espaço. Verifique se você copiou o nome da dependência exatamente como o console de administração o mostra.</translation>
    </message>
    <message>
        <source>Enter the dependency name on one line, exactly as the administration console for SAP Cloud Identity Services shows it.</source>
        <translation>Insira o nome da dependência em uma só linha, exatamente como o console de administração do SAP Cloud Identity Services o mostra.</translation>
    </message>
    <message>
        <source>My Inbox address (optional)</source>
        <translation>Endereço do My Inbox (opcional)</translation>
    </message>
    <message>
        <source>The address of My Inbox in the SAP Build Process Automation Lobby, as your browser shows it. The wizard replaces inbox.html with taskui.html, as SAP&apos;s guide says, so that users open SAP Build Process Automation tasks from SAP Task Center without another launchpad. Leave it empty if you use SAP Build Process Automation on SAP Build Work Zone, standard edition: SAP says the property is not needed then.</source>
        <translation>O endereço do My Inbox no SAP Build Process Automation Lobby, como o seu navegador o mostra. O assistente substitui inbox.html por taskui.html, como diz o guia da SAP, para que os usuários abram tarefas do SAP Build Process Automation a partir do SAP Task Center sem outro launchpad. Deixe-o vazio se você usa o SAP Build Process Automation no SAP Build Work Zone, standard edition: segundo a SAP, a propriedade não é necessária nesse caso.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide gives this address as https://&lt;root_url&gt;/comsapspaprocessautomation.comsapspainbox/taskui.html. Check that you copied My Inbox of the SAP Build Process Automation Lobby.</source>
        <translation>O guia da SAP dá este endereço como https://&lt;root_url&gt;/comsapspaprocessautomation.comsapspainbox/taskui.html. Verifique se você copiou o My Inbox do SAP Build Process Automation Lobby.</translation>
    </message>
    <message>
        <source>Copy the address of My Inbox from the SAP Build Process Automation Lobby: it contains inbox.html. Anything after inbox.html is left out.</source>
        <translation>Copie o endereço do My Inbox do SAP Build Process Automation Lobby: ele contém inbox.html. Tudo o que vem depois de inbox.html é descartado.</translation>
    </message>
    <message>
        <source>Task UI address (tc.task.ui.url)</source>
        <translation>Endereço da UI de tarefas (tc.task.ui.url)</translation>
    </message>
    <message>
        <source>Choose this when SAP Build Process Automation and SAP Task Center are in the same subaccount. SAP Task Center gets its tokens from the authentication address in the SAP Build Process Automation service key.</source>
        <translation>Escolha esta opção quando o SAP Build Process Automation e o SAP Task Center estiverem na mesma subconta. O SAP Task Center obtém os tokens dele do endereço de autenticação na chave de serviço do SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check in SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Task Center Administration app&lt;/b&gt;, check the status of this destination&apos;s connector: SAP says Check Connection in the SAP BTP cockpit may not tell whether SAP Task Center reaches SAP Build Process Automation.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user with SAP Build Process Automation tasks: the tasks appear there.&lt;/li&gt;&lt;li&gt;Optional: for &lt;b&gt;Intelligent Recommendations&lt;/b&gt;, create one more destination named like this one followed by _AI, as SAP&apos;s guide &quot;Configure the Intelligent Recommendations Destination&quot; says.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;O que verificar no SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;No &lt;b&gt;Task Center Administration app&lt;/b&gt;, verifique o status do conector deste destino: a SAP diz que o “Check Connection” no cockpit do SAP BTP pode não mostrar se o SAP Task Center acessa o SAP Build Process Automation.&lt;/li&gt;&lt;li&gt;Abra o &lt;b&gt;SAP Task Center Web app&lt;/b&gt; como um usuário com tarefas do SAP Build Process Automation: as tarefas aparecem lá.&lt;/li&gt;&lt;li&gt;Opcional: para &lt;b&gt;Intelligent Recommendations&lt;/b&gt;, crie mais um destino com o mesmo nome deste seguido de _AI, como diz o guia da SAP “Configure the Intelligent Recommendations Destination”.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Choose this when SAP Build Process Automation runs in another subaccount that logs users on through the same Identity Authentication tenant as this one, and you have set up principal propagation between the subaccounts. SAP Task Center gets its tokens from that subaccount, with the values of its SAML metadata.</source>
        <translation>Escolha esta opção quando o SAP Build Process Automation for executado em outra subconta que faz o logon dos usuários por meio do mesmo tenant do Identity Authentication que esta, e você tiver configurado a propagação de principal entre as subcontas. O SAP Task Center obtém os tokens dele dessa subconta, com os valores dos metadados SAML dela.</translation>
    </message>
    <message>
        <source>Choose this when both subaccounts are in the same global account, trust the same Identity Authentication tenant with OpenID Connect, and you use SAP Build Process Automation with the build-default service plan. You create a dependency in SAP Cloud Identity Services, and the destination names it.</source>
        <translation>Escolha esta opção quando as duas subcontas estiverem na mesma conta global, confiarem no mesmo tenant do Identity Authentication com OpenID Connect e você usar o SAP Build Process Automation com o plano de serviço build-default. Você cria uma dependência no SAP Cloud Identity Services, e o destino a indica.</translation>
    </message>
    <message>
        <source>Prepare SAP Build Process Automation</source>
        <translation>Preparar o SAP Build Process Automation</translation>
    </message>
    <message>
        <source>Whether SAP Build Process Automation runs in this subaccount or in another one, its subaccount and its service key come first.</source>
        <translation>Quer o SAP Build Process Automation seja executado nesta subconta ou em outra, a subconta e a chave de serviço dele vêm primeiro.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Build Process Automation with the OAuth client of the SAP Build Process Automation service key, for each user who is logged on. SAP Build Process Automation&apos;s subaccount needs the setup its own guide describes for SAP Task Center.</source>
        <translation>O SAP Task Center lê as tarefas do SAP Build Process Automation com o cliente OAuth da chave de serviço do SAP Build Process Automation, para cada usuário conectado. A subconta do SAP Build Process Automation precisa da configuração que o próprio guia dele descreve para o SAP Task Center.</translation>
    </message>
    <message>
        <source>In the subaccount of SAP Build Process Automation, you have done the steps of &lt;b&gt;Configure the SAP Build Process Automation Subaccount for SAP Task Center&lt;/b&gt;.</source>
        <translation>Na subconta do SAP Build Process Automation, você executou as etapas de &lt;b&gt;Configure the SAP Build Process Automation Subaccount for SAP Task Center&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation: Configure the SAP Build Process Automation Subaccount for SAP Task Center.</source>
        <translation>SAP Build Process Automation: “Configure the SAP Build Process Automation Subaccount for SAP Task Center”.</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Build Process Automation instance in the Cloud Foundry environment open (not SAP Task Center&apos;s own service key); the next pages ask for values from it.</source>
        <translation>Você está com a &lt;b&gt;chave de serviço&lt;/b&gt; da instância do SAP Build Process Automation no ambiente Cloud Foundry aberta (e não a chave de serviço do próprio SAP Task Center); as próximas páginas pedem valores dela.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Services &gt; Instances and Subscriptions, the SAP Build Process Automation instance, its service key.</source>
        <translation>Cockpit do SAP BTP da subconta do SAP Build Process Automation: “Services &gt; Instances and Subscriptions”, a instância do SAP Build Process Automation, a chave de serviço dela.</translation>
    </message>
    <message>
        <source>Trust between the subaccounts</source>
        <translation>Confiança entre as subcontas</translation>
    </message>
    <message>
        <source>SAP Build Process Automation runs in another subaccount than SAP Task Center.</source>
        <translation>O SAP Build Process Automation é executado em uma subconta diferente da do SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP Task Center gets each user&apos;s token from the subaccount of SAP Build Process Automation, which must trust this subaccount. SAP&apos;s Task Center guide sends you to SAP Build Process Automation&apos;s guide for this trust and then asks for two values of that subaccount&apos;s SAML metadata.</source>
        <translation>O SAP Task Center obtém o token de cada usuário da subconta do SAP Build Process Automation, que deve confiar nesta subconta. O guia do Task Center da SAP remete ao guia do SAP Build Process Automation para essa confiança e depois pede dois valores dos metadados SAML dessa subconta.</translation>
    </message>
    <message>
        <source>The subaccount of SAP Build Process Automation logs users on through the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; as this subaccount.</source>
        <translation>A subconta do SAP Build Process Automation faz o logon dos usuários por meio do &lt;b&gt;mesmo tenant do Identity Authentication&lt;/b&gt; que esta subconta.</translation>
    </message>
    <message>
        <source>You have done the steps of &lt;b&gt;Set Up Principal Propagation Between Subaccounts&lt;/b&gt; in SAP Build Process Automation&apos;s guide.</source>
        <translation>Você executou as etapas de &lt;b&gt;Set Up Principal Propagation Between Subaccounts&lt;/b&gt; do guia do SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>SAP Build Process Automation: Set Up Principal Propagation Between Subaccounts.</source>
        <translation>SAP Build Process Automation: “Set Up Principal Propagation Between Subaccounts”.</translation>
    </message>
    <message>
        <source>You have downloaded the &lt;b&gt;SAML metadata&lt;/b&gt; XML file of the subaccount of SAP Build Process Automation; the next pages ask for two values from it.</source>
        <translation>Você fez o download do arquivo XML de &lt;b&gt;metadados SAML&lt;/b&gt; da subconta do SAP Build Process Automation; as próximas páginas pedem dois valores dele.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Security &gt; Trust Configuration &gt; SAML Metadata.</source>
        <translation>Cockpit do SAP BTP da subconta do SAP Build Process Automation: “Security &gt; Trust Configuration &gt; SAML Metadata”.</translation>
    </message>
    <message>
        <source>Prepare both subaccounts</source>
        <translation>Preparar as duas subcontas</translation>
    </message>
    <message>
        <source>Tick each step once it is done.</source>
        <translation>Marque cada etapa assim que ela for concluída.</translation>
    </message>
    <message>
        <source>SAP Task Center and SAP Build Process Automation run in two subaccounts of the same global account.</source>
        <translation>O SAP Task Center e o SAP Build Process Automation são executados em duas subcontas da mesma conta global.</translation>
    </message>
    <message>
        <source>With a dependency in SAP Cloud Identity Services, SAP Task Center reaches SAP Build Process Automation in another subaccount through the Identity Authentication tenant both subaccounts trust. SAP says this works only with the build-default service plan of SAP Build Process Automation.</source>
        <translation>Com uma dependência no SAP Cloud Identity Services, o SAP Task Center acessa o SAP Build Process Automation em outra subconta por meio do tenant do Identity Authentication em que as duas subcontas confiam. Segundo a SAP, isso só funciona com o plano de serviço build-default do SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>You use the subscription to SAP Build Process Automation with the &lt;b&gt;build-default&lt;/b&gt; service plan, and you have an instance of SAP Build Process Automation in its subaccount.</source>
        <translation>Você usa a assinatura do SAP Build Process Automation com o plano de serviço &lt;b&gt;build-default&lt;/b&gt; e tem uma instância do SAP Build Process Automation na subconta dele.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Services &gt; Instances and Subscriptions.</source>
        <translation>Cockpit do SAP BTP da subconta do SAP Build Process Automation: “Services &gt; Instances and Subscriptions”.</translation>
    </message>
    <message>
        <source>Both subaccounts trust the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; with a trust of type &lt;b&gt;OpenID Connect&lt;/b&gt;.</source>
        <translation>As duas subcontas confiam no &lt;b&gt;mesmo tenant do Identity Authentication&lt;/b&gt; com uma confiança do tipo &lt;b&gt;OpenID Connect&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Task Center is connected with your SAP Build Work Zone by an &lt;b&gt;integration between the two applications&lt;/b&gt;.</source>
        <translation>O SAP Task Center está conectado ao seu SAP Build Work Zone por uma &lt;b&gt;integração entre os dois aplicativos&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SAP Task Center: Connect SAP Task Center and SAP Build Work Zone in Different Subaccounts.</source>
        <translation>SAP Task Center: “Connect SAP Task Center and SAP Build Work Zone in Different Subaccounts”.</translation>
    </message>
    <message>
        <source>Create the dependency in SAP Cloud Identity Services</source>
        <translation>Criar a dependência no SAP Cloud Identity Services</translation>
    </message>
    <message>
        <source>It lets SAP Task Center call SAP Build Process Automation in the other subaccount.</source>
        <translation>Ela permite que o SAP Task Center chame o SAP Build Process Automation na outra subconta.</translation>
    </message>
    <message>
        <source>In the administration console for SAP Cloud Identity Services, open &lt;b&gt;Applications and Resources &amp;gt; Applications&lt;/b&gt;. Under &lt;b&gt;Bundled Applications&lt;/b&gt;, each subaccount has an application named after the product, followed by the subaccount&apos;s name in parentheses. Choose the SAP Task Center application and configure a &lt;b&gt;dependency&lt;/b&gt; to the SAP Build Process Automation application. Enter the name of the new dependency here.</source>
        <translation>No console de administração do SAP Cloud Identity Services, abra &lt;b&gt;Applications and Resources &amp;gt; Applications&lt;/b&gt;. Em &lt;b&gt;Bundled Applications&lt;/b&gt;, cada subconta tem um aplicativo com o nome do produto, seguido do nome da subconta entre parênteses. Escolha o aplicativo SAP Task Center e configure uma &lt;b&gt;dependência&lt;/b&gt; para o aplicativo SAP Build Process Automation. Insira aqui o nome da nova dependência.</translation>
    </message>
    <message>
        <source>The destination names this dependency in tc.ias.dependency_name, so that SAP Task Center uses it to reach SAP Build Process Automation.</source>
        <translation>O destino indica esta dependência em tc.ias.dependency_name, para que o SAP Task Center a use para acessar o SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>Dependency to SAP Build Process Automation</source>
        <translation>Dependência para o SAP Build Process Automation</translation>
    </message>
    <message>
        <source>The service key of SAP Build Process Automation</source>
        <translation>A chave de serviço do SAP Build Process Automation</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Build Process Automation, with which OAuth client, and where it gets its tokens.</source>
        <translation>Onde o SAP Task Center acessa o SAP Build Process Automation, com qual cliente OAuth e onde ele obtém os tokens dele.</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Build Process Automation&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key). The Audience and the Token Service URL are filled from &lt;b&gt;uaa &amp;gt; url&lt;/b&gt;.</source>
        <translation>Copie estes valores da chave de serviço da sua instância do &lt;b&gt;SAP Build Process Automation&lt;/b&gt; (e não da chave de serviço do próprio SAP Task Center). O Audience e o Token Service URL são preenchidos a partir de &lt;b&gt;uaa &amp;gt; url&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The service key of the SAP Build Process Automation instance holds the address SAP Task Center reads tasks from (endpoints &gt; api), the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret) and the authentication address it gets each user&apos;s token from (uaa &gt; url): the Audience is uaa &gt; url, the Token Service URL uaa &gt; url followed by /oauth/token.</source>
        <translation>A chave de serviço da instância do SAP Build Process Automation contém o endereço do qual o SAP Task Center lê as tarefas (endpoints &gt; api), o cliente OAuth que ele usa (uaa &gt; clientid e uaa &gt; clientsecret) e o endereço de autenticação do qual ele obtém o token de cada usuário (uaa &gt; url): o Audience é uaa &gt; url, e o Token Service URL é uaa &gt; url seguido de /oauth/token.</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Build Process Automation, and with which OAuth client.</source>
        <translation>Onde o SAP Task Center acessa o SAP Build Process Automation e com qual cliente OAuth.</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Build Process Automation&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key).</source>
        <translation>Copie estes valores da chave de serviço da sua instância do &lt;b&gt;SAP Build Process Automation&lt;/b&gt; (e não da chave de serviço do próprio SAP Task Center).</translation>
    </message>
    <message>
        <source>The service key of the SAP Build Process Automation instance holds the address SAP Task Center reads tasks from (endpoints &gt; api) and the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret).</source>
        <translation>A chave de serviço da instância do SAP Build Process Automation contém o endereço do qual o SAP Task Center lê as tarefas (endpoints &gt; api) e o cliente OAuth que ele usa (uaa &gt; clientid e uaa &gt; clientsecret).</translation>
    </message>
    <message>
        <source>The Audience and Token Service URL, from the subaccount where SAP Build Process Automation runs.</source>
        <translation>O Audience e o Token Service URL, da subconta em que o SAP Build Process Automation é executado.</translation>
    </message>
    <message>
        <source>Open the SAML metadata XML file of the subaccount of &lt;b&gt;SAP Build Process Automation&lt;/b&gt;. Copy the &lt;b&gt;entityID&lt;/b&gt; into Audience, then the &lt;b&gt;Location&lt;/b&gt; of the &lt;b&gt;AssertionConsumerService&lt;/b&gt; element whose Binding is &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; into Token Service URL.</source>
        <translation>Abra o arquivo XML de metadados SAML da subconta do &lt;b&gt;SAP Build Process Automation&lt;/b&gt;. Copie o &lt;b&gt;entityID&lt;/b&gt; para Audience e depois o &lt;b&gt;Location&lt;/b&gt; do elemento &lt;b&gt;AssertionConsumerService&lt;/b&gt; cujo Binding é &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; para Token Service URL.</translation>
    </message>
    <message>
        <source>From another subaccount, SAP Task Center gets each user&apos;s token from the subaccount of SAP Build Process Automation: the Audience is that subaccount&apos;s entityID and the Token Service URL the Location of its AssertionConsumerService with the URI binding, both in its SAML metadata.</source>
        <translation>A partir de outra subconta, o SAP Task Center obtém o token de cada usuário da subconta do SAP Build Process Automation: o Audience é o entityID dessa subconta, e o Token Service URL é o Location do AssertionConsumerService dela com o binding URI, ambos nos metadados SAML dela.</translation>
    </message>
    <message>
        <source>Opening tasks in SAP Build Process Automation</source>
        <translation>Abrir tarefas no SAP Build Process Automation</translation>
    </message>
    <message>
        <source>Optional: lets users open SAP Build Process Automation tasks from SAP Task Center without another launchpad.</source>
        <translation>Opcional: permite que os usuários abram tarefas do SAP Build Process Automation a partir do SAP Task Center sem outro launchpad.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;My Inbox&lt;/b&gt; in the SAP Build Process Automation Lobby and copy its address from your browser. Leave the field empty if you use SAP Build Process Automation on SAP Build Work Zone, standard edition.</source>
        <translation>Abra o &lt;b&gt;My Inbox&lt;/b&gt; no SAP Build Process Automation Lobby e copie o endereço dele do navegador. Deixe o campo vazio se você usa o SAP Build Process Automation no SAP Build Work Zone, standard edition.</translation>
    </message>
    <message>
        <source>The destination&apos;s tc.task.ui.url is the address of My Inbox with inbox.html replaced by taskui.html. SAP says it is not needed if you use SAP Build Process Automation on SAP Build Work Zone, standard edition, and that custom themes are not supported for showing task UIs.</source>
        <translation>O tc.task.ui.url do destino é o endereço do My Inbox com inbox.html substituído por taskui.html. Segundo a SAP, ele não é necessário se você usa o SAP Build Process Automation no SAP Build Work Zone, standard edition, e temas personalizados não são suportados para mostrar UIs de tarefas.</translation>
    </message>
    <message>
        <source>Destination to SAP Build Process Automation</source>
        <translation>Destino para o SAP Build Process Automation</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for the same subaccount lists each property of this destination; the wizard writes them as its table says.</source>
        <translation>O guia da SAP para a mesma subconta lista cada propriedade deste destino; o assistente as grava como a tabela dele indica.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for a different subaccount lists each property of this destination; the wizard writes them as its table says.</source>
        <translation>O guia da SAP para uma subconta diferente lista cada propriedade deste destino; o assistente as grava como a tabela dele indica.</translation>
    </message>
    <message>
        <source>The authentication server of SAP Build Process Automation does not accept the client ID or secret. Copy uaa &gt; clientid and uaa &gt; clientsecret again from the service key of the SAP Build Process Automation instance and apply again.</source>
        <translation>O servidor de autenticação do SAP Build Process Automation não aceita o ID ou o segredo do cliente. Copie novamente uaa &gt; clientid e uaa &gt; clientsecret da chave de serviço da instância do SAP Build Process Automation e aplique novamente.</translation>
    </message>
    <message>
        <source>Check that the Client Key, Token Service User and Token Service Password are uaa &gt; clientid and uaa &gt; clientsecret of one SAP Build Process Automation service key, and that the Audience and Token Service URL belong to the subaccount of SAP Build Process Automation. For another subaccount, check the trust between the subaccounts or the dependency in SAP Cloud Identity Services.</source>
        <translation>Verifique se o Client Key, o Token Service User e o Token Service Password são uaa &gt; clientid e uaa &gt; clientsecret de uma mesma chave de serviço do SAP Build Process Automation e se o Audience e o Token Service URL pertencem à subconta do SAP Build Process Automation. Para outra subconta, verifique a confiança entre as subcontas ou a dependência no SAP Cloud Identity Services.</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Build Process Automation. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Este destino não tem usuário técnico: o Destination service só obtém um token com ele para um usuário conectado, e a SAP diz que o “Check Connection” pode não mostrar se o SAP Task Center acessa o SAP Build Process Automation. Verifique o conector no “Monitoring” do SAP Task Center depois que o destino for salvo.</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Build Process Automation system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino para cada sistema SAP Build Process Automation em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s automatic setup creates the sample destinations SAPBuildPA (same subaccount) and SAPBuildPA_rem (another subaccount) without tc.enabled, which SAP Task Center needs. Keep the sample&apos;s name here to update it.</source>
        <translation>A configuração automática do SAP Task Center cria os destinos de exemplo SAPBuildPA (mesma subconta) e SAPBuildPA_rem (outra subconta) sem tc.enabled, de que o SAP Task Center precisa. Mantenha aqui o nome do exemplo para atualizá-lo.</translation>
    </message>
    <message>
        <source>The wizard does not set tc.notifications.enabled. SAP recommends leaving it false when SAP Build Process Automation sends its own notifications through the destination Alert_Notification_Connectivity_ANS; otherwise users may be notified twice.</source>
        <translation>O assistente não define tc.notifications.enabled. A SAP recomenda deixá-lo como false quando o SAP Build Process Automation envia as próprias notificações por meio do destino Alert_Notification_Connectivity_ANS; caso contrário, os usuários podem ser notificados duas vezes.</translation>
    </message>
    <message>
        <source>Tasks from UiPath Action Center: one destination with the OAuth client UiPath gives you, after connecting UiPath to a new SAP Task Center service instance so that it pushes task updates.</source>
        <translation>Tarefas do UiPath Action Center: um destino com o cliente OAuth que o UiPath fornece a você, depois de conectar o UiPath a uma nova instância de serviço do SAP Task Center para que ele envie atualizações de tarefas.</translation>
    </message>
    <message>
        <source>Task SPI</source>
        <translation>Task SPI</translation>
    </message>
    <message>
        <source>The Task SPI address UiPath&apos;s guide gives you for SAP Task Center. It becomes the destination&apos;s URL, and SAP Task Center reads UiPath&apos;s tasks there.</source>
        <translation>O endereço da Task SPI que o guia do UiPath fornece a você para o SAP Task Center. Ele se torna a URL do destino, e o SAP Task Center lê as tarefas do UiPath lá.</translation>
    </message>
    <message>
        <source>This looks like the Service URL (it ends in orchestrator_), which belongs in the last field of this page. The Task SPI is the other address UiPath gives you; in SAP&apos;s example it ends in /orchestrator/api.</source>
        <translation>Isto parece ser a URL de serviço (ela termina em orchestrator_), que deve ir no último campo desta página. A Task SPI é o outro endereço que o UiPath fornece a você; no exemplo da SAP, ela termina em /orchestrator/api.</translation>
    </message>
    <message>
        <source>The Client Id UiPath gives you for SAP Task Center. The destination uses it as Client ID and as Token Service User.</source>
        <translation>O Client Id que o UiPath fornece a você para o SAP Task Center. O destino o usa como Client ID e como Token Service User.</translation>
    </message>
    <message>
        <source>The Client Secret that belongs to the client ID. The destination uses it as Client Secret and as Token Service Password. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>O Client Secret que pertence ao ID do cliente. O destino o usa como Client Secret e como Token Service Password. Ele é guardado no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>The Token Service URL UiPath gives you: where SAP Task Center fetches its token with the client ID and secret.</source>
        <translation>O Token Service URL que o UiPath fornece a você: onde o SAP Task Center obtém o token dele com o ID e o segredo do cliente.</translation>
    </message>
    <message>
        <source>In SAP&apos;s example, UiPath&apos;s Token Service URL ends in /identity_/connect/token. Check that you copied the Token Service URL and not another address.</source>
        <translation>No exemplo da SAP, o Token Service URL do UiPath termina em /identity_/connect/token. Verifique se você copiou o Token Service URL, e não outro endereço.</translation>
    </message>
    <message>
        <source>Service URL (URL.headers.ServiceUrl)</source>
        <translation>URL de serviço (URL.headers.ServiceUrl)</translation>
    </message>
    <message>
        <source>The value UiPath&apos;s guide lists as URL.headers.ServiceUrl. SAP&apos;s guide puts it into the destination property URL.headers.X-ApplicationKey, which SAP Task Center sends with every call to the Task SPI.</source>
        <translation>O valor que o guia do UiPath lista como URL.headers.ServiceUrl. O guia da SAP o coloca na propriedade de destino URL.headers.X-ApplicationKey, que o SAP Task Center envia em cada chamada à Task SPI.</translation>
    </message>
    <message>
        <source>This looks like the Task SPI, which belongs in the first field of this page. The Service URL is the other address UiPath gives you; in SAP&apos;s example it ends in /orchestrator_.</source>
        <translation>Isto parece ser a Task SPI, que deve ir no primeiro campo desta página. A URL de serviço é o outro endereço que o UiPath fornece a você; no exemplo da SAP, ela termina em /orchestrator_.</translation>
    </message>
    <message>
        <source>Prepare SAP Task Center for UiPath</source>
        <translation>Preparar o SAP Task Center para o UiPath</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next pages use what they give you.</source>
        <translation>Marque cada etapa assim que ela for concluída; as próximas páginas usam o que elas fornecem a você.</translation>
    </message>
    <message>
        <source>SAP Task Center needs to know UiPath&apos;s users, and UiPath needs an SAP Task Center service instance of its own to push task updates to.</source>
        <translation>O SAP Task Center precisa conhecer os usuários do UiPath, e o UiPath precisa de uma instância de serviço própria do SAP Task Center para a qual enviar atualizações de tarefas.</translation>
    </message>
    <message>
        <source>SAP Task Center reads UiPath&apos;s tasks through the destination this wizard writes, and UiPath pushes changes to a separate SAP Task Center service instance. Both need the users in SAP Cloud Identity Services, set up as SAP&apos;s Third-Party Scenarios describe.</source>
        <translation>O SAP Task Center lê as tarefas do UiPath por meio do destino que este assistente grava, e o UiPath envia as alterações para uma instância de serviço separada do SAP Task Center. Para ambos, os usuários precisam estar no SAP Cloud Identity Services, configurados como descrevem os “Third-Party Scenarios” da SAP.</translation>
    </message>
    <message>
        <source>The initial setup of SAP Task Center is complete, and you have followed the &lt;b&gt;Third-Party Scenarios&lt;/b&gt; of SAP Cloud Identity Services for UiPath&apos;s users.</source>
        <translation>A configuração inicial do SAP Task Center está concluída, e você seguiu os &lt;b&gt;Third-Party Scenarios&lt;/b&gt; do SAP Cloud Identity Services para os usuários do UiPath.</translation>
    </message>
    <message>
        <source>You have created a &lt;b&gt;new SAP Task Center service instance&lt;/b&gt; for UiPath&apos;s task updates, and a &lt;b&gt;service key&lt;/b&gt; for it.</source>
        <translation>Você criou uma &lt;b&gt;nova instância de serviço do SAP Task Center&lt;/b&gt; para as atualizações de tarefas do UiPath, e uma &lt;b&gt;chave de serviço&lt;/b&gt; para ela.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit: your space &gt; Service Marketplace &gt; SAP Task Center &gt; Create; then the new instance &gt; Service Keys &gt; Create.</source>
        <translation>Cockpit do SAP BTP: o seu espaço &gt; “Service Marketplace &gt; SAP Task Center &gt; Create”; depois, a nova instância &gt; “Service Keys &gt; Create”.</translation>
    </message>
    <message>
        <source>Service key for UiPath&apos;s task updates</source>
        <translation>Chave de serviço para as atualizações de tarefas do UiPath</translation>
    </message>
    <message>
        <source>Open the service key of the new service instance you created for UiPath, not the key of another instance: UiPath pushes its task updates with it.</source>
        <translation>Abra a chave de serviço da nova instância de serviço que você criou para o UiPath, e não a chave de outra instância: o UiPath envia as atualizações de tarefas dele com ela.</translation>
    </message>
    <message>
        <source>UiPath needs the key&apos;s endpoints.inbox_rest_url, uaa.url, uaa.clientid and uaa.clientsecret; the destination needs its uaa.clientid.</source>
        <translation>O UiPath precisa de endpoints.inbox_rest_url, uaa.url, uaa.clientid e uaa.clientsecret da chave; o destino precisa do uaa.clientid dela.</translation>
    </message>
    <message>
        <source>The key&apos;s client secret goes into UiPath and is kept in this computer&apos;s keychain, never in a file. The key&apos;s uaa.clientid also becomes the destination&apos;s tc.clientId, which tells SAP Task Center that UiPath pushes its updates.</source>
        <translation>O segredo do cliente da chave vai para o UiPath e é guardado no chaveiro deste computador, nunca em um arquivo. O uaa.clientid da chave também se torna o tc.clientId do destino, que informa ao SAP Task Center que o UiPath envia as atualizações dele.</translation>
    </message>
    <message>
        <source>Connect UiPath Action Center to SAP Task Center</source>
        <translation>Conectar o UiPath Action Center ao SAP Task Center</translation>
    </message>
    <message>
        <source>In UiPath: enable the push of task updates, and copy the values UiPath gives you for the destination.</source>
        <translation>No UiPath: habilite o envio de atualizações de tarefas e copie os valores que o UiPath fornece a você para o destino.</translation>
    </message>
    <message>
        <source>Follow UiPath&apos;s guide &lt;b&gt;Connecting SAP Task Center to UiPath Action Center&lt;/b&gt;, section &lt;b&gt;Enabling the push of task updates&lt;/b&gt;. Where it asks for SAP Task Center&apos;s values, enter those below. Then copy the values it gives you for the destination into the fields under them.</source>
        <translation>Siga o guia do UiPath &lt;b&gt;Connecting SAP Task Center to UiPath Action Center&lt;/b&gt;, seção &lt;b&gt;Enabling the push of task updates&lt;/b&gt;. Onde ele pedir os valores do SAP Task Center, insira os que estão abaixo. Depois, copie os valores que ele fornece a você para o destino nos campos abaixo deles.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks you to enable UiPath&apos;s pushed updates before you create the destination: with tc.clientId set and no updates pushed, tasks may not arrive from UiPath. UNCONFIRMED: the names UiPath&apos;s screens use for these values; SAP&apos;s guide names them as shown here.</source>
        <translation>O guia da SAP pede que você habilite as atualizações enviadas pelo UiPath antes de criar o destino: com tc.clientId definido e sem atualizações enviadas, as tarefas podem não chegar do UiPath. UNCONFIRMED: os nomes que as telas do UiPath usam para estes valores; o guia da SAP os nomeia como mostrado aqui.</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s values for UiPath</source>
        <translation>Valores do SAP Task Center para o UiPath</translation>
    </message>
    <message>
        <source>From the service key of the new service instance:</source>
        <translation>Da chave de serviço da nova instância de serviço:</translation>
    </message>
    <message>
        <source>Inbox REST URL</source>
        <translation>URL REST da caixa de entrada</translation>
    </message>
    <message>
        <source>endpoints &gt; inbox_rest_url of the service key.</source>
        <translation>endpoints &gt; inbox_rest_url da chave de serviço.</translation>
    </message>
    <message>
        <source>Authentication URL</source>
        <translation>URL de autenticação</translation>
    </message>
    <message>
        <source>uaa &gt; url of the service key, as SAP&apos;s guide lists it.</source>
        <translation>uaa &gt; url da chave de serviço, como o guia da SAP o lista.</translation>
    </message>
    <message>
        <source>uaa &gt; clientid of the service key.</source>
        <translation>uaa &gt; clientid da chave de serviço.</translation>
    </message>
    <message>
        <source>uaa &gt; clientsecret of the service key.</source>
        <translation>uaa &gt; clientsecret da chave de serviço.</translation>
    </message>
    <message>
        <source>UiPath&apos;s values for the destination</source>
        <translation>Valores do UiPath para o destino</translation>
    </message>
    <message>
        <source>UiPath&apos;s guide gives you these five values: Task SPI, Client Id, Client Secret, Token Service URL and URL.headers.ServiceUrl.</source>
        <translation>O guia do UiPath fornece a você estes cinco valores: Task SPI, Client Id, Client Secret, Token Service URL e URL.headers.ServiceUrl.</translation>
    </message>
    <message>
        <source>Destination to UiPath</source>
        <translation>Destino para o UiPath</translation>
    </message>
    <message>
        <source>One destination, as SAP&apos;s guide lists it.</source>
        <translation>Um destino, como o guia da SAP o lista.</translation>
    </message>
    <message>
        <source>SAP Task Center fetches a token with UiPath&apos;s client ID and secret, with the scope OR.Tasks, and reads the tasks of UiPath Action Center with it.</source>
        <translation>O SAP Task Center obtém um token com o ID e o segredo do cliente do UiPath, com o escopo OR.Tasks, e lê as tarefas do UiPath Action Center com ele.</translation>
    </message>
    <message>
        <source>UiPath does not grant the scope OR.Tasks to this client. Check in UiPath that the client UiPath gave you for SAP Task Center has the scope OR.Tasks, and that the destination&apos;s tokenService.body.scope is OR.Tasks.</source>
        <translation>O UiPath não concede o escopo OR.Tasks a este cliente. Verifique no UiPath se o cliente que o UiPath forneceu a você para o SAP Task Center tem o escopo OR.Tasks e se o tokenService.body.scope do destino é OR.Tasks.</translation>
    </message>
    <message>
        <source>UiPath does not accept the client ID or secret. Copy the Client Id and Client Secret again from what UiPath gave you for SAP Task Center, and apply again.</source>
        <translation>O UiPath não aceita o ID ou o segredo do cliente. Copie novamente o Client Id e o Client Secret do que o UiPath forneceu a você para o SAP Task Center e aplique novamente.</translation>
    </message>
    <message>
        <source>Check that the Token Service URL, Client Id and Client Secret are the ones UiPath gave you for SAP Task Center, and that the client still exists in UiPath.</source>
        <translation>Verifique se o Token Service URL, o Client Id e o Client Secret são os que o UiPath forneceu a você para o SAP Task Center e se o cliente ainda existe no UiPath.</translation>
    </message>
    <message>
        <source>Create only one destination for each UiPath system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino para cada sistema UiPath em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>tc.clientId is the uaa.clientid of the service key you opened. SAP says to set it only once UiPath pushes task updates to SAP Task Center; without them, tasks may not arrive from UiPath.</source>
        <translation>tc.clientId é o uaa.clientid da chave de serviço que você abriu. A SAP diz para defini-lo somente quando o UiPath já enviar atualizações de tarefas ao SAP Task Center; sem elas, as tarefas podem não chegar do UiPath.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide names this property URL.headers.X-ApplicationKey and fills it with the value UiPath calls URL.headers.ServiceUrl, an address. The wizard writes it as SAP&apos;s table says. UNCONFIRMED: whether UiPath&apos;s guide expects a header of another name; if SAP Task Center&apos;s monitoring reports errors for UiPath, compare the header with UiPath&apos;s guide.</source>
        <translation>O guia da SAP chama esta propriedade de URL.headers.X-ApplicationKey e a preenche com o valor que o UiPath chama de URL.headers.ServiceUrl, um endereço. O assistente a grava como a tabela da SAP indica. UNCONFIRMED: se o guia do UiPath espera um cabeçalho com outro nome; se o “Monitoring” do SAP Task Center informar erros para o UiPath, compare o cabeçalho com o guia do UiPath.</translation>
    </message>
    <message>
        <source>SAP Task Center shows the translatable texts of UiPath&apos;s tasks and task definitions in English only.</source>
        <translation>O SAP Task Center mostra os textos traduzíveis das tarefas e definições de tarefas do UiPath somente em inglês.</translation>
    </message>
    <message>
        <source>Tasks from SAP Build Work Zone, advanced edition or SAP SuccessFactors Work Zone in the same subaccount as SAP Task Center: one destination, the same for both products, with the values Work Zone gives for its integration with SAP Task Center.</source>
        <translation>Tarefas do SAP Build Work Zone, advanced edition ou do SAP SuccessFactors Work Zone na mesma subconta que o SAP Task Center: um destino, o mesmo para os dois produtos, com os valores que o Work Zone fornece para a integração dele com o SAP Task Center.</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Endpoint de API</translation>
    </message>
    <message>
        <source>The API endpoint Work Zone shows for its integration with SAP Task Center. The wizard appends /api/v2 to it for the destination&apos;s URL, as SAP&apos;s guide says; if you paste an address that already ends with /api/v2, it is used as it is.</source>
        <translation>O endpoint de API que o Work Zone mostra para a integração dele com o SAP Task Center. O assistente acrescenta /api/v2 a ele para a URL do destino, como diz o guia da SAP; se você colar um endereço que já termina com /api/v2, ele é usado como está.</translation>
    </message>
    <message>
        <source>This looks like the Token Service URL. The API endpoint is probably %1: check it in Work Zone.</source>
        <translation>Isto parece ser o Token Service URL. O endpoint de API provavelmente é %1: confira no Work Zone.</translation>
    </message>
    <message>
        <source>The Audience Work Zone shows for its integration with SAP Task Center. Copy it exactly, with the / at the end if Work Zone shows one.</source>
        <translation>O Audience que o Work Zone mostra para a integração dele com o SAP Task Center. Copie-o exatamente, com a / no final se o Work Zone mostrar uma.</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Client Key</translation>
    </message>
    <message>
        <source>The Client Key Work Zone shows for its integration with SAP Task Center.</source>
        <translation>O Client Key que o Work Zone mostra para a integração dele com o SAP Task Center.</translation>
    </message>
    <message>
        <source>The Token Service URL Work Zone shows for its integration with SAP Task Center.</source>
        <translation>O Token Service URL que o Work Zone mostra para a integração dele com o SAP Task Center.</translation>
    </message>
    <message>
        <source>Token Service User</source>
        <translation>Token Service User</translation>
    </message>
    <message>
        <source>The Token Service User Work Zone shows for its integration with SAP Task Center. In SAP&apos;s example it is the same as the Client Key, so the field is filled with the Client Key: change it if Work Zone shows another value.</source>
        <translation>O Token Service User que o Work Zone mostra para a integração dele com o SAP Task Center. No exemplo da SAP, ele é igual ao Client Key, por isso o campo é preenchido com o Client Key: altere-o se o Work Zone mostrar outro valor.</translation>
    </message>
    <message>
        <source>Token Service Password</source>
        <translation>Token Service Password</translation>
    </message>
    <message>
        <source>The Token Service Password Work Zone shows for its integration with SAP Task Center. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>O Token Service Password que o Work Zone mostra para a integração dele com o SAP Task Center. Ele é guardado no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Prepare Work Zone</source>
        <translation>Preparar o Work Zone</translation>
    </message>
    <message>
        <source>The same steps serve SAP Build Work Zone, advanced edition and SAP SuccessFactors Work Zone.</source>
        <translation>As mesmas etapas servem para o SAP Build Work Zone, advanced edition e para o SAP SuccessFactors Work Zone.</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Build Work Zone, advanced edition or SAP SuccessFactors Work Zone for each user who is logged on, with the values Work Zone gives when you set up its integration with SAP Task Center. SAP&apos;s guide covers a Work Zone instance in the same subaccount as SAP Task Center.</source>
        <translation>O SAP Task Center lê as tarefas do SAP Build Work Zone, advanced edition ou do SAP SuccessFactors Work Zone para cada usuário conectado, com os valores que o Work Zone fornece quando você configura a integração dele com o SAP Task Center. O guia da SAP cobre uma instância do Work Zone na mesma subconta que o SAP Task Center.</translation>
    </message>
    <message>
        <source>In Work Zone, you have done the steps of &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; and have its values at hand: API endpoint, Audience, Client Key, Token Service URL, Token Service User and Token Service Password.</source>
        <translation>No Work Zone, você executou as etapas de &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; e tem os valores à mão: endpoint de API, Audience, Client Key, Token Service URL, Token Service User e Token Service Password.</translation>
    </message>
    <message>
        <source>SAP Build Work Zone, advanced edition: Integration with SAP Task Center.</source>
        <translation>SAP Build Work Zone, advanced edition: “Integration with SAP Task Center”.</translation>
    </message>
    <message>
        <source>The Work Zone instance is in &lt;b&gt;this subaccount&lt;/b&gt;, the one of SAP Task Center.</source>
        <translation>A instância do Work Zone está &lt;b&gt;nesta subconta&lt;/b&gt;, a do SAP Task Center.</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of this subaccount: Services &gt; Instances and Subscriptions.</source>
        <translation>Cockpit do SAP BTP desta subconta: “Services &gt; Instances and Subscriptions”.</translation>
    </message>
    <message>
        <source>Only &lt;b&gt;one&lt;/b&gt; of the two products is connected to SAP Task Center in this subaccount: SAP does not support SAP Build Work Zone, advanced edition and SAP SuccessFactors Work Zone as task providers in the same subaccount.</source>
        <translation>Somente &lt;b&gt;um&lt;/b&gt; dos dois produtos está conectado ao SAP Task Center nesta subconta: a SAP não suporta o SAP Build Work Zone, advanced edition e o SAP SuccessFactors Work Zone como provedores de tarefas na mesma subconta.</translation>
    </message>
    <message>
        <source>Work Zone&apos;s values for SAP Task Center</source>
        <translation>Valores do Work Zone para o SAP Task Center</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches Work Zone, and where it gets each user&apos;s token.</source>
        <translation>Onde o SAP Task Center acessa o Work Zone e onde ele obtém o token de cada usuário.</translation>
    </message>
    <message>
        <source>Enter the values Work Zone gave you in &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;. Copy each one exactly as Work Zone shows it.</source>
        <translation>Insira os valores que o Work Zone forneceu a você em &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;. Copie cada um exatamente como o Work Zone o mostra.</translation>
    </message>
    <message>
        <source>SAP&apos;s guide takes the destination&apos;s URL from the API endpoint (followed by /api/v2) and every other value as Work Zone gives it. Where Work Zone shows these values is described in Work Zone&apos;s own guide, Integration with SAP Task Center.</source>
        <translation>O guia da SAP obtém a URL do destino do endpoint de API (seguido de /api/v2) e todos os outros valores como o Work Zone os fornece. Onde o Work Zone mostra estes valores está descrito no próprio guia do Work Zone, “Integration with SAP Task Center”.</translation>
    </message>
    <message>
        <source>Destination to Work Zone</source>
        <translation>Destino para o Work Zone</translation>
    </message>
    <message>
        <source>SAP&apos;s guide lists each property of this destination; the wizard writes them as the table says, for either product.</source>
        <translation>O guia da SAP lista cada propriedade deste destino; o assistente as grava como a tabela indica, para qualquer um dos dois produtos.</translation>
    </message>
    <message>
        <source>Check that the Audience, Client Key, Token Service URL, Token Service User and Token Service Password are still the values Work Zone shows for its integration with SAP Task Center, and that users log on to SAP Task Center and Work Zone through the same Identity Authentication tenant (SAP BTP Integration Scenario).</source>
        <translation>Verifique se o Audience, o Client Key, o Token Service URL, o Token Service User e o Token Service Password ainda são os valores que o Work Zone mostra para a integração dele com o SAP Task Center e se os usuários fazem logon no SAP Task Center e no Work Zone por meio do mesmo tenant do Identity Authentication (“SAP BTP Integration Scenario”).</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches Work Zone. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Este destino não tem usuário técnico: o Destination service só obtém um token com ele para um usuário conectado, e a SAP diz que o “Check Connection” pode não mostrar se o SAP Task Center acessa o Work Zone. Verifique o conector no “Monitoring” do SAP Task Center depois que o destino for salvo.</translation>
    </message>
    <message>
        <source>Create only one destination for each Work Zone system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>Crie somente um destino para cada sistema Work Zone em um Task Center; com um segundo, cada usuário recebe tarefas duplicadas.</translation>
    </message>
    <message>
        <source>In this subaccount</source>
        <translation>Nesta subconta</translation>
    </message>
    <message>
        <source>In a different subaccount</source>
        <translation>Em uma subconta diferente</translation>
    </message>
    <message>
        <source>In another subaccount, with SAML trust</source>
        <translation>Em outra subconta, com confiança SAML</translation>
    </message>
    <message>
        <source>In another subaccount, with an Identity Authentication dependency</source>
        <translation>Em outra subconta, com uma dependência do Identity Authentication</translation>
    </message>
    <message>
        <source>outbound.p12 is the file S/4HANA Cloud uses to reach SAP Task Center (made from the service key with certificate). The destination needs the other key store, the one SAP&apos;s guide calls inbound.p12.</source>
        <translation>outbound.p12 é o arquivo que o S/4HANA Cloud usa para acessar o SAP Task Center (criado a partir da chave de serviço com certificado). O destino precisa do outro keystore, aquele que o guia da SAP chama de inbound.p12.</translation>
    </message>
    <message>
        <source>Token Service Key Store Password</source>
        <translation>Token Service Key Store Password</translation>
    </message>
    <message>
        <source>Client ID of the service key with certificate (uaa.clientid)</source>
        <translation>ID do cliente da chave de serviço com certificado (uaa.clientid)</translation>
    </message>
    <message>
        <source>The uaa &gt; clientid of the service key with certificate you created for the dedicated SAP Task Center instance. It becomes the destination&apos;s tc.clientId, which lets S/4HANA Cloud push task updates to SAP Task Center. SAP says to set it only once you have completed Integrating SAP Task Center in S/4HANA Cloud; otherwise tasks may not arrive.</source>
        <translation>O valor uaa &gt; clientid da chave de serviço com certificado que você criou para a instância dedicada do SAP Task Center. Ele se torna o tc.clientId do destino, que permite que o S/4HANA Cloud envie atualizações de tarefas ao SAP Task Center. A SAP diz para defini-lo somente depois de concluir “Integrating SAP Task Center” no S/4HANA Cloud; caso contrário, as tarefas podem não chegar.</translation>
    </message>
    <message>
        <source>By hand, with certificates instead of a password (mTLS)</source>
        <translation>Manualmente, com certificados em vez de senha (mTLS)</translation>
    </message>
    <message>
        <source>Choose this when SAP Task Center should get its tokens from S/4HANA Cloud with a client certificate (mTLS) instead of a communication user&apos;s password, as SAP&apos;s section &quot;Connect SAP S/4HANA Cloud Public Edition and SAP Task Center Using mTLS&quot; describes. You need a service key with a certificate for a dedicated SAP Task Center instance, and a .p12 key store with its password. You set up the communication system and arrangement in S/4HANA Cloud with these certificates, and the wizard writes the destination.</source>
        <translation>Escolha esta opção quando o SAP Task Center deve obter os tokens dele do S/4HANA Cloud com um certificado de cliente (mTLS) em vez da senha de um usuário de comunicação, como descreve a seção da SAP “Connect SAP S/4HANA Cloud Public Edition and SAP Task Center Using mTLS”. Você precisa de uma chave de serviço com certificado para uma instância dedicada do SAP Task Center e de um keystore .p12 com a senha dele. Você configura o sistema e o acordo de comunicação no S/4HANA Cloud com esses certificados, e o assistente grava o destino.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining steps for S/4HANA Cloud with mTLS&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Check the connection&lt;/b&gt; with the &lt;b&gt;monitoring&lt;/b&gt; of SAP Task Center: SAP says Check Connection in the destination may not tell whether SAP Task Center reaches SAP S/4HANA Cloud.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The Task Center app for your users:&lt;/b&gt; in the launchpad your users open (SAP Build Work Zone or another central entry point), create a &lt;b&gt;Task Center&lt;/b&gt; tile and activate the site&apos;s languages, as SAP&apos;s guide &quot;Create a Task Center Tile&quot; says. It uses the destination &lt;i&gt;Task_Center&lt;/i&gt; of this subaccount.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users in S/4HANA Cloud:&lt;/b&gt; each approver&apos;s business user needs a &lt;b&gt;Global User ID&lt;/b&gt; equal to the &lt;b&gt;User UUID&lt;/b&gt; of the same user in SAP Cloud Identity Services (copy it by hand to try it out, or replicate the users with Identity Provisioning, communication scenario SAP_COM_0193). Without it, the tasks reach SAP Task Center but appear in nobody&apos;s list.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Certificates expire:&lt;/b&gt; the certificate of the service key, which outbound.p12 holds, is valid for at most one year (SAP). Note when it and the certificate of inbound.p12 expire.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Etapas restantes segundo a SAP para o S/4HANA Cloud com mTLS&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Verifique a conexão&lt;/b&gt; com o &lt;b&gt;Monitoring&lt;/b&gt; do SAP Task Center: a SAP diz que o “Check Connection” no destino pode não mostrar se o SAP Task Center acessa o SAP S/4HANA Cloud.&lt;/li&gt;&lt;li&gt;&lt;b&gt;O app do Task Center para os seus usuários:&lt;/b&gt; no launchpad que os seus usuários abrem (SAP Build Work Zone ou outro ponto de entrada central), crie um bloco &lt;b&gt;Task Center&lt;/b&gt; e ative os idiomas do site, como diz o guia da SAP “Create a Task Center Tile”. O bloco usa o destino &lt;i&gt;Task_Center&lt;/i&gt; desta subconta.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Usuários no S/4HANA Cloud:&lt;/b&gt; o usuário empresarial de cada aprovador precisa de um &lt;b&gt;Global User ID&lt;/b&gt; igual ao &lt;b&gt;User UUID&lt;/b&gt; do mesmo usuário no SAP Cloud Identity Services (copie-o manualmente para testar, ou replique os usuários com o Identity Provisioning, cenário de comunicação SAP_COM_0193). Sem isso, as tarefas chegam ao SAP Task Center, mas não aparecem na lista de ninguém.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Os certificados expiram:&lt;/b&gt; o certificado da chave de serviço, contido no outbound.p12, é válido por no máximo um ano (SAP). Anote quando ele e o certificado do inbound.p12 expiram.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Create a service key with a certificate</source>
        <translation>Criar uma chave de serviço com certificado</translation>
    </message>
    <message>
        <source>A dedicated SAP Task Center instance whose service key has a certificate, and the file outbound.p12 made from it for S/4HANA Cloud.</source>
        <translation>Uma instância dedicada do SAP Task Center cuja chave de serviço tem um certificado, e o arquivo outbound.p12 criado a partir dela para o S/4HANA Cloud.</translation>
    </message>
    <message>
        <source>In this subaccount, where your SAP Task Center instance was created, create a dedicated SAP Task Center service instance and a service key &lt;b&gt;with certificate&lt;/b&gt; for it. Then make outbound.p12 from the key, as below.</source>
        <translation>Nesta subconta, em que a sua instância do SAP Task Center foi criada, crie uma instância de serviço dedicada do SAP Task Center e uma chave de serviço &lt;b&gt;com certificado&lt;/b&gt; para ela. Depois, crie o outbound.p12 a partir da chave, como descrito abaixo.</translation>
    </message>
    <message>
        <source>S/4HANA Cloud pushes task updates to SAP Task Center with the certificate of this key instead of a client secret. SAP&apos;s guide &quot;Create a Service Instance Using the SAP BTP Cockpit&quot; gives the parameters below; the certificate is valid for at most one year. The wizard does not read this key: you copy its client ID on a later page.</source>
        <translation>O S/4HANA Cloud envia atualizações de tarefas ao SAP Task Center com o certificado desta chave em vez de um segredo do cliente. O guia da SAP “Create a Service Instance Using the SAP BTP Cockpit” fornece os parâmetros abaixo; o certificado é válido por no máximo um ano. O assistente não lê esta chave: você copia o ID do cliente dela em uma página posterior.</translation>
    </message>
    <message>
        <source>Service key with certificate</source>
        <translation>Chave de serviço com certificado</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Instances&lt;/b&gt; page, open the &lt;b&gt;Actions&lt;/b&gt; menu of the new instance, choose &lt;b&gt;Create Service Key&lt;/b&gt;, enter a name and these parameters in JSON format, and choose &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>Na página &lt;b&gt;Instances&lt;/b&gt;, abra o menu &lt;b&gt;Actions&lt;/b&gt; da nova instância, escolha &lt;b&gt;Create Service Key&lt;/b&gt;, insira um nome e estes parâmetros em formato JSON e escolha &lt;b&gt;Create&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>Parâmetros (JSON)</translation>
    </message>
    <message>
        <source>SAP&apos;s sample: a certificate valid for one year, the longest SAP allows.</source>
        <translation>Exemplo da SAP: um certificado válido por um ano, o prazo máximo que a SAP permite.</translation>
    </message>
    <message>
        <source>outbound.p12 for S/4HANA Cloud</source>
        <translation>outbound.p12 para o S/4HANA Cloud</translation>
    </message>
    <message>
        <source>Open the JSON of the service key. Copy the value of &lt;b&gt;uaa &amp;gt; certificate&lt;/b&gt;, without the quotation marks, into a new text file, and append the value of &lt;b&gt;uaa &amp;gt; key&lt;/b&gt;, without the quotation marks. Replace every \n with a line feed: the file then holds the certificates (BEGIN CERTIFICATE … END CERTIFICATE) followed by the private key (BEGIN RSA PRIVATE KEY … END RSA PRIVATE KEY). Save it as outbound.p12.</source>
        <translation>Abra o JSON da chave de serviço. Copie o valor de &lt;b&gt;uaa &amp;gt; certificate&lt;/b&gt;, sem as aspas, para um novo arquivo de texto e acrescente o valor de &lt;b&gt;uaa &amp;gt; key&lt;/b&gt;, sem as aspas. Substitua cada 
 por uma quebra de linha: o arquivo passa a conter os certificados (BEGIN CERTIFICATE … END CERTIFICATE) seguidos da chave privada (BEGIN RSA PRIVATE KEY … END RSA PRIVATE KEY). Salve-o como outbound.p12.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>SAP&apos;s name for it: S/4HANA Cloud uses it to reach SAP Task Center (Users for Outbound Communication).</source>
        <translation>O nome que a SAP dá a ele: o S/4HANA Cloud o usa para acessar o SAP Task Center (“Users for Outbound Communication”).</translation>
    </message>
    <message>
        <source>The key store for S/4HANA Cloud&apos;s token service</source>
        <translation>O keystore para o serviço de token do S/4HANA Cloud</translation>
    </message>
    <message>
        <source>The .p12 file with the certificate SAP Task Center gets its tokens from S/4HANA Cloud with (SAP calls it inbound.p12), and its password.</source>
        <translation>O arquivo .p12 com o certificado que o SAP Task Center usa para obter os tokens do S/4HANA Cloud (a SAP o chama de inbound.p12) e a senha dele.</translation>
    </message>
    <message>
        <source>The destination names this key store in tokenService.KeyStoreLocation and unlocks it with tokenService.KeyStorePassword (the cockpit&apos;s Token Service Key Store Location and Token Service Key Store Password). SAP&apos;s guide also asks you to select Use mTLS for token retrieval. UNCONFIRMED: SAP names no property for that checkbox; SAP BTP Connectivity says the Destination service uses mTLS towards the token service whenever tokenService.KeyStoreLocation is set, so the wizard writes only that property. If the cockpit shows the checkbox cleared, select it and save.</source>
        <translation>O destino indica este keystore em tokenService.KeyStoreLocation e o desbloqueia com tokenService.KeyStorePassword (no cockpit, “Token Service Key Store Location” e “Token Service Key Store Password”). O guia da SAP também pede que você selecione “Use mTLS for token retrieval”. UNCONFIRMED: a SAP não indica nenhuma propriedade para essa caixa de seleção; o SAP BTP Connectivity diz que o Destination service usa mTLS com o serviço de token sempre que tokenService.KeyStoreLocation está definido, por isso o assistente grava somente essa propriedade. Se o cockpit mostrar a caixa de seleção desmarcada, marque-a e salve.</translation>
    </message>
    <message>
        <source>Integrate SAP Task Center in S/4HANA Cloud using mTLS</source>
        <translation>Integrar o SAP Task Center no S/4HANA Cloud usando mTLS</translation>
    </message>
    <message>
        <source>The communication system with both certificates, the communication arrangement, and the values it gives back for the destination.</source>
        <translation>O sistema de comunicação com os dois certificados, o acordo de comunicação e os valores que ele devolve para o destino.</translation>
    </message>
    <message>
        <source>In SAP S/4HANA Cloud, perform the steps of &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: use inbound.p12 for the communication system&apos;s &lt;b&gt;Users for Inbound Communication&lt;/b&gt; and outbound.p12 for its &lt;b&gt;Users for Outbound Communication&lt;/b&gt;, and create the communication arrangement as &lt;b&gt;Create a Communication Arrangement Using mTLS&lt;/b&gt; describes. Then enter the values below.</source>
        <translation>No SAP S/4HANA Cloud, execute as etapas de &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: use o inbound.p12 para &lt;b&gt;Users for Inbound Communication&lt;/b&gt; do sistema de comunicação e o outbound.p12 para &lt;b&gt;Users for Outbound Communication&lt;/b&gt; dele, e crie o acordo de comunicação como descreve &lt;b&gt;Create a Communication Arrangement Using mTLS&lt;/b&gt;. Depois, insira os valores abaixo.</translation>
    </message>
    <message>
        <source>SAP&apos;s mTLS section asks you to download the subaccount&apos;s trust certificate and then to follow Integrating SAP Task Center in SAP S/4HANA Cloud&apos;s documentation; it names the values the destination needs, which this page asks for. SAP&apos;s page on credentials rotation says S/4HANA Cloud&apos;s communication system holds the trust certificate.</source>
        <translation>A seção de mTLS da SAP pede que você faça o download do certificado de confiança da subconta e depois siga o “Integrating SAP Task Center” da documentação do SAP S/4HANA Cloud; ela indica os valores de que o destino precisa, que esta página pede. A página da SAP sobre a rotação de credenciais diz que o sistema de comunicação do S/4HANA Cloud contém o certificado de confiança.</translation>
    </message>
    <message>
        <source>UNCONFIRMED for mTLS: SAP&apos;s mTLS section does not list the communication system&apos;s fields. SAP&apos;s sample sets the values below on the way with a password; use them unless Integrating SAP Task Center says otherwise.</source>
        <translation>UNCONFIRMED para mTLS: a seção de mTLS da SAP não lista os campos do sistema de comunicação. O exemplo da SAP define os valores abaixo no caminho com senha; use-os, a menos que o “Integrating SAP Task Center” diga outra coisa.</translation>
    </message>
    <message>
        <source>SAP: use this key store (inbound.p12) when you set up Users for Inbound Communication.</source>
        <translation>SAP: use este keystore (inbound.p12) ao configurar “Users for Inbound Communication”.</translation>
    </message>
    <message>
        <source>Users for Outbound Communication</source>
        <translation>Users for Outbound Communication</translation>
    </message>
    <message>
        <source>SAP: use outbound.p12, made from the service key with certificate, when you set up Users for Outbound Communication.</source>
        <translation>SAP: use o outbound.p12, criado a partir da chave de serviço com certificado, ao configurar “Users for Outbound Communication”.</translation>
    </message>
    <message>
        <source>Copy these from the saved arrangement: the service URL of its inbound service, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL. Then the uaa &amp;gt; clientid of the service key with certificate.</source>
        <translation>Copie estes valores do acordo de comunicação salvo: a URL de serviço do serviço de entrada e, de &lt;b&gt;OAuth 2.0 Details&lt;/b&gt;, os valores SAML2 Audience, Client ID e Token Service URL. Depois, o valor uaa &amp;gt; clientid da chave de serviço com certificado.</translation>
    </message>
    <message>
        <source>The Destination service cannot use the key store for S/4HANA Cloud&apos;s token service. Check that the file is uploaded to this subaccount&apos;s destination certificates under exactly the name in tokenService.KeyStoreLocation, including its extension, that tokenService.KeyStorePassword is its password, and that S/4HANA Cloud&apos;s communication system accepts its certificate (Users for Inbound Communication).</source>
        <translation>O Destination service não consegue usar o keystore para o serviço de token do S/4HANA Cloud. Verifique se o arquivo foi carregado nos certificados de destino desta subconta exatamente com o nome em tokenService.KeyStoreLocation, incluindo a extensão, se tokenService.KeyStorePassword é a senha dele e se o sistema de comunicação do S/4HANA Cloud aceita o certificado dele (“Users for Inbound Communication”).</translation>
    </message>
    <message>
        <source>Key store (.p12 file)</source>
        <translation>Keystore (arquivo .p12)</translation>
    </message>
    <message>
        <source>The key store (.p12) with the client certificate for SAP Cloud for Customer. The primary destination names it by its file name in KeyStoreLocation. SAP&apos;s guide uses c4c.p12 as an example.</source>
        <translation>O keystore (.p12) com o certificado de cliente para o SAP Cloud for Customer. O destino primário o indica pelo nome do arquivo em KeyStoreLocation. O guia da SAP usa c4c.p12 como exemplo.</translation>
    </message>
    <message>
        <source>The key store&apos;s file name must end in .p12, .pfx or .jks and hold only letters, digits, dots, _ and - (for example c4c.p12): the subaccount lists it under that name. Rename the file if needed.</source>
        <translation>O nome do arquivo do keystore deve terminar em .p12, .pfx ou .jks e conter somente letras, dígitos, pontos, _ e - (por exemplo c4c.p12): a subconta o lista com esse nome. Renomeie o arquivo se necessário.</translation>
    </message>
    <message>
        <source>Use the .p12 certificate you already have for SAP Cloud for Customer (its guide &quot;Using Client Certificate Authentication&quot; explains how to extract it): choose the file on this computer, and when the wizard writes the destinations into the subaccount, it uploads the file to the subaccount&apos;s destination certificates under its file name. If you generated the key store under the subaccount&apos;s destination certificates instead, enter its name as the list shows it. When you save the destinations as files for the cockpit instead, upload the key store yourself under Connectivity &amp;gt; Destination Certificates.</source>
        <translation>Use o certificado .p12 que você já tem para o SAP Cloud for Customer (o guia “Using Client Certificate Authentication” do SAP Cloud for Customer explica como extraí-lo): escolha o arquivo neste computador e, quando o assistente gravar os destinos na subconta, ele carregará o arquivo nos certificados de destino da subconta com o nome do arquivo. Se, em vez disso, você gerou o keystore nos certificados de destino da subconta, insira o nome dele como a lista o mostra. Se, em vez disso, você salvar os destinos como arquivos para o cockpit, carregue você mesmo o keystore em “Connectivity &amp;gt; Destination Certificates”.</translation>
    </message>
    <message>
        <source>The primary destination names the key store by its file name (KeyStoreLocation) and unlocks it with its password (KeyStorePassword). The Destination service finds the file only among this subaccount&apos;s destination certificates under exactly that name: the wizard uploads the file you choose there before it writes the destinations, and does not write them when it cannot.</source>
        <translation>O destino primário indica o keystore pelo nome do arquivo (KeyStoreLocation) e o desbloqueia com a senha dele (KeyStorePassword). O Destination service só encontra o arquivo entre os certificados de destino desta subconta com exatamente esse nome: o assistente carrega ali o arquivo que você escolher antes de gravar os destinos e não os grava quando não consegue.</translation>
    </message>
    <message>
        <source>Token Service Key Store (.p12 file)</source>
        <translation>Token Service Key Store (arquivo .p12)</translation>
    </message>
    <message>
        <source>The key store (.p12) with the client certificate SAP Task Center gets its tokens from S/4HANA Cloud with; SAP&apos;s guide calls it inbound.p12. The destination names it by its file name in tokenService.KeyStoreLocation.</source>
        <translation>O keystore (.p12) com o certificado de cliente que o SAP Task Center usa para obter os tokens do S/4HANA Cloud; o guia da SAP o chama de inbound.p12. O destino o indica pelo nome do arquivo em tokenService.KeyStoreLocation.</translation>
    </message>
    <message>
        <source>The key store&apos;s file name must end in .p12, .pfx or .jks and hold only letters, digits, dots, _ and - (for example inbound.p12): the subaccount lists it under that name. Rename the file if needed.</source>
        <translation>O nome do arquivo do keystore deve terminar em .p12, .pfx ou .jks e conter somente letras, dígitos, pontos, _ e - (por exemplo inbound.p12): a subconta o lista com esse nome. Renomeie o arquivo se necessário.</translation>
    </message>
    <message>
        <source>Choose the .p12 file on this computer: when the wizard writes the destination into the subaccount, it uploads the file to the subaccount&apos;s destination certificates under its file name. If you generated the key store under the subaccount&apos;s destination certificates instead, enter its name as the list shows it; S/4HANA Cloud needs the file too, so download it with the Destination service REST API, as SAP&apos;s guide &quot;Use Destination Certificates&quot; says. When you save the destination as files for the cockpit instead, upload the key store yourself under Connectivity &amp;gt; Destination Certificates.</source>
        <translation>Escolha o arquivo .p12 neste computador: quando o assistente gravar o destino na subconta, ele carregará o arquivo nos certificados de destino da subconta com o nome do arquivo. Se, em vez disso, você gerou o keystore nos certificados de destino da subconta, insira o nome dele como a lista o mostra; o S/4HANA Cloud também precisa do arquivo, então faça o download dele com a API REST do Destination service, como diz o guia da SAP “Use Destination Certificates”. Se, em vez disso, você salvar o destino como arquivos para o cockpit, carregue você mesmo o keystore em “Connectivity &amp;gt; Destination Certificates”.</translation>
    </message>
    <message>
        <source>The key of the dedicated SAP Task Center instance: the communication arrangement takes its address and OAuth client, the destination its client ID.</source>
        <translation>A chave da instância dedicada do SAP Task Center: o acordo de comunicação usa o endereço e o cliente OAuth dela; o destino, o ID do cliente.</translation>
    </message>
    <message>
        <source>SAP asks for a dedicated SAP Task Center service instance in this subaccount for S/4HANA Cloud. Its key gives the communication arrangement SAP Task Center&apos;s address, OAuth client and client secret, and the destination names its client ID in tc.clientId, which lets S/4HANA Cloud push task updates.</source>
        <translation>A SAP pede uma instância de serviço dedicada do SAP Task Center para o S/4HANA Cloud nesta subconta. A chave dela fornece ao acordo de comunicação o endereço, o cliente OAuth e o segredo do cliente do SAP Task Center, e o destino indica o ID do cliente dela em tc.clientId, o que permite ao S/4HANA Cloud enviar atualizações de tarefas.</translation>
    </message>
</context>
<context>
    <name>ProviderTypeMissing</name>
    <message>
        <source>%1 has no tc.provider_type: SAP Task Center cannot tell which task provider it reaches.</source>
        <translation>%1 não tem tc.provider_type: o SAP Task Center não consegue saber a qual provedor de tarefas ele se conecta.</translation>
    </message>
    <message>
        <source>Add tc.provider_type with the value SAP&apos;s guide for the provider gives (%1, …).</source>
        <translation>Adicione tc.provider_type com o valor que o guia da SAP para o provedor indica (%1, …).</translation>
    </message>
    <message>
        <source>Add tc.provider_type with the value %1, as on %2.</source>
        <translation>Adicione tc.provider_type com o valor %1, como em %2.</translation>
    </message>
</context>
<context>
    <name>RecommendationsAuthentication</name>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP&apos;s guide for Intelligent Recommendations asks for OAuth2ClientCredentials with the client of SAP Build Process Automation&apos;s service key.</source>
        <translation>%1 usa a autenticação “%2”; o guia da SAP para Intelligent Recommendations pede OAuth2ClientCredentials com o cliente da chave de serviço do SAP Build Process Automation.</translation>
    </message>
    <message>
        <source>Set Authentication to OAuth2ClientCredentials.</source>
        <translation>Defina Authentication como OAuth2ClientCredentials.</translation>
    </message>
</context>
<context>
    <name>RecommendationsDynamicDestination</name>
    <message>
        <source>%1 lacks HTML5.DynamicDestination=true, which SAP&apos;s guide for Intelligent Recommendations asks for.</source>
        <translation>Falta em %1 HTML5.DynamicDestination=true, que o guia da SAP para Intelligent Recommendations pede.</translation>
    </message>
    <message>
        <source>Add the property HTML5.DynamicDestination with the value true.</source>
        <translation>Adicione a propriedade HTML5.DynamicDestination com o valor true.</translation>
    </message>
</context>
<context>
    <name>RecommendationsPrimaryMissing</name>
    <message>
        <source>%1 looks like an Intelligent Recommendations destination, but there is no primary destination %2: SAP Task Center finds it by the primary&apos;s name followed by _AI.</source>
        <translation>%1 parece um destino para Intelligent Recommendations, mas o destino primário %2 não existe: o SAP Task Center o encontra pelo nome do primário seguido de _AI.</translation>
    </message>
    <message>
        <source>Rename %1 to the name of its SAP Build Process Automation primary destination followed by _AI.</source>
        <translation>Renomeie %1 para o nome do destino primário correspondente do SAP Build Process Automation seguido de _AI.</translation>
    </message>
</context>
<context>
    <name>RecommendationsTcEnabled</name>
    <message>
        <source>%1 is the Intelligent Recommendations destination, not a task provider, but it carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation>%1 é o destino para Intelligent Recommendations, e não um provedor de tarefas, mas contém tc.enabled: o SAP Task Center o leria como mais um destino primário.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation>Remova tc.enabled de %1.</translation>
    </message>
</context>
<context>
    <name>RecommendationsUrlOutdated</name>
    <message>
        <source>The URL of %1 is &quot;%2&quot;. Since July 2025 SAP&apos;s guide asks for SAP Build Process Automation&apos;s API endpoint followed by %3; a destination made before must be changed.</source>
        <translation>A URL de %1 é “%2”. Desde julho de 2025, o guia da SAP pede o endpoint de API do SAP Build Process Automation seguido de %3; um destino criado antes disso deve ser alterado.</translation>
    </message>
    <message>
        <source>Set the URL to the endpoints &gt; api value of the service key followed by %1.</source>
        <translation>Defina a URL como o valor de endpoints &gt; api da chave de serviço seguido de %1.</translation>
    </message>
    <message>
        <source>Set the URL to %1.</source>
        <translation>Defina a URL como %1.</translation>
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
        <translation>&amp;Ler novamente</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Revisar as alterações</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check what will change, then choose Apply.</source>
        <translation>Nada foi gravado ainda. Verifique o que vai mudar e depois escolha “Aplicar”.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Destination or property</source>
        <translation>Destino ou propriedade</translation>
    </message>
    <message>
        <source>Now in the subaccount</source>
        <translation>Agora na subconta</translation>
    </message>
    <message>
        <source>After applying</source>
        <translation>Depois de aplicar</translation>
    </message>
    <message>
        <source>Changes to the subaccount</source>
        <translation>Alterações na subconta</translation>
    </message>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>Lendo os destinos de “%1”…</translation>
    </message>
    <message>
        <source>Nothing was written. Choose &quot;Read again&quot; when the problem is solved.</source>
        <translation>Nada foi gravado. Escolha “Ler novamente” quando o problema estiver resolvido.</translation>
    </message>
    <message>
        <source>The subaccount already has a primary destination to the same system: %1. Two primary destinations to one system give every user each task twice. After applying, delete the old one in the SAP BTP cockpit (or set its tc.enabled to false).</source>
        <translation>A subconta já tem um destino primário para o mesmo sistema: %1. Com dois destinos primários para um sistema, cada usuário recebe cada tarefa duas vezes. Depois de aplicar, exclua o antigo no cockpit do SAP BTP (ou defina tc.enabled dele como false).</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>não existe</translation>
    </message>
    <message>
        <source>will be created</source>
        <translation>será criado</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message numerus="yes">
        <source>will be updated (%n change(s))</source>
        <translation>
            <numerusform>será atualizado (%n alteração)</numerusform>
            <numerusform>será atualizado (%n alterações)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removido)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterado</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged. Choose Apply to write them.</source>
        <translation>%1 a criar, %2 a atualizar, %3 inalterado(s). Escolha “Aplicar” para gravá-los.</translation>
    </message>
    <message>
        <source>To keep the existing destinations as they are, go Back to the primary destination step and choose another name.</source>
        <translation>Para manter os destinos existentes como estão, use “Voltar” até a etapa do destino primário e escolha outro nome.</translation>
    </message>
    <message>
        <source>The wizard compares the destinations with what &quot;%1&quot; holds now.</source>
        <translation>O assistente compara os destinos com o que “%1” contém agora.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds the destinations exactly like this. Applying writes nothing.</source>
        <translation>“%1” já contém os destinos exatamente assim. A aplicação não grava nada.</translation>
    </message>
    <message>
        <source>Applying replaces a connection to another system: %1. Whatever uses it today stops working. To keep it, go Back to the primary destination step and choose another name.</source>
        <translation>A aplicação substitui uma conexão com outro sistema: %1. O que a usa hoje deixa de funcionar. Para mantê-la, use “Voltar” até a etapa do destino primário e escolha outro nome.</translation>
    </message>
    <message>
        <source>I mean to replace &amp;it with this setup</source>
        <translation>Quero s&amp;ubstituí-la por esta configuração</translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation>definido (oculto)</translation>
    </message>
    <message>
        <source>changed (hidden)</source>
        <translation>alterado (oculto)</translation>
    </message>
    <message>
        <source>Apply is possible once the subaccount has been read.</source>
        <translation>Será possível aplicar assim que a subconta tiver sido lida.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Choose the key store file on this computer (go Back to its step) to apply.</source>
        <translation>Para aplicar, escolha o arquivo do keystore neste computador (use “Voltar” até a etapa dele).</translation>
    </message>
    <message>
        <source>Tick that you mean to replace what is named above to apply.</source>
        <translation>Para aplicar, marque que você quer substituir o que está indicado acima.</translation>
    </message>
    <message>
        <source>the key store %1 (also named by %2)</source>
        <translation>o keystore %1 (também indicado por %2)</translation>
    </message>
    <message>
        <source>Applying replaces %1 with the file you chose: those destinations then authenticate with its certificate. To keep the key store, give your file another name and choose it again.</source>
        <translation>A aplicação substitui %1 pelo arquivo que você escolheu: esses destinos passam a se autenticar com o certificado dele. Para manter o keystore, dê outro nome ao seu arquivo e escolha-o novamente.</translation>
    </message>
    <message>
        <source>Key store %1</source>
        <translation>Keystore %1</translation>
    </message>
    <message>
        <source>will be uploaded</source>
        <translation>será carregado</translation>
    </message>
    <message>
        <source>exists, another file</source>
        <translation>existe, é outro arquivo</translation>
    </message>
    <message>
        <source>will be replaced</source>
        <translation>será substituído</translation>
    </message>
    <message>
        <source>missing: nothing to upload</source>
        <translation>ausente: nada a carregar</translation>
    </message>
    <message>
        <source>File on this computer</source>
        <translation>Arquivo neste computador</translation>
    </message>
    <message>
        <source>Also named by</source>
        <translation>Também indicado por</translation>
    </message>
    <message>
        <source>Go Back to the key store&apos;s step and choose the file; nothing was written.</source>
        <translation>Use “Voltar” até a etapa do keystore e escolha o arquivo; nada foi gravado.</translation>
    </message>
    <message numerus="yes">
        <source>%n key store(s) go to the subaccount&apos;s destination certificates first.</source>
        <translation>
            <numerusform>%n keystore vai primeiro para os certificados de destino da subconta.</numerusform>
            <numerusform>%n keystores vão primeiro para os certificados de destino da subconta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleValue</name>
    <message>
        <source>%1 of %2 still holds a sample value from a booster template.</source>
        <translation>%1 de %2 ainda contém um valor de exemplo de um modelo do booster.</translation>
    </message>
    <message>
        <source>%1 of %2 still holds the sample value &quot;%3&quot; from a booster template.</source>
        <translation>%1 de %2 ainda contém o valor de exemplo “%3” de um modelo do booster.</translation>
    </message>
    <message>
        <source>Enter the real value.</source>
        <translation>Insira o valor real.</translation>
    </message>
</context>
<context>
    <name>SandboxSubaccount</name>
    <message>
        <source>The demo landscape is missing from the program&apos;s resources.</source>
        <translation>O cenário de demonstração está faltando nos recursos do programa.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s data folder %1.</source>
        <translation>Não é possível criar a pasta de dados %1 do sandbox.</translation>
    </message>
    <message>
        <source>Cannot write into the sandbox&apos;s data folder %1.</source>
        <translation>Não é possível gravar na pasta de dados %1 do sandbox.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s token signing key.</source>
        <translation>Não é possível criar a chave com a qual o sandbox assina tokens.</translation>
    </message>
</context>
<context>
    <name>SandboxTrust</name>
    <message>
        <source>Cannot write the trust certificate into %1.</source>
        <translation>Não é possível gravar o certificado de confiança em %1.</translation>
    </message>
</context>
<context>
    <name>SecondaryMissing</name>
    <message>
        <source>%1 has no secondary destination %2, so users cannot act on their %3 tasks in SAP Task Center (principal propagation).</source>
        <translation>%1 não tem o destino secundário %2, portanto os usuários não podem processar as tarefas de %3 no SAP Task Center (propagação de principal).</translation>
    </message>
    <message>
        <source>Create %1 with the wizard (%2).</source>
        <translation>Crie %1 com o assistente (%2).</translation>
    </message>
</context>
<context>
    <name>SecondaryTcEnabled</name>
    <message>
        <source>%1 is a secondary destination (principal propagation) but carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation>%1 é um destino secundário (propagação de principal), mas contém tc.enabled: o SAP Task Center o leria como mais um destino primário.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation>Remova tc.enabled de %1.</translation>
    </message>
</context>
<context>
    <name>SecondaryWithoutPrimary</name>
    <message>
        <source>%1 is a secondary destination, but its primary destination %2 does not exist. SAP Task Center finds secondaries only by their primary&apos;s name.</source>
        <translation>%1 é um destino secundário, mas o destino primário dele, %2, não existe. O SAP Task Center encontra os destinos secundários somente pelo nome do primário.</translation>
    </message>
    <message>
        <source>Rename it to &lt;primary name&gt;_PP of an existing primary, or create the primary %1.</source>
        <translation>Renomeie-o para &lt;nome do primário&gt;_PP de um destino primário existente, ou crie o destino primário %1.</translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>O chaveiro não respondeu em %1 segundos.</translation>
    </message>
    <message>
        <source>Nothing is saved in the keychain for %1.</source>
        <translation>Nada está salvo no chaveiro para %1.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (the system&apos;s secret storage is locked or not running).</source>
        <translation>Nenhum chaveiro está disponível neste computador (o armazenamento de segredos do sistema está bloqueado ou não está em execução).</translation>
    </message>
    <message>
        <source>The keychain did not answer. It may be waiting for you to unlock it in another window.</source>
        <translation>O chaveiro não respondeu. Ele pode estar aguardando que você o desbloqueie em outra janela.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>O chaveiro informou um erro.</translation>
    </message>
    <message>
        <source>You can continue: the secrets (keys, passwords) are then kept only until you close the program, and you enter them again next time. To keep them, unlock or start your desktop&apos;s keyring and restart the program.</source>
        <translation>Você pode continuar: nesse caso, os segredos (chaves, senhas) ficam guardados apenas até você fechar o programa, e você os insere novamente na próxima vez. Para mantê-los, desbloqueie ou inicie o chaveiro da sua área de trabalho e reinicie o programa.</translation>
    </message>
    <message>
        <source>You can continue; the secrets (keys, passwords) are then kept only until you close the program.</source>
        <translation>Você pode continuar; nesse caso, os segredos (chaves, senhas) ficam guardados apenas até você fechar o programa.</translation>
    </message>
</context>
<context>
    <name>SecretsNotChecked</name>
    <message>
        <source>%1: %2 not checked, because %3 does not show secrets.</source>
        <translation>%1: %2 não verificado, porque %3 não mostra segredos.</translation>
    </message>
    <message>
        <source>Check the destination in the subaccount itself to have them tested.</source>
        <translation>Verifique o destino na própria subconta para que esses valores também sejam testados.</translation>
    </message>
</context>
<context>
    <name>ServiceDestinationTcEnabled</name>
    <message>
        <source>%1 is one of SAP Task Center&apos;s own destinations, not a task provider, but it carries tc.enabled.</source>
        <translation>%1 é um dos destinos do próprio SAP Task Center, e não um provedor de tarefas, mas contém tc.enabled.</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1 in the SAP BTP cockpit.</source>
        <translation>Remova tc.enabled de %1 no cockpit do SAP BTP.</translation>
    </message>
</context>
<context>
    <name>ServiceKey</name>
    <message>
        <source>The field %1 is missing. Copy the whole key again from the cockpit.</source>
        <translation>O campo %1 está faltando. Copie novamente a chave inteira do cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is empty or not text. Copy the whole key again from the cockpit.</source>
        <translation>O campo %1 está vazio ou não é texto. Copie novamente a chave inteira do cockpit.</translation>
    </message>
</context>
<context>
    <name>ServiceKeyPage</name>
    <message>
        <source>&amp;Open service key file…</source>
        <translation>&amp;Abrir arquivo da chave de serviço…</translation>
    </message>
    <message>
        <source>Service keys (*.json *.txt);;All files (*)</source>
        <translation>Chaves de serviço (*.json *.txt);;Todos os arquivos (*)</translation>
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
        <translation>Chave de serviço do SAP Task Center</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choose the &lt;b&gt;SAP Task Center&lt;/b&gt; instance, and under &lt;b&gt;Service Keys&lt;/b&gt; open a key (create one if there is none). Download it, or copy its JSON text and paste it below.</source>
        <translation>No cockpit do SAP BTP, abra &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, escolha a instância do &lt;b&gt;SAP Task Center&lt;/b&gt; e, em &lt;b&gt;Service Keys&lt;/b&gt;, abra uma chave (crie uma se não houver nenhuma). Faça o download dela, ou copie o texto JSON dela e cole-o abaixo.</translation>
    </message>
    <message>
        <source>Inbox REST URL:</source>
        <translation>URL REST da caixa de entrada:</translation>
    </message>
    <message>
        <source>Authentication URL (uaa.url):</source>
        <translation>URL de autenticação (uaa.url):</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID do cliente:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Segredo do cliente:</translation>
    </message>
    <message>
        <source>present (kept in the keychain, never in a file)</source>
        <translation>presente (guardado no chaveiro, nunca em um arquivo)</translation>
    </message>
    <message>
        <source>The service key is complete.</source>
        <translation>A chave de serviço está completa.</translation>
    </message>
    <message>
        <source>not needed for %1, so not kept</source>
        <translation>não é necessário para %1, portanto não foi guardado</translation>
    </message>
</context>
<context>
    <name>ServiceKeyText</name>
    <message>
        <source>The service key is empty. In the SAP BTP cockpit, open the %1 instance, choose its service key and copy the whole JSON text.</source>
        <translation>A chave de serviço está vazia. No cockpit do SAP BTP, abra a instância do %1, escolha a chave de serviço dela e copie o texto JSON inteiro.</translation>
    </message>
    <message>
        <source>The service key is cut off: its closing } is missing. Copy the whole key again, from the first { to the last }.</source>
        <translation>A chave de serviço está cortada: falta o } de fechamento. Copie novamente a chave inteira, do primeiro { até o último }.</translation>
    </message>
    <message>
        <source>This is not a service key: a service key is JSON text that starts with { and ends with }. Copy the whole key from the cockpit (Credentials &gt; JSON).</source>
        <translation>Isto não é uma chave de serviço: uma chave de serviço é um texto JSON que começa com { e termina com }. Copie a chave inteira do cockpit (“Credentials &gt; JSON”).</translation>
    </message>
    <message>
        <source>The service key is cut off: it ends before its last } (line %1, column %2). Copy the whole key again, from the first { to the last }.</source>
        <translation>A chave de serviço está cortada: ela termina antes do último } (linha %1, coluna %2). Copie novamente a chave inteira, do primeiro { até o último }.</translation>
    </message>
    <message>
        <source>The service key has a mistake at line %1, column %2 (%3). Look there for a comma too many or missing, or a missing quote.</source>
        <translation>A chave de serviço tem um erro na linha %1, coluna %2 (%3). Procure ali uma vírgula a mais ou faltando, ou aspas faltando.</translation>
    </message>
</context>
<context>
    <name>SetupChecks</name>
    <message>
        <source>Open or paste the subaccount&apos;s trust certificate to continue.</source>
        <translation>Abra ou cole o certificado de confiança da subconta para continuar.</translation>
    </message>
    <message>
        <source>Open or paste the SAP Task Center service key to continue.</source>
        <translation>Abra ou cole a chave de serviço do SAP Task Center para continuar.</translation>
    </message>
    <message>
        <source>%1 of %2 still holds the template value &quot;%3&quot;.</source>
        <translation>%1 de %2 ainda contém o valor do modelo “%3”.</translation>
    </message>
    <message numerus="yes">
        <source>Tick each step once you have done it (%n left).</source>
        <translation>
            <numerusform>Marque cada etapa assim que a concluir (falta %n).</numerusform>
            <numerusform>Marque cada etapa assim que a concluir (faltam %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupFile</name>
    <message>
        <source>%1: not valid JSON (%2 at character %3).</source>
        <translation>%1: não é um JSON válido (%2 no caractere %3).</translation>
    </message>
    <message>
        <source>%1: a setup file is a JSON object ({...}).</source>
        <translation>%1: um arquivo de configuração é um objeto JSON ({...}).</translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; must be %2.</source>
        <translation>%1: &quot;format&quot; deve ser %2.</translation>
    </message>
    <message>
        <source>%1: &quot;provider&quot;: %2</source>
        <translation>%1: &quot;provider&quot;: %2</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; must be an object.</source>
        <translation>%1: &quot;values&quot; deve ser um objeto.</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; is not a value of %3.</source>
        <translation>%1: &quot;values.%2&quot; não é um valor de %3.</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; is a secret; secrets belong in a secrets file or the keychain, never in the setup file.</source>
        <translation>%1: &quot;values.%2&quot; é um segredo; segredos pertencem a um arquivo de segredos ou ao chaveiro, nunca ao arquivo de configuração.</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; must be text.</source>
        <translation>%1: &quot;values.%2&quot; deve ser texto.</translation>
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
        <translation>%1: &quot;properties.%2&quot;: %3 não tem nenhum destino com essa função.</translation>
    </message>
    <message>
        <source>%1: &quot;properties.%2.%3&quot; cannot be changed: SAP Task Center requires it as it is.</source>
        <translation>%1: &quot;properties.%2.%3&quot; não pode ser alterado: o SAP Task Center o exige como está.</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot;: %2 has only one way to set it up; leave &quot;path&quot; out.</source>
        <translation>%1: &quot;path&quot;: %2 só pode ser configurado de uma forma; omita &quot;path&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot; must be one of %2.</source>
        <translation>%1: &quot;path&quot; deve ser um destes valores: %2.</translation>
    </message>
    <message>
        <source>%1: &quot;checked&quot;: &quot;%2&quot; is not a checklist item of %3 (&quot;step/item&quot;).</source>
        <translation>%1: &quot;checked&quot;: “%2” não é um item de lista de verificação de %3 (&quot;step/item&quot;).</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; gives %2, which the way &quot;%3&quot; does not use, and no &quot;path&quot; chooses another way, so nothing of them would be written. Add %4.</source>
        <translation>%1: &quot;values&quot; informa %2, que o caminho “%3” não usa, e nenhum &quot;path&quot; escolhe outro caminho; portanto, nada disso seria gravado. Adicione %4.</translation>
    </message>
    <message>
        <source>the &quot;path&quot; that uses them</source>
        <translation>o &quot;path&quot; que os usa</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1: &quot;serviceKey&quot; must be the service key&apos;s JSON object.</source>
        <translation>%1: &quot;serviceKey&quot; deve ser o objeto JSON da chave de serviço.</translation>
    </message>
    <message>
        <source>%1: &quot;serviceKey&quot;: %2</source>
        <translation>%1: &quot;serviceKey&quot;: %2</translation>
    </message>
    <message>
        <source>The service key file %1 that the setup names is not there any more. Open or paste the service key again.</source>
        <translation>O arquivo da chave de serviço %1 indicado na configuração não existe mais. Abra ou cole a chave de serviço novamente.</translation>
    </message>
    <message>
        <source>%1: &quot;trustCertificate&quot; must be the certificate as PEM text: %2</source>
        <translation>%1: &quot;trustCertificate&quot; deve ser o certificado como texto PEM: %2</translation>
    </message>
    <message>
        <source>The trust certificate file %1 that the setup names is not there any more. Open the certificate again, or get it from the subaccount.</source>
        <translation>O arquivo do certificado de confiança %1 indicado na configuração não existe mais. Abra o certificado novamente ou obtenha-o da subconta.</translation>
    </message>
    <message>
        <source>%1: &quot;provider&quot; is missing: add the id of a task provider (taskcenter-connect providers lists them).</source>
        <translation>%1: &quot;provider&quot; está faltando: adicione o ID de um provedor de tarefas (taskcenter-connect providers os lista).</translation>
    </message>
    <message>
        <source>%1: &quot;setupId&quot; names this setup&apos;s keychain entries: letters, digits and &quot;-&quot; (at most 64), as the wizard wrote it. Leave it as it is, or take it out.</source>
        <translation>%1: &quot;setupId&quot; dá nome às entradas do chaveiro desta configuração: letras, dígitos e &quot;-&quot; (no máximo 64), como o assistente o escreveu. Deixe-o como está ou remova-o.</translation>
    </message>
</context>
<context>
    <name>SetupFlow</name>
    <message>
        <source>step %1 of %2</source>
        <translation>etapa %1 de %2</translation>
    </message>
    <message>
        <source>subaccount %1</source>
        <translation>subconta %1</translation>
    </message>
    <message>
        <source>The demo subaccount keeps no secrets.</source>
        <translation>A subconta de demonstração não guarda segredos.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not give them back.</source>
        <translation>O chaveiro deste computador não conseguiu devolvê-los.</translation>
    </message>
    <message>
        <source>The keychain holds none of these for this setup.</source>
        <translation>O chaveiro não contém nenhum desses valores para esta configuração.</translation>
    </message>
    <message>
        <source>Secrets (keys, client secrets, passwords) will be kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Os segredos (chaves, segredos do cliente, senhas) serão guardados no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Secrets are not in it, and the demo subaccount keeps none: you enter them again when you continue.</source>
        <translation>Os segredos não estão incluídos, e a subconta de demonstração não guarda nenhum: você os insere novamente ao continuar.</translation>
    </message>
    <message>
        <source>Secrets are not in it, and this computer has no keychain to keep them: you enter them again when you continue.</source>
        <translation>Os segredos não estão incluídos, e este computador não tem chaveiro para guardá-los: você os insere novamente ao continuar.</translation>
    </message>
    <message>
        <source>Secrets are not in it; they are kept in this computer&apos;s keychain.</source>
        <translation>Os segredos não estão incluídos; eles são guardados no chaveiro deste computador.</translation>
    </message>
</context>
<context>
    <name>SetupModel</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; hold the same value. Each has its own; copy each from its own place.</source>
        <translation>“%1” e “%2” contêm o mesmo valor. Cada um tem o seu; copie cada um do seu próprio lugar.</translation>
    </message>
</context>
<context>
    <name>SetupSecrets</name>
    <message>
        <source>The saved secrets were read from this computer&apos;s keychain.</source>
        <translation>Os segredos salvos foram lidos do chaveiro deste computador.</translation>
    </message>
    <message>
        <source>The secrets are kept in this computer&apos;s keychain.</source>
        <translation>Os segredos são guardados no chaveiro deste computador.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Task Center Connect is open already; its window was brought to the front.</source>
        <translation>O Task Center Connect já está aberto; a janela dele foi trazida para a frente.</translation>
    </message>
    <message>
        <source>Task Center Connect is open already (process %1), but its window did not answer. Switch to it, or close it and start again.</source>
        <translation>O Task Center Connect já está aberto (processo %1), mas a janela dele não respondeu. Alterne para ela ou feche-o e inicie-o novamente.</translation>
    </message>
</context>
<context>
    <name>SourceInput</name>
    <message>
        <source>Pasted text</source>
        <translation>Texto colado</translation>
    </message>
    <message>
        <source>…or &amp;paste it here:</source>
        <translation>…ou &amp;cole-o aqui:</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Aberto: %1</translation>
    </message>
    <message>
        <source>The pasted text was read; it is no longer shown.</source>
        <translation>O texto colado foi lido; ele não é mais mostrado.</translation>
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
        <translation>Verifique o arquivo; os outros arquivos foram verificados.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Step %1 of %2, current: %3</source>
        <translation>Etapa %1 de %2, atual: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2, done: %3</source>
        <translation>Etapa %1 de %2, concluída: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>SubaccountChoice</name>
    <message>
        <source>The demo subaccount runs on this computer only. It already holds a few task providers, some set up correctly and some with common mistakes. Nothing you do here reaches SAP BTP.</source>
        <translation>A subconta de demonstração é executada somente neste computador. Ela já contém alguns provedores de tarefas, alguns configurados corretamente e outros com erros comuns. Nada do que você fizer aqui chega ao SAP BTP.</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Lendo o segredo do cliente do chaveiro…</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; is not in this computer&apos;s keychain. Add the subaccount again with its Destination service key.</source>
        <translation>O segredo do cliente de “%1” não está no chaveiro deste computador. Adicione a subconta novamente com a chave de serviço do Destination service dela.</translation>
    </message>
    <message>
        <source>The destinations will be written into &quot;%1&quot;.</source>
        <translation>Os destinos serão gravados em “%1”.</translation>
    </message>
    <message>
        <source>Wait until the current check has finished.</source>
        <translation>Aguarde até que a verificação atual termine.</translation>
    </message>
    <message>
        <source>Open the Destination service key file, or paste the key&apos;s text into the box.</source>
        <translation>Abra o arquivo da chave de serviço do Destination service ou cole o texto da chave no campo.</translation>
    </message>
    <message>
        <source>Asking the subaccount for a token with this key…</source>
        <translation>Solicitando um token à subconta com esta chave…</translation>
    </message>
    <message>
        <source>The key works. No keychain is available, so &quot;%1&quot; is used until you close the wizard and not saved.</source>
        <translation>A chave funciona. Não há chaveiro disponível, portanto “%1” é usada até você fechar o assistente e não é salva.</translation>
    </message>
    <message>
        <source>The key works. Saving it in the keychain…</source>
        <translation>A chave funciona. Salvando-a no chaveiro…</translation>
    </message>
    <message>
        <source>The key works, but it could not be saved: %1 &quot;%2&quot; is used until you close the wizard.</source>
        <translation>A chave funciona, mas não pôde ser salva: %1 “%2” é usada até você fechar o assistente.</translation>
    </message>
    <message>
        <source>The key works. &quot;%1&quot; is saved; its client secret is in this computer&apos;s keychain.</source>
        <translation>A chave funciona. “%1” foi salva; o segredo do cliente dela está no chaveiro deste computador.</translation>
    </message>
</context>
<context>
    <name>SubaccountConnection</name>
    <message>
        <source>Demo subaccount</source>
        <translation>Subconta de demonstração</translation>
    </message>
    <message>
        <source>This program was built without the demo subaccount.</source>
        <translation>Este programa foi compilado sem a subconta de demonstração.</translation>
    </message>
</context>
<context>
    <name>SubaccountPage</name>
    <message>
        <source>Into a s&amp;ubaccount, over the Destination service:</source>
        <translation>Em uma s&amp;ubconta, por meio do Destination service:</translation>
    </message>
    <message>
        <source>Into the &amp;demo subaccount on this computer (for demos and trying it out)</source>
        <translation>Na subconta de &amp;demonstração neste computador (para demonstrações e testes)</translation>
    </message>
    <message>
        <source>Only into &amp;files, to import in the SAP BTP cockpit</source>
        <translation>Somente em arqu&amp;ivos, para importar no cockpit do SAP BTP</translation>
    </message>
    <message>
        <source>&amp;Add subaccount…</source>
        <translation>&amp;Adicionar subconta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Open service key file…</source>
        <translation>A&amp;brir arquivo da chave de serviço…</translation>
    </message>
    <message>
        <source>Service keys (*.json *.txt);;All files (*)</source>
        <translation>Chaves de serviço (*.json *.txt);;Todos os arquivos (*)</translation>
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
        <translation>&amp;Testar e salvar</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar teste</translation>
    </message>
    <message>
        <source>Where the destinations go</source>
        <translation>Para onde vão os destinos</translation>
    </message>
    <message>
        <source>Saved subaccount</source>
        <translation>Subconta salva</translation>
    </message>
    <message>
        <source>Forget this subaccount and its client secret on this computer</source>
        <translation>Esquecer esta subconta e o segredo do cliente dela neste computador</translation>
    </message>
    <message>
        <source>e.g. Production EU10</source>
        <translation>por exemplo Produção EU10</translation>
    </message>
    <message>
        <source>You need a key of the subaccount&apos;s &lt;b&gt;Destination service&lt;/b&gt; instance: in the SAP BTP cockpit open &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choose the &lt;b&gt;Destination&lt;/b&gt; instance (plan &lt;i&gt;lite&lt;/i&gt;; create one if there is none) and open or create a key under &lt;b&gt;Service Keys&lt;/b&gt;. Open the downloaded file or paste its text.</source>
        <translation>Você precisa de uma chave da instância do &lt;b&gt;Destination service&lt;/b&gt; da subconta: no cockpit do SAP BTP, abra &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, escolha a instância &lt;b&gt;Destination&lt;/b&gt; (plano &lt;i&gt;lite&lt;/i&gt;; crie uma se não houver nenhuma) e abra ou crie uma chave em &lt;b&gt;Service Keys&lt;/b&gt;. Abra o arquivo baixado ou cole o texto dele.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Remove subaccount</source>
        <translation>Remover subconta</translation>
    </message>
    <message>
        <source>Forget the subaccount &quot;%1&quot; on this computer? Its destinations stay as they are.</source>
        <translation>Esquecer a subconta “%1” neste computador? Os destinos dela permanecem como estão.</translation>
    </message>
    <message>
        <source>No subaccount saved yet: add one</source>
        <translation>Nenhuma subconta salva ainda: adicione uma</translation>
    </message>
    <message>
        <source>The demo subaccount could not be started. Choose a subaccount or files instead.</source>
        <translation>Não foi possível iniciar a subconta de demonstração. Em vez disso, escolha uma subconta ou arquivos.</translation>
    </message>
    <message>
        <source>The key looks right. Choose &quot;Test and save&quot; to check it with the subaccount.</source>
        <translation>A chave parece correta. Escolha “Testar e salvar” para verificá-la com a subconta.</translation>
    </message>
    <message>
        <source>The wizard can write the destinations straight into your SAP BTP subaccount, or into files that you import in the cockpit.</source>
        <translation>O assistente pode gravar os destinos diretamente na sua subconta do SAP BTP, ou em arquivos que você importa no cockpit.</translation>
    </message>
    <message>
        <source>Wait until the subaccount has answered.</source>
        <translation>Aguarde até que a subconta tenha respondido.</translation>
    </message>
    <message>
        <source>Add a subaccount with its Destination service key to continue, or choose the demo subaccount or files.</source>
        <translation>Adicione uma subconta com a chave de serviço do Destination service para continuar, ou escolha a subconta de demonstração ou arquivos.</translation>
    </message>
    <message>
        <source>Choose a saved subaccount to continue.</source>
        <translation>Escolha uma subconta salva para continuar.</translation>
    </message>
    <message>
        <source>Choose where the destinations go to continue.</source>
        <translation>Escolha para onde vão os destinos para continuar.</translation>
    </message>
</context>
<context>
    <name>SubaccountProfiles</name>
    <message>
        <source>Give the subaccount a name you will recognise, e.g. &quot;Production EU10&quot;.</source>
        <translation>Dê à subconta um nome que você reconheça, por exemplo “Produção EU10”.</translation>
    </message>
    <message>
        <source>A subaccount named &quot;%1&quot; already exists. Choose another name, or pick the existing one.</source>
        <translation>Já existe uma subconta chamada “%1”. Escolha outro nome ou selecione a existente.</translation>
    </message>
</context>
<context>
    <name>SystemUserDeprecated</name>
    <message>
        <source>%1 uses SystemUser. SAP announced in the Destination service&apos;s documentation (note of 2026-03-18) that SystemUser would be removed by the end of September 2026; SAP Task Center&apos;s guide for %2 still lists it for the primary destination.</source>
        <translation>%1 usa SystemUser. A SAP anunciou na documentação do Destination service (nota de 18/03/2026) que SystemUser seria removido até o fim de setembro de 2026; o guia do SAP Task Center para %2 ainda o lista para o destino primário.</translation>
    </message>
    <message>
        <source>Test the connection. A token error &quot;Cannot determine user to propagate&quot; means this subaccount no longer honours SystemUser: check SAP Task Center&apos;s guide for %1 for what replaces it. Other token errors point elsewhere: the certificate the provider holds must be the subaccount&apos;s current one, and the technical user must exist in %1.</source>
        <translation>Teste a conexão. O erro de token “Cannot determine user to propagate” significa que esta subconta não aceita mais SystemUser: consulte no guia do SAP Task Center para %1 o que o substitui. Outros erros de token têm outra causa: o certificado que o provedor tem deve ser o atual da subconta, e o usuário técnico deve existir em %1.</translation>
    </message>
</context>
<context>
    <name>TaskCenterServiceKey</name>
    <message>
        <source>This is the key of a Destination service instance, not of SAP Task Center. Open the SAP Task Center instance (service one-inbox-service) and use its service key.</source>
        <translation>Esta é a chave de uma instância do Destination service, e não do SAP Task Center. Abra a instância do SAP Task Center (serviço “one-inbox-service”) e use a chave de serviço dela.</translation>
    </message>
    <message>
        <source>The field uaa is missing, so this is not an SAP Task Center service key. Use the key of the SAP Task Center instance (service one-inbox-service).</source>
        <translation>O campo uaa está faltando, portanto esta não é uma chave de serviço do SAP Task Center. Use a chave da instância do SAP Task Center (serviço “one-inbox-service”).</translation>
    </message>
    <message>
        <source>The field endpoints.inbox_rest_url is missing. This key may belong to another service; use the key of the SAP Task Center instance (service one-inbox-service).</source>
        <translation>O campo endpoints.inbox_rest_url está faltando. Talvez esta chave pertença a outro serviço; use a chave da instância do SAP Task Center (serviço “one-inbox-service”).</translation>
    </message>
    <message>
        <source>The field uaa.clientsecret is missing: this key uses an X.509 certificate instead. Create a service key without the x509 parameter, so it has a client secret.</source>
        <translation>O campo uaa.clientsecret está faltando: esta chave usa um certificado X.509 em vez dele. Crie uma chave de serviço sem o parâmetro x509, para que ela tenha um segredo do cliente.</translation>
    </message>
    <message>
        <source>The field uaa.clientsecret is missing. Copy the whole key again from the cockpit.</source>
        <translation>O campo uaa.clientsecret está faltando. Copie novamente a chave inteira do cockpit.</translation>
    </message>
    <message>
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Copy the whole key again from the cockpit.</source>
        <translation>O campo %1 não é um endereço https:// (“%2”). Copie novamente a chave inteira do cockpit.</translation>
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
        <translation>%1 está pausado (tc.enabled é false): as tarefas dele ficam ocultas e não são atualizadas. O SAP Task Center define o valor como false sozinho quando não consegue obter um token por uma hora.</translation>
    </message>
    <message>
        <source>Fix its authentication first (Test connection), then set tc.enabled to true.</source>
        <translation>Corrija primeiro a autenticação (“Testar conexão”) e depois defina tc.enabled como true.</translation>
    </message>
</context>
<context>
    <name>TcEnabledMissing</name>
    <message>
        <source>%1 has no tc.enabled property, so SAP Task Center does not read its tasks (booster samples lack it).</source>
        <translation>%1 não tem a propriedade tc.enabled, portanto o SAP Task Center não lê as tarefas dele (os exemplos do booster não a incluem).</translation>
    </message>
    <message>
        <source>Add the property tc.enabled with the value true.</source>
        <translation>Adicione a propriedade tc.enabled com o valor true.</translation>
    </message>
</context>
<context>
    <name>TcEnabledValue</name>
    <message>
        <source>tc.enabled of %1 is &quot;%2&quot;; SAP Task Center accepts only true (or false to pause), and puts the connector in Warning otherwise.</source>
        <translation>tc.enabled de %1 é “%2”; o SAP Task Center aceita somente true (ou false para pausar) e, caso contrário, coloca o conector no status “Warning”.</translation>
    </message>
    <message>
        <source>Set tc.enabled to exactly true (lower case).</source>
        <translation>Defina tc.enabled exatamente como true (em minúsculas).</translation>
    </message>
</context>
<context>
    <name>TokenChecks</name>
    <message>
        <source>The token of %1 could not be tested: %2</source>
        <translation>Não foi possível testar o token de %1: %2</translation>
    </message>
    <message>
        <source>Check again when the subaccount answers.</source>
        <translation>Verifique novamente quando a subconta responder.</translation>
    </message>
    <message>
        <source>This subaccount no longer honours SystemUser (the Destination service announced its removal by end of September 2026). Follow SAP Task Center&apos;s current guide for technical-user access.</source>
        <translation>Esta subconta não aceita mais SystemUser (o Destination service anunciou a remoção dessa propriedade até o fim de setembro de 2026). Siga o guia atual do SAP Task Center para o acesso com usuário técnico.</translation>
    </message>
    <message>
        <source>One more thing to try, not confirmed by SAP for this provider: the Destination service encodes SAML assertions as base64url since June 2026; the property samlAssertionEncoding=base64 restores the former encoding.</source>
        <translation>Mais uma tentativa, não confirmada pela SAP para este provedor: desde junho de 2026, o Destination service codifica as asserções SAML como base64url; a propriedade samlAssertionEncoding=base64 restaura a codificação anterior.</translation>
    </message>
    <message>
        <source>The Destination service could not fetch a token with %1: %2</source>
        <translation>O Destination service não conseguiu obter um token com %1: %2</translation>
    </message>
    <message>
        <source>Check the destination&apos;s credentials in the provider.</source>
        <translation>Verifique as credenciais do destino no sistema do provedor.</translation>
    </message>
</context>
<context>
    <name>TrustCertificate</name>
    <message>
        <source>Export the trust certificate from the SAP BTP cockpit: Connectivity &gt; Destination Trust &gt; Export.</source>
        <translation>Exporte o certificado de confiança do cockpit do SAP BTP: “Connectivity &gt; Destination Trust &gt; Export”.</translation>
    </message>
    <message>
        <source>The certificate is empty. %1</source>
        <translation>O certificado está vazio. %1</translation>
    </message>
    <message>
        <source>This holds a private key, not a certificate. Never share a private key. %1</source>
        <translation>Isto contém uma chave privada, e não um certificado. Nunca compartilhe uma chave privada. %1</translation>
    </message>
    <message>
        <source>The certificate is cut off: its END CERTIFICATE line is missing. Copy or export it again, completely.</source>
        <translation>O certificado está cortado: falta a linha END CERTIFICATE. Copie-o ou exporte-o novamente, por completo.</translation>
    </message>
    <message>
        <source>This is a different kind of file (a public key or a certificate request), not the trust certificate. %1</source>
        <translation>Este é outro tipo de arquivo (uma chave pública ou uma solicitação de certificado), e não o certificado de confiança. %1</translation>
    </message>
    <message>
        <source>This is not a certificate. %1</source>
        <translation>Isto não é um certificado. %1</translation>
    </message>
    <message>
        <source>The certificate is incomplete: part of it is missing. Copy or export it again, completely.</source>
        <translation>O certificado está incompleto: falta uma parte dele. Copie-o ou exporte-o novamente, por completo.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate is valid for %n more day(s).</source>
        <translation>
            <numerusform>O certificado é válido por mais %n dia.</numerusform>
            <numerusform>O certificado é válido por mais %n dias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1. Renew it soon in the SAP BTP cockpit (Connectivity &gt; Destination Trust &gt; Rotate, so nothing stops), then update it in every task provider; until then tasks keep working.</source>
        <translation>
            <numerusform>O certificado expira em %n dia, em %1. Renove-o em breve no cockpit do SAP BTP (“Connectivity &gt; Destination Trust &gt; Rotate”, para que nada seja interrompido) e depois atualize-o em cada provedor de tarefas; até lá, as tarefas continuam funcionando.</numerusform>
            <numerusform>O certificado expira em %n dias, em %1. Renove-o em breve no cockpit do SAP BTP (“Connectivity &gt; Destination Trust &gt; Rotate”, para que nada seja interrompido) e depois atualize-o em cada provedor de tarefas; até lá, as tarefas continuam funcionando.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate expired on %1. SAP Task Center cannot read or update tasks with it. Renew it in the SAP BTP cockpit (Connectivity &gt; Destination Trust), export the new one and open it here.</source>
        <translation>O certificado expirou em %1. O SAP Task Center não consegue ler nem atualizar tarefas com ele. Renove-o no cockpit do SAP BTP (“Connectivity &gt; Destination Trust”), exporte o novo e abra-o aqui.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1. Check the date and time of this computer, or export the active certificate again.</source>
        <translation>O certificado só é válido a partir de %1. Verifique a data e a hora deste computador, ou exporte novamente o certificado ativo.</translation>
    </message>
</context>
<context>
    <name>TrustCertificatePage</name>
    <message>
        <source>&amp;Open certificate file…</source>
        <translation>&amp;Abrir arquivo de certificado…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos os arquivos (*)</translation>
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
        <translation>Impressão digital SHA-256</translation>
    </message>
    <message>
        <source>Trust certificate of your subaccount</source>
        <translation>Certificado de confiança da sua subconta</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose &lt;b&gt;Connectivity &amp;gt; Destination Trust&lt;/b&gt; and &lt;b&gt;Export&lt;/b&gt; the active certificate. (Older guides call this &lt;i&gt;Destinations &amp;gt; Download Trust&lt;/i&gt;; SAP moved it in November 2025.)</source>
        <translation>No cockpit do SAP BTP, abra a subconta em que o SAP Task Center é executado, escolha &lt;b&gt;Connectivity &amp;gt; Destination Trust&lt;/b&gt; e exporte o certificado ativo com &lt;b&gt;Export&lt;/b&gt;. (Guias mais antigos chamam isso de &lt;i&gt;Destinations &amp;gt; Download Trust&lt;/i&gt;; a SAP mudou esse local em novembro de 2025.)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emissor:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido até:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Dias restantes:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expirou há %n dia</numerusform>
            <numerusform>expirou há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Get it from the subaccount</source>
        <translation>&amp;Buscar na subconta</translation>
    </message>
    <message>
        <source>Read the active trust certificate of &quot;%1&quot;</source>
        <translation>Ler o certificado de confiança ativo de “%1”</translation>
    </message>
    <message>
        <source>Reading the trust certificate of &quot;%1&quot;…</source>
        <translation>Lendo o certificado de confiança de “%1”…</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Cancelar leitura</translation>
    </message>
    <message>
        <source>Reading the certificate was cancelled.</source>
        <translation>A leitura do certificado foi cancelada.</translation>
    </message>
    <message>
        <source>This is not the current trust certificate of &quot;%1&quot; (its SHA-256 is %2). A provider given this one holds a certificate the subaccount does not sign with, and its tokens fail. Choose &quot;Get it from the subaccount&quot; to use the current one.</source>
        <translation>Este não é o certificado de confiança atual de “%1” (o SHA-256 dele é %2). Um provedor que receber este terá um certificado com o qual a subconta não assina, e os tokens dele falharão. Escolha “Buscar na subconta” para usar o certificado atual.</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Válido desde %1</translation>
    </message>
    <message>
        <source>Valid until %1, %2 left</source>
        <extracomment>%1 is a date, %2 a number of days (&quot;412 days&quot;)</extracomment>
        <translation>Válido até %1, prazo restante: %2</translation>
    </message>
    <message>
        <source>Valid until %1, %2</source>
        <translation>Válido até %1, %2</translation>
    </message>
    <message>
        <source>Read from the subaccount &quot;%1&quot;.</source>
        <translation>Lido da subconta “%1”.</translation>
    </message>
</context>
<context>
    <name>TrustExpired</name>
    <message>
        <source>Task updates stop for %1.</source>
        <translation>As atualizações de tarefas param para %1.</translation>
    </message>
    <message>
        <source>Renew the certificate under Connectivity &gt; Destination Trust, then give the new one to %1.</source>
        <translation>Renove o certificado em “Connectivity &gt; Destination Trust” e depois entregue o novo a %1.</translation>
    </message>
</context>
<context>
    <name>TrustExpiring</name>
    <message>
        <source>These need the new certificate: %1.</source>
        <translation>Estes precisam do novo certificado: %1.</translation>
    </message>
    <message>
        <source>Rotate rather than renew: generate a passive certificate under Connectivity &gt; Destination Trust, give it to %1, then rotate. Renewing the active one stops task updates until every provider has it.</source>
        <translation>Faça a rotação em vez de renovar: gere um certificado passivo em “Connectivity &gt; Destination Trust”, entregue-o a %1 e depois faça a rotação. Renovar o certificado ativo interrompe as atualizações de tarefas até que todos os provedores tenham o novo.</translation>
    </message>
</context>
<context>
    <name>TrustMismatch</name>
    <message>
        <source>The certificate the provider holds (SHA-256 %1) is not the subaccount&apos;s current trust certificate (SHA-256 %2), so the provider rejects the subaccount&apos;s assertions. This is what happens when the subaccount&apos;s certificate was renewed.</source>
        <translation>O certificado que o provedor tem (SHA-256 %1) não é o certificado de confiança atual da subconta (SHA-256 %2), portanto o provedor rejeita as asserções da subconta. Isso acontece quando o certificado da subconta foi renovado.</translation>
    </message>
    <message>
        <source>Export the current certificate under Connectivity &gt; Destination Trust and give it to the provider again, where its guide says to upload it.</source>
        <translation>Exporte o certificado atual em “Connectivity &gt; Destination Trust” e entregue-o novamente ao provedor, carregando-o onde o guia dele indicar.</translation>
    </message>
</context>
<context>
    <name>TrustNotCompared</name>
    <message>
        <source>The certificate the provider holds was not compared: the subaccount&apos;s current trust certificate could not be read.</source>
        <translation>O certificado que o provedor tem não foi comparado: não foi possível ler o certificado de confiança atual da subconta.</translation>
    </message>
    <message>
        <source>Check that the subaccount has a trust certificate (Connectivity &gt; Destination Trust), then check again.</source>
        <translation>Verifique se a subconta tem um certificado de confiança (“Connectivity &gt; Destination Trust”) e depois verifique novamente.</translation>
    </message>
</context>
<context>
    <name>TrustRotation</name>
    <message>
        <source>Asking for a token with each destination, signed with the new certificate</source>
        <translation>Solicitando um token com cada destino, assinado com o novo certificado</translation>
    </message>
    <message>
        <source>Rotating back: a provider does not accept the new certificate yet</source>
        <translation>Desfazendo a rotação: um provedor ainda não aceita o novo certificado</translation>
    </message>
</context>
<context>
    <name>TrustRules</name>
    <message>
        <source>every task provider that trusts this subaccount</source>
        <translation>todos os provedores de tarefas que confiam nesta subconta</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <source>Fix: %1</source>
        <translation>Correção: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origem: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) checked: </source>
        <translation>
            <numerusform>%n destino verificado: </numerusform>
            <numerusform>%n destinos verificados: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <translation>%1 erro(s), %2 aviso(s), %3 observação(ões).</translation>
    </message>
    <message>
        <source>SAP Task Center configuration check</source>
        <translation>Verificação da configuração do SAP Task Center</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>Verificado em %1.</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>Configuração inteira</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erros</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avisos</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausados</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>corretos</translation>
    </message>
    <message>
        <source>Subaccount</source>
        <translation>Subconta</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provedores</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nenhum encontrado</translation>
    </message>
    <message>
        <source>Authentication types</source>
        <translation>Tipos de autenticação</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Certificado de confiança</translation>
    </message>
    <message>
        <source>valid until %1 (SHA-256 %2)</source>
        <translation>válido até %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Task Center&apos;s own destinations</source>
        <translation>Destinos do próprio Task Center</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Dados principais</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <source>No task provider destinations were found.</source>
        <translation>Nenhum destino de provedor de tarefas foi encontrado.</translation>
    </message>
    <message>
        <source>SAP Task Center</source>
        <translation>SAP Task Center</translation>
    </message>
    <message>
        <source>reads the tasks through each primary destination; users act on them through its secondary destination</source>
        <translation>lê as tarefas por meio de cada destino primário; os usuários as processam por meio do destino secundário correspondente</translation>
    </message>
    <message>
        <source>Primary destination</source>
        <translation>Destino primário</translation>
    </message>
    <message>
        <source>Secondary destination</source>
        <translation>Destino secundário</translation>
    </message>
    <message>
        <source>Backend system</source>
        <translation>Sistema back-end</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sem endereço</translation>
    </message>
    <message>
        <source>The PDF could not be written: the file is not open for writing.</source>
        <translation>Não foi possível gravar o PDF: o arquivo não está aberto para gravação.</translation>
    </message>
    <message>
        <source>The PDF could not be written: this program was started without its fonts.</source>
        <translation>Não foi possível gravar o PDF: este programa foi iniciado sem as fontes dele.</translation>
    </message>
    <message>
        <source>Subaccount ID</source>
        <translation>ID da subconta</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (em %2)</translation>
    </message>
    <message>
        <source>open the page</source>
        <translation>abrir a página</translation>
    </message>
</context>
<context>
    <name>ValueDerivation</name>
    <message>
        <source>&quot;take&quot; has a &quot;match&quot; that is not a valid regular expression with a &quot;value&quot;.</source>
        <translation>&quot;take&quot; tem um &quot;match&quot; que não é uma expressão regular válida com um &quot;value&quot;.</translation>
    </message>
    <message>
        <source>&quot;take&quot; is &quot;%1&quot;; it takes &quot;origin&quot;, &quot;query:&lt;name&gt;&quot; or {&quot;match&quot;, &quot;value&quot;}.</source>
        <translation>&quot;take&quot; é “%1”; ele aceita &quot;origin&quot;, &quot;query:&lt;name&gt;&quot; ou {&quot;match&quot;, &quot;value&quot;}.</translation>
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
        <translation>(aparece quando o valor acima estiver completo)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Continue a saved setup…</source>
        <translation>&amp;Continuar uma configuração salva…</translation>
    </message>
    <message>
        <source>Open a setup file saved with &quot;Save progress&quot;</source>
        <translation>Abrir um arquivo de configuração salvo com “Salvar progresso”</translation>
    </message>
    <message>
        <source>Use the &amp;demo subaccount</source>
        <translation>Usar a subconta de &amp;demonstração</translation>
    </message>
    <message>
        <source>Try the whole setup against a subaccount simulated on this computer: nothing reaches SAP BTP</source>
        <translation>Testar toda a configuração com uma subconta simulada neste computador: nada chega ao SAP BTP</translation>
    </message>
    <message>
        <source>Connect a task provider to SAP Task Center</source>
        <translation>Conectar um provedor de tarefas ao SAP Task Center</translation>
    </message>
    <message>
        <source>This wizard walks you through SAP&apos;s documented steps and writes the destinations they need.</source>
        <translation>Este assistente conduz você pelas etapas documentadas pela SAP e grava os destinos de que elas precisam.</translation>
    </message>
    <message>
        <source>&amp;Task provider:</source>
        <translation>Provedor de &amp;tarefas:</translation>
    </message>
    <message>
        <source>Check an e&amp;xisting configuration…</source>
        <translation>Verificar uma configuração &amp;existente…</translation>
    </message>
    <message>
        <source>Check destinations that exist already, in a subaccount or in exported files, and see what is wrong and how to fix it</source>
        <translation>Verificar destinos que já existem, em uma subconta ou em arquivos exportados, e ver o que está errado e como corrigir</translation>
    </message>
    <message>
        <source>C&amp;ontinue where you left off (%1)</source>
        <translation>Continuar de onde você pa&amp;rou (%1)</translation>
    </message>
    <message>
        <source>The setup you were working on when the wizard was last closed</source>
        <translation>A configuração em que você estava trabalhando quando o assistente foi fechado pela última vez</translation>
    </message>
    <message>
        <source>&amp;Restart in this language</source>
        <translation>&amp;Reiniciar neste idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma do sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The wizard speaks %1 from its next start. Restart now to see it at once; the setup so far is kept.</source>
        <translation>O assistente falará %1 a partir da próxima inicialização. Reinicie agora para ver a mudança imediatamente; a configuração feita até aqui é mantida.</translation>
    </message>
    <message>
        <source>You will set up these destinations in the subaccount where SAP Task Center runs:</source>
        <translation>Você vai configurar estes destinos na subconta em que o SAP Task Center é executado:</translation>
    </message>
    <message>
        <source>Have at hand:</source>
        <translation>Tenha à mão:</translation>
    </message>
    <message>
        <source>SAP&apos;s guides for these steps:</source>
        <translation>Os guias da SAP para estas etapas:</translation>
    </message>
    <message>
        <source>access to the SAP BTP cockpit of the subaccount where SAP Task Center runs,</source>
        <translation>acesso ao cockpit do SAP BTP da subconta em que o SAP Task Center é executado,</translation>
    </message>
    <message>
        <source>administrator access to %1.</source>
        <translation>acesso de administrador a %1.</translation>
    </message>
    <message>
        <source>No browser could be opened. SAP&apos;s guide is at %1</source>
        <translation>Não foi possível abrir nenhum navegador. O guia da SAP está em %1</translation>
    </message>
</context>
<context>
    <name>WizardApplication</name>
    <message>
        <source>Task Center Connect wizard</source>
        <translation>Assistente do Task Center Connect</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de or en.</source>
        <translation>Idioma da janela, por exemplo de ou en.</translation>
    </message>
    <message>
        <source>Continue the setup saved in FILE.</source>
        <translation>Continuar a configuração salva em FILE.</translation>
    </message>
    <message>
        <source>The wizard needs a screen, and this session has none (no DISPLAY or WAYLAND_DISPLAY). Start it on a desktop or with ssh -X, or use the commands that need no window: taskcenter-connect --help</source>
        <translation>O assistente precisa de uma tela, e esta sessão não tem nenhuma (nem DISPLAY nem WAYLAND_DISPLAY). Inicie-o em uma área de trabalho ou com ssh -X, ou use os comandos que não precisam de janela: taskcenter-connect --help</translation>
    </message>
    <message>
        <source>Run &apos;taskcenter-connect --help&apos; for the options.</source>
        <translation>Para ver as opções, execute &apos;taskcenter-connect --help&apos;.</translation>
    </message>
</context>
</TS>
