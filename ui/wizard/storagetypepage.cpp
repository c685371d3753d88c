#include "ui/wizard/storagetypepage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "services/core/supportmatrix.h"

using namespace Qt::Literals::StringLiterals;

StorageTypePage::StorageTypePage(const SupportMatrix &matrix, QWidget *parent)
    : QWizardPage(parent), m_matrix(matrix), m_table(new QTableWidget(this)), m_description(new QLabel(this))
{
    setTitle(tr("Storage type"));
    setSubTitle(tr("Choose the kind of storage the datastore connects to. The table shows which authentication each type accepts."));
    const QList<AuthKindSpec> &kinds = matrix.authKinds();
    m_table->setObjectName(u"typeTable"_s);
    m_table->setAccessibleName(tr("Storage types"));
    m_table->setColumnCount(int(kinds.size()) + 2);
    QStringList headers{tr("Storage type")};
    for (const AuthKindSpec &k : kinds)
        headers << k.label;
    headers << tr("Notes");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(matrix.types().size()));
    for (int row = 0; row < matrix.types().size(); ++row) {
        const StorageTypeSpec &t = matrix.types().at(row);
        auto *name = new QTableWidgetItem(t.label);
        name->setData(Qt::UserRole, int(t.type));
        name->setToolTip(t.description);
        m_table->setItem(row, 0, name);
        for (int c = 0; c < kinds.size(); ++c) {
            const bool allowed = t.authSpec(kinds.at(c).kind) != nullptr;
            auto *cell = new QTableWidgetItem(allowed ? u"\u2713"_s : u"\u2013"_s);
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setData(Qt::AccessibleTextRole, allowed ? tr("%1 allowed").arg(kinds.at(c).label) : tr("%1 not allowed").arg(kinds.at(c).label));
            m_table->setItem(row, c + 1, cell);
        }
        auto *note = new QTableWidgetItem(t.note.isEmpty() ? QString() : tr("Note"));
        note->setToolTip(t.note);
        m_table->setItem(row, int(kinds.size()) + 1, note);
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_description->setObjectName(u"typeDescription"_s);
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(56);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_description);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateDescription();
        emit completeChanged();
    });
    m_table->selectRow(0);
    m_table->setFocus();
    updateDescription();
}

StorageTypePage::~StorageTypePage() = default;

StorageType StorageTypePage::selectedType() const
{
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : 0;
    return StorageType(m_table->item(row, 0)->data(Qt::UserRole).toInt());
}

void StorageTypePage::selectType(StorageType type)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (StorageType(m_table->item(row, 0)->data(Qt::UserRole).toInt()) == type)
            m_table->selectRow(row);
    }
}

bool StorageTypePage::isComplete() const
{
    return !m_table->selectedItems().isEmpty();
}

void StorageTypePage::updateDescription()
{
    const StorageTypeSpec &t = m_matrix.type(selectedType());
    QString text = u"<b>%1</b> — %2"_s.arg(t.label.toHtmlEscaped(), t.description.toHtmlEscaped());
    if (!t.note.isEmpty())
        text += u"<br><i>"_s + tr("Note: %1").arg(t.note).toHtmlEscaped() + u"</i>"_s;
    m_description->setText(text);
}
