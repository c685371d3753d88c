#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "models/datastorelistmodel.h"
#include "services/workspace/localworkspace.h"
#include "services/workspace/localworkspacedb.h"
#include "support/await.h"
#include "support/fakesecretstore.h"
#include "ui/mainwindow.h"

using namespace Qt::Literals::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void listsTheWorkspaceWithTheDefaultMarked();
};

void tst_MainWindow::listsTheWorkspaceWithTheDefaultMarked()
{
    QTemporaryDir dir;
    FakeSecretStore secrets;
    auto db = LocalWorkspaceDb::open(dir.filePath(u"ws.sqlite"_s), LocalWorkspaceDb::OpenMode::CreateIfMissing);
    QVERIFY(db);
    LocalWorkspace ws(u"demo"_s, db.takeValue(), &secrets, nullptr, SupportMatrix::builtin());
    RegistrationRequest r;
    r.datastore.name = u"sales"_s;
    r.datastore.type = StorageType::AzureFile;
    r.datastore.auth = AuthKind::Sas;
    r.datastore.fields = {{u"account_name"_s, u"contoso"_s}, {u"file_share_name"_s, u"share"_s}};
    r.secrets = {{u"sas_token"_s, u"sv=1&sig=2"_s}};
    r.options.skipValidation = true;
    r.options.setDefault = true;
    QVERIFY(await(ws.registerDatastore(r)));

    DatastoreListModel model(SupportMatrix::builtin());
    MainWindow window(&model, ws.displayName());
    model.setWorkspace(&ws);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(u"demo"_s));
    QTableView *view = window.findChild<QTableView *>(u"datastoreView"_s);
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    // Sorted by name; the default row says so.
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names << view->model()->index(row, DatastoreListModel::NameColumn).data().toString();
    QCOMPARE(names, (QStringList{u"sales"_s, u"workspaceblobstore"_s, u"workspacefilestore"_s}));
    QCOMPARE(view->model()->index(0, DatastoreListModel::DefaultColumn).data().toString(), u"Default"_s);
    QCOMPARE(view->model()->index(1, DatastoreListModel::DefaultColumn).data().toString(), QString());
    QTRY_COMPARE(window.findChild<QLabel *>(u"statusLabel"_s)->text(), u"3 datastore(s)"_s);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
