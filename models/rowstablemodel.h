#pragma once

#include <functional>

#include <QAbstractTableModel>
#include <QPointer>

#include "services/core/apierror.h"
#include "services/storage/storagetypes.h"

// The rows of one table, view or CSV file, a page at a time: the first page when a source is
// set, the next one when a view scrolls near the end (canFetchMore / fetchMore). Rows stay
// as they came; nothing is asked twice, and a source replaced mid-request drops the answer.
// Cells show values as text (NULL as an empty, greyed cell with "NULL" for screen readers
// and tooltips). One model for SQL previews and CSV previews (RowsTableModel::Fetch).
class RowsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowsTableModel)

public:
    // Asks for `count` rows from `offset`; the job belongs to the source.
    using Fetch = std::function<RowsJob *(qint64 offset, int count)>;

    explicit RowsTableModel(QObject *parent = nullptr);
    ~RowsTableModel() override;

    void setSource(Fetch fetch, int pageSize = 200);
    void clear();
    bool isLoading() const { return !m_job.isNull(); }
    bool hasMore() const { return m_more; }
    ApiError lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void pageLoaded(int rows);
    void loadFailed(const ApiError &error);

private:
    void request();

    Fetch m_fetch;
    int m_pageSize = 200;
    QStringList m_columns;
    QList<QVariantList> m_rows;
    bool m_more = false;
    ApiError m_error;
    QPointer<RowsJob> m_job;
    quint64 m_generation = 0;
};
