#include "services/workspace/browseconnections.h"

#include <QCoreApplication>

#include "services/secrets/secretstore.h"

using namespace Qt::Literals::StringLiterals;

namespace BrowseConnections {

namespace {

QString key(const QString &workspaceId, const QString &datastore, const QString &field)
{
    return u"browse/%1/%2/%3"_s.arg(workspaceId, datastore, field);
}

} // namespace

bool needsOne(StorageType type)
{
    return type == StorageType::Dbfs;
}

AuthSpec secretSpec()
{
    AuthSpec spec;
    spec.kind = AuthKind::None;
    FieldSpec token;
    token.id = TokenField;
    token.label = QCoreApplication::translate("BrowseConnections", "Databricks personal access token");
    token.secret = true;
    spec.fields = {token};
    return spec;
}

QList<FieldSpec> fields()
{
    FieldSpec url;
    url.id = UrlField;
    url.label = QCoreApplication::translate("BrowseConnections", "Databricks workspace URL");
    url.kind = FieldKind::HttpsUrl;
    return {url, secretSpec().fields.first()};
}

SecretMap fromForm(const QMap<QString, QString> &values, const QMap<QString, QString> &secrets)
{
    SecretMap connection;
    for (const FieldSpec &f : fields()) {
        const QString value = (f.secret ? secrets : values).value(f.id).trimmed();
        if (!value.isEmpty())
            connection.insert(f.id, value);
    }
    return connection;
}

QStringList keys(const QString &workspaceId, const QString &datastore)
{
    return {key(workspaceId, datastore, UrlField), key(workspaceId, datastore, TokenField)};
}

SecretsJob *read(SecretStore *store, const QString &workspaceId, const QString &datastore, QObject *parent)
{
    auto *job = new SecretsJob(parent);
    SecretsJob *inner = store->read(keys(workspaceId, datastore));
    QObject::connect(job, &Job::cancelRequested, inner, &Job::cancel);
    onFinished(inner, job, [job, workspaceId, datastore](const Result<SecretMap> &r) {
        if (!r) {
            job->finish(r.error());
            return;
        }
        SecretMap out;
        for (const QString &field : {UrlField, TokenField}) {
            const QString k = key(workspaceId, datastore, field);
            if (r.value().contains(k))
                out.insert(field, r.value().value(k));
        }
        job->finish(out);
    });
    return job;
}

SecretsJob *write(SecretStore *store, const QString &workspaceId, const QString &datastore, const SecretMap &values)
{
    SecretMap entries;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        entries.insert(key(workspaceId, datastore, it.key()), it.value());
    return store->write(entries);
}

SecretsJob *remove(SecretStore *store, const QString &workspaceId, const QString &datastore)
{
    return store->remove(keys(workspaceId, datastore));
}

} // namespace BrowseConnections
