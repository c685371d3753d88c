#include "services/core/connectionstring.h"

#include "services/core/printable.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts of the code below that is not a member of StorageConnectionString, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StorageConnectionString)
};

ApiError invalid(const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidInput, u"connection_string.invalid"_s, message, u"connection_string"_s);
}

const QString EmulatorAccount = u"devstoreaccount1"_s;
const QString EmulatorKey = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;

} // namespace

Result<StorageConnectionString> StorageConnectionString::parse(const QString &text)
{
    StorageConnectionString out;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(Text::tr("The connection string is empty."));
    QMap<QString, QString> parts;
    int number = 0;
    for (const QString &part : trimmed.split(u';', Qt::SkipEmptyParts)) {
        ++number;
        const qsizetype eq = part.indexOf(u'=');
        // Not quoted: a part without a name may well be a key pasted on its own.
        if (eq <= 0)
            return invalid(Text::tr("Part %1 of the connection string is not 'name=value'.").arg(number));
        const QString key = part.left(eq).trimmed();
        if (parts.contains(key.toLower()))
            return invalid(Text::tr("The connection string sets %1 twice.").arg(key));
        parts.insert(key.toLower(), part.mid(eq + 1).trimmed());
    }
    out.developmentStorage = parts.value(u"usedevelopmentstorage"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0;
    if (out.developmentStorage) {
        // Azurite's well-known account (a published, non-secret key).
        out.accountName = EmulatorAccount;
        out.accountKey = EmulatorKey;
        out.protocol = u"http"_s;
        out.blobEndpoint = u"http://127.0.0.1:10000/devstoreaccount1"_s;
        return out;
    }
    out.accountName = parts.value(u"accountname"_s);
    out.accountKey = parts.value(u"accountkey"_s);
    out.sasToken = parts.value(u"sharedaccesssignature"_s);
    if (out.sasToken.startsWith(u'?'))
        out.sasToken.remove(0, 1);
    out.protocol = parts.value(u"defaultendpointsprotocol"_s).toLower();
    out.endpointSuffix = parts.value(u"endpointsuffix"_s);
    out.blobEndpoint = parts.value(u"blobendpoint"_s);
    out.fileEndpoint = parts.value(u"fileendpoint"_s);
    out.dfsEndpoint = parts.value(u"dfsendpoint"_s);
    if (!out.accountKey.isEmpty() && !out.sasToken.isEmpty())
        return invalid(Text::tr("The connection string has both AccountKey and SharedAccessSignature; keep one."));
    if (!out.protocol.isEmpty() && out.protocol != u"https"_s && out.protocol != u"http"_s)
        return invalid(Text::tr("DefaultEndpointsProtocol must be https or http, not '%1'.").arg(out.protocol));
    for (QString *endpoint : {&out.blobEndpoint, &out.fileEndpoint, &out.dfsEndpoint}) {
        if (endpoint->isEmpty())
            continue;
        const QUrl url(*endpoint, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            return invalid(Text::tr("'%1' is not an http(s) endpoint URL.").arg(Printable::line(endpoint->section(u'?', 0, 0), 120)));
        while (endpoint->endsWith(u'/'))
            endpoint->chop(1);
    }
    if (out.accountName.isEmpty()) {
        // Path-style emulator endpoints name the account in the first path segment.
        const QString endpoint = !out.blobEndpoint.isEmpty() ? out.blobEndpoint : out.fileEndpoint;
        const QString path = QUrl(endpoint).path();
        out.accountName = path.section(u'/', 1, 1);
        if (out.accountName.isEmpty() && !endpoint.isEmpty())
            out.accountName = QUrl(endpoint).host().section(u'.', 0, 0); // acct.blob.core.windows.net
    }
    if (out.accountName.isEmpty())
        return invalid(Text::tr("The connection string names no account (AccountName=…)."));
    if (out.accountKey.isEmpty() && out.sasToken.isEmpty())
        return invalid(Text::tr("The connection string carries no credential (AccountKey=… or SharedAccessSignature=…)."));
    return out;
}

Result<QMap<QString, QString>> StorageConnectionString::fieldsFor(StorageType type) const
{
    QMap<QString, QString> fields{{u"account_name"_s, accountName}};
    QString endpoint;
    QString service;
    switch (type) {
    case StorageType::AzureBlob: endpoint = blobEndpoint; service = Text::tr("Blob"); break;
    case StorageType::AzureFile: endpoint = fileEndpoint; service = Text::tr("File"); break;
    case StorageType::AzureDataLakeGen2: endpoint = !dfsEndpoint.isEmpty() ? dfsEndpoint : blobEndpoint; service = Text::tr("Data Lake"); break;
    default:
        return invalid(Text::tr("A storage connection string applies only to Blob, File share and Data Lake Gen2 datastores."));
    }
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint);
        const QString host = url.host();
        // <account>.<blob|file|dfs>.<suffix> with no path or port is the standard form: keep the
        // suffix. Anything else (emulators, private endpoints) stays an explicit URL.
        const QString service = host.section(u'.', 1, 1);
        const bool standard = url.path().isEmpty() && url.port() < 0 && host.section(u'.', 0, 0) == accountName
            && (service == u"blob"_s || service == u"file"_s || service == u"dfs"_s) && host.count(u'.') >= 3;
        fields.insert(u"endpoint"_s, standard ? host.section(u'.', 2) : endpoint);
        fields.insert(u"protocol"_s, url.scheme());
        return fields;
    }
    if (developmentStorage || (!blobEndpoint.isEmpty() && endpointSuffix.isEmpty())) {
        return invalid(Text::tr("The connection string has no %1 endpoint%2.")
                           .arg(service, developmentStorage ? Text::tr(" (the local emulator serves only Blob storage)") : QString()));
    }
    if (!endpointSuffix.isEmpty())
        fields.insert(u"endpoint"_s, endpointSuffix);
    if (!protocol.isEmpty())
        fields.insert(u"protocol"_s, protocol);
    return fields;
}
