#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "services/core/storagetypes.h"

class SupportMatrix;

// Secret values keyed by field id ("account_key" -> value). Held only in memory, on the way
// to or from the keychain; never stored, logged or printed.
using SecretMap = QMap<QString, QString>;

// A registered datastore as the workspace knows it: non-secret fields only, plus the names
// (never the values) of the secret fields stored in the keychain.
struct Datastore
{
    QString name;
    StorageType type = StorageType::AzureBlob;
    AuthKind auth = AuthKind::None;
    QMap<QString, QString> fields;
    QStringList storedSecrets;
    // What Azure ML keeps beside the connection (and az ml YAML carries): free text and tags.
    QString description;
    QMap<QString, QString> tags;
    bool isDefault = false;
    bool isSystem = false;
    QDateTime createdAt;
    QDateTime modifiedAt;
    // Which service holds the record: "" for a local workspace, "arm" (Azure ML's v2 ARM API)
    // or "v1" (its v1 datastore service), so the UI and CLI can say where it came from.
    QString origin;
    // What the workspace wants the user to know about the call that returned this record
    // ("registered, but the default was not changed because …"). Never stored.
    QStringList notes;

    QString field(const QString &id) const { return fields.value(id); }
    // "account or server" and "container / share / filesystem / database", per the matrix.
    QString account(const SupportMatrix &matrix) const;
    QString container(const SupportMatrix &matrix) const;
    // azureml://datastores/<name> — the short URI form jobs accept for a workspace datastore.
    QString azuremlUri() const;
};

struct RegisterOptions
{
    bool overwrite = false;
    bool skipValidation = false;
    bool createIfNotExists = false;
    bool setDefault = false;
};

struct RegistrationRequest
{
    Datastore datastore;   // name, type, auth and non-secret fields
    SecretMap secrets;
    RegisterOptions options;
};

// Rotating or replacing the credential of an existing datastore: the auth kind (may change
// to another kind the type allows), that kind's non-secret fields and its secrets.
struct CredentialUpdate
{
    QString name;
    AuthKind auth = AuthKind::None;
    QMap<QString, QString> fields;
    SecretMap secrets;
    bool skipValidation = false;
};

Q_DECLARE_METATYPE(Datastore)
