#include "services/core/names.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts of the code below that is not a member of Names, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Names)
};

bool isLowerAlnum(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9');
}

bool isAlnum(char32_t c)
{
    return isLowerAlnum(c) || (c >= U'A' && c <= U'Z');
}

} // namespace

namespace Names {

QString describeChar(const QString &text, qsizetype index)
{
    const char32_t c = text.at(index).isHighSurrogate() && index + 1 < text.size()
        ? QChar::surrogateToUcs4(text.at(index), text.at(index + 1))
        : text.at(index).unicode();
    const QString code = u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
    if (c == U' ')
        return u"a space (U+0020)"_s;
    if (c < 0x20 || c == 0x7f)
        return u"a control character (%1)"_s.arg(code);
    if (c < 0x80)
        return u"'%1'"_s.arg(QChar(c));
    return u"'%1' (%2)"_s.arg(QString::fromUcs4(&c, 1), code);
}

std::optional<ApiError> checkDatastoreName(const QString &name, const QString &field)
{
    if (name.isEmpty()) {
        return ApiError::make(ApiError::Kind::InvalidInput, u"name.empty"_s,
                              Text::tr("The datastore name must not be empty."), field);
    }
    // Count characters (code points), not UTF-16 units, for the length rule and positions.
    const QList<uint> ucs4 = name.toUcs4();
    if (ucs4.size() > MaxDatastoreNameLength) {
        return ApiError::make(ApiError::Kind::InvalidInput, u"name.too_long"_s,
                              Text::tr("The datastore name has %1 characters; at most %2 are allowed.")
                                  .arg(ucs4.size())
                                  .arg(MaxDatastoreNameLength),
                              field);
    }
    qsizetype utf16Index = 0;
    for (qsizetype i = 0; i < ucs4.size(); ++i) {
        const char32_t c = ucs4.at(i);
        const bool allowed = isLowerAlnum(c) || (c == U'_' && i > 0);
        if (!allowed) {
            QString rule;
            if (i == 0 && c == U'_')
                rule = Text::tr("it must start with a lowercase letter or a digit");
            else if (c >= U'A' && c <= U'Z')
                rule = Text::tr("only lowercase letters, digits and underscores are allowed (no capitals)");
            else
                rule = Text::tr("only lowercase letters, digits and underscores are allowed");
            return ApiError::make(ApiError::Kind::InvalidInput, u"name.invalid_char"_s,
                                  Text::tr("The datastore name has %1 at position %2: %3.")
                                      .arg(describeChar(name, utf16Index))
                                      .arg(i + 1)
                                      .arg(rule),
                                  field);
        }
        utf16Index += c > 0xffff ? 2 : 1;
    }
    return std::nullopt;
}

std::optional<ApiError> checkWorkspaceName(const QString &name)
{
    const auto bad = [](const QString &message) {
        return ApiError::make(ApiError::Kind::InvalidInput, u"workspace.invalid_name"_s, message,
                              u"workspace"_s);
    };
    if (name.size() < 3 || name.size() > 33)
        return bad(Text::tr("The workspace name must have 3 to 33 characters; '%1' has %2.").arg(name).arg(name.size()));
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char32_t c = name.at(i).unicode();
        const bool ok = isAlnum(c) || (i > 0 && (c == U'_' || c == U'-'));
        if (!ok) {
            return bad(Text::tr("The workspace name has %1 at position %2: it may use letters, digits, '_' and '-', "
                          "and must start with a letter or a digit.")
                           .arg(describeChar(name, i))
                           .arg(i + 1));
        }
    }
    return std::nullopt;
}

} // namespace Names
