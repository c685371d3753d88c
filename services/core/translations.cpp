#include "services/core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "services/core/result.h"

using namespace Qt::Literals::StringLiterals;

namespace Translations {

namespace {

struct Installed
{
    QString language = u"en"_s;
    QList<QTranslator *> translators; // owned by the application
};

Installed &installed()
{
    static Installed state;
    return state;
}

// "nl_BE" / "nl-BE" / "NL" -> "nl"; "" for what is not a language code.
QString baseOf(const QString &code)
{
    QString base = code.section(u'.', 0, 0).section(u'@', 0, 0); // nl_NL.UTF-8@euro
    base.replace(u'-', u'_');
    base = base.section(u'_', 0, 0).toLower();
    for (const QChar c : std::as_const(base))
        if (c < u'a' || c > u'z')
            return {};
    return base.size() == 2 || base.size() == 3 ? base : QString();
}

} // namespace

QStringList available()
{
    // The embedded translations do not change while the program runs: listed once.
    static const QStringList languages = [] {
        QStringList out = {u"en"_s};
        const QStringList files = QDir(u":/i18n"_s).entryList({u"datastore-studio_*.qm"_s}, QDir::Files, QDir::Name);
        for (const QString &f : files)
            out << f.mid(int(qstrlen("datastore-studio_"))).chopped(3);
        return out;
    }();
    return languages;
}

QString nativeName(const QString &language)
{
    const QLocale locale(language);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

Result<QString> choose(const QString &requested, const QString &option)
{
    const QStringList have = available();
    if (!requested.isEmpty() && requested != u"system"_s) {
        const QString base = baseOf(requested);
        if (have.contains(base))
            return base;
        return ApiError::make(ApiError::Kind::InvalidInput, u"language.unknown"_s,
                              QCoreApplication::translate("Translations", "%1: there is no translation into '%2'; the languages are %3 (or 'system').")
                                  .arg(option, requested, have.join(u", "_s)),
                              option);
    }
    // LANGUAGE=C or LC_ALL=C: English, as gettext programs do.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString base = baseOf(ui);
        if (base.isEmpty() || base == u"c"_s)
            continue;
        if (have.contains(base))
            return base;
    }
    return u"en"_s;
}

void install(const QString &language)
{
    Installed &state = installed();
    for (QTranslator *t : std::as_const(state.translators)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    state.translators.clear();
    state.language = u"en"_s;
    if (language.isEmpty() || language == u"en"_s)
        return;
    const auto add = [&state](const QString &file, const QString &directory) {
        auto *t = new QTranslator(QCoreApplication::instance());
        if (t->load(file, directory) && QCoreApplication::installTranslator(t)) {
            state.translators << t;
            return true;
        }
        delete t;
        return false;
    };
    // Qt's own first: the studio's, installed last, is asked first.
    add(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (add(u"datastore-studio_"_s + language, u":/i18n"_s))
        state.language = language;
}

QString current()
{
    return installed().language;
}

QString takeLanguageOption(QStringList *arguments)
{
    QString language;
    for (qsizetype i = 0; i < arguments->size();) {
        const QString &a = arguments->at(i);
        if (a == u"--lang"_s && i + 1 < arguments->size()) {
            language = arguments->at(i + 1);
            arguments->remove(i, 2);
        } else if (a.startsWith(u"--lang="_s)) {
            language = a.mid(7);
            arguments->remove(i);
        } else if (a == u"--"_s) {
            break;
        } else {
            ++i;
        }
    }
    return language;
}

} // namespace Translations
