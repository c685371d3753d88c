<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ArmClient</name>
    <message>
        <source>%1: the connection was closed.</source>
        <translation>%1: de verbinding is gesloten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AuthPage</name>
    <message>
        <source>account SAS</source>
        <translation>account-SAS</translation>
    </message>
    <message>
        <source>service SAS</source>
        <translation>service-SAS</translation>
    </message>
    <message>
        <source>user delegation SAS</source>
        <translation>SAS met gebruikersdelegering</translation>
    </message>
    <message>
        <source>SAS</source>
        <translation>SAS</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, expires %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, verloopt %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Machtigingen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Resource types: %1</source>
        <translation>Resourcetypen: %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services: %1</translation>
    </message>
    <message>
        <source>This SAS is for the %1 service only (ss); it does not grant access to the %2 service this datastore uses, which will refuse it.</source>
        <translation>Dit SAS-token geldt alleen voor de %1-service (ss); het geeft geen toegang tot de %2-service die dit gegevensarchief gebruikt, en die zal het weigeren.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <source>Authentication kind</source>
        <translation>Soort verificatie</translation>
    </message>
    <message>
        <source>&amp;Authentication *</source>
        <translation>&amp;Verificatie *</translation>
    </message>
    <message>
        <source>To continue: %1</source>
        <translation>Om verder te gaan: %1</translation>
    </message>
    <message>
        <source>How Datastore Studio signs in to the %1. Secrets are kept only in your system keychain.</source>
        <translation>Hoe Datastore Studio zich aanmeldt bij de %1. Geheimen worden alleen in de sleutelbos van uw systeem bewaard.</translation>
    </message>
</context>
<context>
    <name>AzureCliSession</name>
    <message>
        <source>The Azure CLI&apos;s token cache in %1 is encrypted (msal_token_cache.bin); the studio cannot read it.</source>
        <translation>De tokencache van de Azure CLI in %1 is versleuteld (msal_token_cache.bin); de studio kan die niet lezen.</translation>
    </message>
    <message>
        <source>The Azure CLI keeps its tokens in the system keyring (msal_token_cache.sig); the studio cannot read them.</source>
        <translation>De Azure CLI bewaart de tokens in de sleutelbos van het systeem (msal_token_cache.sig); de studio kan ze niet lezen.</translation>
    </message>
    <message>
        <source>There is no Azure CLI session in %1: run &apos;az login&apos; first.</source>
        <translation>Er is geen sessie van de Azure CLI in %1: voer eerst &apos;az login&apos; uit.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s files in %1 cannot be read.</source>
        <translation>De bestanden van de Azure CLI in %1 kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>the Azure CLI session of %1</source>
        <translation>de sessie van de Azure CLI van %1</translation>
    </message>
    <message>
        <source>Run &apos;az login&apos; again.</source>
        <translation>Voer &apos;az login&apos; opnieuw uit.</translation>
    </message>
</context>
<context>
    <name>AzureMlDirectory</name>
    <message>
        <source>Listing the subscriptions you can see</source>
        <translation>De abonnementen opsommen die u kunt zien</translation>
    </message>
    <message>
        <source>Listing the Azure ML workspaces of subscription %1</source>
        <translation>De Azure ML-werkruimten van abonnement %1 opsommen</translation>
    </message>
    <message>
        <source>%1: the answer is not the JSON ARM sends.</source>
        <translation>%1: het antwoord is niet de JSON die ARM stuurt.</translation>
    </message>
    <message>
        <source>%1: the next page is at another address; the token is not sent there.</source>
        <translation>%1: de volgende pagina staat op een ander adres; het token wordt daar niet naartoe gestuurd.</translation>
    </message>
</context>
<context>
    <name>AzureMlMapping</name>
    <message>
        <source>The workspace&apos;s answer could not be read: %1.</source>
        <translation>Het antwoord van de werkruimte kon niet worden gelezen: %1.</translation>
    </message>
    <message>
        <source>ARM v2</source>
        <translation>ARM v2</translation>
    </message>
    <message>
        <source>v1 datastore service</source>
        <translation>v1-gegevensarchiefservice</translation>
    </message>
    <message>
        <source>a datastore without &quot;properties&quot;</source>
        <translation>een gegevensarchief zonder &quot;properties&quot;</translation>
    </message>
    <message>
        <source>a datastore without a name the service could have given (%1)</source>
        <translation>een gegevensarchief zonder een naam die de service had kunnen geven (%1)</translation>
    </message>
    <message>
        <source>Datastore &apos;%1&apos; is of type &apos;%2&apos;, which the studio does not handle.</source>
        <translation>Gegevensarchief &apos;%1&apos; is van het type &apos;%2&apos;, dat de studio niet verwerkt.</translation>
    </message>
    <message>
        <source>Datastore &apos;%1&apos; uses credentials of kind &apos;%2&apos;, which the studio does not handle.</source>
        <translation>Gegevensarchief &apos;%1&apos; gebruikt referenties van de soort &apos;%2&apos;, die de studio niet verwerkt.</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(niets opgegeven)</translation>
    </message>
    <message>
        <source>the secrets of &apos;%1&apos; are not of kind %2</source>
        <translation>de geheimen van &apos;%1&apos; zijn niet van de soort %2</translation>
    </message>
    <message>
        <source>a v1 datastore without a name the service could have given (%1)</source>
        <translation>een v1-gegevensarchief zonder een naam die de service had kunnen geven (%1)</translation>
    </message>
    <message>
        <source>Datastore &apos;%1&apos; is of type &apos;%2&apos;, which the v1 service does not hold for the studio.</source>
        <translation>Gegevensarchief &apos;%1&apos; is van het type &apos;%2&apos;, dat de v1-service niet voor de studio bewaart.</translation>
    </message>
    <message>
        <source>datastore &apos;%1&apos; has no &quot;%2&quot;</source>
        <translation>gegevensarchief &apos;%1&apos; heeft geen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source> (client request id %1)</source>
        <translation> (clientaanvraag-id %1)</translation>
    </message>
</context>
<context>
    <name>AzureMlWorkspace</name>
    <message>
        <source>%1: the answer is not the JSON the service sends.</source>
        <translation>%1: het antwoord is niet de JSON die de service stuurt.</translation>
    </message>
    <message>
        <source>Workspace %1 is not connected yet.</source>
        <translation>Werkruimte %1 is nog niet verbonden.</translation>
    </message>
    <message>
        <source>There is no datastore named &apos;%1&apos; in workspace &apos;%2&apos;.</source>
        <translation>Er is geen gegevensarchief met de naam &apos;%1&apos; in werkruimte &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Opening Azure ML workspace %1</source>
        <translation>Azure ML-werkruimte %1 openen</translation>
    </message>
    <message>
        <source>There is no Azure ML workspace %1 in resource group %2 of subscription %3 that this identity may see (%4).</source>
        <translation>Er is geen Azure ML-werkruimte %1 in resourcegroep %2 van abonnement %3 die deze identiteit mag zien (%4).</translation>
    </message>
    <message>
        <source>Reading the service addresses of workspace %1</source>
        <translation>De serviceadressen van werkruimte %1 lezen</translation>
    </message>
    <message>
        <source>%1: the v1 service address &apos;%2&apos; is not a safe https address, so no token is sent to it.</source>
        <translation>%1: het v1-serviceadres &apos;%2&apos; is geen veilig https-adres, dus er wordt geen token naartoe gestuurd.</translation>
    </message>
    <message>
        <source>An Azure ML workspace keeps no WebHDFS endpoint for ADLS Gen1 datastores (only the store name), so &apos;%1&apos; was not registered with one. Register it without the endpoint, or in a local workspace.</source>
        <translation>Een Azure ML-werkruimte bewaart geen WebHDFS-eindpunt voor ADLS Gen1-gegevensarchieven (alleen de naam van het archief), dus &apos;%1&apos; is daarmee niet geregistreerd. Registreer het zonder eindpunt, of in een lokale werkruimte.</translation>
    </message>
    <message>
        <source>Creating the storage of a datastore is not available for Azure ML workspaces, so &apos;%1&apos; was not registered. Create it with your usual tool and register without create-if-not-exists.</source>
        <translation>De opslag van een gegevensarchief maken is niet beschikbaar voor Azure ML-werkruimten, dus &apos;%1&apos; is niet geregistreerd. Maak de opslag met uw gebruikelijke hulpmiddel en registreer zonder maken-als-het-niet-bestaat.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 datastore held by the %3; it cannot be replaced by a %4 datastore. Unregister it first.</source>
        <translation>&apos;%1&apos; is een %2-gegevensarchief dat door de %3 wordt bewaard; het kan niet door een %4-gegevensarchief worden vervangen. Hef eerst de registratie op.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Updating datastore %1</source>
        <translation>Gegevensarchief %1 bijwerken</translation>
    </message>
    <message>
        <source>Registering datastore %1</source>
        <translation>Gegevensarchief %1 registreren</translation>
    </message>
    <message>
        <source>The workspace could not validate access to the storage of &apos;%1&apos;, so nothing was changed: %2 Check the credential, or register with validation skipped to save it unchecked.</source>
        <translation>De werkruimte kon de toegang tot de opslag van &apos;%1&apos; niet controleren, dus er is niets gewijzigd: %2 Controleer de referentie, of registreer zonder controle om het ongecontroleerd op te slaan.</translation>
    </message>
    <message>
        <source>Making %1 the default datastore</source>
        <translation>%1 het standaardgegevensarchief maken</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was registered, but the default datastore was not changed because: %2</source>
        <translation>&apos;%1&apos; is geregistreerd, maar het standaardgegevensarchief is niet gewijzigd omdat: %2</translation>
    </message>
    <message>
        <source>Unregistering datastore %1</source>
        <translation>Registratie van gegevensarchief %1 opheffen</translation>
    </message>
    <message>
        <source>Reading the secrets of datastore %1</source>
        <translation>De geheimen van gegevensarchief %1 lezen</translation>
    </message>
    <message>
        <source>Listing the datastores of %1</source>
        <translation>De gegevensarchieven van %1 opsommen</translation>
    </message>
    <message>
        <source>%1: the next page is at another address (%2); the token is not sent there.</source>
        <translation>%1: de volgende pagina staat op een ander adres (%2); het token wordt daar niet naartoe gestuurd.</translation>
    </message>
    <message>
        <source>Listing the v1 datastores of %1</source>
        <translation>De v1-gegevensarchieven van %1 opsommen</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>Niet getoond: %1</translation>
    </message>
    <message>
        <source>Reading datastore %1</source>
        <translation>Gegevensarchief %1 lezen</translation>
    </message>
    <message>
        <source>Reading the default datastore of %1</source>
        <translation>Het standaardgegevensarchief van %1 lezen</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; has no default datastore.</source>
        <translation>Werkruimte &apos;%1&apos; heeft geen standaardgegevensarchief.</translation>
    </message>
</context>
<context>
    <name>BlobClient</name>
    <message>
        <source>Listing container %1</source>
        <translation>Container %1 opsommen</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Blob containers have no real folders: &apos;%1&apos; appears as soon as you upload into it.</source>
        <translation>Blob-containers hebben geen echte mappen: &apos;%1&apos; verschijnt zodra u erin uploadt.</translation>
    </message>
    <message>
        <source>Checking container %1</source>
        <translation>Container %1 controleren</translation>
    </message>
    <message>
        <source>Creating container %1</source>
        <translation>Container %1 maken</translation>
    </message>
    <message>
        <source>The container &apos;%1&apos;</source>
        <translation>De container &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Uploading block %1 of %2</source>
        <translation>Blok %1 van %2 uploaden</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>%1 uploaden</translation>
    </message>
    <message>
        <source>Committing the blocks of %1</source>
        <translation>De blokken van %1 vastleggen</translation>
    </message>
</context>
<context>
    <name>BrowseConnections</name>
    <message>
        <source>Databricks personal access token</source>
        <translation>Persoonlijk toegangstoken van Databricks</translation>
    </message>
    <message>
        <source>Databricks workspace URL</source>
        <translation>URL van de Databricks-werkruimte</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: secrets are never accepted on the command line (they would be visible in the process list and shell history); give them with --secret-stdin or --secret-env %2=VAR.</source>
        <translation>%1: geheimen worden nooit op de opdrachtregel geaccepteerd (ze zouden zichtbaar zijn in de proceslijst en de shellgeschiedenis); geef ze met --secret-stdin of --secret-env %2=VARIABELE.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 neemt geen waarde.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 is twee keer opgegeven.</translation>
    </message>
    <message>
        <source>unknown option %1.%2</source>
        <translation>onbekende optie %1.%2</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>missing argument. %1</source>
        <translation>ontbrekend argument. %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;. %2</source>
        <translation>onverwacht argument &apos;%1&apos;. %2</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>--workspace needs a value.</source>
        <translation>--workspace heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; commands: workspace, datastore, types, ls, cat, get, put, rm (see dsstudio --help).</source>
        <translation>onbekende opdracht &apos;%1&apos;; opdrachten: workspace, datastore, types, ls, cat, get, put, rm (zie dsstudio --help).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation>&apos;%1&apos; heeft een subopdracht nodig: %2.</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1 %2&apos;; one of: %3.</source>
        <translation>onbekende subopdracht &apos;%1 %2&apos;; een van: %3.</translation>
    </message>
    <message>
        <source>There is no local workspace named &apos;%1&apos; and no connected Azure ML workspace of that name; create a local one with: dsstudio workspace create %1</source>
        <translation>Er is geen lokale werkruimte met de naam &apos;%1&apos; en geen verbonden Azure ML-werkruimte met die naam; maak een lokale met: dsstudio workspace create %1</translation>
    </message>
    <message>
        <source>There is no local workspace named &apos;%1&apos;; create it with: dsstudio workspace create %1</source>
        <translation>Er is geen lokale werkruimte met de naam &apos;%1&apos;; maak die met: dsstudio workspace create %1</translation>
    </message>
    <message>
        <source>--auth: &apos;%1&apos; is not allowed for %2; allowed: %3.</source>
        <translation>--auth: &apos;%1&apos; is niet toegestaan voor %2; toegestaan: %3.</translation>
    </message>
    <message>
        <source>--auth is required for %1: one of %2.</source>
        <translation>--auth is verplicht voor %1: een van %2.</translation>
    </message>
    <message>
        <source>Usage: dsstudio types [--json]</source>
        <translation>Gebruik: dsstudio types [--json]</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>opmerking: %1</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>OPSLAG</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>VERIFICATIE</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>OPMERKINGEN</translation>
    </message>
    <message>
        <source>Usage: dsstudio datastore update-credentials NAME [--auth KIND] [fields] (--secret-stdin | --secret-env FIELD=VAR) [--skip-validation]</source>
        <translation>Gebruik: dsstudio datastore update-credentials NAAM [--auth SOORT] [velden] (--secret-stdin | --secret-env VELD=VARIABELE) [--skip-validation]</translation>
    </message>
    <message>
        <source>Updated the credentials of datastore &apos;%1&apos; (%2 authentication).</source>
        <translation>De referenties van gegevensarchief &apos;%1&apos; zijn bijgewerkt (verificatie: %2).</translation>
    </message>
    <message>
        <source>Usage: dsstudio datastore unregister NAME</source>
        <translation>Gebruik: dsstudio datastore unregister NAAM</translation>
    </message>
    <message>
        <source>Unregistered datastore &apos;%1&apos;; its data was not touched.</source>
        <translation>De registratie van gegevensarchief &apos;%1&apos; is opgeheven; de gegevens zijn niet aangeraakt.</translation>
    </message>
    <message>
        <source>Usage: dsstudio datastore set-default NAME</source>
        <translation>Gebruik: dsstudio datastore set-default NAAM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the default datastore of workspace &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; is nu het standaardgegevensarchief van werkruimte &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Usage: dsstudio datastore get-default [--json]</source>
        <translation>Gebruik: dsstudio datastore get-default [--json]</translation>
    </message>
    <message>
        <source>--databricks-url is for dbfs datastores only; &apos;%1&apos; is %2.</source>
        <translation>--databricks-url is alleen voor dbfs-gegevensarchieven; &apos;%1&apos; is %2.</translation>
    </message>
    <message>
        <source>--databricks-url URL is required: the Databricks workspace that holds the DBFS of &apos;%1&apos; (https://adb-….azuredatabricks.net).</source>
        <translation>--databricks-url URL is verplicht: de Databricks-werkruimte die de DBFS van &apos;%1&apos; bevat (https://adb-….azuredatabricks.net).</translation>
    </message>
    <message>
        <source> Give it with --secret-stdin (one line).</source>
        <translation> Geef het met --secret-stdin (één regel).</translation>
    </message>
    <message>
        <source> Nothing was changed; add --skip-validation to keep the connection unchecked.</source>
        <translation> Er is niets gewijzigd; voeg --skip-validation toe om de verbinding ongecontroleerd te bewaren.</translation>
    </message>
    <message>
        <source>Updated the Databricks connection of datastore &apos;%1&apos; (kept in the keychain).</source>
        <translation>De Databricks-verbinding van gegevensarchief &apos;%1&apos; is bijgewerkt (bewaard in de sleutelbos).</translation>
    </message>
    <message>
        <source>Access was not validated (--skip-validation).</source>
        <translation>De toegang is niet gecontroleerd (--skip-validation).</translation>
    </message>
    <message>
        <source>--secret-stdin and --secret-env cannot be combined.</source>
        <translation>--secret-stdin en --secret-env kunnen niet samen worden gebruikt.</translation>
    </message>
    <message>
        <source>%1 with %2 authentication has no secret to give.</source>
        <translation>%1 met verificatie %2 heeft geen geheim om op te geven.</translation>
    </message>
    <message>
        <source>--secret-stdin: standard input cannot be read.</source>
        <translation>--secret-stdin: de standaardinvoer kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>--secret-stdin: expected %1 line(s) on standard input (%2, in that order) but got %3.</source>
        <translation>--secret-stdin: %1 regel(s) verwacht op de standaardinvoer (%2, in die volgorde) maar %3 gekregen.</translation>
    </message>
    <message>
        <source>--secret-stdin: the line for %1 contains a NUL byte, which no secret may hold.</source>
        <translation>--secret-stdin: de regel voor %1 bevat een NUL-byte, die geen geheim mag bevatten.</translation>
    </message>
    <message>
        <source>--secret-stdin: expected %1 line(s) on standard input (%2, in that order) but more followed.</source>
        <translation>--secret-stdin: %1 regel(s) verwacht op de standaardinvoer (%2, in die volgorde) maar er volgde meer.</translation>
    </message>
    <message>
        <source>%1 with %2 authentication needs its secret(s) %3: give them with --secret-stdin (one line each, in that order) or --secret-env FIELD=VAR.</source>
        <translation>%1 met verificatie %2 heeft de geheim(en) %3 nodig: geef ze met --secret-stdin (elk één regel, in die volgorde) of --secret-env VELD=VARIABELE.</translation>
    </message>
    <message>
        <source>--secret-env takes FIELD=VARIABLE, for example account_key=MY_KEY; got &apos;%1&apos;.</source>
        <translation>--secret-env neemt VELD=VARIABELE, bijvoorbeeld account_key=MIJN_SLEUTEL; gekregen: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--secret-env: &apos;%1&apos; is not a secret of %2 with %3 authentication; secrets: %4.</source>
        <translation>--secret-env: &apos;%1&apos; is geen geheim van %2 met verificatie %3; geheimen: %4.</translation>
    </message>
    <message>
        <source>--secret-env: &apos;%1&apos; is given twice.</source>
        <translation>--secret-env: &apos;%1&apos; is twee keer opgegeven.</translation>
    </message>
    <message>
        <source>--secret-env: the environment variable %1 (for %2) is not set or empty.</source>
        <translation>--secret-env: de omgevingsvariabele %1 (voor %2) is niet ingesteld of leeg.</translation>
    </message>
    <message>
        <source>dsstudio: warning: %1: %2</source>
        <translation>dsstudio: waarschuwing: %1: %2</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>naam:</translation>
    </message>
    <message>
        <source>type:</source>
        <translation>type:</translation>
    </message>
    <message>
        <source>default:</source>
        <translation>standaard:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>built-in:</source>
        <translation>ingebouwd:</translation>
    </message>
    <message>
        <source>auth:</source>
        <translation>verificatie:</translation>
    </message>
    <message>
        <source>api:</source>
        <translation>api:</translation>
    </message>
    <message>
        <source>Azure ML v1 datastore service</source>
        <translation>Azure ML v1-gegevensarchiefservice</translation>
    </message>
    <message>
        <source>Azure Resource Manager (v2)</source>
        <translation>Azure Resource Manager (v2)</translation>
    </message>
    <message>
        <source>secrets in the keychain:</source>
        <translation>geheimen in de sleutelbos:</translation>
    </message>
    <message>
        <source>secrets in the workspace:</source>
        <translation>geheimen in de werkruimte:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>secrets missing:</source>
        <translation>ontbrekende geheimen:</translation>
    </message>
    <message>
        <source>description:</source>
        <translation>beschrijving:</translation>
    </message>
    <message>
        <source>tags:</source>
        <translation>tags:</translation>
    </message>
    <message>
        <source>uri:</source>
        <translation>uri:</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>gemaakt:</translation>
    </message>
    <message>
        <source>modified:</source>
        <translation>gewijzigd:</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>opmerking:</translation>
    </message>
    <message>
        <source>Usage: dsstudio datastore list [--json]</source>
        <translation>Gebruik: dsstudio datastore list [--json]</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>STANDAARD</translation>
    </message>
    <message>
        <source>ACCOUNT/SERVER</source>
        <translation>ACCOUNT/SERVER</translation>
    </message>
    <message>
        <source>CONTAINER/SHARE/FILESYSTEM/DATABASE</source>
        <translation>CONTAINER/SHARE/BESTANDSSYSTEEM/DATABASE</translation>
    </message>
    <message>
        <source>Usage: dsstudio datastore show NAME [--json]</source>
        <translation>Gebruik: dsstudio datastore show NAAM [--json]</translation>
    </message>
    <message>
        <source>Usage: dsstudio datastore register (--type TYPE --name NAME | --file FILE) [fields] [--auth KIND] ... (see --help)</source>
        <translation>Gebruik: dsstudio datastore register (--type TYPE --name NAAM | --file BESTAND) [velden] [--auth SOORT] ... (zie --help)</translation>
    </message>
    <message>
        <source> (%1, line %2)</source>
        <translation> (%1, regel %2)</translation>
    </message>
    <message>
        <source>--type is required: one of %1.</source>
        <translation>--type is verplicht: een van %1.</translation>
    </message>
    <message>
        <source>--type: unknown storage type &apos;%1&apos;; one of %2.</source>
        <translation>--type: onbekend opslagtype &apos;%1&apos;; een van %2.</translation>
    </message>
    <message>
        <source>--name is required: the datastore name (lowercase letters, digits and underscores).</source>
        <translation>--name is verplicht: de naam van het gegevensarchief (kleine letters, cijfers en onderstrepingstekens).</translation>
    </message>
    <message>
        <source>%1 does not apply to %2 with %3 authentication; its fields: %4.</source>
        <translation>%1 is niet van toepassing op %2 met verificatie %3; de velden: %4.</translation>
    </message>
    <message>
        <source>A dbfs datastore is checked and browsed through its Databricks workspace: give --databricks-url URL (and its personal access token with --secret-stdin), or --skip-validation to register it unchecked.</source>
        <translation>Een dbfs-gegevensarchief wordt via de Databricks-werkruimte gecontroleerd en doorbladerd: geef --databricks-url URL (en het persoonlijke toegangstoken met --secret-stdin), of --skip-validation om het ongecontroleerd te registreren.</translation>
    </message>
    <message>
        <source>Registered datastore &apos;%1&apos; (%2) in workspace &apos;%3&apos;%4.</source>
        <translation>Gegevensarchief &apos;%1&apos; (%2) geregistreerd in werkruimte &apos;%3&apos;%4.</translation>
    </message>
    <message>
        <source> as the default</source>
        <translation> als standaard</translation>
    </message>
    <message>
        <source> Add --create-if-not-exists to create it, or --skip-validation to register it unchecked.</source>
        <translation> Voeg --create-if-not-exists toe om het te maken, of --skip-validation om het ongecontroleerd te registreren.</translation>
    </message>
    <message>
        <source>Usage: dsstudio datastore export NAME [--file FILE [--force]] [--include-secrets]</source>
        <translation>Gebruik: dsstudio datastore export NAAM [--file BESTAND [--force]] [--include-secrets]</translation>
    </message>
    <message>
        <source>%1 exists; nothing was written. Give --force to replace it.</source>
        <translation>%1 bestaat; er is niets geschreven. Geef --force om het te vervangen.</translation>
    </message>
    <message>
        <source>warning: not in the file: %1</source>
        <translation>waarschuwing: niet in het bestand: %1</translation>
    </message>
    <message>
        <source>Standard output could not be written.</source>
        <translation>De standaarduitvoer kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>warning: the YAML above holds the secret of &apos;%1&apos;.</source>
        <translation>waarschuwing: de YAML hierboven bevat het geheim van &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>warning: %1 now holds the secret of &apos;%2&apos; (written with mode 0600): keep it out of version control.</source>
        <translation>waarschuwing: %1 bevat nu het geheim van &apos;%2&apos; (geschreven met modus 0600): houd het buiten versiebeheer.</translation>
    </message>
    <message>
        <source>Exported datastore &apos;%1&apos; to %2.</source>
        <translation>Gegevensarchief &apos;%1&apos; geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>--file: %1 cannot be read: %2</source>
        <translation>--file: %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>--file: %1 is %2 bytes; a datastore file is at most 1 MiB.</source>
        <translation>--file: %1 is %2 bytes; een gegevensarchiefbestand is hoogstens 1 MiB.</translation>
    </message>
    <message>
        <source>--type %1 disagrees with the file, which is %2.</source>
        <translation>--type %1 spreekt het bestand tegen, dat %2 is.</translation>
    </message>
    <message>
        <source>%1 holds no credentials (an export leaves the secret out): give --auth %2 and the secret with --secret-stdin.</source>
        <translation>%1 bevat geen referenties (een export laat het geheim weg): geef --auth %2 en het geheim met --secret-stdin.</translation>
    </message>
    <message>
        <source>Usage: dsstudio ls DATASTORE[/PATH] [--recursive] [--json]</source>
        <translation>Gebruik: dsstudio ls GEGEVENSARCHIEF[/PAD] [--recursive] [--json]</translation>
    </message>
    <message>
        <source>Usage: dsstudio cat DATASTORE/PATH [--bytes N] | DATASTORE/SCHEMA/TABLE [--rows N]</source>
        <translation>Gebruik: dsstudio cat GEGEVENSARCHIEF/PAD [--bytes N] | GEGEVENSARCHIEF/SCHEMA/TABEL [--rows N]</translation>
    </message>
    <message>
        <source>--bytes must be a whole number of bytes, 0 or more.</source>
        <translation>--bytes moet een geheel aantal bytes zijn, 0 of meer.</translation>
    </message>
    <message>
        <source>--rows must be a whole number of rows, 0 or more.</source>
        <translation>--rows moet een geheel aantal rijen zijn, 0 of meer.</translation>
    </message>
    <message>
        <source>--bytes is for files; a table or view is printed by rows (--rows N).</source>
        <translation>--bytes is voor bestanden; een tabel of weergave wordt per rij afgedrukt (--rows N).</translation>
    </message>
    <message>
        <source>--rows is for the tables and views of SQL datastores; a file is printed by bytes (--bytes N).</source>
        <translation>--rows is voor de tabellen en weergaven van SQL-gegevensarchieven; een bestand wordt per byte afgedrukt (--bytes N).</translation>
    </message>
    <message>
        <source>%1: LOCAL is empty; give a file or folder path (&quot;.&quot; for the current folder).</source>
        <translation>%1: LOKAAL is leeg; geef een pad naar een bestand of map (&quot;.&quot; voor de huidige map).</translation>
    </message>
    <message>
        <source>--verify must be length (the default) or md5 (also store the file&apos;s Content-MD5); got &apos;%1&apos;.</source>
        <translation>--verify moet length (de standaard) of md5 zijn (ook de Content-MD5 van het bestand bewaren); gekregen: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--verify must be length (the default) or md5 (also check the object&apos;s Content-MD5); got &apos;%1&apos;.</source>
        <translation>--verify moet length (de standaard) of md5 zijn (ook de Content-MD5 van het object controleren); gekregen: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--overwrite replaces what exists and --skip-existing keeps it; give one of them, not both.</source>
        <translation>--overwrite vervangt wat bestaat en --skip-existing houdt het; geef een van beide, niet allebei.</translation>
    </message>
    <message>
        <source>put: %1 does not exist.</source>
        <translation>put: %1 bestaat niet.</translation>
    </message>
    <message>
        <source>put: %1 is a folder; add --recursive.</source>
        <translation>put: %1 is een map; voeg --recursive toe.</translation>
    </message>
    <message>
        <source>put --recursive needs a folder, and %1 is a file.</source>
        <translation>put --recursive heeft een map nodig, en %1 is een bestand.</translation>
    </message>
    <message>
        <source>put --recursive: %1 is a file in the datastore; give a folder to put the folder&apos;s files into.</source>
        <translation>put --recursive: %1 is een bestand in het gegevensarchief; geef een map om de bestanden van de map in te zetten.</translation>
    </message>
    <message>
        <source>Add --overwrite to replace it, or --skip-existing to keep what exists and go on.</source>
        <translation>Voeg --overwrite toe om het te vervangen, of --skip-existing om te houden wat bestaat en door te gaan.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n that exist already.</source>
        <translation>
            <numerusform>%n overgeslagen dat al bestaat.</numerusform>
            <numerusform>%n overgeslagen die al bestaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1 bytes.</source>
        <translation>
            <numerusform>%n bestand geüpload, %1 bytes.</numerusform>
            <numerusform>%n bestanden geüpload, %1 bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n file(s), %1 bytes.</source>
        <translation>
            <numerusform>%n bestand gedownload, %1 bytes.</numerusform>
            <numerusform>%n bestanden gedownload, %1 bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused %n whose names cannot be saved inside the folder.</source>
        <translation>
            <numerusform>%n geweigerd waarvan de naam niet in de map kan worden opgeslagen.</numerusform>
            <numerusform>%n geweigerd waarvan de namen niet in de map kunnen worden opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: dsstudio rm DATASTORE/PATH [--recursive] [--yes]</source>
        <translation>Gebruik: dsstudio rm GEGEVENSARCHIEF/PAD [--recursive] [--yes]</translation>
    </message>
    <message>
        <source>rm needs a path inside the datastore: DATASTORE/PATH.</source>
        <translation>rm heeft een pad in het gegevensarchief nodig: GEGEVENSARCHIEF/PAD.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <source>%1/%2 and everything in it: %3 object(s), %4</source>
        <translation>%1/%2 en alles erin: %3 object(en), %4</translation>
    </message>
    <message>
        <source>rm --recursive would delete %1. Not run on a terminal, it needs --yes to go ahead.</source>
        <translation>rm --recursive zou %1 verwijderen. Buiten een terminal is --yes nodig om door te gaan.</translation>
    </message>
    <message>
        <source>Delete %1? [y/N] </source>
        <translation>%1 verwijderen? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Er is niets verwijderd.</translation>
    </message>
    <message>
        <source>%1 is a folder; cat reads one file (ls lists the folder, get --recursive downloads it).</source>
        <translation>%1 is een map; cat leest één bestand (ls somt de map op, get --recursive downloadt die).</translation>
    </message>
    <message>
        <source>The datastore&apos;s top level</source>
        <translation>Het hoogste niveau van het gegevensarchief</translation>
    </message>
    <message>
        <source>%1: %2 is a folder; use --recursive.</source>
        <translation>%1: %2 is een map; gebruik --recursive.</translation>
    </message>
    <message>
        <source>the datastore&apos;s top level</source>
        <translation>het hoogste niveau van het gegevensarchief</translation>
    </message>
    <message>
        <source>There is no file or folder %1 in the datastore.</source>
        <translation>Er is geen bestand of map %1 in het gegevensarchief.</translation>
    </message>
    <message>
        <source>Usage: dsstudio workspace create NAME</source>
        <translation>Gebruik: dsstudio workspace create NAAM</translation>
    </message>
    <message>
        <source>Created local workspace &apos;%1&apos; (%2).</source>
        <translation>Lokale werkruimte &apos;%1&apos; gemaakt (%2).</translation>
    </message>
    <message>
        <source>Usage: dsstudio workspace list [--json]</source>
        <translation>Gebruik: dsstudio workspace list [--json]</translation>
    </message>
    <message>
        <source>azure ml</source>
        <translation>azure ml</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokaal</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>HUIDIG</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WAAR</translation>
    </message>
    <message>
        <source>Usage: dsstudio workspace use NAME</source>
        <translation>Gebruik: dsstudio workspace use NAAM</translation>
    </message>
    <message>
        <source>Now using Azure ML workspace %1.</source>
        <translation>Nu in gebruik: Azure ML-werkruimte %1.</translation>
    </message>
    <message>
        <source>Now using local workspace &apos;%1&apos;.</source>
        <translation>Nu in gebruik: lokale werkruimte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Usage: dsstudio workspace connect (--subscription S --resource-group G --workspace W | --config PATH) [--cloud NAME | --arm-endpoint URL --authority URL] --auth {service_principal,device_code,azure_cli} [--tenant-id T] [--client-id C] [--secret-stdin | --secret-env client_secret=VAR]</source>
        <translation>Gebruik: dsstudio workspace connect (--subscription S --resource-group G --workspace W | --config PAD) [--cloud NAAM | --arm-endpoint URL --authority URL] --auth {service_principal,device_code,azure_cli} [--tenant-id T] [--client-id C] [--secret-stdin | --secret-env client_secret=VARIABELE]</translation>
    </message>
    <message>
        <source>--auth is required: service_principal, device_code or azure_cli.</source>
        <translation>--auth is verplicht: service_principal, device_code of azure_cli.</translation>
    </message>
    <message>
        <source>--auth: &apos;%1&apos; is not a sign-in; one of service_principal, device_code, azure_cli.</source>
        <translation>--auth: &apos;%1&apos; is geen aanmelding; een van service_principal, device_code, azure_cli.</translation>
    </message>
    <message>
        <source>%1 is required for a service principal.</source>
        <translation>%1 is verplicht voor een service-principal.</translation>
    </message>
    <message>
        <source>--client-id does not go with --auth azure_cli: the Azure CLI&apos;s session is used as it is.</source>
        <translation>--client-id past niet bij --auth azure_cli: de sessie van de Azure CLI wordt gebruikt zoals die is.</translation>
    </message>
    <message>
        <source>%1 and --config cannot be combined: config.json names the workspace.</source>
        <translation>%1 en --config kunnen niet samen worden gebruikt: config.json noemt de werkruimte.</translation>
    </message>
    <message>
        <source>--config: %1 cannot be read: %2</source>
        <translation>--config: %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is required (or give --config PATH).</source>
        <translation>%1 is verplicht (of geef --config PAD).</translation>
    </message>
    <message>
        <source>Connected to Azure ML workspace %1 as service principal %2; it is now the current workspace. The client secret is in the keychain.</source>
        <translation>Verbonden met Azure ML-werkruimte %1 als service-principal %2; dit is nu de huidige werkruimte. Het clientgeheim staat in de sleutelbos.</translation>
    </message>
    <message>
        <source>Connected to Azure ML workspace %1; it is now the current workspace. The sign-in is kept in the keychain, so the next command needs no new one.</source>
        <translation>Verbonden met Azure ML-werkruimte %1; dit is nu de huidige werkruimte. De aanmelding wordt in de sleutelbos bewaard, zodat de volgende opdracht geen nieuwe nodig heeft.</translation>
    </message>
    <message>
        <source>Connected to Azure ML workspace %1 with the Azure CLI&apos;s session; it is now the current workspace.</source>
        <translation>Verbonden met Azure ML-werkruimte %1 met de sessie van de Azure CLI; dit is nu de huidige werkruimte.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <source>A %1 sign-in</source>
        <translation>Een %1-aanmelding</translation>
    </message>
    <message>
        <source>--cloud and --arm-endpoint/--authority cannot be combined.</source>
        <translation>--cloud en --arm-endpoint/--authority kunnen niet samen worden gebruikt.</translation>
    </message>
    <message>
        <source>--arm-endpoint and --authority go together: a custom cloud needs both.</source>
        <translation>--arm-endpoint en --authority horen bij elkaar: een eigen cloud heeft ze allebei nodig.</translation>
    </message>
    <message>
        <source>--cloud: &apos;%1&apos; is not a cloud the studio knows; one of %2, or give --arm-endpoint and --authority.</source>
        <translation>--cloud: &apos;%1&apos; is geen cloud die de studio kent; een van %2, of geef --arm-endpoint en --authority.</translation>
    </message>
    <message>
        <source>Usage: dsstudio workspace discover [--cloud NAME | --arm-endpoint URL --authority URL] --auth {service_principal,device_code,azure_cli} [--tenant-id T] [--client-id C] [--secret-stdin | --secret-env client_secret=VAR] [--json]</source>
        <translation>Gebruik: dsstudio workspace discover [--cloud NAAM | --arm-endpoint URL --authority URL] --auth {service_principal,device_code,azure_cli} [--tenant-id T] [--client-id C] [--secret-stdin | --secret-env client_secret=VARIABELE] [--json]</translation>
    </message>
    <message>
        <source>--tenant-id and --client-id are required for a service principal.</source>
        <translation>--tenant-id en --client-id zijn verplicht voor een service-principal.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>WERKRUIMTE</translation>
    </message>
    <message>
        <source>RESOURCE GROUP</source>
        <translation>RESOURCEGROEP</translation>
    </message>
    <message>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <source>SUBSCRIPTION NAME</source>
        <translation>NAAM ABONNEMENT</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCATIE</translation>
    </message>
    <message>
        <source>Usage: dsstudio workspace disconnect NAME</source>
        <translation>Gebruik: dsstudio workspace disconnect NAAM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a local workspace; only Azure ML workspaces are disconnected.</source>
        <translation>&apos;%1&apos; is een lokale werkruimte; alleen de verbinding met Azure ML-werkruimten wordt verbroken.</translation>
    </message>
    <message>
        <source>Disconnected from Azure ML workspace %1; its sign-in secret was removed from the keychain. The workspace and its datastores are untouched.</source>
        <translation>Verbinding met Azure ML-werkruimte %1 verbroken; het aanmeldgeheim is uit de sleutelbos verwijderd. De werkruimte en de gegevensarchieven blijven onaangeroerd.</translation>
    </message>
    <message>
        <source>Usage: dsstudio get DATASTORE/PATH LOCAL [--recursive] [--overwrite | --skip-existing] [--verify length|md5] [--parallel N]</source>
        <translation>Gebruik: dsstudio get GEGEVENSARCHIEF/PAD LOKAAL [--recursive] [--overwrite | --skip-existing] [--verify length|md5] [--parallel N]</translation>
    </message>
    <message>
        <source>--parallel must be a number of connections from 1 to %1; got &apos;%2&apos;.</source>
        <translation>--parallel moet een aantal verbindingen van 1 tot %1 zijn; gekregen: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Usage: dsstudio put LOCAL DATASTORE/PATH [--recursive] [--overwrite | --skip-existing] [--verify length|md5] [--parallel N]</source>
        <translation>Gebruik: dsstudio put LOKAAL GEGEVENSARCHIEF/PAD [--recursive] [--overwrite | --skip-existing] [--verify length|md5] [--parallel N]</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Usage: dsstudio datastore register --type TYPE --name NAME [--auth KIND] [FIELDS]</source>
        <translation>Gebruik: dsstudio datastore register --type TYPE --name NAAM [--auth SOORT] [VELDEN]</translation>
    </message>
    <message>
        <source>       dsstudio datastore register --file FILE [--name NAME] [--auth KIND] [FIELDS]</source>
        <translation>         dsstudio datastore register --file BESTAND [--name NAAM] [--auth SOORT] [VELDEN]</translation>
    </message>
    <message>
        <source>           [--overwrite] [--skip-validation] [--create-if-not-exists] [--set-default]</source>
        <translation>           [--overwrite] [--skip-validation] [--create-if-not-exists] [--set-default]</translation>
    </message>
    <message>
        <source>           [--secret-stdin | --secret-env FIELD=VAR ...] [--json]</source>
        <translation>           [--secret-stdin | --secret-env VELD=VARIABELE ...] [--json]</translation>
    </message>
    <message>
        <source>--file reads an az ml v2 datastore YAML file (azure_blob, azure_file, azure_data_lake_gen1,</source>
        <translation>--file leest een YAML-bestand van een az ml v2-gegevensarchief (azure_blob, azure_file, azure_data_lake_gen1,</translation>
    </message>
    <message>
        <source>azure_data_lake_gen2), as &apos;az ml datastore create --file&apos; does; flags given as well win over it.</source>
        <translation>azure_data_lake_gen2), zoals &apos;az ml datastore create --file&apos; dat doet; opties die ook zijn opgegeven, gaan voor.</translation>
    </message>
    <message>
        <source>A secret the file does not hold is read from --secret-stdin or --secret-env.</source>
        <translation>Een geheim dat niet in het bestand staat, wordt gelezen via --secret-stdin of --secret-env.</translation>
    </message>
    <message>
        <source>Secrets are never taken from the command line. With --secret-stdin, give one line per</source>
        <translation>Geheimen worden nooit van de opdrachtregel genomen. Geef met --secret-stdin één regel per</translation>
    </message>
    <message>
        <source>secret field, in the order listed below; with --secret-env, name the variable holding each.</source>
        <translation>geheim veld, in de volgorde hieronder; noem met --secret-env de variabele die elk geheim bevat.</translation>
    </message>
    <message>
        <source>NAME: 1-255 lowercase letters, digits and underscores, starting with a letter or digit.</source>
        <translation>NAAM: 1-255 kleine letters, cijfers en onderstrepingstekens, beginnend met een letter of cijfer.</translation>
    </message>
    <message>
        <source>Types, fields ([default]) and authentication:</source>
        <translation>Typen, velden ([standaard]) en verificatie:</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (verplicht)</translation>
    </message>
    <message>
        <source>; no secret</source>
        <translation>; geen geheim</translation>
    </message>
    <message>
        <source>; secret lines: %1</source>
        <translation>; regels met geheimen: %1</translation>
    </message>
    <message>
        <source>      note: %1</source>
        <translation>      opmerking: %1</translation>
    </message>
    <message>
        <source>Access is checked for %1: the container, share or filesystem exists and the credential may</source>
        <translation>De toegang wordt gecontroleerd voor %1: de container, share of het bestandssysteem bestaat en de referentie mag</translation>
    </message>
    <message>
        <source>list it; a database answers a trivial query and shows the login at least one schema.</source>
        <translation>de inhoud opsommen; een database beantwoordt een eenvoudige query en toont de aanmelding minstens één schema.</translation>
    </message>
    <message>
        <source>Without --skip-validation, registration of %1 fails, because their check is not available yet</source>
        <translation>Zonder --skip-validation mislukt de registratie van %1, omdat de controle daarvan nog niet beschikbaar is</translation>
    </message>
    <message>
        <source>(it never pretends to have validated).</source>
        <translation>(er wordt nooit gedaan alsof er is gecontroleerd).</translation>
    </message>
    <message>
        <source>dbfs: the Azure ML record holds no credential; give --databricks-url URL and a personal access token</source>
        <translation>dbfs: de Azure ML-registratie bevat geen referentie; geef --databricks-url URL en een persoonlijk toegangstoken</translation>
    </message>
    <message>
        <source>(--secret-stdin) for the studio to check and browse it (kept in the keychain), or --skip-validation.</source>
        <translation>(--secret-stdin) zodat de studio het kan controleren en erin kan bladeren (bewaard in de sleutelbos), of --skip-validation.</translation>
    </message>
    <message>
        <source>Usage: dsstudio datastore export NAME [--file FILE [--force]] [--include-secrets]

Writes the datastore as the az ml v2 YAML that &apos;az ml datastore create --file&apos; and
&apos;dsstudio datastore register --file&apos; read ($schema, name, type, description, tags, the type&apos;s
fields, credentials), to standard output or FILE (never replacing one without --force).
Secrets stay out unless --include-secrets is given; the file is then written with mode 0600 and
a warning says that it holds a secret. Azure Blob, Azure File and ADLS Gen1 and Gen2 only.</source>
        <translation>Gebruik: dsstudio datastore export NAAM [--file BESTAND [--force]] [--include-secrets]

Schrijft het gegevensarchief als de az ml v2-YAML die &apos;az ml datastore create --file&apos; en
&apos;dsstudio datastore register --file&apos; lezen ($schema, name, type, description, tags, de velden
van het type, credentials), naar de standaarduitvoer of naar BESTAND (dat nooit zonder --force wordt vervangen).
Geheimen blijven erbuiten tenzij --include-secrets is opgegeven; het bestand krijgt dan modus 0600 en
een waarschuwing zegt dat het een geheim bevat. Alleen Azure Blob, Azure File en ADLS Gen1 en Gen2.</translation>
    </message>
    <message>
        <source>Usage: dsstudio datastore update-credentials NAME [--auth KIND] [AUTH FIELDS]
           (--secret-stdin | --secret-env FIELD=VAR ...) [--skip-validation] [--json]

Replaces the credential of a datastore; the previous one is kept if anything fails.
AUTH FIELDS are those of the authentication kind (for example --tenant-id, --client-id,
--user-id); see &apos;dsstudio datastore register --help&apos; for each type&apos;s kinds and secrets.</source>
        <translation>Gebruik: dsstudio datastore update-credentials NAAM [--auth SOORT] [VERIFICATIEVELDEN]
           (--secret-stdin | --secret-env VELD=VARIABELE ...) [--skip-validation] [--json]

Vervangt de referentie van een gegevensarchief; de vorige blijft bewaard als er iets mislukt.
VERIFICATIEVELDEN zijn die van de soort verificatie (bijvoorbeeld --tenant-id, --client-id,
--user-id); zie &apos;dsstudio datastore register --help&apos; voor de soorten en geheimen van elk type.</translation>
    </message>
    <message>
        <source>Usage: dsstudio workspace connect (--subscription S --resource-group G --workspace W | --config PATH)
           [--cloud AzureCloud|AzureUSGovernment|AzureChinaCloud | --arm-endpoint URL --authority URL]
           --auth service_principal --tenant-id T --client-id C (--secret-stdin | --secret-env client_secret=VAR)
           --auth device_code [--tenant-id T] [--client-id C]
           --auth azure_cli [--tenant-id T]

Connects to an Azure Machine Learning workspace and makes it the current one; every datastore command
and ls/cat/get/put then work against it. --config reads the config.json the Azure ML tools write.
service_principal: the client secret goes to the keychain once the workspace has answered.
device_code: prints a code and an address to open in any browser, then waits for the sign-in; the
  refresh token is kept in the keychain, so later commands need no new sign-in. Without --client-id
  the Azure CLI&apos;s public client application is used.
azure_cli: reuses the session of &apos;az login&apos; ($AZURE_CONFIG_DIR or ~/.azure), read-only.
Datastore secrets of an Azure ML workspace stay in the workspace (its Key Vault); nothing but the
sign-in is kept on this machine. Plain http endpoints only on loopback hosts.</source>
        <translation>Gebruik: dsstudio workspace connect (--subscription S --resource-group G --workspace W | --config PAD)
           [--cloud AzureCloud|AzureUSGovernment|AzureChinaCloud | --arm-endpoint URL --authority URL]
           --auth service_principal --tenant-id T --client-id C (--secret-stdin | --secret-env client_secret=VARIABELE)
           --auth device_code [--tenant-id T] [--client-id C]
           --auth azure_cli [--tenant-id T]

Maakt verbinding met een Azure Machine Learning-werkruimte en maakt die de huidige; elke opdracht voor
gegevensarchieven en ls/cat/get/put werken daarna daarmee. --config leest de config.json die de Azure ML-hulpmiddelen schrijven.
service_principal: het clientgeheim gaat naar de sleutelbos zodra de werkruimte heeft geantwoord.
device_code: drukt een code en een adres af om in een willekeurige browser te openen en wacht dan op de aanmelding;
  het vernieuwingstoken wordt in de sleutelbos bewaard, zodat latere opdrachten geen nieuwe aanmelding nodig hebben.
  Zonder --client-id wordt de openbare clienttoepassing van de Azure CLI gebruikt.
azure_cli: gebruikt de sessie van &apos;az login&apos; opnieuw ($AZURE_CONFIG_DIR of ~/.azure), alleen-lezen.
Geheimen van gegevensarchieven in een Azure ML-werkruimte blijven in de werkruimte (de Key Vault ervan);
op deze computer wordt alleen de aanmelding bewaard. Gewone http-eindpunten alleen op loopback-hosts.</translation>
    </message>
    <message>
        <source>Usage: dsstudio ls DATASTORE[/PATH] [--recursive] [--json]
       dsstudio cat DATASTORE/PATH [--bytes N]
       dsstudio cat DATASTORE/SCHEMA/TABLE [--rows N]
       dsstudio get DATASTORE/PATH LOCAL [--recursive] [--overwrite | --skip-existing] [--verify length|md5] [--parallel N]
       dsstudio put LOCAL DATASTORE/PATH [--recursive] [--overwrite | --skip-existing] [--verify length|md5] [--parallel N]
       dsstudio rm DATASTORE/PATH [--recursive] [--yes]

For every datastore type, with the datastore&apos;s own credential: Azure Blob, Azure File share, ADLS
Gen1 and Gen2 and DBFS hold files and folders;
SQL datastores (PostgreSQL, MySQL, Azure SQL Database) are read only: ls DATASTORE lists the
schemas (MySQL: databases), ls DATASTORE/SCHEMA the tables and views (type, estimated rows),
ls DATASTORE/SCHEMA/TABLE the columns (type, nullability, key); cat DATASTORE/SCHEMA/TABLE
prints a header and the first N rows (default 100) as RFC 4180 CSV. Names are written as they
are (spaces, quotes, unicode, any case); a &apos;/&apos; or &apos;%&apos; inside a name is written %2F or %25.
ls prints one entry per line as it arrives (path, size, last modified; folders end in &apos;/&apos;);
--json prints one JSON object per line.
A path that names a folder is a folder with or without a trailing &apos;/&apos;: put puts a file into it;
get, cat and rm on a folder need --recursive (cat: ls or get --recursive).
Nothing is overwritten unasked: get and put refuse a file or object that exists unless
--overwrite (replace it) or --skip-existing (keep it and go on) is given.
rm --recursive says how many objects and bytes it deletes; off a terminal it needs --yes.
get checks every download&apos;s length and reads every range from the version it started on
(an object replaced meanwhile is an error, never a mix); put checks the stored length and
refuses a file that changes while it goes up. --verify md5 adds Content-MD5: put stores
the file&apos;s, get checks the object&apos;s when it has one (one core hashes ~650 MiB/s).</source>
        <translation>Gebruik: dsstudio ls GEGEVENSARCHIEF[/PAD] [--recursive] [--json]
         dsstudio cat GEGEVENSARCHIEF/PAD [--bytes N]
         dsstudio cat GEGEVENSARCHIEF/SCHEMA/TABEL [--rows N]
         dsstudio get GEGEVENSARCHIEF/PAD LOKAAL [--recursive] [--overwrite | --skip-existing] [--verify length|md5] [--parallel N]
         dsstudio put LOKAAL GEGEVENSARCHIEF/PAD [--recursive] [--overwrite | --skip-existing] [--verify length|md5] [--parallel N]
         dsstudio rm GEGEVENSARCHIEF/PAD [--recursive] [--yes]

Voor elk type gegevensarchief, met de eigen referentie van het gegevensarchief: Azure Blob, Azure-bestandsshare,
ADLS Gen1 en Gen2 en DBFS bevatten bestanden en mappen;
SQL-gegevensarchieven (PostgreSQL, MySQL, Azure SQL Database) zijn alleen-lezen: ls GEGEVENSARCHIEF somt de
schema&apos;s op (MySQL: databases), ls GEGEVENSARCHIEF/SCHEMA de tabellen en weergaven (type, geschatte rijen),
ls GEGEVENSARCHIEF/SCHEMA/TABEL de kolommen (type, null toegestaan, sleutel); cat GEGEVENSARCHIEF/SCHEMA/TABEL
drukt een kopregel en de eerste N rijen (standaard 100) af als RFC 4180-CSV. Namen worden geschreven zoals ze
zijn (spaties, aanhalingstekens, unicode, elke schrijfwijze); een &apos;/&apos; of &apos;%&apos; in een naam wordt %2F of %25.
ls drukt één item per regel af zodra het binnenkomt (pad, grootte, laatst gewijzigd; mappen eindigen op &apos;/&apos;);
--json drukt één JSON-object per regel af.
Een pad dat een map aanduidt, is een map met of zonder &apos;/&apos; aan het eind: put zet er een bestand in;
get, cat en rm op een map hebben --recursive nodig (cat: ls of get --recursive).
Er wordt niets ongevraagd overschreven: get en put weigeren een bestand of object dat bestaat, tenzij
--overwrite (vervangen) of --skip-existing (houden en doorgaan) is opgegeven.
rm --recursive zegt hoeveel objecten en bytes er worden verwijderd; buiten een terminal is --yes nodig.
get controleert de lengte van elke download en leest elk bereik uit de versie waarmee het begon
(een object dat intussen is vervangen, is een fout, nooit een mengsel); put controleert de bewaarde lengte en
weigert een bestand dat verandert terwijl het wordt geüpload. --verify md5 voegt Content-MD5 toe: put bewaart
die van het bestand, get controleert die van het object als het er een heeft (één kern hasht ~650 MiB/s).</translation>
    </message>
    <message>
        <source>dsstudio — manage Azure Machine Learning datastores, of a local or an Azure ML workspace

Usage: dsstudio [--workspace NAME] COMMAND [ARGS] [--json]

Workspaces:
  workspace create NAME        create a local workspace
  workspace connect ...        connect to an Azure ML workspace (see: dsstudio workspace connect --help)
  workspace disconnect NAME    forget a connected Azure ML workspace and its sign-in
  workspace discover ...       the Azure ML workspaces a sign-in can see (same sign-in options as connect)
  workspace list               local and connected Azure ML workspaces (* = current)
  workspace use NAME           remember NAME as the current workspace

Datastores:
  datastore list               name, type, default, account/server, container/..., auth
  datastore show NAME          every field and which secrets are stored (never their values)
  datastore register ...       register a datastore (see: dsstudio datastore register --help)
  datastore update-credentials NAME ...   rotate a datastore&apos;s credential
  datastore unregister NAME    remove the registration (the data is untouched)
  datastore set-default NAME   make NAME the workspace default
  datastore get-default        print the default datastore
  datastore export NAME [--file FILE] [--include-secrets]   as az ml YAML
  types                        storage types and their authentication kinds

Storage (files: Blob, File share, ADLS Gen1 and Gen2, DBFS; tables: SQL datastores, read only):
  ls DATASTORE[/PATH] [--recursive]    list, streaming
  cat DATASTORE/PATH [--bytes N]       print an object (or its first N bytes)
  cat DATASTORE/SCHEMA/TABLE [--rows N] print a table&apos;s first rows as CSV
  get DATASTORE/PATH LOCAL [--recursive]   download
  put LOCAL DATASTORE/PATH [--recursive]   upload
  rm DATASTORE/PATH [--recursive] [--yes]   delete

Options:
  --workspace NAME             use NAME for this call only (a local workspace, or a connected Azure ML
                               workspace by name or key)
  --json                       machine-readable output
  --lang CODE                  the language of messages: en, nl, or system (the default: $LANGUAGE, $LANG)
  --parallel N                 get and put: connections per transfer, 1 to 16 (default 4)

Environment: DSSTUDIO_LANG, DSSTUDIO_PARALLEL and DSSTUDIO_VERIFY (length or md5) stand in for --lang,
--parallel and --verify; without them the studio&apos;s Settings apply (~/.config/datastore-studio/settings.ini).

Exit codes: 0 ok, 1 failure (network, service or server fault), 2 bad input, 3 not found, 4 refused or conflict,
5 keychain unavailable or locked, 6 not available yet.</source>
        <translation>dsstudio — gegevensarchieven van Azure Machine Learning beheren, van een lokale werkruimte of een Azure ML-werkruimte

Gebruik: dsstudio [--workspace NAAM] OPDRACHT [ARGUMENTEN] [--json]

Werkruimten:
  workspace create NAAM        een lokale werkruimte maken
  workspace connect ...        verbinding maken met een Azure ML-werkruimte (zie: dsstudio workspace connect --help)
  workspace disconnect NAAM    een verbonden Azure ML-werkruimte en de aanmelding ervan vergeten
  workspace discover ...       de Azure ML-werkruimten die een aanmelding kan zien (dezelfde aanmeldopties als connect)
  workspace list               lokale en verbonden Azure ML-werkruimten (* = huidige)
  workspace use NAAM           NAAM onthouden als de huidige werkruimte

Gegevensarchieven:
  datastore list               naam, type, standaard, account/server, container/..., verificatie
  datastore show NAAM          elk veld en welke geheimen zijn bewaard (nooit hun waarden)
  datastore register ...       een gegevensarchief registreren (zie: dsstudio datastore register --help)
  datastore update-credentials NAAM ...   de referentie van een gegevensarchief vernieuwen
  datastore unregister NAAM    de registratie opheffen (de gegevens blijven onaangeroerd)
  datastore set-default NAAM   NAAM het standaardgegevensarchief van de werkruimte maken
  datastore get-default        het standaardgegevensarchief afdrukken
  datastore export NAAM [--file BESTAND] [--include-secrets]   als az ml-YAML
  types                        opslagtypen en hun soorten verificatie

Opslag (bestanden: Blob, bestandsshare, ADLS Gen1 en Gen2, DBFS; tabellen: SQL-gegevensarchieven, alleen-lezen):
  ls GEGEVENSARCHIEF[/PAD] [--recursive]    opsommen, terwijl het binnenkomt
  cat GEGEVENSARCHIEF/PAD [--bytes N]       een object afdrukken (of de eerste N bytes ervan)
  cat GEGEVENSARCHIEF/SCHEMA/TABEL [--rows N] de eerste rijen van een tabel als CSV afdrukken
  get GEGEVENSARCHIEF/PAD LOKAAL [--recursive]   downloaden
  put LOKAAL GEGEVENSARCHIEF/PAD [--recursive]   uploaden
  rm GEGEVENSARCHIEF/PAD [--recursive] [--yes]   verwijderen

Opties:
  --workspace NAAM             NAAM alleen voor deze aanroep gebruiken (een lokale werkruimte, of een verbonden
                               Azure ML-werkruimte op naam of sleutel)
  --json                       machineleesbare uitvoer
  --lang CODE                  de taal van de meldingen: en, nl, of system (standaard: $LANGUAGE, $LANG)
  --parallel N                 get en put: verbindingen per overdracht, 1 tot 16 (standaard 4)

Omgeving: DSSTUDIO_LANG, DSSTUDIO_PARALLEL en DSSTUDIO_VERIFY (length of md5) vervangen --lang,
--parallel en --verify; zonder die gelden de instellingen van de studio (~/.config/datastore-studio/settings.ini).

Afsluitcodes: 0 gelukt, 1 mislukt (netwerk-, service- of serverfout), 2 ongeldige invoer, 3 niet gevonden,
4 geweigerd of conflict, 5 sleutelbos niet beschikbaar of vergrendeld, 6 nog niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenSource</name>
    <message>
        <source>No network access for signing in.</source>
        <translation>Geen netwerktoegang om aan te melden.</translation>
    </message>
    <message>
        <source>the service principal %1 in tenant %2</source>
        <translation>de service-principal %1 in tenant %2</translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <source>%1: &apos;%2&apos; must be an https URL without user name, query or fragment (plain http only on a loopback host).</source>
        <translation>%1: &apos;%2&apos; moet een https-URL zonder gebruikersnaam, query of fragment zijn (gewone http alleen op een loopback-host).</translation>
    </message>
    <message>
        <source>ARM endpoint</source>
        <translation>ARM-eindpunt</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
</context>
<context>
    <name>ConnectAzureDialog</name>
    <message>
        <source>ARM endpoint</source>
        <translation>ARM-eindpunt</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant-id</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-id</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>Client&amp;geheim</translation>
    </message>
    <message>
        <source>&amp;Enter the workspace</source>
        <translation>De werkruimte &amp;invoeren</translation>
    </message>
    <message>
        <source>From a config.&amp;json file</source>
        <translation>Uit een config.&amp;json-bestand</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnements-id</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Resourcegroep</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Naam van de werkruimte</translation>
    </message>
    <message>
        <source>config.json file</source>
        <translation>config.json-bestand</translation>
    </message>
    <message>
        <source>&amp;Find workspaces…</source>
        <translation>Werkruimten &amp;zoeken…</translation>
    </message>
    <message>
        <source>Connect to Azure ML workspace</source>
        <translation>Verbinden met Azure ML-werkruimte</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Azure (public)</source>
        <translation>Azure (openbaar)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>Azure China (21Vianet)</translation>
    </message>
    <message>
        <source>Custom ARM endpoint…</source>
        <translation>Eigen ARM-eindpunt…</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Aanmeldmethode</translation>
    </message>
    <message>
        <source>Service principal (client secret)</source>
        <translation>Service-principal (clientgeheim)</translation>
    </message>
    <message>
        <source>Device code (sign in in a browser)</source>
        <translation>Apparaatcode (aanmelden in een browser)</translation>
    </message>
    <message>
        <source>Azure CLI session (az login)</source>
        <translation>Sessie van de Azure CLI (az login)</translation>
    </message>
    <message>
        <source>Sign in as set above and list the Azure ML workspaces that sign-in can see</source>
        <translation>Aanmelden zoals hierboven ingesteld en de Azure ML-werkruimten opsommen die die aanmelding kan zien</translation>
    </message>
    <message>
        <source>Workspaces found</source>
        <translation>Gevonden werkruimten</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Cloud and sign-in</source>
        <translation>Cloud en aanmelding</translation>
    </message>
    <message>
        <source>C&amp;loud</source>
        <translation>C&amp;loud</translation>
    </message>
    <message>
        <source>&amp;ARM endpoint</source>
        <translation>&amp;ARM-eindpunt</translation>
    </message>
    <message>
        <source>Au&amp;thority</source>
        <translation>Au&amp;thority</translation>
    </message>
    <message>
        <source>Sign &amp;in with</source>
        <translation>&amp;Aanmelden met</translation>
    </message>
    <message>
        <source>&amp;Tenant ID</source>
        <translation>&amp;Tenant-id</translation>
    </message>
    <message>
        <source>Client I&amp;D</source>
        <translation>Client-i&amp;d</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message>
        <source>S&amp;ubscription ID</source>
        <translation>A&amp;bonnements-id</translation>
    </message>
    <message>
        <source>&amp;Resource group</source>
        <translation>&amp;Resourcegroep</translation>
    </message>
    <message>
        <source>&amp;Workspace name</source>
        <translation>&amp;Naam van de werkruimte</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Azure ML config.json</source>
        <translation>Azure ML-config.json</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-bestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; in a browser and enter the code &lt;b&gt;%2&lt;/b&gt; (valid until %3). Waiting for the sign-in…</source>
        <translation>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; in een browser en voer de code &lt;b&gt;%2&lt;/b&gt; in (geldig tot %3). Wachten op de aanmelding…</translation>
    </message>
    <message>
        <source>config.json: &apos;%1&apos; cannot be read.</source>
        <translation>config.json: &apos;%1&apos; kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>the service principal&apos;s application ID</source>
        <translation>de toepassings-id van de service-principal</translation>
    </message>
    <message>
        <source>optional: your own public client application</source>
        <translation>optioneel: uw eigen openbare clienttoepassing</translation>
    </message>
    <message>
        <source>the service principal&apos;s tenant</source>
        <translation>de tenant van de service-principal</translation>
    </message>
    <message>
        <source>optional: organizations</source>
        <translation>optioneel: organizations</translation>
    </message>
    <message>
        <source>Client secret: a service principal needs its client secret.</source>
        <translation>Clientgeheim: een service-principal heeft het clientgeheim nodig.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was connected.</source>
        <translation>Geannuleerd; er is geen verbinding gemaakt.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Niet verbonden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>No workspaces listed: %1</source>
        <translation>Geen werkruimten opgesomd: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>This sign-in can see no Azure ML workspace.</source>
        <translation>Deze aanmelding kan geen Azure ML-werkruimte zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) found; pick one to fill in the fields.</source>
        <translation>
            <numerusform>%n werkruimte gevonden; kies die om de velden in te vullen.</numerusform>
            <numerusform>%n werkruimten gevonden; kies er een om de velden in te vullen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Fill in from a connection string</source>
        <translation>Invullen uit een verbindingsreeks</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Datastore name</source>
        <translation>Naam van het gegevensarchief</translation>
    </message>
    <message>
        <source>lowercase letters, digits and underscores</source>
        <translation>kleine letters, cijfers en onderstrepingstekens</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Verbindingsreeks</translation>
    </message>
    <message>
        <source>Paste DefaultEndpointsProtocol=…;AccountName=…;AccountKey=… or UseDevelopmentStorage=true</source>
        <translation>Plak DefaultEndpointsProtocol=…;AccountName=…;AccountKey=… of UseDevelopmentStorage=true</translation>
    </message>
    <message>
        <source>&amp;Datastore name *</source>
        <translation>&amp;Naam van het gegevensarchief *</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindingsgegevens</translation>
    </message>
    <message>
        <source>Name the datastore and say where the %1 is. Fields marked * are required.</source>
        <translation>Geef het gegevensarchief een naam en geef aan waar de %1 is. Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <source>Azure Machine Learning keeps no credential for a %1 datastore. To check access and browse it, the studio keeps the Databricks workspace URL (https://adb-….azuredatabricks.net) and a personal access token in the system keychain, not in the workspace. Without a token your own Microsoft Entra sign-in is used.</source>
        <translation>Azure Machine Learning bewaart geen referentie voor een %1-gegevensarchief. Om de toegang te controleren en erin te bladeren, bewaart de studio de URL van de Databricks-werkruimte (https://adb-….azuredatabricks.net) en een persoonlijk toegangstoken in de sleutelbos van het systeem, niet in de werkruimte. Zonder token wordt uw eigen Microsoft Entra-aanmelding gebruikt.</translation>
    </message>
    <message>
        <source> The account key goes to the authentication page.</source>
        <translation> De accountsleutel gaat naar de pagina Verificatie.</translation>
    </message>
    <message>
        <source> The SAS token goes to the authentication page.</source>
        <translation> Het SAS-token gaat naar de pagina Verificatie.</translation>
    </message>
    <message>
        <source>Filled in account %1 and its endpoint.</source>
        <translation>Account %1 en het eindpunt ervan zijn ingevuld.</translation>
    </message>
    <message>
        <source>A datastore named &apos;%1&apos; exists; you can choose to overwrite it under Options.</source>
        <translation>Er bestaat een gegevensarchief met de naam &apos;%1&apos;; onder Opties kunt u ervoor kiezen het te overschrijven.</translation>
    </message>
    <message>
        <source>Enter a datastore name.</source>
        <translation>Voer een naam voor het gegevensarchief in.</translation>
    </message>
    <message>
        <source>To continue: %1</source>
        <translation>Om verder te gaan: %1</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>&amp;Validate the new credential before saving it</source>
        <translation>De nieuwe referentie &amp;controleren voordat die wordt opgeslagen</translation>
    </message>
    <message>
        <source>Update credentials — %1</source>
        <translation>Referenties bijwerken — %1</translation>
    </message>
    <message>
        <source>Replace the Databricks connection the studio keeps for &lt;b&gt;%1&lt;/b&gt; (%2) in the system keychain; Azure Machine Learning keeps no credential for it. Without a token your own Microsoft Entra sign-in is used. The current connection stays in place if anything fails.</source>
        <translation>De Databricks-verbinding vervangen die de studio voor &lt;b&gt;%1&lt;/b&gt; (%2) in de sleutelbos van het systeem bewaart; Azure Machine Learning bewaart er geen referentie voor. Zonder token wordt uw eigen Microsoft Entra-aanmelding gebruikt. De huidige verbinding blijft staan als er iets mislukt.</translation>
    </message>
    <message>
        <source>Replace the credential of &lt;b&gt;%1&lt;/b&gt; (%2). The current one stays in place if anything fails.</source>
        <translation>De referentie van &lt;b&gt;%1&lt;/b&gt; (%2) vervangen. De huidige blijft staan als er iets mislukt.</translation>
    </message>
    <message>
        <source>Authentication kind</source>
        <translation>Soort verificatie</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Bijwerken</translation>
    </message>
    <message>
        <source>&amp;Authentication</source>
        <translation>&amp;Verificatie</translation>
    </message>
    <message>
        <source>Access checks for %1 datastores are not available yet; the credential will be saved without one.</source>
        <translation>Toegangscontroles voor %1-gegevensarchieven zijn nog niet beschikbaar; de referentie wordt zonder controle opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Update connection</source>
        <translation>Verbinding &amp;bijwerken</translation>
    </message>
    <message>
        <source>The current connection could not be read: %1</source>
        <translation>De huidige verbinding kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Cancelled; the current connection is unchanged.</source>
        <translation>Geannuleerd; de huidige verbinding is ongewijzigd.</translation>
    </message>
    <message>
        <source>Cancelled; the current credential is unchanged.</source>
        <translation>Geannuleerd; de huidige referentie is ongewijzigd.</translation>
    </message>
    <message>
        <source>The connection was not changed: %1</source>
        <translation>De verbinding is niet gewijzigd: %1</translation>
    </message>
    <message>
        <source>The credential was not changed: %1</source>
        <translation>De referentie is niet gewijzigd: %1</translation>
    </message>
</context>
<context>
    <name>CsvRows</name>
    <message>
        <source>The browser was closed.</source>
        <translation>De verkenner is gesloten.</translation>
    </message>
</context>
<context>
    <name>DatastoreConnector</name>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Access to a DBFS datastore is checked through its Databricks workspace, and no Databricks workspace URL was given: give it, or register without checking access.</source>
        <translation>De toegang tot een DBFS-gegevensarchief wordt via de Databricks-werkruimte gecontroleerd, en er is geen URL van een Databricks-werkruimte opgegeven: geef die op, of registreer zonder de toegang te controleren.</translation>
    </message>
    <message>
        <source>A Databricks personal access token is needed: nobody is signed in to this workspace to lend an Entra token.</source>
        <translation>Er is een persoonlijk toegangstoken van Databricks nodig: niemand is bij deze werkruimte aangemeld om een Entra-token te lenen.</translation>
    </message>
    <message>
        <source>Registered &apos;%1&apos;, but its Databricks connection could not be kept: %2</source>
        <translation>&apos;%1&apos; is geregistreerd, maar de Databricks-verbinding kon niet worden bewaard: %2</translation>
    </message>
    <message>
        <source>Unregistered &apos;%1&apos;, but its Databricks connection is still in the keychain: %2</source>
        <translation>De registratie van &apos;%1&apos; is opgeheven, maar de Databricks-verbinding staat nog in de sleutelbos: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reached through a connection kept in the keychain, and there is no keychain here.</source>
        <translation>&apos;%1&apos; wordt bereikt via een verbinding die in de sleutelbos wordt bewaard, en hier is geen sleutelbos.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is of type %2; only %3 datastores can be browsed.</source>
        <translation>&apos;%1&apos; is van het type %2; alleen in %3-gegevensarchieven kan worden gebladerd.</translation>
    </message>
    <message>
        <source>give its Databricks workspace URL and a personal access token: dsstudio datastore update-credentials %1 --databricks-url URL --secret-stdin (or Update credentials… in the studio)</source>
        <translation>geef de URL van de Databricks-werkruimte en een persoonlijk toegangstoken: dsstudio datastore update-credentials %1 --databricks-url URL --secret-stdin (of Referenties bijwerken… in de studio)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a DBFS datastore, and its record names no Databricks workspace: %2.</source>
        <translation>&apos;%1&apos; is een DBFS-gegevensarchief, en de registratie noemt geen Databricks-werkruimte: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no Databricks token stored and nobody is signed in to lend one: %2.</source>
        <translation>&apos;%1&apos; heeft geen Databricks-token bewaard en niemand is aangemeld om er een te lenen: %2.</translation>
    </message>
</context>
<context>
    <name>DatastoreDetailsPane</name>
    <message>
        <source>No datastore selected</source>
        <translation>Geen gegevensarchief geselecteerd</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (standaard)</translation>
    </message>
    <message>
        <source>Storage type:</source>
        <translation>Opslagtype:</translation>
    </message>
    <message>
        <source>Storage type</source>
        <translation>Opslagtype</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Verificatie:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation>sleutelbos controleren…</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>niet bewaard</translation>
    </message>
    <message>
        <source>Stored in the keychain, hidden</source>
        <translation>Bewaard in de sleutelbos, verborgen</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 tonen</translation>
    </message>
    <message numerus="yes">
        <source>Read it from the keychain and show it for %n second(s)</source>
        <translation>
            <numerusform>Uit de sleutelbos lezen en %n seconde tonen</numerusform>
            <numerusform>Uit de sleutelbos lezen en %n seconden tonen</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 is stored; use Update credentials.</source>
        <translation>Er is geen %1 bewaard; gebruik Referenties bijwerken.</translation>
    </message>
    <message>
        <source>azureml URI</source>
        <translation>azureml-URI</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the azureml URI</source>
        <translation>De azureml-URI kopiëren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 gekopieerd</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>Built in to the workspace.</source>
        <translation>Ingebouwd in de werkruimte.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Opmerking:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Kept in the workspace, hidden</source>
        <translation>Bewaard in de werkruimte, verborgen</translation>
    </message>
    <message numerus="yes">
        <source>Read it from the workspace and show it for %n second(s)</source>
        <translation>
            <numerusform>Uit de werkruimte lezen en %n seconde tonen</numerusform>
            <numerusform>Uit de werkruimte lezen en %n seconden tonen</numerusform>
        </translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>sleutelbos niet beschikbaar</translation>
    </message>
    <message>
        <source>missing from the keychain</source>
        <translation>ontbreekt in de sleutelbos</translation>
    </message>
    <message>
        <source>The keychain holds no %1; use Update credentials.</source>
        <translation>De sleutelbos bevat geen %1; gebruik Referenties bijwerken.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>De sleutelbos kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The keychain no longer holds the %1 of &apos;%2&apos;, although it was stored. Use Update credentials to store it again.</source>
        <translation>De sleutelbos bevat de %1 van &apos;%2&apos; niet meer, hoewel die was bewaard. Gebruik Referenties bijwerken om die opnieuw te bewaren.</translation>
    </message>
    <message>
        <source>Reading the secret from the workspace…</source>
        <translation>Het geheim uit de werkruimte lezen…</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>Het geheim uit de sleutelbos lezen…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message numerus="yes">
        <source>The secret is shown for %n second(s).</source>
        <translation>
            <numerusform>Het geheim wordt %n seconde getoond.</numerusform>
            <numerusform>Het geheim wordt %n seconden getoond.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatastoreListModel</name>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>The workspace default datastore: job outputs go here.</source>
        <translation>Het standaardgegevensarchief van de werkruimte: de uitvoer van taken komt hier.</translation>
    </message>
    <message>
        <source>Default datastore</source>
        <translation>Standaardgegevensarchief</translation>
    </message>
    <message>
        <source>Not the default</source>
        <translation>Niet de standaard</translation>
    </message>
    <message>
        <source>Container, file share, file system or database</source>
        <translation>Container, bestandsshare, bestandssysteem of database</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Storage type</source>
        <translation>Opslagtype</translation>
    </message>
    <message>
        <source>Account / server</source>
        <translation>Account / server</translation>
    </message>
    <message>
        <source>Container / database</source>
        <translation>Container / database</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Verificatie</translation>
    </message>
</context>
<context>
    <name>DatastoreYaml</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, regel %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 datastores have no az ml YAML: the Azure ML CLI v2 knows Azure Blob, Azure File and ADLS Gen1 and Gen2 datastores only.</source>
        <translation>%1-gegevensarchieven hebben geen az ml-YAML: de Azure ML CLI v2 kent alleen Azure Blob-, Azure File- en ADLS Gen1- en Gen2-gegevensarchieven.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the studio&apos;s own field; az ml has no key for it.</source>
        <translation>&apos;%1&apos; is een eigen veld van de studio; az ml heeft er geen sleutel voor.</translation>
    </message>
    <message>
        <source>The YAML could not be written: %1</source>
        <translation>De YAML kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>left out: %1 (%2 authentication). Give it when registering this file: dsstudio datastore register --file FILE --auth %2 --secret-stdin</source>
        <translation>weggelaten: %1 (verificatie %2). Geef het bij het registreren van dit bestand: dsstudio datastore register --file BESTAND --auth %2 --secret-stdin</translation>
    </message>
    <message>
        <source>The secret %1 is not in the file.</source>
        <translation>Het geheim %1 staat niet in het bestand.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1).</source>
        <translation>dit is geen geldige YAML (%1).</translation>
    </message>
    <message>
        <source>the file must hold one datastore: a mapping of keys (name, type, …).</source>
        <translation>het bestand moet één gegevensarchief bevatten: een toewijzing van sleutels (name, type, …).</translation>
    </message>
    <message>
        <source>&apos;type&apos; is missing: one of azure_blob, azure_file, azure_data_lake_gen1, azure_data_lake_gen2.</source>
        <translation>&apos;type&apos; ontbreekt: een van azure_blob, azure_file, azure_data_lake_gen1, azure_data_lake_gen2.</translation>
    </message>
    <message>
        <source>&apos;type&apos; is &apos;%1&apos;; az ml datastore YAML knows azure_blob, azure_file, azure_data_lake_gen1 and azure_data_lake_gen2.</source>
        <translation>&apos;type&apos; is &apos;%1&apos;; de az ml-YAML voor gegevensarchieven kent azure_blob, azure_file, azure_data_lake_gen1 en azure_data_lake_gen2.</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(geen tekst)</translation>
    </message>
    <message>
        <source>a key must be text.</source>
        <translation>een sleutel moet tekst zijn.</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; for an %2 datastore; the keys are %3.</source>
        <translation>onbekende sleutel &apos;%1&apos; voor een %2-gegevensarchief; de sleutels zijn %3.</translation>
    </message>
    <message>
        <source>&apos;credentials&apos; must be a mapping (account_key: …, or tenant_id: … and the rest).</source>
        <translation>&apos;credentials&apos; moet een toewijzing zijn (account_key: …, of tenant_id: … en de rest).</translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be a mapping of names to text.</source>
        <translation>&apos;tags&apos; moet een toewijzing van namen aan tekst zijn.</translation>
    </message>
    <message>
        <source>every tag must be a name with a text value.</source>
        <translation>elke tag moet een naam met een tekstwaarde zijn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not a list or a mapping.</source>
        <translation>&apos;%1&apos; moet tekst zijn, geen lijst of toewijzing.</translation>
    </message>
    <message>
        <source>unknown key &apos;credentials.%1&apos;; the keys are %2.</source>
        <translation>onbekende sleutel &apos;credentials.%1&apos;; de sleutels zijn %2.</translation>
    </message>
    <message>
        <source>&apos;credentials.%1&apos; must be text.</source>
        <translation>&apos;credentials.%1&apos; moet tekst zijn.</translation>
    </message>
    <message>
        <source>&apos;credentials&apos; mixes %1 and %2: give one kind of credential.</source>
        <translation>&apos;credentials&apos; mengt %1 en %2: geef één soort referentie.</translation>
    </message>
    <message>
        <source>&apos;name&apos; is missing: the datastore name.</source>
        <translation>&apos;name&apos; ontbreekt: de naam van het gegevensarchief.</translation>
    </message>
</context>
<context>
    <name>DbfsClient</name>
    <message>
        <source>The Databricks workspace URL must be an https URL such as https://adb-1234567890123456.7.azuredatabricks.net, not &apos;%1&apos;.</source>
        <translation>De URL van de Databricks-werkruimte moet een https-URL zijn zoals https://adb-1234567890123456.7.azuredatabricks.net, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Plain http is used only for loopback hosts; the Databricks workspace URL must use https.</source>
        <translation>Gewone http wordt alleen voor loopback-hosts gebruikt; de URL van de Databricks-werkruimte moet https gebruiken.</translation>
    </message>
    <message>
        <source>The Databricks workspace URL must carry no user name, password, query or fragment (the token goes in the secret).</source>
        <translation>De URL van de Databricks-werkruimte mag geen gebruikersnaam, wachtwoord, query of fragment bevatten (het token hoort in het geheim).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the answer of Databricks could not be read.</source>
        <translation>%1: het antwoord van Databricks kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Databricks refused the token (HTTP 401): check the personal access token or the sign-in. %1</source>
        <translation>Databricks weigerde het token (HTTP 401): controleer het persoonlijke toegangstoken of de aanmelding. %1</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>%1 opsommen</translation>
    </message>
    <message>
        <source>%1: &quot;files&quot; is not a list.</source>
        <translation>%1: &quot;files&quot; is geen lijst.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 lezen</translation>
    </message>
    <message>
        <source>%1 is a directory.</source>
        <translation>%1 is een map.</translation>
    </message>
    <message>
        <source>%1: asked for %2 bytes at %3; Databricks said %4 and sent %5.</source>
        <translation>%1: %2 bytes gevraagd op %3; Databricks zei %4 en stuurde %5.</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>%1 maken</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>%1 uploaden</translation>
    </message>
    <message>
        <source>%1: no handle in the answer.</source>
        <translation>%1: geen handle in het antwoord.</translation>
    </message>
    <message>
        <source>%1: the upload was not begun.</source>
        <translation>%1: de upload is niet begonnen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: a block is at most 1 MiB.</source>
        <translation>%1: een blok is hoogstens 1 MiB.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeSignIn</name>
    <message>
        <source>the sign-in of application %1 in tenant %2</source>
        <translation>de aanmelding van toepassing %1 in tenant %2</translation>
    </message>
    <message>
        <source>No keychain to read the sign-in from.</source>
        <translation>Geen sleutelbos om de aanmelding uit te lezen.</translation>
    </message>
    <message>
        <source>Nobody is signed in for this workspace yet: sign in with a device code first.</source>
        <translation>Er is nog niemand aangemeld voor deze werkruimte: meld u eerst aan met een apparaatcode.</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a web browser and enter the code %2.</source>
        <translation>Open %1 in een webbrowser en voer de code %2 in om u aan te melden.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Aanmelding geannuleerd.</translation>
    </message>
    <message>
        <source>The sign-in code %1 expired before it was used; start again.</source>
        <translation>De aanmeldcode %1 is verlopen voordat die werd gebruikt; begin opnieuw.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser; nobody is signed in.</source>
        <translation>De aanmelding is in de browser geweigerd; er is niemand aangemeld.</translation>
    </message>
    <message>
        <source>Signed in, but Microsoft Entra ID gave no refresh token, so the next start would ask again.</source>
        <translation>Aangemeld, maar Microsoft Entra ID gaf geen vernieuwingstoken, dus bij de volgende start wordt opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>No keychain to keep the sign-in in.</source>
        <translation>Geen sleutelbos om de aanmelding in te bewaren.</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in with a device code first.</source>
        <translation>Er is niemand aangemeld: meld u eerst aan met een apparaatcode.</translation>
    </message>
    <message>
        <source>Sign in again (the sign-in has expired, was revoked, or needs multi-factor authentication).</source>
        <translation>Meld u opnieuw aan (de aanmelding is verlopen, ingetrokken, of vereist meervoudige verificatie).</translation>
    </message>
</context>
<context>
    <name>DfsClient</name>
    <message>
        <source>Listing filesystem %1</source>
        <translation>Bestandssysteem %1 opsommen</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Creating directory %1</source>
        <translation>Map %1 maken</translation>
    </message>
    <message>
        <source>Checking filesystem %1</source>
        <translation>Bestandssysteem %1 controleren</translation>
    </message>
    <message>
        <source>Creating filesystem %1</source>
        <translation>Bestandssysteem %1 maken</translation>
    </message>
    <message>
        <source>The filesystem &apos;%1&apos;</source>
        <translation>Het bestandssysteem &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>%1 maken</translation>
    </message>
    <message>
        <source>Appending to %1 at %2</source>
        <translation>Toevoegen aan %1 op %2</translation>
    </message>
    <message>
        <source>Finishing %1</source>
        <translation>%1 afronden</translation>
    </message>
</context>
<context>
    <name>Entra</name>
    <message>
        <source>Microsoft Entra ID answered something that is not %1.</source>
        <translation>Microsoft Entra ID antwoordde iets wat geen %1 is.</translation>
    </message>
    <message>
        <source>Authority URL: &apos;%1&apos; must be an https URL (plain http only on a loopback host).</source>
        <translation>Authority-URL: &apos;%1&apos; moet een https-URL zijn (gewone http alleen op een loopback-host).</translation>
    </message>
    <message>
        <source>a token (no access_token)</source>
        <translation>een token (geen access_token)</translation>
    </message>
    <message>
        <source>a token (the access_token holds characters a token cannot)</source>
        <translation>een token (het access_token bevat tekens die een token niet kan bevatten)</translation>
    </message>
    <message>
        <source>a device code (device_code, user_code and an https verification_uri)</source>
        <translation>een apparaatcode (device_code, user_code en een https-verification_uri)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused %1 (%2): %3</source>
        <translation>Microsoft Entra ID weigerde %1 (%2): %3</translation>
    </message>
    <message>
        <source>trace id %1, correlation id %2</source>
        <translation>trace-id %1, correlatie-id %2</translation>
    </message>
    <message>
        <source>Could not reach Microsoft Entra ID at %1: %2</source>
        <translation>Microsoft Entra ID kon niet worden bereikt op %1: %2</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>Show or hide %1</source>
        <translation>%1 tonen of verbergen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>de waarde</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid http(s) URL.</source>
        <translation>&apos;%1&apos; is geen geldige http(s)-URL.</translation>
    </message>
    <message>
        <source>plain http is accepted only for loopback hosts (localhost, 127.0.0.1, ::1), not &apos;%1&apos;; use https.</source>
        <translation>gewone http wordt alleen geaccepteerd voor loopback-hosts (localhost, 127.0.0.1, ::1), niet voor &apos;%1&apos;; gebruik https.</translation>
    </message>
    <message>
        <source>an endpoint URL must not have a query or fragment.</source>
        <translation>een eindpunt-URL mag geen query of fragment hebben.</translation>
    </message>
    <message>
        <source>an endpoint URL must not carry a user name or password (&apos;user:password@&apos;); give the credential in the authentication fields, where it is kept in the keychain.</source>
        <translation>een eindpunt-URL mag geen gebruikersnaam of wachtwoord bevatten (&apos;gebruiker:wachtwoord@&apos;); geef de referentie op in de verificatievelden, waar die in de sleutelbos wordt bewaard.</translation>
    </message>
    <message>
        <source>an endpoint URL&apos;s port must be 1 to 65535, not 0.</source>
        <translation>de poort van een eindpunt-URL moet 1 tot 65535 zijn, niet 0.</translation>
    </message>
    <message>
        <source>an endpoint&apos;s host name is at most %1 characters; this one has %2.</source>
        <translation>de hostnaam van een eindpunt heeft hoogstens %1 tekens; deze heeft er %2.</translation>
    </message>
    <message>
        <source>a DNS suffix is at most %1 characters; this one has %2.</source>
        <translation>een DNS-achtervoegsel heeft hoogstens %1 tekens; dit heeft er %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a DNS suffix such as core.windows.net nor an http(s) URL.</source>
        <translation>&apos;%1&apos; is geen DNS-achtervoegsel zoals core.windows.net en ook geen http(s)-URL.</translation>
    </message>
    <message>
        <source>a SAS token must not contain spaces or control characters.</source>
        <translation>een SAS-token mag geen spaties of stuurtekens bevatten.</translation>
    </message>
    <message>
        <source>a SAS token is a query string with at least &apos;sv=&apos; and &apos;sig=&apos; (paste it without the URL).</source>
        <translation>een SAS-token is een querytekenreeks met minstens &apos;sv=&apos; en &apos;sig=&apos; (plak het zonder de URL).</translation>
    </message>
    <message>
        <source>the SAS parameter &apos;%1&apos; appears more than once.</source>
        <translation>de SAS-parameter &apos;%1&apos; komt meer dan één keer voor.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a secret of %2 with %3 authentication; expected: %4.</source>
        <translation>&apos;%1&apos; is geen geheim van %2 met verificatie %3; verwacht: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1 (%2) is required for %3 authentication.</source>
        <translation>%1 (%2) is verplicht voor verificatie %3.</translation>
    </message>
    <message>
        <source>%1 (%2) must not contain a NUL byte or a line break.</source>
        <translation>%1 (%2) mag geen NUL-byte of regeleinde bevatten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a protocol of %2 datastores; %3 datastores take https or http.</source>
        <translation>&apos;%1&apos; is een protocol van %2-gegevensarchieven; %3-gegevensarchieven nemen https of http.</translation>
    </message>
    <message>
        <source>plain http is accepted only for loopback hosts; the endpoint &apos;%1&apos; is not one (use https, or an endpoint URL such as http://127.0.0.1:10000/devstoreaccount1).</source>
        <translation>gewone http wordt alleen geaccepteerd voor loopback-hosts; het eindpunt &apos;%1&apos; is er geen (gebruik https, of een eindpunt-URL zoals http://127.0.0.1:10000/devstoreaccount1).</translation>
    </message>
    <message>
        <source>a value is required.</source>
        <translation>een waarde is verplicht.</translation>
    </message>
    <message>
        <source>%1 must not start or end with white space.</source>
        <translation>%1 mag niet met witruimte beginnen of eindigen.</translation>
    </message>
    <message>
        <source>the value must be a single line.</source>
        <translation>de waarde moet één regel zijn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be 3 to 24 lowercase letters and digits.</source>
        <translation>&apos;%1&apos; moet 3 tot 24 kleine letters en cijfers zijn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be 3 to 63 characters: lowercase letters, digits and single hyphens, starting and ending with a letter or digit.</source>
        <translation>&apos;%1&apos; moet 3 tot 63 tekens zijn: kleine letters, cijfers en enkele koppeltekens, beginnend en eindigend met een letter of cijfer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47.</source>
        <translation>&apos;%1&apos; is geen GUID zoals 72f988bf-86f1-41af-91ab-2d7cd011db47.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a server or host name: letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation>&apos;%1&apos; moet een server- of hostnaam zijn: letters, cijfers, &apos;-&apos; en &apos;.&apos;, beginnend en eindigend met een letter of cijfer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at most 128 characters with no control characters.</source>
        <translation>&apos;%1&apos; mag hoogstens 128 tekens zonder stuurtekens hebben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from 1 to 65535.</source>
        <translation>&apos;%1&apos; moet een geheel getal van 1 tot 65535 zijn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be https or http (wasbs for Azure Blob, abfss for ADLS Gen2).</source>
        <translation>&apos;%1&apos; moet https of http zijn (wasbs voor Azure Blob, abfss voor ADLS Gen2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false.</source>
        <translation>&apos;%1&apos; moet true of false zijn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an https URL.</source>
        <translation>&apos;%1&apos; moet een https-URL zijn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not carry a user name or password.</source>
        <translation>&apos;%1&apos; mag geen gebruikersnaam of wachtwoord bevatten.</translation>
    </message>
    <message>
        <source>the value is not valid base64 (an account key is 88 characters ending in &apos;==&apos;).</source>
        <translation>de waarde is geen geldige base64 (een accountsleutel is 88 tekens en eindigt op &apos;==&apos;).</translation>
    </message>
    <message>
        <source>an account key is 64 bytes in base64: 88 characters ending in &apos;==&apos;; this is %1 characters (%2 bytes).</source>
        <translation>een accountsleutel is 64 bytes in base64: 88 tekens die eindigen op &apos;==&apos;; dit zijn %1 tekens (%2 bytes).</translation>
    </message>
    <message>
        <source>%1 datastores do not accept &apos;%2&apos; authentication; allowed: %3.</source>
        <translation>%1-gegevensarchieven accepteren verificatie &apos;%2&apos; niet; toegestaan: %3.</translation>
    </message>
    <message>
        <source>%1 datastores with %2 authentication have no field &apos;%3&apos;; fields: %4.</source>
        <translation>%1-gegevensarchieven met verificatie %2 hebben geen veld &apos;%3&apos;; velden: %4.</translation>
    </message>
    <message>
        <source>%1 (%2) is a secret: it must be given as a secret, not as a plain field.</source>
        <translation>%1 (%2) is een geheim: het moet als geheim worden opgegeven, niet als gewoon veld.</translation>
    </message>
    <message>
        <source>%1 (%2) is not part of the credential; register the datastore again with overwrite to change it.</source>
        <translation>%1 (%2) hoort niet bij de referentie; registreer het gegevensarchief opnieuw met overschrijven om het te wijzigen.</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Could not read %1 at offset %2: %3</source>
        <translation>%1 kon niet worden gelezen op positie %2: %3</translation>
    </message>
</context>
<context>
    <name>FileShareClient</name>
    <message>
        <source>The listing position is not valid.</source>
        <translation>De positie in de lijst is niet geldig.</translation>
    </message>
    <message>
        <source>Listing %1 in share %2</source>
        <translation>%1 in share %2 opsommen</translation>
    </message>
    <message>
        <source>Deleting directory %1</source>
        <translation>Map %1 verwijderen</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Creating directory %1</source>
        <translation>Map %1 maken</translation>
    </message>
    <message>
        <source>Checking share %1</source>
        <translation>Share %1 controleren</translation>
    </message>
    <message>
        <source>Creating share %1</source>
        <translation>Share %1 maken</translation>
    </message>
    <message>
        <source>The file share &apos;%1&apos;</source>
        <translation>De bestandsshare &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>%1 maken</translation>
    </message>
    <message>
        <source>Writing %1 at %2</source>
        <translation>%1 schrijven op %2</translation>
    </message>
    <message>
        <source>Finishing %1</source>
        <translation>%1 afronden</translation>
    </message>
</context>
<context>
    <name>Gen1Client</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Listing /%1</source>
        <translation>/%1 opsommen</translation>
    </message>
    <message>
        <source>%1: the answer has no FileStatuses.</source>
        <translation>%1: het antwoord heeft geen FileStatuses.</translation>
    </message>
    <message>
        <source>Reading /%1</source>
        <translation>/%1 lezen</translation>
    </message>
    <message>
        <source>%1: the answer has no FileStatus.</source>
        <translation>%1: het antwoord heeft geen FileStatus.</translation>
    </message>
    <message>
        <source>%1: more bytes came than were asked for.</source>
        <translation>%1: er kwamen meer bytes dan gevraagd.</translation>
    </message>
    <message>
        <source>%1: it does not exist.</source>
        <translation>%1: het bestaat niet.</translation>
    </message>
    <message>
        <source>%1: the store did not do it.</source>
        <translation>%1: het archief heeft het niet gedaan.</translation>
    </message>
    <message>
        <source>Deleting /%1</source>
        <translation>/%1 verwijderen</translation>
    </message>
    <message>
        <source>Creating the folder /%1</source>
        <translation>De map /%1 maken</translation>
    </message>
    <message>
        <source>Creating /%1</source>
        <translation>/%1 maken</translation>
    </message>
    <message>
        <source>Appending to /%1 at %2</source>
        <translation>Toevoegen aan /%1 op %2</translation>
    </message>
    <message>
        <source>Finishing /%1</source>
        <translation>/%1 afronden</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>the proxy %1:%2</source>
        <translation>de proxy %1:%2</translation>
    </message>
    <message>
        <source>a proxy</source>
        <translation>een proxy</translation>
    </message>
    <message>
        <source> (through %1, from the system&apos;s proxy settings: https_proxy, http_proxy; no_proxy lists the hosts reached directly)</source>
        <translation> (via %1, uit de proxy-instellingen van het systeem: https_proxy, http_proxy; no_proxy somt de hosts op die rechtstreeks worden bereikt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address.</source>
        <translation>&apos;%1&apos; is geen geldig adres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a &apos;.&apos; or &apos;..&apos; part, which would leave the datastore&apos;s container; it was not sent.</source>
        <translation>&apos;%1&apos; heeft een deel &apos;.&apos; of &apos;..&apos;, dat de container van het gegevensarchief zou verlaten; het is niet verzonden.</translation>
    </message>
    <message>
        <source>The endpoint %1 carries a user name or password; it was not used. Register the datastore again with an endpoint without &apos;user:password@&apos;.</source>
        <translation>Het eindpunt %1 bevat een gebruikersnaam of wachtwoord; het is niet gebruikt. Registreer het gegevensarchief opnieuw met een eindpunt zonder &apos;gebruiker:wachtwoord@&apos;.</translation>
    </message>
    <message>
        <source>%1 is not an https address; plain http is used only on this computer (loopback).</source>
        <translation>%1 is geen https-adres; gewone http wordt alleen op deze computer gebruikt (loopback).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>geen antwoord binnen %1 s</translation>
    </message>
    <message>
        <source>the transfer stalled (%1 bytes in %2 s, fewer than %3)</source>
        <translation>de overdracht stokte (%1 bytes in %2 s, minder dan %3)</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes asked for (it ignored the byte range)</source>
        <translation>de server stuurde meer dan de gevraagde %1 bytes (hij negeerde het bytebereik)</translation>
    </message>
    <message>
        <source>the answer was larger than the %1 bytes allowed</source>
        <translation>het antwoord was groter dan de toegestane %1 bytes</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1 changed on the server while it was being read; nothing was kept. Read it again.</source>
        <translation>%1 is op de server gewijzigd terwijl het werd gelezen; er is niets bewaard. Lees het opnieuw.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 kon niet worden bereikt: %2</translation>
    </message>
    <message>
        <source>the response body was cut short (%1 of %2 bytes)</source>
        <translation>de inhoud van het antwoord werd afgebroken (%1 van %2 bytes)</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source> (the server asked to wait %1 s; waiting at most %2 s)</source>
        <translation> (de server vroeg %1 s te wachten; er wordt hoogstens %2 s gewacht)</translation>
    </message>
    <message>
        <source>%1 failed after %2 attempts: %3</source>
        <translation>%1 is mislukt na %2 pogingen: %3</translation>
    </message>
    <message>
        <source>%1 failed and is not safe to repeat: %2</source>
        <translation>%1 is mislukt en kan niet veilig worden herhaald: %2</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No Secret Service is available, so secrets cannot be stored or read. Datastore Studio keeps secrets only in the OS keychain: start GNOME Keyring, KWallet or KeePassXC&apos;s Secret Service integration in your session and try again.</source>
        <translation>Er is geen Secret Service beschikbaar, dus geheimen kunnen niet worden bewaard of gelezen. Datastore Studio bewaart geheimen alleen in de sleutelbos van het besturingssysteem: start GNOME Keyring, KWallet of de Secret Service-integratie van KeePassXC in uw sessie en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The keyring is locked, so secrets cannot be stored or read. Unlock it (for example by logging in to your desktop session, or in your keyring manager) and try again.</source>
        <translation>De sleutelbos is vergrendeld, dus geheimen kunnen niet worden bewaard of gelezen. Ontgrendel die (bijvoorbeeld door u aan te melden bij uw bureaubladsessie, of in uw sleutelbosbeheer) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The keychain could not delete a secret.</source>
        <translation>De sleutelbos kon een geheim niet verwijderen.</translation>
    </message>
    <message>
        <source>The keyring did not answer within %1 seconds (an unlock prompt may be waiting on another screen).</source>
        <translation>De sleutelbos antwoordde niet binnen %1 seconden (misschien wacht een ontgrendelvraag op een ander scherm).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set</source>
        <translation>geen D-Bus-sessiebus: DBUS_SESSION_BUS_ADDRESS is niet ingesteld</translation>
    </message>
</context>
<context>
    <name>ListingGuard</name>
    <message>
        <source>the datastore&apos;s root</source>
        <translation>de hoofdmap van het gegevensarchief</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>de map %1</translation>
    </message>
    <message>
        <source>the listing</source>
        <translation>de lijst</translation>
    </message>
    <message>
        <source>The service listed %1 in a loop: page %2 sent a continuation token it had already sent, so the listing was stopped.</source>
        <translation>De service somde %1 in een lus op: pagina %2 stuurde een vervolgtoken dat al eerder was gestuurd, dus het opsommen is gestopt.</translation>
    </message>
    <message>
        <source>repeated token %1</source>
        <translation>herhaald token %1</translation>
    </message>
    <message>
        <source>The service sent %1 pages of %2 in a row without a single entry, so the listing was stopped.</source>
        <translation>De service stuurde %1 pagina&apos;s van %2 achter elkaar zonder één item, dus het opsommen is gestopt.</translation>
    </message>
    <message>
        <source>The listing of %1 did not end after %2 pages, so it was stopped.</source>
        <translation>Het opsommen van %1 eindigde niet na %2 pagina&apos;s, dus het is gestopt.</translation>
    </message>
</context>
<context>
    <name>ListingParsers</name>
    <message>
        <source>The %1 listing could not be read.</source>
        <translation>De lijst van %1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Content-Length &apos;%1&apos; is not a byte count</source>
        <translation>Content-Length &apos;%1&apos; is geen aantal bytes</translation>
    </message>
    <message>
        <source>a BlobPrefix has no name</source>
        <translation>een BlobPrefix heeft geen naam</translation>
    </message>
    <message>
        <source>an entry&apos;s name &apos;%1&apos; is empty or holds a &apos;/&apos;</source>
        <translation>de naam &apos;%1&apos; van een item is leeg of bevat een &apos;/&apos;</translation>
    </message>
    <message>
        <source>a path&apos;s name &apos;%1&apos; is empty or ends in &apos;/&apos;</source>
        <translation>de naam &apos;%1&apos; van een pad is leeg of eindigt op &apos;/&apos;</translation>
    </message>
    <message>
        <source>the contentLength of %1 is not a byte count</source>
        <translation>de contentLength van %1 is geen aantal bytes</translation>
    </message>
</context>
<context>
    <name>LocalFiles</name>
    <message>
        <source>a symbolic link</source>
        <translation>een symbolische koppeling</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>een map</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>een benoemde pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>een apparaat</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>een socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>geen gewoon bestand</translation>
    </message>
</context>
<context>
    <name>LocalSchema</name>
    <message>
        <source>Could not upgrade the workspace file to schema version %1.</source>
        <translation>Het werkruimtebestand kon niet naar schemaversie %1 worden bijgewerkt.</translation>
    </message>
    <message>
        <source>The fields of datastore &apos;%1&apos; are not a JSON object.</source>
        <translation>De velden van gegevensarchief &apos;%1&apos; zijn geen JSON-object.</translation>
    </message>
    <message>
        <source>No migration to schema version %1.</source>
        <translation>Geen migratie naar schemaversie %1.</translation>
    </message>
</context>
<context>
    <name>LocalWorkspace</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no datastore named &apos;%1&apos; in workspace &apos;%2&apos;.</source>
        <translation>Er is geen gegevensarchief met de naam &apos;%1&apos; in werkruimte &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; has no default datastore.</source>
        <translation>Werkruimte &apos;%1&apos; heeft geen standaardgegevensarchief.</translation>
    </message>
    <message>
        <source>Creating the storage of %1 datastores is not available yet, so &apos;%2&apos; was not registered. Create it with your usual tool and register without create-if-not-exists.</source>
        <translation>De opslag van %1-gegevensarchieven maken is nog niet beschikbaar, dus &apos;%2&apos; is niet geregistreerd. Maak de opslag met uw gebruikelijke hulpmiddel en registreer zonder maken-als-het-niet-bestaat.</translation>
    </message>
    <message>
        <source>Access validation for %1 datastores is not available yet, so &apos;%2&apos; was not registered and nothing was checked. Register it with validation skipped to save it unchecked.</source>
        <translation>Toegangscontrole voor %1-gegevensarchieven is nog niet beschikbaar, dus &apos;%2&apos; is niet geregistreerd en er is niets gecontroleerd. Registreer het zonder controle om het ongecontroleerd op te slaan.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was unregistered, but its secrets could not be deleted from the keychain: %2</source>
        <translation>De registratie van &apos;%1&apos; is opgeheven, maar de geheimen konden niet uit de sleutelbos worden verwijderd: %2</translation>
    </message>
    <message>
        <source>The keychain holds no %1 for datastore &apos;%2&apos; (it may have been removed outside Datastore Studio); update its credentials.</source>
        <translation>De sleutelbos bevat geen %1 voor gegevensarchief &apos;%2&apos; (misschien is die buiten Datastore Studio verwijderd); werk de referenties bij.</translation>
    </message>
</context>
<context>
    <name>LocalWorkspaceDb</name>
    <message>
        <source>The workspace file %1 could not be used: %2</source>
        <translation>Het werkruimtebestand %1 kon niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation>Het werkruimtebestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>De map voor %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 kon niet worden gemaakt: %2</translation>
    </message>
    <message>
        <source>The workspace file %1 has schema version %2, newer than this program understands (%3). Use a newer Datastore Studio.</source>
        <translation>Het werkruimtebestand %1 heeft schemaversie %2, nieuwer dan dit programma begrijpt (%3). Gebruik een nieuwere Datastore Studio.</translation>
    </message>
    <message>
        <source>the workspace has no id</source>
        <translation>de werkruimte heeft geen id</translation>
    </message>
    <message>
        <source>datastore &apos;%1&apos; has an unknown type or authentication kind</source>
        <translation>gegevensarchief &apos;%1&apos; heeft een onbekend type of onbekende soort verificatie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading datastores…</source>
        <translation>Gegevensarchieven laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n datastore(s) in workspace &apos;%1&apos;</source>
        <translation>
            <numerusform>%n gegevensarchief in werkruimte &apos;%1&apos;</numerusform>
            <numerusform>%n gegevensarchieven in werkruimte &apos;%1&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>The datastores could not be listed.</source>
        <translation>De gegevensarchieven konden niet worden opgesomd.</translation>
    </message>
    <message>
        <source>Quit Datastore Studio</source>
        <translation>Datastore Studio afsluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are still running or waiting.

Quit when they have finished, cancel them and quit now, or stay?</source>
        <translation>
            <numerusform>%n overdracht loopt nog of wacht.

Afsluiten wanneer die klaar is, annuleren en nu afsluiten, of blijven?</numerusform>
            <numerusform>%n overdrachten lopen nog of wachten.

Afsluiten wanneer ze klaar zijn, annuleren en nu afsluiten, of blijven?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit when finished</source>
        <translation>Afsluiten wanneer klaar</translation>
    </message>
    <message>
        <source>Cancel transfers and quit</source>
        <translation>Overdrachten annuleren en afsluiten</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Blijven</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Registreren…</translation>
    </message>
    <message>
        <source>Register a datastore (%1)</source>
        <translation>Een gegevensarchief registreren (%1)</translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation>Als &amp;standaard instellen</translation>
    </message>
    <message>
        <source>Update &amp;credentials…</source>
        <translation>Referen&amp;ties bijwerken…</translation>
    </message>
    <message>
        <source>&amp;Unregister</source>
        <translation>Registratie &amp;opheffen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;New local workspace…</source>
        <translation>&amp;Nieuwe lokale werkruimte…</translation>
    </message>
    <message>
        <source>Connect to &amp;Azure ML workspace…</source>
        <translation>Verbinden met &amp;Azure ML-werkruimte…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filteren…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Import from YAML…</source>
        <translation>&amp;Importeren uit YAML…</translation>
    </message>
    <message>
        <source>Register a datastore from an az ml YAML file, in the wizard</source>
        <translation>Een gegevensarchief registreren uit een az ml-YAML-bestand, in de wizard</translation>
    </message>
    <message>
        <source>E&amp;xport to YAML…</source>
        <translation>E&amp;xporteren naar YAML…</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Werkruimte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Datastore</source>
        <translation>&amp;Gegevensarchief</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Datastore Studio</source>
        <translation>&amp;Over Datastore Studio</translation>
    </message>
    <message>
        <source>About Datastore Studio</source>
        <translation>Over Datastore Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Datastore Studio&lt;/b&gt; %1&lt;br&gt;Register, inspect and manage Azure Machine Learning datastores. Secrets are kept only in the system keychain.</source>
        <translation>&lt;b&gt;Datastore Studio&lt;/b&gt; %1&lt;br&gt;Gegevensarchieven van Azure Machine Learning registreren, bekijken en beheren. Geheimen worden alleen in de sleutelbos van het systeem bewaard.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Werkruimte:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message>
        <source>Filter datastores</source>
        <translation>Gegevensarchieven filteren</translation>
    </message>
    <message>
        <source>Filter by name, type, account or container (%1)</source>
        <translation>Filteren op naam, type, account of container (%1)</translation>
    </message>
    <message>
        <source>Storage type filter</source>
        <translation>Filter op opslagtype</translation>
    </message>
    <message>
        <source>All storage types</source>
        <translation>Alle opslagtypen</translation>
    </message>
    <message>
        <source>Datastores</source>
        <translation>Gegevensarchieven</translation>
    </message>
    <message>
        <source>No datastore matches &apos;%1&apos; among the %2 datastores.</source>
        <translation>Geen gegevensarchief komt overeen met &apos;%1&apos; van de %2 gegevensarchieven.</translation>
    </message>
    <message numerus="yes">
        <source>No datastore matches &apos;%1&apos;. Clear the filter to see all %n datastore(s).</source>
        <translation>
            <numerusform>Geen gegevensarchief komt overeen met &apos;%1&apos;. Wis het filter om het ene gegevensarchief te zien.</numerusform>
            <numerusform>Geen gegevensarchief komt overeen met &apos;%1&apos;. Wis het filter om alle %n gegevensarchieven te zien.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session uses a temporary keyring: the secrets you register or update are lost when Datastore Studio closes. Run it in a desktop session with a keychain to keep them.</source>
        <translation>Deze sessie gebruikt een tijdelijke sleutelbos: de geheimen die u registreert of bijwerkt, gaan verloren wanneer Datastore Studio sluit. Start het in een bureaubladsessie met een sleutelbos om ze te bewaren.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Select a datastore first.</source>
        <translation>Selecteer eerst een gegevensarchief.</translation>
    </message>
    <message>
        <source>Browsing is not available in this window.</source>
        <translation>Bladeren is in dit venster niet beschikbaar.</translation>
    </message>
    <message>
        <source>%1 datastores cannot be browsed here: browsing covers %2.</source>
        <translation>Door %1-gegevensarchieven kan hier niet worden gebladerd: bladeren kan in %2.</translation>
    </message>
    <message>
        <source>Browse the contents of &apos;%1&apos; (%2)</source>
        <translation>Door de inhoud van &apos;%1&apos; bladeren (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the default datastore.</source>
        <translation>&apos;%1&apos; is al het standaardgegevensarchief.</translation>
    </message>
    <message>
        <source>Make &apos;%1&apos; the workspace default (%2)</source>
        <translation>&apos;%1&apos; het standaardgegevensarchief van de werkruimte maken (%2)</translation>
    </message>
    <message>
        <source>Change the Databricks connection the studio keeps for &apos;%1&apos;</source>
        <translation>De Databricks-verbinding wijzigen die de studio voor &apos;%1&apos; bewaart</translation>
    </message>
    <message>
        <source>%1 datastores have no credential to update.</source>
        <translation>%1-gegevensarchieven hebben geen referentie om bij te werken.</translation>
    </message>
    <message>
        <source>Rotate the credential of &apos;%1&apos;</source>
        <translation>De referentie van &apos;%1&apos; vernieuwen</translation>
    </message>
    <message>
        <source>%1 datastores have no az ml YAML: it covers Azure Blob, Azure File and ADLS Gen1 and Gen2.</source>
        <translation>%1-gegevensarchieven hebben geen az ml-YAML: die bestaat voor Azure Blob, Azure File en ADLS Gen1 en Gen2.</translation>
    </message>
    <message>
        <source>Write &apos;%1&apos; as an az ml YAML file</source>
        <translation>&apos;%1&apos; als az ml-YAML-bestand schrijven</translation>
    </message>
    <message>
        <source>Unregister &apos;%1&apos; (the data is not touched)</source>
        <translation>De registratie van &apos;%1&apos; opheffen (de gegevens blijven onaangeroerd)</translation>
    </message>
    <message>
        <source>Registered &apos;%1&apos;%2.</source>
        <translation>&apos;%1&apos; geregistreerd%2.</translation>
    </message>
    <message>
        <source> as the default datastore</source>
        <translation> als standaardgegevensarchief</translation>
    </message>
    <message>
        <source>Making &apos;%1&apos; the default…</source>
        <translation>&apos;%1&apos; wordt het standaardgegevensarchief…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not made the default.</source>
        <translation>&apos;%1&apos; is niet het standaardgegevensarchief geworden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the default datastore.</source>
        <translation>&apos;%1&apos; is nu het standaardgegevensarchief.</translation>
    </message>
    <message>
        <source>Updated the credentials of &apos;%1&apos;.</source>
        <translation>De referenties van &apos;%1&apos; zijn bijgewerkt.</translation>
    </message>
    <message>
        <source>Unregister datastore</source>
        <translation>Registratie van gegevensarchief opheffen</translation>
    </message>
    <message>
        <source>Unregister the datastore &apos;%1&apos;?

Its registration and stored credentials are removed from workspace &apos;%2&apos;. The data in the storage is not touched.</source>
        <translation>De registratie van gegevensarchief &apos;%1&apos; opheffen?

De registratie en de bewaarde referenties worden uit werkruimte &apos;%2&apos; verwijderd. De gegevens in de opslag blijven onaangeroerd.</translation>
    </message>
    <message>
        <source>Unregistering &apos;%1&apos;…</source>
        <translation>Registratie van &apos;%1&apos; opheffen…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not unregistered.</source>
        <translation>De registratie van &apos;%1&apos; is niet opgeheven.</translation>
    </message>
    <message>
        <source>Unregistered &apos;%1&apos;.</source>
        <translation>De registratie van &apos;%1&apos; is opgeheven.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The storage browser did not open.</source>
        <translation>De opslagverkenner is niet geopend.</translation>
    </message>
    <message>
        <source>Reaching &apos;%1&apos; through the Databricks connection the studio keeps</source>
        <translation>&apos;%1&apos; bereiken via de Databricks-verbinding die de studio bewaart</translation>
    </message>
    <message>
        <source>Reading the credential of &apos;%1&apos; from the keychain</source>
        <translation>De referentie van &apos;%1&apos; uit de sleutelbos lezen</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geopend.</translation>
    </message>
    <message>
        <source>%1 — Azure ML (%2)</source>
        <translation>%1 — Azure ML (%2)</translation>
    </message>
    <message>
        <source>New local workspace…</source>
        <translation>Nieuwe lokale werkruimte…</translation>
    </message>
    <message>
        <source>Connect to Azure ML workspace…</source>
        <translation>Verbinden met Azure ML-werkruimte…</translation>
    </message>
    <message>
        <source>Opening workspace %1…</source>
        <translation>Werkruimte %1 openen…</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>De werkruimte kon niet worden geopend.</translation>
    </message>
    <message>
        <source>%1 — Datastore Studio</source>
        <translation>%1 — Datastore Studio</translation>
    </message>
    <message>
        <source>no workspace</source>
        <translation>geen werkruimte</translation>
    </message>
    <message>
        <source>New local workspace</source>
        <translation>Nieuwe lokale werkruimte</translation>
    </message>
    <message>
        <source>Workspace name (3–33 letters, digits, &apos;_&apos; or &apos;-&apos;):</source>
        <translation>Naam van de werkruimte (3–33 letters, cijfers, &apos;_&apos; of &apos;-&apos;):</translation>
    </message>
    <message>
        <source>The workspace was not created.</source>
        <translation>De werkruimte is niet gemaakt.</translation>
    </message>
    <message>
        <source>Created and opened the local workspace &apos;%1&apos;.</source>
        <translation>De lokale werkruimte &apos;%1&apos; is gemaakt en geopend.</translation>
    </message>
    <message>
        <source>Connected to Azure ML workspace %1.</source>
        <translation>Verbonden met Azure ML-werkruimte %1.</translation>
    </message>
    <message>
        <source>az ml YAML files (*.yml *.yaml);;All files (*)</source>
        <translation>az ml-YAML-bestanden (*.yml *.yaml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import a datastore from YAML</source>
        <translation>Een gegevensarchief importeren uit YAML</translation>
    </message>
    <message>
        <source>%1 is larger than a datastore file can be (1 MiB).</source>
        <translation>%1 is groter dan een gegevensarchiefbestand kan zijn (1 MiB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Export &apos;%1&apos; to YAML</source>
        <translation>&apos;%1&apos; exporteren naar YAML</translation>
    </message>
    <message>
        <source>Include the secret?</source>
        <translation>Het geheim meenemen?</translation>
    </message>
    <message>
        <source>Write the secret of &apos;%1&apos; into %2 as well?

With it, &apos;az ml datastore create --file&apos; and Import need nothing else — and anyone who can read the file can use the storage. The file is then readable by you only; keep it out of version control. Without it, the secret is asked for when the file is registered.</source>
        <translation>Het geheim van &apos;%1&apos; ook in %2 schrijven?

Daarmee hebben &apos;az ml datastore create --file&apos; en Importeren niets anders nodig — en kan iedereen die het bestand kan lezen de opslag gebruiken. Het bestand is dan alleen voor u leesbaar; houd het buiten versiebeheer. Zonder het geheim wordt erom gevraagd wanneer het bestand wordt geregistreerd.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not exported.</source>
        <translation>&apos;%1&apos; is niet geëxporteerd.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The file holds the secret and is readable by you only.</source>
        <translation>Het bestand bevat het geheim en is alleen voor u leesbaar.</translation>
    </message>
    <message>
        <source>Exported &apos;%1&apos; to %2.</source>
        <translation>&apos;%1&apos; geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>Reading the secret of &apos;%1&apos;…</source>
        <translation>Het geheim van &apos;%1&apos; lezen…</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>De instellingen zijn niet opgeslagen</translation>
    </message>
    <message>
        <source>Settings saved. The new language is used from the next start.</source>
        <translation>Instellingen opgeslagen. De nieuwe taal wordt vanaf de volgende start gebruikt.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>The datastore name must not be empty.</source>
        <translation>De naam van het gegevensarchief mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>The datastore name has %1 characters; at most %2 are allowed.</source>
        <translation>De naam van het gegevensarchief heeft %1 tekens; hoogstens %2 zijn toegestaan.</translation>
    </message>
    <message>
        <source>it must start with a lowercase letter or a digit</source>
        <translation>die moet met een kleine letter of een cijfer beginnen</translation>
    </message>
    <message>
        <source>only lowercase letters, digits and underscores are allowed (no capitals)</source>
        <translation>alleen kleine letters, cijfers en onderstrepingstekens zijn toegestaan (geen hoofdletters)</translation>
    </message>
    <message>
        <source>only lowercase letters, digits and underscores are allowed</source>
        <translation>alleen kleine letters, cijfers en onderstrepingstekens zijn toegestaan</translation>
    </message>
    <message>
        <source>The datastore name has %1 at position %2: %3.</source>
        <translation>De naam van het gegevensarchief heeft %1 op positie %2: %3.</translation>
    </message>
    <message>
        <source>The workspace name must have 3 to 33 characters; &apos;%1&apos; has %2.</source>
        <translation>De naam van de werkruimte moet 3 tot 33 tekens hebben; &apos;%1&apos; heeft er %2.</translation>
    </message>
    <message>
        <source>The workspace name has %1 at position %2: it may use letters, digits, &apos;_&apos; and &apos;-&apos;, and must start with a letter or a digit.</source>
        <translation>De naam van de werkruimte heeft %1 op positie %2: die mag letters, cijfers, &apos;_&apos; en &apos;-&apos; gebruiken en moet met een letter of een cijfer beginnen.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>&amp;Validate access before registering</source>
        <translation>Toegang &amp;controleren voor het registreren</translation>
    </message>
    <message>
        <source>&amp;Create the container or share if it does not exist</source>
        <translation>De container of share &amp;maken als die niet bestaat</translation>
    </message>
    <message>
        <source>&amp;Overwrite the existing datastore</source>
        <translation>Het bestaande gegevensarchief &amp;overschrijven</translation>
    </message>
    <message>
        <source>Make it the workspace&apos;s &amp;default datastore</source>
        <translation>Het &amp;standaardgegevensarchief van de werkruimte maken</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>How to register &apos;%1&apos;.</source>
        <translation>Hoe &apos;%1&apos; wordt geregistreerd.</translation>
    </message>
    <message>
        <source>Access checks for %1 datastores are not available yet; it will be registered without one.</source>
        <translation>Toegangscontroles voor %1-gegevensarchieven zijn nog niet beschikbaar; het wordt zonder controle geregistreerd.</translation>
    </message>
    <message>
        <source>Checks that the Databricks workspace answers and the token may list its DBFS.</source>
        <translation>Controleert of de Databricks-werkruimte antwoordt en het token de DBFS ervan mag opsommen.</translation>
    </message>
    <message>
        <source>Checks that the storage exists and the credential may use it.</source>
        <translation>Controleert of de opslag bestaat en de referentie die mag gebruiken.</translation>
    </message>
    <message>
        <source>Creating storage is not available yet for this type.</source>
        <translation>Opslag maken is voor dit type nog niet beschikbaar.</translation>
    </message>
    <message>
        <source>Creating the storage of %1 datastores from here is not available yet.</source>
        <translation>De opslag van %1-gegevensarchieven vanuit hier maken is nog niet beschikbaar.</translation>
    </message>
    <message>
        <source>⚠ A datastore named &apos;%1&apos; already exists. Registering replaces its settings and credentials; the data itself is not touched.</source>
        <translation>⚠ Er bestaat al een gegevensarchief met de naam &apos;%1&apos;. Registreren vervangt de instellingen en referenties ervan; de gegevens zelf blijven onaangeroerd.</translation>
    </message>
    <message>
        <source>Job outputs are written to the default datastore.</source>
        <translation>Uitvoer van taken wordt naar het standaardgegevensarchief geschreven.</translation>
    </message>
    <message>
        <source>%1 datastores cannot be the default: the default receives job outputs.</source>
        <translation>%1-gegevensarchieven kunnen niet het standaardgegevensarchief zijn: dat ontvangt de uitvoer van taken.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&apos;%1&apos; is not a language of the studio; one of system, %2.</source>
        <translation>&apos;%1&apos; is geen taal van de studio; een van system, %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of connections from 1 to %2.</source>
        <translation>&apos;%1&apos; is geen aantal verbindingen van 1 tot %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither length nor md5.</source>
        <translation>&apos;%1&apos; is length noch md5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a byte count from %2 to %3.</source>
        <translation>&apos;%1&apos; is geen aantal bytes van %2 tot %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither true nor false.</source>
        <translation>&apos;%1&apos; is true noch false.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is none of system, light and dark.</source>
        <translation>&apos;%1&apos; is geen van system, light en dark.</translation>
    </message>
    <message>
        <source>Could not save the settings file %1.</source>
        <translation>Het instellingenbestand %1 kon niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The Azure CLI&apos;s profile lists no subscriptions: run &apos;az login&apos; first.</source>
        <translation>Het profiel van de Azure CLI bevat geen abonnementen: voer eerst &apos;az login&apos; uit.</translation>
    </message>
    <message>
        <source>The Azure CLI has no default subscription: run &apos;az login&apos; first.</source>
        <translation>De Azure CLI heeft geen standaardabonnement: voer eerst &apos;az login&apos; uit.</translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in to tenant %1: run &apos;az login --tenant %1&apos;.</source>
        <translation>De Azure CLI is niet aangemeld bij tenant %1: voer &apos;az login --tenant %1&apos; uit.</translation>
    </message>
    <message>
        <source>The Azure CLI is signed in as a service principal (%1); connect with that service principal instead.</source>
        <translation>De Azure CLI is aangemeld als service-principal (%1); maak in plaats daarvan verbinding met die service-principal.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s token cache cannot be read.</source>
        <translation>De tokencache van de Azure CLI kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s token cache holds no account for %1: run &apos;az login&apos; again.</source>
        <translation>De tokencache van de Azure CLI bevat geen account voor %1: voer &apos;az login&apos; opnieuw uit.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s session for %1 has no token the studio can use: run &apos;az login&apos; again.</source>
        <translation>De sessie van de Azure CLI voor %1 heeft geen token dat de studio kan gebruiken: voer &apos;az login&apos; opnieuw uit.</translation>
    </message>
    <message>
        <source>Signed out: no token for this request.</source>
        <translation>Afgemeld: geen token voor deze aanvraag.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>RegisterDatastoreWizard</name>
    <message>
        <source>Register a datastore</source>
        <translation>Een gegevensarchief registreren</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <source>Access is not checked: the registration does not prove that the credential works.</source>
        <translation>De toegang wordt niet gecontroleerd: de registratie bewijst niet dat de referentie werkt.</translation>
    </message>
    <message>
        <source>The SAS token expired on %1: the service will refuse it until the credentials are updated.</source>
        <translation>Het SAS-token is verlopen op %1: de service weigert het totdat de referenties zijn bijgewerkt.</translation>
    </message>
    <message>
        <source>The SAS token is for the %1 service only; this datastore needs the %2 service.</source>
        <translation>Het SAS-token geldt alleen voor de %1-service; dit gegevensarchief heeft de %2-service nodig.</translation>
    </message>
</context>
<context>
    <name>RestStorageClient</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist in account %2 (%3).</source>
        <translation>%1 bestaat niet in account %2 (%3).</translation>
    </message>
    <message>
        <source>The SAS token expired on %1.</source>
        <translation>Het SAS-token is verlopen op %1.</translation>
    </message>
    <message>
        <source>The SAS token grants &apos;%1&apos; but not the list (l) permission that browsing needs.</source>
        <translation>Het SAS-token verleent &apos;%1&apos; maar niet de machtiging opsommen (l) die bladeren nodig heeft.</translation>
    </message>
    <message>
        <source>The SAS token was refused: check that it was signed for account %1 and is not revoked.</source>
        <translation>Het SAS-token is geweigerd: controleer of het voor account %1 is ondertekend en niet is ingetrokken.</translation>
    </message>
    <message>
        <source>The account key was refused: check that it is the current key of account %1.</source>
        <translation>De accountsleutel is geweigerd: controleer of het de huidige sleutel van account %1 is.</translation>
    </message>
    <message>
        <source>The credential was refused or lacks the permission to list.</source>
        <translation>De referentie is geweigerd of mist de machtiging om op te sommen.</translation>
    </message>
    <message>
        <source>%1 could not be listed with this credential (%2). %3</source>
        <translation>%1 kon met deze referentie niet worden opgesomd (%2). %3</translation>
    </message>
</context>
<context>
    <name>RowsTableModel</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
</context>
<context>
    <name>SasTokenInfo</name>
    <message>
        <source>This is not a SAS token: it needs at least &apos;sv=&apos; and &apos;sig=&apos;.</source>
        <translation>Dit is geen SAS-token: het heeft minstens &apos;sv=&apos; en &apos;sig=&apos; nodig.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lezen</translation>
    </message>
    <message>
        <source>add</source>
        <translation>toevoegen</translation>
    </message>
    <message>
        <source>create</source>
        <translation>maken</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schrijven</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <source>delete version</source>
        <translation>versie verwijderen</translation>
    </message>
    <message>
        <source>permanent delete</source>
        <translation>definitief verwijderen</translation>
    </message>
    <message>
        <source>list</source>
        <translation>opsommen</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filteren</translation>
    </message>
    <message>
        <source>move</source>
        <translation>verplaatsen</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>uitvoeren</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>eigendom</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>machtigingen</translation>
    </message>
    <message>
        <source>immutability</source>
        <translation>onveranderbaarheid</translation>
    </message>
    <message>
        <source>process</source>
        <translation>verwerken</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>container</source>
        <translation>container</translation>
    </message>
    <message>
        <source>object</source>
        <translation>object</translation>
    </message>
    <message>
        <source>blob</source>
        <translation>blob</translation>
    </message>
    <message>
        <source>share</source>
        <translation>share</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>map</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>wachtrij</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>The token has no expiry (se=) of its own; it lasts as long as its stored access policy.</source>
        <translation>Het token heeft geen eigen vervaldatum (se=); het geldt zo lang als het opgeslagen toegangsbeleid.</translation>
    </message>
    <message>
        <source>The expiry (se=%1) is not a date and time.</source>
        <translation>De vervaldatum (se=%1) is geen datum en tijd.</translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation>Het token is verlopen op %1.</translation>
    </message>
    <message>
        <source>The token expires within 7 days (%1).</source>
        <translation>Het token verloopt binnen 7 dagen (%1).</translation>
    </message>
    <message>
        <source>The token is not valid before %1.</source>
        <translation>Het token is niet geldig vóór %1.</translation>
    </message>
    <message>
        <source>The token lacks the %1 permission(s) that browsing needs.</source>
        <translation>Het token mist de machtiging(en) %1 die bladeren nodig heeft.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>The desktop&apos;s language</source>
        <translation>De taal van het bureaublad</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>How many connections one upload or download uses at once (parts of a large file go in parallel).</source>
        <translation>Hoeveel verbindingen één upload of download tegelijk gebruikt (delen van een groot bestand gaan parallel).</translation>
    </message>
    <message>
        <source>&amp;Connections per transfer:</source>
        <translation>&amp;Verbindingen per overdracht:</translation>
    </message>
    <message>
        <source>&amp;Verify transfers with Content-MD5</source>
        <translation>Overdrachten &amp;controleren met Content-MD5</translation>
    </message>
    <message>
        <source>Uploads store each file&apos;s Content-MD5, downloads compare the object&apos;s stored one (costs CPU on fast links).</source>
        <translation>Uploads bewaren de Content-MD5 van elk bestand, downloads vergelijken die van het object (kost processortijd op snelle verbindingen).</translation>
    </message>
    <message>
        <source>How much of a file the preview reads: its beginning only, never the whole file.</source>
        <translation>Hoeveel van een bestand het voorbeeld leest: alleen het begin, nooit het hele bestand.</translation>
    </message>
    <message>
        <source>&amp;Preview reads:</source>
        <translation>Voorbeeld &amp;leest:</translation>
    </message>
    <message>
        <source>&amp;Ask before replacing a file or object that exists</source>
        <translation>Vr&amp;agen voordat een bestaand bestand of object wordt vervangen</translation>
    </message>
    <message>
        <source>Off: an upload or download replaces what exists without a question.</source>
        <translation>Uit: een upload of download vervangt wat bestaat zonder te vragen.</translation>
    </message>
    <message>
        <source>The desktop&apos;s (light or dark)</source>
        <translation>Die van het bureaublad (licht of donker)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the studio.</source>
        <translation>De nieuwe taal wordt vanaf de volgende start van de studio gebruikt.</translation>
    </message>
</context>
<context>
    <name>SqlSource</name>
    <message>
        <source>%1: &apos;%2&apos; is not a schema, table or column path.</source>
        <translation>%1: &apos;%2&apos; is geen pad van een schema, tabel of kolom.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian: %2).</source>
        <translation>Het Qt SQL-stuurprogramma %1 is niet geïnstalleerd (Debian: %2).</translation>
    </message>
    <message>
        <source>The %1 accepted a connection without TLS; the studio does not read from it in the clear. Azure requires TLS: check the server&apos;s require_secure_transport setting.</source>
        <translation>De %1 accepteerde een verbinding zonder TLS; de studio leest er niet onversleuteld uit. Azure vereist TLS: controleer de instelling require_secure_transport van de server.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>gematerialiseerde weergave</translation>
    </message>
    <message>
        <source>foreign table</source>
        <translation>externe tabel</translation>
    </message>
    <message>
        <source>partitioned table</source>
        <translation>gepartitioneerde tabel</translation>
    </message>
    <message>
        <source>view</source>
        <translation>weergave</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>niet null</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>primaire sleutel</translation>
    </message>
    <message>
        <source>There is no table or view &apos;%1&apos; in &apos;%2&apos; that this login can see.</source>
        <translation>Er is geen tabel of weergave &apos;%1&apos; in &apos;%2&apos; die deze aanmelding kan zien.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>a database is browsed read only; the studio never changes it.</source>
        <translation>een database wordt alleen-lezen doorbladerd; de studio wijzigt die nooit.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Schema, table or view; for a column its data type</source>
        <translation>Schema, tabel of weergave; voor een kolom het gegevenstype</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Rijen (schatting)</translation>
    </message>
    <message>
        <source>The row count the database&apos;s statistics hold: an estimate, not a count</source>
        <translation>Het aantal rijen volgens de statistieken van de database: een schatting, geen telling</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Nullability and keys of a column</source>
        <translation>Null toegestaan en sleutels van een kolom</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Opsommen</translation>
    </message>
    <message>
        <source>A column has nothing under it.</source>
        <translation>Onder een kolom staat niets.</translation>
    </message>
    <message>
        <source>Reading bytes</source>
        <translation>Bytes lezen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not there, or this login cannot see it.</source>
        <translation>&apos;%1&apos; is er niet, of deze aanmelding kan het niet zien.</translation>
    </message>
    <message>
        <source>The login connects to the %1, but may read no schema there.</source>
        <translation>De aanmelding maakt verbinding met de %1, maar mag daar geen schema lezen.</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Rijen lezen</translation>
    </message>
    <message>
        <source>Rows are read from a table or view, not from &apos;%1&apos;.</source>
        <translation>Rijen worden uit een tabel of weergave gelezen, niet uit &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>SqlTarget</name>
    <message>
        <source>&apos;%1&apos; is not a SQL datastore.</source>
        <translation>&apos;%1&apos; is geen SQL-gegevensarchief.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no server name.</source>
        <translation>&apos;%1&apos; heeft geen servernaam.</translation>
    </message>
    <message>
        <source>The port of &apos;%1&apos; must be 1 to 65535.</source>
        <translation>De poort van &apos;%1&apos; moet 1 tot 65535 zijn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no database name.</source>
        <translation>&apos;%1&apos; heeft geen databasenaam.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no %2 stored; update its credentials.</source>
        <translation>&apos;%1&apos; heeft geen %2 bewaard; werk de referenties bij.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no user.</source>
        <translation>&apos;%1&apos; heeft geen gebruiker.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>wachtwoord</translation>
    </message>
    <message>
        <source>%1 datastores do not take a service principal.</source>
        <translation>%1-gegevensarchieven nemen geen service-principal.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>clientgeheim</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no SQL login or service principal to connect with.</source>
        <translation>&apos;%1&apos; heeft geen SQL-aanmelding of service-principal om mee te verbinden.</translation>
    </message>
    <message>
        <source>DSSTUDIO_ODBC_DRIVER names &apos;%1&apos;, which /etc/odbcinst.ini does not list; installed: %2.</source>
        <translation>DSSTUDIO_ODBC_DRIVER noemt &apos;%1&apos;, dat niet in /etc/odbcinst.ini staat; geïnstalleerd: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No ODBC driver for SQL Server is installed: install Debian&apos;s tdsodbc (FreeTDS) or Microsoft&apos;s msodbcsql18.</source>
        <translation>Er is geen ODBC-stuurprogramma voor SQL Server geïnstalleerd: installeer tdsodbc (FreeTDS) van Debian of msodbcsql18 van Microsoft.</translation>
    </message>
    <message>
        <source>Signing in to Azure SQL Database with a service principal needs Microsoft&apos;s ODBC driver (msodbcsql18); FreeTDS knows only SQL logins.</source>
        <translation>Aanmelden bij Azure SQL Database met een service-principal vereist het ODBC-stuurprogramma van Microsoft (msodbcsql18); FreeTDS kent alleen SQL-aanmeldingen.</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-server</translation>
    </message>
    <message>
        <source>MySQL server</source>
        <translation>MySQL-server</translation>
    </message>
    <message>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <source>%1 %2:%3, database %4, as %5%6</source>
        <translation>%1 %2:%3, database %4, als %5%6</translation>
    </message>
    <message>
        <source> (TLS)</source>
        <translation> (TLS)</translation>
    </message>
    <message>
        <source>The TLS connection to the %1 failed: %2. Azure requires TLS; check that the server offers it.</source>
        <translation>De TLS-verbinding met de %1 is mislukt: %2. Azure vereist TLS; controleer of de server het aanbiedt.</translation>
    </message>
    <message>
        <source>The %1 refused the login: %2</source>
        <translation>De %1 weigerde de aanmelding: %2</translation>
    </message>
    <message>
        <source>The database is not there or not open to this login (%1): %2</source>
        <translation>De database bestaat niet of is niet toegankelijk voor deze aanmelding (%1): %2</translation>
    </message>
    <message>
        <source>The %1 does not accept connections from this computer (its firewall or access rules): %2</source>
        <translation>De %1 accepteert geen verbindingen van deze computer (de firewall of toegangsregels): %2</translation>
    </message>
    <message>
        <source>The %1 could not be reached (the network, its name, or a firewall on the way): %2</source>
        <translation>De %1 kon niet worden bereikt (het netwerk, de naam, of een firewall onderweg): %2</translation>
    </message>
    <message>
        <source>This login may not read that: %1</source>
        <translation>Deze aanmelding mag dat niet lezen: %1</translation>
    </message>
    <message>
        <source>The %1 refused the query: %2</source>
        <translation>De %1 weigerde de query: %2</translation>
    </message>
</context>
<context>
    <name>StorageBrowserModel</name>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-bestand</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>About %1 rows, from the database&apos;s statistics (an estimate, not a count)</source>
        <translation>Ongeveer %1 rijen, volgens de statistieken van de database (een schatting, geen telling)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Map %1</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabel %1</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Weergave %1</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>Name ascending is the service&apos;s order: rows appear as pages arrive. Any other order needs the whole folder, which is then listed to the end.</source>
        <translation>Oplopend op naam is de volgorde van de service: rijen verschijnen zodra pagina&apos;s binnenkomen. Elke andere volgorde heeft de hele map nodig, die dan tot het eind wordt opgesomd.</translation>
    </message>
    <message>
        <source>Sorting by this column lists the whole folder first (Stop keeps what has arrived, sorted).</source>
        <translation>Sorteren op deze kolom somt eerst de hele map op (Stoppen houdt wat er al is, gesorteerd).</translation>
    </message>
</context>
<context>
    <name>StorageBrowserWindow</name>
    <message>
        <source>Transfers are running</source>
        <translation>Er lopen overdrachten</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) of %1 are still running or waiting.

Finish them in the background (the window closes when they are done), cancel them, or stay?</source>
        <translation>
            <numerusform>%n overdracht van %1 loopt nog of wacht.

Op de achtergrond afmaken (het venster sluit wanneer die klaar is), annuleren, of blijven?</numerusform>
            <numerusform>%n overdrachten van %1 lopen nog of wachten.

Op de achtergrond afmaken (het venster sluit wanneer ze klaar zijn), annuleren, of blijven?</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish in background</source>
        <translation>Op de achtergrond afmaken</translation>
    </message>
    <message>
        <source>Cancel transfers</source>
        <translation>Overdrachten annuleren</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Blijven</translation>
    </message>
    <message>
        <source>Folder name: &apos;%1&apos; is not allowed — it must not be empty, &apos;.&apos;, &apos;..&apos; or contain &apos;/&apos;.</source>
        <translation>Mapnaam: &apos;%1&apos; is niet toegestaan — die mag niet leeg, &apos;.&apos; of &apos;..&apos; zijn en geen &apos;/&apos; bevatten.</translation>
    </message>
    <message>
        <source>Created folder %1.</source>
        <translation>Map %1 gemaakt.</translation>
    </message>
    <message>
        <source>Counting what will be deleted…</source>
        <translation>Tellen wat er wordt verwijderd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Counting what will be deleted… %n object(s), %1 so far</source>
        <translation>
            <numerusform>Tellen wat er wordt verwijderd… tot nu toe %n object, %1</numerusform>
            <numerusform>Tellen wat er wordt verwijderd… tot nu toe %n objecten, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: counting the folder&apos;s contents failed: %1</source>
        <translation>Er is niets verwijderd: het tellen van de inhoud van de map is mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n object, %1</numerusform>
            <numerusform>%n objecten, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the folder %1 and everything in it (%2) from %3?</source>
        <translation>De map %1 en alles erin (%2) uit %3 verwijderen?</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from %3?</source>
        <translation>%1 (%2) uit %3 verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s) from %1? That removes %2.
%3</source>
        <translation>
            <numerusform>Dit item uit %1 verwijderen? Dat verwijdert %2.
%3</numerusform>
            <numerusform>Deze %n items uit %1 verwijderen? Dat verwijdert %2.
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some items were not deleted:
%1</source>
        <translation>Sommige items zijn niet verwijderd:
%1</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <source>Deleted, with errors.</source>
        <translation>Verwijderd, met fouten.</translation>
    </message>
    <message>
        <source>%1 exists already on this computer.</source>
        <translation>%1 bestaat al op deze computer.</translation>
    </message>
    <message>
        <source>%1 exists already in %2.</source>
        <translation>%1 bestaat al in %2.</translation>
    </message>
    <message>
        <source>Replace it with the one being %1, skip this file, or keep both (the new copy is named like &apos;%2&apos;)?</source>
        <translation>Vervangen door het bestand dat wordt %1, dit bestand overslaan, of beide houden (de nieuwe kopie krijgt een naam als &apos;%2&apos;)?</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>gedownload</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>geüpload</translation>
    </message>
    <message>
        <source>Do the same for the other files of this folder that exist (%1 so far)</source>
        <translation>Hetzelfde doen voor de andere bestaande bestanden van deze map (tot nu toe %1)</translation>
    </message>
    <message>
        <source>Do the same for the other files of this folder that exist</source>
        <translation>Hetzelfde doen voor de andere bestaande bestanden van deze map</translation>
    </message>
    <message>
        <source>Download: file exists</source>
        <translation>Downloaden: bestand bestaat al</translation>
    </message>
    <message>
        <source>Upload: object exists</source>
        <translation>Uploaden: object bestaat al</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide houden</translation>
    </message>
    <message>
        <source>Root of %1</source>
        <translation>Hoofdmap van %1</translation>
    </message>
    <message>
        <source>The root of %1</source>
        <translation>De hoofdmap van %1</translation>
    </message>
    <message>
        <source>%1 — Datastore Studio</source>
        <translation>%1 — Datastore Studio</translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>Opsommen mislukt: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Could not list %1 for the download: %2</source>
        <translation>%1 kon niet worden opgesomd voor de download: %2</translation>
    </message>
    <message>
        <source>Upload finished.</source>
        <translation>Upload voltooid.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>C&amp;ontinue listing</source>
        <translation>Opsommen &amp;hervatten</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Downloaden…</translation>
    </message>
    <message>
        <source>Upload &amp;files…</source>
        <translation>&amp;Bestanden uploaden…</translation>
    </message>
    <message>
        <source>Upload f&amp;older…</source>
        <translation>&amp;Map uploaden…</translation>
    </message>
    <message>
        <source>&amp;New folder…</source>
        <translation>&amp;Nieuwe map…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;azureml:// URI</source>
        <translation>&amp;azureml://-URI kopiëren</translation>
    </message>
    <message>
        <source>&amp;Search by prefix</source>
        <translation>&amp;Zoeken op voorvoegsel</translation>
    </message>
    <message>
        <source>Download to</source>
        <translation>Downloaden naar</translation>
    </message>
    <message>
        <source>Upload files to %1</source>
        <translation>Bestanden uploaden naar %1</translation>
    </message>
    <message>
        <source>Upload a folder to %1</source>
        <translation>Een map uploaden naar %1</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nieuwe map</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Mapnaam:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>azureml:// URI</source>
        <translation>azureml://-URI</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Bladeren</translation>
    </message>
    <message>
        <source>Search by name prefix</source>
        <translation>Zoeken op begin van de naam</translation>
    </message>
    <message>
        <source>Search this folder by name prefix, case-sensitive (%1)</source>
        <translation>Deze map doorzoeken op begin van de naam, hoofdlettergevoelig (%1)</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Hoofdletters negeren</translation>
    </message>
    <message>
        <source>Ignore case: match names in any case among the entries loaded so far (the service&apos;s prefix search is case-sensitive)</source>
        <translation>Hoofdletters negeren: namen in elke schrijfwijze zoeken onder de tot nu toe geladen items (het zoeken op voorvoegsel van de service is hoofdlettergevoelig)</translation>
    </message>
    <message>
        <source>Match loaded names, any case</source>
        <translation>Geladen namen zoeken, hoofdletters genegeerd</translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation>&amp;Opslag</translation>
    </message>
    <message>
        <source>&amp;Verify transfers with Content-MD5</source>
        <translation>Overdrachten &amp;controleren met Content-MD5</translation>
    </message>
    <message>
        <source>Uploads store each file&apos;s Content-MD5, downloads compare the object&apos;s stored one (costs CPU on fast links).</source>
        <translation>Uploads bewaren de Content-MD5 van elk bestand, downloads vergelijken die van het object (kost processortijd op snelle verbindingen).</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Mappen</translation>
    </message>
    <message>
        <source>Folder contents</source>
        <translation>Inhoud van de map</translation>
    </message>
    <message>
        <source>%1 item(s)</source>
        <translation>%1 item(s)</translation>
    </message>
    <message>
        <source>%1 item(s) starting with &apos;%2&apos;</source>
        <translation>%1 item(s) die beginnen met &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Not listed yet.</source>
        <translation>Nog niet opgesomd.</translation>
    </message>
    <message>
        <source>%1 so far, sorted by %2 — listing the rest to complete the order…</source>
        <translation>%1 tot nu toe, gesorteerd op %2 — de rest wordt opgesomd om de volgorde te voltooien…</translation>
    </message>
    <message>
        <source>%1 so far — listing…</source>
        <translation>%1 tot nu toe — opsommen…</translation>
    </message>
    <message>
        <source>%1 loaded — more available; scroll down to load them.</source>
        <translation>%1 geladen — er is meer; schuif omlaag om ze te laden.</translation>
    </message>
    <message>
        <source>%1 — complete, sorted by %2.</source>
        <translation>%1 — volledig, gesorteerd op %2.</translation>
    </message>
    <message>
        <source>%1 — complete.</source>
        <translation>%1 — volledig.</translation>
    </message>
    <message>
        <source>%1 loaded — stopped; sorted by %2 among these only, the listing is incomplete (Continue: %3).</source>
        <translation>%1 geladen — gestopt; alleen deze zijn gesorteerd op %2, de lijst is onvolledig (Hervatten: %3).</translation>
    </message>
    <message>
        <source>%1 loaded — stopped; the listing is incomplete (Continue: %2).</source>
        <translation>%1 geladen — gestopt; de lijst is onvolledig (Hervatten: %2).</translation>
    </message>
    <message>
        <source>%1 loaded — the listing failed: %2</source>
        <translation>%1 geladen — het opsommen is mislukt: %2</translation>
    </message>
    <message>
        <source>not available for this storage</source>
        <translation>niet beschikbaar voor deze opslag</translation>
    </message>
    <message>
        <source>Copied the %1: %2</source>
        <translation>De %1 gekopieerd: %2</translation>
    </message>
    <message>
        <source>No loaded entry starts with &apos;%1&apos; in any case.</source>
        <translation>Geen geladen item begint met &apos;%1&apos;, ook niet met andere hoofdletters.</translation>
    </message>
    <message>
        <source>%1 of %2 loaded entries start with &apos;%3&apos; in any case.</source>
        <translation>%1 van %2 geladen items beginnen met &apos;%3&apos;, hoofdletters genegeerd.</translation>
    </message>
</context>
<context>
    <name>StorageClient</name>
    <message>
        <source>Reading %1</source>
        <translation>%1 lezen</translation>
    </message>
    <message>
        <source>Reading %1: the server ignored the byte range.</source>
        <translation>%1 lezen: de server negeerde het bytebereik.</translation>
    </message>
    <message>
        <source>Reading the properties of %1</source>
        <translation>De eigenschappen van %1 lezen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Last modified, in local time</source>
        <translation>Laatst gewijzigd, in lokale tijd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Access tier</source>
        <translation>Toegangslaag</translation>
    </message>
    <message>
        <source>Hot, cool, cold or archive (Blob storage)</source>
        <translation>Dynamisch, statisch, koud of archief (Blob-opslag)</translation>
    </message>
    <message>
        <source>%1 is not available here.</source>
        <translation>%1 is hier niet beschikbaar.</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 is niet beschikbaar: %2</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Rijen lezen</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Creating a folder</source>
        <translation>Een map maken</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Uploaden</translation>
    </message>
    <message>
        <source>Uploading in one request</source>
        <translation>Uploaden in één aanvraag</translation>
    </message>
    <message>
        <source>%1 changed on the server while it was being read (it is no longer version %2); nothing was kept. Read it again.</source>
        <translation>%1 is op de server gewijzigd terwijl het werd gelezen (het is niet meer versie %2); er is niets bewaard. Lees het opnieuw.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>StorageClientFactory</name>
    <message>
        <source>ADLS Gen1 datastores are reached with a service principal.</source>
        <translation>ADLS Gen1-gegevensarchieven worden met een service-principal bereikt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no client secret stored; update its credentials.</source>
        <translation>&apos;%1&apos; heeft geen clientgeheim bewaard; werk de referenties bij.</translation>
    </message>
    <message>
        <source>The endpoint of &apos;%1&apos; is not a usable URL.</source>
        <translation>Het eindpunt van &apos;%1&apos; is geen bruikbare URL.</translation>
    </message>
    <message>
        <source>Plain http is used only for loopback hosts, not %1.</source>
        <translation>Gewone http wordt alleen voor loopback-hosts gebruikt, niet voor %1.</translation>
    </message>
    <message>
        <source>Browsing %1 datastores is not available.</source>
        <translation>Bladeren in %1-gegevensarchieven is niet beschikbaar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no account key stored; update its credentials.</source>
        <translation>&apos;%1&apos; heeft geen accountsleutel bewaard; werk de referenties bij.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no SAS token stored; update its credentials.</source>
        <translation>&apos;%1&apos; heeft geen SAS-token bewaard; werk de referenties bij.</translation>
    </message>
    <message>
        <source>%1 datastores do not take a service principal.</source>
        <translation>%1-gegevensarchieven nemen geen service-principal.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no credential of its own and nobody is signed in to lend it one: identity-based datastores are reached with the signed-in user&apos;s token, in an Azure ML workspace.</source>
        <translation>&apos;%1&apos; heeft geen eigen referentie en niemand is aangemeld om er een te lenen: gegevensarchieven op basis van identiteit worden bereikt met het token van de aangemelde gebruiker, in een Azure ML-werkruimte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an identity-based File share datastore; reaching Azure Files with a user&apos;s token (the backup intent of REFERENCE 10.3) is not available yet.</source>
        <translation>&apos;%1&apos; is een bestandsshare-gegevensarchief op basis van identiteit; Azure Files bereiken met het token van een gebruiker (de back-upintentie van REFERENCE 10.3) is nog niet beschikbaar.</translation>
    </message>
    <message>
        <source>Reaching storage with %1 credentials is not available yet (needs Microsoft Entra ID tokens).</source>
        <translation>Opslag bereiken met %1-referenties is nog niet beschikbaar (vereist tokens van Microsoft Entra ID).</translation>
    </message>
</context>
<context>
    <name>StorageConnectionString</name>
    <message>
        <source>The connection string is empty.</source>
        <translation>De verbindingsreeks is leeg.</translation>
    </message>
    <message>
        <source>Part %1 of the connection string is not &apos;name=value&apos;.</source>
        <translation>Deel %1 van de verbindingsreeks is geen &apos;naam=waarde&apos;.</translation>
    </message>
    <message>
        <source>The connection string sets %1 twice.</source>
        <translation>De verbindingsreeks stelt %1 twee keer in.</translation>
    </message>
    <message>
        <source>The connection string has both AccountKey and SharedAccessSignature; keep one.</source>
        <translation>De verbindingsreeks heeft zowel AccountKey als SharedAccessSignature; houd er één.</translation>
    </message>
    <message>
        <source>DefaultEndpointsProtocol must be https or http, not &apos;%1&apos;.</source>
        <translation>DefaultEndpointsProtocol moet https of http zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) endpoint URL.</source>
        <translation>&apos;%1&apos; is geen http(s)-eindpunt-URL.</translation>
    </message>
    <message>
        <source>The connection string names no account (AccountName=…).</source>
        <translation>De verbindingsreeks noemt geen account (AccountName=…).</translation>
    </message>
    <message>
        <source>The connection string carries no credential (AccountKey=… or SharedAccessSignature=…).</source>
        <translation>De verbindingsreeks bevat geen referentie (AccountKey=… of SharedAccessSignature=…).</translation>
    </message>
    <message>
        <source>Blob</source>
        <translation>Blob</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Data Lake</source>
        <translation>Data Lake</translation>
    </message>
    <message>
        <source>A storage connection string applies only to Blob, File share and Data Lake Gen2 datastores.</source>
        <translation>Een verbindingsreeks voor opslag geldt alleen voor Blob-, bestandsshare- en Data Lake Gen2-gegevensarchieven.</translation>
    </message>
    <message>
        <source>The connection string has no %1 endpoint%2.</source>
        <translation>De verbindingsreeks heeft geen %1-eindpunt%2.</translation>
    </message>
    <message>
        <source> (the local emulator serves only Blob storage)</source>
        <translation> (de lokale emulator levert alleen Blob-opslag)</translation>
    </message>
</context>
<context>
    <name>StorageHttp</name>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source> — the server redirected to %1; redirects are not followed, so no credential goes to another address.</source>
        <translation> — de server stuurde door naar %1; doorverwijzingen worden niet gevolgd, dus er gaat geen referentie naar een ander adres.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>een ander adres</translation>
    </message>
</context>
<context>
    <name>StorageLocation</name>
    <message>
        <source>&apos;%1&apos; is not Azure Storage; it cannot be browsed here.</source>
        <translation>&apos;%1&apos; is geen Azure Storage; hier kan er niet in worden gebladerd.</translation>
    </message>
    <message>
        <source>The endpoint of &apos;%1&apos; is not a usable URL.</source>
        <translation>Het eindpunt van &apos;%1&apos; is geen bruikbare URL.</translation>
    </message>
    <message>
        <source>Plain http is used only for loopback hosts, not %1.</source>
        <translation>Gewone http wordt alleen voor loopback-hosts gebruikt, niet voor %1.</translation>
    </message>
</context>
<context>
    <name>StoragePreviewPane</name>
    <message>
        <source>Preview text</source>
        <translation>Voorbeeldtekst</translation>
    </message>
    <message>
        <source>Preview table</source>
        <translation>Voorbeeldtabel</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Properties and metadata</source>
        <translation>Eigenschappen en metagegevens</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Eigenschappen</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Selecteer een bestand om er een voorbeeld van te zien.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Geen voorbeeld: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown; reading more failed: %1</source>
        <translation>
            <numerusform>%n rij getoond; meer lezen is mislukt: %1</numerusform>
            <numerusform>%n rijen getoond; meer lezen is mislukt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s); more are read as you scroll.</source>
        <translation>
            <numerusform>De eerste rij; meer rijen worden gelezen terwijl u schuift.</numerusform>
            <numerusform>De eerste %n rijen; meer rijen worden gelezen terwijl u schuift.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s).</source>
        <translation>
            <numerusform>De enige rij.</numerusform>
            <numerusform>Alle %n rijen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the file read.</source>
        <translation>%1 van het bestand gelezen.</translation>
    </message>
    <message>
        <source>Reading rows…</source>
        <translation>Rijen lezen…</translation>
    </message>
    <message>
        <source>Column %1: %2%3</source>
        <translation>Kolom %1: %2%3</translation>
    </message>
    <message>
        <source>Schema %1: open it to see its tables and views.</source>
        <translation>Schema %1: open het om de tabellen en weergaven te zien.</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Map %1</translation>
    </message>
    <message>
        <source>Loading a preview of %1…</source>
        <translation>Voorbeeld van %1 laden…</translation>
    </message>
    <message>
        <source>%1 is too large to preview as an image (%2; the limit is %3).</source>
        <translation>%1 is te groot voor een voorbeeld als afbeelding (%2; de grens is %3).</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>The first %1 of %2.</source>
        <translation>De eerste %1 van %2.</translation>
    </message>
    <message>
        <source>All of %1.</source>
        <translation>Heel %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels.</source>
        <translation>%1 × %2 pixels.</translation>
    </message>
    <message>
        <source>Binary content: the first %1 bytes as hex. %2</source>
        <translation>Binaire inhoud: de eerste %1 bytes als hex. %2</translation>
    </message>
    <message>
        <source>JSON, pretty-printed. %1</source>
        <translation>JSON, netjes opgemaakt. %1</translation>
    </message>
    <message>
        <source>JSON, shown as text because only its beginning was read. %1</source>
        <translation>JSON, als tekst getoond omdat alleen het begin is gelezen. %1</translation>
    </message>
    <message>
        <source>Not valid JSON (%1), shown as text.</source>
        <translation>Geen geldige JSON (%1), als tekst getoond.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhoudstype</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>Content-MD5</source>
        <translation>Content-MD5</translation>
    </message>
    <message>
        <source>(none stored)</source>
        <translation>(niets bewaard)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Access tier</source>
        <translation>Toegangslaag</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Metagegevens: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Rijen (schatting)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>StorageTypePage</name>
    <message>
        <source>Storage type</source>
        <translation>Opslagtype</translation>
    </message>
    <message>
        <source>Choose the kind of storage the datastore connects to. The table shows which authentication each type accepts.</source>
        <translation>Kies het soort opslag waarmee het gegevensarchief verbinding maakt. De tabel toont welke verificatie elk type accepteert.</translation>
    </message>
    <message>
        <source>Storage types</source>
        <translation>Opslagtypen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>%1 allowed</source>
        <translation>%1 toegestaan</translation>
    </message>
    <message>
        <source>%1 not allowed</source>
        <translation>%1 niet toegestaan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Check what will be registered, then press Register.</source>
        <translation>Controleer wat er wordt geregistreerd en druk dan op Registreren.</translation>
    </message>
    <message>
        <source>Registration in progress</source>
        <translation>Bezig met registreren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Storage type</source>
        <translation>Opslagtype</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <source>(kept in the system keychain, not shown)</source>
        <translation>(bewaard in de sleutelbos van het systeem, niet getoond)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>(not given: your Microsoft Entra sign-in is used)</source>
        <translation>(niet opgegeven: uw Microsoft Entra-aanmelding wordt gebruikt)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>register without validating access</source>
        <translation>registreren zonder de toegang te controleren</translation>
    </message>
    <message>
        <source>validate access first</source>
        <translation>eerst de toegang controleren</translation>
    </message>
    <message>
        <source>create the storage if missing</source>
        <translation>de opslag maken als die ontbreekt</translation>
    </message>
    <message>
        <source>overwrite the existing datastore</source>
        <translation>het bestaande gegevensarchief overschrijven</translation>
    </message>
    <message>
        <source>make it the default</source>
        <translation>het standaardgegevensarchief maken</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>Registering &apos;%1&apos;…</source>
        <translation>&apos;%1&apos; registreren…</translation>
    </message>
    <message>
        <source>Checking access and registering &apos;%1&apos;…</source>
        <translation>Toegang controleren en &apos;%1&apos; registreren…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Registered &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; geregistreerd.</translation>
    </message>
    <message>
        <source>Register &amp;without validation</source>
        <translation>Registreren &amp;zonder controle</translation>
    </message>
    <message>
        <source>Registration cancelled; nothing was registered.</source>
        <translation>Registratie geannuleerd; er is niets geregistreerd.</translation>
    </message>
    <message>
        <source>%1 Go Back to change it.</source>
        <translation>%1 Ga terug om het te wijzigen.</translation>
    </message>
    <message>
        <source>the account, the file share</source>
        <translation>het account, de bestandsshare</translation>
    </message>
    <message>
        <source>the account, the filesystem</source>
        <translation>het account, het bestandssysteem</translation>
    </message>
    <message>
        <source>the account, the container</source>
        <translation>het account, de container</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>het archief</translation>
    </message>
    <message>
        <source>the Databricks workspace URL</source>
        <translation>de URL van de Databricks-werkruimte</translation>
    </message>
    <message>
        <source>the server, the database</source>
        <translation>de server, de database</translation>
    </message>
    <message>
        <source>The access check failed: %1 Check %2 and the credential (and that the storage firewall admits this computer), or register without validation and fix it later.</source>
        <translation>De toegangscontrole is mislukt: %1 Controleer %2 en de referentie (en of de firewall van de opslag deze computer toelaat), of registreer zonder controle en herstel het later.</translation>
    </message>
</context>
<context>
    <name>SupportMatrix</name>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1 heeft geen &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string.</source>
        <translation>%1: &quot;%2&quot; moet een tekenreeks zijn.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1: &quot;%2&quot; moet true of false zijn.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or has the wrong JSON type.</source>
        <translation>%1: &quot;%2&quot; ontbreekt of heeft het verkeerde JSON-type.</translation>
    </message>
    <message>
        <source>%1: a field must be a JSON object.</source>
        <translation>%1: een veld moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>%1 has the unknown field kind &quot;%2&quot;.</source>
        <translation>%1 heeft het onbekende veldsoort &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Each entry of &quot;types&quot; must be a JSON object.</source>
        <translation>Elk item van &quot;types&quot; moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>A storage type</source>
        <translation>Een opslagtype</translation>
    </message>
    <message>
        <source>Unknown storage type &quot;%1&quot; (known: %2).</source>
        <translation>Onbekend opslagtype &quot;%1&quot; (bekend: %2).</translation>
    </message>
    <message>
        <source>%1 allows no authentication kind.</source>
        <translation>%1 staat geen enkele soort verificatie toe.</translation>
    </message>
    <message>
        <source>%1 uses the unknown authentication kind &quot;%2&quot; (known: %3).</source>
        <translation>%1 gebruikt de onbekende soort verificatie &quot;%2&quot; (bekend: %3).</translation>
    </message>
    <message>
        <source>%1 uses the authentication kind &quot;%2&quot;, which &quot;authKinds&quot; does not describe.</source>
        <translation>%1 gebruikt de soort verificatie &quot;%2&quot;, die &quot;authKinds&quot; niet beschrijft.</translation>
    </message>
    <message>
        <source>%1: the fields of &quot;%2&quot; must be a JSON array.</source>
        <translation>%1: de velden van &quot;%2&quot; moeten een JSON-array zijn.</translation>
    </message>
    <message>
        <source>%1 declares the field &quot;%2&quot; twice.</source>
        <translation>%1 declareert het veld &quot;%2&quot; twee keer.</translation>
    </message>
    <message>
        <source>%1: the location field &quot;%2&quot; is not one of its fields.</source>
        <translation>%1: het locatieveld &quot;%2&quot; is geen van de velden.</translation>
    </message>
    <message>
        <source>The storage support matrix is invalid: %1</source>
        <translation>De ondersteuningsmatrix voor opslag is ongeldig: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>het is geen JSON-object.</translation>
    </message>
    <message>
        <source>An authentication kind</source>
        <translation>Een soort verificatie</translation>
    </message>
    <message>
        <source>Unknown authentication kind &quot;%1&quot; (known: %2).</source>
        <translation>Onbekende soort verificatie &quot;%1&quot; (bekend: %2).</translation>
    </message>
    <message>
        <source>The storage type &quot;%1&quot; is listed twice.</source>
        <translation>Het opslagtype &quot;%1&quot; staat er twee keer in.</translation>
    </message>
    <message>
        <source>The storage type &quot;%1&quot; is missing.</source>
        <translation>Het opslagtype &quot;%1&quot; ontbreekt.</translation>
    </message>
    <message>
        <source>Account key</source>
        <translation>Accountsleutel</translation>
    </message>
    <message>
        <source>The storage account&apos;s shared key (full access to the account).</source>
        <translation>De gedeelde sleutel van het opslagaccount (volledige toegang tot het account).</translation>
    </message>
    <message>
        <source>SAS token</source>
        <translation>SAS-token</translation>
    </message>
    <message>
        <source>A shared access signature scoped to the account, container or share.</source>
        <translation>Een Shared Access Signature voor het account, de container of de share.</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>Service-principal</translation>
    </message>
    <message>
        <source>A Microsoft Entra application: tenant ID, client ID and client secret.</source>
        <translation>Een Microsoft Entra-toepassing: tenant-id, client-id en clientgeheim.</translation>
    </message>
    <message>
        <source>SQL authentication</source>
        <translation>SQL-verificatie</translation>
    </message>
    <message>
        <source>A database user name and password.</source>
        <translation>Een gebruikersnaam en wachtwoord voor de database.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>No credential is stored with the datastore.</source>
        <translation>Er wordt geen referentie bij het gegevensarchief bewaard.</translation>
    </message>
    <message>
        <source>Azure Blob container</source>
        <translation>Azure Blob-container</translation>
    </message>
    <message>
        <source>A container in an Azure Storage account&apos;s Blob service.</source>
        <translation>Een container in de Blob-service van een Azure Storage-opslagaccount.</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Opslagaccount</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Eindpunt</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Azure File share</source>
        <translation>Azure-bestandsshare</translation>
    </message>
    <message>
        <source>A file share in an Azure Storage account&apos;s File service.</source>
        <translation>Een bestandsshare in de File-service van een Azure Storage-opslagaccount.</translation>
    </message>
    <message>
        <source>File share</source>
        <translation>Bestandsshare</translation>
    </message>
    <message>
        <source>Azure Data Lake Storage Gen1</source>
        <translation>Azure Data Lake Storage Gen1</translation>
    </message>
    <message>
        <source>A Data Lake Storage Gen1 account, reached over WebHDFS.</source>
        <translation>Een Data Lake Storage Gen1-account, bereikt via WebHDFS.</translation>
    </message>
    <message>
        <source>Azure Data Lake Storage Gen1 was retired on 29 February 2024: its accounts no longer answer. Registering and browsing still work wherever a WebHDFS endpoint answers (give it as the endpoint).</source>
        <translation>Azure Data Lake Storage Gen1 is op 29 februari 2024 buiten gebruik gesteld: de accounts antwoorden niet meer. Registreren en bladeren werken nog overal waar een WebHDFS-eindpunt antwoordt (geef dat op als eindpunt).</translation>
    </message>
    <message>
        <source>Data Lake store</source>
        <translation>Data Lake-archief</translation>
    </message>
    <message>
        <source>WebHDFS endpoint (advanced)</source>
        <translation>WebHDFS-eindpunt (geavanceerd)</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant-id</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-id</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <source>Resource URL</source>
        <translation>Resource-URL</translation>
    </message>
    <message>
        <source>Authority URL</source>
        <translation>Authority-URL</translation>
    </message>
    <message>
        <source>Azure Data Lake Storage Gen2</source>
        <translation>Azure Data Lake Storage Gen2</translation>
    </message>
    <message>
        <source>A file system in a hierarchical-namespace Azure Storage account.</source>
        <translation>Een bestandssysteem in een Azure Storage-opslagaccount met hiërarchische naamruimte.</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Bestandssysteem</translation>
    </message>
    <message>
        <source>Azure SQL Database</source>
        <translation>Azure SQL Database</translation>
    </message>
    <message>
        <source>A database on an Azure SQL logical server.</source>
        <translation>Een database op een logische Azure SQL-server.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Azure Database for PostgreSQL</source>
        <translation>Azure Database for PostgreSQL</translation>
    </message>
    <message>
        <source>A database on an Azure Database for PostgreSQL server.</source>
        <translation>Een database op een Azure Database for PostgreSQL-server.</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS vereisen</translation>
    </message>
    <message>
        <source>Azure Database for MySQL</source>
        <translation>Azure Database for MySQL</translation>
    </message>
    <message>
        <source>A database on an Azure Database for MySQL server.</source>
        <translation>Een database op een Azure Database for MySQL-server.</translation>
    </message>
    <message>
        <source>In the original Azure ML SDK a MySQL datastore could only be used as a source or target of pipeline data transfer steps.</source>
        <translation>In de oorspronkelijke Azure ML SDK kon een MySQL-gegevensarchief alleen als bron of doel van gegevensoverdrachtstappen in pijplijnen worden gebruikt.</translation>
    </message>
    <message>
        <source>Databricks File System</source>
        <translation>Databricks File System</translation>
    </message>
    <message>
        <source>The Databricks File System of the workspace&apos;s attached Databricks compute.</source>
        <translation>Het Databricks File System van de Databricks-rekenomgeving die aan de werkruimte is gekoppeld.</translation>
    </message>
    <message>
        <source>In the original Azure ML SDK a DBFS datastore could only be used by Databricks pipeline steps.</source>
        <translation>In de oorspronkelijke Azure ML SDK kon een DBFS-gegevensarchief alleen door Databricks-pijplijnstappen worden gebruikt.</translation>
    </message>
</context>
<context>
    <name>TransferQueue</name>
    <message>
        <source>The datastore was closed.</source>
        <translation>Het gegevensarchief is gesloten.</translation>
    </message>
    <message>
        <source>%1 was not downloaded: its name cannot be a file inside %2 (it has a &apos;..&apos; or &apos;.&apos; part, an empty part, a leading &apos;/&apos;, a control character or a part longer than 255 bytes).</source>
        <translation>%1 is niet gedownload: de naam kan geen bestand in %2 zijn (die heeft een deel &apos;..&apos; of &apos;.&apos;, een leeg deel, een &apos;/&apos; aan het begin, een stuurteken of een deel langer dan 255 bytes).</translation>
    </message>
    <message>
        <source>Could not tell whether %1 exists, so it was not uploaded (nothing is replaced unasked): %2</source>
        <translation>Kon niet vaststellen of %1 bestaat, dus het is niet geüpload (er wordt niets ongevraagd vervangen): %2</translation>
    </message>
    <message>
        <source>%1 exists already; it was not replaced.</source>
        <translation>%1 bestaat al; het is niet vervangen.</translation>
    </message>
    <message>
        <source>%1 exists already in the datastore; it was not replaced.</source>
        <translation>%1 bestaat al in het gegevensarchief; het is niet vervangen.</translation>
    </message>
    <message>
        <source>No free name was found beside %1.</source>
        <translation>Er is geen vrije naam naast %1 gevonden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>De map %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>%1: expected %2 bytes at offset %3, got %4.</source>
        <translation>%1: %2 bytes verwacht op positie %3, %4 gekregen.</translation>
    </message>
    <message>
        <source>%1: the download has %2 bytes, the object %3.</source>
        <translation>%1: de download heeft %2 bytes, het object %3.</translation>
    </message>
    <message>
        <source>%1: the downloaded bytes do not match the object&apos;s Content-MD5.</source>
        <translation>%1: de gedownloade bytes komen niet overeen met de Content-MD5 van het object.</translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation>De download kon niet naar %1 worden verplaatst.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer does not say the object&apos;s size as a byte count.</source>
        <translation>%1: het antwoord van de server geeft de grootte van het object niet als aantal bytes.</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file: the download does not replace it.</source>
        <translation>%1 is %2, geen gewoon bestand: de download vervangt het niet.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>it was replaced while being opened</source>
        <translation>het werd vervangen terwijl het werd geopend</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>%1 uploaden</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 changed while it was uploaded; the upload was stopped. Upload it again.</source>
        <translation>%1 is gewijzigd tijdens het uploaden; de upload is gestopt. Upload het opnieuw.</translation>
    </message>
    <message>
        <source>%1: the service holds %2 bytes, the file has %3.</source>
        <translation>%1: de service bevat %2 bytes, het bestand heeft er %3.</translation>
    </message>
    <message>
        <source>%1: the stored Content-MD5 differs from the file&apos;s.</source>
        <translation>%1: de bewaarde Content-MD5 verschilt van die van het bestand.</translation>
    </message>
</context>
<context>
    <name>TransfersPanel</name>
    <message>
        <source>Waiting</source>
        <translation>Wachten</translation>
    </message>
    <message>
        <source>Checking the destination</source>
        <translation>Bestemming controleren</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Exists already: waiting for your decision</source>
        <translation>Bestaat al: wacht op uw beslissing</translation>
    </message>
    <message>
        <source>Done as %1, MD5 verified</source>
        <translation>Klaar als %1, MD5 gecontroleerd</translation>
    </message>
    <message>
        <source>Done as %1, length verified</source>
        <translation>Klaar als %1, lengte gecontroleerd</translation>
    </message>
    <message>
        <source>Done, MD5 verified</source>
        <translation>Klaar, MD5 gecontroleerd</translation>
    </message>
    <message>
        <source>Done, length verified</source>
        <translation>Klaar, lengte gecontroleerd</translation>
    </message>
    <message>
        <source>Skipped: exists already</source>
        <translation>Overgeslagen: bestaat al</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>tot nu toe %1</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1% van %2</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel a&amp;ll</source>
        <translation>&amp;Alles annuleren</translation>
    </message>
    <message>
        <source>Clear &amp;finished</source>
        <translation>&amp;Voltooide wissen</translation>
    </message>
    <message>
        <source>&amp;Open destination folder</source>
        <translation>Bestemmingsmap &amp;openen</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Cancel the selected transfers</source>
        <translation>De geselecteerde overdrachten annuleren</translation>
    </message>
    <message>
        <source>Cancel every transfer still running or waiting</source>
        <translation>Elke overdracht annuleren die nog loopt of wacht</translation>
    </message>
    <message>
        <source>Remove the finished transfers from the list</source>
        <translation>De voltooide overdrachten uit de lijst verwijderen</translation>
    </message>
    <message>
        <source>Open the folder the selected download went to</source>
        <translation>De map openen waar de geselecteerde download naartoe ging</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(hoogste niveau)</translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <source>↑ %1</source>
        <translation>↑ %1</translation>
    </message>
    <message>
        <source>Download %1 → %2</source>
        <translation>Downloaden %1 → %2</translation>
    </message>
    <message>
        <source>Upload %1 → %2</source>
        <translation>Uploaden %1 → %2</translation>
    </message>
    <message>
        <source>%1 of %2 so far</source>
        <translation>tot nu toe %1 van %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Listing the folder…</source>
        <translation>Map opsommen…</translation>
    </message>
    <message>
        <source>%1 file(s) exist already: waiting for your decision</source>
        <translation>%1 bestand(en) bestaan al: wacht op uw beslissing</translation>
    </message>
    <message>
        <source>Failed: %1 of %2 file(s) failed, first: %3</source>
        <translation>Mislukt: %1 van %2 bestand(en) mislukt, eerste: %3</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 file(s) done</source>
        <translation>Geannuleerd: %1 van %2 bestand(en) klaar</translation>
    </message>
    <message>
        <source>Skipped: every file exists already</source>
        <translation>Overgeslagen: elk bestand bestaat al</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s), %1 skipped (exist already)</source>
        <translation>
            <numerusform>Klaar: %n bestand, %1 overgeslagen (bestaan al)</numerusform>
            <numerusform>Klaar: %n bestanden, %1 overgeslagen (bestaan al)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s), each verified</source>
        <translation>
            <numerusform>Klaar: %n bestand, gecontroleerd</numerusform>
            <numerusform>Klaar: %n bestanden, elk gecontroleerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>%1: there is no translation into &apos;%2&apos;; the languages are %3 (or &apos;system&apos;).</source>
        <translation>%1: er is geen vertaling in &apos;%2&apos;; de talen zijn %3 (of &apos;system&apos;).</translation>
    </message>
</context>
<context>
    <name>TreeMeasure</name>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The datastore was closed.</source>
        <translation>Het gegevensarchief is gesloten.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCatalog</name>
    <message>
        <source>A local workspace named &apos;%1&apos; already exists.</source>
        <translation>Er bestaat al een lokale werkruimte met de naam &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no local workspace named &apos;%1&apos;.</source>
        <translation>Er is geen lokale werkruimte met de naam &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Could not save the settings file %1.</source>
        <translation>Het instellingenbestand %1 kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Azure ML workspace %1 has not been connected.</source>
        <translation>Er is geen verbinding gemaakt met Azure ML-werkruimte %1.</translation>
    </message>
    <message>
        <source>Several connected Azure ML workspaces are named &apos;%1&apos;; name one by its key: %2.</source>
        <translation>Meerdere verbonden Azure ML-werkruimten heten &apos;%1&apos;; noem er een bij de sleutel: %2.</translation>
    </message>
    <message>
        <source>There is no local workspace named &apos;%1&apos; and no connected Azure ML workspace of that name.</source>
        <translation>Er is geen lokale werkruimte met de naam &apos;%1&apos; en geen verbonden Azure ML-werkruimte met die naam.</translation>
    </message>
</context>
<context>
    <name>WorkspaceManager</name>
    <message>
        <source>There is no local workspace named &apos;%1&apos;.</source>
        <translation>Er is geen lokale werkruimte met de naam &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The keychain holds no client secret for service principal %1 of %2; connect to the workspace again.</source>
        <translation>De sleutelbos bevat geen clientgeheim voor service-principal %1 van %2; maak opnieuw verbinding met de werkruimte.</translation>
    </message>
    <message>
        <source>No network access is set up for Azure ML workspaces.</source>
        <translation>Er is geen netwerktoegang ingesteld voor Azure ML-werkruimten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Nobody is signed in to %1 any more; connect to it again to sign in.</source>
        <translation>Er is niemand meer aangemeld bij %1; maak opnieuw verbinding om u aan te melden.</translation>
    </message>
    <message>
        <source>%1 is not an Azure ML workspace.</source>
        <translation>%1 is geen Azure ML-werkruimte.</translation>
    </message>
    <message>
        <source>Client secret: a service principal needs its client secret.</source>
        <translation>Clientgeheim: een service-principal heeft het clientgeheim nodig.</translation>
    </message>
</context>
<context>
    <name>WorkspaceRef</name>
    <message>
        <source>%1 (%2, Azure ML)</source>
        <translation>%1 (%2, Azure ML)</translation>
    </message>
    <message>
        <source>Subscription: &apos;%1&apos; is not a subscription id (a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47).</source>
        <translation>Abonnement: &apos;%1&apos; is geen abonnements-id (een GUID zoals 72f988bf-86f1-41af-91ab-2d7cd011db47).</translation>
    </message>
    <message>
        <source>Resource group: &apos;%1&apos; must be 1 to 90 letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;(&apos; or &apos;)&apos;, not ending in &apos;.&apos;.</source>
        <translation>Resourcegroep: &apos;%1&apos; moet 1 tot 90 letters, cijfers, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;(&apos; of &apos;)&apos; zijn en mag niet op &apos;.&apos; eindigen.</translation>
    </message>
    <message>
        <source>Tenant ID: a service principal signs in to one tenant: its id (a GUID) or verified domain, not &apos;%1&apos;.</source>
        <translation>Tenant-id: een service-principal meldt zich aan bij één tenant: de id daarvan (een GUID) of een geverifieerd domein, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Client ID: &apos;%1&apos; is not an application (client) id (a GUID).</source>
        <translation>Client-id: &apos;%1&apos; is geen toepassings-id (client-id) (een GUID).</translation>
    </message>
    <message>
        <source>Tenant ID: &apos;%1&apos; is neither a tenant id (a GUID), a verified domain nor &apos;organizations&apos;.</source>
        <translation>Tenant-id: &apos;%1&apos; is geen tenant-id (een GUID), geen geverifieerd domein en ook niet &apos;organizations&apos;.</translation>
    </message>
    <message>
        <source>config.json: not a JSON object such as {&quot;subscription_id&quot;: …, &quot;resource_group&quot;: …, &quot;workspace_name&quot;: …}.</source>
        <translation>config.json: geen JSON-object zoals {&quot;subscription_id&quot;: …, &quot;resource_group&quot;: …, &quot;workspace_name&quot;: …}.</translation>
    </message>
    <message>
        <source>config.json: &quot;%1&quot; is missing or not a string.</source>
        <translation>config.json: &quot;%1&quot; ontbreekt of is geen tekenreeks.</translation>
    </message>
</context>
<context>
    <name>WorkspaceRules</name>
    <message>
        <source>Create-if-not-exists applies only to %1; the storage of %2 datastores must already exist.</source>
        <translation>Maken-als-het-niet-bestaat geldt alleen voor %1; de opslag van %2-gegevensarchieven moet al bestaan.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>%1 datastores cannot be the workspace default: the default receives job outputs, so it must be one of %2.</source>
        <translation>%1-gegevensarchieven kunnen niet het standaardgegevensarchief van de werkruimte zijn: dat ontvangt de uitvoer van taken en moet dus een van %2 zijn.</translation>
    </message>
    <message>
        <source>A datastore named &apos;%1&apos; already exists in workspace &apos;%2&apos;; register with overwrite to replace it.</source>
        <translation>Er bestaat al een gegevensarchief met de naam &apos;%1&apos; in werkruimte &apos;%2&apos;; registreer met overschrijven om het te vervangen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in datastore of the workspace; it can be re-registered only as a %2.</source>
        <translation>&apos;%1&apos; is een ingebouwd gegevensarchief van de werkruimte; het kan alleen opnieuw worden geregistreerd als %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the default datastore and a %2 cannot be the default; make another datastore the default first.</source>
        <translation>&apos;%1&apos; is het standaardgegevensarchief en een %2 kan dat niet zijn; maak eerst een ander gegevensarchief de standaard.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is of type %2, which cannot be the default: the default receives job outputs, so it must be one of %3.</source>
        <translation>&apos;%1&apos; is van het type %2, dat niet de standaard kan zijn: de standaard ontvangt de uitvoer van taken en moet dus een van %3 zijn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the workspace&apos;s built-in blob datastore and can never be unregistered.</source>
        <translation>&apos;%1&apos; is het ingebouwde blob-gegevensarchief van de werkruimte; de registratie daarvan kan nooit worden opgeheven.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the default datastore of workspace &apos;%2&apos;; make another datastore the default first, then unregister it.</source>
        <translation>&apos;%1&apos; is het standaardgegevensarchief van werkruimte &apos;%2&apos;; maak eerst een ander gegevensarchief de standaard en hef dan de registratie op.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage Azure Machine Learning datastores.</source>
        <translation>Gegevensarchieven van Azure Machine Learning beheren.</translation>
    </message>
    <message>
        <source>Open the local workspace &lt;name&gt;.</source>
        <translation>De lokale werkruimte &lt;name&gt; openen.</translation>
    </message>
    <message>
        <source>Show the studio in language &lt;code&gt; (en, nl, or system: the desktop&apos;s).</source>
        <translation>De studio tonen in taal &lt;code&gt; (en, nl, of system: die van het bureaublad).</translation>
    </message>
    <message>
        <source>Datastore Studio</source>
        <translation>Datastore Studio</translation>
    </message>
</context>
</TS>
