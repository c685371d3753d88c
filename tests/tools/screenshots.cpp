// studio-screenshots OUTDIR — renders the main window (several datastores, one default), each
// page of the registration wizard and the credentials dialog at 1280x800, to PNG files.
// Run it under a real X server (scripts/screenshots.sh starts Xvfb). Uses a temporary
// workspace and an in-memory secret store, so it touches no keychain and no user data.
#include <QApplication>
#include <QPalette>
#include <QTreeWidgetItem>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTreeView>

#include "models/datastorelistmodel.h"
#include "services/net/storagehttp.h"
#include "services/workspace/datastoreconnector.h"
#include "support/guifixture.h"
#include "support/memorystorageclient.h"
#include "ui/appearance.h"
#include "ui/credentialsdialog.h"
#include "services/core/translations.h"
#include "ui/mainwindow.h"
#include "ui/transferspanel.h"
#include "ui/messagebanner.h"
#include "ui/storagebrowserwindow.h"
#include "ui/wizard/registerdatastorewizard.h"
#include "ui/wizard/storagetypepage.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString g_out;
QString g_suffix; // "-nl" for the screenshots in Dutch

void save(QWidget *w, const QString &name)
{
    QApplication::processEvents();
    QTest::qWait(150);
    const QString path = g_out + u'/' + name + g_suffix + u".png"_s;
    if (!w->grab().save(path))
        qFatal("could not write %s", qPrintable(path));
    std::printf("%s %dx%d\n", qPrintable(path), w->width(), w->height());
}

void set(QWidget *root, const QString &name, const QString &value)
{
    auto *edit = root->findChild<QLineEdit *>(name);
    if (!edit)
        qFatal("no %s", qPrintable(name));
    edit->setText(value);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Datastore Studio"_s);
    if (argc != 2 && argc != 3)
        return 64;
    g_out = QString::fromLocal8Bit(argv[1]);
    if (argc == 3) { // a language: the same screens in it, named *-LANG.png
        const QString language = QString::fromLocal8Bit(argv[2]);
        Translations::install(language);
        if (Translations::current() != language)
            qFatal("no translation into %s", argv[2]);
        g_suffix = u'-' + language;
    }
    QDir().mkpath(g_out);

    GuiFixture f;
    const QString tenant = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;
    const QString key = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;
    f.add(u"training_data"_s, StorageType::AzureBlob, AuthKind::AccountKey,
          {{u"account_name"_s, u"devstoreaccount1"_s}, {u"container_name"_s, u"training-data"_s},
           {u"endpoint"_s, u"http://127.0.0.1:10000/devstoreaccount1"_s}, {u"protocol"_s, u"http"_s}},
          {{u"account_key"_s, key}}, true);
    f.add(u"raw_images"_s, StorageType::AzureBlob, AuthKind::Sas, {{u"account_name"_s, u"contosoml"_s}, {u"container_name"_s, u"raw-images"_s}},
          {{u"sas_token"_s, u"sv=2022-11-02&sp=rl&sig=x"_s}});
    f.add(u"shared_notebooks"_s, StorageType::AzureFile, AuthKind::Sas, {{u"account_name"_s, u"contosoml"_s}, {u"file_share_name"_s, u"notebooks"_s}},
          {{u"sas_token"_s, u"sv=2022-11-02&sp=rl&sig=x"_s}});
    f.add(u"curated_lake"_s, StorageType::AzureDataLakeGen2, AuthKind::ServicePrincipal,
          {{u"account_name"_s, u"contosolake"_s}, {u"filesystem"_s, u"curated"_s}, {u"tenant_id"_s, tenant}, {u"client_id"_s, tenant}},
          {{u"client_secret"_s, u"x"_s}});
    f.add(u"sales_warehouse"_s, StorageType::AzureSqlDatabase, AuthKind::Sql,
          {{u"server_name"_s, u"contoso-sql"_s}, {u"database_name"_s, u"sales"_s}, {u"user_id"_s, u"reader"_s}}, {{u"user_password"_s, u"x"_s}});
    f.add(u"telemetry_pg"_s, StorageType::AzurePostgreSql, AuthKind::Sql,
          {{u"server_name"_s, u"contoso-pg"_s}, {u"database_name"_s, u"telemetry"_s}, {u"user_id"_s, u"analyst"_s}}, {{u"user_password"_s, u"x"_s}});
    f.add(u"spark_scratch"_s, StorageType::Dbfs, AuthKind::None, {});

    DatastoreListModel model(SupportMatrix::builtin());
    MainWindow window(f.manager.get(), &model, SupportMatrix::builtin());
    QNetworkAccessManager network;
    StorageHttp http(&network);
    DatastoreConnector connector(&http, SupportMatrix::builtin());
    window.setConnector(&connector);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("window not exposed");
    QTest::qWait(300);
    window.selectDatastore(u"training_data"_s);
    window.datastoreView()->resizeColumnsToContents();
    save(&window, u"main-window"_s);

    RegisterDatastoreWizard wizard(f.ws(), SupportMatrix::builtin(), {u"workspaceblobstore"_s, u"workspacefilestore"_s});
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        qFatal("window not exposed");
    wizard.typePage()->selectType(StorageType::AzureBlob);
    save(&wizard, u"wizard-1-storage-type"_s);
    wizard.next();
    set(&wizard, u"nameEdit"_s, u"Sales data"_s);
    set(&wizard, u"field_account_name"_s, u"contoso"_s);
    save(&wizard, u"wizard-2-connection-invalid"_s);
    set(&wizard, u"nameEdit"_s, u"sales_data"_s);
    set(&wizard, u"field_container_name"_s, u"sales-2026"_s);
    save(&wizard, u"wizard-2-connection"_s);
    wizard.next();
    auto *kind = wizard.findChild<QComboBox *>(u"authCombo"_s);
    kind->setCurrentIndex(kind->findText(QCoreApplication::translate("SupportMatrix", "SAS token")));
    set(&wizard, u"field_sas_token"_s,
        u"sv=2022-11-02&ss=b&srt=co&sp=r&se="_s + QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate) + u"&sig=ZGVtbw%3D%3D"_s);
    save(&wizard, u"wizard-3-authentication"_s);
    wizard.next();
    wizard.findChild<QCheckBox *>(u"defaultCheck"_s)->setChecked(true);
    save(&wizard, u"wizard-4-options"_s);
    wizard.next();
    save(&wizard, u"wizard-5-summary"_s);
    wizard.hide();

    window.selectDatastore(u"raw_images"_s);
    const auto selected = window.selectedDatastore();
    CredentialsDialog dialog(f.ws(), SupportMatrix::builtin(), *selected, nullptr, &window);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        qFatal("window not exposed");
    set(&dialog, u"field_sas_token"_s,
        u"sv=2022-11-02&ss=b&srt=co&sp=rl&se="_s + QDateTime::currentDateTimeUtc().addYears(1).toString(Qt::ISODate) + u"&sig=bmV3%3D"_s);
    save(&dialog, u"credentials-dialog"_s);
    dialog.hide();

    // The storage browser, over an in-memory container shaped like the demo's.
    auto *client = new MemoryStorageClient;
    client->put(u"README.md"_s, "# Demo training data\n");
    QByteArray csv = "id,rooms,area_m2,city,price_eur\n";
    for (int i = 0; i < 40; ++i)
        csv += QByteArray::number(i) + ',' + QByteArray::number(1 + i % 6) + ',' + QByteArray::number(30 + i * 5) + ",\""
            + (i % 3 ? "Oslo" : "Lyon, FR") + "\"," + QByteArray::number(150000 + i * 7000) + '\n';
    client->put(u"datasets/housing/train.csv"_s, csv);
    client->put(u"datasets/housing/test.csv"_s, csv.left(400));
    client->put(u"datasets/housing/schema.json"_s, R"({"label":"price_eur","columns":["id","rooms","area_m2","city","price_eur"]})");
    client->put(u"datasets/iris/iris.csv"_s, "sepal_length,sepal_width\n5.1,3.5\n");
    for (int i = 0; i < 12; ++i)
        client->put(u"events/2026/%1/part-0000.jsonl"_s.arg(i + 1, 2, 10, QLatin1Char('0')), "{}\n");
    client->put(u"images/cat/img_0000.png"_s, "png");
    client->put(u"models/resnet50/v1/model.onnx"_s, QByteArray(65536, 'x'));
    Datastore lake;
    lake.name = u"training_data"_s;
    StorageBrowserWindow browser(lake, client);
    browser.setAttribute(Qt::WA_DeleteOnClose, false);
    browser.resize(1280, 800);
    browser.show();
    if (!QTest::qWaitForWindowExposed(&browser))
        qFatal("window not exposed");
    QTest::qWait(100);
    browser.folderView()->expand(browser.folderView()->model()->index(0, 0));
    QTest::qWait(100);
    if (!browser.openFolder(u"datasets/"_s))
        qFatal("no datasets/");
    QTest::qWait(100);
    if (!browser.openFolder(u"datasets/housing/"_s))
        qFatal("no datasets/housing/");
    QTest::qWait(100);
    browser.selectPath(u"datasets/housing/train.csv"_s);
    QTemporaryDir downloads;
    browser.downloadSelectedTo(downloads.path());
    QTest::qWait(300);
    save(&browser, u"storage-browser"_s);

    // A folder download is one job row with its files below it.
    if (!browser.openFolder(u"datasets/"_s))
        qFatal("no datasets/");
    QTest::qWait(100);
    browser.selectPath(u"datasets/housing/"_s);
    browser.downloadSelectedTo(downloads.path());
    QTest::qWait(300);
    if (QTreeWidgetItem *job = browser.transfersPanel()->jobItem(1))
        job->setExpanded(true);
    save(&browser, u"storage-browser-folder-transfer"_s);

    // Once in a dark palette: banners and error text take their colours from it.
    Appearance appearance; // the studio's own dark palette, as Settings → Appearance: Dark sets it
    appearance.apply(Preferences::Appearance::Dark);
    window.selectDatastore(u"raw_images"_s);
    window.banner()->showMessage(MessageBanner::Type::Error,
                                 u"The storage browser did not open. 'raw_images' has no SAS token in the keychain; update its credentials."_s);
    QTest::qWait(100);
    save(&window, u"main-window-dark"_s);
    save(&browser, u"storage-browser-dark"_s);
    return 0;
}
