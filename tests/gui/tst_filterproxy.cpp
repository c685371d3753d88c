#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/datastorefilterproxymodel.h"
#include "models/datastorelistmodel.h"
#include "services/core/supportmatrix.h"

using namespace Qt::Literals::StringLiterals;

class tst_FilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void filtersByTextAndType();
};

void tst_FilterProxy::filtersByTextAndType()
{
    DatastoreListModel model(SupportMatrix::builtin());
    DatastoreFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto make = [](const QString &name, StorageType type, const QString &account, const QString &container) {
        Datastore d;
        d.name = name;
        d.type = type;
        const StorageTypeSpec &spec = SupportMatrix::builtin().type(type);
        if (!spec.accountField.isEmpty())
            d.fields.insert(spec.accountField, account);
        if (!spec.containerField.isEmpty())
            d.fields.insert(spec.containerField, container);
        return d;
    };
    model.setDatastores({make(u"sales"_s, StorageType::AzureBlob, u"contoso"_s, u"raw"_s),
                         make(u"events"_s, StorageType::AzurePostgreSql, u"pgserver"_s, u"Telemetry"_s),
                         make(u"lake"_s, StorageType::AzureDataLakeGen2, u"contosolake"_s, u"curated"_s)});
    QCOMPARE(proxy.rowCount(), 3);
    QSignalSpy layout(&proxy, &QAbstractItemModel::rowsRemoved);
    proxy.setTextFilter(u"contoso"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setTextFilter(u"  contoso "_s); // same after trimming: no refilter
    proxy.setTextFilter(u"TELEMETRY"_s);  // container, any case
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setTextFilter(u"postgresql"_s); // the type's label
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setTextFilter({});
    proxy.setTypeFilter(StorageType::AzureDataLakeGen2);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"lake"_s);
    proxy.setTextFilter(u"sales"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setTypeFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 1);
    // Rows arriving later are filtered too.
    proxy.setTextFilter(u"new"_s);
    model.setDatastores({make(u"sales"_s, StorageType::AzureBlob, u"contoso"_s, u"raw"_s), make(u"new_one"_s, StorageType::Dbfs, {}, {})});
    QCOMPARE(proxy.rowCount(), 1);
}

QTEST_MAIN(tst_FilterProxy)
#include "tst_filterproxy.moc"
