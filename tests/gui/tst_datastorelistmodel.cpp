#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include "models/datastorelistmodel.h"
#include "services/workspace/localworkspace.h"
#include "services/workspace/localworkspacedb.h"
#include "support/await.h"
#include "support/fakesecretstore.h"

using namespace Qt::Literals::StringLiterals;

namespace {

Datastore ds(const QString &name, StorageType type, AuthKind auth, QMap<QString, QString> fields = {}, bool isDefault = false)
{
    Datastore d;
    d.name = name;
    d.type = type;
    d.auth = auth;
    d.fields = std::move(fields);
    d.isDefault = isDefault;
    return d;
}

} // namespace

class tst_DatastoreListModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsAndRoles();
    void updatesKeepRowsAndEmitFewSignals();
    void followsTheWorkspace();
    void proxySortsOnRawValues();
};

void tst_DatastoreListModel::columnsAndRoles()
{
    DatastoreListModel model(SupportMatrix::builtin());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatastores({ds(u"sales"_s, StorageType::AzureBlob, AuthKind::Sas, {{u"account_name"_s, u"contoso"_s}, {u"container_name"_s, u"raw"_s}}, true),
                         ds(u"events"_s, StorageType::AzurePostgreSql, AuthKind::Sql, {{u"server_name"_s, u"pg1"_s}, {u"database_name"_s, u"ev"_s}})});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(DatastoreListModel::ColumnCount));
    const auto at = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(at(0, DatastoreListModel::TypeColumn).toString(), u"Azure Blob container"_s);
    QCOMPARE(at(0, DatastoreListModel::TypeColumn, DatastoreListModel::RawValueRole).toString(), u"azure_blob"_s);
    QCOMPARE(at(0, DatastoreListModel::AccountColumn).toString(), u"contoso"_s);
    QCOMPARE(at(0, DatastoreListModel::ContainerColumn).toString(), u"raw"_s);
    QCOMPARE(at(0, DatastoreListModel::AuthColumn).toString(), u"SAS token"_s);
    QCOMPARE(at(0, DatastoreListModel::DefaultColumn).toString(), u"Default"_s);
    QVERIFY(at(0, DatastoreListModel::NameColumn, Qt::FontRole).value<QFont>().bold()); // the default stands out
    QCOMPARE(at(1, DatastoreListModel::DefaultColumn).toString(), QString());
    QVERIFY(!at(1, DatastoreListModel::NameColumn, Qt::FontRole).isValid());
    QCOMPARE(at(1, DatastoreListModel::AccountColumn).toString(), u"pg1"_s);
    QCOMPARE(at(1, DatastoreListModel::ContainerColumn).toString(), u"ev"_s);
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
    QVERIFY(!model.index(0, 0).data(9999).isValid());
}

void tst_DatastoreListModel::updatesKeepRowsAndEmitFewSignals()
{
    DatastoreListModel model(SupportMatrix::builtin());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto blob = [](const QString &n, bool def = false) {
        return ds(n, StorageType::AzureBlob, AuthKind::Sas, {{u"account_name"_s, u"a"_s}, {u"container_name"_s, u"c"_s}}, def);
    };
    model.setDatastores({blob(u"a"_s, true), blob(u"b"_s), blob(u"c"_s), blob(u"d"_s), blob(u"e"_s)});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // b, c and e go (two ranges, removed back to front), f arrives, d becomes the default.
    model.setDatastores({blob(u"a"_s), blob(u"d"_s, true), blob(u"f"_s)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 4); // e first
    QCOMPARE(removed.at(1).at(1).toInt(), 1); // then b..c
    QCOMPARE(removed.at(1).at(2).toInt(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(u"d"_s), 1);
    QVERIFY(model.datastore(1)->isDefault);
    QVERIFY(!model.datastore(0)->isDefault);
    for (int row = 0; row < model.rowCount(); ++row) // every name still finds its own row
        QCOMPARE(model.rowOf(model.datastore(row)->name), row);
    QCOMPARE(model.rowOf(u"b"_s), -1);
    QCOMPARE(model.rowOf(u"e"_s), -1);

    // A page that brings a datastore twice (a remote list moved while paging) makes one row,
    // with the later record.
    model.upsert({blob(u"g"_s), blob(u"h"_s), blob(u"g"_s, true)});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOf(u"g"_s), 3);
    QVERIFY(model.datastore(3)->isDefault);
    QCOMPARE(model.rowOf(u"h"_s), 4);
}

void tst_DatastoreListModel::followsTheWorkspace()
{
    QTemporaryDir dir;
    FakeSecretStore secrets;
    auto db = LocalWorkspaceDb::open(dir.filePath(u"ws.sqlite"_s), LocalWorkspaceDb::OpenMode::CreateIfMissing);
    QVERIFY(db);
    LocalWorkspace ws(u"t"_s, db.takeValue(), &secrets, nullptr, SupportMatrix::builtin());
    DatastoreListModel model(SupportMatrix::builtin());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &DatastoreListModel::loadingFinished);
    model.setWorkspace(&ws);
    QVERIFY(model.isLoading());
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 2);
    RegistrationRequest r;
    r.datastore.name = u"spark"_s;
    r.datastore.type = StorageType::Dbfs;
    r.datastore.auth = AuthKind::None;
    r.options.skipValidation = true;
    QVERIFY(await(ws.registerDatastore(r)));
    QTRY_COMPARE(model.rowCount(), 3); // datastoresChanged drove a refresh
    QVERIFY(await(ws.unregisterDatastore(u"spark"_s)));
    QTRY_COMPARE(model.rowCount(), 2);
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void tst_DatastoreListModel::proxySortsOnRawValues()
{
    DatastoreListModel model(SupportMatrix::builtin());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DatastoreListModel::RawValueRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatastores({ds(u"zeta"_s, StorageType::Dbfs, AuthKind::None),
                         ds(u"alpha"_s, StorageType::AzureSqlDatabase, AuthKind::Sql, {{u"server_name"_s, u"s"_s}, {u"database_name"_s, u"d"_s}}),
                         ds(u"mid"_s, StorageType::AzureBlob, AuthKind::Sas, {}, true)});
    proxy.sort(DatastoreListModel::NameColumn);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"alpha"_s);
    // By type id (azure_blob < azure_sql_database < dbfs), not by the display label.
    proxy.sort(DatastoreListModel::TypeColumn);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"mid"_s);
    QCOMPARE(proxy.index(2, 0).data().toString(), u"zeta"_s);
    proxy.sort(DatastoreListModel::DefaultColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"mid"_s);
}

QTEST_MAIN(tst_DatastoreListModel)
#include "tst_datastorelistmodel.moc"
