#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "services/core/result.h"
#include "services/core/storagetypes.h"

// What a field holds decides which rule checks it (FieldRules).
enum class FieldKind {
    Text,
    StorageAccount,
    Container,
    Share,
    StoreName,
    Uuid,
    Server,
    Database,
    User,
    Port,
    Endpoint,
    Protocol,
    Bool,
    HttpsUrl,
    AccountKey, // an Azure Storage account key: 64 bytes in base64 (88 characters)
    Sas,
};

struct FieldSpec
{
    QString id;            // snake_case; the CLI flag is the kebab-case form
    QString label;
    FieldKind kind = FieldKind::Text;
    bool required = false;
    bool secret = false;
    QString defaultValue;

    QString flag() const;  // "--account-name"
};

struct AuthSpec
{
    AuthKind kind = AuthKind::None;
    QList<FieldSpec> fields;  // non-secret and secret fields this auth kind adds

    QList<FieldSpec> secretFields() const;
};

struct StorageTypeSpec
{
    StorageType type = StorageType::AzureBlob;
    QString id;
    QString label;
    QString description;
    QString note;          // a footnote of the matrix: shown, never blocking
    QString v1Type;
    QString v2Type;
    bool canCreate = false;
    bool canBeDefault = false;
    QString accountField;  // which field is "account or server"
    QString containerField; // which field is "container / share / filesystem / database"
    QList<FieldSpec> fields;
    QList<AuthSpec> auth;  // in the order the matrix lists them

    const AuthSpec *authSpec(AuthKind kind) const;
    QList<AuthKind> authKinds() const;
    // Every field a datastore of this type with this auth kind can have, location fields first.
    QList<FieldSpec> allFields(AuthKind kind) const;
    const FieldSpec *field(const QString &id, AuthKind kind) const;
};

struct AuthKindSpec
{
    AuthKind kind = AuthKind::None;
    QString label;
    QString description;
};

// The support matrix: storage types x authentication kinds, the fields each needs, and the
// footnotes. Loaded from JSON (resources/support-matrix.json is compiled in). Immutable value.
class SupportMatrix
{
public:
    // Parses and checks a matrix document: unknown types, auth kinds or field kinds are
    // rejected with an error that names the offending entry.
    static Result<SupportMatrix> parse(const QByteArray &json);
    // The matrix compiled into the program (parsed once).
    static const SupportMatrix &builtin();

    const QList<StorageTypeSpec> &types() const { return m_types; }
    const QList<AuthKindSpec> &authKinds() const { return m_authKinds; }
    const StorageTypeSpec &type(StorageType type) const;
    const AuthKindSpec &authKind(AuthKind kind) const;

private:
    QList<StorageTypeSpec> m_types;
    QList<AuthKindSpec> m_authKinds;
};
