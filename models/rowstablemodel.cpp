#include "models/rowstablemodel.h"

#include <QBrush>
#include <QPalette>

#include "services/core/csv.h"

using namespace Qt::Literals::StringLiterals;

RowsTableModel::RowsTableModel(QObject *parent) : QAbstractTableModel(parent) { }

RowsTableModel::~RowsTableModel()
{
    if (m_job)
        m_job->cancel();
}

void RowsTableModel::clear()
{
    ++m_generation;
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    beginResetModel();
    m_fetch = nullptr;
    m_columns.clear();
    m_rows.clear();
    m_more = false;
    m_error = {};
    endResetModel();
}

void RowsTableModel::setSource(Fetch fetch, int pageSize)
{
    clear();
    m_fetch = std::move(fetch);
    m_pageSize = std::max(1, pageSize);
    m_more = true;
    request();
}

void RowsTableModel::request()
{
    if (!m_fetch || m_job || !m_more)
        return;
    const quint64 generation = m_generation;
    RowsJob *job = m_fetch(m_rows.size(), m_pageSize);
    if (!job) { // the source has gone
        m_more = false;
        return;
    }
    m_job = job;
    onFinished(job, this, [this, generation](const Result<RowsPage> &r) {
        if (generation != m_generation)
            return; // another source since
        m_job = nullptr;
        if (!r) {
            m_more = false; // a failing source is not asked again by scrolling
            m_error = r.error();
            emit loadFailed(r.error());
            return;
        }
        const RowsPage &page = r.value();
        if (m_columns.isEmpty() && !page.columns.isEmpty()) {
            beginInsertColumns({}, 0, int(page.columns.size()) - 1);
            m_columns = page.columns;
            endInsertColumns();
        }
        if (!page.rows.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(page.rows.size()) - 1);
            m_rows.append(page.rows);
            endInsertRows();
        }
        m_more = page.more && !page.rows.isEmpty();
        emit pageLoaded(int(page.rows.size()));
    });
}

int RowsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RowsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const QVariant value = index.column() < row.size() ? row.at(index.column()) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return Csv::text(value);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return value.isNull() ? tr("NULL") : Csv::text(value);
    case Qt::ForegroundRole:
        if (value.isNull())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::TextAlignmentRole:
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double
            || value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::ULongLong)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant RowsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_columns.size() ? m_columns.at(section) : QVariant();
    return section + 1;
}

bool RowsTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetch && m_more && !m_job;
}

void RowsTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request();
}
