// The storage browser on a SQL datastore, driven as a person does (mouse on the rows, keys on
// the focused widget), against a real PostgreSQL started by tests/support/with-sql.sh: schemas,
// tables with their estimates, columns, a table's rows read a page at a time as the preview
// scrolls, and a read-only window that says why.
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include "models/storagebrowsermodel.h"
#include "services/sql/sqlsource.h"
#include "ui/storagebrowserwindow.h"
#include "ui/storagepreviewpane.h"

using namespace Qt::Literals::StringLiterals;

class tst_SqlBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void walkSchemasTablesAndRowsWithTheMouse();
    void nothingCanBeChangedAndTheWindowSaysWhy();

private:
    QModelIndex rowFor(const QString &name) const;
    QPoint centerOf(const QString &name) const { return m_window->listView()->visualRect(rowFor(name)).center(); }
    void doubleClick(const QString &name)
    {
        // What a mouse sends: press, release, then the second press as a double-click, release.
        const QPoint at = centerOf(name);
        QWidget *viewport = m_window->listView()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, at);
    }
    QString caption() const { return m_window->preview()->findChild<QLabel *>(u"previewCaption"_s)->text(); }

    Datastore m_ds;
    StorageBrowserWindow *m_window = nullptr;
};

void tst_SqlBrowser::initTestCase()
{
    const QString host = qEnvironmentVariable("PG_HOST");
    QVERIFY2(!host.isEmpty(), "run inside tests/support/with-sql.sh (it starts the servers)");
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"setup"_s);
    db.setHostName(host);
    db.setPort(qEnvironmentVariable("PG_PORT").toInt());
    db.setDatabaseName(qEnvironmentVariable("PG_DATABASE"));
    db.setUserName(qEnvironmentVariable("PG_USER"));
    db.setPassword(qEnvironmentVariable("PG_PASSWORD"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    for (const QString &sql : {u"CREATE SCHEMA \"Telemetry\""_s,
                               u"CREATE TABLE \"Telemetry\".\"Sensor Readings\" (id INTEGER PRIMARY KEY, \"Value\" DOUBLE PRECISION, note TEXT)"_s,
                               u"INSERT INTO \"Telemetry\".\"Sensor Readings\" SELECT g, g * 0.5, CASE WHEN g % 7 = 0 THEN NULL ELSE 'n' || g END "
                               "FROM generate_series(1, 450) g"_s,
                               u"ANALYZE \"Telemetry\".\"Sensor Readings\""_s}) {
        QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
    }
    m_ds.name = u"telemetry"_s;
    m_ds.type = StorageType::AzurePostgreSql;
    m_ds.auth = AuthKind::Sql;
    m_ds.fields = {{u"server_name"_s, host},
                   {u"port"_s, qEnvironmentVariable("PG_PORT")},
                   {u"database_name"_s, qEnvironmentVariable("PG_DATABASE")},
                   {u"user_id"_s, qEnvironmentVariable("PG_USER")}};
}

void tst_SqlBrowser::init()
{
    auto target = SqlTarget::forDatastore(m_ds, {{u"user_password"_s, qEnvironmentVariable("PG_PASSWORD")}});
    QVERIFY(target);
    m_window = new StorageBrowserWindow(m_ds, new SqlSource(target.value()));
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_SqlBrowser::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QModelIndex tst_SqlBrowser::rowFor(const QString &name) const
{
    StorageBrowserModel *model = m_window->model();
    const QModelIndex root = m_window->listView()->rootIndex();
    for (int row = 0; row < model->rowCount(root); ++row) {
        if (model->index(row, 0, root).data().toString() == name)
            return model->index(row, 0, root);
    }
    return {};
}

void tst_SqlBrowser::walkSchemasTablesAndRowsWithTheMouse()
{
    QTableView *list = m_window->listView();
    // The database's columns, not a file store's.
    QStringList headers;
    for (int c = 0; c < list->model()->columnCount(); ++c)
        headers << list->model()->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{u"Name"_s, u"Type"_s, u"Rows (estimate)"_s, u"Details"_s}));
    QTRY_VERIFY(rowFor(u"Telemetry"_s).isValid());
    QCOMPARE(rowFor(u"Telemetry"_s).siblingAtColumn(1).data().toString(), u"schema"_s);

    // Into the schema with a double click: its table, with the catalog's estimate.
    doubleClick(u"Telemetry"_s);
    QTRY_VERIFY2(rowFor(u"Sensor Readings"_s).isValid(),
                 qPrintable(m_window->model()->folderPath(list->rootIndex()) + u" state "_s
                            + QString::number(int(m_window->model()->state(list->rootIndex()))) + u" "_s
                            + m_window->model()->lastError(list->rootIndex()).message + u" rows "_s
                            + QString::number(m_window->model()->rowCount(list->rootIndex()))));
    const QModelIndex table = rowFor(u"Sensor Readings"_s);
    QCOMPARE(table.siblingAtColumn(1).data().toString(), u"table"_s);
    QVERIFY2(table.siblingAtColumn(2).data().toString().contains(u"450"_s), qPrintable(table.siblingAtColumn(2).data().toString()));
    QVERIFY(table.siblingAtColumn(2).data(Qt::ToolTipRole).toString().contains(u"estimate"_s));

    // A click shows its first rows; scrolling the preview to the end reads the next pages.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centerOf(u"Sensor Readings"_s));
    StoragePreviewPane *preview = m_window->preview();
    QTRY_COMPARE(preview->mode(), u"table"_s);
    QTRY_COMPARE(preview->rows()->rowCount(), StoragePreviewPane::RowsPageSize);
    QCOMPARE(preview->rows()->columnCount(), 3);
    QCOMPARE(preview->rows()->headerData(1, Qt::Horizontal).toString(), u"Value"_s);
    QCOMPARE(preview->rows()->index(0, 0).data().toString(), u"1"_s);
    QCOMPARE(preview->rows()->index(6, 2).data().toString(), QString()); // NULL: an empty cell…
    QCOMPARE(preview->rows()->index(6, 2).data(Qt::ToolTipRole).toString(), u"NULL"_s); // …that says so
    QVERIFY2(caption().contains(u"more are read as you scroll"_s), qPrintable(caption()));
    QTableView *rows = preview->table();
    rows->setFocus();
    QTest::mouseClick(rows->viewport(), Qt::LeftButton, {}, rows->visualRect(rows->model()->index(0, 0)).center());
    for (int i = 0; i < 4 && preview->rows()->rowCount() < 450; ++i) {
        QTest::keyClick(rows, Qt::Key_End, Qt::ControlModifier);
        QTest::qWait(200);
    }
    QTRY_COMPARE(preview->rows()->rowCount(), 450);
    QCOMPARE(preview->rows()->index(449, 0).data().toString(), u"450"_s);
    QTRY_VERIFY2(caption().contains(u"All 450 row"_s), qPrintable(caption()));

    // Into the table: its columns, with types and keys.
    doubleClick(u"Sensor Readings"_s);
    QTRY_VERIFY(rowFor(u"Value"_s).isValid());
    QCOMPARE(rowFor(u"id"_s).siblingAtColumn(1).data().toString(), u"integer"_s);
    QCOMPARE(rowFor(u"id"_s).siblingAtColumn(3).data().toString(), u"not null, primary key"_s);
    QCOMPARE(rowFor(u"Value"_s).siblingAtColumn(1).data().toString(), u"double precision"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centerOf(u"Value"_s));
    QTRY_VERIFY2(preview->previewText().contains(u"double precision"_s), qPrintable(preview->previewText()));
    // Back up with the keyboard.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QTRY_VERIFY(rowFor(u"Sensor Readings"_s).isValid());
}

void tst_SqlBrowser::nothingCanBeChangedAndTheWindowSaysWhy()
{
    QTableView *list = m_window->listView();
    QTRY_VERIFY(rowFor(u"Telemetry"_s).isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centerOf(u"Telemetry"_s));
    QCOMPARE(m_window->selectedPaths(), QStringList{u"Telemetry/"_s});
    for (const QString &name : {u"actionUploadFiles"_s, u"actionUploadFolder"_s, u"actionNewFolder"_s, u"actionDelete"_s, u"actionDownload"_s}) {
        auto *action = m_window->findChild<QAction *>(name);
        QVERIFY(action);
        QVERIFY2(!action->isEnabled(), qPrintable(name));
        QVERIFY2(action->toolTip().contains(u"read only"_s), qPrintable(name + u": "_s + action->toolTip()));
    }
    // The Delete key does nothing to a database.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QTest::qWait(100);
    QVERIFY(rowFor(u"Telemetry"_s).isValid());
    QVERIFY(m_window->findChild<QAction *>(u"actionRefresh"_s)->isEnabled());
}

QTEST_MAIN(tst_SqlBrowser)
#include "tst_sqlbrowser.moc"
