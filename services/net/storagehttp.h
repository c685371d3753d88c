#pragma once

#include <QNetworkReply>
#include <QObject>
#include <functional>

#include <QPointer>
#include <QUrl>

#include "services/core/jobs.h"
#include "services/net/fileregion.h"
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

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    // When set, the body is this stretch of a file instead, read while it is sent (each attempt
    // reads it again): memory stays at the network layer's buffers whatever its length.
    FileRegion bodyFile;
    bool idempotent = true; // only idempotent requests are retried
    qint64 maxBodyBytes = 256LL * 1024 * 1024;
    // When set, a 2xx response body is streamed into this file from `sinkOffset` on instead of
    // being kept in memory; error bodies are kept. A ranged read cut short is retried from
    // where it stopped, and only from the same version: the resumed reply must carry the
    // interrupted one's ETag (else the read fails as storage.changed).
    QPointer<QFileDevice> sink;
    qint64 sinkOffset = 0;
    qint64 resumedBytes = 0;  // set by the retries: bytes written by earlier attempts
    QByteArray resumeEtag;    // set by the retries: the version being resumed
    // Told of every block written to the sink (its file offset and bytes), e.g. to hash.
    std::function<void(qint64 offset, const QByteArray &bytes)> onSinkWrite;
};

struct HttpResponse
{
    int status = 0;
    HeaderList headers;
    QByteArray body;
    qint64 sunkBytes = 0; // bytes written to HttpRequest::sink, by every attempt
    int attempts = 1;
    QByteArray header(const QByteArray &name) const;
};

// Exponential backoff with jitter: base × 2^attempt × [0.5, 1.5), capped; a Retry-After
// header (seconds or an HTTP date) wins when it is longer.
struct RetryPolicy
{
    int maxAttempts = 5;
    int baseDelayMs = 800;
    int maxDelayMs = 30000;
    int transferTimeoutMs = 60000;
    int delayMs(int attempt, const QByteArray &retryAfter) const;
    static bool retryableStatus(int status);
    static bool retryableNetworkError(QNetworkReply::NetworkError error);
};

class HttpJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpJob)

public:
    using ResultType = Result<HttpResponse>;
    using Job::Job;
    void finish(const ResultType &result);

signals:
    void finished(const Result<HttpResponse> &result);
    void uploadProgress(qint64 sent, qint64 total);
    // A response's status and headers, as soon as they arrive (before its body); once per attempt.
    void headersReceived(const HttpResponse &headers);
    void retrying(int attempt, int delayMs, const QString &reason);
};

// Sends storage REST requests over a QNetworkAccessManager: adds x-ms-date, x-ms-version and
// a client request id, signs each attempt, retries transient failures of idempotent requests,
// detects truncated bodies, and turns storage error bodies (XML or JSON) into ApiErrors.
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
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setVersion(const QByteArray &version) { m_version = version; }
    QNetworkAccessManager *network() const { return m_network; }

    // An ApiError from a storage error response (status, x-ms-error-code, body).
    static ApiError errorFrom(const HttpResponse &response, const QString &what);

private:
    void attempt(HttpJob *job, HttpRequest request, StorageAuth auth, int attemptNo);
    void sendAttempt(HttpJob *job, HttpRequest request, StorageAuth auth, int attemptNo);

    QPointer<QNetworkAccessManager> m_network;
    RetryPolicy m_policy;
    QByteArray m_version = DefaultVersion;
};
