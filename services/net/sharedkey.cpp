#include "services/net/sharedkey.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QByteArray collapseWhitespace(const QByteArray &value)
{
    QByteArray out;
    bool quoted = false;
    bool space = false;
    for (char c : value.trimmed()) {
        if (c == '"')
            quoted = !quoted;
        if (!quoted && (c == ' ' || c == '\t')) {
            space = true;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace

namespace SharedKey {

QByteArray stringToSign(const QByteArray &method, const QUrl &url, const HeaderList &headers, const QString &account)
{
    QByteArray s = method.toUpper() + '\n';
    QByteArray length = headerValue(headers, "Content-Length");
    if (length == "0")
        length.clear();
    const QList<QByteArray> standard = {headerValue(headers, "Content-Encoding"), headerValue(headers, "Content-Language"), length,
                                        headerValue(headers, "Content-MD5"),      headerValue(headers, "Content-Type"),
                                        headerValue(headers, "Date"),             headerValue(headers, "If-Modified-Since"),
                                        headerValue(headers, "If-Match"),         headerValue(headers, "If-None-Match"),
                                        headerValue(headers, "If-Unmodified-Since"), headerValue(headers, "Range")};
    for (const QByteArray &v : standard)
        s += v + '\n';

    QMap<QByteArray, QList<QByteArray>> msHeaders;
    for (const auto &[k, v] : headers) {
        const QByteArray name = k.toLower().trimmed();
        if (name.startsWith("x-ms-"))
            msHeaders[name].append(collapseWhitespace(v));
    }
    for (auto it = msHeaders.begin(); it != msHeaders.end(); ++it)
        s += it.key() + ':' + it.value().join(',') + '\n';

    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    s += '/' + account.toUtf8() + path;
    QMap<QString, QStringList> query;
    for (const auto &[k, v] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        query[k.toLower()].append(v);
    for (auto it = query.begin(); it != query.end(); ++it) {
        QStringList values = it.value();
        std::sort(values.begin(), values.end());
        s += '\n' + it.key().toUtf8() + ':' + values.join(u',').toUtf8();
    }
    return s;
}

QByteArray signature(const QByteArray &sts, const QByteArray &decodedKey)
{
    return QMessageAuthenticationCode::hash(sts, decodedKey, QCryptographicHash::Sha256).toBase64();
}

QByteArray authorization(const QByteArray &method, const QUrl &url, const HeaderList &headers, const QString &account,
                         const QByteArray &decodedKey)
{
    return "SharedKey " + account.toUtf8() + ':' + signature(stringToSign(method, url, headers, account), decodedKey);
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace SharedKey
