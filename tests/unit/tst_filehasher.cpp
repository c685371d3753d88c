#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "services/transfer/filehasher.h"

using namespace Qt::Literals::StringLiterals;

// The worker-thread MD5 behind transfers: it hashes only what it is told is in the file,
// in order, follows a file that is still being written, and says when it cannot read.
class tst_FileHasher : public QObject
{
    Q_OBJECT

private slots:
    void followsAFileBeingWritten();
    void emptyFile();
    void shortFileIsAnErrorNotAWrongDigest();
    void destroyedWhileWaitingDoesNotHang();
};

void tst_FileHasher::followsAFileBeingWritten()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"growing.bin"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    QByteArray all;
    FileHasher hasher(file.fileName(), QCryptographicHash::Md5);
    QSignalSpy done(&hasher, &FileHasher::done);
    for (int i = 0; i < 40; ++i) {
        const QByteArray block(100'000 + i * 3001, char('a' + i % 26));
        QCOMPARE(file.write(block), block.size());
        all += block;
        hasher.setAvailable(all.size());
        if (i == 20) // the hasher catches up with what is available, and waits there
            QTRY_COMPARE(hasher.hashed(), qint64(all.size()));
    }
    // Bytes beyond the available limit are not read: nothing is reported before finish().
    QVERIFY(!done.wait(50));
    hasher.finish(all.size());
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().at(1).toString(), QString());
    QCOMPARE(done.first().at(0).toByteArray(), QCryptographicHash::hash(all, QCryptographicHash::Md5));
}

void tst_FileHasher::emptyFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"empty"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    FileHasher hasher(file.fileName(), QCryptographicHash::Md5);
    QSignalSpy done(&hasher, &FileHasher::done);
    hasher.finish(0);
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().at(0).toByteArray(), QCryptographicHash::hash({}, QCryptographicHash::Md5));
}

void tst_FileHasher::shortFileIsAnErrorNotAWrongDigest()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"short"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1000, 'x'));
    file.close();
    FileHasher hasher(file.fileName(), QCryptographicHash::Md5);
    QSignalSpy done(&hasher, &FileHasher::done);
    hasher.finish(5000);
    QVERIFY(done.wait(5000));
    QVERIFY(done.first().at(0).toByteArray().isEmpty());
    QVERIFY2(done.first().at(1).toString().contains(u"offset 1000"_s), qPrintable(done.first().at(1).toString()));

    FileHasher missing(dir.filePath(u"nothere"_s), QCryptographicHash::Md5);
    QSignalSpy failed(&missing, &FileHasher::done);
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().at(1).toString().contains(u"nothere"_s));
}

void tst_FileHasher::destroyedWhileWaitingDoesNotHang()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"f"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto *hasher = new FileHasher(file.fileName(), QCryptographicHash::Md5);
    QSignalSpy done(hasher, &FileHasher::done);
    hasher->setAvailable(4096);
    QTRY_COMPARE(hasher->hashed(), qint64(4096));
    delete hasher; // the worker is waiting for more: deleting it must stop and join it
    QCOMPARE(done.size(), 0);
}

QTEST_GUILESS_MAIN(tst_FileHasher)
#include "tst_filehasher.moc"
