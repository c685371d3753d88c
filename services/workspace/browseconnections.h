#pragma once

#include <QString>
#include <QStringList>

#include "services/core/datastore.h"
#include "services/core/jobs.h"
#include "services/core/supportmatrix.h"

class SecretStore;

// The studio's own connection for browsing a datastore whose record has none: a DBFS
// datastore (the original SDK registered DBFS without a credential) needs the Databricks
// workspace URL and a personal access token — or nothing, to browse with the signed-in
// user's Entra token. Kept in the keychain under "browse/<workspace id>/<datastore>/<field>",
// beside (not inside) the workspace: an Azure ML workspace never sees it.
namespace BrowseConnections {

inline const QString UrlField = QStringLiteral("databricks_url");
inline const QString TokenField = QStringLiteral("databricks_token");

bool needsOne(StorageType type);
// The secret half, as the CLI asks for it (one line on --secret-stdin).
AuthSpec secretSpec();
// The whole connection as the wizard and the credentials dialog ask for it: the workspace
// URL, then the token (secret); both optional (no token: the signed-in user's Entra token).
QList<FieldSpec> fields();
// The connection a form typed (plain values and secrets by field id, as FieldForm gives
// them): the fields() that are not blank, trimmed.
SecretMap fromForm(const QMap<QString, QString> &values, const QMap<QString, QString> &secrets);
QStringList keys(const QString &workspaceId, const QString &datastore);
// The connection's fields (UrlField, TokenField) that are stored; none stored is no error.
SecretsJob *read(SecretStore *store, const QString &workspaceId, const QString &datastore, QObject *parent);
SecretsJob *write(SecretStore *store, const QString &workspaceId, const QString &datastore, const SecretMap &values);
SecretsJob *remove(SecretStore *store, const QString &workspaceId, const QString &datastore);

} // namespace BrowseConnections
