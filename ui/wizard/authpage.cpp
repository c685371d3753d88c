#include "ui/wizard/authpage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "services/core/sastoken.h"
#include "services/core/supportmatrix.h"
#include "ui/fieldform.h"
#include "ui/wizard/connectionpage.h"
#include "ui/wizard/registerdatastorewizard.h"
#include "ui/tones.h"

using namespace Qt::Literals::StringLiterals;

QString describeSasToken(const QString &token, const QPalette &palette, std::optional<StorageType> type)
{
    if (token.trimmed().isEmpty())
        return {};
    const SasTokenInfo info = SasTokenInfo::analyse(token);
    if (!info.valid)
        return Tones::html(Tones::Tone::Error, palette, info.errors.join(u' '));
    const auto kind = [&] {
        switch (info.kind) {
        case SasTokenInfo::Kind::Account: return QCoreApplication::translate("AuthPage", "account SAS");
        case SasTokenInfo::Kind::Service: return QCoreApplication::translate("AuthPage", "service SAS");
        case SasTokenInfo::Kind::UserDelegation: return QCoreApplication::translate("AuthPage", "user delegation SAS");
        case SasTokenInfo::Kind::Unknown: break;
        }
        return QCoreApplication::translate("AuthPage", "SAS");
    }();
    QStringList lines;
    lines << QCoreApplication::translate("AuthPage", "<b>%1</b>, expires %2")
                 .arg(kind.toHtmlEscaped(),
                      info.expiry.isValid() ? info.expiry.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)
                                            : QCoreApplication::translate("AuthPage", "(not set)"));
    lines << QCoreApplication::translate("AuthPage", "Permissions: %1")
                 .arg(info.permissionNames.isEmpty() ? QCoreApplication::translate("AuthPage", "none") : info.permissionNames.join(u", "_s));
    if (!info.resourceTypes.isEmpty())
        lines << QCoreApplication::translate("AuthPage", "Resource types: %1").arg(info.resourceTypes.join(u", "_s));
    if (!info.services.isEmpty())
        lines << QCoreApplication::translate("AuthPage", "Services: %1").arg(info.services.join(u", "_s));
    for (const QString &w : info.warnings)
        lines << Tones::html(Tones::Tone::Warning, palette, u"\u26a0 "_s + w);
    if (type && info.kind == SasTokenInfo::Kind::Account && !info.services.isEmpty()) {
        // ADLS Gen2 goes through the blob service with a SAS; Azure Files needs the file service.
        const QString needed = *type == StorageType::AzureFile ? u"file"_s : u"blob"_s;
        if ((*type == StorageType::AzureFile || *type == StorageType::AzureBlob || *type == StorageType::AzureDataLakeGen2)
            && !info.services.contains(needed))
            lines << Tones::html(Tones::Tone::Warning, palette,
                                 u"\u26a0 "_s
                                     + QCoreApplication::translate("AuthPage", "This SAS is for the %1 service only (ss); it does not grant "
                                                                               "access to the %2 service this datastore uses, which will refuse it.")
                                           .arg(info.services.join(u", "_s), needed));
    }

    for (const QString &e : info.errors)
        lines << Tones::html(Tones::Tone::Error, palette, e);
    return lines.join(u"<br>"_s);
}

AuthPage::AuthPage(RegisterDatastoreWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_kind(new QComboBox(this)), m_description(new QLabel(this)),
      m_form(new FieldForm(this)), m_sasInfo(new QLabel(this)), m_hint(new QLabel(this))
{
    setTitle(tr("Authentication"));
    m_kind->setObjectName(u"authCombo"_s);
    m_kind->setAccessibleName(tr("Authentication kind"));
    m_description->setObjectName(u"authDescription"_s);
    m_description->setWordWrap(true);
    m_form->setObjectName(u"authForm"_s);
    m_sasInfo->setObjectName(u"sasInfo"_s);
    m_sasInfo->setWordWrap(true);
    m_sasInfo->setTextFormat(Qt::RichText);
    m_hint->setObjectName(u"authHint"_s);
    m_hint->setWordWrap(true);
    auto *top = new QFormLayout;
    auto *kindLabel = new QLabel(tr("&Authentication *"), this);
    kindLabel->setBuddy(m_kind);
    top->addRow(kindLabel, m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_description);
    layout->addWidget(m_form);
    layout->addWidget(m_sasInfo);
    layout->addStretch(1);
    layout->addWidget(m_hint);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuthPage::rebuildForm);
    connect(m_form, &FieldForm::changed, this, [this] {
        updateSasInfo();
        m_hint->setText(m_form->isComplete() ? QString() : tr("To continue: %1").arg(m_form->firstProblem()));
        emit completeChanged();
    });
}

AuthPage::~AuthPage() = default;

AuthKind AuthPage::authKind() const
{
    return AuthKind(m_kind->currentData().toInt());
}

QMap<QString, QString> AuthPage::fieldValues() const
{
    return m_form->values();
}

SecretMap AuthPage::secrets() const
{
    return m_form->secrets();
}

void AuthPage::initializePage()
{
    const StorageType type = m_wizard->storageType();
    const StorageTypeSpec &spec = m_wizard->matrix().type(type);
    setSubTitle(tr("How Datastore Studio signs in to the %1. Secrets are kept only in your system keychain.").arg(spec.label));
    if (m_builtFor != type) {
        m_kind->blockSignals(true);
        m_kind->clear();
        for (AuthKind k : spec.authKinds())
            m_kind->addItem(m_wizard->matrix().authKind(k).label, int(k));
        m_kind->blockSignals(false);
        m_builtFor = type;
        rebuildForm();
    }
    if (auto carried = m_wizard->connectionPage()->takeCarriedCredential()) {
        m_kind->setCurrentIndex(m_kind->findData(int(carried->first)));
        for (auto it = carried->second.begin(); it != carried->second.end(); ++it)
            m_form->setValue(it.key(), it.value());
    }
    m_kind->setFocus();
}

void AuthPage::rebuildForm()
{
    const StorageTypeSpec &spec = m_wizard->matrix().type(m_wizard->storageType());
    const AuthSpec *auth = spec.authSpec(authKind());
    m_form->setFields(auth ? auth->fields : QList<FieldSpec>{});
    m_description->setText(m_wizard->matrix().authKind(authKind()).description);
    setTabOrder(m_kind, m_form->fields().isEmpty() ? m_kind : m_form->editor(m_form->fields().first().id));
    updateSasInfo();
    emit completeChanged();
}

void AuthPage::updateSasInfo()
{
    const bool sas = authKind() == AuthKind::Sas;
    m_sasInfo->setVisible(sas);
    if (sas)
        m_sasInfo->setText(describeSasToken(m_form->value(u"sas_token"_s), m_sasInfo->palette(), m_wizard->storageType()));
}

bool AuthPage::isComplete() const
{
    return m_form->isComplete();
}
