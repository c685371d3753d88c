#include <QTest>

#include "services/core/names.h"

using namespace Qt::Literals::StringLiterals;

class tst_Names : public QObject
{
    Q_OBJECT

private slots:
    void datastoreName_data();
    void datastoreName();
    void workspaceName_data();
    void workspaceName();
};

void tst_Names::datastoreName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");       // empty: accepted
    QTest::addColumn<QString>("mentions");   // text the message must contain

    QTest::newRow("simple") << u"sales_data"_s << QString() << QString();
    QTest::newRow("digits first") << u"2024_raw"_s << QString() << QString();
    QTest::newRow("single char") << u"a"_s << QString() << QString();
    QTest::newRow("single digit") << u"7"_s << QString() << QString();
    QTest::newRow("255 chars") << QString(255, u'a') << QString() << QString();
    QTest::newRow("256 chars") << QString(256, u'a') << u"name.too_long"_s << u"256 characters"_s;
    QTest::newRow("empty") << QString() << u"name.empty"_s << u"must not be empty"_s;
    QTest::newRow("upper case") << u"Sales"_s << u"name.invalid_char"_s << u"'S' at position 1"_s;
    QTest::newRow("upper inside") << u"salesData"_s << u"name.invalid_char"_s << u"'D' at position 6"_s;
    QTest::newRow("space") << u"my data"_s << u"name.invalid_char"_s << u"a space (U+0020) at position 3"_s;
    QTest::newRow("leading underscore") << u"_private"_s << u"name.invalid_char"_s << u"must start with a lowercase letter or a digit"_s;
    QTest::newRow("hyphen") << u"my-data"_s << u"name.invalid_char"_s << u"'-' at position 3"_s;
    QTest::newRow("dot") << u"a.b"_s << u"name.invalid_char"_s << u"'.' at position 2"_s;
    QTest::newRow("slash") << u"a/b"_s << u"name.invalid_char"_s << u"'/' at position 2"_s;
    QTest::newRow("unicode letter") << u"caf\u00e9"_s << u"name.invalid_char"_s << u"U+00E9) at position 4"_s;
    QTest::newRow("emoji beyond BMP") << u"ab\U0001F600c"_s << u"name.invalid_char"_s << u"U+1F600) at position 3"_s;
    QTest::newRow("after emoji, position in characters") << u"\U0001F600"_s << u"name.invalid_char"_s << u"position 1"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"name.invalid_char"_s << u"control character (U+0009) at position 2"_s;
    QTest::newRow("nul") << u"a"_s + QChar(0) << u"name.invalid_char"_s << u"U+0000"_s;
    QTest::newRow("fullwidth digit") << u"\uff11"_s << u"name.invalid_char"_s << u"U+FF11"_s;
    QTest::newRow("trailing underscore ok") << u"data_"_s << QString() << QString();
    QTest::newRow("255 with non-ascii at end") << QString(254, u'a') + u"\u00e9"_s << u"name.invalid_char"_s << u"position 255"_s;
}

void tst_Names::datastoreName()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const auto error = Names::checkDatastoreName(name);
    if (code.isEmpty()) {
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        return;
    }
    QVERIFY(error);
    QCOMPARE(error->code, code);
    QCOMPARE(error->field, u"name"_s);
    QCOMPARE(error->kind, ApiError::Kind::InvalidInput);
    QVERIFY2(error->message.contains(mentions), qPrintable(error->message));
    QVERIFY(!error->message.contains(u'\n'));
}

void tst_Names::workspaceName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << u"default"_s << true;
    QTest::newRow("mixed case and dash") << u"Team-ML_1"_s << true;
    QTest::newRow("too short") << u"ab"_s << false;
    QTest::newRow("33 chars") << QString(33, u'w') << true;
    QTest::newRow("34 chars") << QString(34, u'w') << false;
    QTest::newRow("leading dash") << u"-abc"_s << false;
    QTest::newRow("slash") << u"ab/cd"_s << false;
    QTest::newRow("dot dot") << u".."_s << false;
    QTest::newRow("unicode") << u"\u00e9quipe"_s << false;
}

void tst_Names::workspaceName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto error = Names::checkWorkspaceName(name);
    QCOMPARE(!error.has_value(), valid);
    if (error)
        QCOMPARE(error->field, u"workspace"_s);
}

QTEST_GUILESS_MAIN(tst_Names)
#include "tst_names.moc"
