#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// What a pasted SAS token grants, for people: its kind, expiry, permissions and resource
// types, and the warnings a browser user needs (expired, expiring within 7 days, cannot list
// or read). Pure; never keeps or prints the signature.
struct SasTokenInfo
{
    enum class Kind { Account, Service, UserDelegation, Unknown };

    bool valid = false;            // has sv= and sig=
    Kind kind = Kind::Unknown;
    QDateTime start;
    QDateTime expiry;
    QString permissions;           // raw letters, e.g. "rl"
    QStringList permissionNames;   // "read", "list", …
    QStringList resourceTypes;     // "service", "container", "object" / "blob", "directory" …
    QStringList services;          // "blob", "file", …
    QString protocol;              // "https" or "https,http"
    QStringList warnings;
    QStringList errors;

    static SasTokenInfo analyse(const QString &token, const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool expired(const QDateTime &now) const { return expiry.isValid() && expiry <= now; }
};
