// The translations as a maintainer and a Dutch-speaking user meet them: the .ts file holds
// every string of the sources (lupdate finds them all, and each with its context), the
// support matrix's texts are in it, the language follows --lang, LANGUAGE and LANG, and
// dsstudio's help is Dutch in Dutch.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "services/core/translations.h"
#include "support/testenv.h"
#include "support/translationcheck.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString tsFile()
{
    return qEnvironmentVariable("STUDIO_TRANSLATIONS") + u"/datastore-studio_nl.ts"_s;
}

// context + '\x1f' + source of every message of a .ts file.
QSet<QString> messagesOf(const QString &path)
{
    QSet<QString> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"source")
            out.insert(context + u'\x1f' + xml.readElementText());
    }
    return out;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void lupdateFindsEveryStringWithItsContext();
    void theSupportMatrixTextsAreTranslatable();
    void noWrapperHidesStringsFromLupdate();
    void everyTranslationKeepsItsPlaceholdersAndMnemonic();
    void languageChoice();
    void dsstudioSpeaksDutch();
    void anUnknownLanguageIsRefusedByName();
};

void tst_Translations::lupdateFindsEveryStringWithItsContext()
{
    // lupdate over the sources (with the include path the build gives it, so classes declared
    // in headers are known), into a copy of the checked-in file: nothing new may appear
    // (a string added without `ninja update_translations`), and lupdate may not give up on
    // any tr() (a call it cannot give a context is a string no translation reaches).
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"datastore-studio_nl.ts"_s);
    QVERIFY(QFile::copy(tsFile(), copy));
    const QString root = qEnvironmentVariable("STUDIO_SOURCE_DIR");
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(qEnvironmentVariable("STUDIO_LUPDATE"),
                  {u"-I"_s, root, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"app"_s, u"ui"_s, u"models"_s, u"services"_s, u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QString log = QString::fromUtf8(lupdate.readAll());
    QCOMPARE(lupdate.exitCode(), 0);
    for (const QString &line : log.split(u'\n'))
        QVERIFY2(!line.contains(u"cannot be called without context"_s), qPrintable(line));
    const QSet<QString> checkedIn = messagesOf(tsFile());
    const QSet<QString> fresh = messagesOf(copy);
    QVERIFY(checkedIn.size() > 1000);
    QStringList missing;
    for (const QString &m : fresh)
        if (!checkedIn.contains(m))
            missing << QString(m).replace(u'\x1f', u": "_s);
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in the .ts file (run ninja update_translations): "_s + missing.mid(0, 20).join(u" | "_s)));
}

void tst_Translations::theSupportMatrixTextsAreTranslatable()
{
    QFile f(qEnvironmentVariable("STUDIO_SOURCE_DIR") + u"/resources/support-matrix.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QSet<QString> messages = messagesOf(tsFile());
    QStringList texts;
    std::function<void(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &v, const QString &key) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                walk(it.value(), it.key());
        } else if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                walk(e, key);
        } else if (v.isString() && (key == u"label"_s || key == u"description"_s || key == u"note"_s)) {
            texts << v.toString();
        }
    };
    walk(QJsonDocument::fromJson(f.readAll()).object(), {});
    QVERIFY(texts.size() > 40);
    for (const QString &t : std::as_const(texts))
        QVERIFY2(messages.contains(u"SupportMatrix\x1f"_s + t), qPrintable(u"not in services/core/supportmatrixstrings.cpp: "_s + t));
}

void tst_Translations::noWrapperHidesStringsFromLupdate()
{
    // lupdate reads tr("…") and translate("Context", "…") only: a function that passes its own
    // argument to translate() takes every string given to it out of the translation, silently
    // (download.cpp's and upload.cpp's were so). The one allowed: the support matrix, whose
    // texts supportmatrixstrings.cpp lists (theSupportMatrixTextsAreTranslatable).
    static const QRegularExpression wrapper(uR"(translate\(\s*"[^"]*"\s*,(?!\s*u?")\s*[^)\s])"_s);
    const QDir root(qEnvironmentVariable("STUDIO_SOURCE_DIR"));
    QStringList found;
    int files = 0;
    for (const QString &dir : {u"app"_s, u"ui"_s, u"models"_s, u"services"_s}) {
        QDirIterator it(root.filePath(dir), {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(u"services/core/supportmatrix.cpp"_s))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i)
                if (wrapper.match(lines.at(i)).hasMatch())
                    found << root.relativeFilePath(path) + u':' + QString::number(i + 1) + u": "_s + lines.at(i).trimmed();
        }
    }
    QVERIFY(files > 100);
    QVERIFY2(found.isEmpty(), qPrintable(u"translate() with a text lupdate cannot see (use a Q_DECLARE_TR_FUNCTIONS struct):\n"_s + found.join(u'\n')));
}

void tst_Translations::everyTranslationKeepsItsPlaceholdersAndMnemonic()
{
    // A translation that drops or invents a %1 makes arg() put a value in the wrong place (or
    // nowhere); a plural without %n loses the number; a second '&' steals another shortcut.
    QFile f(tsFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    static const QRegularExpression placeholder(u"%L?\\d+"_s);
    const auto placeholders = [](const QString &text) {
        QSet<QString> out;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            out.insert(it.next().captured().remove(u'L'));
        return out;
    };
    const auto mnemonics = [](QString text) { return text.remove(u"&&"_s).count(u'&'); };
    QString context, source;
    bool numerus = false;
    QStringList forms, problems;
    int checked = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"message") {
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            forms.clear();
        } else if (xml.isStartElement() && xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation" && !numerus) {
            forms << xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"numerusform") {
            forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++checked;
            for (const QString &form : std::as_const(forms)) {
                if (form.isEmpty())
                    problems << context + u": untranslated: "_s + source.left(60);
                else if (placeholders(form) != placeholders(source))
                    problems << context + u": placeholders differ: "_s + source.left(60) + u" → "_s + form.left(60);
                else if (mnemonics(form) != mnemonics(source))
                    problems << context + u": '&' shortcuts differ: "_s + source.left(60) + u" → "_s + form.left(60);
            }
            if (numerus && source.contains(u"%n"_s) && (forms.size() != 2 || !forms.last().contains(u"%n"_s)))
                problems << context + u": the plural needs two forms, the second with %n: "_s + source.left(60);
        }
    }
    QVERIFY(checked > 1000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::languageChoice()
{
    QVERIFY(Translations::available().contains(u"nl"_s));
    QCOMPARE(Translations::available().first(), u"en"_s);
    QCOMPARE(Translations::choose(u"nl"_s).value(), u"nl"_s);
    QCOMPARE(Translations::choose(u"nl_BE.UTF-8"_s).value(), u"nl"_s);
    QCOMPARE(Translations::choose(u"en-US"_s).value(), u"en"_s);
    QCOMPARE(Translations::nativeName(u"nl"_s), u"Nederlands"_s);
    QStringList args = {u"datastore"_s, u"list"_s, u"--lang"_s, u"nl"_s, u"--json"_s};
    QCOMPARE(Translations::takeLanguageOption(&args), u"nl"_s);
    QCOMPARE(args, (QStringList{u"datastore"_s, u"list"_s, u"--json"_s}));
    args = {u"--lang=en"_s, u"types"_s};
    QCOMPARE(Translations::takeLanguageOption(&args), u"en"_s);
    QCOMPARE(args, QStringList{u"types"_s});
}

void tst_Translations::dsstudioSpeaksDutch()
{
    const TranslationCheck check(tsFile());
    QVERIFY(check.isValid());
    TestEnv env;
    env.unsetEnv(u"LC_ALL"_s);
    // The system's language (LANGUAGE, as gettext reads it), --lang over it, LANG alone.
    env.setEnv(u"LANGUAGE"_s, u"nl"_s);
    const CliRun dutch = env.cli({u"--help"_s});
    QCOMPARE(dutch.exitCode, 0);
    QVERIFY2(dutch.out.contains(u"gegevensarchie"_s), qPrintable(dutch.out.left(300)));
    const CliRun english = env.cli({u"--lang"_s, u"en"_s, u"--help"_s});
    QVERIFY2(english.out.contains(u"manage Azure Machine Learning datastores"_s), qPrintable(english.out.left(300)));
    env.unsetEnv(u"LANGUAGE"_s);
    env.setEnv(u"LANG"_s, u"nl_NL.UTF-8"_s);
    QCOMPARE(env.cli({u"--help"_s}).out, dutch.out);
    env.setEnv(u"LANG"_s, u"C.UTF-8"_s);
    QCOMPARE(env.cli({u"--help"_s}).out, english.out);

    // Every help page, every line Dutch.
    QStringList found;
    const QList<QStringList> pages = {{u"--help"_s},
                                      {u"datastore"_s, u"register"_s, u"--help"_s},
                                      {u"datastore"_s, u"update-credentials"_s, u"--help"_s},
                                      {u"datastore"_s, u"export"_s, u"--help"_s},
                                      {u"workspace"_s, u"connect"_s, u"--help"_s},
                                      {u"ls"_s, u"--help"_s}};
    for (const QStringList &page : pages) {
        const CliRun run = env.cli(QStringList{u"--lang"_s, u"nl"_s} + page);
        QVERIFY2(run.exitCode == 0, qPrintable(page.join(u' ') + u": "_s + run.err));
        QVERIFY(!run.out.isEmpty());
        check.check(u"dsstudio "_s + page.join(u' '), {run.out}, &found);
    }
    // An error of bad input, in Dutch too.
    const CliRun bad = env.cli({u"--lang"_s, u"nl"_s, u"datastore"_s, u"show"_s});
    QVERIFY(bad.exitCode != 0);
    check.check(u"dsstudio datastore show (no name)"_s, {bad.err}, &found);
    QVERIFY2(found.isEmpty(), qPrintable(u"English in Dutch: "_s + found.join(u"\n"_s)));
}

void tst_Translations::anUnknownLanguageIsRefusedByName()
{
    TestEnv env;
    const CliRun run = env.cli({u"--lang"_s, u"xx"_s, u"datastore"_s, u"list"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--lang"_s) && run.err.contains(u"'xx'"_s) && run.err.contains(u"en, nl"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
