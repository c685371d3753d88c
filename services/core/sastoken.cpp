#include "services/core/sastoken.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts of the code below that is not a member of SasTokenInfo, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SasTokenInfo)
};

QDateTime parseTime(const QString &value)
{
    QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(value, Qt::ISODate); // "2027-01-01" is allowed
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    return t.toUTC();
}

} // namespace

SasTokenInfo SasTokenInfo::analyse(const QString &token, const QDateTime &now)
{
    SasTokenInfo info;
    QString text = token.trimmed();
    if (text.startsWith(u'?'))
        text.remove(0, 1);
    if (const qsizetype q = text.indexOf(u'?'); q >= 0 && text.startsWith(u"http"_s))
        text = text.mid(q + 1); // a whole SAS URL was pasted
    const QUrlQuery query(text);
    const auto item = [&](const char *key) { return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded); };
    info.valid = query.hasQueryItem(u"sv"_s) && query.hasQueryItem(u"sig"_s);
    if (!info.valid) {
        info.errors << Text::tr("This is not a SAS token: it needs at least 'sv=' and 'sig='.");
        return info;
    }
    if (query.hasQueryItem(u"skoid"_s))
        info.kind = Kind::UserDelegation;
    else if (query.hasQueryItem(u"ss"_s) || query.hasQueryItem(u"srt"_s))
        info.kind = Kind::Account;
    else if (query.hasQueryItem(u"sr"_s))
        info.kind = Kind::Service;

    info.permissions = item("sp");
    static const QList<QPair<QChar, const char *>> names = {
        {u'r', QT_TRANSLATE_NOOP("SasTokenInfo", "read")},     {u'a', QT_TRANSLATE_NOOP("SasTokenInfo", "add")},
        {u'c', QT_TRANSLATE_NOOP("SasTokenInfo", "create")},   {u'w', QT_TRANSLATE_NOOP("SasTokenInfo", "write")},
        {u'd', QT_TRANSLATE_NOOP("SasTokenInfo", "delete")},   {u'x', QT_TRANSLATE_NOOP("SasTokenInfo", "delete version")},
        {u'y', QT_TRANSLATE_NOOP("SasTokenInfo", "permanent delete")}, {u'l', QT_TRANSLATE_NOOP("SasTokenInfo", "list")},
        {u't', QT_TRANSLATE_NOOP("SasTokenInfo", "tags")},     {u'f', QT_TRANSLATE_NOOP("SasTokenInfo", "filter")},
        {u'm', QT_TRANSLATE_NOOP("SasTokenInfo", "move")},     {u'e', QT_TRANSLATE_NOOP("SasTokenInfo", "execute")},
        {u'o', QT_TRANSLATE_NOOP("SasTokenInfo", "ownership")}, {u'p', QT_TRANSLATE_NOOP("SasTokenInfo", "permissions")},
        {u'i', QT_TRANSLATE_NOOP("SasTokenInfo", "immutability")}, {u'u', QT_TRANSLATE_NOOP("SasTokenInfo", "process")},
    };
    for (const auto &[letter, name] : names) {
        if (info.permissions.contains(letter))
            info.permissionNames << Text::tr(name);
    }
    for (const QChar c : item("srt")) {
        if (c == u's') info.resourceTypes << Text::tr("service");
        if (c == u'c') info.resourceTypes << Text::tr("container");
        if (c == u'o') info.resourceTypes << Text::tr("object");
    }
    const QString sr = item("sr");
    if (sr == u"c"_s) info.resourceTypes << Text::tr("container");
    else if (sr == u"b"_s) info.resourceTypes << Text::tr("blob");
    else if (sr == u"s"_s) info.resourceTypes << Text::tr("share");
    else if (sr == u"f"_s) info.resourceTypes << Text::tr("file");
    else if (sr == u"d"_s) info.resourceTypes << Text::tr("directory");
    for (const QChar c : item("ss")) {
        if (c == u'b') info.services << Text::tr("blob");
        if (c == u'f') info.services << Text::tr("file");
        if (c == u'q') info.services << Text::tr("queue");
        if (c == u't') info.services << Text::tr("table");
    }
    info.protocol = item("spr");

    const QString se = item("se");
    if (se.isEmpty()) {
        info.warnings << Text::tr("The token has no expiry (se=) of its own; it lasts as long as its stored access policy.");
    } else {
        info.expiry = parseTime(se);
        if (!info.expiry.isValid())
            info.errors << Text::tr("The expiry (se=%1) is not a date and time.").arg(se);
        else if (info.expiry <= now)
            info.warnings << Text::tr("The token expired on %1.").arg(info.expiry.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
        else if (info.expiry <= now.addDays(7))
            info.warnings << Text::tr("The token expires within 7 days (%1).").arg(info.expiry.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    }
    if (const QString st = item("st"); !st.isEmpty()) {
        info.start = parseTime(st);
        if (info.start.isValid() && info.start > now)
            info.warnings << Text::tr("The token is not valid before %1.").arg(info.start.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    }
    if (!info.permissions.contains(u'l') || !info.permissions.contains(u'r')) {
        QStringList missing;
        if (!info.permissions.contains(u'l'))
            missing << Text::tr("list");
        if (!info.permissions.contains(u'r'))
            missing << Text::tr("read");
        info.warnings << Text::tr("The token lacks the %1 permission(s) that browsing needs.").arg(missing.join(Text::tr(" and ")));
    }
    return info;
}
