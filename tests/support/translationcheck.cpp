#include "support/translationcheck.h"

#include <algorithm>

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

// A line with a word of three letters or more outside its placeholders: one a reader could
// tell the language of (a bare "%1 (%2)" matches everything and tells nothing).
bool hasWords(const QString &line)
{
    static const QRegularExpression placeholder(u"%L?\\d+|%n"_s);
    static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
    return QString(line).remove(placeholder).contains(word);
}

QRegularExpression pattern(const QString &line)
{
    static const QRegularExpression placeholder(u"%L?\\d+|%n"_s);
    QString rx;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rx += QRegularExpression::escape(line.mid(at, m.capturedStart() - at)) + u".*"_s;
        at = m.capturedEnd();
    }
    rx += QRegularExpression::escape(line.mid(at));
    return QRegularExpression(QRegularExpression::anchoredPattern(rx), QRegularExpression::DotMatchesEverythingOption);
}

QStringList linesOf(const QString &text)
{
    QStringList out;
    for (const QString &line : TranslationCheck::plain(text).split(u'\n'))
        if (const QString l = line.trimmed(); !l.isEmpty() && hasWords(l))
            out << l;
    return out;
}

} // namespace

QString TranslationCheck::plain(const QString &text)
{
    QString t = text;
    if (t.contains(u'<') && t.contains(u'>')) { // rich text: its words, a line per <br> or paragraph
        static const QRegularExpression breaks(u"<br\\s*/?>|</p>|</li>|</tr>|</h\\d>"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tags(u"<[^>]*>"_s);
        t.replace(breaks, u"\n"_s).remove(tags);
        t.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s).replace(u"&nbsp;"_s, u" "_s).replace(u"&#39;"_s, u"'"_s);
        t.replace(u"&amp;"_s, u"&&"_s); // kept through the mnemonic rule below
    }
    t.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return t;
}

TranslationCheck::TranslationCheck(const QString &tsFile)
{
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QXmlStreamReader xml(&f);
    QString source;
    QStringList translations;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message") {
            source.clear();
            translations.clear();
            unfinished = false;
        } else if (xml.isStartElement() && xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation") {
            unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
            if (xml.attributes().value(u"type"_s) == u"vanished" || xml.attributes().value(u"type"_s) == u"obsolete")
                unfinished = true;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            translations << text;
        } else if (xml.isStartElement() && xml.name() == u"numerusform") {
            translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++m_messages;
            QStringList dutchLines;
            for (const QString &t : std::as_const(translations))
                if (!unfinished && !t.isEmpty())
                    dutchLines << linesOf(t);
            if (unfinished || dutchLines.isEmpty())
                ++m_unfinished;
            for (const QString &line : std::as_const(dutchLines))
                m_dutch << pattern(line);
            for (const QString &line : linesOf(source))
                if (unfinished || !dutchLines.contains(line))
                    m_english << pattern(line);
        }
    }
}

QStringList TranslationCheck::english(const QString &text) const
{
    QStringList out;
    for (const QString &line : linesOf(text)) {
        const auto matches = [&line](const QList<QRegularExpression> &patterns) {
            return std::any_of(patterns.cbegin(), patterns.cend(), [&line](const QRegularExpression &p) { return p.match(line).hasMatch(); });
        };
        if (matches(m_english) && !matches(m_dutch))
            out << line;
    }
    return out;
}

void TranslationCheck::check(const QString &where, const QStringList &texts, QStringList *found) const
{
    for (const QString &text : texts)
        for (const QString &line : english(text))
            if (!found->contains(where + u": "_s + line))
                *found << where + u": "_s + line;
}
