#pragma once

#include <functional>

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "services/core/jobs.h"
#include "services/net/fileregion.h"

class QFileDevice;
class QNetworkAccessManager;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    // When set, the body is this stretch of a file instead, read while it is sent (each attempt
    // reads it again): memory stays at the network layer's buffers whatever its length.
    FileRegion bodyFile;
    bool idempotent = true; // only idempotent requests are retried (and any request refused with 429)
    // What a 2xx body kept in memory may grow to (listings, JSON answers); past it the reply
    // is abandoned as http.too_large. A ranged request (Range: bytes=a-b) never takes more than
    // the b-a+1 bytes it asked for, in memory or in the sink (http.too_long).
    qint64 maxBodyBytes = 8LL * 1024 * 1024;
    // What an error body (status >= 300) may grow to: the rest is not read.
    qint64 maxErrorBodyBytes = 16 * 1024;
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

    // The byte count a "Range: bytes=a-b" header asks for, or -1.
    qint64 rangeLength() const;
};

struct HttpResponse
{
    int status = 0;
    HeaderList headers;
    QByteArray body;
    qint64 sunkBytes = 0; // bytes written to HttpRequest::sink, by every attempt
    int attempts = 1;
    bool bodyCut = false; // an error body longer than maxErrorBodyBytes: only its start is here
    QString where;        // METHOD and the URL without its query or user info, for messages
    QByteArray requestId; // the client request id the answered attempt carried (for support)
    QByteArray header(const QByteArray &name) const;
};

// How hard one request tries, and how long it may take.
// - Exponential backoff with jitter: base × 2^attempt × [0.5, 1.5), capped at maxDelayMs; a
//   Retry-After header (seconds or an HTTP date) wins when longer, but never beyond
//   maxRetryAfterMs (a negative, unparsable or past value counts as none).
// - Deadlines: no byte at all for transferTimeoutMs; the status and headers not complete
//   within headersTimeoutMs of the request (or of its body) having been sent; a body, up or
//   down, moving fewer than minBytesPerWindow bytes in a rateWindowMs window (unless all of it
//   has come: a slow event loop is not a slow server). Each ends the
//   attempt as stalled (retried when safe), so no request lives forever.
struct RetryPolicy
{
    int maxAttempts = 5;
    int baseDelayMs = 800;
    int maxDelayMs = 30000;
    int maxRetryAfterMs = 60000;
    int transferTimeoutMs = 60000;
    int headersTimeoutMs = 60000;
    int rateWindowMs = 30000;
    qint64 minBytesPerWindow = 4096;
    // `asked` is set to the Retry-After the server asked for, in ms (-1: none usable).
    int delayMs(int attempt, const QByteArray &retryAfter, int *asked = nullptr) const;
    static bool retryableStatus(int status);
    // The body an answer has (RFC 9110 6.4.1): none for HEAD, 1xx, 204 and 304; else its
    // Content-Length when that is a byte count; -1 when only the end of the connection tells.
    // The rate deadline never applies to an answer whose body has all arrived.
    static qint64 expectedBodyBytes(const QByteArray &method, int status, const QByteArray &contentLength);
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

// One attempt as it is about to go out: what an authorizer may complete.
struct OutgoingRequest
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    qint64 bodyLength = 0;
    bool hasBody = false;
};

// Run before every attempt to add what that attempt needs (a date, a signature, a fresh
// token); calls `ready` once, now or later, with the completed request or an error.
using HttpAuthorizer = std::function<void(QObject *context, OutgoingRequest request,
                                          std::function<void(const Result<OutgoingRequest> &)> ready)>;

// The generic HTTP layer every service client shares (Azure Storage, ARM, Entra ID, and later
// Databricks and WebHDFS): a client request id per attempt, retries of idempotent requests
// with backoff and jitter, Retry-After within a cap, the deadlines of RetryPolicy, caps on what
// is buffered, bodies held to the range asked for, redirects never followed (a credential is
// never replayed to another address), cancellation. It refuses URLs that would not go where
// they say: '.'/'..' path segments (normalised away by Qt), user info, plain http off
// loopback. Protocol specifics (signing, error bodies) stay with the callers.
// Main thread; the manager is shared and owned by the caller.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    explicit HttpClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HttpClient() override;

    HttpJob *send(const HttpRequest &request, HttpAuthorizer authorize = {});
    // Every request of the process goes through the system's proxy settings (on Linux the
    // https_proxy / http_proxy / no_proxy variables). Both programs call this at start.
    static void useSystemProxy();
    // For an error of the proxy: which proxy, and where that setting comes from (else empty).
    static QString proxyNote(QNetworkReply::NetworkError error, const QUrl &url);
    // Opens a connection (TCP, and TLS for https) ahead of the first request to it.
    void preconnect(const QUrl &serviceUrl);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // The header that carries a fresh id per attempt (x-ms-client-request-id for Azure).
    void setRequestIdHeader(const QByteArray &name) { m_requestIdHeader = name; }
    QNetworkAccessManager *network() const { return m_network; }

    // Why this URL may not be sent, or an error of kind None.
    static ApiError refusal(const QUrl &url);
    // "GET https://host/path" — never the query (a SAS) or user info.
    static QString where(const QByteArray &method, const QUrl &url);
    // Same scheme, host and port: where a credential meant for `b` may also go (a nextLink).
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // `base` with `path` (decoded text, encoded here) after its own path and these query
    // items, every value percent-encoded whole ('+', '&', '#' and '%' stay the characters).
    static QUrl compose(const QUrl &base, const QString &path, const QList<QPair<QString, QString>> &query = {});

private:
    void attempt(HttpJob *job, HttpRequest request, HttpAuthorizer authorize, int attemptNo);
    void sendAttempt(HttpJob *job, const HttpRequest &request, const HttpAuthorizer &authorize, const OutgoingRequest &out,
                     int attemptNo);

    QPointer<QNetworkAccessManager> m_network;
    RetryPolicy m_policy;
    QByteArray m_requestIdHeader = QByteArrayLiteral("x-ms-client-request-id");
};
