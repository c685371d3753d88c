#pragma once

#include <functional>

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include "services/core/result.h"

class HttpClient;
class QObject;

// The Microsoft Entra ID (v2.0 endpoint) wire format every sign-in shares (REFERENCE.md 2):
// form posts to {authority}/{tenant}/oauth2/v2.0/{token|devicecode}, JSON answers, and the one
// error shape ({"error", "error_description", "error_codes", "trace_id", ...}). Answers are
// untrusted: members of the wrong type are errors, text is made printable and bounded.
namespace Entra {

// An access token (and what came with it) from a token answer.
struct TokenAnswer
{
    QString accessToken;
    QString refreshToken;  // empty unless offline_access was asked
    QString idToken;
    QDateTime expiresAt;   // UTC
};

// The first answer of the device code flow (2.3).
struct DeviceCode
{
    QString deviceCode;
    QString userCode;
    QUrl verificationUri;
    QString message;
    QDateTime expiresAt;
    int intervalSeconds = 5;
};

// https, or http on a loopback host (test servers); an InvalidInput error naming `field` otherwise.
std::optional<ApiError> checkAuthority(const QUrl &authority, const QString &field = QStringLiteral("authority"));
// {authority}/{tenant}/oauth2/v2.0/{leaf}
QUrl endpoint(const QUrl &authority, const QString &tenant, const QString &leaf);
// "https://management.azure.com/" -> "https://management.azure.com/.default"; a resource that
// already ends in "/.default" is kept; "https://datalake.azure.net/" keeps its double slash.
QString defaultScope(const QString &resource);

Result<TokenAnswer> tokenAnswer(const nlohmann::json &answer);
Result<DeviceCode> deviceCodeAnswer(const nlohmann::json &answer);
// An Auth error from an Entra error answer: code = the OAuth error ("invalid_client",
// "authorization_pending"), the message says who was refused and why (error_description,
// first line), never a secret; trace and correlation ids go to the detail.
ApiError errorFrom(int status, const nlohmann::json &answer, const QString &who);

// POSTs the form to `url` (retried like any idempotent request: asking twice is harmless) and
// answers with the JSON body of a 200, or the Entra error.
void post(HttpClient *http, const QUrl &url, const QList<QPair<QString, QString>> &form, const QString &who, const QObject *context,
          std::function<void(const Result<nlohmann::json> &)> done);

// Redeems a refresh token for an access token to `resource` (REFERENCE.md 2.4): the answer, or
// the error, with `againHint` added to an invalid_grant (the sign-in has to be made anew).
void redeem(HttpClient *http, const QUrl &authority, const QString &tenant, const QString &clientId, const QString &refreshToken,
            const QString &resource, const QString &who, const QString &againHint, const QObject *context,
            std::function<void(const Result<TokenAnswer> &)> done);

} // namespace Entra
