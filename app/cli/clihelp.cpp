#include "app/cli/clihelp.h"

#include "services/storage/storageclientfactory.h"

#include <QCoreApplication>
#include <QStringList>

#include "services/core/supportmatrix.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts of the code below that is not a member of CliHelp, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliHelp)
};

QString registerHelp(const SupportMatrix &matrix)
{
    QStringList lines;
    lines << Text::tr("Usage: dsstudio datastore register --type TYPE --name NAME [--auth KIND] [FIELDS]")
          << Text::tr("       dsstudio datastore register --file FILE [--name NAME] [--auth KIND] [FIELDS]")
          << Text::tr("           [--overwrite] [--skip-validation] [--create-if-not-exists] [--set-default]")
          << Text::tr("           [--secret-stdin | --secret-env FIELD=VAR ...] [--json]")
          << QString()
          << Text::tr("--file reads an az ml v2 datastore YAML file (azure_blob, azure_file, azure_data_lake_gen1,")
          << Text::tr("azure_data_lake_gen2), as 'az ml datastore create --file' does; flags given as well win over it.")
          << Text::tr("A secret the file does not hold is read from --secret-stdin or --secret-env.")
          << QString()
          << Text::tr("Secrets are never taken from the command line. With --secret-stdin, give one line per")
          << Text::tr("secret field, in the order listed below; with --secret-env, name the variable holding each.")
          << Text::tr("NAME: 1-255 lowercase letters, digits and underscores, starting with a letter or digit.")
          << QString() << Text::tr("Types, fields ([default]) and authentication:");
    for (const StorageTypeSpec &t : matrix.types()) {
        lines << u"  "_s + t.id + u"  ("_s + t.label + u')';
        QStringList fields;
        for (const FieldSpec &f : t.fields)
            fields << f.flag() + (f.required ? Text::tr(" (required)") : (f.defaultValue.isEmpty() ? QString() : u" ["_s + f.defaultValue + u']'));
        if (!fields.isEmpty())
            lines << u"      "_s + fields.join(u"  "_s);
        for (const AuthSpec &a : t.auth) {
            QStringList plain;
            QStringList secrets;
            for (const FieldSpec &f : a.fields) {
                if (f.secret)
                    secrets << f.id;
                else
                    plain << f.flag() + (f.required ? Text::tr(" (required)") : u" ["_s + f.defaultValue + u']');
            }
            QString line = u"      --auth "_s + StorageTypes::id(a.kind);
            if (!plain.isEmpty())
                line += u": "_s + plain.join(u"  "_s);
            line += secrets.isEmpty() ? Text::tr("; no secret") : Text::tr("; secret lines: %1").arg(secrets.join(u", "_s));
            lines << line;
        }
        if (!t.note.isEmpty())
            lines << Text::tr("      note: %1").arg(t.note);
    }
    QStringList checked, unchecked;
    for (const StorageTypeSpec &t : matrix.types()) {
        if (t.type != StorageType::Dbfs)
            (StorageClientFactory::validatesFromRecord(t.type) ? checked : unchecked) << t.id;
    }
    lines << QString() << Text::tr("Access is checked for %1: the container, share or filesystem exists and the credential may")
                              .arg(checked.join(u", "_s))
          << Text::tr("list it; a database answers a trivial query and shows the login at least one schema.");
    if (!unchecked.isEmpty())
        lines << Text::tr("Without --skip-validation, registration of %1 fails, because their check is not available yet")
                     .arg(unchecked.join(u", "_s))
              << Text::tr("(it never pretends to have validated).");
    lines << Text::tr("dbfs: the Azure ML record holds no credential; give --databricks-url URL and a personal access token")
          << Text::tr("(--secret-stdin) for the studio to check and browse it (kept in the keychain), or --skip-validation.");
    return lines.join(u'\n');
}

} // namespace

namespace CliHelp {

QString text(const QString &topic, const SupportMatrix &matrix)
{
    if (topic == u"datastore register"_s)
        return registerHelp(matrix);
    if (topic == u"storage"_s) {
        return Text::tr("Usage: dsstudio ls DATASTORE[/PATH] [--recursive] [--json]\n"
                  "       dsstudio cat DATASTORE/PATH [--bytes N]\n"
                  "       dsstudio cat DATASTORE/SCHEMA/TABLE [--rows N]\n"
                  "       dsstudio get DATASTORE/PATH LOCAL [--recursive] [--overwrite | --skip-existing] [--verify length|md5] [--parallel N]\n"
                  "       dsstudio put LOCAL DATASTORE/PATH [--recursive] [--overwrite | --skip-existing] [--verify length|md5] [--parallel N]\n"
                  "       dsstudio rm DATASTORE/PATH [--recursive] [--yes]\n\n"
                  "For every datastore type, with the datastore's own credential: Azure Blob, Azure File share, ADLS\n"
                  "Gen1 and Gen2 and DBFS hold files and folders;\n"
                  "SQL datastores (PostgreSQL, MySQL, Azure SQL Database) are read only: ls DATASTORE lists the\n"
                  "schemas (MySQL: databases), ls DATASTORE/SCHEMA the tables and views (type, estimated rows),\n"
                  "ls DATASTORE/SCHEMA/TABLE the columns (type, nullability, key); cat DATASTORE/SCHEMA/TABLE\n"
                  "prints a header and the first N rows (default 100) as RFC 4180 CSV. Names are written as they\n"
                  "are (spaces, quotes, unicode, any case); a '/' or '%' inside a name is written %2F or %25.\n"
                  "ls prints one entry per line as it arrives (path, size, last modified; folders end in '/');\n"
                  "--json prints one JSON object per line.\n"
                  "A path that names a folder is a folder with or without a trailing '/': put puts a file into it;\n"
                  "get, cat and rm on a folder need --recursive (cat: ls or get --recursive).\n"
                  "Nothing is overwritten unasked: get and put refuse a file or object that exists unless\n"
                  "--overwrite (replace it) or --skip-existing (keep it and go on) is given.\n"
                  "rm --recursive says how many objects and bytes it deletes; off a terminal it needs --yes.\n"
                  "get checks every download's length and reads every range from the version it started on\n"
                  "(an object replaced meanwhile is an error, never a mix); put checks the stored length and\n"
                  "refuses a file that changes while it goes up. --verify md5 adds Content-MD5: put stores\n"
                  "the file's, get checks the object's when it has one (one core hashes ~650 MiB/s).");
    }
    if (topic == u"datastore export"_s) {
        return Text::tr("Usage: dsstudio datastore export NAME [--file FILE [--force]] [--include-secrets]\n\n"
                  "Writes the datastore as the az ml v2 YAML that 'az ml datastore create --file' and\n"
                  "'dsstudio datastore register --file' read ($schema, name, type, description, tags, the type's\n"
                  "fields, credentials), to standard output or FILE (never replacing one without --force).\n"
                  "Secrets stay out unless --include-secrets is given; the file is then written with mode 0600 and\n"
                  "a warning says that it holds a secret. Azure Blob, Azure File and ADLS Gen1 and Gen2 only.");
    }
    if (topic == u"datastore update-credentials"_s) {
        return Text::tr("Usage: dsstudio datastore update-credentials NAME [--auth KIND] [AUTH FIELDS]\n"
                  "           (--secret-stdin | --secret-env FIELD=VAR ...) [--skip-validation] [--json]\n\n"
                  "Replaces the credential of a datastore; the previous one is kept if anything fails.\n"
                  "AUTH FIELDS are those of the authentication kind (for example --tenant-id, --client-id,\n"
                  "--user-id); see 'dsstudio datastore register --help' for each type's kinds and secrets.");
    }
    if (topic == u"workspace connect"_s) {
        return Text::tr("Usage: dsstudio workspace connect (--subscription S --resource-group G --workspace W | --config PATH)\n"
                  "           [--cloud AzureCloud|AzureUSGovernment|AzureChinaCloud | --arm-endpoint URL --authority URL]\n"
                  "           --auth service_principal --tenant-id T --client-id C (--secret-stdin | --secret-env client_secret=VAR)\n"
                  "           --auth device_code [--tenant-id T] [--client-id C]\n"
                  "           --auth azure_cli [--tenant-id T]\n\n"
                  "Connects to an Azure Machine Learning workspace and makes it the current one; every datastore command\n"
                  "and ls/cat/get/put then work against it. --config reads the config.json the Azure ML tools write.\n"
                  "service_principal: the client secret goes to the keychain once the workspace has answered.\n"
                  "device_code: prints a code and an address to open in any browser, then waits for the sign-in; the\n"
                  "  refresh token is kept in the keychain, so later commands need no new sign-in. Without --client-id\n"
                  "  the Azure CLI's public client application is used.\n"
                  "azure_cli: reuses the session of 'az login' ($AZURE_CONFIG_DIR or ~/.azure), read-only.\n"
                  "Datastore secrets of an Azure ML workspace stay in the workspace (its Key Vault); nothing but the\n"
                  "sign-in is kept on this machine. Plain http endpoints only on loopback hosts.");
    }
    return Text::tr("dsstudio — manage Azure Machine Learning datastores, of a local or an Azure ML workspace\n\n"
              "Usage: dsstudio [--workspace NAME] COMMAND [ARGS] [--json]\n\n"
              "Workspaces:\n"
              "  workspace create NAME        create a local workspace\n"
              "  workspace connect ...        connect to an Azure ML workspace (see: dsstudio workspace connect --help)\n"
              "  workspace disconnect NAME    forget a connected Azure ML workspace and its sign-in\n"
              "  workspace discover ...       the Azure ML workspaces a sign-in can see (same sign-in options as connect)\n"
              "  workspace list               local and connected Azure ML workspaces (* = current)\n"
              "  workspace use NAME           remember NAME as the current workspace\n\n"
              "Datastores:\n"
              "  datastore list               name, type, default, account/server, container/..., auth\n"
              "  datastore show NAME          every field and which secrets are stored (never their values)\n"
              "  datastore register ...       register a datastore (see: dsstudio datastore register --help)\n"
              "  datastore update-credentials NAME ...   rotate a datastore's credential\n"
              "  datastore unregister NAME    remove the registration (the data is untouched)\n"
              "  datastore set-default NAME   make NAME the workspace default\n"
              "  datastore get-default        print the default datastore\n"
              "  datastore export NAME [--file FILE] [--include-secrets]   as az ml YAML\n"
              "  types                        storage types and their authentication kinds\n\n"
              "Storage (files: Blob, File share, ADLS Gen1 and Gen2, DBFS; tables: SQL datastores, read only):\n"
              "  ls DATASTORE[/PATH] [--recursive]    list, streaming\n"
              "  cat DATASTORE/PATH [--bytes N]       print an object (or its first N bytes)\n"
              "  cat DATASTORE/SCHEMA/TABLE [--rows N] print a table's first rows as CSV\n"
              "  get DATASTORE/PATH LOCAL [--recursive]   download\n"
              "  put LOCAL DATASTORE/PATH [--recursive]   upload\n"
              "  rm DATASTORE/PATH [--recursive] [--yes]   delete\n\n"
              "Options:\n"
              "  --workspace NAME             use NAME for this call only (a local workspace, or a connected Azure ML\n"
              "                               workspace by name or key)\n"
              "  --json                       machine-readable output\n"
              "  --lang CODE                  the language of messages: en, nl, or system (the default: $LANGUAGE, $LANG)\n"
              "  --parallel N                 get and put: connections per transfer, 1 to 16 (default 4)\n\n"
              "Environment: DSSTUDIO_LANG, DSSTUDIO_PARALLEL and DSSTUDIO_VERIFY (length or md5) stand in for --lang,\n"
              "--parallel and --verify; without them the studio's Settings apply (~/.config/datastore-studio/settings.ini).\n\n"
              "Exit codes: 0 ok, 1 failure (network, service or server fault), 2 bad input, 3 not found, 4 refused or conflict,\n"
              "5 keychain unavailable or locked, 6 not available yet.");
}

} // namespace CliHelp
