#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QClipboard>
#include <QNetworkAccessManager>
#include <QTest>

#include "services/net/storagehttp.h"
#include "services/workspace/browseconnections.h"
#include "services/workspace/datastoreconnector.h"
#include "support/fakedbfsserver.h"
#include "support/guifixture.h"
#include "ui/messagebanner.h"
#include "ui/wizard/registerdatastorewizard.h"

using namespace Qt::Literals::StringLiterals;
using Values = QMap<QString, QString>;

namespace {

const QString Key = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;
const QString Tenant = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;

QString sas(const QDateTime &expiry, const QString &permissions)
{
    return u"sv=2022-11-02&ss=b&srt=co&sp=%1&se=%2&sig=c2lnbmF0dXJl"_s.arg(permissions, expiry.toString(Qt::ISODate));
}

} // namespace

class tst_RegisterWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void registersEachType_data();
    void registersEachType();
    void keyboardOnly();
    void badInputKeepsNextDisabledWithTheReason();
    void connectionStringFillsTheFields_data();
    void connectionStringFillsTheFields();
    void aTypedConnectionStringWaitsAndTabReachesIt();
    void aBlobOnlyOrExpiredSasIsFlaggedOnTheSummary();
    void sasTokenIsExplained_data();
    void sasTokenIsExplained();
    void goingBackLosesNothing();
    void overwriteOnlyWhenTheNameExists();
    void failedAccessCheckOffersRegisteringWithoutValidation();
    void cancelWhileRegistering();
    void dbfsChecksAndKeepsItsDatabricksConnection();
    void dbfsWithoutAUrlIsRegisteredUncheckedOnlyWhenAsked();

private:
    void open(const QStringList &existing = {});
    void chooseType(StorageType type);
    void next();
    void type(const QString &field, const QString &value);
    QAbstractButton *button(QWizard::WizardButton which) const { return m_wizard->button(which); }
    template<typename T>
    T *child(const QString &name) const { return m_wizard->findChild<T *>(name); }

    std::unique_ptr<GuiFixture> f;
    std::unique_ptr<RegisterDatastoreWizard> m_wizard;
};

void tst_RegisterWizard::init()
{
    quietOffscreenWarnings();
    f = std::make_unique<GuiFixture>();
}

void tst_RegisterWizard::cleanup()
{
    m_wizard.reset();
    f.reset();
}

void tst_RegisterWizard::open(const QStringList &existing)
{
    QStringList names = existing;
    names << u"workspaceblobstore"_s << u"workspacefilestore"_s;
    m_wizard = std::make_unique<RegisterDatastoreWizard>(f->ws(), SupportMatrix::builtin(), names);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void tst_RegisterWizard::chooseType(StorageType t)
{
    auto *table = child<QTableWidget>(u"typeTable"_s);
    QVERIFY(table);
    const QString label = SupportMatrix::builtin().type(t).label;
    const auto items = table->findItems(label, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    // Clicked as a person does: on the row's cell in the viewport.
    table->scrollToItem(items.first());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(items.first()).center());
    QCOMPARE(m_wizard->storageType(), t);
}

void tst_RegisterWizard::next()
{
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
}

void tst_RegisterWizard::type(const QString &field, const QString &value)
{
    QWidget *editor = child<QWidget>(u"field_"_s + field);
    QVERIFY2(editor, qPrintable(field));
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->clear();
        QTest::keyClicks(edit, value);
        QCOMPARE(edit->text(), value);
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(value == u"true"_s);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(value);
    }
}

void tst_RegisterWizard::registersEachType_data()
{
    QTest::addColumn<int>("storageType");
    QTest::addColumn<Values>("connection");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<Values>("authFields");
    QTest::addColumn<QString>("account");

    QTest::newRow("blob") << int(StorageType::AzureBlob) << Values{{u"account_name"_s, u"contoso"_s}, {u"container_name"_s, u"raw"_s}}
                          << u"Account key"_s << Values{{u"account_key"_s, Key}} << u"contoso"_s;
    QTest::newRow("file") << int(StorageType::AzureFile) << Values{{u"account_name"_s, u"contoso"_s}, {u"file_share_name"_s, u"share1"_s}}
                          << u"SAS token"_s << Values{{u"sas_token"_s, sas(QDateTime::currentDateTimeUtc().addYears(1), u"rl"_s)}} << u"contoso"_s;
    QTest::newRow("gen1") << int(StorageType::AzureDataLakeGen1) << Values{{u"store_name"_s, u"contosolake"_s}} << u"Service principal"_s
                          << Values{{u"tenant_id"_s, Tenant}, {u"client_id"_s, Tenant}, {u"client_secret"_s, u"s3cret"_s}} << u"contosolake"_s;
    QTest::newRow("gen2") << int(StorageType::AzureDataLakeGen2) << Values{{u"account_name"_s, u"contosogen2"_s}, {u"filesystem"_s, u"curated"_s}}
                          << u"Service principal"_s << Values{{u"tenant_id"_s, Tenant}, {u"client_id"_s, Tenant}, {u"client_secret"_s, u"s3cret"_s}}
                          << u"contosogen2"_s;
    QTest::newRow("sql") << int(StorageType::AzureSqlDatabase) << Values{{u"server_name"_s, u"contoso-sql"_s}, {u"database_name"_s, u"sales"_s}}
                         << u"SQL authentication"_s << Values{{u"user_id"_s, u"reader"_s}, {u"user_password"_s, u"pw"_s}} << u"contoso-sql"_s;
    QTest::newRow("postgresql") << int(StorageType::AzurePostgreSql)
                                << Values{{u"server_name"_s, u"contoso-pg"_s}, {u"database_name"_s, u"events"_s}, {u"port"_s, u"6432"_s}, {u"enforce_ssl"_s, u"false"_s}}
                                << u"SQL authentication"_s << Values{{u"user_id"_s, u"reader"_s}, {u"user_password"_s, u"pw"_s}} << u"contoso-pg"_s;
    QTest::newRow("mysql") << int(StorageType::AzureMySql) << Values{{u"server_name"_s, u"contoso-my"_s}, {u"database_name"_s, u"crm"_s}}
                           << u"SQL authentication"_s << Values{{u"user_id"_s, u"reader"_s}, {u"user_password"_s, u"pw"_s}} << u"contoso-my"_s;
    QTest::newRow("dbfs") << int(StorageType::Dbfs) << Values{} << u"None"_s << Values{} << QString();
}

void tst_RegisterWizard::registersEachType()
{
    QFETCH(int, storageType);
    QFETCH(Values, connection);
    QFETCH(QString, auth);
    QFETCH(Values, authFields);
    QFETCH(QString, account);
    const StorageType t = StorageType(storageType);
    open();
    chooseType(t);
    next();
    QTest::keyClicks(child<QLineEdit>(u"nameEdit"_s), u"new_"_s + StorageTypes::id(t));
    for (auto it = connection.begin(); it != connection.end(); ++it)
        type(it.key(), it.value());
    next();
    auto *kind = child<QComboBox>(u"authCombo"_s);
    kind->setCurrentIndex(kind->findText(auth));
    QCOMPARE(kind->currentText(), auth);
    for (auto it = authFields.begin(); it != authFields.end(); ++it)
        type(it.key(), it.value());
    next();
    // No access check exists for these types yet: the option says so and is off.
    QVERIFY(!child<QCheckBox>(u"validateCheck"_s)->isEnabled());
    QVERIFY(child<QLabel>(u"validateNote"_s)->text().contains(u"not available yet"_s));
    next();
    const QString summary = child<QLabel>(u"summaryText"_s)->text();
    QVERIFY(summary.contains(u"new_"_s + StorageTypes::id(t)));
    for (const QString &secret : {Key, u"s3cret"_s, u"pw"_s})
        QVERIFY2(!summary.contains(u">"_s + secret + u"<"_s), "the summary shows no secret");
    QSignalSpy accepted(m_wizard.get(), &QDialog::accepted);
    QVERIFY(button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(accepted.wait());
    const auto ds = f->find(u"new_"_s + StorageTypes::id(t));
    QVERIFY(ds);
    QCOMPARE(ds->type, t);
    QCOMPARE(ds->account(SupportMatrix::builtin()), account);
    for (auto it = connection.begin(); it != connection.end(); ++it)
        QCOMPARE(ds->field(it.key()), it.value());
    for (auto it = authFields.begin(); it != authFields.end(); ++it) {
        const FieldSpec *spec = SupportMatrix::builtin().type(t).field(it.key(), ds->auth);
        if (spec->secret)
            QCOMPARE(f->secrets.entries().value(f->key(ds->name, it.key())), it.value());
        else
            QCOMPARE(ds->field(it.key()), it.value());
    }
}

void tst_RegisterWizard::keyboardOnly()
{
    open();
    auto *table = child<QTableWidget>(u"typeTable"_s);
    table->setFocus();
    // Down to "Azure Database for PostgreSQL" (the sixth row), then Enter for Next.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(m_wizard->storageType(), StorageType::AzurePostgreSql);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_wizard->currentId(), int(RegisterDatastoreWizard::ConnectionPageId));
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(u"nameEdit"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"kb_pg"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(u"field_server_name"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"contoso-pg"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(u"field_database_name"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"events"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_wizard->currentId(), int(RegisterDatastoreWizard::AuthPageId));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(u"authCombo"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(u"field_user_id"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"reader"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(u"field_user_password"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"typed by keyboard"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_wizard->currentId(), int(RegisterDatastoreWizard::OptionsPageId));
    QTest::keyClick(m_wizard.get(), Qt::Key_N, Qt::AltModifier); // Alt+N: Next
    QTRY_COMPARE(m_wizard->currentId(), int(RegisterDatastoreWizard::SummaryPageId));
    QSignalSpy accepted(m_wizard.get(), &QDialog::accepted);
    QTest::keyClick(m_wizard.get(), Qt::Key_R, Qt::AltModifier); // Alt+R: Register
    QVERIFY(accepted.wait());
    const auto ds = f->find(u"kb_pg"_s);
    QVERIFY(ds);
    QCOMPARE(ds->field(u"port"_s), u"5432"_s);
    QCOMPARE(f->secrets.entries().value(f->key(u"kb_pg"_s, u"user_password"_s)), u"typed by keyboard"_s);
}

void tst_RegisterWizard::badInputKeepsNextDisabledWithTheReason()
{
    open();
    chooseType(StorageType::AzureBlob);
    next();
    auto *name = child<QLineEdit>(u"nameEdit"_s);
    auto *nextButton = button(QWizard::NextButton);
    QVERIFY(!nextButton->isEnabled());
    QVERIFY(child<QLabel>(u"connectionHint"_s)->text().contains(u"Enter a datastore name"_s));
    QTest::keyClicks(name, u"Sales data"_s);
    QVERIFY(!nextButton->isEnabled());
    QVERIFY(child<QLabel>(u"nameError"_s)->isVisible());
    QVERIFY(child<QLabel>(u"nameError"_s)->text().contains(u"'S' at position 1"_s));
    name->setText(u"sales_data"_s);
    QVERIFY(!child<QLabel>(u"nameError"_s)->isVisible());
    type(u"account_name"_s, u"Contoso!"_s);
    type(u"container_name"_s, u"raw"_s);
    QVERIFY(!nextButton->isEnabled());
    auto *accountError = child<QLabel>(u"error_account_name"_s);
    QVERIFY(accountError->isVisible());
    QVERIFY(accountError->text().contains(u"3 to 24 lowercase letters and digits"_s));
    QVERIFY(child<QLabel>(u"connectionHint"_s)->text().contains(u"Storage account"_s));
    type(u"endpoint"_s, u"http://example.com/acct"_s);
    type(u"account_name"_s, u"contoso"_s);
    QVERIFY(!nextButton->isEnabled());
    QVERIFY(child<QLabel>(u"error_endpoint"_s)->text().contains(u"loopback"_s));
    type(u"endpoint"_s, u"core.windows.net"_s);
    QVERIFY(nextButton->isEnabled());
    next();
    // Auth: an empty key keeps Next disabled; a non-base64 key says why, without quoting it.
    QVERIFY(!nextButton->isEnabled());
    type(u"account_key"_s, u"secret!!"_s);
    QVERIFY(!nextButton->isEnabled());
    QVERIFY(child<QLabel>(u"error_account_key"_s)->text().contains(u"base64"_s));
    QVERIFY(!child<QLabel>(u"error_account_key"_s)->text().contains(u"secret!!"_s));
    QVERIFY(child<QLabel>(u"authHint"_s)->text().contains(u"base64"_s));
    type(u"account_key"_s, Key);
    QVERIFY(nextButton->isEnabled());
}

void tst_RegisterWizard::connectionStringFillsTheFields_data()
{
    QTest::addColumn<int>("storageType");
    QTest::addColumn<QString>("connectionString");
    QTest::addColumn<Values>("expected");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("secretField");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("status");

    QTest::newRow("portal, account key")
        << int(StorageType::AzureBlob) << u"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=%1;EndpointSuffix=core.windows.net"_s.arg(Key)
        << Values{{u"account_name"_s, u"contoso"_s}, {u"endpoint"_s, u"core.windows.net"_s}, {u"protocol"_s, u"https"_s}}
        << u"Account key"_s << u"account_key"_s << Key << u"account key goes to the authentication page"_s;
    QTest::newRow("emulator shortcut")
        << int(StorageType::AzureBlob) << u"UseDevelopmentStorage=true"_s
        << Values{{u"account_name"_s, u"devstoreaccount1"_s}, {u"endpoint"_s, u"http://127.0.0.1:10000/devstoreaccount1"_s}, {u"protocol"_s, u"http"_s}}
        << u"Account key"_s << u"account_key"_s << Key << u"devstoreaccount1"_s;
    QTest::newRow("explicit emulator endpoints with SAS")
        << int(StorageType::AzureFile)
        << u"BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;FileEndpoint=http://127.0.0.1:10004/devstoreaccount1;SharedAccessSignature=?sv=2022-11-02&ss=f&sp=rl&sig=abc"_s
        << Values{{u"account_name"_s, u"devstoreaccount1"_s}, {u"endpoint"_s, u"http://127.0.0.1:10004/devstoreaccount1"_s}, {u"protocol"_s, u"http"_s}}
        << u"SAS token"_s << u"sas_token"_s << u"sv=2022-11-02&ss=f&sp=rl&sig=abc"_s << u"SAS token goes"_s;
    QTest::newRow("standard service endpoint")
        << int(StorageType::AzureBlob) << u"BlobEndpoint=https://contoso.blob.core.usgovcloudapi.net;SharedAccessSignature=sv=1&sig=2"_s
        << Values{{u"account_name"_s, u"contoso"_s}, {u"endpoint"_s, u"core.usgovcloudapi.net"_s}, {u"protocol"_s, u"https"_s}}
        << u"SAS token"_s << u"sas_token"_s << u"sv=1&sig=2"_s << u"Filled in account contoso"_s;
    QTest::newRow("private endpoint URL")
        << int(StorageType::AzureBlob) << u"BlobEndpoint=https://contoso.privatelink.blob.core.windows.net/;SharedAccessSignature=sv=1&sig=2"_s
        << Values{{u"account_name"_s, u"contoso"_s}, {u"endpoint"_s, u"https://contoso.privatelink.blob.core.windows.net"_s}, {u"protocol"_s, u"https"_s}}
        << u"SAS token"_s << u"sas_token"_s << u"sv=1&sig=2"_s << u"Filled in account contoso"_s;
    QTest::newRow("emulator has no file service")
        << int(StorageType::AzureFile) << u"UseDevelopmentStorage=true"_s << Values{} << QString() << QString() << QString()
        << u"serves only Blob storage"_s;
    QTest::newRow("garbage") << int(StorageType::AzureBlob) << u"hello world"_s << Values{} << QString() << QString() << QString()
                             << u"is not 'name=value'"_s;
}

void tst_RegisterWizard::aTypedConnectionStringWaitsAndTabReachesIt()
{
    open();
    chooseType(StorageType::AzureBlob);
    next();
    auto *name = child<QLineEdit>(u"nameEdit"_s);
    auto *cs = child<QLineEdit>(u"connectionStringEdit"_s);
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClick(name, Qt::Key_Tab);
    QTRY_VERIFY2(cs->hasFocus(), QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()) : "no focus");
    // Typed: "AccountName=x" parses long before the key is complete; nothing is consumed yet.
    const QString text = u"AccountName=typedacct;AccountKey=%1;EndpointSuffix=core.windows.net"_s.arg(Key);
    QTest::keyClicks(cs, text);
    QCOMPARE(cs->text(), text); // nothing lost while typing
    QVERIFY(child<QLineEdit>(u"field_account_name"_s)->text().isEmpty());
    QTest::keyClick(cs, Qt::Key_Return); // finished: now it is applied
    QTRY_COMPARE(child<QLineEdit>(u"field_account_name"_s)->text(), u"typedacct"_s);
    QVERIFY(cs->text().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(QApplication::focusWidget() != cs);
}

void tst_RegisterWizard::connectionStringFillsTheFields()
{
    QFETCH(int, storageType);
    QFETCH(QString, connectionString);
    QFETCH(Values, expected);
    QFETCH(QString, auth);
    QFETCH(QString, secretField);
    QFETCH(QString, secret);
    QFETCH(QString, status);
    open();
    chooseType(StorageType(storageType));
    next();
    auto *cs = child<QLineEdit>(u"connectionStringEdit"_s);
    QVERIFY(cs->isVisible());
    QCOMPARE(cs->echoMode(), QLineEdit::Password);
    QApplication::clipboard()->setText(connectionString);
    cs->setFocus();
    QTest::keyClick(cs, Qt::Key_V, Qt::ControlModifier); // a paste
    QVERIFY2(child<QLabel>(u"connectionStringStatus"_s)->text().contains(status), qPrintable(child<QLabel>(u"connectionStringStatus"_s)->text()));
    if (expected.isEmpty())
        return;
    QVERIFY(cs->text().isEmpty()); // the secret is not kept twice
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QWidget *editor = child<QWidget>(u"field_"_s + it.key());
        const QString value = qobject_cast<QLineEdit *>(editor) ? qobject_cast<QLineEdit *>(editor)->text()
                                                                : qobject_cast<QComboBox *>(editor)->currentText();
        QCOMPARE(value, it.value());
    }
    type(storageType == int(StorageType::AzureBlob) ? u"container_name"_s : u"file_share_name"_s, u"data"_s);
    QTest::keyClicks(child<QLineEdit>(u"nameEdit"_s), u"from_connection_string"_s);
    next();
    QCOMPARE(child<QComboBox>(u"authCombo"_s)->currentText(), auth);
    QCOMPARE(child<QLineEdit>(u"field_"_s + secretField)->text(), secret);
}

void tst_RegisterWizard::sasTokenIsExplained_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("mentions");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTest::newRow("good") << sas(now.addYears(1), u"rl"_s) << u"Permissions: read, list"_s;
    QTest::newRow("expired") << sas(now.addDays(-2), u"rl"_s) << u"expired on"_s;
    QTest::newRow("expires soon") << sas(now.addDays(3), u"rl"_s) << u"expires within 7 days"_s;
    QTest::newRow("cannot list") << sas(now.addYears(1), u"r"_s) << u"lacks the list permission(s) that browsing needs"_s;
    QTest::newRow("cannot read or list") << sas(now.addYears(1), u"w"_s) << u"lacks the list and read permission(s)"_s;
    QTest::newRow("resource types") << sas(now.addYears(1), u"rl"_s) << u"Resource types: container, object"_s;
    QTest::newRow("service SAS") << u"sv=2022-11-02&sr=c&sp=rl&se=2099-01-01&sig=x"_s << u"service SAS"_s;
}

void tst_RegisterWizard::sasTokenIsExplained()
{
    QFETCH(QString, token);
    QFETCH(QString, mentions);
    open();
    chooseType(StorageType::AzureBlob);
    next();
    type(u"account_name"_s, u"contoso"_s);
    type(u"container_name"_s, u"raw"_s);
    QTest::keyClicks(child<QLineEdit>(u"nameEdit"_s), u"with_sas"_s);
    next();
    auto *kind = child<QComboBox>(u"authCombo"_s);
    kind->setCurrentIndex(kind->findText(u"SAS token"_s));
    type(u"sas_token"_s, token);
    const QString info = child<QLabel>(u"sasInfo"_s)->text();
    QVERIFY2(info.contains(mentions), qPrintable(info));
    QVERIFY(!info.contains(u"c2lnbmF0dXJl"_s)); // never the signature
    QVERIFY(button(QWizard::NextButton)->isEnabled()); // warnings inform, they do not block
}

void tst_RegisterWizard::aBlobOnlyOrExpiredSasIsFlaggedOnTheSummary()
{
    open();
    chooseType(StorageType::AzureFile);
    next();
    type(u"account_name"_s, u"contoso"_s);
    type(u"file_share_name"_s, u"notebooks"_s);
    QTest::keyClicks(child<QLineEdit>(u"nameEdit"_s), u"share_sas"_s);
    next();
    auto *kind = child<QComboBox>(u"authCombo"_s);
    kind->setFocus();
    QTest::keyClicks(kind, u"SAS"_s); // a person types to pick an item of a focused combo box
    QCOMPARE(kind->currentText(), u"SAS token"_s);
    type(u"sas_token"_s, sas(QDateTime::currentDateTimeUtc().addDays(-1), u"rl"_s)); // ss=b, and expired
    const QString info = child<QLabel>(u"sasInfo"_s)->text();
    QVERIFY2(info.contains(u"does not grant access to the file service"_s), qPrintable(info));
    next();
    auto *validate = child<QCheckBox>(u"validateCheck"_s);
    if (validate->isChecked())
        QTest::mouseClick(validate, Qt::LeftButton, {}, QPoint(6, validate->height() / 2)); // register without validation
    QVERIFY(!validate->isChecked());
    next();
    const QString summary = child<QLabel>(u"summaryText"_s)->text();
    QVERIFY2(summary.contains(u"Access is not checked"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"SAS token expired on"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"needs the file service"_s), qPrintable(summary));
}

void tst_RegisterWizard::goingBackLosesNothing()
{
    open();
    chooseType(StorageType::AzureDataLakeGen2);
    next();
    QTest::keyClicks(child<QLineEdit>(u"nameEdit"_s), u"lake"_s);
    type(u"account_name"_s, u"contosogen2"_s);
    type(u"filesystem"_s, u"curated"_s);
    next();
    type(u"tenant_id"_s, Tenant);
    type(u"client_id"_s, Tenant);
    type(u"client_secret"_s, u"typed-secret"_s);
    QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(RegisterDatastoreWizard::TypePageId));
    // Look at another type on the way, then come back to Gen2.
    chooseType(StorageType::AzureBlob);
    next();
    QCOMPARE(child<QLineEdit>(u"field_account_name"_s)->text(), u"contosogen2"_s); // shared field id keeps its value
    QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton);
    chooseType(StorageType::AzureDataLakeGen2);
    next();
    QCOMPARE(child<QLineEdit>(u"nameEdit"_s)->text(), u"lake"_s);
    QCOMPARE(child<QLineEdit>(u"field_filesystem"_s)->text(), u"curated"_s);
    next();
    QCOMPARE(child<QLineEdit>(u"field_tenant_id"_s)->text(), Tenant);
    QCOMPARE(child<QLineEdit>(u"field_client_secret"_s)->text(), u"typed-secret"_s);
    QVERIFY(button(QWizard::NextButton)->isEnabled());
}

void tst_RegisterWizard::overwriteOnlyWhenTheNameExists()
{
    open();
    chooseType(StorageType::AzureFile);
    next();
    QTest::keyClicks(child<QLineEdit>(u"nameEdit"_s), u"workspacefilestore"_s);
    QVERIFY(child<QLabel>(u"nameExists"_s)->isVisible());
    type(u"account_name"_s, u"contoso"_s);
    type(u"file_share_name"_s, u"share"_s);
    next();
    type(u"account_key"_s, Key);
    next();
    auto *overwrite = child<QCheckBox>(u"overwriteCheck"_s);
    QVERIFY(overwrite->isVisible());
    QVERIFY(child<QLabel>(u"overwriteWarning"_s)->text().contains(u"already exists"_s));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    overwrite->setChecked(true);
    next();
    QSignalSpy accepted(m_wizard.get(), &QDialog::accepted);
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(accepted.wait());
    QCOMPARE(f->find(u"workspacefilestore"_s)->field(u"account_name"_s), u"contoso"_s);
    // A new name is not offered overwrite.
    open();
    chooseType(StorageType::AzureFile);
    next();
    QTest::keyClicks(child<QLineEdit>(u"nameEdit"_s), u"brand_new"_s);
    type(u"account_name"_s, u"contoso"_s);
    type(u"file_share_name"_s, u"share"_s);
    next();
    type(u"account_key"_s, Key);
    next();
    QVERIFY(!child<QCheckBox>(u"overwriteCheck"_s)->isVisible());
    QVERIFY(child<QCheckBox>(u"defaultCheck"_s)->isEnabled());
}

void tst_RegisterWizard::failedAccessCheckOffersRegisteringWithoutValidation()
{
    f->validator.types = {StorageType::AzureBlob};
    f->validator.answer = ApiError::make(ApiError::Kind::Http, u"AuthorizationFailure"_s,
                                         u"The storage service refused the key: This request is not authorized to perform this operation."_s);
    open();
    chooseType(StorageType::AzureBlob);
    next();
    QTest::keyClicks(child<QLineEdit>(u"nameEdit"_s), u"checked"_s);
    type(u"account_name"_s, u"contoso"_s);
    type(u"container_name"_s, u"raw"_s);
    next();
    type(u"account_key"_s, Key);
    next();
    QVERIFY(child<QCheckBox>(u"validateCheck"_s)->isEnabled());
    QVERIFY(child<QCheckBox>(u"validateCheck"_s)->isChecked()); // on by default where available
    next();
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    auto *banner = m_wizard->findChild<MessageBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"not authorized"_s));
    QVERIFY(banner->text().contains(u"register without validation"_s));
    QVERIFY2(banner->text().contains(u"operation. Check the account, the container and"_s), qPrintable(banner->text())); // sentences end
    QVERIFY(m_wizard->isVisible());
    QVERIFY(!f->find(u"checked"_s));
    QVERIFY(banner->actionButton()->isVisible());
    QSignalSpy accepted(m_wizard.get(), &QDialog::accepted);
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QVERIFY(accepted.wait());
    QVERIFY(f->find(u"checked"_s));
    QCOMPARE(f->validator.calls, 1); // the second attempt did not validate
}

void tst_RegisterWizard::cancelWhileRegistering()
{
    f->validator.types = {StorageType::AzureBlob};
    f->validator.hang = true;
    open();
    chooseType(StorageType::AzureBlob);
    next();
    QTest::keyClicks(child<QLineEdit>(u"nameEdit"_s), u"slow"_s);
    type(u"account_name"_s, u"contoso"_s);
    type(u"container_name"_s, u"raw"_s);
    next();
    type(u"account_key"_s, Key);
    next();
    next();
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(child<QProgressBar>(u"registerProgress"_s)->isVisible());
    QVERIFY(!button(QWizard::BackButton)->isEnabled());
    QTest::mouseClick(button(QWizard::CancelButton), Qt::LeftButton);
    auto *banner = m_wizard->findChild<MessageBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"cancelled"_s));
    QVERIFY(m_wizard->isVisible()); // the first Cancel stops the work, not the wizard
    QVERIFY(!child<QProgressBar>(u"registerProgress"_s)->isVisible());
    QVERIFY(!f->find(u"slow"_s));
    QVERIFY(f->secrets.entries().isEmpty());
    QTest::mouseClick(button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->isVisible());
}

void tst_RegisterWizard::dbfsChecksAndKeepsItsDatabricksConnection()
{
    FakeDbfsServer dbfs;
    QVERIFY(dbfs.start());
    dbfs.putFile(u"/mnt/raw/events.csv"_s, "a,b\n1,2\n");
    ConnectorFixture reach(&f->secrets);
    open();
    m_wizard->setConnector(&reach.connector);
    chooseType(StorageType::Dbfs);
    next();
    // The page says where the connection is kept, and asks for it.
    auto *note = child<QLabel>(u"browseNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"keychain"_s) && note->text().contains(u"Entra"_s), qPrintable(note->text()));
    QTest::keyClicks(child<QLineEdit>(u"nameEdit"_s), u"spark_dbfs"_s);
    type(BrowseConnections::UrlField, dbfs.base());
    type(BrowseConnections::TokenField, u"dapi-not-the-token"_s);
    QCOMPARE(child<QLineEdit>(u"field_"_s + BrowseConnections::TokenField)->echoMode(), QLineEdit::Password);
    next();
    next();
    auto *validate = child<QCheckBox>(u"validateCheck"_s);
    QVERIFY(validate->isEnabled());
    QVERIFY(validate->isChecked());
    QVERIFY2(child<QLabel>(u"validateNote"_s)->text().contains(u"Databricks"_s), qPrintable(child<QLabel>(u"validateNote"_s)->text()));
    next();
    const QString summary = child<QLabel>(u"summaryText"_s)->text();
    QVERIFY2(summary.contains(dbfs.base().toHtmlEscaped()), qPrintable(summary));
    QVERIFY(!summary.contains(u"dapi-not-the-token"_s));
    // A token Databricks refuses: nothing registered, nothing kept, the reason shown.
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    auto *banner = m_wizard->findChild<MessageBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"Invalid access token"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"Check the Databricks workspace URL and the credential"_s), qPrintable(banner->text()));
    QVERIFY(!f->find(u"spark_dbfs"_s));
    QVERIFY(f->browseConnection(u"spark_dbfs"_s).isEmpty());
    // Back to the connection page, the right token: checked, registered, kept in the keychain.
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(RegisterDatastoreWizard::ConnectionPageId));
    QCOMPARE(child<QLineEdit>(u"field_"_s + BrowseConnections::UrlField)->text(), dbfs.base()); // Back loses nothing
    type(BrowseConnections::TokenField, FakeDbfsServer::Token);
    next();
    next();
    next();
    QSignalSpy accepted(m_wizard.get(), &QDialog::accepted);
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(accepted.wait());
    QVERIFY(m_wizard->registeredValidated());
    const auto ds = f->find(u"spark_dbfs"_s);
    QVERIFY(ds);
    QCOMPARE(ds->type, StorageType::Dbfs);
    QVERIFY2(!ds->fields.contains(BrowseConnections::UrlField), "the record holds no part of the connection");
    QCOMPARE(f->browseConnection(u"spark_dbfs"_s),
             (SecretMap{{BrowseConnections::UrlField, dbfs.base()}, {BrowseConnections::TokenField, FakeDbfsServer::Token}}));
}

void tst_RegisterWizard::dbfsWithoutAUrlIsRegisteredUncheckedOnlyWhenAsked()
{
    ConnectorFixture reach(&f->secrets);
    open();
    m_wizard->setConnector(&reach.connector);
    chooseType(StorageType::Dbfs);
    next();
    QTest::keyClicks(child<QLineEdit>(u"nameEdit"_s), u"later_dbfs"_s);
    next();
    next();
    next();
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    auto *banner = m_wizard->findChild<MessageBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"Databricks workspace URL"_s), qPrintable(banner->text()));
    QVERIFY(!f->find(u"later_dbfs"_s));
    QVERIFY(banner->actionButton()->isVisible());
    QSignalSpy accepted(m_wizard.get(), &QDialog::accepted);
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QVERIFY(accepted.wait());
    QVERIFY(f->find(u"later_dbfs"_s));
    QVERIFY(!m_wizard->registeredValidated());
    QVERIFY(f->browseConnection(u"later_dbfs"_s).isEmpty());
}

QTEST_MAIN(tst_RegisterWizard)
#include "tst_registerwizard.moc"
