#include <QTest>

#include "services/net/sharedkey.h"

using namespace Qt::Literals::StringLiterals;

class tst_SharedKey : public QObject
{
    Q_OBJECT

private slots:
    void referenceVectors_data();
    void referenceVectors();
    void canonicalizedResource();
    void httpDateIsLocaleIndependent();
};

namespace {
const QByteArray Key = QByteArray::fromBase64("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==");
const HeaderList Common{{"x-ms-date", "Tue, 03 Mar 2026 10:00:00 GMT"}, {"x-ms-version", "2023-11-03"}};
} // namespace

void tst_SharedKey::referenceVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<HeaderList>("extra");
    QTest::addColumn<QByteArray>("expected");
    // REFERENCE.md 8.2: computed by Azurite's server-side rules and the Azure C++ SDK signer.
    QTest::newRow("list blobs") << QByteArray("GET")
                                << u"http://127.0.0.1:10000/devstoreaccount1/data?restype=container&comp=list&prefix=2026%2F&delimiter=%2F&maxresults=500"_s
                                << HeaderList{} << QByteArray("iPEKWkM1WcutVPD5OkSPVi6JXXmEw45FeDtBI/N9C6U=");
    QTest::newRow("put blob") << QByteArray("PUT") << u"http://127.0.0.1:10000/devstoreaccount1/data/dir/a%20b.txt"_s
                              << HeaderList{{"Content-Length", "11"}, {"Content-Type", "text/plain"}, {"x-ms-blob-type", "BlockBlob"}}
                              << QByteArray("TU12TZHOokfbfgsneXJCVdBxJjcJnIgQkyATzM2uFhM=");
    QTest::newRow("container properties") << QByteArray("HEAD") << u"http://127.0.0.1:10000/devstoreaccount1/data?restype=container"_s
                                          << HeaderList{{"Content-Length", "0"}} << QByteArray("kl+SJjmKGi16dUEUF7NsummVX2GfPeey8HjZpuVnCBU=");
}

void tst_SharedKey::referenceVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(HeaderList, extra);
    QFETCH(QByteArray, expected);
    const QByteArray auth = SharedKey::authorization(method, QUrl(url, QUrl::StrictMode), Common + extra, u"devstoreaccount1"_s, Key);
    QCOMPARE(auth, "SharedKey devstoreaccount1:" + expected);
}

void tst_SharedKey::canonicalizedResource()
{
    const QByteArray sts = SharedKey::stringToSign(
        "GET", QUrl(u"http://127.0.0.1:10000/devstoreaccount1/data?restype=container&comp=list&prefix=2026%2F&delimiter=%2F&maxresults=500"_s),
        Common, u"devstoreaccount1"_s);
    QVERIFY(sts.endsWith("/devstoreaccount1/devstoreaccount1/data\ncomp:list\ndelimiter:/\nmaxresults:500\nprefix:2026/\nrestype:container"));
    QVERIFY(sts.startsWith("GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:"));
}

void tst_SharedKey::httpDateIsLocaleIndependent()
{
    QLocale::setDefault(QLocale(QLocale::German));
    QCOMPARE(SharedKey::httpDate(QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC)), QByteArray("Tue, 03 Mar 2026 10:00:00 GMT"));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(tst_SharedKey)
#include "tst_sharedkey.moc"
