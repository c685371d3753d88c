// The transfer queue's planning of folder transfers, on an in-memory store.
#include <QTemporaryDir>
#include <QTest>

#include "services/transfer/transferqueue.h"
#include "support/memorystorageclient.h"

using namespace Qt::Literals::StringLiterals;

class tst_TransferQueue : public QObject
{
    Q_OBJECT

private slots:
    void aHugeFolderIsPlannedAheadOnlySoFar();
};

// Issue 16, item 3: `get --recursive` held the whole listing as queued items (3 GiB in 45 s
// on an endless one). The listing now waits while PlanAhead files are still to do, goes on
// as they finish, and a cancel ends it where it waits.
void tst_TransferQueue::aHugeFolderIsPlannedAheadOnlySoFar()
{
    MemoryStorageClient client;
    client.setSynthetic(200'000); // 40 pages of 5,000
    client.setHoldReads(true);    // no file ever finishes until released
    QTemporaryDir dir;
    TransferQueue queue(&client);
    queue.setConcurrency(4);
    const int group = queue.downloadFolder({}, dir.path());
    // Lists until PlanAhead files wait, then stops asking.
    QTRY_VERIFY(queue.group(group).files() >= TransferQueue::PlanAhead);
    QTest::qWait(200);
    const int listed = queue.group(group).files();
    const int pages = client.listCalls();
    QVERIFY2(listed < TransferQueue::PlanAhead + 5000, qPrintable(QString::number(listed)));
    QTest::qWait(200);
    QCOMPARE(client.listCalls(), pages);
    QVERIFY(queue.group(group).listing);
    QVERIFY(queue.isActive());

    // As files finish (here: fail, released unanswered), the listing goes on, still bounded.
    client.setHoldReads(false);
    client.release();
    QTRY_VERIFY_WITH_TIMEOUT(client.listCalls() > pages, 20000);
    QVERIFY(queue.group(group).files() - queue.group(group).filesFinished() < TransferQueue::PlanAhead + 5000);

    // Cancelled while parked or paging: the listing ends, nothing more is asked for.
    queue.cancelGroup(group);
    QTRY_VERIFY_WITH_TIMEOUT(!queue.isActive(), 20000);
    const int after = client.listCalls();
    QTest::qWait(100);
    QCOMPARE(client.listCalls(), after);
    QVERIFY(queue.group(group).finished());
    QVERIFY(queue.group(group).files() < 200'000);
}

QTEST_GUILESS_MAIN(tst_TransferQueue)
#include "tst_transferqueue.moc"
