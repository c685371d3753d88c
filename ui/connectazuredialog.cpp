#include "ui/connectazuredialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "services/workspace/workspacemanager.h"
#include "services/workspace/workspaceservice.h"
#include "ui/messagebanner.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QLineEdit *edit(QWidget *parent, const QString &objectName, const QString &accessible, const QString &placeholder = {})
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setAccessibleName(accessible);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    return e;
}

} // namespace

ConnectAzureDialog::ConnectAzureDialog(WorkspaceManager *manager, QWidget *parent)
    : QDialog(parent), m_manager(manager), m_cloud(new QComboBox(this)),
      m_arm(edit(this, u"azureArmEdit"_s, tr("ARM endpoint"), u"https://management.example.com"_s)),
      m_authority(edit(this, u"azureAuthorityEdit"_s, tr("Authority"), u"https://login.example.com"_s)), m_signIn(new QComboBox(this)),
      m_tenant(edit(this, u"azureTenantEdit"_s, tr("Tenant ID"), u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s)),
      m_clientId(edit(this, u"azureClientIdEdit"_s, tr("Client ID"))), m_secret(edit(this, u"azureSecretEdit"_s, tr("Client secret"))),
      m_secretLabel(new QLabel(tr("Client &secret"), this)), m_manual(new QRadioButton(tr("&Enter the workspace"), this)),
      m_fromConfig(new QRadioButton(tr("From a config.&json file"), this)),
      m_subscription(edit(this, u"azureSubscriptionEdit"_s, tr("Subscription ID"), u"00000000-0000-0000-0000-000000000000"_s)),
      m_group(edit(this, u"azureGroupEdit"_s, tr("Resource group"))), m_workspace(edit(this, u"azureWorkspaceEdit"_s, tr("Workspace name"))),
      m_config(edit(this, u"azureConfigEdit"_s, tr("config.json file"))), m_find(new QPushButton(tr("&Find workspaces…"), this)),
      m_found(new QComboBox(this)), m_deviceCode(new QLabel(this)), m_banner(new MessageBanner(this)),
      m_progress(new QProgressBar(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"connectAzureDialog"_s);
    setWindowTitle(tr("Connect to Azure ML workspace"));
    m_cloud->setObjectName(u"azureCloudCombo"_s);
    m_cloud->setAccessibleName(tr("Cloud"));
    m_cloud->addItem(tr("Azure (public)"), u"AzureCloud"_s);
    m_cloud->addItem(tr("Azure US Government"), u"AzureUSGovernment"_s);
    m_cloud->addItem(tr("Azure China (21Vianet)"), u"AzureChinaCloud"_s);
    m_cloud->addItem(tr("Custom ARM endpoint…"), CloudProfile::CustomName);
    m_signIn->setObjectName(u"azureSignInCombo"_s);
    m_signIn->setAccessibleName(tr("Sign-in method"));
    m_signIn->addItem(tr("Service principal (client secret)"), int(WorkspaceRef::SignIn::ServicePrincipal));
    m_signIn->addItem(tr("Device code (sign in in a browser)"), int(WorkspaceRef::SignIn::DeviceCode));
    m_signIn->addItem(tr("Azure CLI session (az login)"), int(WorkspaceRef::SignIn::AzureCli));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(false);
    m_secretLabel->setBuddy(m_secret);
    m_manual->setObjectName(u"azureManualRadio"_s);
    m_fromConfig->setObjectName(u"azureConfigRadio"_s);
    m_manual->setChecked(true);
    m_find->setObjectName(u"azureFindButton"_s);
    m_find->setToolTip(tr("Sign in as set above and list the Azure ML workspaces that sign-in can see"));
    m_found->setObjectName(u"azureFoundCombo"_s);
    m_found->setAccessibleName(tr("Workspaces found"));
    m_found->hide();
    m_deviceCode->setObjectName(u"azureDeviceCode"_s);
    m_deviceCode->setWordWrap(true);
    m_deviceCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse);
    m_deviceCode->setOpenExternalLinks(true);
    m_deviceCode->hide();
    m_progress->setObjectName(u"azureProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_buttons->setObjectName(u"azureButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *where = new QGroupBox(tr("Cloud and sign-in"), this);
    auto *whereForm = new QFormLayout(where);
    const auto row = [](QFormLayout *form, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, field->parentWidget());
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(whereForm, tr("C&loud"), m_cloud);
    row(whereForm, tr("&ARM endpoint"), m_arm);
    row(whereForm, tr("Au&thority"), m_authority);
    row(whereForm, tr("Sign &in with"), m_signIn);
    row(whereForm, tr("&Tenant ID"), m_tenant);
    row(whereForm, tr("Client I&D"), m_clientId);
    whereForm->addRow(m_secretLabel, m_secret);

    auto *which = new QGroupBox(tr("Workspace"), this);
    auto *whichLayout = new QVBoxLayout(which);
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(m_manual, 1);
    manualRow->addWidget(m_find);
    whichLayout->addLayout(manualRow);
    whichLayout->addWidget(m_found);
    auto *manualForm = new QFormLayout;
    row(manualForm, tr("S&ubscription ID"), m_subscription);
    row(manualForm, tr("&Resource group"), m_group);
    row(manualForm, tr("&Workspace name"), m_workspace);
    whichLayout->addLayout(manualForm);
    whichLayout->addWidget(m_fromConfig);
    auto *configRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"azureConfigBrowse"_s);
    configRow->addWidget(m_config, 1);
    configRow->addWidget(browse);
    whichLayout->addLayout(configRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(which);
    layout->addWidget(m_deviceCode);
    layout->addStretch(1);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : {m_arm, m_authority, m_tenant, m_clientId, m_secret, m_subscription, m_group, m_workspace, m_config})
        connect(e, &QLineEdit::textChanged, this, &ConnectAzureDialog::updateState);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &ConnectAzureDialog::updateState);
    connect(m_signIn, &QComboBox::currentIndexChanged, this, &ConnectAzureDialog::updateState);
    connect(m_manual, &QRadioButton::toggled, this, &ConnectAzureDialog::updateState);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Azure ML config.json"), QString(), tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            m_config->setText(path);
            m_fromConfig->setChecked(true);
        }
    });
    connect(m_find, &QPushButton::clicked, this, &ConnectAzureDialog::findWorkspaces);
    connect(m_found, &QComboBox::activated, this, &ConnectAzureDialog::pickFound);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectAzureDialog::connectNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectAzureDialog::reject);
    if (m_manager) {
        connect(m_manager, &WorkspaceManager::signInPrompt, this,
                [this](const QString &, const QString &code, const QUrl &uri, const QDateTime &expiresAt) {
                    m_deviceCode->setText(tr("Open <a href=\"%1\">%1</a> in a browser and enter the code <b>%2</b> (valid until %3). "
                                             "Waiting for the sign-in…")
                                              .arg(uri.toString().toHtmlEscaped(), code.toHtmlEscaped(),
                                                   expiresAt.toLocalTime().toString(u"HH:mm"_s)));
                    m_deviceCode->show();
                });
    }
    updateState();
    resize(560, 560);
}

ConnectAzureDialog::~ConnectAzureDialog() = default;

WorkspaceRef::SignIn ConnectAzureDialog::signIn() const
{
    return WorkspaceRef::SignIn(m_signIn->currentData().toInt());
}

Result<WorkspaceRef> ConnectAzureDialog::reference() const
{
    CloudProfile cloud;
    if (m_cloud->currentData().toString() == CloudProfile::CustomName) {
        const auto custom = CloudProfile::custom(QUrl(m_arm->text().trimmed()), QUrl(m_authority->text().trimmed()));
        if (!custom)
            return custom.error();
        cloud = custom.value();
    } else {
        cloud = *CloudProfile::byName(m_cloud->currentData().toString());
    }
    const QString tenant = m_tenant->text().trimmed();
    const QString client = m_clientId->text().trimmed();
    if (m_fromConfig->isChecked()) {
        QFile file(m_config->text().trimmed());
        if (m_config->text().trimmed().isEmpty() || !file.open(QIODevice::ReadOnly))
            return ApiError::make(ApiError::Kind::InvalidInput, u"config.read"_s,
                                  tr("config.json: '%1' cannot be read.").arg(m_config->text().trimmed()), u"config"_s);
        return WorkspaceRef::fromConfigJson(file.read(1024 * 1024), cloud, signIn(), tenant, client);
    }
    return WorkspaceRef::azure(cloud, m_subscription->text().trimmed(), m_group->text().trimmed(), m_workspace->text().trimmed(), signIn(),
                               tenant, client);
}

void ConnectAzureDialog::updateState()
{
    const bool custom = m_cloud->currentData().toString() == CloudProfile::CustomName;
    m_arm->setEnabled(custom);
    m_authority->setEnabled(custom);
    const bool principal = signIn() == WorkspaceRef::SignIn::ServicePrincipal;
    m_secret->setVisible(principal);
    m_secretLabel->setVisible(principal);
    m_clientId->setEnabled(signIn() != WorkspaceRef::SignIn::AzureCli);
    m_clientId->setPlaceholderText(principal ? tr("the service principal's application ID")
                                             : tr("optional: your own public client application"));
    m_tenant->setPlaceholderText(principal ? tr("the service principal's tenant") : tr("optional: organizations"));
    for (QLineEdit *e : {m_subscription, m_group, m_workspace})
        e->setEnabled(m_manual->isChecked());
    m_config->setEnabled(m_fromConfig->isChecked());
    const bool running = !m_job.isNull() || !m_finding.isNull();
    m_find->setEnabled(!running && !(principal && m_secret->text().isEmpty())
                       && (m_cloud->currentData().toString() != CloudProfile::CustomName
                           || CloudProfile::custom(QUrl(m_arm->text().trimmed()), QUrl(m_authority->text().trimmed()))));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const Result<WorkspaceRef> ref = reference();
    const bool secretMissing = principal && m_secret->text().isEmpty();
    ok->setEnabled(!running && ref && !secretMissing);
    ok->setToolTip(!ref ? ref.error().message : secretMissing ? tr("Client secret: a service principal needs its client secret.") : QString());
}

void ConnectAzureDialog::connectNow()
{
    const Result<WorkspaceRef> ref = reference();
    if (!m_manager || !m_job.isNull() || !ref)
        return;
    SecretMap secrets;
    if (signIn() == WorkspaceRef::SignIn::ServicePrincipal)
        secrets.insert(WorkspaceManager::ClientSecretField, m_secret->text());
    m_banner->clear();
    m_deviceCode->hide();
    m_progress->show();
    m_job = m_manager->connectAzure(ref.value(), secrets);
    updateState();
    const WorkspaceRef target = ref.value();
    onFinished(m_job.data(), this, [this, target](const VoidResult &result) {
        m_job.clear();
        m_progress->hide();
        m_deviceCode->hide();
        updateState();
        if (!result) {
            const bool cancelled = result.error().kind == ApiError::Kind::Cancelled;
            m_banner->showMessage(cancelled ? MessageBanner::Type::Information : MessageBanner::Type::Error,
                                  cancelled ? tr("Cancelled; nothing was connected.")
                                            : tr("Not connected: %1").arg(result.error().toString()));
            return;
        }
        m_secret->clear();
        emit connected(target);
        accept();
    });
}

void ConnectAzureDialog::pickFound(int index)
{
    const QStringList parts = m_found->itemData(index).toStringList();
    if (parts.size() != 3)
        return;
    m_manual->setChecked(true);
    m_subscription->setText(parts.at(0));
    m_group->setText(parts.at(1));
    m_workspace->setText(parts.at(2));
}

void ConnectAzureDialog::findWorkspaces()
{
    if (!m_manager || !m_finding.isNull() || !m_job.isNull())
        return;
    CloudProfile cloud;
    if (m_cloud->currentData().toString() == CloudProfile::CustomName) {
        const auto custom = CloudProfile::custom(QUrl(m_arm->text().trimmed()), QUrl(m_authority->text().trimmed()));
        if (!custom) {
            m_banner->showMessage(MessageBanner::Type::Error, custom.error().message);
            return;
        }
        cloud = custom.value();
    } else {
        cloud = *CloudProfile::byName(m_cloud->currentData().toString());
    }
    SecretMap secrets;
    if (signIn() == WorkspaceRef::SignIn::ServicePrincipal)
        secrets.insert(WorkspaceManager::ClientSecretField, m_secret->text());
    m_banner->clear();
    m_progress->show();
    m_finding = m_manager->discover(cloud, signIn(), m_tenant->text().trimmed(), m_clientId->text().trimmed(), secrets);
    updateState();
    onFinished(m_finding.data(), this, [this](const Result<QList<DirectoryEntry>> &found) {
        m_finding.clear();
        m_progress->hide();
        m_deviceCode->hide();
        updateState();
        if (!found) {
            const bool cancelled = found.error().kind == ApiError::Kind::Cancelled;
            m_banner->showMessage(cancelled ? MessageBanner::Type::Information : MessageBanner::Type::Error,
                                  cancelled ? tr("Cancelled.") : tr("No workspaces listed: %1").arg(found.error().toString()));
            return;
        }
        m_found->clear();
        for (const DirectoryEntry &e : found.value())
            m_found->addItem(tr("%1 — %2 (%3, %4)").arg(e.workspace, e.resourceGroup, e.subscriptionName.isEmpty() ? e.subscription : e.subscriptionName, e.location),
                             QStringList{e.subscription, e.resourceGroup, e.workspace});
        m_found->setVisible(!found.value().isEmpty());
        m_banner->showMessage(MessageBanner::Type::Information, found.value().isEmpty()
                                  ? tr("This sign-in can see no Azure ML workspace.")
                                  : tr("%n workspace(s) found; pick one to fill in the fields.", nullptr, int(found.value().size())));
        if (!found.value().isEmpty()) {
            m_found->setFocus();
            pickFound(0);
        }
    });
}

void ConnectAzureDialog::reject()
{
    if (!m_finding.isNull()) {
        m_finding->cancel();
        return;
    }
    if (!m_job.isNull()) {
        m_job->cancel();
        return;
    }
    m_secret->clear();
    QDialog::reject();
}
