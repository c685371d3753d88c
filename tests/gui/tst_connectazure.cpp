// The studio against an Azure ML workspace, driven as a person drives it: "Connect to Azure ML
// workspace…" filled in with keys and clicks, the workspace listed beside the local ones,
// and every type × credential kind registered through the wizard, made the default where it
// may be and unregistered from the main window — against the Azure ML test server.
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "models/datastorefilterproxymodel.h"
#include "models/datastorelistmodel.h"
#include "services/net/httpclient.h"
#include "support/fakeazuremlserver.h"
#include "support/guifixture.h"
#include "ui/connectazuredialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/messagebox.h"
#include "ui/wizard/registerdatastorewizard.h"

using namespace Qt::Literals::StringLiterals;
using Values = QMap<QString, QString>;

namespace {
const QString Key = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;
const QString Sas = u"sv=2022-11-02&ss=bf&srt=co&sp=rl&se=2031-01-01T00:00:00Z&sig=c2lnbmF0dXJl"_s;
} // namespace

class tst_ConnectAzure : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectWithTheKeyboardAndTheMouse();
    void badFieldsKeepConnectDisabledWithTheReason();
    void aRefusedSignInIsShownAndLosesNothing();
    void aDeviceCodeIsShownWhileWaiting();
    void findWorkspacesFillsTheFields();
    void everyTypeThroughTheWizardAndTheWindow_data();
    void everyTypeThroughTheWizardAndTheWindow();

private:
    ConnectAzureDialog *openDialog();
    void typeInto(ConnectAzureDialog *dialog, const QString &edit, const QString &text);
    void fillServicePrincipal(ConnectAzureDialog *dialog, const QString &secret);
    QAbstractButton *connectButton(ConnectAzureDialog *dialog) const;
    void connectToServer();
    QPoint rowCenter(const QString &name) const;

    std::unique_ptr<GuiFixture> f;
    std::unique_ptr<FakeAzureMlServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<DatastoreListModel> m_model;
    std::unique_ptr<MainWindow> m_window;
    QTableView *m_view = nullptr;
};

void tst_ConnectAzure::init()
{
    quietOffscreenWarnings();
    f = std::make_unique<GuiFixture>();
    m_server = std::make_unique<FakeAzureMlServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get());
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    m_http->setRetryPolicy(fast);
    f->manager->setHttp(m_http.get());
    m_model = std::make_unique<DatastoreListModel>(SupportMatrix::builtin());
    m_window = std::make_unique<MainWindow>(f->manager.get(), m_model.get(), SupportMatrix::builtin());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view = m_window->datastoreView();
}

void tst_ConnectAzure::cleanup()
{
    m_window.reset();
    m_model.reset();
    f.reset(); // the manager and its workspaces before the HTTP layer they use
    m_http.reset();
    m_network.reset();
    m_server.reset();
}

ConnectAzureDialog *tst_ConnectAzure::openDialog()
{
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ConnectAzureDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<ConnectAzureDialog *>()) && dialog->isVisible(); }))
        return nullptr;
    return dialog;
}

void tst_ConnectAzure::typeInto(ConnectAzureDialog *dialog, const QString &edit, const QString &text)
{
    auto *e = dialog->findChild<QLineEdit *>(edit);
    QVERIFY2(e && e->isEnabled(), qPrintable(edit));
    QTest::mouseClick(e, Qt::LeftButton);
    QTest::keyClick(e, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(e, Qt::Key_Backspace);
    QTest::keyClicks(e, text);
    QCOMPARE(e->text(), text);
}

QAbstractButton *tst_ConnectAzure::connectButton(ConnectAzureDialog *dialog) const
{
    return dialog->findChild<QDialogButtonBox *>(u"azureButtons"_s)->button(QDialogButtonBox::Ok);
}

void tst_ConnectAzure::fillServicePrincipal(ConnectAzureDialog *dialog, const QString &secret)
{
    // The cloud: the last entry, "Custom ARM endpoint…", by keyboard.
    auto *cloud = dialog->findChild<QComboBox *>(u"azureCloudCombo"_s);
    cloud->setFocus();
    QTest::keyClick(cloud, Qt::Key_End);
    QCOMPARE(cloud->currentText(), u"Custom ARM endpoint…"_s);
    typeInto(dialog, u"azureArmEdit"_s, m_server->base());
    typeInto(dialog, u"azureAuthorityEdit"_s, m_server->base());
    typeInto(dialog, u"azureTenantEdit"_s, FakeAzureMlServer::Tenant);
    typeInto(dialog, u"azureClientIdEdit"_s, FakeAzureMlServer::ClientId);
    typeInto(dialog, u"azureSecretEdit"_s, secret);
    typeInto(dialog, u"azureSubscriptionEdit"_s, FakeAzureMlServer::Subscription);
    typeInto(dialog, u"azureGroupEdit"_s, FakeAzureMlServer::ResourceGroup);
    typeInto(dialog, u"azureWorkspaceEdit"_s, FakeAzureMlServer::Workspace);
}

void tst_ConnectAzure::connectToServer()
{
    QPointer<ConnectAzureDialog> dialog = openDialog();
    QVERIFY(dialog);
    fillServicePrincipal(dialog, FakeAzureMlServer::ClientSecret);
    QVERIFY(connectButton(dialog)->isEnabled());
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(f->manager->currentRef().isAzure());
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    // Back in the main window, as a person clicking on it.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QPoint tst_ConnectAzure::rowCenter(const QString &name) const
{
    const QModelIndex source = m_model->index(m_model->rowOf(name), DatastoreListModel::NameColumn);
    return m_view->visualRect(m_window->proxy()->mapFromSource(source)).center();
}

void tst_ConnectAzure::connectWithTheKeyboardAndTheMouse()
{
    // Made by another tool: the studio cannot show it, and says so.
    m_server->seedV2Datastore(u"fabric_lake"_s, nlohmann::json{{"datastoreType", "OneLake"}, {"credentials", {{"credentialsType", "None"}}}});
    connectToServer();
    // The switcher shows it, marked as Azure, beside the local one; the list is the workspace's.
    auto *combo = m_window->findChild<QComboBox *>(u"workspaceCombo"_s);
    QTRY_VERIFY2(combo->currentText().contains(u"my-aml-workspace"_s) && combo->currentText().contains(u"Azure ML"_s), qPrintable(combo->currentText()));
    QVERIFY(combo->findText(u"default"_s) >= 0);
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
    QVERIFY(m_window->windowTitle().contains(u"my-aml-workspace"_s));
    QVERIFY(m_window->banner()->text().contains(u"Connected to Azure ML workspace"_s));
    QVERIFY(!m_window->windowTitle().contains(FakeAzureMlServer::ClientSecret));
    // Remembered: the secret in the keychain, the reference in the settings.
    QCOMPARE(f->secrets.entries().size(), 1);
    QCOMPARE(f->manager->catalog().azureWorkspaces().size(), 1);
    // Back to the local workspace and to Azure again through the switcher.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    QTRY_VERIFY(!f->manager->currentRef().isAzure());
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
    const int azure = combo->findData(f->manager->catalog().azureWorkspaces().first().key());
    QVERIFY(azure > 0);
    for (int i = 0; i < combo->count() && combo->currentIndex() != azure; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), azure);
    QTRY_VERIFY(f->manager->currentRef().isAzure());
    // The message of the connect went with the switch; now the list's own note shows.
    QTRY_VERIFY2(m_window->banner()->text().contains(u"Not shown"_s), qPrintable(m_window->banner()->text()));
    QVERIFY(m_window->banner()->text().contains(u"'fabric_lake'"_s));
    QCOMPARE(m_view->model()->rowCount(), 2);
}

void tst_ConnectAzure::badFieldsKeepConnectDisabledWithTheReason()
{
    ConnectAzureDialog *dialog = openDialog();
    QVERIFY(dialog);
    fillServicePrincipal(dialog, FakeAzureMlServer::ClientSecret);
    QVERIFY(connectButton(dialog)->isEnabled());
    typeInto(dialog, u"azureSubscriptionEdit"_s, u"not-a-subscription"_s);
    QVERIFY(!connectButton(dialog)->isEnabled());
    QVERIFY2(connectButton(dialog)->toolTip().contains(u"Subscription"_s), qPrintable(connectButton(dialog)->toolTip()));
    typeInto(dialog, u"azureSubscriptionEdit"_s, FakeAzureMlServer::Subscription);
    typeInto(dialog, u"azureArmEdit"_s, u"http://example.com"_s);
    QVERIFY(!connectButton(dialog)->isEnabled());
    QVERIFY2(connectButton(dialog)->toolTip().contains(u"https"_s), qPrintable(connectButton(dialog)->toolTip()));
    QCOMPARE(m_server->http()->requests(), 0);
}

void tst_ConnectAzure::aRefusedSignInIsShownAndLosesNothing()
{
    ConnectAzureDialog *dialog = openDialog();
    QVERIFY(dialog);
    fillServicePrincipal(dialog, u"wrong secret"_s);
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(dialog->banner()->text().contains(u"AADSTS7000215"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"azureWorkspaceEdit"_s)->text(), FakeAzureMlServer::Workspace);
    QVERIFY(!f->manager->currentRef().isAzure());
    QVERIFY(f->manager->catalog().azureWorkspaces().isEmpty());
    QVERIFY(f->secrets.entries().isEmpty());
    // Corrected, it connects.
    typeInto(dialog, u"azureSecretEdit"_s, FakeAzureMlServer::ClientSecret);
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(f->manager->currentRef().isAzure());
}

void tst_ConnectAzure::aDeviceCodeIsShownWhileWaiting()
{
    m_server->setDeviceCodeScript({u"authorization_pending"_s}, 1); // the person never finishes
    ConnectAzureDialog *dialog = openDialog();
    QVERIFY(dialog);
    fillServicePrincipal(dialog, FakeAzureMlServer::ClientSecret);
    auto *signIn = dialog->findChild<QComboBox *>(u"azureSignInCombo"_s);
    signIn->setFocus();
    QTest::keyClick(signIn, Qt::Key_Down);
    QCOMPARE(signIn->currentText(), u"Device code (sign in in a browser)"_s);
    QVERIFY(!dialog->findChild<QLineEdit *>(u"azureSecretEdit"_s)->isVisible()); // no secret for a person
    typeInto(dialog, u"azureClientIdEdit"_s, QString()); // the default public client
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    auto *code = dialog->findChild<QLabel *>(u"azureDeviceCode"_s);
    QTRY_VERIFY(code->isVisible());
    QVERIFY2(code->text().contains(u"BXQ7-LMN4"_s) && code->text().contains(u"https://microsoft.com/devicelogin"_s), qPrintable(code->text()));
    QVERIFY(!connectButton(dialog)->isEnabled());
    // Cancel stops the waiting; the dialog stays with everything in it.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog->banner()->text().contains(u"Cancelled"_s));
    QVERIFY(dialog->isVisible());
    QVERIFY(connectButton(dialog)->isEnabled());
    QVERIFY(!f->manager->currentRef().isAzure());
}

void tst_ConnectAzure::findWorkspacesFillsTheFields()
{
    ConnectAzureDialog *dialog = openDialog();
    QVERIFY(dialog);
    fillServicePrincipal(dialog, FakeAzureMlServer::ClientSecret);
    for (const QString &e : {u"azureSubscriptionEdit"_s, u"azureGroupEdit"_s, u"azureWorkspaceEdit"_s})
        typeInto(dialog, e, QString());
    auto *find = dialog->findChild<QPushButton *>(u"azureFindButton"_s);
    QVERIFY(find->isEnabled());
    QTest::mouseClick(find, Qt::LeftButton);
    auto *found = dialog->findChild<QComboBox *>(u"azureFoundCombo"_s);
    QTRY_VERIFY(found->isVisible());
    QCOMPARE(found->count(), 2);
    // The first is filled in at once; the second picked with the keyboard.
    QCOMPARE(dialog->findChild<QLineEdit *>(u"azureWorkspaceEdit"_s)->text(), FakeAzureMlServer::Workspace);
    found->setFocus();
    QTest::keyClick(found, Qt::Key_Down);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"azureWorkspaceEdit"_s)->text(), u"other-workspace"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"azureGroupEdit"_s)->text(), u"other-rg"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"azureSubscriptionEdit"_s)->text(), FakeAzureMlServer::Subscription);
    QTest::keyClick(found, Qt::Key_Up);
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(f->manager->currentRef().isAzure());
    QCOMPARE(f->manager->currentRef().name, FakeAzureMlServer::Workspace);
}

void tst_ConnectAzure::everyTypeThroughTheWizardAndTheWindow_data()
{
    QTest::addColumn<int>("storageType");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<Values>("fields");
    const QString tenant = FakeAzureMlServer::Tenant;
    const Values sp = {{u"tenant_id"_s, tenant}, {u"client_id"_s, tenant}, {u"client_secret"_s, u"s3cret"_s}};
    const Values sql = {{u"user_id"_s, u"reader"_s}, {u"user_password"_s, u"pw"_s}};
    const auto with = [](Values a, const Values &b) {
        for (auto it = b.begin(); it != b.end(); ++it)
            a.insert(it.key(), it.value());
        return a;
    };
    const Values blob = {{u"account_name"_s, u"contoso"_s}, {u"container_name"_s, u"raw"_s}};
    const Values file = {{u"account_name"_s, u"contoso"_s}, {u"file_share_name"_s, u"share1"_s}};
    const Values db = {{u"server_name"_s, u"contoso-db"_s}, {u"database_name"_s, u"events"_s}};
    QTest::newRow("blob key") << int(StorageType::AzureBlob) << u"Account key"_s << with(blob, {{u"account_key"_s, Key}});
    QTest::newRow("blob sas") << int(StorageType::AzureBlob) << u"SAS token"_s << with(blob, {{u"sas_token"_s, Sas}});
    QTest::newRow("file key") << int(StorageType::AzureFile) << u"Account key"_s << with(file, {{u"account_key"_s, Key}});
    QTest::newRow("file sas") << int(StorageType::AzureFile) << u"SAS token"_s << with(file, {{u"sas_token"_s, Sas}});
    QTest::newRow("gen1 sp") << int(StorageType::AzureDataLakeGen1) << u"Service principal"_s << with({{u"store_name"_s, u"contosolake"_s}}, sp);
    QTest::newRow("gen2 sp") << int(StorageType::AzureDataLakeGen2) << u"Service principal"_s
                             << with({{u"account_name"_s, u"contosogen2"_s}, {u"filesystem"_s, u"curated"_s}}, sp);
    QTest::newRow("sql sql") << int(StorageType::AzureSqlDatabase) << u"SQL authentication"_s << with(db, sql);
    QTest::newRow("sql sp") << int(StorageType::AzureSqlDatabase) << u"Service principal"_s << with(db, sp);
    QTest::newRow("postgresql") << int(StorageType::AzurePostgreSql) << u"SQL authentication"_s << with(db, sql);
    QTest::newRow("mysql") << int(StorageType::AzureMySql) << u"SQL authentication"_s << with(db, sql);
    QTest::newRow("dbfs") << int(StorageType::Dbfs) << u"None"_s << Values{};
}

void tst_ConnectAzure::everyTypeThroughTheWizardAndTheWindow()
{
    QFETCH(int, storageType);
    QFETCH(QString, auth);
    QFETCH(Values, fields);
    const StorageType t = StorageType(storageType);
    const StorageTypeSpec &spec = SupportMatrix::builtin().type(t);
    const QString name = u"gui_"_s + StorageTypes::id(t);
    connectToServer();
    QTRY_COMPARE(m_view->model()->rowCount(), 2);

    // Register through the wizard (Ctrl+N), the way the local workspace is used.
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_N, Qt::ControlModifier);
    QPointer<RegisterDatastoreWizard> wizard;
    QTRY_VERIFY((wizard = m_window->findChild<RegisterDatastoreWizard *>()) && wizard->isVisible());
    const auto next = [wizard] {
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    };
    auto *table = wizard->findChild<QTableWidget *>(u"typeTable"_s);
    const auto items = table->findItems(spec.label, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(items.first()).center());
    QCOMPARE(wizard->storageType(), t);
    next();
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"nameEdit"_s), name);
    const auto type = [wizard](const QString &field, const QString &value) {
        auto *edit = wizard->findChild<QLineEdit *>(u"field_"_s + field);
        if (!edit)
            return;
        QTest::mouseClick(edit, Qt::LeftButton);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, value);
    };
    for (auto it = fields.begin(); it != fields.end(); ++it)
        type(it.key(), it.value());
    next();
    auto *kind = wizard->findChild<QComboBox *>(u"authCombo"_s);
    kind->setCurrentIndex(kind->findText(auth));
    QCOMPARE(kind->currentText(), auth);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        type(it.key(), it.value());
    next();
    // The workspace checks access itself wherever there is something to check.
    auto *validate = wizard->findChild<QCheckBox *>(u"validateCheck"_s);
    QCOMPARE(validate->isEnabled(), t != StorageType::Dbfs);
    next();
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY2(m_server->names().contains(name), qPrintable(m_window->banner()->text()));
    QTRY_VERIFY(!wizard || !wizard->isVisible());
    const std::string stored = m_server->stored(name).dump();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        QVERIFY2(stored.find(it.value().toStdString()) != std::string::npos, qPrintable(it.key())); // secrets too: they live in the workspace
    QVERIFY(f->secrets.entries().size() == 1); // the keychain holds only the sign-in
    QTRY_VERIFY(m_model->rowOf(name) >= 0);

    // Set as default (Ctrl+D) where the type may be one; else the action says why not.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const auto secretReads = [this, name] { return m_server->http()->count("", u"/listSecrets"_s) + m_server->http()->count("GET", u"/datastores/"_s + name); };
    const int readsBefore = secretReads();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rowCenter(name));
    QTRY_COMPARE(m_window->selectedDatastore()->name, name);
    // Selecting shows the record and asks the workspace for no secret (only Show would).
    QTest::qWait(100);
    QCOMPARE(secretReads(), readsBefore);
    // Show reads it from the workspace, on request.
    if (const AuthSpec *authSpec = spec.authSpec(m_model->datastore(m_model->rowOf(name))->auth); authSpec && !authSpec->secretFields().isEmpty()) {
        const QString field = authSpec->secretFields().first().id;
        auto *show = m_window->findChild<QPushButton *>(u"show_"_s + field);
        auto *value = m_window->findChild<QLineEdit *>(u"secret_"_s + field);
        QVERIFY(show && value);
        QVERIFY(show->isEnabled());
        QVERIFY2(show->toolTip().contains(u"workspace"_s), qPrintable(show->toolTip()));
        QTest::mouseClick(show, Qt::LeftButton);
        QTRY_COMPARE(value->echoMode(), QLineEdit::Normal);
        QCOMPARE(value->text(), fields.value(field));
        QVERIFY(secretReads() > readsBefore);
    }
    if (spec.canBeDefault) {
        QTRY_VERIFY(m_window->setDefaultAction()->isEnabled());
        QTest::keyClick(m_view, Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(m_server->defaultName(), name);
        QTRY_VERIFY(m_model->datastore(m_model->rowOf(name))->isDefault);
        // The default cannot be unregistered: back to workspaceblobstore first.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rowCenter(u"workspaceblobstore"_s));
        QTRY_COMPARE(m_window->selectedDatastore()->name, u"workspaceblobstore"_s);
        QTRY_VERIFY(m_window->setDefaultAction()->isEnabled());
        QTest::keyClick(m_view, Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(m_server->defaultName(), u"workspaceblobstore"_s);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rowCenter(name));
    } else {
        QVERIFY(!m_window->setDefaultAction()->isEnabled());
        QVERIFY(!m_window->setDefaultAction()->toolTip().isEmpty());
    }
    // Unregister (Delete), confirmed.
    QTRY_COMPARE(m_window->selectedDatastore()->name, name);
    QTRY_VERIFY(m_window->unregisterAction()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(m_view, Qt::Key_Delete);
    QTRY_VERIFY(!m_server->names().contains(name));
    QTRY_VERIFY(m_model->rowOf(name) < 0);
}

QTEST_MAIN(tst_ConnectAzure)
#include "tst_connectazure.moc"
