#include "services/net/httpclient.h"

#include <QUrlQuery>
#include "services/net/headervalues.h"

#include <cmath>

#include <QDateTime>
#include <QFileDevice>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include "services/core/fieldrules.h"
#include "services/net/httpdate.h"

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "studio.services.http", QtWarningMsg)

namespace {

// A ranged read to a sink that stopped after `sunk` bytes: the next attempt asks for the rest.
bool resumeRange(HttpRequest *request, qint64 sunk, const QByteArray &etag)
{
    if (!request->sink || sunk <= 0 || etag.isEmpty())
        return false;
    for (auto &[k, v] : request->headers) {
        if (k.compare("Range", Qt::CaseInsensitive) != 0 || !v.startsWith("bytes="))
            continue;
        const QByteArray spec = v.mid(6);
        const qsizetype dash = spec.indexOf('-');
        bool ok = false;
        const qint64 start = spec.left(dash).toLongLong(&ok);
        const QByteArray end = spec.mid(dash + 1);
        if (dash < 0 || !ok || (!end.isEmpty() && start + sunk > end.toLongLong()))
            return false;
        v = "bytes=" + QByteArray::number(start + sunk) + '-' + end;
        request->sinkOffset += sunk;
        request->resumedBytes += sunk;
        request->resumeEtag = etag;
        return true;
    }
    return false;
}

// A '.' or '..' segment (literal or percent-encoded) is removed by URL normalisation on the
// way out, so "dir/../../other/x" would reach another container.
bool hasDotSegment(const QUrl &url)
{
    const QByteArray path = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveQuery | QUrl::RemoveFragment);
    for (const QByteArray &segment : path.split('/')) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(segment);
        if (decoded == "." || decoded == "..")
            return true;
    }
    return false;
}

// Why an attempt was given up by this layer rather than by the network.
struct AttemptState
{
    enum Phase { Uploading, AwaitingHeaders, Receiving, Done };
    Phase phase = AwaitingHeaders;
    QByteArray body;
    qint64 sunk = 0;
    qint64 windowBytes = 0; // moved, up or down, in the current rate window
    qint64 received = 0;    // of the answer's body, in this attempt
    qint64 expected = -1;   // the answer's body length, when its headers tell
    qint64 lastSent = 0;
    bool bodyCut = false;
    // Set when this layer aborted the reply: the reason, and whether trying again may help.
    QString abortReason;
    QString abortCode;
    bool abortRetryable = false;
    bool sinkFailed = false;
    bool otherVersion = false;
};

} // namespace

qint64 HttpRequest::rangeLength() const
{
    for (const auto &[k, v] : headers) {
        if ((k.compare("Range", Qt::CaseInsensitive) != 0 && k.compare("x-ms-range", Qt::CaseInsensitive) != 0)
            || !v.startsWith("bytes="))
            continue;
        const QByteArray spec = v.mid(6);
        const qsizetype dash = spec.indexOf('-');
        bool okStart = false;
        bool okEnd = false;
        const qint64 start = spec.left(dash).toLongLong(&okStart);
        const qint64 end = spec.mid(dash + 1).toLongLong(&okEnd);
        if (dash > 0 && okStart && okEnd && end >= start)
            return end - start + 1;
    }
    return -1;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

int RetryPolicy::delayMs(int attempt, const QByteArray &retryAfter, int *asked) const
{
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    int delay = int(std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, std::min(attempt, 30)) * jitter));
    if (asked)
        *asked = -1;
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return delay;
    bool ok = false;
    qint64 seconds = value.toLongLong(&ok);
    if (!ok) {
        const QDateTime when = HttpDate::parse(QString::fromLatin1(value));
        if (!when.isValid())
            return delay;
        seconds = QDateTime::currentDateTimeUtc().secsTo(when);
    }
    if (seconds < 0)
        return delay; // negative or in the past: as if absent
    const qint64 wanted = std::min<qint64>(seconds, 1LL << 30) * 1000;
    if (asked)
        *asked = int(std::min<qint64>(wanted, std::numeric_limits<int>::max()));
    return int(std::max<qint64>(delay, std::min<qint64>(wanted, maxRetryAfterMs)));
}

qint64 RetryPolicy::expectedBodyBytes(const QByteArray &method, int status, const QByteArray &contentLength)
{
    if (method == "HEAD" || (status >= 100 && status < 200) || status == 204 || status == 304)
        return 0;
    return HeaderValues::byteCount(QByteArrayView(contentLength));
}

bool RetryPolicy::retryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

void HttpClient::useSystemProxy()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

QString HttpClient::proxyNote(QNetworkReply::NetworkError error, const QUrl &url)
{
    // Qt reports a proxy that refuses the connection as a refused connection: which way the
    // request went is asked of the proxy settings, not read from the error.
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    const QNetworkProxy proxy = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
    const bool viaProxy = proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy && !proxy.hostName().isEmpty();
    const bool proxyError = error >= QNetworkReply::ProxyConnectionRefusedError && error <= QNetworkReply::UnknownProxyError;
    if (!viaProxy && !proxyError)
        return {};
    const QString which = viaProxy ? tr("the proxy %1:%2").arg(proxy.hostName()).arg(proxy.port()) : tr("a proxy");
    return tr(" (through %1, from the system's proxy settings: https_proxy, http_proxy; no_proxy lists the hosts reached "
              "directly)").arg(which);
}

bool RetryPolicy::retryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

void HttpJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

HttpClient::HttpClient(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network) { }

HttpClient::~HttpClient() = default;

QString HttpClient::where(const QByteArray &method, const QUrl &url)
{
    return QString::fromLatin1(method) + u' '
        + url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::FullyEncoded);
}

ApiError HttpClient::refusal(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::make(ApiError::Kind::InvalidInput, u"http.bad_url"_s, tr("'%1' is not a valid address.").arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
    if (hasDotSegment(url))
        return ApiError::make(ApiError::Kind::InvalidInput, u"storage.dot_segment"_s,
                              tr("'%1' has a '.' or '..' part, which would leave the datastore's container; it was not sent.")
                                  .arg(QString::fromUtf8(QByteArray::fromPercentEncoding(
                                      url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveQuery)))));
    if (!url.userInfo().isEmpty())
        // Qt would answer a 401 challenge with them: never send credentials the user did not give for it.
        return ApiError::make(ApiError::Kind::InvalidInput, u"storage.userinfo"_s,
                              tr("The endpoint %1 carries a user name or password; it was not used. Register the "
                                 "datastore again with an endpoint without 'user:password@'.")
                                  .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    if (url.scheme() != u"https"_s && !(url.scheme() == u"http"_s && FieldRules::isLoopbackHost(url.host())))
        return ApiError::make(ApiError::Kind::InvalidInput, u"http.insecure"_s,
                              tr("%1 is not an https address; plain http is used only on this computer (loopback).")
                                  .arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemovePath)));
    return {};
}

QUrl HttpClient::compose(const QUrl &base, const QString &path, const QList<QPair<QString, QString>> &query)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path, QUrl::DecodedMode);
    QUrlQuery q;
    for (const auto &[k, v] : query)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    if (!q.isEmpty())
        url.setQuery(q);
    return url;
}

bool HttpClient::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}

HttpJob *HttpClient::send(const HttpRequest &request, HttpAuthorizer authorize)
{
    auto *job = new HttpJob(this);
    if (const ApiError refused = refusal(request.url); refused.isError()) {
        job->finish(refused);
        return job;
    }
    attempt(job, request, std::move(authorize), 0);
    return job;
}

void HttpClient::preconnect(const QUrl &serviceUrl)
{
    if (refusal(serviceUrl).isError())
        return;
    if (serviceUrl.scheme() == u"https"_s)
        m_network->connectToHostEncrypted(serviceUrl.host(), quint16(serviceUrl.port(443)));
    else
        m_network->connectToHost(serviceUrl.host(), quint16(serviceUrl.port(80)));
}

void HttpClient::attempt(HttpJob *job, HttpRequest request, HttpAuthorizer authorize, int attemptNo)
{
    if (job->isCancelled()) {
        job->finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled.")));
        return;
    }
    OutgoingRequest out;
    out.method = request.method;
    out.url = request.url;
    out.headers = request.headers;
    out.headers.append({m_requestIdHeader, QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    out.hasBody = request.method == "PUT" || request.method == "POST" || request.method == "PATCH";
    out.bodyLength = request.bodyFile.isNull() ? request.body.size() : request.bodyFile.length;
    if (!authorize) {
        sendAttempt(job, request, authorize, out, attemptNo);
        return;
    }
    authorize(job, out, [=, this](const Result<OutgoingRequest> &ready) {
        if (!ready) {
            job->finish(ready.error());
            return;
        }
        // An authorizer adds headers or a query; it may not send the request elsewhere.
        if (const ApiError refused = refusal(ready.value().url); refused.isError()) {
            job->finish(refused);
            return;
        }
        sendAttempt(job, request, authorize, ready.value(), attemptNo);
    });
}

void HttpClient::sendAttempt(HttpJob *job, const HttpRequest &request, const HttpAuthorizer &authorize, const OutgoingRequest &out,
                             int attemptNo)
{
    if (job->isCancelled()) {
        job->finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled.")));
        return;
    }
    const QString where = HttpClient::where(request.method, request.url);
    FileRegionDevice *bodyDevice = nullptr;
    if (!request.bodyFile.isNull()) {
        bodyDevice = new FileRegionDevice(request.bodyFile, job);
        if (!bodyDevice->open(QIODevice::ReadOnly)) {
            job->finish(ApiError::make(ApiError::Kind::Database, u"file.error"_s,
                                       tr("Could not read %1: %2").arg(request.bodyFile.path, bodyDevice->fileErrorString())));
            delete bodyDevice;
            return;
        }
    }
    QNetworkRequest nr(out.url);
    for (const auto &[k, v] : out.headers)
        nr.setRawHeader(k, v);
    // Bodies arrive as sent. Left to itself Qt asks for gzip and inflates what comes back with
    // Content-Encoding: gzip — objects stored with that encoding then failed their length
    // check, and a small compressed answer could inflate without bound.
    nr.setRawHeader("Accept-Encoding", "identity");
    // A redirect comes back as a response: following it would replay the credential elsewhere.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Qt's default HTTP/2 setting (Azure Storage answers ALPN with http/1.1 anyway): a connection
    // opened by preconnect() is reused only by requests with the same setting.
    nr.setTransferTimeout(m_policy.transferTimeoutMs);
    if (bodyDevice)
        nr.setHeader(QNetworkRequest::ContentLengthHeader, out.bodyLength);
    // HEAD must go through head(): as a custom verb Qt would wait for a body of Content-Length bytes.
    QNetworkReply *reply = out.method == "HEAD" ? m_network->head(nr)
        : out.method == "GET"                   ? m_network->get(nr)
        : bodyDevice                            ? m_network->sendCustomRequest(nr, out.method, bodyDevice)
                                                : m_network->sendCustomRequest(nr, out.method, out.hasBody ? request.body : QByteArray());
    if (bodyDevice)
        bodyDevice->setParent(reply); // read until the reply is done, deleted with it
    // Backpressure: what is buffered stays at this, not at a range or a body.
    reply->setReadBufferSize(request.sink ? 1024 * 1024 : 256 * 1024);

    auto st = std::make_shared<AttemptState>();
    const qint64 rangeLength = request.rangeLength();
    const auto giveUp = [reply, st](const QString &code, const QString &reason, bool retryable) {
        if (!st->abortReason.isEmpty())
            return;
        st->abortCode = code;
        st->abortReason = reason;
        st->abortRetryable = retryable;
        if (reply->isRunning())
            reply->abort();
    };

    // Deadlines: the headers within headersTimeoutMs once the request is out; a body moving at
    // least minBytesPerWindow per rateWindowMs.
    auto *headersTimer = new QTimer(reply);
    headersTimer->setSingleShot(true);
    headersTimer->setInterval(m_policy.headersTimeoutMs);
    auto *rateTimer = new QTimer(reply);
    rateTimer->setInterval(m_policy.rateWindowMs);
    const auto enter = [st, headersTimer, rateTimer](AttemptState::Phase phase) {
        if (st->phase == phase)
            return;
        st->phase = phase;
        st->windowBytes = 0;
        headersTimer->stop();
        rateTimer->stop();
        if (phase == AttemptState::AwaitingHeaders)
            headersTimer->start();
        else if (phase != AttemptState::Done)
            rateTimer->start();
    };
    connect(headersTimer, &QTimer::timeout, reply, [giveUp, policy = m_policy] {
        giveUp(u"http.stalled"_s, tr("no answer within %1 s").arg(policy.headersTimeoutMs / 1000.0), true);
    });
    connect(rateTimer, &QTimer::timeout, reply, [giveUp, st, policy = m_policy] {
        const bool allHere = st->phase == AttemptState::Receiving && st->expected >= 0 && st->received >= st->expected;
        if (st->windowBytes < policy.minBytesPerWindow && !allHere)
            giveUp(u"http.stalled"_s,
                   tr("the transfer stalled (%1 bytes in %2 s, fewer than %3)")
                       .arg(st->windowBytes)
                       .arg(policy.rateWindowMs / 1000.0)
                       .arg(policy.minBytesPerWindow),
                   true);
        st->windowBytes = 0;
    });
    st->phase = AttemptState::Done; // so that enter() starts the right timer
    enter(out.hasBody && out.bodyLength > 0 ? AttemptState::Uploading : AttemptState::AwaitingHeaders);

    const auto consume = [reply, st, giveUp, rangeLength, max = request.maxBodyBytes, maxError = request.maxErrorBodyBytes,
                          sink = request.sink, sinkOffset = request.sinkOffset, onWrite = request.onSinkWrite] {
        if (!st->abortReason.isEmpty() || st->sinkFailed || st->otherVersion || !reply->isOpen())
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool success = status >= 200 && status < 300;
        const QByteArray chunk = reply->readAll();
        if (chunk.isEmpty())
            return;
        st->windowBytes += chunk.size();
        st->received += chunk.size();
        if (!success) {
            const qint64 room = maxError - st->body.size();
            st->body += chunk.left(std::max<qint64>(0, room));
            if (chunk.size() > room) {
                st->bodyCut = true; // the start says what went wrong; the rest is not read
                st->abortReason = u"cut"_s;
                reply->abort();
            }
            return;
        }
        const qint64 have = sink ? st->sunk : st->body.size();
        if (rangeLength >= 0 && have + chunk.size() > rangeLength) {
            giveUp(u"http.too_long"_s, tr("the server sent more than the %1 bytes asked for (it ignored the byte range)").arg(rangeLength),
                   false);
            return;
        }
        if (sink) {
            if (!sink->seek(sinkOffset + st->sunk) || sink->write(chunk) != chunk.size()) {
                st->sinkFailed = true;
                reply->abort();
                return;
            }
            if (onWrite)
                onWrite(sinkOffset + st->sunk, chunk);
            st->sunk += chunk.size();
            return;
        }
        if (st->body.size() + chunk.size() > max) {
            giveUp(u"http.too_large"_s, tr("the answer was larger than the %1 bytes allowed").arg(max), false);
            return;
        }
        st->body += chunk;
    };
    connect(reply, &QNetworkReply::readyRead, reply, consume);
    connect(reply, &QNetworkReply::uploadProgress, job, [job, st, enter](qint64 sent, qint64 total) {
        if (st->phase == AttemptState::Uploading) {
            st->windowBytes += std::max<qint64>(0, sent - st->lastSent); // progress is cumulative
            st->lastSent = sent;
            if (total > 0 && sent >= total)
                enter(AttemptState::AwaitingHeaders);
        }
        emit job->uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::metaDataChanged, job, [reply, job, st, enter, giveUp, method = out.method, resumeEtag = request.resumeEtag] {
        HttpResponse headers;
        headers.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (headers.status == 0)
            return;
        st->expected = RetryPolicy::expectedBodyBytes(method, headers.status, reply->rawHeader("Content-Length"));
        enter(AttemptState::Receiving);
        if (!resumeEtag.isEmpty() && headers.status / 100 == 2 && reply->rawHeader("ETag") != resumeEtag) {
            st->otherVersion = true; // nothing of it may join the bytes already written
            reply->abort();
            return;
        }
        for (const auto &[k, v] : reply->rawHeaderPairs())
            headers.headers.append({k, v});
        emit job->headersReceived(headers);
    });
    const QMetaObject::Connection cancel = connect(job, &Job::cancelRequested, reply, [reply] {
        if (reply->isRunning())
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, job, [=, this] {
        disconnect(cancel);
        reply->deleteLater();
        consume();
        enter(AttemptState::Done);
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.attempts = attemptNo + 1;
        response.where = where;
        for (const auto &[k, v] : out.headers) {
            if (k.compare(m_requestIdHeader, Qt::CaseInsensitive) == 0)
                response.requestId = v;
        }
        for (const auto &[k, v] : reply->rawHeaderPairs())
            response.headers.append({k, v});
        response.body = st->body;
        response.bodyCut = st->bodyCut;
        response.sunkBytes = request.resumedBytes + st->sunk;
        if (st->sinkFailed) {
            job->finish(ApiError::make(ApiError::Kind::Database, u"file.error"_s,
                                       tr("Could not write %1: %2").arg(request.sink ? request.sink->fileName() : QString(),
                                                                        request.sink ? request.sink->errorString() : QString())));
            return;
        }
        if (job->isCancelled()) {
            job->finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled.")));
            return;
        }
        if (st->otherVersion) {
            ApiError e = ApiError::make(ApiError::Kind::Conflict, u"storage.changed"_s,
                                        tr("%1 changed on the server while it was being read; nothing was kept. Read it again.")
                                            .arg(request.url.path()));
            e.httpStatus = 412;
            job->finish(e);
            return;
        }
        const bool failedHere = !st->abortReason.isEmpty() && !st->bodyCut;
        if (failedHere && !st->abortRetryable) {
            ApiError e = ApiError::make(ApiError::Kind::Network, st->abortCode, tr("%1: %2").arg(where, st->abortReason));
            e.httpStatus = response.status;
            job->finish(e);
            return;
        }
        QString reason;
        int askedMs = -1;
        QByteArray retryAfter;
        const QNetworkReply::NetworkError error = reply->error();
        const QByteArray declared = response.header("Content-Length");
        const qint64 received = request.sink ? st->sunk : response.body.size();
        const bool truncated = response.status >= 200 && response.status < 300 && request.method != "HEAD" && !declared.isEmpty()
            && declared.toLongLong() != received;
        if (failedHere) {
            reason = st->abortReason;
        } else if (response.status == 0 && error != QNetworkReply::NoError) {
            if (!RetryPolicy::retryableNetworkError(error)) {
                job->finish(ApiError::make(ApiError::Kind::Network, u"network.error"_s,
                                           tr("Could not reach %1: %2").arg(request.url.host(), reply->errorString())
                                               + proxyNote(error, request.url)));
                return;
            }
            reason = reply->errorString() + proxyNote(error, request.url);
        } else if (truncated) {
            reason = tr("the response body was cut short (%1 of %2 bytes)").arg(received).arg(QString::fromLatin1(declared));
        } else if (RetryPolicy::retryableStatus(response.status)) {
            reason = tr("HTTP %1 %2").arg(response.status).arg(QString::fromLatin1(response.header("x-ms-error-code").left(100))).trimmed();
            retryAfter = response.header("Retry-After");
        } else {
            job->finish(response);
            return;
        }
        const int delay = m_policy.delayMs(attemptNo, retryAfter, &askedMs);
        if (askedMs > m_policy.maxRetryAfterMs)
            reason += tr(" (the server asked to wait %1 s; waiting at most %2 s)").arg(askedMs / 1000).arg(m_policy.maxRetryAfterMs / 1000);
        // A 429 says the request was refused before anything was done: safe to send again.
        const bool safeToRepeat = request.idempotent || (response.status == 429 && !failedHere);
        if (!safeToRepeat || attemptNo + 1 >= m_policy.maxAttempts) {
            if (response.status >= 400 && !failedHere) {
                job->finish(response); // the caller turns the status into an error
                return;
            }
            ApiError e = ApiError::make(ApiError::Kind::Network, failedHere ? st->abortCode : u"network.failed"_s,
                                        request.idempotent ? tr("%1 failed after %2 attempts: %3").arg(where).arg(attemptNo + 1).arg(reason)
                                                           : tr("%1 failed and is not safe to repeat: %2").arg(where, reason));
            job->finish(e);
            return;
        }
        qCDebug(lcHttp) << "retrying" << where << "in" << delay << "ms:" << reason;
        emit job->retrying(attemptNo + 1, delay, reason);
        HttpRequest next = request;
        if (resumeRange(&next, st->sunk, reply->rawHeader("ETag")))
            qCDebug(lcHttp) << "resuming" << where << "after" << next.resumedBytes << "bytes";
        QTimer::singleShot(delay, job, [=, this] { attempt(job, next, authorize, attemptNo + 1); });
    });
}
