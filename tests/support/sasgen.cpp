#include "support/sasgen.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QString sign(const QString &stringToSign, const QByteArray &key)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(stringToSign.toUtf8(), key, QCryptographicHash::Sha256).toBase64());
}

QString enc(const QString &v)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(v));
}

} // namespace

QString SasGen::account(const QString &account, const QByteArray &key, const QString &permissions, const QDateTime &expiry,
                        const QString &version)
{
    const QString start = iso(QDateTime::currentDateTimeUtc().addSecs(-3600));
    const QString se = iso(expiry);
    // account, sp, ss, srt, st, se, sip, spr, sv, ses
    const QString sts = QStringList{account, permissions, u"b"_s, u"sco"_s, start, se, {}, u"https,http"_s, version, {}}.join(u'\n')
        + u'\n';
    return u"sv=%1&ss=b&srt=sco&sp=%2&st=%3&se=%4&spr=https,http&sig=%5"_s.arg(version, permissions, enc(start), enc(se),
                                                                            enc(sign(sts, key)));
}

QString SasGen::container(const QString &account, const QString &container, const QByteArray &key, const QString &permissions,
                          const QDateTime &expiry, const QString &version)
{
    const QString start = iso(QDateTime::currentDateTimeUtc().addSecs(-3600));
    const QString se = iso(expiry);
    // sp, st, se, canonicalized resource, si, sip, spr, sv, sr, snapshot, ses, rscc, rscd, rsce, rscl, rsct
    const QString resource = u"/blob/%1/%2"_s.arg(account, container);
    const QString sts = QStringList{permissions, start, se, resource, {}, {}, u"https,http"_s, version, u"c"_s, {}, {},
                                    {}, {}, {}, {}, {}}.join(u'\n');
    return u"sv=%1&sr=c&sp=%2&st=%3&se=%4&spr=https,http&sig=%5"_s.arg(version, permissions, enc(start), enc(se), enc(sign(sts, key)));
}
