#include "ui/wizard/optionspage.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

#include "services/core/supportmatrix.h"
#include "services/workspace/workspaceservice.h"
#include "ui/wizard/connectionpage.h"
#include "ui/wizard/registerdatastorewizard.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *note(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 6);
    return label;
}

} // namespace

OptionsPage::OptionsPage(RegisterDatastoreWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_validate(new QCheckBox(tr("&Validate access before registering"), this)),
      m_validateNote(note(this, u"validateNote"_s)),
      m_create(new QCheckBox(tr("&Create the container or share if it does not exist"), this)),
      m_createNote(note(this, u"createNote"_s)),
      m_overwrite(new QCheckBox(tr("&Overwrite the existing datastore"), this)), m_overwriteWarning(note(this, u"overwriteWarning"_s)),
      m_default(new QCheckBox(tr("Make it the workspace's &default datastore"), this)), m_defaultNote(note(this, u"defaultNote"_s))
{
    setTitle(tr("Options"));
    m_validate->setObjectName(u"validateCheck"_s);
    m_create->setObjectName(u"createCheck"_s);
    m_overwrite->setObjectName(u"overwriteCheck"_s);
    m_default->setObjectName(u"defaultCheck"_s);
    m_validate->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_validate, m_validateNote, m_create, m_createNote, m_overwrite, m_overwriteWarning,
                                                       m_default, m_defaultNote})
        layout->addWidget(w);
    layout->addStretch(1);
    connect(m_overwrite, &QCheckBox::toggled, this, &OptionsPage::completeChanged);
}

OptionsPage::~OptionsPage() = default;

void OptionsPage::initializePage()
{
    const StorageType type = m_wizard->storageType();
    const StorageTypeSpec &spec = m_wizard->matrix().type(type);
    WorkspaceService *ws = m_wizard->workspace();
    setSubTitle(tr("How to register '%1'.").arg(m_wizard->connectionPage()->datastoreName()));

    const bool canValidate = m_wizard->canCheckAccess(type);
    m_validate->setEnabled(canValidate);
    if (!canValidate)
        m_validate->setChecked(false);
    m_validateNote->setText(!canValidate ? tr("Access checks for %1 datastores are not available yet; it will be registered "
                                              "without one.").arg(spec.label)
                            : m_wizard->keepsBrowseConnection(type) ? tr("Checks that the Databricks workspace answers and the token may list its DBFS.")
                                                                    : tr("Checks that the storage exists and the credential may use it."));

    m_canCreate = spec.canCreate;
    m_create->setVisible(spec.canCreate);
    const bool canCreate = ws && ws->canCreateStorage(type);
    m_create->setEnabled(canCreate);
    if (!canCreate)
        m_create->setChecked(false);
    m_create->setToolTip(canCreate ? QString() : tr("Creating storage is not available yet for this type."));
    m_createNote->setVisible(spec.canCreate && !canCreate);
    m_createNote->setText(tr("Creating the storage of %1 datastores from here is not available yet.").arg(spec.label));

    const QString name = m_wizard->connectionPage()->datastoreName();
    const bool exists = m_wizard->nameExists(name);
    m_nameExists = exists;
    m_overwrite->setVisible(exists);
    m_overwriteWarning->setVisible(exists);
    if (!exists)
        m_overwrite->setChecked(false);
    m_overwriteWarning->setText(tr("\u26a0 A datastore named '%1' already exists. Registering replaces its settings and "
                                   "credentials; the data itself is not touched.").arg(name));

    m_default->setEnabled(spec.canBeDefault);
    if (!spec.canBeDefault)
        m_default->setChecked(false);
    m_defaultNote->setText(spec.canBeDefault ? tr("Job outputs are written to the default datastore.")
                                             : tr("%1 datastores cannot be the default: the default receives job outputs.").arg(spec.label));
    m_default->setToolTip(spec.canBeDefault ? QString() : m_defaultNote->text());
}

bool OptionsPage::isComplete() const
{
    // An existing name can only be registered again by overwriting it.
    return !m_nameExists || m_overwrite->isChecked();
}

RegisterOptions OptionsPage::options() const
{
    RegisterOptions o;
    o.skipValidation = !m_validate->isChecked();
    // Flags, not isVisible(): the page is hidden when the summary asks.
    o.createIfNotExists = m_canCreate && m_create->isChecked();
    o.overwrite = m_nameExists && m_overwrite->isChecked();
    o.setDefault = m_default->isChecked();
    return o;
}

void OptionsPage::setValidate(bool on)
{
    m_validate->setChecked(on);
}
