#include "services/net/storagehttp.h"

#include "services/auth/tokensource.h"

#include <QFileDevice>

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>
#include <QXmlStreamReader>

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

QUrl withSas(const QUrl &url, const QString &sas)
{
    if (sas.isEmpty())
        return url;
    QByteArray encoded = url.toEncoded();
    encoded += (url.hasQuery() ? '&' : '?') + sas.toUtf8();
    return QUrl::fromEncoded(encoded, QUrl::TolerantMode);
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

int RetryPolicy::delayMs(int attempt, const QByteArray &retryAfter) const
{
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    int delay = int(std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, attempt) * jitter));
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        int seconds = retryAfter.trimmed().toInt(&ok);
        if (!ok) {
            const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
            seconds = when.isValid() ? int(QDateTime::currentDateTimeUtc().secsTo(when)) : 0;
        }
        delay = std::max(delay, std::min(seconds * 1000, maxDelayMs * 4));
    }
    return delay;
}

bool RetryPolicy::retryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
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

StorageHttp::StorageHttp(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network) { }

StorageHttp::~StorageHttp() = default;

// A '.' or '..' segment (literal or percent-encoded) is removed by URL normalisation on the
// way out, so "dir/../../other/x" would reach another container: such a request never goes.
static bool hasDotSegment(const QUrl &url)
{
    const QByteArray path = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveQuery | QUrl::RemoveFragment);
    for (const QByteArray &segment : path.split('/')) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(segment);
        if (decoded == "." || decoded == "..")
            return true;
    }
    return false;
}

HttpJob *StorageHttp::send(const HttpRequest &request, const StorageAuth &auth)
{
    auto *job = new HttpJob(this);
    if (hasDotSegment(request.url)) {
        job->finish(ApiError::make(ApiError::Kind::InvalidInput, u"storage.dot_segment"_s,
                                   tr("'%1' has a '.' or '..' part, which would leave the datastore's container; it was not sent.")
                                       .arg(QString::fromUtf8(QByteArray::fromPercentEncoding(
                                           request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveQuery))))));
        return job;
    }
    if (!request.url.userInfo().isEmpty()) {
        // Qt would answer a 401 challenge with them: never send credentials the user did not give for it.
        job->finish(ApiError::make(ApiError::Kind::InvalidInput, u"storage.userinfo"_s,
                                   tr("The endpoint %1 carries a user name or password; it was not used. Register the "
                                      "datastore again with an endpoint without 'user:password@'.")
                                       .arg(request.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
        return job;
    }
    attempt(job, request, auth, 0);
    return job;
}

void StorageHttp::attempt(HttpJob *job, HttpRequest request, StorageAuth auth, int attemptNo)
{
    if (job->isCancelled()) {
        job->finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled.")));
        return;
    }
    if (auth.kind == StorageAuth::Kind::Bearer && auth.tokens) {
        // A fresh token for every attempt: the source caches it and renews it near expiry.
        onFinished(auth.tokens->token(), job, [=, this](const Result<AccessToken> &token) mutable {
            if (!token) {
                job->finish(token.error());
                return;
            }
            auth.bearerToken = token.value().token;
            auth.tokens = nullptr;
            sendAttempt(job, request, auth, attemptNo);
        });
        return;
    }
    sendAttempt(job, request, auth, attemptNo);
}

void StorageHttp::preconnect(const QUrl &serviceUrl)
{
    if (serviceUrl.scheme() == u"https"_s)
        m_network->connectToHostEncrypted(serviceUrl.host(), quint16(serviceUrl.port(443)));
    else if (serviceUrl.scheme() == u"http"_s)
        m_network->connectToHost(serviceUrl.host(), quint16(serviceUrl.port(80)));
}

void StorageHttp::sendAttempt(HttpJob *job, HttpRequest request, StorageAuth auth, int attemptNo)
{
    HeaderList headers = request.headers;
    headers.append({"x-ms-date", SharedKey::httpDate(QDateTime::currentDateTimeUtc())});
    headers.append({"x-ms-version", m_version});
    headers.append({"x-ms-client-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    const bool hasBody = request.method == "PUT" || request.method == "POST" || request.method == "PATCH";
    const qint64 bodyLength = request.bodyFile.isNull() ? request.body.size() : request.bodyFile.length;
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
    QUrl url = request.url;
    switch (auth.kind) {
    case StorageAuth::Kind::SharedKey: {
        HeaderList signedHeaders = headers;
        if (hasBody)
            signedHeaders.append({"Content-Length", QByteArray::number(bodyLength)});
        headers.append({"Authorization", SharedKey::authorization(request.method, url, signedHeaders, auth.account, auth.key)});
        break;
    }
    case StorageAuth::Kind::Sas:
        url = withSas(url, auth.sas);
        break;
    case StorageAuth::Kind::Bearer:
        headers.append({"Authorization", "Bearer " + auth.bearerToken.toUtf8()});
        break;
    case StorageAuth::Kind::Anonymous:
        break;
    }
    QNetworkRequest nr(url);
    for (const auto &[k, v] : headers)
        nr.setRawHeader(k, v);
    // Objects arrive as stored. Left to itself Qt asks for gzip and inflates what comes back
    // with Content-Encoding: gzip, which the storage services send for every object stored
    // with that encoding: downloads of such objects then failed their length check.
    // (Not a signed header, so it may be added after signing.)
    nr.setRawHeader("Accept-Encoding", "identity");
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Qt's default HTTP/2 setting (Azure Storage answers ALPN with http/1.1 anyway): a connection
    // opened by preconnect() is reused only by requests with the same setting.
    nr.setTransferTimeout(m_policy.transferTimeoutMs);
    // HEAD must go through head(): as a custom verb Qt would wait for a body of Content-Length bytes.
    if (bodyDevice)
        nr.setHeader(QNetworkRequest::ContentLengthHeader, bodyLength);
    QNetworkReply *reply = request.method == "HEAD" ? m_network->head(nr)
        : request.method == "GET"                   ? m_network->get(nr)
        : bodyDevice                                ? m_network->sendCustomRequest(nr, request.method, bodyDevice)
                                                    : m_network->sendCustomRequest(nr, request.method, hasBody ? request.body : QByteArray());
    if (bodyDevice)
        bodyDevice->setParent(reply); // read until the reply is done, deleted with it
    if (request.sink)
        reply->setReadBufferSize(1024 * 1024); // backpressure: memory stays at a buffer, not a range
    auto body = std::make_shared<QByteArray>();
    auto tooBig = std::make_shared<bool>(false);
    auto sunk = std::make_shared<qint64>(0);
    auto sinkFailed = std::make_shared<bool>(false);
    auto otherVersion = std::make_shared<bool>(false);
    const auto consume = [reply, body, tooBig, sunk, sinkFailed, otherVersion, max = request.maxBodyBytes, sink = request.sink,
                          sinkOffset = request.sinkOffset, onWrite = request.onSinkWrite] {
        if (*tooBig || *sinkFailed || *otherVersion || !reply->isOpen())
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (sink && status >= 200 && status < 300) {
            const QByteArray chunk = reply->readAll();
            if (chunk.isEmpty())
                return;
            if (!sink->seek(sinkOffset + *sunk) || sink->write(chunk) != chunk.size()) {
                *sinkFailed = true;
                reply->abort();
                return;
            }
            if (onWrite)
                onWrite(sinkOffset + *sunk, chunk);
            *sunk += chunk.size();
            return;
        }
        *body += reply->readAll();
        if (body->size() > max) {
            *tooBig = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::readyRead, reply, consume);
    connect(reply, &QNetworkReply::metaDataChanged, job, [reply, job, otherVersion, resumeEtag = request.resumeEtag] {
        HttpResponse headers;
        headers.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (headers.status == 0)
            return;
        if (!resumeEtag.isEmpty() && headers.status / 100 == 2 && reply->rawHeader("ETag") != resumeEtag) {
            *otherVersion = true; // nothing of it may join the bytes already written
            reply->abort();
            return;
        }
        for (const auto &[k, v] : reply->rawHeaderPairs())
            headers.headers.append({k, v});
        emit job->headersReceived(headers);
    });
    connect(reply, &QNetworkReply::uploadProgress, job, &HttpJob::uploadProgress);
    const QMetaObject::Connection cancel = connect(job, &Job::cancelRequested, reply, [reply] {
        if (reply->isRunning())
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, job, [=, this] {
        disconnect(cancel);
        reply->deleteLater();
        consume();
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.attempts = attemptNo + 1;
        for (const auto &[k, v] : reply->rawHeaderPairs())
            response.headers.append({k, v});
        response.body = *body;
        response.sunkBytes = request.resumedBytes + *sunk;
        if (*sinkFailed) {
            job->finish(ApiError::make(ApiError::Kind::Database, u"file.error"_s,
                                       tr("Could not write %1: %2").arg(request.sink ? request.sink->fileName() : QString(),
                                                                        request.sink ? request.sink->errorString() : QString())));
            return;
        }
        if (job->isCancelled()) {
            job->finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled.")));
            return;
        }
        if (*otherVersion) {
            ApiError e = ApiError::make(ApiError::Kind::Conflict, u"storage.changed"_s,
                                        tr("%1 changed on the server while it was being read; nothing was kept. Read it again.")
                                            .arg(url.path()));
            e.httpStatus = 412;
            job->finish(e);
            return;
        }
        if (*tooBig) {
            job->finish(ApiError::make(ApiError::Kind::Parse, u"http.too_large"_s,
                                       tr("The response from %1 was larger than %2 bytes.").arg(url.host()).arg(request.maxBodyBytes)));
            return;
        }
        QString reason;
        QByteArray retryAfter;
        const QNetworkReply::NetworkError error = reply->error();
        const QByteArray declared = response.header("Content-Length");
        const bool truncated = response.status >= 200 && response.status < 300 && request.method != "HEAD" && !declared.isEmpty()
            && declared.toLongLong() != (request.sink ? *sunk : response.body.size());
        if (response.status == 0 && error != QNetworkReply::NoError) {
            if (!RetryPolicy::retryableNetworkError(error)) {
                job->finish(ApiError::make(ApiError::Kind::Network, u"network.error"_s,
                                           tr("Could not reach %1: %2").arg(url.host(), reply->errorString())));
                return;
            }
            reason = reply->errorString();
        } else if (truncated) {
            reason = tr("the response body was cut short (%1 of %2 bytes)").arg(request.sink ? *sunk : response.body.size()).arg(QString::fromLatin1(declared));
        } else if (RetryPolicy::retryableStatus(response.status)) {
            reason = tr("HTTP %1 %2").arg(response.status).arg(QString::fromLatin1(response.header("x-ms-error-code")));
            retryAfter = response.header("Retry-After");
        } else {
            job->finish(response);
            return;
        }
        if (!request.idempotent || attemptNo + 1 >= m_policy.maxAttempts) {
            if (response.status >= 400) {
                job->finish(response); // the caller turns the status into an error
                return;
            }
            job->finish(ApiError::make(ApiError::Kind::Network, u"network.failed"_s,
                                       request.idempotent ? tr("%1 failed after %2 attempts: %3").arg(url.host()).arg(attemptNo + 1).arg(reason)
                                                          : tr("%1 failed and is not safe to repeat: %2").arg(url.host(), reason)));
            return;
        }
        const int delay = m_policy.delayMs(attemptNo, retryAfter);
        qCDebug(lcHttp) << "retrying" << request.method << url.path() << "in" << delay << "ms:" << reason;
        emit job->retrying(attemptNo + 1, delay, reason);
        HttpRequest next = request;
        if (resumeRange(&next, *sunk, reply->rawHeader("ETag")))
            qCDebug(lcHttp) << "resuming" << url.path() << "after" << next.resumedBytes << "bytes";
        QTimer::singleShot(delay, job, [=, this] { attempt(job, next, auth, attemptNo + 1); });
    });
}

ApiError StorageHttp::errorFrom(const HttpResponse &response, const QString &what)
{
    QString code = QString::fromLatin1(response.header("x-ms-error-code"));
    QString message;
    const QByteArray body = response.body.trimmed();
    if (body.startsWith('{')) {
        const auto j = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
        if (!j.is_discarded() && j.contains("error") && j["error"].is_object()) {
            if (j["error"].contains("code") && j["error"]["code"].is_string())
                code = QString::fromStdString(j["error"]["code"].get<std::string>());
            if (j["error"].contains("message") && j["error"]["message"].is_string())
                message = QString::fromStdString(j["error"]["message"].get<std::string>());
        }
    } else if (body.startsWith('<')) {
        QXmlStreamReader xml(body);
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (xml.isStartElement() && xml.name() == u"Code"_s)
                code = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == u"Message"_s)
                message = xml.readElementText();
            else if (xml.hasError())
                break;
            else
                xml.readNext();
        }
    }
    message = message.section(u'\n', 0, 0).trimmed(); // drop "RequestId:… Time:…"
    const ApiError::Kind kind = response.status == 401 || response.status == 403 ? ApiError::Kind::Auth
                                : response.status == 404                         ? ApiError::Kind::NotFound
                                                                                 : ApiError::Kind::Http;
    QString text = tr("%1: HTTP %2").arg(what).arg(response.status);
    if (!code.isEmpty())
        text += u' ' + code;
    if (!message.isEmpty())
        text += u" — "_s + message;
    ApiError e = ApiError::make(kind, code.isEmpty() ? u"http.%1"_s.arg(response.status) : code, text);
    e.httpStatus = response.status;
    return e;
}
