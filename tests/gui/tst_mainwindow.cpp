#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QTimer>
#include <QToolBar>
#include <QPushButton>
#include <QTableView>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/datastorefilterproxymodel.h"
#include "models/datastorelistmodel.h"
#include "models/storagebrowsermodel.h"
#include "services/net/storagehttp.h"
#include "services/workspace/browseconnections.h"
#include "services/workspace/datastoreconnector.h"
#include "services/transfer/transferqueue.h"
#include "support/fakedbfsserver.h"
#include "support/sharedfileshare.h"
#include "support/dialogdriver.h"
#include "support/guifixture.h"
#include "support/memorystorageclient.h"
#include "ui/credentialsdialog.h"
#include "ui/datastoredetailspane.h"
#include "ui/messagebanner.h"
#include "ui/messagebox.h"
#include "ui/mainwindow.h"
#include "ui/storagebrowserwindow.h"
#include "ui/wizard/registerdatastorewizard.h"
#include "services/core/datastoreyaml.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Key = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;
const QString NewKey = u"bmV3IGtleSBtYXRlcmlhbCwgc2l4dHktZm91ciBieXRlcyBsb25nOiAwMTIzNDU2Nzg5YWJjZGVmZ2hpaiEhIQ=="_s;
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsTheWorkspaceWithTheDefaultMarked();
    void filters();
    void setDefaultFromTheWindow();
    void refusalsAreDisabledWithTheReason();
    void unregisterAsksAndNamesTheDatastore();
    void updateCredentialsFromTheWindow();
    void failedCredentialUpdateKeepsTheOldOne();
    void detailsPaneShowsAndHidesASecret();
    void detailsPaneSaysWhatTheKeychainHolds();
    void aTemporaryKeyringIsAnnounced();
    void newWorkspaceFromTheSwitcher();
    void browseOpensTheStorageBrowser();

    // Driven with the mouse and keys as a person does (issue 14).
    void aClickSelectsAndShowsTheDatastore();
    void atStartTheHighlightAndTheDetailsAgree();
    void doubleClickBrowsesWhereTheTypeCanBeBrowsed();
    void contextMenuActsOnTheRowUnderTheCursor();
    void selectionStaysOnTheDatastoreAnActionConcerned();
    void aRowClickedWhileARefreshRunsStaysSelected();
    void unregisterMovesTheSelectionToANeighbour();
    void journeyWithTheMouse();
    void quitWithTransfersRunningAsksAndEndsEverything();
    void aDbfsConnectionIsGivenChangedAndForgottenFromTheWindow();
    void yamlImportedThroughTheWizardAndExportedBack();

private:
    bool select(const QString &name);
    QPoint rowCenter(const QString &name) const;
    void click(const QString &name);
    QString highlighted() const;
    QString detailsTitle() const;
    // Opens the context menu at `pos` of the viewport and clicks the item named `text` in it.
    void contextMenu(const QPoint &pos, const QString &text);
    void whenMenuShows(const std::function<void(QMenu *)> &then);
    void doubleClick(const QString &name);
    std::unique_ptr<GuiFixture> f;
    std::unique_ptr<DatastoreListModel> model;
    std::unique_ptr<MainWindow> window;
    QTableView *view = nullptr;
};

void tst_MainWindow::init()
{
    quietOffscreenWarnings();
    f = std::make_unique<GuiFixture>();
    QVERIFY(f->add(u"sales"_s, StorageType::AzureBlob, AuthKind::AccountKey,
                   {{u"account_name"_s, u"contoso"_s}, {u"container_name"_s, u"raw"_s}}, {{u"account_key"_s, Key}}));
    QVERIFY(f->add(u"events"_s, StorageType::AzurePostgreSql, AuthKind::Sql,
                   {{u"server_name"_s, u"pg1"_s}, {u"database_name"_s, u"ev"_s}, {u"user_id"_s, u"reader"_s}}, {{u"user_password"_s, u"pw"_s}}));
    QVERIFY(f->add(u"spark"_s, StorageType::Dbfs, AuthKind::None, {}));
    model = std::make_unique<DatastoreListModel>(SupportMatrix::builtin());
    window = std::make_unique<MainWindow>(f->manager.get(), model.get(), SupportMatrix::builtin());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    view = window->findChild<QTableView *>(u"datastoreView"_s);
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 5);
}

void tst_MainWindow::cleanup()
{
    window.reset();
    model.reset();
    f.reset();
}

void tst_MainWindow::browseOpensTheStorageBrowser()
{
    SharedFileShare share;
    QVERIFY(share.start(*f, {{u"team/explore data.ipynb"_s, "{}"}, {u"readme.md"_s, "# hi"}}));
    QVERIFY(f->add(u"oldlake"_s, StorageType::AzureDataLakeGen1, AuthKind::ServicePrincipal,
                   {{u"store_name"_s, u"oldlake"_s}, {u"tenant_id"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s},
                    {u"client_id"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s}},
                   {{u"client_secret"_s, u"s"_s}}));
    window->refreshAction()->trigger();
    QTRY_COMPARE(view->model()->rowCount(), 7);
    QVERIFY(select(u"shared"_s));
    QVERIFY(!window->browseAction()->isEnabled()); // no HTTP layer given yet
    QNetworkAccessManager network;
    StorageHttp http(&network);
    DatastoreConnector connector(&http, SupportMatrix::builtin());
    window->setConnector(&connector);
    QVERIFY(window->browseAction()->isEnabled());
    QVERIFY(select(u"events"_s)); // PostgreSQL: browsed through its driver
    QVERIFY(window->browseAction()->isEnabled());
    QVERIFY(select(u"spark"_s)); // DBFS: through the studio's own Databricks connection
    QVERIFY(window->browseAction()->isEnabled());
    QVERIFY(select(u"oldlake"_s)); // ADLS Gen1: wherever a WebHDFS endpoint answers
    QVERIFY(window->browseAction()->isEnabled());
    QVERIFY(select(u"shared"_s));
    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(window->lastBrowser());
    StorageBrowserWindow *browser = window->lastBrowser();
    QVERIFY(browser->windowTitle().startsWith(u"shared"_s));
    QTRY_COMPARE(browser->model()->state({}), StorageBrowserModel::State::Complete);
    QCOMPARE(browser->model()->rowCount(), 2);
    QCOMPARE(browser->model()->index(0, 0).data().toString(), u"readme.md"_s);
    QCOMPARE(browser->model()->index(1, 0).data(StorageBrowserModel::PathRole).toString(), u"team/"_s);
    delete browser;
}

bool tst_MainWindow::select(const QString &name)
{
    return window->selectDatastore(name) && window->selectedDatastore() && window->selectedDatastore()->name == name;
}

void tst_MainWindow::listsTheWorkspaceWithTheDefaultMarked()
{
    QVERIFY(window->windowTitle().contains(u"default"_s));
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names << view->model()->index(row, DatastoreListModel::NameColumn).data().toString();
    QCOMPARE(names, (QStringList{u"events"_s, u"sales"_s, u"spark"_s, u"workspaceblobstore"_s, u"workspacefilestore"_s}));
    QCOMPARE(view->model()->index(3, DatastoreListModel::DefaultColumn).data().toString(), u"Default"_s);
    QTRY_VERIFY(window->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"5 datastore(s)"_s));
    auto *combo = window->findChild<QComboBox *>(u"workspaceCombo"_s);
    QCOMPARE(combo->currentText(), u"default"_s);
    QVERIFY(combo->findText(u"New local workspace…"_s) >= 0);
}

void tst_MainWindow::filters()
{
    auto *filter = window->findChild<QLineEdit *>(u"filterEdit"_s);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"CONTOSO"_s); // matches the account, case-insensitively
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"sales"_s);
    filter->clear();
    auto *type = window->findChild<QComboBox *>(u"typeFilter"_s);
    type->setCurrentIndex(type->findText(u"Azure Blob container"_s));
    QCOMPARE(view->model()->rowCount(), 2); // sales and workspaceblobstore
    QTest::keyClicks(filter, u"work"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    type->setCurrentIndex(0);
    filter->clear();
    QCOMPARE(view->model()->rowCount(), 5);
    // A filter with no match says so, and the message goes when the filter is cleared.
    auto *noMatch = window->findChild<QLabel *>(u"noMatchLabel"_s);
    QVERIFY(!noMatch->isVisible());
    QTest::keyClicks(filter, u"zzz"_s);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    QVERIFY2(noMatch->text().contains(u"No datastore matches 'zzz'"_s), qPrintable(noMatch->text()));
    filter->clear();
    QVERIFY(!noMatch->isVisible());
}

void tst_MainWindow::setDefaultFromTheWindow()
{
    QVERIFY(select(u"sales"_s));
    QVERIFY(window->setDefaultAction()->isEnabled());
    QVERIFY(window->unregisterAction()->isEnabled());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(f->find(u"sales"_s)->isDefault);
    QTRY_VERIFY(window->selectedDatastore() && window->selectedDatastore()->isDefault);
    QVERIFY(!window->setDefaultAction()->isEnabled());
    QVERIFY(window->setDefaultAction()->toolTip().contains(u"already the default"_s));
    QVERIFY(!window->unregisterAction()->isEnabled());
    QVERIFY(window->unregisterAction()->toolTip().contains(u"make another datastore the default first"_s));
    const int salesRow = model->rowOf(u"sales"_s);
    QTRY_COMPARE(model->index(salesRow, DatastoreListModel::DefaultColumn).data().toString(), u"Default"_s);
}

void tst_MainWindow::refusalsAreDisabledWithTheReason()
{
    QVERIFY(select(u"workspaceblobstore"_s));
    QVERIFY(!window->unregisterAction()->isEnabled());
    QVERIFY(window->unregisterAction()->toolTip().contains(u"never be unregistered"_s));
    QVERIFY(select(u"events"_s));
    QVERIFY(!window->setDefaultAction()->isEnabled());
    QVERIFY(window->setDefaultAction()->toolTip().contains(u"cannot be the default"_s));
    QVERIFY(window->credentialsAction()->isEnabled());
    QVERIFY(select(u"spark"_s));
    QVERIFY(!window->credentialsAction()->isEnabled());
    QVERIFY(window->credentialsAction()->toolTip().contains(u"no credential"_s));
    // A refused action does nothing even if triggered.
    QVERIFY(select(u"workspaceblobstore"_s));
    window->unregisterAction()->trigger();
    QVERIFY(f->find(u"workspaceblobstore"_s));
}

void tst_MainWindow::unregisterAsksAndNamesTheDatastore()
{
    QVERIFY(select(u"events"_s));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(MessageBox::lastQuestion().contains(u"'events'"_s));
    QTest::qWait(50);
    QVERIFY(f->find(u"events"_s));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window->unregisterAction()->trigger();
    QTRY_VERIFY(!f->find(u"events"_s));
    QTRY_COMPARE(view->model()->rowCount(), 4);
    QVERIFY(f->secrets.entries().value(f->key(u"events"_s, u"user_password"_s)).isEmpty());
    QVERIFY(window->banner()->text().contains(u"Unregistered 'events'"_s));
}

void tst_MainWindow::updateCredentialsFromTheWindow()
{
    QVERIFY(select(u"sales"_s));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
    CredentialsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<CredentialsDialog *>()) != nullptr);
    auto *save = dialog->findChild<QDialogButtonBox *>(u"credentialsButtons"_s)->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled()); // no new key typed yet
    auto *key = dialog->findChild<QLineEdit *>(u"field_account_key"_s);
    QVERIFY(key);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QTest::keyClicks(key, NewKey);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(f->secrets.entries().value(f->key(u"sales"_s, u"account_key"_s)), NewKey);
    QTRY_VERIFY(!window->findChild<CredentialsDialog *>());
    QVERIFY(window->banner()->text().contains(u"Updated the credentials of 'sales'"_s));
}

void tst_MainWindow::failedCredentialUpdateKeepsTheOldOne()
{
    QVERIFY(select(u"sales"_s));
    window->credentialsAction()->trigger();
    CredentialsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<CredentialsDialog *>()) != nullptr);
    // Switch to SAS, type a bad token: Update stays disabled and says why.
    auto *kind = dialog->findChild<QComboBox *>(u"credAuthCombo"_s);
    kind->setCurrentIndex(kind->findText(u"SAS token"_s));
    auto *sas = dialog->findChild<QLineEdit *>(u"field_sas_token"_s);
    QTest::keyClicks(sas, u"not-a-token"_s);
    auto *save = dialog->findChild<QDialogButtonBox *>(u"credentialsButtons"_s)->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(u"sig="_s));
    sas->setText(u"sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig=abc"_s);
    QVERIFY(dialog->findChild<QLabel *>(u"credSasInfo"_s)->text().contains(u"account SAS"_s));
    f->secrets.failWritesAfter(0);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(dialog->banner()->isVisible());
    QVERIFY(dialog->banner()->text().contains(u"not changed"_s));
    QCOMPARE(f->secrets.entries().value(f->key(u"sales"_s, u"account_key"_s)), Key);
    QCOMPARE(f->find(u"sales"_s)->auth, AuthKind::AccountKey);
    dialog->reject();
}

void tst_MainWindow::detailsPaneShowsAndHidesASecret()
{
    QVERIFY(select(u"sales"_s));
    auto *pane = window->findChild<DatastoreDetailsPane *>();
    pane->setRevealDuration(300);
    QTRY_VERIFY(window->findChild<QLineEdit *>(u"secret_account_key"_s));
    auto *secret = window->findChild<QLineEdit *>(u"secret_account_key"_s);
    QVERIFY(secret->text() != Key);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    auto *show = window->findChild<QPushButton *>(u"show_account_key"_s);
    QTRY_VERIFY(show->isEnabled()); // once the keychain has said it holds the key
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_COMPARE(secret->text(), Key);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->text(), u"Hide"_s); // Show turns into Hide…
    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(secret->text() != Key); // …which hides it at once
    QCOMPARE(show->text(), u"Show"_s);
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_COMPARE(secret->text(), Key);
    QTRY_VERIFY_WITH_TIMEOUT(secret->text() != Key, 3000); // hidden again by itself
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(window->findChild<QLineEdit *>(u"uriEdit"_s)->text(), u"azureml://datastores/sales"_s);
    QTest::mouseClick(window->findChild<QPushButton *>(u"copyUri"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"azureml://datastores/sales"_s);
    // The built-in store has no key stored: nothing to show.
    QVERIFY(select(u"workspaceblobstore"_s));
    QTRY_VERIFY(window->findChild<QPushButton *>(u"show_account_key"_s) && !window->findChild<QPushButton *>(u"show_account_key"_s)->isEnabled());
}

void tst_MainWindow::detailsPaneSaysWhatTheKeychainHolds()
{
    // The keychain loses the key behind the studio's back (a temporary keyring closed).
    QVERIFY(await(f->secrets.remove({f->key(u"sales"_s, u"account_key"_s)})).ok());
    click(u"sales"_s);
    QLineEdit *secret = nullptr;
    QTRY_VERIFY((secret = window->findChild<QLineEdit *>(u"secret_account_key"_s)) != nullptr);
    QTRY_COMPARE(secret->placeholderText(), u"missing from the keychain"_s);
    QVERIFY(secret->text().isEmpty()); // no dots for a secret that is not there
    QVERIFY(!window->findChild<QPushButton *>(u"show_account_key"_s)->isEnabled());
    auto *pane = window->findChild<DatastoreDetailsPane *>();
    auto *banner = pane->findChild<MessageBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"no longer holds the Account key of 'sales'"_s) && banner->text().contains(u"Update credentials"_s),
             qPrintable(banner->text()));
    // A yes/no field reads Yes or No, not the stored "true".
    QVERIFY(f->add(u"pg_tls"_s, StorageType::AzurePostgreSql, AuthKind::Sql,
                   {{u"server_name"_s, u"pg2"_s}, {u"database_name"_s, u"ev"_s}, {u"user_id"_s, u"reader"_s}, {u"enforce_ssl"_s, u"true"_s}},
                   {{u"user_password"_s, u"pw"_s}}));
    window->refreshAction()->trigger();
    QTRY_VERIFY(model->rowOf(u"pg_tls"_s) >= 0);
    click(u"pg_tls"_s);
    QLabel *tls = nullptr;
    QTRY_VERIFY((tls = window->findChild<QLabel *>(u"field_enforce_ssl"_s)) != nullptr);
    QCOMPARE(tls->text(), u"Yes"_s);
    click(u"sales"_s);
    QTRY_VERIFY((secret = window->findChild<QLineEdit *>(u"secret_account_key"_s)) != nullptr);
    // The details fields carry accessible names.
    QCOMPARE(window->findChild<QLabel *>(u"field_account_name"_s)->accessibleName(), u"Storage account"_s);
    QCOMPARE(secret->accessibleName(), u"Account key"_s);
}

void tst_MainWindow::aTemporaryKeyringIsAnnounced()
{
    qputenv("DSSTUDIO_TEMPORARY_KEYRING", "1");
    MainWindow other(f->manager.get(), model.get(), SupportMatrix::builtin());
    qunsetenv("DSSTUDIO_TEMPORARY_KEYRING");
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    auto *notice = other.findChild<MessageBanner *>(u"temporaryKeyringNotice"_s);
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->text().contains(u"temporary keyring"_s) && notice->text().contains(u"lost"_s), qPrintable(notice->text()));
    QVERIFY(!window->findChild<MessageBanner *>(u"temporaryKeyringNotice"_s)->isVisible()); // not without one
}

void tst_MainWindow::newWorkspaceFromTheSwitcher()
{
    auto *combo = window->findChild<QComboBox *>(u"workspaceCombo"_s);
    const int item = combo->findText(u"New local workspace…"_s);
    QVERIFY(item >= 0);
    combo->setCurrentIndex(item);
    emit combo->activated(item);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QInputDialog *>(u"newWorkspaceDialog"_s)) != nullptr);
    dialog->setTextValue(u"team-b"_s);
    dialog->accept();
    QTRY_COMPARE(f->manager->currentName(), u"team-b"_s);
    QTRY_COMPARE(view->model()->rowCount(), 2); // a new workspace: just the built-in datastores
    QCOMPARE(combo->currentText(), u"team-b"_s);
    QVERIFY(window->windowTitle().contains(u"team-b"_s));
    // Back to the first workspace through the switcher.
    const int first = combo->findText(u"default"_s);
    combo->setCurrentIndex(first);
    emit combo->activated(first);
    QTRY_COMPARE(view->model()->rowCount(), 5);
}

QPoint tst_MainWindow::rowCenter(const QString &name) const
{
    const QModelIndex source = model->index(model->rowOf(name), DatastoreListModel::NameColumn);
    const QModelIndex index = window->proxy()->mapFromSource(source);
    return view->visualRect(index).center();
}

void tst_MainWindow::click(const QString &name)
{
    const QPoint at = rowCenter(name);
    QVERIFY2(view->viewport()->rect().contains(at), qPrintable(name));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
}

QString tst_MainWindow::highlighted() const
{
    QStringList names;
    for (const QModelIndex &index : view->selectionModel()->selectedRows(DatastoreListModel::NameColumn))
        names << index.data().toString();
    return names.join(u',');
}

QString tst_MainWindow::detailsTitle() const
{
    return window->findChild<QLabel *>(u"detailsTitle"_s)->text();
}

void tst_MainWindow::contextMenu(const QPoint &pos, const QString &text)
{
    bool clicked = false;
    QString seen;
    const auto act = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            seen += action->text() + u'|';
            if (action->text().remove(u'&') == text && action->isEnabled()) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                clicked = true;
                return;
            }
        }
        menu->close();
    };
    whenMenuShows(act);
    emit view->customContextMenuRequested(pos);
    QVERIFY2(clicked, qPrintable(u"no enabled menu item "_s + text + u" in "_s + seen));
}

void tst_MainWindow::whenMenuShows(const std::function<void(QMenu *)> &then)
{
    // The popup is up once QMenu::exec() runs its own event loop; look for it from there.
    auto *poll = new QTimer(this);
    auto tries = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [poll, tries, then] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()); menu && menu->isVisible()) {
            poll->deleteLater();
            poll->stop();
            then(menu);
        } else if (++*tries > 200) {
            poll->deleteLater();
            poll->stop();
        }
    });
    poll->start(10);
}

void tst_MainWindow::doubleClick(const QString &name)
{
    // What a mouse sends: press, release, then the second press as a double-click, release.
    const QPoint at = rowCenter(name);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
}

void tst_MainWindow::aClickSelectsAndShowsTheDatastore()
{
    click(u"sales"_s);
    QCOMPARE(highlighted(), u"sales"_s);
    QVERIFY2(detailsTitle().startsWith(u"sales"_s), qPrintable(detailsTitle()));
    QVERIFY(window->setDefaultAction()->isEnabled());
    QVERIFY(window->credentialsAction()->isEnabled());
    QVERIFY(window->unregisterAction()->isEnabled());
    QVERIFY(window->findChild<QLineEdit *>(u"secret_account_key"_s));
    click(u"events"_s);
    QCOMPARE(highlighted(), u"events"_s);
    QVERIFY2(detailsTitle().startsWith(u"events"_s), qPrintable(detailsTitle()));
    QVERIFY(!window->setDefaultAction()->isEnabled()); // PostgreSQL cannot be the default
    // Ctrl+click takes the row out of the selection: nothing is selected, nothing acts.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rowCenter(u"events"_s));
    QCOMPARE(highlighted(), QString());
    QCOMPARE(detailsTitle(), u"No datastore selected"_s);
    QVERIFY(!window->unregisterAction()->isEnabled());
    // The keyboard goes the same way.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(!highlighted().isEmpty());
    QVERIFY2(detailsTitle().startsWith(highlighted()), qPrintable(detailsTitle() + u" / "_s + highlighted()));
}

void tst_MainWindow::atStartTheHighlightAndTheDetailsAgree()
{
    QTRY_VERIFY(!highlighted().isEmpty());
    QCOMPARE(highlighted(), u"events"_s); // the first row
    QVERIFY2(detailsTitle().startsWith(u"events"_s), qPrintable(detailsTitle()));
    QVERIFY(window->unregisterAction()->isEnabled());
}

void tst_MainWindow::doubleClickBrowsesWhereTheTypeCanBeBrowsed()
{
    SharedFileShare share;
    QVERIFY(share.start(*f, {{u"readme.md"_s, "# hi"}}));
    QVERIFY(f->add(u"oldlake"_s, StorageType::AzureDataLakeGen1, AuthKind::ServicePrincipal,
                   {{u"store_name"_s, u"oldlake"_s}, {u"tenant_id"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s},
                    {u"client_id"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s}},
                   {{u"client_secret"_s, u"s"_s}}));
    QTRY_COMPARE(view->model()->rowCount(), 7);
    QNetworkAccessManager network;
    StorageHttp http(&network);
    DatastoreConnector connector(&http, SupportMatrix::builtin());
    window->setConnector(&connector);
    // A DBFS datastore without its Databricks connection cannot be reached: the window says
    // what to give, nothing opens.
    connector.setSecretStore(&f->secrets);
    doubleClick(u"spark"_s);
    QCOMPARE(highlighted(), u"spark"_s);
    QTRY_VERIFY2(window->banner()->text().contains(u"Databricks"_s), qPrintable(window->banner()->text()));
    QVERIFY(!window->lastBrowser());
    doubleClick(u"shared"_s);
    QTRY_VERIFY(window->lastBrowser());
    QVERIFY(window->lastBrowser()->windowTitle().startsWith(u"shared"_s));
    delete window->lastBrowser();
    // Enter on the selected row does the same.
    click(u"shared"_s);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(window->lastBrowser());
    delete window->lastBrowser();
}

void tst_MainWindow::aDbfsConnectionIsGivenChangedAndForgottenFromTheWindow()
{
    FakeDbfsServer dbfs;
    QVERIFY(dbfs.start());
    dbfs.putFile(u"/mnt/raw/events.csv"_s, "a,b\n1,2\n");
    ConnectorFixture reach(&f->secrets);
    window->setConnector(&reach.connector);
    const auto kept = [this] { return f->browseConnection(u"spark"_s); };
    const auto openDialog = [this] {
        CredentialsDialog *dialog = nullptr;
        contextMenu(rowCenter(u"spark"_s), u"Update credentials…"_s);
        [&] { QTRY_VERIFY((dialog = window->findChild<CredentialsDialog *>()) != nullptr); }();
        return dialog;
    };
    // A DBFS record holds no credential, yet the action is there: for the studio's connection.
    click(u"spark"_s);
    QVERIFY(window->credentialsAction()->isEnabled());
    QVERIFY2(window->credentialsAction()->toolTip().contains(u"Databricks connection"_s), qPrintable(window->credentialsAction()->toolTip()));
    CredentialsDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QComboBox *>(u"credAuthCombo"_s)->isVisible());
    auto *url = dialog->findChild<QLineEdit *>(u"field_"_s + BrowseConnections::UrlField);
    auto *token = dialog->findChild<QLineEdit *>(u"field_"_s + BrowseConnections::TokenField);
    QVERIFY(url && token);
    QTRY_VERIFY(!dialog->findChild<QProgressBar *>(u"credProgress"_s)->isVisible()); // the current one read: none
    QCOMPARE(url->text(), QString());
    QTest::keyClicks(url, dbfs.base());
    QTest::keyClicks(token, FakeDbfsServer::Token);
    auto *save = dialog->findChild<QDialogButtonBox *>(u"credentialsButtons"_s)->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<CredentialsDialog *>());
    QCOMPARE(kept(), (SecretMap{{BrowseConnections::UrlField, dbfs.base()}, {BrowseConnections::TokenField, FakeDbfsServer::Token}}));
    QVERIFY(window->banner()->text().contains(u"'spark'"_s));
    // Now it browses.
    doubleClick(u"spark"_s);
    QTRY_VERIFY(window->lastBrowser());
    auto *browserView = window->lastBrowser()->findChild<QAbstractItemView *>(u"entryList"_s);
    QVERIFY(browserView);
    QTRY_VERIFY(!browserView->model()->match(browserView->model()->index(0, 0), Qt::DisplayRole, u"mnt"_s, 1, Qt::MatchStartsWith).isEmpty());
    delete window->lastBrowser();
    // The dialog shows what is kept; a token Databricks refuses changes nothing.
    dialog = openDialog();
    url = dialog->findChild<QLineEdit *>(u"field_"_s + BrowseConnections::UrlField);
    token = dialog->findChild<QLineEdit *>(u"field_"_s + BrowseConnections::TokenField);
    QTRY_COMPARE(url->text(), dbfs.base());
    token->selectAll();
    QTest::keyClicks(token, u"dapi-revoked"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"credentialsButtons"_s)->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(dialog->banner()->isVisible());
    QVERIFY2(dialog->banner()->text().contains(u"not changed"_s) && dialog->banner()->text().contains(u"Invalid access token"_s),
             qPrintable(dialog->banner()->text()));
    QCOMPARE(kept().value(BrowseConnections::TokenField), FakeDbfsServer::Token);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"credentialsButtons"_s)->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<CredentialsDialog *>());
    // Unregistering the datastore forgets its connection.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    contextMenu(rowCenter(u"spark"_s), u"Unregister"_s);
    QTRY_VERIFY(!f->find(u"spark"_s));
    QTRY_VERIFY(kept().isEmpty());
}

namespace {

// Answers the next file dialog as a person does: puts `path` into its file name box and
// presses Enter.
void typeIntoFileDialog(const QString &path)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if ((*waited += 10) > 5000)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(name);
        // Pasted, as one would a path: typed, the box's completer pops up and takes the Return.
        name->setFocus();
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    timer->start();
}

} // namespace

void tst_MainWindow::yamlImportedThroughTheWizardAndExportedBack()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"landing.yml"_s);
    {
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray text = QByteArray("$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json\n"
                "name: landing_zone\n"
                "type: azure_blob\n"
                "description: Raw uploads from the field team.\n"
                "account_name: contosoland\n"
                "container_name: landing\n"
                "protocol: wasbs\n"
                "credentials:\n"
                "  account_key: ") + NewKey.toUtf8() + "\ntags:\n  team: field\n";
        f.write(text);
    }
    // Import: the file dialog, then the wizard, filled in, at its summary.
    click(u"sales"_s);
    typeIntoFileDialog(in);
    QTest::keyClick(view, Qt::Key_I, Qt::ControlModifier);
    RegisterDatastoreWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window->findChild<RegisterDatastoreWizard *>()) != nullptr);
    QTRY_COMPARE(wizard->currentId(), int(RegisterDatastoreWizard::SummaryPageId));
    const QString summary = wizard->findChild<QLabel *>(u"summaryText"_s)->text();
    QVERIFY2(summary.contains(u"contosoland"_s) && summary.contains(u"Raw uploads from the field team."_s) && summary.contains(u"team=field"_s),
             qPrintable(summary));
    QVERIFY(!summary.contains(NewKey));
    // Back shows what the file filled in.
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    auto *key = wizard->findChild<QLineEdit *>(u"field_account_key"_s);
    QVERIFY(key && key->isVisible());
    QCOMPARE(key->text(), NewKey);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QSignalSpy accepted(wizard, &QDialog::accepted);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(accepted.wait());
    const auto ds = f->find(u"landing_zone"_s);
    QVERIFY(ds);
    QCOMPARE(ds->description, u"Raw uploads from the field team."_s);
    QCOMPARE(ds->tags, (QMap<QString, QString>{{u"team"_s, u"field"_s}}));
    QCOMPARE(ds->field(u"protocol"_s), u"wasbs"_s);
    QCOMPARE(f->secrets.entries().value(f->key(u"landing_zone"_s, u"account_key"_s)), NewKey);
    QTRY_COMPARE(highlighted(), u"landing_zone"_s);

    // Export without the secret: the file says how to give it.
    const QString bare = dir.filePath(u"bare.yml"_s);
    MessageBox::setNextAnswer(QMessageBox::No);
    typeIntoFileDialog(bare);
    window->activateWindow(); // back from the wizard, as the window manager does
    QTRY_VERIFY(window->isActiveWindow());
    click(u"landing_zone"_s);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY2(QFile::exists(bare), qPrintable(window->banner()->text() + u" | "_s + window->exportYamlAction()->toolTip()));
    QVERIFY2(MessageBox::lastQuestion().contains(u"secret of 'landing_zone'"_s), qPrintable(MessageBox::lastQuestion()));
    QFile b(bare);
    QVERIFY(b.open(QIODevice::ReadOnly));
    const QByteArray bareText = b.readAll();
    QVERIFY(!bareText.contains(NewKey.toUtf8()));
    QVERIFY(bareText.startsWith("# left out: account_key"));
    QTRY_VERIFY(window->banner()->text().contains(u"Exported 'landing_zone'"_s));
    // With it: the same datastore again, the file its owner's only.
    const QString full = dir.filePath(u"full.yml"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    typeIntoFileDialog(full);
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(QFile::exists(full));
    QCOMPARE(QFile::permissions(full) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QFile g(full);
    QVERIFY(g.open(QIODevice::ReadOnly));
    const auto back = DatastoreYaml::read(SupportMatrix::builtin(), g.readAll(), u"full.yml"_s);
    QVERIFY2(back, qPrintable(back.error().message));
    QCOMPARE(back.value().datastore.fields, ds->fields);
    QCOMPARE(back.value().datastore.description, ds->description);
    QCOMPARE(back.value().datastore.tags, ds->tags);
    QCOMPARE(back.value().secrets.value(u"account_key"_s), NewKey);
    // A type az ml has no YAML for: the action says why it is off.
    click(u"events"_s);
    QVERIFY(!window->exportYamlAction()->isEnabled());
    QVERIFY(window->exportYamlAction()->toolTip().contains(u"no az ml YAML"_s));
}

void tst_MainWindow::contextMenuActsOnTheRowUnderTheCursor()
{
    click(u"sales"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    contextMenu(rowCenter(u"events"_s), u"Unregister"_s);
    QVERIFY2(MessageBox::lastQuestion().contains(u"'events'"_s), qPrintable(MessageBox::lastQuestion()));
    QCOMPARE(highlighted(), u"events"_s);
    QVERIFY2(detailsTitle().startsWith(u"events"_s), qPrintable(detailsTitle()));
    // Set as default from the menu on another row acts on that row.
    contextMenu(rowCenter(u"sales"_s), u"Set as default"_s);
    QTRY_VERIFY(f->find(u"sales"_s)->isDefault);
    QTRY_COMPARE(highlighted(), u"sales"_s);
    // On empty space below the rows the menu has nothing to act on.
    const QPoint below(5, view->viewport()->height() - 3);
    QVERIFY(!view->indexAt(below).isValid());
    bool unregisterEnabled = true;
    whenMenuShows([&](QMenu *menu) {
        for (QAction *action : menu->actions())
            if (action->text().remove(u'&') == u"Unregister"_s)
                unregisterEnabled = action->isEnabled();
        menu->close();
    });
    emit view->customContextMenuRequested(below);
    QVERIFY(!unregisterEnabled);
    QCOMPARE(highlighted(), QString());
}

void tst_MainWindow::selectionStaysOnTheDatastoreAnActionConcerned()
{
    // Set as default: the selection stays on the new default.
    click(u"sales"_s);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(f->find(u"sales"_s)->isDefault);
    QTRY_VERIFY(!window->findChild<QProgressBar *>(u"busyIndicator"_s)->isVisible());
    QCOMPARE(highlighted(), u"sales"_s);
    // Then the user picks another row and refreshes: it stays there, not on the last action's.
    click(u"spark"_s);
    QTest::keyClick(view, Qt::Key_F5);
    QTRY_VERIFY(!window->findChild<QProgressBar *>(u"busyIndicator"_s)->isVisible());
    QTest::qWait(20);
    QCOMPARE(highlighted(), u"spark"_s);
    // A change made elsewhere (another window, the CLI) refreshes the list: still spark.
    QVERIFY(f->add(u"aaa_first"_s, StorageType::Dbfs, AuthKind::None, {}));
    QTRY_COMPARE(view->model()->rowCount(), 6);
    QTest::qWait(20);
    QCOMPARE(highlighted(), u"spark"_s);
    // Update credentials: the selection stays on the datastore whose key was rotated.
    click(u"events"_s);
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
    CredentialsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<CredentialsDialog *>()) != nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"field_user_password"_s), u"new-password"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"credentialsButtons"_s)->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<CredentialsDialog *>());
    QTRY_VERIFY(!window->findChild<QProgressBar *>(u"busyIndicator"_s)->isVisible());
    QTest::qWait(20);
    QCOMPARE(highlighted(), u"events"_s);
    // And a refresh after it does not send the selection back to an earlier action's row.
    click(u"workspacefilestore"_s);
    QTest::keyClick(view, Qt::Key_F5);
    QTRY_VERIFY(!window->findChild<QProgressBar *>(u"busyIndicator"_s)->isVisible());
    QTest::qWait(20);
    QCOMPARE(highlighted(), u"workspacefilestore"_s);
}

void tst_MainWindow::unregisterMovesTheSelectionToANeighbour()
{
    click(u"sales"_s); // rows: events, sales, spark, workspaceblobstore, workspacefilestore
    MessageBox::setNextAnswer(QMessageBox::Yes);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(MessageBox::lastQuestion().contains(u"'sales'"_s));
    QTRY_VERIFY(!f->find(u"sales"_s));
    QTRY_COMPARE(view->model()->rowCount(), 4);
    QTRY_COMPARE(highlighted(), u"spark"_s); // the row below
    QVERIFY2(detailsTitle().startsWith(u"spark"_s), qPrintable(detailsTitle()));
    // The last row's neighbour is the one above it.
    click(u"workspacefilestore"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(!f->find(u"workspacefilestore"_s));
    QTRY_COMPARE(highlighted(), u"workspaceblobstore"_s);
    // A following Del asks about the highlighted row, which cannot be unregistered: nothing asked.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    const QString before = MessageBox::lastQuestion();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(MessageBox::lastQuestion(), before);
    QVERIFY(f->find(u"workspaceblobstore"_s));
}

void tst_MainWindow::journeyWithTheMouse()
{
    // Pick a datastore with the mouse, make it the default from the toolbar, pick another,
    // rotate its credential from the context menu, unregister it with Del.
    click(u"sales"_s);
    QToolBar *bar = window->findChild<QToolBar *>(u"mainToolBar"_s);
    QWidget *setDefault = bar->widgetForAction(window->setDefaultAction());
    QVERIFY(setDefault && setDefault->isEnabled());
    QVERIFY(!setDefault->accessibleName().isEmpty());
    QTest::mouseClick(setDefault, Qt::LeftButton);
    QTRY_VERIFY(f->find(u"sales"_s)->isDefault);
    QTRY_VERIFY(!setDefault->isEnabled()); // already the default
    QCOMPARE(highlighted(), u"sales"_s);
    click(u"events"_s);
    contextMenu(rowCenter(u"events"_s), u"Update credentials…"_s);
    CredentialsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<CredentialsDialog *>()) != nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"field_user_password"_s), u"rotated"_s);
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"field_user_password"_s), Qt::Key_Return);
    QTRY_COMPARE(f->secrets.entries().value(f->key(u"events"_s, u"user_password"_s)), u"rotated"_s);
    QTRY_VERIFY(!window->findChild<CredentialsDialog *>());
    QTRY_COMPARE(highlighted(), u"events"_s);
    QTRY_VERIFY(window->unregisterAction()->isEnabled());
    window->activateWindow(); // the window manager's part once the dialog is gone
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY2(MessageBox::lastQuestion().contains(u"'events'"_s), qPrintable(MessageBox::lastQuestion() + u" focus="_s + (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"none"_s)));
    QTRY_VERIFY(!f->find(u"events"_s));
    QTRY_COMPARE(highlighted(), u"sales"_s);
    QVERIFY(detailsTitle().startsWith(u"sales"_s));
}

void tst_MainWindow::quitWithTransfersRunningAsksAndEndsEverything()
{
    auto *client = new MemoryStorageClient;
    client->put(u"a.txt"_s, "hello");
    Datastore ds;
    ds.name = u"sales"_s;
    QPointer<StorageBrowserWindow> browser = new StorageBrowserWindow(ds, client); // as Browse opens it
    browser->setAttribute(Qt::WA_DeleteOnClose);
    window->addBrowser(browser);
    browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(browser.data()));
    QTemporaryDir dir;
    const auto startHeldDownload = [&](const QString &name) {
        client->setHoldReplies(true);
        browser->transfers()->download(u"a.txt"_s, dir.filePath(name));
        QTRY_VERIFY(client->heldCount() > 0);
    };
    const auto pressCtrlQ = [&] {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q, Qt::ControlModifier);
    };
    QSignalSpy quit(window.get(), &MainWindow::quitRequested);
    // Ctrl+Q with a transfer running asks; Stay keeps everything as it was.
    startHeldDownload(u"first.txt"_s);
    QString asked;
    answerWhenAsked(u"quitWithTransfersQuestion"_s, u"Stay"_s, false, [&](const QString &text) { asked = text; });
    pressCtrlQ();
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(u"1 transfer"_s), qPrintable(asked));
    QVERIFY(window->isVisible() && browser && browser->isVisible());
    QCOMPARE(quit.count(), 0);
    // Quit when finished: the windows go at once, the application ends when the transfer has.
    answerWhenAsked(u"quitWithTransfersQuestion"_s, u"Quit when finished"_s);
    pressCtrlQ();
    QTRY_VERIFY(!window->isVisible());
    QVERIFY(!browser || !browser->isVisible());
    QCOMPARE(quit.count(), 0);
    client->setHoldReplies(false);
    client->release();
    QTRY_COMPARE(quit.count(), 1);
    QVERIFY(QFile::exists(dir.filePath(u"first.txt"_s)));
    QTRY_VERIFY(!browser); // closed and deleted: nothing is left behind
}

void tst_MainWindow::aRowClickedWhileARefreshRunsStaysSelected()
{
    // Set "sales" as the default, and before the refresh that follows is in, click "events":
    // the refresh must not take the selection back to "sales" (a remote workspace answers
    // slowly enough for a person to do this).
    click(u"sales"_s);
    QCOMPARE(highlighted(), u"sales"_s);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    click(u"events"_s);
    QCOMPARE(highlighted(), u"events"_s);
    QTRY_VERIFY(f->find(u"sales"_s)->isDefault);
    QTRY_VERIFY(!model->isLoading());
    QTest::qWait(50);
    QCOMPARE(highlighted(), u"events"_s);
    QCOMPARE(detailsTitle().contains(u"events"_s), true);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
