#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Azure Storage Shared Key signing (Blob, File, dfs; REFERENCE.md 8.2). Pure functions, so
// the signer and the test servers share nothing but the specification.
namespace SharedKey {

// The string-to-sign for a request: the verb, the eleven standard headers (Content-Length
// empty when 0, Date empty because x-ms-date is sent), the canonicalized x-ms- headers and
// the canonicalized resource "/" + account + the encoded path + the decoded, sorted query.
QByteArray stringToSign(const QByteArray &method, const QUrl &url, const HeaderList &headers, const QString &account);
// Base64(HMAC-SHA256(key, stringToSign)).
QByteArray signature(const QByteArray &stringToSign, const QByteArray &decodedKey);
// "SharedKey account:signature".
QByteArray authorization(const QByteArray &method, const QUrl &url, const HeaderList &headers, const QString &account,
                         const QByteArray &decodedKey);
// RFC 1123 date in the C locale, e.g. "Tue, 03 Mar 2026 10:00:00 GMT".
QByteArray httpDate(const QDateTime &utc);

} // namespace SharedKey
