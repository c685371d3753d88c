#include "ui/transferspanel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "services/core/units.h"
#include "services/transfer/transferqueue.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int GroupRole = Qt::UserRole;
constexpr int RowRole = Qt::UserRole + 1; // -1 on a job's own row

using State = TransferQueue::State;

QString itemResult(const TransferQueue::Item &t)
{
    switch (t.state) {
    case State::Queued: return TransfersPanel::tr("Waiting");
    case State::Checking: return TransfersPanel::tr("Checking the destination");
    case State::Running: return TransfersPanel::tr("Running");
    case State::Conflict: return TransfersPanel::tr("Exists already: waiting for your decision");
    case State::Done:
        if (t.renamed)
            return t.md5Verified ? TransfersPanel::tr("Done as %1, MD5 verified").arg(t.direction == TransferQueue::Direction::Download
                                                                                         ? QFileInfo(t.localPath).fileName()
                                                                                         : t.remotePath.section(u'/', -1))
                                 : TransfersPanel::tr("Done as %1, length verified").arg(t.direction == TransferQueue::Direction::Download
                                                                                            ? QFileInfo(t.localPath).fileName()
                                                                                            : t.remotePath.section(u'/', -1));
        return t.md5Verified ? TransfersPanel::tr("Done, MD5 verified") : TransfersPanel::tr("Done, length verified");
    case State::Skipped: return TransfersPanel::tr("Skipped: exists already");
    case State::Cancelled: return TransfersPanel::tr("Cancelled");
    case State::Failed: return TransfersPanel::tr("Failed: %1").arg(t.error.message);
    }
    return {};
}

QString progressText(qint64 done, qint64 total, bool sizeKnown, bool finished)
{
    if (!sizeKnown && !finished)
        return TransfersPanel::tr("%1 so far").arg(Units::bytes(done));
    const int percent = total > 0 ? int(done * 100 / total) : (finished ? 100 : 0);
    return TransfersPanel::tr("%1% of %2").arg(percent).arg(Units::bytes(total));
}

} // namespace

TransfersPanel::TransfersPanel(TransferQueue *queue, QWidget *parent)
    : QWidget(parent), openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }), m_queue(queue),
      m_view(new QTreeWidget), m_cancel(new QPushButton(tr("&Cancel"))), m_cancelAll(new QPushButton(tr("Cancel a&ll"))),
      m_clear(new QPushButton(tr("Clear &finished"))), m_openFolder(new QPushButton(tr("&Open destination folder")))
{
    m_view->setObjectName(u"transfersView"_s);
    m_view->setAccessibleName(tr("Transfers"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderLabels({tr("Name"), tr("To"), tr("Files"), tr("Progress"), tr("Speed"), tr("Time left"), tr("Result")});
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setMinimumSectionSize(60);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(DestinationColumn, 200);
    m_view->setColumnWidth(FilesColumn, 70);
    m_view->setColumnWidth(ProgressColumn, 130);
    m_view->setColumnWidth(SpeedColumn, 90);
    m_view->setColumnWidth(TimeLeftColumn, 80);
    m_view->setColumnWidth(ResultColumn, 240);
    m_cancel->setObjectName(u"cancelTransfer"_s);
    m_cancel->setToolTip(tr("Cancel the selected transfers"));
    m_cancelAll->setObjectName(u"cancelAllTransfers"_s);
    m_cancelAll->setToolTip(tr("Cancel every transfer still running or waiting"));
    m_clear->setObjectName(u"clearFinishedTransfers"_s);
    m_clear->setToolTip(tr("Remove the finished transfers from the list"));
    m_openFolder->setObjectName(u"openDestinationFolder"_s);
    m_openFolder->setToolTip(tr("Open the folder the selected download went to"));

    // The same commands from the list's context menu.
    const auto mirror = [this](QPushButton *button) {
        auto *action = new QAction(button->text(), m_view);
        action->setObjectName(button->objectName() + u"Action"_s);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        connect(m_view, &QTreeWidget::itemSelectionChanged, action, [action, button] { action->setEnabled(button->isEnabled()); });
        m_view->addAction(action);
        return action;
    };
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    mirror(m_cancel);
    mirror(m_openFolder);
    mirror(m_clear);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_cancelAll);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_queue, &TransferQueue::groupAdded, this, [this](int group) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setData(0, GroupRole, group);
        item->setData(0, RowRole, -1);
        item->setChildIndicatorPolicy(m_queue->group(group).folder ? QTreeWidgetItem::ShowIndicator
                                                                   : QTreeWidgetItem::DontShowIndicator);
        while (m_groupItems.size() <= group)
            m_groupItems.append(nullptr);
        m_groupItems[group] = item;
        refreshGroup(group);
        m_view->scrollToItem(item);
    });
    connect(m_queue, &TransferQueue::added, this, [this](int row) {
        const int group = m_queue->item(row).group;
        QTreeWidgetItem *parentItem = jobItem(group);
        if (!parentItem || !m_queue->group(group).folder)
            return;
        auto *child = new QTreeWidgetItem(parentItem);
        child->setData(0, GroupRole, group);
        child->setData(0, RowRole, row);
        m_fileItems.insert(row, child);
        refreshFile(row);
    });
    connect(m_queue, &TransferQueue::changed, this, &TransfersPanel::refreshFile);
    connect(m_queue, &TransferQueue::groupChanged, this, [this](int group) {
        refreshGroup(group);
        updateButtons();
    });
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &TransfersPanel::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem *item : m_view->selectedItems()) {
            const int row = item->data(0, RowRole).toInt();
            if (row >= 0)
                m_queue->cancel(row);
            else
                m_queue->cancelGroup(item->data(0, GroupRole).toInt());
        }
    });
    connect(m_cancelAll, &QPushButton::clicked, m_queue, &TransferQueue::cancelAll);
    connect(m_clear, &QPushButton::clicked, this, &TransfersPanel::clearFinished);
    connect(m_openFolder, &QPushButton::clicked, this, &TransfersPanel::openDestination);
    connect(m_view, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, RowRole).toInt() < 0 && m_openFolder->isEnabled())
            openDestination();
    });
    updateButtons();
}

QTreeWidgetItem *TransfersPanel::jobItem(int group) const
{
    return group >= 0 && group < m_groupItems.size() ? m_groupItems.at(group) : nullptr;
}

void TransfersPanel::refreshGroup(int group)
{
    QTreeWidgetItem *item = jobItem(group);
    if (!item)
        return;
    const TransferQueue::Group &g = m_queue->group(group);
    const bool down = g.direction == TransferQueue::Direction::Download;
    // A single file shows where it actually goes (Keep both renames it).
    const TransferQueue::Item *only = !g.folder && !g.rows.isEmpty() ? &m_queue->item(g.rows.first()) : nullptr;
    const QString local = QDir::toNativeSeparators(only && down ? only->localPath : g.localPath);
    const QString remotePath = only && !down ? only->remotePath : g.remotePath;
    const QString remote = remotePath.isEmpty() ? tr("(top level)") : remotePath;
    const QString source = down ? remote : local;
    const QString destination = down ? local : remote;
    item->setText(NameColumn, (down ? tr("↓ %1") : tr("↑ %1")).arg(source));
    item->setToolTip(NameColumn, (down ? tr("Download %1 → %2") : tr("Upload %1 → %2")).arg(source, destination));
    item->setText(DestinationColumn, destination);
    item->setToolTip(DestinationColumn, destination);
    const bool finished = g.finished();
    if (g.folder) {
        QString files = g.listing ? tr("%1 of %2 so far").arg(g.filesFinished()).arg(g.files())
                                  : tr("%1 of %2").arg(g.filesFinished()).arg(g.files());
        item->setText(FilesColumn, files);
    }
    item->setText(ProgressColumn, progressText(g.done, g.total, g.sizeKnown(), finished));
    const State state = g.state();
    item->setText(SpeedColumn, g.elapsedMs > 0 && g.done > 0 ? tr("%1/s").arg(Units::bytes(qint64(g.bytesPerSecond()))) : QString());
    const qint64 left = g.remainingMs();
    item->setText(TimeLeftColumn, left >= 0 && state == State::Running ? Units::duration(left) : QString());
    QString result;
    if (!g.folder && !g.rows.isEmpty()) {
        result = itemResult(m_queue->item(g.rows.first()));
    } else if (!finished) {
        const int waiting = g.filesWaiting;
        result = g.listing ? tr("Listing the folder…")
            : waiting > 0  ? tr("%1 file(s) exist already: waiting for your decision").arg(waiting)
            : g.filesFinished() > 0 || g.timer.isValid() ? tr("Running")
                                                         : tr("Waiting");
    } else {
        switch (state) {
        case State::Failed:
            result = g.filesFailed > 0 ? tr("Failed: %1 of %2 file(s) failed, first: %3").arg(g.filesFailed).arg(g.files()).arg(g.error.message)
                                       : tr("Failed: %1").arg(g.error.message);
            break;
        case State::Cancelled: result = tr("Cancelled: %1 of %2 file(s) done").arg(g.filesDone).arg(g.files()); break;
        case State::Skipped: result = tr("Skipped: every file exists already"); break;
        default:
            result = g.filesSkipped > 0 ? tr("Done: %n file(s), %1 skipped (exist already)", nullptr, g.filesDone).arg(g.filesSkipped)
                                        : tr("Done: %n file(s), each verified", nullptr, g.filesDone);
            break;
        }
    }
    item->setText(ResultColumn, result);
    item->setToolTip(ResultColumn, result);
}

void TransfersPanel::refreshFile(int row)
{
    const TransferQueue::Item &t = m_queue->item(row);
    QTreeWidgetItem *parentItem = jobItem(t.group);
    if (!parentItem || !m_queue->group(t.group).folder)
        return;
    QTreeWidgetItem *item = m_fileItems.value(row);
    if (!item)
        return;
    const bool down = t.direction == TransferQueue::Direction::Download;
    item->setText(NameColumn, down ? t.remotePath : QDir::toNativeSeparators(t.localPath));
    item->setText(DestinationColumn, down ? QDir::toNativeSeparators(t.localPath) : t.remotePath);
    item->setText(ProgressColumn, progressText(t.done, t.total, t.total >= 0, t.finished()));
    item->setText(SpeedColumn, (t.state == State::Running || t.state == State::Done) && t.elapsedMs > 0
                                   ? tr("%1/s").arg(Units::bytes(qint64(t.bytesPerSecond())))
                                   : QString());
    item->setText(ResultColumn, itemResult(t));
    item->setToolTip(ResultColumn, item->text(ResultColumn));
}

int TransfersPanel::selectedGroup() const
{
    const QList<QTreeWidgetItem *> selected = m_view->selectedItems();
    if (selected.size() != 1)
        return -1;
    return selected.first()->data(0, GroupRole).toInt();
}

QString TransfersPanel::destinationFolder(int group) const
{
    const TransferQueue::Group &g = m_queue->group(group);
    if (g.folder)
        return g.localPath;
    return g.rows.isEmpty() ? QString() : QFileInfo(m_queue->item(g.rows.first()).localPath).absolutePath();
}

void TransfersPanel::updateButtons()
{
    bool cancellable = false;
    for (QTreeWidgetItem *item : m_view->selectedItems()) {
        const int row = item->data(0, RowRole).toInt();
        cancellable = cancellable
            || (row >= 0 ? !m_queue->item(row).finished() : !m_queue->group(item->data(0, GroupRole).toInt()).finished());
    }
    m_cancel->setEnabled(cancellable);
    m_cancelAll->setEnabled(m_queue->isActive());
    bool anyFinished = false;
    for (int group = 0; group < m_groupItems.size() && !anyFinished; ++group)
        anyFinished = m_groupItems.at(group) && m_queue->group(group).finished();
    m_clear->setEnabled(anyFinished);
    const int group = selectedGroup();
    m_openFolder->setEnabled(group >= 0 && m_queue->group(group).direction == TransferQueue::Direction::Download
                             && m_queue->group(group).finished() && m_queue->group(group).filesDone > 0);
    for (QAction *action : m_view->actions()) {
        if (auto *button = findChild<QPushButton *>(action->objectName().chopped(6)))
            action->setEnabled(button->isEnabled());
    }
}

void TransfersPanel::clearFinished()
{
    for (int group = 0; group < m_groupItems.size(); ++group) {
        if (m_groupItems.at(group) && m_queue->group(group).finished()) {
            for (int row : m_queue->group(group).rows)
                m_fileItems.remove(row);
            delete m_groupItems.at(group);
            m_groupItems[group] = nullptr;
        }
    }
    updateButtons();
}

void TransfersPanel::openDestination()
{
    const int group = selectedGroup();
    if (group < 0)
        return;
    openUrl(QUrl::fromLocalFile(destinationFolder(group)));
}
