#include "ui/wizard/connectionpage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include "services/core/connectionstring.h"
#include "services/core/names.h"
#include "services/core/supportmatrix.h"
#include "services/workspace/browseconnections.h"
#include "ui/fieldform.h"
#include "ui/wizard/registerdatastorewizard.h"
#include "ui/tones.h"

using namespace Qt::Literals::StringLiterals;

namespace {

void makeErrorLabel(QLabel *label)
{
    label->setWordWrap(true);
    Tones::apply(label, Tones::Tone::Error);
}

} // namespace

ConnectionPage::ConnectionPage(RegisterDatastoreWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_name(new QLineEdit(this)), m_nameError(new QLabel(this)),
      m_nameExists(new QLabel(this)), m_connectionGroup(new QGroupBox(tr("Fill in from a connection string"), this)),
      m_connectionString(new QLineEdit(this)), m_connectionStatus(new QLabel(this)), m_form(new FieldForm(this)),
      m_hint(new QLabel(this)), m_browseNote(new QLabel(this))
{
    setTitle(tr("Connection"));
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Datastore name"));
    m_name->setPlaceholderText(tr("lowercase letters, digits and underscores"));
    m_name->setMaxLength(300);
    m_nameError->setObjectName(u"nameError"_s);
    makeErrorLabel(m_nameError);
    m_nameExists->setObjectName(u"nameExists"_s);
    m_nameExists->setWordWrap(true);
    m_connectionString->setObjectName(u"connectionStringEdit"_s);
    m_connectionString->setAccessibleName(tr("Connection string"));
    m_connectionString->setEchoMode(QLineEdit::Password); // it usually carries a key
    m_connectionString->setPlaceholderText(tr("Paste DefaultEndpointsProtocol=…;AccountName=…;AccountKey=… or UseDevelopmentStorage=true"));
    m_connectionStatus->setObjectName(u"connectionStringStatus"_s);
    m_connectionStatus->setWordWrap(true);
    m_connectionStatus->hide();
    m_form->setObjectName(u"connectionForm"_s);
    m_hint->setObjectName(u"connectionHint"_s);
    m_hint->setWordWrap(true);
    m_browseNote->setObjectName(u"browseNote"_s);
    m_browseNote->setWordWrap(true);
    m_browseNote->hide();

    auto *nameForm = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Datastore name *"), this);
    nameLabel->setBuddy(m_name);
    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameError);
    nameBox->addWidget(m_nameExists);
    nameForm->addRow(nameLabel, nameBox);

    auto *csLayout = new QVBoxLayout(m_connectionGroup);
    csLayout->addWidget(m_connectionString);
    csLayout->addWidget(m_connectionStatus);

    auto *fields = new QGroupBox(tr("Connection details"), this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addWidget(m_form);
    fieldsLayout->addWidget(m_browseNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameForm);
    layout->addWidget(m_connectionGroup);
    layout->addWidget(fields);
    layout->addStretch(1);
    layout->addWidget(m_hint);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        updateHints();
        emit completeChanged();
    });
    connect(m_form, &FieldForm::changed, this, [this] {
        updateHints();
        emit completeChanged();
    });
    // A pasted connection string is applied at once; a typed one when it is finished (Enter
    // or leaving the field), never while it is still being typed.
    connect(m_connectionString, &QLineEdit::textEdited, this, [this](const QString &text) {
        const bool pasted = text.size() > m_typedLength + 1;
        m_typedLength = int(text.size());
        if (pasted)
            applyConnectionString();
    });
    connect(m_connectionString, &QLineEdit::editingFinished, this, &ConnectionPage::applyConnectionString);
}

ConnectionPage::~ConnectionPage() = default;

QString ConnectionPage::datastoreName() const
{
    return m_name->text();
}

QMap<QString, QString> ConnectionPage::fieldValues() const
{
    QMap<QString, QString> values = m_form->values();
    for (const FieldSpec &f : BrowseConnections::fields())
        values.remove(f.id);
    return values;
}

SecretMap ConnectionPage::browseConnection() const
{
    return BrowseConnections::fromForm(m_form->values(), m_form->secrets());
}

void ConnectionPage::prefill(const QString &name, const QMap<QString, QString> &fields, std::optional<AuthKind> auth, const SecretMap &credential)
{
    m_name->setText(name);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        m_form->setValue(it.key(), it.value()); // kept until the type's form is built
    if (auth)
        m_carried = std::pair{*auth, credential};
}

std::optional<std::pair<AuthKind, SecretMap>> ConnectionPage::takeCarriedCredential()
{
    auto carried = std::move(m_carried);
    m_carried.reset();
    return carried;
}

void ConnectionPage::initializePage()
{
    const StorageType type = m_wizard->storageType();
    const StorageTypeSpec &spec = m_wizard->matrix().type(type);
    setSubTitle(tr("Name the datastore and say where the %1 is. Fields marked * are required.").arg(spec.label));
    const bool browse = m_wizard->keepsBrowseConnection(type);
    if (m_builtFor != type) {
        // A DBFS record holds no credential: the studio keeps its own connection to browse it.
        m_form->setFields(browse ? spec.fields + BrowseConnections::fields() : spec.fields);
        m_builtFor = type;
    }
    m_browseNote->setVisible(browse);
    if (browse)
        m_browseNote->setText(tr("Azure Machine Learning keeps no credential for a %1 datastore. To check access and browse it, "
                                 "the studio keeps the Databricks workspace URL (https://adb-….azuredatabricks.net) and a personal "
                                 "access token in the system keychain, not in the workspace. Without a token your own Microsoft "
                                 "Entra sign-in is used.").arg(spec.label));
    const bool connectionStrings = type == StorageType::AzureBlob || type == StorageType::AzureFile
        || type == StorageType::AzureDataLakeGen2;
    m_connectionGroup->setVisible(connectionStrings);
    // From what the type shows, not from isVisible(): the page itself is not shown yet.
    QWidget *first = m_form->fields().isEmpty() ? nullptr : m_form->editor(m_form->fields().first().id);
    if (connectionStrings) {
        setTabOrder(m_name, m_connectionString);
        if (first)
            setTabOrder(m_connectionString, first);
    } else if (first) {
        setTabOrder(m_name, first);
    }
    updateHints();
    m_name->setFocus();
}

void ConnectionPage::applyConnectionString()
{
    const QString text = m_connectionString->text();
    m_connectionStatus->setVisible(!text.trimmed().isEmpty() || !m_connectionStatus->text().isEmpty());
    if (text.trimmed().isEmpty())
        return;
    const auto parsed = StorageConnectionString::parse(text);
    if (!parsed) {
        m_connectionStatus->setText(parsed.error().message);
        return;
    }
    const auto fields = parsed.value().fieldsFor(m_wizard->storageType());
    if (!fields) {
        m_connectionStatus->setText(fields.error().message);
        return;
    }
    for (auto it = fields.value().begin(); it != fields.value().end(); ++it)
        m_form->setValue(it.key(), it.value());
    const StorageTypeSpec &spec = m_wizard->matrix().type(m_wizard->storageType());
    QString carried;
    if (parsed.value().hasSecret() && spec.authSpec(parsed.value().authKind())) {
        const bool key = parsed.value().authKind() == AuthKind::AccountKey;
        m_carried = std::pair{parsed.value().authKind(),
                              SecretMap{{key ? u"account_key"_s : u"sas_token"_s, key ? parsed.value().accountKey : parsed.value().sasToken}}};
        carried = key ? tr(" The account key goes to the authentication page.") : tr(" The SAS token goes to the authentication page.");
    }
    // The secret now lives in one place only; clear the pasted text.
    m_connectionString->blockSignals(true);
    m_connectionString->clear();
    m_connectionString->blockSignals(false);
    m_typedLength = 0;
    m_connectionStatus->setText(tr("Filled in account %1 and its endpoint.").arg(parsed.value().accountName) + carried);
}

bool ConnectionPage::isComplete() const
{
    return !Names::checkDatastoreName(m_name->text()) && m_form->isComplete();
}

void ConnectionPage::updateHints()
{
    const QString name = m_name->text();
    const auto nameError = Names::checkDatastoreName(name);
    m_nameError->setText(nameError ? nameError->message : QString());
    m_nameError->setVisible(nameError && !name.isEmpty());
    m_name->setToolTip(m_nameError->isVisible() ? nameError->message : QString());
    const bool exists = !nameError && m_wizard->nameExists(name);
    m_nameExists->setText(exists ? tr("A datastore named '%1' exists; you can choose to overwrite it under Options.").arg(name) : QString());
    m_nameExists->setVisible(exists);
    QString hint;
    if (nameError)
        hint = name.isEmpty() ? tr("Enter a datastore name.") : nameError->message;
    else if (!m_form->isComplete())
        hint = m_form->firstProblem();
    m_hint->setText(hint.isEmpty() ? QString() : tr("To continue: %1").arg(hint));
}
