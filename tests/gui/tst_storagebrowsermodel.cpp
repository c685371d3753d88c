// The lazy storage browser model: pages arrive as rows, nothing is listed until asked, stale
// replies are dropped, Stop / Refresh / prefix search, folders, errors.
#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "models/storagebrowsermodel.h"
#include "support/memorystorageclient.h"

using namespace Qt::Literals::StringLiterals;

class tst_StorageBrowserModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void nothingIsListedUntilAsked();
    void pagesArriveAsRowsInServiceOrder();
    void foldersListLazilyAndHaveFullPaths();
    void staleRepliesAreDropped();
    void stopKeepsRowsAndResumeContinues();
    void prefixSearchShowsOnlyMatches();
    void errorsStopFetchingUntilRefresh();
    void passesTheModelTester();
    void sortingKeepsSelectionAndRestoresServiceOrder();
    void rowsArrivingUnderASortAreSortedIn();

private:
    std::unique_ptr<MemoryStorageClient> m_client;
    std::unique_ptr<StorageBrowserModel> m_model;
};

void tst_StorageBrowserModel::init()
{
    m_client = std::make_unique<MemoryStorageClient>();
    for (int i = 0; i < 25; ++i)
        m_client->put(u"file%1.txt"_s.arg(i, 2, 10, QLatin1Char('0')), QByteArray(i, 'x'));
    m_client->put(u"data/2026/jan.csv"_s, "a,b\n1,2\n");
    m_client->put(u"data/2026/feb.csv"_s, "a,b\n3,4\n");
    m_client->put(u"data/readme.md"_s, "# data");
    m_client->put(u"zz/with space & more/x #1.txt"_s, "x");
    m_model = std::make_unique<StorageBrowserModel>();
    m_model->setPageSize(10);
    m_model->setClient(m_client.get());
}

void tst_StorageBrowserModel::nothingIsListedUntilAsked()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_client->listCalls(), 0);
    QVERIFY(m_model->canFetchMore({}));
    QCOMPARE(m_model->state({}), StorageBrowserModel::State::NotLoaded);
    m_model->fetchMore({});
    // fetchMore returns at once; the rows come with the reply.
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->state({}), StorageBrowserModel::State::Loading);
    QVERIFY(!m_model->canFetchMore({})); // one request at a time
    QTRY_COMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_client->listCalls(), 1);
}

void tst_StorageBrowserModel::pagesArriveAsRowsInServiceOrder()
{
    QSignalSpy pages(m_model.get(), &StorageBrowserModel::pageLoaded);
    while (m_model->state({}) != StorageBrowserModel::State::Complete) {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        QTest::qWait(1);
    }
    QCOMPARE(m_model->rowCount(), 27); // 25 files + data/ + zz/
    QCOMPARE(pages.size(), 3);
    QCOMPARE(m_model->loadedCount({}), 27);
    QVERIFY(!m_model->canFetchMore({}));
    QSet<QString> seen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name = m_model->index(row, 0).data().toString();
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
    }
    QCOMPARE(m_model->index(0, 0).data().toString(), u"data"_s);
    QVERIFY(m_model->index(0, 0).data(StorageBrowserModel::IsDirectoryRole).toBool());
    QCOMPARE(m_model->index(0, StorageBrowserModel::TypeColumn).data().toString(), u"Folder"_s);
    const QModelIndex f3 = m_model->index(4, 0);
    QCOMPARE(f3.data().toString(), u"file03.txt"_s);
    QCOMPARE(f3.data(StorageBrowserModel::SizeRole).toLongLong(), 3);
    QCOMPARE(m_model->index(4, StorageBrowserModel::TypeColumn).data().toString(), u"TXT file"_s);
    QCOMPARE(m_model->index(4, StorageBrowserModel::TierColumn).data().toString(), u"Hot"_s);
    QCOMPARE(f3.data(StorageBrowserModel::ModifiedRole).toDateTime(), QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC));
    QVERIFY(m_model->firstPageMs({}) >= 0);
}

void tst_StorageBrowserModel::foldersListLazilyAndHaveFullPaths()
{
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 10);
    const QModelIndex data = m_model->index(0, 0);
    QVERIFY(m_model->hasChildren(data));
    QVERIFY(!m_model->hasChildren(m_model->index(1, 0))); // a file
    QCOMPARE(m_model->rowCount(data), 0);
    QVERIFY(m_model->canFetchMore(data));
    m_model->fetchMore(data);
    QTRY_COMPARE(m_model->rowCount(data), 2);
    const QModelIndex year = m_model->index(0, 0, data);
    QCOMPARE(year.data(StorageBrowserModel::PathRole).toString(), u"data/2026/"_s);
    QCOMPARE(m_model->index(1, 0, data).data(StorageBrowserModel::PathRole).toString(), u"data/readme.md"_s);
    m_model->fetchMore(year);
    QTRY_COMPARE(m_model->rowCount(year), 2);
    QCOMPARE(m_model->index(1, 0, year).data(StorageBrowserModel::PathRole).toString(), u"data/2026/jan.csv"_s);
    QCOMPARE(m_model->indexForFolder(u"data/2026/"_s), year);
    QCOMPARE(m_model->folderPath(year), u"data/2026/"_s);
    QCOMPARE(m_model->parent(m_model->index(0, 0, year)), year);
    // Refreshing the parent drops the subtree, then lists it again.
    m_model->refresh(data);
    QCOMPARE(m_model->rowCount(data), 0);
    QTRY_COMPARE(m_model->rowCount(data), 2);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0, data)), 0);
}

void tst_StorageBrowserModel::staleRepliesAreDropped()
{
    m_client->setHoldReplies(true);
    m_model->fetchMore({});
    QCOMPARE(m_client->heldCount(), 1);
    m_model->refresh({}); // a second request; the first answer is now stale
    QCOMPARE(m_client->heldCount(), 2);
    m_client->release(1); // the fresh one first
    QTRY_COMPARE(m_model->rowCount(), 10);
    m_client->release(0); // then the stale one: ignored
    QTest::qWait(20);
    QCOMPARE(m_model->rowCount(), 10);
    // A reply for a client that was replaced is dropped too.
    m_model->fetchMore({});
    QCOMPARE(m_client->heldCount(), 1);
    MemoryStorageClient other;
    m_model->setClient(&other);
    m_client->release();
    QTest::qWait(20);
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_StorageBrowserModel::stopKeepsRowsAndResumeContinues()
{
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 10);
    m_client->setHoldReplies(true);
    m_model->fetchMore({});
    QCOMPARE(m_model->state({}), StorageBrowserModel::State::Loading);
    m_model->stop({});
    QCOMPARE(m_model->state({}), StorageBrowserModel::State::Stopped);
    QVERIFY(!m_model->canFetchMore({})); // scrolling does not restart a stopped listing
    m_client->release(); // the cancelled page arrives anyway: dropped
    QCOMPARE(m_model->rowCount(), 10);
    m_client->setHoldReplies(false);
    m_model->resume({});
    QTRY_COMPARE(m_model->rowCount(), 20);
    QCOMPARE(m_model->index(10, 0).data().toString(), u"file09.txt"_s); // continues, no repeat, no gap
}

void tst_StorageBrowserModel::prefixSearchShowsOnlyMatches()
{
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 10);
    m_model->setNamePrefix({}, u"file1"_s);
    QCOMPARE(m_model->namePrefix({}), u"file1"_s);
    QTRY_COMPARE(m_model->state({}), StorageBrowserModel::State::Complete);
    QCOMPARE(m_model->rowCount(), 10);
    for (int row = 0; row < 10; ++row)
        QVERIFY(m_model->index(row, 0).data().toString().startsWith(u"file1"_s));
    m_model->setNamePrefix({}, u"nothing"_s);
    QTRY_COMPARE(m_model->state({}), StorageBrowserModel::State::Complete);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setNamePrefix({}, {});
    QTRY_COMPARE(m_model->rowCount(), 10);
    // Inside a folder, with a name that needs escaping.
    QVERIFY(QTest::qWaitFor([this] {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        return m_model->state({}) == StorageBrowserModel::State::Complete;
    }));
    const QModelIndex zz = m_model->index(26, 0);
    QCOMPARE(zz.data().toString(), u"zz"_s);
    m_model->setNamePrefix(zz, u"with s"_s);
    QTRY_COMPARE(m_model->rowCount(zz), 1);
    QCOMPARE(m_model->index(0, 0, zz).data(StorageBrowserModel::PathRole).toString(), u"zz/with space & more/"_s);
}

void tst_StorageBrowserModel::errorsStopFetchingUntilRefresh()
{
    QSignalSpy failed(m_model.get(), &StorageBrowserModel::listingFailed);
    m_client->failNextList(ApiError::make(ApiError::Kind::Auth, u"AuthenticationFailed"_s, u"The key was refused."_s));
    m_model->fetchMore({});
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(m_model->state({}), StorageBrowserModel::State::Failed);
    QCOMPARE(m_model->lastError({}).code, u"AuthenticationFailed"_s);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->refresh({});
    QTRY_COMPARE(m_model->rowCount(), 10);
    QVERIFY(!m_model->lastError({}).isError());
}

void tst_StorageBrowserModel::passesTheModelTester()
{
    // The tester fetches on its own; let it, and check every change on the way.
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(m_model->state({}), StorageBrowserModel::State::Complete);
    const QModelIndex data = m_model->index(0, 0);
    m_model->fetchMore(data);
    QTRY_COMPARE(m_model->rowCount(data), 2);
    m_model->fetchMore(m_model->index(0, 0, data));
    QTRY_COMPARE(m_model->rowCount(m_model->index(0, 0, data)), 2);
    m_model->refresh(data);
    QTRY_COMPARE(m_model->rowCount(data), 2);
    m_model->setNamePrefix({}, u"file2"_s);
    QTRY_COMPARE(m_model->state({}), StorageBrowserModel::State::Complete);
    QCOMPARE(m_model->rowCount(), 5);
}

static QStringList names(const StorageBrowserModel &model, const QModelIndex &folder = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(folder); ++row)
        out.append(model.index(row, 0, folder).data().toString());
    return out;
}

void tst_StorageBrowserModel::sortingKeepsSelectionAndRestoresServiceOrder()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(m_model->state({}), StorageBrowserModel::State::Complete);
    const QStringList service = names(*m_model);
    const QModelIndex data = m_model->index(0, 0);
    m_model->fetchMore(data);
    QTRY_COMPARE(m_model->rowCount(data), 2);
    const QPersistentModelIndex file03 = m_model->index(4, 0);
    const QPersistentModelIndex dataRow = data;
    QCOMPARE(file03.data().toString(), u"file03.txt"_s);

    m_model->sort(StorageBrowserModel::SizeColumn, Qt::DescendingOrder);
    QVERIFY(!m_model->serviceOrder());
    // Folders first (in the service's order), then the files by size, largest first.
    const QStringList bySize = names(*m_model);
    QCOMPARE(bySize.mid(0, 3), (QStringList{u"data"_s, u"zz"_s, u"file24.txt"_s}));
    QCOMPARE(bySize.last(), u"file00.txt"_s);
    for (int row = 3; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->index(row - 1, 0).data(StorageBrowserModel::SizeRole).toLongLong()
                >= m_model->index(row, 0).data(StorageBrowserModel::SizeRole).toLongLong());
    // What the user had selected is still the same entry, and an opened folder keeps its rows.
    QCOMPARE(file03.row(), 2 + (24 - 3));
    QCOMPARE(file03.data().toString(), u"file03.txt"_s);
    QCOMPARE(dataRow.data(StorageBrowserModel::PathRole).toString(), u"data/"_s);
    QCOMPARE(m_model->rowCount(dataRow), 2);
    QCOMPARE(m_model->parent(m_model->index(0, 0, dataRow)), QModelIndex(dataRow));
    QCOMPARE(m_model->indexForFolder(u"data/2026/"_s).data(StorageBrowserModel::PathRole).toString(), u"data/2026/"_s);

    m_model->sort(StorageBrowserModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(names(*m_model).first(), u"zz"_s);
    QCOMPARE(names(*m_model).last(), u"data"_s);
    m_model->sort(StorageBrowserModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(m_model->serviceOrder());
    QCOMPARE(names(*m_model), service); // exactly the service's order again
    QCOMPARE(file03.row(), 4);
}

void tst_StorageBrowserModel::rowsArrivingUnderASortAreSortedIn()
{
    m_model->sort(StorageBrowserModel::SizeColumn, Qt::DescendingOrder);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 10);
    // Among the first page (data/, file00…file08) the order already holds.
    QTRY_COMPARE(names(*m_model).mid(0, 2), (QStringList{u"data"_s, u"file08.txt"_s}));
    while (m_model->state({}) != StorageBrowserModel::State::Complete) {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        QTest::qWait(1);
    }
    // The last page completes the listing: the order is final at once, with no wait.
    const QStringList all = names(*m_model);
    QCOMPARE(all.size(), 27);
    QCOMPARE(all.mid(0, 3), (QStringList{u"data"_s, u"zz"_s, u"file24.txt"_s}));
    QCOMPARE(all.last(), u"file00.txt"_s);
}

QTEST_MAIN(tst_StorageBrowserModel)
#include "tst_storagebrowsermodel.moc"
