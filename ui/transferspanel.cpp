#include "ui/transferspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "services/core/units.h"
#include "services/transfer/transferqueue.h"

using namespace Qt::Literals::StringLiterals;

TransfersPanel::TransfersPanel(TransferQueue *queue, QWidget *parent)
    : QWidget(parent), m_queue(queue), m_view(new QTreeWidget), m_cancel(new QPushButton(tr("&Cancel"))),
      m_cancelAll(new QPushButton(tr("Cancel a&ll")))
{
    m_view->setObjectName(u"transfersView"_s);
    m_view->setAccessibleName(tr("Transfers"));
    m_view->setRootIsDecorated(false);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setHeaderLabels({tr("Name"), tr("Direction"), tr("Progress"), tr("Speed"), tr("Result")});
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(1, 90);
    m_view->setColumnWidth(2, 170);
    m_view->setColumnWidth(3, 110);
    m_view->setColumnWidth(4, 360);
    m_cancel->setObjectName(u"cancelTransfer"_s);
    m_cancel->setToolTip(tr("Cancel the selected transfers"));
    m_cancelAll->setObjectName(u"cancelAllTransfers"_s);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_cancelAll);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_queue, &TransferQueue::added, this, [this](int row) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setData(0, Qt::UserRole, row);
        refreshRow(row);
        m_view->scrollToItem(item);
    });
    connect(m_queue, &TransferQueue::changed, this, &TransfersPanel::refreshRow);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem *item : m_view->selectedItems())
            m_queue->cancel(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_cancelAll, &QPushButton::clicked, m_queue, &TransferQueue::cancelAll);
}

void TransfersPanel::refreshRow(int row)
{
    QTreeWidgetItem *item = m_view->topLevelItem(row);
    if (!item)
        return;
    const TransferQueue::Item &t = m_queue->item(row);
    const QLocale locale;
    const bool down = t.direction == TransferQueue::Direction::Download;
    item->setText(0, down ? t.remotePath : t.localPath);
    item->setToolTip(0, down ? tr("%1 → %2").arg(t.remotePath, t.localPath) : tr("%1 → %2").arg(t.localPath, t.remotePath));
    item->setText(1, down ? tr("Download") : tr("Upload"));
    const int percent = t.total > 0 ? int(t.done * 100 / t.total) : (t.state == TransferQueue::State::Done ? 100 : 0);
    item->setText(2, t.total >= 0 ? tr("%1% of %2").arg(percent).arg(Units::bytes(t.total)) : tr("%1%").arg(percent));
    item->setText(3, t.state == TransferQueue::State::Running || t.state == TransferQueue::State::Done
                         ? tr("%1/s").arg(Units::bytes(qint64(t.bytesPerSecond())))
                         : QString());
    switch (t.state) {
    case TransferQueue::State::Queued:
        item->setText(4, tr("Waiting"));
        break;
    case TransferQueue::State::Running:
        item->setText(4, tr("Running"));
        break;
    case TransferQueue::State::Done:
        item->setText(4, t.md5Verified ? tr("Done, MD5 verified") : tr("Done, length verified"));
        break;
    case TransferQueue::State::Cancelled:
        item->setText(4, tr("Cancelled"));
        break;
    case TransferQueue::State::Failed:
        item->setText(4, tr("Failed: %1").arg(t.error.message));
        item->setToolTip(4, t.error.message);
        break;
    }
}
