#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Signs SAS tokens the way the storage service verifies them (version 2020-12-06 and later
// string-to-sign layouts), so the tests can hand real account and container SAS tokens —
// expired ones and ones without list permission included — to the clients under test.
namespace SasGen {

// Account SAS for the blob service: ss=b, srt=sco.
QString account(const QString &account, const QByteArray &key, const QString &permissions, const QDateTime &expiry,
                const QString &version = QStringLiteral("2021-08-06"));
// Service SAS for one container: sr=c.
QString container(const QString &account, const QString &container, const QByteArray &key, const QString &permissions,
                  const QDateTime &expiry, const QString &version = QStringLiteral("2021-08-06"));

} // namespace SasGen
