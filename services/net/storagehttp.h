#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include "services/net/httpclient.h"
#include "services/net/sharedkey.h"

class QNetworkAccessManager;

// How a storage request is authorised: Shared Key (account + decoded key), a SAS token
// appended to the query, a bearer token, or nothing (public containers).
class QFileDevice;
class TokenSource;

struct StorageAuth
{
    enum class Kind { SharedKey, Sas, Bearer, Anonymous };
    Kind kind = Kind::Anonymous;
    QString account;
    QByteArray key;      // decoded account key
    QString sas;         // without '?'
    QString bearerToken;
    QPointer<TokenSource> tokens; // when set, each attempt asks it for a fresh bearer token
};

// Azure Storage over the generic HttpClient: each attempt gets x-ms-date and x-ms-version and
// is signed (Shared Key), carries the SAS, or a fresh bearer token; storage error bodies (XML
// or JSON) become ApiErrors. Retries, deadlines, caps and URL checks are HttpClient's.
// Main thread; the manager is shared and owned by the caller.
class StorageHttp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageHttp)

public:
    static inline const QByteArray DefaultVersion = QByteArrayLiteral("2023-11-03");

    explicit StorageHttp(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~StorageHttp() override;

    HttpJob *send(const HttpRequest &request, const StorageAuth &auth);
    // Opens a connection to the service (TCP, and TLS for https) ahead of the first request,
    // e.g. while the credential is read from the keychain; that request then finds it open.
    void preconnect(const QUrl &serviceUrl);
    void setRetryPolicy(const RetryPolicy &policy) { m_client.setRetryPolicy(policy); }
    const RetryPolicy &retryPolicy() const { return m_client.retryPolicy(); }
    void setVersion(const QByteArray &version) { m_version = version; }
    QNetworkAccessManager *network() const { return m_client.network(); }
    HttpClient *client() { return &m_client; }

    // An ApiError from a storage error response (status, x-ms-error-code, body).
    static ApiError errorFrom(const HttpResponse &response, const QString &what);

private:
    HttpClient m_client;
    QByteArray m_version = DefaultVersion;
};
