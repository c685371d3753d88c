#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include "services/core/datastore.h"
#include "services/core/result.h"

class SupportMatrix;

// Datastores as the YAML that `az ml datastore create --file` reads (Azure ML CLI v2; Microsoft's
// "CLI (v2) … datastore YAML schema" pages): $schema, name, type (azure_blob, azure_file,
// azure_data_lake_gen1, azure_data_lake_gen2), description, tags, the type's own keys and
// `credentials` (account_key or sas_token; tenant_id, client_id, client_secret, authority_url,
// resource_url for a service principal; none for identity-based access). The other storage
// types have no az ml v2 YAML. Parsed with yaml-cpp; an unknown key, a wrong type of value or
// a YAML error names the key and its line.
namespace DatastoreYaml {

bool supports(StorageType type);
// "https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json" and its siblings.
QString schemaUrl(StorageType type);
// The az ml type name ("azure_blob").
QString typeName(StorageType type);

struct Written
{
    QByteArray text;
    // What the file does not carry and why, one sentence each (a left-out secret, a field the
    // studio keeps that az ml has no key for).
    QStringList leftOut;
};

// The file for `ds`. Its secrets go in only when `secrets` holds them; without them the file
// says in a comment how to give them when it is registered again.
Result<Written> write(const SupportMatrix &matrix, const Datastore &ds, const SecretMap &secrets);

struct Parsed
{
    Datastore datastore; // name, type, auth, fields, description, tags
    SecretMap secrets;   // those the file holds
    bool hasCredentials = false; // a `credentials` key (else: identity-based, or given otherwise)
    QMap<QString, int> lines; // 1-based line of each key read: "name", "account_name", "credentials.client_id"
    int line(const QString &key) const { return lines.value(key, 0); }
};

// Reads one datastore from `text`; `source` names it in messages ("blob.yml").
Result<Parsed> read(const SupportMatrix &matrix, const QByteArray &text, const QString &source);

} // namespace DatastoreYaml
