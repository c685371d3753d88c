#include "ui/fieldform.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

#include "services/core/fieldrules.h"
#include "ui/tones.h"

using namespace Qt::Literals::StringLiterals;

struct FieldForm::Row
{
    FieldSpec spec;
    QWidget *editor = nullptr;
    QLabel *error = nullptr;
    QWidget *container = nullptr;
    QString problem;
};

FieldForm::FieldForm(QWidget *parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

FieldForm::~FieldForm()
{
    qDeleteAll(m_rows);
}

void FieldForm::setFields(const QList<FieldSpec> &fields)
{
    for (const Row *row : std::as_const(m_rows))
        m_remembered.insert(row->spec.id, currentText(*row));
    m_fields = fields;
    rebuild();
}

QString FieldForm::currentText(const Row &row) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(row.editor))
        return edit->text();
    if (auto *combo = qobject_cast<QComboBox *>(row.editor))
        return combo->currentText();
    if (auto *check = qobject_cast<QCheckBox *>(row.editor))
        return check->isChecked() ? u"true"_s : u"false"_s;
    return {};
}

void FieldForm::rebuild()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    qDeleteAll(m_rows);
    m_rows.clear();
    QWidget *previous = nullptr;
    for (const FieldSpec &spec : std::as_const(m_fields)) {
        auto *row = new Row;
        row->spec = spec;
        const QString remembered = m_remembered.value(spec.id, spec.defaultValue);
        const QString label = spec.label + (spec.required ? u" *"_s : QString());
        if (spec.kind == FieldKind::Protocol) {
            auto *combo = new QComboBox;
            combo->addItems({u"https"_s, u"http"_s});
            // A value from elsewhere (wasbs, abfss in an imported file) is shown, not lost.
            if (!remembered.isEmpty() && combo->findText(remembered) < 0)
                combo->addItem(remembered);
            combo->setCurrentText(remembered.isEmpty() ? u"https"_s : remembered);
            connect(combo, &QComboBox::currentTextChanged, this, [this, id = spec.id] { revalidate(id); });
            row->editor = combo;
        } else if (spec.kind == FieldKind::Bool) {
            auto *check = new QCheckBox;
            check->setChecked(remembered != u"false"_s);
            connect(check, &QCheckBox::toggled, this, [this, id = spec.id] { revalidate(id); });
            row->editor = check;
        } else {
            auto *edit = new QLineEdit;
            edit->setText(remembered);
            if (!spec.defaultValue.isEmpty())
                edit->setPlaceholderText(spec.defaultValue);
            if (spec.secret) {
                edit->setEchoMode(QLineEdit::Password);
                edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
                QAction *reveal = edit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
                reveal->setCheckable(true);
                reveal->setToolTip(tr("Show or hide %1").arg(spec.label));
                connect(reveal, &QAction::toggled, edit, [edit](bool on) {
                    edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
                });
            }
            connect(edit, &QLineEdit::textChanged, this, [this, id = spec.id] { revalidate(id); });
            row->editor = edit;
        }
        row->editor->setObjectName(u"field_"_s + spec.id);
        row->editor->setAccessibleName(spec.label);
        row->editor->setAccessibleDescription(spec.required ? tr("Required") : tr("Optional"));
        row->error = new QLabel;
        row->error->setObjectName(u"error_"_s + spec.id);
        row->error->setWordWrap(true);
        row->error->setVisible(false);
        Tones::apply(row->error, Tones::Tone::Error);
        row->container = new QWidget;
        auto *box = new QVBoxLayout(row->container);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        box->addWidget(row->editor);
        box->addWidget(row->error);
        auto *labelWidget = new QLabel(label);
        labelWidget->setBuddy(row->editor);
        m_layout->addRow(labelWidget, row->container);
        if (previous)
            setTabOrder(previous, row->editor);
        previous = row->editor;
        m_rows.append(row);
    }
    for (const Row *row : std::as_const(m_rows))
        revalidate(row->spec.id);
    emit changed();
}

void FieldForm::revalidate(const QString &id)
{
    for (Row *row : std::as_const(m_rows)) {
        if (row->spec.id != id)
            continue;
        const QString text = currentText(*row);
        m_remembered.insert(id, text);
        const auto error = FieldRules::check(row->spec, text);
        row->problem = error ? error->message : QString();
        // Say why as soon as something is typed; an untouched empty required field is only
        // flagged by the page's hint, not in red.
        row->error->setText(row->problem);
        row->error->setVisible(error && !text.isEmpty());
        row->editor->setToolTip(row->error->isVisible() ? row->problem : QString());
    }
    emit changed();
}

QMap<QString, QString> FieldForm::values() const
{
    QMap<QString, QString> out;
    for (const Row *row : m_rows) {
        const QString text = currentText(*row);
        if (!row->spec.secret && !text.isEmpty())
            out.insert(row->spec.id, text);
    }
    return out;
}

QMap<QString, QString> FieldForm::secrets() const
{
    QMap<QString, QString> out;
    for (const Row *row : m_rows) {
        const QString text = currentText(*row);
        if (row->spec.secret && !text.isEmpty())
            out.insert(row->spec.id, text);
    }
    return out;
}

void FieldForm::setValue(const QString &id, const QString &value)
{
    m_remembered.insert(id, value);
    for (const Row *row : std::as_const(m_rows)) {
        if (row->spec.id != id)
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(row->editor))
            edit->setText(value);
        else if (auto *combo = qobject_cast<QComboBox *>(row->editor)) {
            if (!value.isEmpty() && combo->findText(value) < 0)
                combo->addItem(value);
            combo->setCurrentText(value);
        }
        else if (auto *check = qobject_cast<QCheckBox *>(row->editor))
            check->setChecked(value != u"false"_s);
    }
}

QString FieldForm::value(const QString &id) const
{
    for (const Row *row : m_rows) {
        if (row->spec.id == id)
            return currentText(*row);
    }
    return m_remembered.value(id);
}

void FieldForm::clearSecrets()
{
    for (const Row *row : std::as_const(m_rows)) {
        if (row->spec.secret)
            setValue(row->spec.id, {});
    }
    for (auto it = m_remembered.begin(); it != m_remembered.end();) {
        const bool secret = std::any_of(m_fields.begin(), m_fields.end(),
                                        [&](const FieldSpec &f) { return f.id == it.key() && f.secret; });
        it = secret ? m_remembered.erase(it) : std::next(it);
    }
}

bool FieldForm::isComplete() const
{
    return firstProblem().isEmpty();
}

QString FieldForm::firstProblem() const
{
    for (const Row *row : m_rows) {
        if (!row->problem.isEmpty())
            return row->problem;
    }
    return {};
}

QWidget *FieldForm::editor(const QString &id) const
{
    for (const Row *row : m_rows) {
        if (row->spec.id == id)
            return row->editor;
    }
    return nullptr;
}
