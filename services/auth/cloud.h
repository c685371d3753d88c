#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QUrl>

#include "services/core/result.h"

// One Azure cloud as the studio talks to it (REFERENCE.md 1): where Microsoft Entra ID signs
// in, where Azure Resource Manager answers, which resource an ARM token is asked for, and the
// storage DNS suffix datastores default to. The three national clouds are built in; a custom
// pair (ARM endpoint + authority) covers Azure Stack, sovereign clouds and test servers.
struct CloudProfile
{
    QString name;           // "AzureCloud", "AzureUSGovernment", "AzureChinaCloud", "custom"
    QUrl authority;         // https://login.microsoftonline.com
    QUrl arm;               // https://management.azure.com
    QString armResource;    // the resource an ARM token is for: https://management.azure.com/
    QString storageSuffix;  // core.windows.net

    bool isCustom() const { return name == CustomName; }

    static inline const QString CustomName = QStringLiteral("custom");
    static QList<CloudProfile> builtin();
    // A built-in cloud by its name (case-insensitive; also "public", "usgov", "china").
    static std::optional<CloudProfile> byName(const QString &name);
    // A custom cloud: both URLs https (plain http only on a loopback host), no user info, no
    // query. The ARM token is asked for the ARM endpoint itself. Field "arm_endpoint" or
    // "authority" names the offending input.
    static Result<CloudProfile> custom(const QUrl &arm, const QUrl &authority);
};
