#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include "services/core/translations.h"
#include "services/core/units.h"

using namespace Qt::Literals::StringLiterals;

SettingsDialog::SettingsDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent), m_initial(current), m_language(new QComboBox), m_parallel(new QSpinBox), m_verifyMd5(new QCheckBox),
      m_previewSize(new QComboBox), m_askOverwrite(new QCheckBox), m_appearance(new QComboBox), m_note(new QLabel)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout;

    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("The desktop's language"), u"system"_s);
    for (const QString &code : Translations::available())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    form->addRow(tr("&Language:"), m_language);

    m_parallel->setObjectName(u"parallelSpin"_s);
    m_parallel->setRange(1, Preferences::MaxParallel);
    m_parallel->setValue(current.parallel);
    m_parallel->setToolTip(tr("How many connections one upload or download uses at once (parts of a large file go in parallel)."));
    form->addRow(tr("&Connections per transfer:"), m_parallel);

    m_verifyMd5->setObjectName(u"verifyMd5Check"_s);
    m_verifyMd5->setText(tr("&Verify transfers with Content-MD5"));
    m_verifyMd5->setToolTip(tr("Uploads store each file's Content-MD5, downloads compare the object's stored one (costs CPU on fast links)."));
    m_verifyMd5->setChecked(current.verifyMd5);
    form->addRow(QString(), m_verifyMd5);

    m_previewSize->setObjectName(u"previewSizeCombo"_s);
    for (const qint64 bytes : {16 * 1024LL, 64 * 1024LL, 256 * 1024LL, 1024 * 1024LL, 4 * 1024 * 1024LL, 16 * 1024 * 1024LL})
        m_previewSize->addItem(Units::bytes(bytes), bytes);
    if (m_previewSize->findData(current.previewBytes) < 0)
        m_previewSize->addItem(Units::bytes(current.previewBytes), current.previewBytes);
    m_previewSize->setCurrentIndex(m_previewSize->findData(current.previewBytes));
    m_previewSize->setToolTip(tr("How much of a file the preview reads: its beginning only, never the whole file."));
    form->addRow(tr("&Preview reads:"), m_previewSize);

    m_askOverwrite->setObjectName(u"askOverwriteCheck"_s);
    m_askOverwrite->setText(tr("&Ask before replacing a file or object that exists"));
    m_askOverwrite->setToolTip(tr("Off: an upload or download replaces what exists without a question."));
    m_askOverwrite->setChecked(current.askBeforeOverwrite);
    form->addRow(QString(), m_askOverwrite);

    m_appearance->setObjectName(u"appearanceCombo"_s);
    m_appearance->addItem(tr("The desktop's (light or dark)"), int(Preferences::Appearance::System));
    m_appearance->addItem(tr("Light"), int(Preferences::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(Preferences::Appearance::Dark));
    m_appearance->setCurrentIndex(m_appearance->findData(int(current.appearance)));
    form->addRow(tr("Appea&rance:"), m_appearance);

    m_note->setObjectName(u"settingsNote"_s);
    m_note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(buttons);
    updateNote();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::updateNote()
{
    const bool changed = m_language->currentData().toString() != m_initial.language;
    m_note->setText(changed ? tr("The new language is used from the next start of the studio.") : QString());
    m_note->setVisible(changed);
}

Preferences SettingsDialog::preferences() const
{
    Preferences p = m_initial;
    p.language = m_language->currentData().toString();
    p.parallel = m_parallel->value();
    p.verifyMd5 = m_verifyMd5->isChecked();
    p.previewBytes = m_previewSize->currentData().toLongLong();
    p.askBeforeOverwrite = m_askOverwrite->isChecked();
    p.appearance = Preferences::Appearance(m_appearance->currentData().toInt());
    return p;
}
