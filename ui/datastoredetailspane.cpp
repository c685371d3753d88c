#include "ui/datastoredetailspane.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "services/core/supportmatrix.h"
#include "services/workspace/workspaceservice.h"
#include "ui/messagebanner.h"

using namespace Qt::Literals::StringLiterals;

DatastoreDetailsPane::DatastoreDetailsPane(const SupportMatrix &matrix, QWidget *parent)
    : QWidget(parent), m_matrix(matrix), m_title(new QLabel(this)), m_body(new QWidget(this)),
      m_form(new QFormLayout(m_body)), m_banner(new MessageBanner(this)), m_hideTimer(new QTimer(this))
{
    setObjectName(u"detailsPane"_s);
    m_title->setObjectName(u"detailsTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &DatastoreDetailsPane::hideSecrets);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_body);
    layout->addStretch(1);
    rebuild();
}

DatastoreDetailsPane::~DatastoreDetailsPane() = default;

void DatastoreDetailsPane::setWorkspace(WorkspaceService *workspace)
{
    m_workspace = workspace;
    setDatastore(std::nullopt);
}

void DatastoreDetailsPane::setDatastore(const std::optional<Datastore> &datastore)
{
    const bool same = datastore && m_datastore && datastore->name == m_datastore->name
        && datastore->modifiedAt == m_datastore->modifiedAt && datastore->isDefault == m_datastore->isDefault;
    if (same)
        return;
    m_datastore = datastore;
    ++m_generation; // a secret read for the previous selection is dropped
    m_banner->clear();
    rebuild();
}

void DatastoreDetailsPane::rebuild()
{
    hideSecrets();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_secretEdits.clear();
    if (!m_datastore) {
        m_title->setText(tr("No datastore selected"));
        return;
    }
    const Datastore &ds = *m_datastore;
    const StorageTypeSpec &type = m_matrix.type(ds.type);
    m_title->setText(ds.name + (ds.isDefault ? tr("  (default)") : QString()));
    const auto text = [this](const QString &value, const QString &name = {}) {
        auto *label = new QLabel(value, m_body);
        label->setAccessibleName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
        return label;
    };
    m_form->addRow(tr("Storage type:"), text(type.label, tr("Storage type")));
    m_form->addRow(tr("Authentication:"), text(m_matrix.authKind(ds.auth).label, tr("Authentication")));
    for (const FieldSpec &f : type.allFields(ds.auth)) {
        if (!f.secret && ds.fields.contains(f.id)) {
            const QString raw = ds.fields.value(f.id);
            // A yes/no field reads as a person says it, not as stored ("true").
            const QString shown = f.kind == FieldKind::Bool ? (raw == u"true"_s ? tr("Yes") : tr("No")) : raw;
            QLabel *value = text(shown, f.label);
            value->setObjectName(u"field_"_s + f.id);
            m_form->addRow(f.label + u':', value);
        }
    }
    if (const AuthSpec *auth = type.authSpec(ds.auth)) {
        for (const FieldSpec &f : auth->secretFields()) {
            const bool stored = ds.storedSecrets.contains(f.id);
            auto *row = new QWidget(m_body);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            auto *value = new QLineEdit(row);
            value->setObjectName(u"secret_"_s + f.id);
            value->setReadOnly(true);
            value->setEchoMode(QLineEdit::Password);
            // What the keychain holds is checked below (checkKeychain), not assumed from the record.
            value->setText(QString());
            value->setPlaceholderText(stored ? tr("checking the keychain…") : tr("not stored"));
            value->setAccessibleName(f.label);
            value->setAccessibleDescription(stored ? tr("Stored in the keychain, hidden") : tr("Not stored"));
            auto *show = new QPushButton(tr("Show"), row);
            show->setObjectName(u"show_"_s + f.id);
            show->setEnabled(false);
            show->setAccessibleName(tr("Show %1").arg(f.label));
            show->setToolTip(stored ? tr("Read it from the keychain and show it for %n second(s)", nullptr, m_revealMs / 1000)
                                    : tr("No %1 is stored; use Update credentials.").arg(f.label));
            connect(show, &QPushButton::clicked, this, [this, id = f.id, value] {
                if (value->echoMode() == QLineEdit::Normal)
                    hideSecrets(); // Show has turned into Hide
                else
                    reveal(id);
            });
            h->addWidget(value, 1);
            h->addWidget(show);
            m_form->addRow(f.label + u':', row);
            m_secretEdits.append(value);
        }
    }
    auto *uriRow = new QWidget(m_body);
    auto *uh = new QHBoxLayout(uriRow);
    uh->setContentsMargins(0, 0, 0, 0);
    auto *uri = new QLineEdit(ds.azuremlUri(), uriRow);
    uri->setObjectName(u"uriEdit"_s);
    uri->setReadOnly(true);
    uri->setAccessibleName(tr("azureml URI"));
    uri->setCursorPosition(0);
    auto *copy = new QPushButton(tr("Copy"), uriRow);
    copy->setObjectName(u"copyUri"_s);
    copy->setAccessibleName(tr("Copy the azureml URI"));
    connect(copy, &QPushButton::clicked, this, [this, value = ds.azuremlUri()] {
        QGuiApplication::clipboard()->setText(value);
        emit statusMessage(tr("Copied %1").arg(value));
    });
    uh->addWidget(uri, 1);
    uh->addWidget(copy);
    m_form->addRow(tr("URI:"), uriRow);
    if (ds.isSystem)
        m_form->addRow(QString(), text(tr("Built in to the workspace.")));
    if (!type.note.isEmpty())
        m_form->addRow(tr("Note:"), text(type.note, tr("Note")));
    checkKeychain();
}

// Asks the keychain which of the datastore's secrets it actually holds and shows that: a
// record may say "stored" while the keychain has lost it (a temporary keyring, a reset).
void DatastoreDetailsPane::checkKeychain()
{
    if (!m_workspace || !m_datastore || m_secretEdits.isEmpty())
        return;
    const QStringList expected = m_datastore->storedSecrets;
    if (m_workspace->keepsSecretsItself()) {
        // An Azure ML workspace holds them (its Key Vault): asked for only when Show is clicked,
        // not at every selection (listSecrets needs its own permission, and is a request).
        for (QLineEdit *edit : std::as_const(m_secretEdits)) {
            const QString id = edit->objectName().mid(7); // "secret_"
            const bool held = expected.contains(id);
            edit->setText(held ? u"\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"_s : QString());
            edit->setPlaceholderText(tr("not stored"));
            edit->setAccessibleDescription(held ? tr("Kept in the workspace, hidden") : tr("Not stored"));
            if (auto *show = findChild<QPushButton *>(u"show_"_s + id)) {
                show->setEnabled(held);
                show->setToolTip(held ? tr("Read it from the workspace and show it for %n second(s)", nullptr, m_revealMs / 1000)
                                      : tr("No %1 is stored; use Update credentials.").arg(edit->accessibleName()));
            }
        }
        return;
    }
    const int generation = m_generation;
    onFinished(m_workspace->readSecrets(m_datastore->name), this, [this, generation, expected](const Result<SecretMap> &result) {
        if (generation != m_generation)
            return;
        QStringList missing;
        // secret.missing: the keychain answered, without the field it names.
        const bool answered = result || result.error().code == u"secret.missing"_s;
        const QString lost = result ? QString() : result.error().field;
        for (QLineEdit *edit : std::as_const(m_secretEdits)) {
            const QString id = edit->objectName().mid(7); // "secret_"
            auto *show = findChild<QPushButton *>(u"show_"_s + id);
            const bool held = result ? !result.value().value(id).isEmpty() : answered && id != lost && expected.contains(id);
            edit->setText(held ? u"\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"_s : QString());
            edit->setPlaceholderText(!answered ? tr("keychain unavailable") : expected.contains(id) ? tr("missing from the keychain") : tr("not stored"));
            edit->setAccessibleDescription(held ? tr("Stored in the keychain, hidden") : edit->placeholderText());
            if (show) {
                show->setEnabled(held);
                show->setToolTip(held ? tr("Read it from the keychain and show it for %n second(s)", nullptr, m_revealMs / 1000)
                                      : tr("The keychain holds no %1; use Update credentials.").arg(edit->accessibleName()));
            }
            if (answered && !held && expected.contains(id))
                missing.append(edit->accessibleName());
        }
        if (!answered)
            m_banner->showMessage(MessageBanner::Type::Error, tr("The keychain could not be read: %1").arg(result.error().message));
        else if (!missing.isEmpty())
            m_banner->showMessage(MessageBanner::Type::Warning,
                                  tr("The keychain no longer holds the %1 of '%2', although it was stored. Use Update credentials to "
                                     "store it again.")
                                      .arg(missing.join(u", "_s), m_datastore->name));
    });
}

void DatastoreDetailsPane::reveal(const QString &field)
{
    if (!m_workspace || !m_datastore)
        return;
    const int generation = m_generation;
    emit statusMessage(m_workspace->keepsSecretsItself() ? tr("Reading the secret from the workspace…") : tr("Reading the secret from the keychain…"));
    onFinished(m_workspace->readSecrets(m_datastore->name), this, [this, field, generation](const Result<SecretMap> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            m_banner->showMessage(MessageBanner::Type::Error, result.error().toString());
            emit statusMessage(QString());
            return;
        }
        if (auto *edit = findChild<QLineEdit *>(u"secret_"_s + field)) {
            edit->setText(result.value().value(field));
            edit->setEchoMode(QLineEdit::Normal);
        }
        if (auto *show = findChild<QPushButton *>(u"show_"_s + field)) {
            show->setText(tr("Hide"));
            show->setAccessibleName(tr("Hide %1").arg(findChild<QLineEdit *>(u"secret_"_s + field)->accessibleName()));
        }
        m_hideTimer->start(m_revealMs);
        emit statusMessage(tr("The secret is shown for %n second(s).", nullptr, m_revealMs / 1000));
    });
}

void DatastoreDetailsPane::hideSecrets()
{
    m_hideTimer->stop();
    for (QLineEdit *edit : std::as_const(m_secretEdits)) {
        if (edit->echoMode() == QLineEdit::Normal) {
            edit->setText(u"\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"_s);
            edit->setEchoMode(QLineEdit::Password);
        }
        if (auto *show = findChild<QPushButton *>(u"show_"_s + edit->objectName().mid(7))) {
            show->setText(tr("Show"));
            show->setAccessibleName(tr("Show %1").arg(edit->accessibleName()));
        }
    }
}
