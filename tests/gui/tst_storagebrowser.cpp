// The storage browser window, offscreen, over an in-memory storage client: lazy paging while
// scrolling, folders by keyboard, breadcrumb, preview, prefix search, Stop / Continue,
// transfers, new folder, delete, copy URL / URI.
#include <memory>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QTimer>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

#include "models/storagebrowsermodel.h"
#include "services/transfer/transferqueue.h"
#include "support/dialogdriver.h"
#include "support/guifixture.h"
#include "support/memorystorageclient.h"
#include "ui/messagebanner.h"
#include "ui/storagebrowserwindow.h"
#include "ui/storagepreviewpane.h"
#include "ui/transferspanel.h"

using namespace Qt::Literals::StringLiterals;

class tst_StorageBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { quietOffscreenWarnings(); }
    void init();
    void cleanup();
    void scrollingLoadsFurtherPages();
    void sortingByAColumnListsTheWholeFolder();
    void foldersByKeyboardAndBreadcrumb();
    void previewShowsTextCsvJsonAndBinary();
    void prefixSearch();
    void stopAndContinue();
    void downloadUploadDelete();
    void newFolderRejectsBadNamesAndCopiesUrls();
    // Driven with the mouse and keys as a person does (issue 14).
    void anOpenedFolderIsNotTheSelection();
    void aFolderDeleteSaysHowMuchItRemoves();
    void focusIsInTheListAndShortcutsWorkFromTheSearchBox();
    void aDownloadOntoAnExistingFileAsks();
    void aFolderTransferIsOneJobAndOneQuestion();
    void anUploadOntoAnExistingObjectAsks();
    void closingWithTransfersRunningAsks();
    void aListingErrorGoesOnceTheFolderLists();
    void aFolderDownloadNeverWritesOutsideTheChosenFolder();

private:
    static std::unique_ptr<StorageBrowserWindow> bigFolderWindow();
    QPoint centerOf(const QString &name) const;
    QModelIndex rowFor(const QString &name) const;
    void waitComplete();
    void clickFile(const QString &folder, const QString &name);
    void clickJob(int group);

    MemoryStorageClient *m_client = nullptr;
    StorageBrowserWindow *m_window = nullptr;
};

void tst_StorageBrowser::init()
{
    m_client = new MemoryStorageClient;
    m_client->put(u"data/2026/jan.csv"_s, "city,\"temp, max\"\nOslo,3\nRome,\"15\"\n");
    m_client->put(u"data/config.json"_s, R"({"a":1,"b":[true,null]})");
    m_client->put(u"data/notes.txt"_s, "hello\nworld\n");
    m_client->put(u"data/blob.bin"_s, QByteArray("\x00\x01\x02\xffPK", 6));
    for (int i = 0; i < 30; ++i)
        m_client->put(u"logs/run-%1.log"_s.arg(i, 3, 10, QLatin1Char('0')), "log");
    Datastore ds;
    ds.name = u"lake"_s;
    m_window = new StorageBrowserWindow(ds, m_client);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_StorageBrowser::cleanup()
{
    delete m_window; // owns the client
    m_window = nullptr;
}

QModelIndex tst_StorageBrowser::rowFor(const QString &name) const
{
    StorageBrowserModel *model = m_window->model();
    const QModelIndex root = m_window->listView()->rootIndex();
    for (int row = 0; row < model->rowCount(root); ++row) {
        if (model->index(row, 0, root).data().toString() == name)
            return model->index(row, 0, root);
    }
    return {};
}

void tst_StorageBrowser::waitComplete()
{
    QVERIFY(QTest::qWaitFor([this] {
        QScrollBar *bar = m_window->listView()->verticalScrollBar();
        bar->setValue(bar->maximum());
        return m_window->model()->state(m_window->listView()->rootIndex()) == StorageBrowserModel::State::Complete;
    }));
}

// A shown browser over a flat folder of 20,000 synthetic entries, listed in pages of 500.
std::unique_ptr<StorageBrowserWindow> tst_StorageBrowser::bigFolderWindow()
{
    auto *big = new MemoryStorageClient;
    big->setSynthetic(20000);
    Datastore ds;
    ds.name = u"big"_s;
    auto window = std::make_unique<StorageBrowserWindow>(ds, big);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->model()->setPageSize(500); // set before the first page is asked for…
    window->model()->refresh({});      // …and start over with it
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

void tst_StorageBrowser::scrollingLoadsFurtherPages()
{
    const std::unique_ptr<StorageBrowserWindow> shown = bigFolderWindow();
    QVERIFY(shown);
    StorageBrowserWindow &window = *shown;
    StorageBrowserModel *model = window.model();
    // The first screen fills by itself, without loading everything.
    QTRY_VERIFY(model->rowCount() >= 500);
    QTest::qWait(100);
    QVERIFY2(model->rowCount() < 20000, qPrintable(QString::number(model->rowCount())));
    QVERIFY2(window.countLabel()->text().contains(u"more available"_s), qPrintable(window.countLabel()->text()));
    // Scrolling to the end loads the next pages; no button involved.
    const int before = model->rowCount();
    QScrollBar *bar = window.listView()->verticalScrollBar();
    bar->setValue(bar->maximum());
    QTRY_VERIFY(model->rowCount() > before);
    // Keyboard: Ctrl+End keeps loading until the listing is complete.
    window.listView()->setFocus();
    window.listView()->setCurrentIndex(model->index(0, 0));
    QVERIFY(QTest::qWaitFor(
        [&] {
            QTest::keyClick(window.listView(), Qt::Key_End, Qt::ControlModifier);
            return model->state({}) == StorageBrowserModel::State::Complete;
        },
        30000));
    QCOMPARE(model->rowCount(), 20000);
    QCOMPARE(model->index(19999, 0).data().toString(), u"part-0019999.parquet"_s);
    QVERIFY2(window.countLabel()->text().contains(u"20,000"_s) && window.countLabel()->text().contains(u"complete"_s),
             qPrintable(window.countLabel()->text()));
}

void tst_StorageBrowser::sortingByAColumnListsTheWholeFolder()
{
    const std::unique_ptr<StorageBrowserWindow> shown = bigFolderWindow();
    QVERIFY(shown);
    StorageBrowserWindow &window = *shown;
    StorageBrowserModel *model = window.model();
    QTRY_VERIFY(model->rowCount() >= 500);
    QVERIFY(model->rowCount() < 20000);
    // A click on the Size header: an order by size is only true over the whole folder, so the
    // rest is listed without any scrolling, then the rows are in order.
    QHeaderView *header = window.listView()->horizontalHeader();
    const int x = header->sectionViewportPosition(StorageBrowserModel::SizeColumn) + header->sectionSize(StorageBrowserModel::SizeColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(model->sortColumn(), int(StorageBrowserModel::SizeColumn));
    QTRY_COMPARE_WITH_TIMEOUT(model->state({}), StorageBrowserModel::State::Complete, 30000);
    QCOMPARE(model->rowCount(), 20000);
    const qint64 first = model->index(0, 0).data(StorageBrowserModel::SizeRole).toLongLong();
    const qint64 last = model->index(19999, 0).data(StorageBrowserModel::SizeRole).toLongLong();
    QCOMPARE(qMin(first, last), 1000); // sizes run 1000…5999, either way round
    QCOMPARE(qMax(first, last), 5999);
    for (int row = 1; row < 20000; ++row) {
        const qint64 a = model->index(row - 1, 0).data(StorageBrowserModel::SizeRole).toLongLong();
        const qint64 b = model->index(row, 0).data(StorageBrowserModel::SizeRole).toLongLong();
        QVERIFY(model->sortOrder() == Qt::AscendingOrder ? a <= b : a >= b);
    }
    QVERIFY2(window.countLabel()->text().contains(u"complete, sorted by size"_s), qPrintable(window.countLabel()->text()));
    // Back to Name ascending: the service's order.
    header->setSortIndicator(StorageBrowserModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model->index(19999, 0).data().toString(), u"part-0019999.parquet"_s);
    QVERIFY2(!window.countLabel()->text().contains(u"sorted"_s), qPrintable(window.countLabel()->text()));
}

void tst_StorageBrowser::foldersByKeyboardAndBreadcrumb()
{
    waitComplete();
    QCOMPARE(m_window->model()->rowCount(), 2); // data/ and logs/
    QTableView *list = m_window->listView();
    list->setFocus();
    list->setCurrentIndex(rowFor(u"data"_s));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_window->currentFolder(), u"data/"_s);
    waitComplete();
    QCOMPARE(m_window->model()->rowCount(list->rootIndex()), 4);
    list->setCurrentIndex(rowFor(u"2026"_s));
    QTest::keyClick(list, Qt::Key_Enter);
    QCOMPARE(m_window->currentFolder(), u"data/2026/"_s);
    // The breadcrumb shows lake › data › 2026, each a button; the folder tree follows.
    QStringList crumbs;
    for (QToolButton *b : m_window->breadcrumb()->findChildren<QToolButton *>())
        crumbs << b->text();
    QCOMPARE(crumbs, (QStringList{u"lake"_s, u"data"_s, u"2026"_s}));
    QCOMPARE(m_window->folderView()->currentIndex().data().toString(), u"2026"_s);
    QVERIFY(m_window->upAction()->isEnabled());
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_window->currentFolder(), u"data/"_s);
    m_window->breadcrumb()->findChildren<QToolButton *>().first()->click();
    QCOMPARE(m_window->currentFolder(), QString());
    QVERIFY(!m_window->upAction()->isEnabled());
}

void tst_StorageBrowser::previewShowsTextCsvJsonAndBinary()
{
    StoragePreviewPane *preview = m_window->preview();
    clickFile(u"data/"_s, u"notes.txt"_s);
    QTRY_COMPARE(preview->mode(), u"text"_s);
    QCOMPARE(preview->previewText(), u"hello\nworld\n"_s);

    clickFile(u"data/"_s, u"config.json"_s);
    QTRY_VERIFY(preview->previewText().contains(u"\"b\": [\n"_s));

    clickFile(u"data/"_s, u"blob.bin"_s);
    QTRY_VERIFY(preview->previewText().startsWith(u"00000000  00 01 02 ff 50 4b"_s));

    clickFile(u"data/2026/"_s, u"jan.csv"_s);
    QTRY_COMPARE(preview->mode(), u"table"_s);
    QAbstractItemModel *table = preview->table()->model();
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->columnCount(), 2);
    QCOMPARE(table->headerData(1, Qt::Horizontal).toString(), u"temp, max"_s); // quoted separator kept
    QCOMPARE(table->index(1, 1).data().toString(), u"15"_s);
    QTRY_VERIFY2(preview->findChild<QLabel *>(u"previewCaption"_s)->text().contains(u"All 2 row"_s),
                 qPrintable(preview->findChild<QLabel *>(u"previewCaption"_s)->text()));
    // Properties: size, the MD5 and the metadata.
    QTRY_VERIFY(preview->properties()->topLevelItemCount() > 3);
    QStringList props;
    for (int i = 0; i < preview->properties()->topLevelItemCount(); ++i)
        props << preview->properties()->topLevelItem(i)->text(0) + u'=' + preview->properties()->topLevelItem(i)->text(1);
    QVERIFY2(props.contains(u"Metadata: owner=tests"_s), qPrintable(props.join(u"; "_s)));
    QVERIFY(props.contains(u"Size=34 bytes"_s));
}

void tst_StorageBrowser::prefixSearch()
{
    waitComplete();
    QVERIFY(m_window->openFolder(u"logs/"_s));
    waitComplete();
    QCOMPARE(m_window->model()->rowCount(m_window->listView()->rootIndex()), 30);
    QLineEdit *search = m_window->searchBox();
    search->setFocus();
    QTest::keyClicks(search, u"run-01"_s);
    QTest::keyClick(search, Qt::Key_Return);
    waitComplete();
    QCOMPARE(m_window->model()->rowCount(m_window->listView()->rootIndex()), 10);
    QVERIFY2(m_window->countLabel()->text().contains(u"starting with 'run-01'"_s), qPrintable(m_window->countLabel()->text()));
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    waitComplete();
    QCOMPARE(m_window->model()->rowCount(m_window->listView()->rootIndex()), 30);
    // The service's prefix is case-sensitive: "RUN-01" finds nothing…
    QTest::keyClicks(search, u"RUN-01"_s);
    QTest::keyClick(search, Qt::Key_Return);
    waitComplete();
    QCOMPARE(m_window->model()->rowCount(m_window->listView()->rootIndex()), 0);
    // …while "Aa" (ignore case) matches it among what is loaded.
    auto *ignoreCase = m_window->findChild<QToolButton *>(u"ignoreCaseButton"_s);
    QVERIFY(ignoreCase && !ignoreCase->accessibleName().isEmpty());
    QTest::mouseClick(ignoreCase, Qt::LeftButton);
    waitComplete();
    QTableView *list = m_window->listView();
    QTRY_COMPARE(m_window->model()->rowCount(list->rootIndex()), 30);
    const auto visible = [list] {
        int n = 0;
        for (int row = 0; row < 30; ++row)
            n += list->isRowHidden(row) ? 0 : 1;
        return n;
    };
    QTRY_COMPARE(visible(), 10);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"10 of 30"_s), qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!list->isRowHidden(rowFor(u"run-010.log"_s).row()));
    QVERIFY(list->isRowHidden(rowFor(u"run-000.log"_s).row()));
    // Off again: every row is back.
    QTest::mouseClick(ignoreCase, Qt::LeftButton);
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    waitComplete();
    QTRY_COMPARE(visible(), 30);
}

void tst_StorageBrowser::stopAndContinue()
{
    waitComplete();
    QVERIFY(m_window->openFolder(u"logs/"_s));
    m_window->model()->setPageSize(7);
    m_client->setHoldReplies(true);
    m_window->refreshAction()->trigger();
    QVERIFY(m_window->stopAction()->isEnabled());
    QTest::keyClick(m_window->listView(), Qt::Key_Escape);
    QCOMPARE(m_window->model()->state(m_window->listView()->rootIndex()), StorageBrowserModel::State::Stopped);
    QVERIFY2(m_window->countLabel()->text().contains(u"stopped"_s), qPrintable(m_window->countLabel()->text()));
    QVERIFY(m_window->continueAction()->isEnabled());
    m_client->setHoldReplies(false);
    m_client->release();
    QTest::qWait(20);
    QCOMPARE(m_window->model()->rowCount(m_window->listView()->rootIndex()), 0); // the stopped page was dropped
    m_window->continueAction()->trigger();
    waitComplete();
    QCOMPARE(m_window->model()->rowCount(m_window->listView()->rootIndex()), 30);
}

void tst_StorageBrowser::downloadUploadDelete()
{
    waitComplete();
    QVERIFY(m_window->openFolder(u"data/"_s));
    waitComplete();
    QTemporaryDir dir;
    QVERIFY(m_window->selectPath(u"data/notes.txt"_s));
    m_window->downloadSelectedTo(dir.path());
    QTreeWidget *transfers = m_window->transfersPanel()->view();
    QTRY_COMPARE(transfers->topLevelItemCount(), 1);
    QTRY_VERIFY2(transfers->topLevelItem(0)->text(TransfersPanel::ResultColumn).startsWith(u"Done"_s), qPrintable(transfers->topLevelItem(0)->text(TransfersPanel::ResultColumn)));
    QCOMPARE(transfers->topLevelItem(0)->text(TransfersPanel::ResultColumn), u"Done, length verified"_s);
    QFile got(dir.filePath(u"notes.txt"_s));
    QVERIFY(got.open(QIODevice::ReadOnly));
    QCOMPARE(got.readAll(), QByteArray("hello\nworld\n"));
    // Storage ▸ Verify transfers with Content-MD5: the next download is checked by its MD5 too.
    auto *verify = m_window->findChild<QAction *>(u"actionVerifyMd5"_s);
    QVERIFY(verify && verify->isCheckable() && !verify->isChecked());
    verify->trigger();
    QTemporaryDir md5Dir;
    m_window->downloadSelectedTo(md5Dir.path());
    QTRY_COMPARE(transfers->topLevelItemCount(), 2);
    QTRY_COMPARE(transfers->topLevelItem(1)->text(TransfersPanel::ResultColumn), u"Done, MD5 verified"_s);
    verify->trigger();
    // A whole folder.
    QVERIFY(m_window->selectPath(u"data/2026/"_s));
    m_window->downloadSelectedTo(dir.path());
    QTRY_VERIFY(QFile::exists(dir.filePath(u"2026/jan.csv"_s)));

    QFile up(dir.filePath(u"new file #1.txt"_s));
    QVERIFY(up.open(QIODevice::WriteOnly));
    up.write("uploaded");
    up.close();
    m_window->uploadFiles({up.fileName()});
    QTRY_VERIFY(rowFor(u"new file #1.txt"_s).isValid()); // the listing refreshes after the upload
    QTRY_VERIFY(transfers->topLevelItem(3)->text(TransfersPanel::ResultColumn).startsWith(u"Done"_s));

    // Delete asks first; "no" keeps the object.
    QStringList asked;
    bool answer = false;
    m_window->confirm = [&](const QString &q) {
        asked << q;
        return answer;
    };
    QVERIFY(m_window->selectPath(u"data/new file #1.txt"_s));
    QVERIFY(m_window->deleteAction()->isEnabled());
    m_window->deleteAction()->trigger();
    QTRY_COMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(u"data/new file #1.txt"_s) && asked.first().contains(u"lake"_s), qPrintable(asked.first()));
    QTest::qWait(20);
    QVERIFY(rowFor(u"new file #1.txt"_s).isValid());
    answer = true;
    m_window->deleteAction()->trigger();
    QTRY_VERIFY(!rowFor(u"new file #1.txt"_s).isValid());
    QTRY_VERIFY(rowFor(u"notes.txt"_s).isValid());
    // A folder goes with everything in it.
    QVERIFY(m_window->selectPath(u"data/2026/"_s));
    m_window->deleteAction()->trigger();
    QTRY_COMPARE(asked.size(), 3);
    QVERIFY(asked.last().contains(u"everything in it"_s));
    QTRY_VERIFY(!rowFor(u"2026"_s).isValid());
}

void tst_StorageBrowser::newFolderRejectsBadNamesAndCopiesUrls()
{
    waitComplete();
    m_window->createFolder(u"a/b"_s);
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY2(m_window->banner()->text().contains(u"Folder name"_s) && m_window->banner()->text().contains(u"'/'"_s),
             qPrintable(m_window->banner()->text()));
    m_window->createFolder(u"fresh"_s);
    QTRY_VERIFY(rowFor(u"fresh"_s).isValid());
    QVERIFY(m_window->selectPath(u"logs/"_s));
    m_window->findChild<QAction *>(u"actionCopyUri"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"azureml://datastores/lake/paths/logs/"_s);
    m_window->findChild<QAction *>(u"actionCopyUrl"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"http://127.0.0.1/mem/logs/"_s);
}

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

// Opens `folder` and clicks the row `name` in the list.
void tst_StorageBrowser::clickFile(const QString &folder, const QString &name)
{
    waitComplete();
    QVERIFY(m_window->openFolder(folder));
    waitComplete();
    QTest::mouseClick(m_window->listView()->viewport(), Qt::LeftButton, {}, centerOf(name));
    QVERIFY(m_window->selectedPaths() == QStringList{folder + name});
}

// Clicks a job's row in the transfers panel.
void tst_StorageBrowser::clickJob(int group)
{
    QTreeWidget *view = m_window->transfersPanel()->view();
    QTreeWidgetItem *item = m_window->transfersPanel()->jobItem(group);
    QVERIFY(item);
    view->scrollToItem(item);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(item).center());
    QVERIFY(item->isSelected());
}

void tst_StorageBrowser::aDownloadOntoAnExistingFileAsks()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"notes.txt"_s), "mine\n");
    TransferQueue *queue = m_window->transfers();
    TransfersPanel *panel = m_window->transfersPanel();
    clickFile(u"data/"_s, u"notes.txt"_s);
    // Skip keeps the local file.
    QString asked;
    answerWhenAsked(u"transferConflictQuestion"_s, u"Skip"_s, false, [&](const QString &text) { asked = text; });
    m_window->downloadSelectedTo(dir.path());
    QTRY_VERIFY(!queue->isActive());
    QVERIFY2(asked.contains(u"notes.txt exists already"_s) && asked.contains(u"notes (1).txt"_s), qPrintable(asked));
    QCOMPARE(readFile(dir.filePath(u"notes.txt"_s)), QByteArray("mine\n"));
    QCOMPARE(panel->jobItem(0)->text(TransfersPanel::ResultColumn), u"Skipped: exists already"_s);
    // Keep both puts the download beside it.
    answerWhenAsked(u"transferConflictQuestion"_s, u"Keep both"_s);
    m_window->downloadSelectedTo(dir.path());
    QTRY_VERIFY(!queue->isActive());
    QCOMPARE(readFile(dir.filePath(u"notes.txt"_s)), QByteArray("mine\n"));
    QCOMPARE(readFile(dir.filePath(u"notes (1).txt"_s)), QByteArray("hello\nworld\n"));
    QVERIFY2(panel->jobItem(1)->text(TransfersPanel::ResultColumn).startsWith(u"Done as notes (1).txt"_s),
             qPrintable(panel->jobItem(1)->text(TransfersPanel::ResultColumn)));
    QCOMPARE(panel->jobItem(1)->text(TransfersPanel::DestinationColumn), QDir::toNativeSeparators(dir.filePath(u"notes (1).txt"_s)));
    // Replace replaces; closing the box (Escape) is Skip, never Replace.
    answerWhenAsked(u"transferConflictQuestion"_s, u"Replace"_s);
    m_window->downloadSelectedTo(dir.path());
    QTRY_VERIFY(!queue->isActive());
    QCOMPARE(readFile(dir.filePath(u"notes.txt"_s)), QByteArray("hello\nworld\n"));
}

void tst_StorageBrowser::aFolderTransferIsOneJobAndOneQuestion()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"data/config.json"_s), "mine");
    writeFile(dir.filePath(u"data/2026/jan.csv"_s), "mine too");
    TransferQueue *queue = m_window->transfers();
    TransfersPanel *panel = m_window->transfersPanel();
    QVERIFY(!panel->cancelAllButton()->isEnabled()); // nothing to cancel yet
    QVERIFY(!panel->clearFinishedButton()->isEnabled());
    waitComplete();
    QTest::mouseClick(m_window->listView()->viewport(), Qt::LeftButton, {}, centerOf(u"data"_s));
    // One question for the folder, answered for all of its files that exist.
    int questions = 0;
    answerWhenAsked(u"transferConflictQuestion"_s, u"Skip"_s, true, [&](const QString &) { ++questions; });
    const QPointer<QTimer> second = answerWhenAsked(u"transferConflictQuestion"_s, u"Replace"_s, false, [&](const QString &) { ++questions; }, 3000);
    m_window->downloadSelectedTo(dir.path());
    QTRY_VERIFY(panel->cancelAllButton()->isEnabled() || !queue->isActive());
    QTRY_VERIFY(!queue->isActive());
    QTest::qWait(50);
    delete second.data();
    QCOMPARE(questions, 1);
    QCOMPARE(readFile(dir.filePath(u"data/config.json"_s)), QByteArray("mine"));
    QCOMPARE(readFile(dir.filePath(u"data/2026/jan.csv"_s)), QByteArray("mine too"));
    QCOMPARE(readFile(dir.filePath(u"data/notes.txt"_s)), QByteArray("hello\nworld\n"));
    // One job row: files done of total, bytes, and its files below it.
    QTreeWidget *view = panel->view();
    QCOMPARE(view->topLevelItemCount(), 1);
    QTreeWidgetItem *job = panel->jobItem(0);
    QCOMPARE(job->childCount(), 4);
    QCOMPARE(job->text(TransfersPanel::FilesColumn), u"4 of 4"_s);
    QVERIFY2(job->text(TransfersPanel::ProgressColumn).contains(u"75 bytes"_s), qPrintable(job->text(TransfersPanel::ProgressColumn)));
    QVERIFY2(job->text(TransfersPanel::ResultColumn).contains(u"2 skipped"_s), qPrintable(job->text(TransfersPanel::ResultColumn)));
    QCOMPARE(job->text(TransfersPanel::DestinationColumn), QDir::toNativeSeparators(dir.filePath(u"data"_s)));
    // A finished job: nothing to cancel; its folder opens in the file manager.
    QUrl opened;
    panel->openUrl = [&](const QUrl &url) {
        opened = url;
        return true;
    };
    QVERIFY(!panel->openFolderButton()->isEnabled());
    clickJob(0);
    QVERIFY(!panel->cancelButton()->isEnabled());
    QVERIFY(!panel->cancelAllButton()->isEnabled());
    QVERIFY(panel->openFolderButton()->isEnabled());
    QTest::mouseClick(panel->openFolderButton(), Qt::LeftButton);
    QCOMPARE(opened, QUrl::fromLocalFile(dir.filePath(u"data"_s)));
    // Clear finished empties the list.
    QVERIFY(panel->clearFinishedButton()->isEnabled());
    QTest::mouseClick(panel->clearFinishedButton(), Qt::LeftButton);
    QCOMPARE(view->topLevelItemCount(), 0);
    QVERIFY(!panel->clearFinishedButton()->isEnabled());
}

void tst_StorageBrowser::anUploadOntoAnExistingObjectAsks()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"notes.txt"_s), "my notes");
    clickFile(u"data/"_s, u"notes.txt"_s);
    QString asked;
    answerWhenAsked(u"transferConflictQuestion"_s, u"Keep both"_s, false, [&](const QString &text) { asked = text; });
    m_window->uploadFiles({dir.filePath(u"notes.txt"_s)});
    QTRY_VERIFY(!m_window->transfers()->isActive());
    QVERIFY2(asked.contains(u"data/notes.txt exists already in lake"_s), qPrintable(asked));
    QVERIFY(m_client->contains(u"data/notes (1).txt"_s));
    TransfersPanel *panel = m_window->transfersPanel();
    QCOMPARE(panel->jobItem(0)->text(TransfersPanel::DestinationColumn), u"data/notes (1).txt"_s); // upload rows show where it went
    QTRY_VERIFY(rowFor(u"notes (1).txt"_s).isValid());
    // Skip leaves the object as it was.
    answerWhenAsked(u"transferConflictQuestion"_s, u"Skip"_s);
    m_window->uploadFiles({dir.filePath(u"notes.txt"_s)});
    QTRY_VERIFY(!m_window->transfers()->isActive());
    QCOMPARE(m_window->transfers()->group(1).filesSkipped, 1);
    QVERIFY(!m_client->contains(u"data/notes (2).txt"_s));
}

void tst_StorageBrowser::closingWithTransfersRunningAsks()
{
    QTemporaryDir dir;
    TransferQueue *queue = m_window->transfers();
    clickFile(u"data/"_s, u"notes.txt"_s);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_client->setHoldReplies(true); // the download waits for its bytes
    m_window->downloadSelectedTo(dir.path());
    QTRY_VERIFY(m_client->heldCount() > 0);
    QVERIFY(queue->isActive());
    // Ctrl+W, Stay: the window and the transfer go on.
    QString asked;
    answerWhenAsked(u"closeWithTransfersQuestion"_s, u"Stay"_s, false, [&](const QString &text) { asked = text; });
    QTest::keyClick(m_window->listView(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(u"1 transfer"_s) && asked.contains(u"lake"_s), qPrintable(asked));
    QVERIFY(m_window->isVisible());
    QVERIFY(queue->isActive());
    // Finish in background: the window goes, the transfer finishes, then the window closes.
    m_window->activateWindow(); // the window manager's part once the box is gone
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    answerWhenAsked(u"closeWithTransfersQuestion"_s, u"Finish in background"_s);
    QTest::keyClick(m_window->listView(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(m_window->isFinishingInBackground());
    QVERIFY(!m_window->isVisible());
    QVERIFY(queue->isActive());
    m_client->setHoldReplies(false);
    m_client->release();
    QTRY_VERIFY(!queue->isActive());
    QCOMPARE(readFile(dir.filePath(u"notes.txt"_s)), QByteArray("hello\nworld\n"));
    // Shown again, with a transfer held: Cancel transfers cancels it and closes.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_client->setHoldReplies(true);
    QTemporaryDir other;
    clickFile(u"data/"_s, u"config.json"_s);
    m_window->downloadSelectedTo(other.path());
    QTRY_VERIFY(queue->isActive());
    answerWhenAsked(u"closeWithTransfersQuestion"_s, u"Cancel transfers"_s);
    QTest::keyClick(m_window->listView(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isVisible());
    QTRY_VERIFY(!queue->isActive());
    m_client->setHoldReplies(false);
    m_client->release();
    QTest::qWait(20);
    QVERIFY(!QFile::exists(other.filePath(u"config.json"_s)));
}

void tst_StorageBrowser::aListingErrorGoesOnceTheFolderLists()
{
    waitComplete();
    MessageBanner *banner = m_window->banner();
    m_client->failNextList(ApiError::make(ApiError::Kind::Network, u"net"_s, u"The connection was reset."_s));
    m_window->refreshAction()->trigger();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"Listing failed"_s), qPrintable(banner->text()));
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton); // Retry
    waitComplete();
    QTRY_VERIFY(!banner->isVisible()); // resolved: it goes by itself
    // Another one can be dismissed with its close button.
    m_client->failNextList(ApiError::make(ApiError::Kind::Network, u"net"_s, u"The connection was reset."_s));
    m_window->refreshAction()->trigger();
    QTRY_VERIFY(banner->isVisible());
    auto *close = banner->findChild<QToolButton *>();
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void tst_StorageBrowser::aFolderDownloadNeverWritesOutsideTheChosenFolder()
{
    // Issue 16, item 1: names a careless or hostile store may hold.
    QTemporaryDir base;
    const QString target = base.filePath(u"target"_s);
    QVERIFY(QDir().mkpath(target));
    m_client->put(u"data/../../escaped.txt"_s, "up two");
    m_client->put(u"data/x/../../../escaped-too.txt"_s, "up three");
    m_client->put(u"data/./dot.txt"_s, "dot");
    m_client->put(u"data//double.txt"_s, "empty part");
    const QString absolute = base.filePath(u"absolute.txt"_s);
    m_client->put(u"data/"_s + absolute, "absolute"); // "data//tmp/…/absolute.txt"
    m_client->put(u"data/nul\0.txt"_s, "nul"); // a NUL in the name
    // Item 8: local names with a newline or a terminal escape; item 11: longer than NAME_MAX.
    m_client->put(u"data/two\nlines.txt"_s, "newline");
    m_client->put(u"data/\x1b]0;pwned\x07.txt"_s, "osc");
    m_client->put(u"data/"_s + QString(256, u'n') + u".txt"_s, "long");
    TransferQueue *queue = m_window->transfers();
    const int job = queue->downloadFolder(u"data/"_s, target + u"/data"_s);
    QTRY_VERIFY(!queue->isActive());
    // Nothing outside target/data; the honest files inside it.
    QVERIFY(!QFile::exists(base.filePath(u"escaped.txt"_s)));
    QVERIFY(!QFile::exists(target + u"/escaped.txt"_s));
    QVERIFY(!QFile::exists(base.filePath(u"escaped-too.txt"_s)));
    QVERIFY(!QFile::exists(target + u"/escaped-too.txt"_s));
    QCOMPARE(readFile(absolute), QByteArray("<missing>"));
    QCOMPARE(readFile(target + u"/data/notes.txt"_s), QByteArray("hello\nworld\n"));
    QCOMPARE(readFile(target + u"/data/2026/jan.csv"_s).left(4), QByteArray("city"));
    const TransferQueue::Group &g = queue->group(job);
    QCOMPARE(g.filesDone, 4); // jan.csv, config.json, notes.txt, blob.bin
    QCOMPARE(g.filesFailed, 9);
    for (const QString &name : QDir(target + u"/data"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
        QVERIFY2(!name.contains(u'\n') && !name.contains(QChar(0x1b)), qPrintable(name));
    QVERIFY2(g.error.message.contains(u"was not downloaded"_s), qPrintable(g.error.message));
    QTreeWidgetItem *row = m_window->transfersPanel()->jobItem(job);
    QVERIFY2(row->text(TransfersPanel::ResultColumn).contains(u"9 of 13"_s), qPrintable(row->text(TransfersPanel::ResultColumn)));
}

QTEST_MAIN(tst_StorageBrowser)
#include "tst_storagebrowser.moc"

QPoint tst_StorageBrowser::centerOf(const QString &name) const
{
    const QModelIndex index = rowFor(name);
    return index.isValid() ? m_window->listView()->visualRect(index).center() : QPoint(-1, -1);
}

void tst_StorageBrowser::anOpenedFolderIsNotTheSelection()
{
    waitComplete();
    QTableView *list = m_window->listView();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centerOf(u"data"_s));
    QCOMPARE(m_window->selectedPaths(), QStringList{u"data/"_s});
    QVERIFY(m_window->deleteAction()->isEnabled());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centerOf(u"data"_s)); // after the click above: a double-click
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, centerOf(u"data"_s));
    QTRY_COMPARE(m_window->currentFolder(), u"data/"_s);
    waitComplete();
    // Inside data/ nothing is selected: Delete and Download have nothing to act on.
    QCOMPARE(m_window->selectedPaths(), QStringList());
    QVERIFY(!m_window->deleteAction()->isEnabled());
    QVERIFY(!m_window->downloadAction()->isEnabled());
    QStringList asked;
    m_window->confirm = [&](const QString &q) {
        asked << q;
        return false;
    };
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QTest::qWait(50);
    QCOMPARE(asked, QStringList());
    // A click on a file there selects just that file.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centerOf(u"notes.txt"_s));
    QCOMPARE(m_window->selectedPaths(), QStringList{u"data/notes.txt"_s});
    // Back up with Alt+Up: the folder we came from is not selected by itself either.
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE(m_window->currentFolder(), QString());
    QCOMPARE(m_window->selectedPaths(), QStringList());
    QVERIFY(!m_window->deleteAction()->isEnabled());
}

void tst_StorageBrowser::aFolderDeleteSaysHowMuchItRemoves()
{
    waitComplete();
    QStringList asked;
    m_window->confirm = [&](const QString &q) {
        asked << q;
        return false;
    };
    QTableView *list = m_window->listView();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centerOf(u"data"_s));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_COMPARE(asked.size(), 1);
    // data/ holds 4 objects: jan.csv (34 bytes), config.json (23), notes.txt (12), blob.bin (6).
    QVERIFY2(asked.first().contains(u"4 object"_s), qPrintable(asked.first()));
    QVERIFY2(asked.first().contains(u"75 bytes"_s), qPrintable(asked.first()));
    QVERIFY2(asked.first().contains(u"data/"_s), qPrintable(asked.first()));
    QTest::qWait(50);
    QVERIFY(m_client->contains(u"data/notes.txt"_s)); // answered no: nothing deleted
    // Two folders, with Ctrl+click: the total covers both.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier, centerOf(u"logs"_s));
    QCOMPARE(m_window->selectedPaths().size(), 2);
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_COMPARE(asked.size(), 2);
    QVERIFY2(asked.last().contains(u"34 object"_s), qPrintable(asked.last()));
    // Yes deletes the folder and everything in it.
    m_window->confirm = [&](const QString &q) {
        asked << q;
        return true;
    };
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centerOf(u"logs"_s));
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_VERIFY(!m_client->contains(u"logs/run-000.log"_s));
    QVERIFY(asked.last().contains(u"30 object"_s));
    QVERIFY(m_client->contains(u"data/notes.txt"_s));
}

void tst_StorageBrowser::focusIsInTheListAndShortcutsWorkFromTheSearchBox()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QCOMPARE(QApplication::focusWidget(), m_window->listView());
    QVERIFY(m_window->searchBox()->placeholderText().contains(u"case-sensitive"_s));
    // Click into the search box, type, then Ctrl+U: the upload dialog opens, as from the list.
    QTest::mouseClick(m_window->searchBox(), Qt::LeftButton);
    QTRY_VERIFY(m_window->searchBox()->hasFocus());
    QTest::keyClicks(m_window->searchBox(), u"da"_s);
    QString opened;
    QTimer::singleShot(200, this, [&] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            opened = dialog->windowTitle();
            dialog->reject();
        }
    });
    QTest::keyClick(m_window->searchBox(), Qt::Key_U, Qt::ControlModifier);
    QTRY_VERIFY2(opened.startsWith(u"Upload files"_s), qPrintable(opened));
    QCOMPARE(m_window->searchBox()->text(), u"da"_s); // the box kept its text
    // Editing keys stay the box's own: Backspace edits, Ctrl+A selects its text.
    QTest::keyClick(m_window->searchBox(), Qt::Key_Backspace);
    QCOMPARE(m_window->searchBox()->text(), u"d"_s);
}
