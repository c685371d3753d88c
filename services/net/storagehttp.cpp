#include "services/net/storagehttp.h"

#include "services/auth/tokensource.h"
#include "services/core/printable.h"

#include <nlohmann/json.hpp>

#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

QUrl withSas(const QUrl &url, const QString &sas)
{
    if (sas.isEmpty())
        return url;
    QByteArray encoded = url.toEncoded();
    encoded += (url.hasQuery() ? '&' : '?') + sas.toUtf8();
    return QUrl::fromEncoded(encoded, QUrl::TolerantMode);
}

// Completes one attempt the way Azure Storage wants it (REFERENCE.md 8).
void authorize(const StorageAuth &auth, const QByteArray &version, QObject *context, OutgoingRequest out,
               const std::function<void(const Result<OutgoingRequest> &)> &ready)
{
    if (auth.kind == StorageAuth::Kind::Bearer && auth.tokens) {
        // A fresh token for every attempt: the source caches it and renews it near expiry.
        StorageAuth withToken = auth;
        onFinished(auth.tokens->token(), context, [=](const Result<AccessToken> &token) {
            if (!token) {
                ready(token.error());
                return;
            }
            StorageAuth fixed = withToken;
            fixed.bearerToken = token.value().token;
            fixed.tokens = nullptr;
            authorize(fixed, version, context, out, ready);
        });
        return;
    }
    out.headers.append({"x-ms-date", SharedKey::httpDate(QDateTime::currentDateTimeUtc())});
    out.headers.append({"x-ms-version", version});
    switch (auth.kind) {
    case StorageAuth::Kind::SharedKey: {
        HeaderList signedHeaders = out.headers;
        if (out.hasBody)
            signedHeaders.append({"Content-Length", QByteArray::number(out.bodyLength)});
        out.headers.append({"Authorization", SharedKey::authorization(out.method, out.url, signedHeaders, auth.account, auth.key)});
        break;
    }
    case StorageAuth::Kind::Sas:
        out.url = withSas(out.url, auth.sas);
        break;
    case StorageAuth::Kind::Bearer:
        out.headers.append({"Authorization", "Bearer " + auth.bearerToken.toUtf8()});
        break;
    case StorageAuth::Kind::Anonymous:
        break;
    }
    ready(out);
}

} // namespace

StorageHttp::StorageHttp(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_client(network) { }

StorageHttp::~StorageHttp() = default;

HttpJob *StorageHttp::send(const HttpRequest &request, const StorageAuth &auth)
{
    return m_client.send(request, [auth, version = m_version](QObject *context, const OutgoingRequest &out, auto ready) {
        authorize(auth, version, context, out, ready);
    });
}

void StorageHttp::preconnect(const QUrl &serviceUrl)
{
    m_client.preconnect(serviceUrl);
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
        // <Error><Code>…</Code><Message>…</Message>…</Error>, compact or indented.
        QXmlStreamReader xml(body);
        while (!xml.atEnd() && !xml.hasError()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"Code"_s)
                code = xml.readElementText(QXmlStreamReader::SkipChildElements);
            else if (xml.name() == u"Message"_s)
                message = xml.readElementText(QXmlStreamReader::SkipChildElements);
        }
    }
    // What the server says is shown, never obeyed: one line, control characters escaped, bounded.
    message = Printable::line(message.section(u'\n', 0, 0).trimmed(), 500); // drop "RequestId:… Time:…"
    code = Printable::line(code, 100);
    const ApiError::Kind kind = response.status == 401 || response.status == 403 ? ApiError::Kind::Auth
                                : response.status == 404                         ? ApiError::Kind::NotFound
                                                                                 : ApiError::Kind::Http;
    QString text = tr("%1: HTTP %2").arg(what).arg(response.status);
    if (response.status >= 300 && response.status < 400) {
        // Never followed: the request's credential would go to wherever the server points.
        const QUrl to = QUrl(QString::fromLatin1(response.header("Location")));
        text += tr(" — the server redirected to %1; redirects are not followed, so no credential goes to another address.")
                    .arg(to.isValid() && !to.host().isEmpty() ? Printable::line(to.host(), 200) : tr("another address"));
        ApiError e = ApiError::make(ApiError::Kind::Http, u"http.redirect"_s, text, {}, response.where);
        e.httpStatus = response.status;
        return e;
    }
    if (!code.isEmpty())
        text += u' ' + code;
    if (!message.isEmpty())
        text += u" — "_s + message;
    ApiError e = ApiError::make(kind, code.isEmpty() ? u"http.%1"_s.arg(response.status) : code, text, {}, response.where);
    e.httpStatus = response.status;
    return e;
}
