<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddressShape</name>
    <message>
        <source>%1 of %2 (&quot;%3&quot;) is not an address of the form SAP&apos;s guide for %4 gives.</source>
        <translation>%2 の %1 (「%3」) は、%4 用の SAP のガイドで示されている形式のアドレスではありません。</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; for %4 it must be &quot;%5&quot;.</source>
        <translation>%2 の %1 は「%3」です。%4 では「%5」である必要があります。</translation>
    </message>
    <message>
        <source>Enter the address as the guide for %1 gives it.</source>
        <translation>%1 用のガイドで示されているとおりにアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>%1 を %2 に設定してください。</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>すでに最新</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Replace the destination in the subaccount with the one from this wizard</source>
        <translation>サブアカウント内の宛先を、このウィザードの宛先で置き換えます</translation>
    </message>
    <message>
        <source>Writing into &quot;%1&quot;…</source>
        <translation>「%1」に書き込んでいます…</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>未書き込み</translation>
    </message>
    <message>
        <source>exists with other values</source>
        <translation>別の値で存在します</translation>
    </message>
    <message>
        <source>Someone created a destination of this name after the review. Choose Overwrite to replace it with the wizard&apos;s values, or keep it as it is and finish.</source>
        <translation>確認の後に、誰かがこの名前の宛先を作成しました。ウィザードの値で置き換えるには「上書き」を選択してください。そのままにする場合は、変更せずに完了してください。</translation>
    </message>
    <message>
        <source>Skipped because the destination before it was not written.</source>
        <translation>前の宛先が書き込まれなかったため、スキップしました。</translation>
    </message>
    <message>
        <source>%1 exists in the subaccount</source>
        <translation>%1 はサブアカウントに存在します</translation>
    </message>
    <message>
        <source>%1 does not exist in the subaccount</source>
        <translation>%1 はサブアカウントに存在しません</translation>
    </message>
    <message>
        <source>Not everything was written: %1. Retry, or finish and import the files instead.</source>
        <translation>一部が書き込まれませんでした: %1。再試行するか、完了して代わりにファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Asking the Destination service for a token with &quot;%1&quot;…</source>
        <translation>「%1」を使用して Destination サービスにトークンを要求しています…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop writing; the summary then says which destinations exist</source>
        <translation>書き込みを停止します。その後、どの宛先が存在するかが概要に表示されます</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>テストをキャンセル</translation>
    </message>
    <message>
        <source>&amp;Create under this name</source>
        <translation>この名前で作成(&amp;C)</translation>
    </message>
    <message>
        <source>New name of the primary &amp;destination:</source>
        <translation>プライマリ宛先の新しい名前(&amp;D):</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>名前を変更(&amp;M)…</translation>
    </message>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>「%1」の宛先を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Each primary destination first, then the destinations that belong to it.</source>
        <translation>まず各プライマリ宛先、次にそれに属する宛先の順に書き込みます。</translation>
    </message>
    <message>
        <source>Keep the existing destination and create ours under another name</source>
        <translation>既存の宛先を残し、こちらの宛先を別の名前で作成します</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;. Test the connection now, or finish.</source>
        <translation>宛先は「%1」にあります。今すぐ接続をテストするか、完了してください。</translation>
    </message>
    <message>
        <source>Ask the Destination service for a token with the primary destination, as SAP Task Center does</source>
        <translation>SAP Task Center と同じように、プライマリ宛先を使用して Destination サービスにトークンを要求します</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;.</source>
        <translation>宛先は「%1」にあります。</translation>
    </message>
    <message>
        <source>%1 may exist in the subaccount (its answer was lost)</source>
        <translation>%1 はサブアカウントに存在する可能性があります (応答が失われました)</translation>
    </message>
    <message>
        <source>Someone changed this destination in the subaccount after the review. Choose Overwrite to replace it with the wizard&apos;s values, or keep it as it is and finish.</source>
        <translation>確認の後に、誰かがサブアカウント内のこの宛先を変更しました。ウィザードの値で置き換えるには「上書き」を選択してください。そのままにする場合は、変更せずに完了してください。</translation>
    </message>
    <message>
        <source>Write into the subaccount</source>
        <translation>サブアカウントへの書き込み</translation>
    </message>
    <message>
        <source>Key store %1</source>
        <translation>キーストア %1</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>置き換え済み</translation>
    </message>
    <message>
        <source>already in the subaccount</source>
        <translation>すでにサブアカウントにあります</translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation>未アップロード</translation>
    </message>
    <message>
        <source>Retry a destination that names it to upload it again.</source>
        <translation>もう一度アップロードするには、このキーストアを指定している宛先を再試行してください。</translation>
    </message>
    <message>
        <source>the key store %1 was not uploaded</source>
        <translation>キーストア %1 はアップロードされませんでした</translation>
    </message>
</context>
<context>
    <name>ApplySession</name>
    <message>
        <source>No subaccount is chosen: the destinations go into files only.</source>
        <translation>サブアカウントが選択されていません。宛先はファイルにのみ書き込まれます。</translation>
    </message>
    <message>
        <source>Reading the subaccount was stopped.</source>
        <translation>サブアカウントの読み込みは停止されました。</translation>
    </message>
    <message>
        <source>The destinations cannot be renamed now.</source>
        <translation>現在、宛先の名前は変更できません。</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>テストはキャンセルされました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: the Destination service fetched a token with it, as SAP Task Center will.</source>
        <translation>「%1」は機能しています: SAP Task Center と同じように、Destination サービスがこの宛先でトークンを取得しました。</translation>
    </message>
    <message>
        <source>%1 now connects %2</source>
        <translation>%1 は現在 %2 を接続しています</translation>
    </message>
    <message>
        <source>The trust certificate this setup used (SHA-256 %1) is not the subaccount&apos;s current one (SHA-256 %2): the provider holds a certificate this subaccount does not sign with. Get the current one on the trust certificate step and give it to the provider again.</source>
        <translation>このセットアップで使用したトラスト証明書 (SHA-256 %1) は、サブアカウントの現在のトラスト証明書 (SHA-256 %2) ではありません。プロバイダーが保持している証明書では、このサブアカウントは署名しません。「トラスト証明書」のステップで現在の証明書を取得し、プロバイダーに再度登録してください。</translation>
    </message>
    <message>
        <source>The Destination service does not find the key store %1 that &quot;%2&quot; names among this subaccount&apos;s destination certificates, so the destination cannot authenticate. Apply again with the key store file chosen, or upload it under Connectivity &gt; Destination Certificates.</source>
        <translation>Destination サービスは、「%2」が指定するキーストア %1 をこのサブアカウントの宛先証明書の中に見つけられないため、宛先は認証できません。キーストアファイルを選択してもう一度適用するか、Connectivity &gt; Destination Certificates でアップロードしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is complete: the Destination service hands out its key store %2, which SAP Task Center authenticates with. Whether the provider accepts the certificate shows in SAP Task Center&apos;s monitoring.</source>
        <translation>「%1」は完成しています: Destination サービスはキーストア %2 を渡し、SAP Task Center はそれで認証します。プロバイダーが証明書を受け入れるかどうかは、SAP Task Center のモニタリングで確認できます。</translation>
    </message>
</context>
<context>
    <name>AuthenticationPropertyMissing</name>
    <message>
        <source>%1 uses %2 but has no %3, so the Destination service cannot fetch a token with it.</source>
        <translation>%1 は %2 を使用していますが %3 がないため、Destination サービスはこの宛先でトークンを取得できません。</translation>
    </message>
    <message>
        <source>Add %1 as the provider&apos;s guide for SAP Task Center says.</source>
        <translation>プロバイダーの SAP Task Center 用ガイドの記載どおりに %1 を追加してください。</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation>ファイル %1 は存在しません。名前とフォルダーを確認してください。</translation>
    </message>
    <message>
        <source>%1 is not a file (it is a folder, a device or a pipe). Choose the file itself.</source>
        <translation>%1 はファイルではありません (フォルダー、デバイス、またはパイプです)。ファイルそのものを選択してください。</translation>
    </message>
    <message>
        <source>%1 is too large (%2) for what it should hold (at most %3). Check that it is the right file.</source>
        <translation>%1 は、本来の内容に対して大きすぎます (%2、上限は %3)。正しいファイルかどうかを確認してください。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check that you may open it.</source>
        <translation>ファイル %1 を読み込めません (%2)。このファイルを開く権限があるかどうかを確認してください。</translation>
    </message>
    <message>
        <source>%1 is too large for what it should hold (at most %2). Check that it is the right file.</source>
        <translation>%1 は、本来の内容に対して大きすぎます (上限は %2)。正しいファイルかどうかを確認してください。</translation>
    </message>
</context>
<context>
    <name>CertificateMissing</name>
    <message>
        <source>%1 names the trust store %2 (%3), but the subaccount&apos;s destination certificates hold no file of that name, so the connection cannot be made.</source>
        <translation>%1 はトラストストア %2 (%3) を指定していますが、サブアカウントの宛先証明書にその名前のファイルがないため、接続できません。</translation>
    </message>
    <message>
        <source>%1 names the key store %2 (%3), but the subaccount&apos;s destination certificates hold no file of that name, so the destination cannot authenticate.</source>
        <translation>%1 はキーストア %2 (%3) を指定していますが、サブアカウントの宛先証明書にその名前のファイルがないため、宛先は認証できません。</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open Connectivity &gt; Destination Certificates and upload the file as %1, or change %2 to the name of a file that is there.</source>
        <translation>SAP BTP コックピットで「Connectivity &gt; Destination Certificates」を開き、ファイルを %1 としてアップロードするか、%2 をそこにあるファイルの名前に変更してください。</translation>
    </message>
</context>
<context>
    <name>CheckReportPage</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>レポートを保存(&amp;R)…</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>チェックの検出結果</translation>
    </message>
    <message>
        <source>The worst first. Choose a finding to read how to fix it and where SAP documents it.</source>
        <translation>重大なものから順に表示しています。検出結果を選択すると、修正方法と SAP のドキュメントの該当箇所を確認できます。</translation>
    </message>
    <message>
        <source>Destination or finding</source>
        <translation>宛先または検出結果</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>問題点</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <source>Go Back to choose another source, or try again.</source>
        <translation>「戻る」で別のソースを選択するか、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>構成全体</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 件の検出結果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) checked.</source>
        <translation>
            <numerusform>%n 件の宛先をチェックしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <translation>エラー %1 件、警告 %2 件、注記 %3 件。</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>修正方法: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ソース: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>ルール: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation>レポートは %1 に保存されました。</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;JSON report (*.json);;Text report (*.txt)</source>
        <translation>PDF レポート (*.pdf);;HTML レポート (*.html);;JSON レポート (*.json);;テキストレポート (*.txt)</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s own destinations</source>
        <translation>SAP Task Center 自体の宛先</translation>
    </message>
    <message>
        <source>Other destinations</source>
        <translation>その他の宛先</translation>
    </message>
    <message>
        <source>Fixing changes a subaccount: check the subaccount instead of files to fix this here.</source>
        <translation>修正するとサブアカウントが変更されます。ここで修正するには、ファイルではなくサブアカウントをチェックしてください。</translation>
    </message>
    <message>
        <source>Fix in the subaccount</source>
        <translation>サブアカウントで修正</translation>
    </message>
    <message>
        <source>Make this change in &quot;%1&quot;?</source>
        <translation>「%1」でこの変更を行いますか?</translation>
    </message>
    <message>
        <source>Changing %1…</source>
        <translation>%1 を変更しています…</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1 を変更しました。</translation>
    </message>
    <message>
        <source>Set up again in the &amp;wizard…</source>
        <translation>ウィザードで再セットアップ(&amp;W)…</translation>
    </message>
    <message>
        <source>Setting up again writes into a subaccount: check the subaccount instead of files to do it from here.</source>
        <translation>再セットアップではサブアカウントに書き込みます。ここから実行するには、ファイルではなくサブアカウントをチェックしてください。</translation>
    </message>
    <message>
        <source>Walk through the provider&apos;s steps again, filled in from the destinations as they are, and write them as SAP documents them.</source>
        <translation>既存の宛先の値を入力済みの状態で、プロバイダーのステップをもう一度実行し、SAP のドキュメントどおりに書き込みます。</translation>
    </message>
    <message>
        <source>Fi&amp;x in the subaccount…</source>
        <translation>サブアカウントで修正(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Open SAP&apos;s page</source>
        <translation>SAP のページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>No browser could be opened. SAP&apos;s page is at %1</source>
        <translation>ブラウザーを開けませんでした。SAP のページは次の場所にあります: %1</translation>
    </message>
</context>
<context>
    <name>CheckSourcePage</name>
    <message>
        <source>The &amp;demo subaccount on this computer</source>
        <translation>このコンピューター上のデモ用サブアカウント(&amp;D)</translation>
    </message>
    <message>
        <source>A saved &amp;subaccount:</source>
        <translation>保存済みのサブアカウント(&amp;U):</translation>
    </message>
    <message>
        <source>Destination &amp;files exported from the SAP BTP cockpit:</source>
        <translation>SAP BTP コックピットからエクスポートした宛先ファイル(&amp;E):</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>ファイルを追加(&amp;I)…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>フォルダーを追加(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Compare with a certificate…</source>
        <translation>証明書と比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Check an existing configuration</source>
        <translation>既存の構成をチェック</translation>
    </message>
    <message>
        <source>Choose what to check: the destinations of a subaccount, or files exported from the cockpit.</source>
        <translation>チェックする対象を選択してください: サブアカウントの宛先、またはコックピットからエクスポートしたファイルです。</translation>
    </message>
    <message>
        <source>Saved subaccount</source>
        <translation>保存済みのサブアカウント</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>宛先ファイル</translation>
    </message>
    <message>
        <source>Folder of destination files</source>
        <translation>宛先ファイルのフォルダー</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>トラスト証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer *.der);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The demo subaccount could not be started.</source>
        <translation>デモ用サブアカウントを開始できませんでした。</translation>
    </message>
    <message>
        <source>No files added yet.</source>
        <translation>ファイルはまだ追加されていません。</translation>
    </message>
    <message>
        <source>Destination files and zip archives (*.properties *.props *.json *.txt *.zip *);;All files (*)</source>
        <translation>宛先ファイルと ZIP アーカイブ (*.properties *.props *.json *.txt *.zip *);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The trust certificate a provider holds (the one uploaded to its OAuth clients or admin portal), to compare with the subaccount&apos;s current one</source>
        <translation>プロバイダーが保持しているトラスト証明書 (OAuth クライアントまたは管理ポータルにアップロードしたもの)。サブアカウントの現在の証明書と比較します</translation>
    </message>
    <message>
        <source>Wait until the subaccount has answered.</source>
        <translation>サブアカウントの応答をお待ちください。</translation>
    </message>
    <message>
        <source>Add the exported files or a folder of them to check.</source>
        <translation>チェックするには、エクスポートしたファイルまたはそのフォルダーを追加してください。</translation>
    </message>
    <message>
        <source>Choose a saved subaccount to check.</source>
        <translation>チェックする保存済みのサブアカウントを選択してください。</translation>
    </message>
    <message>
        <source>Choose what to check.</source>
        <translation>チェックする対象を選択してください。</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>SAP&apos;s guide</source>
        <translation>SAP のガイド</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show the options of this command.</source>
        <translation>このコマンドのオプションを表示します。</translation>
    </message>
    <message>
        <source>%1
Run &apos;taskcenter-connect %2 --help&apos; for the options.</source>
        <translation>%1
オプションについては &apos;taskcenter-connect %2 --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Shows a trust certificate&apos;s subject, issuer, validity, days left and SHA-256 fingerprint.
Exit codes: 0 valid; 1 expired, expiring within %1 days, or not yet valid; 2 not a certificate.</source>
        <translation>トラスト証明書のサブジェクト、発行者、有効期間、残り日数、SHA-256 フィンガープリントを表示します。
終了コード: 0 有効、1 期限切れ・%1 日以内に期限切れ・まだ有効になっていない、2 証明書ではない。</translation>
    </message>
    <message>
        <source>The certificate (PEM, DER or bare base64).</source>
        <translation>証明書 (PEM、DER、または base64 のみ)。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>テキストの代わりに JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>inspect-cert takes exactly one FILE.
Run &apos;taskcenter-connect inspect-cert --help&apos; for the options.</source>
        <translation>inspect-cert には FILE を 1 つだけ指定してください。
オプションについては &apos;taskcenter-connect inspect-cert --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有効期間の開始:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有効期間の終了:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>残り日数:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>%1: a secrets file is a JSON object like {&quot;apiKey&quot;: &quot;...&quot;} (%2).</source>
        <translation>%1: シークレットファイルは {&quot;apiKey&quot;: &quot;...&quot;} のような JSON オブジェクトです (%2)。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a secret of %3 (expected: %4).</source>
        <translation>%1: &quot;%2&quot; は %3 のシークレットではありません (想定: %4)。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation>%1: &quot;%2&quot; はテキストである必要があります。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The files leave out %1; enter them in the cockpit after the import.</source>
        <translation>ファイルには %1 が含まれていません。インポート後にコックピットで入力してください。</translation>
    </message>
    <message>
        <source>Writes the destinations a setup file describes, as the cockpit&apos;s .properties import files and/or the Destination service REST API&apos;s JSON.
Secrets are left out unless --include-secrets is given; they then come from --secrets or, without it, from the keychain.
Exit codes: 0 written; 2 bad input (the problem is printed).</source>
        <translation>セットアップファイルに記述された宛先を、コックピットの .properties インポートファイルまたは Destination サービス REST API の JSON (あるいはその両方) として書き出します。
シークレットは --include-secrets を指定した場合にのみ書き出されます。その場合、シークレットは --secrets から、指定がなければキーチェーンから取得されます。
終了コード: 0 書き出し完了、2 入力が不正 (問題が出力されます)。</translation>
    </message>
    <message>
        <source>The setup file (the wizard&apos;s &quot;Save progress&quot;).</source>
        <translation>セットアップファイル (ウィザードの「進行状況を保存」で作成したもの)。</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>書き出し先のフォルダー。</translation>
    </message>
    <message>
        <source>Write the secrets into the files too (keep them safe).</source>
        <translation>シークレットもファイルに書き出します (安全に保管してください)。</translation>
    </message>
    <message>
        <source>properties, json or both (default).</source>
        <translation>properties、json、または both (デフォルト)。</translation>
    </message>
    <message>
        <source>export takes exactly one SETUP.json.
Run &apos;taskcenter-connect export --help&apos; for the options.</source>
        <translation>export には SETUP.json を 1 つだけ指定してください。
オプションについては &apos;taskcenter-connect export --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Say where to write with --out DIR.</source>
        <translation>書き出し先を --out DIR で指定してください。</translation>
    </message>
    <message>
        <source>--format must be properties, json or both, not &quot;%1&quot;.</source>
        <translation>--format には properties、json、both のいずれかを指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Pass the secrets with --secrets SECRETS.json instead.</source>
        <translation>代わりに --secrets SECRETS.json でシークレットを渡してください。</translation>
    </message>
    <message>
        <source>No %1 is saved in the keychain for this setup. Pass --secrets SECRETS.json, or save the setup in the wizard first.</source>
        <translation>このセットアップの %1 はキーチェーンに保存されていません。--secrets SECRETS.json を渡すか、先にウィザードでセットアップを保存してください。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &apos;taskcenter-connect --help&apos; for the commands.</source>
        <translation>不明なコマンド「%1」です。コマンドについては &apos;taskcenter-connect --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Serves a built-in SAP BTP subaccount on 127.0.0.1: a token endpoint and the Destination service REST API, for trying the wizard and scripts without a real subaccount. Runs until Ctrl+C (SIGINT) or SIGTERM.
Its trust certificate is kept in %1.
Exit codes: 0 stopped; 2 bad options or the port is in use.</source>
        <translation>組み込みの SAP BTP サブアカウント (トークンエンドポイントと Destination サービス REST API) を 127.0.0.1 で提供します。実際のサブアカウントなしでウィザードやスクリプトを試すためのものです。Ctrl+C (SIGINT) または SIGTERM まで実行されます。
このサブアカウントのトラスト証明書は %1 に保存されています。
終了コード: 0 停止、2 オプションが不正、またはポートが使用中。</translation>
    </message>
    <message>
        <source>The port to listen on (default 0: a free port).</source>
        <translation>待ち受けるポート (デフォルト 0: 空いているポート)。</translation>
    </message>
    <message>
        <source>empty (default) or demo: destinations as consultants meet them, some correct, some with typical mistakes.</source>
        <translation>empty (デフォルト) または demo: コンサルタントが実際に目にするような宛先 (正しいものと、よくある誤りを含むもの)。</translation>
    </message>
    <message>
        <source>Write the Destination service key (JSON) to FILE.</source>
        <translation>Destination サービスのサービスキー (JSON) を FILE に書き出します。</translation>
    </message>
    <message>
        <source>sandbox takes no FILE.
Run &apos;taskcenter-connect sandbox --help&apos; for the options.</source>
        <translation>sandbox には FILE を指定できません。
オプションについては &apos;taskcenter-connect sandbox --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port には 0 から 65535 までの数値を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--seed must be empty or demo, not &quot;%1&quot;.</source>
        <translation>--seed には empty または demo を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use. Choose another with --port, or --port 0 for a free one.</source>
        <translation>127.0.0.1 のポート %1 はすでに使用されています。--port で別のポートを指定するか、--port 0 で空いているポートを使用してください。</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation>サンドボックスを開始できません: %1</translation>
    </message>
    <message>
        <source>Cannot handle SIGINT and SIGTERM on this system.</source>
        <translation>このシステムでは SIGINT と SIGTERM を処理できません。</translation>
    </message>
    <message>
        <source>The sandbox subaccount is listening on %1 (this computer only).</source>
        <translation>サンドボックスサブアカウントは %1 で待ち受けています (このコンピューターのみ)。</translation>
    </message>
    <message>
        <source>  Token endpoint:      %1/oauth/token</source>
        <translation>  トークンエンドポイント:      %1/oauth/token</translation>
    </message>
    <message>
        <source>  Destination service: %1/destination-configuration/v1</source>
        <translation>  Destination サービス:        %1/destination-configuration/v1</translation>
    </message>
    <message>
        <source>  Destinations:        %1 (%2 seed)</source>
        <translation>  宛先:                        %1 (シード %2)</translation>
    </message>
    <message>
        <source>The service key is in %1.</source>
        <translation>サービスキーは %1 にあります。</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop it.</source>
        <translation>停止するには Ctrl+C を押してください。</translation>
    </message>
    <message>
        <source>The sandbox has stopped.</source>
        <translation>サンドボックスは停止しました。</translation>
    </message>
    <message>
        <source>The subaccount&apos;s Destination service key (JSON, with its client secret).</source>
        <translation>サブアカウントの Destination サービスのサービスキー (JSON、クライアントシークレットを含む)。</translation>
    </message>
    <message>
        <source>Say which subaccount with --subaccount DESTINATION-KEY.json.
Run &apos;taskcenter-connect %1 --help&apos; for the options.</source>
        <translation>--subaccount DESTINATION-KEY.json でサブアカウントを指定してください。
オプションについては &apos;taskcenter-connect %1 --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>unchanged  %1</source>
        <translation>変更なし    %1</translation>
    </message>
    <message>
        <source>would create  %1</source>
        <translation>作成予定    %1</translation>
    </message>
    <message>
        <source>would update  %1</source>
        <translation>更新予定    %1</translation>
    </message>
    <message>
        <source>exists     %1: it differs; --overwrite replaces it</source>
        <translation>存在        %1: 値が異なります。--overwrite で置き換えられます</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>ドライラン: 何も書き込まれませんでした。</translation>
    </message>
    <message>
        <source>created    %1</source>
        <translation>作成済み    %1</translation>
    </message>
    <message>
        <source>updated    %1</source>
        <translation>更新済み    %1</translation>
    </message>
    <message>
        <source>FAILED     %1: %2</source>
        <translation>失敗        %1: %2</translation>
    </message>
    <message>
        <source>apply takes exactly one SETUP.json.
Run &apos;taskcenter-connect apply --help&apos; for the options.</source>
        <translation>apply には SETUP.json を 1 つだけ指定してください。
オプションについては &apos;taskcenter-connect apply --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Reads the subaccount&apos;s destination trust certificate (what the cockpit exports under Connectivity &gt; Destination Trust) and writes it as PEM.
Exit codes: 0 written; 1 written, but it expires within %1 days or has expired, or the subaccount has none yet (said); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>サブアカウントの宛先のトラスト証明書 (コックピットが「Connectivity &gt; Destination Trust」でエクスポートするもの) を読み込み、PEM として書き出します。
終了コード: 0 書き出し完了、1 書き出したが %1 日以内に期限切れになるか期限切れ、またはサブアカウントにまだ証明書がない (内容を出力)、2 入力が不正、3 サブアカウントに接続できないか、キーが受け入れられなかった。</translation>
    </message>
    <message>
        <source>The file to write the certificate to.</source>
        <translation>証明書の書き出し先のファイル。</translation>
    </message>
    <message>
        <source>fetch-trust takes no FILE of its own.
Run &apos;taskcenter-connect fetch-trust --help&apos; for the options.</source>
        <translation>fetch-trust には独自の FILE を指定できません。
オプションについては &apos;taskcenter-connect fetch-trust --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Say where to write the certificate with --out FILE.</source>
        <translation>証明書の書き出し先を --out FILE で指定してください。</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under Connectivity &gt; Destination Trust, then run this again.</source>
        <translation>サブアカウントにはまだトラスト証明書がありません。SAP BTP コックピットの「Connectivity &gt; Destination Trust」で作成してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The subaccount answered with something that is not a certificate: %1</source>
        <translation>サブアカウントから証明書ではない応答が返されました: %1</translation>
    </message>
    <message>
        <source>Subject:  %1</source>
        <translation>サブジェクト:  %1</translation>
    </message>
    <message>
        <source>Valid until:  %1</source>
        <translation>有効期間の終了:  %1</translation>
    </message>
    <message>
        <source>SHA-256:  %1</source>
        <translation>SHA-256:  %1</translation>
    </message>
    <message>
        <source>A JSON file with the secrets, e.g. {&quot;apiKey&quot;: &quot;...&quot;, &quot;ppApiKey&quot;: &quot;...&quot;}. Their names per provider: %1.</source>
        <translation>シークレットを含む JSON ファイル。例: {&quot;apiKey&quot;: &quot;...&quot;, &quot;ppApiKey&quot;: &quot;...&quot;}。プロバイダーごとのシークレット名: %1。</translation>
    </message>
    <message>
        <source>warning: the subaccount already has a primary destination to the same system: %1. Two give every user each task twice; delete the old one or set its tc.enabled to false.</source>
        <translation>警告: サブアカウントには同じシステムへのプライマリ宛先がすでにあります: %1。2 つあると、すべてのユーザーに各タスクが 2 回表示されます。古い宛先を削除するか、その tc.enabled を false に設定してください。</translation>
    </message>
    <message>
        <source>held back  %1: the destination it belongs to exists with other values; --overwrite replaces both</source>
        <translation>保留        %1: 所属先の宛先が別の値で存在します。--overwrite で両方が置き換えられます</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of the standard output.</source>
        <translation>レポートを標準出力ではなく FILE に書き出します。</translation>
    </message>
    <message>
        <source>Say what to check: destination files or folders, and/or --subaccount DESTINATION-KEY.json.
Run &apos;taskcenter-connect validate --help&apos; for the options.</source>
        <translation>チェックする対象を指定してください: 宛先ファイルまたはフォルダー、および/または --subaccount DESTINATION-KEY.json。
オプションについては &apos;taskcenter-connect validate --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Check the sandbox subaccount at URL (the address &apos;taskcenter-connect sandbox&apos; prints).</source>
        <translation>URL のサンドボックスサブアカウントをチェックします (&apos;taskcenter-connect sandbox&apos; が出力するアドレス)。</translation>
    </message>
    <message>
        <source>Give either --subaccount or --sandbox, not both.</source>
        <translation>--subaccount と --sandbox のどちらか一方を指定してください。両方は指定できません。</translation>
    </message>
    <message>
        <source>--sandbox takes the address the sandbox prints, such as http://127.0.0.1:8123, not &quot;%1&quot;.</source>
        <translation>--sandbox にはサンドボックスが出力するアドレス (例: http://127.0.0.1:8123) を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>No sandbox answers at %1 (%2). Start one with &apos;taskcenter-connect sandbox&apos;.</source>
        <translation>%1 で応答するサンドボックスがありません (%2)。&apos;taskcenter-connect sandbox&apos; で開始してください。</translation>
    </message>
    <message>
        <source>A trust certificate (PEM or DER) to check; with a subaccount, the one a provider holds, compared with the subaccount&apos;s current one.</source>
        <translation>チェックするトラスト証明書 (PEM または DER)。サブアカウントと併用する場合は、プロバイダーが保持している証明書を指定し、サブアカウントの現在の証明書と比較します。</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: ファイルまたはフォルダーが見つかりません。</translation>
    </message>
    <message>
        <source>text (default), json, html or pdf (A4, to hand over).</source>
        <translation>text (デフォルト)、json、html、または pdf (A4、引き渡し用)。</translation>
    </message>
    <message>
        <source>--format must be text, json, html or pdf, not &quot;%1&quot;.</source>
        <translation>--format には text、json、html、pdf のいずれかを指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Checks an existing SAP Task Center configuration and says what is wrong and how to fix it: destination files (the cockpit&apos;s .properties export, with or without an extension, or JSON; folders and zip archives of them) and/or the destinations of a subaccount. With a subaccount, the Destination service is asked for a token with each destination that can get one without a user, as SAP Task Center does, and without --trust its current trust certificate is checked too.
Exit codes: 0 no errors; 1 errors found; 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>既存の SAP Task Center の構成をチェックし、問題点と修正方法を表示します。対象は、宛先ファイル (コックピットの .properties エクスポート (拡張子の有無は問わない) または JSON、およびそれらのフォルダーや ZIP アーカイブ)、またはサブアカウントの宛先 (あるいはその両方) です。サブアカウントを指定した場合は、ユーザーなしでトークンを取得できる各宛先について、SAP Task Center と同じように Destination サービスにトークンを要求します。また、--trust を指定しない場合は、サブアカウントの現在のトラスト証明書もチェックします。
終了コード: 0 エラーなし、1 エラーあり、2 入力が不正、3 サブアカウントに接続できないか、キーが受け入れられなかった。</translation>
    </message>
    <message>
        <source>Destination files, zip archives or folders.</source>
        <translation>宛先ファイル、ZIP アーカイブ、またはフォルダー。</translation>
    </message>
    <message>
        <source>This argument is not valid UTF-8 text, so the file it names cannot be found or written as such: %1
Rename the file or folder to a name in UTF-8.</source>
        <translation>この引数は有効な UTF-8 テキストではないため、指定されたファイルをそのままの名前で検索することも書き込むこともできません: %1
ファイルまたはフォルダーの名前を UTF-8 の名前に変更してください。</translation>
    </message>
    <message>
        <source>not compared  %1: %2 (no secret given; pass --secrets to compare them)</source>
        <translation>未比較      %1: %2 (シークレットが指定されていません。比較するには --secrets を渡してください)</translation>
    </message>
    <message>
        <source>Show what would change; write nothing. Needs no secrets: those not given are named as not compared.</source>
        <translation>変更内容を表示するだけで、何も書き込みません。シークレットは不要です。指定されなかったシークレットは未比較として表示されます。</translation>
    </message>
    <message>
        <source>Wait at most SECONDS (1-3600) for each answer from the subaccount; default 30.</source>
        <translation>サブアカウントからの各応答を最大 SECONDS 秒 (1～3600) 待ちます。デフォルトは 30 です。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout には 1 から 3600 までの秒数を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Nothing to write: the setup follows the way &quot;%1&quot; (%2), which writes no destinations.</source>
        <translation>書き込むものはありません: セットアップは方法「%1」 (%2) に従っており、この方法では宛先を書き込みません。</translation>
    </message>
    <message>
        <source>To write them by hand, set %1 in the setup file.</source>
        <translation>手作業で書き込むには、セットアップファイルで %1 を設定してください。</translation>
    </message>
    <message>
        <source>note: secrets are not compared: %1</source>
        <translation>注意: シークレットは比較されません: %1</translation>
    </message>
    <message>
        <source>changed    %1: someone changed it since it was read; --overwrite replaces it</source>
        <translation>変更あり    %1: 読み込んだ後に誰かが変更しました。--overwrite で置き換えられます</translation>
    </message>
    <message>
        <source>CHANGED    %1: %2</source>
        <translation>変更競合    %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Lists the task providers: the id a setup file&apos;s &quot;provider&quot; takes, the ways (&quot;path&quot;) where SAP documents more than one, and the names of the values a setup file and the secrets a secrets file give for each.
Exit codes: 0 listed; 2 bad options.</source>
        <translation>タスクプロバイダーを一覧表示します: セットアップファイルの &quot;provider&quot; に指定する ID、SAP が複数の手順を記載している場合の手順 (&quot;path&quot;)、およびセットアップファイルで指定する値とシークレットファイルで指定するシークレットの名前。
終了コード: 0 一覧表示、2 オプションの誤り。</translation>
    </message>
    <message>
        <source>Print one JSON array instead of text.</source>
        <translation>テキストの代わりに JSON 配列を 1 つ出力します。</translation>
    </message>
    <message>
        <source>providers takes no arguments.
Run &apos;taskcenter-connect providers --help&apos; for the options.</source>
        <translation>providers は引数を取りません。
オプションを確認するには &apos;taskcenter-connect providers --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>path %1: %2</source>
        <translation>手順 %1: %2</translation>
    </message>
    <message>
        <source> (writes no destinations)</source>
        <translation> (宛先を書き込みません)</translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation>値: %1</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>シークレット: %1</translation>
    </message>
    <message>
        <source> (also named by %1)</source>
        <translation> (%1 でも指定されています)</translation>
    </message>
    <message>
        <source>unchanged  key store %1</source>
        <translation>変更なし    キーストア %1</translation>
    </message>
    <message>
        <source>would upload  key store %1 from %2</source>
        <translation>アップロード予定  キーストア %1 (%2 から)</translation>
    </message>
    <message>
        <source>would replace  key store %1 from %2%3</source>
        <translation>置き換え予定  キーストア %1 (%2 から)%3</translation>
    </message>
    <message>
        <source>exists     key store %1: the subaccount has another file under this name%2; --overwrite replaces it</source>
        <translation>存在        キーストア %1: サブアカウントにはこの名前で別のファイルがあります%2。--overwrite で置き換えられます</translation>
    </message>
    <message>
        <source>MISSING    key store %1: %2</source>
        <translation>不足        キーストア %1: %2</translation>
    </message>
    <message>
        <source>held back  %1: the key store it names, %2, exists with other content; --overwrite replaces it</source>
        <translation>保留        %1: 指定しているキーストア %2 が別の内容で存在します。--overwrite で置き換えられます</translation>
    </message>
    <message>
        <source>uploaded   key store %1</source>
        <translation>アップロード済み  キーストア %1</translation>
    </message>
    <message>
        <source>replaced   key store %1</source>
        <translation>置き換え済み  キーストア %1</translation>
    </message>
    <message>
        <source>FAILED     key store %1: %2</source>
        <translation>失敗        キーストア %1: %2</translation>
    </message>
    <message>
        <source>Creates or updates, in a subaccount, the destinations a setup file describes, over the SAP BTP Destination service REST API. Destinations that already hold the same values are left alone, so running it again changes nothing. A key store the destinations name, chosen as a file on this computer, goes first into the subaccount&apos;s destination certificates under its file name (replaced only with --overwrite).
Secrets come from --secrets or, without it, from the keychain.
Exit codes: 0 applied (or nothing to do); 1 a destination or key store failed or is missing, or exists with other values and --overwrite was not given (said which); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>セットアップファイルに記述された宛先を、SAP BTP の Destination サービス REST API を使用してサブアカウント内に作成または更新します。すでに同じ値を持つ宛先は変更されないため、再実行しても何も変わりません。宛先が指定するキーストアは、このコンピューター上のファイルとして選択されていれば、最初にそのファイル名でサブアカウントの宛先証明書にアップロードされます (置き換えは --overwrite を指定した場合のみ)。
シークレットは --secrets から、指定がなければキーチェーンから取得されます。
終了コード: 0 適用済み (または処理不要)、1 宛先またはキーストアの処理に失敗したか、不足しているか、別の値で存在し --overwrite が指定されていない (対象を出力)、2 入力が不正、3 サブアカウントに接続できないか、キーが受け入れられなかった。</translation>
    </message>
    <message>
        <source>Replace destinations and key stores that exist with other values.</source>
        <translation>別の値で存在する宛先とキーストアを置き換えます。</translation>
    </message>
    <message>
        <source>Upload %1 to the subaccount&apos;s destination certificates (Connectivity &gt; Destination Certificates) as %2: %3 name it, and the files do not hold it.</source>
        <translation>%1 をサブアカウントの宛先証明書 (Connectivity &gt; Destination Certificates) に %2 としてアップロードしてください。%3 がこのファイルを指定していますが、出力したファイルには含まれていません。</translation>
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
        <translation>使用方法:
  taskcenter-connect [--setup FILE] [--lang CODE]   ウィザードを開始します
  taskcenter-connect COMMAND [options]              ウィンドウなしで作業します

コマンド:
  inspect-cert FILE [--json]
      トラスト証明書の情報を表示します。終了コード 0 有効、1 期限切れまたは %1 日以内に期限切れ、
      2 証明書ではない。
  export SETUP.json --out DIR [--secrets SECRETS.json] [--include-secrets]
         [--format properties|json|both]
      セットアップファイルに記述された宛先を書き出します。終了コード 0 書き出し完了、2 入力が不正。
  apply SETUP.json --subaccount DESTINATION-KEY.json [--secrets SECRETS.json]
        [--overwrite] [--dry-run]
      Destination サービスを使用して、サブアカウント内の宛先を作成または更新します。
      終了コード 0 適用済みまたは処理不要、1 宛先の処理に失敗したか別の値で存在
      (--overwrite なし)、2 入力が不正、3 サブアカウントに接続できないかキーが拒否された。
  fetch-trust --subaccount DESTINATION-KEY.json --out FILE
      サブアカウントのトラスト証明書を PEM として書き出します。終了コード 0 書き出し完了、1 まもなく期限切れ、
      期限切れ、またはまだ証明書がない、2 入力が不正、3 サブアカウントに接続できないかキーが拒否された。
  validate [SOURCE ...] [--subaccount DESTINATION-KEY.json | --sandbox URL] [--trust FILE]
           [--format text|json|html|pdf] [--out FILE]
      既存の宛先 (ファイル、フォルダー、サブアカウント) とトラスト証明書をチェックし、問題点と
      修正方法を表示します。終了コード 0 エラーなし、1 エラーあり、2 入力が不正、
      3 サブアカウントに接続できないかキーが拒否された。
  trust status|prepare|rotate|remove-passive --subaccount DESTINATION-KEY.json
        [--out FILE] [--yes] [--keep]
      サブアカウントのトラスト証明書を停止なしでローテーションします: パッシブ証明書を準備し
      (--out でプロバイダー用に書き出し)、一覧の各プロバイダーに登録してから rotate --yes
      (プロバイダーが拒否すると元に戻す。--keep 指定時を除く)、最後に remove-passive。
      終了コード 0 完了、1 要注意 (まもなく期限切れまたは証明書なし、--yes なしの rotate、
      プロバイダーが拒否)、2 入力が不正、3 接続できない。
  providers [--json]
      タスクプロバイダーを一覧表示します: セットアップファイルの &quot;provider&quot; に指定する ID、手順 (&quot;path&quot;)、
      必要な値とシークレットの名前。終了コード 0 一覧表示、2 オプションの誤り。
  sandbox [--port N] [--seed empty|demo] [--write-key FILE]
      組み込みのサブアカウント (トークンエンドポイントと Destination サービス) を 127.0.0.1 で
      Ctrl+C まで提供します。FILE にはそのサービスキーが書き込まれます。終了コード 0 停止、2 オプションが不正またはポートが使用中。

ウィザードのオプション:
  --setup FILE   FILE に保存されたセットアップを続行します
  --lang CODE    ウィンドウの言語 (例: de)

  -h, --help     このヘルプを表示します。&apos;taskcenter-connect COMMAND --help&apos; でコマンドのオプションを表示します
  -v, --version  バージョンを表示します
</translation>
    </message>
    <message>
        <source>not readable: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message numerus="yes">
        <source>  valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>  有効期限 %1 (残り %n 日)</numerusform>
        </translation>
    </message>
    <message>
        <source>  SHA-256 %1</source>
        <translation>  SHA-256 %1</translation>
    </message>
    <message>
        <source>No destination in this subaccount signs with the trust certificate.</source>
        <translation>このサブアカウントには、トラスト証明書で署名する宛先がありません。</translation>
    </message>
    <message>
        <source>Providers that must hold the certificate (destinations signing with it):</source>
        <translation>証明書を保持する必要があるプロバイダー (この証明書で署名する宛先):</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under Connectivity &gt; Destination Trust (Generate Trust).</source>
        <translation>サブアカウントにはまだトラスト証明書がありません。SAP BTP コックピットの「Connectivity &gt; Destination Trust」で「Generate Trust」を選択して作成してください。</translation>
    </message>
    <message>
        <source>Rotate it: &apos;trust prepare&apos;, give the passive certificate to every provider above, then &apos;trust rotate --yes&apos;. Renewing the active one directly stops task updates until every provider has the new one, which is why SAP advises against it.</source>
        <translation>ローテーションしてください: &apos;trust prepare&apos; を実行し、上記の各プロバイダーにパッシブ証明書を登録してから、&apos;trust rotate --yes&apos; を実行します。アクティブな証明書を直接更新すると、すべてのプロバイダーに新しい証明書が登録されるまでタスクの更新が停止するため、SAP はこの方法を推奨していません。</translation>
    </message>
    <message>
        <source>The subaccount&apos;s destination trust certificates, rotated without downtime as SAP advises: &apos;prepare&apos; makes a passive certificate (--out FILE writes it for the providers), you give it to every provider listed, &apos;rotate --yes&apos; swaps the two and asks for a token with every destination that can get one alone; when one fails it rotates back (unless --keep). &apos;remove-passive&apos; deletes the passive certificate (after a rotation: the old one). &apos;status&apos; shows both and the providers that hold them.
Actions: status, prepare, rotate, remove-passive.
Exit codes: 0 done (status: valid for more than %1 days); 1 attention (expiring, expired or none; rotate without --yes; a provider refused the new certificate); 2 bad input; 3 the subaccount could not be reached or did not accept the key.</source>
        <translation>サブアカウントの宛先のトラスト証明書を、SAP の推奨どおり停止なしでローテーションします。&apos;prepare&apos; はパッシブ証明書を作成します (--out FILE でプロバイダー用に書き出します)。それを一覧の各プロバイダーに登録したら、&apos;rotate --yes&apos; で 2 つの証明書を入れ替え、ユーザーなしでトークンを取得できる各宛先でトークンを要求します。失敗した宛先があれば元に戻します (--keep 指定時を除く)。&apos;remove-passive&apos; はパッシブ証明書 (ローテーション後は古い証明書) を削除します。&apos;status&apos; は両方の証明書と、それらを保持するプロバイダーを表示します。
アクション: status、prepare、rotate、remove-passive。
終了コード: 0 完了 (status: %1 日を超えて有効)、1 要注意 (まもなく期限切れ、期限切れ、または証明書なし、--yes なしの rotate、プロバイダーが新しい証明書を拒否)、2 入力が不正、3 サブアカウントに接続できないか、キーが受け入れられなかった。</translation>
    </message>
    <message>
        <source>prepare: write the passive certificate (PEM) to FILE.</source>
        <translation>prepare: パッシブ証明書 (PEM) を FILE に書き出します。</translation>
    </message>
    <message>
        <source>rotate: rotate now.</source>
        <translation>rotate: 今すぐローテーションします。</translation>
    </message>
    <message>
        <source>rotate: keep the new certificate even when a provider refuses it.</source>
        <translation>rotate: プロバイダーが拒否しても新しい証明書を維持します。</translation>
    </message>
    <message>
        <source>Say what to do: trust status, prepare, rotate or remove-passive.
Run &apos;taskcenter-connect trust --help&apos; for the options.</source>
        <translation>実行する操作を指定してください: trust status、prepare、rotate、remove-passive。
オプションについては &apos;taskcenter-connect trust --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>trust %1 takes no FILE of its own.
Run &apos;taskcenter-connect trust --help&apos; for the options.</source>
        <translation>trust %1 には独自の FILE を指定できません。
オプションについては &apos;taskcenter-connect trust --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>--out belongs to &apos;trust prepare&apos;.</source>
        <translation>--out は &apos;trust prepare&apos; のオプションです。</translation>
    </message>
    <message>
        <source>--yes and --keep belong to &apos;trust rotate&apos;.</source>
        <translation>--yes と --keep は &apos;trust rotate&apos; のオプションです。</translation>
    </message>
    <message>
        <source>Active:  </source>
        <translation>アクティブ:  </translation>
    </message>
    <message>
        <source>Passive: </source>
        <translation>パッシブ:    </translation>
    </message>
    <message>
        <source>Nothing was changed. Once every provider above holds the passive certificate, run &apos;trust rotate --yes&apos;.</source>
        <translation>何も変更されていません。上記のすべてのプロバイダーにパッシブ証明書が登録されたら、&apos;trust rotate --yes&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Nothing was changed. There is no passive certificate yet: run &apos;trust prepare&apos; first.</source>
        <translation>何も変更されていません。パッシブ証明書がまだありません。先に &apos;trust prepare&apos; を実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>Rotated back: %n destination(s) got no token with the new certificate, so the old one is active again and no task update was lost. Give the passive certificate to those providers, then rotate again.</source>
        <translation>
            <numerusform>元に戻しました: %n 件の宛先が新しい証明書でトークンを取得できなかったため、古い証明書が再びアクティブになりました。タスクの更新は失われていません。該当するプロバイダーにパッシブ証明書を登録してから、もう一度ローテーションしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotated. %n destination(s) got a token with the new certificate.</source>
        <translation>
            <numerusform>ローテーションしました。%n 件の宛先が新しい証明書でトークンを取得しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The passive certificate is in %1.</source>
        <translation>パッシブ証明書は %1 にあります。</translation>
    </message>
    <message>
        <source>Give the passive certificate to every provider above (where its guide says to upload the trust certificate), then run &apos;trust rotate --yes&apos;.</source>
        <translation>上記の各プロバイダーで、ガイドにトラスト証明書のアップロード先として記載されている場所にパッシブ証明書を登録してから、&apos;trust rotate --yes&apos; を実行してください。</translation>
    </message>
</context>
<context>
    <name>ConfigurationCheck</name>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>「%1」の宛先を読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading the trust certificate of &quot;%1&quot;…</source>
        <translation>「%1」のトラスト証明書を読み込んでいます…</translation>
    </message>
    <message>
        <source>Testing tokens: %1 of %2 destinations…</source>
        <translation>トークンをテストしています: %2 件中 %1 件目の宛先…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>チェックは停止されました。</translation>
    </message>
    <message>
        <source>Reading the destination certificates of &quot;%1&quot;…</source>
        <translation>「%1」の宛先証明書を読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>ConfigurationFix</name>
    <message>
        <source>Set tc.enabled to true on %1 in the subaccount. SAP Task Center then reads its tasks (the first time, those of the last 90 days). Nothing else in the destination changes.</source>
        <translation>サブアカウント内の %1 で tc.enabled を true に設定します。その後、SAP Task Center はこの宛先のタスクを読み込みます (初回は過去 90 日分)。宛先のその他の内容は変更されません。</translation>
    </message>
    <message>
        <source>Remove tc.enabled from the secondary destination %1 in the subaccount. Nothing else in the destination changes.</source>
        <translation>サブアカウント内のセカンダリ宛先 %1 から tc.enabled を削除します。宛先のその他の内容は変更されません。</translation>
    </message>
    <message>
        <source>This finding cannot be fixed here; follow its fix in the SAP BTP cockpit.</source>
        <translation>この検出結果はここでは修正できません。SAP BTP コックピットで修正方法に従って対応してください。</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>変更されていません: %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else in the meantime, so nothing was written. Check again, then fix it.</source>
        <translation>%1 はその間に他のユーザーによって変更されたため、何も書き込まれませんでした。もう一度チェックしてから修正してください。</translation>
    </message>
    <message>
        <source>%1 was changed since the check, so nothing was written. Check again, then fix it.</source>
        <translation>%1 はチェック後に変更されたため、何も書き込まれませんでした。もう一度チェックしてから修正してください。</translation>
    </message>
</context>
<context>
    <name>ConfigurationSource</name>
    <message>
        <source>No destination in this JSON file: it has no object with a &quot;Name&quot;.</source>
        <translation>この JSON ファイルには宛先がありません: &quot;Name&quot; を持つオブジェクトが含まれていません。</translation>
    </message>
    <message>
        <source>This file looks like JSON but cannot be read (%1 at character %2). Export the destination again.</source>
        <translation>このファイルは JSON のようですが、読み込めません (文字 %2 で %1)。宛先をもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>Not a destination file: it has no Name property. Export destinations from the SAP BTP cockpit (Connectivity &gt; Destinations &gt; Export).</source>
        <translation>宛先ファイルではありません: Name プロパティがありません。SAP BTP コックピットから宛先をエクスポートしてください (「Connectivity &gt; Destinations &gt; Export」)。</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>ファイルまたはフォルダーが見つかりません。</translation>
    </message>
    <message>
        <source>The folder holds no files.</source>
        <translation>フォルダーにファイルがありません。</translation>
    </message>
    <message>
        <source>Too large for a destination file (over 4 MB); skipped.</source>
        <translation>宛先ファイルとしては大きすぎます (4 MB 超)。スキップしました。</translation>
    </message>
    <message>
        <source>This zip archive is damaged (%1); the files before the damage were checked. Export the destinations again.</source>
        <translation>この ZIP アーカイブは破損しています (%1)。破損箇所より前のファイルはチェックされました。宛先をもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The zip archive holds no files.</source>
        <translation>ZIP アーカイブにファイルがありません。</translation>
    </message>
    <message>
        <source>An archive inside an archive is not read; unpack it and check its files.</source>
        <translation>アーカイブ内のアーカイブは読み込まれません。展開してから、そのファイルをチェックしてください。</translation>
    </message>
    <message>
        <source>This archive holds more than 64 MB or %1 files; the rest is not checked. Check the destinations in parts.</source>
        <translation>このアーカイブには 64 MB または %1 ファイルを超える内容が含まれています。残りはチェックされません。宛先を分けてチェックしてください。</translation>
    </message>
    <message>
        <source>Cannot be unpacked (%1); skipped.</source>
        <translation>展開できません (%1)。スキップしました。</translation>
    </message>
    <message>
        <source>Not a file or folder (a device or a pipe); skipped.</source>
        <translation>ファイルでもフォルダーでもありません (デバイスまたはパイプ)。スキップしました。</translation>
    </message>
    <message>
        <source>A link inside the archive, not a file; not read. Export the destinations again.</source>
        <translation>アーカイブ内のリンクで、ファイルではありません。読み込みませんでした。宛先をもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>Not a file (a device or a pipe inside the archive); not read.</source>
        <translation>ファイルではありません (アーカイブ内のデバイスまたはパイプ)。読み込みませんでした。</translation>
    </message>
    <message>
        <source>This file is saved as %1 text, but parts of it are not. Save it again as UTF-8, or export the destination again.</source>
        <translation>このファイルは %1 テキストとして保存されていますが、一部がその形式になっていません。UTF-8 で保存し直すか、宛先をもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>This folder cannot be opened: you have no permission to read it. Check it as a user who may, or copy the files somewhere you may read them.</source>
        <translation>このフォルダーを開けません: 読み取り権限がありません。読み取り権限のあるユーザーとしてチェックするか、読み取り可能な場所にファイルをコピーしてください。</translation>
    </message>
    <message>
        <source>Its name is not UTF-8 text, so it cannot be opened by that name; not read. Rename it.</source>
        <translation>名前が UTF-8 テキストではないため、その名前では開けません。読み込みませんでした。名前を変更してください。</translation>
    </message>
    <message>
        <source>Not a file (a device or a pipe); not read.</source>
        <translation>ファイルではありません (デバイスまたはパイプ)。読み込みませんでした。</translation>
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
        <translation>進行状況を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save what you entered so far, to continue later</source>
        <translation>これまでに入力した内容を保存し、後で続行できるようにします</translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation>進行状況を保存</translation>
    </message>
    <message>
        <source>Setup files (*.json)</source>
        <translation>セットアップファイル (*.json)</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>進行状況は保存されていません</translation>
    </message>
    <message>
        <source>Continue a saved setup</source>
        <translation>保存済みのセットアップを続行</translation>
    </message>
    <message>
        <source>Setup not opened</source>
        <translation>セットアップを開けませんでした</translation>
    </message>
    <message>
        <source>The setup could not be opened: %1</source>
        <translation>セットアップを開けませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>再チェック(&amp;C)</translation>
    </message>
    <message>
        <source>Back to the check, to see what is left</source>
        <translation>チェックに戻り、残っている問題を確認します</translation>
    </message>
    <message>
        <source>Progress saved</source>
        <translation>進行状況を保存しました</translation>
    </message>
    <message>
        <source>Leave the setup?</source>
        <translation>セットアップを終了しますか?</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Task Center Connect – checking a configuration – %1</source>
        <translation>Task Center Connect – 構成のチェック – %1</translation>
    </message>
    <message>
        <source>Task Center Connect – %1 – step %2 of %3: %4</source>
        <translation>Task Center Connect – %1 – ステップ %2/%3: %4</translation>
    </message>
    <message>
        <source>What this step is for, where to click, and SAP&apos;s guide for it</source>
        <translation>このステップの目的、クリックする場所、およびこのステップに関する SAP のガイド</translation>
    </message>
    <message>
        <source>Your setup is saved in %1. To continue it later, choose &quot;Continue a saved setup…&quot; on the first page.</source>
        <translation>セットアップを %1 に保存しました。後で続行するには、最初のページで「保存済みのセットアップを続行…」を選択してください。</translation>
    </message>
    <message>
        <source>Your saved setup is open again. To go on, give again:</source>
        <translation>保存済みのセットアップを再度開きました。続行するには、次の値をもう一度指定してください:</translation>
    </message>
    <message>
        <source>Keep for later: next time, the first page offers to continue where you left off.</source>
        <translation>保存して後で続行: 次回、最初のページで中断した箇所から続行できます。</translation>
    </message>
    <message>
        <source>Discard: forget this setup.</source>
        <translation>破棄: このセットアップを破棄します。</translation>
    </message>
    <message>
        <source>&amp;Keep for later</source>
        <translation>保存して後で続行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>ウィザードに戻る(&amp;S)</translation>
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
        <translation>(前のステップから引き継がれます)</translation>
    </message>
    <message>
        <source>Someone else administers %1? Give them a sheet with these values.</source>
        <translation>%1 を別の担当者が管理していますか? これらの値を記載したシートをその担当者に渡してください。</translation>
    </message>
    <message>
        <source>Hand-&amp;off sheet…</source>
        <translation>引き継ぎシート(&amp;O)…</translation>
    </message>
    <message>
        <source>What to enter in %1, value by value, to print or save as PDF; secrets left out</source>
        <translation>%1 に入力する内容を値ごとにまとめたもので、印刷または PDF として保存できます (シークレットは含まれません)</translation>
    </message>
</context>
<context>
    <name>CopyableValue</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save %1 as a file</source>
        <translation>%1 をファイルとして保存します</translation>
    </message>
    <message>
        <source>Save %1 as a file, to upload it</source>
        <translation>%1 をファイルとして保存し、アップロードできるようにします</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>%1 として保存しました</translation>
    </message>
</context>
<context>
    <name>DataCenterDiffers</name>
    <message>
        <source>%1 reaches a provider in data center %2, but this subaccount (SAP Task Center) is in %3. Task Center and the provider must be in the same data center.</source>
        <translation>%1 はデータセンター %2 のプロバイダーに接続しますが、このサブアカウント (SAP Task Center) は %3 にあります。Task Center とプロバイダーは同じデータセンターにある必要があります。</translation>
    </message>
    <message>
        <source>Connect a provider subaccount in %1, or use SAP Task Center in %2.</source>
        <translation>%1 にあるプロバイダーのサブアカウントを接続するか、%2 の SAP Task Center を使用してください。</translation>
    </message>
</context>
<context>
    <name>DestinationApplier</name>
    <message>
        <source>Not done: applying was cancelled.</source>
        <translation>未実行: 適用はキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 does not exist in the subaccount yet.</source>
        <translation>%1 はまだサブアカウントに存在しません。</translation>
    </message>
    <message>
        <source>%1 already exists in the subaccount and was left as it is.</source>
        <translation>%1 はすでにサブアカウントに存在するため、そのままにしました。</translation>
    </message>
    <message>
        <source>Not done because %1 failed. %2 Fix the problem with %1 and try again.</source>
        <translation>%1 が失敗したため、実行されませんでした。%2 %1 の問題を修正してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Not done: the connection to the subaccount was closed.</source>
        <translation>未実行: サブアカウントへの接続が閉じられました。</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount with other values. Check the differences, then overwrite it or choose another name.</source>
        <translation>%1 という名前の宛先が、別の値ですでにサブアカウントに存在します。相違点を確認してから、上書きするか、別の名前を選択してください。</translation>
    </message>
    <message>
        <source>%1 was deleted from the subaccount meanwhile, and its %2 cannot be kept. Enter them and apply again.</source>
        <translation>%1 はその間にサブアカウントから削除されたため、その %2 を保持できません。値を入力して、もう一度適用してください。</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount, and its values could not be read: %2</source>
        <translation>%1 という名前の宛先がすでにサブアカウントに存在しますが、その値を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Not done because %1 exists with other values. %2 Overwrite or rename %1 first.</source>
        <translation>%1 が別の値で存在するため、実行されませんでした。%2 先に %1 を上書きするか、名前を変更してください。</translation>
    </message>
    <message>
        <source>Not done: %1 belongs to %2, which is not written with it. A secondary destination is written only together with its primary, so it never joins another system&apos;s pair.</source>
        <translation>未実行: %1 は %2 に属していますが、%2 は一緒に書き込まれません。セカンダリ宛先はそのプライマリ宛先と一緒にのみ書き込まれるため、別のシステムのペアに加わることはありません。</translation>
    </message>
    <message>
        <source>%1: %2 The change may have been made all the same. Apply again: it checks what the subaccount holds first and makes nothing twice.</source>
        <translation>%1: %2 それでも変更が行われた可能性があります。もう一度適用してください: 最初にサブアカウントの内容を確認するため、重複して作成されることはありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Destination service did not say what became of it.</source>
        <translation>Destination サービスから結果が返されませんでした。</translation>
    </message>
    <message>
        <source>Waiting: %1 is writing these destinations in this subaccount…</source>
        <translation>待機中: %1 がこのサブアカウントにこれらの宛先を書き込んでいます…</translation>
    </message>
    <message>
        <source>Not done: %1 was still writing these destinations in this subaccount. Try again when it has finished.</source>
        <translation>実行されませんでした: %1 がまだこのサブアカウントにこれらの宛先を書き込んでいました。完了してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Reading it back…</source>
        <translation>確認のために再度読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 was written, but is not in the subaccount any more: someone deleted it at the same time. Apply again to write it.</source>
        <translation>%1 は書き込まれましたが、サブアカウントにもう存在しません: 同時に誰かが削除しました。書き込むには、もう一度適用してください。</translation>
    </message>
    <message>
        <source>%1 does not hold what this run wrote: someone changed it at the same time. Apply again to write these values, and check who else changes it.</source>
        <translation>%1 には、今回の実行で書き込んだ内容が含まれていません: 同時に誰かが変更しました。これらの値を書き込むには、もう一度適用してください。また、ほかに誰が変更しているかを確認してください。</translation>
    </message>
    <message>
        <source>%1 was changed in the subaccount after the review. Check the differences, then overwrite it or leave it as it is.</source>
        <translation>%1 は確認の後にサブアカウントで変更されました。相違点を確認してから、上書きするか、そのままにしてください。</translation>
    </message>
    <message>
        <source>Uploading the key store…</source>
        <translation>キーストアをアップロードしています…</translation>
    </message>
    <message>
        <source>Replacing the key store…</source>
        <translation>キーストアを置き換えています…</translation>
    </message>
    <message>
        <source>Not done: the key store %1 it names is not in the subaccount. %2</source>
        <translation>実行されませんでした: 指定しているキーストア %1 がサブアカウントにありません。%2</translation>
    </message>
</context>
<context>
    <name>DestinationChangePlan</name>
    <message>
        <source>added %1: %2</source>
        <translation>追加 %1: %2</translation>
    </message>
    <message>
        <source>changed %1: %2 → %3</source>
        <translation>変更 %1: %2 → %3</translation>
    </message>
    <message>
        <source>removed %1 (was %2)</source>
        <translation>削除 %1 (変更前 %2)</translation>
    </message>
    <message>
        <source>changed %1 (hidden)</source>
        <translation>変更 %1 (非表示)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <source>%1 is not among this subaccount&apos;s destination certificates. Choose the key store file on this computer, and it is uploaded with the destinations.</source>
        <translation>%1 はこのサブアカウントの宛先証明書にありません。このコンピューター上のキーストアファイルを選択してください。宛先と一緒にアップロードされます。</translation>
    </message>
</context>
<context>
    <name>DestinationExporter</name>
    <message>
        <source>The destination name &quot;%1&quot; cannot be a file name. Use letters, digits, _ and -.</source>
        <translation>宛先名「%1」はファイル名として使用できません。文字、数字、_、- を使用してください。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
        <translation>フォルダー %1 を作成できません。書き込み権限のあるフォルダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>DestinationLock</name>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1 (%3 上のプロセス %2)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <source>another run of this program</source>
        <translation>このプログラムの別のインスタンス</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>&amp;Edit properties (for experts)</source>
        <translation>プロパティを編集(&amp;E) (上級者向け)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>選択項目を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Reset to documented &amp;values</source>
        <translation>ドキュメントの値にリセット(&amp;V)</translation>
    </message>
    <message>
        <source>These are the properties SAP&apos;s guide lists; check them, then continue.</source>
        <translation>SAP のガイドに記載されているプロパティです。確認してから続行してください。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Destination properties</source>
        <translation>宛先のプロパティ</translation>
    </message>
    <message>
        <source>Property, e.g. tc.ui.label</source>
        <translation>プロパティ (例: tc.ui.label)</translation>
    </message>
    <message>
        <source>New property name</source>
        <translation>新しいプロパティの名前</translation>
    </message>
    <message>
        <source>New property value</source>
        <translation>新しいプロパティの値</translation>
    </message>
    <message>
        <source>Required by SAP Task Center exactly like this.</source>
        <translation>SAP Task Center では、この値がそのとおりに必要です。</translation>
    </message>
    <message>
        <source>A property name has letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;/&apos; and no spaces, for example tc.ui.label.</source>
        <translation>プロパティ名には、文字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos;、&apos;/&apos; を使用でき、空白は使用できません (例: tc.ui.label)。</translation>
    </message>
    <message>
        <source>%1 cannot be changed here: SAP Task Center requires it as it is, or it follows a field of an earlier step.</source>
        <translation>%1 はここでは変更できません: SAP Task Center でこの値がそのとおりに必要か、前のステップのフィールドから引き継がれています。</translation>
    </message>
    <message>
        <source>%1 cannot be removed: SAP Task Center requires it.</source>
        <translation>%1 は削除できません: SAP Task Center で必要です。</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>This provider definition has no destination &quot;%1&quot;.</source>
        <translation>このプロバイダー定義には宛先「%1」がありません。</translation>
    </message>
    <message>
        <source>(entered in an earlier step; not yet entered)</source>
        <translation>(前のステップで入力します。まだ入力されていません)</translation>
    </message>
    <message>
        <source>•••••••• (entered in an earlier step)</source>
        <translation>•••••••• (前のステップで入力済み)</translation>
    </message>
    <message>
        <source>Secret: it follows the value you entered in an earlier step.</source>
        <translation>シークレット: 前のステップで入力した値が使用されます。</translation>
    </message>
    <message>
        <source>%1 holds a secret. The wizard takes secrets only from its own fields and never saves them in a setup file: add it in the SAP BTP cockpit once the destination is written.</source>
        <translation>%1 にはシークレットが含まれています。ウィザードはシークレットを自身のフィールドからのみ取得し、セットアップファイルには保存しません: 宛先が書き込まれたら、SAP BTP コックピットで追加してください。</translation>
    </message>
</context>
<context>
    <name>DestinationServiceKey</name>
    <message>
        <source>This is the key of an SAP Task Center instance, not of the Destination service. Open the Destination service instance (service destination, plan lite) in the subaccount and use its service key.</source>
        <translation>これは Destination サービスではなく、SAP Task Center インスタンスのキーです。サブアカウントで Destination サービスのインスタンス (サービス destination、プラン lite) を開き、そのサービスキーを使用してください。</translation>
    </message>
    <message>
        <source>The field clientsecret is missing: this key uses an X.509 certificate instead. Only keys with a client secret are supported. In the cockpit, create a new service key for the Destination service instance without parameters (or with {&quot;credential-type&quot;: &quot;binding-secret&quot;}) and use that one.</source>
        <translation>clientsecret フィールドがありません: このキーは代わりに X.509 証明書を使用しています。サポートされるのはクライアントシークレットを含むキーのみです。コックピットで、Destination サービスのインスタンスに対してパラメーターなし (または {&quot;credential-type&quot;: &quot;binding-secret&quot;} を指定) で新しいサービスキーを作成し、そのキーを使用してください。</translation>
    </message>
    <message>
        <source>The field clientsecret is missing. Copy the whole key again from the cockpit.</source>
        <translation>clientsecret フィールドがありません。コックピットからキー全体をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Credentials are sent only over https. Copy the whole key again from the cockpit.</source>
        <translation>フィールド %1 が https:// アドレスではありません (「%2」)。資格情報は https 経由でのみ送信されます。コックピットからキー全体をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Destination service</source>
        <translation>Destination サービス</translation>
    </message>
</context>
<context>
    <name>DestinationServiceReply</name>
    <message>
        <source>Reading destinations</source>
        <translation>宛先を読み込んでいます</translation>
    </message>
    <message>
        <source>Reading destination %1</source>
        <translation>宛先 %1 を読み込んでいます</translation>
    </message>
    <message>
        <source>Creating destination %1</source>
        <translation>宛先 %1 を作成しています</translation>
    </message>
    <message>
        <source>Updating destination %1</source>
        <translation>宛先 %1 を更新しています</translation>
    </message>
    <message>
        <source>Deleting destination %1</source>
        <translation>宛先 %1 を削除しています</translation>
    </message>
    <message>
        <source>Reading the trust certificate</source>
        <translation>トラスト証明書を読み込んでいます</translation>
    </message>
    <message>
        <source>Checking destination %1</source>
        <translation>宛先 %1 をチェックしています</translation>
    </message>
    <message>
        <source>Getting a token</source>
        <translation>トークンを取得しています</translation>
    </message>
    <message>
        <source>The request failed (%1). Check your network connection and try again.</source>
        <translation>要求が失敗しました (%1)。ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> サービスからの応答: 「%1」。</translation>
    </message>
    <message>
        <source>The request was cancelled. If it was already on its way, the change may have been made; read the destinations again before you repeat it.</source>
        <translation>要求はキャンセルされました。すでに送信中だった場合は、変更が行われている可能性があります。繰り返す前に、宛先をもう一度読み込んでください。</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing was changed.</source>
        <translation>要求はキャンセルされました。何も変更されていません。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Check your network connection (and proxy), then try again.</source>
        <translation>%1 から %2 秒以内に応答がありませんでした。ネットワーク接続 (およびプロキシ) を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Nothing answers at %1 port %2 (the connection was refused). Check that the service key is complete and current, and that no firewall blocks the connection.</source>
        <translation>%1 のポート %2 で応答がありません (接続が拒否されました)。サービスキーが完全かつ最新であること、およびファイアウォールが接続をブロックしていないことを確認してください。</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check your network connection and that the service key belongs to an existing subaccount.</source>
        <translation>サーバー %1 が見つかりませんでした。ネットワーク接続と、サービスキーが既存のサブアカウントのものであることを確認してください。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted (%2), so nothing was sent. Check the date and time of this computer and whether a proxy inspects https traffic.</source>
        <translation>%1 へのセキュアな接続を信頼できなかったため (%2)、何も送信されませんでした。このコンピューターの日付と時刻、およびプロキシが https 通信を検査していないかを確認してください。</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>The address %1 does not use https, so the service key is not sent there. Use the service key exactly as the SAP BTP cockpit shows it.</source>
        <translation>アドレス %1 は https を使用していないため、サービスキーはそこに送信されません。サービスキーは SAP BTP コックピットに表示されるとおりに使用してください。</translation>
    </message>
    <message>
        <source>The subaccount rejected the service key: its client ID or secret is not (or no longer) valid. Create a new service key for the Destination service instance in the cockpit and paste it here.</source>
        <translation>サブアカウントがサービスキーを拒否しました: クライアント ID またはシークレットが無効です (または無効になりました)。コックピットで Destination サービスのインスタンスに対して新しいサービスキーを作成し、ここに貼り付けてください。</translation>
    </message>
    <message>
        <source>The service key may not do this (access denied).%1 Use the key of a Destination service instance in this subaccount, or ask a subaccount administrator.</source>
        <translation>このサービスキーにはこの操作の権限がありません (アクセスが拒否されました)。%1 このサブアカウントの Destination サービスのインスタンスのキーを使用するか、サブアカウント管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The subaccount has no trust certificate yet. In the SAP BTP cockpit, open Connectivity &gt; Destination Trust, choose Generate Trust, then try again.</source>
        <translation>サブアカウントにはまだトラスト証明書がありません。SAP BTP コックピットで「Connectivity &gt; Destination Trust」を開き、「Generate Trust」を選択してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The destination %1 does not exist in the subaccount.</source>
        <translation>宛先 %1 はサブアカウントに存在しません。</translation>
    </message>
    <message>
        <source>The Destination service was not found at this address.%1 Check the uri field of the service key.</source>
        <translation>このアドレスで Destination サービスが見つかりませんでした。%1 サービスキーの uri フィールドを確認してください。</translation>
    </message>
    <message>
        <source>A destination named %1 already exists in the subaccount. Choose another name or overwrite it.</source>
        <translation>%1 という名前の宛先がすでにサブアカウントに存在します。別の名前を選択するか、上書きしてください。</translation>
    </message>
    <message>
        <source>The destination %1 was changed by someone else in the meantime. Read it again and repeat your change.</source>
        <translation>宛先 %1 はその間に他のユーザーによって変更されました。もう一度読み込んでから、変更をやり直してください。</translation>
    </message>
    <message>
        <source>The Destination service is busy (too many requests) and still was after %1 tries. Wait a minute and try again.</source>
        <translation>Destination サービスが混雑しており (要求が多すぎます)、%1 回試行しても応答がありませんでした。1 分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The Destination service had a problem on its side (HTTP %1) and still had after %2 tries. Try again in a few minutes; if it lasts, check the SAP BTP status page.</source>
        <translation>Destination サービス側で問題が発生し (HTTP %1)、%2 回試行しても解消しませんでした。数分後にもう一度お試しください。問題が続く場合は、SAP BTP のステータスページを確認してください。</translation>
    </message>
    <message>
        <source>The Destination service refused the request as invalid.%1 Check the values you entered.</source>
        <translation>Destination サービスは、要求が無効であるとして拒否しました。%1 入力した値を確認してください。</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read. Check that the uri field of the service key points to the Destination service.</source>
        <translation>%1 からの応答を読み込めませんでした。サービスキーの uri フィールドが Destination サービスを指していることを確認してください。</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).%2 Try again; if it lasts, open Details and pass them to your administrator.</source>
        <translation>要求が失敗しました (HTTP %1)。%2 もう一度お試しください。問題が続く場合は、「詳細」を開いて、その内容を管理者に伝えてください。</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Try again; if it keeps happening, check any proxy or firewall between this computer and SAP BTP.</source>
        <translation>%1 は応答せずに接続を閉じました。もう一度お試しください。繰り返し発生する場合は、このコンピューターと SAP BTP の間にあるプロキシやファイアウォールを確認してください。</translation>
    </message>
    <message>
        <source>The destination %1 is stored, but the Destination service could not get a token with it: %2. Check the token service URL, user and password or client key of the destination.</source>
        <translation>宛先 %1 は保存されていますが、Destination サービスはこの宛先でトークンを取得できませんでした: %2。宛先のトークンサービス URL、ユーザーとパスワード、またはクライアントキーを確認してください。</translation>
    </message>
    <message>
        <source>The answer of %1 was larger than %2 and was not read. Check that the service key points to the Destination service.</source>
        <translation>%1 からの応答が %2 を超えていたため、読み込まれませんでした。サービスキーが Destination サービスを指していることを確認してください。</translation>
    </message>
    <message>
        <source>The Destination service refused this because of a conflict with the subaccount&apos;s current state.%1 Read the subaccount again and try again.</source>
        <translation>サブアカウントの現在の状態と競合するため、Destination サービスはこの要求を拒否しました。%1 サブアカウントをもう一度読み込んでから、再度お試しください。</translation>
    </message>
    <message>
        <source>Creating %1 destinations at once</source>
        <translation>%1 件の宛先を一括で作成しています</translation>
    </message>
    <message>
        <source>Updating %1 destinations at once</source>
        <translation>%1 件の宛先を一括で更新しています</translation>
    </message>
    <message>
        <source>The Destination service did not say what became of %1. It may have been written: read the subaccount again before you repeat the change.</source>
        <translation>Destination サービスから %1 の結果が返されませんでした。書き込まれている可能性があります: 変更をやり直す前に、サブアカウントをもう一度読み込んでください。</translation>
    </message>
    <message>
        <source>%1 did not answer within 1 second. Check your network connection (and proxy), then try again.</source>
        <translation>%1 から 1 秒以内に応答がありませんでした。ネットワーク接続 (およびプロキシ) を確認して、もう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>The Destination service is busy and asked to wait %n second(s) before trying again: longer than this program waits for an answer (%1). Try again after that time.</source>
        <translation>
            <numerusform>Destination サービスが混雑しており、再試行まで %n 秒待つよう求められました: これは、このプログラムが応答を待つ時間 (%1) より長い時間です。その時間が経過してから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the destination certificates</source>
        <translation>宛先証明書を読み込んでいます</translation>
    </message>
    <message>
        <source>Uploading certificate %1</source>
        <translation>証明書 %1 をアップロードしています</translation>
    </message>
    <message>
        <source>Replacing certificate %1</source>
        <translation>証明書 %1 を置き換えています</translation>
    </message>
    <message>
        <source>The certificate %1 is not among the subaccount&apos;s destination certificates (any more).</source>
        <translation>証明書 %1 はサブアカウントの宛先証明書にありません (既に削除されています)。</translation>
    </message>
    <message>
        <source>A certificate named %1 is already among the subaccount&apos;s destination certificates. Replace it, or give the file another name.</source>
        <translation>%1 という名前の証明書がすでにサブアカウントの宛先証明書にあります。置き換えるか、ファイルに別の名前を付けてください。</translation>
    </message>
    <message>
        <source>Reading the passive trust certificate</source>
        <translation>パッシブのトラスト証明書を読み込んでいます</translation>
    </message>
    <message>
        <source>Making the passive trust certificate</source>
        <translation>パッシブのトラスト証明書を作成しています</translation>
    </message>
    <message>
        <source>Rotating the trust certificates</source>
        <translation>トラスト証明書をローテーションしています</translation>
    </message>
    <message>
        <source>Deleting the passive trust certificate</source>
        <translation>パッシブのトラスト証明書を削除しています</translation>
    </message>
    <message>
        <source>The subaccount has no passive trust certificate.</source>
        <translation>サブアカウントにパッシブのトラスト証明書がありません。</translation>
    </message>
    <message>
        <source>The subaccount has no passive trust certificate to rotate to. Prepare one first (trust prepare), give it to every provider, then rotate.</source>
        <translation>サブアカウントに、ローテーション先となるパッシブのトラスト証明書がありません。先に作成し (trust prepare)、各プロバイダーに登録してから、ローテーションしてください。</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>The file that was there is unchanged.</source>
        <translation>そこにあったファイルは変更されていません。</translation>
    </message>
    <message>
        <source>No file was made there.</source>
        <translation>そこにファイルは作成されていません。</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <source>The disk is full: %1 needs %2, and %3 is free there. %4 Make room on the disk, or choose another folder, and try again.</source>
        <translation>ディスクがいっぱいです: %1 には %2 が必要ですが、空き容量は %3 です。%4 ディスクの空き容量を増やすか、別のフォルダーを選択して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). %3 Check that you may write to that folder, or choose another one.</source>
        <translation>%1 を書き込めませんでした (%2)。%3 そのフォルダーへの書き込み権限があることを確認するか、別のフォルダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Write destination files</source>
        <translation>宛先ファイルを書き出す(&amp;W)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <source>Both: .properties for the cockpit and .json for the REST API</source>
        <translation>両方: コックピット用の .properties と REST API 用の .json</translation>
    </message>
    <message>
        <source>.properties (the cockpit&apos;s import format)</source>
        <translation>.properties (コックピットのインポート形式)</translation>
    </message>
    <message>
        <source>.json (the Destination service REST API&apos;s format)</source>
        <translation>.json (Destination サービス REST API の形式)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O):</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>形式(&amp;M):</translation>
    </message>
    <message>
        <source>Folder for the destination files</source>
        <translation>宛先ファイルのフォルダー</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>ファイルのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Something earlier is not complete yet: %1 Go back and correct it.</source>
        <translation>前のステップがまだ完了していません: %1 戻って修正してください。</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
        <source>These files exist already and will be replaced:
%1</source>
        <translation>次のファイルはすでに存在するため、置き換えられます:
%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the SAP BTP cockpit, open the subaccount where SAP Task Center runs and choose &lt;b&gt;Connectivity &amp;gt; Destinations&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Create &amp;gt; From File&lt;/b&gt; and import %1, one file at a time.&lt;/li&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;次に行うこと&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;SAP BTP コックピットで、SAP Task Center が実行されているサブアカウントを開き、&lt;b&gt;Connectivity &amp;gt; Destinations&lt;/b&gt; を選択します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Create &amp;gt; From File&lt;/b&gt; を選択し、%1 を 1 ファイルずつインポートします。&lt;/li&gt;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>&amp;Include the secrets in the files</source>
        <translation>シークレットをファイルに含める(&amp;I)</translation>
    </message>
    <message>
        <source>Save the destinations as files, then import them in the SAP BTP cockpit.</source>
        <translation>宛先をファイルとして保存し、SAP BTP コックピットでインポートしてください。</translation>
    </message>
    <message>
        <source>Anyone who has these files can use the secrets in them. Keep the files in a safe place and delete them after the import. Without this option the files leave the secrets out, as the cockpit&apos;s own export does, and you type them in after the import.</source>
        <translation>これらのファイルを入手した人は誰でも、その中のシークレットを使用できます。ファイルは安全な場所に保管し、インポート後に削除してください。このオプションを使用しない場合、コックピット自体のエクスポートと同様にファイルにはシークレットが含まれないため、インポート後にシークレットを入力します。</translation>
    </message>
    <message>
        <source>&lt;li&gt;In each imported destination, fill in the secrets the files leave out: &lt;b&gt;%1&lt;/b&gt; (the values you entered in the wizard&apos;s earlier steps).&lt;/li&gt;</source>
        <translation>&lt;li&gt;インポートした各宛先で、ファイルに含まれていないシークレットを入力します: &lt;b&gt;%1&lt;/b&gt; (ウィザードの前のステップで入力した値)。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>The destinations are in &quot;%1&quot;. You can also save them as files.</source>
        <translation>宛先は「%1」にあります。ファイルとして保存することもできます。</translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation>書き出し済み:
%1</translation>
    </message>
    <message>
        <source>Write the destination files to finish: they are what you import.</source>
        <translation>完了するには宛先ファイルを書き出してください。インポートするのはこのファイルです。</translation>
    </message>
    <message>
        <source>Save the destinations as files</source>
        <translation>宛先をファイルとして保存</translation>
    </message>
    <message>
        <source>&lt;li&gt;Check in SAP Task Center&apos;s &lt;b&gt;Monitoring&lt;/b&gt; that the connector reports no error within the next hour (Task Center turns &lt;i&gt;tc.enabled&lt;/i&gt; off by itself when it cannot fetch a token for an hour).&lt;/li&gt;</source>
        <translation>&lt;li&gt;SAP Task Center の &lt;b&gt;Monitoring&lt;/b&gt; で、今後 1 時間以内にコネクターがエラーを報告していないことを確認します (Task Center は、1 時間トークンを取得できないと、&lt;i&gt;tc.enabled&lt;/i&gt; を自動的にオフにします)。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;If you like, check the connection in SAP Task Center&apos;s &lt;b&gt;Monitoring&lt;/b&gt;, as SAP&apos;s guide suggests (the cockpit&apos;s &lt;i&gt;Check Connection&lt;/i&gt; may not show it correctly).&lt;/li&gt;</source>
        <translation>&lt;li&gt;必要に応じて、SAP のガイドで推奨されているとおり、SAP Task Center の &lt;b&gt;Monitoring&lt;/b&gt; で接続を確認します (コックピットの &lt;i&gt;Check Connection&lt;/i&gt; では正しく表示されない場合があります)。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Nothing is left to import: the destinations are in &quot;%1&quot;.&lt;/li&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;次に行うこと&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;インポートするものはありません: 宛先は「%1」にあります。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Files are optional here, e.g. to set up another subaccount the same way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ここでのファイルは任意です (例: 別のサブアカウントを同じ方法でセットアップする場合)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Save.&lt;/li&gt;</source>
        <translation>&lt;li&gt;保存します。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Upload the key store %1 under &lt;b&gt;Connectivity &amp;gt; Destination Certificates&lt;/b&gt; (&lt;b&gt;Create &amp;gt; Import&lt;/b&gt;), keeping its file name: the destinations name it, and the files do not hold it.&lt;/li&gt;</source>
        <translation>&lt;li&gt;キーストア %1 を、ファイル名を変えずに &lt;b&gt;Connectivity &amp;gt; Destination Certificates&lt;/b&gt; (&lt;b&gt;Create &amp;gt; Import&lt;/b&gt;) でアップロードしてください。宛先はこのファイルを指定していますが、出力したファイルには含まれていません。&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Hand-off sheet</source>
        <translation>引き継ぎシート</translation>
    </message>
    <message>
        <source>The hand-off sheet</source>
        <translation>引き継ぎシート</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) on the sheet are not known yet. Complete the earlier steps, then open the sheet again.</source>
        <translation>
            <numerusform>シート上の %n 件の値はまだ確定していません。前のステップを完了してから、シートをもう一度開いてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the hand-off sheet</source>
        <translation>引き継ぎシートを保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1. Secrets are not in it.</source>
        <translation>%1 として保存しました。シークレットは含まれていません。</translation>
    </message>
    <message>
        <source>Saved as %1, with %2 next to it to hand over too. Secrets are not in them.</source>
        <translation>%1 として保存しました。あわせて引き渡す %2 も同じ場所に保存しました。シークレットはいずれにも含まれていません。</translation>
    </message>
    <message>
        <source>Print the hand-off sheet</source>
        <translation>引き継ぎシートを印刷</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF として保存(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>HandoffSheet</name>
    <message>
        <source>%1 - SAP Task Center hand-off.pdf</source>
        <translation>%1 - SAP Task Center 引き継ぎシート.pdf</translation>
    </message>
    <message>
        <source>%1: what to enter for SAP Task Center</source>
        <translation>%1: SAP Task Center 用の入力内容</translation>
    </message>
    <message>
        <source>For the administrator of %1. Please enter the values below in %1 as each step says, and send the values listed under &quot;To send back&quot; to the person setting up SAP Task Center.</source>
        <translation>%1 の管理者の方へ: 以下の値を、各ステップの説明に従って %1 に入力してください。また、「返送する値」に記載されている値を、SAP Task Center をセットアップしている担当者に送ってください。</translation>
    </message>
    <message>
        <source>Prepared on %1 with Task Center Connect.</source>
        <translation>%1 に Task Center Connect で作成しました。</translation>
    </message>
    <message>
        <source>Secrets (passwords, client secrets, keys) are not on this sheet. Where a step needs one, the sheet says where it comes from. Send secrets back only in a way your organization allows for passwords, never in a plain e-mail.</source>
        <translation>シークレット (パスワード、クライアントシークレット、キー) はこのシートには記載されていません。シークレットが必要なステップには、その入手先が記載されています。シークレットを返送する場合は、組織でパスワードの送付に認められている方法でのみ送ってください。通常のメールでは送らないでください。</translation>
    </message>
    <message>
        <source>Your %1 system</source>
        <translation>お使いの %1 システム</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>ステップ %1: %2</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for this step: %1, %2</source>
        <translation>このステップに関する SAP のガイド: %1、%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>A secret, not on this sheet: ask the person setting up SAP Task Center for it.</source>
        <translation>シークレットのため、このシートには記載されていません。SAP Task Center をセットアップしている担当者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Not known yet: it follows from an earlier step of the setup.</source>
        <translation>まだ確定していません: セットアップの前のステップで決まります。</translation>
    </message>
    <message>
        <source>The file %1, handed over with this sheet.</source>
        <translation>ファイル %1 (このシートと一緒にお渡しします)。</translation>
    </message>
    <message>
        <source>To send back:</source>
        <translation>返送する値:</translation>
    </message>
    <message>
        <source>A secret: send it in a way your organization allows for passwords, not on this sheet.</source>
        <translation>シークレットです。このシートには書かず、組織でパスワードの送付に認められている方法で送ってください。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) below are not known yet: complete the earlier steps of the setup and make this sheet again.</source>
        <translation>
            <numerusform>以下の %n 件の値はまだ確定していません: セットアップの前のステップを完了してから、このシートをもう一度作成してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>On this way through the setup, nothing is entered in %1 by hand.</source>
        <translation>このセットアップ方法では、%1 に手作業で入力するものはありません。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>&amp;Open SAP&apos;s guide</source>
        <translation>SAP のガイドを開く(&amp;O)</translation>
    </message>
    <message>
        <source>What this step is for</source>
        <translation>このステップの目的</translation>
    </message>
    <message>
        <source>Where to click</source>
        <translation>クリックする場所</translation>
    </message>
    <message>
        <source>Address of SAP&apos;s guide</source>
        <translation>SAP のガイドのアドレス</translation>
    </message>
    <message>
        <source>Open SAP&apos;s guide in a browser</source>
        <translation>SAP のガイドをブラウザーで開きます</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>ヘルプを閉じます</translation>
    </message>
    <message>
        <source>SAP&apos;s guide</source>
        <translation>SAP のガイド</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>ヘルプ: %1</translation>
    </message>
    <message>
        <source>SAP&apos;s guides name no page for this step.</source>
        <translation>SAP のガイドには、このステップに該当するページがありません。</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the address below and open it in a browser.</source>
        <translation>ブラウザーを開けませんでした。下のアドレスをコピーして、ブラウザーで開いてください。</translation>
    </message>
</context>
<context>
    <name>HttpWithCredentials</name>
    <message>
        <source>%1 sends credentials (%2) to an http:// address, unencrypted.</source>
        <translation>%1 は、資格情報 (%2) を暗号化せずに http:// アドレスに送信します。</translation>
    </message>
    <message>
        <source>Use the https:// address of the system.</source>
        <translation>システムの https:// アドレスを使用してください。</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryAddress</name>
    <message>
        <source>The URL of %1 is &quot;%2&quot;; SAP documents the tenant&apos;s SCIM address, https://&lt;tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>%1 の URL は「%2」です。SAP のドキュメントでは、テナントの SCIM アドレス https://&lt;テナント&gt;.accounts.ondemand.com/scim が記載されています。</translation>
    </message>
    <message>
        <source>Set the URL to https://&lt;your tenant&gt;.accounts.ondemand.com/scim.</source>
        <translation>URL を https://&lt;テナント&gt;.accounts.ondemand.com/scim に設定してください。</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryAuthentication</name>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP Task Center reads the identity directory with BasicAuthentication or ClientCertificateAuthentication only.</source>
        <translation>%1 は認証「%2」を使用しています。SAP Task Center は、BasicAuthentication または ClientCertificateAuthentication でのみ ID ディレクトリを読み込みます。</translation>
    </message>
    <message>
        <source>Set Authentication to BasicAuthentication (a technical user of the tenant) or ClientCertificateAuthentication.</source>
        <translation>Authentication を BasicAuthentication (テナントの技術ユーザー) または ClientCertificateAuthentication に設定してください。</translation>
    </message>
</context>
<context>
    <name>IdentityDirectoryMissing</name>
    <message>
        <source>The subaccount has no destination %1, which SAP Task Center needs to find users and groups in SAP Cloud Identity Services: no tasks arrive without it.</source>
        <translation>サブアカウントに宛先 %1 がありません。SAP Task Center が SAP Cloud Identity Services でユーザーとグループを検索するにはこの宛先が必要です: この宛先がないとタスクは届きません。</translation>
    </message>
    <message>
        <source>Create %1 with the URL https://&lt;your tenant&gt;.accounts.ondemand.com/scim and BasicAuthentication or ClientCertificateAuthentication.</source>
        <translation>URL https://&lt;テナント&gt;.accounts.ondemand.com/scim と、BasicAuthentication または ClientCertificateAuthentication を使用して %1 を作成してください。</translation>
    </message>
</context>
<context>
    <name>InputChecks</name>
    <message>
        <source>Enter a name for the destination.</source>
        <translation>宛先の名前を入力してください。</translation>
    </message>
    <message>
        <source>Use only letters (A-Z, a-z), digits, underscores (_) and hyphens (-) in the name; spaces and other characters are not allowed by SAP BTP.</source>
        <translation>名前には、英字 (A-Z、a-z)、数字、アンダースコア (_)、ハイフン (-) のみを使用してください。SAP BTP では、空白やその他の文字は使用できません。</translation>
    </message>
    <message>
        <source>The name has %1 characters; SAP BTP allows at most %2.</source>
        <translation>名前が %1 文字あります。SAP BTP で使用できるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>The name has %1 characters; SAP Task Center stops with an error above %2. Shorten it.</source>
        <translation>名前が %1 文字あります。%2 文字を超えると、SAP Task Center はエラーで停止します。名前を短くしてください。</translation>
    </message>
    <message>
        <source>The name has %1 characters; keep it to %2 so that the second destination, %3_PP, stays within SAP Task Center&apos;s limit of %4.</source>
        <translation>名前が %1 文字あります。2 つ目の宛先 %3_PP が SAP Task Center の上限 (%4 文字) に収まるよう、%2 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Names ending in _PP are how SAP Task Center recognizes the principal-propagation destination. Choose a name without _PP for the main destination.</source>
        <translation>SAP Task Center は、名前の末尾の _PP によってプリンシパル伝播用の宛先を識別します。メインの宛先には _PP で終わらない名前を選択してください。</translation>
    </message>
    <message>
        <source>The address must start with https://; credentials never travel unencrypted.</source>
        <translation>アドレスは https:// で始まる必要があります。資格情報が暗号化されずに送信されることはありません。</translation>
    </message>
    <message>
        <source>This is not a complete web address. Copy it again, starting with https://.</source>
        <translation>これは完全な Web アドレスではありません。https:// から始まるアドレスをもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This value has no spaces or line breaks. Copy it again from where it is shown.</source>
        <translation>この値には空白や改行は含まれません。表示されている場所からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a placeholder from a template. Enter the real value.</source>
        <translation>「%1」はテンプレートのプレースホルダーです。実際の値を入力してください。</translation>
    </message>
    <message>
        <source>Enter the address, starting with https://.</source>
        <translation>https:// で始まるアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>クライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>Enter the secret.</source>
        <translation>シークレットを入力してください。</translation>
    </message>
    <message>
        <source>A client is three digits, for example 100.</source>
        <translation>クライアントは 3 桁の数字です (例: 100)。</translation>
    </message>
    <message>
        <source>This is a placeholder from a template. Paste the real API key.</source>
        <translation>これはテンプレートのプレースホルダーです。実際の API キーを貼り付けてください。</translation>
    </message>
    <message>
        <source>A secret is one line. Copy it again from where it is shown.</source>
        <translation>シークレットは 1 行です。表示されている場所からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This is a placeholder from a template. Enter the real value.</source>
        <translation>これはテンプレートのプレースホルダーです。実際の値を入力してください。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name as the system shows it (its user ID).</source>
        <translation>システムに表示されているとおりにユーザー名 (ユーザー ID) を入力してください。</translation>
    </message>
    <message>
        <source>A user name has no spaces. Enter the user&apos;s ID, not the person&apos;s name.</source>
        <translation>ユーザー名には空白は含まれません。担当者の氏名ではなく、ユーザー ID を入力してください。</translation>
    </message>
    <message>
        <source>Paste the API key the system shows for this client.</source>
        <translation>システムがこのクライアントに対して表示する API キーを貼り付けてください。</translation>
    </message>
    <message>
        <source>An API key has no spaces or line breaks. Copy it again from where it is shown.</source>
        <translation>API キーには空白や改行は含まれません。表示されている場所からもう一度コピーしてください。</translation>
    </message>
</context>
<context>
    <name>InputField</name>
    <message>
        <source>Show or hide the value</source>
        <translation>値の表示/非表示を切り替えます</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使用</translation>
    </message>
    <message>
        <source>The value SAP&apos;s guide shows as an example</source>
        <translation>SAP のガイドに例として示されている値</translation>
    </message>
    <message>
        <source>Taken from the subaccount and kept hidden; type a new value to replace it</source>
        <translation>サブアカウントから取得され、非表示になっています。置き換えるには新しい値を入力してください</translation>
    </message>
    <message>
        <source>Use this value instead of the one entered</source>
        <translation>入力した値の代わりにこの値を使用します</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Choose the key store file for %1</source>
        <translation>%1 のキーストアファイルを選択</translation>
    </message>
    <message>
        <source>Choose the key store</source>
        <translation>キーストアを選択</translation>
    </message>
    <message>
        <source>Key stores (*.p12 *.pfx *.jks);;All files (*)</source>
        <translation>キーストア (*.p12 *.pfx *.jks);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 is to be in the subaccount&apos;s destination certificates already: the destinations name it, and nothing is uploaded. To upload it, choose the file on this computer.</source>
        <translation>%1 はすでにサブアカウントの宛先証明書にあるものとして扱われます: 宛先はこの名前を指定するだけで、何もアップロードされません。アップロードするには、このコンピューター上のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Uploaded to the subaccount&apos;s destination certificates as %1 when the wizard writes the destinations. Its certificate: %2, valid until %3.</source>
        <translation>ウィザードが宛先を書き込むときに、サブアカウントの宛先証明書に %1 としてアップロードされます。証明書: %2、有効期限 %3。</translation>
    </message>
    <message>
        <source>Uploaded to the subaccount&apos;s destination certificates as %1 when the wizard writes the destinations (a Java key store: the wizard cannot check its password).</source>
        <translation>ウィザードが宛先を書き込むときに、サブアカウントの宛先証明書に %1 としてアップロードされます (Java キーストアのため、ウィザードはパスワードを確認できません)。</translation>
    </message>
</context>
<context>
    <name>KeyStoreFile</name>
    <message>
        <source>The key store file is empty. Export the key store again.</source>
        <translation>キーストアファイルが空です。キーストアをもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>This file is not a key store (.p12, .pfx or .jks). Choose the key store with the client certificate and its private key, as it was exported for this connection.</source>
        <translation>このファイルはキーストア (.p12、.pfx、.jks) ではありません。この接続用にエクスポートした、クライアント証明書と秘密鍵を含むキーストアを選択してください。</translation>
    </message>
    <message>
        <source>The password does not open this key store. Enter the password it was exported with; it is case-sensitive.</source>
        <translation>このパスワードではキーストアを開けません。エクスポート時のパスワードを入力してください (大文字と小文字は区別されます)。</translation>
    </message>
    <message>
        <source>This key store holds no client certificate with its private key, which the destination needs to authenticate. Export the certificate together with its private key.</source>
        <translation>このキーストアには、宛先の認証に必要な秘密鍵付きのクライアント証明書が含まれていません。証明書を秘密鍵と一緒にエクスポートしてください。</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>詳細をコピー</translation>
    </message>
</context>
<context>
    <name>NameLeavesNoRoom</name>
    <message>
        <source>%1 has %2 characters: its secondary %1_PP would exceed SAP Task Center&apos;s limit of %3.</source>
        <translation>%1 は %2 文字です: セカンダリ宛先 %1_PP が SAP Task Center の上限 (%3 文字) を超えてしまいます。</translation>
    </message>
    <message>
        <source>Use at most %1 characters for a primary destination.</source>
        <translation>プライマリ宛先の名前は %1 文字以内にしてください。</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>Create the destination again under a shorter name made of letters, digits, _ and -; rename its secondary with it.</source>
        <translation>文字、数字、_、- で構成されたより短い名前で宛先を作成し直し、そのセカンダリ宛先の名前もあわせて変更してください。</translation>
    </message>
</context>
<context>
    <name>NameTwice</name>
    <message>
        <source>%1 is given twice (%2 and %3); the later one is checked.</source>
        <translation>%1 が 2 回指定されています (%2 と %3)。後の方がチェックされます。</translation>
    </message>
    <message>
        <source>Check only one export of each destination. Exports of different subaccounts: give each subaccount&apos;s folder or zip archive on its own.</source>
        <translation>各宛先のエクスポートは 1 つだけチェックしてください。異なるサブアカウントのエクスポートの場合は、サブアカウントごとのフォルダーまたは ZIP アーカイブを個別に指定してください。</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>Nothing to click in SAP&apos;s consoles yet. You will need the SAP BTP cockpit of the subaccount where SAP Task Center runs, and administrator access to %1; each later step says where to click.</source>
        <translation>SAP の管理画面でクリックする操作はまだありません。SAP Task Center が実行されているサブアカウントの SAP BTP コックピットと、%1 への管理者アクセスが必要になります。クリックする場所は、後の各ステップで説明します。</translation>
    </message>
    <message>
        <source>Choose where the destinations go: straight into your SAP BTP subaccount over the Destination service, into the demo subaccount on this computer, or only into files that you import in the SAP BTP cockpit yourself. Nothing is written into a subaccount before you have reviewed the changes and chosen Apply.</source>
        <translation>宛先の書き込み先を選択します: Destination サービス経由で SAP BTP サブアカウントに直接書き込むか、このコンピューター上のデモ用サブアカウントに書き込むか、ファイルにのみ書き出して SAP BTP コックピットでご自身でインポートするかです。変更内容を確認して「適用」を選択するまで、サブアカウントには何も書き込まれません。</translation>
    </message>
    <message>
        <source>To add a subaccount, you need a key of its Destination service instance: in the SAP BTP cockpit, open Services &gt; Instances and Subscriptions, choose the Destination instance (plan lite; create one if there is none) and open or create a key under Service Keys. Open the downloaded file or paste its text.</source>
        <translation>サブアカウントを追加するには、その Destination サービスインスタンスのキーが必要です: SAP BTP コックピットで「Services &gt; Instances and Subscriptions」を開き、「Destination」インスタンス (プラン lite。ない場合は作成します) を選択して、「Service Keys」でキーを開くか作成します。ダウンロードしたファイルを開くか、そのテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>Shows, for each destination, whether applying will create it, update it (with every property that changes; secrets stay hidden) or leave it unchanged, and warns when another primary destination already points to the same system. Nothing has been written yet.</source>
        <translation>宛先ごとに、適用によって作成されるか、更新されるか (変更されるすべてのプロパティを表示します。シークレットは非表示のままです)、変更されないかを表示し、別のプライマリ宛先がすでに同じシステムを指している場合は警告します。まだ何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Nothing to click in SAP&apos;s consoles. To compare for yourself, the SAP BTP cockpit lists the subaccount&apos;s destinations under Connectivity &gt; Destinations.</source>
        <translation>SAP の管理画面でクリックする操作はありません。ご自身で比較する場合は、SAP BTP コックピットの「Connectivity &gt; Destinations」にサブアカウントの宛先が一覧表示されます。</translation>
    </message>
    <message>
        <source>Writes each primary destination first, then the destinations that belong to it, and says for each whether it was created, updated, already up to date, or why it failed. Test connection asks the Destination service for a token with the primary destination, as SAP Task Center does.</source>
        <translation>まず各プライマリ宛先を書き込み、次にそれに属する宛先を書き込みます。宛先ごとに、作成されたか、更新されたか、すでに最新だったか、または失敗した理由を表示します。「接続をテスト」では、SAP Task Center と同じように、プライマリ宛先を使用して Destination サービスにトークンを要求します。</translation>
    </message>
    <message>
        <source>The written destinations are listed in the SAP BTP cockpit under Connectivity &gt; Destinations. Afterwards, check in SAP Task Center&apos;s Monitoring that the connector reports no error.</source>
        <translation>書き込まれた宛先は、SAP BTP コックピットの「Connectivity &gt; Destinations」に一覧表示されます。その後、SAP Task Center の「Monitoring」で、コネクターがエラーを報告していないことを確認してください。</translation>
    </message>
    <message>
        <source>The destinations are in the subaccount. Files are optional here, for example to set up another subaccount the same way.</source>
        <translation>宛先はサブアカウントに書き込まれています。ここでのファイルの書き出しは任意です。たとえば、別のサブアカウントを同じ方法でセットアップする場合に使用します。</translation>
    </message>
    <message>
        <source>The SAP BTP cockpit lists the destinations under Connectivity &gt; Destinations. Check in SAP Task Center&apos;s Monitoring that the connector reports no error within the next hour.</source>
        <translation>SAP BTP コックピットの「Connectivity &gt; Destinations」に宛先が一覧表示されます。SAP Task Center の「Monitoring」で、今後 1 時間以内にコネクターがエラーを報告していないことを確認してください。</translation>
    </message>
    <message>
        <source>Saves each destination as a file (.properties for the SAP BTP cockpit, .json for the Destination service REST API) and says what to do next. After Apply, the files are optional.</source>
        <translation>各宛先をファイルとして保存し (SAP BTP コックピット用の .properties、Destination サービス REST API 用の .json)、次に行うことを表示します。「適用」の後は、ファイルの書き出しは任意です。</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose Connectivity &gt; Destinations, then Create &gt; From File, and import the files one at a time. Unless you included them, fill in the secrets the files leave out.</source>
        <translation>SAP BTP コックピットで、SAP Task Center が実行されているサブアカウントを開き、「Connectivity &gt; Destinations」を選択してから「Create &gt; From File」を選択して、ファイルを 1 つずつインポートします。シークレットをファイルに含めていない場合は、ファイルに含まれていないシークレットを入力してください。</translation>
    </message>
    <message>
        <source>Choose what to check: the destinations of a subaccount (the demo subaccount or a saved one) or files exported from the SAP BTP cockpit; and, if you like, the trust certificate a provider holds, to compare it with the subaccount&apos;s current one.</source>
        <translation>チェックする対象を選択します: サブアカウント (デモ用サブアカウントまたは保存済みのサブアカウント) の宛先、または SAP BTP コックピットからエクスポートしたファイルです。必要に応じて、プロバイダーが保持しているトラスト証明書を選択し、サブアカウントの現在の証明書と比較することもできます。</translation>
    </message>
    <message>
        <source>To export destinations: in the SAP BTP cockpit, open Connectivity &gt; Destinations, select them and choose Export (several come as an archive). The subaccount&apos;s trust certificate: Connectivity &gt; Destination Trust &gt; Export.</source>
        <translation>宛先をエクスポートするには: SAP BTP コックピットで「Connectivity &gt; Destinations」を開き、宛先を選択して「Export」を選択します (複数の場合はアーカイブになります)。サブアカウントのトラスト証明書は、「Connectivity &gt; Destination Trust &gt; Export」でエクスポートします。</translation>
    </message>
    <message>
        <source>Lists what the check found, grouped by provider and destination, the worst first. Choose a finding to read how to fix it, where SAP documents it and its rule; some are fixed from here (Fix in the subaccount…) or by setting the provider up again in the wizard.</source>
        <translation>チェックの検出結果を、プロバイダーと宛先ごとにまとめて、重大なものから順に表示します。検出結果を選択すると、修正方法、SAP のドキュメントの該当箇所、およびそのルールを確認できます。一部の検出結果は、ここから修正するか (「サブアカウントで修正…」)、ウィザードでプロバイダーを再セットアップして修正できます。</translation>
    </message>
    <message>
        <source>Fixes by hand are made in the SAP BTP cockpit under Connectivity &gt; Destinations, in the destination the finding names. Open SAP&apos;s page opens the page a finding cites.</source>
        <translation>手作業での修正は、SAP BTP コックピットの「Connectivity &gt; Destinations」で、検出結果に示された宛先に対して行います。「SAP のページを開く」を選択すると、検出結果が参照しているページが開きます。</translation>
    </message>
    <message>
        <source>Get the subaccount&apos;s trust certificate: from the subaccount itself, from the exported .pem file, or pasted. The wizard shows its validity and fingerprint, and warns when it expires soon.</source>
        <translation>サブアカウントのトラスト証明書を取得します: サブアカウントから直接取得するか、エクスポートした .pem ファイルから読み込むか、貼り付けます。ウィザードは証明書の有効期間とフィンガープリントを表示し、期限切れが近い場合は警告します。</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose Connectivity &gt; Destination Trust and Export the active certificate (a .pem file). Older guides say Connectivity &gt; Destinations &gt; Download Trust; SAP moved it in November 2025.</source>
        <translation>SAP BTP コックピットで、SAP Task Center が実行されているサブアカウントを開き、「Connectivity &gt; Destination Trust」を選択して、アクティブな証明書 (.pem ファイル) を「Export」でエクスポートします。以前のガイドでは「Connectivity &gt; Destinations &gt; Download Trust」と記載されています。SAP は 2025 年 11 月にこの機能を移動しました。</translation>
    </message>
    <message>
        <source>Renew the certificate before it expires, and put the new one into %1 at once: until then, tasks may not come through.</source>
        <translation>証明書は期限が切れる前に更新し、新しい証明書をすぐに %1 に登録してください。登録するまでは、タスクが届かない場合があります。</translation>
    </message>
    <message>
        <source>The SAP Task Center service key says where SAP Task Center is and which OAuth client it uses (uaa.url, uaa.clientid, endpoints.inbox_rest_url); later steps take their values from it.</source>
        <translation>SAP Task Center のサービスキーには、SAP Task Center の場所と、使用する OAuth クライアントが記載されています (uaa.url、uaa.clientid、endpoints.inbox_rest_url)。後のステップでは、このキーの値が使用されます。</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open Services &gt; Instances and Subscriptions, choose the SAP Task Center instance, and under Service Keys open a key (create one if there is none). Download it, or copy its JSON text.</source>
        <translation>SAP BTP コックピットで「Services &gt; Instances and Subscriptions」を開き、SAP Task Center のインスタンスを選択して、「Service Keys」でキーを開きます (ない場合は作成します)。キーをダウンロードするか、その JSON テキストをコピーしてください。</translation>
    </message>
    <message>
        <source>Values about %1 that the destinations need. The wizard checks each as you type and makes the addresses SAP&apos;s guide asks for from them.</source>
        <translation>宛先に必要な、%1 に関する値です。ウィザードは入力中に各値をチェックし、それらの値から SAP のガイドで求められているアドレスを作成します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The values come from %1; its administrator knows them.</source>
        <translation>これらの値は %1 から取得します。値はそのシステムの管理者が把握しています。</translation>
    </message>
    <message>
        <source>Things to do in %1 itself. The page shows each value to enter there, with a Copy button, and asks for the values it gives back.</source>
        <translation>%1 自体で行う作業です。このページには、そこで入力する各値が「コピー」ボタン付きで表示されます。また、そのシステムから返される値の入力を求められます。</translation>
    </message>
    <message>
        <source>Steps done outside the wizard, in the order SAP documents them; the page says what to check at each one.</source>
        <translation>ウィザードの外で行う手順を、SAP のドキュメントに記載されている順に示します。各手順で確認することは、このページに表示されます。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; as SAP&apos;s guide lists it: its name and properties. The wizard writes it into the subaccount after the review, or into a file for you to import.</source>
        <translation>SAP のガイドに記載されているとおりの宛先「%1」(名前とプロパティ) です。ウィザードは、確認の後にこの宛先をサブアカウントに書き込むか、インポート用のファイルに書き出します。</translation>
    </message>
    <message>
        <source>The destinations as SAP&apos;s guide lists them. The wizard writes them into the subaccount after the review, or into files for you to import.</source>
        <translation>SAP のガイドに記載されているとおりの宛先です。ウィザードは、確認の後にこれらの宛先をサブアカウントに書き込むか、インポート用のファイルに書き出します。</translation>
    </message>
    <message>
        <source>The SAP BTP cockpit lists the subaccount&apos;s destinations under Connectivity &gt; Destinations; a file is imported there with Create &gt; From File.</source>
        <translation>SAP BTP コックピットの「Connectivity &gt; Destinations」に、サブアカウントの宛先が一覧表示されます。ファイルは、そこで「Create &gt; From File」を使用してインポートします。</translation>
    </message>
    <message>
        <source>Choose the task provider to connect to SAP Task Center. The page lists the destinations the wizard will set up, what to have at hand and SAP&apos;s guides. From here you can also continue a saved setup, try the demo subaccount, or check a configuration that exists already.</source>
        <translation>SAP Task Center に接続するタスクプロバイダーを選択します。このページには、ウィザードがセットアップする宛先、用意するもの、SAP のガイドが表示されます。ここから、保存済みのセットアップを続行したり、デモ用サブアカウントを試したり、既存の構成をチェックしたりすることもできます。</translation>
    </message>
    <message>
        <source>For %1, also choose how to connect it (%2).</source>
        <translation>%1 の場合は、接続方法も選択します (%2)。</translation>
    </message>
    <message>
        <source>Nothing is left for the wizard to write on this way. The page says what to check afterwards.</source>
        <translation>この方法では、ウィザードが書き込むものはありません。その後に確認することは、このページに表示されます。</translation>
    </message>
</context>
<context>
    <name>PairSystemsDiffer</name>
    <message>
        <source>%1 %2 here, %3 in %4</source>
        <translation>%1 はここでは %2、%4 では %3</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>%1 and its primary destination %2 name different systems (%3): SAP Task Center reads the tasks from one and acts on them in the other.</source>
        <translation>%1 とそのプライマリ宛先 %2 は異なるシステムを指しています (%3): SAP Task Center は一方からタスクを読み込み、もう一方でタスクを処理します。</translation>
    </message>
    <message>
        <source>Set up the pair again with the wizard, so that both name the same system.</source>
        <translation>ウィザードでこのペアをセットアップし直し、両方が同じシステムを指すようにしてください。</translation>
    </message>
</context>
<context>
    <name>PrimaryDuplicate</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 are enabled primary destinations to the same system: every user gets each of its tasks twice.</source>
        <translation>%1 と %2 は、同じシステムへの有効なプライマリ宛先です: すべてのユーザーにそのシステムの各タスクが 2 回表示されます。</translation>
    </message>
    <message>
        <source>Keep one. Delete the others, or set their tc.enabled to false.</source>
        <translation>1 つだけ残してください。その他は削除するか、tc.enabled を false に設定してください。</translation>
    </message>
</context>
<context>
    <name>PropertyCheck</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%2 の %1: %3</translation>
    </message>
    <message>
        <source>Correct %1 (%2).</source>
        <translation>%1 を修正してください (%2)。</translation>
    </message>
</context>
<context>
    <name>PropertyMissing</name>
    <message>
        <source>%1 lacks the property %2 that SAP&apos;s guide for %3 requires.</source>
        <translation>%1 には、%3 用の SAP のガイドで必須とされているプロパティ %2 がありません。</translation>
    </message>
    <message>
        <source>Add %1 as the guide for %2 says, or set the destination up again with the wizard.</source>
        <translation>%2 用のガイドの記載どおりに %1 を追加するか、ウィザードで宛先をセットアップし直してください。</translation>
    </message>
</context>
<context>
    <name>PropertyShape</name>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; SAP&apos;s guide for %4 gives it the form &quot;%5&quot;.</source>
        <translation>%2 の %1 は「%3」です。%4 用の SAP のガイドでは「%5」の形式が示されています。</translation>
    </message>
    <message>
        <source>Set %1 in the form %2.</source>
        <translation>%1 を %2 の形式で設定してください。</translation>
    </message>
</context>
<context>
    <name>PropertyValue</name>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; it must be spelled exactly &quot;%4&quot;.</source>
        <translation>%2 の %1 は「%3」です。正確に「%4」と記述する必要があります。</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;; SAP&apos;s guide for %4 asks for &quot;%5&quot;.</source>
        <translation>%2 の %1 は「%3」です。%4 用の SAP のガイドでは「%5」が求められています。</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>%1 を %2 に設定してください。</translation>
    </message>
</context>
<context>
    <name>ProviderDefinition</name>
    <message>
        <source>Unknown task provider &quot;%1&quot;. Known providers: %2.</source>
        <translation>不明なタスクプロバイダー「%1」です。既知のプロバイダー: %2。</translation>
    </message>
    <message>
        <source>The provider definition is not valid JSON: %1</source>
        <translation>プロバイダー定義が有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>The provider definition lacks &quot;id&quot; or &quot;displayName&quot;.</source>
        <translation>プロバイダー定義に &quot;id&quot; または &quot;displayName&quot; がありません。</translation>
    </message>
    <message>
        <source>The provider definition has an unsupported format (expected %1).</source>
        <translation>プロバイダー定義の形式はサポートされていません (想定: %1)。</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has an unknown kind &quot;%2&quot; (known: %3).</source>
        <translation>ステップ「%1」の種類「%2」は不明です (既知の種類: %3)。</translation>
    </message>
    <message>
        <source>The provider definition &quot;%1&quot; is not consistent: %2</source>
        <translation>プロバイダー定義「%1」に矛盾があります: %2</translation>
    </message>
    <message>
        <source>an input has no &quot;id&quot;.</source>
        <translation>入力に &quot;id&quot; がありません。</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is defined twice.</source>
        <translation>入力「%1」が 2 回定義されています。</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; names an unknown check &quot;%2&quot;.</source>
        <translation>入力「%1」で不明なチェック「%2」が指定されています。</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; must differ from an unknown input &quot;%2&quot;.</source>
        <translation>入力「%1」は不明な入力「%2」と異なる必要があります。</translation>
    </message>
    <message>
        <source>the derived value &quot;%1&quot; comes from an unknown input &quot;%2&quot;.</source>
        <translation>派生値「%1」は不明な入力「%2」から取得されます。</translation>
    </message>
    <message>
        <source>a path lacks &quot;id&quot; or &quot;title&quot;.</source>
        <translation>パスに &quot;id&quot; または &quot;title&quot; がありません。</translation>
    </message>
    <message>
        <source>it has no steps.</source>
        <translation>ステップがありません。</translation>
    </message>
    <message>
        <source>a step has no &quot;id&quot; or one used twice (&quot;%1&quot;).</source>
        <translation>ステップに &quot;id&quot; がないか、&quot;id&quot; が重複しています (「%1」)。</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; names an unknown path &quot;%2&quot;.</source>
        <translation>ステップ「%1」で不明なパス「%2」が指定されています。</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; reads an unknown document &quot;%2&quot; (trustCertificate or serviceKey).</source>
        <translation>ステップ「%1」は不明なドキュメント「%2」を読み込みます (trustCertificate または serviceKey)。</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has no title.</source>
        <translation>ステップ「%1」にタイトルがありません。</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; shows an unknown value ${%2}.</source>
        <translation>ステップ「%1」は不明な値 ${%2} を表示します。</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; asks for an unknown input &quot;%2&quot;.</source>
        <translation>ステップ「%1」は不明な入力「%2」を要求します。</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; shows an unknown derived value &quot;%2&quot;.</source>
        <translation>ステップ「%1」は不明な派生値「%2」を表示します。</translation>
    </message>
    <message>
        <source>the checklist &quot;%1&quot; has no items.</source>
        <translation>チェックリスト「%1」に項目がありません。</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; has no steps.</source>
        <translation>パス「%1」にステップがありません。</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; writes destinations but has no destinations step.</source>
        <translation>パス「%1」は宛先を書き込みますが、宛先のステップがありません。</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; writes no destinations but has a destinations step.</source>
        <translation>パス「%1」は宛先を書き込みませんが、宛先のステップがあります。</translation>
    </message>
    <message>
        <source>a destination lacks &quot;role&quot;, &quot;name&quot; or &quot;title&quot;.</source>
        <translation>宛先に &quot;role&quot;、&quot;name&quot;、または &quot;title&quot; がありません。</translation>
    </message>
    <message>
        <source>the destination role &quot;%1&quot; is used twice.</source>
        <translation>宛先ロール「%1」が 2 回使用されています。</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; belongs to &quot;%2&quot;, which is not a primary destination defined before it.</source>
        <translation>宛先「%1」は「%2」に属していますが、「%2」はそれより前に定義されたプライマリ宛先ではありません。</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; is named by an unknown input &quot;%2&quot;.</source>
        <translation>宛先「%1」の名前は、不明な入力「%2」から取得されます。</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; uses an unknown value ${%2}.</source>
        <translation>宛先「%1」は不明な値 ${%2} を使用しています。</translation>
    </message>
    <message>
        <source>it describes no primary destination.</source>
        <translation>プライマリ宛先が記述されていません。</translation>
    </message>
    <message>
        <source>no step asks for the input &quot;%1&quot;.</source>
        <translation>入力「%1」を要求するステップがありません。</translation>
    </message>
    <message>
        <source>the guide &quot;%1&quot; documents an unknown step &quot;%2&quot;.</source>
        <translation>ガイド「%1」に、不明なステップ「%2」が記載されています。</translation>
    </message>
    <message>
        <source>it has destinations but no destinations step to show them.</source>
        <translation>宛先がありますが、それを表示する宛先のステップがありません。</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; must be on the same site as an unknown input &quot;%2&quot;, or its warning does not name both sites (the two placeholders for them).</source>
        <translation>入力「%1」は不明な入力「%2」と同じサイト上にある必要があります。または、その警告に両方のサイト (それらを表す 2 つのプレースホルダー) が含まれていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values SAP documents here (%2). Choose one of them.</source>
        <translation>「%1」は、SAP がここで記載している値 (%2) のいずれでもありません。いずれかを選択してください。</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a default value that is not one of its choices.</source>
        <translation>入力「%1」のデフォルト値が選択肢のいずれでもありません。</translation>
    </message>
    <message>
        <source>the example of the input &quot;%1&quot; does not pass its own check.</source>
        <translation>入力「%1」の例が、その入力自体のチェックに合格しません。</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a pattern that is not a valid regular expression with a message.</source>
        <translation>入力「%1」のパターンが、メッセージ付きの有効な正規表現ではありません。</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; does not set the same values as the way &quot;%2&quot;.</source>
        <translation>方法「%1」は、方法「%2」と同じ値を設定していません。</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; sets &quot;%2&quot;, which is already an input or a derived value.</source>
        <translation>方法「%1」は「%2」を設定していますが、これはすでに入力または派生値です。</translation>
    </message>
    <message>
        <source>the way &quot;%1&quot; gives a default for an unknown input &quot;%2&quot;.</source>
        <translation>方法「%1」は、不明な入力「%2」のデフォルト値を指定しています。</translation>
    </message>
    <message>
        <source>The provider definition is invalid: the input &quot;%1&quot; is filled in a way that is not understood: %2</source>
        <translation>プロバイダー定義が無効です: 入力「%1」の値の設定方法を解釈できません: %2</translation>
    </message>
    <message>
        <source>The provider definition is invalid: a hint of the input &quot;%1&quot; has the severity &quot;%2&quot;; it is &quot;warning&quot; or &quot;error&quot;.</source>
        <translation>プロバイダー定義が無効です: 入力「%1」のヒントの重大度が「%2」になっています。重大度に指定できるのは &quot;warning&quot; または &quot;error&quot; です。</translation>
    </message>
    <message>
        <source>The provider definition is invalid: the derived value &quot;%1&quot; is made in a way that is not understood: %2</source>
        <translation>プロバイダー定義が無効です: 派生値「%1」の生成方法を解釈できません: %2</translation>
    </message>
    <message>
        <source>it has neither &quot;take&quot; nor &quot;join&quot;.</source>
        <translation>&quot;take&quot; も &quot;join&quot; もありません。</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has a hint that is not a valid regular expression with a message (a hint with a suggestion names it in its message).</source>
        <translation>入力「%1」のヒントが、メッセージ付きの有効な正規表現ではありません (提案を含むヒントでは、メッセージ内でその提案に言及します)。</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is filled from an unknown input &quot;%2&quot;, or says nothing to &quot;take&quot; of it.</source>
        <translation>入力「%1」は不明な入力「%2」から値が設定されるか、その入力から何を取得するかが &quot;take&quot; で指定されていません。</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>Procurement and spend</source>
        <translation>調達・支出管理</translation>
    </message>
    <message>
        <source>ERP and finance</source>
        <translation>ERP・財務</translation>
    </message>
    <message>
        <source>Sales, service and marketing</source>
        <translation>営業・サービス・マーケティング</translation>
    </message>
    <message>
        <source>Process automation and workplace</source>
        <translation>プロセス自動化・ワークプレイス</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>サードパーティー</translation>
    </message>
    <message>
        <source>The provider definition is invalid: its &quot;family&quot; is &quot;%1&quot;; it is one of %2.</source>
        <translation>プロバイダー定義が無効です: &quot;family&quot; が「%1」になっています。%2 のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; names an unknown path &quot;%2&quot;.</source>
        <translation>宛先「%1」で不明なパス「%2」が指定されています。</translation>
    </message>
    <message>
        <source>the key store input &quot;%1&quot; names &quot;%2&quot; as its password, which is not a secret input (or the key store itself is marked secret).</source>
        <translation>キーストアの入力「%1」はパスワードとして「%2」を指定していますが、これはシークレットの入力ではありません (またはキーストア自体がシークレットとしてマークされています)。</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Search, e.g. Ariba or procurement</source>
        <translation>検索 (例: Ariba、調達)</translation>
    </message>
    <message>
        <source>Search task providers</source>
        <translation>タスクプロバイダーを検索</translation>
    </message>
    <message>
        <source>Task providers</source>
        <translation>タスクプロバイダー</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>API server</source>
        <translation>API サーバー</translation>
    </message>
    <message>
        <source>The OData API address of your SuccessFactors data center. In SuccessFactors, search for &quot;About HXM Suite OData APIs&quot; and copy the API server URL; the wizard derives the other addresses from it.</source>
        <translation>SuccessFactors データセンターの OData API アドレスです。SuccessFactors で「About HXM Suite OData APIs」を検索し、API サーバーの URL をコピーしてください。ウィザードはこの URL からその他のアドレスを導き出します。</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>会社 ID</translation>
    </message>
    <message>
        <source>Your SuccessFactors company ID, shown in SuccessFactors under your name &gt; Show version information, and in the login address after company=.</source>
        <translation>SuccessFactors の会社 ID です。SuccessFactors の「(ユーザー名) &gt; Show version information」と、ログインアドレスの company= の後に表示されます。</translation>
    </message>
    <message>
        <source>Technical user</source>
        <translation>技術ユーザー</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>宛先名</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 61 characters, so the secondary destination &lt;name&gt;_PP stays within Task Center&apos;s limit of 64.</source>
        <translation>英字、数字、_、- のみ、最大 61 文字です。これにより、セカンダリ宛先 &lt;名前&gt;_PP が Task Center の上限 (64 文字) に収まります。</translation>
    </message>
    <message>
        <source>API key of the technical-user client</source>
        <translation>技術ユーザー用クライアントの API キー</translation>
    </message>
    <message>
        <source>In SuccessFactors, open Admin Center &gt; Manage OAuth2 Client Applications, choose View next to the technical-user client and copy its API Key.</source>
        <translation>SuccessFactors で「Admin Center &gt; Manage OAuth2 Client Applications」を開き、技術ユーザー用クライアントの横にある「View」を選択して、その「API Key」をコピーしてください。</translation>
    </message>
    <message>
        <source>Principal-propagation client&apos;s API key</source>
        <translation>プリンシパル伝播用クライアントの API キー</translation>
    </message>
    <message>
        <source>The API Key of the second client (the one with Bind to Users switched off).</source>
        <translation>2 つ目のクライアント (「Bind to Users」がオフになっているもの) の「API Key」です。</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>宛先 URL</translation>
    </message>
    <message>
        <source>Token Service URL</source>
        <translation>Token Service URL</translation>
    </message>
    <message>
        <source>Client for the technical user</source>
        <translation>技術ユーザー用のクライアント</translation>
    </message>
    <message>
        <source>Application Name</source>
        <translation>Application Name</translation>
    </message>
    <message>
        <source>Any unique name.</source>
        <translation>任意の一意の名前。</translation>
    </message>
    <message>
        <source>Application URL</source>
        <translation>Application URL</translation>
    </message>
    <message>
        <source>A unique URL; the documentation uses uaa.url of the Task Center service key.</source>
        <translation>一意の URL。ドキュメントでは Task Center のサービスキーの uaa.url が使用されています。</translation>
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
        <translation>BEGIN 行と END 行を除き、改行を含まないトラスト証明書。</translation>
    </message>
    <message>
        <source>Client for principal propagation</source>
        <translation>プリンシパル伝播用のクライアント</translation>
    </message>
    <message>
        <source>Any unique name, different from the first client&apos;s.</source>
        <translation>1 つ目のクライアントとは異なる、任意の一意の名前。</translation>
    </message>
    <message>
        <source>uaa.url followed by /pp, so it differs from the first client&apos;s URL.</source>
        <translation>uaa.url の後に /pp を付けたもの。これにより、1 つ目のクライアントの URL と異なるものになります。</translation>
    </message>
    <message>
        <source>The same trust certificate.</source>
        <translation>同じトラスト証明書。</translation>
    </message>
    <message>
        <source>Primary destination (technical user)</source>
        <translation>プライマリ宛先 (技術ユーザー)</translation>
    </message>
    <message>
        <source>Create only one primary destination for each SuccessFactors system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、SuccessFactors システムごとにプライマリ宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>Secondary destination (principal propagation)</source>
        <translation>セカンダリ宛先 (プリンシパル伝播)</translation>
    </message>
    <message>
        <source>SAP Task Center links this destination to the primary by its name: the primary&apos;s name followed by _PP. If you rename the primary later, rename this one too.</source>
        <translation>SAP Task Center は、名前 (プライマリ宛先の名前の後に _PP を付けたもの) によってこの宛先をプライマリ宛先に関連付けます。後でプライマリ宛先の名前を変更する場合は、この宛先の名前も変更してください。</translation>
    </message>
    <message>
        <source>SuccessFactors does not accept this subaccount&apos;s signature: the certificate in the OAuth client (Admin Center &gt; Manage OAuth2 Client Applications) is not the subaccount&apos;s current trust certificate. Paste the current one there again, without the BEGIN and END lines.</source>
        <translation>SuccessFactors がこのサブアカウントの署名を受け付けません: OAuth クライアント (「Admin Center &gt; Manage OAuth2 Client Applications」) の証明書が、サブアカウントの現在のトラスト証明書ではありません。BEGIN 行と END 行を除いた現在の証明書を、そこにもう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>SuccessFactors does not know the technical user. Enter its user ID, not the user name or e-mail address, as the technical user and apply again.</source>
        <translation>SuccessFactors がこの技術ユーザーを認識していません。技術ユーザーとして、ユーザー名やメールアドレスではなくユーザー ID を入力し、もう一度適用してください。</translation>
    </message>
    <message>
        <source>Check in SuccessFactors (Admin Center &gt; Manage OAuth2 Client Applications) that the destination&apos;s API key belongs to an OAuth client registered with this subaccount&apos;s trust certificate: an API key only works for the subaccount whose certificate it was registered with.</source>
        <translation>SuccessFactors (「Admin Center &gt; Manage OAuth2 Client Applications」) で、宛先の API キーが、このサブアカウントのトラスト証明書で登録された OAuth クライアントのものであることを確認してください: API キーは、登録に使用した証明書のサブアカウントでのみ機能します。</translation>
    </message>
    <message>
        <source>Approvals from SAP Field Service Management (FSM): a primary destination with FSM&apos;s client credentials and a secondary destination for principal propagation, after uploading the subaccount&apos;s trust certificate in FSM&apos;s Admin portal.</source>
        <translation>SAP Field Service Management (FSM) からの承認: サブアカウントのトラスト証明書を FSM の「Admin portal」にアップロードした後、FSM のクライアント資格情報を使用するプライマリ宛先と、プリンシパル伝播用のセカンダリ宛先を作成します。</translation>
    </message>
    <message>
        <source>FSM cluster</source>
        <translation>FSM クラスター</translation>
    </message>
    <message>
        <source>The cluster your FSM account runs on: its name (for example eu) or any address you open FSM with, such as https://eu.fsm.cloud.sap. The wizard makes the addresses SAP&apos;s guide asks for from it.</source>
        <translation>FSM アカウントが稼働しているクラスターです: その名前 (例: eu)、または FSM を開くときに使用するアドレス (https://eu.fsm.cloud.sap など) を指定します。ウィザードはそこから、SAP のガイドで求められるアドレスを作成します。</translation>
    </message>
    <message>
        <source>FSM account ID</source>
        <translation>FSM アカウント ID</translation>
    </message>
    <message>
        <source>The ID of your FSM account, shown in FSM&apos;s Admin portal under Account.</source>
        <translation>FSM アカウントの ID です。FSM の「Admin portal」の「Account」に表示されます。</translation>
    </message>
    <message>
        <source>FSM company ID</source>
        <translation>FSM 会社 ID</translation>
    </message>
    <message>
        <source>The ID of the company within the account, shown in FSM&apos;s Admin portal under Companies.</source>
        <translation>アカウント内の会社の ID です。FSM の「Admin portal」の「Companies」に表示されます。</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>The client ID FSM generated for SAP Task Center (Admin portal, Generating Client ID and Secret).</source>
        <translation>FSM が SAP Task Center 用に生成したクライアント ID (「Admin portal」の「Generating Client ID and Secret」)。</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>The client secret FSM showed with the client ID. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>FSM がクライアント ID と一緒に表示したクライアントシークレットです。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>SAML metadata URL</source>
        <translation>SAML メタデータ URL</translation>
    </message>
    <message>
        <source>The address of the SAML metadata from FSM&apos;s SAML configuration; it becomes the secondary destination&apos;s Audience.</source>
        <translation>FSM の SAML 設定にある SAML メタデータのアドレスです。セカンダリ宛先の Audience になります。</translation>
    </message>
    <message>
        <source>FSM trusts SAP Task Center through this certificate: you upload it in FSM&apos;s Admin portal next.</source>
        <translation>FSM はこの証明書によって SAP Task Center を信頼します: 次に、この証明書を FSM の「Admin portal」にアップロードします。</translation>
    </message>
    <message>
        <source>Upload the trust certificate in FSM</source>
        <translation>トラスト証明書を FSM にアップロード</translation>
    </message>
    <message>
        <source>FSM&apos;s Admin portal: Establish Trust with SAP Destination Service.</source>
        <translation>FSM の「Admin portal」: 「Establish Trust with SAP Destination Service」。</translation>
    </message>
    <message>
        <source>In FSM&apos;s &lt;b&gt;Admin portal&lt;/b&gt;, open the Task Center integration and &lt;b&gt;Establish Trust with SAP Destination Service&lt;/b&gt;: upload the subaccount&apos;s trust certificate there. Save it as a file below, or copy it.</source>
        <translation>FSM の &lt;b&gt;Admin portal&lt;/b&gt; で Task Center 統合を開き、&lt;b&gt;Establish Trust with SAP Destination Service&lt;/b&gt; で、サブアカウントのトラスト証明書をアップロードします。証明書は下でファイルとして保存するか、コピーしてください。</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>トラスト証明書</translation>
    </message>
    <message>
        <source>Trust certificate (PEM)</source>
        <translation>トラスト証明書 (PEM)</translation>
    </message>
    <message>
        <source>The same .pem file the SAP BTP cockpit exports under Connectivity &gt; Destination Trust. Renew it in FSM too whenever the subaccount&apos;s certificate is renewed.</source>
        <translation>SAP BTP コックピットが「Connectivity &gt; Destination Trust」でエクスポートするものと同じ .pem ファイルです。サブアカウントの証明書を更新したときは、FSM でも必ず更新してください。</translation>
    </message>
    <message>
        <source>Certificate name (CN)</source>
        <translation>証明書名 (CN)</translation>
    </message>
    <message>
        <source>To recognize the certificate in FSM&apos;s list.</source>
        <translation>FSM の一覧で証明書を識別するためのものです。</translation>
    </message>
    <message>
        <source>Your FSM account</source>
        <translation>FSM アカウント</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches FSM: cluster, account and company.</source>
        <translation>SAP Task Center が FSM に接続する先: クラスター、アカウント、会社。</translation>
    </message>
    <message>
        <source>FSM&apos;s client for SAP Task Center</source>
        <translation>SAP Task Center 用の FSM クライアント</translation>
    </message>
    <message>
        <source>The client ID and secret, and the SAML metadata, from FSM&apos;s Admin portal.</source>
        <translation>FSM の「Admin portal」から取得したクライアント ID とシークレット、および SAML メタデータ。</translation>
    </message>
    <message>
        <source>In FSM&apos;s &lt;b&gt;Admin portal&lt;/b&gt;, generate a client ID and secret for SAP Task Center (&lt;b&gt;Generating Client ID and Secret&lt;/b&gt;) and copy them here. Then copy the address of the &lt;b&gt;SAML metadata&lt;/b&gt; from FSM&apos;s SAML configuration.</source>
        <translation>FSM の &lt;b&gt;Admin portal&lt;/b&gt; で SAP Task Center 用のクライアント ID とシークレットを生成し (&lt;b&gt;Generating Client ID and Secret&lt;/b&gt;)、ここにコピーします。次に、FSM の SAML 設定から &lt;b&gt;SAML メタデータ&lt;/b&gt; のアドレスをコピーします。</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>クライアント資格情報</translation>
    </message>
    <message>
        <source>SAML metadata</source>
        <translation>SAML メタデータ</translation>
    </message>
    <message>
        <source>FSM does not accept the client ID or secret. Copy both again from FSM&apos;s Admin portal (the client generated for SAP Task Center) and apply again.</source>
        <translation>FSM がクライアント ID またはシークレットを受け付けません。FSM の「Admin portal」(SAP Task Center 用に生成したクライアント) から両方をもう一度コピーし、再度適用してください。</translation>
    </message>
    <message>
        <source>Check in FSM&apos;s Admin portal that the client ID and secret belong to the client generated for SAP Task Center, that the account and company IDs are right, and that this subaccount&apos;s current trust certificate is uploaded (Establish Trust with SAP Destination Service).</source>
        <translation>FSM の「Admin portal」で、クライアント ID とシークレットが SAP Task Center 用に生成したクライアントのものであること、アカウント ID と会社 ID が正しいこと、このサブアカウントの現在のトラスト証明書がアップロードされていること (「Establish Trust with SAP Destination Service」) を確認してください。</translation>
    </message>
    <message>
        <source>Create only one primary destination for each FSM account and company in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、FSM のアカウントと会社ごとにプライマリ宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>SAP&apos;s page &quot;Secondary Destination for the Principal Propagation (SAP Field Service Management)&quot; asks for &quot;the API Key for principal propagation&quot; as Client Key, but FSM has no such key; the wizard enters FSM&apos;s client ID, as the rest of the page uses it. If SAP Task Center cannot act as the user, check this value with SAP (Edit properties).</source>
        <translation>SAP のページ「Secondary Destination for the Principal Propagation (SAP Field Service Management)」では、Client Key として「the API Key for principal propagation」が求められていますが、FSM にはそのようなキーはありません。ウィザードは、そのページの他の箇所と同様に FSM のクライアント ID を入力します。SAP Task Center がユーザーとして処理を実行できない場合は、この値について SAP に確認してください (「プロパティを編集」)。</translation>
    </message>
    <message>
        <source>Workflow tasks from SAP S/4HANA Cloud Public Edition: either SAP BTP connects the systems through a formation, or you set up communication arrangement SAP_COM_0501 in S/4HANA Cloud and the wizard writes one destination.</source>
        <translation>SAP S/4HANA Cloud Public Edition のワークフロータスク: SAP BTP がフォーメーションによってシステムを接続するか、S/4HANA Cloud でコミュニケーション契約 SAP_COM_0501 をセットアップしてウィザードが宛先を 1 つ書き込むかのいずれかです。</translation>
    </message>
    <message>
        <source>Communication user</source>
        <translation>コミュニケーションユーザー</translation>
    </message>
    <message>
        <source>The user name of the communication user you created in Maintain Communication Users.</source>
        <translation>「Maintain Communication Users」で作成したコミュニケーションユーザーのユーザー名です。</translation>
    </message>
    <message>
        <source>Communication user&apos;s password</source>
        <translation>コミュニケーションユーザーのパスワード</translation>
    </message>
    <message>
        <source>The password you gave the communication user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>コミュニケーションユーザーに設定したパスワードです。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>サービス URL</translation>
    </message>
    <message>
        <source>The service URL the arrangement shows for its inbound service. The destination uses its server part; the client comes from its sap-client.</source>
        <translation>コミュニケーション契約がインバウンドサービスに対して表示するサービス URL です。宛先ではそのサーバー部分が使用され、クライアントはその sap-client から取得されます。</translation>
    </message>
    <message>
        <source>SAML2 Audience</source>
        <translation>SAML2 Audience</translation>
    </message>
    <message>
        <source>From the arrangement&apos;s OAuth 2.0 Details.</source>
        <translation>コミュニケーション契約の「OAuth 2.0 Details」から取得します。</translation>
    </message>
    <message>
        <source>Client ID (OAuth 2.0 Details)</source>
        <translation>クライアント ID (OAuth 2.0 Details)</translation>
    </message>
    <message>
        <source>Client (sap-client)</source>
        <translation>クライアント (sap-client)</translation>
    </message>
    <message>
        <source>The S/4HANA Cloud client, taken from the service URL&apos;s sap-client when it has one.</source>
        <translation>S/4HANA Cloud のクライアントです。サービス URL に sap-client が含まれている場合は、そこから取得されます。</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 64 characters (SAP Task Center&apos;s limit).</source>
        <translation>英字、数字、_、- のみ、最大 64 文字 (SAP Task Center の上限) です。</translation>
    </message>
    <message>
        <source>Automatically, with a formation in the SAP BTP cockpit</source>
        <translation>自動: SAP BTP コックピットのフォーメーションを使用</translation>
    </message>
    <message>
        <source>Choose this when your S/4HANA Cloud system is registered in your global account with the communication scenario group &quot;All Communication Scenarios&quot;: SAP BTP then sets up SAP_COM_0501 and the connection itself, and the wizard writes no destination. Not available in the China (Shanghai) and Government Cloud (US) regions.</source>
        <translation>S/4HANA Cloud システムが、コミュニケーションシナリオグループ「All Communication Scenarios」でグローバルアカウントに登録されている場合に選択します: SAP BTP が SAP_COM_0501 と接続を自動的にセットアップするため、ウィザードは宛先を書き込みません。中国 (上海) リージョンと Government Cloud (US) リージョンでは使用できません。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check in SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the SAP BTP cockpit, open &lt;b&gt;System Landscape &amp;gt; Formations&lt;/b&gt; and check that the formation is listed with the SAP Task Center system and the SAP S/4HANA Cloud system in it.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user who has workflow tasks in SAP S/4HANA Cloud: the tasks appear there.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SAP Task Center で確認すること&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;SAP BTP コックピットで &lt;b&gt;System Landscape &amp;gt; Formations&lt;/b&gt; を開き、SAP Task Center システムと SAP S/4HANA Cloud システムを含むフォーメーションが一覧に表示されていることを確認します。&lt;/li&gt;&lt;li&gt;SAP S/4HANA Cloud にワークフロータスクがあるユーザーとして &lt;b&gt;SAP Task Center Web app&lt;/b&gt; を開きます: タスクがそこに表示されます。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>By hand, with communication arrangement SAP_COM_0501</source>
        <translation>手動: コミュニケーション契約 SAP_COM_0501 を使用</translation>
    </message>
    <message>
        <source>Choose this when a formation is not possible (the system is not registered with &quot;All Communication Scenarios&quot;, or your region has no formations): you create a communication user, system and arrangement in S/4HANA Cloud with the values the wizard shows, and the wizard writes the destination.</source>
        <translation>フォーメーションを使用できない場合 (システムが「All Communication Scenarios」で登録されていない、またはリージョンでフォーメーションが提供されていない場合) に選択します: ウィザードに表示される値を使用して、S/4HANA Cloud でコミュニケーションユーザー、コミュニケーションシステム、コミュニケーション契約を作成します。宛先はウィザードが書き込みます。</translation>
    </message>
    <message>
        <source>Set up the formation in the SAP BTP cockpit</source>
        <translation>SAP BTP コックピットでフォーメーションをセットアップ</translation>
    </message>
    <message>
        <source>Tick each step once you have done it; SAP BTP does the rest.</source>
        <translation>各ステップが完了したらチェックを付けてください。残りは SAP BTP が行います。</translation>
    </message>
    <message>
        <source>You need to be a global account administrator or a system landscape administrator.</source>
        <translation>グローバルアカウント管理者またはシステムランドスケープ管理者である必要があります。</translation>
    </message>
    <message>
        <source>The SAP S/4HANA Cloud system is listed under &lt;b&gt;System Landscape &amp;gt; Systems&lt;/b&gt;, registered with the communication scenario group &lt;b&gt;All Communication Scenarios&lt;/b&gt; (this is what enables SAP_COM_0501 automatically).</source>
        <translation>SAP S/4HANA Cloud システムが &lt;b&gt;System Landscape &amp;gt; Systems&lt;/b&gt; に表示され、コミュニケーションシナリオグループ &lt;b&gt;All Communication Scenarios&lt;/b&gt; で登録されています (これにより SAP_COM_0501 が自動的に有効になります)。</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the global account: System Landscape &gt; Systems. A missing system: Add System, and get its registration token with &quot;All Communication Scenarios&quot;.</source>
        <translation>グローバルアカウントの SAP BTP コックピット: 「System Landscape &gt; Systems」。システムがない場合は「Add System」を選択し、「All Communication Scenarios」で登録トークンを取得してください。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;SAP Task Center&lt;/b&gt; system you use is not yet part of another formation of type &lt;i&gt;Integration with SAP Task Center&lt;/i&gt; (a Task Center system can be in at most one).</source>
        <translation>使用する &lt;b&gt;SAP Task Center&lt;/b&gt; システムが、タイプ &lt;i&gt;Integration with SAP Task Center&lt;/i&gt; の別のフォーメーションにまだ含まれていません (Task Center システムは最大 1 つのフォーメーションにのみ含めることができます)。</translation>
    </message>
    <message>
        <source>System Landscape &gt; Formations: check the existing formations of that type.</source>
        <translation>「System Landscape &gt; Formations」: そのタイプの既存のフォーメーションを確認してください。</translation>
    </message>
    <message>
        <source>Create a formation of type &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;, with any name that helps you recognize it.</source>
        <translation>タイプ &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; のフォーメーションを、識別しやすい任意の名前で作成します。</translation>
    </message>
    <message>
        <source>System Landscape &gt; Formations &gt; Create Formation; Formation Type: Integration with SAP Task Center.</source>
        <translation>「System Landscape &gt; Formations &gt; Create Formation」、「Formation Type」: 「Integration with SAP Task Center」。</translation>
    </message>
    <message>
        <source>Include exactly &lt;b&gt;one SAP Task Center&lt;/b&gt; system and the &lt;b&gt;SAP S/4HANA Cloud&lt;/b&gt; system, review your selection and create the formation.</source>
        <translation>&lt;b&gt;SAP Task Center システム 1 つ&lt;/b&gt;と &lt;b&gt;SAP S/4HANA Cloud&lt;/b&gt; システムを含め、選択内容を確認してフォーメーションを作成します。</translation>
    </message>
    <message>
        <source>In the same dialog: select the systems, then Review and Create.</source>
        <translation>同じダイアログで: システムを選択し、「Review and Create」を選択します。</translation>
    </message>
    <message>
        <source>S/4HANA Cloud trusts SAP Task Center through this certificate: it becomes the communication system&apos;s signing certificate.</source>
        <translation>S/4HANA Cloud はこの証明書によって SAP Task Center を信頼します: この証明書がコミュニケーションシステムの署名証明書になります。</translation>
    </message>
    <message>
        <source>Create the communication user in S/4HANA Cloud</source>
        <translation>S/4HANA Cloud でコミュニケーションユーザーを作成</translation>
    </message>
    <message>
        <source>SAP Task Center fetches tokens as this user.</source>
        <translation>SAP Task Center は、このユーザーとしてトークンを取得します。</translation>
    </message>
    <message>
        <source>In SAP S/4HANA Cloud, open the app &lt;b&gt;Maintain Communication Users&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt;, enter a user name, a description and a password, and choose &lt;b&gt;Create&lt;/b&gt;. Enter the same user name and password here.</source>
        <translation>SAP S/4HANA Cloud でアプリ &lt;b&gt;Maintain Communication Users&lt;/b&gt; を開き、&lt;b&gt;New&lt;/b&gt; を選択して、ユーザー名、説明、パスワードを入力し、&lt;b&gt;Create&lt;/b&gt; を選択します。同じユーザー名とパスワードをここに入力してください。</translation>
    </message>
    <message>
        <source>Create the communication system in S/4HANA Cloud</source>
        <translation>S/4HANA Cloud でコミュニケーションシステムを作成</translation>
    </message>
    <message>
        <source>It lets S/4HANA Cloud trust the assertions this subaccount signs.</source>
        <translation>これにより、S/4HANA Cloud はこのサブアカウントが署名したアサーションを信頼します。</translation>
    </message>
    <message>
        <source>Open the app &lt;b&gt;Communication Systems&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt; and enter a System ID and System Name. Set &lt;b&gt;Host Name&lt;/b&gt; to your S/4HANA Cloud host (for example my300000.s4hana.ondemand.com) and the values below; under &lt;b&gt;Users for Inbound Communication&lt;/b&gt;, add the communication user with +. Save.</source>
        <translation>アプリ &lt;b&gt;Communication Systems&lt;/b&gt; を開き、&lt;b&gt;New&lt;/b&gt; を選択して、System ID と System Name を入力します。&lt;b&gt;Host Name&lt;/b&gt; に S/4HANA Cloud のホスト (例: my300000.s4hana.ondemand.com) を設定し、以下のフィールドに表示されている値を設定します。&lt;b&gt;Users for Inbound Communication&lt;/b&gt; で、+ を使用してコミュニケーションユーザーを追加します。保存します。</translation>
    </message>
    <message>
        <source>Communication system</source>
        <translation>コミュニケーションシステム</translation>
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
        <translation>「Upload Signing Certificate」を選択し、このファイル (サブアカウントのトラスト証明書) をアップロードしてください。</translation>
    </message>
    <message>
        <source>OAuth 2.0 SAML Issuer</source>
        <translation>OAuth 2.0 SAML Issuer</translation>
    </message>
    <message>
        <source>The certificate&apos;s CN (the value after CN=).</source>
        <translation>証明書の CN (CN= の後の値)。</translation>
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
        <translation>+ を使用してコミュニケーションユーザーを追加してください。</translation>
    </message>
    <message>
        <source>Create communication arrangement SAP_COM_0501</source>
        <translation>コミュニケーション契約 SAP_COM_0501 を作成</translation>
    </message>
    <message>
        <source>The arrangement for SAP Task Center, and the values it gives back for the destination.</source>
        <translation>SAP Task Center 用のコミュニケーション契約と、宛先用にその契約から返される値。</translation>
    </message>
    <message>
        <source>Open the app &lt;b&gt;Communication Arrangements&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt;, select scenario &lt;b&gt;SAP_COM_0501&lt;/b&gt;, enter an arrangement name and choose &lt;b&gt;Create&lt;/b&gt;. Select the communication system you created; the inbound user follows, with authentication method OAuth 2.0. Save.</source>
        <translation>アプリ &lt;b&gt;Communication Arrangements&lt;/b&gt; を開き、&lt;b&gt;New&lt;/b&gt; を選択して、シナリオ &lt;b&gt;SAP_COM_0501&lt;/b&gt; を選択し、契約名を入力して &lt;b&gt;Create&lt;/b&gt; を選択します。作成したコミュニケーションシステムを選択すると、インバウンドユーザーが認証方法 OAuth 2.0 で設定されます。保存します。</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s address and OAuth client</source>
        <translation>SAP Task Center のアドレスと OAuth クライアント</translation>
    </message>
    <message>
        <source>Where the arrangement asks for SAP Task Center (to push task updates), enter these values from the service key:</source>
        <translation>コミュニケーション契約で SAP Task Center について求められる箇所 (タスクの更新を送信するため) に、サービスキーの次の値を入力してください:</translation>
    </message>
    <message>
        <source>Task Center inbox REST URL</source>
        <translation>Task Center の受信トレイ REST URL</translation>
    </message>
    <message>
        <source>endpoints.inbox_rest_url of the service key.</source>
        <translation>サービスキーの endpoints.inbox_rest_url。</translation>
    </message>
    <message>
        <source>Task Center token URL</source>
        <translation>Task Center のトークン URL</translation>
    </message>
    <message>
        <source>uaa.url of the service key followed by /oauth/token.</source>
        <translation>サービスキーの uaa.url の後に /oauth/token を付けたもの。</translation>
    </message>
    <message>
        <source>Task Center client ID</source>
        <translation>Task Center のクライアント ID</translation>
    </message>
    <message>
        <source>uaa.clientid of the service key.</source>
        <translation>サービスキーの uaa.clientid。</translation>
    </message>
    <message>
        <source>Task Center client secret</source>
        <translation>Task Center のクライアントシークレット</translation>
    </message>
    <message>
        <source>uaa.clientsecret of the service key.</source>
        <translation>サービスキーの uaa.clientsecret。</translation>
    </message>
    <message>
        <source>Values for the destination</source>
        <translation>宛先の値</translation>
    </message>
    <message>
        <source>Copy these from the saved arrangement: the service URL of its inbound service, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL.</source>
        <translation>保存したコミュニケーション契約から、インバウンドサービスのサービス URL と、&lt;b&gt;OAuth 2.0 Details&lt;/b&gt; の SAML2 Audience、Client ID、Token Service URL をコピーしてください。</translation>
    </message>
    <message>
        <source>Check in SAP S/4HANA Cloud that the communication system holds this subaccount&apos;s current trust certificate as signing certificate, that its OAuth 2.0 SAML Issuer is the certificate&apos;s CN, and that the communication user and password in the destination are those of the arrangement.</source>
        <translation>SAP S/4HANA Cloud で、コミュニケーションシステムの署名証明書がこのサブアカウントの現在のトラスト証明書であること、その OAuth 2.0 SAML Issuer が証明書の CN であること、宛先のコミュニケーションユーザーとパスワードがコミュニケーション契約のものであることを確認してください。</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA Cloud</source>
        <translation>SAP S/4HANA Cloud への宛先</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user. Check it in the SAP Task Center Web app as a user with S/4HANA Cloud tasks.</source>
        <translation>この宛先には技術ユーザーがありません: Destination サービスは、SAP Task Center が各ユーザーに対して行うのと同じように、ログオンしているユーザーに対してのみこの宛先でトークンを取得します。S/4HANA Cloud のタスクを持つユーザーとして、SAP Task Center Web app で確認してください。</translation>
    </message>
    <message>
        <source>Create only one destination for each S/4HANA Cloud system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、S/4HANA Cloud のシステムとクライアントごとに宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>Tasks and to-dos from SAP SuccessFactors: a primary destination with the technical user and a secondary destination for principal propagation, after registering two OAuth clients in SuccessFactors.</source>
        <translation>SAP SuccessFactors のタスクと To-Do: SuccessFactors に 2 つの OAuth クライアントを登録した後、技術ユーザーを使用するプライマリ宛先と、プリンシパル伝播用のセカンダリ宛先を作成します。</translation>
    </message>
    <message>
        <source>The user ID of the technical user SuccessFactors created when you enabled the to-do integration with SAP Task Center (SAP&apos;s guide shows TECHNICAL_USER_INBOX_CEF979F3 as an example; yours may differ). Use the user ID, not the user name or e-mail address.</source>
        <translation>SAP Task Center との To-Do 統合を有効にしたときに SuccessFactors が作成した技術ユーザーのユーザー ID です (SAP のガイドでは例として TECHNICAL_USER_INBOX_CEF979F3 が示されていますが、実際の ID は異なる場合があります)。ユーザー名やメールアドレスではなく、ユーザー ID を使用してください。</translation>
    </message>
    <message>
        <source>SuccessFactors trusts SAP Task Center through this certificate: it goes into both OAuth clients.</source>
        <translation>SuccessFactors はこの証明書によって SAP Task Center を信頼します: この証明書は両方の OAuth クライアントに登録します。</translation>
    </message>
    <message>
        <source>The service key tells SuccessFactors where SAP Task Center is: its uaa.url becomes the clients&apos; Application URL.</source>
        <translation>サービスキーにより、SAP Task Center の場所が SuccessFactors に伝えられます: その uaa.url がクライアントの Application URL になります。</translation>
    </message>
    <message>
        <source>Your SuccessFactors system</source>
        <translation>SuccessFactors システム</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SuccessFactors, and as which user.</source>
        <translation>SAP Task Center が SuccessFactors に接続する先と、使用するユーザー。</translation>
    </message>
    <message>
        <source>Register the OAuth clients in SuccessFactors</source>
        <translation>SuccessFactors で OAuth クライアントを登録</translation>
    </message>
    <message>
        <source>Two clients: one for the technical user that reads tasks, one for each user&apos;s own actions.</source>
        <translation>2 つのクライアント: 1 つはタスクを読み込む技術ユーザー用、もう 1 つは各ユーザー自身の操作用です。</translation>
    </message>
    <message>
        <source>In SuccessFactors, open &lt;b&gt;Admin Center &amp;gt; Manage OAuth2 Client Applications&lt;/b&gt; and choose &lt;b&gt;Register Client Application&lt;/b&gt;. Enter the values below, save, then choose &lt;b&gt;View&lt;/b&gt; next to the new client and copy its &lt;b&gt;API Key&lt;/b&gt; into the field under it. Do this for both clients.</source>
        <translation>SuccessFactors で &lt;b&gt;Admin Center &amp;gt; Manage OAuth2 Client Applications&lt;/b&gt; を開き、&lt;b&gt;Register Client Application&lt;/b&gt; を選択します。以下の値を入力して保存し、新しいクライアントの横にある &lt;b&gt;View&lt;/b&gt; を選択して、その &lt;b&gt;API Key&lt;/b&gt; をその下のフィールドにコピーします。これを両方のクライアントについて行ってください。</translation>
    </message>
    <message>
        <source>SAP BTP connects the systems itself once both are in a formation of type Integration with SAP Task Center: it enables communication scenario SAP_COM_0501 for an SAP S/4HANA Cloud system registered with All Communication Scenarios. The wizard writes no destination on this path.</source>
        <translation>両方のシステムがタイプ「Integration with SAP Task Center」のフォーメーションに含まれると、SAP BTP がシステムを自動的に接続します: 「All Communication Scenarios」で登録された SAP S/4HANA Cloud システムに対して、コミュニケーションシナリオ SAP_COM_0501 が有効になります。この方法では、ウィザードは宛先を書き込みません。</translation>
    </message>
    <message>
        <source>The first client&apos;s API key goes into the primary destination, the second client&apos;s into the secondary destination for principal propagation. An API key is only valid for the subaccount whose trust certificate the client holds, so register the clients again for another subaccount.</source>
        <translation>1 つ目のクライアントの API キーはプライマリ宛先に、2 つ目のクライアントの API キーはプリンシパル伝播用のセカンダリ宛先に入力します。API キーは、クライアントが保持しているトラスト証明書のサブアカウントでのみ有効なため、別のサブアカウントの場合はクライアントを登録し直してください。</translation>
    </message>
    <message>
        <source>This metadata is on the cluster %1, but your account is on %2. Check in FSM&apos;s SAML configuration that it is your account&apos;s metadata: another cluster&apos;s makes every user&apos;s token fail. (SAP&apos;s own examples mix eu and de, so compare with what FSM shows you.)</source>
        <translation>このメタデータはクラスター %1 上にありますが、お使いのアカウントは %2 上にあります。FSM の SAML 設定で、これがお使いのアカウントのメタデータであることを確認してください: 別のクラスターのメタデータでは、すべてのユーザーのトークンが失敗します。(SAP 自身の例では eu と de が混在しているため、FSM に表示される内容と比較してください。)</translation>
    </message>
    <message>
        <source>The Destination service no longer takes the technical user from SystemUser in this subaccount (SAP announced its removal for the end of September 2026). Check SAP Task Center&apos;s SuccessFactors guide for what replaces SystemUser, and set the primary destination up as it says.</source>
        <translation>このサブアカウントでは、Destination サービスが SystemUser から技術ユーザーを取得しなくなりました (SAP は 2026 年 9 月末での削除を告知していました)。SystemUser の代わりに何を使用するかを SAP Task Center の SuccessFactors 用ガイドで確認し、その記載どおりにプライマリ宛先をセットアップしてください。</translation>
    </message>
    <message>
        <source>SAP announced in the Destination service&apos;s documentation that the SystemUser property would be removed by the end of September 2026, but SAP Task Center&apos;s SuccessFactors guide still lists it. Keep it until SAP Task Center documents a replacement. If Test connection then says &quot;Cannot determine user to propagate&quot;, this subaccount no longer honours SystemUser: check SAP Task Center&apos;s SuccessFactors guide for what replaces it.</source>
        <translation>SAP は Destination サービスのドキュメントで、SystemUser プロパティを 2026 年 9 月末までに削除すると告知しましたが、SAP Task Center の SuccessFactors 用ガイドにはまだ記載されています。SAP Task Center が代替手段をドキュメントに記載するまでは、このプロパティを残してください。その後「接続をテスト」で「Cannot determine user to propagate」と表示された場合、このサブアカウントは SystemUser を受け付けなくなっています: 代わりに何を使用するかは、SAP Task Center の SuccessFactors 用ガイドで確認してください。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining steps for S/4HANA Cloud&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;The Task Center app for your users:&lt;/b&gt; in the launchpad your users open (SAP Build Work Zone or another central entry point), create a &lt;b&gt;Task Center&lt;/b&gt; tile and activate the site&apos;s languages, as SAP&apos;s guide &quot;Create a Task Center Tile&quot; says. It uses the destination &lt;i&gt;Task_Center&lt;/i&gt; of this subaccount.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users in S/4HANA Cloud:&lt;/b&gt; each approver&apos;s business user needs a &lt;b&gt;Global User ID&lt;/b&gt; equal to the &lt;b&gt;User UUID&lt;/b&gt; of the same user in SAP Cloud Identity Services (copy it by hand to try it out, or replicate the users with Identity Provisioning, communication scenario SAP_COM_0193). Without it, the tasks reach SAP Task Center but appear in nobody&apos;s list.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user with workflow tasks in S/4HANA Cloud: the tasks appear there.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;S/4HANA Cloud に関して SAP が示す残りのステップ&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;ユーザー向けの Task Center アプリ:&lt;/b&gt; ユーザーが開くランチパッド (SAP Build Work Zone または別の中央エントリポイント) で、SAP のガイド「Create a Task Center Tile」に従って &lt;b&gt;Task Center&lt;/b&gt; タイルを作成し、サイトの言語を有効にします。このタイルは、このサブアカウントの宛先 &lt;i&gt;Task_Center&lt;/i&gt; を使用します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;S/4HANA Cloud のユーザー:&lt;/b&gt; 各承認者のビジネスユーザーには、SAP Cloud Identity Services 内の同じユーザーの &lt;b&gt;User UUID&lt;/b&gt; と等しい &lt;b&gt;Global User ID&lt;/b&gt; が必要です (試すだけなら手作業でコピーし、そうでなければコミュニケーションシナリオ SAP_COM_0193 を使用して Identity Provisioning でユーザーをレプリケートします)。これがないと、タスクは SAP Task Center に届きますが、誰の一覧にも表示されません。&lt;/li&gt;&lt;li&gt;S/4HANA Cloud にワークフロータスクがあるユーザーとして &lt;b&gt;SAP Task Center Web app&lt;/b&gt; を開きます: タスクがそこに表示されます。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Workflow tasks from an on-premise SAP S/4HANA system, reached through your SAP Cloud Connector: one destination with the service user of S/4HANA&apos;s task pull service, after preparing the Cloud Connector and S/4HANA as SAP&apos;s guide says.</source>
        <translation>SAP Cloud Connector 経由で接続するオンプレミスの SAP S/4HANA システムのワークフロータスク: SAP のガイドに従って Cloud Connector と S/4HANA を準備した後、S/4HANA のタスクプルサービスのサービスユーザーを使用する宛先を 1 つ作成します。</translation>
    </message>
    <message>
        <source>Virtual host and port</source>
        <translation>仮想ホストとポート</translation>
    </message>
    <message>
        <source>From the Cloud Connector&apos;s access control for your S/4HANA system: the destination&apos;s URL is &lt;Virtual Host&gt;:&lt;Virtual Port&gt;. Start it with the scheme of that access control entry (http:// or https://); SAP&apos;s Task Center guide gives the pattern without one.</source>
        <translation>S/4HANA システム用の Cloud Connector のアクセス制御から取得します: 宛先の URL は &lt;Virtual Host&gt;:&lt;Virtual Port&gt; です。先頭には、そのアクセス制御エントリーのスキーム (http:// または https://) を付けてください。SAP の Task Center ガイドでは、スキームなしのパターンが示されています。</translation>
    </message>
    <message>
        <source>Enter the virtual host and virtual port of the S/4HANA system&apos;s access control in the Cloud Connector, as an address: http://&lt;virtual host&gt;:&lt;virtual port&gt;, with nothing after the port.</source>
        <translation>Cloud Connector で S/4HANA システムのアクセス制御に設定した仮想ホストと仮想ポートを、アドレスとして入力してください: http://&lt;virtual host&gt;:&lt;virtual port&gt; (ポートの後には何も付けません)。</translation>
    </message>
    <message>
        <source>Location ID (optional)</source>
        <translation>ロケーション ID (任意)</translation>
    </message>
    <message>
        <source>The location ID you configured in the Cloud Connector&apos;s initial configuration. Needed only when more than one Cloud Connector is connected to this subaccount; leave it empty otherwise.</source>
        <translation>Cloud Connector の初期設定で構成したロケーション ID です。このサブアカウントに複数の Cloud Connector が接続されている場合にのみ必要です。それ以外の場合は空のままにしてください。</translation>
    </message>
    <message>
        <source>A location ID is letters, digits, dots, hyphens and underscores, as you configured it in the Cloud Connector.</source>
        <translation>ロケーション ID には、Cloud Connector で構成したとおりに、英字、数字、ピリオド、ハイフン、アンダースコアを使用します。</translation>
    </message>
    <message>
        <source>Service user for the task pull service</source>
        <translation>タスクプルサービスのサービスユーザー</translation>
    </message>
    <message>
        <source>The user you created in S/4HANA under &quot;Create Service User for Task Pull Service&quot; (Integrating SAP Task Center).</source>
        <translation>S/4HANA の「Create Service User for Task Pull Service」(「Integrating SAP Task Center」) で作成したユーザーです。</translation>
    </message>
    <message>
        <source>Enter the user name of the service user you created for the task pull service in S/4HANA, without spaces.</source>
        <translation>S/4HANA でタスクプルサービス用に作成したサービスユーザーのユーザー名を、スペースなしで入力してください。</translation>
    </message>
    <message>
        <source>Service user&apos;s password</source>
        <translation>サービスユーザーのパスワード</translation>
    </message>
    <message>
        <source>The password of that service user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>そのサービスユーザーのパスワードです。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>The client number of your S/4HANA system.</source>
        <translation>S/4HANA システムのクライアント番号です。</translation>
    </message>
    <message>
        <source>Client ID for pushed task updates (optional)</source>
        <translation>タスク更新の送信用のクライアント ID (任意)</translation>
    </message>
    <message>
        <source>Only once you have completed Integrating SAP Task Center in S/4HANA: the uaa &gt; clientid of the service key of the dedicated SAP Task Center service instance you created for pushed updates. Leave it empty until then; SAP warns that tasks may not arrive otherwise.</source>
        <translation>S/4HANA で「Integrating SAP Task Center」を完了した後にのみ入力します: 更新の送信用に作成した専用の SAP Task Center サービスインスタンスのサービスキーに含まれる uaa &gt; clientid です。それまでは空のままにしてください。そうしないとタスクが届かない場合があると、SAP は警告しています。</translation>
    </message>
    <message>
        <source>Prepare the Cloud Connector and SAP S/4HANA</source>
        <translation>Cloud Connector と SAP S/4HANA の準備</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next page asks for what they give you.</source>
        <translation>各ステップが完了したらチェックを付けてください。次のページで、そこで得た値を入力します。</translation>
    </message>
    <message>
        <source>SAP Task Center reaches an on-premise S/4HANA system only through an SAP Cloud Connector connected to this subaccount, with the service user of S/4HANA&apos;s task pull service.</source>
        <translation>SAP Task Center がオンプレミスの S/4HANA システムに接続できるのは、このサブアカウントに接続された SAP Cloud Connector を経由し、S/4HANA のタスクプルサービスのサービスユーザーを使用する場合だけです。</translation>
    </message>
    <message>
        <source>The Cloud Connector is connected to this subaccount and its access control exposes your S/4HANA system. Note the &lt;b&gt;virtual host&lt;/b&gt; and &lt;b&gt;virtual port&lt;/b&gt;, and the &lt;b&gt;location ID&lt;/b&gt; if you configured one.</source>
        <translation>Cloud Connector がこのサブアカウントに接続され、そのアクセス制御で S/4HANA システムが公開されています。&lt;b&gt;仮想ホスト&lt;/b&gt;と&lt;b&gt;仮想ポート&lt;/b&gt;、および構成した場合は&lt;b&gt;ロケーション ID&lt;/b&gt; をメモしてください。</translation>
    </message>
    <message>
        <source>Follow &quot;Prepare SAP Cloud Connector and SAP S/4HANA for the SAP Task Center Connection&quot; for your S/4HANA version.</source>
        <translation>S/4HANA のバージョンに対応する「Prepare SAP Cloud Connector and SAP S/4HANA for the SAP Task Center Connection」に従ってください。</translation>
    </message>
    <message>
        <source>In S/4HANA, SAP Task Center is integrated and you have the &lt;b&gt;user name and password of the service user for the task pull service&lt;/b&gt;.</source>
        <translation>S/4HANA に SAP Task Center が統合されており、&lt;b&gt;タスクプルサービスのサービスユーザーのユーザー名とパスワード&lt;/b&gt;がわかっています。</translation>
    </message>
    <message>
        <source>S/4HANA: Integrating SAP Task Center, &quot;Create Service User for Task Pull Service&quot;.</source>
        <translation>S/4HANA: 「Integrating SAP Task Center」、「Create Service User for Task Pull Service」。</translation>
    </message>
    <message>
        <source>You know the &lt;b&gt;client number&lt;/b&gt; of your S/4HANA system.</source>
        <translation>S/4HANA システムの&lt;b&gt;クライアント番号&lt;/b&gt;がわかっています。</translation>
    </message>
    <message>
        <source>Your SAP S/4HANA system</source>
        <translation>SAP S/4HANA システム</translation>
    </message>
    <message>
        <source>How SAP Task Center reaches S/4HANA through the Cloud Connector, and as which user.</source>
        <translation>SAP Task Center が Cloud Connector 経由で S/4HANA に接続する方法と、使用するユーザー。</translation>
    </message>
    <message>
        <source>Check in the Cloud Connector that the access control for the virtual host and port is reachable and that the location ID matches, and in S/4HANA that the service user for the task pull service is not locked and its password is the one in the destination.</source>
        <translation>Cloud Connector で、仮想ホストとポートのアクセス制御に到達できること、およびロケーション ID が一致することを確認してください。また S/4HANA で、タスクプルサービスのサービスユーザーがロックされておらず、そのパスワードが宛先のパスワードと同じであることを確認してください。</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA</source>
        <translation>SAP S/4HANA への宛先</translation>
    </message>
    <message>
        <source>The Destination service reaches an on-premise system only through your Cloud Connector, and SAP says Check Connection may not tell whether SAP Task Center reaches S/4HANA. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Destination サービスがオンプレミスシステムに接続できるのは、Cloud Connector を経由する場合だけです。また SAP によると、「Check Connection」では SAP Task Center が S/4HANA に接続できるかどうかがわからない場合があります。宛先を保存したら、SAP Task Center の「Monitoring」でコネクターを確認してください。</translation>
    </message>
    <message>
        <source>Create only one destination for each S/4HANA system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、S/4HANA のシステムとクライアントごとに宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>Workflow tasks from SAP S/4HANA Cloud Private Edition, reached through your SAP Cloud Connector: one destination with the service user of S/4HANA&apos;s task pull service, after preparing the Cloud Connector and S/4HANA as SAP&apos;s guide says.</source>
        <translation>SAP Cloud Connector 経由で接続する SAP S/4HANA Cloud Private Edition のワークフロータスク: SAP のガイドに従って Cloud Connector と S/4HANA を準備した後、S/4HANA のタスクプルサービスのサービスユーザーを使用する宛先を 1 つ作成します。</translation>
    </message>
    <message>
        <source>The user you created in S/4HANA for the task pull service, as &quot;Configuring SAP Task Center Integration&quot; (Integrating SAP Task Center) describes.</source>
        <translation>「Configuring SAP Task Center Integration」(「Integrating SAP Task Center」) の説明に従って、S/4HANA でタスクプルサービス用に作成したユーザーです。</translation>
    </message>
    <message>
        <source>S/4HANA: Integrating SAP Task Center, &quot;Configuring SAP Task Center Integration&quot;.</source>
        <translation>S/4HANA: 「Integrating SAP Task Center」、「Configuring SAP Task Center Integration」。</translation>
    </message>
    <message>
        <source>Destination to SAP S/4HANA Cloud Private Edition</source>
        <translation>SAP S/4HANA Cloud Private Edition への宛先</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP S/4HANA Cloud Private Edition system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、SAP S/4HANA Cloud Private Edition のシステムとクライアントごとに宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>Approvals from SAP Concur Expense or SAP Concur Request: one destination for each product of your SAP Concur entity, with the entity&apos;s Company Request Token, which SAP Task Center exchanges for a refresh token the first time it connects.</source>
        <translation>SAP Concur Expense または SAP Concur Request からの承認: SAP Concur エンティティの製品ごとに、エンティティの Company Request Token を使用する宛先を 1 つ作成します。SAP Task Center は、初回の接続時にこのトークンをリフレッシュトークンと交換します。</translation>
    </message>
    <message>
        <source>Data center base URI</source>
        <translation>データセンターのベース URI</translation>
    </message>
    <message>
        <source>The base URI of your SAP Concur entity&apos;s data center. SAP&apos;s guide gives https://us2.api.concursolutions.com as an example and says to ask your SAP Concur implementation consultant for the list.</source>
        <translation>SAP Concur エンティティのデータセンターのベース URI です。SAP のガイドでは例として https://us2.api.concursolutions.com が示されており、一覧は SAP Concur の導入コンサルタントに問い合わせるよう記載されています。</translation>
    </message>
    <message>
        <source>Enter the data center&apos;s base URI as your SAP Concur implementation consultant gives it, for example https://us2.api.concursolutions.com, with nothing after the host.</source>
        <translation>SAP Concur の導入コンサルタントから伝えられたとおりに、データセンターのベース URI を入力してください (例: https://us2.api.concursolutions.com、ホストの後には何も付けません)。</translation>
    </message>
    <message>
        <source>Data center (tc.concur.dc)</source>
        <translation>データセンター (tc.concur.dc)</translation>
    </message>
    <message>
        <source>The data center of the base URI above; SAP documents eu2 and us2.</source>
        <translation>上記のベース URI のデータセンターです。SAP では eu2 と us2 が記載されています。</translation>
    </message>
    <message>
        <source>The data center is %1, but the base URI is on %2. Choose the data center of the base URI.</source>
        <translation>データセンターは %1 ですが、ベース URI は %2 にあります。ベース URI のデータセンターを選択してください。</translation>
    </message>
    <message>
        <source>Company UUID</source>
        <translation>Company UUID</translation>
    </message>
    <message>
        <source>The Company UUID you got with the Company Request Token.</source>
        <translation>Company Request Token と一緒に取得した Company UUID です。</translation>
    </message>
    <message>
        <source>A Company UUID has the form 8f2c6a1e-4b7d-4e2a-9c3f-1d5e7a9b0c24. Copy it again from where you generated the Company Request Token.</source>
        <translation>Company UUID の形式は 8f2c6a1e-4b7d-4e2a-9c3f-1d5e7a9b0c24 です。Company Request Token を生成した場所からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Company Request Token</source>
        <translation>Company Request Token</translation>
    </message>
    <message>
        <source>The Company Request Token you generated for the entity. SAP Task Center replaces it with a refresh token the first time it connects; it is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>エンティティ用に生成した Company Request Token です。SAP Task Center は、初回の接続時にこれをリフレッシュトークンに置き換えます。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>SAP Concur Expense (expense reports)</source>
        <translation>SAP Concur Expense (経費レポート)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of expense reports. An entity with both products needs one destination for each: run the wizard again for SAP Concur Request.</source>
        <translation>経費レポートの承認に使用する場合に選択します。両方の製品を使用するエンティティには、製品ごとに宛先が 1 つ必要です: SAP Concur Request 用にウィザードをもう一度実行してください。</translation>
    </message>
    <message>
        <source>SAP Concur Request (travel requests)</source>
        <translation>SAP Concur Request (出張申請)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of travel requests. An entity with both products needs one destination for each: run the wizard again for SAP Concur Expense.</source>
        <translation>出張申請の承認に使用する場合に選択します。両方の製品を使用するエンティティには、製品ごとに宛先が 1 つ必要です: SAP Concur Expense 用にウィザードをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Prepare SAP Concur</source>
        <translation>SAP Concur の準備</translation>
    </message>
    <message>
        <source>SAP Task Center connects to an SAP Concur entity with the entity&apos;s Company Request Token and Company UUID, once the entity&apos;s workflows are enabled for SAP Task Center.</source>
        <translation>エンティティのワークフローが SAP Task Center 向けに有効化されると、SAP Task Center はエンティティの Company Request Token と Company UUID を使用して SAP Concur エンティティに接続します。</translation>
    </message>
    <message>
        <source>You have generated the &lt;b&gt;Company Request Token&lt;/b&gt; and the &lt;b&gt;Company UUID&lt;/b&gt; of your SAP Concur entity.</source>
        <translation>SAP Concur エンティティの &lt;b&gt;Company Request Token&lt;/b&gt; と &lt;b&gt;Company UUID&lt;/b&gt; を生成済みです。</translation>
    </message>
    <message>
        <source>SAP Concur: Company Request Token. Your SAP Concur implementation consultant can help.</source>
        <translation>SAP Concur: 「Company Request Token」。SAP Concur の導入コンサルタントに支援を依頼することもできます。</translation>
    </message>
    <message>
        <source>The workflows of SAP Concur Expense, SAP Concur Request or both are &lt;b&gt;enabled for SAP Task Center&lt;/b&gt;.</source>
        <translation>SAP Concur Expense、SAP Concur Request、またはその両方のワークフローが &lt;b&gt;SAP Task Center 向けに有効化&lt;/b&gt;されています。</translation>
    </message>
    <message>
        <source>SAP Concur: SAP Task Center Integration with Concur Solutions.</source>
        <translation>SAP Concur: 「SAP Task Center Integration with Concur Solutions」。</translation>
    </message>
    <message>
        <source>You have opened a ticket to verify your &lt;b&gt;Data Privacy Agreement&lt;/b&gt; version.</source>
        <translation>&lt;b&gt;Data Privacy Agreement&lt;/b&gt; のバージョンを確認するためのチケットを作成済みです。</translation>
    </message>
    <message>
        <source>SAP Support Portal, component BNS-CON-TSK, subject &quot;SAP Concur DPA Version Verification&quot;.</source>
        <translation>SAP Support Portal、コンポーネント BNS-CON-TSK、件名「SAP Concur DPA Version Verification」。</translation>
    </message>
    <message>
        <source>Your SAP Concur entity</source>
        <translation>SAP Concur エンティティ</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Concur, and with which token.</source>
        <translation>SAP Task Center が SAP Concur に接続する先と、使用するトークン。</translation>
    </message>
    <message>
        <source>Check that the Client Key still holds the refresh token SAP Task Center put there and that tc.concur.auth.req.token.enabled is false. If SAP Concur revoked the token, generate a new Company Request Token and set the destination up again.</source>
        <translation>Client Key に SAP Task Center が設定したリフレッシュトークンがまだ含まれていること、および tc.concur.auth.req.token.enabled が false であることを確認してください。SAP Concur がトークンを取り消した場合は、新しい Company Request Token を生成し、宛先をセットアップし直してください。</translation>
    </message>
    <message>
        <source>Destination to SAP Concur</source>
        <translation>SAP Concur への宛先</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Concur. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Destination サービスは、ログオンしているユーザーに対してのみこの宛先でトークンを取得します。また SAP によると、「Check Connection」では SAP Task Center が SAP Concur に接続できるかどうかがわからない場合があります。宛先を保存したら、SAP Task Center の「Monitoring」でコネクターを確認してください。</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Concur entity and product in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、SAP Concur のエンティティと製品ごとに宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>SAP Task Center replaces the Client Key with a refresh token and sets tc.concur.auth.req.token.enabled to false the first time it connects. Never change either afterwards: SAP says it can break the connection. Applying again keeps both as they are in the subaccount.</source>
        <translation>SAP Task Center は、初回の接続時に Client Key をリフレッシュトークンに置き換え、tc.concur.auth.req.token.enabled を false に設定します。その後はどちらも変更しないでください: SAP によると、接続が機能しなくなる可能性があります。もう一度適用しても、両方ともサブアカウント内の現在の値のまま保持されます。</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks you to select Use default JDK truststore: the wizard sets no TrustStoreLocation, and without one the Destination service uses the JDK truststore.</source>
        <translation>SAP のガイドでは「Use default JDK truststore」を選択するよう求められています: ウィザードは TrustStoreLocation を設定しません。TrustStoreLocation がない場合、Destination サービスは JDK のトラストストアを使用します。</translation>
    </message>
    <message>
        <source>The address must start with https://; credentials never travel unencrypted.</source>
        <translation>アドレスは https:// で始まる必要があります。資格情報が暗号化されずに送信されることはありません。</translation>
    </message>
    <message>
        <source>This is neither an FSM cluster name (such as eu or us) nor an address on &lt;cluster&gt;.fsm.cloud.sap. Copy the address you open FSM with, or enter the cluster name.</source>
        <translation>これは FSM クラスター名 (eu や us など) でも、&lt;cluster&gt;.fsm.cloud.sap 上のアドレスでもありません。FSM を開くときのアドレスをコピーするか、クラスター名を入力してください。</translation>
    </message>
    <message>
        <source>FSM shows account and company IDs as numbers (for example 654321). Check that you copied the ID, not the name.</source>
        <translation>FSM では、アカウント ID と会社 ID は数値で表示されます (例: 654321)。名前ではなく ID をコピーしたかどうかを確認してください。</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the communication user&apos;s user name, as &quot;Maintain Communication Users&quot; shows it.</source>
        <translation>これはメールアドレスのようです。「Maintain Communication Users」に表示されるとおりに、コミュニケーションユーザーのユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>This is not the address the arrangement SAP_COM_0501 shows (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation>これは、コミュニケーション契約 SAP_COM_0501 に表示されるアドレス (api_task_spi_replication を含むもの) ではありません。サーバー部分のみが使用されます。</translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. The API server is probably %1: check it under &quot;About HXM Suite OData APIs&quot; in SuccessFactors, then use it.</source>
        <translation>これは SuccessFactors の Web ページ (ユーザーがログオンするページ) のアドレスで、API サーバーのアドレスではありません。API サーバーはおそらく %1 です: SuccessFactors の「About HXM Suite OData APIs」で確認してから使用してください。</translation>
    </message>
    <message>
        <source>This is the address of the SuccessFactors web pages (where people log on), not of its API server. Find the API server under &quot;About HXM Suite OData APIs&quot; in SuccessFactors; it usually starts with &quot;api&quot;.</source>
        <translation>これは SuccessFactors の Web ページ (ユーザーがログオンするページ) のアドレスで、API サーバーのアドレスではありません。API サーバーは SuccessFactors の「About HXM Suite OData APIs」で確認できます。通常は「api」で始まります。</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the rest is ignored.</source>
        <translation>このアドレスのサーバー部分 (%1) のみが使用されます。残りの部分は無視されます。</translation>
    </message>
    <message>
        <source>A company ID has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, without spaces. Copy it from SuccessFactors: your name &gt; Show version information.</source>
        <translation>会社 ID には、文字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; のみが含まれ、空白は含まれません。SuccessFactors の「(ユーザー名) &gt; Show version information」からコピーしてください。</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. SuccessFactors expects the user ID here; with an e-mail address the login fails (&quot;invalid user&quot;).</source>
        <translation>これはメールアドレスのようです。ここで SuccessFactors が必要とするのはユーザー ID です。メールアドレスではログインに失敗します (「invalid user」)。</translation>
    </message>
    <message>
        <source>Closing tasks from SAP Advanced Financial Closing, in the same subaccount as SAP Task Center or in another one: one destination with the OAuth client from the service key of your SAP Advanced Financial Closing instance.</source>
        <translation>SAP Advanced Financial Closing のクローズタスク (SAP Task Center と同じサブアカウント、または別のサブアカウント): SAP Advanced Financial Closing インスタンスのサービスキーに含まれる OAuth クライアントを使用する宛先を 1 つ作成します。</translation>
    </message>
    <message>
        <source>Task Center endpoint (endpoints &gt; task-center)</source>
        <translation>Task Center エンドポイント (endpoints &gt; task-center)</translation>
    </message>
    <message>
        <source>In the service key of your SAP Advanced Financial Closing instance, the value of task-center under endpoints. Paste it as it is: the wizard removes /task-provider/v2 from it, as SAP&apos;s guide asks for the destination&apos;s URL.</source>
        <translation>SAP Advanced Financial Closing インスタンスのサービスキーで、endpoints の下にある task-center の値です。そのまま貼り付けてください: SAP のガイドで宛先の URL について求められているとおり、ウィザードがそこから /task-provider/v2 を削除します。</translation>
    </message>
    <message>
        <source>This is an authentication address (uaa &gt; url), not the Task Center endpoint. Copy the value of endpoints &gt; task-center from the service key.</source>
        <translation>これは認証アドレス (uaa &gt; url) で、Task Center エンドポイントではありません。サービスキーから endpoints &gt; task-center の値をコピーしてください。</translation>
    </message>
    <message>
        <source>The value of endpoints &gt; task-center ends with /task-provider/v2. Check that you copied that value, not another endpoint of the service key. If you removed /task-provider/v2 yourself, you can go on.</source>
        <translation>endpoints &gt; task-center の値は /task-provider/v2 で終わります。サービスキーの別のエンドポイントではなく、その値をコピーしたかどうかを確認してください。/task-provider/v2 をご自身で削除した場合は、そのまま続行できます。</translation>
    </message>
    <message>
        <source>Client ID (uaa &gt; clientid)</source>
        <translation>クライアント ID (uaa &gt; clientid)</translation>
    </message>
    <message>
        <source>In the same service key, the value of clientid under uaa. It becomes the destination&apos;s Client Key and Token Service User.</source>
        <translation>同じサービスキーで、uaa の下にある clientid の値です。宛先の Client Key と Token Service User になります。</translation>
    </message>
    <message>
        <source>Client secret (uaa &gt; clientsecret)</source>
        <translation>クライアントシークレット (uaa &gt; clientsecret)</translation>
    </message>
    <message>
        <source>In the same service key, the value of clientsecret under uaa. It becomes the Token Service Password and is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>同じサービスキーで、uaa の下にある clientsecret の値です。Token Service Password になります。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Authentication address (uaa &gt; url)</source>
        <translation>認証アドレス (uaa &gt; url)</translation>
    </message>
    <message>
        <source>In the same service key, the value of url under uaa. The wizard fills the Audience and the Token Service URL below from it, as SAP&apos;s guide says: the Audience is this address, the Token Service URL this address followed by /oauth/token.</source>
        <translation>同じサービスキーで、uaa の下にある url の値です。SAP のガイドの記載どおり、ウィザードはこの値から下の Audience と Token Service URL を設定します: Audience はこのアドレス、Token Service URL はこのアドレスの後に /oauth/token を付けたものです。</translation>
    </message>
    <message>
        <source>The value of uaa &gt; url has nothing after the host. Only %1 is used.</source>
        <translation>uaa &gt; url の値では、ホストの後には何も付きません。%1 のみが使用されます。</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing in this subaccount: the value of uaa &gt; url of its service key. In a different subaccount: the entityID of that subaccount&apos;s SAML metadata. Copy it exactly as it is shown.</source>
        <translation>このサブアカウント内の SAP Advanced Financial Closing の場合: そのサービスキーの uaa &gt; url の値です。別のサブアカウントの場合: そのサブアカウントの SAML メタデータの entityID です。表示されているとおりに正確にコピーしてください。</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing in this subaccount: uaa &gt; url of its service key followed by /oauth/token. In a different subaccount: the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI, in that subaccount&apos;s SAML metadata.</source>
        <translation>このサブアカウント内の SAP Advanced Financial Closing の場合: そのサービスキーの uaa &gt; url の後に /oauth/token を付けたものです。別のサブアカウントの場合: そのサブアカウントの SAML メタデータで、Binding が urn:oasis:names:tc:SAML:2.0:bindings:URI である AssertionConsumerService の Location です。</translation>
    </message>
    <message>
        <source>The Token Service URL SAP&apos;s guide describes contains /oauth/token: uaa &gt; url followed by /oauth/token, or the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI. Check that you copied the right value.</source>
        <translation>SAP のガイドに記載されている Token Service URL には /oauth/token が含まれます: uaa &gt; url の後に /oauth/token を付けたもの、または Binding が urn:oasis:names:tc:SAML:2.0:bindings:URI である AssertionConsumerService の Location です。正しい値をコピーしたかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Choose this when the SAP Advanced Financial Closing instance is in the same subaccount as SAP Task Center. SAP Task Center gets its tokens from the authentication address in the instance&apos;s service key.</source>
        <translation>SAP Advanced Financial Closing インスタンスが SAP Task Center と同じサブアカウントにある場合に選択します。SAP Task Center は、インスタンスのサービスキーに含まれる認証アドレスからトークンを取得します。</translation>
    </message>
    <message>
        <source>Choose this when the SAP Advanced Financial Closing instance is in another subaccount that logs users on through the same Identity Authentication tenant as this one. SAP Task Center gets its tokens from that subaccount, with the values of its SAML metadata.</source>
        <translation>SAP Advanced Financial Closing インスタンスが、このサブアカウントと同じ Identity Authentication テナントを通じてユーザーをログオンさせる別のサブアカウントにある場合に選択します。SAP Task Center は、そのサブアカウントの SAML メタデータの値を使用して、そのサブアカウントからトークンを取得します。</translation>
    </message>
    <message>
        <source>Prepare SAP Advanced Financial Closing</source>
        <translation>SAP Advanced Financial Closing の準備</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next pages ask for what they give you.</source>
        <translation>各ステップが完了したらチェックを付けてください。次のページで、そこで得た値を入力します。</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing and SAP Task Center are in this subaccount.</source>
        <translation>SAP Advanced Financial Closing と SAP Task Center がこのサブアカウント内にあります。</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Advanced Financial Closing with the OAuth client of the instance&apos;s service key, for each user who is logged on. Both need the setup SAP Advanced Financial Closing&apos;s guide describes for SAP Task Center.</source>
        <translation>SAP Task Center は、ログオンしている各ユーザーについて、インスタンスのサービスキーの OAuth クライアントを使用して SAP Advanced Financial Closing のタスクを読み込みます。どちらにも、SAP Advanced Financial Closing のガイドで SAP Task Center 用に説明されているセットアップが必要です。</translation>
    </message>
    <message>
        <source>In SAP Advanced Financial Closing, you have completed the setup &lt;b&gt;How to Set Up the SAP Task Center Integration Using the Same Subaccount&lt;/b&gt;.</source>
        <translation>SAP Advanced Financial Closing で、セットアップ &lt;b&gt;How to Set Up the SAP Task Center Integration Using the Same Subaccount&lt;/b&gt; を完了しています。</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing: SAP Task Center Integration for SAP Advanced Financial Closing.</source>
        <translation>SAP Advanced Financial Closing: 「SAP Task Center Integration for SAP Advanced Financial Closing」。</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Advanced Financial Closing instance open; the next pages ask for values from it.</source>
        <translation>SAP Advanced Financial Closing インスタンスの&lt;b&gt;サービスキー&lt;/b&gt;を開いています。次のページで、そこに含まれる値を入力します。</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of this subaccount: Services &gt; Instances and Subscriptions, the SAP Advanced Financial Closing instance, its service key.</source>
        <translation>このサブアカウントの SAP BTP コックピット: 「Services &gt; Instances and Subscriptions」、SAP Advanced Financial Closing インスタンス、そのサービスキー。</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s initial setup is done, and users log on through SAP Cloud Identity Services as the &lt;b&gt;SAP BTP Integration Scenario&lt;/b&gt; describes.</source>
        <translation>SAP Task Center の初期セットアップが完了しており、&lt;b&gt;SAP BTP Integration Scenario&lt;/b&gt; の説明どおりに、ユーザーが SAP Cloud Identity Services を通じてログオンします。</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: SAP BTP Integration Scenario.</source>
        <translation>SAP Cloud Identity Services: 「SAP BTP Integration Scenario」。</translation>
    </message>
    <message>
        <source>SAP Advanced Financial Closing runs in another subaccount than SAP Task Center.</source>
        <translation>SAP Advanced Financial Closing は、SAP Task Center とは別のサブアカウントで稼働しています。</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks with the OAuth client of the instance&apos;s service key and gets its tokens from the other subaccount, which must trust this one. SAP&apos;s Task Center guide says this trust is needed but describes only the values for the destination; the trust itself is part of SAP Advanced Financial Closing&apos;s setup for different subaccounts (UNCONFIRMED: SAP&apos;s Task Center page does not say which step of that setup establishes it).</source>
        <translation>SAP Task Center は、インスタンスのサービスキーの OAuth クライアントを使用してタスクを読み込み、別のサブアカウントからトークンを取得します。そのサブアカウントは、このサブアカウントを信頼している必要があります。SAP の Task Center ガイドでは、この信頼が必要であると記載されていますが、説明されているのは宛先の値のみです: 信頼自体は、別のサブアカウントを使用する場合の SAP Advanced Financial Closing のセットアップの一部です (UNCONFIRMED: SAP の Task Center のページには、そのセットアップのどのステップで信頼が確立されるかは記載されていません)。</translation>
    </message>
    <message>
        <source>In SAP Advanced Financial Closing, you have completed the setup &lt;b&gt;How to Set Up the SAP Task Center Integration Using Different Subaccounts&lt;/b&gt;.</source>
        <translation>SAP Advanced Financial Closing で、セットアップ &lt;b&gt;How to Set Up the SAP Task Center Integration Using Different Subaccounts&lt;/b&gt; を完了しています。</translation>
    </message>
    <message>
        <source>The subaccount of SAP Advanced Financial Closing logs users on through the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; as this subaccount.</source>
        <translation>SAP Advanced Financial Closing のサブアカウントは、このサブアカウントと&lt;b&gt;同じ Identity Authentication テナント&lt;/b&gt;を通じてユーザーをログオンさせます。</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of each subaccount: Security &gt; Trust Configuration.</source>
        <translation>各サブアカウントの SAP BTP コックピット: 「Security &gt; Trust Configuration」。</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Advanced Financial Closing instance open; the next page asks for values from it.</source>
        <translation>SAP Advanced Financial Closing インスタンスの&lt;b&gt;サービスキー&lt;/b&gt;を開いています。次のページで、そこに含まれる値を入力します。</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Advanced Financial Closing: Services &gt; Instances and Subscriptions, the instance, its service key.</source>
        <translation>SAP Advanced Financial Closing のサブアカウントの SAP BTP コックピット: 「Services &gt; Instances and Subscriptions」、インスタンス、そのサービスキー。</translation>
    </message>
    <message>
        <source>The service key of SAP Advanced Financial Closing</source>
        <translation>SAP Advanced Financial Closing のサービスキー</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Advanced Financial Closing, and with which OAuth client.</source>
        <translation>SAP Task Center が SAP Advanced Financial Closing に接続する先と、使用する OAuth クライアント。</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key).</source>
        <translation>これらの値は、&lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt; インスタンスのサービスキーからコピーしてください (SAP Task Center 自体のサービスキーからではありません)。</translation>
    </message>
    <message>
        <source>The service key of the SAP Advanced Financial Closing instance holds the address SAP Task Center reads tasks from (endpoints &gt; task-center) and the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret).</source>
        <translation>SAP Advanced Financial Closing インスタンスのサービスキーには、SAP Task Center がタスクを読み込むアドレス (endpoints &gt; task-center) と、SAP Task Center が使用する OAuth クライアント (uaa &gt; clientid と uaa &gt; clientsecret) が含まれています。</translation>
    </message>
    <message>
        <source>Where SAP Task Center gets its tokens</source>
        <translation>SAP Task Center がトークンを取得する場所</translation>
    </message>
    <message>
        <source>The authentication address from the same service key.</source>
        <translation>同じサービスキーに含まれる認証アドレス。</translation>
    </message>
    <message>
        <source>Copy &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; from the service key of SAP Advanced Financial Closing. The Audience and the Token Service URL are filled from it; change them only if SAP&apos;s guide tells you to.</source>
        <translation>SAP Advanced Financial Closing のサービスキーから &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; をコピーしてください。Audience と Token Service URL はこの値から設定されます。変更するのは、SAP のガイドで指示されている場合だけにしてください。</translation>
    </message>
    <message>
        <source>In the same subaccount, SAP Task Center gets each user&apos;s token from the authentication address of SAP Advanced Financial Closing&apos;s service key: the Audience is uaa &gt; url, the Token Service URL uaa &gt; url followed by /oauth/token.</source>
        <translation>同じサブアカウントの場合、SAP Task Center は各ユーザーのトークンを SAP Advanced Financial Closing のサービスキーの認証アドレスから取得します: Audience は uaa &gt; url、Token Service URL は uaa &gt; url の後に /oauth/token を付けたものです。</translation>
    </message>
    <message>
        <source>SAML metadata of the other subaccount</source>
        <translation>別のサブアカウントの SAML メタデータ</translation>
    </message>
    <message>
        <source>The Audience and Token Service URL, from the subaccount where SAP Advanced Financial Closing runs.</source>
        <translation>SAP Advanced Financial Closing が稼働しているサブアカウントの Audience と Token Service URL。</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount of &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt;, go to &lt;b&gt;Security &amp;gt; Trust Configuration&lt;/b&gt; and choose &lt;b&gt;SAML Metadata&lt;/b&gt; to download its XML file. Open the file and copy the &lt;b&gt;entityID&lt;/b&gt;, then the &lt;b&gt;Location&lt;/b&gt; of the &lt;b&gt;AssertionConsumerService&lt;/b&gt; element whose Binding is &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt;.</source>
        <translation>SAP BTP コックピットで &lt;b&gt;SAP Advanced Financial Closing&lt;/b&gt; のサブアカウントを開き、&lt;b&gt;Security &amp;gt; Trust Configuration&lt;/b&gt; に移動して &lt;b&gt;SAML Metadata&lt;/b&gt; を選択し、XML ファイルをダウンロードします。ファイルを開いて &lt;b&gt;entityID&lt;/b&gt; をコピーし、次に Binding が &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; である &lt;b&gt;AssertionConsumerService&lt;/b&gt; 要素の &lt;b&gt;Location&lt;/b&gt; をコピーします。</translation>
    </message>
    <message>
        <source>From a different subaccount, SAP Task Center gets each user&apos;s token from the subaccount of SAP Advanced Financial Closing: the Audience is that subaccount&apos;s entityID and the Token Service URL the Location of its AssertionConsumerService with the URI binding, both in its SAML metadata.</source>
        <translation>別のサブアカウントの場合、SAP Task Center は各ユーザーのトークンを SAP Advanced Financial Closing のサブアカウントから取得します: Audience はそのサブアカウントの entityID、Token Service URL は URI バインディングを持つ AssertionConsumerService の Location で、どちらもその SAML メタデータに含まれています。</translation>
    </message>
    <message>
        <source>Destination to SAP Advanced Financial Closing</source>
        <translation>SAP Advanced Financial Closing への宛先</translation>
    </message>
    <message>
        <source>The destination SAP Task Center reads the tasks with.</source>
        <translation>SAP Task Center がタスクの読み込みに使用する宛先。</translation>
    </message>
    <message>
        <source>Check the destination the wizard made from your values, then create it in this subaccount.</source>
        <translation>入力した値からウィザードが作成した宛先を確認し、このサブアカウントに作成してください。</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for the same subaccount lists each property of this destination; the wizard writes them as the table says.</source>
        <translation>同じサブアカウントの場合の SAP のガイドに、この宛先の各プロパティが記載されています。ウィザードは、その表のとおりにプロパティを書き込みます。</translation>
    </message>
    <message>
        <source>Check the destination the wizard made from your values, then create it in this subaccount, the subaccount of SAP Task Center.</source>
        <translation>入力した値からウィザードが作成した宛先を確認し、このサブアカウント (SAP Task Center のサブアカウント) に作成してください。</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for a different subaccount lists each property of this destination; the wizard writes them as the table says.</source>
        <translation>別のサブアカウントの場合の SAP のガイドに、この宛先の各プロパティが記載されています。ウィザードは、その表のとおりにプロパティを書き込みます。</translation>
    </message>
    <message>
        <source>Check that the Client Key, Token Service User and Token Service Password are uaa &gt; clientid and uaa &gt; clientsecret of SAP Advanced Financial Closing&apos;s current service key, and that the Audience and Token Service URL are those of the subaccount where SAP Advanced Financial Closing runs. From a different subaccount, also check that both subaccounts log users on through the same Identity Authentication tenant and that the setup of SAP Advanced Financial Closing for different subaccounts is complete.</source>
        <translation>Client Key、Token Service User、Token Service Password が、SAP Advanced Financial Closing の現在のサービスキーの uaa &gt; clientid と uaa &gt; clientsecret であること、および Audience と Token Service URL が SAP Advanced Financial Closing が稼働しているサブアカウントのものであることを確認してください。別のサブアカウントの場合は、両方のサブアカウントが同じ Identity Authentication テナントを通じてユーザーをログオンさせていること、および別のサブアカウント用の SAP Advanced Financial Closing のセットアップが完了していることも確認してください。</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Advanced Financial Closing. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>この宛先には技術ユーザーがありません: Destination サービスは、ログオンしているユーザーに対してのみこの宛先でトークンを取得します。また SAP によると、「Check Connection」では SAP Task Center が SAP Advanced Financial Closing に接続できるかどうかがわからない場合があります。宛先を保存したら、SAP Task Center の「Monitoring」でコネクターを確認してください。</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Advanced Financial Closing system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、SAP Advanced Financial Closing のシステムごとに宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>Approvals from SAP Ariba Buying or SAP Ariba Sourcing: one destination for each product, with the keys of an application on the SAP Ariba Developer Portal that SAP Ariba Support activates and links to this subaccount&apos;s trust certificate.</source>
        <translation>SAP Ariba Buying または SAP Ariba Sourcing からの承認: 製品ごとに宛先を 1 つ作成します。宛先では、SAP Ariba Developer Portal 上のアプリケーションのキーを使用します。このアプリケーションは、SAP Ariba サポートが有効化し、このサブアカウントのトラスト証明書に関連付けます。</translation>
    </message>
    <message>
        <source>Realm name</source>
        <translation>レルム名</translation>
    </message>
    <message>
        <source>The realm name (customer site name) of your SAP Ariba tenant, exactly as SAP Ariba spells it. If you do not know it, see SAP Ariba&apos;s article &quot;How do I find out my realm name?&quot; or ask SAP Ariba Support.</source>
        <translation>SAP Ariba テナントのレルム名 (カスタマーサイト名) です。SAP Ariba での表記どおりに正確に入力してください。わからない場合は、SAP Ariba の記事「How do I find out my realm name?」を参照するか、SAP Ariba サポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>This is an SAP Ariba address, not the realm name. The realm is probably %1: it is the value after realm= in the address.</source>
        <translation>これは SAP Ariba のアドレスで、レルム名ではありません。レルムはおそらく %1 です: アドレス内の realm= の後の値です。</translation>
    </message>
    <message>
        <source>An Ariba realm is the one-word name of your SAP Ariba site (also called the customer site name): letters, digits, dots, hyphens and underscores, without spaces. Enter the name only, not an address.</source>
        <translation>Ariba のレルムは、SAP Ariba サイトの 1 語の名前 (カスタマーサイト名とも呼ばれます) で、英字、数字、ピリオド、ハイフン、アンダースコアで構成され、空白は含まれません。アドレスではなく、名前のみを入力してください。</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>アプリケーションキー</translation>
    </message>
    <message>
        <source>The application key the SAP Ariba Developer Portal generated for the application of this product. Each product has its own application and key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>SAP Ariba Developer Portal がこの製品のアプリケーション用に生成したアプリケーションキーです。製品ごとに専用のアプリケーションとキーがあります。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>URL of the SPI</source>
        <translation>SPI の URL</translation>
    </message>
    <message>
        <source>The URL the SAP Ariba Developer Portal shows for the SPI of SAP Task Center (the Procurement SPI for SAP Ariba Buying, the Sourcing SPI for SAP Ariba Sourcing). Paste it whole or only its server part: the destination uses the server part with the path of SAP&apos;s example URL for the product you chose.</source>
        <translation>SAP Ariba Developer Portal に表示される SAP Task Center 用 SPI の URL です (SAP Ariba Buying の場合は Procurement SPI、SAP Ariba Sourcing の場合は Sourcing SPI)。URL 全体を貼り付けても、サーバー部分のみを貼り付けてもかまいません: 宛先では、そのサーバー部分と、選択した製品に対する SAP の例の URL のパスが使用されます。</translation>
    </message>
    <message>
        <source>This is the address of the token service. Here, enter the URL the developer portal shows for the SPI of SAP Task Center.</source>
        <translation>これはトークンサービスのアドレスです。ここには、Developer Portal に表示される SAP Task Center 用 SPI の URL を入力してください。</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds the path of SAP&apos;s example URL for the product you chose. If the developer portal shows another path, change URL on the destination&apos;s page.</source>
        <translation>このアドレスのサーバー部分 (%1) のみが使用されます。ウィザードは、選択した製品に対する SAP の例の URL のパスを追加します。Developer Portal に別のパスが表示される場合は、宛先のページで URL を変更してください。</translation>
    </message>
    <message>
        <source>The Token Service URL the SAP Ariba Developer Portal shows with the SPI. SAP says it is the same for SAP Ariba Buying and SAP Ariba Sourcing.</source>
        <translation>SAP Ariba Developer Portal で SPI と一緒に表示される Token Service URL です。SAP によると、SAP Ariba Buying と SAP Ariba Sourcing で同じです。</translation>
    </message>
    <message>
        <source>This is the URL of the SPI, not of the token service. Copy the Token Service URL the developer portal shows with it.</source>
        <translation>これは SPI の URL で、トークンサービスの URL ではありません。Developer Portal で SPI と一緒に表示される Token Service URL をコピーしてください。</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth クライアント ID</translation>
    </message>
    <message>
        <source>The OAuth client ID of the application on the SAP Ariba Developer Portal, shown when you generate its OAuth secret.</source>
        <translation>SAP Ariba Developer Portal 上のアプリケーションの OAuth クライアント ID です。アプリケーションの OAuth シークレットを生成したときに表示されます。</translation>
    </message>
    <message>
        <source>OAuth secret</source>
        <translation>OAuth シークレット</translation>
    </message>
    <message>
        <source>The OAuth secret you generated for the application (not its Base64 encoded form). It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>アプリケーション用に生成した OAuth シークレットです (Base64 エンコード形式ではありません)。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only, at most 64 characters (SAP Task Center&apos;s limit). Each product needs a destination of its own, with its own name.</source>
        <translation>英字、数字、_、- のみ、最大 64 文字 (SAP Task Center の上限) です。製品ごとに、独自の名前を持つ専用の宛先が必要です。</translation>
    </message>
    <message>
        <source>SAP Ariba API server</source>
        <translation>SAP Ariba API サーバー</translation>
    </message>
    <message>
        <source>SAP Ariba Buying (purchase requisitions, invoice approvals)</source>
        <translation>SAP Ariba Buying (購買依頼、請求書の承認)</translation>
    </message>
    <message>
        <source>Choose this for the approvals of SAP Ariba Buying, through the Procurement SPI for SAP Task Center. A realm with both products needs one destination for each: run the wizard again for SAP Ariba Sourcing.</source>
        <translation>SAP Task Center 用の Procurement SPI を通じて SAP Ariba Buying の承認を行う場合に選択します。両方の製品を使用するレルムには、製品ごとに宛先が 1 つ必要です: SAP Ariba Sourcing 用にウィザードをもう一度実行してください。</translation>
    </message>
    <message>
        <source>SAP Ariba Sourcing</source>
        <translation>SAP Ariba Sourcing</translation>
    </message>
    <message>
        <source>Choose this for the tasks of SAP Ariba Sourcing, through the Sourcing SPI for SAP Task Center. A realm with both products needs one destination for each: run the wizard again for SAP Ariba Buying.</source>
        <translation>SAP Task Center 用の Sourcing SPI を通じて SAP Ariba Sourcing のタスクを処理する場合に選択します。両方の製品を使用するレルムには、製品ごとに宛先が 1 つ必要です: SAP Ariba Buying 用にウィザードをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Prepare SAP Ariba Buying</source>
        <translation>SAP Ariba Buying の準備</translation>
    </message>
    <message>
        <source>SAP Task Center and SAP Ariba must both be ready before you create the application for SAP Task Center.</source>
        <translation>SAP Task Center 用のアプリケーションを作成する前に、SAP Task Center と SAP Ariba の両方の準備ができている必要があります。</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Ariba Buying through an application on the SAP Ariba Developer Portal that SAP Ariba Support activates for your realm. Users are matched through SAP Cloud Identity Services.</source>
        <translation>SAP Task Center は、SAP Ariba サポートがレルムに対して有効化した SAP Ariba Developer Portal 上のアプリケーションを通じて、SAP Ariba Buying のタスクを読み込みます。ユーザーは SAP Cloud Identity Services を通じて照合されます。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;initial setup&lt;/b&gt; of SAP Task Center is complete, including the &lt;b&gt;SAP Ariba integration scenario&lt;/b&gt; of SAP Cloud Identity Services.</source>
        <translation>SAP Cloud Identity Services の &lt;b&gt;SAP Ariba integration scenario&lt;/b&gt; を含め、SAP Task Center の&lt;b&gt;初期セットアップ&lt;/b&gt;が完了しています。</translation>
    </message>
    <message>
        <source>SAP Task Center: Initial Setup; SAP Cloud Identity Services: SAP Ariba Integration Scenario.</source>
        <translation>SAP Task Center: 「Initial Setup」、SAP Cloud Identity Services: 「SAP Ariba Integration Scenario」。</translation>
    </message>
    <message>
        <source>You know what the &lt;b&gt;SAP Ariba SCIM API&lt;/b&gt; supports, as SAP Note 3228340 describes.</source>
        <translation>SAP Note 3228340 の説明どおりに、&lt;b&gt;SAP Ariba SCIM API&lt;/b&gt; がサポートする内容を把握しています。</translation>
    </message>
    <message>
        <source>SAP for Me: SAP Note 3228340.</source>
        <translation>SAP for Me: SAP Note 3228340。</translation>
    </message>
    <message>
        <source>You know the &lt;b&gt;realm name&lt;/b&gt; (customer site name) of your SAP Ariba tenant.</source>
        <translation>SAP Ariba テナントの&lt;b&gt;レルム名&lt;/b&gt; (カスタマーサイト名) がわかっています。</translation>
    </message>
    <message>
        <source>SAP Ariba: How do I find out my realm name?</source>
        <translation>SAP Ariba: 「How do I find out my realm name?」。</translation>
    </message>
    <message>
        <source>You have asked &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt; to enable SAP Task Center for &lt;b&gt;SAP Ariba Buying&lt;/b&gt;.</source>
        <translation>&lt;b&gt;SAP Ariba Buying&lt;/b&gt; で SAP Task Center を有効にするよう、&lt;b&gt;SAP Ariba Technical Support&lt;/b&gt; に依頼済みです。</translation>
    </message>
    <message>
        <source>SAP Ariba Buying: SAP Task Center for SAP Ariba Buying.</source>
        <translation>SAP Ariba Buying: 「SAP Task Center for SAP Ariba Buying」。</translation>
    </message>
    <message>
        <source>Prepare SAP Ariba Sourcing</source>
        <translation>SAP Ariba Sourcing の準備</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Ariba Sourcing through an application on the SAP Ariba Developer Portal that SAP Ariba Support activates for your realm. Users are matched through SAP Cloud Identity Services.</source>
        <translation>SAP Task Center は、SAP Ariba サポートがレルムに対して有効化した SAP Ariba Developer Portal 上のアプリケーションを通じて、SAP Ariba Sourcing のタスクを読み込みます。ユーザーは SAP Cloud Identity Services を通じて照合されます。</translation>
    </message>
    <message>
        <source>In SAP Ariba, you have completed the steps of &lt;b&gt;Enabling SAP Task Center for SAP Ariba Sourcing&lt;/b&gt;.</source>
        <translation>SAP Ariba で、&lt;b&gt;Enabling SAP Task Center for SAP Ariba Sourcing&lt;/b&gt; のステップを完了しています。</translation>
    </message>
    <message>
        <source>SAP Ariba Sourcing: Enabling SAP Task Center for SAP Ariba Sourcing.</source>
        <translation>SAP Ariba Sourcing: 「Enabling SAP Task Center for SAP Ariba Sourcing」。</translation>
    </message>
    <message>
        <source>Your SAP Ariba realm</source>
        <translation>SAP Ariba レルム</translation>
    </message>
    <message>
        <source>The SAP Ariba site whose tasks SAP Task Center reads.</source>
        <translation>SAP Task Center がタスクを読み込む SAP Ariba サイト。</translation>
    </message>
    <message>
        <source>Enter the realm name of your SAP Ariba tenant. SAP Ariba Support needs it for your requests, and the destination sends it with every call.</source>
        <translation>SAP Ariba テナントのレルム名を入力してください。SAP Ariba サポートへの依頼にはレルム名が必要です。また、宛先はすべての呼び出しでレルム名を送信します。</translation>
    </message>
    <message>
        <source>The realm tells SAP Ariba which customer site the tasks come from. The destination sends it as the query parameter realm.</source>
        <translation>レルムにより、タスクがどのカスタマーサイトのものかが SAP Ariba に伝えられます。宛先は、レルムをクエリーパラメーター realm として送信します。</translation>
    </message>
    <message>
        <source>Create the application on the SAP Ariba Developer Portal</source>
        <translation>SAP Ariba Developer Portal でアプリケーションを作成</translation>
    </message>
    <message>
        <source>One application for each product, with its application key and the addresses of its SPI.</source>
        <translation>製品ごとに 1 つのアプリケーション (アプリケーションキーと SPI のアドレスを含む)。</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;SAP Ariba Developer Portal&lt;/b&gt;, create an application for the product below and generate its &lt;b&gt;application key&lt;/b&gt;, as SAP Ariba&apos;s guide &quot;Creating an Application on the SAP Ariba Developer Portal&quot; says. Copy the key here, then note the &lt;b&gt;URL&lt;/b&gt; and the &lt;b&gt;Token Service URL&lt;/b&gt; of the SPI for SAP Task Center.</source>
        <translation>&lt;b&gt;SAP Ariba Developer Portal&lt;/b&gt; で、SAP Ariba のガイド「Creating an Application on the SAP Ariba Developer Portal」の説明に従って、下の製品用のアプリケーションを作成し、その&lt;b&gt;アプリケーションキー&lt;/b&gt;を生成します。キーをここにコピーし、SAP Task Center 用 SPI の &lt;b&gt;URL&lt;/b&gt; と &lt;b&gt;Token Service URL&lt;/b&gt; をメモしてください。</translation>
    </message>
    <message>
        <source>The application key identifies the application in every call SAP Task Center makes: the destination sends it as Client Key and as the apikey header. SAP Ariba Buying and SAP Ariba Sourcing need separate applications, each with its own key.</source>
        <translation>アプリケーションキーは、SAP Task Center が行うすべての呼び出しでアプリケーションを識別します: 宛先は、このキーを Client Key および apikey ヘッダーとして送信します。SAP Ariba Buying と SAP Ariba Sourcing には、それぞれ独自のキーを持つ別々のアプリケーションが必要です。</translation>
    </message>
    <message>
        <source>Application for SAP Task Center</source>
        <translation>SAP Task Center 用のアプリケーション</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>SPI to request</source>
        <translation>要求する SPI</translation>
    </message>
    <message>
        <source>Request the URL of this SPI for the application.</source>
        <translation>アプリケーション用に、この SPI の URL を要求してください。</translation>
    </message>
    <message>
        <source>SAP Ariba trusts SAP Task Center through this certificate: SAP Ariba Support registers it with your realm next.</source>
        <translation>SAP Ariba はこの証明書によって SAP Task Center を信頼します: 次に、SAP Ariba サポートがこの証明書をレルムに登録します。</translation>
    </message>
    <message>
        <source>The destination signs a SAML assertion for each user with this certificate&apos;s key, and SAP Ariba exchanges it for a token. Renew the certificate before it expires and send the new one to SAP Ariba Support: until they register it, users may not be able to work on tasks nor receive task updates.</source>
        <translation>宛先は、この証明書のキーで各ユーザーの SAML アサーションに署名し、SAP Ariba はそのアサーションをトークンと交換します。証明書の有効期限が切れる前に更新し、新しい証明書を SAP Ariba サポートに送付してください: サポートが登録するまで、ユーザーがタスクを処理できなかったり、タスクの更新を受け取れなかったりする場合があります。</translation>
    </message>
    <message>
        <source>Open two service requests with SAP Ariba Support</source>
        <translation>SAP Ariba サポートにサービスリクエストを 2 つ作成</translation>
    </message>
    <message>
        <source>One activates the application, the other registers this subaccount as identity provider.</source>
        <translation>1 つはアプリケーションを有効化し、もう 1 つはこのサブアカウントを ID プロバイダーとして登録します。</translation>
    </message>
    <message>
        <source>Create the service requests with &lt;b&gt;SAP Ariba Technical Support&lt;/b&gt;, with the values below. Wait until SAP Ariba confirms both before you continue.</source>
        <translation>下の値を使用して、&lt;b&gt;SAP Ariba Technical Support&lt;/b&gt; にサービスリクエストを作成します。SAP Ariba が両方を確認するまで待ってから続行してください。</translation>
    </message>
    <message>
        <source>SAP Ariba activates the application for your realm and product, and registers this subaccount&apos;s entity ID and trust certificate with SAP Ariba OAuth, so that it accepts the SAML assertions the destination signs. UNCONFIRMED: SAP&apos;s page gives the entity ID only as cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;; the wizard takes it from the trust certificate&apos;s CN, which has this form. Compare it with the Assertion Entity ID under Connectivity &gt; Destination Trust in the SAP BTP cockpit.</source>
        <translation>SAP Ariba は、レルムと製品に対してアプリケーションを有効化し、このサブアカウントのエンティティ ID とトラスト証明書を SAP Ariba OAuth に登録します。これにより、SAP Ariba OAuth は宛先が署名した SAML アサーションを受け付けます。UNCONFIRMED: SAP のページでは、エンティティ ID は cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt; としか示されていません。ウィザードは、この形式を持つトラスト証明書の CN からエンティティ ID を取得します。SAP BTP コックピットの「Connectivity &gt; Destination Trust」にある Assertion Entity ID と比較してください。</translation>
    </message>
    <message>
        <source>Activate the application</source>
        <translation>アプリケーションの有効化</translation>
    </message>
    <message>
        <source>Request the activation of the application on the SAP Ariba Developer Portal. Add the data center where your SAP Ariba realm resides.</source>
        <translation>SAP Ariba Developer Portal 上のアプリケーションの有効化を依頼します。SAP Ariba レルムが存在するデータセンターを記載してください。</translation>
    </message>
    <message>
        <source>Register the identity provider on SAP Ariba OAuth</source>
        <translation>SAP Ariba OAuth への ID プロバイダーの登録</translation>
    </message>
    <message>
        <source>Request the IDP registration on SAP Ariba OAuth. Add your Ariba Network ID (ANID), shown in your company profile.</source>
        <translation>SAP Ariba OAuth への IDP 登録を依頼します。会社プロファイルに表示される Ariba Network ID (ANID) を記載してください。</translation>
    </message>
    <message>
        <source>Entity ID (entityID)</source>
        <translation>エンティティ ID (entityID)</translation>
    </message>
    <message>
        <source>The entity ID the destination service sends, of the form cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt;: the trust certificate&apos;s CN.</source>
        <translation>Destination サービスが送信するエンティティ ID で、cfapps.&lt;landscape domain&gt;/&lt;subaccount ID&gt; の形式です: トラスト証明書の CN です。</translation>
    </message>
    <message>
        <source>Destination service certificate</source>
        <translation>Destination サービスの証明書</translation>
    </message>
    <message>
        <source>The subaccount&apos;s trust certificate. Attach this file to the request.</source>
        <translation>サブアカウントのトラスト証明書です。このファイルを依頼に添付してください。</translation>
    </message>
    <message>
        <source>Generate the OAuth secret</source>
        <translation>OAuth シークレットを生成</translation>
    </message>
    <message>
        <source>The OAuth client ID and secret with which SAP Task Center fetches tokens.</source>
        <translation>SAP Task Center がトークンを取得するための OAuth クライアント ID とシークレット。</translation>
    </message>
    <message>
        <source>Once the application is set up with its SPI, generate its &lt;b&gt;OAuth secret&lt;/b&gt; on the SAP Ariba Developer Portal, as SAP Ariba&apos;s guide &quot;How to generate the OAuth Secret and Base64 Encoded Client and secret&quot; says. Copy the &lt;b&gt;OAuth client ID&lt;/b&gt; and the &lt;b&gt;OAuth secret&lt;/b&gt; here.</source>
        <translation>アプリケーションの SPI のセットアップが完了したら、SAP Ariba のガイド「How to generate the OAuth Secret and Base64 Encoded Client and secret」の説明に従って、SAP Ariba Developer Portal でアプリケーションの &lt;b&gt;OAuth シークレット&lt;/b&gt;を生成します。&lt;b&gt;OAuth クライアント ID&lt;/b&gt; と &lt;b&gt;OAuth シークレット&lt;/b&gt;をここにコピーしてください。</translation>
    </message>
    <message>
        <source>The destination fetches its tokens as this OAuth client: the client ID is the Token Service User, the secret the Token Service Password.</source>
        <translation>宛先は、この OAuth クライアントとしてトークンを取得します: クライアント ID が Token Service User、シークレットが Token Service Password になります。</translation>
    </message>
    <message>
        <source>OAuth client of the application</source>
        <translation>アプリケーションの OAuth クライアント</translation>
    </message>
    <message>
        <source>Check with SAP Ariba Support that the application is activated for your realm and product and that this subaccount is registered as identity provider with its current trust certificate, and that the OAuth client ID and secret belong to the application whose key is in the destination.</source>
        <translation>アプリケーションがレルムと製品に対して有効化されていること、このサブアカウントが現在のトラスト証明書で ID プロバイダーとして登録されていること、および OAuth クライアント ID とシークレットが、キーが宛先に含まれているアプリケーションのものであることを、SAP Ariba サポートに確認してください。</translation>
    </message>
    <message>
        <source>Destination to SAP Ariba</source>
        <translation>SAP Ariba への宛先</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Ariba. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Destination サービスは、ログオンしているユーザーに対してのみこの宛先でトークンを取得します。また SAP によると、「Check Connection」では SAP Task Center が SAP Ariba に接続できるかどうかがわからない場合があります。宛先を保存したら、SAP Task Center の「Monitoring」でコネクターを確認してください。</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Ariba system and product in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、SAP Ariba のシステムと製品ごとに宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>If you later change the name or the URL of this destination, SAP Task Center loads its tasks again.</source>
        <translation>後でこの宛先の名前または URL を変更すると、SAP Task Center はタスクを再度読み込みます。</translation>
    </message>
    <message>
        <source>The URL is the server you entered followed by the path of SAP&apos;s example URL for the product. UNCONFIRMED: SAP&apos;s guide gives the URL only as an example. If the developer portal shows another path for the SPI, use that (Edit properties).</source>
        <translation>URL は、入力したサーバーの後に、製品に対する SAP の例の URL のパスを付けたものです。UNCONFIRMED: SAP のガイドでは、URL は例としてのみ示されています。Developer Portal に SPI の別のパスが表示される場合は、そのパスを使用してください (「プロパティを編集」)。</translation>
    </message>
    <message>
        <source>Tasks from SAP Cloud for Customer: a primary destination with the technical user of the communication arrangement for SAP Task Center, by user and password or by client certificate, and a secondary destination for principal propagation with an OAuth client registered in SAP Cloud for Customer.</source>
        <translation>SAP Cloud for Customer のタスク: SAP Task Center 用のコミュニケーション契約の技術ユーザーを使用するプライマリ宛先 (ユーザーとパスワード、またはクライアント証明書による) と、SAP Cloud for Customer に登録した OAuth クライアントを使用するプリンシパル伝播用のセカンダリ宛先を作成します。</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>テナント URL</translation>
    </message>
    <message>
        <source>The address of your SAP Cloud for Customer tenant, the one you open it with, without anything after the host. Both destinations use it, and the secondary destination&apos;s token service URL is made from it.</source>
        <translation>SAP Cloud for Customer テナントのアドレス (テナントを開くときに使用するアドレス) で、ホストの後には何も付けません。両方の宛先で使用され、セカンダリ宛先のトークンサービス URL もこのアドレスから作成されます。</translation>
    </message>
    <message>
        <source>This looks like the tenant&apos;s single sign-on address (its Local Service Provider), which belongs in the Audience later. The tenant URL is probably %1.</source>
        <translation>これはテナントのシングルサインオンアドレス (Local Service Provider) のようです。このアドレスは、後で Audience に入力するものです。テナント URL はおそらく %1 です。</translation>
    </message>
    <message>
        <source>User ID of the communication user</source>
        <translation>コミュニケーションユーザーのユーザー ID</translation>
    </message>
    <message>
        <source>The user ID SAP Cloud for Customer created for the communication arrangement (Inbound Communication, User ID &gt; Edit Credentials).</source>
        <translation>SAP Cloud for Customer がコミュニケーション契約用に作成したユーザー ID です (「Inbound Communication」の「User ID &gt; Edit Credentials」)。</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the user ID that the communication arrangement shows for the communication user.</source>
        <translation>これはメールアドレスのようです。コミュニケーション契約にコミュニケーションユーザーとして表示されるユーザー ID を入力してください。</translation>
    </message>
    <message>
        <source>Password of the communication user</source>
        <translation>コミュニケーションユーザーのパスワード</translation>
    </message>
    <message>
        <source>The password you gave the communication user in the communication arrangement. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>コミュニケーション契約でコミュニケーションユーザーに設定したパスワードです。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Key store password</source>
        <translation>キーストアのパスワード</translation>
    </message>
    <message>
        <source>The password of the key store. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>キーストアのパスワードです。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>The client ID SAP Cloud for Customer filled in when you registered the OAuth 2.0 client (Administrator &gt; OAuth 2.0 Client Registration).</source>
        <translation>OAuth 2.0 クライアントを登録したときに SAP Cloud for Customer が入力したクライアント ID です (「Administrator &gt; OAuth 2.0 Client Registration」)。</translation>
    </message>
    <message>
        <source>The client secret you entered when you registered the OAuth 2.0 client. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>OAuth 2.0 クライアントを登録したときに入力したクライアントシークレットです。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Audience (Local Service Provider)</source>
        <translation>Audience (Local Service Provider)</translation>
    </message>
    <message>
        <source>The value of the Local Service Provider field under Administrator &gt; Common Tasks &gt; Configure Single Sign-On in SAP Cloud for Customer. Copy it exactly as shown: it is case-sensitive and often starts with HTTPS in capitals.</source>
        <translation>SAP Cloud for Customer の「Administrator &gt; Common Tasks &gt; Configure Single Sign-On」にある「Local Service Provider」フィールドの値です。表示されているとおりに正確にコピーしてください: 大文字と小文字が区別され、多くの場合、大文字の HTTPS で始まります。</translation>
    </message>
    <message>
        <source>Technical user with user ID and password (Basic Authentication)</source>
        <translation>ユーザー ID とパスワードを使用する技術ユーザー (Basic Authentication)</translation>
    </message>
    <message>
        <source>Choose this when the communication arrangement for SAP Task Center in SAP Cloud for Customer authenticates its technical user with a user ID and password.</source>
        <translation>SAP Cloud for Customer の SAP Task Center 用コミュニケーション契約で、技術ユーザーをユーザー ID とパスワードで認証する場合に選択します。</translation>
    </message>
    <message>
        <source>Technical user with a client certificate (Using Certificates)</source>
        <translation>クライアント証明書を使用する技術ユーザー (Using Certificates)</translation>
    </message>
    <message>
        <source>Choose this when SAP Task Center should authenticate to SAP Cloud for Customer with a client certificate: you need the certificate as a .p12 key store and its password. After saving the destinations, you finish the setup in SAP Cloud for Customer.</source>
        <translation>SAP Task Center がクライアント証明書で SAP Cloud for Customer に対して認証する場合に選択します: .p12 キーストア形式の証明書とそのパスワードが必要です。宛先を保存した後、SAP Cloud for Customer でセットアップを完了します。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining step for the certificate&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In SAP Cloud for Customer, continue with the steps of SAP Cloud for Customer&apos;s guide &lt;b&gt;Using Client Certificate Authentication&lt;/b&gt;, so that SAP Cloud for Customer accepts the certificate of the key store the primary destination uses.&lt;/li&gt;&lt;li&gt;Check the connector in SAP Task Center&apos;s &lt;b&gt;monitoring&lt;/b&gt;: SAP says Check Connection in the destination may not tell whether SAP Task Center reaches SAP Cloud for Customer.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;証明書に関して SAP が示す残りのステップ&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;SAP Cloud for Customer で、SAP Cloud for Customer のガイド &lt;b&gt;Using Client Certificate Authentication&lt;/b&gt; のステップを続行し、プライマリ宛先が使用するキーストアの証明書を SAP Cloud for Customer が受け付けるようにします。&lt;/li&gt;&lt;li&gt;SAP Task Center の &lt;b&gt;Monitoring&lt;/b&gt; でコネクターを確認します: SAP によると、宛先の「Check Connection」では SAP Task Center が SAP Cloud for Customer に接続できるかどうかがわからない場合があります。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Prepare SAP Cloud for Customer</source>
        <translation>SAP Cloud for Customer の準備</translation>
    </message>
    <message>
        <source>Before the wizard asks for values, make sure SAP Task Center and SAP Cloud for Customer are ready, as SAP&apos;s guide lists it.</source>
        <translation>ウィザードが値を要求する前に、SAP のガイドに記載されているとおりに SAP Task Center と SAP Cloud for Customer の準備ができていることを確認してください。</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Cloud for Customer with a technical user and acts on them as each user (principal propagation). Both need the users of SAP Cloud for Customer and SAP Task Center to be the same people in SAP Cloud Identity Services.</source>
        <translation>SAP Task Center は、技術ユーザーを使用して SAP Cloud for Customer のタスクを読み込み、各ユーザーとしてタスクを処理します (プリンシパル伝播)。どちらにも、SAP Cloud for Customer と SAP Task Center のユーザーが SAP Cloud Identity Services で同一人物であることが必要です。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;initial setup of SAP Task Center&lt;/b&gt; is complete in this subaccount.</source>
        <translation>このサブアカウントで &lt;b&gt;SAP Task Center の初期セットアップ&lt;/b&gt;が完了しています。</translation>
    </message>
    <message>
        <source>SAP Task Center: Initial Setup.</source>
        <translation>SAP Task Center: 「Initial Setup」。</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer is integrated with &lt;b&gt;SAP Cloud Identity Services&lt;/b&gt; as the SAP Cloud for Customer Integration Scenario describes.</source>
        <translation>SAP Cloud for Customer Integration Scenario の説明どおりに、SAP Cloud for Customer が &lt;b&gt;SAP Cloud Identity Services&lt;/b&gt; と統合されています。</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: SAP Cloud for Customer Integration Scenario.</source>
        <translation>SAP Cloud Identity Services: 「SAP Cloud for Customer Integration Scenario」。</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, the scoping question &lt;b&gt;Task Center Integration&lt;/b&gt; is selected in your implementation project.</source>
        <translation>SAP Cloud for Customer で、導入プロジェクトのスコーピング質問 &lt;b&gt;Task Center Integration&lt;/b&gt; が選択されています。</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer: Business Configuration &gt; Implementation Projects &gt; Edit Project &gt; Review Questions &gt; Communication and Information Exchange &gt; Business Process Management &gt; Business Task Management.</source>
        <translation>SAP Cloud for Customer: 「Business Configuration &gt; Implementation Projects &gt; Edit Project &gt; Review Questions &gt; Communication and Information Exchange &gt; Business Process Management &gt; Business Task Management」。</translation>
    </message>
    <message>
        <source>Your SAP Cloud for Customer tenant</source>
        <translation>SAP Cloud for Customer テナント</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Cloud for Customer.</source>
        <translation>SAP Task Center が SAP Cloud for Customer に接続する先。</translation>
    </message>
    <message>
        <source>Enter the address of your SAP Cloud for Customer tenant. The wizard makes the addresses of both destinations from it.</source>
        <translation>SAP Cloud for Customer テナントのアドレスを入力してください。ウィザードは、このアドレスから両方の宛先のアドレスを作成します。</translation>
    </message>
    <message>
        <source>SAP&apos;s guides call this the tenant URL: the primary and the secondary destination both use it, and the secondary destination&apos;s Token Service URL is the same address followed by /sap/bc/sec/oauth2/token.</source>
        <translation>SAP のガイドでは、これをテナント URL と呼んでいます: プライマリ宛先とセカンダリ宛先の両方で使用され、セカンダリ宛先の Token Service URL は、同じアドレスの後に /sap/bc/sec/oauth2/token を付けたものです。</translation>
    </message>
    <message>
        <source>Create the technical user in SAP Cloud for Customer</source>
        <translation>SAP Cloud for Customer で技術ユーザーを作成</translation>
    </message>
    <message>
        <source>A communication system and a communication arrangement for SAP Task Center, with user ID and password.</source>
        <translation>ユーザー ID とパスワードを使用する、SAP Task Center 用のコミュニケーションシステムとコミュニケーション契約。</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, create a communication system and a communication arrangement as below, then enter the user ID and the password of the communication user here.</source>
        <translation>SAP Cloud for Customer で、以下のとおりにコミュニケーションシステムとコミュニケーション契約を作成し、コミュニケーションユーザーのユーザー ID とパスワードをここに入力してください。</translation>
    </message>
    <message>
        <source>This is what SAP Cloud for Customer&apos;s guide &quot;Using Basic Authentication&quot; leads to: a communication user whose user ID and password go into the primary destination. The values below follow SAP&apos;s integration samples for SAP Task Center; the host name of the communication system is not given there (UNCONFIRMED), so follow SAP Cloud for Customer&apos;s guide for it.</source>
        <translation>これは、SAP Cloud for Customer のガイド「Using Basic Authentication」に従った結果です: ユーザー ID とパスワードがプライマリ宛先に入力されるコミュニケーションユーザーです。以下の値は、SAP Task Center 用の SAP の統合サンプルに従っています。コミュニケーションシステムのホスト名はそこには記載されていないため (UNCONFIRMED)、ホスト名については SAP Cloud for Customer のガイドに従ってください。</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Systems&lt;/b&gt; and choose &lt;b&gt;New&lt;/b&gt;. Enter an ID and a host name, choose &lt;b&gt;Add Row&lt;/b&gt; under &lt;b&gt;System Instances&lt;/b&gt; and enter a System Instance ID. Save, then choose &lt;b&gt;Actions &amp;gt; Set To Active&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Systems&lt;/b&gt; を開き、&lt;b&gt;New&lt;/b&gt; を選択します。ID とホスト名を入力し、&lt;b&gt;System Instances&lt;/b&gt; の下で &lt;b&gt;Add Row&lt;/b&gt; を選択して、System Instance ID を入力します。保存してから、&lt;b&gt;Actions &amp;gt; Set To Active&lt;/b&gt; を選択します。</translation>
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
        <translation>コミュニケーション契約</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Arrangements&lt;/b&gt;, choose &lt;b&gt;New&lt;/b&gt; and select the communication system by its System Instance ID. On the &lt;b&gt;Inbound&lt;/b&gt; tab, choose &lt;b&gt;Edit Credentials&lt;/b&gt; for the user ID, enter a password and select the service below. Review and finish.</source>
        <translation>&lt;b&gt;Administrator &amp;gt; General Settings &amp;gt; Integration &amp;gt; Communication Arrangements&lt;/b&gt; を開き、&lt;b&gt;New&lt;/b&gt; を選択して、System Instance ID でコミュニケーションシステムを選択します。&lt;b&gt;Inbound&lt;/b&gt; タブで、ユーザー ID の &lt;b&gt;Edit Credentials&lt;/b&gt; を選択し、パスワードを入力して、下のサービスを選択します。確認して完了します。</translation>
    </message>
    <message>
        <source>Communication scenario</source>
        <translation>コミュニケーションシナリオ</translation>
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
        <translation>クライアント証明書のキーストア</translation>
    </message>
    <message>
        <source>The .p12 file with the certificate SAP Task Center authenticates with, and its password.</source>
        <translation>SAP Task Center が認証に使用する証明書を含む .p12 ファイルと、そのパスワード。</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer trusts the users SAP Task Center acts for through this certificate: you upload it as an OAuth 2.0 identity provider next.</source>
        <translation>SAP Cloud for Customer は、この証明書によって、SAP Task Center が代理で処理を行うユーザーを信頼します: 次に、この証明書を OAuth 2.0 ID プロバイダーとしてアップロードします。</translation>
    </message>
    <message>
        <source>SAP Cloud for Customer accepts a user&apos;s identity from SAP Task Center only when it is signed with this subaccount&apos;s trust certificate. The next page shows the certificate and its CN to enter in SAP Cloud for Customer as an OAuth 2.0 identity provider.</source>
        <translation>SAP Cloud for Customer は、このサブアカウントのトラスト証明書で署名されている場合にのみ、SAP Task Center からのユーザーの ID を受け付けます。次のページに、SAP Cloud for Customer で OAuth 2.0 ID プロバイダーとして入力する証明書とその CN が表示されます。</translation>
    </message>
    <message>
        <source>Set up principal propagation in SAP Cloud for Customer</source>
        <translation>SAP Cloud for Customer でプリンシパル伝播をセットアップ</translation>
    </message>
    <message>
        <source>The subaccount as OAuth 2.0 identity provider, an OAuth client for SAP Task Center, and the audience.</source>
        <translation>OAuth 2.0 ID プロバイダーとしてのサブアカウント、SAP Task Center 用の OAuth クライアント、および Audience。</translation>
    </message>
    <message>
        <source>In SAP Cloud for Customer, open &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure OAuth 2.0 Identity Provider&lt;/b&gt; and choose &lt;b&gt;New OAuth 2.0 Provider&lt;/b&gt;. Enter the values below and choose &lt;b&gt;Submit&lt;/b&gt;. Then register the OAuth client and copy the audience, as each section says.</source>
        <translation>SAP Cloud for Customer で &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure OAuth 2.0 Identity Provider&lt;/b&gt; を開き、&lt;b&gt;New OAuth 2.0 Provider&lt;/b&gt; を選択します。以下の値を入力して &lt;b&gt;Submit&lt;/b&gt; を選択します。次に、各セクションの説明に従って、OAuth クライアントを登録し、Audience をコピーします。</translation>
    </message>
    <message>
        <source>The secondary destination lets SAP Task Center act in SAP Cloud for Customer as the user who works on a task. SAP Cloud for Customer accepts this because it trusts the subaccount&apos;s certificate and knows the OAuth client. The steps follow SAP Cloud for Customer&apos;s guide &quot;Principal Propagation Flow and Set Up&quot;.</source>
        <translation>セカンダリ宛先により、SAP Task Center は、タスクを処理するユーザーとして SAP Cloud for Customer で処理を実行できます。SAP Cloud for Customer は、サブアカウントの証明書を信頼し、OAuth クライアントを認識しているため、これを受け付けます。ステップは、SAP Cloud for Customer のガイド「Principal Propagation Flow and Set Up」に従っています。</translation>
    </message>
    <message>
        <source>OAuth 2.0 identity provider</source>
        <translation>OAuth 2.0 ID プロバイダー</translation>
    </message>
    <message>
        <source>Issuing Entity Name</source>
        <translation>Issuing Entity Name</translation>
    </message>
    <message>
        <source>The trust certificate&apos;s CN; it has the form cfapps.&lt;region host&gt;/&lt;subaccount ID&gt;.</source>
        <translation>トラスト証明書の CN です。cfapps.&lt;region host&gt;/&lt;subaccount ID&gt; の形式です。</translation>
    </message>
    <message>
        <source>Primary Signing Certificate</source>
        <translation>Primary Signing Certificate</translation>
    </message>
    <message>
        <source>Browse and upload this file: the subaccount&apos;s trust certificate without its BEGIN and END lines, as SAP&apos;s guide asks. Upload it again whenever the subaccount&apos;s certificate is renewed.</source>
        <translation>「Browse」を選択してこのファイルをアップロードしてください: SAP のガイドで求められているとおり、BEGIN 行と END 行を除いたサブアカウントのトラスト証明書です。サブアカウントの証明書が更新されたときは、必ずもう一度アップロードしてください。</translation>
    </message>
    <message>
        <source>Select Name ID Formats</source>
        <translation>Select Name ID Formats</translation>
    </message>
    <message>
        <source>Select Email Address in addition to User Account ID.</source>
        <translation>User Account ID に加えて Email Address を選択してください。</translation>
    </message>
    <message>
        <source>OAuth 2.0 client</source>
        <translation>OAuth 2.0 クライアント</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; OAuth 2.0 Client Registration&lt;/b&gt; and choose &lt;b&gt;New&lt;/b&gt;. Enter a client secret and a description, select the identity provider you just created as &lt;b&gt;Issuer Name&lt;/b&gt; and the scope below, and save. Enter the client ID it shows and the client secret here.</source>
        <translation>&lt;b&gt;Administrator &amp;gt; OAuth 2.0 Client Registration&lt;/b&gt; を開き、&lt;b&gt;New&lt;/b&gt; を選択します。クライアントシークレットと説明を入力し、&lt;b&gt;Issuer Name&lt;/b&gt; として先ほど作成した ID プロバイダーを選択し、下のスコープを選択して保存します。表示されたクライアント ID とクライアントシークレットをここに入力してください。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure Single Sign-On&lt;/b&gt; and copy the value of the &lt;b&gt;Local Service Provider&lt;/b&gt; field.</source>
        <translation>&lt;b&gt;Administrator &amp;gt; Common Tasks &amp;gt; Configure Single Sign-On&lt;/b&gt; を開き、&lt;b&gt;Local Service Provider&lt;/b&gt; フィールドの値をコピーします。</translation>
    </message>
    <message>
        <source>The Destination service cannot use the key store. Check that the file is uploaded to this subaccount&apos;s destination certificates under exactly the name in KeyStoreLocation, including its extension, and that KeyStorePassword is its password.</source>
        <translation>Destination サービスがキーストアを使用できません。ファイルが、このサブアカウントの宛先証明書に、拡張子を含め KeyStoreLocation の名前と正確に同じ名前でアップロードされていること、および KeyStorePassword がそのパスワードであることを確認してください。</translation>
    </message>
    <message>
        <source>With user and password, check in SAP Cloud for Customer that the communication arrangement for SAP Task Center is active and that the destination holds its communication user&apos;s ID and password. With a client certificate, check that the key store is uploaded to this subaccount under the name in KeyStoreLocation and that SAP Cloud for Customer accepts its certificate (Using Client Certificate Authentication).</source>
        <translation>ユーザーとパスワードの場合は、SAP Cloud for Customer で SAP Task Center 用のコミュニケーション契約が有効であること、および宛先にそのコミュニケーションユーザーの ID とパスワードが含まれていることを確認してください。クライアント証明書の場合は、キーストアが KeyStoreLocation の名前でこのサブアカウントにアップロードされていること、および SAP Cloud for Customer がその証明書を受け付けること (「Using Client Certificate Authentication」) を確認してください。</translation>
    </message>
    <message>
        <source>Create only one primary destination for each SAP Cloud for Customer system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、SAP Cloud for Customer システムごとにプライマリ宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>SAP says Check Connection may not tell whether SAP Task Center reaches SAP Cloud for Customer. Check the connector in SAP Task Center&apos;s monitoring once the destinations are saved.</source>
        <translation>SAP によると、「Check Connection」では SAP Task Center が SAP Cloud for Customer に接続できるかどうかがわからない場合があります。宛先を保存したら、SAP Task Center の「Monitoring」でコネクターを確認してください。</translation>
    </message>
    <message>
        <source>The Audience is case-sensitive: it must be exactly the Local Service Provider value SAP Cloud for Customer shows.</source>
        <translation>Audience では大文字と小文字が区別されます: SAP Cloud for Customer に表示される Local Service Provider の値と正確に一致する必要があります。</translation>
    </message>
    <message>
        <source>Tasks from a system outside SAP that implements SAP Task Center&apos;s task provider SPI: a primary destination with OAuth client credentials for the technical user and a secondary destination for principal propagation with a SAML bearer assertion.</source>
        <translation>SAP Task Center のタスクプロバイダー SPI を実装している SAP 以外のシステムのタスク: 技術ユーザー用の OAuth クライアント資格情報を使用するプライマリ宛先と、SAML ベアラーアサーションを使用するプリンシパル伝播用のセカンダリ宛先を作成します。</translation>
    </message>
    <message>
        <source>The address of your task provider tenant, as its documentation for SAP Task Center gives it. Both destinations use it. SAP Task Center adds /task-provider/v&lt;version&gt;/&lt;endpoint&gt; to it, so the task provider&apos;s SPI must answer there.</source>
        <translation>タスクプロバイダーのテナントのアドレスです。SAP Task Center 用のドキュメントに記載されているとおりに入力してください。両方の宛先で使用されます。SAP Task Center はこのアドレスに /task-provider/v&lt;version&gt;/&lt;endpoint&gt; を追加するため、タスクプロバイダーの SPI はそこで応答する必要があります。</translation>
    </message>
    <message>
        <source>SAP Task Center adds /task-provider/ and the SPI version to this address itself. Use %1 instead.</source>
        <translation>SAP Task Center は、このアドレスに /task-provider/ と SPI バージョンを自動的に追加します。代わりに %1 を使用してください。</translation>
    </message>
    <message>
        <source>Corporate identity provider tokens (tc.pp.cip.token)</source>
        <translation>企業 ID プロバイダーのトークン (tc.pp.cip.token)</translation>
    </message>
    <message>
        <source>Optional. Choose true only if your users log on through a corporate identity provider configured in Identity Authentication and the task provider needs that provider&apos;s tokens. Leave it empty otherwise; SAP Task Center then assumes false.</source>
        <translation>任意です。ユーザーが Identity Authentication で構成された企業 ID プロバイダーを通じてログオンし、タスクプロバイダーがそのプロバイダーのトークンを必要とする場合にのみ、true を選択してください。それ以外の場合は空のままにしてください。その場合、SAP Task Center は false とみなします。</translation>
    </message>
    <message>
        <source>Where SAP Task Center fetches the technical user&apos;s token: the token endpoint of the OAuth server the task provider trusts, as its documentation gives it.</source>
        <translation>SAP Task Center が技術ユーザーのトークンを取得する場所: タスクプロバイダーが信頼している OAuth サーバーのトークンエンドポイントです。タスクプロバイダーのドキュメントに記載されているとおりに入力してください。</translation>
    </message>
    <message>
        <source>The ID of the OAuth client the task provider&apos;s documentation has you register for SAP Task Center&apos;s technical user.</source>
        <translation>タスクプロバイダーのドキュメントに従って、SAP Task Center の技術ユーザー用に登録した OAuth クライアントの ID です。</translation>
    </message>
    <message>
        <source>The secret of that client. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>そのクライアントのシークレットです。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Scope (optional)</source>
        <translation>スコープ (任意)</translation>
    </message>
    <message>
        <source>Only if the task provider&apos;s OAuth server needs a scope for this client: the scopes, separated by spaces, as its documentation gives them. Leave it empty otherwise.</source>
        <translation>タスクプロバイダーの OAuth サーバーがこのクライアントにスコープを必要とする場合にのみ入力します: ドキュメントに記載されているとおりに、スコープを空白で区切って入力してください。それ以外の場合は空のままにしてください。</translation>
    </message>
    <message>
        <source>Token Service URL for users</source>
        <translation>ユーザー用の Token Service URL</translation>
    </message>
    <message>
        <source>Where SAP Task Center exchanges a user&apos;s SAML assertion for that user&apos;s token. Filled in with the technical user&apos;s Token Service URL, which is usually the same; change it if the task provider&apos;s documentation gives another.</source>
        <translation>SAP Task Center がユーザーの SAML アサーションをそのユーザーのトークンと交換する場所です。技術ユーザーの Token Service URL (通常は同じ) が設定されます。タスクプロバイダーのドキュメントに別の URL が記載されている場合は変更してください。</translation>
    </message>
    <message>
        <source>The audience the task provider&apos;s OAuth server expects in a SAML assertion, as its documentation or its SAML settings give it.</source>
        <translation>タスクプロバイダーの OAuth サーバーが SAML アサーションで想定している Audience です。ドキュメントまたは SAML 設定に記載されているとおりに入力してください。</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>クライアントキー</translation>
    </message>
    <message>
        <source>The ID of the OAuth client that accepts SAML assertions from this subaccount (the one that holds the trust certificate). Some task providers use the technical user&apos;s client for this too.</source>
        <translation>このサブアカウントからの SAML アサーションを受け付ける OAuth クライアント (トラスト証明書を保持しているクライアント) の ID です。タスクプロバイダーによっては、これにも技術ユーザーのクライアントを使用します。</translation>
    </message>
    <message>
        <source>Token Service User (optional)</source>
        <translation>Token Service User (任意)</translation>
    </message>
    <message>
        <source>Only if the OAuth server wants the client to log on when SAP Task Center fetches a user&apos;s token: the user for that logon, usually the client key. Leave it empty otherwise.</source>
        <translation>SAP Task Center がユーザーのトークンを取得するときに、OAuth サーバーがクライアントのログオンを求める場合にのみ入力します: そのログオンに使用するユーザーで、通常はクライアントキーです。それ以外の場合は空のままにしてください。</translation>
    </message>
    <message>
        <source>Token Service Password (optional)</source>
        <translation>Token Service Password (任意)</translation>
    </message>
    <message>
        <source>The password for the Token Service User, usually the client&apos;s secret. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Token Service User のパスワードで、通常はクライアントのシークレットです。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Name ID format (optional)</source>
        <translation>Name ID 形式 (任意)</translation>
    </message>
    <message>
        <source>How the assertion names the user: emailAddress sends the user&apos;s e-mail address, unspecified (or empty) the user name. Choose what the task provider uses to find its users.</source>
        <translation>アサーションでのユーザーの指定方法です: emailAddress ではユーザーのメールアドレス、unspecified (または空) ではユーザー名が送信されます。タスクプロバイダーがユーザーの検索に使用するものを選択してください。</translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation>認証コンテキストクラス</translation>
    </message>
    <message>
        <source>The AuthnContextClassRef of the SAML assertion. PreviousSession is what most SAP Task Center providers use; choose X509 only if the task provider&apos;s documentation asks for it.</source>
        <translation>SAML アサーションの AuthnContextClassRef です。ほとんどの SAP Task Center プロバイダーでは PreviousSession が使用されます。X509 は、タスクプロバイダーのドキュメントで求められている場合にのみ選択してください。</translation>
    </message>
    <message>
        <source>Prepare the task provider</source>
        <translation>タスクプロバイダーの準備</translation>
    </message>
    <message>
        <source>A third-party task provider works with SAP Task Center only if it serves SAP Task Center&apos;s task provider SPI. What it supports and how it authenticates is up to the provider: its documentation for SAP Task Center says it.</source>
        <translation>サードパーティーのタスクプロバイダーが SAP Task Center と連携できるのは、SAP Task Center のタスクプロバイダー SPI を提供している場合だけです。何をサポートし、どのように認証するかはプロバイダー次第です: SAP Task Center 用のプロバイダーのドキュメントに記載されています。</translation>
    </message>
    <message>
        <source>The task provider must implement the task provider SPI that SAP Note 3462266 defines, at &lt;tenant URL&gt;/task-provider/v&lt;version&gt;/&lt;endpoint&gt;. SAP Task Center calls it with the primary destination&apos;s token to pull tasks and task definitions, and with each user&apos;s token from the secondary destination (&lt;name&gt;_PP) to read task details and to act on tasks. Which SAP Task Center features work depends on that implementation.</source>
        <translation>タスクプロバイダーは、SAP Note 3462266 で定義されているタスクプロバイダー SPI を &lt;tenant URL&gt;/task-provider/v&lt;version&gt;/&lt;endpoint&gt; で実装している必要があります。SAP Task Center は、プライマリ宛先のトークンを使用して SPI を呼び出し、タスクとタスク定義を取得します。また、セカンダリ宛先 (&lt;name&gt;_PP) から取得した各ユーザーのトークンを使用して SPI を呼び出し、タスクの詳細を読み込んだり、タスクを処理したりします。どの SAP Task Center 機能が動作するかは、その実装によって異なります。</translation>
    </message>
    <message>
        <source>The initial setup of SAP Task Center is complete, and you have followed the &lt;b&gt;Third-Party Scenarios&lt;/b&gt; of SAP Cloud Identity Services for the task provider&apos;s users.</source>
        <translation>SAP Task Center の初期セットアップが完了しており、タスクプロバイダーのユーザーについて、SAP Cloud Identity Services の &lt;b&gt;Third-Party Scenarios&lt;/b&gt; に従っています。</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: System Integration Guide, Third-Party Scenarios.</source>
        <translation>SAP Cloud Identity Services: 「System Integration Guide」、「Third-Party Scenarios」。</translation>
    </message>
    <message>
        <source>Your task provider tenant implements SAP Task Center&apos;s &lt;b&gt;task provider SPI&lt;/b&gt; as SAP Note 3462266 defines it.</source>
        <translation>タスクプロバイダーのテナントが、SAP Note 3462266 の定義どおりに SAP Task Center の&lt;b&gt;タスクプロバイダー SPI&lt;/b&gt; を実装しています。</translation>
    </message>
    <message>
        <source>SAP Note 3462266 (SAP for Me; an S-user is needed). Ask the task provider&apos;s vendor or developers if you are not sure.</source>
        <translation>SAP Note 3462266 (SAP for Me、S ユーザーが必要)。不明な場合は、タスクプロバイダーのベンダーまたは開発者に問い合わせてください。</translation>
    </message>
    <message>
        <source>You have the task provider&apos;s &lt;b&gt;documentation for SAP Task Center&lt;/b&gt;: its tenant URL, and how it accepts tokens for SAP Task Center&apos;s technical user and for each user.</source>
        <translation>タスクプロバイダーの &lt;b&gt;SAP Task Center 用ドキュメント&lt;/b&gt;があります: テナント URL と、SAP Task Center の技術ユーザーおよび各ユーザーのトークンをどのように受け付けるかが記載されています。</translation>
    </message>
    <message>
        <source>The task provider&apos;s own documentation.</source>
        <translation>タスクプロバイダー自体のドキュメント。</translation>
    </message>
    <message>
        <source>Your task provider tenant</source>
        <translation>タスクプロバイダーのテナント</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches the task provider&apos;s SPI.</source>
        <translation>SAP Task Center がタスクプロバイダーの SPI に接続する先。</translation>
    </message>
    <message>
        <source>Enter the tenant URL as the task provider&apos;s documentation gives it, without /task-provider/ and what follows.</source>
        <translation>タスクプロバイダーのドキュメントに記載されているとおりに、/task-provider/ 以降を除いてテナント URL を入力してください。</translation>
    </message>
    <message>
        <source>Both destinations use the same tenant URL. SAP Task Center adds /task-provider/v&lt;version&gt;/&lt;endpoint&gt; to it. UNCONFIRMED: SAP&apos;s example for the primary destination ends in /v2 and the one for the secondary does not; the wizard writes the same address to both, as both pages describe it the same way.</source>
        <translation>両方の宛先で同じテナント URL を使用します。SAP Task Center は、この URL に /task-provider/v&lt;version&gt;/&lt;endpoint&gt; を追加します。UNCONFIRMED: SAP の例では、プライマリ宛先の URL は /v2 で終わり、セカンダリ宛先の URL はそうなっていません。両方のページで同じように説明されているため、ウィザードは両方に同じアドレスを書き込みます。</translation>
    </message>
    <message>
        <source>Client for SAP Task Center&apos;s technical user</source>
        <translation>SAP Task Center の技術ユーザー用のクライアント</translation>
    </message>
    <message>
        <source>SAP Task Center pulls tasks and task definitions with this client&apos;s token.</source>
        <translation>SAP Task Center は、このクライアントのトークンを使用してタスクとタスク定義を取得します。</translation>
    </message>
    <message>
        <source>In the task provider, or in the OAuth server it trusts, register an OAuth client for SAP Task Center that may fetch tokens with its client ID and secret (client credentials), as the task provider&apos;s documentation says. Copy its values here.</source>
        <translation>タスクプロバイダー、またはタスクプロバイダーが信頼している OAuth サーバーで、タスクプロバイダーのドキュメントの説明に従って、クライアント ID とシークレットでトークンを取得できる (クライアント資格情報) SAP Task Center 用の OAuth クライアントを登録してください。その値をここにコピーしてください。</translation>
    </message>
    <message>
        <source>SAP only asks that the primary destination returns a valid token; the wizard writes OAuth client credentials, the usual way for a technical user. UNCONFIRMED: whether your task provider accepts them, and which scope it needs, is for its documentation to say.</source>
        <translation>SAP が求めているのは、プライマリ宛先が有効なトークンを返すことだけです。ウィザードは、技術ユーザーで一般的な方法である OAuth クライアント資格情報を書き込みます。UNCONFIRMED: タスクプロバイダーがこれを受け付けるかどうか、およびどのスコープが必要かは、タスクプロバイダーのドキュメントで確認してください。</translation>
    </message>
    <message>
        <source>OAuth client for the technical user</source>
        <translation>技術ユーザー用の OAuth クライアント</translation>
    </message>
    <message>
        <source>Trust certificate of your subaccount</source>
        <translation>サブアカウントのトラスト証明書</translation>
    </message>
    <message>
        <source>The task provider trusts each user&apos;s SAML assertion through this certificate: you give it to the task provider next.</source>
        <translation>タスクプロバイダーは、この証明書によって各ユーザーの SAML アサーションを信頼します: 次に、この証明書をタスクプロバイダーに登録します。</translation>
    </message>
    <message>
        <source>The Destination service signs each user&apos;s SAML assertion with this subaccount&apos;s trust certificate.</source>
        <translation>Destination サービスは、このサブアカウントのトラスト証明書で各ユーザーの SAML アサーションに署名します。</translation>
    </message>
    <message>
        <source>Renew the certificate in the task provider too whenever the subaccount&apos;s certificate is renewed; until then, users cannot open or act on their tasks.</source>
        <translation>サブアカウントの証明書を更新したときは、タスクプロバイダーでも必ず証明書を更新してください。更新するまで、ユーザーはタスクを開いたり処理したりできません。</translation>
    </message>
    <message>
        <source>Trust for each user&apos;s token</source>
        <translation>各ユーザーのトークンに対する信頼</translation>
    </message>
    <message>
        <source>SAP Task Center reads task details and acts on tasks with each user&apos;s own token.</source>
        <translation>SAP Task Center は、各ユーザー自身のトークンを使用して、タスクの詳細を読み込み、タスクを処理します。</translation>
    </message>
    <message>
        <source>In the task provider, or in the OAuth server it trusts, upload the trust certificate below and allow an OAuth client to exchange SAML assertions signed with it for a user&apos;s token (SAML 2.0 bearer assertion), as the task provider&apos;s documentation says. Copy its values here.</source>
        <translation>タスクプロバイダー、またはタスクプロバイダーが信頼している OAuth サーバーで、タスクプロバイダーのドキュメントの説明に従って、下のトラスト証明書をアップロードし、その証明書で署名された SAML アサーションをユーザーのトークンと交換すること (SAML 2.0 ベアラーアサーション) を OAuth クライアントに許可してください。その値をここにコピーしてください。</translation>
    </message>
    <message>
        <source>SAP allows any authentication for the secondary destination that returns a token for the user; the wizard writes a SAML bearer assertion, which the Destination service signs with this subaccount&apos;s trust certificate. UNCONFIRMED: whether your task provider accepts it, its audience, and whether it finds users by e-mail address or user name are for its documentation to say. If it needs another kind of user token, create the secondary destination by hand as its documentation says.</source>
        <translation>SAP では、ユーザーのトークンを返すものであれば、セカンダリ宛先にどのような認証を使用してもかまいません。ウィザードは SAML ベアラーアサーションを書き込み、Destination サービスがこのサブアカウントのトラスト証明書でそれに署名します。UNCONFIRMED: タスクプロバイダーがこれを受け付けるかどうか、その Audience、およびユーザーをメールアドレスとユーザー名のどちらで検索するかは、タスクプロバイダーのドキュメントで確認してください。別の種類のユーザートークンが必要な場合は、ドキュメントの説明に従ってセカンダリ宛先を手動で作成してください。</translation>
    </message>
    <message>
        <source>The same .pem file the SAP BTP cockpit exports under Connectivity &gt; Destination Trust.</source>
        <translation>SAP BTP コックピットが「Connectivity &gt; Destination Trust」でエクスポートするものと同じ .pem ファイルです。</translation>
    </message>
    <message>
        <source>To recognize the certificate in the task provider&apos;s list. UNCONFIRMED: whether the task provider also wants it as the assertion&apos;s issuer.</source>
        <translation>タスクプロバイダーの一覧で証明書を識別するためのものです。UNCONFIRMED: タスクプロバイダーがこれをアサーションの発行者としても必要とするかどうか。</translation>
    </message>
    <message>
        <source>OAuth client for users</source>
        <translation>ユーザー用の OAuth クライアント</translation>
    </message>
    <message>
        <source>Destinations to the task provider</source>
        <translation>タスクプロバイダーへの宛先</translation>
    </message>
    <message>
        <source>The primary destination and its secondary destination (the primary&apos;s name followed by _PP), as SAP&apos;s guides list them.</source>
        <translation>SAP のガイドに記載されているとおりの、プライマリ宛先とそのセカンダリ宛先 (プライマリ宛先の名前の後に _PP を付けたもの)。</translation>
    </message>
    <message>
        <source>SAP&apos;s guides list only the name, type, URL and SAP Task Center&apos;s own properties; the authentication properties are those of SAP BTP Connectivity for OAuth client credentials and for the SAML bearer assertion.</source>
        <translation>SAP のガイドに記載されているのは、名前、タイプ、URL、および SAP Task Center 独自のプロパティのみです。認証プロパティは、OAuth クライアント資格情報と SAML ベアラーアサーションに関する SAP BTP Connectivity のものです。</translation>
    </message>
    <message>
        <source>The task provider&apos;s OAuth server does not accept the client. Copy the client ID and secret (or the client key and Token Service User and Password) again from where you registered the client for SAP Task Center, and apply again.</source>
        <translation>タスクプロバイダーの OAuth サーバーがクライアントを受け付けません。SAP Task Center 用にクライアントを登録した場所から、クライアント ID とシークレット (またはクライアントキーと Token Service User およびパスワード) をもう一度コピーし、再度適用してください。</translation>
    </message>
    <message>
        <source>The task provider does not accept this subaccount&apos;s signature: the certificate it trusts is not the subaccount&apos;s current trust certificate. Give it the current one again (Connectivity &gt; Destination Trust).</source>
        <translation>タスクプロバイダーがこのサブアカウントの署名を受け付けません: タスクプロバイダーが信頼している証明書が、サブアカウントの現在のトラスト証明書ではありません。現在の証明書をもう一度タスクプロバイダーに登録してください (「Connectivity &gt; Destination Trust」)。</translation>
    </message>
    <message>
        <source>Check against the task provider&apos;s documentation for SAP Task Center that the Token Service URLs, clients and audience are right, and that the task provider trusts this subaccount&apos;s current trust certificate.</source>
        <translation>SAP Task Center 用のタスクプロバイダーのドキュメントと照らし合わせて、Token Service URL、クライアント、Audience が正しいこと、およびタスクプロバイダーがこのサブアカウントの現在のトラスト証明書を信頼していることを確認してください。</translation>
    </message>
    <message>
        <source>Create only one primary destination for each task provider system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、タスクプロバイダーのシステムごとにプライマリ宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>SAP Task Center calls the task provider&apos;s SPI at the URL followed by /task-provider/v&lt;version&gt;/&lt;endpoint&gt;, with this destination&apos;s token, to pull tasks and task definitions.</source>
        <translation>SAP Task Center は、この宛先のトークンを使用して、URL の後に /task-provider/v&lt;version&gt;/&lt;endpoint&gt; を付けたアドレスでタスクプロバイダーの SPI を呼び出し、タスクとタスク定義を取得します。</translation>
    </message>
    <message>
        <source>SAP lets the task provider choose how SAP Task Center authenticates, as long as this destination returns a valid token. The wizard writes OAuth client credentials. UNCONFIRMED: whether your task provider accepts them; if its documentation asks for another authentication, change this destination as it says.</source>
        <translation>SAP では、この宛先が有効なトークンを返す限り、SAP Task Center の認証方法をタスクプロバイダーが選択できます。ウィザードは OAuth クライアント資格情報を書き込みます。UNCONFIRMED: タスクプロバイダーがこれを受け付けるかどうか。ドキュメントで別の認証が求められている場合は、その説明に従ってこの宛先を変更してください。</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user. Check it in the SAP Task Center Web app as a user with tasks from the task provider.</source>
        <translation>この宛先には技術ユーザーがありません: Destination サービスは、SAP Task Center が各ユーザーに対して行うのと同じように、ログオンしているユーザーに対してのみこの宛先でトークンを取得します。タスクプロバイダーのタスクを持つユーザーとして、SAP Task Center Web app で確認してください。</translation>
    </message>
    <message>
        <source>SAP lets the task provider choose how each user authenticates, as long as this destination returns a valid token for the user. The wizard writes a SAML bearer assertion signed with this subaccount&apos;s trust certificate. UNCONFIRMED: whether your task provider accepts it; if its documentation asks for another authentication, change this destination as it says.</source>
        <translation>SAP では、この宛先がユーザーに有効なトークンを返す限り、各ユーザーの認証方法をタスクプロバイダーが選択できます。ウィザードは、このサブアカウントのトラスト証明書で署名された SAML ベアラーアサーションを書き込みます。UNCONFIRMED: タスクプロバイダーがこれを受け付けるかどうか。ドキュメントで別の認証が求められている場合は、その説明に従ってこの宛先を変更してください。</translation>
    </message>
    <message>
        <source>Approvals from SAP Fieldglass: one destination with the API application key of your SAP Fieldglass company, after SAP Fieldglass holds this subaccount&apos;s trust certificate and pushes task updates to SAP Task Center.</source>
        <translation>SAP Fieldglass からの承認: SAP Fieldglass がこのサブアカウントのトラスト証明書を保持し、タスクの更新を SAP Task Center に送信するように設定した後、SAP Fieldglass 会社の API アプリケーションキーを使用する宛先を 1 つ作成します。</translation>
    </message>
    <message>
        <source>SAP Fieldglass tenant URL</source>
        <translation>SAP Fieldglass テナント URL</translation>
    </message>
    <message>
        <source>The address you sign in to SAP Fieldglass with, or the one SAP Fieldglass support gave you (SAP&apos;s guide names https://www.fieldglass.net for the US data center and https://www.fieldglass.eu for the EU data center). The wizard adds /api/v1 for the destination URL and /api/oauth2/v2.0/token for the token service URL. UNCONFIRMED: SAP&apos;s guide writes the US and EU token service URLs with http:// and without www; the wizard uses https and the host you enter, as in SAP&apos;s example for a tenant.</source>
        <translation>SAP Fieldglass へのサインインに使用するアドレス、または SAP Fieldglass サポートから提供されたアドレスです (SAP のガイドでは、US データセンターに https://www.fieldglass.net、EU データセンターに https://www.fieldglass.eu が記載されています)。ウィザードは、宛先の URL には /api/v1 を、トークンサービスの URL には /api/oauth2/v2.0/token を追加します。UNCONFIRMED: SAP のガイドでは、US と EU のトークンサービス URL が http:// で、www なしで記載されています。ウィザードは、SAP のテナントの例と同様に、https と入力したホストを使用します。</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds /api/v1 and the token path itself.</source>
        <translation>このアドレスのサーバー部分 (%1) のみが使用されます。ウィザードが /api/v1 とトークンのパスを自動的に追加します。</translation>
    </message>
    <message>
        <source>The audience of the SAML assertion. SAP&apos;s guide gives Fieldglass as its example and names no other value: keep it unless SAP Fieldglass support gives you another one. UNCONFIRMED whether a tenant can need another value.</source>
        <translation>SAML アサーションの Audience です。SAP のガイドでは例として Fieldglass が示されており、他の値は記載されていません: SAP Fieldglass サポートから別の値が提供されない限り、この値のままにしてください。テナントで別の値が必要になる場合があるかどうかは UNCONFIRMED です。</translation>
    </message>
    <message>
        <source>API Application Key</source>
        <translation>API Application Key</translation>
    </message>
    <message>
        <source>The API Application Key of the key you created for SAP Task Center, shown on View Application Keys in SAP Fieldglass Configuration Manager. It goes into the destination twice: as Client Key and as the header X-ApplicationKey. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>SAP Task Center 用に作成したキーの API Application Key で、SAP Fieldglass Configuration Manager の「View Application Keys」に表示されます。宛先には 2 回入力されます: Client Key として、およびヘッダー X-ApplicationKey としてです。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>The Client ID of the same application key, from View Application Keys.</source>
        <translation>同じアプリケーションキーの Client ID で、「View Application Keys」から取得します。</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>The Client Secret of the same application key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>同じアプリケーションキーの Client Secret です。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Virtual Person Name (Username)</source>
        <translation>Virtual Person Name (Username)</translation>
    </message>
    <message>
        <source>From the Web Services section of View Application Keys; it becomes the destination&apos;s Token Service User.</source>
        <translation>「View Application Keys」の「Web Services」セクションから取得します。宛先の Token Service User になります。</translation>
    </message>
    <message>
        <source>License Key</source>
        <translation>License Key</translation>
    </message>
    <message>
        <source>From the Web Services section of View Application Keys; it becomes the destination&apos;s Token Service Password. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>「View Application Keys」の「Web Services」セクションから取得します。宛先の Token Service Password になります。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Prepare SAP Fieldglass</source>
        <translation>SAP Fieldglass の準備</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the pages after it rely on them.</source>
        <translation>各ステップが完了したらチェックを付けてください。以降のページは、これらのステップを前提としています。</translation>
    </message>
    <message>
        <source>You need an SAP Fieldglass tenant and a Configuration Manager user in it.</source>
        <translation>SAP Fieldglass テナントと、そのテナントの Configuration Manager ユーザーが必要です。</translation>
    </message>
    <message>
        <source>SAP Task Center reads tasks from SAP Fieldglass once SAP Fieldglass knows your users through SAP Cloud Identity Services, SAP Task Center is enabled in SAP Fieldglass, and SAP Fieldglass may push task updates.</source>
        <translation>SAP Fieldglass が SAP Cloud Identity Services を通じてユーザーを認識し、SAP Fieldglass で SAP Task Center が有効化され、SAP Fieldglass がタスクの更新を送信できるようになると、SAP Task Center は SAP Fieldglass からタスクを読み込みます。</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s initial setup is complete, and SAP Fieldglass is connected to SAP Cloud Identity Services as the &lt;b&gt;SAP Fieldglass Integration Scenario&lt;/b&gt; describes.</source>
        <translation>SAP Task Center の初期セットアップが完了しており、&lt;b&gt;SAP Fieldglass Integration Scenario&lt;/b&gt; の説明どおりに、SAP Fieldglass が SAP Cloud Identity Services に接続されています。</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services: System Integration Guide, SAP Fieldglass Integration Scenario.</source>
        <translation>SAP Cloud Identity Services: 「System Integration Guide」、「SAP Fieldglass Integration Scenario」。</translation>
    </message>
    <message>
        <source>&lt;b&gt;SAP Task Center is enabled in SAP Fieldglass&lt;/b&gt;.</source>
        <translation>&lt;b&gt;SAP Fieldglass で SAP Task Center が有効化&lt;/b&gt;されています。</translation>
    </message>
    <message>
        <source>SAP Fieldglass: Enable SAP Task Center in SAP Fieldglass.</source>
        <translation>SAP Fieldglass: 「Enable SAP Task Center in SAP Fieldglass」。</translation>
    </message>
    <message>
        <source>SAP Fieldglass support has enabled the &lt;b&gt;push capability&lt;/b&gt; (SAP_TASK_PUSH_CAPABILITY) for your company and refreshed its cache; otherwise Manage SAP Task Center stops with an error.</source>
        <translation>SAP Fieldglass サポートが、会社に対して&lt;b&gt;プッシュ機能&lt;/b&gt; (SAP_TASK_PUSH_CAPABILITY) を有効にし、そのキャッシュを更新しています。そうでない場合、「Manage SAP Task Center」がエラーで停止します。</translation>
    </message>
    <message>
        <source>SAP Fieldglass Customer Support.</source>
        <translation>SAP Fieldglass カスタマーサポート。</translation>
    </message>
    <message>
        <source>SAP Fieldglass trusts SAP Task Center through this certificate: it goes into your tenant&apos;s truststore next.</source>
        <translation>SAP Fieldglass はこの証明書によって SAP Task Center を信頼します: 次に、この証明書をテナントのトラストストアに登録します。</translation>
    </message>
    <message>
        <source>Get the subaccount&apos;s trust certificate.</source>
        <translation>サブアカウントのトラスト証明書を取得してください。</translation>
    </message>
    <message>
        <source>SAP Fieldglass checks the SAML assertions this subaccount signs against this certificate.</source>
        <translation>SAP Fieldglass は、このサブアカウントが署名した SAML アサーションをこの証明書で検証します。</translation>
    </message>
    <message>
        <source>Have the trust certificate uploaded to SAP Fieldglass</source>
        <translation>トラスト証明書を SAP Fieldglass にアップロードしてもらう</translation>
    </message>
    <message>
        <source>Your SAP Fieldglass representative puts it into your tenant&apos;s truststore.</source>
        <translation>SAP Fieldglass の担当者が、証明書をテナントのトラストストアに登録します。</translation>
    </message>
    <message>
        <source>Save the certificate below as a file and send it to your &lt;b&gt;SAP Fieldglass representative&lt;/b&gt;, asking them to upload it to the &lt;b&gt;truststore&lt;/b&gt; of your SAP Fieldglass tenant.</source>
        <translation>下の証明書をファイルとして保存し、&lt;b&gt;SAP Fieldglass の担当者&lt;/b&gt;に送付して、SAP Fieldglass テナントの&lt;b&gt;トラストストア&lt;/b&gt;にアップロードするよう依頼してください。</translation>
    </message>
    <message>
        <source>Renew the certificate in SAP Fieldglass too whenever the subaccount&apos;s certificate is renewed: until then, you may not be able to work on tasks nor receive task updates.</source>
        <translation>サブアカウントの証明書を更新したときは、SAP Fieldglass でも必ず証明書を更新してください: 更新されるまで、タスクを処理できなかったり、タスクの更新を受け取れなかったりする場合があります。</translation>
    </message>
    <message>
        <source>SAP&apos;s mission saves it as a .cer file for SAP Fieldglass.</source>
        <translation>SAP のミッションでは、SAP Fieldglass 用に .cer ファイルとして保存します。</translation>
    </message>
    <message>
        <source>To recognize the certificate in your request.</source>
        <translation>依頼の中で証明書を識別するためのものです。</translation>
    </message>
    <message>
        <source>SAP Task Center service key</source>
        <translation>SAP Task Center のサービスキー</translation>
    </message>
    <message>
        <source>Create a new SAP Task Center service instance for the task updates SAP Fieldglass pushes, and a service key for it; open that key here.</source>
        <translation>SAP Fieldglass が送信するタスクの更新用に、新しい SAP Task Center サービスインスタンスとそのサービスキーを作成し、そのキーをここで開いてください。</translation>
    </message>
    <message>
        <source>Open the service key of the new instance.</source>
        <translation>新しいインスタンスのサービスキーを開いてください。</translation>
    </message>
    <message>
        <source>SAP Fieldglass needs the key&apos;s address and OAuth client, its client secret too. The key&apos;s uaa.clientid also becomes the destination&apos;s tc.clientId.</source>
        <translation>SAP Fieldglass には、キーに含まれるアドレスと OAuth クライアント、およびそのクライアントシークレットが必要です。キーの uaa.clientid は、宛先の tc.clientId にもなります。</translation>
    </message>
    <message>
        <source>Enable pushed task updates in SAP Fieldglass</source>
        <translation>SAP Fieldglass でタスク更新の送信を有効化</translation>
    </message>
    <message>
        <source>SAP Fieldglass sends task updates to SAP Task Center with these values.</source>
        <translation>SAP Fieldglass は、これらの値を使用してタスクの更新を SAP Task Center に送信します。</translation>
    </message>
    <message>
        <source>Sign in to SAP Fieldglass as the &lt;b&gt;Configuration Manager&lt;/b&gt; user. Under &lt;b&gt;Integration Tools&lt;/b&gt;, choose &lt;b&gt;Manage SAP Task Center&lt;/b&gt;, then &lt;b&gt;Configure&lt;/b&gt;. In the &lt;b&gt;Setup&lt;/b&gt; dialog, enter the values below and choose &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Configuration Manager&lt;/b&gt; ユーザーとして SAP Fieldglass にサインインします。&lt;b&gt;Integration Tools&lt;/b&gt; で &lt;b&gt;Manage SAP Task Center&lt;/b&gt; を選択し、次に &lt;b&gt;Configure&lt;/b&gt; を選択します。&lt;b&gt;Setup&lt;/b&gt; ダイアログで以下の値を入力し、&lt;b&gt;Save&lt;/b&gt; を選択します。</translation>
    </message>
    <message>
        <source>The values come from the service key of the new instance. When you rotate its client secret later, create a new service key and enter its client secret in the same Setup dialog.</source>
        <translation>これらの値は、新しいインスタンスのサービスキーから取得します。後でクライアントシークレットをローテーションするときは、新しいサービスキーを作成し、そのクライアントシークレットを同じ「Setup」ダイアログに入力してください。</translation>
    </message>
    <message>
        <source>Setup dialog</source>
        <translation>「Setup」ダイアログ</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>OAuth URL</translation>
    </message>
    <message>
        <source>uaa.url of the service key.</source>
        <translation>サービスキーの uaa.url。</translation>
    </message>
    <message>
        <source>Create the API application key in SAP Fieldglass</source>
        <translation>SAP Fieldglass で API アプリケーションキーを作成</translation>
    </message>
    <message>
        <source>SAP Task Center calls SAP Fieldglass&apos;s API with this key and fetches its tokens with these values.</source>
        <translation>SAP Task Center は、このキーを使用して SAP Fieldglass の API を呼び出し、これらの値を使用してトークンを取得します。</translation>
    </message>
    <message>
        <source>In SAP Fieldglass Configuration Manager, create an API application key for SAP Task Center (&lt;b&gt;Create API Application Key&lt;/b&gt;). Then open &lt;b&gt;View Application Keys&lt;/b&gt; and copy the values below; the user name and license key are in its &lt;b&gt;Web Services&lt;/b&gt; section.</source>
        <translation>SAP Fieldglass Configuration Manager で、SAP Task Center 用の API アプリケーションキーを作成します (&lt;b&gt;Create API Application Key&lt;/b&gt;)。次に &lt;b&gt;View Application Keys&lt;/b&gt; を開いて以下の値をコピーします。ユーザー名とライセンスキーは、その &lt;b&gt;Web Services&lt;/b&gt; セクションにあります。</translation>
    </message>
    <message>
        <source>If an API application key already exists for SAP Task Center, you need access to the Web Services section of View Application Keys to copy its values. If that section is blank, ask SAP Fieldglass Customer Support for them.</source>
        <translation>SAP Task Center 用の API アプリケーションキーがすでに存在する場合、その値をコピーするには、「View Application Keys」の「Web Services」セクションへのアクセス権が必要です。そのセクションが空白の場合は、SAP Fieldglass カスタマーサポートに値を問い合わせてください。</translation>
    </message>
    <message>
        <source>View Application Keys</source>
        <translation>View Application Keys</translation>
    </message>
    <message>
        <source>Your SAP Fieldglass tenant</source>
        <translation>SAP Fieldglass テナント</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Fieldglass.</source>
        <translation>SAP Task Center が SAP Fieldglass に接続する先。</translation>
    </message>
    <message>
        <source>Enter the address you sign in to SAP Fieldglass with; the wizard makes the destination&apos;s addresses from it.</source>
        <translation>SAP Fieldglass へのサインインに使用するアドレスを入力してください。ウィザードは、このアドレスから宛先のアドレスを作成します。</translation>
    </message>
    <message>
        <source>If you change the URL of a destination that already has tasks in SAP Task Center&apos;s task cache, SAP Task Center loads them again.</source>
        <translation>SAP Task Center のタスクキャッシュにすでにタスクがある宛先の URL を変更すると、SAP Task Center はタスクを再度読み込みます。</translation>
    </message>
    <message>
        <source>Destination to SAP Fieldglass</source>
        <translation>SAP Fieldglass への宛先</translation>
    </message>
    <message>
        <source>The destination as SAP&apos;s guide lists it.</source>
        <translation>SAP のガイドに記載されているとおりの宛先。</translation>
    </message>
    <message>
        <source>Check the destination&apos;s name and properties.</source>
        <translation>宛先の名前とプロパティを確認してください。</translation>
    </message>
    <message>
        <source>The wizard writes the destination into the subaccount after the review, or into a file for you to import.</source>
        <translation>ウィザードは、確認後に宛先をサブアカウントに書き込むか、インポート用のファイルに書き出します。</translation>
    </message>
    <message>
        <source>Check in SAP Fieldglass Configuration Manager (View Application Keys) that the destination&apos;s API application key, client ID and secret, virtual person name and license key are those of the key created for SAP Task Center, and ask your SAP Fieldglass representative whether this subaccount&apos;s current trust certificate is in your tenant&apos;s truststore.</source>
        <translation>SAP Fieldglass Configuration Manager (「View Application Keys」) で、宛先の API アプリケーションキー、クライアント ID とシークレット、Virtual Person Name、ライセンスキーが、SAP Task Center 用に作成したキーのものであることを確認してください。また、このサブアカウントの現在のトラスト証明書がテナントのトラストストアにあるかどうかを、SAP Fieldglass の担当者に確認してください。</translation>
    </message>
    <message>
        <source>The Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Fieldglass. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>Destination サービスは、ログオンしているユーザーに対してのみこの宛先でトークンを取得します。また SAP によると、「Check Connection」では SAP Task Center が SAP Fieldglass に接続できるかどうかがわからない場合があります。宛先を保存したら、SAP Task Center の「Monitoring」でコネクターを確認してください。</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Fieldglass system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、SAP Fieldglass システムごとに宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>tc.clientId is the client ID of the service key you opened for pushed task updates. SAP says to set it only once SAP Fieldglass pushes task updates (Manage SAP Task Center); otherwise tasks may not arrive.</source>
        <translation>tc.clientId は、タスク更新の送信用に開いたサービスキーのクライアント ID です。SAP によると、tc.clientId は SAP Fieldglass がタスクの更新を送信するようになってから (「Manage SAP Task Center」) 設定してください。そうしないと、タスクが届かない場合があります。</translation>
    </message>
    <message>
        <source>Tasks from SAP Marketing Cloud: one destination with the OAuth 2.0 details of the communication arrangement you create for SAP Task Center in SAP Marketing Cloud, and its technical communication user.</source>
        <translation>SAP Marketing Cloud のタスク: SAP Marketing Cloud で SAP Task Center 用に作成したコミュニケーション契約の OAuth 2.0 詳細と、その技術コミュニケーションユーザーを使用する宛先を 1 つ作成します。</translation>
    </message>
    <message>
        <source>The user name you created for the technical communication user. It becomes the destination&apos;s Token Service User.</source>
        <translation>技術コミュニケーションユーザー用に作成したユーザー名です。宛先の Token Service User になります。</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the user name you created for the technical communication user.</source>
        <translation>これはメールアドレスのようです。技術コミュニケーションユーザー用に作成したユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>The password you gave the technical communication user. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>技術コミュニケーションユーザーに設定したパスワードです。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>The Service URL/Service Interface the communication arrangement shows. The destination uses its server part, as SAP&apos;s guide says (it removes everything from sap/opu/odata4/ on); the client comes from its sap-client.</source>
        <translation>コミュニケーション契約に表示される「Service URL/Service Interface」です。SAP のガイドの記載どおり、宛先ではそのサーバー部分が使用されます (sap/opu/odata4/ 以降はすべて削除されます)。クライアントはその sap-client から取得されます。</translation>
    </message>
    <message>
        <source>This is not the address SAP&apos;s guide shows for the arrangement (it contains api_task_spi_replication). Only its server part is used.</source>
        <translation>これは、SAP のガイドでコミュニケーション契約について示されているアドレス (api_task_spi_replication を含むもの) ではありません。サーバー部分のみが使用されます。</translation>
    </message>
    <message>
        <source>The client number of the SAP Marketing Cloud system, taken from the service URL&apos;s sap-client when it has one.</source>
        <translation>SAP Marketing Cloud システムのクライアント番号です。サービス URL に sap-client が含まれている場合は、そこから取得されます。</translation>
    </message>
    <message>
        <source>SAP Marketing Cloud must trust the SAML assertions this subaccount signs; keep the certificate at hand for Integrating SAP Task Center.</source>
        <translation>SAP Marketing Cloud は、このサブアカウントが署名した SAML アサーションを信頼する必要があります。「Integrating SAP Task Center」のために、証明書を手元に用意しておいてください。</translation>
    </message>
    <message>
        <source>UNCONFIRMED: SAP&apos;s page for SAP Marketing Cloud does not mention the trust certificate. The guide it links, Integrating SAP Task Center, is the one SAP&apos;s page for SAP S/4HANA Cloud Public Edition links too, and there the communication system holds this certificate (SAP Task Center, Renew Destination Trust Certificates). If Integrating SAP Task Center asks for no certificate, you need not use it.</source>
        <translation>UNCONFIRMED: SAP Marketing Cloud に関する SAP のページには、トラスト証明書について記載されていません。そのページからリンクされているガイド「Integrating SAP Task Center」は、SAP S/4HANA Cloud Public Edition に関する SAP のページからもリンクされているガイドで、そこではコミュニケーションシステムがこの証明書を保持します (SAP Task Center の「Renew Destination Trust Certificates」)。「Integrating SAP Task Center」で証明書が求められない場合は、使用する必要はありません。</translation>
    </message>
    <message>
        <source>Set up SAP Task Center in SAP Marketing Cloud</source>
        <translation>SAP Marketing Cloud で SAP Task Center をセットアップ</translation>
    </message>
    <message>
        <source>The technical communication user and the communication arrangement, and the values they give back for the destination.</source>
        <translation>技術コミュニケーションユーザーとコミュニケーション契約、および宛先用にそこから返される値。</translation>
    </message>
    <message>
        <source>In SAP Marketing Cloud, follow &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: create the technical communication user and the communication arrangement for SAP Task Center (&lt;b&gt;Create a Communication Arrangement&lt;/b&gt;). Then enter the values below.</source>
        <translation>SAP Marketing Cloud で &lt;b&gt;Integrating SAP Task Center&lt;/b&gt; に従って、SAP Task Center 用の技術コミュニケーションユーザーとコミュニケーション契約を作成します (&lt;b&gt;Create a Communication Arrangement&lt;/b&gt;)。その後、以下の値を入力してください。</translation>
    </message>
    <message>
        <source>SAP&apos;s page for SAP Marketing Cloud names only the values the destination needs; how to create the user and the arrangement is in Integrating SAP Task Center. UNCONFIRMED: SAP&apos;s page links the guides Integrating SAP Task Center and Create a Communication Arrangement of SAP S/4HANA Cloud&apos;s documentation, not of SAP Marketing Cloud&apos;s.</source>
        <translation>SAP Marketing Cloud に関する SAP のページには、宛先に必要な値のみが記載されています。ユーザーとコミュニケーション契約の作成方法は「Integrating SAP Task Center」に記載されています。UNCONFIRMED: SAP のページからリンクされているガイド「Integrating SAP Task Center」と「Create a Communication Arrangement」は、SAP Marketing Cloud のドキュメントではなく、SAP S/4HANA Cloud のドキュメントのものです。</translation>
    </message>
    <message>
        <source>Only if Integrating SAP Task Center asks for the certificate of SAP Task Center&apos;s subaccount.</source>
        <translation>「Integrating SAP Task Center」で SAP Task Center のサブアカウントの証明書が求められる場合のみ。</translation>
    </message>
    <message>
        <source>Technical communication user</source>
        <translation>技術コミュニケーションユーザー</translation>
    </message>
    <message>
        <source>The user name and password you created for the technical communication user.</source>
        <translation>技術コミュニケーションユーザー用に作成したユーザー名とパスワード。</translation>
    </message>
    <message>
        <source>Copy these from the communication arrangement: its &lt;b&gt;Service URL/Service Interface&lt;/b&gt;, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL.</source>
        <translation>コミュニケーション契約から、&lt;b&gt;Service URL/Service Interface&lt;/b&gt; と、&lt;b&gt;OAuth 2.0 Details&lt;/b&gt; の SAML2 Audience、Client ID、Token Service URL をコピーしてください。</translation>
    </message>
    <message>
        <source>Destination to SAP Marketing Cloud</source>
        <translation>SAP Marketing Cloud への宛先</translation>
    </message>
    <message>
        <source>The wizard writes the destination into the subaccount after the review, or into a file for you to import. Afterwards, perform the steps of SAP Marketing Cloud&apos;s guide &quot;SAP Task Center&quot;, as SAP&apos;s page asks.</source>
        <translation>ウィザードは、確認後に宛先をサブアカウントに書き込むか、インポート用のファイルに書き出します。その後、SAP のページで求められているとおり、SAP Marketing Cloud のガイド「SAP Task Center」のステップを実行してください。</translation>
    </message>
    <message>
        <source>Check in SAP Marketing Cloud that the destination&apos;s Audience, Client Key and Token Service URL are those of the communication arrangement&apos;s OAuth 2.0 Details, that the Token Service User and Password are the technical communication user&apos;s, and that SAP Marketing Cloud trusts this subaccount&apos;s current trust certificate.</source>
        <translation>SAP Marketing Cloud で、宛先の Audience、Client Key、Token Service URL がコミュニケーション契約の「OAuth 2.0 Details」のものであること、Token Service User とパスワードが技術コミュニケーションユーザーのものであること、および SAP Marketing Cloud がこのサブアカウントの現在のトラスト証明書を信頼していることを確認してください。</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, as SAP Task Center does for each user, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Marketing Cloud. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>この宛先には技術ユーザーがありません: Destination サービスは、SAP Task Center が各ユーザーに対して行うのと同じように、ログオンしているユーザーに対してのみこの宛先でトークンを取得します。また SAP によると、「Check Connection」では SAP Task Center が SAP Marketing Cloud に接続できるかどうかがわからない場合があります。宛先を保存したら、SAP Task Center の「Monitoring」でコネクターを確認してください。</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Marketing Cloud system and client in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、SAP Marketing Cloud のシステムとクライアントごとに宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>Once the destination is saved, perform the steps of SAP Marketing Cloud&apos;s guide &quot;SAP Task Center&quot;, as SAP&apos;s page asks.</source>
        <translation>宛先を保存したら、SAP のページで求められているとおり、SAP Marketing Cloud のガイド「SAP Task Center」のステップを実行してください。</translation>
    </message>
    <message>
        <source>Tasks from SAP Build Process Automation: one destination with the values of the SAP Build Process Automation service key, for an instance in this subaccount or, through SAML trust or an Identity Authentication dependency, in another subaccount.</source>
        <translation>SAP Build Process Automation のタスク: SAP Build Process Automation のサービスキーの値を使用する宛先を 1 つ作成します。インスタンスは、このサブアカウント内、または SAML トラストか Identity Authentication の依存関係を介した別のサブアカウント内にあります。</translation>
    </message>
    <message>
        <source>API endpoint (endpoints &gt; api)</source>
        <translation>API エンドポイント (endpoints &gt; api)</translation>
    </message>
    <message>
        <source>In the service key of your SAP Build Process Automation instance, the value of api under endpoints. The wizard adds /internal/workflow/rest/v1 to it, as SAP&apos;s guide asks for the destination&apos;s URL.</source>
        <translation>SAP Build Process Automation インスタンスのサービスキーで、endpoints の下にある api の値です。SAP のガイドで宛先の URL について求められているとおり、ウィザードはこの値に /internal/workflow/rest/v1 を追加します。</translation>
    </message>
    <message>
        <source>This is an authentication address (uaa &gt; url), not the API endpoint. Copy the value of api under endpoints from the service key.</source>
        <translation>これは認証アドレス (uaa &gt; url) で、API エンドポイントではありません。サービスキーから、endpoints の下にある api の値をコピーしてください。</translation>
    </message>
    <message>
        <source>Only the server part of this address is used (%1); the wizard adds /internal/workflow/rest/v1 to it.</source>
        <translation>このアドレスのサーバー部分 (%1) のみが使用されます。ウィザードはそれに /internal/workflow/rest/v1 を追加します。</translation>
    </message>
    <message>
        <source>This is an address, not a client ID. Copy the value of clientid under uaa from the service key.</source>
        <translation>これはアドレスで、クライアント ID ではありません。サービスキーから、uaa の下にある clientid の値をコピーしてください。</translation>
    </message>
    <message>
        <source>SAP Build Process Automation in this subaccount, or in another one with an Identity Authentication dependency: the value of uaa &gt; url of its service key. In another subaccount with SAML trust: the entityID of that subaccount&apos;s SAML metadata. Copy it exactly as it is shown.</source>
        <translation>このサブアカウント内、または Identity Authentication の依存関係を持つ別のサブアカウント内の SAP Build Process Automation の場合: そのサービスキーの uaa &gt; url の値です。SAML トラストを持つ別のサブアカウントの場合: そのサブアカウントの SAML メタデータの entityID です。表示されているとおりに正確にコピーしてください。</translation>
    </message>
    <message>
        <source>This is a token address. The Audience is the address without /oauth/token: %1.</source>
        <translation>これはトークンのアドレスです。Audience は、/oauth/token を除いたアドレスです: %1。</translation>
    </message>
    <message>
        <source>SAP Build Process Automation in this subaccount, or in another one with an Identity Authentication dependency: uaa &gt; url of its service key followed by /oauth/token. In another subaccount with SAML trust: the Location of the AssertionConsumerService whose Binding is urn:oasis:names:tc:SAML:2.0:bindings:URI, in that subaccount&apos;s SAML metadata.</source>
        <translation>このサブアカウント内、または Identity Authentication の依存関係を持つ別のサブアカウント内の SAP Build Process Automation の場合: そのサービスキーの uaa &gt; url の後に /oauth/token を付けたものです。SAML トラストを持つ別のサブアカウントの場合: そのサブアカウントの SAML メタデータで、Binding が urn:oasis:names:tc:SAML:2.0:bindings:URI である AssertionConsumerService の Location です。</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks for the address followed by /oauth/token: %1. For another subaccount with SAML trust, copy the Location from its SAML metadata instead.</source>
        <translation>SAP のガイドでは、アドレスの後に /oauth/token を付けたものが求められています: %1。SAML トラストを持つ別のサブアカウントの場合は、代わりにその SAML メタデータから Location をコピーしてください。</translation>
    </message>
    <message>
        <source>Dependency name</source>
        <translation>依存関係名</translation>
    </message>
    <message>
        <source>The name of the dependency you created from the SAP Task Center application to SAP Build Process Automation in the administration console for SAP Cloud Identity Services.</source>
        <translation>SAP Cloud Identity Services の管理コンソールで、SAP Task Center アプリケーションから SAP Build Process Automation に対して作成した依存関係の名前です。</translation>
    </message>
    <message>
        <source>This name has a space. Check that you copied the dependency name exactly as the administration console shows it.</source>
        <translation>この名前には空白が含まれています。管理コンソールに表示されているとおりに、依存関係名を正確にコピーしたかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Enter the dependency name on one line, exactly as the administration console for SAP Cloud Identity Services shows it.</source>
        <translation>SAP Cloud Identity Services の管理コンソールに表示されているとおりに、依存関係名を 1 行で正確に入力してください。</translation>
    </message>
    <message>
        <source>My Inbox address (optional)</source>
        <translation>My Inbox アドレス (任意)</translation>
    </message>
    <message>
        <source>The address of My Inbox in the SAP Build Process Automation Lobby, as your browser shows it. The wizard replaces inbox.html with taskui.html, as SAP&apos;s guide says, so that users open SAP Build Process Automation tasks from SAP Task Center without another launchpad. Leave it empty if you use SAP Build Process Automation on SAP Build Work Zone, standard edition: SAP says the property is not needed then.</source>
        <translation>ブラウザーに表示される、SAP Build Process Automation Lobby の My Inbox のアドレスです。SAP のガイドの記載どおり、ウィザードは inbox.html を taskui.html に置き換えます。これにより、ユーザーは別のランチパッドを使用せずに、SAP Task Center から SAP Build Process Automation のタスクを開くことができます。SAP Build Work Zone, standard edition 上で SAP Build Process Automation を使用している場合は、空のままにしてください: SAP によると、その場合このプロパティは不要です。</translation>
    </message>
    <message>
        <source>SAP&apos;s guide gives this address as https://&lt;root_url&gt;/comsapspaprocessautomation.comsapspainbox/taskui.html. Check that you copied My Inbox of the SAP Build Process Automation Lobby.</source>
        <translation>SAP のガイドでは、このアドレスは https://&lt;root_url&gt;/comsapspaprocessautomation.comsapspainbox/taskui.html と示されています。SAP Build Process Automation Lobby の My Inbox をコピーしたかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Copy the address of My Inbox from the SAP Build Process Automation Lobby: it contains inbox.html. Anything after inbox.html is left out.</source>
        <translation>SAP Build Process Automation Lobby から My Inbox のアドレスをコピーしてください: inbox.html が含まれています。inbox.html の後の部分は除外されます。</translation>
    </message>
    <message>
        <source>Task UI address (tc.task.ui.url)</source>
        <translation>タスク UI アドレス (tc.task.ui.url)</translation>
    </message>
    <message>
        <source>Choose this when SAP Build Process Automation and SAP Task Center are in the same subaccount. SAP Task Center gets its tokens from the authentication address in the SAP Build Process Automation service key.</source>
        <translation>SAP Build Process Automation と SAP Task Center が同じサブアカウントにある場合に選択します。SAP Task Center は、SAP Build Process Automation のサービスキーに含まれる認証アドレスからトークンを取得します。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check in SAP Task Center&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Task Center Administration app&lt;/b&gt;, check the status of this destination&apos;s connector: SAP says Check Connection in the SAP BTP cockpit may not tell whether SAP Task Center reaches SAP Build Process Automation.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;SAP Task Center Web app&lt;/b&gt; as a user with SAP Build Process Automation tasks: the tasks appear there.&lt;/li&gt;&lt;li&gt;Optional: for &lt;b&gt;Intelligent Recommendations&lt;/b&gt;, create one more destination named like this one followed by _AI, as SAP&apos;s guide &quot;Configure the Intelligent Recommendations Destination&quot; says.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SAP Task Center で確認すること&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Task Center Administration app&lt;/b&gt; で、この宛先のコネクターのステータスを確認します: SAP によると、SAP BTP コックピットの「Check Connection」では SAP Task Center が SAP Build Process Automation に接続できるかどうかがわからない場合があります。&lt;/li&gt;&lt;li&gt;SAP Build Process Automation のタスクを持つユーザーとして &lt;b&gt;SAP Task Center Web app&lt;/b&gt; を開きます: タスクがそこに表示されます。&lt;/li&gt;&lt;li&gt;任意: &lt;b&gt;Intelligent Recommendations&lt;/b&gt; を使用する場合は、SAP のガイド「Configure the Intelligent Recommendations Destination」の説明に従って、この宛先の名前の後に _AI を付けた名前の宛先をもう 1 つ作成します。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Choose this when SAP Build Process Automation runs in another subaccount that logs users on through the same Identity Authentication tenant as this one, and you have set up principal propagation between the subaccounts. SAP Task Center gets its tokens from that subaccount, with the values of its SAML metadata.</source>
        <translation>SAP Build Process Automation が、このサブアカウントと同じ Identity Authentication テナントを通じてユーザーをログオンさせる別のサブアカウントで稼働しており、サブアカウント間のプリンシパル伝播をセットアップ済みの場合に選択します。SAP Task Center は、そのサブアカウントの SAML メタデータの値を使用して、そのサブアカウントからトークンを取得します。</translation>
    </message>
    <message>
        <source>Choose this when both subaccounts are in the same global account, trust the same Identity Authentication tenant with OpenID Connect, and you use SAP Build Process Automation with the build-default service plan. You create a dependency in SAP Cloud Identity Services, and the destination names it.</source>
        <translation>両方のサブアカウントが同じグローバルアカウントにあり、OpenID Connect で同じ Identity Authentication テナントを信頼していて、build-default サービスプランで SAP Build Process Automation を使用している場合に選択します。SAP Cloud Identity Services で依存関係を作成し、宛先でその依存関係を指定します。</translation>
    </message>
    <message>
        <source>Prepare SAP Build Process Automation</source>
        <translation>SAP Build Process Automation の準備</translation>
    </message>
    <message>
        <source>Whether SAP Build Process Automation runs in this subaccount or in another one, its subaccount and its service key come first.</source>
        <translation>SAP Build Process Automation がこのサブアカウントと別のサブアカウントのどちらで稼働している場合も、まずそのサブアカウントとサービスキーを準備します。</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Build Process Automation with the OAuth client of the SAP Build Process Automation service key, for each user who is logged on. SAP Build Process Automation&apos;s subaccount needs the setup its own guide describes for SAP Task Center.</source>
        <translation>SAP Task Center は、ログオンしている各ユーザーについて、SAP Build Process Automation のサービスキーの OAuth クライアントを使用して SAP Build Process Automation のタスクを読み込みます。SAP Build Process Automation のサブアカウントには、SAP Build Process Automation 自体のガイドで SAP Task Center 用に説明されているセットアップが必要です。</translation>
    </message>
    <message>
        <source>In the subaccount of SAP Build Process Automation, you have done the steps of &lt;b&gt;Configure the SAP Build Process Automation Subaccount for SAP Task Center&lt;/b&gt;.</source>
        <translation>SAP Build Process Automation のサブアカウントで、&lt;b&gt;Configure the SAP Build Process Automation Subaccount for SAP Task Center&lt;/b&gt; のステップを完了しています。</translation>
    </message>
    <message>
        <source>SAP Build Process Automation: Configure the SAP Build Process Automation Subaccount for SAP Task Center.</source>
        <translation>SAP Build Process Automation: 「Configure the SAP Build Process Automation Subaccount for SAP Task Center」。</translation>
    </message>
    <message>
        <source>You have the &lt;b&gt;service key&lt;/b&gt; of the SAP Build Process Automation instance in the Cloud Foundry environment open (not SAP Task Center&apos;s own service key); the next pages ask for values from it.</source>
        <translation>Cloud Foundry 環境の SAP Build Process Automation インスタンスの&lt;b&gt;サービスキー&lt;/b&gt;を開いています (SAP Task Center 自体のサービスキーではありません)。次のページで、そこに含まれる値を入力します。</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Services &gt; Instances and Subscriptions, the SAP Build Process Automation instance, its service key.</source>
        <translation>SAP Build Process Automation のサブアカウントの SAP BTP コックピット: 「Services &gt; Instances and Subscriptions」、SAP Build Process Automation インスタンス、そのサービスキー。</translation>
    </message>
    <message>
        <source>Trust between the subaccounts</source>
        <translation>サブアカウント間の信頼</translation>
    </message>
    <message>
        <source>SAP Build Process Automation runs in another subaccount than SAP Task Center.</source>
        <translation>SAP Build Process Automation は、SAP Task Center とは別のサブアカウントで稼働しています。</translation>
    </message>
    <message>
        <source>SAP Task Center gets each user&apos;s token from the subaccount of SAP Build Process Automation, which must trust this subaccount. SAP&apos;s Task Center guide sends you to SAP Build Process Automation&apos;s guide for this trust and then asks for two values of that subaccount&apos;s SAML metadata.</source>
        <translation>SAP Task Center は、各ユーザーのトークンを SAP Build Process Automation のサブアカウントから取得します。そのサブアカウントは、このサブアカウントを信頼している必要があります。SAP の Task Center ガイドでは、この信頼については SAP Build Process Automation のガイドを参照するよう指示され、その後、そのサブアカウントの SAML メタデータの値を 2 つ求められます。</translation>
    </message>
    <message>
        <source>The subaccount of SAP Build Process Automation logs users on through the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; as this subaccount.</source>
        <translation>SAP Build Process Automation のサブアカウントは、このサブアカウントと&lt;b&gt;同じ Identity Authentication テナント&lt;/b&gt;を通じてユーザーをログオンさせます。</translation>
    </message>
    <message>
        <source>You have done the steps of &lt;b&gt;Set Up Principal Propagation Between Subaccounts&lt;/b&gt; in SAP Build Process Automation&apos;s guide.</source>
        <translation>SAP Build Process Automation のガイドの &lt;b&gt;Set Up Principal Propagation Between Subaccounts&lt;/b&gt; のステップを完了しています。</translation>
    </message>
    <message>
        <source>SAP Build Process Automation: Set Up Principal Propagation Between Subaccounts.</source>
        <translation>SAP Build Process Automation: 「Set Up Principal Propagation Between Subaccounts」。</translation>
    </message>
    <message>
        <source>You have downloaded the &lt;b&gt;SAML metadata&lt;/b&gt; XML file of the subaccount of SAP Build Process Automation; the next pages ask for two values from it.</source>
        <translation>SAP Build Process Automation のサブアカウントの &lt;b&gt;SAML メタデータ&lt;/b&gt; XML ファイルをダウンロード済みです。次のページで、そこに含まれる値を 2 つ入力します。</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Security &gt; Trust Configuration &gt; SAML Metadata.</source>
        <translation>SAP Build Process Automation のサブアカウントの SAP BTP コックピット: 「Security &gt; Trust Configuration &gt; SAML Metadata」。</translation>
    </message>
    <message>
        <source>Prepare both subaccounts</source>
        <translation>両方のサブアカウントの準備</translation>
    </message>
    <message>
        <source>Tick each step once it is done.</source>
        <translation>各ステップが完了したらチェックを付けてください。</translation>
    </message>
    <message>
        <source>SAP Task Center and SAP Build Process Automation run in two subaccounts of the same global account.</source>
        <translation>SAP Task Center と SAP Build Process Automation は、同じグローバルアカウントの 2 つのサブアカウントで稼働しています。</translation>
    </message>
    <message>
        <source>With a dependency in SAP Cloud Identity Services, SAP Task Center reaches SAP Build Process Automation in another subaccount through the Identity Authentication tenant both subaccounts trust. SAP says this works only with the build-default service plan of SAP Build Process Automation.</source>
        <translation>SAP Cloud Identity Services の依存関係を使用すると、SAP Task Center は、両方のサブアカウントが信頼している Identity Authentication テナントを通じて、別のサブアカウント内の SAP Build Process Automation に接続します。SAP によると、これは SAP Build Process Automation の build-default サービスプランでのみ機能します。</translation>
    </message>
    <message>
        <source>You use the subscription to SAP Build Process Automation with the &lt;b&gt;build-default&lt;/b&gt; service plan, and you have an instance of SAP Build Process Automation in its subaccount.</source>
        <translation>&lt;b&gt;build-default&lt;/b&gt; サービスプランで SAP Build Process Automation のサブスクリプションを使用しており、そのサブアカウントに SAP Build Process Automation のインスタンスがあります。</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of the subaccount of SAP Build Process Automation: Services &gt; Instances and Subscriptions.</source>
        <translation>SAP Build Process Automation のサブアカウントの SAP BTP コックピット: 「Services &gt; Instances and Subscriptions」。</translation>
    </message>
    <message>
        <source>Both subaccounts trust the &lt;b&gt;same Identity Authentication tenant&lt;/b&gt; with a trust of type &lt;b&gt;OpenID Connect&lt;/b&gt;.</source>
        <translation>両方のサブアカウントが、タイプ &lt;b&gt;OpenID Connect&lt;/b&gt; の信頼で&lt;b&gt;同じ Identity Authentication テナント&lt;/b&gt;を信頼しています。</translation>
    </message>
    <message>
        <source>SAP Task Center is connected with your SAP Build Work Zone by an &lt;b&gt;integration between the two applications&lt;/b&gt;.</source>
        <translation>SAP Task Center が、&lt;b&gt;2 つのアプリケーション間の統合&lt;/b&gt;によって SAP Build Work Zone と接続されています。</translation>
    </message>
    <message>
        <source>SAP Task Center: Connect SAP Task Center and SAP Build Work Zone in Different Subaccounts.</source>
        <translation>SAP Task Center: 「Connect SAP Task Center and SAP Build Work Zone in Different Subaccounts」。</translation>
    </message>
    <message>
        <source>Create the dependency in SAP Cloud Identity Services</source>
        <translation>SAP Cloud Identity Services で依存関係を作成</translation>
    </message>
    <message>
        <source>It lets SAP Task Center call SAP Build Process Automation in the other subaccount.</source>
        <translation>これにより、SAP Task Center は別のサブアカウント内の SAP Build Process Automation を呼び出すことができます。</translation>
    </message>
    <message>
        <source>In the administration console for SAP Cloud Identity Services, open &lt;b&gt;Applications and Resources &amp;gt; Applications&lt;/b&gt;. Under &lt;b&gt;Bundled Applications&lt;/b&gt;, each subaccount has an application named after the product, followed by the subaccount&apos;s name in parentheses. Choose the SAP Task Center application and configure a &lt;b&gt;dependency&lt;/b&gt; to the SAP Build Process Automation application. Enter the name of the new dependency here.</source>
        <translation>SAP Cloud Identity Services の管理コンソールで &lt;b&gt;Applications and Resources &amp;gt; Applications&lt;/b&gt; を開きます。&lt;b&gt;Bundled Applications&lt;/b&gt; には、サブアカウントごとに、製品名の後に括弧で囲んだサブアカウント名を付けた名前のアプリケーションがあります。SAP Task Center アプリケーションを選択し、SAP Build Process Automation アプリケーションへの&lt;b&gt;依存関係&lt;/b&gt;を構成します。新しい依存関係の名前をここに入力してください。</translation>
    </message>
    <message>
        <source>The destination names this dependency in tc.ias.dependency_name, so that SAP Task Center uses it to reach SAP Build Process Automation.</source>
        <translation>宛先は tc.ias.dependency_name でこの依存関係を指定します。これにより、SAP Task Center はこの依存関係を使用して SAP Build Process Automation に接続します。</translation>
    </message>
    <message>
        <source>Dependency to SAP Build Process Automation</source>
        <translation>SAP Build Process Automation への依存関係</translation>
    </message>
    <message>
        <source>The service key of SAP Build Process Automation</source>
        <translation>SAP Build Process Automation のサービスキー</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Build Process Automation, with which OAuth client, and where it gets its tokens.</source>
        <translation>SAP Task Center が SAP Build Process Automation に接続する先、使用する OAuth クライアント、およびトークンを取得する場所。</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Build Process Automation&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key). The Audience and the Token Service URL are filled from &lt;b&gt;uaa &amp;gt; url&lt;/b&gt;.</source>
        <translation>これらの値は、&lt;b&gt;SAP Build Process Automation&lt;/b&gt; インスタンスのサービスキーからコピーしてください (SAP Task Center 自体のサービスキーからではありません)。Audience と Token Service URL は &lt;b&gt;uaa &amp;gt; url&lt;/b&gt; から設定されます。</translation>
    </message>
    <message>
        <source>The service key of the SAP Build Process Automation instance holds the address SAP Task Center reads tasks from (endpoints &gt; api), the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret) and the authentication address it gets each user&apos;s token from (uaa &gt; url): the Audience is uaa &gt; url, the Token Service URL uaa &gt; url followed by /oauth/token.</source>
        <translation>SAP Build Process Automation インスタンスのサービスキーには、SAP Task Center がタスクを読み込むアドレス (endpoints &gt; api)、SAP Task Center が使用する OAuth クライアント (uaa &gt; clientid と uaa &gt; clientsecret)、および各ユーザーのトークンを取得する認証アドレス (uaa &gt; url) が含まれています: Audience は uaa &gt; url、Token Service URL は uaa &gt; url の後に /oauth/token を付けたものです。</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches SAP Build Process Automation, and with which OAuth client.</source>
        <translation>SAP Task Center が SAP Build Process Automation に接続する先と、使用する OAuth クライアント。</translation>
    </message>
    <message>
        <source>Copy these values from the service key of your &lt;b&gt;SAP Build Process Automation&lt;/b&gt; instance (not from SAP Task Center&apos;s own service key).</source>
        <translation>これらの値は、&lt;b&gt;SAP Build Process Automation&lt;/b&gt; インスタンスのサービスキーからコピーしてください (SAP Task Center 自体のサービスキーからではありません)。</translation>
    </message>
    <message>
        <source>The service key of the SAP Build Process Automation instance holds the address SAP Task Center reads tasks from (endpoints &gt; api) and the OAuth client it uses (uaa &gt; clientid and uaa &gt; clientsecret).</source>
        <translation>SAP Build Process Automation インスタンスのサービスキーには、SAP Task Center がタスクを読み込むアドレス (endpoints &gt; api) と、SAP Task Center が使用する OAuth クライアント (uaa &gt; clientid と uaa &gt; clientsecret) が含まれています。</translation>
    </message>
    <message>
        <source>The Audience and Token Service URL, from the subaccount where SAP Build Process Automation runs.</source>
        <translation>SAP Build Process Automation が稼働しているサブアカウントの Audience と Token Service URL。</translation>
    </message>
    <message>
        <source>Open the SAML metadata XML file of the subaccount of &lt;b&gt;SAP Build Process Automation&lt;/b&gt;. Copy the &lt;b&gt;entityID&lt;/b&gt; into Audience, then the &lt;b&gt;Location&lt;/b&gt; of the &lt;b&gt;AssertionConsumerService&lt;/b&gt; element whose Binding is &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; into Token Service URL.</source>
        <translation>&lt;b&gt;SAP Build Process Automation&lt;/b&gt; のサブアカウントの SAML メタデータ XML ファイルを開きます。&lt;b&gt;entityID&lt;/b&gt; を Audience にコピーし、次に Binding が &lt;i&gt;urn:oasis:names:tc:SAML:2.0:bindings:URI&lt;/i&gt; である &lt;b&gt;AssertionConsumerService&lt;/b&gt; 要素の &lt;b&gt;Location&lt;/b&gt; を Token Service URL にコピーします。</translation>
    </message>
    <message>
        <source>From another subaccount, SAP Task Center gets each user&apos;s token from the subaccount of SAP Build Process Automation: the Audience is that subaccount&apos;s entityID and the Token Service URL the Location of its AssertionConsumerService with the URI binding, both in its SAML metadata.</source>
        <translation>別のサブアカウントの場合、SAP Task Center は各ユーザーのトークンを SAP Build Process Automation のサブアカウントから取得します: Audience はそのサブアカウントの entityID、Token Service URL は URI バインディングを持つ AssertionConsumerService の Location で、どちらもその SAML メタデータに含まれています。</translation>
    </message>
    <message>
        <source>Opening tasks in SAP Build Process Automation</source>
        <translation>SAP Build Process Automation でのタスクの表示</translation>
    </message>
    <message>
        <source>Optional: lets users open SAP Build Process Automation tasks from SAP Task Center without another launchpad.</source>
        <translation>任意: ユーザーが別のランチパッドを使用せずに、SAP Task Center から SAP Build Process Automation のタスクを開けるようにします。</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;My Inbox&lt;/b&gt; in the SAP Build Process Automation Lobby and copy its address from your browser. Leave the field empty if you use SAP Build Process Automation on SAP Build Work Zone, standard edition.</source>
        <translation>SAP Build Process Automation Lobby で &lt;b&gt;My Inbox&lt;/b&gt; を開き、ブラウザーからそのアドレスをコピーします。SAP Build Work Zone, standard edition 上で SAP Build Process Automation を使用している場合は、フィールドを空のままにしてください。</translation>
    </message>
    <message>
        <source>The destination&apos;s tc.task.ui.url is the address of My Inbox with inbox.html replaced by taskui.html. SAP says it is not needed if you use SAP Build Process Automation on SAP Build Work Zone, standard edition, and that custom themes are not supported for showing task UIs.</source>
        <translation>宛先の tc.task.ui.url は、My Inbox のアドレスの inbox.html を taskui.html に置き換えたものです。SAP によると、SAP Build Work Zone, standard edition 上で SAP Build Process Automation を使用している場合は不要です。また、タスク UI の表示では、カスタムテーマはサポートされていません。</translation>
    </message>
    <message>
        <source>Destination to SAP Build Process Automation</source>
        <translation>SAP Build Process Automation への宛先</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for the same subaccount lists each property of this destination; the wizard writes them as its table says.</source>
        <translation>同じサブアカウントの場合の SAP のガイドに、この宛先の各プロパティが記載されています。ウィザードは、その表のとおりにプロパティを書き込みます。</translation>
    </message>
    <message>
        <source>SAP&apos;s guide for a different subaccount lists each property of this destination; the wizard writes them as its table says.</source>
        <translation>別のサブアカウントの場合の SAP のガイドに、この宛先の各プロパティが記載されています。ウィザードは、その表のとおりにプロパティを書き込みます。</translation>
    </message>
    <message>
        <source>The authentication server of SAP Build Process Automation does not accept the client ID or secret. Copy uaa &gt; clientid and uaa &gt; clientsecret again from the service key of the SAP Build Process Automation instance and apply again.</source>
        <translation>SAP Build Process Automation の認証サーバーがクライアント ID またはシークレットを受け付けません。SAP Build Process Automation インスタンスのサービスキーから uaa &gt; clientid と uaa &gt; clientsecret をもう一度コピーし、再度適用してください。</translation>
    </message>
    <message>
        <source>Check that the Client Key, Token Service User and Token Service Password are uaa &gt; clientid and uaa &gt; clientsecret of one SAP Build Process Automation service key, and that the Audience and Token Service URL belong to the subaccount of SAP Build Process Automation. For another subaccount, check the trust between the subaccounts or the dependency in SAP Cloud Identity Services.</source>
        <translation>Client Key、Token Service User、Token Service Password が、同一の SAP Build Process Automation サービスキーの uaa &gt; clientid と uaa &gt; clientsecret であること、および Audience と Token Service URL が SAP Build Process Automation のサブアカウントのものであることを確認してください。別のサブアカウントの場合は、サブアカウント間の信頼、または SAP Cloud Identity Services の依存関係を確認してください。</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches SAP Build Process Automation. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>この宛先には技術ユーザーがありません: Destination サービスは、ログオンしているユーザーに対してのみこの宛先でトークンを取得します。また SAP によると、「Check Connection」では SAP Task Center が SAP Build Process Automation に接続できるかどうかがわからない場合があります。宛先を保存したら、SAP Task Center の「Monitoring」でコネクターを確認してください。</translation>
    </message>
    <message>
        <source>Create only one destination for each SAP Build Process Automation system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、SAP Build Process Automation システムごとに宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s automatic setup creates the sample destinations SAPBuildPA (same subaccount) and SAPBuildPA_rem (another subaccount) without tc.enabled, which SAP Task Center needs. Keep the sample&apos;s name here to update it.</source>
        <translation>SAP Task Center の自動セットアップでは、サンプルの宛先 SAPBuildPA (同じサブアカウント) と SAPBuildPA_rem (別のサブアカウント) が、SAP Task Center に必要な tc.enabled なしで作成されます。サンプルを更新するには、ここでサンプルの名前をそのまま使用してください。</translation>
    </message>
    <message>
        <source>The wizard does not set tc.notifications.enabled. SAP recommends leaving it false when SAP Build Process Automation sends its own notifications through the destination Alert_Notification_Connectivity_ANS; otherwise users may be notified twice.</source>
        <translation>ウィザードは tc.notifications.enabled を設定しません。SAP Build Process Automation が宛先 Alert_Notification_Connectivity_ANS を通じて独自の通知を送信する場合、SAP はこれを false のままにすることを推奨しています。そうしないと、ユーザーに通知が 2 回届く場合があります。</translation>
    </message>
    <message>
        <source>Tasks from UiPath Action Center: one destination with the OAuth client UiPath gives you, after connecting UiPath to a new SAP Task Center service instance so that it pushes task updates.</source>
        <translation>UiPath Action Center のタスク: UiPath を新しい SAP Task Center サービスインスタンスに接続してタスクの更新を送信するように設定した後、UiPath から提供される OAuth クライアントを使用する宛先を 1 つ作成します。</translation>
    </message>
    <message>
        <source>Task SPI</source>
        <translation>Task SPI</translation>
    </message>
    <message>
        <source>The Task SPI address UiPath&apos;s guide gives you for SAP Task Center. It becomes the destination&apos;s URL, and SAP Task Center reads UiPath&apos;s tasks there.</source>
        <translation>UiPath のガイドで SAP Task Center 用に示される Task SPI のアドレスです。宛先の URL になり、SAP Task Center はそこで UiPath のタスクを読み込みます。</translation>
    </message>
    <message>
        <source>This looks like the Service URL (it ends in orchestrator_), which belongs in the last field of this page. The Task SPI is the other address UiPath gives you; in SAP&apos;s example it ends in /orchestrator/api.</source>
        <translation>これは Service URL (orchestrator_ で終わるもの) のようです。このアドレスは、このページの最後のフィールドに入力するものです。Task SPI は、UiPath から提供されるもう一方のアドレスです。SAP の例では /orchestrator/api で終わります。</translation>
    </message>
    <message>
        <source>The Client Id UiPath gives you for SAP Task Center. The destination uses it as Client ID and as Token Service User.</source>
        <translation>UiPath から SAP Task Center 用に提供される Client Id です。宛先では、Client ID および Token Service User として使用されます。</translation>
    </message>
    <message>
        <source>The Client Secret that belongs to the client ID. The destination uses it as Client Secret and as Token Service Password. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>クライアント ID に対応する Client Secret です。宛先では、Client Secret および Token Service Password として使用されます。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>The Token Service URL UiPath gives you: where SAP Task Center fetches its token with the client ID and secret.</source>
        <translation>UiPath から提供される Token Service URL です: SAP Task Center がクライアント ID とシークレットを使用してトークンを取得する場所です。</translation>
    </message>
    <message>
        <source>In SAP&apos;s example, UiPath&apos;s Token Service URL ends in /identity_/connect/token. Check that you copied the Token Service URL and not another address.</source>
        <translation>SAP の例では、UiPath の Token Service URL は /identity_/connect/token で終わります。別のアドレスではなく、Token Service URL をコピーしたかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Service URL (URL.headers.ServiceUrl)</source>
        <translation>Service URL (URL.headers.ServiceUrl)</translation>
    </message>
    <message>
        <source>The value UiPath&apos;s guide lists as URL.headers.ServiceUrl. SAP&apos;s guide puts it into the destination property URL.headers.X-ApplicationKey, which SAP Task Center sends with every call to the Task SPI.</source>
        <translation>UiPath のガイドに URL.headers.ServiceUrl として記載されている値です。SAP のガイドでは、この値を宛先プロパティ URL.headers.X-ApplicationKey に設定します。SAP Task Center は、Task SPI へのすべての呼び出しでこのプロパティを送信します。</translation>
    </message>
    <message>
        <source>This looks like the Task SPI, which belongs in the first field of this page. The Service URL is the other address UiPath gives you; in SAP&apos;s example it ends in /orchestrator_.</source>
        <translation>これは Task SPI のようです。このアドレスは、このページの最初のフィールドに入力するものです。Service URL は、UiPath から提供されるもう一方のアドレスです。SAP の例では /orchestrator_ で終わります。</translation>
    </message>
    <message>
        <source>Prepare SAP Task Center for UiPath</source>
        <translation>UiPath 用の SAP Task Center の準備</translation>
    </message>
    <message>
        <source>Tick each step once it is done; the next pages use what they give you.</source>
        <translation>各ステップが完了したらチェックを付けてください。次のページで、そこで得た値を使用します。</translation>
    </message>
    <message>
        <source>SAP Task Center needs to know UiPath&apos;s users, and UiPath needs an SAP Task Center service instance of its own to push task updates to.</source>
        <translation>SAP Task Center は UiPath のユーザーを認識している必要があります。また UiPath には、タスクの更新の送信先となる専用の SAP Task Center サービスインスタンスが必要です。</translation>
    </message>
    <message>
        <source>SAP Task Center reads UiPath&apos;s tasks through the destination this wizard writes, and UiPath pushes changes to a separate SAP Task Center service instance. Both need the users in SAP Cloud Identity Services, set up as SAP&apos;s Third-Party Scenarios describe.</source>
        <translation>SAP Task Center は、このウィザードが書き込む宛先を通じて UiPath のタスクを読み込み、UiPath は変更を別の SAP Task Center サービスインスタンスに送信します。どちらにも、SAP の「Third-Party Scenarios」の説明どおりに SAP Cloud Identity Services でセットアップされたユーザーが必要です。</translation>
    </message>
    <message>
        <source>The initial setup of SAP Task Center is complete, and you have followed the &lt;b&gt;Third-Party Scenarios&lt;/b&gt; of SAP Cloud Identity Services for UiPath&apos;s users.</source>
        <translation>SAP Task Center の初期セットアップが完了しており、UiPath のユーザーについて、SAP Cloud Identity Services の &lt;b&gt;Third-Party Scenarios&lt;/b&gt; に従っています。</translation>
    </message>
    <message>
        <source>You have created a &lt;b&gt;new SAP Task Center service instance&lt;/b&gt; for UiPath&apos;s task updates, and a &lt;b&gt;service key&lt;/b&gt; for it.</source>
        <translation>UiPath のタスク更新用に&lt;b&gt;新しい SAP Task Center サービスインスタンス&lt;/b&gt;とその&lt;b&gt;サービスキー&lt;/b&gt;を作成済みです。</translation>
    </message>
    <message>
        <source>SAP BTP cockpit: your space &gt; Service Marketplace &gt; SAP Task Center &gt; Create; then the new instance &gt; Service Keys &gt; Create.</source>
        <translation>SAP BTP コックピット: 「(スペース) &gt; Service Marketplace &gt; SAP Task Center &gt; Create」、次に新しいインスタンスの「Service Keys &gt; Create」。</translation>
    </message>
    <message>
        <source>Service key for UiPath&apos;s task updates</source>
        <translation>UiPath のタスク更新用のサービスキー</translation>
    </message>
    <message>
        <source>Open the service key of the new service instance you created for UiPath, not the key of another instance: UiPath pushes its task updates with it.</source>
        <translation>別のインスタンスのキーではなく、UiPath 用に作成した新しいサービスインスタンスのサービスキーを開いてください: UiPath はこのキーを使用してタスクの更新を送信します。</translation>
    </message>
    <message>
        <source>UiPath needs the key&apos;s endpoints.inbox_rest_url, uaa.url, uaa.clientid and uaa.clientsecret; the destination needs its uaa.clientid.</source>
        <translation>UiPath にはキーの endpoints.inbox_rest_url、uaa.url、uaa.clientid、uaa.clientsecret が必要です。宛先にはキーの uaa.clientid が必要です。</translation>
    </message>
    <message>
        <source>The key&apos;s client secret goes into UiPath and is kept in this computer&apos;s keychain, never in a file. The key&apos;s uaa.clientid also becomes the destination&apos;s tc.clientId, which tells SAP Task Center that UiPath pushes its updates.</source>
        <translation>キーのクライアントシークレットは UiPath に入力し、ファイルではなく、このコンピューターのキーチェーンに保管されます。キーの uaa.clientid は宛先の tc.clientId にもなり、UiPath が更新を送信することを SAP Task Center に伝えます。</translation>
    </message>
    <message>
        <source>Connect UiPath Action Center to SAP Task Center</source>
        <translation>UiPath Action Center を SAP Task Center に接続</translation>
    </message>
    <message>
        <source>In UiPath: enable the push of task updates, and copy the values UiPath gives you for the destination.</source>
        <translation>UiPath で: タスク更新の送信を有効にし、UiPath から提供される宛先用の値をコピーします。</translation>
    </message>
    <message>
        <source>Follow UiPath&apos;s guide &lt;b&gt;Connecting SAP Task Center to UiPath Action Center&lt;/b&gt;, section &lt;b&gt;Enabling the push of task updates&lt;/b&gt;. Where it asks for SAP Task Center&apos;s values, enter those below. Then copy the values it gives you for the destination into the fields under them.</source>
        <translation>UiPath のガイド &lt;b&gt;Connecting SAP Task Center to UiPath Action Center&lt;/b&gt; のセクション &lt;b&gt;Enabling the push of task updates&lt;/b&gt; に従ってください。SAP Task Center の値が求められる箇所には、以下の値を入力します。次に、UiPath から提供される宛先用の値を、その下のフィールドにコピーします。</translation>
    </message>
    <message>
        <source>SAP&apos;s guide asks you to enable UiPath&apos;s pushed updates before you create the destination: with tc.clientId set and no updates pushed, tasks may not arrive from UiPath. UNCONFIRMED: the names UiPath&apos;s screens use for these values; SAP&apos;s guide names them as shown here.</source>
        <translation>SAP のガイドでは、宛先を作成する前に UiPath からの更新の送信を有効にするよう求められています: tc.clientId が設定されていて更新が送信されていない場合、UiPath からタスクが届かない場合があります。UNCONFIRMED: UiPath の画面でこれらの値に使用されている名前。SAP のガイドでは、ここに示す名前で記載されています。</translation>
    </message>
    <message>
        <source>SAP Task Center&apos;s values for UiPath</source>
        <translation>UiPath 用の SAP Task Center の値</translation>
    </message>
    <message>
        <source>From the service key of the new service instance:</source>
        <translation>新しいサービスインスタンスのサービスキーから:</translation>
    </message>
    <message>
        <source>Inbox REST URL</source>
        <translation>受信トレイ REST URL</translation>
    </message>
    <message>
        <source>endpoints &gt; inbox_rest_url of the service key.</source>
        <translation>サービスキーの endpoints &gt; inbox_rest_url。</translation>
    </message>
    <message>
        <source>Authentication URL</source>
        <translation>認証 URL</translation>
    </message>
    <message>
        <source>uaa &gt; url of the service key, as SAP&apos;s guide lists it.</source>
        <translation>SAP のガイドに記載されているとおりの、サービスキーの uaa &gt; url。</translation>
    </message>
    <message>
        <source>uaa &gt; clientid of the service key.</source>
        <translation>サービスキーの uaa &gt; clientid。</translation>
    </message>
    <message>
        <source>uaa &gt; clientsecret of the service key.</source>
        <translation>サービスキーの uaa &gt; clientsecret。</translation>
    </message>
    <message>
        <source>UiPath&apos;s values for the destination</source>
        <translation>宛先用の UiPath の値</translation>
    </message>
    <message>
        <source>UiPath&apos;s guide gives you these five values: Task SPI, Client Id, Client Secret, Token Service URL and URL.headers.ServiceUrl.</source>
        <translation>UiPath のガイドでは、次の 5 つの値が示されます: Task SPI、Client Id、Client Secret、Token Service URL、URL.headers.ServiceUrl。</translation>
    </message>
    <message>
        <source>Destination to UiPath</source>
        <translation>UiPath への宛先</translation>
    </message>
    <message>
        <source>One destination, as SAP&apos;s guide lists it.</source>
        <translation>SAP のガイドに記載されているとおりの、1 つの宛先。</translation>
    </message>
    <message>
        <source>SAP Task Center fetches a token with UiPath&apos;s client ID and secret, with the scope OR.Tasks, and reads the tasks of UiPath Action Center with it.</source>
        <translation>SAP Task Center は、UiPath のクライアント ID とシークレットを使用してスコープ OR.Tasks でトークンを取得し、そのトークンで UiPath Action Center のタスクを読み込みます。</translation>
    </message>
    <message>
        <source>UiPath does not grant the scope OR.Tasks to this client. Check in UiPath that the client UiPath gave you for SAP Task Center has the scope OR.Tasks, and that the destination&apos;s tokenService.body.scope is OR.Tasks.</source>
        <translation>UiPath がこのクライアントにスコープ OR.Tasks を付与していません。UiPath で、SAP Task Center 用に UiPath から提供されたクライアントにスコープ OR.Tasks があること、および宛先の tokenService.body.scope が OR.Tasks であることを確認してください。</translation>
    </message>
    <message>
        <source>UiPath does not accept the client ID or secret. Copy the Client Id and Client Secret again from what UiPath gave you for SAP Task Center, and apply again.</source>
        <translation>UiPath がクライアント ID またはシークレットを受け付けません。SAP Task Center 用に UiPath から提供されたものから Client Id と Client Secret をもう一度コピーし、再度適用してください。</translation>
    </message>
    <message>
        <source>Check that the Token Service URL, Client Id and Client Secret are the ones UiPath gave you for SAP Task Center, and that the client still exists in UiPath.</source>
        <translation>Token Service URL、Client Id、Client Secret が SAP Task Center 用に UiPath から提供されたものであること、およびクライアントが UiPath にまだ存在することを確認してください。</translation>
    </message>
    <message>
        <source>Create only one destination for each UiPath system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、UiPath システムごとに宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>tc.clientId is the uaa.clientid of the service key you opened. SAP says to set it only once UiPath pushes task updates to SAP Task Center; without them, tasks may not arrive from UiPath.</source>
        <translation>tc.clientId は、開いたサービスキーの uaa.clientid です。SAP によると、tc.clientId は UiPath が SAP Task Center にタスクの更新を送信するようになってから設定してください。更新が送信されていないと、UiPath からタスクが届かない場合があります。</translation>
    </message>
    <message>
        <source>SAP&apos;s guide names this property URL.headers.X-ApplicationKey and fills it with the value UiPath calls URL.headers.ServiceUrl, an address. The wizard writes it as SAP&apos;s table says. UNCONFIRMED: whether UiPath&apos;s guide expects a header of another name; if SAP Task Center&apos;s monitoring reports errors for UiPath, compare the header with UiPath&apos;s guide.</source>
        <translation>SAP のガイドでは、このプロパティは URL.headers.X-ApplicationKey という名前で、UiPath が URL.headers.ServiceUrl と呼ぶ値 (アドレス) が設定されています。ウィザードは、SAP の表のとおりに書き込みます。UNCONFIRMED: UiPath のガイドで別の名前のヘッダーが想定されているかどうか。SAP Task Center の「Monitoring」で UiPath のエラーが報告される場合は、ヘッダーを UiPath のガイドと比較してください。</translation>
    </message>
    <message>
        <source>SAP Task Center shows the translatable texts of UiPath&apos;s tasks and task definitions in English only.</source>
        <translation>SAP Task Center は、UiPath のタスクとタスク定義の翻訳可能なテキストを英語でのみ表示します。</translation>
    </message>
    <message>
        <source>Tasks from SAP Build Work Zone, advanced edition or SAP SuccessFactors Work Zone in the same subaccount as SAP Task Center: one destination, the same for both products, with the values Work Zone gives for its integration with SAP Task Center.</source>
        <translation>SAP Task Center と同じサブアカウント内の SAP Build Work Zone, advanced edition または SAP SuccessFactors Work Zone のタスク: Work Zone が SAP Task Center との統合用に提供する値を使用する宛先を 1 つ作成します (両製品で共通)。</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API エンドポイント</translation>
    </message>
    <message>
        <source>The API endpoint Work Zone shows for its integration with SAP Task Center. The wizard appends /api/v2 to it for the destination&apos;s URL, as SAP&apos;s guide says; if you paste an address that already ends with /api/v2, it is used as it is.</source>
        <translation>Work Zone が SAP Task Center との統合用に表示する API エンドポイントです。SAP のガイドの記載どおり、ウィザードは宛先の URL 用にこれに /api/v2 を追加します。すでに /api/v2 で終わるアドレスを貼り付けた場合は、そのまま使用されます。</translation>
    </message>
    <message>
        <source>This looks like the Token Service URL. The API endpoint is probably %1: check it in Work Zone.</source>
        <translation>これは Token Service URL のようです。API エンドポイントはおそらく %1 です: Work Zone で確認してください。</translation>
    </message>
    <message>
        <source>The Audience Work Zone shows for its integration with SAP Task Center. Copy it exactly, with the / at the end if Work Zone shows one.</source>
        <translation>Work Zone が SAP Task Center との統合用に表示する Audience です。Work Zone で末尾に / が表示される場合はそれも含めて、正確にコピーしてください。</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Client Key</translation>
    </message>
    <message>
        <source>The Client Key Work Zone shows for its integration with SAP Task Center.</source>
        <translation>Work Zone が SAP Task Center との統合用に表示する Client Key です。</translation>
    </message>
    <message>
        <source>The Token Service URL Work Zone shows for its integration with SAP Task Center.</source>
        <translation>Work Zone が SAP Task Center との統合用に表示する Token Service URL です。</translation>
    </message>
    <message>
        <source>Token Service User</source>
        <translation>Token Service User</translation>
    </message>
    <message>
        <source>The Token Service User Work Zone shows for its integration with SAP Task Center. In SAP&apos;s example it is the same as the Client Key, so the field is filled with the Client Key: change it if Work Zone shows another value.</source>
        <translation>Work Zone が SAP Task Center との統合用に表示する Token Service User です。SAP の例では Client Key と同じであるため、フィールドには Client Key が設定されます: Work Zone に別の値が表示される場合は変更してください。</translation>
    </message>
    <message>
        <source>Token Service Password</source>
        <translation>Token Service Password</translation>
    </message>
    <message>
        <source>The Token Service Password Work Zone shows for its integration with SAP Task Center. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Work Zone が SAP Task Center との統合用に表示する Token Service Password です。ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Prepare Work Zone</source>
        <translation>Work Zone の準備</translation>
    </message>
    <message>
        <source>The same steps serve SAP Build Work Zone, advanced edition and SAP SuccessFactors Work Zone.</source>
        <translation>SAP Build Work Zone, advanced edition と SAP SuccessFactors Work Zone では、同じステップを使用します。</translation>
    </message>
    <message>
        <source>SAP Task Center reads the tasks of SAP Build Work Zone, advanced edition or SAP SuccessFactors Work Zone for each user who is logged on, with the values Work Zone gives when you set up its integration with SAP Task Center. SAP&apos;s guide covers a Work Zone instance in the same subaccount as SAP Task Center.</source>
        <translation>SAP Task Center は、SAP Task Center との統合をセットアップしたときに Work Zone から提供される値を使用して、ログオンしている各ユーザーについて SAP Build Work Zone, advanced edition または SAP SuccessFactors Work Zone のタスクを読み込みます。SAP のガイドでは、SAP Task Center と同じサブアカウント内の Work Zone インスタンスを対象としています。</translation>
    </message>
    <message>
        <source>In Work Zone, you have done the steps of &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; and have its values at hand: API endpoint, Audience, Client Key, Token Service URL, Token Service User and Token Service Password.</source>
        <translation>Work Zone で &lt;b&gt;Integration with SAP Task Center&lt;/b&gt; のステップを完了しており、その値 (API エンドポイント、Audience、Client Key、Token Service URL、Token Service User、Token Service Password) が手元にあります。</translation>
    </message>
    <message>
        <source>SAP Build Work Zone, advanced edition: Integration with SAP Task Center.</source>
        <translation>SAP Build Work Zone, advanced edition: 「Integration with SAP Task Center」。</translation>
    </message>
    <message>
        <source>The Work Zone instance is in &lt;b&gt;this subaccount&lt;/b&gt;, the one of SAP Task Center.</source>
        <translation>Work Zone インスタンスが、&lt;b&gt;このサブアカウント&lt;/b&gt; (SAP Task Center のサブアカウント) にあります。</translation>
    </message>
    <message>
        <source>SAP BTP cockpit of this subaccount: Services &gt; Instances and Subscriptions.</source>
        <translation>このサブアカウントの SAP BTP コックピット: 「Services &gt; Instances and Subscriptions」。</translation>
    </message>
    <message>
        <source>Only &lt;b&gt;one&lt;/b&gt; of the two products is connected to SAP Task Center in this subaccount: SAP does not support SAP Build Work Zone, advanced edition and SAP SuccessFactors Work Zone as task providers in the same subaccount.</source>
        <translation>このサブアカウントで SAP Task Center に接続されているのは、2 つの製品のうち&lt;b&gt;一方のみ&lt;/b&gt;です: SAP は、同じサブアカウント内でタスクプロバイダーとして SAP Build Work Zone, advanced edition と SAP SuccessFactors Work Zone の両方を使用することをサポートしていません。</translation>
    </message>
    <message>
        <source>Work Zone&apos;s values for SAP Task Center</source>
        <translation>SAP Task Center 用の Work Zone の値</translation>
    </message>
    <message>
        <source>Where SAP Task Center reaches Work Zone, and where it gets each user&apos;s token.</source>
        <translation>SAP Task Center が Work Zone に接続する先と、各ユーザーのトークンを取得する場所。</translation>
    </message>
    <message>
        <source>Enter the values Work Zone gave you in &lt;b&gt;Integration with SAP Task Center&lt;/b&gt;. Copy each one exactly as Work Zone shows it.</source>
        <translation>&lt;b&gt;Integration with SAP Task Center&lt;/b&gt; で Work Zone から提供された値を入力してください。それぞれ Work Zone に表示されているとおりに正確にコピーしてください。</translation>
    </message>
    <message>
        <source>SAP&apos;s guide takes the destination&apos;s URL from the API endpoint (followed by /api/v2) and every other value as Work Zone gives it. Where Work Zone shows these values is described in Work Zone&apos;s own guide, Integration with SAP Task Center.</source>
        <translation>SAP のガイドでは、宛先の URL は API エンドポイント (の後に /api/v2 を付けたもの) から取得し、その他の値はすべて Work Zone から提供されたとおりに使用します。Work Zone でこれらの値が表示される場所は、Work Zone 自体のガイド「Integration with SAP Task Center」に記載されています。</translation>
    </message>
    <message>
        <source>Destination to Work Zone</source>
        <translation>Work Zone への宛先</translation>
    </message>
    <message>
        <source>SAP&apos;s guide lists each property of this destination; the wizard writes them as the table says, for either product.</source>
        <translation>SAP のガイドに、この宛先の各プロパティが記載されています。ウィザードは、どちらの製品の場合も、その表のとおりにプロパティを書き込みます。</translation>
    </message>
    <message>
        <source>Check that the Audience, Client Key, Token Service URL, Token Service User and Token Service Password are still the values Work Zone shows for its integration with SAP Task Center, and that users log on to SAP Task Center and Work Zone through the same Identity Authentication tenant (SAP BTP Integration Scenario).</source>
        <translation>Audience、Client Key、Token Service URL、Token Service User、Token Service Password が、Work Zone が SAP Task Center との統合用に表示する値のままであること、およびユーザーが同じ Identity Authentication テナントを通じて SAP Task Center と Work Zone にログオンしていること (「SAP BTP Integration Scenario」) を確認してください。</translation>
    </message>
    <message>
        <source>This destination has no technical user: the Destination service fetches a token with it only for a user who is logged on, and SAP says Check Connection may not tell whether SAP Task Center reaches Work Zone. Check the connector in SAP Task Center&apos;s monitoring once the destination is saved.</source>
        <translation>この宛先には技術ユーザーがありません: Destination サービスは、ログオンしているユーザーに対してのみこの宛先でトークンを取得します。また SAP によると、「Check Connection」では SAP Task Center が Work Zone に接続できるかどうかがわからない場合があります。宛先を保存したら、SAP Task Center の「Monitoring」でコネクターを確認してください。</translation>
    </message>
    <message>
        <source>Create only one destination for each Work Zone system in a Task Center; a second one gives every user duplicate tasks.</source>
        <translation>1 つの Task Center では、Work Zone システムごとに宛先を 1 つだけ作成してください。2 つ目があると、すべてのユーザーにタスクが重複して表示されます。</translation>
    </message>
    <message>
        <source>In this subaccount</source>
        <translation>このサブアカウント内</translation>
    </message>
    <message>
        <source>In a different subaccount</source>
        <translation>別のサブアカウント内</translation>
    </message>
    <message>
        <source>In another subaccount, with SAML trust</source>
        <translation>別のサブアカウント内 (SAML トラスト)</translation>
    </message>
    <message>
        <source>In another subaccount, with an Identity Authentication dependency</source>
        <translation>別のサブアカウント内 (Identity Authentication の依存関係)</translation>
    </message>
    <message>
        <source>outbound.p12 is the file S/4HANA Cloud uses to reach SAP Task Center (made from the service key with certificate). The destination needs the other key store, the one SAP&apos;s guide calls inbound.p12.</source>
        <translation>outbound.p12 は、S/4HANA Cloud が SAP Task Center に接続するために使用するファイルです (証明書付きのサービスキーから作成します)。宛先に必要なのはもう一方のキーストア、つまり SAP のガイドで inbound.p12 と呼ばれているものです。</translation>
    </message>
    <message>
        <source>Token Service Key Store Password</source>
        <translation>Token Service Key Store Password</translation>
    </message>
    <message>
        <source>Client ID of the service key with certificate (uaa.clientid)</source>
        <translation>証明書付きのサービスキーのクライアント ID (uaa.clientid)</translation>
    </message>
    <message>
        <source>The uaa &gt; clientid of the service key with certificate you created for the dedicated SAP Task Center instance. It becomes the destination&apos;s tc.clientId, which lets S/4HANA Cloud push task updates to SAP Task Center. SAP says to set it only once you have completed Integrating SAP Task Center in S/4HANA Cloud; otherwise tasks may not arrive.</source>
        <translation>専用の SAP Task Center インスタンス用に作成した、証明書付きのサービスキーの uaa &gt; clientid です。これが宛先の tc.clientId になり、S/4HANA Cloud が SAP Task Center にタスクの更新を送信できるようになります。SAP によると、この値は S/4HANA Cloud で「Integrating SAP Task Center」を完了した後にのみ設定してください。そうしないと、タスクが届かない場合があります。</translation>
    </message>
    <message>
        <source>By hand, with certificates instead of a password (mTLS)</source>
        <translation>手動: パスワードの代わりに証明書を使用 (mTLS)</translation>
    </message>
    <message>
        <source>Choose this when SAP Task Center should get its tokens from S/4HANA Cloud with a client certificate (mTLS) instead of a communication user&apos;s password, as SAP&apos;s section &quot;Connect SAP S/4HANA Cloud Public Edition and SAP Task Center Using mTLS&quot; describes. You need a service key with a certificate for a dedicated SAP Task Center instance, and a .p12 key store with its password. You set up the communication system and arrangement in S/4HANA Cloud with these certificates, and the wizard writes the destination.</source>
        <translation>SAP Task Center がコミュニケーションユーザーのパスワードの代わりにクライアント証明書 (mTLS) を使用して S/4HANA Cloud からトークンを取得する場合に選択します (SAP のセクション「Connect SAP S/4HANA Cloud Public Edition and SAP Task Center Using mTLS」で説明されている方法です)。専用の SAP Task Center インスタンス用の証明書付きサービスキーと、.p12 キーストアおよびそのパスワードが必要です。これらの証明書を使用して S/4HANA Cloud でコミュニケーションシステムとコミュニケーション契約をセットアップします。宛先はウィザードが書き込みます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SAP&apos;s remaining steps for S/4HANA Cloud with mTLS&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Check the connection&lt;/b&gt; with the &lt;b&gt;monitoring&lt;/b&gt; of SAP Task Center: SAP says Check Connection in the destination may not tell whether SAP Task Center reaches SAP S/4HANA Cloud.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The Task Center app for your users:&lt;/b&gt; in the launchpad your users open (SAP Build Work Zone or another central entry point), create a &lt;b&gt;Task Center&lt;/b&gt; tile and activate the site&apos;s languages, as SAP&apos;s guide &quot;Create a Task Center Tile&quot; says. It uses the destination &lt;i&gt;Task_Center&lt;/i&gt; of this subaccount.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users in S/4HANA Cloud:&lt;/b&gt; each approver&apos;s business user needs a &lt;b&gt;Global User ID&lt;/b&gt; equal to the &lt;b&gt;User UUID&lt;/b&gt; of the same user in SAP Cloud Identity Services (copy it by hand to try it out, or replicate the users with Identity Provisioning, communication scenario SAP_COM_0193). Without it, the tasks reach SAP Task Center but appear in nobody&apos;s list.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Certificates expire:&lt;/b&gt; the certificate of the service key, which outbound.p12 holds, is valid for at most one year (SAP). Note when it and the certificate of inbound.p12 expire.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;mTLS を使用する S/4HANA Cloud に関して SAP が示す残りのステップ&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;SAP Task Center の &lt;b&gt;Monitoring&lt;/b&gt; で&lt;b&gt;接続を確認します&lt;/b&gt;: SAP によると、宛先の「Check Connection」では SAP Task Center が SAP S/4HANA Cloud に接続できるかどうかがわからない場合があります。&lt;/li&gt;&lt;li&gt;&lt;b&gt;ユーザー向けの Task Center アプリ:&lt;/b&gt; ユーザーが開くランチパッド (SAP Build Work Zone または別の中央エントリポイント) で、SAP のガイド「Create a Task Center Tile」に従って &lt;b&gt;Task Center&lt;/b&gt; タイルを作成し、サイトの言語を有効にします。このタイルは、このサブアカウントの宛先 &lt;i&gt;Task_Center&lt;/i&gt; を使用します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;S/4HANA Cloud のユーザー:&lt;/b&gt; 各承認者のビジネスユーザーには、SAP Cloud Identity Services 内の同じユーザーの &lt;b&gt;User UUID&lt;/b&gt; と等しい &lt;b&gt;Global User ID&lt;/b&gt; が必要です (試すだけなら手作業でコピーし、そうでなければコミュニケーションシナリオ SAP_COM_0193 を使用して Identity Provisioning でユーザーをレプリケートします)。これがないと、タスクは SAP Task Center に届きますが、誰の一覧にも表示されません。&lt;/li&gt;&lt;li&gt;&lt;b&gt;証明書の有効期限:&lt;/b&gt; outbound.p12 に含まれるサービスキーの証明書の有効期間は、最長 1 年です (SAP)。この証明書と inbound.p12 の証明書の有効期限をメモしておいてください。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Create a service key with a certificate</source>
        <translation>証明書付きのサービスキーを作成</translation>
    </message>
    <message>
        <source>A dedicated SAP Task Center instance whose service key has a certificate, and the file outbound.p12 made from it for S/4HANA Cloud.</source>
        <translation>サービスキーに証明書が含まれる専用の SAP Task Center インスタンスと、そのキーから作成する S/4HANA Cloud 用のファイル outbound.p12。</translation>
    </message>
    <message>
        <source>In this subaccount, where your SAP Task Center instance was created, create a dedicated SAP Task Center service instance and a service key &lt;b&gt;with certificate&lt;/b&gt; for it. Then make outbound.p12 from the key, as below.</source>
        <translation>SAP Task Center インスタンスを作成したこのサブアカウントで、専用の SAP Task Center サービスインスタンスと、そのインスタンスの&lt;b&gt;証明書付き&lt;/b&gt;サービスキーを作成します。次に、以下の説明に従って、このキーから outbound.p12 を作成します。</translation>
    </message>
    <message>
        <source>S/4HANA Cloud pushes task updates to SAP Task Center with the certificate of this key instead of a client secret. SAP&apos;s guide &quot;Create a Service Instance Using the SAP BTP Cockpit&quot; gives the parameters below; the certificate is valid for at most one year. The wizard does not read this key: you copy its client ID on a later page.</source>
        <translation>S/4HANA Cloud は、クライアントシークレットの代わりにこのキーの証明書を使用して、SAP Task Center にタスクの更新を送信します。SAP のガイド「Create a Service Instance Using the SAP BTP Cockpit」に以下のパラメーターが記載されています。証明書の有効期間は最長 1 年です。ウィザードはこのキーを読み込みません: クライアント ID は後のページでコピーします。</translation>
    </message>
    <message>
        <source>Service key with certificate</source>
        <translation>証明書付きのサービスキー</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Instances&lt;/b&gt; page, open the &lt;b&gt;Actions&lt;/b&gt; menu of the new instance, choose &lt;b&gt;Create Service Key&lt;/b&gt;, enter a name and these parameters in JSON format, and choose &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Instances&lt;/b&gt; ページで、新しいインスタンスの &lt;b&gt;Actions&lt;/b&gt; メニューを開いて &lt;b&gt;Create Service Key&lt;/b&gt; を選択し、名前と次のパラメーターを JSON 形式で入力して、&lt;b&gt;Create&lt;/b&gt; を選択します。</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>パラメーター (JSON)</translation>
    </message>
    <message>
        <source>SAP&apos;s sample: a certificate valid for one year, the longest SAP allows.</source>
        <translation>SAP のサンプル: 有効期間 1 年の証明書です。これは SAP が許可している最長の期間です。</translation>
    </message>
    <message>
        <source>outbound.p12 for S/4HANA Cloud</source>
        <translation>S/4HANA Cloud 用の outbound.p12</translation>
    </message>
    <message>
        <source>Open the JSON of the service key. Copy the value of &lt;b&gt;uaa &amp;gt; certificate&lt;/b&gt;, without the quotation marks, into a new text file, and append the value of &lt;b&gt;uaa &amp;gt; key&lt;/b&gt;, without the quotation marks. Replace every \n with a line feed: the file then holds the certificates (BEGIN CERTIFICATE … END CERTIFICATE) followed by the private key (BEGIN RSA PRIVATE KEY … END RSA PRIVATE KEY). Save it as outbound.p12.</source>
        <translation>サービスキーの JSON を開きます。&lt;b&gt;uaa &amp;gt; certificate&lt;/b&gt; の値を引用符なしで新しいテキストファイルにコピーし、その後に &lt;b&gt;uaa &amp;gt; key&lt;/b&gt; の値を引用符なしで追加します。すべての 
 を改行に置き換えます: これで、ファイルには証明書 (BEGIN CERTIFICATE … END CERTIFICATE) と、その後に続く秘密鍵 (BEGIN RSA PRIVATE KEY … END RSA PRIVATE KEY) が含まれます。outbound.p12 として保存します。</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>SAP&apos;s name for it: S/4HANA Cloud uses it to reach SAP Task Center (Users for Outbound Communication).</source>
        <translation>SAP での名前です: S/4HANA Cloud は、このファイルを使用して SAP Task Center に接続します (Users for Outbound Communication)。</translation>
    </message>
    <message>
        <source>The key store for S/4HANA Cloud&apos;s token service</source>
        <translation>S/4HANA Cloud のトークンサービス用のキーストア</translation>
    </message>
    <message>
        <source>The .p12 file with the certificate SAP Task Center gets its tokens from S/4HANA Cloud with (SAP calls it inbound.p12), and its password.</source>
        <translation>SAP Task Center が S/4HANA Cloud からトークンを取得するために使用する証明書を含む .p12 ファイル (SAP では inbound.p12 と呼ばれています) と、そのパスワード。</translation>
    </message>
    <message>
        <source>The destination names this key store in tokenService.KeyStoreLocation and unlocks it with tokenService.KeyStorePassword (the cockpit&apos;s Token Service Key Store Location and Token Service Key Store Password). SAP&apos;s guide also asks you to select Use mTLS for token retrieval. UNCONFIRMED: SAP names no property for that checkbox; SAP BTP Connectivity says the Destination service uses mTLS towards the token service whenever tokenService.KeyStoreLocation is set, so the wizard writes only that property. If the cockpit shows the checkbox cleared, select it and save.</source>
        <translation>宛先は、tokenService.KeyStoreLocation でこのキーストアを指定し、tokenService.KeyStorePassword でロックを解除します (コックピットの「Token Service Key Store Location」と「Token Service Key Store Password」)。SAP のガイドでは、「Use mTLS for token retrieval」も選択するよう求められています。UNCONFIRMED: SAP はこのチェックボックスに対応するプロパティを示していません。SAP BTP Connectivity によると、tokenService.KeyStoreLocation が設定されていれば、Destination サービスはトークンサービスに対して常に mTLS を使用します。そのため、ウィザードはこのプロパティのみを書き込みます。コックピットでチェックボックスがオフになっている場合は、オンにして保存してください。</translation>
    </message>
    <message>
        <source>Integrate SAP Task Center in S/4HANA Cloud using mTLS</source>
        <translation>mTLS を使用して S/4HANA Cloud に SAP Task Center を統合</translation>
    </message>
    <message>
        <source>The communication system with both certificates, the communication arrangement, and the values it gives back for the destination.</source>
        <translation>両方の証明書を設定したコミュニケーションシステム、コミュニケーション契約、および宛先用にその契約から返される値。</translation>
    </message>
    <message>
        <source>In SAP S/4HANA Cloud, perform the steps of &lt;b&gt;Integrating SAP Task Center&lt;/b&gt;: use inbound.p12 for the communication system&apos;s &lt;b&gt;Users for Inbound Communication&lt;/b&gt; and outbound.p12 for its &lt;b&gt;Users for Outbound Communication&lt;/b&gt;, and create the communication arrangement as &lt;b&gt;Create a Communication Arrangement Using mTLS&lt;/b&gt; describes. Then enter the values below.</source>
        <translation>SAP S/4HANA Cloud で、&lt;b&gt;Integrating SAP Task Center&lt;/b&gt; のステップを実行します: コミュニケーションシステムの &lt;b&gt;Users for Inbound Communication&lt;/b&gt; には inbound.p12 を、&lt;b&gt;Users for Outbound Communication&lt;/b&gt; には outbound.p12 を使用し、&lt;b&gt;Create a Communication Arrangement Using mTLS&lt;/b&gt; の説明に従ってコミュニケーション契約を作成します。次に、以下の値を入力してください。</translation>
    </message>
    <message>
        <source>SAP&apos;s mTLS section asks you to download the subaccount&apos;s trust certificate and then to follow Integrating SAP Task Center in SAP S/4HANA Cloud&apos;s documentation; it names the values the destination needs, which this page asks for. SAP&apos;s page on credentials rotation says S/4HANA Cloud&apos;s communication system holds the trust certificate.</source>
        <translation>SAP の mTLS のセクションでは、サブアカウントのトラスト証明書をダウンロードしてから、SAP S/4HANA Cloud のドキュメントの「Integrating SAP Task Center」に従うよう求められています。このセクションには宛先に必要な値が記載されており、このページではそれらの値を入力します。資格情報のローテーションに関する SAP のページによると、トラスト証明書は S/4HANA Cloud のコミュニケーションシステムが保持します。</translation>
    </message>
    <message>
        <source>UNCONFIRMED for mTLS: SAP&apos;s mTLS section does not list the communication system&apos;s fields. SAP&apos;s sample sets the values below on the way with a password; use them unless Integrating SAP Task Center says otherwise.</source>
        <translation>mTLS の場合は UNCONFIRMED: SAP の mTLS のセクションには、コミュニケーションシステムのフィールドが記載されていません。以下の値は、パスワードを使用する方法で SAP のサンプルが設定している値です。「Integrating SAP Task Center」に別の記載がない限り、これらの値を使用してください。</translation>
    </message>
    <message>
        <source>SAP: use this key store (inbound.p12) when you set up Users for Inbound Communication.</source>
        <translation>SAP: 「Users for Inbound Communication」をセットアップするときに、このキーストア (inbound.p12) を使用します。</translation>
    </message>
    <message>
        <source>Users for Outbound Communication</source>
        <translation>Users for Outbound Communication</translation>
    </message>
    <message>
        <source>SAP: use outbound.p12, made from the service key with certificate, when you set up Users for Outbound Communication.</source>
        <translation>SAP: 「Users for Outbound Communication」をセットアップするときに、証明書付きのサービスキーから作成した outbound.p12 を使用します。</translation>
    </message>
    <message>
        <source>Copy these from the saved arrangement: the service URL of its inbound service, and from &lt;b&gt;OAuth 2.0 Details&lt;/b&gt; the SAML2 Audience, Client ID and Token Service URL. Then the uaa &amp;gt; clientid of the service key with certificate.</source>
        <translation>保存したコミュニケーション契約から、インバウンドサービスのサービス URL と、&lt;b&gt;OAuth 2.0 Details&lt;/b&gt; の SAML2 Audience、Client ID、Token Service URL をコピーしてください。次に、証明書付きのサービスキーの uaa &amp;gt; clientid をコピーしてください。</translation>
    </message>
    <message>
        <source>The Destination service cannot use the key store for S/4HANA Cloud&apos;s token service. Check that the file is uploaded to this subaccount&apos;s destination certificates under exactly the name in tokenService.KeyStoreLocation, including its extension, that tokenService.KeyStorePassword is its password, and that S/4HANA Cloud&apos;s communication system accepts its certificate (Users for Inbound Communication).</source>
        <translation>Destination サービスが、S/4HANA Cloud のトークンサービス用のキーストアを使用できません。ファイルが、このサブアカウントの宛先証明書に、拡張子を含め tokenService.KeyStoreLocation の名前と正確に同じ名前でアップロードされていること、tokenService.KeyStorePassword がそのパスワードであること、および S/4HANA Cloud のコミュニケーションシステムがその証明書を受け付けること (Users for Inbound Communication) を確認してください。</translation>
    </message>
    <message>
        <source>Key store (.p12 file)</source>
        <translation>キーストア (.p12 ファイル)</translation>
    </message>
    <message>
        <source>The key store (.p12) with the client certificate for SAP Cloud for Customer. The primary destination names it by its file name in KeyStoreLocation. SAP&apos;s guide uses c4c.p12 as an example.</source>
        <translation>SAP Cloud for Customer 用のクライアント証明書を含むキーストア (.p12) です。プライマリ宛先は、KeyStoreLocation でこのキーストアをファイル名で指定します。SAP のガイドでは例として c4c.p12 が使用されています。</translation>
    </message>
    <message>
        <source>The key store&apos;s file name must end in .p12, .pfx or .jks and hold only letters, digits, dots, _ and - (for example c4c.p12): the subaccount lists it under that name. Rename the file if needed.</source>
        <translation>キーストアのファイル名は .p12、.pfx、または .jks で終わり、英字、数字、ピリオド、_、- のみで構成されている必要があります (例: c4c.p12): サブアカウントにはその名前で表示されます。必要に応じてファイルの名前を変更してください。</translation>
    </message>
    <message>
        <source>Use the .p12 certificate you already have for SAP Cloud for Customer (its guide &quot;Using Client Certificate Authentication&quot; explains how to extract it): choose the file on this computer, and when the wizard writes the destinations into the subaccount, it uploads the file to the subaccount&apos;s destination certificates under its file name. If you generated the key store under the subaccount&apos;s destination certificates instead, enter its name as the list shows it. When you save the destinations as files for the cockpit instead, upload the key store yourself under Connectivity &amp;gt; Destination Certificates.</source>
        <translation>SAP Cloud for Customer 用にすでにお持ちの .p12 証明書を使用してください (抽出方法は SAP Cloud for Customer のガイド「Using Client Certificate Authentication」で説明されています): このコンピューター上のファイルを選択すると、ウィザードが宛先をサブアカウントに書き込むときに、そのファイルをファイル名のままサブアカウントの宛先証明書にアップロードします。キーストアをサブアカウントの宛先証明書で生成した場合は、一覧に表示されているとおりにその名前を入力してください。宛先をコックピット用のファイルとして保存する場合は、「Connectivity &amp;gt; Destination Certificates」でキーストアをご自身でアップロードしてください。</translation>
    </message>
    <message>
        <source>The primary destination names the key store by its file name (KeyStoreLocation) and unlocks it with its password (KeyStorePassword). The Destination service finds the file only among this subaccount&apos;s destination certificates under exactly that name: the wizard uploads the file you choose there before it writes the destinations, and does not write them when it cannot.</source>
        <translation>プライマリ宛先は、キーストアをファイル名 (KeyStoreLocation) で指定し、そのパスワード (KeyStorePassword) でロックを解除します。Destination サービスは、このサブアカウントの宛先証明書の中から、その名前と正確に一致するファイルのみを見つけます: ウィザードは宛先を書き込む前に、選択したファイルをそこにアップロードします。アップロードできない場合、宛先は書き込まれません。</translation>
    </message>
    <message>
        <source>Token Service Key Store (.p12 file)</source>
        <translation>Token Service Key Store (.p12 ファイル)</translation>
    </message>
    <message>
        <source>The key store (.p12) with the client certificate SAP Task Center gets its tokens from S/4HANA Cloud with; SAP&apos;s guide calls it inbound.p12. The destination names it by its file name in tokenService.KeyStoreLocation.</source>
        <translation>SAP Task Center が S/4HANA Cloud からトークンを取得するために使用するクライアント証明書を含むキーストア (.p12) です。SAP のガイドでは inbound.p12 と呼ばれています。宛先は、tokenService.KeyStoreLocation でこのキーストアをファイル名で指定します。</translation>
    </message>
    <message>
        <source>The key store&apos;s file name must end in .p12, .pfx or .jks and hold only letters, digits, dots, _ and - (for example inbound.p12): the subaccount lists it under that name. Rename the file if needed.</source>
        <translation>キーストアのファイル名は .p12、.pfx、または .jks で終わり、英字、数字、ピリオド、_、- のみで構成されている必要があります (例: inbound.p12): サブアカウントにはその名前で表示されます。必要に応じてファイルの名前を変更してください。</translation>
    </message>
    <message>
        <source>Choose the .p12 file on this computer: when the wizard writes the destination into the subaccount, it uploads the file to the subaccount&apos;s destination certificates under its file name. If you generated the key store under the subaccount&apos;s destination certificates instead, enter its name as the list shows it; S/4HANA Cloud needs the file too, so download it with the Destination service REST API, as SAP&apos;s guide &quot;Use Destination Certificates&quot; says. When you save the destination as files for the cockpit instead, upload the key store yourself under Connectivity &amp;gt; Destination Certificates.</source>
        <translation>このコンピューター上の .p12 ファイルを選択してください: ウィザードが宛先をサブアカウントに書き込むときに、そのファイルをファイル名のままサブアカウントの宛先証明書にアップロードします。キーストアをサブアカウントの宛先証明書で生成した場合は、一覧に表示されているとおりにその名前を入力してください。S/4HANA Cloud にもこのファイルが必要なため、SAP のガイド「Use Destination Certificates」の説明に従って、Destination サービス REST API でダウンロードしてください。宛先をコックピット用のファイルとして保存する場合は、「Connectivity &amp;gt; Destination Certificates」でキーストアをご自身でアップロードしてください。</translation>
    </message>
    <message>
        <source>The key of the dedicated SAP Task Center instance: the communication arrangement takes its address and OAuth client, the destination its client ID.</source>
        <translation>専用 SAP Task Center インスタンスのキーです。コミュニケーション契約はそのアドレスと OAuth クライアントを、宛先はクライアント ID を使用します。</translation>
    </message>
    <message>
        <source>SAP asks for a dedicated SAP Task Center service instance in this subaccount for S/4HANA Cloud. Its key gives the communication arrangement SAP Task Center&apos;s address, OAuth client and client secret, and the destination names its client ID in tc.clientId, which lets S/4HANA Cloud push task updates.</source>
        <translation>SAP は、このサブアカウントに S/4HANA Cloud 用の専用 SAP Task Center サービスインスタンスを作成するよう求めています。そのキーは、SAP Task Center のアドレス、OAuth クライアント、クライアントシークレットをコミュニケーション契約に提供し、宛先は tc.clientId でそのクライアント ID を指定します。これにより S/4HANA Cloud はタスクの更新をプッシュできます。</translation>
    </message>
</context>
<context>
    <name>ProviderTypeMissing</name>
    <message>
        <source>%1 has no tc.provider_type: SAP Task Center cannot tell which task provider it reaches.</source>
        <translation>%1 には tc.provider_type がありません。SAP Task Center は、どのタスクプロバイダーに接続するのかを判断できません。</translation>
    </message>
    <message>
        <source>Add tc.provider_type with the value SAP&apos;s guide for the provider gives (%1, …).</source>
        <translation>プロバイダーの SAP ガイドに記載されている値 (%1、…) で tc.provider_type を追加してください。</translation>
    </message>
    <message>
        <source>Add tc.provider_type with the value %1, as on %2.</source>
        <translation>%2 と同様に、値 %1 で tc.provider_type を追加してください。</translation>
    </message>
</context>
<context>
    <name>RecommendationsAuthentication</name>
    <message>
        <source>%1 uses the authentication &quot;%2&quot;; SAP&apos;s guide for Intelligent Recommendations asks for OAuth2ClientCredentials with the client of SAP Build Process Automation&apos;s service key.</source>
        <translation>%1 は認証「%2」を使用しています。Intelligent Recommendations 用の SAP のガイドでは、SAP Build Process Automation のサービスキーのクライアントを使用する OAuth2ClientCredentials が求められています。</translation>
    </message>
    <message>
        <source>Set Authentication to OAuth2ClientCredentials.</source>
        <translation>Authentication を OAuth2ClientCredentials に設定してください。</translation>
    </message>
</context>
<context>
    <name>RecommendationsDynamicDestination</name>
    <message>
        <source>%1 lacks HTML5.DynamicDestination=true, which SAP&apos;s guide for Intelligent Recommendations asks for.</source>
        <translation>%1 には、Intelligent Recommendations 用の SAP のガイドで求められている HTML5.DynamicDestination=true がありません。</translation>
    </message>
    <message>
        <source>Add the property HTML5.DynamicDestination with the value true.</source>
        <translation>値 true のプロパティ HTML5.DynamicDestination を追加してください。</translation>
    </message>
</context>
<context>
    <name>RecommendationsPrimaryMissing</name>
    <message>
        <source>%1 looks like an Intelligent Recommendations destination, but there is no primary destination %2: SAP Task Center finds it by the primary&apos;s name followed by _AI.</source>
        <translation>%1 は Intelligent Recommendations の宛先のようですが、プライマリ宛先 %2 が存在しません: SAP Task Center は、プライマリ宛先の名前の後に _AI を付けた名前によってこの宛先を検索します。</translation>
    </message>
    <message>
        <source>Rename %1 to the name of its SAP Build Process Automation primary destination followed by _AI.</source>
        <translation>%1 の名前を、SAP Build Process Automation のプライマリ宛先の名前の後に _AI を付けたものに変更してください。</translation>
    </message>
</context>
<context>
    <name>RecommendationsTcEnabled</name>
    <message>
        <source>%1 is the Intelligent Recommendations destination, not a task provider, but it carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation>%1 は Intelligent Recommendations の宛先で、タスクプロバイダーではありませんが、tc.enabled が設定されています: SAP Task Center はこれを別のプライマリ宛先として読み込んでしまいます。</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation>%1 から tc.enabled を削除してください。</translation>
    </message>
</context>
<context>
    <name>RecommendationsUrlOutdated</name>
    <message>
        <source>The URL of %1 is &quot;%2&quot;. Since July 2025 SAP&apos;s guide asks for SAP Build Process Automation&apos;s API endpoint followed by %3; a destination made before must be changed.</source>
        <translation>%1 の URL は「%2」です。2025 年 7 月以降、SAP のガイドでは SAP Build Process Automation の API エンドポイントの後に %3 を付けたものが求められています。それ以前に作成した宛先は変更する必要があります。</translation>
    </message>
    <message>
        <source>Set the URL to the endpoints &gt; api value of the service key followed by %1.</source>
        <translation>URL を、サービスキーの endpoints &gt; api の値の後に %1 を付けたものに設定してください。</translation>
    </message>
    <message>
        <source>Set the URL to %1.</source>
        <translation>URL を %1 に設定してください。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>変更内容の確認</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check what will change, then choose Apply.</source>
        <translation>まだ何も書き込まれていません。変更内容を確認してから、「適用」を選択してください。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Destination or property</source>
        <translation>宛先またはプロパティ</translation>
    </message>
    <message>
        <source>Now in the subaccount</source>
        <translation>現在のサブアカウント</translation>
    </message>
    <message>
        <source>After applying</source>
        <translation>適用後</translation>
    </message>
    <message>
        <source>Changes to the subaccount</source>
        <translation>サブアカウントへの変更</translation>
    </message>
    <message>
        <source>Reading the destinations of &quot;%1&quot;…</source>
        <translation>「%1」の宛先を読み込んでいます…</translation>
    </message>
    <message>
        <source>Nothing was written. Choose &quot;Read again&quot; when the problem is solved.</source>
        <translation>何も書き込まれませんでした。問題が解決したら「再読み込み」を選択してください。</translation>
    </message>
    <message>
        <source>The subaccount already has a primary destination to the same system: %1. Two primary destinations to one system give every user each task twice. After applying, delete the old one in the SAP BTP cockpit (or set its tc.enabled to false).</source>
        <translation>サブアカウントには同じシステムへのプライマリ宛先がすでにあります: %1。1 つのシステムへのプライマリ宛先が 2 つあると、すべてのユーザーに各タスクが 2 回表示されます。適用後に、SAP BTP コックピットで古い宛先を削除してください (または、その tc.enabled を false に設定してください)。</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>will be created</source>
        <translation>作成されます</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>存在します</translation>
    </message>
    <message numerus="yes">
        <source>will be updated (%n change(s))</source>
        <translation>
            <numerusform>更新されます (%n 件の変更)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(削除済み)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged. Choose Apply to write them.</source>
        <translation>作成 %1 件、更新 %2 件、変更なし %3 件。書き込むには「適用」を選択してください。</translation>
    </message>
    <message>
        <source>To keep the existing destinations as they are, go Back to the primary destination step and choose another name.</source>
        <translation>既存の宛先をそのまま残すには、「戻る」でプライマリ宛先のステップに戻り、別の名前を選択してください。</translation>
    </message>
    <message>
        <source>The wizard compares the destinations with what &quot;%1&quot; holds now.</source>
        <translation>ウィザードは、宛先を「%1」の現在の内容と比較します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds the destinations exactly like this. Applying writes nothing.</source>
        <translation>「%1」にはすでにまったく同じ宛先があります。適用しても何も書き込まれません。</translation>
    </message>
    <message>
        <source>Applying replaces a connection to another system: %1. Whatever uses it today stops working. To keep it, go Back to the primary destination step and choose another name.</source>
        <translation>適用すると、別のシステムへの接続が置き換えられます: %1。現在それを使用しているものは機能しなくなります。残すには、「戻る」でプライマリ宛先のステップに戻り、別の名前を選択してください。</translation>
    </message>
    <message>
        <source>I mean to replace &amp;it with this setup</source>
        <translation>このセットアップで置き換えることを了承します(&amp;I)</translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation>設定済み (非表示)</translation>
    </message>
    <message>
        <source>changed (hidden)</source>
        <translation>変更済み (非表示)</translation>
    </message>
    <message>
        <source>Apply is possible once the subaccount has been read.</source>
        <translation>サブアカウントを読み込むと適用できるようになります。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Choose the key store file on this computer (go Back to its step) to apply.</source>
        <translation>適用するには、このコンピューター上のキーストアファイルを選択してください (「戻る」でそのステップに戻ります)。</translation>
    </message>
    <message>
        <source>Tick that you mean to replace what is named above to apply.</source>
        <translation>適用するには、上記のものを置き換えることを了承するチェックボックスにチェックを付けてください。</translation>
    </message>
    <message>
        <source>the key store %1 (also named by %2)</source>
        <translation>キーストア %1 (%2 でも指定されています)</translation>
    </message>
    <message>
        <source>Applying replaces %1 with the file you chose: those destinations then authenticate with its certificate. To keep the key store, give your file another name and choose it again.</source>
        <translation>適用すると、%1 が選択したファイルで置き換えられます: それらの宛先は以後、このファイルの証明書で認証します。既存のキーストアを残すには、ファイルに別の名前を付けて、もう一度選択してください。</translation>
    </message>
    <message>
        <source>Key store %1</source>
        <translation>キーストア %1</translation>
    </message>
    <message>
        <source>will be uploaded</source>
        <translation>アップロードされます</translation>
    </message>
    <message>
        <source>exists, another file</source>
        <translation>存在します (別のファイル)</translation>
    </message>
    <message>
        <source>will be replaced</source>
        <translation>置き換えられます</translation>
    </message>
    <message>
        <source>missing: nothing to upload</source>
        <translation>不足: アップロードするファイルがありません</translation>
    </message>
    <message>
        <source>File on this computer</source>
        <translation>このコンピューター上のファイル</translation>
    </message>
    <message>
        <source>Also named by</source>
        <translation>ほかに指定している宛先</translation>
    </message>
    <message>
        <source>Go Back to the key store&apos;s step and choose the file; nothing was written.</source>
        <translation>「戻る」でキーストアのステップに戻り、ファイルを選択してください。何も書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n key store(s) go to the subaccount&apos;s destination certificates first.</source>
        <translation>
            <numerusform>%n 個のキーストアが先にサブアカウントの宛先証明書に入ります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleValue</name>
    <message>
        <source>%1 of %2 still holds a sample value from a booster template.</source>
        <translation>%2 の %1 には、Booster テンプレートのサンプル値がまだ残っています。</translation>
    </message>
    <message>
        <source>%1 of %2 still holds the sample value &quot;%3&quot; from a booster template.</source>
        <translation>%2 の %1 には、Booster テンプレートのサンプル値「%3」がまだ残っています。</translation>
    </message>
    <message>
        <source>Enter the real value.</source>
        <translation>実際の値を入力してください。</translation>
    </message>
</context>
<context>
    <name>SandboxSubaccount</name>
    <message>
        <source>The demo landscape is missing from the program&apos;s resources.</source>
        <translation>プログラムのリソースにデモ用ランドスケープがありません。</translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s data folder %1.</source>
        <translation>サンドボックスのデータフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write into the sandbox&apos;s data folder %1.</source>
        <translation>サンドボックスのデータフォルダー %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s token signing key.</source>
        <translation>サンドボックスのトークン署名キーを作成できません。</translation>
    </message>
</context>
<context>
    <name>SandboxTrust</name>
    <message>
        <source>Cannot write the trust certificate into %1.</source>
        <translation>トラスト証明書を %1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>SecondaryMissing</name>
    <message>
        <source>%1 has no secondary destination %2, so users cannot act on their %3 tasks in SAP Task Center (principal propagation).</source>
        <translation>%1 にはセカンダリ宛先 %2 がないため、ユーザーは SAP Task Center で %3 のタスクを処理できません (プリンシパル伝播)。</translation>
    </message>
    <message>
        <source>Create %1 with the wizard (%2).</source>
        <translation>ウィザードで %1 を作成してください (%2)。</translation>
    </message>
</context>
<context>
    <name>SecondaryTcEnabled</name>
    <message>
        <source>%1 is a secondary destination (principal propagation) but carries tc.enabled: SAP Task Center would read it as another primary.</source>
        <translation>%1 はセカンダリ宛先 (プリンシパル伝播) ですが、tc.enabled が設定されています: SAP Task Center はこれを別のプライマリ宛先として読み込んでしまいます。</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1.</source>
        <translation>%1 から tc.enabled を削除してください。</translation>
    </message>
</context>
<context>
    <name>SecondaryWithoutPrimary</name>
    <message>
        <source>%1 is a secondary destination, but its primary destination %2 does not exist. SAP Task Center finds secondaries only by their primary&apos;s name.</source>
        <translation>%1 はセカンダリ宛先ですが、そのプライマリ宛先 %2 が存在しません。SAP Task Center は、セカンダリ宛先をプライマリ宛先の名前によってのみ検索します。</translation>
    </message>
    <message>
        <source>Rename it to &lt;primary name&gt;_PP of an existing primary, or create the primary %1.</source>
        <translation>既存のプライマリ宛先の &lt;プライマリ宛先の名前&gt;_PP に名前を変更するか、プライマリ宛先 %1 を作成してください。</translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>キーチェーンから %1 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Nothing is saved in the keychain for %1.</source>
        <translation>キーチェーンには %1 について何も保存されていません。</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (the system&apos;s secret storage is locked or not running).</source>
        <translation>このコンピューターで利用できるキーチェーンがありません (システムのシークレットストレージがロックされているか、実行されていません)。</translation>
    </message>
    <message>
        <source>The keychain did not answer. It may be waiting for you to unlock it in another window.</source>
        <translation>キーチェーンから応答がありませんでした。別のウィンドウでのロック解除を待っている可能性があります。</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>キーチェーンがエラーを報告しました。</translation>
    </message>
    <message>
        <source>You can continue: the secrets (keys, passwords) are then kept only until you close the program, and you enter them again next time. To keep them, unlock or start your desktop&apos;s keyring and restart the program.</source>
        <translation>続行できます: その場合、シークレット (キー、パスワード) はプログラムを閉じるまでしか保持されず、次回もう一度入力する必要があります。保持するには、デスクトップのキーリングのロックを解除するか起動してから、プログラムを再起動してください。</translation>
    </message>
    <message>
        <source>You can continue; the secrets (keys, passwords) are then kept only until you close the program.</source>
        <translation>続行できます。その場合、シークレット (キー、パスワード) はプログラムを閉じるまでしか保持されません。</translation>
    </message>
</context>
<context>
    <name>SecretsNotChecked</name>
    <message>
        <source>%1: %2 not checked, because %3 does not show secrets.</source>
        <translation>%1: %3 ではシークレットが表示されないため、%2 はチェックされていません。</translation>
    </message>
    <message>
        <source>Check the destination in the subaccount itself to have them tested.</source>
        <translation>これらもテストするには、サブアカウント内の宛先そのものをチェックしてください。</translation>
    </message>
</context>
<context>
    <name>ServiceDestinationTcEnabled</name>
    <message>
        <source>%1 is one of SAP Task Center&apos;s own destinations, not a task provider, but it carries tc.enabled.</source>
        <translation>%1 は SAP Task Center 自体の宛先の 1 つで、タスクプロバイダーではありませんが、tc.enabled が設定されています。</translation>
    </message>
    <message>
        <source>Remove tc.enabled from %1 in the SAP BTP cockpit.</source>
        <translation>SAP BTP コックピットで %1 から tc.enabled を削除してください。</translation>
    </message>
</context>
<context>
    <name>ServiceKey</name>
    <message>
        <source>The field %1 is missing. Copy the whole key again from the cockpit.</source>
        <translation>フィールド %1 がありません。コックピットからキー全体をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The field %1 is empty or not text. Copy the whole key again from the cockpit.</source>
        <translation>フィールド %1 が空か、テキストではありません。コックピットからキー全体をもう一度コピーしてください。</translation>
    </message>
</context>
<context>
    <name>ServiceKeyPage</name>
    <message>
        <source>&amp;Open service key file…</source>
        <translation>サービスキーファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Service keys (*.json *.txt);;All files (*)</source>
        <translation>サービスキー (*.json *.txt);;すべてのファイル (*)</translation>
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
        <translation>SAP Task Center のサービスキー</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choose the &lt;b&gt;SAP Task Center&lt;/b&gt; instance, and under &lt;b&gt;Service Keys&lt;/b&gt; open a key (create one if there is none). Download it, or copy its JSON text and paste it below.</source>
        <translation>SAP BTP コックピットで &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt; を開き、&lt;b&gt;SAP Task Center&lt;/b&gt; のインスタンスを選択して、&lt;b&gt;Service Keys&lt;/b&gt; でキーを開きます (ない場合は作成します)。キーをダウンロードするか、その JSON テキストをコピーして下に貼り付けてください。</translation>
    </message>
    <message>
        <source>Inbox REST URL:</source>
        <translation>受信トレイ REST URL:</translation>
    </message>
    <message>
        <source>Authentication URL (uaa.url):</source>
        <translation>認証 URL (uaa.url):</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>クライアントシークレット:</translation>
    </message>
    <message>
        <source>present (kept in the keychain, never in a file)</source>
        <translation>あり (ファイルではなくキーチェーンに保管)</translation>
    </message>
    <message>
        <source>The service key is complete.</source>
        <translation>サービスキーは完全です。</translation>
    </message>
    <message>
        <source>not needed for %1, so not kept</source>
        <translation>%1 には不要なため、保持されません</translation>
    </message>
</context>
<context>
    <name>ServiceKeyText</name>
    <message>
        <source>The service key is empty. In the SAP BTP cockpit, open the %1 instance, choose its service key and copy the whole JSON text.</source>
        <translation>サービスキーが空です。SAP BTP コックピットで %1 インスタンスを開き、そのサービスキーを選択して、JSON テキスト全体をコピーしてください。</translation>
    </message>
    <message>
        <source>The service key is cut off: its closing } is missing. Copy the whole key again, from the first { to the last }.</source>
        <translation>サービスキーが途中で切れています: 閉じ括弧 } がありません。最初の { から最後の } まで、キー全体をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This is not a service key: a service key is JSON text that starts with { and ends with }. Copy the whole key from the cockpit (Credentials &gt; JSON).</source>
        <translation>これはサービスキーではありません: サービスキーは { で始まり } で終わる JSON テキストです。コックピットからキー全体をコピーしてください (「Credentials &gt; JSON」)。</translation>
    </message>
    <message>
        <source>The service key is cut off: it ends before its last } (line %1, column %2). Copy the whole key again, from the first { to the last }.</source>
        <translation>サービスキーが途中で切れています: 最後の } より前で終わっています (%1 行目、%2 列目)。最初の { から最後の } まで、キー全体をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The service key has a mistake at line %1, column %2 (%3). Look there for a comma too many or missing, or a missing quote.</source>
        <translation>サービスキーの %1 行目、%2 列目に誤りがあります (%3)。その箇所で、カンマの過不足や引用符の不足がないか確認してください。</translation>
    </message>
</context>
<context>
    <name>SetupChecks</name>
    <message>
        <source>Open or paste the subaccount&apos;s trust certificate to continue.</source>
        <translation>続行するには、サブアカウントのトラスト証明書を開くか貼り付けてください。</translation>
    </message>
    <message>
        <source>Open or paste the SAP Task Center service key to continue.</source>
        <translation>続行するには、SAP Task Center のサービスキーを開くか貼り付けてください。</translation>
    </message>
    <message>
        <source>%1 of %2 still holds the template value &quot;%3&quot;.</source>
        <translation>%2 の %1 には、テンプレートの値「%3」がまだ残っています。</translation>
    </message>
    <message numerus="yes">
        <source>Tick each step once you have done it (%n left).</source>
        <translation>
            <numerusform>各ステップが完了したらチェックを付けてください (残り %n ステップ)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupFile</name>
    <message>
        <source>%1: not valid JSON (%2 at character %3).</source>
        <translation>%1: 有効な JSON ではありません (文字 %3 で %2)。</translation>
    </message>
    <message>
        <source>%1: a setup file is a JSON object ({...}).</source>
        <translation>%1: セットアップファイルは JSON オブジェクト ({...}) です。</translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; must be %2.</source>
        <translation>%1: &quot;format&quot; は %2 である必要があります。</translation>
    </message>
    <message>
        <source>%1: &quot;provider&quot;: %2</source>
        <translation>%1: &quot;provider&quot;: %2</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; must be an object.</source>
        <translation>%1: &quot;values&quot; はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; is not a value of %3.</source>
        <translation>%1: &quot;values.%2&quot; は %3 の値ではありません。</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; is a secret; secrets belong in a secrets file or the keychain, never in the setup file.</source>
        <translation>%1: &quot;values.%2&quot; はシークレットです。シークレットはシークレットファイルまたはキーチェーンに保管するもので、セットアップファイルには含めません。</translation>
    </message>
    <message>
        <source>%1: &quot;values.%2&quot; must be text.</source>
        <translation>%1: &quot;values.%2&quot; はテキストである必要があります。</translation>
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
        <translation>%1: &quot;properties.%2&quot;: %3 にはそのロールの宛先がありません。</translation>
    </message>
    <message>
        <source>%1: &quot;properties.%2.%3&quot; cannot be changed: SAP Task Center requires it as it is.</source>
        <translation>%1: &quot;properties.%2.%3&quot; は変更できません: SAP Task Center ではこの値がそのとおりに必要です。</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot;: %2 has only one way to set it up; leave &quot;path&quot; out.</source>
        <translation>%1: &quot;path&quot;: %2 のセットアップ方法は 1 つだけです。&quot;path&quot; は省略してください。</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot; must be one of %2.</source>
        <translation>%1: &quot;path&quot; は %2 のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>%1: &quot;checked&quot;: &quot;%2&quot; is not a checklist item of %3 (&quot;step/item&quot;).</source>
        <translation>%1: &quot;checked&quot;: 「%2」は %3 のチェックリスト項目ではありません (&quot;step/item&quot;)。</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; gives %2, which the way &quot;%3&quot; does not use, and no &quot;path&quot; chooses another way, so nothing of them would be written. Add %4.</source>
        <translation>%1: &quot;values&quot; で %2 が指定されていますが、方法「%3」ではこれらを使用せず、別の方法を選択する &quot;path&quot; もないため、これらは何も書き込まれません。%4 を追加してください。</translation>
    </message>
    <message>
        <source>the &quot;path&quot; that uses them</source>
        <translation>これらを使用する &quot;path&quot;</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>%1: &quot;serviceKey&quot; must be the service key&apos;s JSON object.</source>
        <translation>%1: &quot;serviceKey&quot; はサービスキーの JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>%1: &quot;serviceKey&quot;: %2</source>
        <translation>%1: &quot;serviceKey&quot;: %2</translation>
    </message>
    <message>
        <source>The service key file %1 that the setup names is not there any more. Open or paste the service key again.</source>
        <translation>セットアップで指定されているサービスキーファイル %1 はもう存在しません。サービスキーをもう一度開くか貼り付けてください。</translation>
    </message>
    <message>
        <source>%1: &quot;trustCertificate&quot; must be the certificate as PEM text: %2</source>
        <translation>%1: &quot;trustCertificate&quot; は PEM テキスト形式の証明書である必要があります: %2</translation>
    </message>
    <message>
        <source>The trust certificate file %1 that the setup names is not there any more. Open the certificate again, or get it from the subaccount.</source>
        <translation>セットアップで指定されているトラスト証明書ファイル %1 はもう存在しません。証明書をもう一度開くか、サブアカウントから取得してください。</translation>
    </message>
    <message>
        <source>%1: &quot;provider&quot; is missing: add the id of a task provider (taskcenter-connect providers lists them).</source>
        <translation>%1: &quot;provider&quot; がありません: タスクプロバイダーの ID を追加してください (taskcenter-connect providers で一覧を表示できます)。</translation>
    </message>
    <message>
        <source>%1: &quot;setupId&quot; names this setup&apos;s keychain entries: letters, digits and &quot;-&quot; (at most 64), as the wizard wrote it. Leave it as it is, or take it out.</source>
        <translation>%1: &quot;setupId&quot; は、このセットアップのキーチェーン エントリの名前です。英字、数字、&quot;-&quot;（64 文字以内）で、ウィザードが書いたとおりです。そのままにするか、削除してください。</translation>
    </message>
</context>
<context>
    <name>SetupFlow</name>
    <message>
        <source>step %1 of %2</source>
        <translation>ステップ %1/%2</translation>
    </message>
    <message>
        <source>subaccount %1</source>
        <translation>サブアカウント %1</translation>
    </message>
    <message>
        <source>The demo subaccount keeps no secrets.</source>
        <translation>デモ用サブアカウントはシークレットを保管しません。</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not give them back.</source>
        <translation>このコンピューターのキーチェーンから取得できませんでした。</translation>
    </message>
    <message>
        <source>The keychain holds none of these for this setup.</source>
        <translation>キーチェーンには、このセットアップのこれらの値が保存されていません。</translation>
    </message>
    <message>
        <source>Secrets (keys, client secrets, passwords) will be kept in this computer&apos;s keychain, never in a file.</source>
        <translation>シークレット (キー、クライアントシークレット、パスワード) は、ファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Secrets are not in it, and the demo subaccount keeps none: you enter them again when you continue.</source>
        <translation>シークレットは含まれていません。また、デモ用サブアカウントはシークレットを保管しないため、続行するときにもう一度入力します。</translation>
    </message>
    <message>
        <source>Secrets are not in it, and this computer has no keychain to keep them: you enter them again when you continue.</source>
        <translation>シークレットは含まれていません。また、このコンピューターにはシークレットを保管するキーチェーンがないため、続行するときにもう一度入力します。</translation>
    </message>
    <message>
        <source>Secrets are not in it; they are kept in this computer&apos;s keychain.</source>
        <translation>シークレットは含まれていません。シークレットは、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
</context>
<context>
    <name>SetupModel</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; hold the same value. Each has its own; copy each from its own place.</source>
        <translation>「%1」と「%2」に同じ値が入っています。それぞれ固有の値があるため、それぞれの場所からコピーしてください。</translation>
    </message>
</context>
<context>
    <name>SetupSecrets</name>
    <message>
        <source>The saved secrets were read from this computer&apos;s keychain.</source>
        <translation>保存済みのシークレットを、このコンピューターのキーチェーンから読み込みました。</translation>
    </message>
    <message>
        <source>The secrets are kept in this computer&apos;s keychain.</source>
        <translation>シークレットは、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Task Center Connect is open already; its window was brought to the front.</source>
        <translation>Task Center Connect はすでに開いています。そのウィンドウを前面に表示しました。</translation>
    </message>
    <message>
        <source>Task Center Connect is open already (process %1), but its window did not answer. Switch to it, or close it and start again.</source>
        <translation>Task Center Connect はすでに開いています (プロセス %1) が、そのウィンドウが応答しませんでした。そのウィンドウに切り替えるか、閉じてからもう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>SourceInput</name>
    <message>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>…or &amp;paste it here:</source>
        <translation>…またはここに貼り付け(&amp;P):</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>開いたファイル: %1</translation>
    </message>
    <message>
        <source>The pasted text was read; it is no longer shown.</source>
        <translation>貼り付けたテキストを読み込みました。このテキストは表示されなくなります。</translation>
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
        <translation>このファイルを確認してください。その他のファイルはチェックされました。</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Step %1 of %2, current: %3</source>
        <translation>ステップ %1/%2、現在: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2, done: %3</source>
        <translation>ステップ %1/%2、完了: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>SubaccountChoice</name>
    <message>
        <source>The demo subaccount runs on this computer only. It already holds a few task providers, some set up correctly and some with common mistakes. Nothing you do here reaches SAP BTP.</source>
        <translation>デモ用サブアカウントは、このコンピューター上でのみ実行されます。すでにいくつかのタスクプロバイダーが含まれており、正しくセットアップされたものと、よくある誤りを含むものがあります。ここで行う操作が SAP BTP に届くことはありません。</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>キーチェーンからクライアントシークレットを読み込んでいます…</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; is not in this computer&apos;s keychain. Add the subaccount again with its Destination service key.</source>
        <translation>「%1」のクライアントシークレットが、このコンピューターのキーチェーンにありません。Destination サービスのサービスキーを使用して、サブアカウントをもう一度追加してください。</translation>
    </message>
    <message>
        <source>The destinations will be written into &quot;%1&quot;.</source>
        <translation>宛先は「%1」に書き込まれます。</translation>
    </message>
    <message>
        <source>Wait until the current check has finished.</source>
        <translation>現在のチェックが終了するまでお待ちください。</translation>
    </message>
    <message>
        <source>Open the Destination service key file, or paste the key&apos;s text into the box.</source>
        <translation>Destination サービスのサービスキーファイルを開くか、キーのテキストをボックスに貼り付けてください。</translation>
    </message>
    <message>
        <source>Asking the subaccount for a token with this key…</source>
        <translation>このキーを使用して、サブアカウントにトークンを要求しています…</translation>
    </message>
    <message>
        <source>The key works. No keychain is available, so &quot;%1&quot; is used until you close the wizard and not saved.</source>
        <translation>キーは機能しています。キーチェーンを使用できないため、「%1」はウィザードを閉じるまで使用され、保存されません。</translation>
    </message>
    <message>
        <source>The key works. Saving it in the keychain…</source>
        <translation>キーは機能しています。キーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>The key works, but it could not be saved: %1 &quot;%2&quot; is used until you close the wizard.</source>
        <translation>キーは機能していますが、保存できませんでした: %1 「%2」はウィザードを閉じるまで使用されます。</translation>
    </message>
    <message>
        <source>The key works. &quot;%1&quot; is saved; its client secret is in this computer&apos;s keychain.</source>
        <translation>キーは機能しています。「%1」を保存しました。そのクライアントシークレットは、このコンピューターのキーチェーンにあります。</translation>
    </message>
</context>
<context>
    <name>SubaccountConnection</name>
    <message>
        <source>Demo subaccount</source>
        <translation>デモ用サブアカウント</translation>
    </message>
    <message>
        <source>This program was built without the demo subaccount.</source>
        <translation>このプログラムは、デモ用サブアカウントなしでビルドされています。</translation>
    </message>
</context>
<context>
    <name>SubaccountPage</name>
    <message>
        <source>Into a s&amp;ubaccount, over the Destination service:</source>
        <translation>Destination サービス経由でサブアカウントに書き込む(&amp;U):</translation>
    </message>
    <message>
        <source>Into the &amp;demo subaccount on this computer (for demos and trying it out)</source>
        <translation>このコンピューター上のデモ用サブアカウントに書き込む (デモやお試し用)(&amp;D)</translation>
    </message>
    <message>
        <source>Only into &amp;files, to import in the SAP BTP cockpit</source>
        <translation>ファイルのみに書き出し、SAP BTP コックピットでインポートする(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add subaccount…</source>
        <translation>サブアカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open service key file…</source>
        <translation>サービスキーファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Service keys (*.json *.txt);;All files (*)</source>
        <translation>サービスキー (*.json *.txt);;すべてのファイル (*)</translation>
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
        <translation>テストして保存(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>テストをキャンセル</translation>
    </message>
    <message>
        <source>Where the destinations go</source>
        <translation>宛先の書き込み先</translation>
    </message>
    <message>
        <source>Saved subaccount</source>
        <translation>保存済みのサブアカウント</translation>
    </message>
    <message>
        <source>Forget this subaccount and its client secret on this computer</source>
        <translation>このコンピューター上のこのサブアカウントとそのクライアントシークレットを削除します</translation>
    </message>
    <message>
        <source>e.g. Production EU10</source>
        <translation>例: 本番 EU10</translation>
    </message>
    <message>
        <source>You need a key of the subaccount&apos;s &lt;b&gt;Destination service&lt;/b&gt; instance: in the SAP BTP cockpit open &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt;, choose the &lt;b&gt;Destination&lt;/b&gt; instance (plan &lt;i&gt;lite&lt;/i&gt;; create one if there is none) and open or create a key under &lt;b&gt;Service Keys&lt;/b&gt;. Open the downloaded file or paste its text.</source>
        <translation>サブアカウントの &lt;b&gt;Destination サービス&lt;/b&gt;インスタンスのキーが必要です: SAP BTP コックピットで &lt;b&gt;Services &amp;gt; Instances and Subscriptions&lt;/b&gt; を開き、&lt;b&gt;Destination&lt;/b&gt; インスタンス (プラン &lt;i&gt;lite&lt;/i&gt;。ない場合は作成します) を選択して、&lt;b&gt;Service Keys&lt;/b&gt; でキーを開くか作成します。ダウンロードしたファイルを開くか、そのテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>Remove subaccount</source>
        <translation>サブアカウントを削除</translation>
    </message>
    <message>
        <source>Forget the subaccount &quot;%1&quot; on this computer? Its destinations stay as they are.</source>
        <translation>このコンピューターからサブアカウント「%1」を削除しますか? その宛先はそのまま残ります。</translation>
    </message>
    <message>
        <source>No subaccount saved yet: add one</source>
        <translation>保存済みのサブアカウントはまだありません: 追加してください</translation>
    </message>
    <message>
        <source>The demo subaccount could not be started. Choose a subaccount or files instead.</source>
        <translation>デモ用サブアカウントを開始できませんでした。代わりにサブアカウントまたはファイルを選択してください。</translation>
    </message>
    <message>
        <source>The key looks right. Choose &quot;Test and save&quot; to check it with the subaccount.</source>
        <translation>キーは正しいようです。サブアカウントで確認するには「テストして保存」を選択してください。</translation>
    </message>
    <message>
        <source>The wizard can write the destinations straight into your SAP BTP subaccount, or into files that you import in the cockpit.</source>
        <translation>ウィザードは、宛先を SAP BTP サブアカウントに直接書き込むか、コックピットでインポートするファイルに書き出すことができます。</translation>
    </message>
    <message>
        <source>Wait until the subaccount has answered.</source>
        <translation>サブアカウントの応答をお待ちください。</translation>
    </message>
    <message>
        <source>Add a subaccount with its Destination service key to continue, or choose the demo subaccount or files.</source>
        <translation>続行するには、Destination サービスのサービスキーを指定してサブアカウントを追加するか、デモ用サブアカウントまたはファイルを選択してください。</translation>
    </message>
    <message>
        <source>Choose a saved subaccount to continue.</source>
        <translation>続行するには、保存済みのサブアカウントを選択してください。</translation>
    </message>
    <message>
        <source>Choose where the destinations go to continue.</source>
        <translation>続行するには、宛先の書き込み先を選択してください。</translation>
    </message>
</context>
<context>
    <name>SubaccountProfiles</name>
    <message>
        <source>Give the subaccount a name you will recognise, e.g. &quot;Production EU10&quot;.</source>
        <translation>サブアカウントに識別しやすい名前を付けてください (例: 「本番 EU10」)。</translation>
    </message>
    <message>
        <source>A subaccount named &quot;%1&quot; already exists. Choose another name, or pick the existing one.</source>
        <translation>「%1」という名前のサブアカウントはすでに存在します。別の名前を選択するか、既存のサブアカウントを選択してください。</translation>
    </message>
</context>
<context>
    <name>SystemUserDeprecated</name>
    <message>
        <source>%1 uses SystemUser. SAP announced in the Destination service&apos;s documentation (note of 2026-03-18) that SystemUser would be removed by the end of September 2026; SAP Task Center&apos;s guide for %2 still lists it for the primary destination.</source>
        <translation>%1 は SystemUser を使用しています。SAP は Destination サービスのドキュメント (2026 年 3 月 18 日付の注記) で、SystemUser を 2026 年 9 月末までに削除すると告知しましたが、SAP Task Center の %2 用ガイドには、プライマリ宛先用として現在も記載されています。</translation>
    </message>
    <message>
        <source>Test the connection. A token error &quot;Cannot determine user to propagate&quot; means this subaccount no longer honours SystemUser: check SAP Task Center&apos;s guide for %1 for what replaces it. Other token errors point elsewhere: the certificate the provider holds must be the subaccount&apos;s current one, and the technical user must exist in %1.</source>
        <translation>接続をテストしてください。トークンエラー「Cannot determine user to propagate」は、このサブアカウントが SystemUser を受け付けなくなったことを意味します: 代わりに何を使用するかは、SAP Task Center の %1 用ガイドで確認してください。その他のトークンエラーは別の原因によるものです: プロバイダーが保持している証明書がサブアカウントの現在の証明書であること、および技術ユーザーが %1 に存在することが必要です。</translation>
    </message>
</context>
<context>
    <name>TaskCenterServiceKey</name>
    <message>
        <source>This is the key of a Destination service instance, not of SAP Task Center. Open the SAP Task Center instance (service one-inbox-service) and use its service key.</source>
        <translation>これは SAP Task Center ではなく、Destination サービスのインスタンスのキーです。SAP Task Center のインスタンス (サービス one-inbox-service) を開き、そのサービスキーを使用してください。</translation>
    </message>
    <message>
        <source>The field uaa is missing, so this is not an SAP Task Center service key. Use the key of the SAP Task Center instance (service one-inbox-service).</source>
        <translation>uaa フィールドがないため、これは SAP Task Center のサービスキーではありません。SAP Task Center のインスタンス (サービス one-inbox-service) のキーを使用してください。</translation>
    </message>
    <message>
        <source>The field endpoints.inbox_rest_url is missing. This key may belong to another service; use the key of the SAP Task Center instance (service one-inbox-service).</source>
        <translation>endpoints.inbox_rest_url フィールドがありません。このキーは別のサービスのものである可能性があります。SAP Task Center のインスタンス (サービス one-inbox-service) のキーを使用してください。</translation>
    </message>
    <message>
        <source>The field uaa.clientsecret is missing: this key uses an X.509 certificate instead. Create a service key without the x509 parameter, so it has a client secret.</source>
        <translation>uaa.clientsecret フィールドがありません: このキーは代わりに X.509 証明書を使用しています。クライアントシークレットを含むよう、x509 パラメーターなしでサービスキーを作成してください。</translation>
    </message>
    <message>
        <source>The field uaa.clientsecret is missing. Copy the whole key again from the cockpit.</source>
        <translation>uaa.clientsecret フィールドがありません。コックピットからキー全体をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The field %1 is not an https:// address (&quot;%2&quot;). Copy the whole key again from the cockpit.</source>
        <translation>フィールド %1 が https:// アドレスではありません (「%2」)。コックピットからキー全体をもう一度コピーしてください。</translation>
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
        <translation>%1 は一時停止中です (tc.enabled が false): タスクは非表示になり、更新されません。SAP Task Center は、1 時間トークンを取得できないと、自動的にこの値を false に設定します。</translation>
    </message>
    <message>
        <source>Fix its authentication first (Test connection), then set tc.enabled to true.</source>
        <translation>まず認証を修正し (「接続をテスト」)、その後 tc.enabled を true に設定してください。</translation>
    </message>
</context>
<context>
    <name>TcEnabledMissing</name>
    <message>
        <source>%1 has no tc.enabled property, so SAP Task Center does not read its tasks (booster samples lack it).</source>
        <translation>%1 には tc.enabled プロパティがないため、SAP Task Center はそのタスクを読み込みません (Booster のサンプルにはこのプロパティがありません)。</translation>
    </message>
    <message>
        <source>Add the property tc.enabled with the value true.</source>
        <translation>値 true のプロパティ tc.enabled を追加してください。</translation>
    </message>
</context>
<context>
    <name>TcEnabledValue</name>
    <message>
        <source>tc.enabled of %1 is &quot;%2&quot;; SAP Task Center accepts only true (or false to pause), and puts the connector in Warning otherwise.</source>
        <translation>%1 の tc.enabled は「%2」です。SAP Task Center が受け付けるのは true (一時停止する場合は false) のみで、それ以外の場合はコネクターを Warning 状態にします。</translation>
    </message>
    <message>
        <source>Set tc.enabled to exactly true (lower case).</source>
        <translation>tc.enabled を正確に true (小文字) に設定してください。</translation>
    </message>
</context>
<context>
    <name>TokenChecks</name>
    <message>
        <source>The token of %1 could not be tested: %2</source>
        <translation>%1 のトークンをテストできませんでした: %2</translation>
    </message>
    <message>
        <source>Check again when the subaccount answers.</source>
        <translation>サブアカウントが応答するようになったら、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>This subaccount no longer honours SystemUser (the Destination service announced its removal by end of September 2026). Follow SAP Task Center&apos;s current guide for technical-user access.</source>
        <translation>このサブアカウントは SystemUser を受け付けなくなりました (Destination サービスは 2026 年 9 月末までの削除を告知していました)。技術ユーザーによるアクセスについては、SAP Task Center の最新のガイドに従ってください。</translation>
    </message>
    <message>
        <source>One more thing to try, not confirmed by SAP for this provider: the Destination service encodes SAML assertions as base64url since June 2026; the property samlAssertionEncoding=base64 restores the former encoding.</source>
        <translation>SAP がこのプロバイダーについて確認していない、もう 1 つの試行方法: Destination サービスは 2026 年 6 月から SAML アサーションを base64url でエンコードしています。プロパティ samlAssertionEncoding=base64 を設定すると、以前のエンコードに戻ります。</translation>
    </message>
    <message>
        <source>The Destination service could not fetch a token with %1: %2</source>
        <translation>Destination サービスは %1 でトークンを取得できませんでした: %2</translation>
    </message>
    <message>
        <source>Check the destination&apos;s credentials in the provider.</source>
        <translation>プロバイダー側で宛先の資格情報を確認してください。</translation>
    </message>
</context>
<context>
    <name>TrustCertificate</name>
    <message>
        <source>Export the trust certificate from the SAP BTP cockpit: Connectivity &gt; Destination Trust &gt; Export.</source>
        <translation>SAP BTP コックピットからトラスト証明書をエクスポートしてください: 「Connectivity &gt; Destination Trust &gt; Export」。</translation>
    </message>
    <message>
        <source>The certificate is empty. %1</source>
        <translation>証明書が空です。%1</translation>
    </message>
    <message>
        <source>This holds a private key, not a certificate. Never share a private key. %1</source>
        <translation>これは証明書ではなく秘密鍵です。秘密鍵は絶対に共有しないでください。%1</translation>
    </message>
    <message>
        <source>The certificate is cut off: its END CERTIFICATE line is missing. Copy or export it again, completely.</source>
        <translation>証明書が途中で切れています: END CERTIFICATE 行がありません。もう一度、全体をコピーまたはエクスポートしてください。</translation>
    </message>
    <message>
        <source>This is a different kind of file (a public key or a certificate request), not the trust certificate. %1</source>
        <translation>これはトラスト証明書ではなく、別の種類のファイル (公開鍵または証明書要求) です。%1</translation>
    </message>
    <message>
        <source>This is not a certificate. %1</source>
        <translation>これは証明書ではありません。%1</translation>
    </message>
    <message>
        <source>The certificate is incomplete: part of it is missing. Copy or export it again, completely.</source>
        <translation>証明書が不完全です: 一部が欠けています。もう一度、全体をコピーまたはエクスポートしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The certificate is valid for %n more day(s).</source>
        <translation>
            <numerusform>証明書の有効期間はあと %n 日です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1. Renew it soon in the SAP BTP cockpit (Connectivity &gt; Destination Trust &gt; Rotate, so nothing stops), then update it in every task provider; until then tasks keep working.</source>
        <translation>
            <numerusform>証明書は %n 日後の %1 に期限切れになります。早めに SAP BTP コックピットで更新し (処理が停止しないよう「Connectivity &gt; Destination Trust &gt; Rotate」を使用)、その後すべてのタスクプロバイダーで証明書を更新してください。それまでは、タスクは引き続き機能します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate expired on %1. SAP Task Center cannot read or update tasks with it. Renew it in the SAP BTP cockpit (Connectivity &gt; Destination Trust), export the new one and open it here.</source>
        <translation>証明書は %1 に期限切れになりました。SAP Task Center はこの証明書ではタスクを読み込むことも更新することもできません。SAP BTP コックピット (「Connectivity &gt; Destination Trust」) で更新し、新しい証明書をエクスポートしてここで開いてください。</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1. Check the date and time of this computer, or export the active certificate again.</source>
        <translation>証明書は %1 より前には有効ではありません。このコンピューターの日付と時刻を確認するか、アクティブな証明書をもう一度エクスポートしてください。</translation>
    </message>
</context>
<context>
    <name>TrustCertificatePage</name>
    <message>
        <source>&amp;Open certificate file…</source>
        <translation>証明書ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer *.der);;すべてのファイル (*)</translation>
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
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>Trust certificate of your subaccount</source>
        <translation>サブアカウントのトラスト証明書</translation>
    </message>
    <message>
        <source>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose &lt;b&gt;Connectivity &amp;gt; Destination Trust&lt;/b&gt; and &lt;b&gt;Export&lt;/b&gt; the active certificate. (Older guides call this &lt;i&gt;Destinations &amp;gt; Download Trust&lt;/i&gt;; SAP moved it in November 2025.)</source>
        <translation>SAP BTP コックピットで、SAP Task Center が実行されているサブアカウントを開き、&lt;b&gt;Connectivity &amp;gt; Destination Trust&lt;/b&gt; を選択して、アクティブな証明書を &lt;b&gt;Export&lt;/b&gt; でエクスポートします (以前のガイドでは &lt;i&gt;Destinations &amp;gt; Download Trust&lt;/i&gt; と記載されています。SAP は 2025 年 11 月にこの機能を移動しました)。</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有効期間の開始:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有効期間の終了:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>残り日数:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>%n 日前に期限切れ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Get it from the subaccount</source>
        <translation>サブアカウントから取得(&amp;G)</translation>
    </message>
    <message>
        <source>Read the active trust certificate of &quot;%1&quot;</source>
        <translation>「%1」のアクティブなトラスト証明書を読み込みます</translation>
    </message>
    <message>
        <source>Reading the trust certificate of &quot;%1&quot;…</source>
        <translation>「%1」のトラスト証明書を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>読み込みをキャンセル</translation>
    </message>
    <message>
        <source>Reading the certificate was cancelled.</source>
        <translation>証明書の読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>This is not the current trust certificate of &quot;%1&quot; (its SHA-256 is %2). A provider given this one holds a certificate the subaccount does not sign with, and its tokens fail. Choose &quot;Get it from the subaccount&quot; to use the current one.</source>
        <translation>これは「%1」の現在のトラスト証明書ではありません (現在の証明書の SHA-256 は %2 です)。この証明書を登録したプロバイダーは、サブアカウントが署名に使用しない証明書を保持することになり、トークンの取得に失敗します。現在の証明書を使用するには、「サブアカウントから取得」を選択してください。</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>有効期間の開始: %1</translation>
    </message>
    <message>
        <source>Valid until %1, %2 left</source>
        <extracomment>%1 is a date, %2 a number of days (&quot;412 days&quot;)</extracomment>
        <translation>有効期間の終了: %1、残り %2</translation>
    </message>
    <message>
        <source>Valid until %1, %2</source>
        <translation>有効期間の終了: %1、%2</translation>
    </message>
    <message>
        <source>Read from the subaccount &quot;%1&quot;.</source>
        <translation>サブアカウント「%1」から読み込みました。</translation>
    </message>
</context>
<context>
    <name>TrustExpired</name>
    <message>
        <source>Task updates stop for %1.</source>
        <translation>%1 のタスク更新が停止します。</translation>
    </message>
    <message>
        <source>Renew the certificate under Connectivity &gt; Destination Trust, then give the new one to %1.</source>
        <translation>「Connectivity &gt; Destination Trust」で証明書を更新してから、新しい証明書を %1 に登録してください。</translation>
    </message>
</context>
<context>
    <name>TrustExpiring</name>
    <message>
        <source>These need the new certificate: %1.</source>
        <translation>これらには新しい証明書が必要です: %1。</translation>
    </message>
    <message>
        <source>Rotate rather than renew: generate a passive certificate under Connectivity &gt; Destination Trust, give it to %1, then rotate. Renewing the active one stops task updates until every provider has it.</source>
        <translation>更新ではなくローテーションを行ってください: 「Connectivity &gt; Destination Trust」でパッシブ証明書を生成し、%1 に登録してから、ローテーションします。アクティブな証明書を更新すると、すべてのプロバイダーに新しい証明書が登録されるまでタスクの更新が停止します。</translation>
    </message>
</context>
<context>
    <name>TrustMismatch</name>
    <message>
        <source>The certificate the provider holds (SHA-256 %1) is not the subaccount&apos;s current trust certificate (SHA-256 %2), so the provider rejects the subaccount&apos;s assertions. This is what happens when the subaccount&apos;s certificate was renewed.</source>
        <translation>プロバイダーが保持している証明書 (SHA-256 %1) は、サブアカウントの現在のトラスト証明書 (SHA-256 %2) ではないため、プロバイダーはサブアカウントのアサーションを拒否します。これは、サブアカウントの証明書が更新された場合に起こります。</translation>
    </message>
    <message>
        <source>Export the current certificate under Connectivity &gt; Destination Trust and give it to the provider again, where its guide says to upload it.</source>
        <translation>「Connectivity &gt; Destination Trust」で現在の証明書をエクスポートし、プロバイダーのガイドでアップロード先として記載されている場所で、プロバイダーに再度登録してください。</translation>
    </message>
</context>
<context>
    <name>TrustNotCompared</name>
    <message>
        <source>The certificate the provider holds was not compared: the subaccount&apos;s current trust certificate could not be read.</source>
        <translation>プロバイダーが保持している証明書は比較されませんでした: サブアカウントの現在のトラスト証明書を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Check that the subaccount has a trust certificate (Connectivity &gt; Destination Trust), then check again.</source>
        <translation>サブアカウントにトラスト証明書があるかどうか (「Connectivity &gt; Destination Trust」) を確認してから、もう一度チェックしてください。</translation>
    </message>
</context>
<context>
    <name>TrustRotation</name>
    <message>
        <source>Asking for a token with each destination, signed with the new certificate</source>
        <translation>新しい証明書で署名して、各宛先でトークンを要求しています</translation>
    </message>
    <message>
        <source>Rotating back: a provider does not accept the new certificate yet</source>
        <translation>元に戻しています: 新しい証明書をまだ受け入れていないプロバイダーがあります</translation>
    </message>
</context>
<context>
    <name>TrustRules</name>
    <message>
        <source>every task provider that trusts this subaccount</source>
        <translation>このサブアカウントを信頼しているすべてのタスクプロバイダー</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <source>Fix: %1</source>
        <translation>修正方法: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ソース: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) checked: </source>
        <translation>
            <numerusform>%n 件の宛先をチェックしました: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <translation>エラー %1 件、警告 %2 件、注記 %3 件。</translation>
    </message>
    <message>
        <source>SAP Task Center configuration check</source>
        <translation>SAP Task Center 構成チェック</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>チェック日時: %1。</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>構成全体</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>Subaccount</source>
        <translation>サブアカウント</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Authentication types</source>
        <translation>認証タイプ</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>トラスト証明書</translation>
    </message>
    <message>
        <source>valid until %1 (SHA-256 %2)</source>
        <translation>有効期限 %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Task Center&apos;s own destinations</source>
        <translation>Task Center 自体の宛先</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>ランドスケープ</translation>
    </message>
    <message>
        <source>No task provider destinations were found.</source>
        <translation>タスクプロバイダーの宛先は見つかりませんでした。</translation>
    </message>
    <message>
        <source>SAP Task Center</source>
        <translation>SAP Task Center</translation>
    </message>
    <message>
        <source>reads the tasks through each primary destination; users act on them through its secondary destination</source>
        <translation>各プライマリ宛先を通じてタスクを読み込みます。ユーザーは、そのセカンダリ宛先を通じてタスクを処理します</translation>
    </message>
    <message>
        <source>Primary destination</source>
        <translation>プライマリ宛先</translation>
    </message>
    <message>
        <source>Secondary destination</source>
        <translation>セカンダリ宛先</translation>
    </message>
    <message>
        <source>Backend system</source>
        <translation>バックエンドシステム</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <source>The PDF could not be written: the file is not open for writing.</source>
        <translation>PDF を書き込めませんでした: ファイルが書き込み用に開かれていません。</translation>
    </message>
    <message>
        <source>The PDF could not be written: this program was started without its fonts.</source>
        <translation>PDF を書き込めませんでした: このプログラムはフォントなしで起動されています。</translation>
    </message>
    <message>
        <source>Subaccount ID</source>
        <translation>サブアカウント ID</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (%2 内)</translation>
    </message>
    <message>
        <source>open the page</source>
        <translation>ページを開く</translation>
    </message>
</context>
<context>
    <name>ValueDerivation</name>
    <message>
        <source>&quot;take&quot; has a &quot;match&quot; that is not a valid regular expression with a &quot;value&quot;.</source>
        <translation>&quot;take&quot; の &quot;match&quot; が、&quot;value&quot; 付きの有効な正規表現ではありません。</translation>
    </message>
    <message>
        <source>&quot;take&quot; is &quot;%1&quot;; it takes &quot;origin&quot;, &quot;query:&lt;name&gt;&quot; or {&quot;match&quot;, &quot;value&quot;}.</source>
        <translation>&quot;take&quot; が「%1」になっています。指定できるのは &quot;origin&quot;、&quot;query:&lt;name&gt;&quot;、または {&quot;match&quot;, &quot;value&quot;} です。</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>%1 (derived):</source>
        <translation>%1 (派生値):</translation>
    </message>
    <message>
        <source>(appears when the value above is complete)</source>
        <translation>(上の値が完成すると表示されます)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Continue a saved setup…</source>
        <translation>保存済みのセットアップを続行(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a setup file saved with &quot;Save progress&quot;</source>
        <translation>「進行状況を保存」で保存したセットアップファイルを開きます</translation>
    </message>
    <message>
        <source>Use the &amp;demo subaccount</source>
        <translation>デモ用サブアカウントを使用(&amp;D)</translation>
    </message>
    <message>
        <source>Try the whole setup against a subaccount simulated on this computer: nothing reaches SAP BTP</source>
        <translation>このコンピューター上でシミュレートされたサブアカウントに対して、セットアップ全体を試します: SAP BTP には何も送信されません</translation>
    </message>
    <message>
        <source>Connect a task provider to SAP Task Center</source>
        <translation>タスクプロバイダーを SAP Task Center に接続</translation>
    </message>
    <message>
        <source>This wizard walks you through SAP&apos;s documented steps and writes the destinations they need.</source>
        <translation>このウィザードでは、SAP のドキュメントに記載された手順を順に実行し、必要な宛先を書き込みます。</translation>
    </message>
    <message>
        <source>&amp;Task provider:</source>
        <translation>タスクプロバイダー(&amp;T):</translation>
    </message>
    <message>
        <source>Check an e&amp;xisting configuration…</source>
        <translation>既存の構成をチェック(&amp;X)…</translation>
    </message>
    <message>
        <source>Check destinations that exist already, in a subaccount or in exported files, and see what is wrong and how to fix it</source>
        <translation>サブアカウントまたはエクスポートしたファイルにある既存の宛先をチェックし、問題点と修正方法を確認します</translation>
    </message>
    <message>
        <source>C&amp;ontinue where you left off (%1)</source>
        <translation>中断した箇所から続行(&amp;O) (%1)</translation>
    </message>
    <message>
        <source>The setup you were working on when the wizard was last closed</source>
        <translation>前回ウィザードを閉じたときに作業していたセットアップ</translation>
    </message>
    <message>
        <source>&amp;Restart in this language</source>
        <translation>この言語で再起動(&amp;R)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語 (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The wizard speaks %1 from its next start. Restart now to see it at once; the setup so far is kept.</source>
        <translation>次回の起動からウィザードは %1 で表示されます。すぐに切り替えるには今すぐ再起動してください。ここまでの設定は保持されます。</translation>
    </message>
    <message>
        <source>You will set up these destinations in the subaccount where SAP Task Center runs:</source>
        <translation>SAP Task Center が実行されているサブアカウントに、次の宛先をセットアップします:</translation>
    </message>
    <message>
        <source>Have at hand:</source>
        <translation>次のものを用意してください:</translation>
    </message>
    <message>
        <source>SAP&apos;s guides for these steps:</source>
        <translation>これらの手順に関する SAP のガイド:</translation>
    </message>
    <message>
        <source>access to the SAP BTP cockpit of the subaccount where SAP Task Center runs,</source>
        <translation>SAP Task Center が実行されているサブアカウントの SAP BTP コックピットへのアクセス</translation>
    </message>
    <message>
        <source>administrator access to %1.</source>
        <translation>%1 への管理者アクセス</translation>
    </message>
    <message>
        <source>No browser could be opened. SAP&apos;s guide is at %1</source>
        <translation>ブラウザーを開けませんでした。SAP のガイドは次の場所にあります: %1</translation>
    </message>
</context>
<context>
    <name>WizardApplication</name>
    <message>
        <source>Task Center Connect wizard</source>
        <translation>Task Center Connect ウィザード</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de or en.</source>
        <translation>ウィンドウの言語 (例: de、en)。</translation>
    </message>
    <message>
        <source>Continue the setup saved in FILE.</source>
        <translation>FILE に保存されたセットアップを続行します。</translation>
    </message>
    <message>
        <source>The wizard needs a screen, and this session has none (no DISPLAY or WAYLAND_DISPLAY). Start it on a desktop or with ssh -X, or use the commands that need no window: taskcenter-connect --help</source>
        <translation>ウィザードには画面が必要ですが、このセッションには画面がありません (DISPLAY も WAYLAND_DISPLAY もありません)。デスクトップ上または ssh -X で起動するか、ウィンドウを必要としないコマンドを使用してください: taskcenter-connect --help</translation>
    </message>
    <message>
        <source>Run &apos;taskcenter-connect --help&apos; for the options.</source>
        <translation>オプションについては &apos;taskcenter-connect --help&apos; を実行してください。</translation>
    </message>
</context>
</TS>
