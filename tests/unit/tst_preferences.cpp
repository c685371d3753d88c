// The user's preferences as both programs keep and read them: the settings file round trip
// (other groups kept), a bad value named by file, key and rule (and nothing overwritten),
// dsstudio's environment variables over the file and its flags over both.
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "services/core/preferences.h"
#include "support/testenv.h"

using namespace Qt::Literals::StringLiterals;

class tst_Preferences : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWithoutAFile();
    void roundTripKeepsTheOtherGroups();
    void aBadValueNamesFileKeyAndRule();
    void theEnvironmentOverridesTheFile();
    void dsstudioReadsTheFileTheEnvironmentAndTheFlags();
};

void tst_Preferences::defaultsWithoutAFile()
{
    QTemporaryDir dir;
    const auto p = Preferences::load(dir.filePath(u"settings.ini"_s));
    QVERIFY(p);
    QCOMPARE(p.value(), Preferences());
    QCOMPARE(p.value().parallel, 4);
    QVERIFY(p.value().askBeforeOverwrite);
    QVERIFY(!QFile::exists(dir.filePath(u"settings.ini"_s))); // reading writes nothing
}

void tst_Preferences::roundTripKeepsTheOtherGroups()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    {
        QSettings s(file, QSettings::IniFormat);
        s.setValue(u"current"_s, u"sales"_s); // the workspace catalog's
    }
    Preferences p;
    p.language = u"nl"_s;
    p.parallel = 9;
    p.verifyMd5 = true;
    p.previewBytes = 1024 * 1024;
    p.askBeforeOverwrite = false;
    p.appearance = Preferences::Appearance::Dark;
    QVERIFY(p.save(file));
    const auto back = Preferences::load(file);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back.value(), p);
    QCOMPARE(QSettings(file, QSettings::IniFormat).value(u"current"_s).toString(), u"sales"_s);
}

void tst_Preferences::aBadValueNamesFileKeyAndRule()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    const QList<QPair<QString, QString>> bad = {{u"parallel"_s, u"0"_s}, {u"parallel"_s, u"many"_s}, {u"language"_s, u"xx"_s},
                                                {u"verify"_s, u"sha1"_s}, {u"preview_bytes"_s, u"10"_s}, {u"ask_before_overwrite"_s, u"maybe"_s},
                                                {u"appearance"_s, u"blue"_s}};
    for (const auto &[key, value] : bad) {
        {
            QFile::remove(file);
            QSettings s(file, QSettings::IniFormat);
            s.setValue(u"preferences/"_s + key, value);
        }
        const QByteArray before = [&file] { QFile f(file); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const auto p = Preferences::load(file);
        QVERIFY2(!p, qPrintable(key + u'=' + value));
        QCOMPARE(p.error().kind, ApiError::Kind::InvalidInput);
        QVERIFY2(p.error().message.contains(file) && p.error().message.contains(key) && p.error().message.contains(u"'"_s + value + u"'"_s),
                 qPrintable(p.error().message));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // left for the user to see
    }
}

void tst_Preferences::theEnvironmentOverridesTheFile()
{
    Preferences file;
    file.parallel = 2;
    QProcessEnvironment env;
    env.insert(u"DSSTUDIO_PARALLEL"_s, u"12"_s);
    env.insert(u"DSSTUDIO_VERIFY"_s, u"md5"_s);
    env.insert(u"DSSTUDIO_LANG"_s, u"en"_s);
    const auto p = file.withEnvironment(env);
    QVERIFY(p);
    QCOMPARE(p.value().parallel, 12);
    QVERIFY(p.value().verifyMd5);
    QCOMPARE(p.value().language, u"en"_s);
    env.insert(u"DSSTUDIO_PARALLEL"_s, u"17"_s);
    const auto bad = file.withEnvironment(env);
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.startsWith(u"DSSTUDIO_PARALLEL: '17'"_s) && bad.error().message.contains(u"1 to 16"_s), qPrintable(bad.error().message));
}

void tst_Preferences::dsstudioReadsTheFileTheEnvironmentAndTheFlags()
{
    TestEnv env;
    env.unsetEnv(u"LANGUAGE"_s);
    env.unsetEnv(u"LC_ALL"_s);
    env.setEnv(u"LANG"_s, u"C.UTF-8"_s);
    const QString file = env.root() + u"/config/datastore-studio/settings.ini"_s;
    QVERIFY(QDir().mkpath(env.root() + u"/config/datastore-studio"_s));
    Preferences p;
    p.language = u"nl"_s;
    QVERIFY(p.save(file));
    // The studio's language setting is dsstudio's too; DSSTUDIO_LANG and --lang go over it.
    QVERIFY(env.cli({u"--help"_s}).out.contains(u"Gebruik: dsstudio"_s));
    env.setEnv(u"DSSTUDIO_LANG"_s, u"en"_s);
    QVERIFY(env.cli({u"--help"_s}).out.contains(u"Usage: dsstudio"_s));
    QVERIFY(env.cli({u"--lang"_s, u"nl"_s, u"--help"_s}).out.contains(u"Gebruik: dsstudio"_s));
    // A bad variable or flag: refused by name, before anything runs.
    env.setEnv(u"DSSTUDIO_PARALLEL"_s, u"0"_s);
    const CliRun badEnv = env.cli({u"types"_s});
    QCOMPARE(badEnv.exitCode, 2);
    QVERIFY2(badEnv.err.contains(u"DSSTUDIO_PARALLEL"_s) && badEnv.out.isEmpty(), qPrintable(badEnv.err));
    env.unsetEnv(u"DSSTUDIO_PARALLEL"_s);
    const CliRun badFlag = env.cli({u"get"_s, u"sales/a.csv"_s, env.root() + u"/a.csv"_s, u"--parallel"_s, u"99"_s});
    QCOMPARE(badFlag.exitCode, 2);
    QVERIFY2(badFlag.err.contains(u"--parallel"_s) && badFlag.err.contains(u"'99'"_s), qPrintable(badFlag.err));
    // A bad settings file: named, and dsstudio stops (it would run with settings nobody chose).
    {
        QSettings s(file, QSettings::IniFormat);
        s.setValue(u"preferences/verify"_s, u"crc"_s);
    }
    const CliRun badFile = env.cli({u"types"_s});
    QCOMPARE(badFile.exitCode, 2);
    QVERIFY2(badFile.err.contains(file) && badFile.err.contains(u"verify"_s), qPrintable(badFile.err));
}

QTEST_GUILESS_MAIN(tst_Preferences)
#include "tst_preferences.moc"
